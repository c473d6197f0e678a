//! The pest parser generated from `grammar/query.pest`, the single source of the query syntax.
//!
//! `Rule`'s variants take their docs from the `///` lines of the grammar. pest writes
//! `Rule::all_rules` with none, and lint attributes cannot reach into the derive's output, so
//! `missing_docs` is allowed in this module (its one hand-written item is documented).

#![allow(missing_docs)]

use pest_derive::Parser;

/// The generated parser; its `Rule` enum names every rule of the query grammar.
#[derive(Parser)]
#[grammar = "../grammar/query.pest"]
pub struct QueryParser;
