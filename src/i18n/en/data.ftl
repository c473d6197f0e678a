# planlang's words in English: problems of data files and queries, and the evaluation's
# notes. Every message here has its Vietnamese in ../vi/data.ftl, under the same id; a test
# fails when one lacks the other (src/i18n/tests.rs).
#
# Ids, codes, column names, keywords and what a file or a query wrote are arguments, quoted
# with backticks as they are; numbers come written as the language writes them.

## Words used inside other messages.
data-or = or
data-declare-style = say how the file writes numbers: a first line `#decimal=comma` (9,5 and 1.234.567) or `#decimal=point` (9.5 and 1,234,567) in CSV, `"decimal": "comma"` or `"point"` in JSON, or --decimal-comma / --decimal-point
data-save-as-xlsx = open it in Excel or LibreOffice Calc and save it as an Excel Workbook (.xlsx)
data-save-again = open it in Excel or LibreOffice and save it again
data-kind-task = task
data-kind-project = project

## Where a row is, and what it is for: `line 12 of data.csv`, `indicator 3, area son_la,
## period 2023 (sex = female)`.
data-line = line { $line }
data-line-of = line { $line } of { $file }
data-row-of-sheet = row { $line } of sheet { $sheet } in { $file }
data-key = { $series }, area { $area }, period { $period }
data-key-indicator = indicator { $id }
data-key-element = element { $id }
data-revision = { $key }: { $old } ({ $old_row }) replaced by { $new } ({ $new_row })

## How often a report or a task is due ($kind), and how its periods are written.
data-every = { $kind ->
    [year] year
    [half_year] half-year
    [quarter] quarter
    [month] month
   *[adhoc] adhoc
    }
data-period-example = { $kind ->
    [year] `2023`
    [half_year] `2023-H1` or `2023-H2`
    [quarter] `2023-Q1` to `2023-Q4`
    [month] `2023-01` to `2023-12`
   *[adhoc] any period
    }

## The rows refused (data::*): one message a kind of problem.
data-missing-value = the row has no value: give `value`, or `numerator` and `denominator`
data-missing-value-in = the row has no `{ $column }`
data-unknown-indicator = unknown indicator `{ $indicator }` (use an indicator or part id such as `3` or `16a`, or a data element of the plan)
data-unknown-indicator-similar = unknown indicator `{ $indicator }`; did you mean `{ $similar }`?
data-unknown-area = unknown area `{ $area }`
data-unknown-area-similar = unknown area `{ $area }`; did you mean `{ $similar }`?
data-unknown-area-none-declared = unknown area `{ $area }`; the plan declares no areas (`area ID "Name"`)
data-period-outside-plan = period { $period } lies outside the plan ({ $start }..{ $end }; { $baseline } is accepted as a baseline year)
data-period-outside-plan-baselines = period { $period } lies outside the plan ({ $start }..{ $end }; the years from { $first } are accepted as baseline years)
data-decimal-comma = { $column } `{ $text }` is written with a decimal comma (it would be { $value }), but the file does not say so; { data-declare-style }
data-ambiguous-number = { $column } `{ $text }` reads { $point } in a file with a decimal point but { $comma } in a file with a decimal comma (as Vietnamese documents write numbers); { data-declare-style }
data-zero-denominator = denominator { $denominator }: a rate needs a positive denominator
data-bad-status = status `{ $status }` is not `final`, `provisional` or `estimated`
data-unknown-agency = { $column } `{ $agency }` is not an agency of the plan
data-unknown-agency-similar = { $column } `{ $agency }` is not an agency of the plan; did you mean `{ $similar }`?
data-unknown-report = report `{ $report }` is not a report of the plan
data-unknown-report-similar = report `{ $report }` is not a report of the plan; did you mean `{ $similar }`?
data-unknown-task = `{ $task }` is not a task or project of the plan
data-unknown-task-similar = `{ $task }` is not a task or project of the plan; did you mean `{ $similar }`?
data-not-task-lead-none = { $kind } `{ $task }` has no lead agency yet, so no agency owes it: `{ $agency }` cannot have done it for the plan
data-not-task-lead = agency `{ $agency }` does not lead { $kind } `{ $task }`, so it does not owe it; { $count ->
    [one] its lead is { $leads }
   *[other] its leads are { $leads }
    }
