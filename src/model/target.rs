//! A target of a measure: what it asks (a comparison and a value) and, by its kind, the
//! years it covers and the unit of a change. A field that means something for one kind only
//! lives in that kind's variant, so no reader has to know which fields a kind leaves empty.

use super::{Comparator, Dimension, Ident, Milestone, RateUnit, Ref, Year};
use crate::date::Period;
use crate::source::Span;

/// The kind of a target, with what only that kind has.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum TargetKind {
    /// `target 2025 >= 65`: the level to reach by a milestone (a year, or a half-year, a
    /// quarter or a month: `target 2026-Q2 >= 50`); with none, the level to hold for the
    /// whole plan period.
    Level {
        /// The milestone (`2025`, `2026-Q2`); `None` for a level over the whole period
        /// (`target >= 100`).
        at: Option<Milestone>,
    },
    /// `target maintain >= 95 from 2025 until 2030`: a level held every year of a span.
    Maintain {
        /// The first year the level must hold.
        from: Year,
        /// The last year it must hold.
        until: Year,
    },
    /// `target reduce by 0.5 points per year until 2030`: the change each year, from `from`
    /// (the plan's start when not said) until `until` (its end).
    Rate {
        /// The first year of the span, when written (`from 2025`).
        from: Option<Year>,
        /// The last year of the span, when written (`until 2030`).
        until: Option<Year>,
        /// `points` of the measure's unit, or `percent` of the previous year's value.
        unit: RateUnit,
    },
    /// `target reduce by 50 percent` ("giảm 50%"): a change over the span, from the value at
    /// its start; the span is the plan period unless `from` or `until` say otherwise.
    Change {
        /// The first year of the span, when written (`from 2025`).
        from: Option<Year>,
        /// The last year of the span, when written (`until 2028`).
        until: Option<Year>,
        /// `points` of the measure's unit, or `percent` of the value at the span's start.
        unit: RateUnit,
    },
}

/// Which kind a target is, without what the kind carries: a key to group and compare
/// targets by.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum KindName {
    /// A [`TargetKind::Level`]: a level by a milestone, or over the whole period.
    Level,
    /// A [`TargetKind::Maintain`]: a level held every year of a span.
    Maintain,
    /// A [`TargetKind::Rate`]: a change each year.
    Rate,
    /// A [`TargetKind::Change`]: a change over a span.
    Change,
}

impl KindName {
    /// The kind's name, as the evaluation's JSON and the query language write it.
    pub fn as_str(self) -> &'static str {
        match self {
            KindName::Level => "level",
            KindName::Maintain => "maintain",
            KindName::Rate => "rate",
            KindName::Change => "change",
        }
    }
}

impl TargetKind {
    /// Which kind this is.
    pub fn name(&self) -> KindName {
        match self {
            TargetKind::Level { .. } => KindName::Level,
            TargetKind::Maintain { .. } => KindName::Maintain,
            TargetKind::Rate { .. } => KindName::Rate,
            TargetKind::Change { .. } => KindName::Change,
        }
    }

    /// The kind's name, as the evaluation's JSON and the query language write it.
    pub fn as_str(&self) -> &'static str {
        self.name().as_str()
    }

    /// The years the plan writes: a level's milestone (and no last year), or the first and
    /// last years of a span.
    pub fn years(&self) -> (Option<Year>, Option<Year>) {
        match *self {
            TargetKind::Level { at } => (at.map(|m| m.as_year()), None),
            TargetKind::Maintain { from, until } => (Some(from), Some(until)),
            TargetKind::Rate { from, until, .. } | TargetKind::Change { from, until, .. } => {
                (from, until)
            }
        }
    }

    /// The milestone of a level, or the first year of the span of the other kinds, when the
    /// plan says it.
    pub fn first_year(&self) -> Option<i32> {
        self.years().0.map(|y| y.value)
    }

    /// The last year of a span (none for a level), when the plan says it.
    pub fn last_year(&self) -> Option<i32> {
        self.years().1.map(|y| y.value)
    }

    /// The year the target is to be met by, when the plan says: a level's milestone, the
    /// last year of a span (its first when only that is said).
    pub fn due_year(&self) -> Option<i32> {
        self.last_year().or(self.first_year())
    }

    /// The unit a rate or a change is counted in.
    pub fn change_unit(&self) -> Option<RateUnit> {
        match self {
            TargetKind::Rate { unit, .. } | TargetKind::Change { unit, .. } => Some(*unit),
            TargetKind::Level { .. } | TargetKind::Maintain { .. } => None,
        }
    }
}

