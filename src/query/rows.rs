//! The rows of each subject, one cell per field in the order of `schema`'s field lists.

use super::facts::Facts;
use super::schema::{Cell, Ref, Subject};
use crate::date::Date;
use crate::eval::evaluate::{op_text, TargetResult};
use crate::eval::period::Period;
use crate::eval::reporting::{Compliance, ReportStatus};
use crate::model::{Measure, Model, Owner, PeriodKind, Target, TargetKind};
use crate::numbers::exact;

/// What a query runs against.
#[derive(Copy, Clone)]
pub struct Context<'a> {
    pub model: &'a Model,
    pub facts: &'a Facts,
}

/// One row: its cells, and for targets and reports the days it is due (for `due`).
pub struct Row {
    pub cells: Vec<Cell>,
    pub due: Option<(Date, Date)>,
}

/// Every row of a subject, in the plan's order.
pub fn rows(ctx: Context<'_>, subject: Subject) -> Vec<Row> {
    let plain = |rows: Vec<Vec<Cell>>| {
        rows.into_iter()
            .map(|cells| Row { cells, due: None })
            .collect()
    };
    match subject {
        Subject::Indicators => plain(indicator_rows(ctx)),
        Subject::Targets => target_rows(ctx),
        Subject::Agencies => plain(agency_rows(ctx)),
        Subject::Objectives => plain(objective_rows(ctx)),
        Subject::Reports => report_rows(ctx),
    }
}

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

pub fn measure_ref(m: &Measure) -> Ref {
    Ref::named(m.id.clone(), vec![m.title.clone()])
}

fn owners(model: &Model, owners: &[&Owner]) -> Vec<Ref> {
    let mut out: Vec<Ref> = Vec::new();
    for o in owners {
        if !out.iter().any(|r| r.id == o.agency.name) {
            out.push(agency_ref(model, &o.agency.name));
        }
    }
    out
}

/// The cells every measure and each of its targets share (see `measure_fields!`).
fn measure_cells(model: &Model, m: &Measure) -> Vec<Cell> {
    let objective = m.objective.as_ref().map_or(Cell::Null, |o| {
        let names = model
            .objectives
            .get(&o.name)
            .map(|x| vec![x.title.clone()])
            .unwrap_or_default();
        Cell::Ref(Ref::named(o.name.clone(), names))
    });
    let lead: Vec<&Owner> = m.lead.iter().collect();
    let support: Vec<&Owner> = m.support.iter().collect();
    let both: Vec<&Owner> = m.lead.iter().chain(&m.support).collect();
    let unit = m.unit.as_ref().map_or(Cell::Null, |u| match &u.unit {
        Some(unit) => Cell::Ref(Ref::named(
            unit.id.clone(),
            vec![unit.symbol.clone(), u.written.name.clone()],
        )),
        None => Cell::Ref(Ref::new(u.written.name.clone())),
    });
    vec![
        Cell::Ref(measure_ref(m)),
        Cell::Text(m.title.clone()),
        objective,
        Cell::Refs(owners(model, &lead)),
        Cell::Refs(owners(model, &support)),
        Cell::Refs(owners(model, &both)),
        unit,
        m.direction
            .map_or(Cell::Null, |d| Cell::Ref(Ref::new(d.as_str()))),
        Cell::opt_text(m.source.as_deref()),
    ]
}

fn status_cell(r: Option<&TargetResult>) -> Cell {
    r.map_or(Cell::Null, |r| Cell::Ref(Ref::new(r.status.as_str())))
}

