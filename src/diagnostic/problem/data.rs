//! Problems with the rows of a data file: each field looked up in the plan or read as a
//! number, a period or a date. Problems with a whole file (it cannot be read, its header,
//! its sheets) are in [`super::data_file`].

use super::data_file::{
    BadHeader, MissingColumn, NotText, SkippedSheet, UnknownColumn, Unreadable,
};
use super::UnitRange;
use crate::data::NumberStyle;
use crate::date::{Date, DateError};
use crate::diagnostic::Code;
use crate::eval::Period;
use crate::model::PeriodKind;
use std::sync::Arc;

/// A problem found reading a data file: one variant a code, each with the values its
/// words are made from (the text written, the column, what it may have meant).
#[derive(Clone, Debug, PartialEq)]
pub enum DataProblem {
    /// `data::unreadable`: the file cannot be read, or is not of the documented shape.
    Unreadable(Unreadable),
    /// `data::missing_column`: the header lacks a required column.
    MissingColumn(MissingColumn),
    /// `data::unknown_column`: a column, key or cell that nothing reads (a warning).
    UnknownColumn(UnknownColumn),
    /// `data::missing_value`: a required field left empty. [`Column::Value`] stands for
    /// the value, which a numerator and a denominator may give instead.
    MissingValue {
        /// The column left empty.
        column: Column,
    },
    /// `data::unknown_indicator`: neither a measure nor a data element of the plan.
    UnknownIndicator {
        /// The id as written (in NFC).
        indicator: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::unknown_area`.
    UnknownArea {
        /// The area as written (in NFC).
        area: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::bad_period`.
    BadPeriod(BadPeriod),
    /// `data::period_outside_plan`: `period` outside the plan's years `start..=end` (the
    /// years from `first` are accepted, for baselines).
    PeriodOutsidePlan {
        /// The period the row gives.
        period: Period,
        /// The first year accepted: the year before the plan's, or the earliest year a
        /// `baseline` names, whichever comes first.
        first: i32,
        /// The plan's first year.
        start: i32,
        /// The plan's last year.
        end: i32,
    },
    /// `data::bad_number`.
    BadNumber(BadNumber),
    /// `data::decimal_comma`: `text` reads `value` only with a decimal comma, which the file
    /// does not declare.
    DecimalComma {
        /// The column of the number.
        column: Column,
        /// The number as written (`9,5`).
        text: String,
        /// What it reads with a decimal comma.
        value: f64,
    },
    /// `data::out_of_range`.
    OutOfRange(OutOfRange),
    /// `data::zero_denominator`: a denominator of zero or less.
    ZeroDenominator {
        /// The denominator given.
        denominator: f64,
    },
    /// `data::bad_date`.
    BadDate(BadDate),
    /// `data::bad_status`: a status other than final, provisional or estimated.
    BadStatus {
        /// The status as written.
        status: String,
    },
    /// `data::unknown_agency`: in `reported_by`, or a submission's `agency`.
    UnknownAgency {
        /// The column that names it.
        column: Column,
        /// The agency as written (in NFC).
        agency: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::unknown_dimension_value`.
    UnknownDimensionValue {
        /// The value as written (in NFC).
        value: String,
        /// The dimension whose column holds it.
        dimension: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::conflict`: another row gave another value for the same key.
    Conflict(Box<ValueConflict>),
    /// `data::composite_indicator`: data for an indicator made of `parts`.
    CompositeIndicator {
        /// The composite indicator's number.
        indicator: String,
        /// The ids of its parts, which data are given for.
        parts: Vec<String>,
    },
    /// `data::unknown_report`: a submission's report.
    UnknownReport {
        /// The report as written (in NFC).
        report: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::unknown_task`: a completion record's task, which names no task nor project
    /// of the plan (nor, in a submissions file, a report).
    UnknownTask {
        /// The task as written (in NFC).
        task: String,
        /// What it may have meant.
        hint: Suggestion,
    },
    /// `data::not_task_lead`: a completion record's agency, which does not lead the task
    /// (only a lead agency owes it).
    NotTaskLead {
        /// `task` or `project`.
        kind: &'static str,
        /// The task's or project's id.
        task: String,
        /// The agency the row names.
        agency: String,
        /// The task's lead agencies, in written order.
        leads: Vec<String>,
    },
    /// `data::encoding`: bytes that are not text in the file's encoding.
    Encoding(NotText),
    /// `data::bad_header`.
    BadHeader(BadHeader),
    /// `data::ambiguous_number`: `text` reads `point` with a decimal point and `comma`
    /// with a decimal comma, and the file does not say which it writes.
    AmbiguousNumber {
        /// The column of the number.
        column: Column,
        /// The number as written (`210.500`).
        text: String,
        /// What it reads with a decimal point (210.5).
        point: f64,
        /// What it reads with a decimal comma (210500).
        comma: f64,
    },
    /// `data::percent_cell`: a workbook cell shown as a percent.
    PercentCell(PercentCell),
    /// `data::wrong_unit`: the row's `unit` is not the indicator's. (Boxed, as the other
    /// rare and large values: a refused row is kept until it is reported.)
    WrongUnit {
        /// The unit the row names, as written.
        written: String,
        /// The indicator's own unit.
        unit: Box<UnitRange>,
    },
    /// `data::skipped_sheet`: a sheet of a workbook not read (a warning).
    SkippedSheet(SkippedSheet),
    /// `data::unfilled_row`: rows that name what they are for and nothing else (a
    /// warning). `first` is `None` for the row the validator refused, which the reader
    /// then counts: `count` of them, the first at `first`.
    UnfilledRow {
        /// How many rows of the file are not filled in.
        count: u64,
        /// The first of them.
        first: Option<RowAt>,
    },
    /// `data::identity_broken`: a total and each of its parts given, which do not add up
    /// (a warning).
    IdentityBroken(Box<BrokenIdentity>),
    /// A workbook's sheet named with `--sheet` whose first row is not a header: the code
    /// of `problem`, the reason.
    NotAHeader {
        /// The row read as the header, from 1.
        row: u64,
        /// Why it is not one.
        problem: Box<DataProblem>,
    },
    /// A row of a file whose header cannot be read: the code of the header's `problem`.
    AfterBadHeader {
        /// The line of the header, from 1.
        header_line: u64,
        /// Why the header cannot be read, shared by every row after it.
        problem: Arc<DataProblem>,
    },
}

impl DataProblem {
    /// The stable code (one a variant, but for the two that pass on their cause's).
    pub fn code(&self) -> Code {
        match self {
            DataProblem::Unreadable(_) => Code::DataUnreadable,
            DataProblem::MissingColumn(_) => Code::DataMissingColumn,
            DataProblem::UnknownColumn(_) => Code::DataUnknownColumn,
            DataProblem::MissingValue { .. } => Code::DataMissingValue,
            DataProblem::UnknownIndicator { .. } => Code::DataUnknownIndicator,
            DataProblem::UnknownArea { .. } => Code::DataUnknownArea,
            DataProblem::BadPeriod(_) => Code::DataBadPeriod,
            DataProblem::PeriodOutsidePlan { .. } => Code::DataPeriodOutsidePlan,
            DataProblem::BadNumber(_) => Code::DataBadNumber,
            DataProblem::DecimalComma { .. } => Code::DataDecimalComma,
            DataProblem::OutOfRange(_) => Code::DataOutOfRange,
            DataProblem::ZeroDenominator { .. } => Code::DataZeroDenominator,
            DataProblem::BadDate(_) => Code::DataBadDate,
            DataProblem::BadStatus { .. } => Code::DataBadStatus,
            DataProblem::UnknownAgency { .. } => Code::DataUnknownAgency,
            DataProblem::UnknownDimensionValue { .. } => Code::DataUnknownDimensionValue,
            DataProblem::Conflict(_) => Code::DataConflict,
            DataProblem::CompositeIndicator { .. } => Code::DataCompositeIndicator,
            DataProblem::UnknownReport { .. } => Code::DataUnknownReport,
            DataProblem::UnknownTask { .. } => Code::DataUnknownTask,
            DataProblem::NotTaskLead { .. } => Code::DataNotTaskLead,
            DataProblem::Encoding(_) => Code::DataEncoding,
            DataProblem::BadHeader(_) => Code::DataBadHeader,
            DataProblem::AmbiguousNumber { .. } => Code::DataAmbiguousNumber,
            DataProblem::PercentCell(_) => Code::DataPercentCell,
            DataProblem::WrongUnit { .. } => Code::DataWrongUnit,
            DataProblem::SkippedSheet(_) => Code::DataSkippedSheet,
            DataProblem::UnfilledRow { .. } => Code::DataUnfilledRow,
            DataProblem::IdentityBroken(_) => Code::DataIdentityBroken,
            DataProblem::NotAHeader { problem, .. } => problem.code(),
            DataProblem::AfterBadHeader { problem, .. } => problem.code(),
        }
    }

    /// The problem of text in a number column that [`crate::data::number::parse_number`]
    /// refused.
    pub fn number(column: Column, text: &str, refusal: NumberRefusal) -> DataProblem {
        let text = text.to_string();
        match refusal {
            NumberRefusal::NotANumber => DataProblem::BadNumber(BadNumber::Text { column, text }),
            NumberRefusal::AgainstStyle(style) => DataProblem::BadNumber(BadNumber::AgainstStyle {
                column,
                text,
                style,
            }),
            NumberRefusal::DecimalComma { value } => DataProblem::DecimalComma {
                column,
                text,
                value,
            },
            NumberRefusal::Ambiguous { point, comma } => DataProblem::AmbiguousNumber {
                column,
                text,
                point,
                comma,
            },
        }
    }
}

/// The documented columns of data files, as problems name them.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// `indicator`: the measure or data element a row is for.
    Indicator,
    /// `area`: the area a row is for.
    Area,
    /// `period`: the year, half-year, quarter or month a row is for.
    Period,
    /// `value`; also stands for a value a numerator and denominator would give.
    Value,
    /// `numerator`: the count a rate is made from.
    Numerator,
    /// `denominator`: the population a rate is made from.
    Denominator,
    /// `status`: final, provisional or estimated.
    Status,
    /// `source`: where a person finds the value.
    Source,
    /// `reported_by`: the agency that reported the value.
    ReportedBy,
    /// `reported_on`: the day it was reported.
    ReportedOn,
    /// `unit`: the indicator's unit, for a person to read (checked when given).
    Unit,
    /// Of a submissions file.
    Agency,
    /// `report`: the report received, in a submissions file.
    Report,
    /// `received`: the day it was received, in a submissions file.
    Received,
    /// `task`: the task or project done, in a file of completion records.
    Task,
    /// `done_on`: the day it was done, in a file of completion records.
    DoneOn,
}

impl Column {
    /// The column's name in a header.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Indicator => "indicator",
            Column::Area => "area",
            Column::Period => "period",
            Column::Value => "value",
            Column::Numerator => "numerator",
            Column::Denominator => "denominator",
            Column::Status => "status",
            Column::Source => "source",
            Column::ReportedBy => "reported_by",
            Column::ReportedOn => "reported_on",
            Column::Unit => "unit",
            Column::Agency => "agency",
            Column::Report => "report",
            Column::Received => "received",
            Column::Task => "task",
            Column::DoneOn => "done_on",
        }
    }
}

/// What an unknown id in a row may have meant.
#[derive(Clone, Debug, PartialEq)]
pub enum Suggestion {
    /// An id of the plan close to it: written in its place, it fixes the row.
    Similar(String),
    /// Nothing close; these are all there are (a dimension's values).
    OneOf(Vec<String>),
    /// Nothing close: the plan declares none of its kind.
    NoneDeclared,
    /// Nothing close.
    Nothing,
}

impl Suggestion {
    /// The id close to the one written, if any.
    pub fn similar(&self) -> Option<&str> {
        match self {
            Suggestion::Similar(id) => Some(id),
            _ => None,
        }
    }
}

/// Why a period is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum BadPeriod {
    /// Text that is not a year, half-year, quarter or month.
    Written {
        /// The period as written.
        text: String,
    },
    /// A cell a spreadsheet typed as a date (`2023-01` became 1 January 2023).
    Date {
        /// The date the cell holds.
        date: Date,
    },
    /// A submission's period of another kind than its report's (`kind`).
    NotOfReport {
        /// The report's id.
        report: String,
        /// How often the report is due.
        kind: PeriodKind,
        /// The period the row gives.
        period: Period,
    },
    /// A completion record's period that the task does not recur in: of another kind than
    /// its `every`, or outside the years it is owed.
    NotOfTask {
        /// The task's or project's id.
        task: String,
        /// How often it recurs.
        every: PeriodKind,
        /// The first year it is owed.
        first: i32,
        /// The last year it is owed.
        last: i32,
        /// The period the row gives.
        period: Period,
    },
}

/// Why text is not read as a number (see [`crate::data::number`]).
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum NumberRefusal {
    /// Not a number in any style: a word, a space, a `%`.
    NotANumber,
    /// A mark the file's declared style does not read as it is written.
    AgainstStyle(NumberStyle),
    /// Only a decimal comma explains it, and the file says nothing.
    DecimalComma {
        /// What it reads with a decimal comma.
        value: f64,
    },
    /// It reads differently with either mark, and the file says nothing.
    Ambiguous {
        /// What it reads with a decimal point.
        point: f64,
        /// What it reads with a decimal comma.
        comma: f64,
    },
}

impl NumberRefusal {
    /// The code of the problem it makes for a row.
    pub fn code(self) -> Code {
        match self {
            NumberRefusal::NotANumber | NumberRefusal::AgainstStyle(_) => Code::DataBadNumber,
            NumberRefusal::DecimalComma { .. } => Code::DataDecimalComma,
            NumberRefusal::Ambiguous { .. } => Code::DataAmbiguousNumber,
        }
    }
}

/// Why a number field is refused (`data::bad_number`).
#[derive(Clone, Debug, PartialEq)]
pub enum BadNumber {
    /// Text that is not a number.
    Text {
        /// The column of the field.
        column: Column,
        /// The field as written.
        text: String,
    },
    /// A number written against the file's declared style (`9.5` where `9,5` is written):
    /// the same number with its marks swapped fixes it.
    AgainstStyle {
        /// The column of the field.
        column: Column,
        /// The number as written.
        text: String,
        /// The style the file declares.
        style: NumberStyle,
    },
    /// A typed number that is infinite or not a number.
    NotFinite {
        /// The column of the field.
        column: Column,
        /// The number the cell or JSON holds.
        value: f64,
    },
    /// A cell typed as a date.
    Date {
        /// The column of the field.
        column: Column,
        /// The date the cell holds.
        date: Date,
    },
    /// A workbook cell no column can take, in the column named `column` by the header.
    Cell {
        /// The column's name, as the header writes it.
        column: String,
        /// What the cell holds that no field takes.
        why: CellProblem,
    },
}

/// Why a workbook cell can be no field at all.
#[derive(Clone, Debug, PartialEq)]
pub enum CellProblem {
    /// A duration (`[h]:mm`).
    Duration,
    /// An error its formula gave (`#DIV/0!`).
    Error {
        /// The error as the spreadsheet shows it.
        error: String,
    },
    /// A time of day without a date.
    TimeOfDay,
    /// A date past 9999-12-31.
    PastYear9999,
    /// A day that does not exist (Excel's 29 February 1900).
    NoSuchDay {
        /// The day of the month the cell says.
        day: u8,
        /// The month the cell says.
        month: u8,
        /// The year the cell says.
        year: u16,
    },
    /// A date written as ISO text that cannot be read.
    IsoDate {
        /// The text the cell holds.
        text: String,
        /// Why it is not a date.
        why: Box<DateError>,
    },
}

/// Why a value is outside what its unit admits (`data::out_of_range`).
#[derive(Clone, Debug, PartialEq)]
pub enum OutOfRange {
    /// Outside the range of the indicator's unit.
    Unit {
        /// The value, as given or computed from numerator and denominator.
        value: f64,
        /// The indicator's unit, and the values it admits.
        unit: Box<UnitRange>,
    },
    /// A negative numerator or denominator.
    NegativeCount {
        /// Numerator or denominator.
        column: Column,
        /// The number given.
        value: f64,
    },
    /// A negative value of a data element.
    NegativeElement {
        /// The value given.
        value: f64,
    },
}

/// Why a date field is refused (`data::bad_date`).
#[derive(Clone, Debug, PartialEq)]
pub enum BadDate {
    /// A cell typed as a number.
    Number {
        /// The column of the field (`reported_on`, `received`).
        column: Column,
        /// The number the cell holds.
        value: f64,
    },
    /// Text that is not a real date.
    Text {
        /// The column of the field (`reported_on`, `received`).
        column: Column,
        /// The date as written.
        text: String,
        /// Why it is not a date.
        why: DateError,
    },
}

/// A workbook cell shown as a percent (`95%`, which holds 0.95), where a percent is not read
/// (`data::percent_cell`).
#[derive(Clone, Debug, PartialEq)]
pub enum PercentCell {
    /// In a number column: `points` shown (95), `stored` held (0.95), and why it is
    /// refused there.
    Refused {
        /// The column of the cell.
        column: Column,
        /// The number the cell shows, in percent points (95).
        points: f64,
        /// The number the cell holds (0.95).
        stored: f64,
        /// Why a percent is not read there.
        why: PercentWhy,
    },
    /// A cell read as a number outside a row's number columns.
    Shown {
        /// The column of the cell.
        column: Column,
        /// The number the cell shows, in percent points.
        points: f64,
    },
}

/// Why a percent cell is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentWhy {
    /// A numerator or denominator: a count.
    Count,
    /// The indicator's unit (its id) is not counted per 100.
    Unit(String),
    /// A data element: a count.
    Element,
}

/// Two rows for one key with different values.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueConflict {
    /// What both rows are for.
    pub key: KeyNames,
    /// The value of the row refused.
    pub value: f64,
    /// The value kept, and where it came from.
    pub first_value: f64,
    /// The row the value kept came from.
    pub first: RowIn,
}

/// A total and its parts, all given for the same key, that do not add up.
#[derive(Clone, Debug, PartialEq)]
pub struct BrokenIdentity {
    /// The total's key: the measure that is the total, its area, period and disaggregation.
    pub key: KeyNames,
    /// The total given.
    pub total: f64,
    /// The row the total was read from.
    pub total_row: RowIn,
    /// The sum of the parts given, in the total's unit.
    pub sum: f64,
    /// Each part given, in the order the plan names them.
    pub parts: Vec<PartGiven>,
    /// The tolerance the plan writes (`within 0.5 percent`); `None` for the default, the
    /// rounding of the figures given.
    pub tolerance: Option<crate::model::Tolerance>,
    /// How far apart the total and the sum may be, by that tolerance.
    pub allowed: f64,
}

/// A part of a total, as the data give it.
#[derive(Clone, Debug, PartialEq)]
pub struct PartGiven {
    /// The part's id (`12b`).
    pub id: String,
    /// Its value, in its own unit.
    pub value: f64,
    /// What turns it into the total's unit (1 in the same unit).
    pub scale: f64,
    /// The row it was read from.
    pub row: RowIn,
}

/// The key of an observation by the plan's ids: `indicator 3, area son_la, period 2023
/// (sex = female)`.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyNames {
    /// `None` only for a key the model does not have (never, for a row read against it).
    pub series: Option<SeriesName>,
    /// The area's id.
    pub area: String,
    /// The period the value is for.
    pub period: Period,
    /// (dimension, value) pairs.
    pub disaggregation: Vec<(String, String)>,
}

/// What a series of observations is of.
#[derive(Clone, Debug, PartialEq)]
pub enum SeriesName {
    /// An indicator or part, by its id (`3`, `16a`).
    Indicator(String),
    /// A data element, by its id.
    Element(String),
}

/// A row of a file read: `line 12 of data.csv`, `row 14 of sheet Sheet1 in data.xlsx`.
#[derive(Clone, Debug, PartialEq)]
pub struct RowIn {
    /// The file's name, as given.
    pub file: String,
    /// The sheet of a workbook, whose row `line` is.
    pub sheet: Option<String>,
    /// The line the row starts on, or its row of the sheet, from 1.
    pub line: u64,
}

/// A row of the file being read: its line, or in a workbook its reference (`Sheet1!14`).
#[derive(Clone, Debug, PartialEq)]
pub enum RowAt {
    /// The line of a text file, from 1.
    Line(u64),
    /// A workbook's row, as a spreadsheet names it (`Sheet1!14`).
    Reference(String),
}
