//! The reporting schedule and the reviews.

use super::Checks;
use crate::diagnostic::Code;
use crate::model::PeriodKind;

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    for r in model.reports.values() {
        let name = format!("report `{}`", r.id);
        match r.period {
            // Due once (`due in month 11/2025`): no period to give.
            None if r.is_once() => {}
            None => {
                let d = c
                    .diag(Code::ReportNoPeriod, r.id_span, format!("{name} has no period"))
                    .label("how often is it due?")
                    .help("add `period half-year`, `period year`, `period quarter`, `period month` or `period adhoc`; if the document gives none, this warning records it");
                c.push(d);
            }
            Some(PeriodKind::Adhoc) => {}
            Some(p) if !r.due_given => {
                let d = c
                    .diag(
                        Code::ReportNoDue,
                        r.id_span,
                        format!("{name} is due every {} but has no due date", p.as_str()),
                    )
                    .label("no `due` given")
                    .help("add the day and month it is due, e.g. `due before 05/12`, or its month, e.g. `due in month 6`");
                c.push(d);
            }
            Some(_) => {}
        }
        if r.from.is_empty() {
            let d = c
                .diag(
                    Code::ReportNoSubmitter,
                    r.id_span,
                    format!("{name} names no agency that submits it"),
                )
                .label("no `from` given")
                .help("add `from AGENCY, AGENCY...`");
            c.push(d);
        }
        if r.to.is_none() {
            let d = c
                .diag(
                    Code::ReportNoRecipient,
                    r.id_span,
                    format!("{name} names no agency that receives it"),
                )
                .label("no `to` given")
                .help("add `to AGENCY`");
            c.push(d);
        }
    }
    for r in model.reviews.values() {
        match r.year {
            None => {
                let d = c
                    .diag(
                        Code::ReviewNoYear,
                        r.id_span,
                        format!("review `{}` has no year", r.id),
                    )
                    .label("no `year` given")
                    .help("add the year of the review, e.g. `year 2025`");
                c.push(d);
            }
            Some((year, span)) => {
                super::targets::year_in_period(c, year, span, &format!("review `{}`", r.id))
            }
        }
    }
}
