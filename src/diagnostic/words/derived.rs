//! Measures computed from others: totals of parts and formulas over indicators.

use super::{measure, number, Entry, Words};
use crate::diagnostic::problem::Derivations;
use crate::i18n::Lang;
use crate::model::Comparator;
use crate::numbers::exact;

pub(super) fn words(problem: &Derivations, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    match problem {
        Derivations::AmbiguousOperand {
            name,
            element,
            measure,
        } => {
            let e = entry("diag-ambiguous-operand").arg("name", name.as_str());
            e.words()
                .and(*element, e.attr("element"))
                .and(*measure, e.attr("measure"))
        }
        Derivations::TotalWithFormula {
            measure: m,
            formula,
        } => {
            let e = entry("diag-total-with-formula").arg("measure", measure(m, lang));
            e.words().and(*formula, e.attr("formula"))
        }
        Derivations::Cycle { path } => entry("diag-derivation-cycle")
            .arg("path", path.join(" → "))
            .words(),
        Derivations::PartRepeated {
            measure: m,
            part,
            first,
        } => {
            let e = entry("diag-total-part-repeated")
                .arg("measure", measure(m, lang))
                .arg("part", part.as_str());
            e.words().and(*first, e.attr("first"))
        }
        // The amounts are plan text (`within -0.5`), written as the plan writes them.
        Derivations::NegativeTolerance { amount } => entry("diag-negative-tolerance")
            .arg("amount", exact(*amount))
            .arg("positive", exact(amount.abs()))
            .words(),
        Derivations::UnitMismatch {
            measure: m,
            unit,
            part,
            part_unit,
        } => entry("diag-total-unit-mismatch")
            .arg("measure", measure(m, lang))
            .arg("unit", unit.as_str())
            .arg("part", part.as_str())
            .arg("part_unit", part_unit.as_str())
            .words(),
        Derivations::TargetUnmet {
            measure: m,
            year,
            op,
            value,
            sum,
            strict,
            parts,
        } => {
            let bound = match (strict, op) {
                (false, _) => "exact",
                (true, Comparator::AtMost | Comparator::Below) => "less",
                (true, _) => "more",
            };
            entry("diag-total-target-unmet")
                .arg("year", year.to_string())
                .arg("measure", measure(m, lang))
                .arg("parts", parts.join(", "))
                .arg("bound", bound)
                .arg("sum", number(*sum, lang))
                .arg("op", op.as_str())
                .arg("value", number(*value, lang))
                .words()
        }
    }
}
