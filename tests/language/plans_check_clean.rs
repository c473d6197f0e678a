//! Every real plan under `plans/` must check without errors (warnings are allowed: they record
//! the documents' own inconsistencies).

use crate::printer::plan_files;
use planlang::render::diagnostics::short;
use planlang::Checked;

/// The errors of a checked plan, each in its short form.
pub fn errors(checked: &Checked) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(short)
        .collect()
}

#[test]
fn every_plan_checks_without_errors() {
    let files = plan_files("plans");
    assert!(!files.is_empty(), "plans/ holds no .plan file");
    let mut failures = Vec::new();
    for path in &files {
        let checked = planlang::load_path(path)
            .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        if checked.has_errors() {
            failures.push(errors(&checked).join("\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "plans with errors:\n{}",
        failures.join("\n")
    );
}
