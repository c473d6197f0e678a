//! Problems with the reporting schedule and the reviews.

use crate::diagnostic::Code;
use crate::syntax::ast::PeriodKind;

/// A report or review that lacks what says when it is due or who takes part.
#[derive(Clone, Debug, PartialEq)]
pub enum Schedule {
    /// A report with no `period`.
    ReportNoPeriod {
        /// The report's id.
        report: String,
    },
    /// A periodic report with no `due`.
    ReportNoDue {
        /// The report's id.
        report: String,
        /// How often it is due (`year`, `quarter`).
        period: PeriodKind,
    },
    /// A report with no `from`.
    ReportNoSubmitter {
        /// The report's id.
        report: String,
    },
    /// A report with no `to`.
    ReportNoRecipient {
        /// The report's id.
        report: String,
    },
    /// A review that says not when it is held: no `year`, `at` or `every year`.
    ReviewNoYear {
        /// The review's id.
        review: String,
    },
}

impl Schedule {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Schedule::ReportNoPeriod { .. } => Code::ReportNoPeriod,
            Schedule::ReportNoDue { .. } => Code::ReportNoDue,
            Schedule::ReportNoSubmitter { .. } => Code::ReportNoSubmitter,
            Schedule::ReportNoRecipient { .. } => Code::ReportNoRecipient,
            Schedule::ReviewNoYear { .. } => Code::ReviewNoYear,
        }
    }
}
