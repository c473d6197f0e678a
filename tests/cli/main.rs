//! The `plan` command, run as a user runs it.
//!
//! One test binary for these files, so that `cargo test` links the crate a few times rather
//! than once per file.

mod amendments_cli;
mod browser;
mod cascade_cli;
mod chart_cli;
mod cli;
#[path = "../common/mod.rs"]
mod common;
mod completions_man;
mod data_lang;
mod derived_cli;
mod diagnostics_vi;
mod docs;
mod eval_cli;
mod eval_reports;
mod fmt_cli;
mod interface_lang;
mod lsp;
mod lsp_nvim;
mod output_failures;
mod query_cli;
mod readme;
mod repl_pty;
mod report_cli;
mod report_docx;
mod scaffold;
mod special_files;
mod template_cli;
mod terminal_output;
