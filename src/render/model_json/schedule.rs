//! Reports, reviews, projects and tasks in the JSON of `plan show`: who does what, by when.

use super::measures::agencies;
use crate::date::{Date, DayMonth, DueMonth};
use crate::model::{Deadline, Duty, Held, Model, Party, PeriodKind, Project, Report, Review, Task};
use serde::Serialize;

#[derive(Serialize)]
pub struct ReportJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    pub period: Option<PeriodKind>,
    pub due: Option<DayMonth>,
    pub due_before: bool,
    pub from: Vec<&'m str>,
    /// The first agency it goes to; `to_all` lists every one.
    pub to: Option<&'m str>,
    /// Every agency it goes to (`to cong_thuong, ubnd_tinh`), in written order.
    pub to_all: Vec<&'m str>,
    /// `{ "month": 6, "year": null }` for `due in month 6`; a year for a report due once.
    pub due_month: Option<DueMonth>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
}

#[derive(Serialize)]
pub struct ReviewJson<'m> {
    pub id: &'m str,
    pub title: &'m str,
    /// The year it is held: the one written, or the mid-term or last year of the period for
    /// `at midterm` and `at end`; null for `every year` (and when not said).
    pub year: Option<i32>,
    /// How the plan says when: `year`, `midterm`, `end` or `every_year`.
    pub held: Option<&'static str>,
    /// Every year it is held in (each year of the period for `every year`).
    pub years: Vec<i32>,
    /// `from`, `to`, `source` and `notes`, as a report writes them.
    #[serde(flatten)]
    pub party: PartyJson<'m>,
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
    pub covers: Vec<&'m str>,
    pub covers_tasks: Vec<&'m str>,
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
    /// `due 30/06/2026`: a day of a given year, `YYYY-MM-DD`.
    pub due_date: Option<Date>,
    /// `every year`, `every quarter`...: how often the deadline recurs (null: once).
    pub every: Option<PeriodKind>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
    /// `lead ?`: why no lead is named yet (absent when none is marked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_to_fill: Option<&'m str>,
}

/// A report's or a review's party as the JSON writes it: ids for the agencies. A review's
/// keys are these, in this order; a report writes `due_month` among them.
#[derive(Serialize)]
pub struct PartyJson<'m> {
    pub from: Vec<&'m str>,
    /// The first agency it goes to; `to_all` lists every one.
    pub to: Option<&'m str>,
    /// Every agency it goes to, in written order.
    pub to_all: Vec<&'m str>,
    pub source: Option<&'m str>,
    pub notes: &'m [String],
}

pub(super) fn party(p: &Party) -> PartyJson<'_> {
    let Party {
        from,
        to,
        source,
        notes,
    } = p;
    PartyJson {
        from: from.iter().map(|i| i.name.as_str()).collect(),
        to: to.first().map(|i| i.name.as_str()),
        to_all: to.iter().map(|i| i.name.as_str()).collect(),
        source: source.as_deref(),
        notes,
    }
}

pub(super) fn report(r: &Report) -> ReportJson<'_> {
    let Report {
        id,
        title,
        period,
        // Written as it was before one `due` field, through `Deadline`: `due` (a day, null
        // when given by month, absent, or naming no day), `due_before` and `due_month`.
        due: _,
        party: p,
        span: _,
        id_span: _,
    } = r;
    let p = party(p);
    ReportJson {
        id,
        title,
        period: *period,
        due: r.due_day(),
        due_before: r.due_before(),
        from: p.from,
        to: p.to,
        to_all: p.to_all,
        due_month: r.due_month(),
        source: p.source,
        notes: p.notes,
    }
}

pub(super) fn review<'m>(model: &'m Model, r: &'m Review) -> ReviewJson<'m> {
    let Review {
        id,
        title,
        when,
        party: p,
        span: _,
        id_span: _,
    } = r;
    let years = r.years(&model.plan);
    ReviewJson {
        id,
        title,
        year: match when {
            Some((Held::EveryYear, _)) => None,
            _ => years.first().copied(),
        },
        held: when.map(|(h, _)| h.as_str()),
        years,
        party: party(p),
    }
}

fn duty(d: &Duty) -> DutyJson<'_> {
    let Duty {
        lead,
        support,
        lead_to_fill,
        // Through `Deadline`, as a report's.
        due: _,
        every,
        source,
        notes,
    } = d;
    DutyJson {
        lead: agencies(lead),
        support: agencies(support),
        due: d.due_day(),
        due_month: d.due_month(),
        due_before: d.due_before(),
        due_date: d.due_date(),
        every: *every,
        source: source.as_deref(),
        notes,
        lead_to_fill: lead_to_fill
            .as_ref()
            .map(|f| f.reason.as_deref().unwrap_or("")),
    }
}

pub(super) fn project<'m>(model: &'m Model, p: &'m Project) -> ProjectJson<'m> {
    let Project {
        id,
        title,
        parent,
        duty: d,
        // As written, with the `ref` of each line; `covers` and `covers_tasks` give what it
        // resolves to.
        covers: _,
        measures,
        tasks,
        span: _,
        id_span: _,
    } = p;
    ProjectJson {
        id,
        title,
        parent: parent.as_ref().map(|i| i.name.as_str()),
        duty: duty(d),
        covers: (measures.iter())
            .filter_map(|&m| model.at(m))
            .map(|m| m.id.as_str())
            .collect(),
        covers_tasks: (tasks.iter())
            .filter_map(|&t| model.at(t))
            .map(|t| t.id.as_str())
            .collect(),
    }
}

pub(super) fn task(t: &Task) -> TaskJson<'_> {
    let Task {
        id,
        title,
        duty: d,
        span: _,
        id_span: _,
    } = t;
    TaskJson {
        id,
        title,
        duty: duty(d),
    }
}
