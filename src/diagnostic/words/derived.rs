//! Measures computed from others: totals of parts and formulas over indicators.

use super::{measure, Words};
use crate::diagnostic::problem::Derivations;
use crate::model::Comparator;
use crate::numbers::exact;

pub(super) fn words(problem: &Derivations) -> Words {
    match problem {
        Derivations::AmbiguousOperand {
            name,
            element,
            measure,
        } => Words::new(
            format!("`{name}` is both a data element and an indicator or part, so the formula could mean either"),
            "names both",
            "give the data element or the indicator another id: a formula's operand names one of them",
        )
        .and(*element, "the data element")
        .and(*measure, "the indicator or part"),
        Derivations::TotalWithFormula {
            measure: m,
            formula,
        } => Words::new(
            format!("{} is both a total of parts and a formula", measure(m)),
            "a second way to compute it",
            "keep one: `total of` adds parts up, `formula` divides one value by another",
        )
        .and(*formula, "its formula"),
        Derivations::Cycle { path } => Words::new(
            format!("indicators are computed from each other: {}", path.join(" → ")),
            "this goes round",
            "one of them must come from the data: remove the `total of` or `formula` that leads back",
        ),
        Derivations::PartRepeated {
            measure: m,
            part,
            first,
        } => Words::new(
            format!("{} names `{part}` twice in its `total of`", measure(m)),
            "named again",
            format!("a part is counted once: remove the second `{part}`"),
        )
        .and(*first, "first named here"),
        Derivations::NegativeTolerance { amount } => Words::new(
            format!(
                "`within {}` gives an amount below zero",
                exact(*amount)
            ),
            "below zero",
            format!(
                "a tolerance is how far a value may be, never less than nothing: write `within {}`",
                exact(amount.abs())
            ),
        ),
        Derivations::UnitMismatch {
            measure: m,
            unit,
            part,
            part_unit,
        } => Words::new(
            format!(
                "{} is a total in `{unit}`, but `{part}` is in `{part_unit}`, which does not add up with it",
                measure(m)
            ),
            format!("`{part}` is in `{part_unit}`"),
            format!("a total adds up indicators or parts in its own unit, or in a multiple of the same unit (`unit trieu_dong \"triệu đồng\" = 1000000 dong` beside `unit ty_dong \"tỷ đồng\" = 1000 trieu_dong`); give `{part}` the unit `{unit}`, or leave it out of the total"),
        ),
        Derivations::TargetUnmet {
            measure: m,
            year,
            op,
            value,
            sum,
            strict,
            parts,
        } => {
            let more = match (strict, op) {
                (false, _) => "",
                (true, Comparator::AtMost | Comparator::Below) => "less than ",
                (true, _) => "more than ",
            };
            Words::new(
                format!(
                    "the {year} targets of the parts of {} ({}) add up to {more}{}, which does not meet its own {year} target {} {}",
                    measure(m),
                    parts.join(", "),
                    exact(*sum),
                    op.as_str(),
                    exact(*value)
                ),
                "not met by its parts' targets",
                "every part may reach its target while the total misses its own: check the figures against the document; if the document sets them so (a total rounded apart from its parts, \"trên\" beside a sum that is exact), keep them: this warning records it",
            )
        }
    }
}
