//! The pest parser generated from `grammar/query.pest`, the single source of the query syntax.

use pest_derive::Parser;

/// The generated parser; its `Rule` enum names every rule of the query grammar.
#[derive(Parser)]
#[grammar = "../grammar/query.pest"]
pub struct QueryParser;