data-unknown-dimension-value = `{ $value }` is not a value of dimension `{ $dimension }`
data-unknown-dimension-value-similar = `{ $value }` is not a value of dimension `{ $dimension }`; did you mean `{ $similar }`?
data-unknown-dimension-value-one-of = `{ $value }` is not a value of dimension `{ $dimension }`; it has { $values }
data-conflict = { $key }: value { $value } conflicts with { $first_value } on { $first_row }; give both rows a `reported_on` date to mark the later one as a revision, or remove one
data-composite-indicator = indicator { $indicator } is made of parts: give the data for { $parts }
data-wrong-unit = unit `{ $written }` is not the indicator's unit, `{ $unit }`; give the value in `{ $unit }`, or correct the unit
data-wrong-unit-symbol = unit `{ $written }` is not the indicator's unit, `{ $unit }` ({ $symbol }); give the value in `{ $unit }`, or correct the unit
data-unfilled-row = the row names only what it is for (indicator, area, period), with no value
data-unfilled-rows = { $count ->
    [one] the row at { $row } names only what it is for (indicator, area, period), with nothing filled in, so it is not read; fill in its value, or delete it
   *[other] { $count } rows name only what they are for (indicator, area, period), with nothing filled in (the first at { $row }), so they are not read; fill in their values, or delete them
    }
data-identity-broken = { $key }: the total { $total } ({ $total_row }) is not the sum of its parts, { $sum } = { $parts }; they differ by { $difference }{ $share }, more than { $allowed }; correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)
data-identity-part = { $id } { $value } ({ $row })
data-identity-part-scaled = { $id } { $value } × { $scale } ({ $row })
data-identity-share = , { $share } % of the sum
data-identity-within = `within { $amount } { $unit }` allows ({ $allowed })
data-identity-rounding = the rounding of the figures explains ({ $allowed })
data-not-a-header = row { $row } is not a header: { $why }
data-after-bad-header = the row cannot be read: the header on line { $line } cannot be

## Periods refused.
data-bad-period = `{ $text }` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)
data-bad-period-date = period is the date { $date }, not a period: a spreadsheet turned what was typed into a date; format the column as text and write the year (`2023`), half-year (`2023-H1`), quarter (`2023-Q1`) or month (`2023-01`)
data-bad-period-report = report `{ $report }` is due every { $every }, so its period is written like { $example }, not `{ $period }`
data-bad-period-task = `{ $task }` is due every { $every } from { $first } to { $last }, so its period is one of `{ $from }` to `{ $to }`, not `{ $period }`

## Numbers refused.
data-bad-number = { $column } `{ $text }` is not a number
data-bad-number-comma-file = { $column } `{ $text }` is not a number in this file, which writes a decimal comma: a point only separates thousands (1.234.567); write `{ $fixed }`
data-bad-number-point-file = { $column } `{ $text }` is not a number in this file, which writes a decimal point: a comma only separates thousands (1,234,567); write `{ $fixed }`
data-bad-number-infinite = { $column } { $value } is not a number
data-bad-number-date = { $column } is the date { $date }, not a number; format the cell as a number
data-cell-duration = `{ $column }` holds a duration, not a date nor a number; format the cell as a number or a date
data-cell-error = `{ $column }` holds the error { $error } (what its formula gave); correct the formula or type the value
data-cell-time-of-day = `{ $column }` holds a time of day, not a date; type the date (DD/MM/YYYY)
data-cell-past-9999 = `{ $column }` holds a date past the year 9999; type the date (DD/MM/YYYY)
data-cell-no-such-day = `{ $column }` holds { $date }, which is not a real date; type the date (DD/MM/YYYY)
data-cell-iso-date = `{ $column }` holds the date `{ $text }`, which cannot be read: { $why }

## Values outside what their unit admits.
data-out-of-range = value { $value } is outside the range of unit `{ $unit }` ({ $range })
data-negative-count = { $column } { $value } is negative; counts are 0 or more
data-negative-element = value { $value } is negative; a data element counts, so it is 0 or more

