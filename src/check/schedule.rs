//! The reporting schedule and the reviews.

use super::Checks;
use crate::diagnostic::{Problem, Schedule, ValueOf};
use crate::model::{Held, PeriodKind};

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    for r in model.reports.values() {
        let report = || r.id.clone();
        let problem = match r.period {
            // Due once (`due in month 11/2025`): no period to give.
            None if r.is_once() => None,
            None => Some(Schedule::ReportNoPeriod { report: report() }),
            Some(PeriodKind::Adhoc) => None,
            Some(period) if r.due.is_none() => Some(Schedule::ReportNoDue {
                report: report(),
                period,
            }),
            Some(_) => None,
        };
        let no_submitter = r
            .party
            .from
            .is_empty()
            .then(|| Schedule::ReportNoSubmitter { report: report() });
        let no_recipient = r
            .party
            .to
            .is_empty()
            .then(|| Schedule::ReportNoRecipient { report: report() });
        for problem in [problem, no_submitter, no_recipient].into_iter().flatten() {
            c.report(Problem::Schedule(problem), r.id_span);
        }
    }
    for r in model.reviews.values() {
        match r.when {
            None => {
                let review = r.id.clone();
                c.report(
                    Problem::Schedule(Schedule::ReviewNoYear { review }),
                    r.id_span,
                );
            }
            Some((Held::Year(year), span)) => {
                super::targets::year_in_period(c, year, span, || ValueOf::Review(r.id.clone()))
            }
            // A point of the period lies in it, whatever the period.
            Some(_) => {}
        }
    }
}
