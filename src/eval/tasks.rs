//! Tasks done, late or overdue (docs/data-and-evaluation.md, "Tasks done, late or overdue"): the deadlines a
//! project or a task owes, and what completion records say of each.
//!
//! A tracked duty is owed by each of its lead agencies (supports do not owe it): once, when
//! its deadline gives its year (`due in month 11/2025`, `due 30/06/2026`), or for every
//! period of its recurrence in the plan's years (`due 30/06 every year`), the deadline of each
//! period computed as a report's ([`super::schedule::deadline`]). A deadline with neither a
//! year nor `every` is not tracked (`plan::due_no_year`).
//!
//! Each owed occurrence is `done` when a record says it was done by its deadline, `late`
//! when done after it, `overdue` when its deadline has passed (the as-of date is after it)
//! with no record, and `upcoming` before that. Records dated after the as-of date are not
//! yet known. The rate is done (on time or late) over owed (every occurrence but those still
//! upcoming), per agency and overall. Pure: no I/O, no clock.

use super::period::Period;
use super::schedule;
use crate::data::{Completion, DataSet};
use crate::date::{Date, DayMonth};
use crate::model::{Due, Duty, DutyId, Model, PeriodKind};
use serde::Serialize;
use std::collections::HashMap;

/// When a project or a task is owed.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Schedule {
    /// No deadline, or one that says neither its year nor how often (`plan::due_no_year`),
    /// or names a day that does not exist: nothing is owed by a date.
    Untracked,
    /// Due once: the period it is owed for (the deadline's month, as a report due once) and
    /// its deadline.
    Once {
        /// The month the deadline falls in.
        period: Period,
        /// The last day it is on time.
        deadline: Date,
    },
    /// Due every period of `every` from the first year to the last: the deadline of the
    /// year's first period, moved as a report's.
    Every {
        /// How often it recurs.
        every: PeriodKind,
        /// The deadline of the year's first period.
        due: DayMonth,
        /// `before`: the day before `due`.
        before: bool,
        /// The first year owed: the year written with `every`, else the plan's first.
        first: i32,
        /// The plan's last year.
        last: i32,
    },
}

impl Schedule {
    /// The schedule of `duty` in a plan of the years `plan_period`.
    pub fn of(duty: &Duty, plan_period: Option<(i32, i32)>) -> Schedule {
        let Some(due) = duty.due else {
            return Schedule::Untracked;
        };
        let before = due.before();
        match duty.every {
            None => once(due).map_or(Schedule::Untracked, |deadline| Schedule::Once {
                period: Period::Month(deadline.year, deadline.month as u8),
                deadline,
            }),
            Some(PeriodKind::Adhoc) => Schedule::Untracked,
            Some(every) => {
                let (day, before) = match due {
                    Due::Day { day_month, .. } => (day_month, before),
                    Due::Date { date, .. } => (
                        date.map(|d| DayMonth {
                            month: d.month,
                            day: d.day,
                        }),
                        before,
                    ),
                    // A month alone is due on its last day, kept inside short months as the
                    // schedule moves it; `before` it, on the last day of the month before.
                    Due::Month { month, .. } if before => {
                        (month.map(|m| DayMonth::first_of(m.month)), true)
                    }
                    Due::Month { month, .. } => (
                        month.map(|m| DayMonth {
                            month: m.month,
                            day: 31,
                        }),
                        false,
                    ),
                };
                let (Some(due_day), Some((start, last))) = (day, plan_period) else {
                    return Schedule::Untracked;
                };
                let first = due.year().map_or(start, |y| y.max(start));
                Schedule::Every {
                    every,
                    due: due_day,
                    before,
                    first,
                    last,
                }
            }
        }
    }

    /// Every period owed and its deadline, in time order.
    pub fn occurrences(&self) -> Vec<(Period, Date)> {
        match *self {
            Schedule::Untracked => Vec::new(),
            Schedule::Once { period, deadline } => vec![(period, deadline)],
            Schedule::Every {
                every,
                due,
                before,
                first,
                last,
            } => (first..=last)
                .flat_map(|year| schedule::periods_of_year(every, year))
                .map(|p| (p, schedule::deadline(p, due, before)))
                .collect(),
        }
    }

    /// Whether a record for `period` is one of this schedule's: a period of its recurrence
    /// in its years. A duty due once, or not tracked, takes a record for any period.
    pub fn takes(&self, period: Period) -> bool {
        match *self {
            Schedule::Every {
                every, first, last, ..
            } => period.kind() == every && (first..=last).contains(&period.year()),
            Schedule::Once { .. } | Schedule::Untracked => true,
        }
    }
}

/// The deadline of a duty due once: a month of a year (its last day; `before`, the last day
/// of the month before) or a day of a year (`before`: the day before). `None` for a
/// deadline without a year.
fn once(due: Due) -> Option<Date> {
    let before = due.before();
    match due {
        Due::Month { month: Some(m), .. } => {
            let year = m.year?;
            Some(if before {
                DayMonth::first_of(m.month).on(year).previous()
            } else {
                m.last_day(year)
            })
        }
        Due::Date { date: Some(d), .. } => Some(if before { d.previous() } else { d }),
        _ => None,
    }
}

