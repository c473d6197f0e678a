# planlang's words in English: the command line and the REPL. Every message here has its Vietnamese in
# ../vi/interface.ftl, under the same id; a test fails when one lacks the other (src/i18n/tests.rs).

## The command line's help (src/cli/help.rs): `cli-plan` is the command, `cli-NAME` a
## subcommand, `cli-NAME-ARG` an argument of one subcommand, `cli-arg-ARG` one several share;
## `.long` is the longer text of `--help`; `cli-value-ARG-VALUE` what a possible value means.
cli-heading-usage = Usage:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-command-placeholder = COMMAND
cli-possible-values = possible values
cli-possible-values-heading = Possible values:
cli-default = default
cli-help = Print help (a summary with -h, more with --help)
cli-version = Print the version

cli-plan = Write public action plans as text, check them, track them.
cli-plan-lang = The language to speak in: `vi` (tiếng Việt) or `en` (default: PLANLANG_LANG, else the locale, LC_ALL, LC_MESSAGES or LANG, vi_* for Vietnamese, else English)

cli-arg-plan = The plan file
cli-arg-data = Data files: CSV (observations, reports received or tasks done), JSON or xlsx
cli-arg-as_of = The date of the evaluation, YYYY-MM-DD or DD/MM/YYYY (default: today in Vietnam)
cli-arg-format = How to write the result
cli-arg-force = Replace FILE if it exists
cli-arg-keep_going = Exit 0 even when some data rows were rejected (a file that cannot be used at all still exits 2)
cli-arg-decimal_comma = Data files that do not say how they write numbers write `9,5` and `1.234.567` (a decimal comma; a point only separates thousands)
cli-arg-decimal_point = Data files that do not say how they write numbers write `9.5` and `1,234,567` (a decimal point, so `210.500` is 210.5)
cli-arg-encoding = The encoding of data files that have no byte-order mark: utf-8 (the default), windows-1258 (Vietnamese Windows), windows-1252 (Western Windows), utf-16le...
cli-arg-sheet = The sheet to read in Excel workbooks (.xlsx); without it, the first sheet that starts with a header row naming its columns
cli-arg-amendments = An amendment of the plan (repeatable)

cli-value-format-human = Diagnostics drawn with the source, for people
cli-value-format-short = `file:line:col: severity[code]: message`, one per line, for editors
cli-value-format-json = JSON, for programs
cli-value-format-xlsx = An Excel workbook (needs -o FILE.xlsx)
cli-value-rows-targets = One row per target (the default)
cli-value-rows-reporting = One row per report owed
cli-value-rows-tasks = One row per project or task owed or upcoming, each lead agency's

cli-check = Check plan files and report every problem found
cli-check-files = Plan files to check
cli-check-format = How to print diagnostics
cli-check-deny_warnings = Fail (exit 1) on warnings too

cli-eval = Evaluate observed data against a plan: a status for every target, and reporting compliance
cli-eval-data = Data files: CSV (observations, reports received or tasks done), JSON or xlsx (by the `.json` and `.xlsx` extensions)
cli-eval-area = The area to evaluate (default: the plan's top area)
cli-eval-by = Group the table by objective or by lead agency
cli-eval-rows = The rows --format csv writes: one per target (default), per report owed, or per task owed
cli-eval-output = Write the output to FILE (replacing a regular file) instead of standard output; needed for --format xlsx
cli-eval-amendments = An amendment of the plan (repeatable): each milestone is judged against the target in force at the end of its year, owners and schedule as amended on --as-of

cli-cascade = Print how plans that implement a parent plan take up its indicators: adopted, adapted (with their values and reason), waived or missing
cli-cascade-parent = The parent plan (the national program, a province's plan)
cli-cascade-children = Plans that implement it (`implements NAME` on an import of PARENT)

cli-query = Run queries on a plan and its data: `-e QUERY` (repeatable) or one a line on standard input. Exit 1 if a query failed
cli-query-queries = A query to run (repeatable); without any, queries are read from standard input, one a line (empty lines and lines starting with `#` are skipped)

cli-repl = Ask questions interactively: history, completion, `:help`
cli-repl-plan = The plan file to load (`:load PLAN` loads one later)
cli-repl-history_file = Where to keep the history (default: planlang/history in the user's data directory)

cli-show = Print the resolved model of a plan (as amended on a date, with --amendment)
cli-show-file = The plan file
cli-show-as_of = Show the plan as amended on this date, YYYY-MM-DD or DD/MM/YYYY (default: today in Vietnam, with --amendment)
cli-show-amendments = An amendment of the plan (repeatable); those in force on --as-of are applied

cli-history = List the versions of an indicator's targets and owners: the plan's, then each amendment's, with the documents behind them
cli-history-id = An indicator or part of the plan (`14`, `16a`)

cli-new = Write a new plan that implements PARENT: every parent indicator taken up, its targets as starting values, leads and the document's number left to fill in
cli-new-implements = The plan the new plan implements (the national program, a province's plan)
cli-new-area = The area the new plan covers, as its document names it ("Huyện Mộc Châu")
cli-new-output = Where to write the new plan; `-` prints it on standard output

cli-template = Write a data-entry workbook (.xlsx, in Vietnamese) with a row for each indicator an agency leads (or every indicator) and each period, to fill in and read back with `plan eval`
cli-template-agency = The agency whose indicators the rows are for (those it leads); all indicators when not given
cli-template-area = The area the rows are for (default: the plan's top area)
cli-template-from = The first period asked for: a year (default: the plan's first), or a half-year, quarter or month for rows of that kind
cli-template-to = The last period asked for (default: this year, at most the plan's last)
cli-template-output = The workbook to write (.xlsx)
cli-template-force = Replace FILE if it exists (a filled-in template may be there)

cli-chart = Write the chart of an indicator or part as an SVG picture: its values, the path from the baseline to each target, the targets, the projection and the values by group
cli-chart-id = An indicator without parts, or a part (`3`, `16a`)
cli-chart-data = Data files: CSV, JSON or xlsx, as `plan eval` reads them
cli-chart-area = The area whose values are drawn (default: the plan's top area)
cli-chart-as_of = The date values are counted to and targets judged as of, YYYY-MM-DD or DD/MM/YYYY (default: today in Vietnam)
cli-chart-output = The picture to write (.svg)

## A command line refused (src/cli/usage_error.rs), worded as clap words it.
cli-error = error
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-similar-argument = tip: a similar argument exists: '{ $arg }'
cli-error-dash-value = tip: to pass '{ $arg }' as a value, use '-- { $arg }'
cli-error-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
cli-error-similar-subcommand = tip: a similar subcommand exists: '{ $subcommand }'
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-missing = the following required arguments were not provided:
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-more = For more information, try '--help'.
