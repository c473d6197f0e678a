//! An evaluation as a text table, CSV, Markdown or JSON: every officer-facing form names
//! what its ids stand for (titles, units, agencies) and says what its marks mean.

mod compliance;
mod fields;
mod json;
mod markdown;
pub mod names;
mod table;
pub mod words;

pub use fields::{
    csv, reporting_csv, target_fields, task_fields, tasks_csv, Field, TARGET_COLUMNS,
};
pub use json::json;
pub use markdown::markdown;
pub use table::table;

use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::model::{Id, Model};
use crate::target_text::{self, Form};

/// How rows are grouped in the table and Markdown forms.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GroupBy {
    /// One list of every target, in the evaluation's order (the Markdown report groups by
    /// objective all the same: a report is read objective by objective).
    None,
    /// Under a heading per objective, in the order objectives first occur, a nested one
    /// saying which it is in ("Objective a: ... (in chung)"); "No objective" for indicators
    /// filed under none.
    Objective,
    /// Under a heading per lead agency (a target led by two appears under both); "No lead"
    /// last for targets nobody leads.
    Owner,
}

/// A value with about four significant digits: 448.8, 10.52, 0.1238.
fn num(v: Option<f64>) -> String {
    v.map_or(String::new(), crate::numbers::rounded)
}

fn target_text(r: &TargetResult) -> String {
    target_text::write(&r.target, Form::Evaluation)
}

/// Rows grouped as asked, with a heading per group.
fn groups<'e>(
    model: &Model,
    e: &'e Evaluation,
    by: GroupBy,
) -> Vec<(String, Vec<&'e TargetResult>)> {
    match by {
        GroupBy::None => vec![(String::new(), e.results.iter().collect())],
        GroupBy::Objective => {
            let mut out: Vec<(String, Vec<&TargetResult>)> = Vec::new();
            for r in &e.results {
                let heading = match r
                    .objective
                    .as_ref()
                    .and_then(|o| model.objectives.get_full(o))
                {
                    Some((i, _, o)) => {
                        let outer: Vec<&str> = (model.objective_path(Id::at(i)).into_iter())
                            .skip(1)
                            .filter_map(|id| model.at(id).map(|x| x.id.as_str()))
                            .collect();
                        words::objective_heading(&o.id, &o.title, &outer)
                    }
                    None => words::heading::NO_OBJECTIVE.to_string(),
                };
                match out.iter_mut().find(|(h, _)| *h == heading) {
                    Some((_, rows)) => rows.push(r),
                    None => out.push((heading, vec![r])),
                }
            }
            out
        }
        GroupBy::Owner => {
            let mut out: Vec<(String, Vec<&TargetResult>)> = Vec::new();
            for agency in model.agencies.values() {
                let rows: Vec<&TargetResult> = e
                    .results
                    .iter()
                    .filter(|r| r.lead.contains(&agency.id))
                    .collect();
                if !rows.is_empty() {
                    out.push((words::lead_heading(names::agency(agency)), rows));
                }
            }
            let orphans: Vec<&TargetResult> =
                e.results.iter().filter(|r| r.lead.is_empty()).collect();
            if !orphans.is_empty() {
                out.push((words::heading::NO_LEAD.into(), orphans));
            }
            out
        }
    }
}

/// "12 achieved, 3 on_track, ..." for the statuses present.
pub fn summary(e: &Evaluation) -> String {
    let parts: Vec<String> = e
        .counts()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    format!("{} targets: {}", e.results.len(), parts.join(", "))
}

/// "rows read 120 = accepted 118 + rejected 2".
pub fn data_line(e: &Evaluation) -> String {
    format!(
        "data: {} rows read = {} accepted + {} rejected",
        e.data.rows_read, e.data.accepted, e.data.rejected
    )
}

/// The name of the area evaluated (`Tỉnh Sơn La`), else its id.
fn area_name<'m>(model: &'m Model, e: &'m Evaluation) -> &'m str {
    model.areas.get(&e.area).map_or(&e.area, |a| &a.name)
}

/// What the mark after a target means, for an output that shows one.
fn strive_legend(e: &Evaluation) -> Option<String> {
    e.results
        .iter()
        .any(|r| r.target.strive)
        .then(words::strive)
}
