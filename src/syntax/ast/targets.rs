//! Targets: the comparison, the value, and the kinds of target a measure may set.

use super::*;
use crate::source::Span;

/// The comparison a target asks for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Comparator {
    /// `>=` or `≥`: at least the value.
    AtLeast,
    /// `<=` or `≤`: at most the value.
    AtMost,
    /// `<`: below the value.
    Below,
    /// `>`: above the value.
    Above,
    /// `=`: the value itself, or within a range (`= 2 to 3`).
    Equal,
    /// `~` or `about`: near the value ("khoảng").
    About,
}

/// Written as in the plan (`>=`), in the JSON of `plan show` and `plan eval`.
impl serde::Serialize for Comparator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Comparator {
    /// The comparison's name in the catalogues' message ids (`at-least`): the same in every
    /// message that words a comparison (a diagnostic's target, a completion's meaning).
    pub fn name(self) -> &'static str {
        match self {
            Comparator::AtLeast => "at-least",
            Comparator::AtMost => "at-most",
            Comparator::Below => "below",
            Comparator::Above => "above",
            Comparator::Equal => "equal",
            Comparator::About => "about",
        }
    }

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

    /// The comparison as the plan writes it, in ASCII (`>=` for `≥` too, `~` for `about`).
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

/// A comparison with where it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparatorLit {
    /// The comparison read: `≥` and `>=` are one.
    pub value: Comparator,
    /// Where it is written.
    pub span: Span,
}

/// `9.5`, or a range `2 to 3`.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueRange {
    /// The value, or the bottom of a range (`2` of `2 to 3`).
    pub min: Number,
    /// The top of a range (`3`); `None` for a single value.
    pub max: Option<Number>,
    /// `within 0.5 points`: how near `~` must come; boxed, as most targets have none.
    pub within: Option<Box<Tolerance>>,
    /// The value or range as written.
    pub span: Span,
}

/// `within 0.5 points`, `within 5 percent`: the tolerance of an "about" target.
#[derive(Clone, Debug, PartialEq)]
pub struct Tolerance {
    /// How far from the value (each end of a range) is still "about" it.
    pub amount: Number,
    /// In the unit's points, or in percent of the value.
    pub unit: RateUnit,
    /// `within` to the unit, as written.
    pub span: Span,
}

/// `target 2025 >= 90 strive where khu_vuc = thanh_thi ref "II.1"`: a `target` field as written;
/// the resolver normalises it into a [`crate::model::Target`].
#[derive(Clone, Debug, PartialEq)]
pub struct TargetSpec {
    /// What it asks, and for which years.
    pub kind: TargetKind,
    /// Whether `strive` is written: a target the plan strives for (phấn đấu) rather than binds
    /// itself to.
    pub strive: bool,
    /// Boxed: most targets have none, and a plan keeps every target.
    pub split: Option<Box<Split>>,
    /// `ref "..."`: where the document sets it.
    pub reference: Option<Text>,
}

/// `where area_kind = urban`.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    /// The dimension split by (`khu_vuc`).
    pub dimension: Ident,
    /// The value of the dimension the target is for (`thanh_thi`).
    pub value: Ident,
}

/// The kinds of target, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum TargetKind {
    /// `target 2025 >= 65`; no year: holds for the whole period.
    Level {
        /// The milestone (`2025`, `2026-Q2`); `None` when none is written: the level holds for
        /// the whole period.
        at: Option<Milestone>,
        /// The comparison (`>=`).
        op: ComparatorLit,
        /// The value or range (`65`, `2 to 3`).
        value: ValueRange,
    },
    /// `target maintain >= 95 from 2025 until 2030`.
    Maintain {
        /// The comparison (`>=`).
        op: ComparatorLit,
        /// The value or range (`95`).
        value: ValueRange,
        /// The first year the level must hold (`from 2025`).
        from: Year,
        /// The last year it must hold (`until 2030`).
        until: Year,
    },
    /// `target reduce by 0.5 points per year until 2030`; `increase by > 3 percent per year`.
    Rate(ChangeBy),
    /// `target reduce every year until 2030`: a change the right way each year, of any size.
    EveryYear {
        /// `increase` or `reduce`: the way each year's value must move.
        change: RateChange,
        /// `from 2025`: the first year, when written.
        from: Option<Year>,
        /// `until 2030`: the last year, when written.
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
    /// `increase` or `reduce`: which way the value is to move.
    pub change: RateChange,
    /// How the change compares with the value (`None`: at least that much).
    pub op: Option<ComparatorLit>,
    /// The amount as written, positive (`0.5`), or a range (`2 to 3`).
    pub value: ValueRange,
    /// `points` of the measure's unit, or `percent` (`%`) of the value the change counts from.
    pub unit: RateUnit,
    /// `from 2025`: the first year of the span, when written.
    pub from: Option<Year>,
    /// `until 2030`: the last year of the span, when written.
    pub until: Option<Year>,
}

/// `increase` or `reduce`: which way a rate or a change goes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RateChange {
    /// `increase`: the value is to rise.
    Increase,
    /// `reduce`: the value is to fall.
    Reduce,
}

/// Whether a per-year rate is in the unit's own points or a percentage of last year's value.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RateUnit {
    /// `points`: in the unit's own points (percentage points for a percent).
    Points,
    /// `percent` or `%`: relative to the previous year's value (for a change over a span, to the
    /// value at its start).
    Percent,
}

impl RateUnit {
    /// The unit as the JSON and CSV of `plan eval` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            RateUnit::Points => "points",
            RateUnit::Percent => "percent",
        }
    }
}
