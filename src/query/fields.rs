//! Every field a query may name, subject by subject, each beside how a row gets its value:
//! one table, so a field cannot be listed without a value, nor a value be computed for a
//! field in another place of the list.

use super::rows::{agency_ref, measure_ref, owners, AgencyRow, DutyRow, MeasureRow};
use super::schema::{Cell, Domain, FieldDef, Get, Kind, Ref};
use crate::eval::evaluate::TargetResult;
use crate::eval::reporting::Compliance;
use crate::eval::tasks::TaskState;
use crate::model::DutyId;
use crate::target_text::{self, Form};

use Domain as D;
use Kind as K;

const fn f(name: &'static str, kind: Kind, domain: Domain, get: Get) -> FieldDef {
    FieldDef {
        name,
        kind,
        domain,
        get,
    }
}

/// The fields a measure shares with each of its targets, first in both lists.
macro_rules! measure_fields {
    ($($rest:expr),* $(,)?) => {
        &[
            f("id", K::Ref, D::Measures,
                Get::Measure(|r| Cell::Ref(measure_ref(r.m)))),
            f("title", K::Text, D::Free,
                Get::Measure(|r| Cell::Text(r.m.title.clone()))),
            f("objective", K::Ref, D::Objectives,
                Get::Measure(objective)),
            f("lead", K::Refs, D::Agencies,
                Get::Measure(|r| Cell::Refs(owners(r.model, r.m.lead.iter())))),
            f("support", K::Refs, D::Agencies,
                Get::Measure(|r| Cell::Refs(owners(r.model, r.m.support.iter())))),
            f("owner", K::Refs, D::Agencies,
                Get::Measure(|r| Cell::Refs(owners(r.model, r.m.lead.iter().chain(r.m.support.iter()))))),
            f("unit", K::Ref, D::Units,
                Get::Measure(unit)),
            f("direction", K::Ref, D::Directions,
                Get::Measure(|r| r.m.direction.map_or(Cell::Null, |d| Cell::Ref(Ref::new(d.as_str()))))),
            f("source", K::Text, D::Free,
                Get::Measure(|r| Cell::opt_text(r.m.source.as_deref()))),
            $($rest),*
        ]
    };
}

/// The objective a measure serves, matched by its title, and by the ids and titles of the
/// objectives it is nested in: `objective = chung` selects the indicators of every
/// objective under the general objective `chung` (its own included).
fn objective(r: &MeasureRow<'_>) -> Cell {
    r.m.objective.as_ref().map_or(Cell::Null, |o| {
        let path =
            o.id.map(|id| r.model.objective_path(id))
                .unwrap_or_default();
        let mut names = Vec::new();
        for (depth, x) in path.into_iter().filter_map(|id| r.model.at(id)).enumerate() {
            if depth > 0 {
                names.push(x.id.clone());
            }
            names.push(x.title.clone());
        }
        Cell::Ref(Ref::named(o.name.clone(), names))
    })
}

fn unit(r: &MeasureRow<'_>) -> Cell {
    r.m.unit.as_ref().map_or(Cell::Null, |u| match &u.unit {
        Some(unit) => Cell::Ref(Ref::named(
            unit.id.clone(),
            vec![unit.symbol.clone(), u.written.name.clone()],
        )),
        None => Cell::Ref(Ref::new(u.written.name.clone())),
    })
}

fn status(r: Option<&TargetResult>) -> Cell {
    r.map_or(Cell::Null, |r| Cell::Ref(Ref::new(r.status.as_str())))
}

fn notes(notes: &[String]) -> Cell {
    if notes.is_empty() {
        Cell::Null
    } else {
        Cell::Text(notes.join(" "))
    }
}

