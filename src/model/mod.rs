//! The resolved model: what a plan says, typed, in written order, every element with its span.
//!
//! Built from the syntax tree by [`crate::resolve`]; checked by [`crate::check`]. References
//! keep the [`Ident`] they were written with, so a check can point at the exact place.

mod amendment;
mod shared_lists;
mod target;
mod units;

pub use amendment::{Amendment, Change};
pub(crate) use shared_lists::SharedRewrites;
pub use target::{KindName, Target, TargetKind};

pub use crate::syntax::ast::{Comparator, Direction, Due, Ident, PeriodKind, RateUnit, Year};
pub use units::{builtin_unit, BUILTIN_UNITS};

use crate::date::{Date, DayMonth, DueMonth};
use crate::source::{Source, Span};
use indexmap::IndexMap;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Model {
    pub source: Source,
    pub plan: PlanInfo,
    pub agencies: IndexMap<String, Agency>,
    /// Declared units (built-in ones are found with [`builtin_unit`]).
    pub units: IndexMap<String, Unit>,
    pub dimensions: IndexMap<String, Dimension>,
    pub objectives: IndexMap<String, Objective>,
    /// Indicators as the document numbers them ("16"), in written order.
    pub indicators: IndexMap<String, Indicator>,
    /// What is measured: an indicator without parts, or each part ("16a", "16b").
    pub measures: IndexMap<String, Measure>,
    pub reports: IndexMap<String, Report>,
    pub reviews: IndexMap<String, Review>,
    /// The areas data are keyed by, parents before children (province, districts...).
    pub areas: IndexMap<String, Area>,
    /// Counted data elements that formulas divide (live births, infant deaths).
    pub elements: IndexMap<String, Element>,
    /// Imported files by the name they are imported as. Their agencies, units, dimensions,
    /// areas and elements that this file names (`national.bo_yte`) are also in this model's
    /// tables under that name; the others stay in the imported model only (see
    /// [`Model::find_declared`]), so that a file imported often is held once.
    pub imports: IndexMap<String, Import>,
    /// Parent indicators this plan does not take up, by their name here (`national.15`).
    pub waivers: IndexMap<String, Waiver>,
    /// Named queries of the query language, run by name in the REPL.
    pub queries: IndexMap<String, NamedQuery>,
    /// When the file amends a plan (`amendment "..." { amends ... }`): what it changes.
    pub amendment: Option<Box<Amendment>>,
    /// Projects (dự án, đề án) agencies are assigned to, and what they cover.
    pub projects: IndexMap<String, Project>,
    /// Duties the document assigns to agencies outside the indicators.
    pub tasks: IndexMap<String, Task>,
}

impl Model {
    pub(crate) fn empty(source: Source) -> Model {
        Model {
            source,
            plan: PlanInfo::default(),
            agencies: IndexMap::new(),
            units: IndexMap::new(),
            dimensions: IndexMap::new(),
            objectives: IndexMap::new(),
            indicators: IndexMap::new(),
            measures: IndexMap::new(),
            reports: IndexMap::new(),
            reviews: IndexMap::new(),
            areas: IndexMap::new(),
            elements: IndexMap::new(),
            imports: IndexMap::new(),
            waivers: IndexMap::new(),
            queries: IndexMap::new(),
            amendment: None,
            projects: IndexMap::new(),
            tasks: IndexMap::new(),
        }
    }

    /// Whether the file only declares what others import (agencies, units, dimensions, areas,
    /// elements): it needs no plan header, and its agencies need no task of their own.
    pub fn is_declarations_only(&self) -> bool {
        self.plan.span.is_empty()
            && self.plan.title.is_empty()
            && self.amendment.is_none()
            && self.indicators.is_empty()
            && self.reports.is_empty()
            && self.reviews.is_empty()
            && self.objectives.is_empty()
            && self.projects.is_empty()
            && self.tasks.is_empty()
            && (!self.agencies.is_empty()
                || !self.units.is_empty()
                || !self.dimensions.is_empty()
                || !self.areas.is_empty()
                || !self.elements.is_empty())
    }

    /// The agencies of this plan: those it declares, and the imported ones it names (as a
    /// lead, a support, an issuer or in a report or review). An imported file's other
    /// agencies are that file's.
    pub fn own_agencies(&self) -> impl Iterator<Item = &Agency> {
        let mut named: rustc_hash::FxHashSet<&str> = Default::default();
        named.extend(self.plan.issuer.iter().map(|i| i.name.as_str()));
        for m in self.measures.values() {
            named.extend(
                m.lead
                    .iter()
                    .chain(m.support.iter())
                    .map(|o| o.agency.name.as_str()),
            );
        }
        for r in self.reports.values() {
            named.extend(r.from.iter().chain(&r.to).map(|i| i.name.as_str()));
        }
        for r in self.reviews.values() {
            named.extend(r.from.iter().chain(&r.to).map(|i| i.name.as_str()));
        }
        self.agencies
            .values()
            .filter(move |a| a.origin.is_none() || named.contains(a.id.as_str()))
    }

