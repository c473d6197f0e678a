//! Indicators, their parts, and the fields a measure (either) carries.

use super::*;
use crate::source::Span;

/// `adopts national.3a` or `adapts national.3a because "..."`, inside an indicator or part.
#[derive(Clone, Debug, PartialEq)]
pub struct Mapping {
    /// The parent's indicator or part, through its import (`national.3a`).
    pub parent: Ident,
    /// The reason given by `adapts` (`None` for `adopts`).
    pub adapted_because: Option<Text>,
    /// `ref "..."`: where the document says so.
    pub reference: Option<Text>,
}

/// `indicator 16 "Tai nạn thương tích trẻ em" { objective b  lead ldtbxh  part a ... }`: an
/// indicator, with its parts.
pub type IndicatorDecl = Block<IndicatorField>;

/// A field of an indicator: its objective, a part, or a field a part may carry too.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorField {
    /// `objective b`: the objective it serves (its parts serve it too).
    Objective(Ident),
    /// `part a "..." { ... }`: one measure of a composite indicator.
    Part(PartDecl),
    /// `unit`, `target`, `lead`...: a field a part may carry too; on a composite, owners, unit and
    /// direction hold for the parts that give none of their own.
    Measure(MeasureField),
}

/// `part a "Tỷ suất trẻ em bị tai nạn thương tích" { ... }`: one measure of a composite indicator,
/// addressed `16a`.
pub type PartDecl = Block<MeasureField>;

/// A field that an indicator or one of its parts may carry.
pub type MeasureField = Field<MeasureFieldKind>;

/// What a field of an indicator or a part says.
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureFieldKind {
    /// `unit per_mille of "trẻ đẻ sống"`.
    Unit(UnitRef),
    /// `direction decrease`: which way the value should go.
    Direction(DirectionLit),
    /// `baseline 2020 = 12.1 ref "Niên giám"`: the value the measure starts from; `baseline
    /// 2024` ("so với mức năm 2024"): the level of that year, its value left to the data.
    Baseline {
        /// The year of the value (`2020`).
        year: Year,
        /// The value that year (`12.1`); `None` when the document does not give it.
        value: Option<Number>,
        /// `ref "Niên giám"`: where the value comes from.
        reference: Option<Text>,
    },
    /// Boxed: a target is the largest field, and most fields are not targets.
    Target(Box<TargetSpec>),
    /// `lead yte ref "V.5"`, `lead ? because "..."`, `support ldtbxh`.
    Owner(Ownership),
    /// `source "..."` or `note "..."`.
    Annotation(Annotation),
    /// `formula numerator / denominator * factor`.
    Formula {
        /// What is counted above the line: a data element (`infant_deaths`), or an
        /// indicator or part (`12a`).
        numerator: Ident,
        /// What is counted below the line (`live_births`, `12`).
        denominator: Ident,
        /// `* 1000`; `None` when not written (the unit's `per` is taken).
        factor: Option<Number>,
    },
    /// `aggregate sum`: how the values of an area's children make the area's value.
    Aggregate(AggregateLit),
    /// Boxed: most measures of a large plan have none.
    Maps(Box<Mapping>),
    /// `flow`, `flow cumulative`: a quantity per period, not a level (see
    /// [`crate::model::Flow`]).
    Flow(FlowLit),
    /// Boxed: `total of 12a, 12b within 0.5 points`, which few measures have.
    Total(Box<TotalOf>),
    /// Boxed: `scope ha_noi, tp_hcm` or `scope where khu_vuc = khu_cong_nghiep`, which few
    /// measures have.
    Scope(Box<ScopeLit>),
}

/// `scope ...`: the areas, or the group of a dimension, a measure is set for.
#[derive(Clone, Debug, PartialEq)]
pub enum ScopeLit {
    /// `scope ha_noi, tp_hcm`: named areas, in written order.
    Areas(Vec<Ident>),
    /// `scope where khu_vuc = khu_cong_nghiep`: the values of one group of a dimension.
    Value(Split),
}

/// `total of 12a, 12b, 12c within 0.5 points`: the measure is the sum of other indicators
/// or parts.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalOf {
    /// The indicators or parts added up, in written order.
    pub parts: Vec<Ident>,
    /// `within 0.5 points`, `within 1 percent`: how far data that give the total and every
    /// part may be from adding up; `None` for the default (see [`crate::model::Total`]).
    pub within: Option<Tolerance>,
}

/// `flow` or `flow cumulative`, with where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowLit {
    /// `cumulative`: the values within a year are year-to-date totals.
    pub cumulative: bool,
    /// The whole field.
    pub span: Span,
}

/// `aggregate sum`, `aggregate weighted by live_births`.
#[derive(Clone, Debug, PartialEq)]
pub enum AggregateLit {
    /// `none`: only a value reported for the area itself counts.
    None,
    /// `sum`: the children's values add up.
    Sum,
    /// `mean`: the plain mean of the children's values.
    Mean,
    /// `weighted by live_births`: their mean weighted by a data element.
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
            MeasureFieldKind::Flow(_) => "flow",
            MeasureFieldKind::Total(_) => "total",
            MeasureFieldKind::Scope(_) => "scope",
        }
    }
}

/// `unit per_mille of "trẻ đẻ sống"`; `%` and `‰` are kept as written.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRef {
    /// The unit's name as written (`per_mille`, `%`, `national.diem`).
    pub name: Ident,
    /// `of "trẻ đẻ sống"`: the population it counts over.
    pub of: Option<Text>,
}

/// Which way a measure's value should go (`direction increase`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// `increase`: higher is better (a vaccination rate).
    Increase,
    /// `decrease`: lower is better (a death rate).
    Decrease,
    /// `maintain`: the value is to be held where it is.
    Maintain,
}

impl Direction {
    /// The word as the plan writes it (`decrease`), which is also its name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::Maintain => "maintain",
        }
    }
}

/// `increase`, `decrease` or `maintain`, with where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectionLit {
    /// The direction read.
    pub value: Direction,
    /// Where the word is written.
    pub span: Span,
}
