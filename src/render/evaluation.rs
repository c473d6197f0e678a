//! An evaluation as a text table, CSV, Markdown or JSON.

use super::diagnostics::DataJsonList;
use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::eval::reporting::{rates, Compliance};
use crate::eval::tasks::{rates as task_rates, TaskState, TaskStatus};
use crate::model::{Id, Model};
use crate::query::schema::{keyed, REPORTING_COLUMNS, TARGET_RESULT_COLUMNS, TASK_COLUMNS};
use crate::target_text::{self, Form};
use serde::Serialize;
use std::fmt::Write;

/// How rows are grouped in the table and Markdown forms.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GroupBy {
    /// One list of every target, in the evaluation's order.
    None,
    /// Under a heading per objective, in the order objectives first occur, a nested one
    /// saying which it is in ("Objective a: ... (in chung)"); "No objective" for indicators
    /// filed under none.
    Objective,
    /// Under a heading per lead agency (a target led by two appears under both); "No lead"
    /// last for targets nobody leads.
    Owner,
}

/// A value with about four significant digits: 448.8, 10.52, 0.1238.
fn num(v: Option<f64>) -> String {
    v.map_or(String::new(), crate::numbers::rounded)
}

fn target_text(r: &TargetResult) -> String {
    target_text::write(&r.target, Form::Evaluation)
}

fn point(p: &Option<crate::eval::evaluate::PeriodValue>) -> String {
    p.as_ref().map_or(String::new(), |p| {
        format!("{}: {}", p.period, crate::numbers::rounded(p.value))
    })
}

/// Rows grouped as asked, with a heading per group.
fn groups<'e>(
    model: &Model,
    e: &'e Evaluation,
    by: GroupBy,
) -> Vec<(String, Vec<&'e TargetResult>)> {
    match by {
        GroupBy::None => vec![(String::new(), e.results.iter().collect())],
        GroupBy::Objective => {
            let mut out: Vec<(String, Vec<&TargetResult>)> = Vec::new();
            for r in &e.results {
                let heading = match r
                    .objective
                    .as_ref()
                    .and_then(|o| model.objectives.get_full(o))
                {
                    Some((i, _, o)) => {
                        let outer: Vec<&str> = (model.objective_path(Id::at(i)).into_iter())
                            .skip(1)
                            .filter_map(|id| model.at(id).map(|x| x.id.as_str()))
                            .collect();
                        let within = if outer.is_empty() {
                            String::new()
                        } else {
                            format!(" (in {})", outer.join(" in "))
                        };
                        format!("Objective {}: {}{within}", o.id, o.title)
                    }
                    None => "No objective".to_string(),
                };
                match out.iter_mut().find(|(h, _)| *h == heading) {
                    Some((_, rows)) => rows.push(r),
                    None => out.push((heading, vec![r])),
                }
            }
            out
        }
        GroupBy::Owner => {
            let mut out: Vec<(String, Vec<&TargetResult>)> = Vec::new();
            for agency in model.agencies.values() {
                let rows: Vec<&TargetResult> = e
                    .results
                    .iter()
                    .filter(|r| r.lead.contains(&agency.id))
                    .collect();
                if !rows.is_empty() {
                    out.push((format!("Lead: {} ({})", agency.name, agency.id), rows));
                }
            }
            let orphans: Vec<&TargetResult> =
                e.results.iter().filter(|r| r.lead.is_empty()).collect();
            if !orphans.is_empty() {
                out.push(("No lead".into(), orphans));
            }
            out
        }
    }
}

/// The columns of the table and the Markdown report: the measure, then its target's result.
const HEADER: [&str; 8] = keyed("indicator", TARGET_RESULT_COLUMNS);

fn cells(r: &TargetResult) -> [String; 8] {
    [
        r.indicator.clone(),
        target_text(r),
        r.status.as_str().to_string(),
        point(&r.baseline),
        point(&r.latest),
        num(r.expected),
        num(r.projected),
        num(r.ratio),
    ]
}