## Dates refused.
data-bad-date-number = { $column } is the number { $value }, not a date; format the cell as a date, or write it as YYYY-MM-DD or DD/MM/YYYY
data-bad-date = { $column } `{ $text }` is not a real date: { $why }

## Cells shown as a percent.
data-percent-refused = { $column } is formatted as a percent ({ $points }%, which the spreadsheet stores as { $stored }), but { $why }; format the cell as a number and write the { $column } itself
data-percent-why-count = a { $column } is a count
data-percent-why-unit = the indicator's unit is `{ $unit }`, not a percent
data-percent-why-element = a data element is a count, not a percent
data-percent-shown = { $column } is formatted as a percent ({ $points }%); format the cell as a number

## Files that cannot be read (data::unreadable).
data-cannot-read-file = cannot read the file: { $why }
data-file-folder = it is a folder, not a file
data-file-not-found = no such file
data-file-not-utf16 = the file is not { $encoding }: its first characters have none of the NUL bytes UTF-16 gives every letter of a header; read it without --encoding
data-file-line-too-long = the first line is longer than { $mib } MiB: the file has no line ends, or is not CSV
data-file-record-too-long = the record starting on line { $line } is longer than { $mib } MiB: a quote (") that is never closed, or a file without line ends; close the quote, or save the file again as CSV
data-workbook-too-large = the workbook is larger than { $mib } MiB, more than a sheet of Excel's million rows takes; split it, or save its sheet as CSV (CSV files stream, whatever their size)
data-cannot-read-workbook = cannot read the workbook: { $why }
data-workbook-damaged = the workbook cannot be read: its content is damaged; { data-save-again }
data-no-such-sheet = the workbook has no sheet `{ $wanted }`; its sheets are { $sheets }: give one of them with --sheet
data-no-worksheet = the workbook has no worksheet
data-no-sheet-shown = the workbook shows no sheet (its sheets { $sheets } are hidden); name the one to read with --sheet
data-no-header = no sheet of the workbook starts with a header naming its columns (indicator,area,period,value or agency,report,period,received): { $skipped }
data-json-shape = not a JSON array of rows nor an object with `observations`: { $why } at line { $line } column { $column }
data-row-not-object = a row must be a JSON object such as {"{"}"indicator": "3", "area": "son_la", "period": "2023", "value": 11.5{"}"}
data-row-too-long = the row object is longer than { $mib } MiB, so it is skipped; a row holds a few short fields: look for a `{"{"}` or `"` that is not closed
data-row-not-json = the row is not valid JSON: { $why } at line { $line } column { $column }
data-bad-decimal = `"decimal": { $written }` is not a decimal separator; write `"decimal": "comma"` (numbers like 9,5) or `"decimal": "point"` (9.5)
data-late-decimal = `"decimal": "{ $style }"` comes after the rows it is meant for, which were read otherwise; put `"decimal"` before `"observations"` (rows are read as the file streams)

## What bytes that are not a readable workbook are.
data-not-workbook-empty = the file is empty; a workbook holds at least one sheet
data-not-workbook-password = the workbook is protected by a password; open it in Excel, remove the password (File, Info, Protect Workbook) and save a copy
data-not-workbook-xls = it is an Excel 97-2003 workbook (.xls), whose number formats cannot be read, so a cell shown as 95% could not be told from 0.95; { data-save-as-xlsx }
data-not-workbook-html = it is an HTML or XML page, not a workbook (web systems often export such a page as "Excel"); { data-save-as-xlsx }
data-not-workbook-text = it is text, not a workbook: if it is CSV, name it .csv
data-not-workbook-other = it is not an Excel workbook; { data-save-as-xlsx }
data-not-workbook-not-zip = it is not a readable zip archive, as an .xlsx workbook is ({ $why }); { data-save-as-xlsx }
data-not-workbook-zip-directory = its zip directory cannot be read ({ $why }); { data-save-as-xlsx }
data-not-workbook-ods = it is an OpenDocument spreadsheet (.ods), whose number formats are not read, so a cell shown as 95% could not be told from 0.95; { data-save-as-xlsx }
data-not-workbook-xlsb = it is an Excel binary workbook (.xlsb), whose number formats are not read, so a cell shown as 95% could not be told from 0.95; { data-save-as-xlsx }
data-not-workbook-no-workbook-part = it is a zip archive without a workbook in it; { data-save-as-xlsx }
data-not-workbook-too-large-unpacked = its parts unpack to { $mib } MiB, more than the { $limit_mib } MiB read from a workbook (a file this size is damaged, or made to fill memory); save its sheet as CSV, which streams
data-not-workbook-shared-strings-overflow = its shared strings table declares { $declared } strings, more than its { $size } bytes can hold: the file is damaged; { data-save-as-xlsx }
data-not-workbook-shared-strings-unreadable = its shared strings cannot be read ({ $why }); { data-save-as-xlsx }
data-not-workbook-unreadable = it is not a readable Excel workbook ({ $why }); { data-save-as-xlsx }

## Sheets that cannot be read.
data-sheet-open = sheet `{ $sheet }` cannot be read: { $why }
data-sheet-out-of-order = the sheet's rows are out of order (row { $row } after row { $after }): the file is damaged; { data-save-again }
data-sheet-broken = the sheet cannot be read: { $why }; { data-save-again }

## Where a JSON file leaves the documented shape.
data-json-empty = the file is empty; write an array of rows, `[ {"{"}"indicator": "3", ...{"}"}, ... ]`
data-json-not-array-or-object = expected `[` (an array of rows) or `{"{"}` (an object with `observations`)
data-json-unclosed-array = the file ends inside the array of rows (no closing `]`)
data-json-trailing-comma = a `,` must be followed by another row (remove the last `,`)
data-json-comma-for-row = expected a row, found `,`
data-json-no-comma-after-row = expected `,` or `]` after a row
data-json-unclosed-object = the file ends inside the object (no closing `{"}"}`)
data-json-key-not-quoted = expected a key in double quotes, such as "observations"
data-json-no-comma-after-value = expected `,` or `{"}"}` after a value
data-json-no-observations = the object has no `observations` key holding the rows
data-json-text-after-end = unexpected text after the end of the JSON value
data-json-bad-key = a key that is not a valid JSON string
data-json-no-colon = expected `:` after the key
data-json-observations-not-array = `observations` must be an array of rows, `[ ... ]`
data-json-unclosed-value = the file ends inside the value that starts at line { $line } column { $column }

## Headers that lack a column (data::missing_column) or read two ways (data::bad_header).
data-empty-file = the file is empty: it needs a header line naming its columns (indicator,area,period,value)
data-empty-sheet = it is empty
data-missing-observation-columns = { $count ->
    [one] the header lacks the column { $missing }, so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns)
   *[other] the header lacks the columns { $missing }, so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns)
    }
