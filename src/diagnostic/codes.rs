//! Every diagnostic code planlang can emit, its fixed severity and a one-line summary.
//!
//! Codes are stable: tools match on them. docs/ lists every one (a test keeps it so).

use serde::Serialize;

/// How bad a problem is. Errors make `plan check` fail; warnings only when denied.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look, not a failure (an agency that owns nothing): `plan check` passes unless
    /// `--deny-warnings`, and nothing is refused.
    Warning,
    /// A failure: `plan check` fails, and a data row with one is refused.
    Error,
}

impl Severity {
    /// `warning` or `error`, as the short and JSON forms write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $code:literal, $severity:ident, $summary:literal; )*) => {
        /// A stable diagnostic code such as `plan::unknown_agency`.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $(#[doc = $summary] $variant),* }

        impl Code {
            /// Every code, in the order docs/ lists them.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as tools match it: `plan::unknown_agency`, `data::bad_number`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code),* }
            }

            /// How bad a problem of this code is; fixed per code.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }

            /// What the code means, in one line.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary),* }
            }

            /// Whether checking a plan file may report it (the plan codes, and the depth of
            /// a named query).
            pub fn in_plans(self) -> bool {
                (!self.in_queries() && !self.in_data()) || self == Code::QueryTooDeep
            }

            /// Whether a query may report it: the codes named `query::...`.
            pub fn in_queries(self) -> bool {
                self.as_str().starts_with("query::")
            }

            /// Whether reading a data file may report it: the codes named `data::...`.
            pub fn in_data(self) -> bool {
                self.as_str().starts_with("data::")
            }
        }
    };
}

