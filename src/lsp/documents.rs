//! The documents the client has open: their text as the editor holds it (saved or not), kept
//! up to date by the changes the client sends, and seen by every analysis through
//! [`MemoryFiles`] over the disk, so that a plan importing an open file reads its unsaved text.

use super::position::{Encoding, LineIndex};
use super::uri;
use crate::files::{lexical, Files, MemoryFiles};
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Which file a document is: its path for a `file:` URI (however the client spelled the
/// URI), else the URI itself (`untitled:Untitled-1`, which imports nothing and nothing imports).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKey {
    /// A file on this machine, its path in lexical form (see [`lexical`]).
    Path(PathBuf),
    /// A document that is no local file, by its URI.
    Other(String),
}

impl FileKey {
    /// The file `uri` names.
    pub fn of(uri: &Uri) -> FileKey {
        match uri::to_path(uri) {
            Some(path) => FileKey::Path(lexical(&path)),
            None => FileKey::Other(uri.as_str().to_string()),
        }
    }

    /// The file a diagnostic or a model names by `name` (the name its source was given).
    pub fn named(name: &str) -> FileKey {
        FileKey::Path(lexical(Path::new(name)))
    }

    /// The name an analysis gives the file's source: its path, which the files it imports
    /// are found relative to, or the URI of a document that is no file.
    pub fn source_name(&self) -> String {
        match self {
            FileKey::Path(path) => path.display().to_string(),
            FileKey::Other(uri) => uri.clone(),
        }
    }

    /// The path, for a file.
    pub fn path(&self) -> Option<&Path> {
        match self {
            FileKey::Path(path) => Some(path),
            FileKey::Other(_) => None,
        }
    }
}

/// One open document.
#[derive(Debug)]
pub struct Document {
    /// The URI as the client names it (diagnostics are sent under the same spelling).
    pub uri: Uri,
    /// The version the client gave its last change.
    pub version: i32,
    /// The text as the editor holds it.
    pub text: String,
    /// Where its lines start.
    pub lines: LineIndex,
}

impl Document {
    /// A document opened with `text`.
    pub fn new(uri: Uri, version: i32, text: String) -> Document {
        let lines = LineIndex::new(&text);
        Document {
            uri,
            version,
            text,
            lines,
        }
    }

    /// Applies the client's changes in order: each replaces the range it names (positions in
    /// the text as the changes before it left it), or the whole text when it names none.
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, encoding: Encoding) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = self.lines.span(&self.text, range, encoding);
                    self.text.replace_range(span, &change.text);
                }
                None => self.text = change.text,
            }
            self.lines = LineIndex::new(&self.text);
        }
    }
}

/// The open documents, and the files an analysis reads: their texts over the disk.
pub struct Documents {
    open: HashMap<FileKey, Document>,
    buffers: Buffers,
}

impl Documents {
    /// No document open: every file is read from disk.
    pub fn new() -> Documents {
        Documents {
            open: HashMap::new(),
            buffers: Buffers(Rc::new(RefCell::new(MemoryFiles::over_disk()))),
        }
    }

    /// Opens (or opens again) a document.
    pub fn open(&mut self, key: FileKey, document: Document) {
        self.held(&key, &document.text);
        self.open.insert(key, document);
    }

    /// Applies changes to an open document and gives it `version`; `false` when it is not open.
    pub fn change(
        &mut self,
        key: &FileKey,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> bool {
        let Some(document) = self.open.get_mut(key) else {
            return false;
        };
        document.apply(changes, encoding);
        document.version = version;
        let text = document.text.clone();
        self.held(key, &text);
        true
    }

    /// Closes a document: its file is read from disk again.
    pub fn close(&mut self, key: &FileKey) -> Option<Document> {
        if let Some(path) = key.path() {
            self.buffers.0.borrow_mut().remove(path);
        }
        self.open.remove(key)
    }

    /// The open document `key`.
    pub fn get(&self, key: &FileKey) -> Option<&Document> {
        self.open.get(key)
    }

    /// Every open document, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&FileKey, &Document)> {
        self.open.iter()
    }

