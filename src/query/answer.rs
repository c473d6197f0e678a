//! What a query answers: a table of rows, or a detailed view of one thing (`show`,
//! `:explain`) that has its own text, JSON and table forms.

use super::schema::Cell;

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug)]
pub struct Detail {
    /// For people: sections and aligned lines.
    pub text: String,
    pub json: serde_json::Value,
    /// The rows of the detail for CSV (one per target, one per step).
    pub table: Table,
}

#[derive(Clone, Debug)]
pub enum Answer {
    Table(Table),
    Detail(Detail),
}
