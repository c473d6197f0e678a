//! Where a problem is: a span of a source text (a plan file, a query), or a row and field of
//! a data file. A data file is read as it streams and never kept whole, so its places are
//! lines, columns and cells rather than spans of a [`Source`].

use super::problem::RowAt;
use crate::source::{Source, Span};
use std::sync::Arc;

/// The place of a [`super::Diagnostic`].
#[derive(Clone, Debug)]
pub enum Place {
    /// A span of a source text.
    Text {
        /// The plan file or query the problem is in.
        source: Source,
        /// The bytes of `source` to mark.
        span: Span,
    },
    /// A row (or the whole) of a data file. Not boxed: it is no larger than a text's place,
    /// and a file of many bad rows would pay an allocation for each.
    Data(DataPlace),
}

/// A place in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataPlace {
    /// The file's name, shared by every problem of the file.
    pub file: Arc<str>,
    /// The line of a text file; the row of a workbook's sheet (counted from 1, as
    /// spreadsheets number them); 0 for a problem with the whole file.
    pub line: u64,
    /// The column of the field to blame, from 1: its position in a CSV row, as the header
    /// counts columns, or the column of a workbook's sheet. `None` when no one field is to
    /// blame, and in JSON files, whose rows are objects.
    pub column: Option<u32>,
    /// In a workbook, the cell of the field to blame as a spreadsheet names it
    /// (`Sheet1!C14`, `'Số liệu'!C14`), or the row when no one field is (`Sheet1!14`);
    /// `None` in text files, where `line` says it all.
    pub cell: Option<Box<str>>,
}

impl DataPlace {
    /// A line of a text file (or, with line 0, the whole file).
    pub fn line(file: &Arc<str>, line: u64) -> DataPlace {
        DataPlace {
            file: Arc::clone(file),
            line,
            column: None,
            cell: None,
        }
    }

    /// The same place at the field in `column` (from 0, as a row's fields are indexed).
    pub fn at_column(mut self, column: Option<usize>) -> DataPlace {
        self.column = column.map(|c| u32::try_from(c + 1).unwrap_or(u32::MAX));
        self
    }

    /// The row, as a message points at it: its cell reference in a workbook, its line in a
    /// text file; `None` for a problem with the whole file.
    pub fn row_at(&self) -> Option<RowAt> {
        match (&self.cell, self.line) {
            (Some(cell), _) => Some(RowAt::Reference(cell.to_string())),
            (None, 0) => None,
            (None, line) => Some(RowAt::Line(line)),
        }
    }
}
