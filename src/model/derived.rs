//! Measures computed from other measures: a total of parts (`total of 12a, 12b, 12c`), and a
//! formula whose operands name indicators or parts (`formula 12a / 12 * 100`) as well as
//! data elements.

use super::{Element, Id, Measure, Model, Ref, Tolerance};
use crate::source::Span;

/// `total of 12a, 12b, 12c within 0.5 points`: the measure is the sum of other measures.
/// Where the data give no value of it, its value is the sum of its parts' values (when each
/// has one); where they give it and every part, they must add up (docs/language.md, "Derived
/// indicators").
#[derive(Clone, Debug)]
pub struct Total {
    /// The measures added up, as written and linked, in written order.
    pub parts: Vec<Ref<Measure>>,
    /// How far data that give the total and every part may be from adding up: `points` of
    /// the total's unit, or `percent` of the sum of the parts. `None` for the default: the
    /// rounding of the figures given (see [`rounding_allowance`]).
    pub tolerance: Option<Tolerance>,
    /// The whole `total of` field.
    pub span: Span,
}

/// What a formula's operand names: a data element, or a measure (an indicator without
/// parts, or a part).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Counted {
    /// A data element (`live_births`): counts reported for an area, or summed over the
    /// areas inside it.
    Element(Id<Element>),
    /// An indicator or part (`12`, `population`): its value for the area, by its own rules.
    Measure(Id<Measure>),
}

/// A formula's operand: the name written and, once linked, the data element or measure it
/// names.
pub type Operand = Ref<Counted, Counted>;

impl Counted {
    /// The data element named, if it is one.
    pub fn element(self) -> Option<Id<Element>> {
        match self {
            Counted::Element(e) => Some(e),
            Counted::Measure(_) => None,
        }
    }

    /// The measure named, if it is one.
    pub fn measure(self) -> Option<Id<Measure>> {
        match self {
            Counted::Measure(m) => Some(m),
            Counted::Element(_) => None,
        }
    }
}

impl super::Formula {
    /// Whether an operand names a measure: the formula's value is then derived from those
    /// measures' values for the area (each aggregated by its own rules), not from counts
    /// summed over the areas inside it.
    pub fn names_a_measure(&self) -> bool {
        [&self.numerator, &self.denominator]
            .iter()
            .any(|o| o.id.and_then(Counted::measure).is_some())
    }
}

impl Measure {
    /// The measures this one is computed from: the parts of its total, and the measures its
    /// formula names (linked ones only).
    pub fn derived_from(&self) -> impl Iterator<Item = Id<Measure>> + '_ {
        let parts = self
            .total
            .iter()
            .flat_map(|t| t.parts.iter().filter_map(|p| p.id));
        let operands = self.formula.iter().flat_map(|f| {
            [&f.numerator, &f.denominator]
                .into_iter()
                .filter_map(|o| o.id.and_then(Counted::measure))
        });
        parts.chain(operands)
    }

    /// Whether its values may be derived from other measures'.
    pub fn is_derived(&self) -> bool {
        self.total.is_some() || self.formula.as_ref().is_some_and(|f| f.names_a_measure())
    }
}

impl Model {
    /// For a measure with a total, the factor that turns each part's values into the
    /// total's unit, in the order of the parts: 1 for the same unit, 0.001 for a part in
    /// `trieu_dong` of a total in `ty_dong` (`unit ty_dong "tỷ đồng" = 1000 trieu_dong`).
    /// `None` when it has no total, or when a part names nothing, or when the total's or a
    /// part's unit is unknown or not a multiple of the same unit (the checker reports it:
    /// such parts do not add up).
    pub fn total_factors(&self, measure: &Measure) -> Option<Vec<f64>> {
        let total = measure.total.as_ref()?;
        let root = |m: &Measure| {
            let unit = m.unit.as_ref()?.unit.as_deref()?;
            self.unit_root(unit)
        };
        let (own_root, own_factor) = root(measure)?;
        total
            .parts
            .iter()
            .map(|p| {
                let (part_root, part_factor) = root(self.at(p.id?)?)?;
                (part_root == own_root).then_some(part_factor / own_factor)
            })
            .collect()
    }
}

/// How far apart a total and the sum of its parts may be when the plan writes no
/// tolerance: the most the rounding of the figures as given explains. A figure given to d
/// decimals (`120.5`: 1, `80`: 0) may be off by half a unit of its last decimal (0.05,
/// 0.5); the total and the sum may differ by the half units of all of them, each in the
/// total's unit (`factors`, as [`Model::total_factors`] gives them, for the parts). Figures
/// are read as their shortest decimal form, so `80.0` counts as `80`.
///
/// Parts 120.5, 80 and 49.5 of a total of 250.6: 0.05 + 0.5 + 0.05 + 0.05 = 0.65.
pub fn rounding_allowance(total: f64, parts: &[f64], factors: &[f64]) -> f64 {
    let half_unit = |v: f64| 0.5 * 10f64.powi(-(decimals(v) as i32));
    let of_parts: f64 = parts
        .iter()
        .zip(factors)
        .map(|(&v, &f)| half_unit(v) * f.abs())
        .sum();
    half_unit(total) + of_parts
}

