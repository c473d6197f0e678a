//! How a target is written for people, in one place. Three outputs write targets, each in
//! its own form, and each form is kept as it is (other tools read these outputs):
//!
//! | form | where | examples |
//! | --- | --- | --- |
//! | [`Form::Plan`] | `plan show`, `plan history`, `plan cascade`, amendment conflicts | `2025 >= 95 (strive)`, `maintain >= 95 from 2021 until 2030`, `change per year <= -0.5 points from 2021 until 2030`, `2030 >= 80 where sex = female` |
//! | [`Form::Query`] | the query language's `target` field, `show`, `:explain` | `2025 >= 65`, `2021..2030 >= 95`, `2021..2030 <= -0.5/yr`, `from 2021 <= -50 in all`, `all about 2 [sex=female] strive` |
//! | [`Form::Evaluation`] | the table, CSV and Markdown of `plan eval` | `2021..2030 >= 95`, `<= -0.5/yr`, `change <= -50`, `2025 >= 65*` |
//!
//! The query's text of a target is a value a query filters on (`targets where target ~
//! "2025"`), so the writer sits below the query language, beside [`crate::numbers`], rather
//! than in `render`.

use crate::model::{Comparator, RateUnit, Target, TargetKind};
use crate::numbers::exact;
use std::fmt::Write;

/// The form a target is written in (see the module's table).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Form {
    /// In words, as `plan show` writes it.
    Plan,
    /// Compact, as a query's `target` column holds it.
    Query,
    /// Compact, as the evaluation's table writes it: a rate or change without its years.
    Evaluation,
}

/// What a target's text is written from: a target of the model, or an evaluation's view of
/// one (`eval::evaluate::TargetView`).
#[derive(Copy, Clone, Debug)]
pub struct Parts<'a> {
    pub kind: TargetKind,
    pub year: Option<i32>,
    pub until: Option<i32>,
    pub op: Comparator,
    pub value: f64,
    pub value_max: Option<f64>,
    pub rate_unit: Option<RateUnit>,
    pub strive: bool,
    /// The dimension and its value.
    pub split: Option<(&'a str, &'a str)>,
}

impl<'a> From<&'a Target> for Parts<'a> {
    fn from(t: &'a Target) -> Parts<'a> {
        Parts {
            kind: t.kind,
            year: t.year,
            until: t.until,
            op: t.op,
            value: t.value,
            value_max: t.value_max,
            rate_unit: t.rate_unit,
            strive: t.strive,
            split: t
                .split
                .as_deref()
                .map(|(d, v)| (d.name.as_str(), v.name.as_str())),
        }
    }
}

/// A target as text, in `form`.
pub fn write<'a>(target: impl Into<Parts<'a>>, form: Form) -> String {
    let t = target.into();
    match form {
        Form::Plan => plan(&t),
        Form::Query | Form::Evaluation => compact(&t, form),
    }
}

/// `2025 >= 95 (strive)`, `maintain >= 95 from 2021 until 2030`, `= 2 to 3 (whole period)`.
fn plan(t: &Parts<'_>) -> String {
    let cmp = match t.value_max {
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", t.op.as_str(), exact(t.value)),
    };
    let unit = match t.rate_unit {
        Some(RateUnit::Percent) => "%",
        _ => " points",
    };
    let span = |none: &str| match (t.year, t.until) {
        (Some(a), Some(b)) => format!(" from {a} until {b}"),
        (None, Some(b)) => format!(" until {b}"),
        (Some(a), None) => format!(" from {a}"),
        (None, None) => none.to_string(),
    };
    let mut s = match t.kind {
        TargetKind::Level => match t.year {
            Some(y) => format!("{y} {cmp}"),
            None => format!("{cmp} (whole period)"),
        },
        TargetKind::Maintain => format!(
            "maintain {cmp} from {} until {}",
            t.year.unwrap_or(0),
            t.until.unwrap_or(0)
        ),
        // `reduce every year`: a change of any size, the right way.
        TargetKind::Rate => match (t.op, t.value, t.value_max) {
            (Comparator::Below, 0.0, None) => format!("fall every year{}", span("")),
            (Comparator::Above, 0.0, None) => format!("rise every year{}", span("")),
            _ => format!("change per year {cmp}{unit}{}", span("")),
        },
        TargetKind::Change => format!("change {cmp}{unit}{}", span(" over the period")),
    };
    if let Some((d, v)) = t.split {
        let _ = write!(s, " where {d} = {v}");
    }
    if t.strive {
        s.push_str(" (strive)");
    }
    s
}

