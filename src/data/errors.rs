//! Why a row was refused, before the reader says where. A problem with a data file is a
//! [`Diagnostic`] with a [`DataProblem`] at a [`DataPlace`],
//! as every problem of planlang is; its words are made from it when a person reads them.

use crate::diagnostic::{DataPlace, DataProblem, Diagnostic};
use std::sync::Arc;

/// Why a row was refused, before the reader says where: the problem, and the column of the
/// offending field when one field is to blame (a workbook cites its cell).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    /// What is wrong with the row.
    pub problem: DataProblem,
    /// Index of the column in the row, as the header numbers them from 0.
    pub column: Option<usize>,
}

impl Rejection {
    /// A rejection for `problem`, blamed on the field in `column` when one is to blame.
    pub fn new(problem: DataProblem, column: Option<usize>) -> Rejection {
        Rejection { problem, column }
    }

    /// The rejection of a row at a line of a CSV file, at its field's column.
    pub fn at_line(self, file: &Arc<str>, line: u64) -> Diagnostic {
        Diagnostic::in_data(
            self.problem,
            DataPlace::line(file, line).at_column(self.column),
        )
    }

    /// The rejection of a row that has no columns (a JSON object), at its line.
    pub fn at_row(self, file: &Arc<str>, line: u64) -> Diagnostic {
        Diagnostic::in_data(self.problem, DataPlace::line(file, line))
    }
}
