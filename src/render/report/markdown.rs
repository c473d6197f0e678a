//! `plan eval --format md`: the [`Report`] as Markdown, a report an officer can file or show.
//! It says what every id stands for (titles, units, agencies by name), writes values in
//! their units, and leaves out what only a program or an analyst reads (the growth ratio,
//! the method): the statuses are said in words and explained in a legend.

use super::{Indicator, Report};
use crate::i18n::Lang;
use crate::render::evaluation::compliance::Compliance;
use crate::render::evaluation::words;
use std::fmt::Write;

/// A cell's text with the table's separator escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// One row of a Markdown table.
fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    format!("| {} |", cells.join(" | "))
}

/// A table's header and its rule; the columns from `numbers` on are right-aligned.
fn header(lang: Lang, columns: &[&str], numbers: usize) -> String {
    let names: Vec<String> = columns
        .iter()
        .map(|c| lang.text(&format!("report-column-{c}")))
        .collect();
    let rule: Vec<&str> = (0..columns.len())
        .map(|i| if i >= numbers { "---:" } else { "---" })
        .collect();
    format!("{}\n|{}|", row(&names), rule.join("|"))
}

/// The columns of an indicator table.
const TARGET_COLUMNS: [&str; 11] = [
    "indicator",
    "title",
    "unit",
    "lead",
    "target",
    "status",
    "baseline",
    "latest",
    "expected",
    "projected",
    "note",
];

/// A target's rows: the indicator's id, title, unit and leads, then the target, its status in
/// words, and its values in the unit.
fn target_rows(lang: Lang, i: &Indicator, out: &mut String) {
    for r in &i.results {
        let value = |v: Option<f64>| v.map_or(String::new(), |v| i.value(lang, v));
        let at = |p: &Option<crate::eval::evaluate::PeriodValue>| {
            p.as_ref().map_or(String::new(), |p| i.at(lang, p))
        };
        let cells = [
            i.id.clone(),
            i.title.clone(),
            i.unit_label(),
            i.lead.join(", "),
            words::target(lang, &r.target),
            words::status_label(lang, r.status),
            at(&r.baseline),
            at(&r.latest),
            value(r.expected),
            value(r.projected),
            r.note.clone().unwrap_or_default(),
        ];
        let _ = writeln!(out, "{}", row(&cells));
    }
}

/// The statuses present, with how many targets each.
fn summary_table(lang: Lang, report: &Report, out: &mut String) {
    let _ = writeln!(out, "## {}\n", lang.text("report-summary"));
    let _ = writeln!(out, "{}", header(lang, &["status", "targets"], 1));
    for &(status, n) in &report.statuses {
        let _ = writeln!(
            out,
            "{}",
            row(&[words::status_label(lang, status), n.to_string()])
        );
    }
    let _ = writeln!(
        out,
        "{}\n",
        row(&[lang.text("report-all-targets"), report.targets.to_string()])
    );
}

/// One line for each status the report shows.
fn status_legend(lang: Lang, report: &Report, out: &mut String) {
    if report.statuses.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", lang.text("report-statuses"));
    for &(status, _) in &report.statuses {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            words::status_label(lang, status),
            words::status_meaning(lang, status)
        );
    }
    out.push('\n');
}

/// What agencies gave of what they owed: a sentence, a row per agency (by name), then each
/// one late or never given. `columns` name the given, owed, late and never-given columns.
fn compliance(
    lang: Lang,
    heading: &str,
    sentence: String,
    columns: [&str; 4],
    c: &Compliance,
    out: &mut String,
) {
    let _ = writeln!(out, "## {}\n\n{sentence}\n", lang.text(heading));
    let [given, owed, late, never] = columns;
    let _ = writeln!(
        out,
        "{}",
        header(lang, &["agency", given, owed, "rate", late, never], 1)
    );
    for a in &c.agencies {
        let _ = writeln!(
            out,
            "{}",
            row(&[
                a.agency.clone(),
                a.given.to_string(),
                a.owed.to_string(),
                words::percent(lang, a.rate()),
                a.late.to_string(),
                a.never.to_string(),
            ])
        );
    }
    out.push('\n');
    for e in &c.exceptions {
        let _ = writeln!(out, "- {}", e.line(lang));
    }
    out.push('\n');
}

/// How many problems the data had, and the first few.
fn data_problems(lang: Lang, report: &Report, out: &mut String) {
    let p = &report.problems;
    if p.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        lang.text("report-data-problems"),
        p.summary(lang)
    );
    for d in &p.first {
        let _ = writeln!(
            out,
            "- `{}`",
            crate::render::diagnostics::short(d, lang).replace('`', "'")
        );
    }
    out.push('\n');
}

/// The Markdown report: a title, a summary of statuses, a section per objective (or per
/// lead agency) with a table of its targets, what the marks and statuses mean, reports and
/// tasks by agency, and the data's problems; in `lang`.
pub fn markdown(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{} {}\n",
        report.title,
        report.as_of_line(lang),
        report.data_line(lang)
    );
    summary_table(lang, report, &mut out);
    for section in &report.sections {
        let _ = writeln!(out, "## {}\n", section.heading.text(lang));
        let _ = writeln!(out, "{}", header(lang, &TARGET_COLUMNS, usize::MAX));
        for i in &section.indicators {
            target_rows(lang, i, &mut out);
        }
        out.push('\n');
    }
    if report.strive {
        let _ = writeln!(out, "\\{}\n", words::strive(lang));
    }
    let _ = writeln!(out, "{}\n", lang.text("report-columns-legend"));
    status_legend(lang, report, &mut out);
    if let Some(c) = &report.reporting {
        let sentence = lang.text_with(
            "report-reports-received",
            &[
                ("received", c.given.into()),
                ("owed", c.owed.into()),
                ("percent", words::percent(lang, c.rate()).into()),
            ],
        );
        let columns = ["received", "owed-reports", "late", "missing"];
        compliance(lang, "report-reporting", sentence, columns, c, &mut out);
    }
    if let Some(c) = &report.tasks {
        let sentence = lang.text_with(
            "report-tasks-done",
            &[
                ("done", c.given.into()),
                ("owed", c.owed.into()),
                ("percent", words::percent(lang, c.rate()).into()),
                ("upcoming", c.upcoming.into()),
            ],
        );
        let columns = ["done", "owed", "late", "overdue"];
        compliance(lang, "report-tasks", sentence, columns, c, &mut out);
    }
    data_problems(lang, report, &mut out);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
