//! The JSON of `plan show --format json`: a stable, documented view of the model (docs/json.md,
//! "The JSON of plan show"), made from the model so nothing in it goes missing.
//!
//! Each model type is either serialised as it is (units, dimensions, areas, elements,
//! formulas, named queries, baselines: their derived `Serialize` leaves spans out), or
//! viewed here with keys other tools already read. A view names every field of its type
//! (`let Measure { id, .. span: _ } = m`): a field added to the model does not compile here
//! until it is shown or left out on purpose, with the reason beside it.
//! `tests/language/show_json.rs` checks that every part of the model appears.

mod amendment;
mod measures;
mod schedule;

use crate::date::Date;
use crate::model::{
    Agency, Area, Dimension, Element, Import, Model, NamedQuery, Objective, PlanInfo, SignedDate,
    Unit, Waiver,
};
use amendment::AmendmentJson;
use measures::{CompositeJson, IndicatorJson};
use schedule::{ProjectJson, ReportJson, ReviewJson, TaskJson};
use serde::Serialize;

/// The whole JSON document of `plan show --format json`: one key per kind of declaration,
/// each in the order the plan declares them.
#[derive(Serialize)]
pub struct PlanJson<'m> {
    /// What the `plan { ... }` header says about the document.
    pub plan: Header<'m>,
    /// Files imported, by name (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportJson<'m>>,
    /// Agencies declared in this file (imported ones are named `ALIAS.ID`).
    pub agencies: Vec<AgencyJson<'m>>,
    /// Units declared (the built-in ones are not listed).
    pub units: Vec<&'m Unit>,
    /// Dimensions data are split by (`khu_vuc`: urban, rural), with their values.
    pub dimensions: Vec<&'m Dimension>,
    /// Parents before children.
    pub areas: Vec<&'m Area>,
    /// Counted data elements, which formulas and weighted means name (`live_births`).
    pub elements: Vec<&'m Element>,
    /// Objectives, each with the indicators filed under it.
    pub objectives: Vec<ObjectiveJson<'m>>,
    /// Indicators with parts, with their own title and fields; the parts are in `indicators`.
    pub composites: Vec<CompositeJson<'m>>,
    /// Every measure: an indicator without parts, or one part of a composite (`16a`).
    pub indicators: Vec<IndicatorJson<'m>>,
    /// Reports the plan asks of agencies, with their deadlines.
    pub reports: Vec<ReportJson<'m>>,
    /// Reviews of the plan (sơ kết, tổng kết): when each is held, who reports to whom.
    pub reviews: Vec<ReviewJson<'m>>,
    /// Parent indicators not taken up (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<WaiverJson<'m>>,
    /// Projects, with the measures and tasks they cover (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<ProjectJson<'m>>,
    /// Tasks: duties with owners and a deadline (absent when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskJson<'m>>,
    /// Named queries of the query language.
    pub queries: Vec<&'m NamedQuery>,
    /// What an amendment file changes (absent for a plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amendment: Option<AmendmentJson<'m>>,
}

/// The plan header (`plan "Title" { ... }`), under the key `plan`.
#[derive(Serialize)]
pub struct Header<'m> {
    /// The plan's title as the document gives it.
    pub title: &'m str,
    /// The document's number (`196/QĐ-UBND`), if given.
    pub document: Option<&'m str>,
    /// The id of the agency that issued the document.
    pub issuer: Option<&'m str>,
    /// The first signing date; `signed_all` lists every date the document gives.
    pub signed: Option<Date>,
    /// Every signing date the document gives, in the order written (they may disagree).
    pub signed_all: Vec<Date>,
    /// The first and last year the plan covers (`period 2021..2030`).
    pub period: Option<[i32; 2]>,
    /// The year its vision reaches (`horizon 2045`), absent when it gives none: targets
    /// after `period` up to it are its vision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horizon: Option<i32>,
    /// The area the plan is for, in words (`Tỉnh Sơn La`).
    pub area: Option<&'m str>,
    /// The document it implements, in words (`implements "23/QĐ-TTg"`).
    pub implements: Option<&'m str>,
    /// The imported plan this one implements (`implements national`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<&'m str>,
    /// The legal bases the document cites, one per `basis`.
    pub bases: &'m [String],
    /// Where in the document the header's facts are written (`source "..."`).
    pub source: Option<&'m str>,
    /// Free-text notes, one per `note`.
    pub notes: &'m [String],
    /// The amendments applied (`plan show --amendment`), absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amended_by: Vec<String>,
}

/// A file imported (`import national "..."`).
#[derive(Serialize)]
pub struct ImportJson<'m> {
    /// The alias its names are qualified with (`national.3a`).
    pub name: &'m str,
    /// The path as written, relative to the importing file.
    pub path: &'m str,
    /// The imported plan's document number, if its header gives one.
    pub document: Option<&'m str>,
}

/// An agency the file declares or names from an import.
#[derive(Serialize)]
pub struct AgencyJson<'m> {
    /// The id owners and issuers use; `ALIAS.ID` for an imported agency.
    pub id: &'m str,
    /// The agency's full name (`Sở Y tế`).
    pub name: &'m str,
    /// The short name, if declared (`short "Sở LĐ-TB&XH"`).
    pub short: Option<&'m str>,
    /// `assigned` (giao: an agency of the plan's own government) or `requested` (đề nghị:
    /// a body outside it, `agency ... requested`).
    pub role: &'static str,
}

