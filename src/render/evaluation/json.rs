//! `plan eval --format json` (docs/json.md, "The JSON of plan eval").

use super::names::subject;
use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::eval::tasks::TaskStatus;
use crate::i18n::Lang;
use crate::model::Model;
use crate::render::diagnostics::DataJsonList;
use serde::Serialize;

/// Pretty JSON: the evaluation as it is, each result with what its ids stand for (its
/// indicator's `title`, `unit` as people read it, `lead_names`), its data problems each as
/// [`crate::render::diagnostics::data_json`] writes one. Keys are only ever added.
pub fn json(model: &Model, e: &Evaluation) -> String {
    let view = EvaluationJson {
        as_of: e.as_of,
        area: &e.area,
        data: DataJson {
            rows_read: e.data.rows_read,
            accepted: e.data.accepted,
            rejected: e.data.rejected,
            errors: DataJsonList(&e.data.errors, Lang::En),
            warnings: DataJsonList(&e.data.warnings, Lang::En),
            revisions: &e.data.revisions,
        },
        results: e
            .results
            .iter()
            .map(|r| ResultJson::new(model, r))
            .collect(),
        reporting: &e.reporting,
        tasks: &e.tasks,
    };
    serde_json::to_string_pretty(&view).unwrap_or_default()
}

/// [`Evaluation`] as JSON, field for field.
#[derive(Serialize)]
struct EvaluationJson<'a> {
    as_of: crate::date::Date,
    area: &'a str,
    data: DataJson<'a>,
    results: Vec<ResultJson<'a>>,
    reporting: &'a [crate::eval::reporting::ReportStatus],
    tasks: &'a [TaskStatus],
}

/// A [`TargetResult`]'s fields, then what its ids stand for.
#[derive(Serialize)]
struct ResultJson<'a> {
    #[serde(flatten)]
    result: &'a TargetResult,
    title: &'a str,
    unit: String,
    lead_names: Vec<&'a str>,
}

impl<'a> ResultJson<'a> {
    fn new(model: &'a Model, r: &'a TargetResult) -> ResultJson<'a> {
        let about = subject(model, r);
        ResultJson {
            result: r,
            title: about.title,
            unit: about.unit_label(),
            lead_names: about.leads,
        }
    }
}

/// [`crate::eval::evaluate::DataSummary`] as JSON.
#[derive(Serialize)]
struct DataJson<'a> {
    rows_read: u64,
    accepted: u64,
    rejected: u64,
    errors: DataJsonList<'a>,
    warnings: DataJsonList<'a>,
    revisions: &'a [String],
}
