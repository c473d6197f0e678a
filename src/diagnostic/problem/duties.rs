//! Problems with the deadlines of projects and tasks.

use super::Item;
use crate::diagnostic::Code;
use crate::syntax::ast::Due;

/// When a project or a task is due.
#[derive(Clone, Debug, PartialEq)]
pub enum Duties {
    /// A deadline with neither its year nor `every` (`due 30/06`, `due in month 6`): it may
    /// fall once or every year, so it is not tracked.
    DueNoYear {
        /// The project or task.
        item: Item,
        /// The deadline as written.
        due: Due,
        /// The plan's first year, for the example of a deadline that falls once.
        first_year: Option<i32>,
    },
}

impl Duties {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Duties::DueNoYear { .. } => Code::DueNoYear,
        }
    }
}
