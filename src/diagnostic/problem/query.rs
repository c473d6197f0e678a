//! Problems with a query: its grammar, and what it asks of the plan.

use crate::date::{Date, DateError};
use crate::query::schema::{Domain, Kind};

/// A query that cannot be run: its grammar, and what it asks of the plan (subjects, fields
/// and values the plan has, and the kinds of comparison each field takes).
#[derive(Clone, Debug, PartialEq)]
pub enum QueryProblem {
    /// The grammar expected one of `expected` and found `found` (`similar`: the keyword
    /// the word found is a misspelling of).
    Syntax {
        /// What could have stood there.
        expected: Vec<Wanted>,
        /// The word or character that stands there instead.
        found: String,
        /// The keyword `found` is a misspelling of, if it is close to one.
        similar: Option<String>,
    },
    /// The query stops before `expected` (empty: before anything).
    Incomplete {
        /// What should follow.
        expected: Vec<Wanted>,
    },
    /// A quote (`text`) or a parenthesis never closed.
    Unclosed {
        /// Whether a quote is left open, rather than a parenthesis.
        text: bool,
    },
    /// Parentheses nested deeper than `limit`.
    TooDeep {
        /// How deep parentheses may nest.
        limit: usize,
    },
    /// A query starting with a word no query starts with.
    UnknownStart {
        /// The first word, as written.
        word: String,
        /// A word a query starts with that is close to it.
        similar: Option<String>,
    },
    /// `due FROM..TO` with FROM after TO.
    DatesReversed {
        /// The first date written, the later one.
        from: Date,
        /// The second date written, the earlier one.
        to: Date,
    },
    /// A date that is not one.
    BadDate {
        /// The date as written.
        written: String,
        /// Why it is not a date.
        why: DateError,
    },
    /// `limit` with no whole number.
    BadLimit {
        /// What follows `limit`, as written.
        written: String,
    },
    /// A number too large to compare with.
    NumberTooLarge {
        /// The number as written.
        written: String,
    },
    /// A syntax tree the lowering did not expect (a bug).
    Internal,
    /// `show` with an id the plan does not have.
    UnknownId {
        /// The id as written.
        id: String,
        /// An indicator, part or agency id close to it.
        similar: Option<String>,
    },
    /// A subject that is not one (`indicatrs`); `subjects` every one there is.
    UnknownSubject {
        /// The word where the subject should be.
        word: String,
        /// A subject close to it.
        similar: Option<String>,
        /// Every subject a query can list.
        subjects: Vec<String>,
    },
    /// A field the subject does not have; `fields` every one it has.
    UnknownField {
        /// The field as written.
        field: String,
        /// The subject listed (`indicators`).
        subject: String,
        /// A field of the subject close to it.
        similar: Option<String>,
        /// Every field of the subject.
        fields: Vec<String>,
    },
    /// A count sorted by a field it does not show; `columns` the ones it does.
    CountSortField {
        /// The field after `sort by`.
        field: String,
        /// A column of the count close to it.
        similar: Option<String>,
        /// The count's columns: its groups and `count`.
        columns: Vec<String>,
    },
    /// `sort by`, `limit` or `columns` written twice.
    RepeatedClause {
        /// The clause's keyword.
        clause: &'static str,
    },
    /// `late`, `missing` or `overdue` on a subject whose rows have no such status.
    StateNotApplicable {
        /// `late`, `missing` or `overdue`.
        state: String,
        /// The subject it was written before.
        subject: String,
    },
    /// `due` on a subject without due dates.
    DueNotApplicable {
        /// The subject listed.
        subject: String,
        /// The year of the first date of `due`, for the help's example.
        year: i32,
    },
    /// `columns` on a count.
    ColumnsInCount,
    /// A count grouping by one field twice.
    RepeatedField {
        /// The field named twice after `by`.
        field: String,
    },
    /// `~` on a field of numbers or dates.
    ContainsOnNumbers {
        /// The field `~` is used on.
        field: String,
        /// What the field holds: numbers or dates.
        kind: Kind,
    },
    /// `<` and the like on a field of text or ids.
    OrderingOnText {
        /// The comparator written (`<`, `>=`).
        op: &'static str,
        /// The field compared.
        field: String,
        /// What the field holds: text or ids.
        kind: Kind,
    },
    /// A word compared with a number field.
    NotANumber {
        /// The field, which holds numbers.
        field: String,
        /// The value it is compared with, as written.
        written: String,
    },
    /// A word compared with a date field.
    NotADate {
        /// The field, which holds dates.
        field: String,
        /// The value it is compared with, as written.
        written: String,
    },
    /// A value the field never takes (`values` the ones it does, when there are few).
    UnknownValue {
        /// The value as written.
        value: String,
        /// The field compared with it.
        field: String,
        /// Where the field's values come from (the plan's agencies, the statuses).
        domain: Domain,
        /// What may stand for the value.
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
    /// This keyword (`where`, `by`).
    Keyword(&'static str),
    /// `asc` or `desc`, after a sort key.
    SortOrder,
    /// `late`, `missing` or `overdue`, before `reports`, `tasks` or `projects`.
    ReportState,
    /// What to list: indicators, targets, agencies, objectives or reports.
    Subject,
    /// A field of the subject.
    Field,
    /// A comparator (`=`, `<=`, `~`).
    Comparison,
    /// A value to compare with: a word, a number, a date or a quoted text.
    Value,
    /// A quoted text.
    Text,
    /// A word.
    Word,
    /// A number.
    Number,
    /// A year or two dates, after `due`.
    Dates,
    /// A condition, after `where`, `and`, `or` or `not`.
    Condition,
    /// Nothing more: the end of the query.
    EndOfQuery,
}

impl QueryProblem {
    /// The stable code of the problem.
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
