//! Problems with a query: its grammar, and what it asks of the plan.

use crate::date::{Date, DateError};
use crate::query::schema::{Domain, Kind};

#[derive(Clone, Debug, PartialEq)]
pub enum QueryProblem {
    /// The grammar expected one of `expected` and found `found` (`similar`: the keyword
    /// the word found is a misspelling of).
    Syntax {
        expected: Vec<Wanted>,
        found: String,
        similar: Option<String>,
    },
    /// The query stops before `expected` (empty: before anything).
    Incomplete { expected: Vec<Wanted> },
    /// A quote (`text`) or a parenthesis never closed.
    Unclosed { text: bool },
    /// Parentheses nested deeper than `limit`.
    TooDeep { limit: usize },
    /// A query starting with a word no query starts with.
    UnknownStart {
        word: String,
        similar: Option<String>,
    },
    /// `due FROM..TO` with FROM after TO.
    DatesReversed { from: Date, to: Date },
    /// A date that is not one.
    BadDate { written: String, why: DateError },
    /// `limit` with no whole number.
    BadLimit { written: String },
    /// A number too large to compare with.
    NumberTooLarge { written: String },
    /// A syntax tree the lowering did not expect (a bug).
    Internal,
    /// `show` with an id the plan does not have.
    UnknownId { id: String, similar: Option<String> },
    /// A subject that is not one (`indicatrs`); `subjects` every one there is.
    UnknownSubject {
        word: String,
        similar: Option<String>,
        subjects: Vec<String>,
    },
    /// A field the subject does not have; `fields` every one it has.
    UnknownField {
        field: String,
        subject: String,
        similar: Option<String>,
        fields: Vec<String>,
    },
    /// A count sorted by a field it does not show; `columns` the ones it does.
    CountSortField {
        field: String,
        similar: Option<String>,
        columns: Vec<String>,
    },
    /// `sort by`, `limit` or `columns` written twice.
    RepeatedClause { clause: &'static str },
    /// `late` or `missing` on another subject than reports.
    StateNotApplicable { state: String, subject: String },
    /// `due` on a subject without due dates.
    DueNotApplicable { subject: String, year: i32 },
    /// `columns` on a count.
    ColumnsInCount,
    /// A count grouping by one field twice.
    RepeatedField { field: String },
    /// `~` on a field of numbers or dates.
    ContainsOnNumbers { field: String, kind: Kind },
    /// `<` and the like on a field of text or ids.
    OrderingOnText {
        op: &'static str,
        field: String,
        kind: Kind,
    },
    /// A word compared with a number field.
    NotANumber { field: String, written: String },
    /// A word compared with a date field.
    NotADate { field: String, written: String },
    /// A value the field never takes (`values` the ones it does, when there are few).
    UnknownValue {
        value: String,
        field: String,
        domain: Domain,
        hint: ValueHint,
    },
}

/// What may stand for an unknown value.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueHint {
    /// A composite indicator's number: its parts.
    PartsOf(Vec<String>),
    /// A close value.
    Similar(String),
    /// The values there are.
    OneOf(Vec<String>),
}

/// What the query grammar expected.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    Keyword(&'static str),
    SortOrder,
    ReportState,
    Subject,
    Field,
    Comparison,
    Value,
    Text,
    Word,
    Number,
    Dates,
    Condition,
    EndOfQuery,
}

impl QueryProblem {
    pub fn code(&self) -> crate::diagnostic::Code {
        use crate::diagnostic::Code;
        match self {
            QueryProblem::Syntax { .. }
            | QueryProblem::DatesReversed { .. }
            | QueryProblem::BadDate { .. }
            | QueryProblem::Internal => Code::QuerySyntax,
            QueryProblem::Incomplete { .. } | QueryProblem::Unclosed { .. } => {
                Code::QueryIncomplete
            }
            QueryProblem::TooDeep { .. } => Code::QueryTooDeep,
            QueryProblem::UnknownStart { .. } | QueryProblem::UnknownSubject { .. } => {
                Code::QueryUnknownSubject
            }
            QueryProblem::BadLimit { .. } => Code::QueryBadLimit,
            QueryProblem::NumberTooLarge { .. }
            | QueryProblem::ContainsOnNumbers { .. }
            | QueryProblem::OrderingOnText { .. }
            | QueryProblem::NotANumber { .. }
            | QueryProblem::NotADate { .. } => Code::QueryTypeMismatch,
            QueryProblem::UnknownId { .. } => Code::QueryUnknownId,
            QueryProblem::UnknownField { .. } | QueryProblem::CountSortField { .. } => {
                Code::QueryUnknownField
            }
            QueryProblem::RepeatedClause { .. } => Code::QueryRepeatedClause,
            QueryProblem::StateNotApplicable { .. }
            | QueryProblem::DueNotApplicable { .. }
            | QueryProblem::ColumnsInCount => Code::QueryNotApplicable,
            QueryProblem::RepeatedField { .. } => Code::QueryRepeatedField,
            QueryProblem::UnknownValue { .. } => Code::QueryUnknownValue,
        }
    }
}