/// The fields of `indicators`: those every measure has, then the document's number, the
/// targets' years and values, the current target's milestone and status, and the latest
/// value.
pub const INDICATORS: &[FieldDef] = measure_fields![
    f(
        "number",
        K::Text,
        D::Free,
        Get::Measure(|r| Cell::Text(r.m.number.clone()))
    ),
    f(
        "target_year",
        K::Numbers,
        D::Free,
        Get::Measure(|r| Cell::Nums(
            r.m.targets
                .iter()
                .filter_map(|t| t.kind.first_year().map(f64::from))
                .collect()
        ))
    ),
    f(
        "target_value",
        K::Numbers,
        D::Free,
        Get::Measure(|r| Cell::Nums(r.m.targets.iter().map(|t| t.value).collect()))
    ),
    f(
        "milestone",
        K::Number,
        D::Free,
        Get::Measure(|r| Cell::opt_num(
            r.current
                .and_then(|t| r.m.targets.get(t))
                .and_then(|t| t.kind.due_year())
                .map(f64::from)
        ))
    ),
    f(
        "status",
        K::Ref,
        D::Statuses,
        Get::Measure(|r| status(r.result))
    ),
    f(
        "latest",
        K::Number,
        D::Free,
        Get::Measure(|r| Cell::opt_num(r.latest.map(|v| v.value)))
    ),
    f(
        "period",
        K::Text,
        D::Free,
        Get::Measure(|r| r
            .latest
            .map_or(Cell::Null, |v| Cell::Text(v.period.to_string())))
    ),
    f(
        "note",
        K::Text,
        D::Free,
        Get::Measure(|r| notes(&r.m.notes))
    ),
];

/// The fields of `targets`: its measure's, then the target's own (kind, years, value) and
/// its result (status, baseline, latest, expected, projected, ratio).
pub const TARGETS: &[FieldDef] = measure_fields![
    f(
        "kind",
        K::Ref,
        D::TargetKinds,
        Get::Target(|r| Cell::Ref(Ref::new(r.t.kind.as_str())))
    ),
    f(
        "year",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.t.kind.first_year().map(f64::from)))
    ),
    f(
        "milestone",
        K::Text,
        D::Free,
        Get::Target(|r| r
            .t
            .milestone()
            .map_or(Cell::Null, |at| Cell::Text(at.to_string())))
    ),
    f(
        "until",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.t.kind.last_year().map(f64::from)))
    ),
    f(
        "op",
        K::Text,
        D::Free,
        Get::Target(|r| Cell::Text(r.t.op.as_str().to_string()))
    ),
    f(
        "value",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::Num(r.t.value))
    ),
    f(
        "target",
        K::Text,
        D::Free,
        Get::Target(|r| Cell::Text(target_text::write(r.t, Form::Query)))
    ),
    f(
        "strive",
        K::Ref,
        D::YesNo,
        Get::Target(|r| Cell::Ref(Ref::new(if r.t.strive { "yes" } else { "no" })))
    ),
    f(
        "status",
        K::Ref,
        D::Statuses,
        Get::Target(|r| status(r.result))
    ),
    f(
        "baseline",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.result.and_then(|r| r.baseline.as_ref()).map(|p| p.value)))
    ),
    f(
        "latest",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.result.and_then(|r| r.latest.as_ref()).map(|p| p.value)))
    ),
    f(
        "period",
        K::Text,
        D::Free,
        Get::Target(|r| r
            .result
            .and_then(|r| r.latest.as_ref())
            .map_or(Cell::Null, |p| Cell::Text(p.period.to_string())))
    ),
    f(
        "expected",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.result.and_then(|r| r.expected)))
    ),
    f(
        "projected",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.result.and_then(|r| r.projected)))
    ),
    f(
        "ratio",
        K::Number,
        D::Free,
        Get::Target(|r| Cell::opt_num(r.result.and_then(|r| r.ratio)))
    ),
    f(
        "note",
        K::Text,
        D::Free,
        Get::Target(|r| Cell::opt_text(r.result.and_then(|r| r.note.as_deref())))
    ),
];

/// How many of an agency's owed reports are of `status` (all of them for `None`).
fn owed(r: &AgencyRow<'_>, status: Option<Compliance>) -> Cell {
    let n = r
        .owed
        .iter()
        .filter(|s| status.is_none_or(|c| s.status == c))
        .count();
    Cell::Num(n as f64)
}

