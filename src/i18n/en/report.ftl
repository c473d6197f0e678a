# planlang's words in English: the report page and the document to file. Every message here has its Vietnamese in
# ../vi/report.ftl, under the same id; a test fails when one lacks the other (src/i18n/tests.rs).

## The Markdown report (`plan eval --format md`) and the page (`plan report`): the line under
## the title, the headings, the columns of its tables.
report-as-of = As of { $date }, { $area }.
report-data = Data: { $read } rows read = { $accepted } accepted + { $rejected } rejected.
report-summary = Summary
report-statuses = What the statuses mean
report-reporting = Reports received, by agency
report-tasks = Tasks owed, by agency
report-data-problems = Data problems
report-column-indicator = indicator
report-column-title = title
report-column-unit = unit
report-column-lead = lead
report-column-target = target
report-column-status = status
report-column-baseline = baseline
report-column-latest = latest
report-column-expected = expected by now
report-column-projected = projected
report-column-note = note
report-column-targets = targets
report-all-targets = all
report-column-agency = agency
report-column-received = received
report-column-owed = owed
report-column-owed-reports = owed
report-column-rate = rate
report-column-late = late
report-column-missing = missing
report-column-done = done
report-column-overdue = overdue
report-columns-legend = Expected by now: the value on the straight path from the baseline to the target, at the latest value's period. Projected: the value the trend so far comes to by the target's year, kept within the unit's range.
## $percent is written with its sign (`75.0%`).
report-reports-received = { $received } of { $owed } reports received ({ $percent }).
report-tasks-done = { $done } of { $owed } owed done ({ $percent }); { $upcoming } upcoming.
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
report-problems = { $errors }, { $warnings }.
report-problems-listed = { $errors }, { $warnings }; the first { $listed }.

## The page of `plan report`: its head, each indicator's facts, its chart's caption.
page-kind = Results of the plan
page-title = { $plan }: results as of { $date }
page-document = Document
page-area = Area
page-as-of = As of
page-data = Data
page-no-data = no data files were given, so no target has values yet
page-contents = Objectives
page-targets-judged = { $count ->
    [one] { $count } target judged
   *[other] { $count } targets judged
}
page-unit = Unit
page-lead = Lead
page-support = Support
page-none = none named
page-no-unit = a count
page-chart = The chart of { $id }: values observed, the straight path from the baseline to each target, the targets and the projection
page-no-chart = No chart: no values for this indicator in periods ended by { $date }.
page-nothing-owed = No report or task was owed by { $date }.
page-late-reports = Reports late or missing
page-late-tasks = Tasks late or overdue
page-made-by = Made by planlang from the plan and the data as of { $date }.
page-issuer = Issued by
page-signed = Signed
page-period = Period
page-amended = Amended by
page-amendment = { $document }, from { $date }
page-marks = What the marks mean
page-meaning = What it means
page-rows = { $read } rows read = { $accepted } accepted + { $rejected } rejected

## The chart of an indicator (`plan chart`, the page, `show ID`).
chart-value = value
chart-observed = observed
chart-path = path to target
chart-projection = projection
chart-target = target
chart-subtitle = { $area }, as of { $date }
chart-not-evaluated = no chart: the plan was not evaluated, so there are no values to draw
chart-no-values = no chart: no values for area { $area } in periods ended by { $date }
chart-heading = chart:
chart-heading-unit = chart, values in { $unit }:
chart-not-judged = not evaluated
chart-milestone = { $period } { $target }: { $status }
chart-text-legend = ● data  ⠤ path to target  ◆ target  ○ projected
