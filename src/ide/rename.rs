//! Rename: a declaration and every place that names it, across the files of a workspace.
//!
//! A part is named by its indicator's number and its letter: its `part` line writes the
//! letter (`part a`), other places the whole id (`16a`, `national.16a`). Renamed on its
//! `part` line, the new name is the letter; on a place that writes the whole id, it is the
//! whole id, which must keep the indicator's number. Renaming an indicator renumbers its
//! parts wherever they are named (`16a` becomes `17a`).
//!
//! Plan files only are changed: data files and workbooks name indicators, areas, agencies
//! and dimensions' values by id too, and keep the old ids until they are changed as well
//! (their rows are then refused with a "did you mean" naming the new id).

use super::names::{self, Declared, Key, Kind, Named, Occurrence};
use super::workspace::{holding, known};
use super::{Analysis, Edit, FileEdits};
use crate::i18n::Lang;
use crate::model::{builtin_unit, Model};
use crate::source::Span;
use unicode_normalization::UnicodeNormalization;

/// Why a rename is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum RenameError {
    /// The cursor is not on a name that names a declaration.
    NothingThere,
    /// A built-in unit (`percent`): no file declares it.
    BuiltIn {
        /// Its id.
        name: String,
    },
    /// The new name is not an id: letters, digits and `_`, without dots or spaces.
    NotAnId {
        /// The name given.
        name: String,
    },
    /// The declaring file already declares this kind under the new name.
    Taken {
        /// What is renamed.
        kind: Kind,
        /// The name given.
        name: String,
    },
    /// A part renamed where its whole id is written must keep its indicator's number.
    PartNumber {
        /// The indicator's number (`16`).
        number: String,
        /// The name given.
        name: String,
    },
    /// The declaration is in a file the workspace does not hold: the files that name it
    /// could not all be changed.
    OutsideWorkspace {
        /// The declaring file, as it was read.
        file: String,
    },
}

impl RenameError {
    /// Why the rename is refused, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            RenameError::NothingThere => lang.text("ide-rename-nothing"),
            RenameError::BuiltIn { name } => {
                lang.text_with("ide-rename-built-in", &[("name", name.as_str().into())])
            }
            RenameError::NotAnId { name } => {
                lang.text_with("ide-rename-not-an-id", &[("name", name.as_str().into())])
            }
            RenameError::Taken { kind, name } => lang.text_with(
                "ide-rename-taken",
                &[
                    ("kind", kind.words(lang).into()),
                    ("name", name.as_str().into()),
                ],
            ),
            RenameError::PartNumber { number, name } => lang.text_with(
                "ide-rename-part-number",
                &[
                    ("number", number.as_str().into()),
                    ("name", name.as_str().into()),
                ],
            ),
            RenameError::OutsideWorkspace { file } => {
                lang.text_with("ide-rename-outside", &[("file", file.as_str().into())])
            }
        }
    }
}

impl std::fmt::Display for RenameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

impl std::error::Error for RenameError {}

/// The span of the name at byte `offset` that a rename would change: an id that names a
/// declaration of a file (for `national.5a`, `5a`; on `national`, the import's alias).
/// Refused off a name (a keyword, a string, a comment) or on a name that names nothing
/// ([`RenameError::NothingThere`]), and on a built-in unit ([`RenameError::BuiltIn`]).
pub fn prepare_rename(analysis: &Analysis, offset: usize) -> Result<Span, RenameError> {
    let found = names::occurrences(&analysis.checked.model);
    renamed_at(&found, offset).map(|(at, _)| at.span)
}

/// The name at `offset` among `found` and the declaration it names, or why it cannot be
/// renamed.
fn renamed_at<'o, 'm>(
    found: &'o [Occurrence<'m>],
    offset: usize,
) -> Result<(&'o Occurrence<'m>, Declared), RenameError> {
    let at = names::at(found, offset).ok_or(RenameError::NothingThere)?;
    let declared = at.target.declared().ok_or_else(|| RenameError::BuiltIn {
        name: at.target.model.source.slice(at.span).to_string(),
    })?;
    Ok((at, declared))
}

