//! Changes to files (`ide::FileEdits`: a rename's, a quick fix's) as the protocol's workspace
//! edit: each file by the URI the client knows it by (`places`), its changes' ranges in the
//! negotiated encoding. To a client that takes them, the changes are versioned
//! (`documentChanges`): an open document's changes carry the version they were made for, so
//! the client applies none to a text that has changed since; those of a file that is not
//! open are for the file on disk (no version).

use super::documents::FileKey;
use super::places::Places;
use super::server::Server;
use crate::ide::FileEdits;
use lsp_types::{
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit,
    Uri, WorkspaceEdit,
};
use std::collections::HashMap;

/// The workspace edit that makes `files`' changes, answering a request about the document
/// `uri`; a file that no URI names is left out.
pub(crate) fn workspace_edit(server: &Server, uri: &Uri, files: &[FileEdits]) -> WorkspaceEdit {
    let mut places = Places::new(server, uri);
    let mut by_file = Vec::new();
    for file in files {
        let Some(uri) = places.uri(&file.source) else {
            continue;
        };
        let edits: Vec<TextEdit> = (file.edits.iter())
            .map(|edit| TextEdit {
                range: places.range(&file.source, edit.span),
                new_text: edit.text.clone(),
            })
            .collect();
        let version = server.documents.get(&FileKey::of(&uri)).map(|d| d.version);
        by_file.push((uri, version, edits));
    }
    assemble(by_file, server.client.document_changes)
}

/// The edits of each file (its URI, the version of it they are for, the edits) as one
/// workspace edit: versioned, or by URI for a client that takes no versions.
// The protocol's `changes` are keyed by `Uri`, whose hash and equality are those of its text;
// the cell inside (where its authority starts, found once) changes neither.
#[allow(clippy::mutable_key_type)]
fn assemble(by_file: Vec<(Uri, Option<i32>, Vec<TextEdit>)>, versioned: bool) -> WorkspaceEdit {
    if !versioned {
        let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
        for (uri, _, edits) in by_file {
            changes.entry(uri).or_default().extend(edits);
        }
        return WorkspaceEdit {
            changes: Some(changes),
            ..WorkspaceEdit::default()
        };
    }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};
    use std::str::FromStr;

    /// An open plan's change (at version 7) and a change to a file on disk.
    fn by_file() -> Vec<(Uri, Option<i32>, Vec<TextEdit>)> {
        let uri = |text: &str| Uri::from_str(text).expect("uri");
        let edit = |line, text: &str| {
            let at = Position::new(line, 5);
            TextEdit::new(Range::new(at, at), text.to_string())
        };
        vec![
            (
                uri("file:///kh/t%E1%BB%89nh.plan"),
                Some(7),
                vec![edit(1, "yte")],
            ),
            (
                uri("file:///kh/chung.plan"),
                None,
                vec![edit(0, "// chung")],
            ),
        ]
    }

    #[test]
    fn versioned_changes_carry_the_open_documents_version_and_none_for_a_file_on_disk() {
        let edit = assemble(by_file(), true);
        assert_eq!(edit.changes, None);
        let Some(DocumentChanges::Edits(files)) = edit.document_changes else {
            panic!("versioned changes: {edit:?}");
        };
        let versions: Vec<(&str, Option<i32>)> = files
            .iter()
            .map(|f| (f.text_document.uri.as_str(), f.text_document.version))
            .collect();
        assert_eq!(
            versions,
            [
                ("file:///kh/t%E1%BB%89nh.plan", Some(7)),
                ("file:///kh/chung.plan", None)
            ]
        );
        assert_eq!(files[0].edits, [OneOf::Left(by_file()[0].2[0].clone())]);
    }

    #[test]
    fn a_client_without_versioned_changes_gets_them_by_uri() {
        let edit = assemble(by_file(), false);
        assert_eq!(edit.document_changes, None);
        let mut files: Vec<(&str, &str)> = edit
            .changes
            .iter()
            .flatten()
            .map(|(uri, edits)| (uri.as_str(), edits[0].new_text.as_str()))
            .collect();
        files.sort();
        assert_eq!(
            files,
            [
                ("file:///kh/chung.plan", "// chung"),
                ("file:///kh/t%E1%BB%89nh.plan", "yte")
            ]
        );
    }
}
