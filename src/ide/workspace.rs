//! The files a workspace knows, each once: the files the editor holds (each analysis's own),
//! and every file they import, at any depth.

use super::identity::{FileId, FileIds};
use super::Analysis;
use crate::model::Model;
use std::collections::HashSet;

/// A file the workspace knows: its model, and the ids of the files its declarations may come
/// from (those of the analysis it was found in).
pub(super) struct Known<'a> {
    /// Its model.
    pub model: &'a Model,
    /// The file ids of the analysis it was found in.
    pub files: &'a FileIds,
}

/// Every file `file` and `workspace` know, each once: first the analyses' own files (the
/// texts the editor holds, which an import read earlier may be behind), `file` first, then
/// the files they import.
pub(super) fn known<'a>(workspace: &[&'a Analysis], file: &'a Analysis) -> Vec<Known<'a>> {
    let analyses: Vec<&Analysis> = std::iter::once(file)
        .chain(workspace.iter().copied())
        .collect();
    let mut seen: HashSet<FileId> = HashSet::new();
    let mut out = Vec::new();
    for a in &analyses {
        if seen.insert(a.file_id()) {
            out.push(Known {
                model: &a.checked.model,
                files: &a.files,
            });
        }
    }
    for a in analyses {
        let mut todo: Vec<&Model> = a
            .checked
            .model
            .imports
            .values()
            .map(|i| &*i.model)
            .collect();
        while let Some(model) = todo.pop() {
            let id = a.files.id(&model.source);
            if seen.insert(id) {
                todo.extend(model.imports.values().map(|i| &*i.model));
                out.push(Known {
                    model,
                    files: &a.files,
                });
            }
        }
    }
    out
}

/// The analysis of `workspace` (or `file`) whose own file is `id`.
pub(super) fn holding<'a>(
    workspace: &[&'a Analysis],
    file: &'a Analysis,
    id: &FileId,
) -> Option<&'a Analysis> {
    std::iter::once(file)
        .chain(workspace.iter().copied())
        .find(|a| a.file_id() == *id)
}
