//! `show ID`: everything known about one indicator, part, agency, task or project, gathered
//! once as values;
//! `render::query` writes them as text, JSON or CSV.

use super::check::Shown;
use super::rows::Context;
use crate::date::Date;
use crate::eval::reporting::ReportStatus;
use crate::eval::series::Value;
use crate::eval::tasks::TaskStatus;
use crate::eval::{Status, TargetResult};
use crate::model::{Agency, Duty, DutyId, Indicator, Measure, Owner};

/// What `show` shows.
#[derive(Clone, Debug)]
pub enum Detail {
    /// An indicator without parts, or a part.
    Measure(Box<MeasureDetail>),
    /// A composite indicator and each of its parts.
    Indicator(Box<IndicatorDetail>),
    /// An agency: its roles and its reports.
    Agency(Box<AgencyDetail>),
    /// A task or a project: its owners, its deadline, and each time it is owed.
    Duty(Box<DutyDetail>),
    /// The id shown is not in the plan (a query checked against another plan than it runs on).
    Missing,
}

/// An indicator without parts, or a part, with its data and its targets' results.
#[derive(Clone, Debug)]
pub struct MeasureDetail {
    /// The measure as the plan has it.
    pub measure: Measure,
    /// For a part: the number and title of the indicator it is part of.
    pub part_of: Option<(String, String)>,
    /// Its objective's id and title (empty when the plan does not declare it).
    pub objective: Option<(String, String)>,
    /// The agencies that lead it (chủ trì), in the plan's order.
    pub lead: Vec<OwnerDetail>,
    /// The agencies that support it (phối hợp), in the plan's order.
    pub support: Vec<OwnerDetail>,
    /// The id of the area the data are for; empty when the plan could not be evaluated.
    pub area: String,
    /// The date the data are counted to, and the targets judged as of.
    pub as_of: Date,
    /// Its values in periods ended by `as_of`, in time order.
    pub data: Vec<Value>,
    /// The result of each of `measure.targets`, in their order (`None`: not evaluated).
    pub results: Vec<Option<TargetResult>>,
    /// For each of `measure.targets` split by a dimension (`where sex = female`), the
    /// values of that disaggregation it is judged on; `None` for a target of the whole.
    pub split_data: Vec<Option<Vec<Value>>>,
    /// Its values by each value of a dimension the data give (`khu_vuc = nong_thon`).
    pub disaggregated: Vec<crate::query::facts::Disaggregated>,
}

/// A lead or support agency, with the name the plan gives it.
#[derive(Clone, Debug)]
pub struct OwnerDetail {
    /// The agency's id, as the plan writes it.
    pub agency: String,
    /// Its full name; `None` when the plan does not declare the agency.
    pub name: Option<String>,
    /// Where the document assigns it.
    pub reference: Option<String>,
}

/// A composite indicator: its own fields, and each part.
#[derive(Clone, Debug)]
pub struct IndicatorDetail {
    /// The indicator as the plan has it: its number, title and objective.
    pub indicator: Indicator,
    /// Each of its parts (`16a`, `16b`) in full, in the plan's order.
    pub parts: Vec<MeasureDetail>,
}

/// An agency: what it leads and supports, the reports it sends and receives, and the
/// reports it owed by the date.
#[derive(Clone, Debug)]
pub struct AgencyDetail {
    /// The agency as the plan has it: its id, full and short names.
    pub agency: Agency,
    /// The measures it leads (chủ trì), in the plan's order.
    pub leads: Vec<RoleDetail>,
    /// The measures it supports (phối hợp), in the plan's order.
    pub supports: Vec<RoleDetail>,
    /// The reports it submits, by id.
    pub submits: Vec<String>,
    /// The reports sent to it, by id.
    pub receives: Vec<String>,
    /// The date the statuses and the reports owed are judged as of.
    pub as_of: Date,
    /// The reports it owed by `as_of`, with what became of them.
    pub owed: Vec<ReportStatus>,
    /// The projects and tasks it leads (chủ trì), in the plan's order (projects first).
    pub duties_led: Vec<DutyRole>,
    /// The projects and tasks it supports (phối hợp), in the plan's order.
    pub duties_supported: Vec<DutyRole>,
    /// Each project and task it owes as lead, each period, with what became of it (upcoming
    /// ones too).
    pub tasks: Vec<TaskStatus>,
}

