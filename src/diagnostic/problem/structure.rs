//! Problems in the shape of the plan: objectives, numbering, parts, sources, dates.

use crate::date::Date;
use crate::diagnostic::Code;
use crate::source::Span;

/// The shape of the plan as the document has it: its dates, objectives, sources, the
/// numbering of indicators and the lettering of parts.
#[derive(Clone, Debug, PartialEq)]
pub enum Structure {
    /// The document gives two dates for itself; `first` is where the first is written.
    ConflictingDates {
        /// The signing date written first.
        first: CitedDate,
        /// A later `signed` with another date, where the problem is.
        second: CitedDate,
        /// Where the first date is written.
        first_span: Span,
    },
    /// An objective no indicator names.
    EmptyObjective {
        /// The objective's id.
        objective: String,
    },
    /// An indicator that names no objective, in a plan that has objectives.
    NoObjective {
        /// The indicator's number.
        indicator: String,
    },
    /// An indicator without `source`.
    MissingSource {
        /// The indicator's number.
        indicator: String,
    },
    /// An indicator numbered lower than the one before it.
    NumberingOrder {
        /// The indicator's number (only numbers without letters are checked).
        number: u64,
        /// The number of the numbered indicator written before it.
        previous: u64,
        /// Where the indicator before it is numbered.
        previous_span: Span,
    },
    /// Numbers skipped between `previous` and `number`.
    NumberingGap {
        /// The number after the gap.
        number: u64,
        /// The number before the gap.
        previous: u64,
        /// Where the indicator before the gap is numbered.
        previous_span: Span,
    },
    /// A composite indicator with one part.
    SinglePart {
        /// The indicator's number.
        indicator: String,
    },
    /// Part `letter` of `indicator`, written at `position` (from 1), should be `expected`.
    PartOrder {
        /// The composite indicator's number.
        indicator: String,
        /// The part's letter as written (`c`).
        letter: String,
        /// Its place among the indicator's parts, from 1.
        position: usize,
        /// The letter that place calls for (`b` for the second).
        expected: String,
    },
}

/// A date and the section of the document that gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct CitedDate {
    /// The date as written.
    pub date: Date,
    /// Where the document gives it (`ref "Quyết định"`), if the plan says.
    pub reference: Option<String>,
}

impl Structure {
    /// The stable code of the problem.
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