    /// What `name` names in `table`: this file's own entry, else, for `ALIAS.ID`, the entry
    /// `ID` of the file imported as `ALIAS` (and so on through its imports for
    /// `ALIAS.OTHER.ID`). With it, the qualifier that leads there (`"national."`, empty for
    /// this file's own): the entry's own ids are relative to the file that holds it. Last, the
    /// model of that file.
    pub fn find_declared<'m, 'n, T>(
        &'m self,
        name: &'n str,
        table: impl Fn(&Model) -> &IndexMap<String, T>,
    ) -> Option<(&'n str, &'m T, &'m Model)> {
        let mut model = self;
        let mut rest = name;
        loop {
            if let Some(entry) = table(model).get(rest) {
                return Some((&name[..name.len() - rest.len()], entry, model));
            }
            let (alias, tail) = rest.split_once('.')?;
            model = &model.imports.get(alias)?.model;
            rest = tail;
        }
    }

    /// A unit by id: declared units first, then the built-in ones and their symbols.
    pub fn unit(&self, id: &str) -> Option<Unit> {
        self.units.get(id).cloned().or_else(|| builtin_unit(id))
    }

    /// The measures of an indicator (itself when it has no parts).
    pub fn measures_of<'a>(
        &'a self,
        indicator: &'a Indicator,
    ) -> impl Iterator<Item = &'a Measure> {
        indicator
            .measures
            .iter()
            .filter_map(|id| self.measures.get(id))
    }
}

/// The plan header.
#[derive(Clone, Debug, Default)]
pub struct PlanInfo {
    pub title: String,
    pub document: Option<String>,
    pub issuer: Option<Ident>,
    /// Every signing date the document gives, in written order (they may disagree).
    pub signed: Vec<SignedDate>,
    pub period: Option<(i32, i32)>,
    pub area: Option<String>,
    /// The document it implements, in words (`implements "23/QĐ-TTg"`).
    pub implements: Option<String>,
    /// The imported plan it implements (`implements national`), whose indicators its own map to.
    pub parent: Option<Ident>,
    pub bases: Vec<String>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    /// The amendments applied to this view of the plan, in the order they applied.
    pub amended_by: Vec<AmendedBy>,
    pub span: Span,
}

/// An amendment applied to a view of the plan (`amend::as_of`).
#[derive(Clone, Debug, PartialEq)]
pub struct AmendedBy {
    /// The amending document's number.
    pub document: String,
    /// From when its changes hold.
    pub effective: Option<Date>,
}

#[derive(Clone, Debug)]
pub struct SignedDate {
    pub date: Date,
    pub reference: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Agency {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
    /// Here: the id as declared, or the import line that brings it in.
    pub span: Span,
    /// Where an agency brought in through an import was declared; `None` for this file's own.
    pub origin: Option<Box<Origin>>,
}

/// Where a declaration brought in through an import was written: its file and the place in
/// it, for an editor to go to (messages about this file point at the import line).
#[derive(Clone, Debug)]
pub struct Origin {
    pub source: Source,
    pub span: Span,
}

/// A unit of measure and the values it admits.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unit {
    pub id: String,
    pub symbol: String,
    /// Per how many of the population (1000 for ‰).
    pub per: Option<f64>,
    /// The population a rate is counted over ("trẻ đẻ sống").
    pub of: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Unit {
    /// Whether a value lies in the unit's range.
    pub fn admits(&self, value: f64) -> bool {
        self.min.is_none_or(|m| value >= m) && self.max.is_none_or(|m| value <= m)
    }
}

/// A dimension data are split by (`dimension sex "Giới tính" { male "Nam" female "Nữ" }`):
/// its values by id, each with its title.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    pub values: IndexMap<String, String>,
    #[serde(skip)]
    pub span: Span,
    /// Where a dimension brought in through an import was declared (see [`Origin`]): a
    /// place for an editor, like a span; its id (`national.x`) says it is imported.
    #[serde(skip)]
    pub origin: Option<Box<Origin>>,
}

#[derive(Clone, Debug)]
pub struct Objective {
    pub id: String,
    pub title: String,
    pub source: Option<String>,
    pub span: Span,
}

