//! The rows of each subject: for each, what its fields are computed from (a measure with its
//! current target and latest value, a target with its result...), and its cells, one per
//! field of `fields`, got by the field's own getter.

use super::facts::Facts;
use super::schema::{Cell, Get, Ref, Subject};
use crate::date::Date;
use crate::eval::evaluate::TargetResult;
use crate::eval::period::Period;
use crate::eval::reporting::ReportStatus;
use crate::eval::series::Value;
use crate::eval::tasks::{Schedule, TaskStatus};
use crate::model::Deadline;
use crate::model::{
    Agency, Duty, DutyId, DutyOf, Id, Measure, Model, Objective, Owner, PeriodKind, Report, Target,
    TargetKind,
};
use std::collections::HashMap;

/// What a query runs against.
#[derive(Copy, Clone)]
pub struct Context<'a> {
    /// The plan: its fields and ids are what a query is checked against.
    pub model: &'a Model,
    /// The plan's evaluation and series, for its data as of a date (statuses, latest values).
    pub facts: &'a Facts,
}

/// One row: its cells, and for targets and reports the days it is due (for `due`).
pub struct Row {
    /// One cell per field of the subject, in the order of [`Subject::fields`].
    pub cells: Vec<Cell>,
    /// The first and last day it is due: a target's milestone year or the years its span
    /// covers, a report's deadline (one day). `None` for the subjects `due` does not apply to.
    pub due: Option<(Date, Date)>,
}

/// What a measure's fields are computed from.
#[derive(Clone, Copy)]
pub struct MeasureRow<'a> {
    /// The plan, for what the measure names (its objective's title, its agencies' names).
    pub model: &'a Model,
    /// The measure: an indicator without parts, or a part.
    pub m: &'a Measure,
    /// Its current target, by index, and that target's result.
    pub current: Option<usize>,
    /// The evaluation's result for the current target (`status`, `ratio`); `None` when the
    /// plan could not be evaluated or the measure has no target.
    pub result: Option<&'a TargetResult>,
    /// Its latest value as of the date.
    pub latest: Option<&'a Value>,
}

/// What a target's fields are computed from: its measure's, and its own result.
pub struct TargetRow<'a> {
    /// The row of the target's measure, which the fields it shares with it read.
    pub measure: MeasureRow<'a>,
    /// The target as the plan writes it.
    pub t: &'a Target,
    /// The evaluation's result for this target; `None` when the plan could not be evaluated.
    pub result: Option<&'a TargetResult>,
}

/// What an agency's fields are computed from.
pub struct AgencyRow<'a> {
    /// The plan, for the measures the agency leads or supports and the reports it sends.
    pub model: &'a Model,
    /// The agency the row is about: its id, full and short names.
    pub a: &'a Agency,
    /// The reports it owed by the date.
    pub owed: Vec<&'a ReportStatus>,
    /// The projects and tasks it owes, as lead, with their statuses (upcoming ones too).
    pub tasks: Vec<&'a TaskStatus>,
}

impl AgencyRow<'_> {
    /// The measures, then the projects and tasks, whose `pick` list (lead or support)
    /// names the agency.
    pub fn owns(&self, pick: fn(&Measure) -> &[Owner], duty: fn(&Duty) -> &[Owner]) -> Cell {
        let names = |list: &[Owner]| list.iter().any(|o| o.agency.name == self.a.id);
        let measures = (self.model.measures.values())
            .filter(|m| names(pick(m)))
            .map(measure_ref);
        let duties = (self.model.duties())
            .filter(|d| names(duty(d.duty)))
            .map(|d| Ref::named(d.id, vec![d.title.to_string()]));
        Cell::Refs(measures.chain(duties).collect())
    }
}

/// What an objective's fields are computed from.
pub struct ObjectiveRow<'a> {
    /// The plan, for the measures that serve the objective.
    pub model: &'a Model,
    /// The objective the row is about: its id, title and source.
    pub o: &'a Objective,
    /// Its place among the plan's objectives, which the measures serving it hold.
    pub id: Id<Objective>,
}

/// One report owed: a report, a submitter, a period, its deadline and what became of it.
pub struct ReportRow<'a> {
    /// The plan, for the names of the agencies that send and receive the report.
    pub model: &'a Model,
    /// The report as the plan declares it (its title, who receives it).
    pub report: &'a Report,
    /// The id of the agency that owes it.
    pub agency: &'a str,
    /// The half-year or year it reports on.
    pub period: Period,
    /// The day it is due, as the evaluation computes it.
    pub deadline: Date,
    /// What the evaluation found of it (received, late, missing); `None` while it is not
    /// owed yet (`upcoming`), or when the plan could not be evaluated.
    pub status: Option<&'a ReportStatus>,
}

