//! One file per request or notification the server answers or acts on; each implements
//! `dispatch::OnRequest` or `dispatch::OnNotification` for the protocol's type, and
//! `dispatch`'s tables name it.

mod code_action;
pub(crate) mod completion;
mod configuration;
mod definition;
mod document_symbol;
mod formatting;
mod hover;
mod initialized;
mod references;
mod rename;
mod semantic_tokens;
mod text_sync;
mod watched_files;
mod workspace_folders;
mod workspace_symbol;
