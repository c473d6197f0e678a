//! Plan files of the workspace that are not open but import one that is: when a file is
//! opened or saved (or changes on disk), those that read it through their imports, at any
//! depth, are checked and their diagnostics published, so that breaking a shared file shows
//! where it breaks the plans that use it. They are checked then, not at each keystroke:
//! reading and checking every importer would not fit in the time a change's diagnostics
//! have (open importers are checked as the text changes, `analyses`).
//!
//! A file checked this way is named by its path and shows what its own analysis finds, with
//! what open importers find in it; it is cleared when a later check finds nothing, or when
//! it reads no open file any more, or is gone.

use super::analyses;
use super::documents::FileKey;
use super::server::Server;
use crate::files::{lexical, Files};
use crate::source::Source;
use crate::syntax::ast::{Comment, Item};
use crate::syntax::{parse_into, Sink};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::mem::take;
use std::path::Path;

/// The files checked though not open, and the files whose importers are to be checked.
#[derive(Default)]
pub(crate) struct Unopened {
    /// Each file checked though not open, with the files its imports read.
    checked: BTreeMap<FileKey, BTreeSet<FileKey>>,
    /// Files opened, saved or changed on disk since the last check.
    due: BTreeSet<FileKey>,
}

impl Unopened {
    /// `changed` was opened, saved or changed on disk: its importers that are not open are
    /// checked once the client is quiet (and itself, if it was checked though not open).
    pub(crate) fn due(&mut self, changed: FileKey) {
        self.due.insert(changed);
    }

    /// Every file checked though not open is checked again (the language changed).
    pub(crate) fn all_due(&mut self) {
        self.due.extend(self.checked.keys().cloned());
    }
}

impl Server {
    /// Checks the importers of the files due, and publishes what they find.
    pub(crate) fn check_unopened(&mut self) {
        let due = take(&mut self.unopened.due);
        if due.is_empty() {
            return;
        }
        let files = self.documents.files();
        let mut imports = Imports::new(&*files);
        let closed: Vec<FileKey> = self
            .workspace
            .plan_files()
            .iter()
            .map(|path| FileKey::Path(lexical(path)))
            .filter(|key| !self.documents.is_open(key))
            .collect();
        let mut todo: BTreeSet<FileKey> = BTreeSet::new();
        for changed in &due {
            if self.unopened.checked.contains_key(changed) {
                todo.insert(changed.clone());
            }
            // Those checked before that read it may not import it any more.
            let before = self.unopened.checked.iter();
            todo.extend(
                before
                    .filter(|(_, reads)| reads.contains(changed))
                    .map(|(key, _)| key.clone()),
            );
            for key in &closed {
                if imports.reaches(key, changed) {
                    todo.insert(key.clone());
                }
            }
        }
        for key in todo {
            self.check_closed(&key, &*files);
        }
    }

    /// Checks `key`, which is not open, and publishes what it finds while it reads an open
    /// file; otherwise clears what was published of it.
    fn check_closed(&mut self, key: &FileKey, files: &dyn Files) {
        if self.documents.is_open(key) {
            // Its own analysis, as a document, says what it shows.
            self.unopened.checked.remove(key);
            return;
        }
        let text = key.path().and_then(|path| files.read(path).ok());
        let analysis = text.and_then(|text| self.analysis_of(key, &text));
        let reads = analysis.as_ref().map(analyses::reads).unwrap_or_default();
        match analysis {
            Some(analysis) if reads.iter().any(|read| self.documents.is_open(read)) => {
                self.record(key, &analysis);
                self.unopened.checked.insert(key.clone(), reads);
            }
            _ => {
                self.unrecord(key);
                self.unopened.checked.remove(key);
            }
        }
    }
}

/// Which files each file imports, read once each: from the open documents' texts or the
/// disk, parsed only when the text imports anything.
struct Imports<'f> {
    files: &'f dyn Files,
    direct: HashMap<FileKey, Vec<FileKey>>,
}

impl<'f> Imports<'f> {
    fn new(files: &'f dyn Files) -> Imports<'f> {
        Imports {
            files,
            direct: HashMap::new(),
        }
    }

    /// Whether `reader` reads `file` through its imports, at any depth.
    fn reaches(&mut self, reader: &FileKey, file: &FileKey) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![reader.clone()];
        while let Some(next) = todo.pop() {
            // A cycle of imports (which the checker reports) leads nowhere new.
            if !seen.insert(next.clone()) {
                continue;
            }
            let imported = self.direct(&next);
            if imported.contains(file) {
                return true;
            }
            todo.extend(imported.iter().cloned());
        }
        false
    }

    /// The files `key` imports, each path taken from its folder as the resolver takes it.
    fn direct(&mut self, key: &FileKey) -> &[FileKey] {
        if !self.direct.contains_key(key) {
            let found = match key.path() {
                Some(path) => imports_of(path, self.files),
                None => Vec::new(),
            };
            self.direct.insert(key.clone(), found);
        }
        self.direct.get(key).map(Vec::as_slice).unwrap_or_default()
    }
}

/// The files the plan at `path` imports; none when it cannot be read.
fn imports_of(path: &Path, files: &dyn Files) -> Vec<FileKey> {
    let Ok(text) = files.read(path) else {
        return Vec::new();
    };
    if !text.contains("import") {
        return Vec::new();
    }
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut sink = ImportPaths(Vec::new());
    parse_into(&Source::new(path.display().to_string(), text), &mut sink);
    sink.0
        .into_iter()
        .map(|imported| FileKey::Path(lexical(&folder.join(imported))))
        .collect()
}

/// What the parser hands over, keeping only the paths of imports.
struct ImportPaths(Vec<String>);

impl Sink for ImportPaths {
    fn item(&mut self, item: Item) {
        if let Item::Import(import) = item {
            self.0.push(import.path.value);
        }
    }

    fn wants_comments(&self) -> bool {
        false
    }

    fn comment(&mut self, _: Comment) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::MemoryFiles;

    #[test]
    fn a_file_reads_what_it_imports_at_any_depth_and_a_cycle_ends() {
        let mut files = MemoryFiles::new();
        files.insert("/kh/tw/tw.plan", "agency bo \"Bộ\"\n");
        files.insert("/kh/tinh.plan", "import \"tw/tw.plan\" as tw\n");
        files.insert("/kh/huyen/xa.plan", "import \"../tinh.plan\" as tinh\n");
        files.insert("/kh/a.plan", "import \"b.plan\" as b\n");
        files.insert("/kh/b.plan", "import \"a.plan\" as a\n");
        // An import in a comment imports nothing.
        files.insert("/kh/khac.plan", "// import \"tw/tw.plan\" as tw\n");
        let mut imports = Imports::new(&files);
        let tw = FileKey::named("/kh/tw/tw.plan");
        assert!(imports.reaches(&FileKey::named("/kh/tinh.plan"), &tw));
        assert!(imports.reaches(&FileKey::named("/kh/huyen/xa.plan"), &tw));
        assert!(!imports.reaches(&FileKey::named("/kh/khac.plan"), &tw));
        assert!(!imports.reaches(&tw, &FileKey::named("/kh/tinh.plan")));
        assert!(!imports.reaches(&FileKey::named("/kh/a.plan"), &tw));
        assert!(imports.reaches(&FileKey::named("/kh/a.plan"), &FileKey::named("/kh/a.plan")));
        assert!(!imports.reaches(&FileKey::named("/kh/missing.plan"), &tw));
    }
}
