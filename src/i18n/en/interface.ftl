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
cli-value-format-html = One self-contained page (inline style and charts), to read or print on A4
cli-value-format-docx = A Word document to file (Báo cáo kết quả thực hiện), laid out as Decree 30/2020/NĐ-CP lays out administrative documents, its blanks marked to fill in
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
cli-report = Write the evaluation's report as one self-contained HTML page to read or print on A4, or as a Word document to file (--format docx): a summary of statuses, each indicator with its targets, owners and chart, reports and tasks by agency, and the data's problems
cli-report-data = Data files, as `plan eval` reads them: CSV (observations, reports received or tasks done), JSON or xlsx; none: the report of the plan before any data came in
cli-report-area = The area to report on (default: the plan's top area)
cli-report-output = The file to write: FILE.html, or FILE.docx with --format docx
cli-completions = Print the completion script of a shell, to install once: the shell then completes plan's subcommands, options and their values
    .long = Print the completion script of a shell on standard output, to install once: the shell then completes plan's subcommands, options and their values (docs/cli.md says where each shell reads it). zsh, fish and PowerShell show each one's help, in the language of the command that wrote the script
cli-completions-shell = The shell the script is for
cli-fmt = Lay out plan files in the one canonical layout, every word and comment kept: rewritten in place, or with --check only listed
    .long = Lay out plan files in the one canonical layout (one field a line, four spaces a level, comments and blank lines where they were), every word, number and comment kept as written: each file that changes is rewritten in place, atomically and keeping its permissions; with --check nothing is written, and the files that would change are listed. A file with syntax errors is left as it is, with its errors said
cli-fmt-paths = Plan files, or folders (every *.plan file below them); `-` reads standard input and writes the formatted text to standard output
cli-fmt-check = Write nothing: list the files that would change, and exit 1 if any would
cli-man = Print the manual page of plan, or of one of its subcommands, for `man`
    .long = Print the manual page of plan, or of one of its subcommands, in roff on standard output, for `man` (`plan man check | man -l -`), in the language chosen
cli-man-command = The subcommand whose page to print (`plan man check` is plan-check(1)); without it, the page of plan itself
cli-man-manual = planlang manual
cli-man-section-name = name
cli-man-section-synopsis = synopsis
cli-man-section-description = description
cli-man-section-version = version
cli-lsp = Run the language server on standard input and output, for an editor: problems as you type, completion, quick fixes, hover, go to definition, references, rename, outline, colours, formatting
    .long = Run the language server (the Language Server Protocol) on standard input and output. An editor starts it for plan files: plan check's problems show as you type, in the imported files too; the outline holds objectives, indicators and parts; words are coloured by what they are; the file is laid out as plan fmt lays it out. editors/README.md says how to set up VS Code and Neovim. It speaks the language chosen for plan (--lang) until the editor sets `lang` in its settings
cli-lsp-stdio = Speak over standard input and output (the only way; accepted because editors pass it)

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

## The REPL and `plan query` (src/repl, src/cli/repl).
repl-banner = planlang { $version } — ask questions about a plan and its data.
repl-banner-end = Type :help for help, :help examples for queries to try, :quit or Ctrl-D to leave.
repl-cancelled = (query cancelled)
error-line = error: { $message }
repl-no-plan-for-query = no plan is loaded; load one with `:load PLAN` (e.g. `:load plans/son-la-children-2021-2030.plan`)
repl-no-plan = no plan is loaded; load one with `:load PLAN`
repl-against-new-plan = { $why } (against the new plan)
repl-loaded = loaded { $plan }
repl-data-before-plan = data are read against a plan; load one first with `:load PLAN`
repl-kept = the previous state stays loaded: { $plan }, { $files ->
        [one] { $files } data file
       *[other] { $files } data files
    }
repl-nothing-loaded = nothing is loaded
repl-nothing-to-reload = nothing to reload; load a plan with `:load PLAN`
repl-reloaded = note: { $path } { $why ->
        [changed] changed on disk
       *[asked] is read again
    }; reloaded: { $plan }
repl-reload-unusable = { $path } { $why ->
        [changed] changed on disk
       *[asked] is read again
    } but cannot be used: { $error }
repl-data-reloaded = note: data reloaded: { $note }
repl-data-kept = { $error }; the data read before stay loaded
repl-no-plan-yet = none (`:load PLAN`)
repl-summary-plan = plan: { $plan }
repl-no-data-yet = data: none (`:data FILE`)
repl-summary-options = as of { $date }, output as { $format }
repl-plan-described = { $path } ({ $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }, { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    }{ $queries ->
        [0] {""}
        [one] , { $queries } named query
       *[other] , { $queries } named queries
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    })
repl-data-note = data: { $files }: { $read } rows read = { $accepted } accepted + { $rejected } rejected{ $problems ->
        [yes] {" "}(`:errors` lists the problems)
       *[no] {""}
    }
repl-plan-unreadable = cannot read `{ $path }`: { $why }
repl-plan-has-errors = `{ $path }` has { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }:
repl-plan-more-errors = ... and { $count } more (`plan check { $path }`)
repl-data-unusable = cannot load `{ $name }`: { $why }

repl-load-needs-file = `:load` needs a plan file, e.g. `:load plans/son-la-children-2021-2030.plan`
repl-explain-needs-id = `:explain` needs an indicator or part, e.g. `:explain 3`
repl-run-needs-name = `:run` needs the name of a query; `:queries` lists them
repl-commands-listed = `:help commands` lists them
repl-unknown-command = unknown command `:{ $name }`; { $hint }
repl-as-of = as of { $date }
repl-not-a-date = `{ $given }` is not a date: { $why }; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. `:as-of 2025-06-30`
repl-format = format { $format }
repl-formats-listed = write `:format table`, `:format json` or `:format csv`
repl-unknown-format = unknown format `{ $given }`; { $hint }
repl-named-query-problem = in the named query `{ $name }`: { $problem }
repl-no-evaluation = evaluation: { $why }; queries answer from the plan alone, without statuses
repl-errors-tally = plan: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }; data: { $rejected } rejected of { $read } read, { $data_warnings ->
        [one] { $data_warnings } warning
       *[other] { $data_warnings } warnings
    }; named queries: { $bad_queries } with errors
