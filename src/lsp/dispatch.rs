//! Which handler answers which method: one table of requests and one of notifications, each
//! entry a method's name and its handler. A handler is typed by the protocol's own request or
//! notification type ([`OnRequest`], [`OnNotification`]); the tables hold it behind one
//! signature that reads its parameters and writes its result.
//!
//! To answer a new request: a file in `handlers/` that implements [`OnRequest`] for the
//! protocol's type, a line in [`REQUESTS`], and its capability in `capabilities.rs`.

use super::server::Server;
use crate::i18n::Lang;
use lsp_server::ErrorCode;
use lsp_types::notification::{
    DidChangeConfiguration, DidChangeTextDocument, DidChangeWatchedFiles,
    DidChangeWorkspaceFolders, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Initialized, Notification,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request, SemanticTokensFullRequest,
    SemanticTokensRangeRequest, WorkspaceSymbolRequest,
};
use serde_json::Value;

/// Why a request was not answered: the protocol's error code and the words for the person.
#[derive(Debug)]
pub(crate) struct Failure {
    /// The protocol's error code.
    pub(crate) code: ErrorCode,
    /// What went wrong, in the session's language.
    pub(crate) message: String,
}

impl Failure {
    /// A failure with `code` and its words.
    pub(crate) fn new(code: ErrorCode, message: String) -> Failure {
        Failure { code, message }
    }

    /// Parameters that could not be read as the method's.
    pub(crate) fn bad_params(lang: Lang, method: &str, reason: &serde_json::Error) -> Failure {
        let message = lang.text_with(
            "lsp-bad-params",
            &[
                ("method", method.into()),
                ("reason", reason.to_string().into()),
            ],
        );
        Failure::new(ErrorCode::InvalidParams, message)
    }
}

/// A request the server answers, by the protocol's type of it.
pub(crate) trait OnRequest: Request {
    /// The answer to `params`.
    fn handle(server: &mut Server, params: Self::Params) -> Result<Self::Result, Failure>;
}

/// A notification the server acts on, by the protocol's type of it.
pub(crate) trait OnNotification: Notification {
    /// Acts on `params`.
    fn handle(server: &mut Server, params: Self::Params) -> Result<(), Failure>;
}

/// A request handler behind the one signature of the table.
pub(crate) type RequestHandler = fn(&mut Server, Value) -> Result<Value, Failure>;

/// A notification handler behind the one signature of the table.
pub(crate) type NotificationHandler = fn(&mut Server, Value) -> Result<(), Failure>;

/// Reads the parameters of `R`, answers, and writes the answer.
fn request<R: OnRequest>(server: &mut Server, params: Value) -> Result<Value, Failure> {
    let params = serde_json::from_value(params)
        .map_err(|e| Failure::bad_params(server.settings.lang, R::METHOD, &e))?;
    let result = R::handle(server, params)?;
    // The protocol's result types always serialize.
    Ok(serde_json::to_value(result).unwrap_or(Value::Null))
}

/// Reads the parameters of `N` and acts on them.
fn notification<N: OnNotification>(server: &mut Server, params: Value) -> Result<(), Failure> {
    let params = serde_json::from_value(params)
        .map_err(|e| Failure::bad_params(server.settings.lang, N::METHOD, &e))?;
    N::handle(server, params)
}

/// Every request answered, by method (`initialize` and `shutdown` are the lifecycle's).
const REQUESTS: &[(&str, RequestHandler)] = &[
    (
        DocumentSymbolRequest::METHOD,
        request::<DocumentSymbolRequest>,
    ),
    (
        WorkspaceSymbolRequest::METHOD,
        request::<WorkspaceSymbolRequest>,
    ),
    (
        SemanticTokensFullRequest::METHOD,
        request::<SemanticTokensFullRequest>,
    ),
    (
        SemanticTokensRangeRequest::METHOD,
        request::<SemanticTokensRangeRequest>,
    ),
    (Formatting::METHOD, request::<Formatting>),
    (GotoDefinition::METHOD, request::<GotoDefinition>),
    (References::METHOD, request::<References>),
    (
        PrepareRenameRequest::METHOD,
        request::<PrepareRenameRequest>,
    ),
    (Rename::METHOD, request::<Rename>),
    (HoverRequest::METHOD, request::<HoverRequest>),
    (Completion::METHOD, request::<Completion>),
    (CodeActionRequest::METHOD, request::<CodeActionRequest>),
];

/// Every notification acted on, by method (`exit` is the lifecycle's). Others, `$/`
/// notifications among them, are dropped, as the protocol allows. `$/cancelRequest` is one:
/// each request is answered before the next message is read, so none is ever still running
/// when its cancellation arrives.
const NOTIFICATIONS: &[(&str, NotificationHandler)] = &[
    (Initialized::METHOD, notification::<Initialized>),
    (
        DidOpenTextDocument::METHOD,
        notification::<DidOpenTextDocument>,
    ),
    (
        DidChangeTextDocument::METHOD,
        notification::<DidChangeTextDocument>,
    ),
    (
        DidSaveTextDocument::METHOD,
        notification::<DidSaveTextDocument>,
    ),
    (
        DidCloseTextDocument::METHOD,
        notification::<DidCloseTextDocument>,
    ),
    (
        DidChangeConfiguration::METHOD,
        notification::<DidChangeConfiguration>,
    ),
    (
        DidChangeWatchedFiles::METHOD,
        notification::<DidChangeWatchedFiles>,
    ),
    (
        DidChangeWorkspaceFolders::METHOD,
        notification::<DidChangeWorkspaceFolders>,
    ),
];

/// The handler of the request `method`.
pub(crate) fn request_handler(method: &str) -> Option<RequestHandler> {
    REQUESTS
        .iter()
        .find(|(name, _)| *name == method)
        .map(|(_, handler)| *handler)
}

/// The handler of the notification `method`.
pub(crate) fn notification_handler(method: &str) -> Option<NotificationHandler> {
    NOTIFICATIONS
        .iter()
        .find(|(name, _)| *name == method)
        .map(|(_, handler)| *handler)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_method_has_one_handler() {
        let mut names: Vec<&str> = REQUESTS.iter().map(|(name, _)| *name).collect();
        names.extend(NOTIFICATIONS.iter().map(|(name, _)| *name));
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a method is in a table twice");
        assert!(request_handler("textDocument/documentSymbol").is_some());
        assert!(notification_handler("textDocument/didChange").is_some());
        assert!(request_handler("textDocument/didChange").is_none());
        assert!(notification_handler("$/cancelRequest").is_none());
    }
}
