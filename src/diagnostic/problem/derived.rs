//! Problems with measures computed from others: totals of parts (`total of`) and formulas
//! that name indicators or parts.

use super::MeasureRef;
use crate::date::Period;
use crate::diagnostic::Code;
use crate::model::Comparator;
use crate::source::Span;

/// What is wrong with how a measure is derived from others.
#[derive(Clone, Debug, PartialEq)]
pub enum Derivations {
    /// A formula's operand that names both a data element and an indicator or part.
    AmbiguousOperand {
        /// The name, as written.
        name: String,
        /// Where the data element is declared (or brought in).
        element: Span,
        /// Where the indicator or part is declared.
        measure: Span,
    },
    /// `total of` beside a `formula`: a value is derived one way.
    TotalWithFormula {
        /// The measure with both.
        measure: MeasureRef,
        /// Where its formula is.
        formula: Span,
    },
    /// Measures computed from each other, the first again at the end (`12`, `12a`, `12`).
    Cycle {
        /// The measures' ids, each computed from the next.
        path: Vec<String>,
    },
    /// A part named twice in one `total of`: it would be counted twice.
    PartRepeated {
        /// The total.
        measure: MeasureRef,
        /// The part, as written.
        part: String,
        /// Where it is first named.
        first: Span,
    },
    /// `within` with an amount below zero: no value is nearer than nothing.
    NegativeTolerance {
        /// The amount written.
        amount: f64,
    },
    /// A part of a total whose unit is not the total's, nor a multiple of the same unit.
    UnitMismatch {
        /// The total.
        measure: MeasureRef,
        /// The total's unit (its id).
        unit: String,
        /// The part, by its id.
        part: String,
        /// The part's unit (its id).
        part_unit: String,
    },
    /// A total's target for a milestone that its parts' targets for the same milestone,
    /// added up, do not meet: every part may reach its target and the total still miss its
    /// own ("trên 46.200 tấn" for products planned at 18.000 + 8.500 + ... = 46.200).
    TargetUnmet {
        /// The total.
        measure: MeasureRef,
        /// The milestone.
        year: Period,
        /// The total's comparison.
        op: Comparator,
        /// The total's value.
        value: f64,
        /// What its parts' targets add up to, in the total's unit.
        sum: f64,
        /// Whether one of the parts' targets asks for more (or less) than its value (`>`,
        /// `<`): the parts then ensure more than `sum`.
        strict: bool,
        /// The parts, by id, in the order of `total of`.
        parts: Vec<String>,
    },
}

impl Derivations {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Derivations::AmbiguousOperand { .. } => Code::AmbiguousOperand,
            Derivations::TotalWithFormula { .. } => Code::TotalWithFormula,
            Derivations::Cycle { .. } => Code::DerivationCycle,
            Derivations::UnitMismatch { .. } => Code::TotalUnitMismatch,
            Derivations::PartRepeated { .. } => Code::TotalPartRepeated,
            Derivations::NegativeTolerance { .. } => Code::NegativeTolerance,
            Derivations::TargetUnmet { .. } => Code::TotalTargetUnmet,
        }
    }
}
