//! Targets.

use super::declarations::item_words;
use super::{measure, number, ticked, Entry, Words};
use crate::diagnostic::problem::{Said, Targets, UnitRange, ValueOf};
use crate::i18n::Lang;
use crate::model::{Comparator, Direction};
use crate::numbers::exact;

pub(super) fn words(problem: &Targets, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    match problem {
        Targets::NoTargets { measure: m } => entry("diag-no-targets")
            .arg("measure", measure(m, lang))
            .words(),
        Targets::YearOutsidePeriod {
            of,
            year,
            start,
            end,
        } => {
            let e = entry("diag-year-outside-period")
                .arg("of", value_of(of, lang))
                .arg("year", year.to_string())
                .arg("start", start.to_string())
                .arg("end", end.to_string());
            match of {
                ValueOf::TargetOf(_) if year > end => e.words().helped(e.attr("help-horizon")),
                _ => e.words(),
            }
        }
        Targets::YearBeyondHorizon { of, year, horizon } => entry("diag-year-beyond-horizon")
            .arg("of", value_of(of, lang))
            .arg("year", year.to_string())
            .arg("horizon", horizon.to_string())
            .words(),
        Targets::HorizonWithinPeriod {
            horizon,
            start,
            end,
        } => entry("diag-horizon-within-period")
            .arg("horizon", horizon.to_string())
            .arg("start", start.to_string())
            .arg("end", end.to_string())
            .words(),
        Targets::YearsBackwards {
            measure: m,
            from,
            until,
            until_span,
        } => {
            let e = entry("diag-years-backwards")
                .arg("measure", measure(m, lang))
                .arg("from", from.to_string())
                .arg("until", until.to_string());
            e.words().and(*until_span, e.attr("end"))
        }
        Targets::ValuesBackwards { measure: m } => entry("diag-values-backwards")
            .arg("measure", measure(m, lang))
            .words(),
        Targets::ValueOutOfRange { of, value, unit } => {
            let value = number(*value, lang);
            let written = if unit.symbol.is_empty() {
                value
            } else {
                format!("{value} {}", unit.symbol)
            };
            entry("diag-value-out-of-range")
                .arg("of", value_of(of, lang))
                .arg("value", written)
                .arg("unit", unit.id.as_str())
                .arg("range", range(unit, lang))
                .words()
        }
        Targets::MilestoneRepeated {
            measure: m,
            year,
            first,
        } => {
            let e = entry("diag-milestone-repeated")
                .arg("measure", measure(m, lang))
                .arg("year", year_or_none(*year));
            e.words().and(*first, e.attr("first"))
        }
        Targets::MilestoneOrder {
            measure: m,
            year,
            previous,
        } => entry("diag-milestone-order")
            .arg("measure", measure(m, lang))
            .arg("year", year.to_string())
            .arg("previous", previous.to_string())
            .words(),
        Targets::ConflictingTargets {
            measure: m,
            year,
            first,
            second,
            first_span,
        } => {
            let e = entry("diag-conflicting-targets")
                .arg("measure", measure(m, lang))
                .arg("year", year_or_none(*year))
                .arg("first", said(first))
                .arg("first_ref", first.reference.as_str())
                .arg("second", said(second))
                .arg("second_ref", second.reference.as_str());
            e.words().and(*first_span, e.attr("first"))
        }
        Targets::ToleranceWithoutAbout { op } => entry("diag-tolerance-without-about")
            .arg("op", op.as_str())
            .arg("meaning", comparator(*op, lang))
            .words(),
        Targets::CumulativeNotFlow { measure: m } => entry("diag-cumulative-not-flow")
            .arg("measure", measure(m, lang))
            .words(),
        Targets::ComparatorAgainstDirection {
            measure: m,
            direction,
            op,
        } => {
            let rise = op.leaning() == Some(Direction::Increase);
            entry("diag-comparator-against-direction")
                .arg("measure", measure(m, lang))
                .arg("direction", direction.as_str())
                .arg("op", op.as_str())
                .arg("meaning", comparator(*op, lang))
                .arg("asks", if rise { "rise" } else { "fall" })
                .words()
        }
        Targets::TargetAgainstDirection {
            measure: m,
            direction,
            early_year,
            early_value,
            late_year,
            late_value,
            early_span,
        } => {
            let e = entry("diag-target-against-direction")
                .arg("measure", measure(m, lang))
                .arg("direction", direction.as_str())
                .arg("late_year", late_year.to_string())
                .arg("late_value", number(*late_value, lang))
                .arg("early_year", early_year.to_string())
                .arg("early_value", number(*early_value, lang));
            e.words().and(*early_span, e.attr("early"))
        }
        Targets::BaselineBeyondTarget {
            measure: m,
            baseline,
            baseline_year,
            year,
            op,
            target,
            target_span,
        } => {
            let e = entry("diag-baseline-beyond-target")
                .arg("measure", measure(m, lang))
                .arg("baseline", number(*baseline, lang))
                .arg("baseline_year", baseline_year.to_string())
                .arg("year", year_or_none(*year))
                .arg("op", op.as_str())
                .arg("target", number(*target, lang));
            e.words().and(*target_span, e.attr("target"))
        }
        Targets::MaintainMismatch {
            measure: m,
            op,
            value,
            from,
            level_year,
            level_op,
            level_value,
            level_span,
        } => {
            let e = entry("diag-maintain-mismatch")
                .arg("measure", measure(m, lang))
                .arg("op", op.as_str())
                .arg("value", number(*value, lang))
                .arg("from", from.to_string())
                .arg("level_year", level_year.to_string())
                .arg("level_op", level_op.as_str())
                .arg("level_value", number(*level_value, lang));
            e.words().and(*level_span, e.attr("milestone"))
        }
        Targets::SplitIncomplete {
            measure: m,
            year,
            dimension,
            missing,
        } => entry("diag-split-incomplete")
            .arg("measure", measure(m, lang))
            .arg("year", year_or_none(*year))
            .arg("dimension", dimension.as_str())
            .arg("missing", ticked(missing))
            .words(),
    }
}