/// An indicator as the document numbers it.
#[derive(Clone, Debug)]
pub struct Indicator {
    pub number: String,
    pub title: String,
    pub objective: Option<Ident>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    /// Ids of its measures: its own number, or its parts ("16a", "16b").
    pub measures: Vec<String>,
    pub is_composite: bool,
    pub span: Span,
    pub id_span: Span,
}

/// Something measured against targets: a simple indicator or one part of a composite.
#[derive(Clone, Debug)]
pub struct Measure {
    /// "3" or "16a".
    pub id: String,
    /// The composite's number for a part ("16"), else `None`.
    pub parent: Option<String>,
    /// The document's number ("16" for both parts of 16).
    pub number: String,
    pub title: String,
    pub objective: Option<Ident>,
    /// The unit as written and what it resolved to (`None` if unknown, already reported).
    pub unit: Option<UnitUse>,
    pub direction: Option<Direction>,
    /// Boxed, like the formula: most measures of a large plan have neither, and the model
    /// keeps one of these for every measure.
    pub baseline: Option<Box<Baseline>>,
    pub targets: Vec<Target>,
    /// The lead agencies. A part that names none shares its composite's list (the same
    /// [`Arc`], not a copy), so a problem with that list is one problem, found once.
    pub lead: Arc<[Owner]>,
    /// The supporting agencies, shared with the composite the same way.
    pub support: Arc<[Owner]>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    /// numerator / denominator × factor, over data elements.
    pub formula: Option<Box<Formula>>,
    /// How district values add up to their province.
    pub aggregate: Aggregate,
    /// `lead ?`: no lead named yet, with the reason given (see [`LeadToFill`]); shared with
    /// the composite (or the covering project) that says it.
    pub lead_to_fill: Option<Arc<LeadToFill>>,
    /// The parent plan's measure this one takes up (`adopts national.3a`).
    pub maps: Option<Box<ParentLink>>,
    pub span: Span,
    /// The span of the id (the part letter for a part).
    pub id_span: Span,
}

#[derive(Clone, Debug)]
pub struct UnitUse {
    pub written: Ident,
    /// Shared by every measure that writes the same unit (with the same `of`).
    pub unit: Option<Arc<Unit>>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    #[serde(skip)]
    pub span: Span,
    #[serde(skip)]
    pub year_span: Span,
    #[serde(skip)]
    pub value_span: Span,
}

#[derive(Clone, Debug)]
pub struct Owner {
    pub agency: Ident,
    pub reference: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Report {
    pub id: String,
    pub title: String,
    pub period: Option<PeriodKind>,
    /// The `due` field as written: by day (`due before 01/06`), or by month (`due in month
    /// 6`, once: `due in month 11/2025`; a report due once needs no `period`). `None` when no
    /// `due` is written (see [`Deadline`]).
    pub due: Option<Due>,
    pub from: Vec<Ident>,
    pub to: Option<Ident>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    pub span: Span,
    pub id_span: Span,
}

impl Report {
    /// Whether the report is due once, at a month of a given year (not periodic).
    pub fn is_once(&self) -> bool {
        self.due_month().is_some_and(|m| m.year.is_some())
    }
}

/// What reports, projects and tasks say of their one `due` field.
pub trait Deadline {
    /// The `due` field as written.
    fn due(&self) -> Option<Due>;

    /// The day and month of a deadline given by day (`None` also when the day written does
    /// not exist).
    fn due_day(&self) -> Option<DayMonth> {
        self.due().and_then(|d| d.day_month())
    }

    /// The month of a deadline given by month, with its year when due once.
    fn due_month(&self) -> Option<DueMonth> {
        self.due().and_then(|d| d.month())
    }

