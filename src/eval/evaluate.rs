//! `evaluate(model, data, as_of)`: every target of every measure judged for one area, and
//! every report owed checked against what was received. Pure: no I/O, no clock.

use super::method::{judge, Context, Judgement, Status};
use super::note::{Note, Remark, Scoped};
use super::period::Period;
use super::reporting::{reporting, ReportStatus};
use super::series::OutOfScope;
use super::series::{points, Index};
use super::tasks::{tasks, TaskStatus};
use crate::data::DataSet;
use crate::date::Date;
use crate::diagnostic::words::data::revision;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::model::{Direction, Id, Measure, Model, Target, TargetKind};
use serde::Serialize;

/// The result of an evaluation (docs/json.md, "The JSON of plan eval", which
/// `render::evaluation::json` writes).
#[derive(Clone, Debug)]
pub struct Evaluation {
    /// The date the evaluation is made as of: periods ended by then count.
    pub as_of: Date,
    /// The id of the area evaluated.
    pub area: String,
    /// What was read of the data files.
    pub data: DataSummary,
    /// One result for every target of every measure, in the plan's order.
    pub results: Vec<TargetResult>,
    /// Every report owed by the date, with what was received.
    pub reporting: Vec<ReportStatus>,
    /// Every occurrence of every tracked project and task, owed or upcoming, with what
    /// completion records say of it (see [`super::tasks`]).
    pub tasks: Vec<TaskStatus>,
}

/// What was read of the data: rows read = accepted + rejected, always.
#[derive(Clone, Debug)]
pub struct DataSummary {
    /// Data rows read, over every file.
    pub rows_read: u64,
    /// Rows whose values are used.
    pub accepted: u64,
    /// Rows refused, each with an error.
    pub rejected: u64,
    /// Why rows (or whole files) were refused.
    pub errors: Vec<Diagnostic>,
    /// Problems that lose nothing (unused columns).
    pub warnings: Vec<Diagnostic>,
    /// Values replaced by a later report of the same key.
    pub revisions: Vec<String>,
}

/// A value and its period, as a result cites it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PeriodValue {
    /// The period the value was measured for.
    pub period: Period,
    /// The value, in the measure's unit.
    pub value: f64,
}

/// One target judged for one area: the judgement, and who and what it concerns.
#[derive(Clone, Debug, Serialize)]
pub struct TargetResult {
    /// The measure's id (`3`, `16a`).
    pub indicator: String,
    /// The measure in the model evaluated, which a report follows for its title, unit and
    /// owners' names (the JSON's `title`, `unit` and `lead_names` are written from it).
    #[serde(skip)]
    pub measure: Id<Measure>,
    /// The id of the measure's objective.
    pub objective: Option<String>,
    /// The ids of its lead agencies.
    pub lead: Vec<String>,
    /// The id of the area judged.
    pub area: String,
    /// The target judged, a copy of the model's (an evaluation outlives no model).
    #[serde(serialize_with = "target_json")]
    pub target: Target,
    /// Where the target stands.
    pub status: Status,
    /// The value progress is counted from (see [`super::Judgement::baseline`]).
    pub baseline: Option<PeriodValue>,
    /// The latest value counted.
    pub latest: Option<PeriodValue>,
    /// The value on the straight path from baseline to target, at the latest period.
    pub expected: Option<f64>,
    /// The value at the milestone if the trend from baseline to latest goes on.
    pub projected: Option<f64>,
    /// The growth ratio (see [`super::Judgement::ratio`]).
    pub ratio: Option<f64>,
    /// How the ratio was counted: `growth`, `linear` or `distance` (see
    /// [`super::method::Method`]).
    pub method: Option<super::method::Method>,
    /// Why, when the numbers alone do not say it: what the note says, worded at the edges
    /// ([`Note::words`]). The JSON writes its English words as `note`, and the codes of what
    /// it says as `note_codes` (docs/json.md).
    #[serde(flatten, serialize_with = "super::note::json_fields")]
    pub note: Option<Note>,
    /// For an aggregated latest value: how many areas inside gave data, of how many.
    #[serde(serialize_with = "coverage_as_map")]
    pub from_areas: Option<(usize, usize)>,
}

/// Why an evaluation cannot be made.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// `--area` names no area of the plan.
    UnknownArea(crate::text::Unknown),
    /// The plan declares no areas, so no data can say where it was measured.
    NoArea,
    /// The plan has no `period`, which every judgement needs.
    NoPeriod,
}

