//! Problems with targets: against the plan period, their unit's range, each other and the
//! indicator's direction.

use super::MeasureRef;
use crate::date::Period;
use crate::diagnostic::Code;
use crate::model::{Comparator, Direction};
use crate::source::Span;

/// Targets against the plan period, their unit's range, each other, the baseline and the
/// measure's direction.
#[derive(Clone, Debug, PartialEq)]
pub enum Targets {
    /// A measure with no target.
    NoTargets {
        /// The measure without one.
        measure: MeasureRef,
    },
    /// A year outside the plan period `start..end`.
    YearOutsidePeriod {
        /// What the year belongs to: a target, a baseline or a review.
        of: ValueOf,
        /// The year as written.
        year: i32,
        /// The plan period's first year.
        start: i32,
        /// The plan period's last year.
        end: i32,
    },
    /// A target year after the plan's horizon (`horizon 2045`, `target 2050 ...`).
    YearBeyondHorizon {
        /// What the year belongs to: a target.
        of: ValueOf,
        /// The year as written.
        year: i32,
        /// The plan's horizon.
        horizon: i32,
    },
    /// `horizon 2030` in a plan whose period ends in 2030 or later: a vision lies after it.
    HorizonWithinPeriod {
        /// The horizon as written.
        horizon: i32,
        /// The plan period's first year.
        start: i32,
        /// The plan period's last year.
        end: i32,
    },
    /// `from 2030 until 2025`; `until_span` is where the end is written.
    YearsBackwards {
        /// The measure the target is of.
        measure: MeasureRef,
        /// The first year written (`from`).
        from: i32,
        /// The last year written (`until`), before the first.
        until: i32,
        /// Where the last year is written.
        until_span: Span,
    },
    /// A target range whose first value is the larger (`3 to 2`).
    ValuesBackwards {
        /// The measure the target is of.
        measure: MeasureRef,
    },
    /// A value its unit does not admit (105 %).
    ValueOutOfRange {
        /// What the value belongs to: a target or a baseline.
        of: ValueOf,
        /// The value as written.
        value: f64,
        /// The unit, and the values it admits.
        unit: UnitRange,
    },
    /// Two targets for one milestone (`year` `None`: the whole period); `first` is where
    /// the first is written.
    MilestoneRepeated {
        /// The measure with the two targets.
        measure: MeasureRef,
        /// The milestone (a year, or a period of one); `None` for the whole period.
        year: Option<Period>,
        /// Where the first of the two is written.
        first: Span,
    },
    /// The `year` target written after the `previous` (later) one.
    MilestoneOrder {
        /// The measure whose targets are out of order.
        measure: MeasureRef,
        /// The milestone of the target written out of order.
        year: Period,
        /// The later milestone of the target written before it.
        previous: Period,
    },
    /// Two targets for one milestone, each cited by its own `ref`, that differ.
    ConflictingTargets {
        /// The measure with the two targets.
        measure: MeasureRef,
        /// The milestone (a year, or a period of one); `None` for the whole period.
        year: Option<Period>,
        /// The target written first, as its section says it.
        first: Said,
        /// The target written second, where the problem is.
        second: Said,
        /// Where the first is written.
        first_span: Span,
    },
    /// `within` after a comparison other than `~` ("about"), or in a rate or a change: only
    /// "about" has a tolerance.
    ToleranceWithoutAbout {
        /// The comparison it follows (`>=`; "at least" for a rate that names none).
        op: Comparator,
    },
    /// `cumulative` after the milestone of a measure that is no flow: only a flow has a
    /// total to date.
    CumulativeNotFlow {
        /// The measure the target is of.
        measure: MeasureRef,
    },
    /// A comparator that asks the value to move against the measure's direction.
    ComparatorAgainstDirection {
        /// The measure the target is of.
        measure: MeasureRef,
        /// Which way the measure should go.
        direction: Direction,
        /// The target's comparator, which leans the other way (`<=` on an increase).
        op: Comparator,
    },
    /// A later milestone that asks for less than an earlier one, in the measure's direction.
    TargetAgainstDirection {
        /// The measure the targets are of.
        measure: MeasureRef,
        /// Which way the measure should go.
        direction: Direction,
        /// The earlier milestone's year.
        early_year: Period,
        /// What the earlier milestone asks.
        early_value: f64,
        /// The later milestone's year, where the problem is.
        late_year: Period,
        /// What the later milestone asks: below the earlier on an increase, above on a
        /// decrease.
        late_value: f64,
        /// Where the earlier target is written.
        early_span: Span,
    },
    /// The baseline already meets the `year` target (`None`: the whole period's).
    BaselineBeyondTarget {
        /// The measure the baseline and target are of.
        measure: MeasureRef,
        /// The baseline's value.
        baseline: f64,
        /// The baseline's year.
        baseline_year: i32,
        /// The target's milestone; `None` for the whole period.
        year: Option<Period>,
        /// The target's comparator.
        op: Comparator,
        /// The target's value, which the baseline already meets.
        target: f64,
        /// Where the target's value is written.
        target_span: Span,
    },
    /// `maintain op value from from` differs from the level target of `level_year`.
    MaintainMismatch {
        /// The measure the targets are of.
        measure: MeasureRef,
        /// The `maintain` target's comparator.
        op: Comparator,
        /// The level the `maintain` target keeps.
        value: f64,
        /// The first year it is kept.
        from: i32,
        /// The year of the level target it starts from.
        level_year: i32,
        /// That level target's comparator.
        level_op: Comparator,
        /// That level target's value.
        level_value: f64,
        /// Where that level target is written.
        level_span: Span,
    },
    /// Split targets for one milestone that leave out values of their dimension.
    SplitIncomplete {
        /// The measure the targets are of.
        measure: MeasureRef,
        /// The milestone (a year, or a period of one); `None` for the whole period.
        year: Option<Period>,
        /// The dimension the targets are split by.
        dimension: String,
        /// Its values no target is given for.
        missing: Vec<String>,
    },
}

