//! Reporting compliance (ARCHITECTURE.md, "Evaluation"): expected reports are submitters × periods whose
//! deadline has passed (deadlines: [`super::schedule`]); a report is on time if received by
//! its deadline. What was received comes from submissions files (agency, report, period,
//! date) and from the data rows' `reported_by` and `reported_on`: the first date an agency
//! reported data for a period (a month's, a quarter's, a half's or a year's, as the report's
//! `period` says) is the date its report for that period arrived.

use super::period::Period;
use super::schedule;
use crate::model::Deadline;

use crate::data::DataSet;
use crate::date::{Date, DayMonth};
use crate::model::Model;
use serde::Serialize;
use std::collections::HashMap;

/// Whether a report owed came in by its deadline.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Compliance {
    /// Received on or before the deadline.
    OnTime,
    /// Received after the deadline.
    Late,
    /// Not received by the date of the evaluation, and its deadline has passed.
    Missing,
}

impl Compliance {
    /// The status as the JSON, the CSV and the query language write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Compliance::OnTime => "on_time",
            Compliance::Late => "late",
            Compliance::Missing => "missing",
        }
    }
}

/// One report owed by one agency for one period, and whether it came in.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ReportStatus {
    /// The id of the agency that owes it.
    pub agency: String,
    /// The id of the report.
    pub report: String,
    /// The period it reports on.
    pub period: Period,
    /// The last day the report is on time.
    pub due: Date,
    /// When it was received (the first date, if received more than once).
    pub received: Option<Date>,
    /// On time, late or missing.
    pub status: Compliance,
    /// Days between the deadline and receipt for a late report; 0 otherwise.
    pub days_late: i64,
}

/// Every report owed by `as_of`, with its status.
pub fn reporting(
    model: &Model,
    data: &DataSet,
    as_of: Date,
    plan_period: (i32, i32),
) -> Vec<ReportStatus> {
    // The first date each agency reported data for each period.
    let mut received: HashMap<(u32, Period), Date> = HashMap::new();
    // Superseded rows count too: a report revised later still arrived when it first did.
    let superseded = data.store.revisions.iter().map(|r| (&r.key, &r.old));
    for (key, entry) in data.store.entries.iter().chain(superseded) {
        let (Some(agency), Some(date)) = (entry.reported_by, entry.reported_on) else {
            continue;
        };
        received
            .entry((agency, key.period))
            .and_modify(|d| *d = (*d).min(date))
            .or_insert(date);
    }
    // Submissions files name the report itself.
    let mut submitted: HashMap<(u32, u32, Period), Date> = HashMap::new();
    for s in &data.submissions {
        submitted
            .entry((s.agency, s.report, s.period))
            .and_modify(|d| *d = (*d).min(s.received))
            .or_insert(s.received);
    }
    let mut out = Vec::new();
    for (report_index, report) in model.reports.values().enumerate() {
        if let Some(once) = report.due_month().filter(|_| report.is_once()) {
            // Due once, at the end of a month (or before it): whatever period a submission
            // names, the first one received counts.
            let deadline = match (report.due_before(), once.year) {
                (true, Some(y)) => DayMonth::first_of(once.month).on(y).previous(),
                _ => once.last_day(plan_period.0),
            };
            if deadline >= as_of {
                continue;
            }
            let period = Period::Month(deadline.year, deadline.month as u8);
            for agency in &report.party.from {
                let Some(a) = agency.id.map(|id| id.index()) else {
                    continue;
                };
                let got = submitted
                    .iter()
                    .filter(|((ag, r, _), _)| *ag == a as u32 && *r == report_index as u32)
                    .map(|(_, d)| *d)
                    .filter(|d| *d <= as_of)
                    .min();
                out.push(status(agency, report, period, deadline, got));
            }
            continue;
        }
        let Some(kind) = report.period else {
            continue;
        };
        // A month written alone (`due in month 6`) is due on its last day, kept inside short
        // months as the schedule moves it; `before` it, on the last day of the month before.
        let (due, before) = match (report.due_day(), report.due_month()) {
            (Some(due), _) => (due, report.due_before()),
            (None, Some(m)) if report.due_before() => (DayMonth::first_of(m.month), true),
            (None, Some(m)) => (
                DayMonth {
                    month: m.month,
                    day: 31,
                },
                false,
            ),
            (None, None) => continue,
        };
        for year in plan_period.0..=plan_period.1 {
            for period in schedule::periods_of_year(kind, year) {
                let deadline = schedule::deadline(period, due, before);
                if deadline >= as_of {
                    continue; // not yet due
                }
                for agency in &report.party.from {
                    let Some(a) = agency.id.map(|id| id.index()) else {
                        continue;
                    };
                    if !schedule::owed(model, report, &agency.name, period) {
                        continue;
                    }
                    let from_data = received.get(&(a as u32, period)).copied();
                    let from_file = submitted
                        .get(&(a as u32, report_index as u32, period))
                        .copied();
                    let got = match (from_data, from_file) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    }
                    .filter(|d| *d <= as_of);
                    out.push(status(agency, report, period, deadline, got));
                }
            }
        }
    }
    out
}

/// The status of one report owed: on time, late by so many days, or missing.
fn status(
    agency: &crate::model::Ident,
    report: &crate::model::Report,
    period: Period,
    deadline: Date,
    got: Option<Date>,
) -> ReportStatus {
    let (status, days_late) = match got {
        None => (Compliance::Missing, 0),
        Some(d) if d <= deadline => (Compliance::OnTime, 0),
        Some(d) => (Compliance::Late, d.days() - deadline.days()),
    };
    ReportStatus {
        agency: agency.name.clone(),
        report: report.id.clone(),
        period,
        due: deadline,
        received: got,
        status,
        days_late,
    }
}

/// Reports received (on time or late) / reports owed, per agency (in the order they first
/// owe one) and overall: (agency, received, owed) rows, received, owed.
pub fn rates(statuses: &[ReportStatus]) -> (Vec<(String, usize, usize)>, usize, usize) {
    per_agency(
        statuses
            .iter()
            .map(|s| (s.agency.as_str(), s.status != Compliance::Missing)),
    )
}

/// What each agency owes and has given, from one (agency, given) a thing owed, agencies in
/// the order they first come: (agency, given, owed) each, then given and owed in all.
pub(crate) fn per_agency<'a>(
    owed: impl Iterator<Item = (&'a str, bool)>,
) -> (Vec<(String, usize, usize)>, usize, usize) {
    let mut per: Vec<(String, usize, usize)> = Vec::new();
    for (agency, given) in owed {
        let given = usize::from(given);
        match per.iter_mut().find(|(a, _, _)| a == agency) {
            Some(row) => {
                row.1 += given;
                row.2 += 1;
            }
            None => per.push((agency.to_string(), given, 1)),
        }
    }
    let given = per.iter().map(|r| r.1).sum();
    let all = per.iter().map(|r| r.2).sum();
    (per, given, all)
}
