//! One row of reports received (`agency,report,period,received`) validated against the plan,
//! whatever file kind it came from.

use super::errors::{DataCode, Rejection};
use super::header::SubmissionColumns;
use super::row::{cell_date, period_is_date, Cell, Validator};
use super::suggest::Field;
use super::Submission;
use crate::eval::Period;
use crate::text::did_you_mean_suffix;

impl Validator<'_> {
    /// Validates one submissions row; `field(i)` gives column `i`'s cell. A rejection names
    /// the column of the field to blame.
    pub fn submission<'r>(
        &self,
        columns: &SubmissionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Submission, Rejection> {
        self.submission_fields(columns, field)
            .map_err(|(code, column, message)| Rejection::new(code, Some(column), message))
    }

    fn submission_fields<'r>(
        &self,
        columns: &SubmissionColumns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
    ) -> Result<Submission, (DataCode, usize, String)> {
        let model = self.model;
        let agency = self.known(
            &model.agencies,
            field(columns.agency).and_then(Cell::id),
            columns.agency,
            Field::Agency,
        )?;
        let report = self.known(
            &model.reports,
            field(columns.report).and_then(Cell::id),
            columns.report,
            Field::Report,
        )?;
        let period = match field(columns.period) {
            Some(Cell::Date(d)) => {
                return Err((DataCode::BadPeriod, columns.period, period_is_date(d)))
            }
            other => {
                let text = other
                    .and_then(Cell::text)
                    .ok_or_else(|| missing(columns.period, "period"))?;
                Period::parse(&text).map_err(|m| (DataCode::BadPeriod, columns.period, m))?
            }
        };
        if let Some((_, declared)) = model.reports.get_index(report) {
            check_report_period(declared, period)
                .map_err(|(code, message)| (code, columns.period, message))?;
        }
        let received = cell_date(field(columns.received), "received")
            .map_err(|why| (DataCode::BadDate, columns.received, why))?
            .ok_or_else(|| missing(columns.received, "received"))?;
        Ok(Submission {
            agency: agency as u32,
            report: report as u32,
            period,
            received,
        })
    }
}

/// A submission's period must be one the report covers: a yearly report's period is a year,
/// a quarterly one's a quarter... (an `adhoc` report, or one without `period`, takes any).
fn check_report_period(
    report: &crate::model::Report,
    period: Period,
) -> Result<(), (DataCode, String)> {
    use crate::model::PeriodKind;
    let example = match report.period {
        None | Some(PeriodKind::Adhoc) => return Ok(()),
        Some(kind) if kind == period.kind() => return Ok(()),
        Some(PeriodKind::Year) => "`2023`",
        Some(PeriodKind::HalfYear) => "`2023-H1` or `2023-H2`",
        Some(PeriodKind::Quarter) => "`2023-Q1` to `2023-Q4`",
        Some(PeriodKind::Month) => "`2023-01` to `2023-12`",
    };
    let kind = report.period.map_or("", |k| k.as_str());
    Err((
        DataCode::BadPeriod,
        format!(
            "report `{}` is due every {kind}, so its period is written like {example}, not `{period}`",
            report.id
        ),
    ))
}

/// A required field left empty.
fn missing(column: usize, what: &str) -> (DataCode, usize, String) {
    (
        DataCode::MissingValue,
        column,
        format!("the row has no `{what}`"),
    )
}

impl Validator<'_> {
    /// The index of an agency or a report of the plan named in a row's column.
    fn known<V>(
        &self,
        table: &indexmap::IndexMap<String, V>,
        id: Option<std::borrow::Cow<'_, str>>,
        column: usize,
        what: Field,
    ) -> Result<usize, (DataCode, usize, String)> {
        let (name, code) = match what {
            Field::Agency => ("agency", DataCode::UnknownAgency),
            _ => ("report", DataCode::UnknownReport),
        };
        let id = id.ok_or_else(|| missing(column, name))?;
        table.get_index_of(id.as_ref()).ok_or_else(|| {
            let help = self.suggestions.help(what, &id, || {
                did_you_mean_suffix(&id, table.keys().map(String::as_str))
            });
            let article = if name == "agency" { "an" } else { "a" };
            (
                code,
                column,
                format!("{name} `{id}` is not {article} {name} of the plan{help}"),
            )
        })
    }
}