    /// Whether `key` is open.
    pub fn is_open(&self, key: &FileKey) -> bool {
        self.open.contains_key(key)
    }

    /// The files an analysis reads: the open documents' texts, the disk below them.
    pub fn files(&self) -> Rc<dyn Files> {
        Rc::new(self.buffers.clone())
    }

    /// Holds a document's text where imports find it.
    fn held(&mut self, key: &FileKey, text: &str) {
        if let Some(path) = key.path() {
            self.buffers.0.borrow_mut().insert(path, text);
        }
    }
}

impl Default for Documents {
    fn default() -> Self {
        Documents::new()
    }
}

/// The open documents' texts over the disk, shared with the analyses that read them. Only
/// the server's thread changes them, and never while an analysis is reading.
#[derive(Clone)]
struct Buffers(Rc<RefCell<MemoryFiles>>);

impl Files for Buffers {
    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        self.0.borrow().canonical(path)
    }

    fn read(&self, path: &Path) -> io::Result<String> {
        self.0.borrow().read(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};
    use std::str::FromStr;

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|((l0, c0), (l1, c1))| {
                Range::new(Position::new(l0, c0), Position::new(l1, c1))
            }),
            range_length: None,
            text: text.to_string(),
        }
    }

    fn document(text: &str) -> Document {
        let uri = Uri::from_str("file:///tmp/k%E1%BA%BF.plan").expect("uri");
        Document::new(uri, 1, text.to_string())
    }

    #[test]
    fn incremental_changes_apply_in_order_each_on_the_text_the_last_left() {
        let mut doc = document("agency yte \"Sở Y tế\"\nlead yte\n");
        doc.apply(
            vec![
                // "yte" of line 1 becomes "ytee"; then a line is added before it, so the
                // second change's line 1 is the new line.
                change(Some(((1, 8), (1, 8))), "e"),
                change(Some(((1, 0), (1, 0))), "// mới\n"),
                // Replaces "tế" (columns 17..19 in UTF-16) on line 0.
                change(Some(((0, 17), (0, 19))), "tế tỉnh"),
            ],
            Encoding::Utf16,
        );
        assert_eq!(doc.text, "agency yte \"Sở Y tế tỉnh\"\n// mới\nlead ytee\n");
        assert_eq!(doc.lines.line_count(), 4);
    }

    #[test]
    fn a_change_across_lines_and_a_whole_text_replace_it() {
        let mut doc = document("a\r\nbb\r\nc");
        doc.apply(vec![change(Some(((0, 1), (2, 0))), "-")], Encoding::Utf8);
        assert_eq!(doc.text, "a-c");
        doc.apply(vec![change(None, "mới")], Encoding::Utf8);
        assert_eq!(doc.text, "mới");
        // A range past the end is clamped to it.
        doc.apply(vec![change(Some(((5, 0), (9, 9))), "!")], Encoding::Utf8);
        assert_eq!(doc.text, "mới!");
    }

    #[test]
    fn an_open_document_is_what_imports_read_and_closing_it_returns_the_disk() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("chung.plan");
        std::fs::write(&path, "on disk").expect("write");
        let mut documents = Documents::new();
        let uri = uri::from_path(&path).expect("uri");
        let key = FileKey::of(&uri);
        documents.open(key.clone(), Document::new(uri, 1, "in the editor".into()));
        let files = documents.files();
        assert_eq!(files.read(&path).expect("read"), "in the editor");
        assert!(documents.change(
            &key,
            2,
            vec![change(Some(((0, 3), (0, 6))), "THE")],
            Encoding::Utf8
        ));
        assert_eq!(files.read(&path).expect("read"), "in THE editor");
        documents.close(&key);
        assert_eq!(files.read(&path).expect("read"), "on disk");
        assert!(!documents.change(&key, 3, vec![], Encoding::Utf8));
    }
}