/// One project or task owed (or not tracked): the duty, the lead agency that owes it, the
/// period and its deadline, and what became of it.
pub struct DutyRow<'a> {
    /// The plan, for the names of agencies and of the projects that cover a task.
    pub model: &'a Model,
    /// The task or project as the plan declares it.
    pub duty: DutyOf<'a>,
    /// The id of the lead agency that owes it; `None` for a duty with no lead.
    pub agency: Option<&'a str>,
    /// The period it is owed for; `None` for a duty without a deadline.
    pub period: Option<Period>,
    /// The day it is due; `None` for a duty without a deadline.
    pub deadline: Option<Date>,
    /// What the evaluation found of it (done, late, overdue, upcoming); `None` for a duty
    /// without a deadline that no record says was done, or when the plan could not be
    /// evaluated.
    pub status: Option<&'a TaskStatus>,
}

/// The cells of a row, one per field of `subject`, each got by the field's getter from the
/// row of its kind.
fn cells(subject: Subject, row: &AnyRow<'_>) -> Vec<Cell> {
    subject
        .fields()
        .iter()
        .map(|field| match (field.get, row) {
            (Get::Measure(get), AnyRow::Measure(r)) => get(r),
            (Get::Agency(get), AnyRow::Agency(r)) => get(r),
            (Get::Objective(get), AnyRow::Objective(r)) => get(r),
            (Get::Report(get), AnyRow::Report(r)) => get(r),
            (Get::Duty(get), AnyRow::Duty(r)) => get(r),
            // A field listed under another subject than its getter's: no value (a test
            // checks that every field's getter fits its subject).
            _ => Cell::Null,
        })
        .collect()
}

