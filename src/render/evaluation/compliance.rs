//! Reporting and task compliance as every report shows it: what each agency (by name) gave of
//! what it owed, and each report late or missing, each task late or overdue. One typed value
//! ([`Compliance`]) made from the evaluation, which the text table writes here (names cut to
//! fit a terminal) and the Markdown report, the page and the document write whole.

use super::names::{agency_by_id, duty, report};
use super::words;
use crate::date::{Date, Period};
use crate::eval::evaluate::Evaluation;
use crate::eval::reporting::{rates, Compliance as Received};
use crate::eval::tasks::{rates as task_rates, TaskState};
use crate::i18n::Lang;
use crate::model::Model;
use crate::render::terminal::shorten;
use std::fmt::Write;

/// The most characters of an agency's name or a report's or task's title a line of the
/// table shows: each is known by its first words ("Báo cáo 6 tháng ..."), and a line
/// should fit a terminal.
const NAME: usize = 32;

/// What agencies gave of what they owed: reports received, or tasks done.
#[derive(Clone, Debug, PartialEq)]
pub struct Compliance {
    /// Reports received, or tasks done (on time or late).
    pub given: usize,
    /// Reports or tasks owed by the date.
    pub owed: usize,
    /// Given by the deadline.
    pub on_time: usize,
    /// Given after the deadline.
    pub late: usize,
    /// Never given: reports missing, tasks overdue.
    pub never: usize,
    /// Tasks not owed yet (0 for reports).
    pub upcoming: usize,
    /// Each agency that owed something, in the order it first owed one.
    pub agencies: Vec<AgencyRow>,
    /// Each report late or missing, each task late or overdue, in the evaluation's order.
    pub exceptions: Vec<Exception>,
}

impl Compliance {
    /// Given over owed, in percent; 0 when nothing was owed.
    pub fn rate(&self) -> f64 {
        percent_of(self.given, self.owed)
    }
}

/// One agency's row.
#[derive(Clone, Debug, PartialEq)]
pub struct AgencyRow {
    /// The agency's name as officers know it (its short name, else its name; its id when
    /// the plan declares none).
    pub agency: String,
    /// Given (received, done).
    pub given: usize,
    /// Owed.
    pub owed: usize,
    /// Given late.
    pub late: usize,
    /// Never given (missing, overdue).
    pub never: usize,
}

impl AgencyRow {
    /// Given over owed, in percent.
    pub fn rate(&self) -> f64 {
        percent_of(self.given, self.owed)
    }
}

/// A report late or missing, or a task late or overdue.
#[derive(Clone, Debug, PartialEq)]
pub struct Exception {
    /// The agency that owed it, by name.
    pub agency: String,
    /// The report's or task's title (its id when it has none).
    pub what: String,
    /// The period it was owed for.
    pub period: Option<Period>,
    /// Its deadline.
    pub due: Option<Date>,
    /// What became of it.
    pub state: Late,
}

impl Exception {
    /// Whether it is a report (else a task or project).
    pub fn is_report(&self) -> bool {
        matches!(self.state, Late::Report { .. } | Late::NotReceived)
    }

    /// The line a report writes of it, every name whole.
    pub fn line(&self, lang: Lang) -> String {
        words::exception(lang, self, &self.agency, &self.what)
    }
}

/// What became of a report or task owed and not given on time.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Late {
    /// A report received `days` after its deadline.
    Report {
        /// Days late.
        days: i64,
        /// When it was received.
        received: Option<Date>,
    },
    /// A report not received.
    NotReceived,
    /// A task done `days` after its deadline.
    Task {
        /// Days late.
        days: i64,
        /// When it was done.
        done: Option<Date>,
    },
    /// A task not done, `days` past its deadline.
    Overdue {
        /// Days past the deadline.
        days: i64,
    },
}

