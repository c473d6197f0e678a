//! `evaluate(model, data, as_of)`: every target of every measure judged for one area, and
//! every report owed checked against what was received. Pure: no I/O, no clock.

use super::method::{judge, Context, Status};
use super::period::Period;
use super::reporting::{reporting, ReportStatus};
use super::series::{points, Index};
use crate::data::DataSet;
use crate::date::Date;
use crate::diagnostic::english::data::{key, row_in};
use crate::diagnostic::Diagnostic;
use crate::model::{Direction, Model, Target};
use serde::Serialize;

/// The result of an evaluation (README, "The JSON of plan eval", which
/// `render::evaluation::json` writes).
#[derive(Clone, Debug)]
pub struct Evaluation {
    pub as_of: Date,
    pub area: String,
    pub data: DataSummary,
    pub results: Vec<TargetResult>,
    pub reporting: Vec<ReportStatus>,
}

#[derive(Clone, Debug)]
pub struct DataSummary {
    pub rows_read: u64,
    pub accepted: u64,
    pub rejected: u64,
    pub errors: Vec<Diagnostic>,
    /// Problems that lose nothing (unused columns).
    pub warnings: Vec<Diagnostic>,
    /// Values replaced by a later report of the same key.
    pub revisions: Vec<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PeriodValue {
    pub period: Period,
    pub value: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct TargetResult {
    pub indicator: String,
    pub objective: Option<String>,
    pub lead: Vec<String>,
    pub area: String,
    /// The target judged, a copy of the model's (an evaluation outlives no model).
    #[serde(serialize_with = "target_json")]
    pub target: Target,
    pub status: Status,
    pub baseline: Option<PeriodValue>,
    pub latest: Option<PeriodValue>,
    pub expected: Option<f64>,
    pub projected: Option<f64>,
    pub ratio: Option<f64>,
    pub note: Option<String>,
    /// For an aggregated latest value: how many areas inside gave data, of how many.
    #[serde(serialize_with = "coverage_as_map")]
    pub from_areas: Option<(usize, usize)>,
}

/// Why an evaluation cannot be made.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    UnknownArea { area: String, help: String },
    NoArea,
    NoPeriod,
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EvalError::UnknownArea { area, help } => write!(f, "unknown area `{area}`; {help}"),
            EvalError::NoArea => write!(f, "the plan declares no areas; add `area ID \"Name\"` so data can name where they were measured"),
            EvalError::NoPeriod => write!(f, "the plan has no `period`; evaluation needs the plan's years"),
        }
    }
}

/// The index of the plan's own top area, the first without a parent: an imported file's
/// areas (`national.viet_nam`) are not it, unless the plan has none of its own.
pub fn top_area(model: &Model) -> Option<usize> {
    model
        .areas
        .values()
        .position(|a| a.parent.is_none() && a.origin.is_none())
        .or_else(|| model.areas.values().position(|a| a.parent.is_none()))
}

/// Evaluates the plan for its top area (the first area without a parent).
pub fn evaluate(model: &Model, data: &DataSet, as_of: Date) -> Result<Evaluation, EvalError> {
    evaluate_area(model, data, as_of, None)
}

