//! `initialized`: the client is ready for the server's own requests. A client that lets the
//! server register what to watch is asked to report changes to plan files on disk, so that a
//! plan importing a file changed by another program (a `git pull`) is checked again.

use crate::lsp::dispatch::{Failure, OnNotification};
use crate::lsp::server::Server;
use lsp_types::notification::{DidChangeWatchedFiles, Initialized, Notification};
use lsp_types::request::{RegisterCapability, Request};
use lsp_types::{
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, InitializedParams,
    Registration, RegistrationParams,
};

impl OnNotification for Initialized {
    fn handle(server: &mut Server, _: InitializedParams) -> Result<(), Failure> {
        if !server.client.watches_files {
            return Ok(());
        }
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.plan".to_string()),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "planlang-plan-files".to_string(),
            method: DidChangeWatchedFiles::METHOD.to_string(),
            register_options: serde_json::to_value(options).ok(),
        };
        server.ask(
            RegisterCapability::METHOD,
            RegistrationParams {
                registrations: vec![registration],
            },
        );
        Ok(())
    }
}
