//! The server's state and its loop: every message in turn, the analyses once the client is
//! quiet, the diagnostics sent when they change.

use super::analyses::{self, Analysed, Analyses};
use super::client::Client;
use super::debounce::Debounce;
use super::diagnostics;
use super::dispatch::{self, Failure};
use super::documents::{Document, Documents, FileKey};
use super::importers::Unopened;
use super::lifecycle::{EXIT_AFTER_SHUTDOWN, EXIT_WITHOUT_SHUTDOWN};
use super::plan_data::PlanDataCache;
use super::position::Encoding;
use super::publish::Published;
use super::settings::{Refused, Settings};
use super::uri;
use super::workspace::Workspace;
use crate::i18n::Lang;
use crate::ide::Analysis;
use crate::source::Source;
use crossbeam_channel::{RecvTimeoutError, Sender};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    Exit, LogMessage, Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{Request as _, Shutdown};
use lsp_types::{
    InitializeParams, LogMessageParams, MessageType, PublishDiagnosticsParams, ShowMessageParams,
    Uri,
};
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;
use std::time::Instant;

/// Everything the server holds between messages.
pub(crate) struct Server {
    sender: Sender<Message>,
    /// How positions count columns with this client.
    pub(crate) encoding: Encoding,
    /// The client's settings: the language, the data files.
    pub(crate) settings: Settings,
    /// The open documents.
    pub(crate) documents: Documents,
    /// Their analyses.
    pub(crate) analyses: Analyses,
    /// The workspace folders.
    pub(crate) workspace: Workspace,
    /// The plan files checked though not open, because they import an open one.
    pub(crate) unopened: Unopened,
    /// The data each open plan's hovers judge its indicators by, as last read.
    pub(crate) plan_data: PlanDataCache,
    /// What the client can do that the server may use.
    pub(crate) client: Client,
    published: Published,
    /// Files whose diagnostics may have changed since they were last sent.
    unsent: BTreeSet<FileKey>,
    debounce: Debounce,
    shut_down: bool,
    /// The number of the last request the server sent the client.
    requests_sent: u64,
}

/// One open document, analysed as it now is: what a handler answers from.
pub(crate) struct View<'s> {
    /// The document.
    pub(crate) document: &'s Document,
    /// Its analysis, up to date.
    pub(crate) analysis: &'s Analysis,
    /// The analysis whose names completion offers: `analysis`, or while the text has syntax
    /// errors the last analysis of it that had none.
    pub(crate) names: &'s Analysis,
}

