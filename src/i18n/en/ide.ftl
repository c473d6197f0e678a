# planlang's words in English for a text editor (`plan lsp`): what hovering over a name shows,
# and why a rename is refused. Every message here has its Vietnamese in ../vi/ide.ftl, under the
# same id; a test fails when one lacks the other (src/i18n/tests.rs).

## Why a rename is refused. $kind is the kind's word (diag-kind-*).
ide-rename-nothing = there is no name here that a file declares
ide-rename-built-in = `{ $name }` is a built-in unit: no file declares it, so it cannot be renamed
ide-rename-not-an-id = `{ $name }` is not an id: write letters, digits and `_` only, without dots or spaces
ide-rename-taken = `{ $name }` is already the id of another { $kind } of the file
ide-rename-part-number = a part keeps its indicator's number: write `{ $number }` followed by the part's letter, not `{ $name }`
ide-rename-outside = it is declared in `{ $file }`, which is not open in the workspace: open it to rename it there and everywhere it is named

## Hover: the labels only a hover needs (the report page's `page-unit`, `page-lead`,
## `page-support`, `page-document` and query.ftl's `answer-*` serve the rest).
ide-hover-targets = Targets
ide-hover-parent = Takes up
## $how: `adopts national.3a` or `adapts national.3a because ...`; $title: the parent's title.
ide-hover-takes-up = { $how }: { $title }
ide-hover-status = Status as of { $date }
## $status: the status's label; $target: the current target, as the evaluation's table writes it.
ide-hover-current = { $status } (target { $target })
ide-hover-latest = Latest value
ide-hover-value-at = { $value } ({ $period })
ide-hover-no-value = no value yet
ide-hover-short = Short name
ide-hover-leads = Leads
ide-hover-supports = Supports
ide-hover-indicators = { $count ->
        [one] one indicator
       *[other] { $count } indicators
    } ({ $ids })
ide-hover-duties = { $count ->
        [one] one project or task
       *[other] { $count } projects and tasks
    } ({ $ids })
ide-hover-submits = Sends the reports
ide-hover-receives = Receives the reports
ide-hover-within = Within
ide-hover-served-by = Indicators
ide-hover-built-in-unit = A built-in unit: every plan may use it without declaring it.
ide-hover-scale = Equals
ide-hover-values = Values
ide-hover-value-of = Value of
ide-hover-every = Reporting period
ide-hover-from = Sent by
ide-hover-to = Sent to
ide-hover-file = File
ide-hover-covers = Covers

## The data a hover judges indicators by.
ide-data-plan-errors = the plan has { $count ->
        [one] an error
       *[other] { $count } errors
    }: its data are evaluated once it is fixed