/// "12 achieved, 3 on_track, ..." for the statuses present.
pub fn summary(e: &Evaluation) -> String {
    let parts: Vec<String> = e
        .counts()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    format!("{} targets: {}", e.results.len(), parts.join(", "))
}

/// "rows read 120 = accepted 118 + rejected 2".
pub fn data_line(e: &Evaluation) -> String {
    format!(
        "data: {} rows read = {} accepted + {} rejected",
        e.data.rows_read, e.data.accepted, e.data.rejected
    )
}

/// `a` of `b` in percent; 0 of nothing owed.
fn percent_of(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

fn reporting_lines(e: &Evaluation, out: &mut String) {
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
    for (agency, got, owed) in per {
        let _ = writeln!(
            out,
            "  {agency:<16} {got}/{owed} ({:.1}%)",
            percent_of(got, owed)
        );
    }
    for r in e
        .reporting
        .iter()
        .filter(|r| r.status != Compliance::OnTime)
    {
        let how = match r.status {
            Compliance::Late => format!(
                "late by {} day{} (received {})",
                r.days_late,
                if r.days_late == 1 { "" } else { "s" },
                r.received.map_or(String::new(), |d| d.to_string())
            ),
            _ => "missing".to_string(),
        };
        let _ = writeln!(
            out,
            "  {} {} {}: due {}, {how}",
            r.agency, r.report, r.period, r.due
        );
    }
}

/// Task compliance: the rate overall and per agency, then each task late or overdue.
fn task_lines(e: &Evaluation, out: &mut String) {
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
    for (agency, got, owed) in per {
        let _ = writeln!(
            out,
            "  {agency:<16} {got}/{owed} ({:.1}%)",
            percent_of(got, owed)
        );
    }
    let days = |n: i64| format!("{n} day{}", if n == 1 { "" } else { "s" });
    for t in e
        .tasks
        .iter()
        .filter(|t| matches!(t.status, TaskState::Late | TaskState::Overdue))
    {
        let how = match t.status {
            TaskState::Late => format!(
                "late by {} (done {})",
                days(t.days_late),
                t.done_on.map_or(String::new(), |d| d.to_string())
            ),
            _ => format!("overdue by {}", days(t.days_late)),
        };
        let period = t.period.map_or(String::new(), |p| format!(" {p}"));
        let due = t.due.map_or(String::new(), |d| d.to_string());
        let _ = writeln!(
            out,
            "  {} {} {}{period}: due {due}, {how}",
            t.agency, t.kind, t.task
        );
    }
}

/// An aligned text table.
pub fn table(model: &Model, e: &Evaluation, by: GroupBy) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — as of {}, area {}",
        model.plan.title, e.as_of, e.area
    );
    let _ = writeln!(out, "{}", data_line(e));
    let rows: Vec<[String; 8]> = e.results.iter().map(cells).collect();
    let mut widths = HEADER.map(|h| h.chars().count());
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(c.chars().count());
            if i >= 5 {
                let _ = write!(s, "{}{c}  ", " ".repeat(pad));
            } else {
                let _ = write!(s, "{c}{}  ", " ".repeat(pad));
            }
        }
        s.trim_end().to_string()
    };
    for (heading, group) in groups(model, e, by) {
        if !heading.is_empty() {
            let _ = writeln!(out, "\n{heading}");
        } else {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", line(&HEADER.map(String::from)));
        for r in group {
            let _ = writeln!(out, "{}", line(&cells(r)));
            if let Some(note) = &r.note {
                let _ = writeln!(out, "    {note}");
            }
        }
    }
    if let Some(legend) = strive_legend(e) {
        let _ = writeln!(out, "\n{legend}");
    }
    out.push('\n');
    reporting_lines(e, &mut out);
    task_lines(e, &mut out);
    let _ = writeln!(out, "{}", summary(e));
    out
}

/// What the mark after a target means, for an output that shows one.
fn strive_legend(e: &Evaluation) -> Option<&'static str> {
    e.results.iter().any(|r| r.target.strive).then_some(
        "* a target the plan strives for (phấn đấu) rather than binds itself to; judged like the others",
    )
}

