//! The syntax tree of a query: what was written, every word with its span into the query
//! text, so that checking it against the plan can point at the exact word.

use crate::date::Date;
use crate::source::Span;

/// A word as written (a subject, a field, an id), with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// The word as typed, in NFC (`tế` typed with combining marks is the same word).
    pub text: String,
    /// Where the word stands in the query text, for an error to point at.
    pub span: Span,
}

/// One whole query, as written: `show`, a list, or a `count`.
#[derive(Clone, Debug, PartialEq)]
pub enum Query {
    /// `show 16a`: everything about one indicator or agency.
    Show(Word),
    /// `indicators where ... sort by ... limit ... columns ...`.
    List(Select),
    /// `count indicators where ... by status, owner`.
    Count {
        /// The rows to count: `indicators where objective = a` (no `columns`).
        select: Select,
        /// The fields after `by` that group the rows: `status, owner`.
        by: Vec<Word>,
    },
}

/// The rows a query selects and how it presents them.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// `late` or `missing` before `reports`; `late` or `overdue` before `tasks`.
    pub state: Option<Word>,
    /// What the rows are: `indicators`, `targets`, `agencies`, `objectives` or `reports`
    /// (any word here; the checker says whether it is one of them).
    pub subject: Word,
    /// `due 2025`: only the targets or reports that fall due then.
    pub due: Option<Due>,
    /// The condition after `where`: `lead = yte and status != achieved`.
    pub filter: Option<Condition>,
    /// The keys of `sort by latest desc, id`, in order; of the last `sort by` written.
    pub sort: Vec<SortKey>,
    /// Every `sort by` written (more than one is an error, found when checking).
    pub sort_clauses: Vec<Span>,
    /// `limit 5`: the most rows to show, and where the number is written.
    pub limit: Option<(usize, Span)>,
    /// Every `limit` clause written (more than one is an error, found when checking).
    pub limit_clauses: Vec<Span>,
    /// `columns id, title, status`: the fields to show instead of the subject's default ones.
    pub columns: Option<Vec<Word>>,
    /// Every `columns` clause written (more than one is an error, and so is one in a count).
    pub columns_clauses: Vec<Span>,
}

/// `due 2025` or `due 2025-01-01..2025-06-30` (both ends included).
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    /// The first day that counts: 1 January of `due 2025`.
    pub from: Date,
    /// The last day that counts: 31 December of `due 2025`, never before `from`.
    pub to: Date,
    /// The whole clause, for the error when the subject has no due date.
    pub span: Span,
}

/// One key of `sort by`: `latest desc`.
#[derive(Clone, Debug, PartialEq)]
pub struct SortKey {
    /// The field the rows are ordered by (in a `count`, a `by` field or `count`).
    pub field: Word,
    /// Whether `desc` was written: largest first. Ascending otherwise.
    pub descending: bool,
}

/// The condition after `where`: `lead = yte and not (status = achieved or latest > 90)`.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// Every condition holds (two or more: `a and b and c` is one node).
    And(Vec<Condition>),
    /// One condition holds (two or more).
    Or(Vec<Condition>),
    /// `not status = achieved`: the condition does not hold (`not not x` is read as `x`).
    Not(Box<Condition>),
    /// `latest > 90`, `lead = yte`, `title ~ "tre em"`: a field compared with a value.
    Compare {
        /// The field on the left: `latest`.
        field: Word,
        /// How the field's value is compared: `>`.
        op: Op,
        /// Where the operator is written, for an error when it does not suit the field.
        op_span: Span,
        /// The value on the right: `90`.
        value: Literal,
    },
    /// `status in (missed, regressing)`: the field equals one of the values.
    In {
        /// The field before `in`: `status`.
        field: Word,
        /// The values in the parentheses, one or more.
        values: Vec<Literal>,
    },
    /// A text alone: the title contains it.
    Text(Literal),
}

/// The operator of a comparison.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// `=`: equal; a text or id ignoring case and diacritics.
    Eq,
    /// `!=` or `≠`: not equal (a list field: none of its values is equal).
    Ne,
    /// `<`: less than; numbers and dates only.
    Lt,
    /// `<=` or `≤`: at most; numbers and dates only.
    Le,
    /// `>`: more than; numbers and dates only.
    Gt,
    /// `>=` or `≥`: at least; numbers and dates only.
    Ge,
    /// `~`: contains, ignoring case and diacritics.
    Contains,
}

impl Op {
    /// The operator in ASCII, as an error quotes it: `≥` is `>=`.
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Contains => "~",
        }
    }

    /// Whether the operator orders values (and so needs numbers or dates).
    pub fn is_ordering(self) -> bool {
        matches!(self, Op::Lt | Op::Le | Op::Gt | Op::Ge)
    }
}

/// A value written in a condition.
#[derive(Clone, Debug, PartialEq)]
pub struct Literal {
    /// What was written: a text, a word, a number or a date.
    pub value: LiteralValue,
    /// Where it is written (a text with its quotes), for an error about the value.
    pub span: Span,
}

/// A value of a condition, by the form it was written in; which form a field needs is
/// checked against the field.
#[derive(Clone, Debug, PartialEq)]
pub enum LiteralValue {
    /// A quoted text, escapes resolved.
    Text(String),
    /// A bare word: an id such as `yte`, `16a`, `on_track`.
    Word(String),
    /// A number; `raw` keeps it as written, for ids such as `3`.
    Number {
        /// The number, finite: `90`, `-0.5`.
        value: f64,
        /// The digits as typed: `3` must match the id `3`, not `3.0`.
        raw: String,
    },
    /// A date, `2025-06-30`, for fields such as a report's `due`.
    Date(Date),
}

impl LiteralValue {
    /// The value as text, as it would match an id or a title.
    pub fn as_text(&self) -> String {
        match self {
            LiteralValue::Text(t) | LiteralValue::Word(t) => t.clone(),
            LiteralValue::Number { raw, .. } => raw.clone(),
            LiteralValue::Date(d) => d.to_string(),
        }
    }
}