impl EvalError {
    /// Why the plan cannot be evaluated, in `lang`.
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        match self {
            EvalError::UnknownArea(unknown) => unknown.words("area", lang),
            EvalError::NoArea => lang.text("refuse-no-area"),
            EvalError::NoPeriod => lang.text("refuse-eval-no-period"),
        }
    }
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::i18n::Lang::En))
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
        Some(id) => model.areas.get_index_of(id).ok_or_else(|| {
            EvalError::UnknownArea(crate::text::Unknown::among(id, model.areas.keys()))
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
        let unit = measure.unit.as_ref().and_then(|u| u.unit.as_ref());
        let range = unit.map_or((None, None), |u| (u.min, u.max));
        for target in &measure.targets {
            let disaggregation = split_key(model, target);
            let Some(disaggregation) = disaggregation else {
                continue;
            };
            let scoped =
                index.scoped_values(model, m_index as u32, area_index as u32, &disaggregation);
            let (values, out_of_scope) = match scoped {
                Ok(values) => (values, None),
                Err(why) => (Vec::new(), Some(outside(measure, &area_id, why))),
            };
            let points = points(&values);
            // `baseline 2024` names the year only: its value is the data's for that year.
            let baseline = measure.baseline.as_ref().and_then(|b| {
                let from_data = || {
                    points
                        .iter()
                        .find(|p| p.period == Period::Year(b.year) && p.value.is_finite())
                        .map(|p| p.value)
                };
                Some((b.year, b.value.or_else(from_data)?))
            });
            let ctx = Context {
                as_of,
                plan_period,
                direction,
                baseline,
                range,
                flow: measure.flow,
                growth_unit: unit.is_some_and(|u| u.growth),
            };
            let j = match out_of_scope {
                Some(note) => Judgement {
                    status: Status::InsufficientData,
                    baseline: None,
                    latest: None,
                    expected: None,
                    projected: None,
                    ratio: None,
                    method: None,
                    note: Some(note.into()),
                },
                None => match (&measure.baseline, baseline, &target.kind) {
                    // A change over the period counted from a year's level the data do not give.
                    (Some(b), None, TargetKind::Change { from: None, .. }) => {
                        Judgement::new(Status::InsufficientData)
                            .note(Remark::ChangeBaselineMissing { year: b.year })
                    }
                    _ => judge(target, &points, &ctx),
                },
            };
            let from_areas = j
                .latest
                .and_then(|l| values.iter().find(|v| v.period == l.period))
                .and_then(|v| v.from_areas);
            results.push(TargetResult {
                indicator: measure.id.clone(),
                measure: Id::at(m_index),
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
                method: j.method,
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
            // Written in English: the evaluation's JSON lists them as it is made.
            revision(
                &crate::data::key_names(model, &r.key),
                (r.old.value, &data.row_in(r.old.origin)),
                (r.new.value, &data.row_in(r.new.origin)),
                Lang::En,
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
        tasks: tasks(model, data, as_of),
    })
}

/// Why a measure set for some areas (`scope`) has no values at the area evaluated.
fn outside(m: &crate::model::Measure, area: &str, why: OutOfScope) -> Remark {
    let areas = match m.scope.as_deref() {
        Some(crate::model::Scope::Areas(list)) => list.iter().map(|a| a.name.clone()).collect(),
        _ => Vec::new(),
    };
    let scoped = Scoped {
        part: m.parent.is_some(),
        id: m.id.clone(),
        areas,
        area: area.to_string(),
    };
    match why {
        OutOfScope::Outside => Remark::NotInScope(scoped),
        OutOfScope::Partly => Remark::PartlyInScope(scoped),
    }
}

/// The disaggregation a split target is judged on (`None` when its dimension or value is
/// unknown, already reported by the checker).
pub(crate) fn split_key(model: &Model, target: &Target) -> Option<Vec<(u16, u16)>> {
    match target.split.as_deref() {
        None => Some(Vec::new()),
        Some((dim, value)) => {
            let d = dim.id?;
            let v = model.at(d)?.values.get_index_of(&value.name)?;
            Some(vec![(d.index() as u16, v as u16)])
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

/// The target as the evaluation's JSON writes it (docs/json.md, "The JSON of plan eval"): its
/// years (and a level's milestone, `2026-Q2`, and whether it is `cumulative`), kind, comparison and value, whether the plan strives for it, and its split as
/// `{ "dimension": "value" }`, and the unit of a rate or a change (`points`, `percent`; null
/// for the other kinds). The document's section is left out (the shape predates it).
fn target_json<S: serde::Serializer>(t: &Target, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    struct Split<'a>(
        &'a (
            crate::model::Ref<crate::model::Dimension>,
            crate::model::Ident,
        ),
    );
    impl Serialize for Split<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(&self.0 .0.name, &self.0 .1.name)?;
            map.end()
        }
    }
    let mut out = s.serialize_struct("Target", 11)?;
    out.serialize_field("year", &t.kind.first_year())?;
    out.serialize_field("until", &t.kind.last_year())?;
    out.serialize_field("milestone", &t.milestone_period())?;
    let cumulative = t.milestone().is_some_and(|m| m.to_date.is_some());
    out.serialize_field("cumulative", &cumulative)?;
    out.serialize_field("kind", &t.kind)?;
    out.serialize_field("op", &t.op)?;
    out.serialize_field("value", &t.value)?;
    out.serialize_field("value_max", &t.value_max)?;
    out.serialize_field("rate_unit", &t.kind.change_unit())?;
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
