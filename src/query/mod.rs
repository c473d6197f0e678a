//! The query language: ask a plan and its data questions (docs/queries-and-repl.md, "The REPL and its query
//! language").
//!
//! ```text
//! text ──pest──▶ ast::Query ──check (plan)──▶ Checked ──run (model, facts)──▶ Answer
//!      parse                  check::check                run::run
//! ```
//!
//! An answer is values (a table of cells, or the detail of one thing); `render::query` writes
//! it as text, JSON or CSV.
//!
//! Every stage is pure. [`facts::Facts`] (the evaluation and each measure's series) is
//! computed once for a plan, its data and a date, and shared by every query on them.

pub mod answer;
pub mod ast;
pub mod check;
pub mod error;
pub mod facts;
pub mod fields;
mod filter;
pub mod grammar;
pub mod limits;
pub mod parse;
pub mod rows;
mod run;
pub mod schema;
pub mod show;

pub use answer::{Answer, Detail, Table};
pub use error::QueryError;
pub use facts::Facts;
pub use parse::{is_incomplete, is_incomplete_scanned, parse};
pub use rows::Context;

use crate::source::Source;

/// Parses, checks and runs one query. `source` holds the query text and the name its errors
/// cite.
pub fn run(ctx: Context<'_>, source: &Source) -> Result<Answer, QueryError> {
    let query = parse::parse(source)?;
    let checked = check::check(ctx, source, &query)?;
    Ok(run::run(ctx, &checked))
}

/// The measures an id names, for `:explain`: a measure itself, or every part of a composite
/// indicator. `Err` carries the closest id the plan has, for an unknown one.
pub fn measures_named(model: &crate::Model, id: &str) -> Result<Vec<usize>, Option<String>> {
    if let Some(i) = model.measures.get_index_of(id) {
        return Ok(vec![i]);
    }
    if let Some(ind) = model.indicators.get(id) {
        return Ok(ind.measures.iter().map(|m| m.index()).collect());
    }
    let ids = model
        .measures
        .keys()
        .chain(model.indicators.keys())
        .map(String::as_str);
    Err(crate::text::closest(id, ids).map(str::to_string))
}
