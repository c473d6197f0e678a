//! Building the series of values a target is judged on, for one measure in one area:
//! values reported for the area itself, or aggregated from the areas inside it as the plan
//! says (ARCHITECTURE.md, "Evaluation": a rate from counts sums numerators and denominators, never averages
//! rates).

use super::method::Point;
use super::period::Period;
use crate::data::store::{Entry, Series, Store};
use crate::model::{Aggregate, Element, Model, Ref};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// A series of one area with one disaggregation.
type GroupKey = (Series, u32, Box<[(u16, u16)]>);

/// The store grouped by (series, area, disaggregation), each group in period order; built
/// once per evaluation so looking a series up costs no scan of the store.
pub struct Index<'s> {
    groups: HashMap<GroupKey, BTreeMap<Period, &'s Entry>>,
    /// Children of each area, by index.
    children: Vec<Vec<u32>>,
}

/// One period's value, with how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// The period the value stands for.
    pub period: Period,
    /// The value, in the measure's unit.
    pub value: f64,
    /// How many areas inside the area gave data, of how many, when it was aggregated.
    pub from_areas: Option<(usize, usize)>,
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
        Index { groups, children }
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
        let mut out: BTreeMap<Period, Value> = BTreeMap::new();
        if let Some(group) = self.direct(Series::Measure(measure), area, disaggregation) {
            for (&period, entry) in group {
                out.insert(
                    period,
                    Value {
                        period,
                        value: entry.value,
                        from_areas: None,
                    },
                );
            }
        }
        let Some((_, m)) = model.measures.get_index(measure as usize) else {
            return out.into_values().collect();
        };
        // Periods the area or any area inside gave data for (the measure or its counts).
        let mut periods: Vec<Period> = Vec::new();
        let element_index = |r: &Ref<Element>| r.id.map(|id| id.index() as u32);
        let mut series_used = vec![Series::Measure(measure)];
        if let Some(f) = &m.formula {
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
            let value = match (&m.formula, &m.aggregate) {
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
                        }),
                        _ => None,
                    }
                }
                (None, Aggregate::None) => None,
                (None, how) => self.combine(model, measure, how, area, period, disaggregation),
            };
            if let Some(v) = value {
                out.insert(period, v);
            }
        }
        out.into_values().collect()
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
        measure: u32,
        how: &Aggregate,
        area: u32,
        period: Period,
        disaggregation: &[(u16, u16)],
    ) -> Option<Value> {
        let children = &self.children[area as usize];
        let mut pairs: Vec<(f64, f64)> = Vec::new();
        for &child in children {
            let value = self
                .values(model, measure, child, disaggregation)
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
        })
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
