//! Part II of the text: what agencies gave of what they owed. Reports received and tasks
//! done, each as a sentence, a table by agency and the list of those late or never given.

use super::body::{count, item, widths, BODY};
use super::layout;
use super::Report;
use crate::i18n::Lang;
use crate::render::evaluation::compliance::Compliance;
use crate::render::evaluation::words;
use docx_rs::{AlignmentType, Docx};

/// Part II: reports received and tasks done, by agency, and each one late or never given.
pub(super) fn compliance(docx: Docx, report: &Report, lang: Lang, as_of: &str) -> Docx {
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
