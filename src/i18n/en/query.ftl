# planlang's words in English: what each field of the query language holds (`:help fields`).
# Every message here has its Vietnamese in ../vi/query.ftl, under the same id; a test fails
# when one lacks the other (src/i18n/tests.rs). `field-NAME` serves every subject with a field
# of that name, `field-SUBJECT-NAME` one subject whose field says something else.

field-reports-agency = the agency that submits it
field-tasks-agency = the lead agency that owes this row
field-projects-agency = the lead agency that owes this row
field-baseline = the baseline value the trend starts from
field-covers = the indicators, parts and tasks it covers
field-reports-days_late = how many days after the deadline it arrived
field-tasks-days_late = days past the deadline: when done late, or by the as-of date when overdue
field-projects-days_late = days past the deadline: when done late, or by the as-of date when overdue
field-direction = increase, decrease or maintain
field-done_note = the completion record's note
field-done_on = the day a completion record says it was done
field-due = the last day it is on time
field-every = how often it recurs (year, quarter...); empty when once
field-expected = the value on the straight path to the target, at the latest period
field-indicators-id = the indicator or part id (3, 16a)
field-targets-id = the indicator or part id (3, 16a)
field-agencies-id = the agency id
field-objectives-id = the objective id
field-tasks-id = the task id
field-projects-id = the project id
field-indicators = its indicators and parts, with those of the objectives nested in it
field-kind = level, maintain or rate
field-late = how many arrived late
field-indicators-latest = its latest value (periods ended by the as-of date)
field-targets-latest = the latest value judged
field-indicators-lead = the agencies that lead it (chủ trì)
field-targets-lead = the agencies that lead it (chủ trì)
field-tasks-lead = the agencies that lead it (chủ trì), which owe it
field-projects-lead = the agencies that lead it (chủ trì), which owe it
field-leads = the indicators, projects and tasks it leads
field-indicators-milestone = the year of its current target: the next one due, or the last
field-targets-milestone = a level's milestone as written: 2025, 2026-Q2, 2026-Q3 cumulative
field-missing = how many have not arrived
field-name = its full name
field-indicators-note = its notes
field-targets-note = why, when the numbers alone do not say it
field-tasks-note = its notes
field-projects-note = its notes
field-number = the document's number (16 for 16a and 16b)
field-objective = the objective it serves (matched by those it is nested in too)
field-op = the comparison (>=, <=, <, >, =, ~)
field-owed = how many reports were due by the as-of date
field-owner = lead or support agencies
field-objectives-parent = the objective it is nested under (a general objective)
field-projects-parent = the project it is part of (`in`)
field-indicators-period = the period of its latest value
field-targets-period = the period of the latest value
field-reports-period = the period it covers (2024, 2024-H1)
field-tasks-period = the period it is owed for (2025, 2025-Q2, 2025-11)
field-projects-period = the period it is owed for (2025, 2025-Q2, 2025-11)
field-projected = the value at the milestone if the trend goes on
field-projects = the projects that cover it
field-ratio = the growth ratio R (or the rate ratio)
field-agencies-received = how many of those arrived (on time or late)
field-reports-received = the day it arrived
field-report = the report id
field-reports = the reports it submits
field-role = assigned (giao: the plan's own government) or requested (đề nghị: a body outside it)
field-short = its short name
field-source = the document's section for it
field-indicators-status = the status of its current target
field-targets-status = where the target stands
field-reports-status = on_time, late, missing, or upcoming
field-tasks-status = done, late, overdue or upcoming; empty without a deadline
field-projects-status = done, late, overdue or upcoming; empty without a deadline
field-strive = yes for an aspirational target (phấn đấu)
field-support = the agencies that support it (phối hợp)
field-supports = the indicators, projects and tasks it supports
field-target = the target in words (2025 >= 65)
field-target_value = the values of its targets
field-target_year = the years of its targets
field-tasks_done = how many of those were done (on time or late)
field-tasks_late = how many were done late
field-tasks_overdue = how many are overdue
field-tasks_owed = how many projects and tasks it owed by the as-of date (done, late or overdue)
field-indicators-title = the title
field-targets-title = the title
field-objectives-title = its title
field-reports-title = the report's title
field-tasks-title = the duty in the document's words
field-projects-title = its title
field-to = the agencies that receive it (one or several)
field-unit = its unit (percent, per_mille, per_100k, count...)
field-until = the last year held (maintain, rate)
field-value = the target value
field-year = the milestone (level) or first year (maintain, rate)

## The words of the query language's answers (`show`, `:explain`, a table's count of rows).
## Field names used as labels, status ids, ids and the plan's target text are not words: they
## stay as queries write them and do not pass through here. Numbers and dates come written.

answer-rows = ({ $count } { $count ->
    [one] row
   *[other] rows
})
answer-none = none
answer-yes = yes
answer-no = no

## `show` of an indicator.
answer-part-of-indicator = indicator { $number }: { $title }
answer-unit-of = { $unit } of "{ $of }"
answer-total = { $parts } ({ $within })
answer-within = within { $amount } { $unit ->
    [percent] percent
   *[other] points
}
answer-within-rounding = within the rounding of the figures
answer-lead-not-named = ? (not named yet)
answer-lead-not-named-because = ? (not named yet: { $reason })
answer-owner-ref = { $owner }, ref { $reference }
answer-adopts = adopts { $parent }
answer-adapts = adapts { $parent } because { $reason }
answer-baseline-data = { $year } (the data's value)
answer-baseline-none = none declared (the first value is the baseline)
answer-data-none = none for area { $area } by { $date }
answer-data = { $values } (area { $area })
answer-data-from-areas = { $values } (area { $area }, the latest from { $got } of { $of } areas)
answer-targets-as-of = targets as of { $date }:
answer-split-data = data where { $dimension } = { $value }: { $values }
answer-ref = ref { $reference }
answer-restated-in = restated in { $reference }
answer-no-targets = (no targets)

## `show` of an agency.
answer-role-requested = requested (đề nghị), not assigned (giao)
answer-indicators-heading = indicators (status of the current target):
answer-reports-due = reports due by { $date }: { $owed } owed, { $on_time } on time, { $late } late, { $missing } missing
answer-report-line = { $report } { $period }: due { $due }, { $how }
answer-report-late = received { $day }, { $days } days late
answer-report-missing = missing

## `show` of a task or a project, and the tasks an agency owes.
answer-part-of-project = project { $id }: { $title }
answer-tasks-due = tasks due by { $date }: { $owed } owed, { $done } done, { $late } late, { $overdue } overdue; { $upcoming } upcoming
answer-task-line = { $who }, { $how }
answer-task-line-due = { $who }: due { $due }, { $how }
answer-task-late = done { $day }, { $days } days late
answer-task-overdue = overdue by { $days } days
answer-task-done-on = done { $day }
answer-task-done = done
answer-next-due = next due { $date }
answer-no-deadline = — (no deadline: not tracked)
answer-due-before = before { $when }
answer-due-in-month = in month { $month }
answer-due-before-month = before month { $month }
answer-due-every = { $due } every { $every }
answer-due-untracked = { $due } (no year nor `every`: not tracked)

## `:explain`: the heading of a measure and of each target, then the steps.
answer-explain-heading = direction { $direction }; as of { $date }, area { $area }
answer-explain-no-targets = no targets, so nothing is judged
answer-explain-target = target { $target }
answer-step-status = status: { $status }
answer-not-evaluated = not evaluated
answer-step-scope-areas = scope { $areas }: the values of these areas only (their total when the area evaluated holds them all)
answer-step-scope-value = scope where { $dimension } = { $value }: the values of that group only
answer-step-values = values counted (periods ended by { $date }): { $values }
answer-step-values-where = values counted where { $dimension } = { $value } (periods ended by { $date }): { $values }
answer-step-derived = { $id } is { $rule }; where the data give no value, it is derived: { $values }
answer-rule-total = the total of { $parts }
answer-rule-formula = computed by its formula from other indicators
answer-step-change = a change over { $from }..{ $until } of { $op } { $value }: judged as the level it comes to from the value at the start (the baseline, else the last value before the period)
answer-step-rate-baseline = the declared baseline, { $year } = { $value }, is the value the first change is counted from
answer-step-no-value = with no value there is no trend to judge
answer-step-baseline-declared = baseline: declared in the plan, { $year } = { $value }
answer-step-baseline-data = baseline: the data's value of the year the plan names, { $year } = { $value }
answer-step-baseline-first = baseline: the first value, { $period }: { $value }
answer-step-latest = latest: { $period }: { $value }
answer-step-milestone-passed = the milestone { $milestone } has passed ({ $date } is after { $end }), so the value for { $milestone } decides
answer-step-milestone-value = { $milestone }: { $value } { $wanted }? { $yes } -> { $status }
answer-step-milestone-missing = no value for { $milestone } -> insufficient_data
answer-step-meets = does the latest value meet the target, { $value } { $wanted }? { $yes }
answer-step-meets-early = does the latest value meet the target, { $value } { $wanted }? { $yes } -> achieved: a one-sided target the indicator moves toward stays met, whatever the trend (shown below for reference)
answer-step-meets-own-year = does the latest value meet the target, { $value } { $wanted }? { $yes } -> on_track: a band, an exact value or a level to hold is achieved by its own year's value
answer-step-no-trend = a trend needs two values at different times (a baseline and a later one) -> insufficient_data
answer-bounded = { $value }, which the unit's range stops at { $kept }
answer-step-expected = expected on the straight path at { $period }: { $formula } = { $value }
answer-step-projected-growth = projected to { $milestone } if the trend goes on: { $formula } = { $value }
answer-step-projected-linear = projected to { $milestone } if the change goes on: { $formula } = { $value }
answer-step-bands = bands: R >= { $on_track } on_track, { $needs } to { $on_track } needs_acceleration, 0 to { $needs } limited_progress, below 0 regressing -> { $status }
answer-step-bands-trend-alone = bands: R >= { $on_track } on_track, { $needs } to { $on_track } needs_acceleration, 0 to { $needs } limited_progress, below 0 regressing -> { $status } by the trend alone
answer-step-no-change = the target asks for no change from the baseline, so moving the right way is enough: d * actual = { $value } -> { $status }
answer-step-zero = a zero baseline or target counts as { $zero }, so growth rates stay defined (as sdg-build does)
answer-step-actual-growth = actual growth: CAGR = { $formula } = { $value }
answer-step-required-growth = required growth: CAGR = { $formula } = { $value }
answer-step-ratio-growth = R = d * actual / |required| = { $formula } = { $value }  (d = { $d }: the value should { $rise ->
    [yes] rise
   *[no] fall
})
answer-step-linear = a value at or below zero, or a unit that is itself a rate of change, has no meaningful growth rate, so the change per year on a straight line counts (method: linear)
answer-step-actual-change = actual change per year: { $formula } = { $value }
answer-step-required-change = required change per year: { $formula } = { $value }
answer-step-ratio = R = d * actual / |required| = { $formula } = { $value }
answer-flow-cumulative = values within a year are totals from its start
answer-flow-amounts = values within a year are amounts of their period and add up
answer-step-flow-year = a flow ({ $within }): once { $period } is over its total decides; during { $period } the total so far is set against the share of the target due by then (method: pro_rata); before it, the trend of complete years' totals counts, and a total that meets the target is on_track, not achieved
answer-flow-to-date = the total from January to the end of { $period }
answer-flow-own = { $period }'s own total
answer-step-flow-part = a flow ({ $within }): once { $period } is over, { $total } decides; while its months run, the total so far is set against the share of the target due by then (method: pro_rata); before they start, it is not yet due
answer-step-counted = counted: { $period }: { $value }
answer-step-flow-expected = due by then (expected): { $value }
answer-step-flow-projected = the total at this pace (projected): { $value }
answer-step-flow-ratio = ratio: { $value }
answer-step-distance = no side is better (direction maintain, a band or an exact value): the distance to { $low }..{ $high } counts (method: distance), in tolerances of { $tolerance }
answer-step-distance-ratio = R = 1 - distance / tolerance = 1 - { $gap } / { $tolerance } = { $value } -> { $status }
answer-step-held = the level { $wanted } must hold every year from { $from } to { $until }
answer-step-held-not-ended = { $from } has not ended by { $date } -> not_yet_due
answer-step-held-no-values = no yearly value since { $from } -> insufficient_data
answer-step-held-year = { $year }: { $value } { $wanted }? { $yes }
answer-step-held-broken = { $year } does not hold the level -> missed
answer-step-held-gaps = no value for { $years } (not counted against it)
answer-step-held-achieved = every observed year held and { $until } has ended -> achieved
answer-step-held-on-track = every observed year held and the span runs until { $until } -> on_track
answer-step-rate = each yearly change from { $from } to { $until } must be { $wanted } { $unit ->
    [percent] percent
   *[other] points
} a year
answer-step-rate-two = a yearly change needs values for two years
answer-step-rate-change = { $from } -> { $to }: { $start } to { $end }, { $change } a year; { $wanted }? { $yes }
answer-step-rate-average = average change { $average } a year; ratio = average / rate = { $average } / { $rate } = { $ratio }
answer-wanted-about = ~ { $value } ({ $low } to { $high })
answer-wanted-span = { $low } to { $high }
answer-wanted-between = between { $low } and { $high }
