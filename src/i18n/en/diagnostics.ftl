# planlang's words in English: what the checker's diagnostics say (plan files, cascades,
# amendments). Every message here has its Vietnamese in ../vi/diagnostics.ftl, under the same
# id; a test fails when one lacks the other (src/i18n/tests.rs).
#
# One message per kind of problem: the sentence, then its `.label` (said at the problem's
# place) and `.help` (how to put it right); other places' texts are further attributes
# (`.first`). Codes (`plan::unknown_agency`) are not words and never come from here.
# Plan text quoted in backticks stays as the plan writes it, in every language.

## Pieces of many messages.
diag-indicator = indicator { $id }
diag-part = part { $id }
diag-did-you-mean = did you mean `{ $name }`?
# A list: "a, b or c" ($first is "a, b", $last "c").
diag-list-or = { $first } or { $last }
diag-list-and = { $first } and { $last }

## What `plan check` says besides the problems, and miette's heading of the help.
diag-help-heading = help
# "son-la.plan: 4 objectives, 29 indicators, 33 measures: 0 errors, 2 warnings"
diag-check-summary = { $file }: { $objectives ->
        [one] { $objectives } objective
       *[other] { $objectives } objectives
    }, { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }, { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    }: { diag-count-errors }, { diag-count-warnings }
# "total: 2 files checked, 1 error, 0 warnings"
diag-check-total = total: { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked, { diag-count-errors }, { diag-count-warnings }
diag-count-errors = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }
diag-count-warnings = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## Names that refer to nothing declared.
diag-kind-agency = agency
diag-kind-objective = objective
diag-kind-area = area
diag-kind-element = data element
diag-kind-dimension = dimension
diag-kind-value = value
diag-kind-unit = unit
diag-kind-project = project
diag-kind-operand = data element or indicator
diag-kind-measure = indicator or part
diag-unknown-name = unknown { $kind } `{ $name }`
    .label = no { $kind } has this id
diag-unknown-dimension-value = `{ $name }` is not a value of dimension `{ $dimension }`
    .label = not a value of `{ $dimension }`
diag-unknown-unit = unknown unit `{ $name }`
    .label = not a built-in or declared unit
diag-name-imported = it is declared by imports: write one of { $names }
diag-name-values-of = dimension `{ $dimension }` has the values { $values }
diag-name-one-of = write one of { $values }
diag-declare-agency = declare it: `agency ID "Full name" short "Short name"`
diag-declare-objective = declare it: `objective ID "Title" source "II.1.a"`
diag-declare-area = declare it: `area ID "Name"`
diag-declare-element = declare it: `element ID "Title"`
diag-declare-dimension = declare it: `dimension ID "Title" {"{"} value "Title" ... {"}"}`
diag-declare-value = add the value to its dimension
diag-declare-unit = use a built-in unit (percent, per_mille, per_100k, count) or declare one: `unit ID "symbol" range 0..`
diag-declare-project = declare it: `project ID "Title" {"{"} ... {"}"}`
diag-declare-operand = declare it: `element ID "Title"`, or name an indicator or part of the plan (`formula 12a / 12 * 100`)
diag-declare-measure = a total adds up indicators or parts of this plan (`total of 12b, 12c`); an indicator with parts is named by its parts

## Reading the text.
diag-syntax = expected { $expected }, found { $found }
    .label = not expected here
diag-syntax-unexpected = unexpected { $found }
diag-missing-at-line-end = expected { $expected } at the end of this line
    .label = expected { $expected } after this
    .help = complete the line; a statement cannot continue on the next line after a missing value
diag-unclosed-text = this text is never closed
    .label = the quote opened here has no closing `"` on this line
    .help = add `"` at the end of the text; a text cannot span several lines
diag-unclosed-block = this block is never closed
    .label = this `{"{"}` has no matching `{"}"}`
    .help = add `{"}"}` where the block should end
    .place = the file ends here
diag-unclosed-block-before = { diag-unclosed-block }
    .label = { diag-unclosed-block.label }
    .help = add `{"}"}` before `{ $next }`
    .place = `{ $next }` starts here