/// `a` of `b` in percent; 0 of nothing owed.
pub(crate) fn percent_of(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

/// Reporting compliance; `None` when no report was owed.
pub fn reporting(model: &Model, e: &Evaluation) -> Option<Compliance> {
    if e.reporting.is_empty() {
        return None;
    }
    let (per, received, expected) = rates(&e.reporting);
    let count = |agency: Option<&str>, c: Received| {
        e.reporting
            .iter()
            .filter(|r| agency.is_none_or(|a| r.agency == a) && r.status == c)
            .count()
    };
    Some(Compliance {
        given: received,
        owed: expected,
        on_time: count(None, Received::OnTime),
        late: count(None, Received::Late),
        never: count(None, Received::Missing),
        upcoming: 0,
        agencies: per
            .iter()
            .map(|(agency, given, owed)| AgencyRow {
                agency: agency_by_id(model, agency).to_string(),
                given: *given,
                owed: *owed,
                late: count(Some(agency), Received::Late),
                never: count(Some(agency), Received::Missing),
            })
            .collect(),
        exceptions: e
            .reporting
            .iter()
            .filter(|r| r.status != Received::OnTime)
            .map(|r| Exception {
                agency: agency_by_id(model, &r.agency).to_string(),
                what: report(model, &r.report).to_string(),
                period: Some(r.period),
                due: Some(r.due),
                state: match r.status {
                    Received::Late => Late::Report {
                        days: r.days_late,
                        received: r.received,
                    },
                    _ => Late::NotReceived,
                },
            })
            .collect(),
    })
}

/// Task compliance; `None` when the plan tracks no task.
pub fn tasks(model: &Model, e: &Evaluation) -> Option<Compliance> {
    if e.tasks.is_empty() {
        return None;
    }
    let (per, done, owed) = task_rates(&e.tasks);
    let count = |agency: Option<&str>, s: TaskState| {
        e.tasks
            .iter()
            .filter(|t| agency.is_none_or(|a| t.agency == a) && t.status == s)
            .count()
    };
    Some(Compliance {
        given: done,
        owed,
        on_time: count(None, TaskState::Done),
        late: count(None, TaskState::Late),
        never: count(None, TaskState::Overdue),
        upcoming: count(None, TaskState::Upcoming),
        agencies: per
            .iter()
            .map(|(agency, given, owed)| AgencyRow {
                agency: agency_by_id(model, agency).to_string(),
                given: *given,
                owed: *owed,
                late: count(Some(agency), TaskState::Late),
                never: count(Some(agency), TaskState::Overdue),
            })
            .collect(),
        exceptions: e
            .tasks
            .iter()
            .filter(|t| matches!(t.status, TaskState::Late | TaskState::Overdue))
            .map(|t| Exception {
                agency: agency_by_id(model, &t.agency).to_string(),
                what: duty(model, t).to_string(),
                period: t.period,
                due: t.due,
                state: match t.status {
                    TaskState::Late => Late::Task {
                        days: t.days_late,
                        done: t.done_on,
                    },
                    _ => Late::Overdue { days: t.days_late },
                },
            })
            .collect(),
    })
}

/// Each agency's name, what it gave of what it owed, and the rate, names cut and padded to
/// align.
fn per_agency_lines(lang: Lang, c: &Compliance, out: &mut String) {
    let names: Vec<_> = c
        .agencies
        .iter()
        .map(|a| shorten(&a.agency, NAME))
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (name, a) in names.iter().zip(&c.agencies) {
        let pad = " ".repeat(width - name.chars().count());
        let _ = writeln!(
            out,
            "  {name}{pad}  {}/{} ({})",
            a.given,
            a.owed,
            words::percent(lang, a.rate())
        );
    }
    for e in &c.exceptions {
        let line = words::exception(lang, e, &shorten(&e.agency, NAME), &shorten(&e.what, NAME));
        let _ = writeln!(out, "  {line}");
    }
}

/// Reporting compliance under the table: the rate overall and per agency, then each report
/// late or missing.
pub(super) fn reporting_lines(lang: Lang, model: &Model, e: &Evaluation, out: &mut String) {
    if let Some(c) = reporting(model, e) {
        let _ = writeln!(out, "{}", words::table_reporting(lang, &c));
        per_agency_lines(lang, &c, out);
    }
}

/// Task compliance under the table: the rate overall and per agency, then each task late or
/// overdue.
pub(super) fn task_lines(lang: Lang, model: &Model, e: &Evaluation, out: &mut String) {
    if let Some(c) = tasks(model, e) {
        let _ = writeln!(out, "{}", words::table_tasks(lang, &c));
        per_agency_lines(lang, &c, out);
    }
}