data-missing-columns-numbers = ; the first line holds numbers, so the file may have no header line: add one
data-missing-submission-columns = { $count ->
    [one] the header of reports received lacks the column { $missing }; it is `agency,report,period,received`
   *[other] the header of reports received lacks the columns { $missing }; it is `agency,report,period,received`
    }
data-missing-completion-columns = { $count ->
    [one] the header of tasks done lacks the column { $missing }; it is `task,agency,period,done_on,note` (`note` may be left out)
   *[other] the header of tasks done lacks the columns { $missing }; it is `task,agency,period,done_on,note` (`note` may be left out)
    }
data-column-named-twice = column `{ $name }` is named twice (columns { $first } and { $second }), so which one to read cannot be told; remove or rename one
data-header-mixed = the header mixes columns of observations ({ $observations }) with columns of reports received ({ $submissions }); a file holds one kind of row: observations (indicator,area,period,value) or reports received (agency,report,period,received); split it in two
data-header-mixed-completions = the header mixes columns of tasks done ({ $completions }) with columns of observations or reports received ({ $others }); a file of tasks done has the columns task,agency,period,done_on,note; split it

## What nothing reads (data::unknown_column).
data-unknown-column = column `{ $name }` is neither a documented column ({ $known }) nor a dimension of the plan; it is ignored
data-not-submission-column = column `{ $name }` is not a column of reports received (agency, report, period, received); it is ignored
data-not-completion-column = column `{ $name }` is not a column of tasks done (task, agency, period, done_on, note); it is ignored
data-unnamed-columns = { $count ->
    [one] column { $columns } has no name, so its cells are ignored
   *[other] columns { $columns } have no name, so their cells are ignored
    }