/// A project or a task an agency leads or supports.
#[derive(Clone, Debug)]
pub struct DutyRole {
    /// `project` or `task`.
    pub kind: &'static str,
    /// Its id.
    pub id: String,
    /// Its title, as the plan writes it.
    pub title: String,
}

/// A task or a project, everything the plan says of it, and each time it is owed.
#[derive(Clone, Debug)]
pub struct DutyDetail {
    /// `project` or `task`.
    pub kind: &'static str,
    /// Its id.
    pub id: String,
    /// Its title, in the document's words.
    pub title: String,
    /// Who leads and supports it, by when, and where the document says so.
    pub duty: Duty,
    /// The agencies that lead it (chủ trì), in the plan's order.
    pub lead: Vec<OwnerDetail>,
    /// The agencies that support it (phối hợp), in the plan's order.
    pub support: Vec<OwnerDetail>,
    /// For a project, the project it is part of: id and title.
    pub parent: Option<(String, String)>,
    /// For a project, what it covers (indicators' parts and tasks): id and title.
    pub covers: Vec<(String, String)>,
    /// For a task, the projects that cover it: id and title.
    pub projects: Vec<(String, String)>,
    /// The date the statuses are judged as of.
    pub as_of: Date,
    /// Each lead agency's each period, with what became of it (upcoming ones too).
    pub owed: Vec<TaskStatus>,
}

/// A measure an agency leads or supports.
#[derive(Clone, Debug)]
pub struct RoleDetail {
    /// The measure's id: `3`, `16a`.
    pub id: String,
    /// The measure's title, as the plan writes it.
    pub title: String,
    /// The status of its current target.
    pub status: Option<Status>,
}

/// Gathers what `show` prints about the indicator, part or agency found by the checker;
/// [`Detail::Missing`] when `ctx`'s plan no longer has it.
pub fn show(ctx: Context<'_>, what: &Shown) -> Detail {
    let detail = match what {
        Shown::Measure(i) => measure(ctx, *i).map(|m| Detail::Measure(Box::new(m))),
        Shown::Indicator(number) => composite(ctx, number).map(|i| Detail::Indicator(Box::new(i))),
        Shown::Agency(id) => agency(ctx, id).map(|a| Detail::Agency(Box::new(a))),
        Shown::Duty(which) => duty(ctx, *which).map(|d| Detail::Duty(Box::new(d))),
    };
    detail.unwrap_or(Detail::Missing)
}

fn owners(ctx: Context<'_>, owners: &[Owner]) -> Vec<OwnerDetail> {
    owners
        .iter()
        .map(|o| OwnerDetail {
            agency: o.agency.name.clone(),
            name: ctx.model.get(&o.agency).map(|a| a.name.clone()),
            reference: o.reference.clone(),
        })
        .collect()
}

fn measure(ctx: Context<'_>, index: usize) -> Option<MeasureDetail> {
    let (model, facts) = (ctx.model, ctx.facts);
    let (_, m) = model.measures.get_index(index)?;
    Some(MeasureDetail {
        measure: m.clone(),
        part_of: m
            .parent
            .and_then(|p| model.at(p))
            .map(|i| (i.number.clone(), i.title.clone())),
        objective: m.objective.as_ref().map(|o| {
            let title = model.get(o).map_or("", |x| x.title.as_str());
            (o.name.clone(), title.to_string())
        }),
        lead: owners(ctx, &m.lead),
        support: owners(ctx, &m.support),
        area: facts
            .evaluation
            .as_ref()
            .map_or(String::new(), |e| e.area.clone()),
        as_of: facts.as_of,
        data: facts.values_as_of(index).cloned().collect(),
        results: (0..m.targets.len())
            .map(|t| facts.result(index, t).cloned())
            .collect(),
        split_data: m
            .targets
            .iter()
            .enumerate()
            .map(|(t, target)| {
                target.split.as_ref()?;
                Some(facts.target_values_as_of(index, t).cloned().collect())
            })
            .collect(),
        disaggregated: facts.disaggregated(index).to_vec(),
    })
}

