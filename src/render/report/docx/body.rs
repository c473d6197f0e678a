//! The text of the document: what it reports on and under what, then its parts, each
//! numbered as administrative documents number them (I, II, III; 1, 2; 2.1): the results of
//! the indicators (a summary of statuses, then a table per objective), reporting and tasks
//! by agency, the data used; and the closing sentence.

use super::layout::{self, Font};
use super::{long_date, owed, reporter, results, Report};
use crate::i18n::{self, Lang};
use docx_rs::{Docx, Paragraph};

/// The text's font.
pub(super) const BODY: Font = Font::regular(layout::size::BODY);

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
    let docx = results::results(
        docx.add_paragraph(part(0, lang, "document-part-results")),
        report,
        lang,
        &as_of,
    );
    let docx = owed::compliance(
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
pub(super) fn item(number: &str, text: &str) -> Paragraph {
    layout::heading(&format!("{number}. {text}"))
}

/// A count as the language writes numbers (`1.234`).
pub(super) fn count(lang: Lang, n: usize) -> String {
    i18n::number(lang, &n.to_string())
}

/// The widths of `n` columns: `fixed` for all but one, which takes the rest of the text's
/// width.
pub(super) fn widths(fixed: &[u32], rest_at: usize) -> Vec<u32> {
    let used: u32 = fixed.iter().sum();
    let mut out = fixed.to_vec();
    out.insert(rest_at, layout::TEXT_WIDTH.saturating_sub(used));
    out
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
            &format!("- {}", crate::render::diagnostics::short(d, lang)),
            BODY,
        ));
    }
    docx
}
