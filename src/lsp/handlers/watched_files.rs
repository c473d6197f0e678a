//! `workspace/didChangeWatchedFiles`: plan files changed on disk. An open document's text is
//! the editor's, not the disk's; a file that is not open is read from disk by the documents
//! that import it, which are checked again.

use crate::lsp::dispatch::{Failure, OnNotification};
use crate::lsp::documents::FileKey;
use crate::lsp::server::Server;
use lsp_types::notification::DidChangeWatchedFiles;
use lsp_types::DidChangeWatchedFilesParams;

impl OnNotification for DidChangeWatchedFiles {
    fn handle(server: &mut Server, params: DidChangeWatchedFilesParams) -> Result<(), Failure> {
        for change in params.changes {
            let key = FileKey::of(&change.uri);
            if !server.documents.is_open(&key) {
                server.changed(&key);
            }
        }
        Ok(())
    }
}
