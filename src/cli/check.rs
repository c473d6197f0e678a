//! `plan check FILE...`

use super::lang::lang;
use super::output::{load, use_color, width};
use super::write::out_then;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::i18n::Lang;
use planlang::render::diagnostics::{human, json, short, JsonDiagnostic};
use planlang::render::format::Format;
use planlang::{Checked, Tally};
use serde::Serialize;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Serialize)]
struct FileReport {
    file: String,
    objectives: usize,
    indicators: usize,
    measures: usize,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
struct Report {
    files: Vec<FileReport>,
    errors: usize,
    warnings: usize,
}

/// "son-la.plan: 4 objectives, 29 indicators, 33 measures: 0 errors, 2 warnings".
fn summary(c: &Checked, lang: Lang) -> String {
    let t = c.tally();
    lang.text_with(
        "diag-check-summary",
        &[
            ("file", c.source.name().into()),
            ("objectives", c.model.objectives.len().into()),
            ("indicators", c.model.indicators.len().into()),
            ("measures", c.model.measures.len().into()),
            ("errors", t.errors.into()),
            ("warnings", t.warnings.into()),
        ],
    )
}

pub fn run(files: &[PathBuf], format: Format, deny_warnings: bool) -> u8 {
    let color = use_color();
    let width = width();
    let lang = lang();
    let mut total = Tally::default();
    let mut checked_files: usize = 0;
    let mut unreadable = false;
    let mut reports = Vec::new();
    let mut out = String::new();
    for (index, path) in files.iter().enumerate() {
        let Some(checked) = load(path) else {
            unreadable = true;
            continue;
        };
        checked_files += 1;
        let t = checked.tally();
        total.errors += t.errors;
        total.warnings += t.warnings;
        // `--format` offers human, short and json (render::format::Output::Diagnostics).
        if format == Format::Json {
            reports.push(FileReport {
                file: checked.source.name().to_string(),
                objectives: checked.model.objectives.len(),
                indicators: checked.model.indicators.len(),
                measures: checked.model.measures.len(),
                errors: t.errors,
                warnings: t.warnings,
                diagnostics: checked.diagnostics.iter().map(|d| json(d, lang)).collect(),
            });
        } else {
            for d in &checked.diagnostics {
                let line = match format {
                    Format::Short => short(d, lang),
                    _ => human(d, lang, color, width),
                };
                let _ = writeln!(out, "{line}");
            }
            let _ = writeln!(out, "{}", summary(&checked, lang));
        }
        if index + 1 == files.len() {
            // The process ends soon: freeing the last model piece by piece would take a
            // quarter of a large plan's check (millions of allocations), for nothing.
            std::mem::forget(checked);
        }
    }
    if let Format::Json = format {
        let report = Report {
            files: reports,
            errors: total.errors,
            warnings: total.warnings,
        };
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else if files.len() > 1 {
        let line = lang.text_with(
            "diag-check-total",
            &[
                ("files", checked_files.into()),
                ("errors", total.errors.into()),
                ("warnings", total.warnings.into()),
            ],
        );
        let _ = writeln!(out, "{line}");
    }
    let code = if unreadable {
        EXIT_USAGE
    } else if total.errors > 0 || (deny_warnings && total.warnings > 0) {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    };
    out_then(&out, code)
}