repl-no-such-measure = the plan has no indicator or part `{ $id }`; { $hint }
repl-no-named-queries = the plan has no named queries; add one to the plan file: query NAME "indicators where ..."
repl-queries-listed = `:queries` lists them
repl-no-such-query = the plan has no query named `{ $name }`; { $hint }
repl-topics-are = the topics are { $topics }
repl-no-such-topic = no help on `{ $topic }`; { $hint }

repl-command-load = load a plan (the data files are read again against it)
repl-command-data = add data files (CSV, JSON, xlsx: observations, reports received, tasks done); alone, list what is loaded
repl-command-reload = read the plan and data again (also done before a query when a file changed)
repl-command-as-of = evaluate as of a date, YYYY-MM-DD; alone, show it
repl-command-format = how answers are printed; alone, show it
repl-command-errors = the plan's diagnostics, rejected data rows, and problems in named queries
repl-command-explain = how each status of an indicator was computed, step by step
repl-command-queries = list the plan's named queries
repl-command-run = run a named query
repl-command-help = help: syntax, fields, commands, examples
repl-command-quit = leave (also :q, :exit, Ctrl-D)

repl-help-overview =
    Ask questions about a plan and its data. Type a query, or a command starting with `:`.
    Topics: { $topics }  (`:help TOPIC`)

    Try:
repl-help-commands = Commands (a line that starts with `:`):
repl-help-examples = Examples (on plans/son-la-children-2021-2030.plan and its sample data):
repl-help-task-examples =
    On a plan with tasks and completion records (plans/dong-nai-drugs-2025.plan and
    plans/data/dong-nai-tasks-done.csv; `show TASK` shows one):
