//! Indicators, their parts, and the fields a measure (either) carries.

use super::*;
use crate::source::Span;

/// `adopts national.3a` or `adapts national.3a because "..."`, inside an indicator or part.
#[derive(Clone, Debug, PartialEq)]
pub struct Mapping {
    pub parent: Ident,
    /// The reason given by `adapts` (`None` for `adopts`).
    pub adapted_because: Option<Text>,
    pub reference: Option<Text>,
}

pub type IndicatorDecl = Block<IndicatorField>;

#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorField {
    Objective(Ident),
    Part(PartDecl),
    Measure(MeasureField),
}

pub type PartDecl = Block<MeasureField>;

/// A field that an indicator or one of its parts may carry.
pub type MeasureField = Field<MeasureFieldKind>;

#[derive(Clone, Debug, PartialEq)]
pub enum MeasureFieldKind {
    Unit(UnitRef),
    Direction(DirectionLit),
    Baseline {
        year: Year,
        value: Number,
        reference: Option<Text>,
    },
    /// Boxed: a target is the largest field, and most fields are not targets.
    Target(Box<TargetSpec>),
    Owner(Ownership),
    Annotation(Annotation),
    /// `formula numerator / denominator * factor`.
    Formula {
        numerator: Ident,
        denominator: Ident,
        factor: Option<Number>,
    },
    Aggregate(AggregateLit),
    /// Boxed: most measures of a large plan have none.
    Maps(Box<Mapping>),
}

/// `aggregate sum`, `aggregate weighted by live_births`.
#[derive(Clone, Debug, PartialEq)]
pub enum AggregateLit {
    None,
    Sum,
    Mean,
    Weighted(Ident),
}

impl MeasureFieldKind {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            MeasureFieldKind::Unit(_) => "unit",
            MeasureFieldKind::Direction(_) => "direction",
            MeasureFieldKind::Baseline { .. } => "baseline",
            MeasureFieldKind::Target(_) => "target",
            MeasureFieldKind::Owner(o) => o.keyword(),
            MeasureFieldKind::Annotation(a) => a.keyword(),
            MeasureFieldKind::Formula { .. } => "formula",
            MeasureFieldKind::Aggregate(_) => "aggregate",
            MeasureFieldKind::Maps(m) if m.adapted_because.is_some() => "adapts",
            MeasureFieldKind::Maps(_) => "adopts",
        }
    }
}

/// `unit per_mille of "trẻ đẻ sống"`; `%` and `‰` are kept as written.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRef {
    pub name: Ident,
    pub of: Option<Text>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Increase,
    Decrease,
    Maintain,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::Maintain => "maintain",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DirectionLit {
    pub value: Direction,
    pub span: Span,
}
