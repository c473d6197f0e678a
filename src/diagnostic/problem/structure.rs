//! Problems in the shape of the plan: objectives, numbering, parts, sources, dates.

use crate::date::Date;
use crate::diagnostic::Code;
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Structure {
    /// The document gives two dates for itself; `first` is where the first is written.
    ConflictingDates {
        first: CitedDate,
        second: CitedDate,
        first_span: Span,
    },
    /// An objective no indicator names.
    EmptyObjective { objective: String },
    /// An indicator that names no objective, in a plan that has objectives.
    NoObjective { indicator: String },
    /// An indicator without `source`.
    MissingSource { indicator: String },
    /// An indicator numbered lower than the one before it.
    NumberingOrder {
        number: u64,
        previous: u64,
        previous_span: Span,
    },
    /// Numbers skipped between `previous` and `number`.
    NumberingGap {
        number: u64,
        previous: u64,
        previous_span: Span,
    },
    /// A composite indicator with one part.
    SinglePart { indicator: String },
    /// Part `letter` of `indicator`, written at `position` (from 1), should be `expected`.
    PartOrder {
        indicator: String,
        letter: String,
        position: usize,
        expected: String,
    },
}

/// A date and the section of the document that gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedDate {
    pub date: Date,
    pub reference: Option<String>,
}

impl Structure {
    pub fn code(&self) -> Code {
        match self {
            Structure::ConflictingDates { .. } => Code::ConflictingDates,
            Structure::EmptyObjective { .. } => Code::EmptyObjective,
            Structure::NoObjective { .. } => Code::NoObjective,
            Structure::MissingSource { .. } => Code::MissingSource,
            Structure::NumberingOrder { .. } => Code::NumberingOrder,
            Structure::NumberingGap { .. } => Code::NumberingGap,
            Structure::SinglePart { .. } => Code::SinglePart,
            Structure::PartOrder { .. } => Code::PartOrder,
        }
    }
}
