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
    /// While `analysis` has syntax errors: the document's last analysis that had none. Text
    /// being typed seldom parses, and an analysis of it misses the items that did not, so
    /// completion takes the plan's names from this one.
    earlier: Option<Analysis>,
    /// Which analysis of the server's this is, counted from 1 (set when it is kept): what
    /// is worked out from an analysis (a hover's evaluation) is kept as long as this stays.
    pub(crate) generation: u64,
}

impl Analysed {
    /// `analysis`, which read `reads`, not kept yet.
    pub(crate) fn new(analysis: Analysis, reads: BTreeSet<FileKey>) -> Analysed {
        Analysed {
            analysis,
            reads,
            earlier: None,
            generation: 0,
        }
    }

    /// The analysis whose names to offer: the current one when its text parses, else the
    /// last that did (the current one when none did).
    pub(crate) fn names(&self) -> &Analysis {
        self.earlier.as_ref().unwrap_or(&self.analysis)
    }

    /// The last analysis of the document without syntax errors, if any.
    fn into_sound(self) -> Option<Analysis> {
        if self.analysis.syntax.has_syntax_errors {
            self.earlier
        } else {
            Some(self.analysis)
        }
    }
}

/// The analyses of the open documents.
#[derive(Default)]
pub(crate) struct Analyses {
    done: HashMap<FileKey, Analysed>,
    stale: BTreeSet<FileKey>,
    /// How many analyses were kept.
    kept: u64,
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

    /// Keeps the analysis of `key`, now up to date; when its text has syntax errors, the
    /// last analysis of `key` without any is kept with it.
    pub(crate) fn insert(&mut self, key: FileKey, mut analysed: Analysed) {
        self.kept += 1;
        analysed.generation = self.kept;
        self.stale.remove(&key);
        let before = self.done.remove(&key);
        if analysed.analysis.syntax.has_syntax_errors {
            analysed.earlier = before.and_then(Analysed::into_sound);
        }
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
        analyses.insert(a.clone(), Analysed::new(analysis(), [c.clone()].into()));
        analyses.insert(b.clone(), Analysed::new(analysis(), BTreeSet::new()));
        assert!(!analyses.is_stale(&a) && !analyses.is_stale(&b));
        // Each analysis kept is told from those before it.
        let generation = |key| analyses.get(key).map(|a| a.generation);
        assert_eq!((generation(&a), generation(&b)), (Some(1), Some(2)));
        // `c` is not open: only its reader `a` goes stale.
        analyses.changed(&c, false);
        assert_eq!(analyses.stale(), std::slice::from_ref(&a));
        analyses.changed(&b, true);
        assert_eq!(analyses.stale(), [a.clone(), b.clone()]);
        analyses.forget(&a);
        assert_eq!(analyses.stale(), [b]);
    }

    #[test]
    fn while_the_text_does_not_parse_the_last_analysis_that_did_gives_the_names() {
        let analysed = |text: &str| {
            let source = Source::new("/a.plan", text);
            Analysed::new(
                Analysis::new(source, Rc::new(MemoryFiles::new())),
                BTreeSet::new(),
            )
        };
        let agencies = |analyses: &Analyses| -> Vec<String> {
            let names = analyses
                .get(&FileKey::named("/a.plan"))
                .expect("kept")
                .names();
            names.checked.model.agencies.keys().cloned().collect()
        };
        let mut analyses = Analyses::default();
        let a = FileKey::named("/a.plan");
        analyses.insert(a.clone(), analysed("agency yte \"Sở Y tế\"\n"));
        assert_eq!(agencies(&analyses), ["yte"]);
        // Two broken texts in turn: the names stay those of the one that parsed.
        analyses.insert(a.clone(), analysed("agency yte \"Sở Y tế\"\nlead \n"));
        assert_eq!(agencies(&analyses), ["yte"]);
        analyses.insert(a.clone(), analysed("agency yte \"Sở Y tế\"\nlead y\n"));
        assert_eq!(agencies(&analyses), ["yte"]);
        // Parsing again: its own names.
        analyses.insert(a.clone(), analysed("agency gddt \"Sở Giáo dục\"\n"));
        assert_eq!(agencies(&analyses), ["gddt"]);
        // A broken text with no earlier one: its own analysis.
        let mut fresh = Analyses::default();
        fresh.insert(a, analysed("agency ldtbxh \"Sở Lao động\"\nlead \n"));
        assert_eq!(agencies(&fresh), ["ldtbxh"]);
    }
}
