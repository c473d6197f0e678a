//! Every real plan under `plans/` must check without errors (warnings are allowed: they record
//! the documents' own inconsistencies).

use planlang::render::diagnostics::short;
use std::path::{Path, PathBuf};

/// Every `.plan` file under `dir`, recursively, sorted.
fn plan_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("readable directory entry").path();
        if path.is_dir() {
            plan_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "plan") {
            out.push(path);
        }
    }
}

#[test]
fn every_plan_checks_without_errors() {
    let mut files = Vec::new();
    plan_files(Path::new("plans"), &mut files);
    files.sort();
    assert!(!files.is_empty(), "plans/ holds no .plan file");
    let mut failures = Vec::new();
    for path in &files {
        let checked = planlang::load_path(path)
            .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        if checked.has_errors() {
            let errors: Vec<String> = checked
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(short)
                .collect();
            failures.push(errors.join("\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "plans with errors:\n{}",
        failures.join("\n")
    );
}