/// What became of a duty owed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskState {
    /// Done by its deadline.
    Done,
    /// Done after its deadline.
    Late,
    /// Not done, and its deadline has passed.
    Overdue,
    /// Not done, and its deadline has not passed.
    Upcoming,
}

impl TaskState {
    /// Every state, in the order outputs count them.
    pub const ALL: [TaskState; 4] = [
        TaskState::Done,
        TaskState::Late,
        TaskState::Overdue,
        TaskState::Upcoming,
    ];

    /// The state as the JSON, the CSV and the query language write it.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Done => "done",
            TaskState::Late => "late",
            TaskState::Overdue => "overdue",
            TaskState::Upcoming => "upcoming",
        }
    }

    /// Whether it counts in the rate: done, late or overdue (not upcoming).
    pub fn is_owed(self) -> bool {
        self != TaskState::Upcoming
    }

    /// Whether it was done, on time or late.
    pub fn is_done(self) -> bool {
        matches!(self, TaskState::Done | TaskState::Late)
    }
}

/// One project or task owed by one lead agency for one period, and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TaskStatus {
    /// `task` or `project`.
    pub kind: &'static str,
    /// The task's or project's id.
    #[serde(rename = "id")]
    pub task: String,
    /// Which task or project, in the model.
    #[serde(skip)]
    pub which: DutyId,
    /// The id of the lead agency that owes it.
    pub agency: String,
    /// The period it is owed for; `None` for a duty without a deadline that a record says
    /// was done.
    pub period: Option<Period>,
    /// The last day it is on time; `None` for a duty without a deadline.
    pub due: Option<Date>,
    /// When it was done (the first record's day, when there are several).
    pub done_on: Option<Date>,
    /// Done, late, overdue or upcoming.
    pub status: TaskState,
    /// Days past the deadline: when it was done for a late one, by the as-of date for an
    /// overdue one; 0 otherwise.
    pub days_late: i64,
    /// The record's note.
    #[serde(rename = "done_note")]
    pub note: Option<String>,
}

/// Every occurrence of every tracked project and task, each lead agency's, with its status
/// as of `as_of`; and those of duties without a deadline that a record says were done.
pub fn tasks(model: &Model, data: &DataSet, as_of: Date) -> Vec<TaskStatus> {
    // The first record, known by the date, for each duty, agency and period written.
    let mut records: HashMap<(DutyId, u32), Vec<&Completion>> = HashMap::new();
    for c in data.completions.iter().filter(|c| c.done_on <= as_of) {
        records.entry((c.duty, c.agency)).or_default().push(c);
    }
    let first = |found: &mut dyn Iterator<Item = &&Completion>| -> Option<Completion> {
        found.min_by_key(|c| c.done_on).map(|c| (*c).clone())
    };
    let mut out = Vec::new();
    for d in model.duties() {
        let plan = Schedule::of(d.duty, model.plan.period);
        let occurrences = plan.occurrences();
        // An agency named twice owes it once.
        let mut seen = std::collections::HashSet::new();
        for lead in &d.duty.lead {
            let Some(agency) = lead.agency.id.map(|a| a.index() as u32) else {
                continue;
            };
            if !seen.insert(agency) {
                continue;
            }
            let mine = records
                .get(&(d.which, agency))
                .map_or(&[][..], Vec::as_slice);
            let status = |period: Option<Period>, due: Option<Date>, done: Option<Completion>| {
                let (status, days_late) = match (done.as_ref().map(|c| c.done_on), due) {
                    (Some(_), None) => (TaskState::Done, 0),
                    (Some(on), Some(due)) if on <= due => (TaskState::Done, 0),
                    (Some(on), Some(due)) => (TaskState::Late, on.days() - due.days()),
                    (None, Some(due)) if due < as_of => {
                        (TaskState::Overdue, as_of.days() - due.days())
                    }
                    (None, _) => (TaskState::Upcoming, 0),
                };
                TaskStatus {
                    kind: d.which.kind(),
                    task: d.id.to_string(),
                    which: d.which,
                    agency: lead.agency.name.clone(),
                    period,
                    due,
                    done_on: done.as_ref().map(|c| c.done_on),
                    status,
                    days_late,
                    note: done.and_then(|c| c.note),
                }
            };
            match plan {
                Schedule::Every { .. } => {
                    for &(period, due) in &occurrences {
                        let done = first(&mut mine.iter().filter(|c| c.period == Some(period)));
                        out.push(status(Some(period), Some(due), done));
                    }
                }
                Schedule::Once { period, deadline } => {
                    // Whatever period a record names, the first one done counts.
                    let done = first(&mut mine.iter());
                    out.push(status(Some(period), Some(deadline), done));
                }
                Schedule::Untracked => {
                    if let Some(done) = first(&mut mine.iter()) {
                        out.push(status(done.period, None, Some(done)));
                    }
                }
            }
        }
    }
    out
}

/// Done (on time or late) / owed (all but upcoming), per agency (in the order they first
/// owe one) and overall: (agency, done, owed) rows, done, owed.
pub fn rates(statuses: &[TaskStatus]) -> (Vec<(String, usize, usize)>, usize, usize) {
    super::reporting::per_agency(
        statuses
            .iter()
            .filter(|s| s.status.is_owed())
            .map(|s| (s.agency.as_str(), s.status.is_done())),
    )
}