diag-decimal-comma = `{ $written }` is written with a decimal comma
    .label = decimal comma
    .help = plan files use a decimal point: write `{ $point }`
diag-bad-number = `{ $written }` is too large to be a value
    .label = too large
    .help = values must lie between -10^15 and 10^15
diag-bad-milestone = `{ $written }` is not a period of the calendar
    .label = no such period
    .help = write a year (`2026`), a half-year (`2026-H1`, `2026-H2`), a quarter (`2026-Q1` to `2026-Q4`) or a month (`2026-01` to `2026-12`)
diag-bad-date = `{ $written }` is not a real date: { $why }
    .label = no such day
    .help = check the date against the document (dates are written YYYY-MM-DD)
diag-bad-due-day = `{ $written }` is not a day of the year: { $why }
    .label = no such day
    .help = write the due date as DD/MM, day first, as Vietnamese documents do
diag-bad-due-month = `{ $written }` is not a month: { $why }
    .label = no such month
    .help = write the month as a number from 1 to 12, and its year after a `/` for a deadline that falls once (`11/2025`)
diag-internal = internal error: unexpected syntax tree while reading { $what }
    .label = {""}
    .help = this is a bug in planlang; please report it with the file that caused it

## Why a text is not a date.
diag-date-form = `{ $text }` is not { $what ->
        [day-month] a day and month
        [month] a month
       *[date] a date
    } of the form { $form }
diag-date-no-such-month = { $hint ->
        [yes] month { $month } does not exist (write the day first: DD/MM)
       *[no] month { $month } does not exist
    }
diag-date-no-such-day = { $month } has { $days } days, so day { $day } does not exist
diag-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
diag-month-of-year = { $month } { $year }

## What the grammar expected, and what it found.
diag-end-of-file = the end of the file
diag-end-of-line = the end of the line
diag-found-text = the text `{ $text }`
diag-hint-decimal-point = plan files use a decimal point: write `9.5`, not `9,5`
diag-hint-at-least = write `>=` (at least): the `=` comes second
diag-hint-at-most = write `<=` (at most): the `=` comes second
diag-hint-unit-sign = write the number alone; the unit belongs in the indicator's `unit` line (`unit { $unit }`)
diag-value-name = a name
diag-value-text = a quoted text
diag-value-number = a number
diag-value-year = a year such as 2025
diag-value-date = a date such as 2021-04-28
diag-value-day-month = a day and month such as 05/12
diag-value-month-of-year = a month such as 6 or 11/2025
diag-value-milestone-or-comparison = a milestone year or a comparison
diag-value-dimension-value = a dimension value (a name and its title)
diag-value-lead-unknown = `?` (no lead named yet)
diag-value-comparison = a comparison ({ $words })
diag-value-direction = a direction ({ $words })
diag-value-period = a reporting period ({ $words })
diag-value-recurrence = how often it recurs ({ $words })
diag-value-aggregation = an aggregation ({ $words })
diag-value-weighted = weighted by ELEMENT
diag-value-unit = a unit ({ $words })
diag-value-declared-unit = a declared unit

## Declarations and their fields.
diag-kind-indicator = indicator
diag-kind-part = part
diag-kind-report = report
diag-kind-review = review
diag-kind-query = query
diag-kind-task = task
diag-kind-import = import
# What a field belongs to.
diag-item-plan = the plan
diag-item-amendment = the amendment
diag-item-change = the change to { $id }
diag-item-unit = unit `{ $id }`
diag-item-area = area `{ $id }`
diag-item-report = report `{ $id }`
diag-item-review = review `{ $id }`
diag-item-project = project `{ $id }`
diag-item-task = task `{ $id }`
# Between the names of a circle of `in`s: "a in b in a".
diag-nested-in = in
diag-duplicate-header = the file has a second plan header
    .label = second header
    .help = a file describes one plan: merge the two headers
    .first = first header here
