//! What queries read besides the plan: the evaluation of the data as of a date, and the
//! series of each measure. Computed once when the plan, the data or the date change, so that
//! a query only filters and sorts rows.

use crate::data::DataSet;
use crate::date::Date;
use crate::eval::evaluate::{evaluate, Evaluation, TargetResult};
use crate::eval::series::{Index, Value};
use crate::model::{Measure, Model, Target};

/// The evaluation and the series of one plan, its data and a date: what every query on
/// them reads, computed once.
pub struct Facts {
    /// The date statuses are judged as of: data for periods ended by then count.
    pub as_of: Date,
    /// `None` when the plan cannot be evaluated (no period, no area): `eval_error` says why.
    pub evaluation: Option<Evaluation>,
    /// Why the plan cannot be evaluated, in words (`:errors` prints it); `None` when it
    /// was.
    pub eval_error: Option<String>,
    /// The values of each measure at the evaluated area, by measure index, in time order.
    pub series: Vec<Vec<Value>>,
    /// For each measure, for each of its targets, the index of its result in the evaluation.
    results: Vec<Vec<Option<usize>>>,
}

impl Facts {
    /// Evaluates the plan's data as of `as_of`, and gathers each measure's values at the
    /// evaluated area in time order.
    pub fn new(model: &Model, data: &DataSet, as_of: Date) -> Facts {
        let (evaluation, eval_error) = match evaluate(model, data, as_of) {
            Ok(e) => (Some(e), None),
            Err(e) => (None, Some(e.to_string())),
        };
        let mut series = vec![Vec::new(); model.measures.len()];
        let mut results = vec![Vec::new(); model.measures.len()];
        if let Some(e) = &evaluation {
            let area = model.areas.get_index_of(&e.area).unwrap_or(0) as u32;
            let index = Index::new(model, &data.store);
            for (i, measure) in model.measures.values().enumerate() {
                let mut values = index.values(model, i as u32, area, &[]);
                // The judge orders periods on its time axis (a first half-year stands half a
                // year before its year), so "latest" here is the latest it judged.
                values.sort_by(|a, b| a.period.time().total_cmp(&b.period.time()));
                series[i] = values;
                // Results follow the measures and their targets in order: one pass pairs them.
                results[i] = measure
                    .targets
                    .iter()
                    .map(|t| {
                        e.results
                            .iter()
                            .position(|r| r.indicator == measure.id && same_target(r, t))
                    })
                    .collect();
            }
        }
        Facts {
            as_of,
            evaluation,
            eval_error,
            series,
            results,
        }
    }

    /// The evaluation's result for target `t` (by index) of the measure at `measure`.
    pub fn result(&self, measure: usize, t: usize) -> Option<&TargetResult> {
        let i = (*self.results.get(measure)?.get(t)?)?;
        self.evaluation.as_ref()?.results.get(i)
    }

    /// The values of a measure counted as of the date (periods that have ended).
    pub fn values_as_of(&self, measure: usize) -> impl Iterator<Item = &Value> {
        let as_of = self.as_of;
        self.series
            .get(measure)
            .into_iter()
            .flatten()
            .filter(move |v| v.period.end() <= as_of)
    }

    /// The index of a measure's current target: the first whose milestone (or last year) is
    /// not past the as-of year, else the last one.
    pub fn current_target(&self, measure: &Measure) -> Option<usize> {
        let year = self.as_of.year;
        measure
            .targets
            .iter()
            .position(|t| t.kind.due_year().is_some_and(|y| y >= year))
            .or_else(|| measure.targets.len().checked_sub(1))
    }
}

/// Whether a result judges this target: same kind and years, comparison, value and split
/// (a target whose striving alone was amended is still judged by its result).
fn same_target(r: &TargetResult, t: &Target) -> bool {
    let v = &r.target;
    (v.kind, v.op, v.value, v.value_max, &v.split) == (t.kind, t.op, t.value, t.value_max, &t.split)
}
