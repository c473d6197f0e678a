//! The REPL's back end: a [`Session`] holds what is loaded and runs one line at a time
//! (a query or a `:command`), returning text rather than printing it, so tests drive it
//! without a terminal and the rustyline front end (`plan repl`) stays a thin loop.

mod commands;
pub mod complete;
mod entry;
mod files;
pub mod help;
pub mod lines;
mod session;

pub use entry::Entry;
pub use lines::{Lines, NotUtf8};
pub use session::{ErrorStyle, Options, Reply, Session};