    /// "before 01/06": due the day (or month) before the one written.
    fn due_before(&self) -> bool {
        self.due().is_some_and(|d| d.before())
    }
}

impl Deadline for Report {
    fn due(&self) -> Option<Due> {
        self.due
    }
}

impl Deadline for Duty {
    fn due(&self) -> Option<Due> {
        self.due
    }
}

/// `project da8 "Dự án 8: ..." { in da7 lead tuphap support ... covers 8 due ... }`.
#[derive(Clone, Debug)]
pub struct Project {
    pub id: String,
    pub title: String,
    /// The project it is part of (a tiểu dự án in its dự án).
    pub parent: Option<Ident>,
    pub duty: Duty,
    /// What it covers as written: indicators (all their parts), parts, tasks.
    pub covers: Vec<Covered>,
    /// The measures it covers, resolved (an indicator stands for all its parts).
    pub measures: Vec<String>,
    /// The tasks it covers, resolved.
    pub tasks: Vec<String>,
    pub span: Span,
    pub id_span: Span,
}

/// One id a project's `covers` names, with the `ref` of its line.
#[derive(Clone, Debug)]
pub struct Covered {
    pub id: Ident,
    pub reference: Option<String>,
}

/// `task chu_quan "..." { lead congan support taichinh due in month 11/2025 }`.
#[derive(Clone, Debug)]
pub struct Task {
    pub id: String,
    pub title: String,
    pub duty: Duty,
    pub span: Span,
    pub id_span: Span,
}

/// What projects and tasks share: who does it, by when, and where the document says so.
#[derive(Clone, Debug, Default)]
pub struct Duty {
    pub lead: Vec<Owner>,
    pub support: Vec<Owner>,
    /// `lead ? because "..."`, shared with the measures the project covers that name no lead.
    pub lead_to_fill: Option<Arc<LeadToFill>>,
    /// A day and month (`due before 15/12`), every year; a month (`due in month 6`), or a
    /// month of a year (`due in month 11/2025`). See [`Deadline`].
    pub due: Option<Due>,
    pub source: Option<String>,
    pub notes: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Review {
    pub id: String,
    pub title: String,
    pub year: Option<(i32, Span)>,
    pub from: Vec<Ident>,
    pub to: Option<Ident>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    pub span: Span,
    pub id_span: Span,
}

/// An imported file: `import "national/children-2021-2030.plan" as national`.
#[derive(Clone, Debug)]
pub struct Import {
    pub alias: String,
    /// The path as written, relative to the importing file.
    pub path: String,
    /// The imported file's model, shared by every file that imports it (empty when the file
    /// could not be read: names from it are then not reported one by one).
    pub model: Arc<Model>,
    pub readable: bool,
    pub span: Span,
}

/// `adopts national.3a`, or `adapts national.3a because "..."`.
#[derive(Clone, Debug)]
pub struct ParentLink {
    /// The parent measure, named through its import (`national.3a`).
    pub parent: Ident,
    /// Why the plan departs from the parent (`None`: adopted as it is).
    pub adapted_because: Option<String>,
    pub reference: Option<String>,
    pub span: Span,
}

/// `lead ? because "..."`: the lead is left to fill in (a new plan), or the document does not
/// name one (a text that lost its assignments). A warning until a lead is named.
#[derive(Clone, Debug)]
pub struct LeadToFill {
    pub reason: Option<String>,
    pub span: Span,
}

/// `waive national.15 because "..."`.
#[derive(Clone, Debug)]
pub struct Waiver {
    pub parent: Ident,
    pub reason: String,
    pub source: Option<String>,
    pub span: Span,
}

/// Whether a written name is qualified by an import (`national.bo_y_te`): ids declared in a
/// file have no dot, the checker refuses them. A declaration in the model says where it comes
/// from by its `origin`.
pub fn is_qualified(id: &str) -> bool {
    id.contains('.')
}

/// An area data are reported for: the province, a district, a commune.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Area {
    pub id: String,
    pub name: String,
    /// The area it belongs to (`None` for the top of the hierarchy).
    pub parent: Option<Ident>,
    /// "province", "district", "city", "commune"... as the plan says.
    pub kind: Option<String>,
    #[serde(skip)]
    pub span: Span,
    /// Where an area brought in through an import was declared (see [`Origin`]): a
    /// place for an editor, like a span; its id (`national.x`) says it is imported.
    #[serde(skip)]
    pub origin: Option<Box<Origin>>,
}

/// A counted data element (`element live_births "Số trẻ đẻ sống"`).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Element {
    pub id: String,
    pub title: String,
    #[serde(skip)]
    pub span: Span,
    /// Where an element brought in through an import was declared (see [`Origin`]): a
    /// place for an editor, like a span; its id (`national.x`) says it is imported.
    #[serde(skip)]
    pub origin: Option<Box<Origin>>,
}

/// `query off_track "indicators where status = regressing"`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct NamedQuery {
    pub id: String,
    /// The query text, escapes resolved.
    pub text: String,
    #[serde(skip)]
    pub span: Span,
    /// The quoted text in the plan, quotes included.
    #[serde(skip)]
    pub text_span: Span,
}

/// `formula deaths_under_1 / live_births * 1000`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Formula {
    pub numerator: Ident,
    pub denominator: Ident,
    pub factor: f64,
}

/// How the values of an area's children make the area's value: `"none"`, `"sum"`, `"mean"`
/// or `{ "weighted": "live_births" }` in JSON.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    /// Only a value reported for the area itself counts (the default for rates without a
    /// formula: averaging rates would be wrong).
    #[default]
    None,
    /// Children's values add up (counts).
    Sum,
    /// The plain mean of the children's values.
    Mean,
    /// The mean weighted by a data element (e.g. a rate weighted by each district's births).
    Weighted(Ident),
}
