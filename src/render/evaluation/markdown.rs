//! `plan eval --format md`: a report an officer can file or show. It says what every id
//! stands for (titles, units, agencies by name), writes values in their units, and leaves
//! out what only a program or an analyst reads (the growth ratio, the method): the statuses
//! are said in words and explained in a legend.

use super::compliance::{late_reports, late_tasks, percent_of};
use super::names::{agency_by_id, subject};
use super::words::{self, heading, REPORT_HEADER};
use super::{area_name, data_line, groups, strive_legend, target_text, GroupBy};
use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::eval::reporting::{rates, Compliance};
use crate::eval::tasks::{rates as task_rates, TaskState};
use crate::eval::Status;
use crate::i18n::Lang;
use crate::model::Model;
use std::fmt::Write;

/// How many of the data's problems the report lists; the rest are counted.
const PROBLEMS_LISTED: usize = 5;

/// A cell's text with the table's separator escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// One row of a Markdown table.
fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    format!("| {} |", cells.join(" | "))
}

/// A table's header and its rule; `numbers` columns from this one on are right-aligned.
fn header(columns: &[&str], numbers: usize) -> String {
    let rule: Vec<&str> = (0..columns.len())
        .map(|i| if i >= numbers { "---:" } else { "---" })
        .collect();
    format!("{}\n|{}|", row(columns), rule.join("|"))
}

/// A target's row: the indicator's id, title, unit and leads, then the target, its status
/// in words, and its values in the unit.
fn target_row(model: &Model, r: &TargetResult, lang: Lang) -> [String; 11] {
    let about = subject(model, r);
    let at = |p: &Option<crate::eval::evaluate::PeriodValue>| {
        p.as_ref().map_or(String::new(), |p| {
            format!("{} ({})", about.value(p.value), p.period)
        })
    };
    let value = |v: Option<f64>| v.map_or(String::new(), |v| about.value(v));
    [
        r.indicator.clone(),
        about.title.to_string(),
        about.unit_label(),
        about.lead_names(),
        target_text(r),
        words::status_label(lang, r.status).to_string(),
        at(&r.baseline),
        at(&r.latest),
        value(r.expected),
        value(r.projected),
        crate::eval::note::words(r.note.as_ref(), lang).unwrap_or_default(),
    ]
}

/// The statuses present, with how many targets each.
fn summary_table(e: &Evaluation, lang: Lang, out: &mut String) {
    let _ = writeln!(out, "## {}\n", heading::SUMMARY);
    let _ = writeln!(out, "{}", header(&words::SUMMARY_HEADER, 1));
    for (status, n) in e.counts().into_iter().filter(|(_, n)| *n > 0) {
        let _ = writeln!(
            out,
            "{}",
            row(&[&words::status_label(lang, status), &n.to_string()])
        );
    }
    let _ = writeln!(
        out,
        "{}\n",
        row(&[words::ALL_TARGETS, &e.results.len().to_string()])
    );
}

/// One line for each status the report shows.
fn status_legend(e: &Evaluation, lang: Lang, out: &mut String) {
    let present: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|s| e.results.iter().any(|r| r.status == *s))
        .collect();
    if present.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", heading::STATUSES);
    for status in present {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            words::status_label(lang, status),
            words::status_meaning(lang, status)
        );
    }
    out.push('\n');
}