/// The digits after the point in the shortest decimal form of `v` (Rust's `Display`,
/// which never uses an exponent), at most 17.
fn decimals(v: f64) -> usize {
    if !v.is_finite() {
        return 0;
    }
    let text = v.to_string();
    text.split_once('.').map_or(0, |(_, d)| d.len().min(17))
}

/// Whether a total and the sum of its parts add up: within the tolerance written (in
/// points, or in percent of the sum), else within [`rounding_allowance`]. Also returns how
/// far apart they may be. A relative 10⁻⁹ is allowed beyond either, for the binary
/// arithmetic of decimal figures.
pub fn adds_up(
    total: f64,
    sum: f64,
    tolerance: Option<Tolerance>,
    parts: &[f64],
    factors: &[f64],
) -> (bool, f64) {
    let allowed = match tolerance {
        Some(t) => t.around(sum),
        None => rounding_allowance(total, parts, factors),
    };
    let noise = 1e-9 * total.abs().max(sum.abs());
    ((total - sum).abs() <= allowed + noise, allowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RateUnit;

    #[test]
    fn the_rounding_of_the_figures_given_is_allowed() {
        // 0.05 (250.6) + 0.05 (120.5) + 0.5 (80) + 0.05 (49.5)
        let allowed = rounding_allowance(250.6, &[120.5, 80.0, 49.5], &[1.0; 3]);
        assert!((allowed - 0.65).abs() < 1e-12, "{allowed}");
        // Whole numbers: half a unit each, 0.5 × 4.
        assert_eq!(
            rounding_allowance(250.0, &[120.0, 80.0, 50.0], &[1.0; 3]),
            2.0
        );
        // Parts in trieu_dong of a total in ty_dong: half a trieu_dong is 0.0005 ty_dong.
        let allowed = rounding_allowance(1.5, &[700.0, 800.0], &[0.001; 2]);
        assert!(
            (allowed - (0.05 + 0.0005 + 0.0005)).abs() < 1e-12,
            "{allowed}"
        );
    }

    #[test]
    fn parts_that_add_up_and_parts_that_do_not() {
        // 120.5 + 80 + 49.5 = 250 exactly.
        let parts = [120.5, 80.0, 49.5];
        let sum: f64 = parts.iter().sum();
        assert_eq!(sum, 250.0);
        assert!(adds_up(250.0, sum, None, &parts, &[1.0; 3]).0);
        // 250.6 is 0.6 off, within the 0.65 the rounding allows; 250.8 is 0.8 off, beyond
        // it. A whole total, 251, may be off by half a unit itself: 0.5 + 0.6 = 1.1 allowed,
        // and it is 1 off; 252 is 2 off.
        assert!(adds_up(250.6, sum, None, &parts, &[1.0; 3]).0);
        assert!(!adds_up(250.8, sum, None, &parts, &[1.0; 3]).0);
        let (ok, allowed) = adds_up(251.0, sum, None, &parts, &[1.0; 3]);
        assert!(ok && (allowed - 1.1).abs() < 1e-12, "{allowed}");
        assert!(!adds_up(252.0, sum, None, &parts, &[1.0; 3]).0);
        // Within 0.5 percent of the sum 250 is 1.25: 252 is 2 off (0.8 %), beyond it;
        // 251.25 is just within.
        let half_percent = Some(Tolerance {
            amount: 0.5,
            unit: RateUnit::Percent,
        });
        let (ok, allowed) = adds_up(252.0, sum, half_percent, &parts, &[1.0; 3]);
        assert!(!ok);
        assert_eq!(allowed, 1.25);
        assert!(adds_up(251.25, sum, half_percent, &parts, &[1.0; 3]).0);
        // Within 2 points: 252 is exactly 2 off, which is within.
        let two_points = Some(Tolerance {
            amount: 2.0,
            unit: RateUnit::Points,
        });
        assert_eq!(
            adds_up(252.0, sum, two_points, &parts, &[1.0; 3]),
            (true, 2.0)
        );
        assert!(!adds_up(252.1, sum, two_points, &parts, &[1.0; 3]).0);
    }

    #[test]
    fn decimal_figures_add_up_despite_binary_arithmetic() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary: still 0.3, even with no tolerance
        // to spare (0.05 × 3 is allowed, but a zero tolerance is written here).
        let exact = Some(Tolerance {
            amount: 0.0,
            unit: RateUnit::Points,
        });
        assert!(adds_up(0.3, 0.1 + 0.2, exact, &[0.1, 0.2], &[1.0; 2]).0);
        assert!(!adds_up(0.31, 0.1 + 0.2, exact, &[0.1, 0.2], &[1.0; 2]).0);
    }
}
