//! Targets: the comparison, the value, and the kinds of target a measure may set.

use super::*;
use crate::source::Span;

/// The comparison a target asks for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Comparator {
    AtLeast,
    AtMost,
    Below,
    Above,
    Equal,
    About,
}

/// Written as in the plan (`>=`), in the JSON of `plan show` and `plan eval`.
impl serde::Serialize for Comparator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Comparator {
    /// The comparison turned round, for a reduction written as a positive amount ("reduce by
    /// more than 3" is a change below -3).
    pub fn mirrored(self) -> Comparator {
        match self {
            Comparator::AtLeast => Comparator::AtMost,
            Comparator::AtMost => Comparator::AtLeast,
            Comparator::Below => Comparator::Above,
            Comparator::Above => Comparator::Below,
            Comparator::Equal | Comparator::About => self,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::Below => "<",
            Comparator::Above => ">",
            Comparator::Equal => "=",
            Comparator::About => "~",
        }
    }

    /// The comparison in words, for messages.
    pub fn meaning(self) -> &'static str {
        match self {
            Comparator::AtLeast => "at least",
            Comparator::AtMost => "at most",
            Comparator::Below => "below",
            Comparator::Above => "above",
            Comparator::Equal => "equal to",
            Comparator::About => "about",
        }
    }

    /// The direction a comparator asks a value to move in, if any.
    pub fn leaning(self) -> Option<Direction> {
        match self {
            Comparator::AtLeast | Comparator::Above => Some(Direction::Increase),
            Comparator::AtMost | Comparator::Below => Some(Direction::Decrease),
            Comparator::Equal | Comparator::About => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComparatorLit {
    pub value: Comparator,
    pub span: Span,
}

/// `9.5`, or a range `2 to 3`.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueRange {
    pub min: Number,
    pub max: Option<Number>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetSpec {
    pub kind: TargetKind,
    pub strive: bool,
    /// Boxed: most targets have none, and a plan keeps every target.
    pub split: Option<Box<Split>>,
    pub reference: Option<Text>,
}

/// `where area_kind = urban`.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub dimension: Ident,
    pub value: Ident,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TargetKind {
    /// `target 2025 >= 65`; no year: holds for the whole period.
    Level {
        year: Option<Year>,
        op: ComparatorLit,
        value: ValueRange,
    },
    /// `target maintain >= 95 from 2025 until 2030`.
    Maintain {
        op: ComparatorLit,
        value: ValueRange,
        from: Year,
        until: Year,
    },
    /// `target reduce by 0.5 points per year until 2030`; `increase by > 3 percent per year`.
    Rate(ChangeBy),
    /// `target reduce every year until 2030`: a change the right way each year, of any size.
    EveryYear {
        change: RateChange,
        from: Option<Year>,
        until: Option<Year>,
    },
    /// `target reduce by 50 percent`: a change over the span (the whole period unless `from`
    /// or `until` say otherwise), from the value at its start.
    Change(ChangeBy),
}

/// `reduce by 0.5 points`, `increase by > 3 percent`, and the years it spans: what a rate
/// (each year) and a change (over the span) both say.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeBy {
    pub change: RateChange,
    /// How the change compares with the value (`None`: at least that much).
    pub op: Option<ComparatorLit>,
    pub value: ValueRange,
    pub unit: RateUnit,
    pub from: Option<Year>,
    pub until: Option<Year>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RateChange {
    Increase,
    Reduce,
}

/// Whether a per-year rate is in the unit's own points or a percentage of last year's value.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RateUnit {
    Points,
    Percent,
}
