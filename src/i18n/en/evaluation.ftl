# planlang's words in English: the evaluation's statuses and marks. Every message here has
# its Vietnamese in ../vi/evaluation.ftl, under the same id; a test fails when one lacks the
# other (src/i18n/tests.rs).

## Where a target stands (the evaluation's statuses; ids in JSON and queries stay English).
## $on_track and $needs_acceleration are the growth ratio's thresholds, as percentages.
status-achieved = achieved
status-achieved-means = the latest value meets the target
status-missed = missed
status-missed-means = the target's year is over and it was not met, or a level to hold was broken
status-on_track = on track
status-on_track-means = moving towards the target at { $on_track } or more of the pace needed to reach it in time
status-needs_acceleration = needs acceleration
status-needs_acceleration-means = moving towards the target, at { $needs_acceleration } to { $on_track } of the pace needed
status-limited_progress = limited progress
status-limited_progress-means = moving towards the target, at less than { $needs_acceleration } of the pace needed
status-regressing = regressing
status-regressing-means = moving away from the target
status-insufficient_data = insufficient data
status-insufficient_data-means = too few values to judge (a trend needs two years' values)
status-not_yet_due = not yet due
status-not_yet_due-means = the target's years have not begun

## Reports owed.
compliance-on_time = on time
compliance-late = late
compliance-missing = missing
compliance-upcoming = upcoming

## Tasks owed.
task-done = done
task-late = done late
task-overdue = overdue
task-upcoming = upcoming

## Marks in reports.
mark-strive = * phấn đấu (strive): an aspirational target the plan strives for; judged like the others

## Periods, as the data files write them. $year is four digits; $half (1, 2) and $quarter (1 to
## 4) are numbers; $month is two digits.
period-year = { $year }
period-half = { $year }-H{ $half }
period-quarter = { $year }-Q{ $quarter }
period-month = { $year }-{ $month }

## A target in a row of the evaluation's table and reports: `2025 >= 95*`, `all >= 100`,
## `2025..2030 >= 95`, `<= -0.5/yr`, `change <= -50`. $value is the comparison and its number
## (`>= 95`, `2 to 3`); the mark of a striving target and a split's `[d=v]` are added after.
op-at-least = >=
op-at-most = <=
op-below = <
op-above = >
op-equal = =
op-about = about
target-compare = { $op } { $number }
target-range = { $low } to { $high }
target-about-range = about { $low } to { $high }
target-within-points = { $value } within { $amount } points
target-within-percent = { $value } within { $amount }%
target-at = { $at } { $value }
target-at-cumulative = { $at } cumulative { $value }
target-whole-period = all { $value }
target-years = { $from }..{ $until } { $value }
target-from = from { $from } { $value }
target-until = until { $until } { $value }
target-per-year = { $value }/yr
target-change = change { $value }

## The head of `plan eval`'s table, and the lines before and after it.
eval-as-of-area = as of { $date }, { $area }
eval-title = { $plan } — { $as_of }
eval-data = data: { $read } rows read = { $accepted } accepted + { $rejected } rejected
eval-summary = { $total } targets: { $counts }
eval-summary-count = { $count } { $status }

## The text table's columns. English names them as the query language does, and writes a
## status by its id (`on_track`), the word a query filters on.
table-column-indicator = indicator
table-column-target = target
table-column-status = status
table-column-baseline = baseline
table-column-latest = latest
table-column-expected = expected
table-column-projected = projected
table-column-ratio = ratio
table-status-achieved = achieved
table-status-missed = missed
table-status-on_track = on_track
table-status-needs_acceleration = needs_acceleration
table-status-limited_progress = limited_progress
table-status-regressing = regressing
table-status-insufficient_data = insufficient_data
table-status-not_yet_due = not_yet_due

## What the table's numbers mean. $on_track and $needs_acceleration are the growth ratio's
## thresholds as numbers (0.95, 0.6).
table-legend-expected = expected: the value on the straight path from the baseline to the target, at the latest value's period
table-legend-projected = projected: the value the trend so far comes to by the target's year, kept within the unit's range
table-legend-ratio = ratio: the pace so far over the pace needed to reach the target in time (Open SDG's growth ratio):
table-legend-thresholds = {"  "}{ $on_track } or more on track; { $needs_acceleration } to { $on_track } needs acceleration; 0 to { $needs_acceleration } limited progress; below 0 regressing

## Reports and tasks owed, under the table. $percent is written with its sign (`75.0%`).
table-reporting = reporting: { $received } of { $owed } reports received ({ $percent }): { $on_time } on time, { $late } late, { $missing } missing
table-tasks = tasks: { $done } of { $owed } owed done ({ $percent }): { $done_on_time } done, { $late } late, { $overdue } overdue; { $upcoming } upcoming

## A report late or missing, a task late or overdue: one line each, in the table and the reports.
late-report = { $agency }: { $report } { $period }, due { $due }, { $state }
late-task = { $agency }: { $task } { $period }, due { $due }, { $state }
late-task-once = { $agency }: { $task }, due { $due }, { $state }
report-late-by = late by { $days } (received { $date })
report-not-received = missing
task-late-by = late by { $days } (done { $date })
task-overdue-by = overdue by { $days }
days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## The headings the table and the reports group targets under.
group-objective = Objective { $id }: { $title }
group-objective-within = Objective { $id }: { $title } (in { $within })
group-within = { $inner } in { $outer }
group-no-objective = No objective
group-lead = Lead: { $agency }
group-no-lead = No lead
