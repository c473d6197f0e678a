//! An evaluation as a text table, CSV, Markdown or JSON: every officer-facing form names
//! what its ids stand for (titles, units, agencies) and says what its marks mean.

pub mod compliance;
mod fields;
mod json;
pub mod names;
mod table;
pub mod words;

pub use fields::{
    csv, reporting_csv, target_fields, task_fields, tasks_csv, Field, TARGET_COLUMNS,
};
pub use json::json;
pub use table::table;

use crate::eval::evaluate::{Evaluation, TargetResult};
use crate::eval::Status;
use crate::i18n::Lang;
use crate::model::{Id, Model};

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

/// A value with about four significant digits: 448.8, 10.52, 0.1238, as `lang` writes it.
fn num(lang: Lang, v: Option<f64>) -> String {
    v.map_or(String::new(), |v| words::number(lang, v))
}

/// What a group of targets is: the heading the table and the reports put over it.
#[derive(Clone, Debug, PartialEq)]
pub enum Heading {
    /// Every target, under no heading (the table's `--by` not given).
    All,
    /// An objective: its id, its title, and the ids of the objectives it is nested in,
    /// innermost first.
    Objective {
        /// `a`.
        id: String,
        /// `Mục tiêu 1: Về phát triển toàn diện trẻ em ...`.
        title: String,
        /// The ids of the objectives it is in, innermost first.
        within: Vec<String>,
    },
    /// Indicators filed under no objective.
    NoObjective,
    /// A lead agency, by name.
    Lead(String),
    /// Targets nobody leads.
    NoLead,
}

impl Heading {
    /// The heading in words (empty for [`Heading::All`]).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Heading::All => String::new(),
            Heading::Objective { id, title, within } => {
                words::objective_heading(lang, id, title, within)
            }
            Heading::NoObjective => lang.text("group-no-objective"),
            Heading::Lead(agency) => words::lead_heading(lang, agency),
            Heading::NoLead => lang.text("group-no-lead"),
        }
    }
}

/// Rows grouped as asked, each group with what it is.
pub fn groups<'e>(
    model: &Model,
    e: &'e Evaluation,
    by: GroupBy,
) -> Vec<(Heading, Vec<&'e TargetResult>)> {
    match by {
        GroupBy::None => vec![(Heading::All, e.results.iter().collect())],
        GroupBy::Objective => {
            let mut out: Vec<(Heading, Vec<&TargetResult>)> = Vec::new();
            for r in &e.results {
                let heading = match r
                    .objective
                    .as_ref()
                    .and_then(|o| model.objectives.get_full(o))
                {
                    Some((i, _, o)) => Heading::Objective {
                        id: o.id.clone(),
                        title: o.title.clone(),
                        within: (model.objective_path(Id::at(i)).into_iter())
                            .skip(1)
                            .filter_map(|id| model.at(id).map(|x| x.id.clone()))
                            .collect(),
                    },
                    None => Heading::NoObjective,
                };
                match out.iter_mut().find(|(h, _)| *h == heading) {
                    Some((_, rows)) => rows.push(r),
                    None => out.push((heading, vec![r])),
                }
            }
            out
        }
        GroupBy::Owner => {
            let mut out: Vec<(Heading, Vec<&TargetResult>)> = Vec::new();
            for agency in model.agencies.values() {
                let rows: Vec<&TargetResult> = e
                    .results
                    .iter()
                    .filter(|r| r.lead.contains(&agency.id))
                    .collect();
                if !rows.is_empty() {
                    out.push((Heading::Lead(names::agency(agency).to_string()), rows));
                }
            }
            let orphans: Vec<&TargetResult> =
                e.results.iter().filter(|r| r.lead.is_empty()).collect();
            if !orphans.is_empty() {
                out.push((Heading::NoLead, orphans));
            }
            out
        }
    }
}

/// "12 targets: 12 achieved, 3 on_track, ..." for the statuses present.
pub fn summary(e: &Evaluation, lang: Lang) -> String {
    let present: Vec<(Status, usize)> = e.counts().into_iter().filter(|(_, n)| *n > 0).collect();
    words::summary(lang, e.results.len(), &present)
}

/// What was read of the data files.
pub fn rows(e: &Evaluation) -> words::Rows {
    words::Rows {
        read: e.data.rows_read,
        accepted: e.data.accepted,
        rejected: e.data.rejected,
    }
}

/// "data: 120 rows read = 118 accepted + 2 rejected".
pub fn data_line(e: &Evaluation, lang: Lang) -> String {
    words::data_line(lang, rows(e))
}

/// The name of the area evaluated (`Tỉnh Sơn La`), else its id.
pub fn area_name<'m>(model: &'m Model, e: &'m Evaluation) -> &'m str {
    model.areas.get(&e.area).map_or(&e.area, |a| &a.name)
}