/// A Markdown report.
pub fn markdown(model: &Model, e: &Evaluation, by: GroupBy) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\nAs of {}, area `{}`. {}.\n",
        model.plan.title,
        e.as_of,
        e.area,
        data_line(e)
    );
    for (heading, group) in groups(model, e, by) {
        if !heading.is_empty() {
            let _ = writeln!(out, "## {heading}\n");
        }
        let _ = writeln!(out, "| {} | note |", HEADER.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(HEADER.len() + 1));
        for r in group {
            let c = cells(r).map(|c| c.replace('|', "\\|"));
            let note = r.note.as_deref().unwrap_or("").replace('|', "\\|");
            let _ = writeln!(out, "| {} | {note} |", c.join(" | "));
        }
        out.push('\n');
    }
    if let Some(legend) = strive_legend(e) {
        let _ = writeln!(out, "\\{legend}\n");
    }
    let mut reporting = String::new();
    reporting_lines(e, &mut reporting);
    if !reporting.is_empty() {
        let _ = writeln!(out, "## Reporting\n\n```\n{}```\n", reporting);
    }
    let mut tasks = String::new();
    task_lines(e, &mut tasks);
    if !tasks.is_empty() {
        let _ = writeln!(out, "## Tasks\n\n```\n{}```\n", tasks);
    }
    let _ = writeln!(out, "{}", summary(e));
    out
}

/// The columns of a target's row, in the CSV and workbook forms.
pub const TARGET_COLUMNS: [&str; 26] = [
    "indicator",
    "objective",
    "lead",
    "area",
    "kind",
    "year",
    "until",
    "milestone",
    "cumulative",
    "op",
    "value",
    "value_max",
    "rate_unit",
    "strive",
    "where",
    "status",
    "baseline_period",
    "baseline_value",
    "latest_period",
    "latest_value",
    "expected",
    "projected",
    "ratio",
    "method",
    "from_areas",
    "note",
];

/// A field of a target's row: text, a number, or nothing. CSV writes numbers as Rust
/// prints them; a workbook types them as numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// Words: an id, a status, a period, a note.
    Text(String),
    /// A value, year or ratio; a workbook leaves a cell empty for one that is not finite.
    Number(f64),
    /// Nothing to say: no baseline, no latest value, no note.
    Empty,
}

impl Field {
    fn text(s: impl Into<String>) -> Field {
        Field::Text(s.into())
    }

    fn number(v: Option<f64>) -> Field {
        v.map_or(Field::Empty, Field::Number)
    }

    fn year(y: Option<i32>) -> Field {
        Field::number(y.map(f64::from))
    }

    /// The field as CSV writes it.
    fn csv(self) -> super::csv::Field<'static> {
        match self {
            Field::Text(s) => super::csv::Field::text(s),
            Field::Number(v) => super::csv::Field::number(v),
            Field::Empty => super::csv::Field::text(""),
        }
    }
}

/// One target's row (see [`TARGET_COLUMNS`]).
pub fn target_fields(r: &TargetResult) -> [Field; 26] {
    let t = &r.target;
    let opt_text = |s: Option<String>| s.map_or(Field::Empty, Field::Text);
    [
        Field::text(&r.indicator),
        opt_text(r.objective.clone()),
        Field::text(r.lead.join(" ")),
        Field::text(&r.area),
        Field::text(t.kind.as_str()),
        Field::year(t.kind.first_year()),
        Field::year(t.kind.last_year()),
        opt_text(t.milestone_period().map(|p| p.to_string())),
        Field::text(
            t.milestone()
                .is_some_and(|m| m.to_date.is_some())
                .to_string(),
        ),
        Field::text(t.op.as_str()),
        Field::Number(t.value),
        Field::number(t.value_max),
        opt_text(t.kind.change_unit().map(|u| u.as_str().to_string())),
        Field::text(t.strive.to_string()),
        opt_text(
            t.split
                .as_deref()
                .map(|(d, v)| format!("{}={}", d.name, v.name)),
        ),
        Field::text(r.status.as_str()),
        opt_text(r.baseline.as_ref().map(|p| p.period.to_string())),
        Field::number(r.baseline.as_ref().map(|p| p.value)),
        opt_text(r.latest.as_ref().map(|p| p.period.to_string())),
        Field::number(r.latest.as_ref().map(|p| p.value)),
        Field::number(r.expected),
        Field::number(r.projected),
        Field::number(r.ratio),
        opt_text(r.method.map(|m| m.as_str().to_string())),
        opt_text(r.from_areas.map(|(given, of)| format!("{given}/{of}"))),
        opt_text(r.note.clone()),
    ]
}

