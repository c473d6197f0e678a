//! Problems met reading the text: the grammar, numbers, dates.

use crate::date::DateError;
use crate::diagnostic::Code;
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// The grammar expected one of `expected` and found `found`.
    Syntax {
        expected: Vec<Expected>,
        found: Found,
        hint: Option<SyntaxHint>,
    },
    /// A value missing at the end of a line.
    MissingAtLineEnd { expected: Vec<Expected> },
    /// A `"` with no closing `"` on its line.
    UnclosedText,
    /// A `{` never closed: the file ends, or `next_item` starts at `place`.
    UnclosedBlock {
        next_item: Option<String>,
        place: Span,
    },
    /// `9,5` for `9.5`.
    DecimalComma { written: String },
    /// A number too large to use.
    BadNumber { written: String },
    /// A date that is not in the calendar.
    BadDate { written: String, why: DateError },
    /// A due day and month (`month` false) or a due month that does not exist.
    BadDueDate {
        written: String,
        why: DateError,
        month: bool,
    },
    /// A syntax tree the lowering did not expect, while reading `what` (a bug).
    Internal { what: String },
}

/// What the grammar expected.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Keyword(&'static str),
    Value(ValueKind),
    CloseBrace,
    EndOfFile,
}

/// The kinds of value the grammar reads.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Name,
    Text,
    Number,
    Year,
    Date,
    DayMonth,
    MonthOfYear,
    Comparison,
    MilestoneOrComparison,
    Direction,
    RateChange,
    RateUnit,
    Period,
    Aggregation,
    Unit,
    DimensionValue,
    LeadUnknown,
}

/// What stood where the grammar failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    EndOfFile,
    EndOfLine,
    Word(String),
    Text(String),
    Symbol(char),
}

/// A likely fix for a syntax error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxHint {
    /// The keyword the word found is a misspelling of.
    DidYouMean(String),
    /// A number with a decimal comma where no list is allowed.
    DecimalPoint,
    /// `=>` for `>=`.
    AtLeast,
    /// `=<` for `<=`.
    AtMost,
    /// A unit sign after a number (`95%`): the unit belongs in `unit`, as this unit id.
    UnitSign(&'static str),
}

impl Reading {
    pub fn code(&self) -> Code {
        match self {
            Reading::Syntax { .. } | Reading::MissingAtLineEnd { .. } | Reading::UnclosedText => {
                Code::Syntax
            }
            Reading::UnclosedBlock { .. } => Code::UnclosedBlock,
            Reading::DecimalComma { .. } => Code::DecimalComma,
            Reading::BadNumber { .. } => Code::BadNumber,
            Reading::BadDate { .. } => Code::BadDate,
            Reading::BadDueDate { .. } => Code::BadDueDate,
            Reading::Internal { .. } => Code::Internal,
        }
    }
}