/// The query's and the evaluation's forms: `2025 >= 65`, `2021..2030 <= -0.5/yr`, with the
/// split in brackets; they differ in the years of a rate or a change and in how a striving
/// target is marked.
fn compact(t: &Parts<'_>, form: Form) -> String {
    let value = match t.value_max {
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", op_word(t.op), exact(t.value)),
    };
    let years = match (t.year, t.until) {
        (Some(a), Some(b)) => format!("{a}..{b} "),
        (Some(a), None) => format!("from {a} "),
        (None, Some(b)) => format!("until {b} "),
        (None, None) => String::new(),
    };
    let evaluation = form == Form::Evaluation;
    let mut s = match t.kind {
        TargetKind::Level => match t.year {
            Some(y) => format!("{y} {value}"),
            None => format!("all {value}"),
        },
        TargetKind::Maintain if evaluation => {
            format!("{}..{} {value}", t.year.unwrap_or(0), t.until.unwrap_or(0))
        }
        TargetKind::Maintain => format!("{years}{value}"),
        TargetKind::Rate if evaluation => format!("{value}/yr"),
        TargetKind::Rate => format!("{years}{value}/yr"),
        // Over the period: the evaluation's note gives the level it comes to.
        TargetKind::Change if evaluation => format!("change {value}"),
        TargetKind::Change => format!("{years}{value} in all"),
    };
    if let Some((d, v)) = t.split {
        let _ = write!(s, " [{d}={v}]");
    }
    if t.strive {
        s.push_str(if evaluation { "*" } else { " strive" });
    }
    s
}

/// `~` reads as a word in a table.
fn op_word(op: Comparator) -> &'static str {
    match op {
        Comparator::About => "about",
        other => other.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(kind: TargetKind, year: Option<i32>, until: Option<i32>) -> Parts<'static> {
        Parts {
            kind,
            year,
            until,
            op: Comparator::AtMost,
            value: -0.5,
            value_max: None,
            rate_unit: None,
            strive: false,
            split: None,
        }
    }

    #[test]
    fn each_form_writes_a_rate_its_own_way() {
        let rate = target(TargetKind::Rate, Some(2021), Some(2030));
        assert_eq!(
            write(rate, Form::Plan),
            "change per year <= -0.5 points from 2021 until 2030"
        );
        assert_eq!(write(rate, Form::Query), "2021..2030 <= -0.5/yr");
        assert_eq!(write(rate, Form::Evaluation), "<= -0.5/yr");
    }

    #[test]
    fn splits_and_striving_are_marked_in_each_form() {
        let t = Parts {
            op: Comparator::About,
            value: 2.0,
            strive: true,
            split: Some(("sex", "female")),
            ..target(TargetKind::Level, Some(2025), None)
        };
        assert_eq!(write(t, Form::Plan), "2025 ~ 2 where sex = female (strive)");
        assert_eq!(write(t, Form::Query), "2025 about 2 [sex=female] strive");
        assert_eq!(write(t, Form::Evaluation), "2025 about 2 [sex=female]*");
    }

    #[test]
    fn a_change_over_the_period_and_a_fall_every_year() {
        let change = Parts {
            rate_unit: Some(RateUnit::Percent),
            value: -50.0,
            ..target(TargetKind::Change, None, None)
        };
        assert_eq!(write(change, Form::Plan), "change <= -50% over the period");
        assert_eq!(write(change, Form::Query), "<= -50 in all");
        assert_eq!(write(change, Form::Evaluation), "change <= -50");
        let fall = Parts {
            op: Comparator::Below,
            value: 0.0,
            ..target(TargetKind::Rate, None, Some(2030))
        };
        assert_eq!(write(fall, Form::Plan), "fall every year until 2030");
        let maintain = Parts {
            value: 2.0,
            value_max: Some(3.0),
            ..target(TargetKind::Maintain, Some(2021), None)
        };
        assert_eq!(
            write(maintain, Form::Plan),
            "maintain 2 to 3 from 2021 until 0"
        );
        assert_eq!(write(maintain, Form::Query), "from 2021 2 to 3");
        assert_eq!(write(maintain, Form::Evaluation), "2021..0 2 to 3");
    }
}
