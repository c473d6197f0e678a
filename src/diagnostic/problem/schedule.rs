//! Problems with the reporting schedule and the reviews.

use crate::diagnostic::Code;
use crate::syntax::ast::PeriodKind;

#[derive(Clone, Debug, PartialEq)]
pub enum Schedule {
    /// A report with no `period`.
    ReportNoPeriod { report: String },
    /// A periodic report with no `due`.
    ReportNoDue { report: String, period: PeriodKind },
    /// A report with no `from`.
    ReportNoSubmitter { report: String },
    /// A report with no `to`.
    ReportNoRecipient { report: String },
    /// A review with no `year`.
    ReviewNoYear { review: String },
}

impl Schedule {
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
