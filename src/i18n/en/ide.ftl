# planlang's words in English for a text editor (`plan lsp`): what hovering over a name shows,
# why a rename is refused, what each keyword and value word means where completion offers it,
# the snippets' placeholders, and the titles of code actions. Every message here has its
# Vietnamese in ../vi/ide.ftl, under the same id; a test fails when one lacks the other
# (src/i18n/tests.rs).

## Why a rename is refused. $kind is the kind's word (diag-kind-*).
ide-rename-nothing = there is no name here that a file declares
ide-rename-built-in = `{ $name }` is a built-in unit: no file declares it, so it cannot be renamed
ide-rename-not-an-id = `{ $name }` is not an id: write letters, digits and `_` only, without dots or spaces
ide-rename-taken = `{ $name }` is already the id of another { $kind } of the file
ide-rename-part-number = a part keeps its indicator's number: write `{ $number }` followed by the part's letter, not `{ $name }`
ide-rename-outside = it is declared in `{ $file }`, which is neither open nor in the workspace's folders: open it to rename it there and everywhere it is named

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

## What a hover says of the data an indicator's status comes from.
ide-hover-data = Data files
ide-hover-data-problem = Data problem
ide-hover-data-skipped = { $file } is not a file (a pipe or a device): not read
ide-hover-data-unusable = { $file } could not be used: { $problem }
## $first: the first row refused and its problem (ide-hover-data-row).
ide-hover-data-refused = { $count ->
        [one] one row refused
       *[other] { $count } rows refused
    } in { $file }; the first: { $first }
ide-hover-data-row = { $row }: { $problem }

## The data a hover judges indicators by.
ide-data-plan-errors = the plan has { $count ->
        [one] an error
       *[other] { $count } errors
    }: its data are evaluated once it is fixed

## Keywords, as completion describes them (one line each, whatever block offers them).

ide-keyword-plan = the plan's header: its document, issuer, dates and period
ide-keyword-import = another plan file's declarations, under a name (`import "…" as national`)
ide-keyword-agency = an agency the plan gives work to: id, full name, short name
ide-keyword-area = an area data are reported for (province, district); in the header, the plan's area in words
ide-keyword-element = a counted data element that formulas divide (live births)
ide-keyword-unit = a unit of measure: a new one, or an indicator's
ide-keyword-dimension = a dimension data are split by (urban and rural, sex), with its values
ide-keyword-objective = an objective the indicators serve; in an indicator, the objective it serves
ide-keyword-indicator = an indicator as the document numbers it, with its targets and owners
ide-keyword-report = a report the plan asks of agencies: how often, by when, from whom, to whom
ide-keyword-review = a review of progress (sơ kết, tổng kết)
ide-keyword-waive = an indicator of the parent plan this plan does not take up, and why
ide-keyword-query = a named question in the query language, run in the REPL
ide-keyword-amendment = the header of a decision that amends a plan
ide-keyword-change = new owners or targets for an indicator of the amended plan, or a new schedule for one of its reports
ide-keyword-transfer = every role of one agency passes to another
ide-keyword-project = a project (dự án, đề án) agencies are assigned to, and what it covers
ide-keyword-task = a duty the document assigns outside the indicators
ide-keyword-document = the document's number ("196/QĐ-UBND")
ide-keyword-issuer = the agency that issued the document
ide-keyword-signed = the day the document was signed
ide-keyword-period = the years the plan runs (2021..2030), or how often a report is due
ide-keyword-implements = the document, or the imported plan, this plan implements
ide-keyword-horizon = the year the plan's vision reaches (tầm nhìn)
ide-keyword-basis = a legal basis the document cites (căn cứ)
ide-keyword-short = the agency's short name
ide-keyword-requested = a body the plan requests (đề nghị) rather than assigns (giao)
ide-keyword-range = the lowest and highest values the unit admits
ide-keyword-per = how many of the population a rate is counted per (1000 for ‰)
ide-keyword-of = what a rate is counted over, or the parts a total adds up
ide-keyword-part = a part of a composite indicator, with its own targets
ide-keyword-direction = which way is better: increase, decrease or maintain
ide-keyword-baseline = the year and the value the indicator starts from
ide-keyword-target = a target: a year, a comparison and a value
ide-keyword-maintain = a level kept from one year until another
ide-keyword-by = how much a rate or a change is (reduce by 0.5 points), or the element a mean is weighted by
ide-keyword-year = per year, every year; the year of a review
ide-keyword-from = the first year of a target, or the agencies that send a report
ide-keyword-until = the last year of a target
ide-keyword-within = how near `about` must come
ide-keyword-flow = a quantity per period (revenue, spending), judged by each year's total
ide-keyword-growth = values that are themselves rates of change (GRDP growth)
ide-keyword-cumulative = values counted from the start of the year (lũy kế)
ide-keyword-scope = the areas or the group the indicator is set for
ide-keyword-to = who receives a report; the agency a transfer gives the roles to; the top of a range
ide-keyword-where = the value of a dimension a target or a scope is for
ide-keyword-lead = the agency in charge (chủ trì)
ide-keyword-support = the agencies that support (phối hợp)
ide-keyword-formula = the indicator as a ratio of data elements or indicators
ide-keyword-total = the indicator as the sum of other indicators or parts
ide-keyword-aggregate = how district values add up to the province: sum, mean, none, weighted by
ide-keyword-weighted = a mean weighted by a data element
ide-keyword-in = the area, objective or project it belongs to; the month a deadline falls in
ide-keyword-kind = the kind of area (province, district, commune)
ide-keyword-due = by when it is due
ide-keyword-before = due before the day or month written
ide-keyword-month = a deadline given by its month
ide-keyword-every = how often it recurs
ide-keyword-at = where in the period a review is held: midterm or end
ide-keyword-covers = the indicators, parts and tasks a project covers
ide-keyword-strive = a target the document asks to strive for (phấn đấu)
ide-keyword-ref = where the document says it (a section)
ide-keyword-source = where the document states the item
ide-keyword-note = a free remark, such as the document's exact wording
ide-keyword-as = the name the imported file is known by
ide-keyword-because = why: a waiver, an adapted indicator, a lead left to fill
ide-keyword-adopts = takes up the parent plan's indicator as it is
ide-keyword-adapts = takes up the parent plan's indicator with changes, and says why
ide-keyword-amends = the imported plan this decision amends
ide-keyword-effective = from when the amendment holds

