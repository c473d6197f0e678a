//! Building the series of values a target is judged on, for one measure in one area:
//! values reported for the area itself, or aggregated from the areas inside it as the plan
//! says (ARCHITECTURE.md, "Evaluation": a rate from counts sums numerators and denominators, never averages
//! rates), or derived from other measures' values for the area (a total of parts, a formula
//! over indicators: docs/language.md, "Derived indicators"). Every reader of a measure's values (the
//! evaluation, queries, `show`, `:explain`) reads them here, derived ones included.

use super::method::Point;
use super::period::Period;
use crate::data::store::{Entry, Series, Store};
use crate::model::{Aggregate, Counted, Formula, Measure, Model, Operand, Total};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// A series of one area with one disaggregation.
type GroupKey = (Series, u32, Box<[(u16, u16)]>);

/// The store grouped by (series, area, disaggregation), each group in period order; built
/// once per evaluation so looking a series up costs no scan of the store.
pub struct Index<'s> {
    groups: HashMap<GroupKey, BTreeMap<Period, &'s Entry>>,
    /// Children of each area, by index; after the model's areas, one place for each measure
    /// set for several areas, whose children are those areas (see [`scope`]).
    children: Vec<Vec<u32>>,
    /// The place of each measure set for several areas, by measure index.
    scopes: HashMap<u32, u32>,
}

mod scope;
pub use scope::OutOfScope;

/// One period's value, with how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// The period the value stands for.
    pub period: Period,
    /// The value, in the measure's unit.
    pub value: f64,
    /// How many areas inside the area gave data, of how many, when it was aggregated.
    pub from_areas: Option<(usize, usize)>,
    /// How the value was derived from other measures' values, when the data give none for
    /// the area (boxed: most values are not).
    pub derived: Option<Box<Derived>>,
}

/// A value derived from other values of the same area, period and disaggregation.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// A sum, or a ratio.
    pub how: Derivation,
    /// The values it was derived from: the parts of a total, in their order; a formula's
    /// numerator and denominator.
    pub operands: Vec<OperandValue>,
}

/// How a value is derived.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Derivation {
    /// `total of`: the sum of the parts' values, each in the total's unit.
    Total,
    /// `formula`: numerator / denominator × `factor`.
    Ratio {
        /// What the ratio is multiplied by.
        factor: f64,
    },
}

/// One value a derived value was made from.
#[derive(Clone, Debug, PartialEq)]
pub struct OperandValue {
    /// The measure's or data element's id, as the plan writes it (`12a`, `live_births`).
    pub id: String,
    /// Its value for the area and period, in its own unit.
    pub value: f64,
    /// What turns it into the derived measure's unit in a total (1 in the same unit, 0.001
    /// for a part in `trieu_dong` of a total in `ty_dong`); 1 in a formula.
    pub scale: f64,
}

/// The (measure, area) pairs whose values are being derived, outermost first: a measure met
/// again for the same area goes round (a cycle, reported by the checker), and derives
/// nothing more.
type Deriving = Vec<(u32, u32)>;

/// An operand of a formula over measures, ready to give its value in a period.
enum Source {
    /// A measure's values for the area, by period.
    Values(BTreeMap<Period, f64>),
    /// A data element (its index), counted for the area or summed over the areas inside.
    Element(u32),
    /// An operand that names nothing (reported): it has no value.
    Nothing,
}

impl<'s> Index<'s> {
    /// Groups the values of `store` by series, area and disaggregation, and learns the
    /// children of each area of `model`.
    pub fn new(model: &Model, store: &'s Store) -> Index<'s> {
        let mut groups: HashMap<_, BTreeMap<Period, &Entry>> = HashMap::default();
        for (key, entry) in &store.entries {
            groups
                .entry((key.series, key.area, key.disaggregation.clone()))
                .or_default()
                .insert(key.period, entry);
        }
        let mut children = vec![Vec::new(); model.areas.len()];
        for (i, area) in model.areas.values().enumerate() {
            if let Some(parent) = area.parent.as_ref().and_then(|p| p.id) {
                children[parent.index()].push(i as u32);
            }
        }
        let scopes = scope::virtual_areas(model, &mut children);
        Index {
            groups,
            children,
            scopes,
        }
    }

    /// For each measure whose data are given by a single dimension's value somewhere
    /// (`sex = female`), those (dimension, value) pairs in order: the disaggregated series a
    /// chart draws beside the whole. One pass over the groups, for every measure.
    pub fn disaggregations(&self) -> HashMap<u32, Vec<(u16, u16)>> {
        let mut found: HashMap<u32, Vec<(u16, u16)>> = HashMap::default();
        for (series, _, key) in self.groups.keys() {
            if let (Series::Measure(m), [pair]) = (series, &key[..]) {
                found.entry(*m).or_default().push(*pair);
            }
        }
        for pairs in found.values_mut() {
            pairs.sort_unstable();
            pairs.dedup();
        }
        found
    }

    fn direct(
        &self,
        series: Series,
        area: u32,
        disaggregation: &[(u16, u16)],
    ) -> Option<&BTreeMap<Period, &'s Entry>> {
        // An empty disaggregation (the usual case) allocates nothing.
        self.groups.get(&(series, area, Box::from(disaggregation)))
    }

