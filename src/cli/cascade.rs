//! `plan cascade PARENT CHILD...`: how each child plan takes up the parent's indicators.

use super::output::{imports_as, load, refuse_errors};
use super::write::{errln, out_then};
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::cascade;
use planlang::render::format::Format;
use planlang::Checked;
use std::path::{Path, PathBuf};

pub fn run(parent: &Path, children: &[PathBuf], format: Format) -> u8 {
    let Some(parent_plan) = load(parent) else {
        return EXIT_USAGE;
    };
    let mut loaded = Vec::new();
    for path in children {
        let Some(child) = load(path) else {
            return EXIT_USAGE;
        };
        loaded.push((path, child));
    }
    let mut failed = refuse_errors(parent, &parent_plan);
    for (path, child) in &loaded {
        failed |= refuse_errors(path, child);
        if let Err(why) = implements(path, child, parent) {
            errln!("{}", super::say::error_line(why));
            failed = true;
        }
    }
    if failed {
        return EXIT_PROBLEMS;
    }
    let children: Vec<(String, &planlang::Model)> = loaded
        .iter()
        .map(|(path, c)| (describe(path, c), &c.model))
        .collect();
    let matrix = planlang::cascade::matrix(
        &describe(parent, &parent_plan),
        &parent_plan.model,
        &children,
    );
    // `--format` offers text, json and csv (render::format::Output::Cascade).
    let text = match format {
        Format::Json => format!("{}\n", cascade::to_json(&matrix)),
        Format::Csv => cascade::to_csv(&matrix),
        _ => cascade::to_text(&matrix, super::lang::lang()),
    };
    out_then(&text, EXIT_OK)
}

/// Whether the child's `implements` names an import of the parent file itself.
fn implements(path: &Path, child: &Checked, parent: &Path) -> Result<(), String> {
    let shown = path.display();
    let Some(alias) = &child.model.plan.parent else {
        return Err(format!(
            "`{shown}` does not say which plan it implements: add `import \"PATH\" as NAME` and `implements NAME` to it"
        ));
    };
    imports_as(path, child, alias, "implements", parent)
}

/// `plans/x.plan (196/QĐ-UBND)`.
fn describe(path: &Path, plan: &Checked) -> String {
    match &plan.model.plan.document {
        Some(doc) => format!("{} ({doc})", path.display()),
        None => path.display().to_string(),
    }
}
