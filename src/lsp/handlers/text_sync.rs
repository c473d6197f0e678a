//! The open documents' texts: opened, changed (range by range), saved, closed. Each makes the
//! document's analysis, and those of the documents importing it, out of date; the diagnostics
//! follow once the client is quiet.

use crate::lsp::dispatch::{Failure, OnNotification};
use crate::lsp::documents::{Document, FileKey};
use crate::lsp::server::Server;
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
};
use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams,
};

impl OnNotification for DidOpenTextDocument {
    fn handle(server: &mut Server, params: DidOpenTextDocumentParams) -> Result<(), Failure> {
        let item = params.text_document;
        let key = FileKey::of(&item.uri);
        server.documents.open(
            key.clone(),
            Document::new(item.uri, item.version, item.text),
        );
        server.changed(&key);
        Ok(())
    }
}

impl OnNotification for DidChangeTextDocument {
    fn handle(server: &mut Server, params: DidChangeTextDocumentParams) -> Result<(), Failure> {
        let key = FileKey::of(&params.text_document.uri);
        let version = params.text_document.version;
        let encoding = server.encoding;
        // A change to a document that is not open has no text to apply to: dropped.
        if server
            .documents
            .change(&key, version, params.content_changes, encoding)
        {
            server.changed(&key);
        }
        Ok(())
    }
}

impl OnNotification for DidSaveTextDocument {
    fn handle(server: &mut Server, params: DidSaveTextDocumentParams) -> Result<(), Failure> {
        // The buffer is what the analyses read already; saving may still have changed files
        // below it on disk (another program's), so it is checked again.
        server.changed(&FileKey::of(&params.text_document.uri));
        Ok(())
    }
}

impl OnNotification for DidCloseTextDocument {
    fn handle(server: &mut Server, params: DidCloseTextDocumentParams) -> Result<(), Failure> {
        let key = FileKey::of(&params.text_document.uri);
        server.documents.close(&key);
        server.closed(&key);
        Ok(())
    }
}
