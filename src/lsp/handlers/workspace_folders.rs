//! `workspace/didChangeWorkspaceFolders`: folders added to or removed from the workspace,
//! where workspace symbols are searched.

use crate::lsp::dispatch::{Failure, OnNotification};
use crate::lsp::server::Server;
use crate::lsp::uri;
use lsp_types::notification::DidChangeWorkspaceFolders;
use lsp_types::DidChangeWorkspaceFoldersParams;

impl OnNotification for DidChangeWorkspaceFolders {
    fn handle(server: &mut Server, params: DidChangeWorkspaceFoldersParams) -> Result<(), Failure> {
        for removed in &params.event.removed {
            if let Some(path) = uri::to_path(&removed.uri) {
                server.workspace.remove(&path);
            }
        }
        for added in &params.event.added {
            if let Some(path) = uri::to_path(&added.uri) {
                server.workspace.add(path);
            }
        }
        Ok(())
    }
}