/// Reports received per agency (by name), then each one late or missing.
fn reporting(model: &Model, e: &Evaluation, out: &mut String) {
    if e.reporting.is_empty() {
        return;
    }
    let (per, received, expected) = rates(&e.reporting);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        heading::REPORTING,
        words::reports_received(received, expected, percent_of(received, expected))
    );
    let _ = writeln!(out, "{}", header(&words::REPORTING_HEADER, 1));
    let count = |agency: &str, c: Compliance| {
        e.reporting
            .iter()
            .filter(|r| r.agency == agency && r.status == c)
            .count()
    };
    agency_rows(model, &per, out, |agency| {
        [
            count(agency, Compliance::Late),
            count(agency, Compliance::Missing),
        ]
    });
    for line in late_reports(model, e, |a| agency_by_id(model, a), |r| r) {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

/// One row per agency (by name) of a table of what agencies owed: given, owed, the rate, and
/// the two counts `late` gives it (late and missing reports, late and overdue tasks).
fn agency_rows(
    model: &Model,
    per: &[(String, usize, usize)],
    out: &mut String,
    late: impl Fn(&str) -> [usize; 2],
) {
    for (agency, got, owed) in per {
        let [late, never] = late(agency);
        let _ = writeln!(
            out,
            "{}",
            row(&[
                agency_by_id(model, agency).to_string(),
                got.to_string(),
                owed.to_string(),
                format!("{:.1}%", percent_of(*got, *owed)),
                late.to_string(),
                never.to_string(),
            ])
        );
    }
    out.push('\n');
}

/// Tasks done per agency (by name), then each one late or overdue.
fn tasks(model: &Model, e: &Evaluation, out: &mut String) {
    if e.tasks.is_empty() {
        return;
    }
    let (per, done, owed) = task_rates(&e.tasks);
    let upcoming = e
        .tasks
        .iter()
        .filter(|t| t.status == TaskState::Upcoming)
        .count();
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        heading::TASKS,
        words::tasks_done(done, owed, percent_of(done, owed), upcoming)
    );
    let _ = writeln!(out, "{}", header(&words::TASKS_HEADER, 1));
    let count = |agency: &str, s: TaskState| {
        e.tasks
            .iter()
            .filter(|t| t.agency == agency && t.status == s)
            .count()
    };
    agency_rows(model, &per, out, |agency| {
        [
            count(agency, TaskState::Late),
            count(agency, TaskState::Overdue),
        ]
    });
    for line in late_tasks(model, e, |a| agency_by_id(model, a), |d| d) {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

/// How many problems the data had, and the first few.
fn data_problems(e: &Evaluation, lang: Lang, out: &mut String) {
    let problems: Vec<_> = e.data.errors.iter().chain(&e.data.warnings).collect();
    if problems.is_empty() {
        return;
    }
    let listed = (problems.len() > PROBLEMS_LISTED).then_some(PROBLEMS_LISTED);
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        heading::DATA_PROBLEMS,
        words::data_problems(e.data.errors.len(), e.data.warnings.len(), listed)
    );
    for d in problems.into_iter().take(PROBLEMS_LISTED) {
        let _ = writeln!(
            out,
            "- `{}`",
            crate::render::diagnostics::short(d, lang).replace('`', "'")
        );
    }
    out.push('\n');
}

/// The Markdown report: a title, a summary of statuses, a section per objective (or per
/// lead agency, `--by owner`) with a table of its targets, what the marks and statuses
/// mean, reports and tasks by agency, and the data's problems.
pub fn markdown(model: &Model, e: &Evaluation, by: GroupBy, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}. {}.\n",
        model.plan.title,
        capitalised(&words::as_of_area(e.as_of, area_name(model, e))),
        capitalised(&data_line(e))
    );
    summary_table(e, lang, &mut out);
    // A report is read objective by objective unless it is asked for by agency.
    let by = if by == GroupBy::None {
        GroupBy::Objective
    } else {
        by
    };
    for (title, group) in groups(model, e, by) {
        let _ = writeln!(out, "## {title}\n");
        let _ = writeln!(out, "{}", header(&REPORT_HEADER, usize::MAX));
        for r in group {
            let _ = writeln!(out, "{}", row(&target_row(model, r, lang)));
        }
        out.push('\n');
    }
    if let Some(legend) = strive_legend(e) {
        let _ = writeln!(out, "\\{legend}\n");
    }
    let _ = writeln!(out, "{}\n", words::REPORT_COLUMNS_LEGEND);
    status_legend(e, lang, &mut out);
    reporting(model, e, &mut out);
    tasks(model, e, &mut out);
    data_problems(e, lang, &mut out);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `As of ...` for `as of ...`: a sentence's first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
