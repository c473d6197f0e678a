//! The query language and the REPL back end.
//!
//! One test binary for these files, so that `cargo test` links the crate a few times rather
//! than once per file.

mod answers_vi;
#[path = "../common/mod.rs"]
mod common;
mod query_language;
mod query_limits;
mod query_robustness;
mod repl_input;
mod session;
mod son_la_sample;
mod tasks;