/// The fields of `agencies`: its names, the measures it leads and supports, the reports it
/// submits, and how many it owed by the date: in all, received, late and missing.
pub const AGENCIES: &[FieldDef] = &[
    f(
        "id",
        K::Ref,
        D::Agencies,
        Get::Agency(|r| Cell::Ref(agency_ref(r.model, &r.a.id))),
    ),
    f(
        "name",
        K::Text,
        D::Free,
        Get::Agency(|r| Cell::Text(r.a.name.clone())),
    ),
    f(
        "short",
        K::Text,
        D::Free,
        Get::Agency(|r| Cell::opt_text(r.a.short.as_deref())),
    ),
    f(
        "role",
        K::Ref,
        D::AgencyRoles,
        Get::Agency(|r| Cell::Ref(Ref::new(r.a.role.as_str()))),
    ),
    f(
        "leads",
        K::Refs,
        D::Assignments,
        Get::Agency(|r| r.owns(|m| &m.lead, |d| &d.lead)),
    ),
    f(
        "supports",
        K::Refs,
        D::Assignments,
        Get::Agency(|r| r.owns(|m| &m.support, |d| &d.support)),
    ),
    f(
        "reports",
        K::Refs,
        D::Reports,
        Get::Agency(|r| {
            Cell::Refs(
                r.model
                    .reports
                    .values()
                    .filter(|x| x.party.from.iter().any(|f| f.name == r.a.id))
                    .map(|x| Ref::named(x.id.clone(), vec![x.title.clone()]))
                    .collect(),
            )
        }),
    ),
    f("owed", K::Number, D::Free, Get::Agency(|r| owed(r, None))),
    f(
        "received",
        K::Number,
        D::Free,
        Get::Agency(|r| {
            let n = r
                .owed
                .iter()
                .filter(|s| s.status != Compliance::Missing)
                .count();
            Cell::Num(n as f64)
        }),
    ),
    f(
        "late",
        K::Number,
        D::Free,
        Get::Agency(|r| owed(r, Some(Compliance::Late))),
    ),
    f(
        "missing",
        K::Number,
        D::Free,
        Get::Agency(|r| owed(r, Some(Compliance::Missing))),
    ),
    f(
        "tasks_owed",
        K::Number,
        D::Free,
        Get::Agency(|r| tasks(r, TaskState::is_owed)),
    ),
    f(
        "tasks_done",
        K::Number,
        D::Free,
        Get::Agency(|r| tasks(r, TaskState::is_done)),
    ),
    f(
        "tasks_late",
        K::Number,
        D::Free,
        Get::Agency(|r| tasks(r, |s| s == TaskState::Late)),
    ),
    f(
        "tasks_overdue",
        K::Number,
        D::Free,
        Get::Agency(|r| tasks(r, |s| s == TaskState::Overdue)),
    ),
];

/// How many of an agency's projects and tasks owed are in a state that `counts`.
fn tasks(r: &AgencyRow<'_>, counts: fn(TaskState) -> bool) -> Cell {
    let n = r.tasks.iter().filter(|t| counts(t.status)).count();
    Cell::Num(n as f64)
}

/// The fields of `objectives`: its id, title, source and the measures that serve it.
pub const OBJECTIVES: &[FieldDef] = &[
    f(
        "id",
        K::Ref,
        D::Objectives,
        Get::Objective(|r| Cell::Ref(Ref::named(r.o.id.clone(), vec![r.o.title.clone()]))),
    ),
    f(
        "title",
        K::Text,
        D::Free,
        Get::Objective(|r| Cell::Text(r.o.title.clone())),
    ),
    f(
        "source",
        K::Text,
        D::Free,
        Get::Objective(|r| Cell::opt_text(r.o.source.as_deref())),
    ),
    f(
        "indicators",
        K::Refs,
        D::Measures,
        Get::Objective(|r| {
            let within = |m: &&crate::model::Measure| {
                let id = m.objective.as_ref().and_then(|x| x.id);
                id.is_some_and(|id| r.model.objective_within(id, r.id))
            };
            Cell::Refs(
                r.model
                    .measures
                    .values()
                    .filter(within)
                    .map(measure_ref)
                    .collect(),
            )
        }),
    ),
    f(
        "parent",
        K::Ref,
        D::Objectives,
        Get::Objective(|r| {
            r.o.parent.as_ref().map_or(Cell::Null, |p| {
                let names = r.model.get(p).map(|x| vec![x.title.clone()]);
                Cell::Ref(Ref::named(p.name.clone(), names.unwrap_or_default()))
            })
        }),
    ),
];

