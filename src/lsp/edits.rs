//! Changes to files (`ide::FileEdits`) as the protocol's workspace edit: each file by the URI
//! the client knows it by, its changes' ranges in the negotiated encoding. To a client that
//! takes them, the changes are versioned (`documentChanges`): an open document's changes
//! carry the version they were made for, so the client refuses them if the text has changed
//! since, rather than applying them at the wrong places.

use super::client::Client;
use super::diagnostics::Lines;
use super::documents::{Documents, FileKey};
use super::position::Encoding;
use super::server::Server;
use crate::ide::FileEdits;
use lsp_types::{
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit,
    Uri, WorkspaceEdit,
};
use std::collections::HashMap;

impl Server {
    /// The workspace edit that makes `changes`, for this client.
    pub(crate) fn workspace_edit(&self, changes: &[FileEdits]) -> WorkspaceEdit {
        let writer = Writer {
            documents: &self.documents,
            encoding: self.encoding,
            client: self.client,
            uri_of: &|key| self.uri_of(key),
        };
        writer.workspace_edit(changes)
    }
}

/// What a workspace edit is written with: the open documents, how the client counts
/// columns, what it takes, and how a file that is not open is named.
pub(crate) struct Writer<'w> {
    pub(crate) documents: &'w Documents,
    pub(crate) encoding: Encoding,
    pub(crate) client: Client,
    pub(crate) uri_of: &'w dyn Fn(&FileKey) -> Option<Uri>,
}

impl Writer<'_> {
    /// The workspace edit that makes `changes`; a file that cannot be named by a URI is
    /// left out.
    pub(crate) fn workspace_edit(&self, changes: &[FileEdits]) -> WorkspaceEdit {
        let mut lines = Lines::default();
        let mut by_file: Vec<(Uri, Option<i32>, Vec<TextEdit>)> = Vec::new();
        for file in changes {
            let key = self.key_of(file.source.name());
            let Some(uri) = (self.uri_of)(&key) else {
                continue;
            };
            let version = self.documents.get(&key).map(|d| d.version);
            let edits = file
                .edits
                .iter()
                .map(|edit| {
                    let range = lines.range(&file.source, edit.span, self.encoding);
                    TextEdit::new(range, edit.text.clone())
                })
                .collect();
            by_file.push((uri, version, edits));
        }
        if self.client.document_changes {
            let edits = by_file
                .into_iter()
                .map(|(uri, version, edits)| TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                    edits: edits.into_iter().map(OneOf::Left).collect(),
                })
                .collect();
            WorkspaceEdit {
                document_changes: Some(DocumentChanges::Edits(edits)),
                ..WorkspaceEdit::default()
            }
        } else {
            WorkspaceEdit {
                changes: Some(by_uri(by_file)),
                ..WorkspaceEdit::default()
            }
        }
    }

    /// The file an analysis names `name`: an open document that is no local file is named by
    /// its URI, any other file by its path.
    fn key_of(&self, name: &str) -> FileKey {
        let other = FileKey::Other(name.to_string());
        if self.documents.is_open(&other) {
            other
        } else {
            FileKey::named(name)
        }
    }
}

/// The changes of each file by its URI, as the protocol's unversioned workspace edit holds them.
// The protocol's own map: what makes clippy see a `Uri` as mutable is a cache of where its
// parts are, never its text, which is what it is compared and hashed by.
#[allow(clippy::mutable_key_type)]
fn by_uri(by_file: Vec<(Uri, Option<i32>, Vec<TextEdit>)>) -> HashMap<Uri, Vec<TextEdit>> {
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (uri, _, edits) in by_file {
        changes.entry(uri).or_default().extend(edits);
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::Edit;
    use crate::lsp::documents::Document;
    use crate::lsp::uri;
    use crate::source::{Source, Span};
    use lsp_types::{Position, Range};
    use std::str::FromStr;

    fn uri_of(key: &FileKey) -> Option<Uri> {
        match key {
            FileKey::Path(path) => uri::from_path(path),
            FileKey::Other(uri) => Uri::from_str(uri).ok(),
        }
    }

    /// An open plan and a file that is not open, each with one change.
    fn changes() -> (Documents, Vec<FileEdits>) {
        let mut documents = Documents::new();
        let open = Uri::from_str("file:///kh/t%E1%BB%89nh.plan").expect("uri");
        let text = "agency yte \"Sở Y tế\"\nlead yt\n";
        let mut document = Document::new(open.clone(), 1, text.to_string());
        document.version = 7;
        documents.open(FileKey::of(&open), document);
        let at = text.find("yt\n").expect("yt");
        let changes = vec![
            FileEdits {
                source: Source::new("/kh/tỉnh.plan", text),
                edits: vec![Edit {
                    span: Span::new(at, at + 2),
                    text: "yte".to_string(),
                }],
            },
            FileEdits {
                source: Source::new("/kh/chung.plan", "agency ubnd \"Ủy ban\"\n"),
                edits: vec![Edit {
                    span: Span::at(0),
                    text: "// chung\n".to_string(),
                }],
            },
        ];
        (documents, changes)
    }

    #[test]
    fn versioned_changes_carry_the_open_documents_version_and_none_for_a_file_on_disk() {
        let (documents, changes) = changes();
        let client = Client {
            document_changes: true,
            ..Client::default()
        };
        let writer = Writer {
            documents: &documents,
            encoding: Encoding::Utf16,
            client,
            uri_of: &uri_of,
        };
        let edit = writer.workspace_edit(&changes);
        assert_eq!(edit.changes, None);
        let Some(DocumentChanges::Edits(files)) = edit.document_changes else {
            panic!("versioned changes: {edit:?}");
        };
        assert_eq!(files.len(), 2);
        assert_eq!(
            files[0].text_document.uri.as_str(),
            "file:///kh/t%E1%BB%89nh.plan"
        );
        assert_eq!(files[0].text_document.version, Some(7));
        let OneOf::Left(first) = &files[0].edits[0] else {
            panic!("a plain edit");
        };
        assert_eq!(
            first.range,
            Range::new(Position::new(1, 5), Position::new(1, 7))
        );
        assert_eq!(first.new_text, "yte");
        assert_eq!(files[1].text_document.version, None);
    }

    #[test]
    fn a_client_without_versioned_changes_gets_them_by_uri() {
        let (documents, changes) = changes();
        let writer = Writer {
            documents: &documents,
            encoding: Encoding::Utf8,
            client: Client::default(),
            uri_of: &uri_of,
        };
        let edit = writer.workspace_edit(&changes);
        assert_eq!(edit.document_changes, None);
        let files: Vec<(&str, &Vec<TextEdit>)> = edit
            .changes
            .iter()
            .flatten()
            .map(|(uri, edits)| (uri.as_str(), edits))
            .collect();
        assert_eq!(files.len(), 2);
        let (_, shared) = files
            .iter()
            .find(|(uri, _)| *uri == "file:///kh/chung.plan")
            .expect("the file on disk");
        assert_eq!(shared[0].new_text, "// chung\n");
    }
}