    /// Counts of an element (or a measure's own numerator/denominator columns) at an area:
    /// reported for it, else summed over the areas inside it.
    fn count(&self, q: &Count<'_>, area: u32) -> Option<(f64, usize, usize)> {
        if let Some(v) = self.count_here(q, area) {
            return Some((v, 0, 0));
        }
        let children = &self.children[area as usize];
        if children.is_empty() {
            return None;
        }
        let mut total = 0.0;
        let mut given = 0;
        for &child in children {
            if let Some((v, _, _)) = self.count(q, child) {
                total += v;
                given += 1;
            }
        }
        (given > 0).then_some((total, given, children.len()))
    }

    /// Numerator and denominator of a formula at an area: both reported for the area, else
    /// summed over the areas inside that give both (a district with only one of the two
    /// would skew the rate). Also returns how many areas inside gave them, of how many.
    fn pair(
        &self,
        num: &Count<'_>,
        den: &Count<'_>,
        area: u32,
    ) -> Option<(f64, f64, usize, usize)> {
        let own = |q: &Count<'_>| self.count_here(q, area);
        if let (Some(n), Some(d)) = (own(num), own(den)) {
            return Some((n, d, 0, 0));
        }
        let children = &self.children[area as usize];
        let (mut n, mut d, mut given) = (0.0, 0.0, 0);
        for &child in children {
            if let Some((cn, cd, _, _)) = self.pair(num, den, child) {
                n += cn;
                d += cd;
                given += 1;
            }
        }
        (given > 0).then_some((n, d, given, children.len()))
    }

    /// A count reported for the area itself: the element's row, or the measure's own
    /// numerator or denominator column.
    fn count_here(&self, q: &Count<'_>, area: u32) -> Option<f64> {
        q.element
            .and_then(|e| self.direct(Series::Element(e), area, q.disaggregation))
            .and_then(|g| g.get(&q.period))
            .map(|e| e.value)
            .or_else(|| {
                let entry = self
                    .direct(Series::Measure(q.measure), area, q.disaggregation)?
                    .get(&q.period)?;
                match q.role {
                    Role::Numerator => entry.numerator,
                    Role::Denominator => entry.denominator,
                }
            })
    }

    /// The values of a measure at an area, in period order.
    pub fn values(
        &self,
        model: &Model,
        measure: u32,
        area: u32,
        disaggregation: &[(u16, u16)],
    ) -> Vec<Value> {
        self.values_in(model, measure, area, disaggregation, &mut Vec::new())
    }