codes! {
    // Reading the text.
    Syntax = "plan::syntax", Error, "the text does not follow the plan grammar (a misspelled keyword, a missing value)";
    UnclosedBlock = "plan::unclosed_block", Error, "a `{` is never closed by its `}`";
    DecimalComma = "plan::decimal_comma", Error, "a number is written with a decimal comma (`9,5`); plan files use a point (`9.5`)";
    BadNumber = "plan::bad_number", Error, "a number is too large to be used";
    BadMilestone = "plan::bad_milestone", Error, "a target's milestone that is no period of the calendar (2026-Q5, 2026-13)";
    BadDate = "plan::bad_date", Error, "a date that does not exist in the calendar (2021-02-30)";
    BadDueDate = "plan::bad_due_date", Error, "a due day and month that does not exist (31/04)";
    MixedScriptId = "plan::mixed_script_id", Warning, "an identifier mixes letters of different scripts (a Cyrillic `е` among Latin ones) that look alike";
    BidiControl = "plan::bidi_control", Warning, "a string or comment holds a character that reorders how the line reads (U+202E, U+2066...)";
    Internal = "plan::internal", Error, "planlang met a syntax tree it did not expect (a bug: please report it)";
    // The plan header.
    MissingHeader = "plan::missing_header", Error, "the file has no `plan \"...\" { ... }` header";
    DuplicateHeader = "plan::duplicate_header", Error, "the file has more than one `plan` header";
    MissingPeriod = "plan::missing_period", Error, "the plan header gives no `period` (e.g. `period 2021..2030`)";
    MissingHeaderField = "plan::missing_header_field", Warning, "the plan header lacks its document number, issuer or signing date";
    BadPeriod = "plan::bad_period", Error, "the plan period ends before it starts";
    ConflictingDates = "plan::conflicting_dates", Warning, "the document gives two different dates for itself";
    // Names and references.
    DuplicateField = "plan::duplicate_field", Error, "a field that may appear once is given twice";
    DuplicateId = "plan::duplicate_id", Error, "two agencies, units, dimensions, objectives, indicators, parts, reports or reviews share an id";
    UnknownAgency = "plan::unknown_agency", Error, "a reference to an agency that is not declared";
    UnknownObjective = "plan::unknown_objective", Error, "a reference to an objective that is not declared";
    UnknownUnit = "plan::unknown_unit", Error, "a unit that is neither built in nor declared";
    UnknownDimension = "plan::unknown_dimension", Error, "a split target names a dimension that is not declared";
    UnknownDimensionValue = "plan::unknown_dimension_value", Error, "a split target names a value its dimension does not have";
    UnknownArea = "plan::unknown_area", Error, "an area's `in` or a measure's `scope` names an area that is not declared";
    UnknownElement = "plan::unknown_element", Error, "a formula or weight names a data element (or, in a formula, an indicator or part) that is not declared";
    UnknownMeasure = "plan::unknown_measure", Error, "`total of` names something that is not an indicator or part of the plan";
    AmbiguousOperand = "plan::ambiguous_operand", Error, "a formula names something that is both a data element and an indicator or part";
    AreaCycle = "plan::area_cycle", Error, "areas that contain each other (`a in b`, `b in a`)";
    ObjectiveCycle = "plan::objective_cycle", Error, "objectives nested in each other (`a` in `b`, `b` in `a`)";
    AggregateWithFormula = "plan::aggregate_with_formula", Warning, "`aggregate` on an indicator with a formula, which always adds numerators and denominators";
    // Indicators and their parts.
    MissingUnit = "plan::missing_unit", Error, "an indicator or part has no `unit`";
    MissingDirection = "plan::missing_direction", Error, "an indicator or part has no `direction`";
    CompositeWithMeasure = "plan::composite_with_measure", Error, "an indicator with parts also gives a baseline, target or `total of` of its own (they belong to the parts)";
    SinglePart = "plan::single_part", Warning, "a composite indicator has only one part";
    PartOrder = "plan::part_order", Warning, "parts are not lettered a, b, c... in the order written";
    NoTargets = "plan::no_targets", Warning, "an indicator or part has no target";
    MissingSource = "plan::missing_source", Warning, "an indicator does not cite its `source` in the document";
    NoObjective = "plan::no_objective", Warning, "an indicator belongs to no objective";
    EmptyObjective = "plan::empty_objective", Warning, "an objective has no indicators";
    NumberingGap = "plan::numbering_gap", Warning, "the indicators' numbers skip a number";
    NumberingOrder = "plan::numbering_order", Warning, "an indicator's number is lower than the one before it";
    // Derived indicators: totals of parts, formulas over indicators.
    TotalWithFormula = "plan::total_with_formula", Error, "an indicator or part gives both `total of` and `formula`";
    DerivationCycle = "plan::derivation_cycle", Error, "indicators computed from each other (`total of` and formulas that go round)";
    TotalPartRepeated = "plan::total_part_repeated", Error, "`total of` names the same indicator or part twice (it would be counted twice)";
    NegativeTolerance = "plan::negative_tolerance", Error, "`within` gives an amount below zero";
    TotalUnitMismatch = "plan::total_unit_mismatch", Error, "`total of` adds up an indicator or part whose unit is not the total's (nor a multiple of the same unit)";
    TotalTargetUnmet = "plan::total_target_unmet", Warning, "the targets a total's parts set for a milestone, added up, do not meet the total's own target for it (every part may reach its target and the total still miss)";
    // Owners.
    NoLead = "plan::no_lead", Error, "an indicator or part has no lead agency";
    LeadToFill = "plan::lead_to_fill", Warning, "`lead ?`: no lead named yet (a new plan to fill in, or a document that names none)";
    MultipleLeads = "plan::multiple_leads", Warning, "an indicator or part has more than one lead agency";
    DuplicateOwner = "plan::duplicate_owner", Warning, "an agency is listed twice in the same role";
    LeadAndSupport = "plan::lead_and_support", Warning, "an agency both leads and supports the same indicator";
    RequestedLead = "plan::requested_lead", Warning, "an indicator or part is led only by bodies the plan requests (đề nghị, `requested`) rather than assigns (giao)";
    UnusedAgency = "plan::unused_agency", Warning, "an agency owns no indicator and takes part in no report or review";
    // Targets.
    YearOutsidePeriod = "plan::year_outside_period", Error, "a target, review, baseline or deadline year lies outside the plan period (and, for a target, after no `horizon`)";
    YearBeyondHorizon = "plan::year_beyond_horizon", Error, "a target's year lies after the plan's `horizon` (the year its vision reaches)";
    HorizonWithinPeriod = "plan::horizon_within_period", Error, "the plan's `horizon` is not after its period (a vision reaches beyond it: `period 2026..2030  horizon 2045`)";
    MilestoneRepeated = "plan::milestone_repeated", Error, "two targets for the same milestone year";
    MilestoneOrder = "plan::milestone_order", Warning, "targets are not written in year order";
    ValueOutOfRange = "plan::value_out_of_range", Error, "a value lies outside its unit's range (105 %, -1 ‰)";
    BadRange = "plan::bad_range", Error, "a range whose start is after its end (3 to 2, from 2030 until 2025)";
    TargetAgainstDirection = "plan::target_against_direction", Warning, "a later milestone asks for less than an earlier one, against the indicator's direction (some documents do: a budget line that dips)";
    ToleranceWithoutAbout = "plan::tolerance_without_about", Error, "`within` after a comparison other than `~` (only \"about\" has a tolerance)";
    CumulativeNotFlow = "plan::cumulative_not_flow", Warning, "`cumulative` after a target's milestone on an indicator that is not a `flow` (only a flow has a total to date)";
    ComparatorAgainstDirection = "plan::comparator_against_direction", Warning, "a comparator that points against the indicator's direction (`>=` on a decrease)";
    BaselineBeyondTarget = "plan::baseline_beyond_target", Warning, "the baseline already meets a target";
    MaintainMismatch = "plan::maintain_mismatch", Warning, "a `maintain` level differs from the milestone target it continues";
    SplitIncomplete = "plan::split_incomplete", Warning, "a split target covers only some values of its dimension";
    ConflictingTargets = "plan::conflicting_targets", Warning, "the document gives two different targets for the same milestone, each cited with its own `ref`";
    // Reporting.
    ReportNoPeriod = "plan::report_no_period", Warning, "a report has no `period` (the document gives no frequency)";
    ReportNoDue = "plan::report_no_due", Warning, "a periodic report has no due date";
    ReportNoSubmitter = "plan::report_no_submitter", Error, "a report names no agency that submits it (`from`)";
    ReportNoRecipient = "plan::report_no_recipient", Error, "a report names no agency that receives it (`to`)";
    ReviewNoYear = "plan::review_no_year", Error, "a review does not say when it is held (`year 2025`, `at midterm`, `at end` or `every year`)";
    // Projects and tasks.
    UnknownProject = "plan::unknown_project", Error, "a project's `in` names a project that is not declared";
    UnknownCovered = "plan::unknown_covered", Error, "a project `covers` something that is not an indicator, part or task of the plan";
    DueNoYear = "plan::due_no_year", Warning, "a project's or a task's deadline gives neither its year (once) nor how often it recurs (`every year`), so it is not tracked";
    // Imports.
    DottedId = "plan::dotted_id", Error, "a declared id contains a `.`, which only joins an import's name to the names it declares";
    ImportMissing = "plan::import_missing", Error, "an imported file does not exist or cannot be read";
    ImportCycle = "plan::import_cycle", Error, "files that import each other, directly or through others";
    ImportTooDeep = "plan::import_too_deep", Error, "imports nest deeper than 32 files (a file importing a file importing a file...)";
    ImportClash = "plan::import_clash", Error, "two imports under the same name";
    UnknownImport = "plan::unknown_import", Error, "`implements`, `adopts`, `adapts` or `waive` names an import that does not exist";
    // Cascades: a plan that implements a parent plan.
    NoParent = "plan::no_parent", Error, "an indicator adopts, adapts or waives a parent indicator, but the plan does not say it implements that plan";
    UnknownParentIndicator = "plan::unknown_parent_indicator", Error, "`adopts`, `adapts` or `waive` names an indicator the parent plan does not have";
    ParentUnmapped = "plan::parent_unmapped", Warning, "a parent indicator is neither adopted, adapted nor waived";
    WaivedAndAdopted = "plan::waived_and_adopted", Error, "a parent indicator is waived and also adopted or adapted";
    ParentUnitMismatch = "plan::parent_unit_mismatch", Warning, "an indicator measures in another unit than the parent indicator it takes up";
    ParentDirectionMismatch = "plan::parent_direction_mismatch", Error, "an indicator's direction is the opposite of the parent indicator it takes up";
    LessAmbitious = "plan::less_ambitious", Warning, "a target asks for less than the parent plan's target for the same year";
    // Amendments: later decisions that change a plan.
    AmendmentIncomplete = "plan::amendment_incomplete", Error, "an amendment does not say which plan it amends (`amends`) or from when (`effective`)";
    StrayChange = "plan::stray_change", Error, "a `change` or `transfer` in a file that is not an amendment";
    UnchangeableField = "plan::unchangeable_field", Error, "a `change` gives a field an amendment cannot change (only lead, support and targets)";
    UnknownAmendedItem = "plan::unknown_amended_item", Error, "a `change` or `transfer` names an indicator, report or agency the amended plan does not have";
    AmendmentConflict = "plan::amendment_conflict", Error, "two amendments in force from the same date change the same thing differently";
    AdoptedDiffers = "plan::adopted_differs", Warning, "`adopts` a parent indicator but sets other targets (write `adapts ... because`)";
    // Named queries: the query language's own limit, found when the plan is checked.
    // Queries (a named query of a plan is checked for depth with the plan).
    QueryTooDeep = "query::too_deep", Error, "a query, or a named query of a plan, nests parentheses more than 64 deep (the query language's limit)";
    QuerySyntax = "query::syntax", Error, "the text does not follow the query grammar";
    QueryIncomplete = "query::incomplete", Error, "the query stops before it is finished (an open parenthesis or quote, a missing value)";
    QueryUnknownSubject = "query::unknown_subject", Error, "the query asks for something other than indicators, targets, agencies, objectives or reports";
    QueryUnknownField = "query::unknown_field", Error, "a field the subject does not have";
    QueryUnknownValue = "query::unknown_value", Error, "a value the field never takes (an agency, objective, status... the plan does not have)";
    QueryTypeMismatch = "query::type_mismatch", Error, "a comparison that does not fit the field (`<` on text, `~` on a number, a word where a number is needed)";
    QueryNotApplicable = "query::not_applicable", Error, "a clause that does not apply to the subject (`due` on indicators, `late` on targets)";
    QueryRepeatedClause = "query::repeated_clause", Error, "`sort by`, `limit` or `columns` written twice";
    QueryBadLimit = "query::bad_limit", Error, "`limit` is not a whole number";
    QueryUnknownId = "query::unknown_id", Error, "`show` names no indicator, part, agency, task or project of the plan";
    QueryRepeatedField = "query::repeated_field", Error, "a `count` names the same field twice after `by`";
    // Data files: rows refused and files that cannot be used; columns, sheets and rows not
    // read are warnings.
    DataUnreadable = "data::unreadable", Error, "the file cannot be read, or is not CSV or JSON of the documented shape";
    DataMissingColumn = "data::missing_column", Error, "a required column (indicator, area, period, value) is absent";
    DataUnknownColumn = "data::unknown_column", Warning, "a column that is neither documented nor a dimension of the plan (it is ignored)";
    DataMissingValue = "data::missing_value", Error, "a row leaves a required field empty";
    DataUnknownIndicator = "data::unknown_indicator", Error, "the indicator is not in the plan (nor a data element)";
    DataUnknownArea = "data::unknown_area", Error, "the area is not declared in the plan";
    DataBadPeriod = "data::bad_period", Error, "the period is not a year (2023), half-year (2023-H1), quarter (2023-Q1) or month (2023-01), or not one the report covers or the task recurs in";
    DataPeriodOutsidePlan = "data::period_outside_plan", Error, "the period lies outside the plan (the year before it counts, and any earlier year a `baseline` names, for baselines; the years up to a `horizon` too)";
    DataBadNumber = "data::bad_number", Error, "a value, numerator or denominator is not a number";
    DataDecimalComma = "data::decimal_comma", Error, "a number only a decimal comma explains (9,5 or 8.900.000) in a file that does not say it writes one";
    DataOutOfRange = "data::out_of_range", Error, "the value lies outside its unit's range";
    DataZeroDenominator = "data::zero_denominator", Error, "a denominator is zero or negative";
    DataBadDate = "data::bad_date", Error, "reported_on, received or done_on is not a real date in YYYY-MM-DD or DD/MM/YYYY";
    DataBadStatus = "data::bad_status", Error, "status is not final, provisional or estimated";
    DataUnknownAgency = "data::unknown_agency", Error, "reported_by names an agency the plan does not declare";
    DataUnknownDimensionValue = "data::unknown_dimension_value", Error, "a disaggregation value the plan's dimension does not have";
    DataConflict = "data::conflict", Error, "another row gives a different value for the same indicator, area, period and disaggregation";
    DataCompositeIndicator = "data::composite_indicator", Error, "data given for a composite indicator instead of its parts";
    DataUnknownReport = "data::unknown_report", Error, "a submissions row names a report the plan does not declare";
    DataUnknownTask = "data::unknown_task", Error, "a row of tasks done names a task or project the plan does not declare";
    DataNotTaskLead = "data::not_task_lead", Error, "a row of tasks done names an agency that does not lead the task (only its lead agencies owe it)";
    DataEncoding = "data::encoding", Error, "the file's bytes are not text in its encoding (UTF-8, unless a byte-order mark or `--encoding` says otherwise): the file is unusable";
    DataBadHeader = "data::bad_header", Error, "the header names a column twice, or mixes columns of observations, of reports received or of tasks done: the file is unusable";
    DataAmbiguousNumber = "data::ambiguous_number", Error, "a number that reads differently with a decimal point and a decimal comma (`210.500`, `1,234`) in a file that does not say which it writes";
    DataPercentCell = "data::percent_cell", Error, "a workbook cell formatted as a percent (95% holds 0.95) where the indicator's unit is not a percent, or in a numerator or denominator";
    DataWrongUnit = "data::wrong_unit", Error, "the row's `unit` names another unit than the indicator's, so its value may be in that unit";
    DataSkippedSheet = "data::skipped_sheet", Warning, "a warning: a sheet of a workbook is not read (it comes before the first sheet that starts with a header, or after it)";
    DataIdentityBroken = "data::identity_broken", Warning, "a warning: the data give a total and each of its parts (`total of`), and they do not add up within the tolerance; no row is refused";
    DataUnfilledRow = "data::unfilled_row", Warning, "a warning: rows that name only their indicator, area and period, nothing filled in (a template's rows before they are filled), are not read; counted once per file";
}
