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

use crate::model::{Comparator, RateUnit, Target, TargetKind, Year};
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

/// A target as text, in `form`.
pub fn write(target: &Target, form: Form) -> String {
    match form {
        Form::Plan => plan(target),
        Form::Query | Form::Evaluation => compact(target, form),
    }
}

/// The years a rate or a change spans, as the plan's form writes them: ` from 2021 until
/// 2030`, ` until 2030`, or `none` when the plan says neither.
fn span_words(from: Option<Year>, until: Option<Year>, none: &str) -> String {
    match (from, until) {
        (Some(a), Some(b)) => format!(" from {} until {}", a.value, b.value),
        (None, Some(b)) => format!(" until {}", b.value),
        (Some(a), None) => format!(" from {}", a.value),
        (None, None) => none.to_string(),
    }
}

/// The same years in the compact forms: `2021..2030 `, `from 2021 `, `until 2030 `.
fn span_compact(from: Option<i32>, until: Option<i32>) -> String {
    match (from, until) {
        (Some(a), Some(b)) => format!("{a}..{b} "),
        (Some(a), None) => format!("from {a} "),
        (None, Some(b)) => format!("until {b} "),
        (None, None) => String::new(),
    }
}

/// The dimension and value of a split target.
fn split(t: &Target) -> Option<(&str, &str)> {
    t.split
        .as_deref()
        .map(|(d, v)| (d.name.as_str(), v.name.as_str()))
}

/// `2025 >= 95 (strive)`, `maintain >= 95 from 2021 until 2030`, `= 2 to 3 (whole period)`.
fn plan(t: &Target) -> String {
    let cmp = match t.value_max {
        // An "about" range keeps its `~` (near 10 to 10.5, not exactly within it).
        Some(max) if t.op == Comparator::About => {
            format!("~ {} to {}", exact(t.value), exact(max))
        }
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", t.op.as_str(), exact(t.value)),
    } + &within(t);
    let unit = |unit: RateUnit| match unit {
        RateUnit::Percent => "%",
        RateUnit::Points => " points",
    };
    let mut s = match t.kind {
        TargetKind::Level { at: Some(at) } => format!("{at} {cmp}"),
        TargetKind::Level { at: None } => format!("{cmp} (whole period)"),
        TargetKind::Maintain { from, until } => {
            format!("maintain {cmp} from {} until {}", from.value, until.value)
        }
        // `reduce every year`: a change of any size, the right way.
        TargetKind::Rate {
            from,
            until,
            unit: u,
        } => match (t.op, t.value, t.value_max) {
            (Comparator::Below, 0.0, None) => {
                format!("fall every year{}", span_words(from, until, ""))
            }
            (Comparator::Above, 0.0, None) => {
                format!("rise every year{}", span_words(from, until, ""))
            }
            _ => format!(
                "change per year {cmp}{}{}",
                unit(u),
                span_words(from, until, "")
            ),
        },
        TargetKind::Change {
            from,
            until,
            unit: u,
        } => format!(
            "change {cmp}{}{}",
            unit(u),
            span_words(from, until, " over the period")
        ),
    };
    if let Some((d, v)) = split(t) {
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
fn compact(t: &Target, form: Form) -> String {
    let value = match t.value_max {
        Some(max) if t.op == Comparator::About => {
            format!("about {} to {}", exact(t.value), exact(max))
        }
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", op_word(t.op), exact(t.value)),
    } + &within(t);
    let years = span_compact(t.kind.first_year(), t.kind.last_year());
    let evaluation = form == Form::Evaluation;
    let mut s = match t.kind {
        TargetKind::Level { at: Some(at) } => format!("{at} {value}"),
        TargetKind::Level { at: None } => format!("all {value}"),
        TargetKind::Maintain { .. } => format!("{years}{value}"),
        TargetKind::Rate { .. } if evaluation => format!("{value}/yr"),
        TargetKind::Rate { .. } => format!("{years}{value}/yr"),
        // Over the period: the evaluation's note gives the level it comes to.
        TargetKind::Change { .. } if evaluation => format!("change {value}"),
        TargetKind::Change { .. } => format!("{years}{value} in all"),
    };
    if let Some((d, v)) = split(t) {
        let _ = write!(s, " [{d}={v}]");
    }
    if t.strive {
        s.push_str(if evaluation { "*" } else { " strive" });
    }
    s
}

/// ` within 0.5 points`, ` within 5%`: the tolerance of an "about" target, when written.
fn within(t: &Target) -> String {
    match t.tolerance {
        Some(w) => match w.unit {
            RateUnit::Points => format!(" within {} points", exact(w.amount)),
            RateUnit::Percent => format!(" within {}%", exact(w.amount)),
        },
        None => String::new(),
    }
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
    use crate::model::{Ident, Milestone, Ref};
    use crate::source::Span;

    fn year(value: i32) -> Year {
        Year {
            value,
            span: Span::default(),
        }
    }

    /// `<= -0.5` of `kind`, nothing else said.
    fn target(kind: TargetKind) -> Target {
        Target::new(kind, Comparator::AtMost, -0.5)
    }

    fn ident(name: &str) -> Ident {
        Ident {
            name: name.into(),
            span: Span::default(),
        }
    }

    /// `t` in each form: plan text, a query's cell, the evaluation's table.
    fn in_each_form(t: &Target) -> [String; 3] {
        [Form::Plan, Form::Query, Form::Evaluation].map(|form| write(t, form))
    }

    #[test]
    fn each_form_writes_a_rate_its_own_way() {
        let rate = target(TargetKind::Rate {
            from: Some(year(2021)),
            until: Some(year(2030)),
            unit: RateUnit::Points,
        });
        assert_eq!(
            in_each_form(&rate),
            [
                "change per year <= -0.5 points from 2021 until 2030",
                "2021..2030 <= -0.5/yr",
                "<= -0.5/yr"
            ]
        );
    }

    #[test]
    fn splits_and_striving_are_marked_in_each_form() {
        let t = Target {
            op: Comparator::About,
            value: 2.0,
            strive: true,
            split: Some(Box::new((Ref::unresolved(ident("sex")), ident("female")))),
            ..target(TargetKind::Level {
                at: Some(Milestone::of_year(year(2025))),
            })
        };
        assert_eq!(
            in_each_form(&t),
            [
                "2025 ~ 2 where sex = female (strive)",
                "2025 about 2 [sex=female] strive",
                "2025 about 2 [sex=female]*"
            ]
        );
    }

    #[test]
    fn a_change_over_the_period_and_a_fall_every_year() {
        let change = Target {
            value: -50.0,
            ..target(TargetKind::Change {
                from: None,
                until: None,
                unit: RateUnit::Percent,
            })
        };
        assert_eq!(
            in_each_form(&change),
            [
                "change <= -50% over the period",
                "<= -50 in all",
                "change <= -50"
            ]
        );
        let fall = Target {
            op: Comparator::Below,
            value: 0.0,
            ..target(TargetKind::Rate {
                from: None,
                until: Some(year(2030)),
                unit: RateUnit::Points,
            })
        };
        assert_eq!(write(&fall, Form::Plan), "fall every year until 2030");
        let maintain = Target {
            value: 2.0,
            value_max: Some(3.0),
            ..target(TargetKind::Maintain {
                from: year(2021),
                until: year(2025),
            })
        };
        assert_eq!(
            in_each_form(&maintain),
            [
                "maintain 2 to 3 from 2021 until 2025",
                "2021..2025 2 to 3",
                "2021..2025 2 to 3"
            ]
        );
    }
}
