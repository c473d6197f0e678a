//! The reporting schedule and the reviews.

use super::{Entry, Words};
use crate::diagnostic::problem::Schedule;
use crate::i18n::Lang;

pub(super) fn words(problem: &Schedule, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    match problem {
        Schedule::ReportNoPeriod { report } => entry("diag-report-no-period")
            .arg("report", report.as_str())
            .words(),
        Schedule::ReportNoDue { report, period } => entry("diag-report-no-due")
            .arg("report", report.as_str())
            .arg("period", period.as_str())
            .words(),
        Schedule::ReportNoSubmitter { report } => entry("diag-report-no-submitter")
            .arg("report", report.as_str())
            .words(),
        Schedule::ReportNoRecipient { report } => entry("diag-report-no-recipient")
            .arg("report", report.as_str())
            .words(),
        Schedule::ReviewNoYear { review } => entry("diag-review-no-year")
            .arg("review", review.as_str())
            .words(),
    }
}
