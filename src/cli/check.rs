//! `plan check FILE...`

use super::output::{load, use_color, width};
use super::{CheckFormat, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::diagnostics::{human, json, short, JsonDiagnostic};
use planlang::{Checked, Tally};
use serde::Serialize;
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

/// "4 objectives, 29 indicators, 33 measures: 0 errors, 2 warnings".
fn summary(c: &Checked) -> String {
    let t = c.tally();
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}: {}, {}, {}: {}, {}",
        c.source.name(),
        n(c.model.objectives.len(), "objective", "objectives"),
        n(c.model.indicators.len(), "indicator", "indicators"),
        n(c.model.measures.len(), "measure", "measures"),
        n(t.errors, "error", "errors"),
        n(t.warnings, "warning", "warnings"),
    )
}

pub fn run(files: &[PathBuf], format: CheckFormat, deny_warnings: bool) -> u8 {
    let color = use_color();
    let mut total = Tally::default();
    let mut unreadable = false;
    let mut reports = Vec::new();
    for path in files {
        let Some(checked) = load(path) else {
            unreadable = true;
            continue;
        };
        let t = checked.tally();
        total.errors += t.errors;
        total.warnings += t.warnings;
        match format {
            CheckFormat::Human => {
                for d in &checked.diagnostics {
                    println!("{}", human(d, color, width()));
                }
                println!("{}", summary(&checked));
            }
            CheckFormat::Short => {
                for d in &checked.diagnostics {
                    println!("{}", short(d));
                }
                println!("{}", summary(&checked));
            }
            CheckFormat::Json => reports.push(FileReport {
                file: checked.source.name().to_string(),
                objectives: checked.model.objectives.len(),
                indicators: checked.model.indicators.len(),
                measures: checked.model.measures.len(),
                errors: t.errors,
                warnings: t.warnings,
                diagnostics: checked.diagnostics.iter().map(json).collect(),
            }),
        }
    }
    if let CheckFormat::Json = format {
        let report = Report {
            files: reports,
            errors: total.errors,
            warnings: total.warnings,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else if files.len() > 1 {
        println!(
            "total: {} files, {} errors, {} warnings",
            files.len(),
            total.errors,
            total.warnings
        );
    }
    if unreadable {
        EXIT_USAGE
    } else if total.errors > 0 || (deny_warnings && total.warnings > 0) {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}
