//! The text of the document: what it reports on and under what, then its parts, each
//! numbered as administrative documents number them (I, II, III; 1, 2; 2.1): the results of
//! the indicators (a summary of statuses, then a table per objective), reporting and tasks
//! by agency, the data used; and the closing sentence.

use super::layout::{self, size, Font};
use super::{long_date, reporter, Report, BODY};
use crate::eval::evaluate::PeriodValue;
use crate::i18n::{self, Lang};
use crate::render::evaluation::compliance::Compliance;
use crate::render::evaluation::{words, Heading};
use crate::render::report::{Indicator, Section};
use docx_rs::{AlignmentType, Docx, Paragraph, TableRow};

/// The parts' numbers.
const ROMAN: [&str; 3] = ["I", "II", "III"];

/// The basis, the parts and the closing sentence.
pub(super) fn body(docx: Docx, report: &Report, lang: Lang) -> Docx {
    let as_of = long_date(lang, report.as_of);
    let docx = docx
        .add_paragraph(layout::body(&basis(report, lang, &as_of), BODY))
        .add_paragraph(layout::body(
            &lang.text_with(
                "document-scope",
                &[("area", report.area_name.as_str().into())],
            ),
            BODY,
        ));
    let docx = results(
        docx.add_paragraph(part(0, lang, "document-part-results")),
        report,
        lang,
        &as_of,
    );
    let docx = compliance(
        docx.add_paragraph(part(1, lang, "document-part-compliance")),
        report,
        lang,
        &as_of,
    );
    let docx = data(
        docx.add_paragraph(part(2, lang, "document-part-data")),
        report,
        lang,
    );
    let closing = lang.text_with(
        "document-closing",
        &[
            ("plan", report.title.as_str().into()),
            ("date", as_of.into()),
            ("reporter", reporter(report, lang).into()),
        ],
    );
    // The closing sentence stays on the page of the signer (never a foot alone on a page).
    docx.add_paragraph(layout::body(&closing, BODY).keep_next(true))
}

/// "Thực hiện Kế hoạch … (văn bản số … ngày … của …), … báo cáo … như sau:", with what the
/// plan says of its document, its date and its issuer.
fn basis(report: &Report, lang: Lang, as_of: &str) -> String {
    let mut source = Vec::new();
    if let Some(document) = &report.document {
        source.push(lang.text_with(
            "document-source-document",
            &[("document", document.as_str().into())],
        ));
    }
    if let Some(signed) = report.signed {
        source.push(lang.text_with(
            "document-source-signed",
            &[("date", long_date(lang, signed).into())],
        ));
    }
    if let Some(issuer) = &report.issuer {
        source.push(lang.text_with(
            "document-source-issuer",
            &[("issuer", issuer.as_str().into())],
        ));
    }
    let source = if source.is_empty() {
        String::new()
    } else {
        format!(" ({})", source.join(" "))
    };
    lang.text_with(
        "document-basis",
        &[
            ("plan", report.title.as_str().into()),
            ("source", source.into()),
            ("reporter", reporter(report, lang).into()),
            ("date", as_of.into()),
        ],
    )
}

/// A part's heading: `I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU`.
fn part(n: usize, lang: Lang, id: &str) -> Paragraph {
    layout::heading(&format!("{}. {}", ROMAN[n], lang.text(id).to_uppercase()))
}

/// An item's heading: `1. Tổng hợp chung`, `2.1. Mục tiêu a: …`.
fn item(number: &str, text: &str) -> Paragraph {
    layout::heading(&format!("{number}. {text}"))
}

/// A count as the language writes numbers (`1.234`).
fn count(lang: Lang, n: usize) -> String {
    i18n::number(lang, &n.to_string())
}

/// The widths of `n` columns: `fixed` for all but one, which takes the rest of the text's
/// width.
fn widths(fixed: &[u32], rest_at: usize) -> Vec<u32> {
    let used: u32 = fixed.iter().sum();
    let mut out = fixed.to_vec();
    out.insert(rest_at, layout::TEXT_WIDTH.saturating_sub(used));
    out
}

