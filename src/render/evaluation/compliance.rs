//! Reporting and task compliance as the text table writes them: the rate overall, per
//! agency (by name), then each report or task late, missing or overdue.

use super::names::{agency_by_id, duty, report};
use crate::eval::evaluate::Evaluation;
use crate::eval::reporting::{rates, Compliance};
use crate::eval::tasks::{rates as task_rates, TaskState};
use crate::model::Model;
use crate::render::terminal::shorten;
use std::fmt::Write;

/// The most characters of an agency's name or a report's or task's title a line of the
/// table shows: each is known by its first words ("Báo cáo 6 tháng ..."), and a line
/// should fit a terminal.
const NAME: usize = 32;

/// `a` of `b` in percent; 0 of nothing owed.
pub(super) fn percent_of(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

/// "1 day", "3 days".
pub(super) fn days(n: i64) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

/// An agency's name, cut to [`NAME`] characters.
fn agency<'m>(model: &'m Model, id: &'m str) -> std::borrow::Cow<'m, str> {
    shorten(agency_by_id(model, id), NAME)
}

/// Each agency's name, what it gave of what it owed, and the rate, names padded to align.
fn per_agency_lines(model: &Model, per: &[(String, usize, usize)], out: &mut String) {
    let names: Vec<_> = per.iter().map(|(a, ..)| agency(model, a)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (name, (_, got, owed)) in names.iter().zip(per) {
        let pad = " ".repeat(width - name.chars().count());
        let _ = writeln!(
            out,
            "  {name}{pad}  {got}/{owed} ({:.1}%)",
            percent_of(*got, *owed)
        );
    }
}

/// Reporting compliance: the rate overall and per agency, then each report late or missing.
pub(super) fn reporting_lines(model: &Model, e: &Evaluation, out: &mut String) {
    if e.reporting.is_empty() {
        return;
    }
    let (per, received, expected) = rates(&e.reporting);
    let count = |c: Compliance| e.reporting.iter().filter(|r| r.status == c).count();
    let _ = writeln!(
        out,
        "reporting: {received} of {expected} reports received ({:.1}%): {} on time, {} late, {} missing",
        percent_of(received, expected),
        count(Compliance::OnTime),
        count(Compliance::Late),
        count(Compliance::Missing)
    );
    per_agency_lines(model, &per, out);
    for line in late_reports(model, e, |a| agency(model, a), |r| shorten(r, NAME)) {
        let _ = writeln!(out, "  {line}");
    }
}

/// One line for each report late or missing: `agency: report period, due DATE, state`, the
/// agency and the report written by `agency` and `report_text` (cut to a width, or whole).
pub(super) fn late_reports<'m, A: std::fmt::Display, R: std::fmt::Display>(
    model: &'m Model,
    e: &'m Evaluation,
    agency: impl Fn(&'m str) -> A,
    report_text: impl Fn(&'m str) -> R,
) -> Vec<String> {
    e.reporting
        .iter()
        .filter(|r| r.status != Compliance::OnTime)
        .map(|r| {
            format!(
                "{}: {} {}, due {}, {}",
                agency(&r.agency),
                report_text(report(model, &r.report)),
                r.period,
                r.due,
                report_state(r)
            )
        })
        .collect()
}

/// "late by 3 days (received 2025-01-18)", "missing".
pub(super) fn report_state(r: &crate::eval::reporting::ReportStatus) -> String {
    match r.status {
        Compliance::Late => format!(
            "late by {} (received {})",
            days(r.days_late),
            r.received.map_or(String::new(), |d| d.to_string())
        ),
        _ => "missing".to_string(),
    }
}

/// "late by 3 days (done 2025-01-18)", "overdue by 40 days".
pub(super) fn task_state(t: &crate::eval::tasks::TaskStatus) -> String {
    match t.status {
        TaskState::Late => format!(
            "late by {} (done {})",
            days(t.days_late),
            t.done_on.map_or(String::new(), |d| d.to_string())
        ),
        _ => format!("overdue by {}", days(t.days_late)),
    }
}

/// Task compliance: the rate overall and per agency, then each task late or overdue.
pub(super) fn task_lines(model: &Model, e: &Evaluation, out: &mut String) {
    if e.tasks.is_empty() {
        return;
    }
    let (per, done, owed) = task_rates(&e.tasks);
    let count = |s: TaskState| e.tasks.iter().filter(|t| t.status == s).count();
    let _ = writeln!(
        out,
        "tasks: {done} of {owed} owed done ({:.1}%): {} done, {} late, {} overdue; {} upcoming",
        percent_of(done, owed),
        count(TaskState::Done),
        count(TaskState::Late),
        count(TaskState::Overdue),
        count(TaskState::Upcoming)
    );
    per_agency_lines(model, &per, out);
    for line in late_tasks(model, e, |a| agency(model, a), |d| shorten(d, NAME)) {
        let _ = writeln!(out, "  {line}");
    }
}

/// One line for each task done late or overdue: `agency: task period, due DATE, state`, the
/// agency and the task written by `agency` and `duty` (cut to a width, or whole).
pub(super) fn late_tasks<'m, A: std::fmt::Display, D: std::fmt::Display>(
    model: &'m Model,
    e: &'m Evaluation,
    agency: impl Fn(&'m str) -> A,
    duty_text: impl Fn(&'m str) -> D,
) -> Vec<String> {
    e.tasks
        .iter()
        .filter(|t| matches!(t.status, TaskState::Late | TaskState::Overdue))
        .map(|t| {
            let period = t.period.map_or(String::new(), |p| format!(" {p}"));
            let due = t.due.map_or(String::new(), |d| d.to_string());
            format!(
                "{}: {}{period}, due {due}, {}",
                agency(&t.agency),
                duty_text(duty(model, t)),
                task_state(t)
            )
        })
        .collect()
}
