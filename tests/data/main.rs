//! Data files read as agencies send them, and evaluated against plans.
//!
//! One test binary for these files, so that `cargo test` links the crate a few times rather
//! than once per file.

mod agency_files;
#[path = "../common/mod.rs"]
mod common;
mod data_loading;
mod data_robustness;
mod derived;
mod eval_results;
mod problems;
mod seen;
mod support;
mod tasks_done;
mod workbooks;