diag-duplicate-header-amendment = the file has a second header
    .label = second header
    .help = a file is one plan or one amendment: keep one header
    .first = first header here
diag-missing-header = the file has no plan header
    .label = expected `plan "title" {"{"} ... {"}"}` in this file
    .help = start the file with `plan "TITLE" {"{"} document "NUMBER" issuer AGENCY signed 2021-04-28 period 2021..2030 {"}"}`
diag-bad-period = the period { $start }..{ $end } ends before it starts
    .label = end is before start
    .help = write the first year first: `period { $end }..{ $start }`
diag-missing-period = the plan header gives no period
    .label = this header has no `period`
    .help = add the years the plan covers, e.g. `period 2021..2030`
diag-missing-header-fields = the plan header lacks { $fields }
    .label = incomplete header
    .help = give the document's number (`document "196/QĐ-UBND"`), its issuer (`issuer ubnd_tinh`) and its signing date (`signed 2021-04-28`)
diag-amendment-incomplete = the amendment lacks { $fields }
    .label = incomplete amendment header
    .help = name the plan it amends through its import and the date its changes hold from: `amends son_la  effective 2025-03-01`
diag-duplicate-id = { $kind } `{ $id }` is declared twice
    .label = declared again here
    .help = give this { $kind } another id, or remove one of the two
    .first = first declared here
diag-builtin-unit-declared = unit `{ $unit }` is built in and cannot be declared again
    .label = built-in unit
    .help = choose another id for this unit
diag-duplicate-value = value `{ $value }` of dimension `{ $dimension }` is declared twice
    .label = declared again here
    .help = remove one of the two
    .first = first declared here
diag-duplicate-field = `{ $field }` is given twice for { $item }
    .label = second `{ $field }`
    .help = keep one `{ $field }` and remove the other
    .first = first given here
diag-dotted-id = the { $kind } id `{ $id }` contains a `.`
    .label = `.` is not allowed in an id declared here
    .help = a `.` joins an import's name to the names it declares (`national.9`); write `{ $fixed }`
diag-import-clash = two imports are named `{ $alias }`
    .label = second import of this name
    .help = give each import its own name after `as`
    .first = first import of this name
diag-import-unreadable = cannot import `{ $path }`: { $reason }
    .label = this file cannot be read
    .help = import a plan file saved as UTF-8 text
diag-import-relative = the path is relative to the folder of this file (`{ $folder }`)
diag-import-not-found = no such file
diag-import-not-utf8 = it is not UTF-8 text (save it as UTF-8)
diag-import-cycle = importing `{ $path }` here makes a cycle: { $chain }
    .label = imports a file that is already importing this one
    .help = move what these files share into a file that each imports, and that imports none of them
diag-import-too-deep = importing `{ $path }` here nests imports deeper than { $limit } files: { $chain }
    .label = file { $file } of this chain
    .help = import what the files far down the chain declare from a file nearer the top, so that fewer files stand between them
diag-duplicate-waiver = `{ $parent }` is waived twice
    .label = waived again here
    .help = keep one `waive` line for each parent indicator
    .first = first waived here
diag-unit-range-backwards = the range of unit `{ $unit }` starts after it ends
    .label = lower bound
    .help = write the smaller bound first
    .upper = upper bound
diag-area-cycle = areas contain each other: { $path }
    .label = this `in` closes the circle
    .help = an area lies in one larger area; remove the `in` that points back down
diag-objective-cycle = objectives are nested in each other: { $path }
    .label = this `in` closes the circle
    .help = a specific objective lies under one more general objective (mục tiêu chung); remove the `in` that points back down
diag-composite-with-target = indicator { $indicator } has parts, so its baselines and targets belong to them
    .label = given on the composite indicator
    .help = move this line into the `part` it measures
diag-composite-with-mapping = indicator { $indicator } has parts, so each part names the parent indicator it takes up
    .label = given on the composite indicator
    .help = move this line into the `part` that takes up the parent indicator
