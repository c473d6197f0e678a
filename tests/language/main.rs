//! Plans read, resolved and checked: the grammar, the model, imports, amendments, cascades, limits and robustness.
//!
//! One test binary for these files, so that `cargo test` links the crate a few times rather
//! than once per file.

mod air_example;
mod amendments;
mod architecture;
mod baseline_year;
#[path = "../common/mod.rs"]
mod common;
mod district_plan;
mod editors_keywords;
mod editors_nvim;
mod editors_vscode;
mod formatter;
mod import_limits;
mod imports;
mod invalid_cases;
mod item_order;
mod loader;
mod long_lists;
mod milestones_within_year;
mod mutation;
mod parser_tokens;
mod plans_check_clean;
mod printer;
mod problems;
mod programs_language;
mod reporting_kinds;
mod robustness;
mod schedules;
mod scopes;
mod show_json;
mod son_la_cascade;