/// Part I: how many targets are in each status, then each objective's table.
fn results(docx: Docx, report: &Report, lang: Lang, as_of: &str) -> Docx {
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
                &words::status_label(lang, status),
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
            &lang.text("report-all-targets"),
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

/// The columns of an objective's table.
const RESULT_COLUMNS: [&str; 7] = [
    "indicator",
    "title",
    "unit",
    "lead",
    "target",
    "latest",
    "status",
];

/// An objective's indicators: a row per target, the indicator's title, unit and lead written
/// once over all its targets.
fn results_table(section: &Section, lang: Lang) -> docx_rs::Table {
    let widths = widths(&[680, 1000, 1400, 1150, 1250, 1150], 1);
    let names: Vec<String> = RESULT_COLUMNS
        .iter()
        .map(|c| lang.text(&format!("report-column-{c}")))
        .collect();
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
                    &words::status_label(lang, r.status),
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

/// Part II: reports received and tasks done, by agency, and each one late or never given.
fn compliance(docx: Docx, report: &Report, lang: Lang, as_of: &str) -> Docx {
    if report.reporting.is_none() && report.tasks.is_none() {
        let none = lang.text_with("document-nothing-owed", &[("date", as_of.into())]);
        return docx.add_paragraph(layout::body(&none, BODY));
    }
    let mut docx = docx;
    let mut n = 0;
    if let Some(c) = &report.reporting {
        n += 1;
        let sentence = lang.text_with(
            "report-reports-received",
            &[
                ("received", c.given.into()),
                ("owed", c.owed.into()),
                ("percent", words::percent(lang, c.rate()).into()),
            ],
        );
        docx = agencies(
            docx.add_paragraph(item(&n.to_string(), &lang.text("report-reporting"))),
            c,
            &sentence,
            ["received", "late", "missing"],
            "page-late-reports",
            lang,
        );
    }
    if let Some(c) = &report.tasks {
        n += 1;
        let sentence = lang.text_with(
            "report-tasks-done",
            &[
                ("done", c.given.into()),
                ("owed", c.owed.into()),
                ("percent", words::percent(lang, c.rate()).into()),
                ("upcoming", c.upcoming.into()),
            ],
        );
        docx = agencies(
            docx.add_paragraph(item(&n.to_string(), &lang.text("report-tasks"))),
            c,
            &sentence,
            ["done", "late", "overdue"],
            "page-late-tasks",
            lang,
        );
    }
    docx
}

/// A sentence, a row per agency of what it gave of what it owed, then each exception under
/// its heading. `columns` name the given, late and never-given columns.
fn agencies(
    docx: Docx,
    c: &Compliance,
    sentence: &str,
    columns: [&str; 3],
    late: &str,
    lang: Lang,
) -> Docx {
    let widths = widths(&[1000, 1200, 1100, 1100, 1200], 0);
    let [given, late_column, never] = columns;
    let names: Vec<String> = ["agency", given, "owed", "rate", late_column, never]
        .iter()
        .map(|c| lang.text(&format!("report-column-{c}")))
        .collect();
    let mut rows = vec![layout::heading_row(&names, &widths)];
    for a in &c.agencies {
        let numbers = [
            count(lang, a.given),
            count(lang, a.owed),
            words::percent(lang, a.rate()),
            count(lang, a.late),
            count(lang, a.never),
        ];
        let mut cells = vec![layout::text_cell(&a.agency, widths[0], AlignmentType::Left)];
        cells.extend(
            numbers
                .iter()
                .zip(&widths[1..])
                .map(|(n, w)| layout::text_cell(n, *w, AlignmentType::Center)),
        );
        rows.push(layout::row(cells));
    }
    let mut docx = docx
        .add_paragraph(layout::body(sentence, BODY))
        .add_table(layout::table(rows, &widths, true));
    if !c.exceptions.is_empty() {
        docx = docx.add_paragraph(layout::body_after_table(
            &format!("{}:", lang.text(late)),
            BODY,
        ));
        for e in &c.exceptions {
            docx = docx.add_paragraph(layout::body(&format!("- {}", e.line(lang)), BODY));
        }
    }
    docx
}

/// Part III: what was read of the data, and its problems.
fn data(docx: Docx, report: &Report, lang: Lang) -> Docx {
    let p = &report.problems;
    let line = if p.is_empty() {
        report.data_line(lang)
    } else {
        format!("{} {}", report.data_line(lang), p.summary(lang))
    };
    let mut docx = docx.add_paragraph(layout::body(&line, BODY));
    for d in &p.first {
        docx = docx.add_paragraph(layout::body(
            &format!("- {}", crate::render::diagnostics::short(d)),
            BODY,
        ));
    }
    docx
}
