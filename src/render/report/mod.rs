//! The report of an evaluation, as officers file it and show it: one model ([`Report`]),
//! built once from the plan, the evaluation and the data's problems, and written as
//! Markdown (`plan eval --format md`, [`markdown`]) and as a page (`plan report`, [`html`]),
//! each in the language asked for. The model holds values and names, not words: what a
//! status, a number or a date reads as is decided where it is written, from the catalogue
//! ([`crate::i18n`]), so a further form (a document to file) is written from the same model.

pub mod docx;
pub mod html;
pub mod markdown;
#[cfg(test)]
mod tests;

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::eval::evaluate::{PeriodValue, TargetResult};
use crate::eval::Status;
use crate::i18n::{Arg, Lang};
use crate::model::{Model, Unit};
use crate::query::{Context, Facts};
use crate::render::chart::Chart;
use crate::render::evaluation::compliance::{self, Compliance};
use crate::render::evaluation::names::{self, subject};
use crate::render::evaluation::words::{self, Rows};
use crate::render::evaluation::{groups, rows, GroupBy, Heading};
use crate::render::format::Format;
use std::sync::Arc;

/// How many of the data's problems a report lists; the rest are counted.
pub const PROBLEMS_LISTED: usize = 5;

/// Everything a report of one evaluation shows, in the order it shows it.
#[derive(Clone, Debug)]
pub struct Report {
    /// The plan's title.
    pub title: String,
    /// The plan's document (`196/QĐ-UBND`), when it names one.
    pub document: Option<String>,
    /// The agency that issued it, by name.
    pub issuer: Option<String>,
    /// The day it was signed (the first the document gives).
    pub signed: Option<Date>,
    /// Its first and last years.
    pub period: Option<(i32, i32)>,
    /// The amendments applied (their documents and the day each holds from).
    pub amended_by: Vec<(String, Option<Date>)>,
    /// The id of the area evaluated.
    pub area: String,
    /// The area's name (`Tỉnh Sơn La`), else its id.
    pub area_name: String,
    /// The date the evaluation is made as of.
    pub as_of: Date,
    /// Data rows read = accepted + rejected.
    pub rows: Rows,
    /// Each status some target is in, with how many, in [`Status::ALL`]'s order.
    pub statuses: Vec<(Status, usize)>,
    /// How many targets were judged.
    pub targets: usize,
    /// The indicators by objective (or by lead agency), each with its targets and chart.
    pub sections: Vec<Section>,
    /// Whether some target is one the plan strives for (its mark needs a legend).
    pub strive: bool,
    /// Reports received of those owed; `None` when none was owed.
    pub reporting: Option<Compliance>,
    /// Tasks done of those owed; `None` when the plan tracks none.
    pub tasks: Option<Compliance>,
    /// The data's problems.
    pub problems: Problems,
}

/// The indicators under one heading: an objective, or a lead agency.
#[derive(Clone, Debug)]
pub struct Section {
    /// What the section is about.
    pub heading: Heading,
    /// Its indicators and parts, in the plan's order.
    pub indicators: Vec<Indicator>,
}

/// An indicator, or a part of one, with its targets judged and its chart.
#[derive(Clone, Debug)]
pub struct Indicator {
    /// `3`, `16a`.
    pub id: String,
    /// Its title, as the plan writes it.
    pub title: String,
    /// Its unit, when it names a known one.
    pub unit: Option<Arc<Unit>>,
    /// Its lead agencies (chủ trì), by name, in the plan's order.
    pub lead: Vec<String>,
    /// Its supporting agencies (phối hợp), by name.
    pub support: Vec<String>,
    /// Each of its targets judged, in the plan's order.
    pub results: Vec<TargetResult>,
    /// Its chart: values, the path to each target, the targets, the projection, the groups.
    pub chart: Chart,
}

impl Indicator {
    /// The unit as people read it (`%`, `/100.000 trẻ em`); empty for a count.
    pub fn unit_label(&self) -> String {
        self.unit
            .as_deref()
            .map_or(String::new(), crate::render::units::label)
    }

    /// A value in the unit, as `lang` writes numbers: `65%`, `9,5‰`.
    pub fn value(&self, lang: Lang, v: f64) -> String {
        crate::render::units::value(lang, v, self.unit.as_deref())
    }

    /// A value in the unit and its period: `65% (2021)`.
    pub fn at(&self, lang: Lang, p: &PeriodValue) -> String {
        format!(
            "{} ({})",
            self.value(lang, p.value),
            words::period(lang, p.period)
        )
    }
}

/// The data's problems: how many, and the first few.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    /// Errors (rows or files refused).
    pub errors: usize,
    /// Warnings (nothing lost).
    pub warnings: usize,
    /// The first [`PROBLEMS_LISTED`], errors first.
    pub first: Vec<Diagnostic>,
}

impl Problems {
    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.errors + self.warnings == 0
    }

    /// `2 errors, 0 warnings.`, and `; the first 5.` when more are counted than listed.
    pub fn summary(&self, lang: Lang) -> String {
        let errors = lang.text_with("count-errors", &[("count", self.errors.into())]);
        let warnings = lang.text_with("count-warnings", &[("count", self.warnings.into())]);
        let mut args = vec![("errors", Arg::from(errors)), ("warnings", warnings.into())];
        if self.errors + self.warnings > self.first.len() {
            args.push(("listed", self.first.len().into()));
            lang.text_with("report-problems-listed", &args)
        } else {
            lang.text_with("report-problems", &args)
        }
    }
}

