//! The reporting schedule and the reviews.

use super::Words;
use crate::diagnostic::problem::Schedule;

pub(super) fn words(problem: &Schedule) -> Words {
    match problem {
        Schedule::ReportNoPeriod { report } => Words::new(
            format!("report `{report}` has no period"),
            "how often is it due?",
            "add `period half-year`, `period year`, `period quarter`, `period month` or `period adhoc`; if the document gives none, this warning records it",
        ),
        Schedule::ReportNoDue { report, period } => Words::new(
            format!("report `{report}` is due every {} but has no due date", period.as_str()),
            "no `due` given",
            "add the day and month it is due, e.g. `due before 05/12`, or its month, e.g. `due in month 6`",
        ),
        Schedule::ReportNoSubmitter { report } => Words::new(
            format!("report `{report}` names no agency that submits it"),
            "no `from` given",
            "add `from AGENCY, AGENCY...`",
        ),
        Schedule::ReportNoRecipient { report } => Words::new(
            format!("report `{report}` names no agency that receives it"),
            "no `to` given",
            "add `to AGENCY`",
        ),
        Schedule::ReviewNoYear { review } => Words::new(
            format!("review `{review}` does not say when it is held"),
            "no `year`, `at` or `every year` given",
            "add the year of the review (`year 2025`), or where in the period it is held: `at midterm` (sơ kết giữa kỳ), `at end` (tổng kết), `every year`",
        ),
    }
}