/// Renames the declaration named at byte `offset` of `file`, and every place that names it
/// in `file`, in `workspace`'s analyses and in the files they import, to `new_name` (read
/// NFC). Refused when the new name is not an id, when the declaring file already declares
/// that kind under it, and when the declaring file is not one the workspace holds (`file`
/// or one of `workspace`'s). The edits of each file, `file`'s first; none when the name is
/// unchanged.
pub fn rename(
    workspace: &[&Analysis],
    file: &Analysis,
    offset: usize,
    new_name: &str,
) -> Result<Vec<FileEdits>, RenameError> {
    let here = names::occurrences(&file.checked.model);
    let (at, declared) = renamed_at(&here, offset)?;
    let key = declared.key(&file.files);
    let Some(declaring) = holding(workspace, file, &key.file) else {
        return Err(RenameError::OutsideWorkspace {
            file: declared.at.source.name().to_string(),
        });
    };
    let new: String = new_name.nfc().collect();
    let new_id = new_id(at, &declared, &new)?;
    if new_id == declared.name {
        return Ok(Vec::new());
    }
    if taken(&declaring.checked.model, &declared, &new_id) {
        return Err(RenameError::Taken {
            kind: declared.kind,
            name: new,
        });
    }
    let mut out: Vec<FileEdits> = Vec::new();
    for k in known(workspace, file) {
        let mut edits: Vec<Edit> = names::occurrences(k.model)
            .iter()
            .filter_map(|o| edit(o, &key, &new_id, k.files))
            .collect();
        if edits.is_empty() {
            continue;
        }
        edits.sort_by_key(|e| e.span.start());
        out.push(FileEdits {
            source: k.model.source.clone(),
            edits,
        });
    }
    Ok(out)
}

/// Whether `name` is an id a plan can declare: letters, digits and `_` (Unicode's
/// identifier characters, as the grammar's `ident`), with no dot.
pub fn is_id(name: &str) -> bool {
    !name.is_empty() && name.chars().all(unicode_ident::is_xid_continue)
}

/// The id the declaration gets: `new` itself, but for a part renamed where its whole id is
/// written, whose new id is `new` (which must keep the number), and one renamed on its
/// `part` line, whose new id is the number and `new`, the letter.
fn new_id(at: &Occurrence<'_>, declared: &Declared, new: &str) -> Result<String, RenameError> {
    let not_an_id = || RenameError::NotAnId {
        name: new.to_string(),
    };
    let Named::Measure(part) = at.target.named else {
        return is_id(new).then(|| new.to_string()).ok_or_else(not_an_id);
    };
    if declared.kind != Kind::Part {
        return is_id(new).then(|| new.to_string()).ok_or_else(not_an_id);
    }
    let letter = match at.declares {
        true => new,
        false => new
            .strip_prefix(part.number.as_str())
            .ok_or_else(|| RenameError::PartNumber {
                number: part.number.clone(),
                name: new.to_string(),
            })?,
    };
    match is_id(letter) && is_id(new) {
        true => Ok(format!("{}{letter}", part.number)),
        false => Err(not_an_id()),
    }
}

/// Whether `model`, the declaring file's, already declares the kind renamed under `id`.
fn taken(model: &Model, declared: &Declared, id: &str) -> bool {
    match declared.kind {
        Kind::Agency => model.agencies.contains_key(id),
        Kind::Unit => model.units.contains_key(id) || builtin_unit(id).is_some(),
        Kind::Dimension => model.dimensions.contains_key(id),
        Kind::DimensionValue => (declared.within.as_ref())
            .and_then(|d| model.dimensions.get(d))
            .is_some_and(|d| d.values.contains_key(id)),
        Kind::Objective => model.objectives.contains_key(id),
        Kind::Indicator => model.indicators.contains_key(id) || model.measures.contains_key(id),
        Kind::Part => model.measures.contains_key(id) || model.indicators.contains_key(id),
        Kind::Report => model.reports.contains_key(id),
        Kind::Review => model.reviews.contains_key(id),
        Kind::Area => model.areas.contains_key(id),
        Kind::Element => model.elements.contains_key(id),
        Kind::Import => model.imports.contains_key(id),
        Kind::Query => model.queries.contains_key(id),
        Kind::Project => model.projects.contains_key(id),
        Kind::Task => model.tasks.contains_key(id),
    }
}

/// The edit an occurrence gets when the declaration `key` is renamed to `new_id`: its name,
/// written as the place writes it (a part's letter on its `part` line, its whole id
/// elsewhere); for an indicator renumbered, the whole id of each of its parts named.
fn edit(o: &Occurrence<'_>, key: &Key, new_id: &str, files: &super::FileIds) -> Option<Edit> {
    let declared = o.target.declared()?;
    let renamed = |text: String| Some(Edit { span: o.span, text });
    let own = declared.key(files);
    if own == *key {
        return match (key.kind, o.target.named) {
            (Kind::Part, Named::Measure(part)) if o.declares => {
                renamed(new_id.strip_prefix(part.number.as_str())?.to_string())
            }
            _ => renamed(new_id.to_string()),
        };
    }
    // A part of the indicator renumbered, named by its whole id.
    let Named::Measure(part) = o.target.named else {
        return None;
    };
    let of_renamed = key.kind == Kind::Indicator
        && own.kind == Kind::Part
        && own.file == key.file
        && part.number == key.name;
    if !of_renamed || o.declares {
        return None;
    }
    let letter = part.id.strip_prefix(part.number.as_str())?;
    renamed(format!("{new_id}{letter}"))
}