/// A kind is its name in JSON (`"kind": "level"`).
impl serde::Serialize for TargetKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A kind compares with its name (`kind == "level"`), as the evaluation's JSON writes it.
impl PartialEq<&str> for TargetKind {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
    }
}

/// A target, normalised: a per-year rate "reduce by 0.5 points" is `op <=, value -0.5`
/// (the yearly change must be at most -0.5); "increase by > 3 percent per year" is `op >,
/// value 3`; "reduce every year" is `op <, value 0`; a change over the span "reduce by 50
/// percent" is `kind change, op <=, value -50`; a range "2 to 3" is `op =, value 2,
/// value_max 3`. Equal targets have equal values; where they are written (spans) is no part
/// of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// A level, a maintained level, a rate or a change, with its years and the unit of a change.
    pub kind: TargetKind,
    /// The comparison the value must pass, normalised for a reduction (see above).
    pub op: Comparator,
    /// The value compared against, or the bottom of a range; for a rate or a change, the change
    /// asked, negative for a reduction.
    pub value: f64,
    /// The top of a range (`2 to 3`); `value` is its bottom.
    pub value_max: Option<f64>,
    /// `~ 10 within 0.5 points`: how near an "about" target must come; `None` for the
    /// default (see [`crate::eval::method::ABOUT_TOLERANCE`]) and for other comparisons.
    pub tolerance: Option<Tolerance>,
    /// A target the plan strives for ("phấn đấu") rather than binds itself to.
    pub strive: bool,
    /// The dimension and its value; boxed, as most targets have none.
    pub split: Option<Box<(Ref<Dimension>, Ident)>>,
    /// Where the document sets the target (its section), when the plan says.
    pub reference: Option<String>,
    /// The whole `target` field, its modifiers (`strive`, `where`, `ref`) included.
    pub span: Span,
    /// The comparison as written; the whole field when none is written (`reduce by 3`,
    /// `reduce every year`).
    pub op_span: Span,
    /// The value or range as written; the whole field for `reduce every year`, which has none.
    pub value_span: Span,
}

/// `within 0.5 points`, `within 5 percent`: how far from an "about" value (from each end of
/// an "about" range) a value may be and still meet it.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Tolerance {
    /// The amount (`0.5`).
    pub amount: f64,
    /// In the unit's points, or in percent of the value it is counted from.
    pub unit: RateUnit,
}

impl Tolerance {
    /// How far from `value` is still "about" it.
    pub fn around(self, value: f64) -> f64 {
        match self.unit {
            RateUnit::Points => self.amount,
            RateUnit::Percent => self.amount / 100.0 * value.abs(),
        }
    }
}

impl Target {
    /// A target of `kind` asking `op value`, not split, not striving, from no document and
    /// written nowhere: a target built by a program rather than read from a plan.
    pub fn new(kind: TargetKind, op: Comparator, value: f64) -> Target {
        Target {
            kind,
            op,
            value,
            value_max: None,
            tolerance: None,
            strive: false,
            split: None,
            reference: None,
            span: Span::default(),
            op_span: Span::default(),
            value_span: Span::default(),
        }
    }

    /// Whether two targets ask the same thing, whichever document sets them: equal but for
    /// their `reference`. Spans take no part in equality, so the derived equality compares
    /// every other field, a new one included.
    pub fn asks_same(&self, other: &Target) -> bool {
        let unreferenced = |t: &Target| Target {
            reference: None,
            ..t.clone()
        };
        unreferenced(self) == unreferenced(other)
    }

    /// Whether the target is a level by a milestone year (or over the whole period).
    pub fn is_level(&self) -> bool {
        matches!(self.kind, TargetKind::Level { .. })
    }

    /// The milestone of a level target, when it has one.
    pub fn milestone(&self) -> Option<Milestone> {
        match self.kind {
            TargetKind::Level { at } => at,
            _ => None,
        }
    }

    /// The period of a level target's milestone (`2025`, `2026-Q2`), when it has one.
    pub fn milestone_period(&self) -> Option<Period> {
        self.milestone().map(|m| m.period)
    }
}