## Value words, as completion describes them.

ide-direction-increase = higher is better
ide-direction-decrease = lower is better
ide-direction-maintain = to be kept where it is
ide-change-increase = an increase (tăng)
ide-change-reduce = a reduction (giảm)
ide-rate-unit-points = percentage points
ide-rate-unit-percent = percent of the value
ide-period-half-year = every six months
ide-period-year = every year
ide-period-quarter = every quarter
ide-period-month = every month
ide-period-adhoc = when asked (đột xuất)
ide-review-midterm = at mid-term (sơ kết giữa kỳ)
ide-review-end = at the end of the period (tổng kết)
ide-aggregate-none = only the value reported for the area itself counts
ide-aggregate-sum = district values add up
ide-aggregate-mean = the plain mean of district values
ide-comparator-at-least = at least (đạt, trở lên)
ide-comparator-at-most = at most (không quá)
ide-comparator-below = below (dưới)
ide-comparator-above = above (trên)
ide-comparator-equal = exactly, or within a range (= 2 to 3)
ide-comparator-about = about (khoảng)
ide-unit-percent = percent (%)
ide-unit-per-mille = per thousand (‰)
ide-unit-per-100k = per 100,000
ide-unit-count = a count
ide-lead-unknown = no lead named yet (to fill in)

## Snippets: what each writes, and the words of its placeholders.

ide-snippet-indicator = a new indicator: objective, unit, direction, target, lead and source
ide-snippet-agency = a new agency: id and full name
ide-snippet-objective = a new objective: id, title and source
ide-snippet-report = a new report: period, deadline, who sends it, who receives it
ide-placeholder-id = id
ide-placeholder-title = title, as the document writes it
ide-placeholder-name = full name
ide-placeholder-section = section of the document

## Code actions: their titles, and the reason a new `waive` line leaves to write.

ide-action-replace = Replace with `{ $text }`
ide-action-lead = Make { $name } (`{ $agency }`) the lead
ide-action-waive = Waive `{ $parent }` (a `waive` line whose reason is left to write)
ide-action-waive-all = Waive the { $count ->
        [one] { $count } parent indicator
       *[other] { $count } parent indicators
    } left unmapped (`waive` lines whose reasons are left to write)
ide-action-adopt = Adopt `{ $parent }` here: { $title }
ide-waive-reason = REASON TO WRITE: why this plan does not take the indicator up
