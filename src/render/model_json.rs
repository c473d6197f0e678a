//! The JSON of `plan show --format json`: a stable, documented view of the model (README,
//! "The JSON of plan show"). Built from the model field by field so the model can change
//! without changing this format.

use crate::date::{Date, DayMonth, DueMonth};
use crate::model::{Model, PeriodKind, RateUnit};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Serialize)]
pub struct PlanJson<'m> {
    pub plan: Header<'m>,
    /// Files imported, by name (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportJson<'m>>,
    /// Agencies declared in this file (imported ones are named `ALIAS.ID`).
    pub agencies: Vec<AgencyJson<'m>>,
    pub objectives: Vec<ObjectiveJson<'m>>,
    pub indicators: Vec<IndicatorJson<'m>>,
    pub reports: Vec<ReportJson<'m>>,
    pub reviews: Vec<ReviewJson<'m>>,
    /// Parent indicators not taken up (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<WaiverJson<'m>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<ProjectJson<'m>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskJson<'m>>,
}

#[derive(Serialize)]
pub struct ImportJson<'m> {
    pub name: &'m str,
    pub path: &'m str,
    pub document: Option<&'m str>,
}

#[derive(Serialize)]
pub struct WaiverJson<'m> {
    pub parent: &'m str,
    pub because: &'m str,
}

/// `adopts national.3a` / `adapts national.3a because "..."`.
#[derive(Serialize)]
pub struct MapsJson<'m> {
    pub parent: &'m str,
    /// `adopted` or `adapted`.
    pub take: &'static str,
    pub because: Option<&'m str>,
}

#[derive(Serialize)]
pub struct Header<'m> {
    pub title: &'m str,
    pub document: Option<&'m str>,
    pub issuer: Option<&'m str>,
    /// The first signing date; `signed_all` lists every date the document gives.
    pub signed: Option<Date>,
    pub signed_all: Vec<Date>,
    pub period: Option<[i32; 2]>,
    pub area: Option<&'m str>,
    pub implements: Option<&'m str>,
    /// The imported plan this one implements (`implements national`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<&'m str>,
    pub bases: &'m [String],
    /// The amendments applied (`plan show --amendment`), absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amended_by: Vec<String>,
}

#[derive(Serialize)]
pub struct AgencyJson<'m> {
    pub id: &'m str,
    pub name: &'m str,
    pub short: Option<&'m str>,
}

#[derive(Serialize)]
pub struct ObjectiveJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    pub indicators: Vec<&'m str>,
}

#[derive(Serialize)]
pub struct UnitJson<'m> {
    pub id: &'m str,
    pub symbol: &'m str,
    pub per: Option<f64>,
    pub of: Option<&'m str>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Serialize)]
pub struct BaselineJson {
    pub year: i32,
    pub value: f64,
}

#[derive(Serialize)]
pub struct TargetJson<'m> {
    pub year: Option<i32>,
    pub until: Option<i32>,
    pub kind: &'static str,
    pub op: &'static str,
    pub value: f64,
    pub value_max: Option<f64>,
    /// For rate targets: `points` (the unit's own) or `percent` (of the previous value).
    pub rate_unit: Option<RateUnit>,
    pub strive: bool,
    #[serde(rename = "where")]
    pub split: Option<IndexMap<&'m str, &'m str>>,
}

#[derive(Serialize)]
pub struct IndicatorJson<'m> {
    pub id: &'m str,
    pub parent: Option<&'m str>,
    pub number: &'m str,
    pub title: &'m str,
    pub objective: Option<&'m str>,
    pub unit: Option<UnitJson<'m>>,
    pub direction: Option<&'static str>,
    pub baseline: Option<BaselineJson>,
    pub targets: Vec<TargetJson<'m>>,
    pub lead: Vec<&'m str>,
    pub support: Vec<&'m str>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
    /// `lead ?`: why no lead is named yet (absent when a lead is named or none is marked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_to_fill: Option<&'m str>,
    /// The parent indicator it takes up (absent when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maps: Option<MapsJson<'m>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    /// The projects that cover it (its owners may come from them).
    pub projects: Vec<&'m str>,
}

#[derive(Serialize)]
pub struct ReportJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    pub period: Option<PeriodKind>,
    pub due: Option<DayMonth>,
    pub due_before: bool,
    pub from: Vec<&'m str>,
    pub to: Option<&'m str>,
    /// `{ "month": 6, "year": null }` for `due in month 6`; a year for a report due once.
    pub due_month: Option<DueMonth>,
}

#[derive(Serialize)]
pub struct ProjectJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    /// The project it is part of.
    pub parent: Option<&'m str>,
    #[serde(flatten)]
    pub duty: DutyJson<'m>,
    /// The measures it covers (an indicator written in `covers` stands for all its parts).
    pub covers: &'m [String],
    pub covers_tasks: &'m [String],
}

#[derive(Serialize)]
pub struct TaskJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    #[serde(flatten)]
    pub duty: DutyJson<'m>,
}

#[derive(Serialize)]
pub struct DutyJson<'m> {
    pub lead: Vec<&'m str>,
    pub support: Vec<&'m str>,
    pub due: Option<DayMonth>,
    pub due_month: Option<DueMonth>,
    pub due_before: bool,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
}