impl Server {
    /// The server for a client that sent `params`; with the settings it gave that were
    /// refused.
    pub(crate) fn new(
        sender: Sender<Message>,
        params: &InitializeParams,
        lang: Lang,
    ) -> (Server, Vec<Refused>) {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_deref());
        let mut workspace = Workspace::default();
        let folders = params.workspace_folders.iter().flatten().map(|f| &f.uri);
        #[allow(deprecated)] // `rootUri`, for clients that send no workspace folders
        let root = params.root_uri.iter();
        for folder in folders.chain(root) {
            if let Some(path) = uri::to_path(folder) {
                workspace.add(path);
            }
        }
        // The client's own language (`locale`: `vi`, `vi-VN`) unless the settings say.
        let lang = params
            .locale
            .as_deref()
            .and_then(|locale| Lang::parse(locale.get(..2).unwrap_or(locale)))
            .unwrap_or(lang);
        let mut settings = Settings::new(lang);
        let refused = match &params.initialization_options {
            Some(options) => settings.take(options, workspace.root()),
            None => Vec::new(),
        };
        let server = Server {
            sender,
            encoding: Encoding::negotiate(offered),
            settings,
            documents: Documents::new(),
            analyses: Analyses::default(),
            workspace,
            unopened: Unopened::default(),
            plan_data: PlanDataCache::default(),
            client: Client::of(&params.capabilities),
            published: Published::new(),
            unsent: BTreeSet::new(),
            debounce: Debounce::default(),
            shut_down: false,
            requests_sent: 0,
        };
        (server, refused)
    }

    /// Serves until `exit` or until the client goes away; the exit code.
    pub(crate) fn serve(mut self, connection: &Connection) -> u8 {
        loop {
            let received = match self.debounce.wait(Instant::now()) {
                None => connection.receiver.recv().map_err(|_| None),
                // Due: analysed before the next message, however many are waiting.
                Some(wait) if wait.is_zero() => {
                    self.settle();
                    continue;
                }
                Some(wait) => connection.receiver.recv_timeout(wait).map_err(Some),
            };
            let message = match received {
                Ok(message) => message,
                Err(Some(RecvTimeoutError::Timeout)) => {
                    self.settle();
                    continue;
                }
                Err(_) => return EXIT_WITHOUT_SHUTDOWN,
            };
            match message {
                Message::Request(request) => self.request(request),
                Message::Notification(notification) if notification.method == Exit::METHOD => {
                    return if self.shut_down {
                        EXIT_AFTER_SHUTDOWN
                    } else {
                        EXIT_WITHOUT_SHUTDOWN
                    };
                }
                Message::Notification(notification) => self.notification(notification),
                // The client's answers to the server's requests (registering a file watch)
                // need nothing done.
                Message::Response(_) => {}
            }
            if self.debounce.wait(Instant::now()).is_none() {
                self.send_diagnostics();
            }
        }
    }

    /// Answers one request.
    fn request(&mut self, request: Request) {
        let lang = self.settings.lang;
        let response = if self.shut_down {
            let words = lang.text("lsp-shut-down");
            Response::new_err(request.id, ErrorCode::InvalidRequest as i32, words)
        } else if request.method == Shutdown::METHOD {
            self.shut_down = true;
            Response::new_ok(request.id, ())
        } else {
            match dispatch::request_handler(&request.method) {
                None => {
                    let method = request.method.as_str().into();
                    let words = lang.text_with("lsp-unknown-method", &[("method", method)]);
                    Response::new_err(request.id, ErrorCode::MethodNotFound as i32, words)
                }
                Some(handler) => {
                    let answer =
                        self.guarded(&request.method, |server| handler(server, request.params));
                    match answer {
                        Ok(value) => Response::new_ok(request.id, value),
                        Err(failure) => {
                            Response::new_err(request.id, failure.code as i32, failure.message)
                        }
                    }
                }
            }
        };
        self.send(response.into());
    }

    /// Acts on one notification; a failure is logged, as a notification has no answer.
    fn notification(&mut self, notification: Notification) {
        let Some(handler) = dispatch::notification_handler(&notification.method) else {
            return;
        };
        let method = notification.method;
        let params = notification.params;
        if let Err(failure) = self.guarded(&method, |server| handler(server, params)) {
            self.log(MessageType::ERROR, failure.message);
        }
    }

    /// Runs `work`; a panic in it becomes an internal error, and the server goes on.
    fn guarded<T>(
        &mut self,
        method: &str,
        work: impl FnOnce(&mut Server) -> Result<T, Failure>,
    ) -> Result<T, Failure> {
        match catch_unwind(AssertUnwindSafe(|| work(self))) {
            Ok(outcome) => outcome,
            Err(_) => {
                let words = self
                    .settings
                    .lang
                    .text_with("lsp-internal-error", &[("method", method.into())]);
                Err(Failure::new(ErrorCode::InternalError, words))
            }
        }
    }

    /// `key` changed (opened, edited, saved, closed, or changed on disk): its analysis and
    /// those of the documents that import it are out of date from now.
    pub(crate) fn changed(&mut self, key: &FileKey) {
        let open = self.documents.is_open(key);
        self.analyses.changed(key, open);
        self.debounce.changed(Instant::now());
    }

    /// Every analysis is out of date (the language changed): all are made again.
    pub(crate) fn all_changed(&mut self) {
        self.analyses.all_stale();
        self.unopened.all_due();
        self.debounce.changed(Instant::now());
    }

    /// A document was closed: its diagnostics go (or become what its importers say of it).
    pub(crate) fn closed(&mut self, key: &FileKey) {
        self.analyses.forget(key);
        self.plan_data.forget(key);
        self.unrecord(key);
        self.changed(key);
    }

    /// `key` was opened or saved, or changed on disk: the plan files that import it and are
    /// not open are checked once the client is quiet (`importers`).
    pub(crate) fn importers_due(&mut self, key: &FileKey) {
        self.unopened.due(key.clone());
        self.debounce.changed(Instant::now());
    }

    /// The client has been quiet: analyses what is out of date and sends what changed.
    fn settle(&mut self) {
        self.debounce.settled();
        for key in self.analyses.stale() {
            self.analyse(&key);
        }
        self.check_unopened();
        self.send_diagnostics();
    }

    /// Analyses the open document `key` as it now is.
    fn analyse(&mut self, key: &FileKey) {
        let Some(document) = self.documents.get(key) else {
            self.analyses.forget(key);
            return;
        };
        let text = document.text.clone();
        let Some(analysis) = self.analysis_of(key, &text) else {
            // Not tried again until the document changes.
            self.analyses.forget(key);
            return;
        };
        self.record(key, &analysis);
        let reads = analyses::reads(&analysis);
        self.analyses
            .insert(key.clone(), Analysed::new(analysis, reads));
    }

    /// The analysis of `text` as the file `key`, its imports read as the documents are;
    /// `None`, and the failure logged, when the analysis fails.
    pub(crate) fn analysis_of(&mut self, key: &FileKey, text: &str) -> Option<Analysis> {
        let source = Source::new(key.source_name(), text);
        let files = self.documents.files();
        let analysed = self.guarded("textDocument/publishDiagnostics", |_| {
            Ok(Analysis::new(source, files))
        });
        match analysed {
            Ok(analysis) => Some(analysis),
            Err(failure) => {
                self.log(MessageType::ERROR, failure.message);
                None
            }
        }
    }

    /// Records what `analysis`, of the file `key`, says of each file, to be sent.
    pub(crate) fn record(&mut self, key: &FileKey, analysis: &Analysis) {
        let said =
            diagnostics::by_file(analysis, key, self.settings.lang, self.encoding, &|file| {
                self.uri_of(file)
            });
        self.unsent.extend(self.published.record(key.clone(), said));
    }

    /// Forgets what the analysis of `key` said (its diagnostics go, or become what other
    /// analyses say of it).
    pub(crate) fn unrecord(&mut self, key: &FileKey) {
        let touched = self.published.forget(key);
        self.unsent.extend(touched);
    }

    /// Sends the diagnostics of every file whose diagnostics changed.
    fn send_diagnostics(&mut self) {
        for file in std::mem::take(&mut self.unsent) {
            let version = self.documents.get(&file).map(|d| d.version);
            let Some(diagnostics) = self.published.outgoing(&file, version) else {
                continue;
            };
            let Some(uri) = self.uri_of(&file) else {
                continue;
            };
            let params = PublishDiagnosticsParams {
                uri,
                diagnostics,
                version,
            };
            self.notify(PublishDiagnostics::METHOD, params);
        }
    }

    /// The open document `uri`, analysed as it now is.
    pub(crate) fn view(&mut self, uri: &Uri) -> Result<View<'_>, Failure> {
        let key = FileKey::of(uri);
        if !self.documents.is_open(&key) {
            let words = self
                .settings
                .lang
                .text_with("lsp-not-open", &[("uri", uri.as_str().into())]);
            return Err(Failure::new(ErrorCode::InvalidParams, words));
        }
        if self.analyses.is_stale(&key) {
            self.analyse(&key);
        }
        match (self.documents.get(&key), self.analyses.get(&key)) {
            (Some(document), Some(analysed)) => Ok(View {
                document,
                analysis: &analysed.analysis,
                names: analysed.names(),
            }),
            _ => {
                let words = self
                    .settings
                    .lang
                    .text_with("lsp-internal-error", &[("method", "analysis".into())]);
                Err(Failure::new(ErrorCode::InternalError, words))
            }
        }
    }

    /// Every open document, each analysed as it now is, in a steady order: the workspace a
    /// request across files (references, a rename, workspace symbols) answers from.
    pub(crate) fn views(&mut self) -> Vec<View<'_>> {
        let mut keys: Vec<FileKey> = self.documents.iter().map(|(key, _)| key.clone()).collect();
        keys.sort();
        for key in &keys {
            if self.analyses.is_stale(key) {
                self.analyse(key);
            }
        }
        keys.iter()
            .filter_map(|key| {
                let document = self.documents.get(key)?;
                let analysed = self.analyses.get(key)?;
                Some(View {
                    document,
                    analysis: &analysed.analysis,
                    names: analysed.names(),
                })
            })
            .collect()
    }

    /// The URI of a file: as the client spelled it when it is open, else made from its path.
    pub(crate) fn uri_of(&self, key: &FileKey) -> Option<Uri> {
        if let Some(document) = self.documents.get(key) {
            return Some(document.uri.clone());
        }
        match key {
            FileKey::Path(path) => uri::from_path(path),
            FileKey::Other(uri) => Uri::from_str(uri).ok(),
        }
    }

    /// Tells the person at the editor why settings were not taken.
    pub(crate) fn tell_refused(&mut self, refused: &[Refused]) {
        for refusal in refused {
            let message = refusal.words(self.settings.lang);
            self.notify(
                ShowMessage::METHOD,
                ShowMessageParams {
                    typ: MessageType::WARNING,
                    message,
                },
            );
        }
    }

    /// Writes `message` in the client's log.
    pub(crate) fn log(&mut self, typ: MessageType, message: String) {
        self.notify(LogMessage::METHOD, LogMessageParams { typ, message });
    }

    /// Sends a notification.
    pub(crate) fn notify(&mut self, method: &str, params: impl serde::Serialize) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    /// Sends the client a request; its answer is not waited for.
    pub(crate) fn ask(&mut self, method: &str, params: impl serde::Serialize) {
        self.requests_sent += 1;
        let id = RequestId::from(format!("planlang-{}", self.requests_sent));
        self.send(Request::new(id, method.to_string(), params).into());
    }

    /// Sends a message; when the client is gone, the loop ends at the next receive.
    fn send(&self, message: Message) {
        let _ = self.sender.send(message);
    }
}