/// Evaluates the plan for the named area (its top area when `None`).
pub fn evaluate_area(
    model: &Model,
    data: &DataSet,
    as_of: Date,
    area: Option<&str>,
) -> Result<Evaluation, EvalError> {
    let plan_period = model.plan.period.ok_or(EvalError::NoPeriod)?;
    let area_index = match area {
        Some(id) => model
            .areas
            .get_index_of(id)
            .ok_or_else(|| EvalError::UnknownArea {
                area: id.to_string(),
                help: crate::text::did_you_mean(id, model.areas.keys().map(String::as_str))
                    .unwrap_or_else(|| {
                        let all: Vec<&str> = model.areas.keys().map(String::as_str).collect();
                        format!("the plan's areas are {}", all.join(", "))
                    }),
            })?,
        None => top_area(model).ok_or(EvalError::NoArea)?,
    };
    let area_id = model
        .areas
        .get_index(area_index)
        .map(|(k, _)| k.clone())
        .unwrap_or_default();
    let index = Index::new(model, &data.store);
    let mut results = Vec::new();
    for (m_index, measure) in model.measures.values().enumerate() {
        let direction = measure.direction.unwrap_or(Direction::Maintain);
        for target in &measure.targets {
            let disaggregation = split_key(model, target);
            let Some(disaggregation) = disaggregation else {
                continue;
            };
            let values = index.values(model, m_index as u32, area_index as u32, &disaggregation);
            let ctx = Context {
                as_of,
                plan_period,
                direction,
                baseline: measure.baseline.as_ref().map(|b| (b.year, b.value)),
            };
            let j = judge(target, &points(&values), &ctx);
            let from_areas = j
                .latest
                .and_then(|l| values.iter().find(|v| v.period == l.period))
                .and_then(|v| v.from_areas);
            results.push(TargetResult {
                indicator: measure.id.clone(),
                objective: measure.objective.as_ref().map(|o| o.name.clone()),
                lead: measure.lead.iter().map(|o| o.agency.name.clone()).collect(),
                area: area_id.clone(),
                target: target.clone(),
                status: j.status,
                baseline: j.baseline.map(|p| PeriodValue {
                    period: p.period,
                    value: p.value,
                }),
                latest: j.latest.map(|p| PeriodValue {
                    period: p.period,
                    value: p.value,
                }),
                expected: j.expected,
                projected: j.projected,
                ratio: j.ratio,
                note: j.note,
                from_areas,
            });
        }
    }
    let revisions = data
        .store
        .revisions
        .iter()
        .map(|r| {
            format!(
                "{}: {} ({}) replaced by {} ({})",
                key(&crate::data::key_names(model, &r.key)),
                crate::numbers::exact(r.old.value),
                row_in(&data.row_in(r.old.origin)),
                crate::numbers::exact(r.new.value),
                row_in(&data.row_in(r.new.origin))
            )
        })
        .collect();
    Ok(Evaluation {
        as_of,
        area: area_id,
        data: DataSummary {
            rows_read: data.rows_read,
            accepted: data.accepted,
            rejected: data.rejected,
            errors: data.errors.clone(),
            warnings: data.warnings.clone(),
            revisions,
        },
        results,
        reporting: reporting(model, data, as_of, plan_period),
    })
}

/// The disaggregation a split target is judged on (`None` when its dimension or value is
/// unknown, already reported by the checker).
fn split_key(model: &Model, target: &Target) -> Option<Vec<(u16, u16)>> {
    match target.split.as_deref() {
        None => Some(Vec::new()),
        Some((dim, value)) => {
            let (d, dimension) = model
                .dimensions
                .get_full(&dim.name)
                .map(|(i, _, d)| (i, d))?;
            let v = dimension.values.get_index_of(&value.name)?;
            Some(vec![(d as u16, v as u16)])
        }
    }
}

impl Evaluation {
    /// How many targets are in each status, in the order of [`Status::ALL`].
    pub fn counts(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .iter()
            .map(|s| (*s, self.results.iter().filter(|r| r.status == *s).count()))
            .collect()
    }
}

/// The target as the evaluation's JSON writes it (README, "The JSON of plan eval"): its
/// years, kind, comparison and value, whether the plan strives for it, and its split as
/// `{ "dimension": "value" }`. The unit of a rate and the document's section are left out
/// (the shape predates them; other tools read it).
fn target_json<S: serde::Serializer>(t: &Target, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    struct Split<'a>(&'a (crate::model::Ident, crate::model::Ident));
    impl Serialize for Split<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(&self.0 .0.name, &self.0 .1.name)?;
            map.end()
        }
    }
    let mut out = s.serialize_struct("Target", 8)?;
    out.serialize_field("year", &t.kind.first_year())?;
    out.serialize_field("until", &t.kind.last_year())?;
    out.serialize_field("kind", &t.kind)?;
    out.serialize_field("op", &t.op)?;
    out.serialize_field("value", &t.value)?;
    out.serialize_field("value_max", &t.value_max)?;
    out.serialize_field("strive", &t.strive)?;
    out.serialize_field("where", &t.split.as_deref().map(Split))?;
    out.end()
}

fn coverage_as_map<S: serde::Serializer>(
    c: &Option<(usize, usize)>,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    match c {
        None => s.serialize_none(),
        Some((given, of)) => {
            let mut map = s.serialize_map(Some(2))?;
            map.serialize_entry("given", given)?;
            map.serialize_entry("of", of)?;
            map.end()
        }
    }
}
