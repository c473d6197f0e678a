//! Targets.

use super::{measure, ticked, Words};
use crate::diagnostic::problem::{Said, Targets, UnitRange, ValueOf};
use crate::model::Direction;
use crate::numbers::exact;

pub(super) fn words(problem: &Targets) -> Words {
    match problem {
        Targets::NoTargets { measure: m } => Words::new(
            format!("{} has no target", measure(m)),
            "nothing to measure against",
            "add a target, e.g. `target 2025 >= 90`",
        ),
        Targets::YearOutsidePeriod {
            of,
            year,
            start,
            end,
        } => Words::new(
            format!(
                "{}: {year} is outside the plan period {start}..{end}",
                value_of(of)
            ),
            "outside the period",
            match of {
                ValueOf::TargetOf(_) if year > end => format!(
                    "use a year from {start} to {end}, correct the plan's `period`, or, for a vision after it (tầm nhìn), give the plan a horizon: `horizon {year}`"
                ),
                _ => format!("use a year from {start} to {end}, or correct the plan's `period`"),
            },
        ),
        Targets::YearBeyondHorizon { of, year, horizon } => Words::new(
            format!(
                "{}: {year} is after the plan's horizon {horizon}",
                value_of(of)
            ),
            "after the horizon",
            format!("use a year up to {horizon}, or correct the plan's `horizon`"),
        ),
        Targets::HorizonWithinPeriod {
            horizon,
            start,
            end,
        } => Words::new(
            format!("the horizon {horizon} is not after the plan period {start}..{end}"),
            format!("not after {end}"),
            format!("a horizon is the year a vision reaches after the period (`horizon 2045`): write a year after {end}, or remove it"),
        ),
        Targets::YearsBackwards {
            measure: m,
            from,
            until,
            until_span,
        } => Words::new(
            format!(
                "a target of {} runs from {from} until {until}, which ends before it starts",
                measure(m)
            ),
            "start",
            "write the earlier year after `from`",
        )
        .and(*until_span, "end"),
        Targets::ValuesBackwards { measure: m } => Words::new(
            format!("a target range of {} starts after it ends", measure(m)),
            "first value is the larger",
            "write the smaller value first: `2 to 3`",
        ),
        Targets::ValueOutOfRange { of, value, unit } => {
            let symbol = if unit.symbol.is_empty() {
                String::new()
            } else {
                format!(" {}", unit.symbol)
            };
            Words::new(
                format!(
                    "{} is {}{symbol}, outside the range of unit `{}` ({})",
                    value_of(of),
                    exact(*value),
                    unit.id,
                    range(unit)
                ),
                "out of range",
                format!(
                    "a value in `{}` lies {}: check the number or the unit",
                    unit.id,
                    range(unit)
                ),
            )
        }
        Targets::MilestoneRepeated {
            measure: m,
            year,
            first,
        } => Words::new(
            format!("{} has two targets for {}", measure(m), when(*year)),
            "second target",
            "keep one target per milestone; a later decision that changes a target belongs in an amendment",
        )
        .and(*first, "first target"),
        Targets::MilestoneOrder {
            measure: m,
            year,
            previous,
        } => Words::new(
            format!(
                "the {year} target of {} is written after the {previous} target",
                measure(m)
            ),
            "earlier milestone written later",
            "write targets in year order",
        ),
        Targets::ConflictingTargets {
            measure: m,
            year,
            first,
            second,
            first_span,
        } => Words::new(
            format!(
                "the document gives two targets for {} in {}: {} ({}) and {} ({})",
                measure(m),
                when(*year),
                said(first),
                first.reference,
                said(second),
                second.reference
            ),
            "second target",
            "if the document really says both, keep both: this warning records the contradiction; a later decision that changes a target belongs in an amendment",
        )
        .and(*first_span, "first target"),
        Targets::ToleranceWithoutAbout { op } => Words::new(
            format!(
                "`within` gives how near an \"about\" target must come, but this one asks for `{}` ({})",
                op.as_str(),
                op.meaning()
            ),
            "only `~` has a tolerance",
            "write `~` (khoảng) before the value for a target that is met near it, or leave out `within`",
        ),
        Targets::CumulativeNotFlow { measure: m } => Words::new(
            format!(
                "a target of {} asks for a total to date (`cumulative`), but it is not a flow",
                measure(m)
            ),
            "only a flow has a total to date",
            "write `flow` on the indicator if its values are amounts per period (revenue, spending), or leave out `cumulative`: a level is judged by its value at the milestone",
        ),
        Targets::ComparatorAgainstDirection {
            measure: m,
            direction,
            op,
        } => {
            let rise = op.leaning() == Some(Direction::Increase);
            Words::new(
                format!(
                    "{} should {}, but this target asks for `{}` ({})",
                    measure(m),
                    direction.as_str(),
                    op.as_str(),
                    op.meaning()
                ),
                format!("asks the value to {}", if rise { "rise" } else { "fall" }),
                match direction {
                    Direction::Decrease => "a decrease is usually `<` (dưới) or `<=` (xuống); check the comparator or the direction",
                    _ => "an increase is usually `>=` (đạt); check the comparator or the direction",
                },
            )
        }
        Targets::TargetAgainstDirection {
            measure: m,
            direction,
            early_year,
            early_value,
            late_year,
            late_value,
            early_span,
        } => Words::new(
            format!(
                "{} should {}, but its {late_year} target ({}) is {} its {early_year} target ({})",
                measure(m),
                direction.as_str(),
                exact(*late_value),
                if *direction == Direction::Increase {
                    "below"
                } else {
                    "above"
                },
                exact(*early_value)
            ),
            format!("{late_year} target"),
            "check both values against the document, and the indicator's direction; if the document sets them so (a budget line that dips), keep them: this warning records it",
        )
        .and(*early_span, format!("{early_year} target")),
        Targets::BaselineBeyondTarget {
            measure: m,
            baseline,
            baseline_year,
            year,
            op,
            target,
            target_span,
        } => {
            let when = year.map_or("whole-period".to_string(), |y| y.to_string());
            Words::new(
                format!(
                    "the baseline of {} ({} in {baseline_year}) already meets its {when} target ({} {})",
                    measure(m),
                    exact(*baseline),
                    op.as_str(),
                    exact(*target)
                ),
                "baseline",
                "a target the plan has already reached may be a typo; check both against the document",
            )
            .and(*target_span, "target")
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
        } => Words::new(
            format!(
                "{} maintains {} {} from {from}, but its {level_year} target is {} {}",
                measure(m),
                op.as_str(),
                exact(*value),
                level_op.as_str(),
                exact(*level_value)
            ),
            "maintained level",
            "a level kept from a milestone is usually the milestone's own target",
        )
        .and(*level_span, "milestone target"),
        Targets::SplitIncomplete {
            measure: m,
            year,
            dimension,
            missing,
        } => Words::new(
            format!(
                "{} splits its {} target by `{dimension}` but gives none for {}",
                measure(m),
                when(*year),
                ticked(missing)
            ),
            "split target",
            "give a target for every value, or a target without `where` for the rest",
        ),
    }
}