diag-composite-with-total = indicator { $indicator } has parts, so it has no value of its own to be a total
    .label = given on the composite indicator
    .help = write `total of` in the part that is the total (`part a "Tổng số" {"{"} total of 12b, 12c {"}"}`), or make the total an indicator without parts
diag-missing-unit = { $measure } has no unit
    .label = no `unit` given
    .help = add a unit, e.g. `unit percent`, `unit per_mille of "trẻ đẻ sống"` or `unit count`
diag-missing-direction = { $measure } has no direction
    .label = no `direction` given
    .help = say which way is better: `direction increase`, `direction decrease` or `direction maintain`
diag-aggregate-with-formula = { $measure } has a formula, so its areas always add up by numerators and denominators
    .label = not used
    .help = remove `aggregate`: a formula's rate is recomputed from the summed counts, never averaged
diag-unknown-covered = project `{ $project }` covers `{ $id }`, which is not an indicator, part or task of this plan
    .label = nothing has this id
    .help = a project covers indicators (`8`), parts (`7b`) or tasks of this plan
diag-covered-numbers = check the number against the document; the plan's indicators are { $numbers }
diag-unchangeable-field = an amendment cannot change `{ $field }`
    .label = not changeable by an amendment
    .help = an amendment changes an indicator's `lead`, `support` and `target`s; a new unit or direction makes a new indicator, in a new plan
diag-stray-change = this file changes a plan but is not an amendment
    .label = a change outside an amendment
    .help = an amendment is a file of its own: `import "PLAN" as p` then `amendment "DOCUMENT" {"{"} amends p  effective 2025-03-01 {"}"}`; to change this plan, edit it
diag-amends-unknown-import = the amendment amends `{ $alias }`, but no file is imported under that name
    .label = not an import
    .help = import the plan first: `import "PATH" as { $alias }`
diag-unknown-amended-item = the amended plan `{ $alias }` has no { $kind ->
        [report] report
        [agency] agency
       *[measure] indicator or part
    } `{ $name }`
    .label = not { $kind ->
        [report] a report
        [agency] an agency
       *[measure] an indicator or part
    } of `{ $alias }`
    .help = write the { $kind ->
        [report] report
        [agency] agency
       *[measure] indicator or part
    } of the amended plan through its import: `{ $alias }.ID`

## Measures computed from others: totals of parts, formulas over indicators.
diag-ambiguous-operand = `{ $name }` is both a data element and an indicator or part, so the formula could mean either
    .label = names both
    .help = give the data element or the indicator another id: a formula's operand names one of them
    .element = the data element
    .measure = the indicator or part
diag-total-with-formula = { $measure } is both a total of parts and a formula
    .label = a second way to compute it
    .help = keep one: `total of` adds parts up, `formula` divides one value by another
    .formula = its formula
diag-derivation-cycle = indicators are computed from each other: { $path }
    .label = this goes round
    .help = one of them must come from the data: remove the `total of` or `formula` that leads back
diag-total-part-repeated = { $measure } names `{ $part }` twice in its `total of`
    .label = named again
    .help = a part is counted once: remove the second `{ $part }`
    .first = first named here
diag-negative-tolerance = `within { $amount }` gives an amount below zero
    .label = below zero
    .help = a tolerance is how far a value may be, never less than nothing: write `within { $positive }`
diag-total-unit-mismatch = { $measure } is a total in `{ $unit }`, but `{ $part }` is in `{ $part_unit }`, which does not add up with it
    .label = `{ $part }` is in `{ $part_unit }`
    .help = a total adds up indicators or parts in its own unit, or in a multiple of the same unit (`unit trieu_dong "triệu đồng" = 1000000 dong` beside `unit ty_dong "tỷ đồng" = 1000 trieu_dong`); give `{ $part }` the unit `{ $unit }`, or leave it out of the total