/// Whose year or value it is.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueOf {
    /// A target of the measure.
    TargetOf(MeasureRef),
    /// The baseline of the measure.
    BaselineOf(MeasureRef),
    /// The review with this id (its `year`).
    Review(String),
    /// The deadline of a project or a task (its year).
    DeadlineOf(super::Item),
}

/// A target as the document says it, with the section that says it.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The comparator (`>=`); `=` for a range.
    pub op: Comparator,
    /// The value, or a range's first value.
    pub value: f64,
    /// A range's last value (`2 to 3`).
    pub max: Option<f64>,
    /// Whether the document asks to strive for it (phấn đấu) rather than reach it.
    pub strive: bool,
    /// The section of the document that says it (the target's `ref`).
    pub reference: String,
}

/// A unit and the values it admits.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRange {
    /// The unit's id (`percent`).
    pub id: String,
    /// How values in it are written (`%`); empty for a unit without one.
    pub symbol: String,
    /// The least value it admits, if bounded below.
    pub min: Option<f64>,
    /// The greatest value it admits, if bounded above.
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
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Targets::NoTargets { .. } => Code::NoTargets,
            Targets::YearOutsidePeriod { .. } => Code::YearOutsidePeriod,
            Targets::YearBeyondHorizon { .. } => Code::YearBeyondHorizon,
            Targets::HorizonWithinPeriod { .. } => Code::HorizonWithinPeriod,
            Targets::YearsBackwards { .. } | Targets::ValuesBackwards { .. } => Code::BadRange,
            Targets::ValueOutOfRange { .. } => Code::ValueOutOfRange,
            Targets::MilestoneRepeated { .. } => Code::MilestoneRepeated,
            Targets::MilestoneOrder { .. } => Code::MilestoneOrder,
            Targets::ConflictingTargets { .. } => Code::ConflictingTargets,
            Targets::ComparatorAgainstDirection { .. } => Code::ComparatorAgainstDirection,
            Targets::ToleranceWithoutAbout { .. } => Code::ToleranceWithoutAbout,
            Targets::CumulativeNotFlow { .. } => Code::CumulativeNotFlow,
            Targets::TargetAgainstDirection { .. } => Code::TargetAgainstDirection,
            Targets::BaselineBeyondTarget { .. } => Code::BaselineBeyondTarget,
            Targets::MaintainMismatch { .. } => Code::MaintainMismatch,
            Targets::SplitIncomplete { .. } => Code::SplitIncomplete,
        }
    }
}