data-bad-directive = `#decimal={ $value }` is not a decimal mark: write `#decimal=comma` (9,5) or `#decimal=point` (9.5); the line is ignored
data-style-overridden = the file declares its decimal mark ({ $declared }), which is used instead of the option given for every file
data-top-level-key = key `{ $key }` of the top-level object is neither `decimal` nor `observations`; it is ignored
data-unknown-key = key `{ $key }` is neither a documented column ({ $known }) nor a dimension of the plan; it is ignored
data-more-keys = more keys that are neither documented columns nor dimensions of the plan, such as `{ $key }`, are ignored too; only the first { $listed } are listed
data-cells-outside = { $count ->
    [one] 1 cell outside the header's columns (the first at { $first }) is ignored; to read it, name its column in the header (row { $header_row })
   *[other] { $count } cells outside the header's columns (the first at { $first }) are ignored; to read them, name their column in the header (row { $header_row })
    }

## Bytes that are not text (data::encoding).
data-not-utf8 = { $count ->
    [one] the line is not UTF-8 text: column { $column } holds the byte { $bytes }; the file was saved in another encoding, most likely { $likely }: save it again as "CSV UTF-8", or read it with --encoding { $label }
   *[other] the line is not UTF-8 text: column { $column } holds the bytes { $bytes }; the file was saved in another encoding, most likely { $likely }: save it again as "CSV UTF-8", or read it with --encoding { $label }
    }
data-code-page-1258 = Windows-1258 (Vietnamese, as Excel saves "CSV (Comma delimited)" on a Vietnamese Windows)
data-code-page-1252 = Windows-1252 (as Excel saves "CSV (Comma delimited)" on a Western Windows)
data-not-in-encoding = line { $line } (byte { $offset }) holds { $bytes } which is not { $encoding } text; the file was saved in another encoding: save it again as "CSV UTF-8", or give the one it is in with --encoding
data-utf8-in-code-page = line { $line } (byte { $offset }) holds { $bytes }, a letter written in UTF-8, but the file is read as { $encoding } (--encoding): the file is UTF-8, so read it without --encoding (in a command of its own if other files need it)

## Sheets not read (data::skipped_sheet).
data-sheets-skipped-before = rows are read from sheet `{ $sheet }`, the first that starts with a header; skipped before it: { $skipped }
data-sheet-hidden = `{ $sheet }` (hidden)
data-other-sheets = { $count ->
    [one] sheet { $others } also starts with a header but is not read: one sheet of a workbook is read, `{ $sheet }` here; to read another, save it as a file of its own, or name it with --sheet
   *[other] sheets { $others } also start with a header but are not read: one sheet of a workbook is read, `{ $sheet }` here; to read another, save it as a file of its own, or name it with --sheet
    }

## Queries that cannot be run (query::*): the problem, `.label` at its place, `.help` how to
## put it right (diag-did-you-mean instead, when a close word was found; a query nested too
## deep takes the label and help of diag-named-query-too-deep).
query-syntax = expected { $wanted }, found `{ $found }`
    .label = { $wanted } expected here
    .help = see `:help syntax` for the forms a query takes
query-incomplete = the query stops here, but { $wanted } should follow
    .label = something is missing here
    .help = finish the query with { $wanted }
query-unclosed-text = this text is never closed
    .label = opened here
    .help = close it with `"`
query-unclosed-parenthesis = this parenthesis is never closed
    .label = opened here
    .help = close it with `)`
query-too-deep = the query nests parentheses more than { $limit } deep
query-unknown-start = unknown query `{ $word }`
    .label = not a kind of query
    .help = a query starts with indicators, targets, agencies, objectives, reports, late, missing, count or show; commands start with `:` (`:help`)
query-dates-reversed = the dates are in the wrong order: { $from } is after { $to }
    .label = from .. to
    .help = write the earlier date first: `due { $to_written }..{ $from_written }`
query-bad-date = `{ $written }` is not a date: { $why }
    .label = not a date
    .help = write dates as YYYY-MM-DD, e.g. 2025-06-30
