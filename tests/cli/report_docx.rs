//! The report to file (issue 13 §3, `render::report::docx`): the Sơn La plan with its sample
//! data and submissions, as of 30 June 2025, written as a .docx and laid out by LibreOffice
//! Writer into a PDF. On its A4 pages: the head as the decree sets it (the national name and
//! the issuer each on their lines), the kind of document, the plan's title, every indicator
//! with its title, every status, the recipients and the signer together on the last page; it
//! runs to the same number of pages every time. The document, its PDF and a picture of its
//! first page are kept in `target/documents/` for a person to look at.

use crate::common::pdf;
use crate::common::soffice::{self, writer};
use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::i18n::{status_label, Lang};
use planlang::query::Facts;
use planlang::render::evaluation::GroupBy;
use planlang::render::report::{docx, Report};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the documents and their pictures are kept for a person to look at.
fn artifacts() -> PathBuf {
    let dir = root().join("target/documents");
    std::fs::create_dir_all(&dir).expect("target/documents");
    dir
}

/// The Sơn La report as of 30 June 2025, built as `plan report` builds it.
fn son_la() -> Report {
    let checked = planlang::load_path(root().join("plans/son-la-children-2021-2030.plan"))
        .expect("the Sơn La plan");
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    let mut data = DataSet::default();
    for file in [
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
    ] {
        data.load_path(model, &root().join(file), LoadOptions::default());
    }
    assert!(!data.has_errors(), "{:?}", data.errors);
    let as_of = Date::parse("2025-06-30").expect("a date");
    let facts = Facts::new(model, &data, as_of);
    Report::build(model, &facts, GroupBy::Objective).expect("evaluated")
}

/// The report in `lang` written to `target/documents/NAME.docx` and laid out by LibreOffice
/// into `NAME.pdf` beside it; the PDF's path. `None` when LibreOffice Writer or poppler is
/// missing (said once).
fn laid_out(report: &Report, lang: Lang, name: &str) -> Option<PathBuf> {
    let soffice = writer()?;
    if !pdf::poppler() {
        return None;
    }
    let bytes = docx::document(report, lang).expect("a document");
    let dir = artifacts();
    let file = dir.join(format!("{name}.docx"));
    std::fs::write(&file, &bytes).expect("write the document");
    Some(soffice::convert(&soffice, &file, "pdf", &dir).expect("LibreOffice lays it out"))
}

/// `text` without its white space: what a check of words finds whatever the lines they
/// were broken over.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `page` has a line that reads `line` exactly.
fn has_line(page: &str, line: &str) -> bool {
    page.lines().any(|l| l.trim() == line)
}

/// How many A4 pages the Sơn La report takes. The number depends on the layout only (fonts,
/// sizes, margins, column widths) and on what the plan and its sample data hold; a change to
/// either shows here.
const SON_LA_PAGES: usize = 6;

#[test]
fn the_son_la_report_is_laid_out_on_a4_pages() {
    let report = son_la();
    let Some(pdf_file) = laid_out(&report, Lang::Vi, "report-son-la") else {
        return;
    };
    assert_eq!(pdf::page_size(&pdf_file), "595.304 x 841.89 pts (A4)");
    let pages = pdf::pages(&pdf_file);
    assert_eq!(pages.len(), SON_LA_PAGES, "{pages:#?}");
    let first = &pages[0];
    // The head: each on a line of its own, as the decree sets them; the issuer over two
    // lines as officers break it.
    for line in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "TỈNH SƠN LA",
        "BÁO CÁO",
    ] {
        assert!(
            has_line(first, line),
            "no line `{line}` on page 1:\n{first}"
        );
    }
    // The number beside the place and date, on one line of the page.
    assert!(
        has_line(first, "Số: …/BC-UBND [địa danh], ngày … tháng … năm …"),
        "{first}"
    );
    let summary = format!("Kết quả thực hiện {}", report.title);
    assert!(squeezed(first).contains(&squeezed(&summary)), "{first}");
    let all = squeezed(&pages.concat());
    // Every indicator: its id in its cell, its title in the next.
    for i in report.indicators() {
        let id_title = squeezed(&format!("{}\n{}", i.id, i.title));
        assert!(all.contains(&id_title), "indicator {} ({})", i.id, i.title);
    }
    for (status, n) in &report.statuses {
        let label = status_label(Lang::Vi, *status);
        assert!(
            all.contains(&squeezed(&format!("{label}\n{n}"))),
            "{label} {n}"
        );
    }
    // The foot together on the last page, after the closing sentence: the recipients and
    // the signer.
    let last = pages.last().expect("pages");
    assert!(last.contains("./."), "the closing sentence:\n{last}");
    for line in ["Nơi nhận:", "- Lưu: VT, ….", "[họ và tên người ký]"] {
        assert!(
            has_line(last, line),
            "no line `{line}` on the last page:\n{last}"
        );
    }
    // No page but the first is numbered, each at its top.
    assert_eq!(first.lines().next(), Some("[CƠ QUAN CHỦ QUẢN, NẾU CÓ]"));
    for (n, page) in pages.iter().enumerate().skip(1) {
        let number = (n + 1).to_string();
        assert_eq!(page.lines().next().map(str::trim), Some(number.as_str()));
    }
    let png = artifacts().join("report-son-la-page1.png");
    let _ = std::fs::remove_file(&png);
    pdf::picture(&pdf_file, 1, 100, &png);
    let bytes = std::fs::read(&png).expect("the picture of page 1");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
}

#[test]
fn in_english_the_report_keeps_the_vietnamese_national_name() {
    let report = son_la();
    let Some(pdf_file) = laid_out(&report, Lang::En, "report-son-la-en") else {
        return;
    };
    let pages = pdf::pages(&pdf_file);
    assert!(pages.len() > 1, "{pages:#?}");
    let first = &pages[0];
    for line in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "REPORT",
        "I. RESULTS OF THE INDICATORS",
    ] {
        assert!(
            has_line(first, line),
            "no line `{line}` on page 1:\n{first}"
        );
    }
    let all = squeezed(&pages.concat());
    for i in report.indicators() {
        assert!(all.contains(&squeezed(&i.title)), "indicator {}", i.id);
    }
    assert!(has_line(pages.last().expect("pages"), "Recipients:"));
}
