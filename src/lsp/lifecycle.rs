//! The server's life, as the protocol orders it: `initialize` (answered with the server's
//! capabilities, every other request refused until then), then any messages, then `shutdown`
//! (every later request refused) and `exit`, whose exit code says whether `shutdown` came
//! first.

use super::capabilities;
use super::server::Server;
use crate::i18n::Lang;
use lsp_server::{Connection, ErrorCode, Message, Response};
use lsp_types::notification::{Exit, Notification};
use lsp_types::request::{Initialize, Request};
use lsp_types::{InitializeParams, InitializeResult, ServerInfo};

/// The exit code after `shutdown` then `exit`.
pub const EXIT_AFTER_SHUTDOWN: u8 = 0;

/// The exit code after `exit` without `shutdown`, or when the client went away.
pub const EXIT_WITHOUT_SHUTDOWN: u8 = 1;

/// Waits for `initialize`, answers it, and returns the server it set up; `None` when the
/// client exits or goes away first. `lang` is spoken until the client chooses.
pub(crate) fn initialize(connection: &Connection, lang: Lang) -> Option<Server> {
    loop {
        match connection.receiver.recv().ok()? {
            Message::Request(request) if request.method == Initialize::METHOD => {
                let params: InitializeParams = match serde_json::from_value(request.params) {
                    Ok(params) => params,
                    Err(e) => {
                        let failure =
                            super::dispatch::Failure::bad_params(lang, Initialize::METHOD, &e);
                        let response =
                            Response::new_err(request.id, failure.code as i32, failure.message);
                        connection.sender.send(response.into()).ok()?;
                        continue;
                    }
                };
                let (mut server, refused) = Server::new(connection.sender.clone(), &params, lang);
                let result = InitializeResult {
                    capabilities: capabilities::of(&server),
                    server_info: Some(ServerInfo {
                        name: "planlang".to_string(),
                        version: Some(env!("CARGO_PKG_VERSION").to_string()),
                    }),
                };
                let result = serde_json::to_value(result).unwrap_or_default();
                connection
                    .sender
                    .send(Response::new_ok(request.id, result).into())
                    .ok()?;
                server.tell_refused(&refused);
                return Some(server);
            }
            Message::Request(request) => {
                let words = lang.text("lsp-not-initialized");
                let response =
                    Response::new_err(request.id, ErrorCode::ServerNotInitialized as i32, words);
                connection.sender.send(response.into()).ok()?;
            }
            Message::Notification(notification) if notification.method == Exit::METHOD => {
                return None;
            }
            // Notifications before `initialize` are dropped, as the protocol says.
            Message::Notification(_) | Message::Response(_) => {}
        }
    }
}
