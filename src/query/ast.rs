//! The syntax tree of a query: what was written, every word with its span into the query
//! text, so that checking it against the plan can point at the exact word.

use crate::date::Date;
use crate::source::Span;

/// A word as written (a subject, a field, an id), with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Query {
    /// `show 16a`: everything about one indicator or agency.
    Show(Word),
    /// `indicators where ... sort by ... limit ... columns ...`.
    List(Select),
    /// `count indicators where ... by status, owner`.
    Count { select: Select, by: Vec<Word> },
}

/// The rows a query selects and how it presents them.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// `late` or `missing` before `reports`.
    pub state: Option<Word>,
    pub subject: Word,
    pub due: Option<Due>,
    pub filter: Option<Condition>,
    pub sort: Vec<SortKey>,
    /// Every `sort by` written (more than one is an error, found when checking).
    pub sort_clauses: Vec<Span>,
    pub limit: Option<(usize, Span)>,
    pub limit_clauses: Vec<Span>,
    pub columns: Option<Vec<Word>>,
    pub columns_clauses: Vec<Span>,
}

/// `due 2025` or `due 2025-01-01..2025-06-30` (both ends included).
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    pub from: Date,
    pub to: Date,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SortKey {
    pub field: Word,
    pub descending: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// Every condition holds (two or more: `a and b and c` is one node).
    And(Vec<Condition>),
    /// One condition holds (two or more).
    Or(Vec<Condition>),
    Not(Box<Condition>),
    Compare {
        field: Word,
        op: Op,
        op_span: Span,
        value: Literal,
    },
    In {
        field: Word,
        values: Vec<Literal>,
    },
    /// A text alone: the title contains it.
    Text(Literal),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `~`: contains, ignoring case and diacritics.
    Contains,
}

impl Op {
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
    pub value: LiteralValue,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LiteralValue {
    /// A quoted text, escapes resolved.
    Text(String),
    /// A bare word: an id such as `yte`, `16a`, `on_track`.
    Word(String),
    /// A number; `raw` keeps it as written, for ids such as `3`.
    Number {
        value: f64,
        raw: String,
    },
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