    /// [`Index::values`], within the derivations under way (see [`Deriving`]).
    fn values_in(
        &self,
        model: &Model,
        measure: u32,
        area: u32,
        disaggregation: &[(u16, u16)],
        deriving: &mut Deriving,
    ) -> Vec<Value> {
        let mut out: BTreeMap<Period, Value> = BTreeMap::new();
        if let Some(group) = self.direct(Series::Measure(measure), area, disaggregation) {
            for (&period, entry) in group {
                out.insert(
                    period,
                    Value {
                        period,
                        value: entry.value,
                        from_areas: None,
                        derived: None,
                    },
                );
            }
        }
        let Some((_, m)) = model.measures.get_index(measure as usize) else {
            return out.into_values().collect();
        };
        // Periods the area or any area inside gave data for (the measure or its counts).
        let mut periods: Vec<Period> = Vec::new();
        let element_index =
            |o: &Operand| o.id.and_then(Counted::element).map(|id| id.index() as u32);
        // A formula over data elements; one that names a measure is derived below.
        let counts = m.formula.as_deref().filter(|f| !f.names_a_measure());
        let mut series_used = vec![Series::Measure(measure)];
        if let Some(f) = counts {
            series_used.extend(element_index(&f.numerator).map(Series::Element));
            series_used.extend(element_index(&f.denominator).map(Series::Element));
        }
        self.collect_periods(&series_used, area, disaggregation, &mut periods);
        periods.sort();
        periods.dedup();
        for period in periods {
            if out.contains_key(&period) {
                continue; // a value reported for the area itself wins
            }
            let value = match (counts, &m.aggregate) {
                (Some(f), _) => {
                    let count = |element, role| Count {
                        element,
                        measure,
                        role,
                        period,
                        disaggregation,
                    };
                    let num = count(element_index(&f.numerator), Role::Numerator);
                    let den = count(element_index(&f.denominator), Role::Denominator);
                    match self.pair(&num, &den, area) {
                        Some((n, d, given, of)) if d > 0.0 => Some(Value {
                            period,
                            value: n / d * f.factor,
                            from_areas: (of > 0).then_some((given, of)),
                            derived: None,
                        }),
                        _ => None,
                    }
                }
                // A formula over measures divides their values for the area (below).
                (None, _) if m.formula.is_some() => None,
                (None, Aggregate::None) => None,
                (None, how) => {
                    let at = (measure, area, period, disaggregation);
                    self.combine(model, at, how, deriving)
                }
            };
            if let Some(v) = value {
                out.insert(period, v);
            }
        }
        if m.is_derived() {
            let at = (measure, area, disaggregation);
            self.derive(model, m, at, &mut out, deriving);
        }
        out.into_values().collect()
    }

    /// Adds to `out` the values derived from other measures for the periods the data give
    /// none for: a total's sum of parts, a formula's ratio over measures.
    fn derive(
        &self,
        model: &Model,
        m: &Measure,
        (measure, area, disaggregation): (u32, u32, &[(u16, u16)]),
        out: &mut BTreeMap<Period, Value>,
        deriving: &mut Deriving,
    ) {
        if deriving.contains(&(measure, area)) {
            return;
        }
        deriving.push((measure, area));
        let at = (area, disaggregation);
        if let Some(total) = &m.total {
            self.sum_parts(model, m, total, at, out, deriving);
        } else if let Some(f) = &m.formula {
            self.ratio(model, measure, f, at, out, deriving);
        }
        deriving.pop();
    }

    /// A total's value in each period every part has one for: the sum of their values,
    /// each in the total's unit.
    fn sum_parts(
        &self,
        model: &Model,
        m: &Measure,
        total: &Total,
        (area, disaggregation): (u32, &[(u16, u16)]),
        out: &mut BTreeMap<Period, Value>,
        deriving: &mut Deriving,
    ) {
        // Parts in units that do not add up (reported) give no total.
        let Some(scales) = model.total_factors(m) else {
            return;
        };
        let mut parts = Vec::with_capacity(total.parts.len());
        for part in &total.parts {
            let Some(id) = part.id else { return };
            let values = self.values_in(model, id.index() as u32, area, disaggregation, deriving);
            let values: BTreeMap<Period, f64> =
                values.into_iter().map(|v| (v.period, v.value)).collect();
            parts.push((part.name.as_str(), values));
        }
        let Some((_, first)) = parts.first() else {
            return;
        };
        for &period in first.keys() {
            if out.contains_key(&period) {
                continue;
            }
            let operands: Option<Vec<OperandValue>> = parts
                .iter()
                .zip(&scales)
                .map(|((id, values), &scale)| {
                    Some(OperandValue {
                        id: id.to_string(),
                        value: *values.get(&period)?,
                        scale,
                    })
                })
                .collect();
            let Some(operands) = operands else { continue };
            let value = operands.iter().map(|o| o.value * o.scale).sum();
            let how = Derivation::Total;
            out.insert(period, derived(period, value, how, operands));
        }
    }

