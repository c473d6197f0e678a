//! `workspace/didChangeConfiguration`: the client's settings changed (`lang`, `data`). A new
//! language has every open document's diagnostics said again in it.

use crate::lsp::dispatch::{Failure, OnNotification};
use crate::lsp::server::Server;
use lsp_types::notification::DidChangeConfiguration;
use lsp_types::DidChangeConfigurationParams;

impl OnNotification for DidChangeConfiguration {
    fn handle(server: &mut Server, params: DidChangeConfigurationParams) -> Result<(), Failure> {
        let before = server.settings.clone();
        let base = server.workspace.root().map(std::path::Path::to_path_buf);
        let refused = server.settings.take(&params.settings, base.as_deref());
        server.tell_refused(&refused);
        if server.settings.lang != before.lang {
            server.all_changed();
        }
        Ok(())
    }
}
