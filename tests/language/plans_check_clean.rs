//! Every real plan under `plans/` must check without errors (warnings are allowed: they record
//! the documents' own inconsistencies).

use crate::printer::plan_files;
use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use planlang::Checked;

/// The errors of a checked plan, each in its short form.
pub fn errors(checked: &Checked) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| short(d, Lang::En))
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

/// In every real plan, an indicator's measures are its own entries in the measures table
/// (itself, or its parts in written order), and each part knows its composite: the ids
/// the resolver gives reach what the document numbers together.
#[test]
fn every_indicator_reaches_its_measures_and_every_part_its_indicator() {
    for path in &plan_files("plans") {
        let model = planlang::load_path(path).unwrap().model;
        let mut reached = 0;
        for (at, indicator) in model.indicators.values().enumerate() {
            let measures: Vec<_> = model.measures_of(indicator).collect();
            assert_eq!(
                measures.len(),
                indicator.measures.len(),
                "{}",
                path.display()
            );
            for m in measures {
                assert_eq!(m.number, indicator.number, "{}", path.display());
                let composite = m.parent.map(|p| p.index());
                assert_eq!(
                    composite,
                    indicator.is_composite.then_some(at),
                    "{} {}",
                    path.display(),
                    m.id
                );
                reached += 1;
            }
        }
        assert_eq!(reached, model.measures.len(), "{}", path.display());
    }
}