impl Report {
    /// The report of `facts`' evaluation of `model`, its indicators grouped as `by` asks
    /// (by objective unless by lead agency: a report is read objective by objective);
    /// `None` when the facts hold no evaluation.
    pub fn build(model: &Model, facts: &Facts, by: GroupBy) -> Option<Report> {
        let e = facts.evaluation.as_ref()?;
        let by = match by {
            GroupBy::None => GroupBy::Objective,
            other => other,
        };
        let ctx = Context { model, facts };
        let sections = groups(model, e, by)
            .into_iter()
            .map(|(heading, results)| Section {
                heading,
                indicators: indicators(model, ctx, &results),
            })
            .collect();
        let problems: Vec<&Diagnostic> = e.data.errors.iter().chain(&e.data.warnings).collect();
        let plan = &model.plan;
        Some(Report {
            title: plan.title.clone(),
            document: plan.document.clone(),
            issuer: plan
                .issuer
                .as_ref()
                .and_then(|i| model.get(i))
                .map(|a| a.name.clone()),
            signed: plan.signed.first().map(|s| s.date),
            period: plan.period,
            amended_by: plan
                .amended_by
                .iter()
                .map(|a| (a.document.clone(), a.effective))
                .collect(),
            area: e.area.clone(),
            area_name: crate::render::evaluation::area_name(model, e).to_string(),
            as_of: e.as_of,
            rows: rows(e),
            statuses: e.counts().into_iter().filter(|(_, n)| *n > 0).collect(),
            targets: e.results.len(),
            sections,
            strive: e.results.iter().any(|r| r.target.strive),
            reporting: compliance::reporting(model, e),
            tasks: compliance::tasks(model, e),
            problems: Problems {
                errors: e.data.errors.len(),
                warnings: e.data.warnings.len(),
                first: problems
                    .into_iter()
                    .take(PROBLEMS_LISTED)
                    .cloned()
                    .collect(),
            },
        })
    }

    /// Every indicator of every section, in order.
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.sections.iter().flat_map(|s| &s.indicators)
    }

    /// `As of 2025-06-30, Tỉnh Sơn La.`
    pub fn as_of_line(&self, lang: Lang) -> String {
        lang.text_with(
            "report-as-of",
            &[
                ("date", words::date(lang, self.as_of).into()),
                ("area", self.area_name.as_str().into()),
            ],
        )
    }

    /// `Data: 645 rows read = 645 accepted + 0 rejected.`
    pub fn data_line(&self, lang: Lang) -> String {
        lang.text_with("report-data", &self.rows.args(lang))
    }
}

/// The report written in `format` (one of [`crate::render::format::Output::Report`]'s), in
/// `lang`; `None` for a format a report is not written in, `Some(Err)` when the document could
/// not be put together.
pub fn write(report: &Report, format: Format, lang: Lang) -> Option<std::io::Result<Vec<u8>>> {
    match format {
        Format::Html => Some(Ok(html::html(report, lang).into_bytes())),
        Format::Docx => Some(docx::document(report, lang)),
        _ => None,
    }
}

/// The extensions a file of a report in `format` may end in, the usual one first; `None` for
/// a format a report is not written in.
pub fn extensions(format: Format) -> Option<&'static [&'static str]> {
    match format {
        Format::Html => Some(&["html", "htm"]),
        Format::Docx => Some(&["docx"]),
        _ => None,
    }
}

/// The indicators the results of one section judge: each measure once, with its results in
/// order (a section lists a measure's results together, as the evaluation does).
fn indicators(model: &Model, ctx: Context<'_>, results: &[&TargetResult]) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    for r in results {
        if let Some(last) = out.last_mut().filter(|i| i.id == r.indicator) {
            last.results.push((*r).clone());
            continue;
        }
        let about = subject(model, r);
        let measure = model.at(r.measure).filter(|m| m.id == r.indicator);
        let support = measure.map_or(Vec::new(), |m| {
            m.support
                .iter()
                .map(|o| {
                    model
                        .get(&o.agency)
                        .map_or(o.agency.name.clone(), |a| names::agency(a).to_string())
                })
                .collect()
        });
        let chart = measure
            .and_then(|_| Chart::of_measure(ctx, r.measure.index()))
            .unwrap_or_else(|| empty_chart(r, ctx));
        out.push(Indicator {
            id: r.indicator.clone(),
            title: about.title.to_string(),
            unit: measure.and_then(|m| m.unit.as_ref().and_then(|u| u.unit.clone())),
            lead: about.leads.iter().map(|l| l.to_string()).collect(),
            support,
            results: vec![(*r).clone()],
            chart,
        });
    }
    out
}

/// The chart of a result whose measure is not in the model at hand: nothing to draw.
fn empty_chart(r: &TargetResult, ctx: Context<'_>) -> Chart {
    Chart {
        id: r.indicator.clone(),
        title: String::new(),
        unit: None,
        area: r.area.clone(),
        area_name: r.area.clone(),
        as_of: ctx.facts.as_of,
        observed: Vec::new(),
        milestones: Vec::new(),
        paths: Vec::new(),
        projections: Vec::new(),
        groups: Vec::new(),
    }
}
