//! The language server: `plan lsp` speaks the Language Server Protocol over standard input
//! and output, so that an editor shows a plan's problems as it is typed, completes and fixes
//! it, finds and renames its names, outlines it, colours it and formats it.
//!
//! What the server knows of a plan comes from [`crate::ide`], in byte offsets and plain
//! values; this module is only the protocol: the handshake and lifecycle ([`lifecycle`]), the
//! open documents and their edits ([`documents`]), positions in the encoding agreed with the
//! client ([`position`]), `file:` URIs ([`uri`]), diagnostics as the protocol writes them and
//! when they are sent ([`diagnostics`], [`publish`]), and one handler per request or
//! notification (`handlers`), found by method name in one table (`dispatch`). Answers name
//! places as the protocol does (`places`) and changes as workspace edits (`edits`), as far as
//! the client can take them (`client`); references and renames read the workspace's plans
//! that are not open too (`across`); hovers keep each plan's data once read (`plan_data`);
//! the plans that import a file opened or saved are checked though not open (`importers`).
//!
//! One thread owns every document and analysis: lsp-server reads and writes the messages on
//! threads of its own and hands them over one at a time. Changes are applied as they come,
//! and the analysis that answers them waits until the client has been quiet for a moment
//! ([`debounce`]), so a burst of keystrokes is checked once, at its last version.
//!
//! ```no_run
//! // What `plan lsp` runs: the server on standard input and output, speaking English until
//! // the client asks for another language.
//! let code = planlang::lsp::serve_stdio(planlang::i18n::Lang::En);
//! std::process::exit(code.into());
//! ```

mod across;
mod analyses;
mod capabilities;
mod client;
pub mod debounce;
pub mod diagnostics;
mod dispatch;
pub mod documents;
mod edits;
mod handlers;
mod importers;
pub mod lifecycle;
mod places;
mod plan_data;
pub mod position;
pub mod publish;
mod server;
pub mod settings;
pub mod uri;
mod workspace;

use crate::i18n::Lang;
use lsp_server::Connection;

/// Serves one client over standard input and output until it says `exit` (or closes the
/// connection); `lang` is the language spoken until the client chooses one. The exit code
/// the protocol asks for: 0 after `shutdown` then `exit`, 1 otherwise.
pub fn serve_stdio(lang: Lang) -> u8 {
    let (connection, threads) = Connection::stdio();
    let code = run(connection, lang);
    // The writer ends once every sender is dropped (`run` took the connection); the reader
    // has stopped at `exit` or at the end of the input.
    match threads.join() {
        Ok(()) => code,
        Err(_) => lifecycle::EXIT_WITHOUT_SHUTDOWN,
    }
}

/// Serves one client over `connection` (standard streams, a socket, or a test's channels):
/// the handshake, then every message until `exit`. Returns the exit code the protocol asks
/// for.
pub fn run(connection: Connection, lang: Lang) -> u8 {
    let Some(server) = lifecycle::initialize(&connection, lang) else {
        return lifecycle::EXIT_WITHOUT_SHUTDOWN;
    };
    server.serve(&connection)
}
