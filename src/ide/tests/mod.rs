//! The editor analysis over small plans held in memory and over the bundled plans.

mod data;
mod hover;
mod navigation;
mod rename;

use super::Analysis;
use crate::files::{Disk, Files, MemoryFiles};
use crate::source::Source;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A plan header, for the small plans of these tests.
pub(super) const HEADER: &str =
    "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n";

/// Each file of `texts` analysed, in order, all reading one another from memory.
pub(super) fn analyses(texts: &[(&str, &str)]) -> Vec<Analysis> {
    let mut files = MemoryFiles::new();
    for (name, text) in texts {
        files.insert(name, *text);
    }
    let files: Rc<dyn Files> = Rc::new(files);
    texts
        .iter()
        .map(|(name, text)| Analysis::new(Source::new(*name, *text), files.clone()))
        .collect()
}

/// The path of a bundled plan (`plans/...`), absolute.
pub(super) fn bundled(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A bundled plan analysed from the disk, named by its absolute path (as an editor names
/// the files it opens).
pub(super) fn bundled_analysis(path: &str) -> Analysis {
    let path = bundled(path);
    let text = Disk.read(&path).expect("a bundled plan");
    Analysis::new(Source::new(path.display().to_string(), text), Rc::new(Disk))
}

/// The byte offset of the `nth` (from 0) `needle` in `text`, plus `into` bytes.
pub(super) fn offset(text: &str, needle: &str, nth: usize, into: usize) -> usize {
    let at = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("`{needle}` #{nth} is not in the text"))
        .0;
    at + into
}