fn composite(ctx: Context<'_>, number: &str) -> Option<IndicatorDetail> {
    let model = ctx.model;
    let indicator = model.indicators.get(number)?;
    Some(IndicatorDetail {
        indicator: indicator.clone(),
        parts: indicator
            .measures
            .iter()
            .filter_map(|&id| measure(ctx, id.index()))
            .collect(),
    })
}

fn agency(ctx: Context<'_>, id: &str) -> Option<AgencyDetail> {
    let (model, facts) = (ctx.model, ctx.facts);
    let a = model.agencies.get(id)?;
    let roles = |pick: fn(&Measure) -> &[Owner]| -> Vec<RoleDetail> {
        model
            .measures
            .values()
            .enumerate()
            .filter(|(_, m)| pick(m).iter().any(|o| o.agency.name == id))
            .map(|(i, m)| RoleDetail {
                id: m.id.clone(),
                title: m.title.clone(),
                status: facts
                    .current_target(m)
                    .and_then(|t| facts.result(i, t))
                    .map(|r| r.status),
            })
            .collect()
    };
    let reports = |sends: bool| -> Vec<String> {
        model
            .reports
            .values()
            .filter(|r| match sends {
                true => r.party.from.iter().any(|f| f.name == id),
                false => r.party.to.iter().any(|t| t.name == id),
            })
            .map(|r| r.id.clone())
            .collect()
    };
    let duties = |pick: fn(&Duty) -> &[Owner]| -> Vec<DutyRole> {
        (model.duties())
            .filter(|d| pick(d.duty).iter().any(|o| o.agency.name == id))
            .map(|d| DutyRole {
                kind: d.which.kind(),
                id: d.id.to_string(),
                title: d.title.to_string(),
            })
            .collect()
    };
    Some(AgencyDetail {
        agency: a.clone(),
        leads: roles(|m| &m.lead),
        supports: roles(|m| &m.support),
        submits: reports(true),
        receives: reports(false),
        as_of: facts.as_of,
        owed: facts
            .evaluation
            .iter()
            .flat_map(|e| e.reporting.iter())
            .filter(|r| r.agency == id)
            .cloned()
            .collect(),
        duties_led: duties(|d| &d.lead),
        duties_supported: duties(|d| &d.support),
        tasks: facts
            .evaluation
            .iter()
            .flat_map(|e| e.tasks.iter())
            .filter(|t| t.agency == id)
            .cloned()
            .collect(),
    })
}

fn duty(ctx: Context<'_>, which: DutyId) -> Option<DutyDetail> {
    let (model, facts) = (ctx.model, ctx.facts);
    let d = model.duty(which)?;
    let titled = |id: &str, title: &str| (id.to_string(), title.to_string());
    let (parent, covers, projects) = match which {
        DutyId::Project(p) => {
            let p = model.at(p)?;
            let parent = p.parent.as_ref().map(|parent| {
                let title = model.get(parent).map_or("", |x| x.title.as_str());
                titled(&parent.name, title)
            });
            let measures = (p.measures.iter())
                .filter_map(|&m| model.at(m))
                .map(|m| titled(&m.id, &m.title));
            let tasks = (p.tasks.iter())
                .filter_map(|&t| model.at(t))
                .map(|t| titled(&t.id, &t.title));
            (parent, measures.chain(tasks).collect(), Vec::new())
        }
        DutyId::Task(t) => {
            let projects = (model.projects.values())
                .filter(|p| p.tasks.contains(&t))
                .map(|p| titled(&p.id, &p.title))
                .collect();
            (None, Vec::new(), projects)
        }
    };
    Some(DutyDetail {
        kind: which.kind(),
        id: d.id.to_string(),
        title: d.title.to_string(),
        duty: d.duty.clone(),
        lead: owners(ctx, &d.duty.lead),
        support: owners(ctx, &d.duty.support),
        parent,
        covers,
        projects,
        as_of: facts.as_of,
        owed: facts
            .evaluation
            .iter()
            .flat_map(|e| e.tasks.iter())
            .filter(|t| t.which == which)
            .cloned()
            .collect(),
    })
}
