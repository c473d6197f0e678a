//! Problems met reading the text: the grammar, numbers, dates.

use crate::date::DateError;
use crate::diagnostic::Code;
use crate::source::Span;

/// Text that cannot be read as a plan: the grammar, unclosed blocks and texts, numbers and
/// dates that cannot be values.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// The grammar expected one of `expected` and found `found`.
    Syntax {
        /// What could have stood there; empty when the grammar names nothing useful.
        expected: Vec<Expected>,
        /// What stands there instead.
        found: Found,
        /// A likely fix, when one can be guessed.
        hint: Option<SyntaxHint>,
    },
    /// A value missing at the end of a line.
    MissingAtLineEnd {
        /// What the line lacks.
        expected: Vec<Expected>,
    },
    /// A `"` with no closing `"` on its line.
    UnclosedText,
    /// A `{` never closed: the file ends, or `next_item` starts at `place`.
    UnclosedBlock {
        /// The keyword of the item that starts where the block should have ended.
        next_item: Option<String>,
        /// Where that item starts, or the end of the file.
        place: Span,
    },
    /// `9,5` for `9.5`.
    DecimalComma {
        /// The number as written, comma and all.
        written: String,
    },
    /// A number too large to use.
    BadNumber {
        /// The number as written.
        written: String,
    },
    /// A target's milestone that is no period of the calendar (`2026-Q5`).
    BadMilestone {
        /// The milestone as written.
        written: String,
    },
    /// A date that is not in the calendar.
    BadDate {
        /// The date as written.
        written: String,
        /// Why it is not a date (no such month, no such day).
        why: DateError,
    },
    /// A due day and month (`month` false) or a due month that does not exist.
    BadDueDate {
        /// The day and month, or the month, as written.
        written: String,
        /// Why it does not exist.
        why: DateError,
        /// Whether a month was written (`due in month 13`) rather than a day and month.
        month: bool,
    },
    /// A syntax tree the lowering did not expect, while reading `what` (a bug).
    Internal {
        /// What was being read (`an indicator field`).
        what: String,
    },
}

/// What the grammar expected.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// This keyword (`target`, `lead`).
    Keyword(&'static str),
    /// A value of this kind.
    Value(ValueKind),
    /// The `}` that ends a block.
    CloseBrace,
    /// Nothing more: the end of the file.
    EndOfFile,
}

/// The kinds of value the grammar reads.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// An id, or a list of them.
    Name,
    /// A quoted text.
    Text,
    /// A number, or a range of two (`2 to 3`).
    Number,
    /// A year (`2025`).
    Year,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A day and month, `DD/MM` (`due before 05/12`).
    DayMonth,
    /// A month, alone or with its year (`6`, `11/2025`).
    MonthOfYear,
    /// A comparator (`>=`, `<`).
    Comparison,
    /// A milestone year or a comparison, after `target`.
    MilestoneOrComparison,
    /// `increase`, `decrease` or `maintain`.
    Direction,
    /// `increase` or `reduce`, in a rate or change target.
    RateChange,
    /// `points` or `percent`, the unit of a rate.
    RateUnit,
    /// How often a report is due (`year`, `quarter`).
    Period,
    /// How often a project's or a task's deadline recurs (`every year`).
    Recurrence,
    /// How an indicator's areas combine (`sum`, `mean`, `weighted by ELEMENT`).
    Aggregation,
    /// A built-in or declared unit.
    Unit,
    /// A dimension's value: its id and title.
    DimensionValue,
    /// `?`, for a lead not named yet.
    LeadUnknown,
}

/// What stood where the grammar failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The file ended.
    EndOfFile,
    /// The line ended.
    EndOfLine,
    /// A word: a keyword, an id or a number.
    Word(String),
    /// A quoted text, quotes included.
    Text(String),
    /// Another character (`"` for a text never closed).
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
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Reading::Syntax { .. } | Reading::MissingAtLineEnd { .. } | Reading::UnclosedText => {
                Code::Syntax
            }
            Reading::UnclosedBlock { .. } => Code::UnclosedBlock,
            Reading::DecimalComma { .. } => Code::DecimalComma,
            Reading::BadNumber { .. } => Code::BadNumber,
            Reading::BadMilestone { .. } => Code::BadMilestone,
            Reading::BadDate { .. } => Code::BadDate,
            Reading::BadDueDate { .. } => Code::BadDueDate,
            Reading::Internal { .. } => Code::Internal,
        }
    }
}
