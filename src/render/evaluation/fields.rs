//! A target's row as the CSV and the workbook write it: the fields, their columns, and the
//! CSV of targets, reports owed and tasks owed.

use super::names::subject;
use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::eval::tasks::TaskStatus;
use crate::model::Model;
use crate::query::schema::{REPORTING_COLUMNS, TASK_COLUMNS};

/// The columns of a target's row, in the CSV and workbook forms. Programs read them by
/// position too, so a new column is added at the end and none is moved or renamed: the
/// last three say what the ids stand for (the indicator's title, its unit as people read
/// it, its lead agencies' names).
pub const TARGET_COLUMNS: [&str; 29] = [
    "indicator",
    "objective",
    "lead",
    "area",
    "kind",
    "year",
    "until",
    "milestone",
    "cumulative",
    "op",
    "value",
    "value_max",
    "rate_unit",
    "strive",
    "where",
    "status",
    "baseline_period",
    "baseline_value",
    "latest_period",
    "latest_value",
    "expected",
    "projected",
    "ratio",
    "method",
    "from_areas",
    "note",
    "title",
    "unit",
    "lead_names",
];

/// A field of a target's row: text, a number, or nothing. CSV writes numbers as Rust
/// prints them; a workbook types them as numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// Words: an id, a status, a period, a note.
    Text(String),
    /// A value, year or ratio; a workbook leaves a cell empty for one that is not finite.
    Number(f64),
    /// Nothing to say: no baseline, no latest value, no note.
    Empty,
}

impl Field {
    fn text(s: impl Into<String>) -> Field {
        Field::Text(s.into())
    }

    fn number(v: Option<f64>) -> Field {
        v.map_or(Field::Empty, Field::Number)
    }

    fn year(y: Option<i32>) -> Field {
        Field::number(y.map(f64::from))
    }

    /// The field as CSV writes it.
    fn csv(self) -> crate::render::csv::Field<'static> {
        match self {
            Field::Text(s) => crate::render::csv::Field::text(s),
            Field::Number(v) => crate::render::csv::Field::number(v),
            Field::Empty => crate::render::csv::Field::text(""),
        }
    }
}

/// One target's row (see [`TARGET_COLUMNS`]), its names and unit from `model`.
pub fn target_fields(model: &Model, r: &TargetResult) -> [Field; 29] {
    let t = &r.target;
    let about = subject(model, r);
    let opt_text = |s: Option<String>| s.map_or(Field::Empty, Field::Text);
    [
        Field::text(&r.indicator),
        opt_text(r.objective.clone()),
        Field::text(r.lead.join(" ")),
        Field::text(&r.area),
        Field::text(t.kind.as_str()),
        Field::year(t.kind.first_year()),
        Field::year(t.kind.last_year()),
        opt_text(t.milestone_period().map(|p| p.to_string())),
        Field::text(
            t.milestone()
                .is_some_and(|m| m.to_date.is_some())
                .to_string(),
        ),
        Field::text(t.op.as_str()),
        Field::Number(t.value),
        Field::number(t.value_max),
        opt_text(t.kind.change_unit().map(|u| u.as_str().to_string())),
        Field::text(t.strive.to_string()),
        opt_text(
            t.split
                .as_deref()
                .map(|(d, v)| format!("{}={}", d.name, v.name)),
        ),
        Field::text(r.status.as_str()),
        opt_text(r.baseline.as_ref().map(|p| p.period.to_string())),
        Field::number(r.baseline.as_ref().map(|p| p.value)),
        opt_text(r.latest.as_ref().map(|p| p.period.to_string())),
        Field::number(r.latest.as_ref().map(|p| p.value)),
        Field::number(r.expected),
        Field::number(r.projected),
        Field::number(r.ratio),
        opt_text(r.method.map(|m| m.as_str().to_string())),
        opt_text(r.from_areas.map(|(given, of)| format!("{given}/{of}"))),
        opt_text(crate::eval::note::words(
            r.note.as_ref(),
            crate::i18n::Lang::En,
        )),
        Field::text(about.title),
        Field::text(about.unit_label()),
        Field::text(about.leads.join("; ")),
    ]
}

/// CSV: one row per target (text cells neutralised against spreadsheet formulas).
pub fn csv(model: &Model, e: &Evaluation) -> String {
    let rows = e.results.iter().map(|r| {
        target_fields(model, r)
            .into_iter()
            .map(Field::csv)
            .collect()
    });
    crate::render::csv::table(&TARGET_COLUMNS, rows)
}

/// CSV: one row per project or task owed or upcoming, each lead agency's (text cells
/// neutralised against spreadsheet formulas).
pub fn tasks_csv(e: &Evaluation) -> String {
    let rows = e
        .tasks
        .iter()
        .map(|t| task_fields(t).into_iter().map(Field::csv).collect());
    crate::render::csv::table(&TASK_COLUMNS, rows)
}

/// CSV: one row per report owed.
pub fn reporting_csv(e: &Evaluation) -> String {
    let rows = e.reporting.iter().map(|r| {
        let date =
            |d: Option<crate::date::Date>| d.map_or(Field::Empty, |d| Field::text(d.to_string()));
        [
            Field::text(&r.agency),
            Field::text(&r.report),
            Field::text(r.period.to_string()),
            date(Some(r.due)),
            date(r.received),
            Field::text(r.status.as_str()),
            Field::Number(r.days_late as f64),
        ]
        .into_iter()
        .map(Field::csv)
        .collect()
    });
    crate::render::csv::table(&REPORTING_COLUMNS, rows)
}

/// One task's row (see [`TASK_COLUMNS`]); dates as text, `YYYY-MM-DD`.
pub fn task_fields(t: &TaskStatus) -> [Field; 9] {
    let date =
        |d: Option<crate::date::Date>| d.map_or(Field::Empty, |d| Field::text(d.to_string()));
    [
        Field::text(t.kind),
        Field::text(&t.task),
        Field::text(&t.agency),
        t.period
            .map_or(Field::Empty, |p| Field::text(p.to_string())),
        date(t.due),
        date(t.done_on),
        Field::text(t.status.as_str()),
        Field::Number(t.days_late as f64),
        t.note.clone().map_or(Field::Empty, Field::Text),
    ]
}
