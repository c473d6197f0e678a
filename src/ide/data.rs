//! The data a hover judges an indicator by: the files an editor's setting names, or those
//! found beside the plan, read and evaluated as `plan eval` does.
//!
//! # The data beside a plan
//!
//! Without a setting, a plan's data are the files, beside it, named after it: for
//! `son-la.plan` (its stem `son-la`),
//!
//! - `son-la.csv`, `son-la.xlsx` and `son-la.json` in the plan's folder, and
//! - every `.csv`, `.xlsx` and `.json` file in a `data/` folder beside the plan whose name
//!   starts with the stem: `data/son-la.csv`, `data/son-la-2024.xlsx`,
//!   `data/son-la-submissions.csv`.
//!
//! They are read in that order, each folder's files by name, as `plan eval PLAN FILES...`
//! reads the files it is given (observations, reports received and tasks done alike, told
//! apart by their columns). docs/data-and-evaluation.md says the same for people.

use super::Analysis;
use crate::data::{DataSet, LoadOptions};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::eval::evaluate::{EvalError, Evaluation};
use crate::i18n::Lang;
use std::path::{Path, PathBuf};

/// The extensions of the data files found beside a plan.
pub const EXTENSIONS: [&str; 3] = ["csv", "xlsx", "json"];

/// The folder beside a plan whose files named after it are its data too.
pub const FOLDER: &str = "data";

/// A plan's data read and evaluated.
#[derive(Clone, Debug)]
pub struct PlanData {
    /// The files read, in order: what an editor watches, to read them again when they change.
    pub files: Vec<PathBuf>,
    /// The paths given that are neither a file nor a folder (a FIFO, a device): not read,
    /// as reading one may never end.
    pub skipped: Vec<PathBuf>,
    /// The evaluation of the plan's targets, reports and tasks, or why there is none.
    pub evaluation: Result<Evaluation, Unevaluated>,
    /// The data's errors: rows refused, and files that could not be used.
    pub errors: usize,
    /// The data's warnings (nothing lost).
    pub warnings: usize,
    /// The errors by file, for the files that have any, in the order they were read.
    pub problems: Vec<FileProblems>,
}

/// The errors of one data file.
#[derive(Clone, Debug)]
pub struct FileProblems {
    /// The file, as given.
    pub file: PathBuf,
    /// How many errors it has: rows refused, and problems with the whole file.
    pub errors: usize,
    /// Its first error.
    pub first: Diagnostic,
    /// Why the file could not be used at all (missing, unreadable, without a required
    /// column, in another encoding: the error that stopped its reading), when it could not.
    pub unusable: Option<Diagnostic>,
}

/// Why a plan with data was not evaluated.
#[derive(Clone, Debug, PartialEq)]
pub enum Unevaluated {
    /// The plan has errors: what it would give is not what the file says (`plan eval`
    /// refuses it too).
    PlanHasErrors {
        /// How many.
        errors: usize,
    },
    /// The plan cannot be evaluated (no period, no area).
    Plan(EvalError),
}

impl Unevaluated {
    /// Why, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Unevaluated::PlanHasErrors { errors } => {
                lang.text_with("ide-data-plan-errors", &[("count", (*errors).into())])
            }
            Unevaluated::Plan(e) => e.words(lang),
        }
    }
}

/// The data files of the plan at `plan`: those `setting` names when it names any (as
/// given), else those beside the plan (see the module's documentation), existing ones only.
pub fn files_for(plan: &Path, setting: &[PathBuf]) -> Vec<PathBuf> {
    if !setting.is_empty() {
        return setting.to_vec();
    }
    beside(plan)
}

/// The data files beside the plan at `plan` (see the module's documentation).
pub fn beside(plan: &Path) -> Vec<PathBuf> {
    let Some(stem) = plan.file_stem().and_then(|s| s.to_str()) else {
        return Vec::new();
    };
    let folder = plan.parent().unwrap_or(Path::new(""));
    let own = EXTENSIONS
        .iter()
        .map(|e| folder.join(format!("{stem}.{e}")))
        .filter(|p| p.is_file());
    let mut named: Vec<PathBuf> = std::fs::read_dir(folder.join(FOLDER))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let data = p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
            name.starts_with(stem) && data && p.is_file()
        })
        .collect();
    named.sort();
    own.chain(named).collect()
}

/// Reads `files` against the analysed plan and evaluates it for its top area as of `as_of`
/// (today in Vietnam when `None`, as `plan eval` without `--as-of`). `None` when there are
/// no files. A file that cannot be read is one of the data's errors, as in `plan eval`.
pub fn evaluate(analysis: &Analysis, files: &[PathBuf], as_of: Option<Date>) -> Option<PlanData> {
    if files.is_empty() {
        return None;
    }
    let model = &analysis.checked.model;
    let mut data = DataSet::default();
    let mut skipped = Vec::new();
    for path in files {
        // A FIFO or a device could keep the reader waiting for ever; a missing file or a
        // folder is told as the data's problem, without being opened.
        let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
        if special {
            skipped.push(path.clone());
            continue;
        }
        data.load_path(model, path, LoadOptions::default());
    }
    let as_of = as_of.unwrap_or_else(|| crate::date::today_in_vietnam(jiff::Timestamp::now()));
    let plan_errors = analysis.checked.tally().errors;
    let evaluation = match plan_errors {
        0 => crate::eval::evaluate(model, &data, as_of).map_err(Unevaluated::Plan),
        errors => Err(Unevaluated::PlanHasErrors { errors }),
    };
    Some(PlanData {
        files: files.to_vec(),
        skipped,
        evaluation,
        errors: data.errors.len(),
        warnings: data.warnings.len(),
        problems: by_file(&data, files),
    })
}

/// The errors of `data` by file, for each of `files` (the paths it read) that has any.
fn by_file(data: &DataSet, files: &[PathBuf]) -> Vec<FileProblems> {
    let mut out = Vec::new();
    for (index, name) in data.files.iter().enumerate() {
        let errors: Vec<&Diagnostic> = (data.errors.iter())
            .filter(|e| e.file() == name.as_str())
            .collect();
        // The problem that stopped a file's reading is its last.
        let (Some(&first), Some(&last)) = (errors.first(), errors.last()) else {
            continue;
        };
        let file = (files.iter())
            .find(|path| path.display().to_string() == *name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name));
        let unusable = data.unusable.get(index).copied().unwrap_or(false);
        out.push(FileProblems {
            file,
            errors: errors.len(),
            first: first.clone(),
            unusable: unusable.then(|| last.clone()),
        });
    }
    out
}