fn value_of(of: &ValueOf, lang: Lang) -> String {
    let (id, what) = match of {
        ValueOf::TargetOf(m) => ("diag-of-target", measure(m, lang)),
        ValueOf::BaselineOf(m) => ("diag-of-baseline", measure(m, lang)),
        ValueOf::Review(id) => ("diag-of-review", id.clone()),
        ValueOf::DeadlineOf(item) => ("diag-of-deadline", item_words(item, lang)),
    };
    lang.text_with(id, &[("what", what.into())])
}

/// A milestone's year as the catalogue selects on it: the year, or `none` for a target of
/// the whole period.
fn year_or_none(year: Option<impl std::fmt::Display>) -> String {
    year.map_or("none".to_string(), |y| y.to_string())
}

/// A comparison in words: `at least`, `tối thiểu`.
fn comparator(op: Comparator, lang: Lang) -> String {
    lang.text(&format!("diag-comparator-{}", op.name()))
}

/// `>= 90`, `2 to 3`, with ` strive` for a target the document asks to strive for: plan
/// text, the same in every language.
fn said(t: &Said) -> String {
    let cmp = match t.max {
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", t.op.as_str(), exact(t.value)),
    };
    let strive = if t.strive { " strive" } else { "" };
    format!("{cmp}{strive}")
}

/// The values a unit admits: `between 0 and 100`.
pub(super) fn range(u: &UnitRange, lang: Lang) -> String {
    let n = |v: f64| number(v, lang).into();
    match (u.min, u.max) {
        (Some(a), Some(b)) => lang.text_with("diag-range-between", &[("min", n(a)), ("max", n(b))]),
        (Some(a), None) => lang.text_with("diag-range-at-least", &[("min", n(a))]),
        (None, Some(b)) => lang.text_with("diag-range-at-most", &[("max", n(b))]),
        (None, None) => lang.text("diag-range-any"),
    }
}
