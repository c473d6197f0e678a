//! `textDocument/prepareRename` and `textDocument/rename`: the name a rename changes, and the
//! edits that rename a declaration and every place that names it (`ide::rename`), across the
//! open documents and the plan files of the workspace folders (`across`), so that files the
//! editor has not opened are renamed too. A rename that cannot be made is refused with the
//! reason, in the session's language.
//!
//! The edits are a workspace edit (`edits`): versioned for a client that takes versions.

use crate::ide::{self, RenameError};
use crate::lsp::across;
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::edits::workspace_edit;
use crate::lsp::server::Server;
use lsp_server::ErrorCode;
use lsp_types::request::{PrepareRenameRequest, Rename};
use lsp_types::{PrepareRenameResponse, RenameParams, TextDocumentPositionParams, WorkspaceEdit};

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