/// CSV: one row per target (text cells neutralised against spreadsheet formulas).
pub fn csv(e: &Evaluation) -> String {
    let rows = e
        .results
        .iter()
        .map(|r| target_fields(r).into_iter().map(Field::csv).collect());
    super::csv::table(&TARGET_COLUMNS, rows)
}

/// CSV: one row per project or task owed or upcoming, each lead agency's (text cells
/// neutralised against spreadsheet formulas).
pub fn tasks_csv(e: &Evaluation) -> String {
    let rows = e
        .tasks
        .iter()
        .map(|t| task_fields(t).into_iter().map(Field::csv).collect());
    super::csv::table(&TASK_COLUMNS, rows)
}

/// CSV: one row per report owed.
pub fn reporting_csv(e: &Evaluation) -> String {
    let rows = e.reporting.iter().map(|r| {
        let date =
            |d: Option<crate::date::Date>| d.map_or(Field::Empty, |d| Field::text(d.to_string()));
        [
            Field::text(&r.agency),
            Field::text(&r.report),
            Field::text(r.period.to_string()),
            date(Some(r.due)),
            date(r.received),
            Field::text(r.status.as_str()),
            Field::Number(r.days_late as f64),
        ]
        .into_iter()
        .map(Field::csv)
        .collect()
    });
    super::csv::table(&REPORTING_COLUMNS, rows)
}

/// One task's row (see [`TASK_COLUMNS`]); dates as text, `YYYY-MM-DD`.
pub fn task_fields(t: &TaskStatus) -> [Field; 9] {
    let date =
        |d: Option<crate::date::Date>| d.map_or(Field::Empty, |d| Field::text(d.to_string()));
    [
        Field::text(t.kind),
        Field::text(&t.task),
        Field::text(&t.agency),
        t.period
            .map_or(Field::Empty, |p| Field::text(p.to_string())),
        date(t.due),
        date(t.done_on),
        Field::text(t.status.as_str()),
        Field::Number(t.days_late as f64),
        t.note.clone().map_or(Field::Empty, Field::Text),
    ]
}

/// Pretty JSON (docs/json.md, "The JSON of plan eval"): the evaluation as it is, its data
/// problems each as [`super::diagnostics::data_json`] writes one.
pub fn json(e: &Evaluation) -> String {
    let view = EvaluationJson {
        as_of: e.as_of,
        area: &e.area,
        data: DataJson {
            rows_read: e.data.rows_read,
            accepted: e.data.accepted,
            rejected: e.data.rejected,
            errors: DataJsonList(&e.data.errors),
            warnings: DataJsonList(&e.data.warnings),
            revisions: &e.data.revisions,
        },
        results: &e.results,
        reporting: &e.reporting,
        tasks: &e.tasks,
    };
    serde_json::to_string_pretty(&view).unwrap_or_default()
}

/// [`Evaluation`] as JSON, field for field.
#[derive(Serialize)]
struct EvaluationJson<'a> {
    as_of: crate::date::Date,
    area: &'a str,
    data: DataJson<'a>,
    results: &'a [TargetResult],
    reporting: &'a [crate::eval::reporting::ReportStatus],
    tasks: &'a [TaskStatus],
}

/// [`crate::eval::evaluate::DataSummary`] as JSON.
#[derive(Serialize)]
struct DataJson<'a> {
    rows_read: u64,
    accepted: u64,
    rejected: u64,
    errors: DataJsonList<'a>,
    warnings: DataJsonList<'a>,
    revisions: &'a [String],
}