# $bound: `exact` when the parts' targets add up to $sum exactly, `more` or `less` when they
# ask for more (less) than it.
diag-total-target-unmet = the { $year } targets of the parts of { $measure } ({ $parts }) add up to { $bound ->
        [more] more than { $sum }
        [less] less than { $sum }
       *[exact] { $sum }
    }, which does not meet its own { $year } target { $op } { $value }
    .label = not met by its parts' targets
    .help = every part may reach its target while the total misses its own: check the figures against the document; if the document sets them so (a total rounded apart from its parts, "trên" beside a sum that is exact), keep them: this warning records it

## The shape of the plan.
diag-conflicting-dates = the document gives two dates for itself: { $first } and { $second }
    .label = second date
    .help = if the document really says both, keep both: this warning records the inconsistency
    .first = first date
diag-empty-objective = objective `{ $objective }` has no indicators
    .label = no indicator names this objective
    .help = add `objective { $objective }` to the indicators it groups
diag-no-objective = indicator { $indicator } belongs to no objective
    .label = no `objective` given
    .help = add `objective ID` naming the objective it serves
diag-missing-source = indicator { $indicator } does not cite its source
    .label = no `source` given
    .help = add `source "SECTION"` pointing to where the document states it, e.g. `source "II.1.a, Chỉ tiêu 3"`
diag-numbering-order = indicator { $number } comes after indicator { $previous }
    .label = lower than the number before it
    .help = write indicators in the document's order, or check the number
    .previous = previous indicator
# $missing: how many numbers are skipped, from $first_missing to $last_missing.
diag-numbering-gap = the numbering jumps from { $previous } to { $number }: { $missing ->
        [1] { $first_missing } is missing
       *[other] { $first_missing } to { $last_missing } are missing
    }
    .label = gap before this number
    .help = if the document skips these numbers, this warning records it; otherwise add the missing indicators
    .previous = previous indicator
diag-single-part = indicator { $indicator } has only one part
    .label = composite with one part
    .help = a single measure needs no `part`: move its fields into the indicator
diag-part-order = part `{ $letter }` of indicator { $indicator } is part number { $position }, expected `{ $expected }`
    .label = out of sequence
    .help = letter parts a, b, c... in the order the document states them

## Who owns each indicator. $what is an indicator, a part, a project or a task.
diag-lead-left-over = { $what } names its lead, and also says it has none yet
    .label = `lead ?` left over
    .help = remove `lead ?` now that the lead is named
diag-lead-to-fill = { $what } has no lead agency yet
    .label = lead left to fill in
    .help = replace `?` with the agency the document puts in charge (chủ trì) once it is known
diag-lead-to-fill-because = { $what } has no lead agency yet: { $reason }
    .label = { diag-lead-to-fill.label }
    .help = { diag-lead-to-fill.help }
diag-no-lead = { $measure } has no lead agency
    .label = nobody leads this
    .help = add `lead AGENCY` naming the agency the document puts in charge (chủ trì)
diag-multiple-leads = { $measure } has { $count } lead agencies: { $leads }
    .label = another lead
    .help = one lead is the norm: if the document names several, keep them and this warning records it; otherwise make the others `support`
    .first = first lead
diag-duplicate-owner = `{ $agency }` is listed twice as { $role ->
        [lead] lead
       *[support] support
    } of { $measure }
    .label = listed again
    .help = remove one of the two
    .first = first listed here
diag-lead-and-support = `{ $agency }` both leads and supports { $measure }
    .label = support
    .help = if the document says both, keep them and this warning records it; otherwise remove one
    .lead = lead
diag-requested-lead = { $measure } is led only by { $leads }, which the plan requests (đề nghị) rather than assigns (giao)
    .label = a requested body as lead
    .help = a requested body answers to its own organisation, not to the plan's issuer: if the document puts an agency of its own government in charge, make it the lead and the body a `support`; if the document does ask the body to lead, this warning records it
