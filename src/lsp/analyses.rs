//! The analysis of each open document, which files it read, and which are out of date: a
//! document's own change makes its analysis stale, and so does a change to any file it
//! imports, however deep.

use super::documents::FileKey;
use crate::files::lexical;
use crate::ide::Analysis;
use crate::model::Model;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// One document's analysis.
pub(crate) struct Analysed {
    /// The analysis of the text the document had.
    pub(crate) analysis: Analysis,
    /// The files its imports read (or tried to), all the way down.
    pub(crate) reads: BTreeSet<FileKey>,
}

/// The analyses of the open documents.
#[derive(Default)]
pub(crate) struct Analyses {
    done: HashMap<FileKey, Analysed>,
    stale: BTreeSet<FileKey>,
}

impl Analyses {
    /// The analysis of `key`, up to date or not.
    pub(crate) fn get(&self, key: &FileKey) -> Option<&Analysed> {
        self.done.get(key)
    }

    /// Whether `key` must be analysed before its analysis is used.
    pub(crate) fn is_stale(&self, key: &FileKey) -> bool {
        self.stale.contains(key) || !self.done.contains_key(key)
    }

    /// Keeps the analysis of `key`, now up to date.
    pub(crate) fn insert(&mut self, key: FileKey, analysed: Analysed) {
        self.stale.remove(&key);
        self.done.insert(key, analysed);
    }

    /// `changed` changed: its own analysis (when open) and those of every document that reads
    /// it are out of date.
    pub(crate) fn changed(&mut self, changed: &FileKey, open: bool) {
        if open {
            self.stale.insert(changed.clone());
        }
        let readers = self
            .done
            .iter()
            .filter(|(_, analysed)| analysed.reads.contains(changed))
            .map(|(key, _)| key.clone());
        self.stale.extend(readers.collect::<Vec<_>>());
    }

    /// Every analysis is out of date (the language changed, say).
    pub(crate) fn all_stale(&mut self) {
        self.stale.extend(self.done.keys().cloned());
    }

    /// Forgets the analysis of a closed document.
    pub(crate) fn forget(&mut self, key: &FileKey) {
        self.done.remove(key);
        self.stale.remove(key);
    }

    /// The documents whose analyses are out of date, in a steady order.
    pub(crate) fn stale(&self) -> Vec<FileKey> {
        self.stale.iter().cloned().collect()
    }
}

/// The files `analysis` read through its imports, and those it tried to read but could not
/// (they may appear): each import's path taken from its importing file's folder, as the
/// resolver takes it, and the imports of each file read, all the way down.
pub(crate) fn reads(analysis: &Analysis) -> BTreeSet<FileKey> {
    let mut found = BTreeSet::new();
    add_imports(&analysis.checked.model, &mut found);
    found
}

fn add_imports(model: &Model, found: &mut BTreeSet<FileKey>) {
    let folder = Path::new(model.source.name())
        .parent()
        .unwrap_or(Path::new(""));
    for import in model.imports.values() {
        let key = FileKey::Path(lexical(&folder.join(&import.path)));
        // A file met again (imported twice, or by two files) has had its imports added.
        if found.insert(key) && import.readable {
            add_imports(&import.model, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::MemoryFiles;
    use crate::source::Source;
    use std::rc::Rc;

    #[test]
    fn the_files_read_are_found_through_every_level_of_imports_even_one_missing() {
        let mut files = MemoryFiles::new();
        files.insert("/kh/tinh/tinh.plan", "import \"../tw/tw.plan\" as tw\n");
        files.insert("/kh/tw/tw.plan", "agency bo \"Bộ\"\n");
        let text = "import \"tinh/tinh.plan\" as tinh\nimport \"chua-co.plan\" as moi\n";
        let analysis = Analysis::new(Source::new("/kh/huyen.plan", text), Rc::new(files));
        let read: Vec<FileKey> = reads(&analysis).into_iter().collect();
        assert_eq!(
            read,
            [
                FileKey::named("/kh/chua-co.plan"),
                FileKey::named("/kh/tinh/tinh.plan"),
                FileKey::named("/kh/tw/tw.plan"),
            ]
        );
    }

    #[test]
    fn a_change_makes_the_changed_file_and_its_readers_stale() {
        let analysis = || Analysis::new(Source::new("/a.plan", ""), Rc::new(MemoryFiles::new()));
        let mut analyses = Analyses::default();
        let (a, b, c) = (
            FileKey::named("/a.plan"),
            FileKey::named("/b.plan"),
            FileKey::named("/c.plan"),
        );
        assert!(analyses.is_stale(&a));
        analyses.insert(
            a.clone(),
            Analysed {
                analysis: analysis(),
                reads: [c.clone()].into(),
            },
        );
        analyses.insert(
            b.clone(),
            Analysed {
                analysis: analysis(),
                reads: BTreeSet::new(),
            },
        );
        assert!(!analyses.is_stale(&a) && !analyses.is_stale(&b));
        // `c` is not open: only its reader `a` goes stale.
        analyses.changed(&c, false);
        assert_eq!(analyses.stale(), std::slice::from_ref(&a));
        analyses.changed(&b, true);
        assert_eq!(analyses.stale(), [a.clone(), b.clone()]);
        analyses.forget(&a);
        assert_eq!(analyses.stale(), [b]);
    }
}