    /// A formula over measures: numerator / denominator × factor in each period a measure
    /// it names has a value for, when the other operand has one too and the denominator is
    /// above zero. A measure's value is its own for the area (aggregated by its own rules);
    /// a data element's is counted for the area, else summed over the areas inside it.
    fn ratio(
        &self,
        model: &Model,
        measure: u32,
        f: &Formula,
        (area, disaggregation): (u32, &[(u16, u16)]),
        out: &mut BTreeMap<Period, Value>,
        deriving: &mut Deriving,
    ) {
        let mut source = |o: &Operand| match o.id {
            Some(Counted::Measure(id)) => {
                let values =
                    self.values_in(model, id.index() as u32, area, disaggregation, deriving);
                Source::Values(values.into_iter().map(|v| (v.period, v.value)).collect())
            }
            Some(Counted::Element(id)) => Source::Element(id.index() as u32),
            None => Source::Nothing,
        };
        let (num, den) = (source(&f.numerator), source(&f.denominator));
        let mut periods: Vec<Period> = [&num, &den]
            .into_iter()
            .flat_map(|s| match s {
                Source::Values(values) => values.keys().copied().collect(),
                Source::Element(_) | Source::Nothing => Vec::new(),
            })
            .collect();
        periods.sort();
        periods.dedup();
        let value = |s: &Source, role, period| match s {
            Source::Values(values) => values.get(&period).copied(),
            Source::Element(e) => {
                let q = Count {
                    element: Some(*e),
                    measure,
                    role,
                    period,
                    disaggregation,
                };
                self.count(&q, area).map(|(v, _, _)| v)
            }
            Source::Nothing => None,
        };
        for period in periods {
            if out.contains_key(&period) {
                continue;
            }
            let n = value(&num, Role::Numerator, period);
            let d = value(&den, Role::Denominator, period);
            let (Some(n), Some(d)) = (n, d) else { continue };
            if d <= 0.0 {
                continue;
            }
            let operand = |o: &Operand, value| OperandValue {
                id: o.name.clone(),
                value,
                scale: 1.0,
            };
            let operands = vec![operand(&f.numerator, n), operand(&f.denominator, d)];
            let how = Derivation::Ratio { factor: f.factor };
            out.insert(period, derived(period, n / d * f.factor, how, operands));
        }
    }

    fn collect_periods(
        &self,
        series: &[Series],
        area: u32,
        disaggregation: &[(u16, u16)],
        out: &mut Vec<Period>,
    ) {
        for &s in series {
            if let Some(g) = self.direct(s, area, disaggregation) {
                out.extend(g.keys().copied());
            }
        }
        for &child in &self.children[area as usize] {
            self.collect_periods(series, child, disaggregation, out);
        }
    }

    /// Sum, mean or weighted mean of the values of the areas directly inside `area`.
    fn combine(
        &self,
        model: &Model,
        (measure, area, period, disaggregation): (u32, u32, Period, &[(u16, u16)]),
        how: &Aggregate,
        deriving: &mut Deriving,
    ) -> Option<Value> {
        let children = &self.children[area as usize];
        let mut pairs: Vec<(f64, f64)> = Vec::new();
        for &child in children {
            let value = self
                .values_in(model, measure, child, disaggregation, deriving)
                .into_iter()
                .find(|v| v.period == period);
            let Some(value) = value else { continue };
            let weight = match how {
                Aggregate::Weighted(by) => {
                    let e = by.id?.index() as u32;
                    let weight = Count {
                        element: Some(e),
                        measure,
                        role: Role::Denominator,
                        period,
                        disaggregation: &[],
                    };
                    match self.count(&weight, child) {
                        Some((w, _, _)) => w,
                        None => continue,
                    }
                }
                _ => 1.0,
            };
            pairs.push((value.value, weight));
        }
        if pairs.is_empty() {
            return None;
        }
        let value = match how {
            Aggregate::Sum => pairs.iter().map(|(v, _)| v).sum(),
            _ => {
                let weights: f64 = pairs.iter().map(|(_, w)| w).sum();
                if weights <= 0.0 {
                    return None;
                }
                pairs.iter().map(|(v, w)| v * w).sum::<f64>() / weights
            }
        };
        Some(Value {
            period,
            value,
            from_areas: Some((pairs.len(), children.len())),
            derived: None,
        })
    }
}

/// A value derived from `operands`.
fn derived(period: Period, value: f64, how: Derivation, operands: Vec<OperandValue>) -> Value {
    Value {
        period,
        value,
        from_areas: None,
        derived: Some(Box::new(Derived { how, operands })),
    }
}

/// Which count to find: an element's, or a measure's own numerator or denominator column.
#[derive(Copy, Clone)]
struct Count<'a> {
    element: Option<u32>,
    measure: u32,
    role: Role,
    period: Period,
    disaggregation: &'a [(u16, u16)],
}

#[derive(Copy, Clone)]
enum Role {
    Numerator,
    Denominator,
}

/// The values as points for the judge.
pub fn points(values: &[Value]) -> Vec<Point> {
    values
        .iter()
        .map(|v| Point {
            period: v.period,
            value: v.value,
        })
        .collect()
}
