//! One name per file, whichever path names it.
//!
//! An editor opens `/srv/kế_hoạch/son-la.plan`; the Sơn La file imports
//! `national/children-2021-2030.plan`, which its model holds under the name the loader read
//! it by (the importing file's folder joined to the path written). The two names of one file
//! differ as text, so files are compared by their [`FileId`]: what
//! [`Files::canonical`](crate::files::Files::canonical) gives for the name (for the disk,
//! the absolute path with links followed), else the name made lexical (`a/../b.plan` is
//! `b.plan`) for a text that is no file. An [`Analysis`](super::Analysis) finds the id of
//! its own file and of every file it imports once, when it is made, through the same
//! [`Files`](crate::files::Files) it read them with.

use crate::files::{lexical, Files};
use crate::model::Model;
use crate::source::Source;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file, by its one canonical name: two sources are the same file when their ids are
/// equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(Arc<Path>);

impl FileId {
    /// The canonical path (for the disk, absolute): what a language server turns into the
    /// file's URI.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The id of the file a source was read from, through `files`.
    pub fn of(source: &Source, files: &dyn Files) -> FileId {
        let name = Path::new(source.name());
        let path: PathBuf = files.canonical(name).unwrap_or_else(|_| lexical(name));
        FileId(Arc::from(path))
    }
}

/// The ids of the files one analysis holds (its own and every file it imports, at any
/// depth), by the name their sources carry.
#[derive(Clone, Debug, Default)]
pub struct FileIds {
    by_name: HashMap<String, FileId>,
}

impl FileIds {
    /// The ids of `model`'s file and of every file it imports, found through `files`.
    pub fn of(model: &Model, files: &dyn Files) -> FileIds {
        let mut ids = FileIds::default();
        let mut todo = vec![model];
        while let Some(model) = todo.pop() {
            let name = model.source.name();
            if ids.by_name.contains_key(name) {
                continue;
            }
            ids.by_name
                .insert(name.to_string(), FileId::of(&model.source, files));
            todo.extend(model.imports.values().map(|i| &*i.model));
        }
        ids
    }

    /// The id of the file `source` was read from: as found when the analysis was made, else
    /// its name made lexical.
    pub fn id(&self, source: &Source) -> FileId {
        self.by_name
            .get(source.name())
            .cloned()
            .unwrap_or_else(|| FileId(Arc::from(lexical(Path::new(source.name())))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::MemoryFiles;
    use std::rc::Rc;

    #[test]
    fn an_imported_file_has_the_id_of_the_same_file_opened_by_another_path() {
        let mut files = MemoryFiles::new();
        files.insert("plans/national.plan", "agency ttg \"Thủ tướng\"\n");
        files.insert(
            "plans/districts/d.plan",
            "import \"../national.plan\" as national\n",
        );
        let files = Rc::new(files);
        let text = files
            .read(Path::new("plans/districts/d.plan"))
            .expect("held");
        let checked =
            crate::load_source_from(Source::new("plans/districts/d.plan", text), files.clone());
        let ids = FileIds::of(&checked.model, &*files);
        let imported = &checked.model.imports["national"].model.source;
        let opened = Source::new("./plans/x/../national.plan", "");
        assert_eq!(ids.id(imported), FileId::of(&opened, &*files));
        assert_ne!(ids.id(imported), ids.id(&checked.model.source));
        assert_eq!(ids.id(imported).path(), Path::new("plans/national.plan"));
    }
}
