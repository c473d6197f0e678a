//! `textDocument/prepareRename` and `textDocument/rename`: the name a rename changes, and the
//! edits that rename a declaration and every place that names it (`ide::rename`), across the
//! open documents and the plan files of the workspace folders (`across`), so that files the
//! editor has not opened are renamed too. A rename that cannot be made is refused with the
//! reason, in the session's language.
//!
//! The edits of an open document are for the version the editor holds, when the client takes
//! versioned edits (`documentChanges`), so that it applies none to a text that has changed
//! since; those of a file that is not open are for the file on disk (no version).

use crate::ide::{self, FileEdits, RenameError};
use crate::lsp::across;
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::FileKey;
use crate::lsp::places::Places;
use crate::lsp::server::Server;
use lsp_server::ErrorCode;
use lsp_types::request::{PrepareRenameRequest, Rename};
use lsp_types::{
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, PrepareRenameResponse,
    RenameParams, TextDocumentEdit, TextDocumentPositionParams, TextEdit, WorkspaceEdit,
};
use std::collections::HashMap;

impl OnRequest for PrepareRenameRequest {
    fn handle(
        server: &mut Server,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>, Failure> {
        let uri = params.text_document.uri;
        let encoding = server.encoding;
        let lang = server.settings.lang;
        let view = server.view(&uri)?;
        let document = view.document;
        let offset = document
            .lines
            .offset(&document.text, params.position, encoding);
        let span = ide::prepare_rename(view.analysis, offset).map_err(|e| refused(&e, lang))?;
        let (start, end) = (span.start(), span.end());
        Ok(Some(PrepareRenameResponse::RangeWithPlaceholder {
            range: document.lines.range(&document.text, start..end, encoding),
            placeholder: document.text[start..end].to_string(),
        }))
    }
}

impl OnRequest for Rename {
    fn handle(server: &mut Server, params: RenameParams) -> Result<Option<WorkspaceEdit>, Failure> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let lang = server.settings.lang;
        let new_name = params.new_name;
        let renamed = across::answer(server, &uri, at.position, |file, offset, workspace| {
            ide::rename(workspace, file, offset, &new_name)
        })?;
        let files = renamed.map_err(|e| refused(&e, lang))?;
        Ok(Some(workspace_edit(server, &uri, &files)))
    }
}

/// A rename refused, with its reason.
fn refused(error: &RenameError, lang: crate::i18n::Lang) -> Failure {
    Failure::new(ErrorCode::RequestFailed, error.words(lang))
}

/// The edits of each file as the client takes them.
// The protocol's `changes` are keyed by `Uri`, whose hash and equality are those of its text;
// the cell inside (where its authority starts, found once) changes neither.
#[allow(clippy::mutable_key_type)]
fn workspace_edit(server: &Server, uri: &lsp_types::Uri, files: &[FileEdits]) -> WorkspaceEdit {
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
        by_file.push((uri, edits));
    }
    if !server.client.document_changes {
        let changes: HashMap<_, _> = by_file.into_iter().collect();
        return WorkspaceEdit {
            changes: Some(changes),
            ..WorkspaceEdit::default()
        };
    }
    let edits = by_file
        .into_iter()
        .map(|(uri, edits)| {
            let version = server.documents.get(&FileKey::of(&uri)).map(|d| d.version);
            TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }
        })
        .collect();
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Edits(edits)),
        ..WorkspaceEdit::default()
    }
}