diag-unused-agency = agency `{ $agency }` owns no indicator, project or task and takes part in no report or review
    .label = declared but never used
    .help = assign it (`lead`, `support`, a report's `from`/`to`, a project or task), or remove it if the document gives it no task

## The reporting schedule and the reviews.
diag-report-no-period = report `{ $report }` has no period
    .label = how often is it due?
    .help = add `period half-year`, `period year`, `period quarter`, `period month` or `period adhoc`; if the document gives none, this warning records it
# $period is the report's period as the plan writes it: half-year, year, quarter, month.
diag-report-no-due = report `{ $report }` is due every { $period } but has no due date
    .label = no `due` given
    .help = add the day and month it is due, e.g. `due before 05/12`, or its month, e.g. `due in month 6`
diag-report-no-submitter = report `{ $report }` names no agency that submits it
    .label = no `from` given
    .help = add `from AGENCY, AGENCY...`
diag-report-no-recipient = report `{ $report }` names no agency that receives it
    .label = no `to` given
    .help = add `to AGENCY`
diag-review-no-year = review `{ $review }` does not say when it is held
    .label = no `year`, `at` or `every year` given
    .help = add the year of the review (`year 2025`), or where in the period it is held: `at midterm` (sơ kết giữa kỳ), `at end` (tổng kết), `every year`

## When projects and tasks are due. $written, $once and $every are plan text.
diag-due-no-year = { $item } is due { $written }, but says neither in which year nor how often
    .label = once, or every year?
    .help = write the year it falls once in (`due { $once }`), or how often it recurs (`due { $every } every year`, "hằng năm"); until then it is not tracked
diag-due-as-written = as written

## Targets. $year is a milestone's year, or `none` for a target of the whole period.
diag-of-target = a target of { $what }
diag-of-baseline = the baseline of { $what }
diag-of-review = review `{ $what }`
diag-of-deadline = the deadline of { $what }
diag-comparator-at-least = at least
diag-comparator-at-most = at most
diag-comparator-below = below
diag-comparator-above = above
diag-comparator-equal = equal to
diag-comparator-about = about
# The values a unit admits.
diag-range-between = between { $min } and { $max }
diag-range-at-least = at least { $min }
diag-range-at-most = at most { $max }
diag-range-any = any value
diag-no-targets = { $measure } has no target
    .label = nothing to measure against
    .help = add a target, e.g. `target 2025 >= 90`
diag-year-outside-period = { $of }: { $year } is outside the plan period { $start }..{ $end }
    .label = outside the period
    .help = use a year from { $start } to { $end }, or correct the plan's `period`
    .help-horizon = use a year from { $start } to { $end }, correct the plan's `period`, or, for a vision after it (tầm nhìn), give the plan a horizon: `horizon { $year }`
diag-year-beyond-horizon = { $of }: { $year } is after the plan's horizon { $horizon }
    .label = after the horizon
    .help = use a year up to { $horizon }, or correct the plan's `horizon`
diag-horizon-within-period = the horizon { $horizon } is not after the plan period { $start }..{ $end }
    .label = not after { $end }
    .help = a horizon is the year a vision reaches after the period (`horizon 2045`): write a year after { $end }, or remove it
diag-years-backwards = a target of { $measure } runs from { $from } until { $until }, which ends before it starts
    .label = start
    .help = write the earlier year after `from`
    .end = end
diag-values-backwards = a target range of { $measure } starts after it ends
    .label = first value is the larger
    .help = write the smaller value first: `2 to 3`
diag-value-out-of-range = { $of } is { $value }, outside the range of unit `{ $unit }` ({ $range })
    .label = out of range
    .help = a value in `{ $unit }` lies { $range }: check the number or the unit
diag-milestone-repeated = { $measure } has two targets for { $year ->
        [none] the whole period
       *[other] { $year }
    }
    .label = second target
    .help = keep one target per milestone; a later decision that changes a target belongs in an amendment
    .first = first target
diag-milestone-order = the { $year } target of { $measure } is written after the { $previous } target
    .label = earlier milestone written later
    .help = write targets in year order
# $first and $second are the two targets as the plan writes them, each with its `ref`.
diag-conflicting-targets = the document gives two targets for { $measure } in { $year ->
        [none] the whole period
       *[other] { $year }
    }: { $first } ({ $first_ref }) and { $second } ({ $second_ref })
    .label = second target
    .help = if the document really says both, keep both: this warning records the contradiction; a later decision that changes a target belongs in an amendment
    .first = first target
diag-tolerance-without-about = `within` gives how near an "about" target must come, but this one asks for `{ $op }` ({ $meaning })
    .label = only `~` has a tolerance
    .help = write `~` (khoảng) before the value for a target that is met near it, or leave out `within`
diag-cumulative-not-flow = a target of { $measure } asks for a total to date (`cumulative`), but it is not a flow
    .label = only a flow has a total to date
    .help = write `flow` on the indicator if its values are amounts per period (revenue, spending), or leave out `cumulative`: a level is judged by its value at the milestone
# $direction is the indicator's direction as the plan writes it: increase, decrease, maintain.
# $asks is `rise` or `fall`.
diag-comparator-against-direction = { $measure } should { $direction }, but this target asks for `{ $op }` ({ $meaning })
    .label = asks the value to { $asks }
    .help = { $direction ->
        [decrease] a decrease is usually `<` (dưới) or `<=` (xuống); check the comparator or the direction
       *[other] an increase is usually `>=` (đạt); check the comparator or the direction
    }
diag-target-against-direction = { $measure } should { $direction }, but its { $late_year } target ({ $late_value }) is { $direction ->
        [increase] below
       *[other] above
    } its { $early_year } target ({ $early_value })
    .label = { $late_year } target
    .help = check both values against the document, and the indicator's direction; if the document sets them so (a budget line that dips), keep them: this warning records it
    .early = { $early_year } target
diag-baseline-beyond-target = the baseline of { $measure } ({ $baseline } in { $baseline_year }) already meets its { $year ->
        [none] whole-period
       *[other] { $year }
    } target ({ $op } { $target })
    .label = baseline
    .help = a target the plan has already reached may be a typo; check both against the document
    .target = target
diag-maintain-mismatch = { $measure } maintains { $op } { $value } from { $from }, but its { $level_year } target is { $level_op } { $level_value }
    .label = maintained level
    .help = a level kept from a milestone is usually the milestone's own target
    .milestone = milestone target
diag-split-incomplete = { $measure } splits its { $year ->
        [none] whole-period
       *[other] { $year }
    } target by `{ $dimension }` but gives none for { $missing }
    .label = split target
    .help = give a target for every value, or a target without `where` for the rest

## Characters that make the text read otherwise than it is.
# $script is Unicode's name of a script: Latin, Cyrillic, Greek...
diag-script = { $script }
diag-mixed-script = `{ $id }` mixes { $scripts } letters
    .label = letters of different scripts that can look alike
    .help = a letter that looks Latin may be Cyrillic or Greek (`е`, `о`, `а`): type the identifier again with one keyboard layout
diag-mixed-script-odd = `{ $id }` mixes { $scripts } letters (`{ $char }`, { $code }, is { $script })
    .label = { diag-mixed-script.label }
    .help = { diag-mixed-script.help }
diag-bidi-control = { $code }, a character that changes the direction of the text, makes this line read differently from how it is read as a plan
    .label = an invisible direction control
    .help = remove it: plan text reads left to right; a right-to-left name needs no control character

## Amendments that cannot all apply. $was and $now are the values as the plan writes them.
diag-amendment-conflict-within = { $document } sets { $what } twice, to { $was } and to { $now }
    .label = conflicts with another amendment
    .help = amendments in force from the same day must agree: correct one of them, or give them different effective dates
diag-amendment-conflict = { $document } sets { $what } to { $now }, but { $other }, in force from the same date, sets it to { $was }
    .label = { diag-amendment-conflict-within.label }
    .help = { diag-amendment-conflict-within.help }
diag-setting-lead = the lead of { $measure }
diag-setting-support = the support of { $measure }
# $kind: level, maintain, rate or change, as the plan's JSON writes a target's kind.
diag-setting-target = the { $year ->
        [none] { $kind }
       *[other] { $year } { $kind }
    } target of { $measure }
diag-setting-period = the period of { $report }
diag-setting-due = the due date of { $report }
diag-setting-submitters = who submits { $report }
diag-setting-recipient = who receives { $report }
diag-setting-roles = where the roles of { $agency } go

## A plan against the plan it implements (its parent).
diag-this-plan = the plan
diag-parent-not-imported = the plan implements `{ $parent }`, but no file is imported under that name
    .label = not an import
    .help = import the parent plan first: `import "PATH" as { $parent }`
diag-unqualified = `{ $name }` does not say which imported plan it belongs to
    .label = no import name
    .help = write the parent's import name first, e.g. `national.9`
    .help-parent = write the parent's import name first: `{ $parent }.{ $name }`
diag-no-such-import = no file is imported as `{ $alias }`
    .label = not an import
    .help = import the parent plan: `import "PATH" as { $alias }`
diag-not-the-parent = `{ $name }` is an indicator of `{ $alias }`, but the plan does not say it implements `{ $alias }`
    .label = not the implemented plan
    .help = add `implements { $alias }` to the plan header
diag-unknown-parent-measure = `{ $alias }` has no indicator or part `{ $local }`
    .label = not in the parent plan
    .help = `plan show { $path }` lists its indicators and parts
diag-waived-and-adopted = `{ $parent }` is waived, and also taken up by { $measure }
    .label = waived here
    .help = remove the `waive` line, or the `adopts`/`adapts` line
    .taken = taken up here
# $missing lists the parent's indicators left out, $first is the first of them.
diag-parent-unmapped = { $count ->
        [one] { $count } indicator of `{ $alias }` is
       *[other] { $count } indicators of `{ $alias }` are
    } neither adopted, adapted nor waived: { $missing }
    .label = the plan implemented
    .help = take each up in an indicator or part (`adopts { $first }`, or `adapts { $first } because "..."`), or write `waive { $first } because "..."`
diag-parent-unit-mismatch = { $measure } is measured in `{ $unit }`, the parent `{ $parent }` in `{ $parent_unit }`
    .label = different units
    .help = measure it in `{ $parent_unit }` as the parent does, or say why it differs with `adapts { $parent } because "..."`
# $direction and $parent_direction as the plan writes them: increase, decrease, maintain.
diag-parent-direction-mismatch = { $measure } should { $direction }, but the parent `{ $parent }` should { $parent_direction }
    .label = opposite directions
    .help = an indicator that takes up `{ $parent }` goes its way: `direction { $parent_direction }`
# $asks and $theirs are what this plan and the parent ask for (`>= 90`); $document and
# $parent_document the documents that say so.
diag-less-ambitious = { $measure } asks for { $asks } in { $year }, less ambitious than the parent `{ $parent }`: { $theirs } ({ $parent_document })
    .label = less ambitious than { $theirs }
    .help = raise the target to { $theirs }, or, if this plan ({ $document }) sets a lower bar on purpose, say why: `adapts { $parent } because "..."`
    .help-adapted = this plan ({ $document }) adapts `{ $parent }` and says why; the warning keeps the gap in view for whoever reads the two plans side by side
diag-adopted-differs = { $measure } adopts `{ $parent }` but asks for { $asks } in { $year }, where the parent asks for { $theirs }
    .label = not the parent's target
    .help = write `adapts { $parent } because "..."` to say why the target differs
# $missing lists the parent's milestones as plan text (`2030 >= 90`), $first the first.
diag-adopted-missing = { $measure } adopts `{ $parent }` but has no target for { $missing }
    .label = milestones of the parent missing here
    .help = add `target { $first }`, or write `adapts { $parent } because "..."`

## A named query nested deeper than the query language allows. Its label and help are
## also those of a query typed at the REPL ($level is $limit + 1).
diag-named-query-too-deep = the named query `{ $query }` nests parentheses more than { $limit } deep
    .label = parenthesis { $level } levels deep
    .help = a query may nest at most { $limit } parentheses; remove the ones that group a single condition, or split the query in two