query-bad-limit = `limit { $written }` is not a whole number of rows
    .label = a whole number is needed here
    .help = write how many rows to keep, e.g. `limit 10`
query-number-too-large = `{ $written }` is too large to be a number
    .label = this number
    .help = write a smaller number
query-internal = internal error: unexpected syntax tree while reading the query
    .help = this is a bug in planlang; please report it with the query that caused it
query-unknown-id = the plan has no indicator, part, agency, task or project `{ $id }`
    .label = not an id of the plan
    .help = `show` takes an indicator (3), a part (16a), an agency (yte), a task or a project; `indicators`, `agencies`, `tasks` and `projects` list them
query-unknown-subject = unknown query `{ $word }`
    .label = not something a query can list
    .help = a query lists { $subjects }
query-unknown-field = unknown field `{ $field }`
    .label = not a field of { $subject }
    .help = { $subject } have the fields { $fields }
query-count-sort-field = a count cannot be sorted by `{ $field }`
    .label = not a column of the count
    .help = sort by one of its columns: { $columns }
query-repeated-clause = `{ $clause }` is written twice
    .label = second one
    .help = keep one `{ $clause }`
query-state-not-applicable = `{ $state }` applies to { $subjects }, not to { $subject }
    .label = only { $subjects } are { $state }
    .help = write `{ $state } { $example }`
query-state-applies-to-nothing = nothing
query-due-not-applicable = `due` applies to targets, reports, tasks and projects, not to { $subject }
    .label = no due dates here
    .help = write `targets due { $year }` for the targets of that year, or `reports due ...` for deadlines
query-columns-in-count = a count shows its groups and `count`, so `columns` does not apply
    .label = remove this
    .help = choose the groups with `by`: `count indicators by status, lead`
query-repeated-field = `{ $field }` is named twice after `by`
    .label = named again here
    .help = group by each field once: remove this `{ $field }`
query-contains-on-numbers = `~` looks for text, but `{ $field }` is { $kind }
    .label = contains
    .help = compare it with =, !=, <, <=, > or >=
query-ordering-on-text = `{ $op }` orders numbers and dates, but `{ $field }` is { $kind }
    .label = an ordering
    .help = use `=`, `!=` or `~` (contains) with `{ $field }`
query-not-a-number = `{ $field }` is a number, and `{ $written }` is not
    .label = a number is needed here
    .help = compare `{ $field }` with a number, e.g. `{ $field } >= 2025`
query-not-a-date = `{ $field }` is a date, and `{ $written }` is not
    .label = a date is needed here
    .help = write a date as YYYY-MM-DD, e.g. `{ $field } >= 2025-01-01`
query-unknown-value-of-plan = the plan has no { $what } `{ $value }`
    .label = not a value of `{ $field }`
query-unknown-value = `{ $value }` is not a { $what }
    .label = not a value of `{ $field }`
query-value-parts-of = indicator { $value } has parts { $parts }: name one of them, or use `number = { $value }` on indicators
query-value-one-of = `{ $field }` takes one of: { $values }

## What a field holds.
query-kind = { $kind ->
    [text] text
    [ref] an id
    [refs] a list of ids
    [number] a number
    [numbers] a list of numbers
   *[date] a date
    }

## Where a field's values come from.
query-domain = { $domain ->
    [measures] indicator or part
    [agencies] agency
    [objectives] objective
    [reports] report
    [units] unit
    [directions] direction
    [statuses] status
    [target_kinds] kind of target
    [yes_no] value (yes or no)
    [report_statuses] report status
    [tasks] task
    [projects] project
    [assignments] indicator, part, project or task
    [covered] indicator, part or task
    [task_statuses] task status
    [agency_roles] role (assigned or requested)
   *[free] value
    }

## What the grammar expected.
query-wanted-anything = a query
query-wanted-sort-order = `asc` or `desc`
query-wanted-report-state = `late`, `missing` or `overdue`
query-wanted-subject = what to list (indicators, targets, agencies, objectives or reports)
query-wanted-field = a field
query-wanted-comparison = a comparison (=, !=, <, <=, >, >= or ~)
query-wanted-value = a value (a word, a number, a date or a quoted text)
query-wanted-text = a quoted text
query-wanted-word = a word
query-wanted-number = a number
query-wanted-dates = a year (2025) or two dates (2025-01-01..2025-06-30)
query-wanted-condition = a condition
query-wanted-end = the end of the query

