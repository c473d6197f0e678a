//! One file per request or notification the server answers or acts on; each implements
//! `dispatch::OnRequest` or `dispatch::OnNotification` for the protocol's type, and
//! `dispatch`'s tables name it.

mod configuration;
mod document_symbol;
mod formatting;
mod initialized;
mod semantic_tokens;
mod text_sync;
mod watched_files;
mod workspace_folders;
mod workspace_symbol;