fn indicator_rows(ctx: Context<'_>) -> Vec<Vec<Cell>> {
    let (model, facts) = (ctx.model, ctx.facts);
    model
        .measures
        .values()
        .enumerate()
        .map(|(i, m)| {
            let current = facts.current_target(m);
            let result = current.and_then(|t| facts.result(i, t));
            let latest = facts.values_as_of(i).last();
            let mut cells = measure_cells(model, m);
            cells.extend([
                Cell::Text(m.number.clone()),
                Cell::Nums(
                    m.targets
                        .iter()
                        .filter_map(|t| t.year.map(f64::from))
                        .collect(),
                ),
                Cell::Nums(m.targets.iter().map(|t| t.value).collect()),
                Cell::opt_num(
                    current
                        .and_then(|t| m.targets.get(t))
                        .and_then(|t| t.until.or(t.year))
                        .map(f64::from),
                ),
                status_cell(result),
                Cell::opt_num(latest.map(|v| v.value)),
                latest.map_or(Cell::Null, |v| Cell::Text(v.period.to_string())),
                notes(&m.notes),
            ]);
            cells
        })
        .collect()
}

fn notes(notes: &[String]) -> Cell {
    if notes.is_empty() {
        Cell::Null
    } else {
        Cell::Text(notes.join(" "))
    }
}

/// "2025 >= 65", "2025..2030 >= 95", "<= -0.5/yr until 2030", "all >= 100", with `*` for
/// strive and the split it applies to.
pub fn target_text(t: &Target) -> String {
    let value = match t.value_max {
        Some(max) => format!("{} to {}", exact(t.value), exact(max)),
        None => format!("{} {}", op_text(t.op.as_str()), exact(t.value)),
    };
    let years = |a: Option<i32>, b: Option<i32>| match (a, b) {
        (Some(a), Some(b)) => format!("{a}..{b} "),
        (Some(a), None) => format!("from {a} "),
        (None, Some(b)) => format!("until {b} "),
        (None, None) => String::new(),
    };
    let mut s = match t.kind {
        TargetKind::Maintain => format!("{}{value}", years(t.year, t.until)),
        TargetKind::Rate => format!("{}{value}/yr", years(t.year, t.until)),
        TargetKind::Change => format!("{}{value} in all", years(t.year, t.until)),
        TargetKind::Level => match t.year {
            Some(y) => format!("{y} {value}"),
            None => format!("all {value}"),
        },
    };
    if let Some((d, v)) = t.split.as_deref() {
        s.push_str(&format!(" [{}={}]", d.name, v.name));
    }
    if t.strive {
        s.push_str(" strive");
    }
    s
}

fn target_rows(ctx: Context<'_>) -> Vec<Row> {
    let (model, facts) = (ctx.model, ctx.facts);
    let mut out = Vec::new();
    for (i, m) in model.measures.values().enumerate() {
        let shared = measure_cells(model, m);
        for (t_index, t) in m.targets.iter().enumerate() {
            let r = facts.result(i, t_index);
            let mut cells = shared.clone();
            cells.extend([
                Cell::Ref(Ref::new(t.kind.as_str())),
                Cell::opt_num(t.year.map(f64::from)),
                Cell::opt_num(t.until.map(f64::from)),
                Cell::Text(t.op.as_str().to_string()),
                Cell::Num(t.value),
                Cell::Text(target_text(t)),
                Cell::Ref(Ref::new(if t.strive { "yes" } else { "no" })),
                status_cell(r),
                Cell::opt_num(r.and_then(|r| r.baseline.as_ref()).map(|p| p.value)),
                Cell::opt_num(r.and_then(|r| r.latest.as_ref()).map(|p| p.value)),
                r.and_then(|r| r.latest.as_ref())
                    .map_or(Cell::Null, |p| Cell::Text(p.period.to_string())),
                Cell::opt_num(r.and_then(|r| r.expected)),
                Cell::opt_num(r.and_then(|r| r.projected)),
                Cell::opt_num(r.and_then(|r| r.ratio)),
                Cell::opt_text(r.and_then(|r| r.note.as_deref())),
            ]);
            let (a, b) = target_years(t, model.plan.period);
            let due = Date::new(a, 1, 1).zip(Date::new(b, 12, 31));
            out.push(Row { cells, due });
        }
    }
    out
}

/// The years a target is due in: its milestone, or every year of the span it holds over.
pub fn target_years(t: &Target, plan_period: Option<(i32, i32)>) -> (i32, i32) {
    // Without a plan period, a target without years is due over every year a date can have.
    let (first, last) = plan_period.unwrap_or((1, 9999));
    match t.kind {
        TargetKind::Level => match t.year {
            Some(y) => (y, y),
            None => (first, last),
        },
        _ => (t.year.unwrap_or(first), t.until.unwrap_or(last)),
    }
}

