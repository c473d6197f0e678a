//! What a query answers: a table of rows, or the detail of one thing (`show`); values only,
//! which `render::query` writes as text, JSON or CSV.

use super::schema::Cell;

pub use super::show::Detail;

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug)]
pub enum Answer {
    Table(Table),
    Detail(Detail),
}
