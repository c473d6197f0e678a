//! One row of reports received (`agency,report,period,received`) validated against the plan,
//! whatever file kind it came from.

use super::completion::DoneColumns;
use super::errors::Rejection;
use super::header::SubmissionColumns;
use super::row::{cell_date, similar, Cell, Validator};
use super::suggest::Field;
use super::{Received, Submission};
use crate::diagnostic::{BadPeriod, Column, DataProblem, Suggestion};
use crate::eval::Period;

impl Validator<'_> {
    /// Validates one submissions row; `field(i)` gives column `i`'s cell. A rejection names
    /// the column of the field to blame.
    pub fn submission<'r>(
        &self,
        columns: &SubmissionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Received, Rejection> {
        self.submission_fields(columns, field)
            .map_err(|(problem, column)| Rejection::new(problem, Some(column)))
    }

    fn submission_fields<'r>(
        &self,
        columns: &SubmissionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Received, (DataProblem, usize)> {
        let model = self.model;
        // A task or a project named where a report is: done on the day it was received.
        let named = field(columns.report).and_then(Cell::id);
        let report = named
            .as_deref()
            .filter(|id| !model.reports.contains_key(*id));
        if let Some(duty) = report.and_then(|id| model.duty_named(id)) {
            let places = DoneColumns {
                agency: columns.agency,
                period: columns.period,
                done_on: (columns.received, Column::Received),
            };
            return self.done(duty, &places, &field).map(Received::Done);
        }
        let agency = self.known(&model.agencies, &field, columns.agency, Field::Agency)?;
        let report = self.known(&model.reports, &field, columns.report, Field::Report)?;
        let period = match field(columns.period) {
            Some(Cell::Date(date)) => {
                let problem = DataProblem::BadPeriod(BadPeriod::Date { date });
                return Err((problem, columns.period));
            }
            other => {
                let text = other
                    .and_then(Cell::text)
                    .ok_or_else(|| missing(columns.period, Column::Period))?;
                Period::read(&text).ok_or_else(|| {
                    let text = text.to_string();
                    let problem = DataProblem::BadPeriod(BadPeriod::Written { text });
                    (problem, columns.period)
                })?
            }
        };
        if let Some((_, declared)) = model.reports.get_index(report) {
            check_report_period(declared, period).map_err(|problem| (problem, columns.period))?;
        }
        let received = cell_date(field(columns.received), Column::Received)
            .map_err(|problem| (problem, columns.received))?
            .ok_or_else(|| missing(columns.received, Column::Received))?;
        Ok(Received::Report(Submission {
            agency: agency as u32,
            report: report as u32,
            period,
            received,
        }))
    }
}

/// A submission's period must be one the report covers: a yearly report's period is a year,
/// a quarterly one's a quarter... (an `adhoc` report, or one without `period`, takes any).
fn check_report_period(report: &crate::model::Report, period: Period) -> Result<(), DataProblem> {
    use crate::model::PeriodKind;
    match report.period {
        None | Some(PeriodKind::Adhoc) => Ok(()),
        Some(kind) if kind == period.kind() => Ok(()),
        Some(kind) => Err(DataProblem::BadPeriod(BadPeriod::NotOfReport {
            report: report.id.clone(),
            kind,
            period,
        })),
    }
}

/// A required field left empty.
fn missing(at: usize, column: Column) -> (DataProblem, usize) {
    (DataProblem::MissingValue { column }, at)
}

impl Validator<'_> {
    /// The index of an agency or a report of the plan named in column `at` of a row, whose
    /// cells `field` gives.
    pub(super) fn known<'r, V>(
        &self,
        table: &indexmap::IndexMap<String, V>,
        field: &impl Fn(usize) -> Option<Cell<'r>>,
        at: usize,
        what: Field,
    ) -> Result<usize, (DataProblem, usize)> {
        let column = match what {
            Field::Agency => Column::Agency,
            _ => Column::Report,
        };
        let id = field(at)
            .and_then(Cell::id)
            .ok_or_else(|| missing(at, column))?;
        table.get_index_of(id.as_ref()).ok_or_else(|| {
            let hint: Suggestion = self
                .suggestions
                .help(what, &id, || similar(&id, table.keys()));
            let problem = match column {
                Column::Agency => DataProblem::UnknownAgency {
                    column,
                    agency: id.to_string(),
                    hint,
                },
                _ => DataProblem::UnknownReport {
                    report: id.to_string(),
                    hint,
                },
            };
            (problem, at)
        })
    }
}
