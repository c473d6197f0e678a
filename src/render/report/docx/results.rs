//! Part I of the text: the results of the indicators. How many targets are in each status
//! (with what each status means), then a table per objective (or lead agency): a row per
//! target, its indicator's title, unit and lead written once over its rows.

use super::body::{count, item, widths, BODY};
use super::layout::{self, size, Font};
use super::Report;
use crate::eval::evaluate::PeriodValue;
use crate::i18n::Lang;
use crate::render::evaluation::{words, Heading};
use crate::render::report::{Indicator, Section};
use docx_rs::{AlignmentType, Docx, Paragraph, TableRow};

/// Part I: how many targets are in each status, then each objective's table.
pub(super) fn results(docx: Docx, report: &Report, lang: Lang, as_of: &str) -> Docx {
    let overview = lang.text_with(
        "document-overview-text",
        &[("date", as_of.into()), ("count", report.targets.into())],
    );
    let mut docx = docx
        .add_paragraph(item("1", &lang.text("document-overview")))
        .add_paragraph(layout::body(&overview, BODY));
    if !report.statuses.is_empty() {
        docx = docx.add_table(summary_table(report, lang));
    }
    let by_lead = report
        .sections
        .iter()
        .any(|s| matches!(s.heading, Heading::Lead(_) | Heading::NoLead));
    let by = if by_lead {
        "document-by-lead"
    } else {
        "document-by-objective"
    };
    docx = docx.add_paragraph(item("2", &lang.text(by)));
    for (n, section) in report.sections.iter().enumerate() {
        // An objective by its title alone: the item's number stands for its id, and a
        // plan's objective titles are often numbered already (`Mục tiêu 1: …`).
        let heading = match &section.heading {
            Heading::Objective { title, within, .. } if within.is_empty() => title.clone(),
            other => other.text(lang),
        };
        docx = docx
            .add_paragraph(item(&format!("2.{}", n + 1), &heading))
            .add_table(results_table(section, lang));
    }
    if report.strive {
        docx = docx.add_paragraph(note(&words::strive(lang)));
    }
    docx
}

/// A note under a table, in the tables' size, italic.
fn note(text: &str) -> Paragraph {
    layout::line(
        text,
        Font::regular(size::TABLE).italic(),
        AlignmentType::Both,
    )
    .line_spacing(docx_rs::LineSpacing::new().before(60).after(120).line(240))
}

/// Each status some target is in, how many, and what it means; then the total.
fn summary_table(report: &Report, lang: Lang) -> docx_rs::Table {
    let widths = widths(&[2400, 1500], 2);
    let names = [
        lang.text("report-column-status"),
        lang.text("report-column-targets"),
        lang.text("page-meaning"),
    ];
    let mut rows = vec![layout::heading_row(&names, &widths)];
    for &(status, n) in &report.statuses {
        rows.push(layout::row(vec![
            layout::text_cell(
                &layout::capitalized(&words::status_label(lang, status)),
                widths[0],
                AlignmentType::Left,
            ),
            layout::text_cell(&count(lang, n), widths[1], AlignmentType::Center),
            layout::text_cell(
                &words::status_meaning(lang, status),
                widths[2],
                AlignmentType::Left,
            ),
        ]));
    }
    rows.push(layout::row(vec![
        layout::text_cell(
            &layout::capitalized(&lang.text("report-all-targets")),
            widths[0],
            AlignmentType::Left,
        ),
        layout::text_cell(
            &count(lang, report.targets),
            widths[1],
            AlignmentType::Center,
        ),
        layout::text_cell("", widths[2], AlignmentType::Left),
    ]));
    layout::table(rows, &widths, true)
}

/// The columns of an objective's table: the report's words (`report-column-…`), but for the
/// indicator's id, whose column is narrow (`document-column-indicator`).
const RESULT_COLUMNS: [&str; 7] = [
    "document-column-indicator",
    "report-column-title",
    "report-column-unit",
    "report-column-lead",
    "report-column-target",
    "report-column-latest",
    "report-column-status",
];

/// An objective's indicators: a row per target, the indicator's title, unit and lead written
/// once over all its targets.
fn results_table(section: &Section, lang: Lang) -> docx_rs::Table {
    let widths = widths(&[680, 1000, 1300, 1100, 1250, 1400], 1);
    let names: Vec<String> = RESULT_COLUMNS.iter().map(|id| lang.text(id)).collect();
    let mut rows = vec![layout::heading_row(&names, &widths)];
    for i in &section.indicators {
        rows.extend(indicator_rows(i, lang, &widths));
    }
    layout::table(rows, &widths, true)
}

fn indicator_rows(i: &Indicator, lang: Lang, widths: &[u32]) -> Vec<TableRow> {
    let unit = i.unit_label();
    let unit = if unit.is_empty() {
        lang.text("page-no-unit")
    } else {
        unit
    };
    let lead = if i.lead.is_empty() {
        lang.text("page-none")
    } else {
        i.lead.join(", ")
    };
    let count = i.results.len();
    i.results
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let (first, more) = (n == 0, n + 1 < count);
            let latest = r.latest.as_ref().map_or(String::new(), |p| latest(lang, p));
            let cells = vec![
                // The id on every row, so that a row read alone (at the top of a page) says
                // whose target it is.
                layout::text_cell(&i.id, widths[0], AlignmentType::Left),
                layout::group_cell(&i.title, widths[1], first, more),
                layout::group_cell(&unit, widths[2], first, more),
                layout::group_cell(&lead, widths[3], first, more),
                layout::text_cell(
                    &words::target(lang, &r.target),
                    widths[4],
                    AlignmentType::Left,
                ),
                layout::text_cell(&latest, widths[5], AlignmentType::Left),
                layout::text_cell(
                    &layout::capitalized(&words::status_label(lang, r.status)),
                    widths[6],
                    AlignmentType::Left,
                ),
            ];
            layout::row(cells)
        })
        .collect()
}

/// A value as the table writes it: its number (the unit is in its column, as for the
/// target) and its period, `448,8 (2024)`.
fn latest(lang: Lang, p: &PeriodValue) -> String {
    format!(
        "{} ({})",
        crate::render::units::value(lang, p.value, None),
        words::period(lang, p.period)
    )
}