/// An objective, with the numbers of the indicators that serve it.
#[derive(Serialize)]
pub struct ObjectiveJson<'m> {
    /// The id indicators name with `objective ID`.
    pub id: &'m str,
    /// The objective as the document words it.
    pub title: &'m str,
    /// The objective it is nested under (`in chung`); null for one at the top.
    pub parent: Option<&'m str>,
    /// The numbers of the indicators filed under it, in declaration order.
    pub indicators: Vec<&'m str>,
    /// Where the document states it (`II.1.a`).
    pub source: Option<&'m str>,
}

/// A parent plan's indicator this plan does not take up (`waive national.15 because "..."`).
#[derive(Serialize)]
pub struct WaiverJson<'m> {
    /// The parent indicator, named through its import (`national.15`).
    pub parent: &'m str,
    /// The reason the plan gives for not taking it up.
    pub because: &'m str,
    /// Where the document says so.
    pub source: Option<&'m str>,
}

/// The JSON view of `model`, borrowing from it; [`to_json`] writes it out.
pub fn view(model: &Model) -> PlanJson<'_> {
    let Model {
        // The file itself: the JSON says what it holds.
        source: _,
        plan,
        // Its own agencies, and the imported ones it names (`own_agencies`); the others are
        // the imported file's.
        agencies: _,
        units,
        dimensions,
        objectives,
        indicators,
        measures,
        reports,
        reviews,
        areas,
        elements,
        imports,
        waivers,
        queries,
        amendment,
        projects,
        tasks,
    } = model;
    PlanJson {
        plan: header(plan),
        imports: imports.values().map(import).collect(),
        agencies: model.own_agencies().map(agency).collect(),
        units: units.values().collect(),
        dimensions: dimensions.values().collect(),
        areas: areas.values().collect(),
        elements: elements.values().collect(),
        objectives: objectives.values().map(|o| objective(model, o)).collect(),
        composites: indicators
            .values()
            .filter_map(|i| measures::composite(model, i))
            .collect(),
        indicators: measures
            .values()
            .map(|m| measures::measure(model, m))
            .collect(),
        reports: reports.values().map(schedule::report).collect(),
        reviews: reviews
            .values()
            .map(|r| schedule::review(model, r))
            .collect(),
        waivers: waivers.values().map(waiver).collect(),
        projects: projects
            .values()
            .map(|p| schedule::project(model, p))
            .collect(),
        tasks: tasks.values().map(schedule::task).collect(),
        queries: queries.values().collect(),
        amendment: amendment.as_deref().map(amendment::amendment),
    }
}

fn header(p: &PlanInfo) -> Header<'_> {
    let PlanInfo {
        title,
        document,
        issuer,
        // The dates; where the document gives each (its `ref`) is left out.
        signed,
        period,
        horizon,
        area,
        implements,
        parent,
        bases,
        source,
        notes,
        amended_by,
        span: _,
    } = p;
    let dates = || signed.iter().map(|s: &SignedDate| s.date);
    Header {
        title,
        document: document.as_deref(),
        issuer: issuer.as_ref().map(|i| i.name.as_str()),
        signed: dates().next(),
        signed_all: dates().collect(),
        period: period.map(|(a, b)| [a, b]),
        horizon: horizon.map(|y| y.value),
        area: area.as_deref(),
        implements: implements.as_deref(),
        parent: parent.as_ref().map(|i| i.name.as_str()),
        bases,
        source: source.as_deref(),
        notes,
        amended_by: amended_by
            .iter()
            .map(super::model_text::amended_by)
            .collect(),
    }
}

fn import(i: &Import) -> ImportJson<'_> {
    let Import {
        alias,
        path,
        model,
        // Always true here: `plan show` refuses a plan whose import cannot be read.
        readable: _,
        span: _,
        alias_span: _,
    } = i;
    ImportJson {
        name: alias,
        path,
        document: model.plan.document.as_deref(),
    }
}

fn agency(a: &Agency) -> AgencyJson<'_> {
    let Agency {
        id,
        name,
        short,
        role,
        span: _,
        // Where an imported agency was declared: a place for an editor, like a span; its id
        // (`national.x`) says it is imported.
        origin: _,
    } = a;
    AgencyJson {
        id,
        name,
        short: short.as_deref(),
        role: role.as_str(),
    }
}

fn objective<'m>(model: &'m Model, o: &'m Objective) -> ObjectiveJson<'m> {
    let Objective {
        id,
        title,
        parent,
        source,
        span: _,
    } = o;
    ObjectiveJson {
        id,
        title,
        parent: parent.as_ref().map(|p| p.name.as_str()),
        indicators: model
            .indicators
            .values()
            .filter(|i| i.objective.as_ref().is_some_and(|r| r.name == *id))
            .map(|i| i.number.as_str())
            .collect(),
        source: source.as_deref(),
    }
}

fn waiver(w: &Waiver) -> WaiverJson<'_> {
    let Waiver {
        parent,
        reason,
        source,
        span: _,
    } = w;
    WaiverJson {
        parent: &parent.name,
        because: reason,
        source: source.as_deref(),
    }
}

/// The model as pretty JSON.
pub fn to_json(model: &Model) -> String {
    // Serialising plain data into a String cannot fail.
    serde_json::to_string_pretty(&view(model)).unwrap_or_default()
}