/// The fields of `reports`, one row per report owed: who owes it to whom, for which period,
/// by when, and when it arrived.
pub const REPORTS: &[FieldDef] = &[
    f(
        "report",
        K::Ref,
        D::Reports,
        Get::Report(|r| {
            Cell::Ref(Ref::named(
                r.report.id.clone(),
                vec![r.report.title.clone()],
            ))
        }),
    ),
    f(
        "title",
        K::Text,
        D::Free,
        Get::Report(|r| Cell::Text(r.report.title.clone())),
    ),
    f(
        "agency",
        K::Ref,
        D::Agencies,
        Get::Report(|r| Cell::Ref(agency_ref(r.model, r.agency))),
    ),
    f(
        "to",
        K::Refs,
        D::Agencies,
        Get::Report(|r| {
            let to = r.report.party.to.iter();
            Cell::Refs(to.map(|t| agency_ref(r.model, &t.name)).collect())
        }),
    ),
    f(
        "period",
        K::Text,
        D::Free,
        Get::Report(|r| Cell::Text(r.period.to_string())),
    ),
    f(
        "due",
        K::Date,
        D::Free,
        Get::Report(|r| Cell::Date(r.deadline)),
    ),
    f(
        "received",
        K::Date,
        D::Free,
        Get::Report(|r| {
            r.status
                .and_then(|s| s.received)
                .map_or(Cell::Null, Cell::Date)
        }),
    ),
    f(
        "status",
        K::Ref,
        D::ReportStatuses,
        Get::Report(|r| Cell::Ref(Ref::new(r.status.map_or("upcoming", |s| s.status.as_str())))),
    ),
    f(
        "days_late",
        K::Number,
        D::Free,
        Get::Report(|r| {
            r.status
                .map_or(Cell::Null, |s| Cell::Num(s.days_late as f64))
        }),
    ),
];

/// The fields every task and project row has, around those of one kind: who owes it, when,
/// and what became of it.
macro_rules! duty_fields {
    ([$($head:expr),* $(,)?], [$($tail:expr),* $(,)?]) => {
        &[
            $($head,)*
            f("lead", K::Refs, D::Agencies,
                Get::Duty(|r| Cell::Refs(owners(r.model, r.duty.duty.lead.iter())))),
            f("support", K::Refs, D::Agencies,
                Get::Duty(|r| Cell::Refs(owners(r.model, r.duty.duty.support.iter())))),
            f("owner", K::Refs, D::Agencies,
                Get::Duty(|r| Cell::Refs(owners(r.model, r.duty.duty.lead.iter().chain(&r.duty.duty.support))))),
            $($tail,)*
            f("agency", K::Ref, D::Agencies,
                Get::Duty(|r| r.agency.map_or(Cell::Null, |a| Cell::Ref(agency_ref(r.model, a))))),
            f("period", K::Text, D::Free,
                Get::Duty(|r| r.period.map_or(Cell::Null, |p| Cell::Text(p.to_string())))),
            f("due", K::Date, D::Free,
                Get::Duty(|r| r.deadline.map_or(Cell::Null, Cell::Date))),
            f("every", K::Text, D::Free,
                Get::Duty(|r| Cell::opt_text(r.duty.duty.every.map(|e| e.as_str())))),
            f("done_on", K::Date, D::Free,
                Get::Duty(|r| r.status.and_then(|s| s.done_on).map_or(Cell::Null, Cell::Date))),
            f("status", K::Ref, D::TaskStatuses,
                Get::Duty(|r| r.status.map_or(Cell::Null, |s| Cell::Ref(Ref::new(s.status.as_str()))))),
            f("days_late", K::Number, D::Free,
                Get::Duty(|r| r.status.map_or(Cell::Null, |s| Cell::Num(s.days_late as f64)))),
            f("done_note", K::Text, D::Free,
                Get::Duty(|r| Cell::opt_text(r.status.and_then(|s| s.note.as_deref())))),
            f("source", K::Text, D::Free,
                Get::Duty(|r| Cell::opt_text(r.duty.duty.source.as_deref()))),
            f("note", K::Text, D::Free,
                Get::Duty(|r| notes(&r.duty.duty.notes))),
        ]
    };
}