/// A row of any subject.
enum AnyRow<'a> {
    Measure(MeasureRow<'a>),
    Agency(AgencyRow<'a>),
    Objective(ObjectiveRow<'a>),
    Report(ReportRow<'a>),
    Duty(DutyRow<'a>),
}

/// Every row of a subject, in the plan's order.
pub fn rows(ctx: Context<'_>, subject: Subject) -> Vec<Row> {
    let row = |r: AnyRow<'_>, due: Option<(Date, Date)>| Row {
        cells: cells(subject, &r),
        due,
    };
    match subject {
        Subject::Indicators => measure_rows(ctx)
            .map(|m| row(AnyRow::Measure(m), None))
            .collect(),
        Subject::Targets => target_rows(ctx),
        Subject::Agencies => agency_rows(ctx)
            .map(|a| row(AnyRow::Agency(a), None))
            .collect(),
        Subject::Objectives => ctx
            .model
            .objectives
            .values()
            .enumerate()
            .map(|(i, o)| {
                let o = ObjectiveRow {
                    model: ctx.model,
                    o,
                    id: Id::at(i),
                };
                row(AnyRow::Objective(o), None)
            })
            .collect(),
        Subject::Reports => report_rows(ctx)
            .into_iter()
            .map(|r| {
                let due = Some((r.deadline, r.deadline));
                row(AnyRow::Report(r), due)
            })
            .collect(),
        Subject::Tasks | Subject::Projects => duty_rows(ctx, subject == Subject::Projects)
            .into_iter()
            .map(|r| {
                let due = r.deadline.map(|d| (d, d));
                row(AnyRow::Duty(r), due)
            })
            .collect(),
    }
}

/// The rows of every task (or every project): for one with a deadline, each lead agency's
/// for each period owed, upcoming ones too; for one without, each lead agency's once (with
/// its status when a record says it was done); for one without a lead, one row.
fn duty_rows(ctx: Context<'_>, projects: bool) -> Vec<DutyRow<'_>> {
    let model = ctx.model;
    let statuses: &[TaskStatus] = ctx
        .facts
        .evaluation
        .as_ref()
        .map_or(&[], |e| e.tasks.as_slice());
    let found: HashMap<(DutyId, &str, Option<Period>), &TaskStatus> = statuses
        .iter()
        .map(|t| ((t.which, t.agency.as_str(), t.period), t))
        .collect();
    let mut out = Vec::new();
    for duty in model.duties() {
        if matches!(duty.which, DutyId::Project(_)) != projects {
            continue;
        }
        let schedule = Schedule::of(duty.duty, model.plan.period);
        let mut agencies: Vec<&str> = Vec::new();
        for o in &duty.duty.lead {
            if !agencies.contains(&o.agency.name.as_str()) {
                agencies.push(&o.agency.name);
            }
        }
        let row = |agency, period, deadline, status| DutyRow {
            model,
            duty,
            agency,
            period,
            deadline,
            status,
        };
        if agencies.is_empty() {
            out.push(row(None, None, None, None));
        }
        for agency in agencies {
            if schedule == Schedule::Untracked {
                let done = statuses
                    .iter()
                    .find(|t| t.which == duty.which && t.agency == agency);
                out.push(row(Some(agency), done.and_then(|t| t.period), None, done));
                continue;
            }
            for (period, deadline) in schedule.occurrences() {
                let status = found.get(&(duty.which, agency, Some(period))).copied();
                out.push(row(Some(agency), Some(period), Some(deadline), status));
            }
        }
    }
    out
}

/// The agency `id` as a cell's id, matched also by its full and short names; an id the plan
/// does not declare is matched by itself alone.
pub fn agency_ref(model: &Model, id: &str) -> Ref {
    match model.agencies.get(id) {
        Some(a) => {
            let mut names = vec![a.name.clone()];
            names.extend(a.short.clone());
            Ref::named(id, names)
        }
        None => Ref::new(id),
    }
}

/// A measure as a cell's id (`16a`), matched also by its title.
pub fn measure_ref(m: &Measure) -> Ref {
    Ref::named(m.id.clone(), vec![m.title.clone()])
}

/// The agencies of a list of owners, each once, in written order.
pub fn owners<'a>(model: &Model, owners: impl Iterator<Item = &'a Owner>) -> Vec<Ref> {
    let mut out: Vec<Ref> = Vec::new();
    for o in owners {
        if !out.iter().any(|r| r.id == o.agency.name) {
            out.push(agency_ref(model, &o.agency.name));
        }
    }
    out
}

/// The row of each measure.
fn measure_rows(ctx: Context<'_>) -> impl Iterator<Item = MeasureRow<'_>> {
    let (model, facts) = (ctx.model, ctx.facts);
    model.measures.values().enumerate().map(move |(i, m)| {
        let current = facts.current_target(m);
        MeasureRow {
            model,
            m,
            current,
            result: current.and_then(|t| facts.result(i, t)),
            latest: facts.values_as_of(i).last(),
        }
    })
}

/// The rows of every target, with the years each is due in. The fields a target shares with
/// its measure are got once for the measure, not once for each of its targets.
fn target_rows(ctx: Context<'_>) -> Vec<Row> {
    let (model, facts) = (ctx.model, ctx.facts);
    let fields = Subject::Targets.fields();
    let mut out = Vec::new();
    for (i, measure) in measure_rows(ctx).enumerate() {
        let shared: Vec<Cell> = fields
            .iter()
            .map(|field| match field.get {
                Get::Measure(get) => get(&measure),
                _ => Cell::Null,
            })
            .collect();
        for (t_index, t) in measure.m.targets.iter().enumerate() {
            let row = TargetRow {
                measure,
                t,
                result: facts.result(i, t_index),
            };
            let cells = fields
                .iter()
                .zip(&shared)
                .map(|(field, shared)| match field.get {
                    Get::Target(get) => get(&row),
                    _ => shared.clone(),
                })
                .collect();
            let (a, b) = target_years(t, model.plan.period);
            let due = Date::new(a, 1, 1).zip(Date::new(b, 12, 31));
            out.push(Row { cells, due });
        }
    }
    out
}

fn agency_rows(ctx: Context<'_>) -> impl Iterator<Item = AgencyRow<'_>> {
    let model = ctx.model;
    let reporting: &[ReportStatus] = ctx
        .facts
        .evaluation
        .as_ref()
        .map_or(&[], |e| e.reporting.as_slice());
    let tasks: &[TaskStatus] = ctx
        .facts
        .evaluation
        .as_ref()
        .map_or(&[], |e| e.tasks.as_slice());
    model.own_agencies().map(move |a| AgencyRow {
        model,
        a,
        owed: reporting.iter().filter(|r| r.agency == a.id).collect(),
        tasks: tasks.iter().filter(|t| t.agency == a.id).collect(),
    })
}

/// The years a target is due in: its milestone, or every year of the span it holds over.
pub fn target_years(t: &Target, plan_period: Option<(i32, i32)>) -> (i32, i32) {
    // Without a plan period, a target without years is due over every year a date can have.
    let (first, last) = plan_period.unwrap_or((1, 9999));
    match t.kind {
        TargetKind::Level { at: Some(at) } => (at.year(), at.year()),
        _ => (
            t.kind.first_year().unwrap_or(first),
            t.kind.last_year().unwrap_or(last),
        ),
    }
}

/// Every report of the schedule (periodic reports with a due date) for every year of the
/// plan and every submitter, with its status as of the date: `upcoming` when its deadline
/// has not passed. Deadlines are computed as the evaluation computes them.
fn report_rows(ctx: Context<'_>) -> Vec<ReportRow<'_>> {
    let model = ctx.model;
    let Some((first, last)) = model.plan.period else {
        return Vec::new();
    };
    let reporting: &[ReportStatus] = ctx
        .facts
        .evaluation
        .as_ref()
        .map_or(&[], |e| e.reporting.as_slice());
    let mut out = Vec::new();
    for report in model.reports.values() {
        let (Some(kind), Some(due)) = (report.period, report.due_day()) else {
            continue;
        };
        for year in first..=last {
            let period = match kind {
                PeriodKind::HalfYear => Period::Half(year, 1),
                PeriodKind::Year => Period::Year(year),
                _ => continue,
            };
            let Some(mut deadline) = Date::new(year, due.month, due.day)
                .or_else(|| Date::new(year, due.month, due.day.saturating_sub(1)))
            else {
                continue;
            };
            if report.due_before() {
                deadline = deadline.previous();
            }
            for agency in &report.party.from {
                let status = reporting.iter().find(|r| {
                    r.agency == agency.name && r.report == report.id && r.period == period
                });
                out.push(ReportRow {
                    model,
                    report,
                    agency: &agency.name,
                    period,
                    deadline,
                    status,
                });
            }
        }
    }
    out
}