repl-help-subject = { $subject } (shown by default: { $shown })
repl-help-statuses =
    An indicator's status is the status of its current target: the next milestone not yet past,
    or the last one. `targets` has one row per target with its own status. Statuses:
repl-help-other-statuses =
    Report statuses: on_time, late, missing, upcoming.
    `tasks` and `projects` have one row per lead agency and period owed; their statuses: done,
    late, overdue, upcoming (empty for one without a deadline).
repl-help-syntax =
    A query is one of:

      SUBJECT [due WHEN] [where CONDITION] [sort by FIELD [asc|desc], ...] [limit N] [columns FIELD, ...]
      late reports ...  |  missing reports ...        (reports with that status)
      late tasks ...    |  overdue tasks ...          (tasks, or projects, with that status)
      count SUBJECT [due WHEN] [where CONDITION] by FIELD, ... [sort by FIELD|count [desc]] [limit N]
      show ID                                          (an indicator, a part, an agency, a task or a project)

    SUBJECT is indicators, targets, agencies, objectives, reports, tasks or projects.
    WHEN is a year (`due 2025`) or two dates (`due 2025-01-01..2025-06-30`); it applies to targets
    (their milestone or the span they hold over), reports, tasks and projects (their deadline).
    CONDITION combines comparisons with and, or, not and parentheses:
      FIELD = VALUE    FIELD != VALUE    FIELD < VALUE  (<=, >, >=; also ≤ ≥ ≠)
      FIELD ~ "text"   contains, ignoring case and Vietnamese diacritics ("y te" finds "Y tế")
      FIELD in (VALUE, VALUE, ...)
      "text"           the title (an agency's name) contains the text
    VALUE is a word (yte, 16a, on_track), a number, a date (2025-06-30) or a quoted text.
    A field that holds several values (lead, owner, target_year...) matches when one of them does.
    Ids also match by name: `lead = "Sở Y tế"` is `lead = yte`.
    A query may span lines: an unfinished one (an open parenthesis, a trailing `and`) continues
    on the next line. `:help fields` lists the fields, `:help examples` shows queries.

repl-example-indicators = every indicator and part, its lead, current milestone, status and latest value
repl-example-lead-not-achieved = Sở Y tế's indicators not yet achieved
repl-example-title-text = titles with "trẻ em" (case and diacritics ignored) in objective b
repl-example-lead-by-name = agencies match by name too
repl-example-2030-only = indicators with a 2030 target only
repl-example-in-trouble = 2025 targets in trouble
repl-example-low-ratio = targets whose growth ratio is below 0.6
repl-example-show-indicator = everything about indicator 3: targets, owners, source, data, status per milestone
repl-example-show-composite = a composite indicator: each part
repl-example-show-agency = an agency: what it leads and supports, the reports it owes
repl-example-agencies-behind = agencies behind with their reports
repl-example-reports-half-year = reports due in the first half of 2025
repl-example-latest-reports = the latest reports
repl-example-missing-reports = reports that never arrived
repl-example-count-status-owner = how many indicators per status per owner
repl-example-count-reports = 2024's reporting in numbers
repl-example-objectives = the objectives and their indicators
repl-example-explain = how each status of indicator 3 was computed
repl-example-run = a named query stored in the plan (`:queries` lists them)
repl-example-overdue-tasks = the tasks Sở Y tế owes whose deadline has passed, not done
repl-example-tasks-of-lead = every task Sở Y tế leads, each time it is owed
repl-example-count-tasks = how many tasks each agency has done, late, overdue or upcoming
repl-example-agencies-tasks-behind = agencies behind with their tasks
repl-example-overdue-projects = projects whose deadline has passed

## The `plan` command's own sentences (src/cli).
cmd-not-a-date = --as-of `{ $given }` is not a date: { $why }; write it as YYYY-MM-DD or DD/MM/YYYY
cmd-plan-has-errors = `{ $path }` has errors; run `plan check { $path }` for details
cmd-role-not-imported = `{ $path }` { $role } `{ $alias }`, which it does not import
cmd-role-other-file = `{ $path }` { $role } `{ $alias }` ("{ $imported }"), not `{ $target }`
cmd-input-not-text = standard input: line { $line } is not UTF-8 text (byte { $byte } at column { $column }); it is skipped (save the input as UTF-8)
cmd-cannot-read = cannot read `{ $path }`: { $why }
cmd-cannot-write = cannot write `{ $path }`: { $why }
cmd-cannot-read-input = cannot read standard input: { $why }
cmd-query-line = line { $line }
cmd-output-failed = cannot write to { $stream ->
        [out] standard output
       *[err] standard error
    }: { $why }; the output is incomplete
cmd-reading = reading { $name }: { $percent }
cmd-no-such-measure = `{ $path }` has no indicator or part `{ $id }`{ $hint }
cmd-man-no-such-command = `{ $command }` is not a subcommand of plan{ $hint }; `plan --help` lists them
cmd-man-cannot-render = cannot write the manual page: { $why }
cmd-write-no-file-name = it does not name a file
cmd-write-no-folder = the folder `{ $folder }` does not exist
cmd-write-not-regular = it exists and is not a regular file (a folder, a link, a device...); write to another path
cmd-write-exists = it exists; use --force to replace it
cmd-write-created-meanwhile = it exists (it was created meanwhile); use --force to replace it
cmd-write-permission-denied = permission denied
cmd-new-empty-area = --area is empty; give the area the new plan covers, e.g. --area "Huyện Mộc Châu"
cmd-new-over-parent = `{ $path }` is the parent plan or a file it imports; write the new plan to another file
cmd-new-path-not-utf8 = the path of `{ $path }` is not UTF-8, so a plan file cannot import it
cmd-new-no-indicators = `{ $path }` declares no indicators, so a plan implementing it would take up nothing
cmd-new-wrote = wrote { $path }: { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }, { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    } of { $parent } taken up
cmd-new-has-errors = the new plan has errors (a bug of `plan new`, please report it with { $parent })
cmd-new-to-fill = to fill in: the header's document, issuer and signed date, and the lead of { $leads ->
        [one] { $leads } indicator
       *[other] { $leads } indicators
    } ({ $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in all: { $to_fill } to fill in{ $others ->
        [0] {""}
       *[other] , { $others } other
    }); `plan check { $path }` lists them
cmd-fmt-reformatted = reformatted { $path }
cmd-fmt-would-change = { $count ->
        [one] { $count } file is not formatted
       *[other] { $count } files are not formatted
    }; `plan fmt PATH` without --check formats them
cmd-fmt-no-plans = the folder `{ $path }` holds no plan file (*.plan)
cmd-fmt-refused = cannot format `{ $path }`: { $count ->
        [one] the problem above is
       *[other] the { $count } problems above are
    } to be fixed first; the file is left as it is
cmd-template-not-xlsx = `{ $path }` does not end in .xlsx; the template is an Excel workbook: name it FILE.xlsx
cmd-template-wrote = wrote { $path }: { $rows } rows to fill in ({ $indicators } indicators × { $periods } periods: { $listed }), area { $area }
cmd-report-wrong-extension = `{ $path }` does not end in .{ $extension }; --format { $format } writes { $format ->
        [docx] a Word document
       *[html] an HTML page
    }: name it FILE.{ $extension }
cmd-report-wrote = wrote { $path }: { $targets } targets of { $indicators } indicators in area { $area } as of { $date }{ $format ->
        [docx] {""}
       *[html] , { $charts } charts
    }
cmd-data-rejected-evaluation = the data had { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; fix them, or pass --keep-going to accept the evaluation of the rows that were read
cmd-data-rejected-report = the data had { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; fix them, or pass --keep-going to accept the report of the rows that were read

## plan cascade and plan history as text (src/render/cascade.rs, history.rs). Targets, owners
## and ids are written as plans write them.
cascade-parent = parent: { $parent }
cascade-parent-targets = parent: { $targets }
cascade-adopted = adopted by { $by }
cascade-adapted = adapted by { $by } because "{ $because }"
cascade-waived = waived because "{ $because }"
cascade-missing = MISSING: neither adopted, adapted nor waived
cascade-none = none
cascade-counts = { $adopted } adopted, { $adapted } adapted, { $waived } waived, { $missing } missing; { $added } added: { $listed }
history-from = from { $date }

## plan show as text (src/render/model_text.rs): the headings; the plan itself is written in
## its own keywords.
show-imports = Imports
show-agencies = Agencies
show-no-objective = Indicators without an objective
show-reports = Reports
show-waived = Waived
show-reviews = Reviews
show-projects = Projects
show-tasks = Tasks
show-objective = Objective { $id }: { $title }
warning-line = warning: { $message }
cmd-no-line-editor = cannot start the line editor: { $why }
cmd-history-is-input = the history file `{ $path }` is { $what ->
        [plan] the plan
       *[data] a data file
    } this session reads: saving the history would overwrite it; give another --history-file
cmd-history-not-history = `{ $path }` is not a history file (its first line is not `{ $header }`): saving the history would overwrite it; give another --history-file, or an empty or new file
cmd-history-unreadable = cannot read the history file `{ $path }`: { $why }
cmd-history-bad-entry = the history file `{ $path }`: { $why }; that entry is left out (and from the file when the history is saved), the others are kept
cmd-history-cut-short = cannot read the history file `{ $path }` to its end: { $why }
cmd-history-unsaved = cannot save the history to { $path }: { $why }

## Why a plan cannot be evaluated or its template made (src/eval/evaluate.rs, src/template.rs).
refuse-unknown-name = unknown { $what ->
        [agency] agency
       *[area] area
    } `{ $given }`; { $hint }
refuse-names-are = the plan's { $what ->
        [agency] agencies
       *[area] areas
    } are { $names }
refuse-no-area = the plan declares no areas; add `area ID "Name"` so data can name where they were measured
refuse-eval-no-period = the plan has no `period`; evaluation needs the plan's years
refuse-template-no-period = the plan has no `period`, so which years to ask for cannot be told
refuse-period-kinds = --from { $from } and --to { $to } are periods of different kinds; give two years, two half-years, two quarters or two months
refuse-periods-reversed = --to { $to } comes before --from { $from }
refuse-period-outside = { $period } lies outside the plan ({ $first }..{ $last }; { $baseline } is accepted as a baseline year)
refuse-nothing-owed = agency `{ $agency }` leads no indicator of the plan, so it owes no data; the template is for the agencies that lead (`lead { $agency }`)

## Why a plan file cannot be read (src/files.rs).
file-not-regular = it is { $kind ->
        [folder] a folder
        [fifo] a FIFO (named pipe)
        [char_device] a character device
        [block_device] a block device
        [socket] a socket
       *[other] something else
    }, not a regular file: give the path of a plan file saved on disk
file-too-large = a plan file must be smaller than 4 GiB
cmd-data-rejected-chart = the data had { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; fix them, or pass --keep-going to accept the chart of the rows that were read
cmd-xlsx-needs-file = --format xlsx writes a workbook, which is not for a terminal: give the file to write with -o FILE.xlsx
cmd-eval-not-xlsx = `{ $path }` does not end in .xlsx; --format xlsx writes an Excel workbook: name it FILE.xlsx
cmd-chart-not-svg = `{ $path }` does not end in .svg; the chart is an SVG picture: name it FILE.svg
cmd-chart-nothing = the data give no value of { $id } for area { $area } in periods ended by { $date }, so there is nothing to draw; check that the data files have rows for it, or pass another --area or --as-of
cmd-chart-wrote = wrote { $path }: { $id } in area { $area } as of { $date }: { $values } values, { $milestones } milestones, { $groups } groups
cmd-chart-has-parts = indicator { $id } has parts, each with its own values and targets: chart one of them ({ $parts })
input-not-utf8 = line { $line } is not UTF-8 text (byte { $byte } at column { $column })
repl-name-a-measure = name an indicator (3) or a part (16a); `indicators` lists them