/// A task or project as a cell's id, matched also by its title.
fn duty_ref(r: &DutyRow<'_>) -> Cell {
    Cell::Ref(Ref::named(r.duty.id, vec![r.duty.title.to_string()]))
}

/// The fields of `tasks`, one row per task owed (each lead agency × period), and the
/// projects that cover it.
pub const TASKS: &[FieldDef] = duty_fields!(
    [
        f("id", K::Ref, D::Tasks, Get::Duty(duty_ref)),
        f(
            "title",
            K::Text,
            D::Free,
            Get::Duty(|r| Cell::Text(r.duty.title.to_string()))
        ),
    ],
    [f(
        "projects",
        K::Refs,
        D::Projects,
        Get::Duty(|r| {
            let DutyId::Task(task) = r.duty.which else {
                return Cell::Refs(Vec::new());
            };
            Cell::Refs(
                (r.model.projects.values())
                    .filter(|p| p.tasks.contains(&task))
                    .map(|p| Ref::named(p.id.clone(), vec![p.title.clone()]))
                    .collect(),
            )
        })
    )]
);

/// The fields of `projects`, as `tasks`', with the project it is part of and what it covers.
pub const PROJECTS: &[FieldDef] = duty_fields!(
    [
        f("id", K::Ref, D::Projects, Get::Duty(duty_ref)),
        f(
            "title",
            K::Text,
            D::Free,
            Get::Duty(|r| Cell::Text(r.duty.title.to_string()))
        ),
        f(
            "parent",
            K::Ref,
            D::Projects,
            Get::Duty(|r| project(r).and_then(|p| p.parent.as_ref()).map_or(
                Cell::Null,
                |parent| {
                    let names = r
                        .model
                        .get(parent)
                        .map(|x| vec![x.title.clone()])
                        .unwrap_or_default();
                    Cell::Ref(Ref::named(parent.name.clone(), names))
                }
            ))
        ),
    ],
    [f(
        "covers",
        K::Refs,
        D::Covered,
        Get::Duty(|r| {
            let Some(p) = project(r) else {
                return Cell::Refs(Vec::new());
            };
            let measures = (p.measures.iter())
                .filter_map(|&m| r.model.at(m))
                .map(measure_ref);
            let tasks = (p.tasks.iter())
                .filter_map(|&t| r.model.at(t))
                .map(|t| Ref::named(t.id.clone(), vec![t.title.clone()]));
            Cell::Refs(measures.chain(tasks).collect())
        })
    )]
);

/// The project a row is of (`None` for a task's).
fn project<'a>(r: &DutyRow<'a>) -> Option<&'a crate::model::Project> {
    match r.duty.which {
        DutyId::Project(p) => r.model.at(p),
        DutyId::Task(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::schema::{Get, Subject};

    /// Every field's getter reads the row of its subject (or, for a target, of its measure):
    /// a field listed under another subject would have no value.
    #[test]
    fn every_getter_fits_its_subject() {
        for subject in Subject::ALL {
            for field in subject.fields() {
                let fits = matches!(
                    (subject, field.get),
                    (Subject::Indicators, Get::Measure(_))
                        | (Subject::Targets, Get::Measure(_) | Get::Target(_))
                        | (Subject::Agencies, Get::Agency(_))
                        | (Subject::Objectives, Get::Objective(_))
                        | (Subject::Reports, Get::Report(_))
                        | (Subject::Tasks | Subject::Projects, Get::Duty(_))
                );
                assert!(fits, "{}.{}", subject.as_str(), field.name);
            }
        }
    }
}
