//! One row of tasks done (`task,agency,period,done_on,note`) validated against the plan,
//! whatever file kind it came from; and a submissions row whose `report` names a task or a
//! project, read as one done on the day it was received.

use super::errors::Rejection;
use super::header::CompletionColumns;
use super::row::{cell_date, similar, Cell, Validator};
use super::suggest::Field;
use super::Completion;
use crate::diagnostic::{BadPeriod, Column, DataProblem, Suggestion};
use crate::eval::tasks::Schedule;
use crate::eval::Period;
use crate::model::DutyOf;

/// Where the fields of a row of tasks done are: the agency, the period and the day.
pub(super) struct DoneColumns {
    /// The agency that did it.
    pub agency: usize,
    /// The period it was done for.
    pub period: usize,
    /// The day it was done, and the column's name for a problem with it.
    pub done_on: (usize, Column),
}

impl Validator<'_> {
    /// Validates one row of tasks done; `field(i)` gives column `i`'s cell. A rejection
    /// names the column of the field to blame.
    pub fn completion<'r>(
        &self,
        columns: &CompletionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Completion, Rejection> {
        self.completion_fields(columns, field)
            .map_err(|(problem, column)| Rejection::new(problem, Some(column)))
    }

    fn completion_fields<'r>(
        &self,
        columns: &CompletionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Completion, (DataProblem, usize)> {
        let duty = self.duty(&field, columns.task)?;
        let places = DoneColumns {
            agency: columns.agency,
            period: columns.period,
            done_on: (columns.done_on, Column::DoneOn),
        };
        let mut done = self.done(duty, &places, &field)?;
        done.note = columns
            .note
            .and_then(&field)
            .and_then(Cell::text)
            .map(|t| t.into_owned());
        Ok(done)
    }

    /// The task or project named in column `at`, or why it names none.
    pub(super) fn duty<'r>(
        &self,
        field: &impl Fn(usize) -> Option<Cell<'r>>,
        at: usize,
    ) -> Result<DutyOf<'_>, (DataProblem, usize)> {
        let model = self.model;
        let id = field(at).and_then(Cell::id).ok_or((
            DataProblem::MissingValue {
                column: Column::Task,
            },
            at,
        ))?;
        model.duty_named(&id).ok_or_else(|| {
            let hint: Suggestion = self.suggestions.help(Field::Task, &id, || {
                similar(&id, model.tasks.keys().chain(model.projects.keys()))
            });
            let problem = DataProblem::UnknownTask {
                task: id.to_string(),
                hint,
            };
            (problem, at)
        })
    }

    /// A row's agency, period and day for `duty`: the agency one of its leads, the period
    /// one it recurs in (any, or none, for a duty due once), the day a real one.
    pub(super) fn done<'r>(
        &self,
        duty: DutyOf<'_>,
        at: &DoneColumns,
        field: &impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Completion, (DataProblem, usize)> {
        let agency = self.known(&self.model.agencies, field, at.agency, Field::Agency)?;
        let id = self
            .model
            .agencies
            .get_index(agency)
            .map(|(k, _)| k.as_str());
        let leads = &duty.duty.lead;
        if !leads.iter().any(|o| Some(o.agency.name.as_str()) == id) {
            let mut names: Vec<String> = Vec::new();
            for o in leads {
                if !names.contains(&o.agency.name) {
                    names.push(o.agency.name.clone());
                }
            }
            let problem = DataProblem::NotTaskLead {
                kind: duty.which.kind(),
                task: duty.id.to_string(),
                agency: id.unwrap_or_default().to_string(),
                leads: names,
            };
            return Err((problem, at.agency));
        }
        let schedule = Schedule::of(duty.duty, self.model.plan.period);
        let period = match field(at.period) {
            Some(Cell::Date(date)) => {
                let problem = DataProblem::BadPeriod(BadPeriod::Date { date });
                return Err((problem, at.period));
            }
            other => match other.and_then(Cell::text) {
                None => None,
                Some(text) => Some(Period::read(&text).ok_or_else(|| {
                    let text = text.to_string();
                    let problem = DataProblem::BadPeriod(BadPeriod::Written { text });
                    (problem, at.period)
                })?),
            },
        };
        if let Schedule::Every {
            every, first, last, ..
        } = schedule
        {
            let Some(period) = period else {
                let column = Column::Period;
                return Err((DataProblem::MissingValue { column }, at.period));
            };
            if !schedule.takes(period) {
                let problem = DataProblem::BadPeriod(BadPeriod::NotOfTask {
                    task: duty.id.to_string(),
                    every,
                    first,
                    last,
                    period,
                });
                return Err((problem, at.period));
            }
        }
        let (done_at, column) = at.done_on;
        let done_on = cell_date(field(done_at), column)
            .map_err(|problem| (problem, done_at))?
            .ok_or((DataProblem::MissingValue { column }, done_at))?;
        Ok(Completion {
            duty: duty.which,
            agency: agency as u32,
            period,
            done_on,
            note: None,
        })
    }
}