fn duty_json(d: &crate::model::Duty) -> DutyJson<'_> {
    DutyJson {
        lead: d.lead.iter().map(|o| o.agency.name.as_str()).collect(),
        support: d.support.iter().map(|o| o.agency.name.as_str()).collect(),
        due: d.due,
        due_month: d.due_month,
        due_before: d.due_before,
        source: d.source.as_deref(),
        notes: &d.notes,
    }
}

#[derive(Serialize)]
pub struct ReviewJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    pub year: Option<i32>,
}

pub fn view(model: &Model) -> PlanJson<'_> {
    let p = &model.plan;
    PlanJson {
        plan: Header {
            title: &p.title,
            document: p.document.as_deref(),
            issuer: p.issuer.as_ref().map(|i| i.name.as_str()),
            signed: p.signed.first().map(|s| s.date),
            signed_all: p.signed.iter().map(|s| s.date).collect(),
            period: p.period.map(|(a, b)| [a, b]),
            area: p.area.as_deref(),
            implements: p.implements.as_deref(),
            parent: p.parent.as_ref().map(|i| i.name.as_str()),
            bases: &p.bases,
            amended_by: p
                .amended_by
                .iter()
                .map(super::model_text::amended_by)
                .collect(),
        },
        imports: model
            .imports
            .values()
            .map(|i| ImportJson {
                name: &i.alias,
                path: &i.path,
                document: i.model.plan.document.as_deref(),
            })
            .collect(),
        agencies: model
            .own_agencies()
            .map(|a| AgencyJson {
                id: &a.id,
                name: &a.name,
                short: a.short.as_deref(),
            })
            .collect(),
        objectives: model
            .objectives
            .values()
            .map(|o| ObjectiveJson {
                id: &o.id,
                title: &o.title,
                indicators: model
                    .indicators
                    .values()
                    .filter(|i| i.objective.as_ref().is_some_and(|r| r.name == o.id))
                    .map(|i| i.number.as_str())
                    .collect(),
            })
            .collect(),
        indicators: model
            .measures
            .values()
            .map(|m| IndicatorJson {
                id: &m.id,
                parent: m.parent.as_deref(),
                number: &m.number,
                title: &m.title,
                objective: m.objective.as_ref().map(|o| o.name.as_str()),
                unit: m
                    .unit
                    .as_ref()
                    .and_then(|u| u.unit.as_ref())
                    .map(|u| UnitJson {
                        id: &u.id,
                        symbol: &u.symbol,
                        per: u.per,
                        of: u.of.as_deref(),
                        min: u.min,
                        max: u.max,
                    }),
                direction: m.direction.map(|d| d.as_str()),
                baseline: m.baseline.as_ref().map(|b| BaselineJson {
                    year: b.year,
                    value: b.value,
                }),
                targets: m
                    .targets
                    .iter()
                    .map(|t| TargetJson {
                        year: t.year,
                        until: t.until,
                        kind: t.kind.as_str(),
                        op: t.op.as_str(),
                        value: t.value,
                        value_max: t.value_max,
                        rate_unit: t.rate_unit,
                        strive: t.strive,
                        split: t
                            .split
                            .as_deref()
                            .map(|(d, v)| IndexMap::from([(d.name.as_str(), v.name.as_str())])),
                    })
                    .collect(),
                lead: m.lead.iter().map(|o| o.agency.name.as_str()).collect(),
                support: m.support.iter().map(|o| o.agency.name.as_str()).collect(),
                source: m.source.as_deref(),
                notes: &m.notes,
                lead_to_fill: m
                    .lead_to_fill
                    .as_ref()
                    .map(|f| f.reason.as_deref().unwrap_or("")),
                maps: m.maps.as_ref().map(|l| MapsJson {
                    parent: &l.parent.name,
                    take: if l.adapted_because.is_some() {
                        "adapted"
                    } else {
                        "adopted"
                    },
                    because: l.adapted_because.as_deref(),
                }),
                projects: model
                    .projects
                    .values()
                    .filter(|p| p.measures.contains(&m.id))
                    .map(|p| p.id.as_str())
                    .collect(),
            })
            .collect(),
        reports: model
            .reports
            .values()
            .map(|r| ReportJson {
                id: &r.id,
                title: &r.title,
                period: r.period,
                due: r.due,
                due_before: r.due_before,
                from: r.from.iter().map(|i| i.name.as_str()).collect(),
                to: r.to.as_ref().map(|i| i.name.as_str()),
                due_month: r.due_month,
            })
            .collect(),
        reviews: model
            .reviews
            .values()
            .map(|r| ReviewJson {
                id: &r.id,
                title: &r.title,
                year: r.year.map(|(y, _)| y),
            })
            .collect(),
        waivers: model
            .waivers
            .values()
            .map(|w| WaiverJson {
                parent: &w.parent.name,
                because: &w.reason,
            })
            .collect(),
        projects: model
            .projects
            .values()
            .map(|p| ProjectJson {
                id: &p.id,
                title: &p.title,
                parent: p.parent.as_ref().map(|i| i.name.as_str()),
                duty: duty_json(&p.duty),
                covers: &p.measures,
                covers_tasks: &p.tasks,
            })
            .collect(),
        tasks: model
            .tasks
            .values()
            .map(|t| TaskJson {
                id: &t.id,
                title: &t.title,
                duty: duty_json(&t.duty),
            })
            .collect(),
    }
}

/// The model as pretty JSON.
pub fn to_json(model: &Model) -> String {
    // Serialising plain data into a String cannot fail.
    serde_json::to_string_pretty(&view(model)).unwrap_or_default()
}
