//! Query answers (`plan query`, the REPL) written as an aligned text table, JSON or CSV:
//! a list's rows, the detail of `show`, and the steps of `:explain`. Each is a value built
//! once; only the form asked for is written.

mod explain;
mod show;
pub mod table;

pub use explain::{explain, Explanation};

use super::format::Format;
use super::terminal::visible;
use crate::query::{Answer, Table};
use serde_json::Value;
use std::borrow::Cow;

/// An answer in `format`: JSON, CSV, or (in any other format: an answer offers only these
/// three, `render::format::Output::Answer`) its table or text.
pub fn render(answer: &Answer, format: Format) -> String {
    match answer {
        Answer::Table(t) => forms(
            format,
            || table::table(t),
            || table::table_json(t),
            || Cow::Borrowed(t),
        ),
        Answer::Detail(d) => forms(
            format,
            || show::text(d),
            || show::json(d),
            || Cow::Owned(show::rows(d)),
        ),
    }
}

/// The steps of `:explain` in `format` (the forms of an answer).
pub fn explanation(e: &Explanation, format: Format) -> String {
    forms(format, || e.text(), || e.json(), || Cow::Owned(e.rows()))
}

/// The one form of a result that `format` asks for: JSON, the rows as CSV, or text for
/// people, a title's or a cell's control characters shown, not obeyed.
fn forms<'t>(
    format: Format,
    text: impl FnOnce() -> String,
    json: impl FnOnce() -> Value,
    rows: impl FnOnce() -> Cow<'t, Table>,
) -> String {
    match format {
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&json()).unwrap_or_default()
        ),
        Format::Csv => table::csv(&rows()),
        _ => visible(&text()).into_owned(),
    }
}
