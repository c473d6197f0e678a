//! What queries read besides the plan: the evaluation of the data as of a date, and the
//! series of each measure. Computed once when the plan, the data or the date change, so that
//! a query only filters and sorts rows.

use crate::data::DataSet;
use crate::date::{Date, Period};
use crate::eval::evaluate::{evaluate_area, split_key, EvalError, Evaluation, TargetResult};
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
    /// For each measure, for each of its targets split by a dimension (`where sex =
    /// female`), the values of that disaggregation it is judged on, in time order.
    split_series: Vec<Vec<Option<Vec<Value>>>>,
    /// For each measure, its values by each single dimension's value the data give
    /// (`sex = female`), named `(dimension, value)`, in time order: what a chart draws
    /// beside the whole.
    disaggregated: Vec<Vec<Disaggregated>>,
}

/// The values of a measure for one value of one dimension (`sex = female`).
#[derive(Clone, Debug)]
pub struct Disaggregated {
    /// The dimension's id, as the plan writes it.
    pub dimension: String,
    /// The value's id within the dimension.
    pub value: String,
    /// The values at the evaluated area, in time order (periods of every date).
    pub values: Vec<Value>,
}

impl Facts {
    /// No data and no evaluation: what checking a query against the plan alone reads
    /// (`plan check` checks a plan's named queries so).
    pub fn without_data(as_of: Date) -> Facts {
        Facts {
            as_of,
            evaluation: None,
            eval_error: Some("no data were given".to_string()),
            series: Vec::new(),
            results: Vec::new(),
            split_series: Vec::new(),
            disaggregated: Vec::new(),
        }
    }

    /// Evaluates the plan's data as of `as_of`, and gathers each measure's values at the
    /// evaluated area (the plan's top area) in time order.
    pub fn new(model: &Model, data: &DataSet, as_of: Date) -> Facts {
        let (evaluation, eval_error) = match evaluate_area(model, data, as_of, None) {
            Ok(e) => (Some(e), None),
            Err(e) => (None, Some(e.to_string())),
        };
        Facts::gather(model, data, as_of, evaluation, eval_error)
    }

    /// [`Facts::new`] for the area named (`plan chart --area`); `Err` when the plan cannot be
    /// evaluated there (an unknown area: with what to write instead).
    pub fn in_area(
        model: &Model,
        data: &DataSet,
        as_of: Date,
        area: Option<&str>,
    ) -> Result<Facts, EvalError> {
        let evaluation = evaluate_area(model, data, as_of, area)?;
        Ok(Facts::gather(model, data, as_of, Some(evaluation), None))
    }

    /// The facts of an evaluation already made of `model` and `data` (`plan eval --format md`
    /// and `plan report` evaluate once, then draw each measure from its values).
    pub fn of_evaluation(model: &Model, data: &DataSet, evaluation: Evaluation) -> Facts {
        let as_of = evaluation.as_of;
        Facts::gather(model, data, as_of, Some(evaluation), None)
    }

    fn gather(
        model: &Model,
        data: &DataSet,
        as_of: Date,
        evaluation: Option<Evaluation>,
        eval_error: Option<String>,
    ) -> Facts {
        let mut series = vec![Vec::new(); model.measures.len()];
        let mut results = vec![Vec::new(); model.measures.len()];
        let mut split_series = vec![Vec::new(); model.measures.len()];
        let mut disaggregated = vec![Vec::new(); model.measures.len()];
        if let Some(e) = &evaluation {
            let area = model.areas.get_index_of(&e.area).unwrap_or(0) as u32;
            let index = Index::new(model, &data.store);
            let mut by_dimension = index.disaggregations();
            for (i, measure) in model.measures.values().enumerate() {
                // The judge orders periods on its time axis (a first half-year stands half a
                // year before its year), so "latest" here is the latest it judged.
                let in_time = |mut values: Vec<Value>| {
                    values.sort_by(|a, b| a.period.time().total_cmp(&b.period.time()));
                    values
                };
                // Outside the measure's scope there are no values (the evaluation says why).
                let scoped = |key: &[(u16, u16)]| {
                    index
                        .scoped_values(model, i as u32, area, key)
                        .unwrap_or_default()
                };
                series[i] = in_time(scoped(&[]));
                disaggregated[i] = by_dimension
                    .remove(&(i as u32))
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|(d, v)| {
                        let (dimension, values) = model.dimensions.get_index(d as usize)?;
                        let value = values.values.get_index(v as usize)?.0.clone();
                        let values = in_time(scoped(&[(d, v)]));
                        (!values.is_empty()).then(|| Disaggregated {
                            dimension: dimension.clone(),
                            value,
                            values,
                        })
                    })
                    .collect();
                split_series[i] = measure
                    .targets
                    .iter()
                    .map(|t| {
                        t.split.as_ref()?;
                        let key = split_key(model, t)?;
                        Some(in_time(scoped(&key)))
                    })
                    .collect();
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
            split_series,
            disaggregated,
        }
    }

    /// A measure's values by each dimension's value the data give (see [`Disaggregated`]).
    pub fn disaggregated(&self, measure: usize) -> &[Disaggregated] {
        self.disaggregated.get(measure).map_or(&[], Vec::as_slice)
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

    /// The values target `t` (by index) of the measure at `measure` is judged on, counted as
    /// of the date: those of its disaggregation for a split target, else the measure's.
    pub fn target_values_as_of(&self, measure: usize, t: usize) -> impl Iterator<Item = &Value> {
        let as_of = self.as_of;
        let split = self
            .split_series
            .get(measure)
            .and_then(|s| s.get(t)?.as_ref());
        split
            .or_else(|| self.series.get(measure))
            .into_iter()
            .flatten()
            .filter(move |v| v.period.end() <= as_of)
    }

    /// The index of a measure's current target: the first whose milestone (a year, a
    /// quarter...; or last year) has not ended before the as-of date, else the last one.
    pub fn current_target(&self, measure: &Measure) -> Option<usize> {
        current_target(measure, self.as_of)
    }
}

/// The index of a measure's current target as of `as_of`: the first whose milestone (a year,
/// a quarter...; or last year) has not ended before that date, else the last one.
pub fn current_target(measure: &Measure, as_of: Date) -> Option<usize> {
    let due = |t: &Target| t.milestone_period().or(t.kind.due_year().map(Period::Year));
    measure
        .targets
        .iter()
        .position(|t| due(t).is_some_and(|p| p.end() >= as_of))
        .or_else(|| measure.targets.len().checked_sub(1))
}

/// Whether a result judges this target: same kind and years, comparison, value and split
/// (a target whose striving alone was amended is still judged by its result).
fn same_target(r: &TargetResult, t: &Target) -> bool {
    let v = &r.target;
    (v.kind, v.op, v.value, v.value_max, &v.split) == (t.kind, t.op, t.value, t.value_max, &t.split)
}
