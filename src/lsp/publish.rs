//! Which diagnostics each file shows, and when to send them.
//!
//! An open file shows what its own analysis finds in it. A file that is not open shows the
//! errors its open importers find in it (an import reports the imported file's errors under
//! that file's name), all of them once. A file's diagnostics are sent when they differ from
//! what the client shows, or when its text changed (so the client's ranges, which it may have
//! moved along with an edit, are put right), and an empty list is sent when a file that had
//! diagnostics has none left.

use super::documents::FileKey;
use lsp_types::Diagnostic;
use std::collections::{BTreeSet, HashMap};

/// What the analyses say of each file, and what the client was last sent.
#[derive(Default)]
pub struct Published {
    /// By analysed file: its diagnostics for each file it says something of.
    said: HashMap<FileKey, HashMap<FileKey, Vec<Diagnostic>>>,
    /// By file: the diagnostics last sent, and the version of the text they were sent for.
    sent: HashMap<FileKey, (Vec<Diagnostic>, Option<i32>)>,
}

impl Published {
    /// No diagnostics anywhere.
    pub fn new() -> Published {
        Published::default()
    }

    /// Records what the analysis of `analysed` says, each file's diagnostics; returns the
    /// files whose diagnostics may have changed.
    pub fn record(
        &mut self,
        analysed: FileKey,
        said: HashMap<FileKey, Vec<Diagnostic>>,
    ) -> BTreeSet<FileKey> {
        let mut touched: BTreeSet<FileKey> = said.keys().cloned().collect();
        if let Some(before) = self.said.insert(analysed, said) {
            touched.extend(before.into_keys());
        }
        touched
    }

    /// Forgets the analysis of `analysed` (closed); returns the files whose diagnostics may
    /// have changed.
    pub fn forget(&mut self, analysed: &FileKey) -> BTreeSet<FileKey> {
        let mut touched: BTreeSet<FileKey> = self
            .said
            .remove(analysed)
            .map(|said| said.into_keys().collect())
            .unwrap_or_default();
        touched.insert(analysed.clone());
        touched
    }

    /// The diagnostics `file` should show: its own analysis's when `open`, else every open
    /// importer's, each diagnostic once.
    fn wanted(&self, file: &FileKey, open: bool) -> Vec<Diagnostic> {
        if open {
            return self
                .said
                .get(file)
                .and_then(|said| said.get(file))
                .cloned()
                .unwrap_or_default();
        }
        let mut importers: Vec<&FileKey> = self
            .said
            .iter()
            .filter(|(analysed, said)| *analysed != file && said.contains_key(file))
            .map(|(analysed, _)| analysed)
            .collect();
        importers.sort();
        let mut wanted: Vec<Diagnostic> = Vec::new();
        for importer in importers {
            for diagnostic in &self.said[importer][file] {
                if !wanted.contains(diagnostic) {
                    wanted.push(diagnostic.clone());
                }
            }
        }
        wanted
    }

    /// What to send for `file` now (`None` when the client shows it already): `version` is
    /// the open text's version (`None` when the file is not open). An open file is sent its
    /// list, empty or not, for each new version, so the client knows it was checked.
    pub fn outgoing(&mut self, file: &FileKey, version: Option<i32>) -> Option<Vec<Diagnostic>> {
        let open = version.is_some();
        let wanted = self.wanted(file, open);
        match self.sent.get(file) {
            Some((shown, at)) if *shown == wanted && *at == version => return None,
            None if wanted.is_empty() && !open => return None,
            _ => {}
        }
        if wanted.is_empty() && !open {
            self.sent.remove(file);
        } else {
            self.sent.insert(file.clone(), (wanted.clone(), version));
        }
        Some(wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{NumberOrString, Range};

    fn key(name: &str) -> FileKey {
        FileKey::named(name)
    }

    fn diagnostic(code: &str) -> Diagnostic {
        Diagnostic {
            range: Range::default(),
            code: Some(NumberOrString::String(code.into())),
            message: code.into(),
            ..Diagnostic::default()
        }
    }

    fn said(entries: &[(&str, &[&str])]) -> HashMap<FileKey, Vec<Diagnostic>> {
        entries
            .iter()
            .map(|(file, codes)| (key(file), codes.iter().map(|c| diagnostic(c)).collect()))
            .collect()
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn an_open_file_shows_its_own_analysis_and_is_cleared_when_it_has_none_left() {
        let mut published = Published::new();
        published.record(key("/a.plan"), said(&[("/a.plan", &["x"])]));
        let sent = published.outgoing(&key("/a.plan"), Some(1)).expect("sent");
        assert_eq!(codes(&sent), ["x"]);
        // The same diagnostics for the same text are not sent again; for a new text they are.
        assert_eq!(published.outgoing(&key("/a.plan"), Some(1)), None);
        assert!(published.outgoing(&key("/a.plan"), Some(2)).is_some());
        published.record(key("/a.plan"), said(&[("/a.plan", &[])]));
        assert_eq!(published.outgoing(&key("/a.plan"), Some(3)), Some(vec![]));
        assert_eq!(published.outgoing(&key("/a.plan"), Some(3)), None);
    }

    #[test]
    fn a_closed_file_shows_what_its_open_importers_find_once() {
        let mut published = Published::new();
        let touched = published.record(
            key("/tinh.plan"),
            said(&[("/tinh.plan", &[]), ("/chung.plan", &["dup"])]),
        );
        assert!(touched.contains(&key("/chung.plan")));
        published.record(
            key("/huyen.plan"),
            said(&[("/huyen.plan", &[]), ("/chung.plan", &["dup"])]),
        );
        let sent = published.outgoing(&key("/chung.plan"), None).expect("sent");
        assert_eq!(codes(&sent), ["dup"]);
        // Once opened, its own analysis is what it shows.
        published.record(
            key("/chung.plan"),
            said(&[("/chung.plan", &["dup", "warn"])]),
        );
        let sent = published
            .outgoing(&key("/chung.plan"), Some(1))
            .expect("sent");
        assert_eq!(codes(&sent), ["dup", "warn"]);
        // Closed again: back to the importers' view, then cleared when they are fixed.
        let touched = published.forget(&key("/chung.plan"));
        assert!(touched.contains(&key("/chung.plan")));
        let sent = published.outgoing(&key("/chung.plan"), None).expect("sent");
        assert_eq!(codes(&sent), ["dup"]);
        published.record(key("/tinh.plan"), said(&[("/tinh.plan", &[])]));
        let touched = published.record(key("/huyen.plan"), said(&[("/huyen.plan", &[])]));
        assert!(touched.contains(&key("/chung.plan")));
        assert_eq!(published.outgoing(&key("/chung.plan"), None), Some(vec![]));
    }

    #[test]
    fn a_closed_file_that_never_had_diagnostics_is_sent_nothing_an_open_one_an_empty_list() {
        let mut published = Published::new();
        published.record(key("/a.plan"), said(&[("/a.plan", &[])]));
        assert_eq!(published.outgoing(&key("/b.plan"), None), None);
        assert_eq!(published.outgoing(&key("/a.plan"), Some(1)), Some(vec![]));
        assert_eq!(published.outgoing(&key("/a.plan"), Some(1)), None);
        // Closed: cleared once.
        published.forget(&key("/a.plan"));
        assert_eq!(published.outgoing(&key("/a.plan"), None), Some(vec![]));
        assert_eq!(published.outgoing(&key("/a.plan"), None), None);
    }
}
