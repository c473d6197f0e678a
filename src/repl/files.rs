//! Loading the plan and data files a session works on, and noticing when they change on
//! disk (by modification time and size, so a change within the same second is seen too).

use crate::data::{DataSet, LoadOptions};
use crate::i18n::{Arg, Lang};
use crate::Checked;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file looked like when it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    pub(super) fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// A plan read and checked, with the stamp of its file.
pub(super) struct PlanFile {
    pub path: PathBuf,
    pub stamp: Option<Stamp>,
    pub checked: Checked,
}

/// A path as a message shows it.
fn shown_path(path: &Path) -> Arg {
    Arg::from(path.display().to_string())
}

/// Reads and checks a plan; `Err` says in words why it cannot be used.
pub(super) fn read_plan(path: &Path, lang: Lang) -> Result<PlanFile, String> {
    let stamp = Stamp::of(path);
    let checked = crate::load_path(path).map_err(|e| {
        let why = crate::files::unreadable_reason(&e, lang);
        lang.text_with(
            "repl-plan-unreadable",
            &[("path", shown_path(path)), ("why", why.into())],
        )
    })?;
    if checked.has_errors() {
        let errors: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| crate::render::diagnostics::short(d, lang))
            .collect();
        let shown = errors.len().min(5);
        let more = if errors.len() > shown {
            let more = lang.text_with(
                "repl-plan-more-errors",
                &[
                    ("count", (errors.len() - shown).into()),
                    ("path", shown_path(path)),
                ],
            );
            format!("\n  {more}")
        } else {
            String::new()
        };
        let heading = lang.text_with(
            "repl-plan-has-errors",
            &[("path", shown_path(path)), ("count", errors.len().into())],
        );
        return Err(format!(
            "{heading}\n  {}{more}",
            errors[..shown].join("\n  ")
        ));
    }
    Ok(PlanFile {
        path: path.to_path_buf(),
        stamp,
        checked,
    })
}

/// Data files read against a plan, with their stamps.
#[derive(Default)]
pub(super) struct DataFiles {
    pub paths: Vec<PathBuf>,
    pub stamps: Vec<Option<Stamp>>,
    pub data: DataSet,
}

/// Reads every file in `paths` against the plan. `Err` names the first file that cannot be
/// used at all (see [`DataSet::unusable`]) and why. Rejected rows do not make a file
/// unusable: the rows read are kept and the rejected ones listed by `:errors`, as
/// `plan eval --keep-going` does.
pub(super) fn read_data(
    model: &crate::Model,
    paths: &[PathBuf],
    options: &LoadOptions,
    lang: Lang,
) -> Result<DataFiles, String> {
    let mut files = DataFiles::default();
    for path in paths {
        files.data.load_path(model, path, options.clone());
        let name = path.display().to_string();
        if files.data.unusable.last() == Some(&true) {
            let why = files
                .data
                .errors
                .iter()
                .find(|e| e.file() == name)
                .map_or_else(String::new, |e| {
                    let (message, code) = (e.message(lang), e.code().as_str());
                    match crate::render::diagnostics::data_place(e, lang) {
                        None => format!("{message} [{code}]"),
                        Some(place) => format!("{place}: {message} [{code}]"),
                    }
                });
            return Err(lang.text_with(
                "repl-data-unusable",
                &[("name", name.into()), ("why", why.into())],
            ));
        }
        files.paths.push(path.clone());
        files.stamps.push(Stamp::of(path));
    }
    Ok(files)
}
