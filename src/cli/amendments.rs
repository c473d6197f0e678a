//! `--amendment FILE` (show, eval, history): amendment files loaded, checked, and checked to
//! amend the plan given; amendments that conflict are refused.

use super::output::{imports_as, load, refuse_errors};
use super::write::errln;
use super::{EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::diagnostics::short;
use planlang::Checked;
use std::path::{Path, PathBuf};

/// The plan at `plan` and its amendment `files`, all checked without errors; or the exit
/// status after saying why not.
pub fn load_amended(plan: &Path, files: &[PathBuf]) -> Result<(Checked, Vec<Checked>), u8> {
    let checked = super::output::load_clean(plan)?;
    Ok((checked, load_for(plan, files)?))
}

/// The amendment files, each checked without errors and amending `plan`; or the exit status
/// after saying why not.
pub fn load_for(plan: &Path, files: &[PathBuf]) -> Result<Vec<Checked>, u8> {
    let mut out = Vec::new();
    let mut failed = false;
    for path in files {
        let Some(checked) = load(path) else {
            return Err(EXIT_USAGE);
        };
        if refuse_errors(path, &checked) {
            failed = true;
        } else if let Err(why) = amends(path, &checked, plan) {
            errln!("{}", super::say::error_line(why));
            failed = true;
        }
        out.push(checked);
    }
    let models: Vec<&planlang::Model> = out.iter().map(|c| &c.model).collect();
    let conflicts = planlang::amend::conflicts(&models);
    for d in &conflicts {
        errln!("{}", short(d, super::lang::lang()));
    }
    if failed || !conflicts.is_empty() {
        return Err(EXIT_PROBLEMS);
    }
    Ok(out)
}

/// Whether an amendment file amends the plan file `plan`.
fn amends(path: &Path, file: &Checked, plan: &Path) -> Result<(), String> {
    let shown = path.display();
    let Some(amendment) = &file.model.amendment else {
        return Err(format!(
            "`{shown}` is not an amendment (it has no `amendment \"...\" {{ amends ... }}` header)"
        ));
    };
    let Some(alias) = &amendment.amends else {
        return Err(format!("`{shown}` does not say which plan it amends"));
    };
    imports_as(path, file, alias, "amends", plan)
}