## The evaluation's notes (eval::note): why a target stands where it does when the numbers
## alone do not say it. Periods come written as evaluation.ftl's period-*, a year as note-year;
## $percent, $part and $whole_year are yes or no.
note-year = { $year }
note-vision-not-due = a vision target for { $first }, after the plan period { $start }..{ $end }: judged from { $first }
note-no-period-ended = no period of the plan has ended yet, so no data are due
note-no-data = no data
note-no-milestone-value = no value for { $at }, though the milestone has passed and its data are due
note-met-early = met in { $met }, ahead of { $at }
note-meets-before-milestone = meets the target in { $met }; the value for { $at } decides
note-baseline-differs = the declared baseline { $year } = { $declared } is used; the data give { $reported } for { $year }
note-trend-needs-two-values = a trend needs two values at different times (baseline and a later one)
note-distance = a forecast is judged by its distance to { $low }..{ $high }: { $off } off
note-held-from = the level is held from { $from }
note-no-yearly-value-since = no yearly value since { $from }
note-level-broken = { $period } was { $value }, which does not hold the level
note-held-with-gaps = held every year observed; no value for { $missing }
note-change-from = the change is counted from { $from }
note-change-without-start = a change needs the value it starts from: no baseline and no data
note-change-as-level = { $percent ->
    [yes] a change of { $change } % from { $start } ({ $start_period }) is a level of { $level } by { $until }
   *[no] a change of { $change } from { $start } ({ $start_period }) is a level of { $level } by { $until }
    }
note-rate-from = the rate applies from { $from }
note-rate-needs-two-years = a yearly change needs values for two years
note-growth-undefined = growth rates are undefined for negative values
note-change-baseline-missing = the change is counted from the level of { $year }, and the data give no value for { $year }
note-not-in-scope = { $part ->
    [yes] part { $id } is set for { $areas } only; { $area } is none of them and holds none (evaluate one of them with --area)
   *[no] indicator { $id } is set for { $areas } only; { $area } is none of them and holds none (evaluate one of them with --area)
    }
note-partly-in-scope = { $part ->
    [yes] part { $id } is set for { $areas }; { $area } holds only some of them, whose total is not what the plan sets (evaluate the area that holds them all, or each with --area)
   *[no] indicator { $id } is set for { $areas }; { $area } holds only some of them, whose total is not what the plan sets (evaluate the area that holds them all, or each with --area)
    }
note-year-incomplete = the data for { $year } reach only { $months } of its 12 months, so its total is not known
note-no-year-total = no total for { $year }, though the year is over and its data are due
note-year-so-far = { $period } so far ({ $months } months): { $share } of the year's target is due by then ({ $basis })
note-period-decides = { $counted } decides
note-period-total-unknown = { $counted } is not known, though the period is over and its data are due
note-period-not-begun = the target is for { $period }, whose data are due when it ends
note-period-so-far = { $counted } so far, to { $to } ({ $months } of its { $of } months): { $share } of the target is due by then ({ $basis })
note-no-complete-year = no complete year's total yet to see a trend in
note-flow-meets-early = { $latest }'s total meets the target; a flow starts again each year, so { $year }'s total decides
note-step = note: { $note }
note-counted-to-date = the total from January to the end of { $period }
note-counted-own = { $period }'s own total
note-share = { $share } %
note-basis-seasonal = as in { $year }
note-basis-elapsed = { $whole_year ->
    [yes] the share of the year elapsed
   *[no] the share of the period elapsed
    }

## A data file that cannot be used at all (an error: the command prints it after `error: `).
data-files-unusable = { $count ->
    [one] { $files } cannot be used (see above); fix it, then run the command again
   *[other] { $files } cannot be used (see above); fix them, then run the command again
    }

## --encoding naming no encoding (src/data/decode.rs).
data-unknown-encoding = `{ $label }` is not an encoding planlang knows; use utf-8, utf-16le, utf-16be, windows-1258 (Vietnamese) or windows-1252 (Western)
