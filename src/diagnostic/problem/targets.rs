//! Problems with targets: against the plan period, their unit's range, each other and the
//! indicator's direction.

use super::MeasureRef;
use crate::diagnostic::Code;
use crate::model::{Comparator, Direction};
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Targets {
    /// A measure with no target.
    NoTargets { measure: MeasureRef },
    /// A year outside the plan period `start..end`.
    YearOutsidePeriod {
        of: ValueOf,
        year: i32,
        start: i32,
        end: i32,
    },
    /// `from 2030 until 2025`; `until_span` is where the end is written.
    YearsBackwards {
        measure: MeasureRef,
        from: i32,
        until: i32,
        until_span: Span,
    },
    /// A target range whose first value is the larger (`3 to 2`).
    ValuesBackwards { measure: MeasureRef },
    /// A value its unit does not admit (105 %).
    ValueOutOfRange {
        of: ValueOf,
        value: f64,
        unit: UnitRange,
    },
    /// Two targets for one milestone (`year` `None`: the whole period); `first` is where
    /// the first is written.
    MilestoneRepeated {
        measure: MeasureRef,
        year: Option<i32>,
        first: Span,
    },
    /// The `year` target written after the `previous` (later) one.
    MilestoneOrder {
        measure: MeasureRef,
        year: i32,
        previous: i32,
    },
    /// Two targets for one milestone, each cited by its own `ref`, that differ.
    ConflictingTargets {
        measure: MeasureRef,
        year: Option<i32>,
        first: Said,
        second: Said,
        first_span: Span,
    },
    /// A comparator that asks the value to move against the measure's direction.
    ComparatorAgainstDirection {
        measure: MeasureRef,
        direction: Direction,
        op: Comparator,
    },
    /// A later milestone that asks for less than an earlier one, in the measure's direction.
    TargetAgainstDirection {
        measure: MeasureRef,
        direction: Direction,
        early_year: i32,
        early_value: f64,
        late_year: i32,
        late_value: f64,
        early_span: Span,
    },
    /// The baseline already meets the `year` target (`None`: the whole period's).
    BaselineBeyondTarget {
        measure: MeasureRef,
        baseline: f64,
        baseline_year: i32,
        year: Option<i32>,
        op: Comparator,
        target: f64,
        target_span: Span,
    },
    /// `maintain op value from from` differs from the level target of `level_year`.
    MaintainMismatch {
        measure: MeasureRef,
        op: Comparator,
        value: f64,
        from: i32,
        level_year: i32,
        level_op: Comparator,
        level_value: f64,
        level_span: Span,
    },
    /// Split targets for one milestone that leave out values of their dimension.
    SplitIncomplete {
        measure: MeasureRef,
        year: Option<i32>,
        dimension: String,
        missing: Vec<String>,
    },
}

/// Whose year or value it is.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueOf {
    TargetOf(MeasureRef),
    BaselineOf(MeasureRef),
    Review(String),
}

/// A target as the document says it, with the section that says it.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub op: Comparator,
    pub value: f64,
    pub max: Option<f64>,
    pub strive: bool,
    pub reference: String,
}

/// A unit and the values it admits.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRange {
    pub id: String,
    pub symbol: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl UnitRange {
    /// A unit's id, symbol and range.
    pub fn of(unit: &crate::model::Unit) -> UnitRange {
        UnitRange {
            id: unit.id.clone(),
            symbol: unit.symbol.clone(),
            min: unit.min,
            max: unit.max,
        }
    }
}

impl Targets {
    pub fn code(&self) -> Code {
        match self {
            Targets::NoTargets { .. } => Code::NoTargets,
            Targets::YearOutsidePeriod { .. } => Code::YearOutsidePeriod,
            Targets::YearsBackwards { .. } | Targets::ValuesBackwards { .. } => Code::BadRange,
            Targets::ValueOutOfRange { .. } => Code::ValueOutOfRange,
            Targets::MilestoneRepeated { .. } => Code::MilestoneRepeated,
            Targets::MilestoneOrder { .. } => Code::MilestoneOrder,
            Targets::ConflictingTargets { .. } => Code::ConflictingTargets,
            Targets::ComparatorAgainstDirection { .. } => Code::ComparatorAgainstDirection,
            Targets::TargetAgainstDirection { .. } => Code::TargetAgainstDirection,
            Targets::BaselineBeyondTarget { .. } => Code::BaselineBeyondTarget,
            Targets::MaintainMismatch { .. } => Code::MaintainMismatch,
            Targets::SplitIncomplete { .. } => Code::SplitIncomplete,
        }
    }
}