fn agency_rows(ctx: Context<'_>) -> Vec<Vec<Cell>> {
    let model = ctx.model;
    let reporting: &[ReportStatus] = ctx
        .facts
        .evaluation
        .as_ref()
        .map_or(&[], |e| e.reporting.as_slice());
    model
        .own_agencies()
        .map(|a| {
            let owns = |pick: fn(&Measure) -> &Vec<Owner>| {
                Cell::Refs(
                    model
                        .measures
                        .values()
                        .filter(|m| pick(m).iter().any(|o| o.agency.name == a.id))
                        .map(measure_ref)
                        .collect(),
                )
            };
            let reports = model
                .reports
                .values()
                .filter(|r| r.from.iter().any(|f| f.name == a.id))
                .map(|r| Ref::named(r.id.clone(), vec![r.title.clone()]))
                .collect();
            let mine: Vec<&ReportStatus> = reporting.iter().filter(|r| r.agency == a.id).collect();
            let count = |c: Option<Compliance>| {
                Cell::Num(
                    mine.iter()
                        .filter(|r| c.is_none_or(|c| r.status == c))
                        .count() as f64,
                )
            };
            let received = mine
                .iter()
                .filter(|r| r.status != Compliance::Missing)
                .count();
            vec![
                Cell::Ref(agency_ref(model, &a.id)),
                Cell::Text(a.name.clone()),
                Cell::opt_text(a.short.as_deref()),
                owns(|m| &m.lead),
                owns(|m| &m.support),
                Cell::Refs(reports),
                count(None),
                Cell::Num(received as f64),
                count(Some(Compliance::Late)),
                count(Some(Compliance::Missing)),
            ]
        })
        .collect()
}

fn objective_rows(ctx: Context<'_>) -> Vec<Vec<Cell>> {
    let model = ctx.model;
    model
        .objectives
        .values()
        .map(|o| {
            let measures = model
                .measures
                .values()
                .filter(|m| m.objective.as_ref().is_some_and(|x| x.name == o.id))
                .map(measure_ref)
                .collect();
            vec![
                Cell::Ref(Ref::named(o.id.clone(), vec![o.title.clone()])),
                Cell::Text(o.title.clone()),
                Cell::opt_text(o.source.as_deref()),
                Cell::Refs(measures),
            ]
        })
        .collect()
}

/// Every report of the schedule (periodic reports with a due date) for every year of the
/// plan and every submitter, with its status as of the date: `upcoming` when its deadline
/// has not passed. Deadlines are computed as the evaluation computes them.
pub fn report_rows(ctx: Context<'_>) -> Vec<Row> {
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
        let (Some(kind), Some(due)) = (report.period, report.due) else {
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
            if report.due_before {
                deadline = deadline.previous();
            }
            for agency in &report.from {
                let status = reporting.iter().find(|r| {
                    r.agency == agency.name && r.report == report.id && r.period == period
                });
                let (state, received, days_late) = match status {
                    Some(s) => (
                        s.status.as_str(),
                        s.received.map_or(Cell::Null, Cell::Date),
                        Cell::Num(s.days_late as f64),
                    ),
                    None => ("upcoming", Cell::Null, Cell::Null),
                };
                out.push(Row {
                    due: Some((deadline, deadline)),
                    cells: vec![
                        Cell::Ref(Ref::named(report.id.clone(), vec![report.title.clone()])),
                        Cell::Text(report.title.clone()),
                        Cell::Ref(agency_ref(model, &agency.name)),
                        report
                            .to
                            .as_ref()
                            .map_or(Cell::Null, |t| Cell::Ref(agency_ref(model, &t.name))),
                        Cell::Text(period.to_string()),
                        Cell::Date(deadline),
                        received,
                        Cell::Ref(Ref::new(state)),
                        days_late,
                    ],
                });
            }
        }
    }
    out
}
