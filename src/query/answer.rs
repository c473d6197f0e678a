//! What a query answers: a table of rows, or the detail of one thing (`show`); values only,
//! which `render::query` writes as text, JSON or CSV.

use super::schema::Cell;

pub use super::show::Detail;

/// The rows a list or a `count` answers, cut to the columns asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The field names heading the columns: those of `columns`, or the subject's default
    /// ones; for a `count`, the `by` fields and then `count`.
    pub columns: Vec<String>,
    /// The rows, sorted and limited, each with one cell per column in the same order.
    pub rows: Vec<Vec<Cell>>,
}

/// What one query answers.
#[derive(Clone, Debug)]
pub enum Answer {
    /// A list (`indicators where ...`) or a `count`: rows of cells.
    Table(Table),
    /// `show ID`: everything about one indicator, part or agency.
    Detail(Detail),
}