fn value_of(of: &ValueOf) -> String {
    match of {
        ValueOf::TargetOf(m) => format!("a target of {}", measure(m)),
        ValueOf::BaselineOf(m) => format!("the baseline of {}", measure(m)),
        ValueOf::Review(id) => format!("review `{id}`"),
        ValueOf::DeadlineOf(item) => {
            format!("the deadline of {}", super::declarations::item_words(item))
        }
    }
}

/// A milestone: its year, or the whole period.
fn when(year: Option<impl std::fmt::Display>) -> String {
    year.map_or("the whole period".to_string(), |y| y.to_string())
}

/// `>= 90`, `2 to 3`, with ` strive` for a target the document asks to strive for.
fn said(t: &Said) -> String {
    let cmp = match t.max {
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", t.op.as_str(), exact(t.value)),
    };
    let strive = if t.strive { " strive" } else { "" };
    format!("{cmp}{strive}")
}

/// `between 0 and 100`.
pub(super) fn range(u: &UnitRange) -> String {
    match (u.min, u.max) {
        (Some(a), Some(b)) => format!("between {} and {}", exact(a), exact(b)),
        (Some(a), None) => format!("at least {}", exact(a)),
        (None, Some(b)) => format!("at most {}", exact(b)),
        (None, None) => "any value".into(),
    }
}
