//! The resolved model: what a plan says, typed, in written order, every element with its span.
//!
//! Built from the syntax tree by [`crate::resolve`]; checked by [`crate::check`]. References
//! keep the [`Ident`] they were written with, so a check can point at the exact place.

mod amendment;
mod derived;
mod ids;
mod qualified;
mod shared_lists;
mod tables;
mod target;
mod units;

pub use amendment::{Amendment, Change};
pub use derived::{adds_up, rounding_allowance, Counted, Operand, Total};
pub(crate) use ids::Index;
pub use ids::{Id, Imported, Ref, Through};
pub use qualified::Qualified;
pub(crate) use shared_lists::{owner_list, SharedRewrites};
pub use tables::Keyed;
pub use target::{KindName, Target, TargetKind, Tolerance};

pub use crate::syntax::ast::{
    Comparator, Direction, Due, Ident, Milestone, PeriodKind, RateUnit, Year,
};
pub use units::{builtin_unit, BUILTIN_UNITS};

use crate::date::{Date, DayMonth, DueMonth};
use crate::source::{Source, Span};
use indexmap::IndexMap;
use std::sync::Arc;

/// One plan file resolved: its header, and each kind of declaration in a table by id, in written
/// order, with the files it imports. Partial when the text had syntax errors.
#[derive(Clone, Debug)]
pub struct Model {
    /// The file it was read from, name and text: every span in the model points into it (a
    /// declaration brought in through an import also says where it was written, in its [`Origin`]).
    pub source: Source,
    /// The `plan` header; left empty in a file of shared declarations or an amendment.
    pub plan: PlanInfo,
    /// Agencies by id (`yte`): those declared here, and the imported ones this file names, under
    /// the name it uses (`national.bo_yte`, see `imports`).
    pub agencies: IndexMap<String, Agency>,
    /// Declared units (built-in ones are found with [`builtin_unit`]).
    pub units: IndexMap<String, Unit>,
    /// Dimensions a target or a value may be split by (`where khu_vuc = thanh_thi`), by id;
    /// imported ones as for `agencies`.
    pub dimensions: IndexMap<String, Dimension>,
    /// The plan's objectives by id, for its indicators to name (`objective a`).
    pub objectives: IndexMap<String, Objective>,
    /// Indicators as the document numbers them ("16"), in written order.
    pub indicators: IndexMap<String, Indicator>,
    /// What is measured: an indicator without parts, or each part ("16a", "16b").
    pub measures: IndexMap<String, Measure>,
    /// The reports the plan asks of agencies (`report baocao_nam ...`), by id.
    pub reports: IndexMap<String, Report>,
    /// The plan's reviews (`review soket "Sơ kết" { year 2025 ... }`), by id.
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

    /// Every agency the plan names where it gives work, in this order: its issuer, the owners
    /// of its measures, who sends and receives its reports and reviews, and the owners of its
    /// projects and tasks.
    pub fn named_agencies(&self) -> impl Iterator<Item = &Ref<Agency>> {
        let owners = self
            .measures
            .values()
            .flat_map(|m| m.lead.iter().chain(m.support.iter()));
        let duties = self.projects.values().map(|p| &p.duty);
        let duty_owners = duties
            .chain(self.tasks.values().map(|t| &t.duty))
            .flat_map(|d| d.lead.iter().chain(&d.support));
        let parties = self.reports.values().map(|r| &r.party);
        let parties = parties.chain(self.reviews.values().map(|r| &r.party));
        self.plan
            .issuer
            .iter()
            .chain(owners.map(|o| &o.agency))
            .chain(parties.flat_map(Party::agencies))
            .chain(duty_owners.map(|o| &o.agency))
    }

    /// The declaration an id of this model names (`None` for an id of another model).
    pub fn at<T: Keyed>(&self, id: Id<T>) -> Option<&T> {
        T::table(self).get_index(id.index()).map(|(_, entry)| entry)
    }

    /// The declaration a linked reference names (`None` when it names nothing: reported).
    pub fn get<T: Keyed>(&self, reference: &Ref<T>) -> Option<&T> {
        self.at(reference.id?)
    }

    /// The name and the entry an id of a file this model imports names in that file
    /// (`None` for an id of another model).
    pub fn imported<T: Keyed>(&self, at: Imported<T>) -> Option<(&str, &T)> {
        let import = self.at(at.file)?;
        let (name, entry) = T::table(&import.model).get_index(at.id.index())?;
        Some((name.as_str(), entry))
    }

    /// The agencies of this plan: those it declares, and the imported ones it names (see
    /// [`Model::named_agencies`]). An imported file's other agencies are that file's.
    pub fn own_agencies(&self) -> impl Iterator<Item = &Agency> {
        let named: rustc_hash::FxHashSet<&str> =
            self.named_agencies().map(|i| i.name.as_str()).collect();
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

    /// The unit a chain of scales ends at and how many of it one `unit` is: (`dong`, 10⁹)
    /// for `ty_dong = 1000 trieu_dong`, `trieu_dong = 1000000 dong`; the unit itself and 1
    /// for one without a scale. `None` when a scale names no unit, or the chain goes round.
    pub fn unit_root(&self, unit: &Unit) -> Option<(String, f64)> {
        let (mut id, mut factor) = (unit.id.clone(), 1.0);
        let mut scale = unit.scale.clone();
        // A chain longer than the units declared goes round.
        for _ in 0..=self.units.len() {
            let Some(s) = scale else {
                return Some((id, factor));
            };
            let next = self.unit(&s.of)?;
            factor *= s.factor;
            (id, scale) = (next.id.clone(), next.scale.clone());
        }
        None
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
        indicator.measures.iter().filter_map(|&id| self.at(id))
    }

    /// The objective `id` and those it is nested in, innermost first (`a`, then `chung`);
    /// empty for an id that names none. A cycle (reported) is walked once round.
    pub fn objective_path(&self, id: Id<Objective>) -> Vec<Id<Objective>> {
        let mut path: Vec<Id<Objective>> = Vec::new();
        let mut at = Some(id);
        while let Some(here) = at.filter(|i| !path.contains(i)) {
            let Some(o) = self.at(here) else { break };
            path.push(here);
            at = o.parent.as_ref().and_then(|p| p.id);
        }
        path
    }

    /// Whether objective `inner` is `outer` or nested in it, at any depth.
    pub fn objective_within(&self, inner: Id<Objective>, outer: Id<Objective>) -> bool {
        self.objective_path(inner).contains(&outer)
    }

    /// The ids of an indicator's measures ("16a", "16b"; its own number when it has no
    /// parts), for messages and outputs that name them.
    pub fn measure_ids(&self, indicator: &Indicator) -> Vec<String> {
        self.measures_of(indicator).map(|m| m.id.clone()).collect()
    }
}

/// The plan header.
#[derive(Clone, Debug, Default)]
pub struct PlanInfo {
    /// The quoted title after `plan`; empty when the file has no header.
    pub title: String,
    /// The document's number (`document "196/QĐ-UBND"`), by which messages, amendments and other
    /// plans cite it.
    pub document: Option<String>,
    /// The agency that issued the document (`issuer ubnd_tinh`), as written.
    pub issuer: Option<Ref<Agency>>,
    /// Every signing date the document gives, in written order (they may disagree).
    pub signed: Vec<SignedDate>,
    /// The first and last years the plan runs (`period 2021..2030`); `None` when not given, or
    /// reversed (reported, and kept out so that no target is also reported as outside it).
    pub period: Option<(i32, i32)>,
    /// `horizon 2045`: the year the plan's vision reaches, after its period ("tầm nhìn đến
    /// năm 2045"), with where it is written. Targets after the period up to it are accepted
    /// and judged when their year comes (see [`PlanInfo::vision`]).
    pub horizon: Option<Year>,
    /// The area the plan is for, in words (`area "Tỉnh Sơn La"`).
    pub area: Option<String>,
    /// The document it implements, in words (`implements "23/QĐ-TTg"`).
    pub implements: Option<String>,
    /// The imported plan it implements (`implements national`), whose indicators its own map to.
    pub parent: Option<Ref<Import>>,
    /// The legal bases it cites, one per `basis` line (`basis "Luật Trẻ em năm 2016"`).
    pub bases: Vec<String>,
    /// Where the document states the header (`source "Quyết định và Kế hoạch kèm theo"`).
    pub source: Option<String>,
    /// Free remarks, one per `note` line, in written order.
    pub notes: Vec<String>,
    /// The amendments applied to this view of the plan, in the order they applied.
    pub amended_by: Vec<AmendedBy>,
    /// The whole header, `plan` to its closing brace; empty when the file has none (see
    /// [`Model::is_declarations_only`]).
    pub span: Span,
}

impl PlanInfo {
    /// The years of the plan's vision: from the year after its period to its horizon;
    /// `None` without a period, without a horizon, or with one not after the period
    /// (reported).
    pub fn vision(&self) -> Option<(i32, i32)> {
        let (_, end) = self.period?;
        let horizon = self.horizon?.value;
        (horizon > end).then_some((end + 1, horizon))
    }

    /// The plan's mid-term year (see [`midterm_year`]), when it gives a period.
    pub fn midterm(&self) -> Option<i32> {
        self.period.map(|(start, end)| midterm_year(start, end))
    }
}

/// An amendment applied to a view of the plan (`amend::as_of`).
#[derive(Clone, Debug, PartialEq)]
pub struct AmendedBy {
    /// The amending document's number.
    pub document: String,
    /// From when its changes hold.
    pub effective: Option<Date>,
}

/// A `signed 2021-04-28 ref "Quyết định"` line of the header: a day the document was signed.
#[derive(Clone, Debug)]
pub struct SignedDate {
    /// The day signed (a line naming a day that does not exist is reported and not kept).
    pub date: Date,
    /// Where the document gives that day (`ref "Quyết định"`): a document that gives two days is
    /// cited for each.
    pub reference: Option<String>,
    /// The date as written, where a message about it points (two days that disagree).
    pub span: Span,
}

/// `agency ldtbxh "Sở Lao động - Thương binh và Xã hội" short "Sở LĐ-TB&XH"`: an agency the plan
/// gives work to.
#[derive(Clone, Debug)]
pub struct Agency {
    /// The id it is named by here: as declared (`yte`), or through the import that brings it in
    /// (`national.bo_yte`).
    pub id: String,
    /// Its full name, as the document writes it.
    pub name: String,
    /// Its short name (`short "Sở LĐ-TB&XH"`), when the plan gives one.
    pub short: Option<String>,
    /// Whether the plan assigns it work (giao: an agency of the plan's own government) or
    /// requests it (đề nghị, `requested`: the Fatherland Front, associations, courts,
    /// central bodies).
    pub role: AgencyRole,
    /// Here: the id as declared, or the import line that brings it in.
    pub span: Span,
    /// Where an agency brought in through an import was declared; `None` for this file's own.
    pub origin: Option<Box<Origin>>,
}

/// How a plan gives an agency its work: it assigns the agencies of its own government
/// ("Giao Sở Y tế chủ trì ...") and requests the bodies outside it ("Đề nghị Ủy ban Mặt
/// trận Tổ quốc Việt Nam tỉnh ...").
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum AgencyRole {
    /// Giao: an agency the plan's issuer directs (a department, a district's people's
    /// committee).
    #[default]
    Assigned,
    /// Đề nghị: a body the plan can only ask (`agency ... requested`).
    Requested,
}

impl AgencyRole {
    /// `assigned` or `requested`, as the JSON and the query language write it.
    pub fn as_str(self) -> &'static str {
        match self {
            AgencyRole::Assigned => "assigned",
            AgencyRole::Requested => "requested",
        }
    }
}

/// Where a declaration brought in through an import was written: its file and the place in
/// it, for an editor to go to (messages about this file point at the import line).
#[derive(Clone, Debug)]
pub struct Origin {
    /// The file that declares it, name and text.
    pub source: Source,
    /// The declared id in that file.
    pub span: Span,
}

/// A place takes no part in equality, as a [`Span`] does not: two declarations that say the
/// same thing are equal wherever they were written.
impl PartialEq for Origin {
    fn eq(&self, _: &Origin) -> bool {
        true
    }
}

/// A unit of measure and the values it admits.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unit {
    /// Its id: declared (`diem`), built in (`percent`), or through the import that brings it in
    /// (`national.diem`).
    pub id: String,
    /// What a value in it is written with (`%`, `điểm`); empty for a count.
    pub symbol: String,
    /// Per how many of the population (1000 for ‰).
    pub per: Option<f64>,
    /// The population a rate is counted over ("trẻ đẻ sống").
    pub of: Option<String>,
    /// The lowest value it admits (`range 0..`); `None` when nothing bounds it below.
    pub min: Option<f64>,
    /// The highest value it admits (`range 0..10`); `None` when nothing bounds it above (a count,
    /// `range 0..`).
    pub max: Option<f64>,
    /// `growth`: its values are themselves rates of change (GRDP growth in %), whose trend
    /// is judged on a straight line ([`crate::eval::method::Method::Linear`]).
    pub growth: bool,
    /// `= 1000 trieu_dong`: a multiple of another unit, so data given in either are
    /// converted to the indicator's (see [`Model::unit_root`]).
    pub scale: Option<Scale>,
    /// The declared id, or the import line that brings it in; empty for a built-in unit,
    /// which no file declares.
    #[serde(skip)]
    pub span: Span,
    /// Where a unit brought in through an import was declared (see [`Origin`]): a place
    /// for an editor, like a span; its id (`national.x`) says it is imported.
    #[serde(skip)]
    pub origin: Option<Box<Origin>>,
}

/// How many of another unit one unit is (`unit ty_dong "tỷ đồng" = 1000 trieu_dong`).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Scale {
    /// How many (`1000`).
    pub factor: f64,
    /// Of which unit, as written (`trieu_dong`).
    pub of: String,
    /// Where that unit is named, for a message when it names none.
    #[serde(skip)]
    pub span: Span,
    /// The declared unit it names, in the table of the file that writes it; `None` for a
    /// built-in unit, or a name that names none (reported).
    #[serde(skip)]
    pub unit: Option<Id<Unit>>,
}

/// Two scales are equal when they say the same: the position of the unit named takes no
/// part, as a reference's does not.
impl PartialEq for Scale {
    fn eq(&self, other: &Scale) -> bool {
        self.factor == other.factor && self.of == other.of
    }
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
    /// Its id (`khu_vuc`), as a target's `where` names it; imported ones as for agencies.
    pub id: String,
    /// Its title, as the document writes it (`"Khu vực"`).
    pub title: String,
    /// Its values, id to title (`thanh_thi` to `"Thành thị"`), in written order; a value declared
    /// twice is reported and the first kept.
    pub values: IndexMap<String, String>,
    /// Where each of `values` is declared, in their order: in this file, or for an imported
    /// dimension in the file its `origin` names.
    #[serde(skip)]
    pub value_spans: Vec<Span>,
    /// The declared id, or the import line that brings it in.
    #[serde(skip)]
    pub span: Span,
    /// Where a dimension brought in through an import was declared (see [`Origin`]): a
    /// place for an editor, like a span; its id (`national.x`) says it is imported.
    #[serde(skip)]
    pub origin: Option<Box<Origin>>,
}

/// `objective a "Mục tiêu 1: Về phát triển toàn diện trẻ em" source "II.1.a"`: an objective the
/// plan's indicators serve.
#[derive(Clone, Debug)]
pub struct Objective {
    /// The id an indicator's `objective` names it by.
    pub id: String,
    /// Its title, as the document writes it.
    pub title: String,
    /// `in chung`: the objective it is nested under (a specific objective under the general
    /// one); `None` for one at the top.
    pub parent: Option<Ref<Objective>>,
    /// Where the document states it (`source "II.1.a"`).
    pub source: Option<String>,
    /// The declared id.
    pub span: Span,
}

/// An indicator as the document numbers it.
#[derive(Clone, Debug)]
pub struct Indicator {
    /// The document's number for it (`16`), which is its id.
    pub number: String,
    /// Its title, as the document writes it.
    pub title: String,
    /// The objective it serves (`objective b`), as written; its parts serve it too.
    pub objective: Option<Ref<Objective>>,
    /// Where the document states it (`source "II.1.b, Chỉ tiêu 16"`).
    pub source: Option<String>,
    /// The `note` lines of the indicator itself (those of its parts are the parts').
    pub notes: Vec<String>,
    /// Its measures: itself (its own number), or its parts ("16a", "16b").
    pub measures: Vec<Id<Measure>>,
    /// Whether it has parts: its baselines and targets are then the parts'.
    pub is_composite: bool,
    /// The whole declaration, `indicator` to its closing brace.
    pub span: Span,
    /// Its number as written, where messages about the indicator point.
    pub id_span: Span,
}

/// Something measured against targets: a simple indicator or one part of a composite.
#[derive(Clone, Debug)]
pub struct Measure {
    /// "3" or "16a".
    pub id: String,
    /// The composite indicator of a part (its number is the part's `number`), else `None`.
    pub parent: Option<Id<Indicator>>,
    /// The document's number ("16" for both parts of 16).
    pub number: String,
    /// A part's own title, else the indicator's.
    pub title: String,
    /// The objective it serves: its indicator's `objective`.
    pub objective: Option<Ref<Objective>>,
    /// The unit as written and what it resolved to (`None` if unknown, already reported).
    pub unit: Option<UnitUse>,
    /// Which way the value should go (`direction decrease`): a part's own, else its indicator's;
    /// `None` when neither says (reported).
    pub direction: Option<Direction>,
    /// `flow`: a quantity per period rather than a level (a part's own, else its
    /// indicator's); `None` for a level, as most indicators are.
    pub flow: Option<Flow>,
    /// Boxed, like the formula: most measures of a large plan have neither, and the model
    /// keeps one of these for every measure.
    pub baseline: Option<Box<Baseline>>,
    /// Its targets in written order, normalised (see [`Target`]).
    pub targets: Vec<Target>,
    /// The agencies in charge (chủ trì, `lead yte ref "V.5"`): a part's own, else its
    /// indicator's (the same [`Arc`], not a copy, so a problem with that list is one problem,
    /// found once), else the lead of a project that covers it.
    pub lead: Arc<[Owner]>,
    /// The agencies that support (phối hợp, `support ldtbxh`): a part's own, else its
    /// indicator's (shared the same way), and those of every project that covers it.
    pub support: Arc<[Owner]>,
    /// Where the document states it: a part's own `source`, else the indicator's.
    pub source: Option<String>,
    /// Its own `note` lines: a part's, or those of an indicator without parts.
    pub notes: Vec<String>,
    /// numerator / denominator × factor, over data elements or other measures.
    pub formula: Option<Box<Formula>>,
    /// `total of 12a, 12b`: the sum of other measures (boxed, as the formula: few have one).
    pub total: Option<Box<Total>>,
    /// `scope ...`: the areas, or the group of a dimension, the measure is set for (a
    /// part's own, else its indicator's); `None` for all of the plan's (boxed: few have one).
    pub scope: Option<Box<Scope>>,
    /// How district values add up to their province.
    pub aggregate: Aggregate,
    /// `lead ?`: no lead named yet, with the reason given (see [`LeadToFill`]); shared with
    /// the composite (or the covering project) that says it.
    pub lead_to_fill: Option<Arc<LeadToFill>>,
    /// The parent plan's measure this one takes up (`adopts national.3a`).
    pub maps: Option<Box<ParentLink>>,
    /// The whole declaration: the `part` block of a part, else the `indicator` block.
    pub span: Span,
    /// The span of the id (the part letter for a part).
    pub id_span: Span,
}

/// `scope ...`: where a measure is set, when not over the whole of the plan's area.
#[derive(Clone, Debug, PartialEq)]
pub enum Scope {
    /// `scope ha_noi, tp_hcm` ("Hà Nội và TP. Hồ Chí Minh: ..."): these areas only, judged on
    /// their total (the measure's `aggregate` or formula says how it adds up).
    Areas(Vec<Ref<Area>>),
    /// `scope where khu_vuc = khu_cong_nghiep` ("tại địa bàn có khu công nghiệp"): the values
    /// of that group only; no other value of the dimension is owed.
    Value(Ref<Dimension>, Ident),
}

/// A quantity counted per period (revenue, spending, exports, new firms, cases), as opposed
/// to a level (a rate, a share, a stock): a yearly target asks for that year's total.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// `flow`: a value for a half-year, quarter or month is the amount of that period; a
    /// year's total is their sum.
    PerPeriod,
    /// `flow cumulative`: a value for a half-year, quarter or month is the total from the
    /// start of its year ("lũy kế"); the year's last one is the year's total.
    Cumulative,
}

/// A measure's `unit` line (`unit per_mille of "trẻ đẻ sống"`): the name written and the unit it
/// names.
#[derive(Clone, Debug)]
pub struct UnitUse {
    /// The unit's name as written (`per_mille`, `%`, `national.diem`), with its place.
    pub written: Ident,
    /// Shared by every measure that writes the same unit (with the same `of`).
    pub unit: Option<Arc<Unit>>,
}

/// `baseline 2020 = 12.1 ref "Niên giám"`: the value a measure starts from; `baseline 2024`:
/// the level of that year, its value taken from the data.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Baseline {
    /// The year the value was measured.
    pub year: i32,
    /// The value that year, in the measure's unit; `None` (`null` in JSON) when the plan
    /// names the year only (`baseline 2024`) and the data give the value.
    pub value: Option<f64>,
    /// Where the value comes from (`ref "Niên giám"`); `ref` in JSON.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// The whole `baseline` field.
    #[serde(skip)]
    pub span: Span,
    /// The year as written.
    #[serde(skip)]
    pub year_span: Span,
    /// The value as written (the year's, when there is none).
    #[serde(skip)]
    pub value_span: Span,
}

/// An agency given a role (a lead or a support), with where the document says so.
#[derive(Clone, Debug)]
pub struct Owner {
    /// The agency's id as written (`yte`, `national.bo_yte`), with its place, and the
    /// agency it names.
    pub agency: Ref<Agency>,
    /// The `ref` of the line that names it (`lead yte ref "V.5"`), when given.
    pub reference: Option<String>,
}

/// `report baocao_nam "Báo cáo năm" { period year due before 05/12 from yte to ldtbxh }`: a report
/// the plan asks of agencies. An amendment's `change report` is held in one too, its fields not
/// given left empty.
#[derive(Clone, Debug)]
pub struct Report {
    /// The id (`baocao_nam`) an amendment's `change report` names it by.
    pub id: String,
    /// Its title, as the document writes it (empty in a `change report`).
    pub title: String,
    /// How often it is due (`period year`: half-year, year, quarter, month or adhoc); `None` when
    /// not given (a report due once needs none).
    pub period: Option<PeriodKind>,
    /// The `due` field as written: by day (`due before 01/06`), or by month (`due in month
    /// 6`, once: `due in month 11/2025`; a report due once needs no `period`). `None` when no
    /// `due` is written (see [`Deadline`]).
    pub due: Option<Due>,
    /// Who submits it (`from yte, gddt`), who receives it (`to ldtbxh`), and where the
    /// document asks for it.
    pub party: Party,
    /// The whole declaration, `report` to its closing brace.
    pub span: Span,
    /// Its id as written, where messages about it point.
    pub id_span: Span,
}

/// What reports and reviews share: who sends it, who receives it, and where the document
/// asks for it.
#[derive(Clone, Debug, Default)]
pub struct Party {
    /// The agencies that send it (`from yte, gddt, ubnd_huyen`), in written order.
    pub from: Vec<Ref<Agency>>,
    /// The agencies that receive it (`to ldtbxh`; `to cong_thuong, ubnd_tinh`: one report
    /// sent to each), in written order; empty when not given (reported).
    pub to: Vec<Ref<Agency>>,
    /// Where the document asks for it (`source "VI"`).
    pub source: Option<String>,
    /// Free remarks, one per `note` line.
    pub notes: Vec<String>,
}

impl Party {
    /// Every agency it names: those that send it, then those that receive it.
    pub fn agencies(&self) -> impl Iterator<Item = &Ref<Agency>> {
        self.from.iter().chain(&self.to)
    }
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

    /// The day of a deadline given with its year (`due 30/06/2026`, a project's or a
    /// task's; `None` also when the day written does not exist).
    fn due_date(&self) -> Option<Date> {
        self.due().and_then(|d| d.date())
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
    /// The id (`da7`) another project's `in` names it by.
    pub id: String,
    /// Its title, as the document writes it (`"Dự án 7: ..."`).
    pub title: String,
    /// The project it is part of (a tiểu dự án in its dự án).
    pub parent: Option<Ref<Project>>,
    /// Who leads and supports it, by when, and where the document says so.
    pub duty: Duty,
    /// What it covers as written: indicators (all their parts), parts, tasks.
    pub covers: Vec<Covered>,
    /// The measures it covers, resolved (an indicator stands for all its parts).
    pub measures: Vec<Id<Measure>>,
    /// The tasks it covers, resolved.
    pub tasks: Vec<Id<Task>>,
    /// The whole declaration, `project` to its closing brace.
    pub span: Span,
    /// Its id as written, where messages about it point.
    pub id_span: Span,
}

/// One id a project's `covers` names, with the `ref` of its line.
#[derive(Clone, Debug)]
pub struct Covered {
    /// The indicator, part or task named, as written (`7a`).
    pub id: Ident,
    /// The `ref` of its `covers` line (`ref "tên tiểu dự án"`), shared by every id on that line.
    pub reference: Option<String>,
    /// What it names, once looked up; `None` when it names nothing (reported).
    pub names: Option<CoveredId>,
}

/// What a project's `covers` names: a part or an indicator without parts, a composite
/// indicator (all its parts), or a task.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CoveredId {
    /// An indicator without parts, or a part (`7a`).
    Measure(Id<Measure>),
    /// A composite indicator, standing for all its parts (`7`).
    Indicator(Id<Indicator>),
    /// A task.
    Task(Id<Task>),
}

/// `task chu_quan "..." { lead congan support taichinh due in month 11/2025 }`.
#[derive(Clone, Debug)]
pub struct Task {
    /// The id (`phan_cap`) a project's `covers` names it by.
    pub id: String,
    /// The duty in the document's words.
    pub title: String,
    /// Who does it, by when, and where the document says so.
    pub duty: Duty,
    /// The whole declaration, `task` to its closing brace.
    pub span: Span,
    /// Its id as written, where messages about it point.
    pub id_span: Span,
}

/// A project or a task, by its place in the model's table: what a completion record is for
/// and what is owed (see `eval::tasks`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DutyId {
    /// A project (dự án, đề án).
    Project(Id<Project>),
    /// A task.
    Task(Id<Task>),
}

/// A project or a task as the readers of duties see it: which, its id and title, and its
/// owners and deadline.
#[derive(Copy, Clone, Debug)]
pub struct DutyOf<'m> {
    /// Which project or task.
    pub which: DutyId,
    /// Its id (`phan_cap`).
    pub id: &'m str,
    /// Its title, in the document's words.
    pub title: &'m str,
    /// Who does it, by when.
    pub duty: &'m Duty,
}

impl DutyId {
    /// `project` or `task`, as outputs name the kind.
    pub fn kind(self) -> &'static str {
        match self {
            DutyId::Project(_) => "project",
            DutyId::Task(_) => "task",
        }
    }
}

impl Model {
    /// Every project, then every task, in written order.
    pub fn duties(&self) -> impl Iterator<Item = DutyOf<'_>> {
        let projects = self.projects.values().enumerate().map(|(i, p)| DutyOf {
            which: DutyId::Project(Id::at(i)),
            id: &p.id,
            title: &p.title,
            duty: &p.duty,
        });
        let tasks = self.tasks.values().enumerate().map(|(i, t)| DutyOf {
            which: DutyId::Task(Id::at(i)),
            id: &t.id,
            title: &t.title,
            duty: &t.duty,
        });
        projects.chain(tasks)
    }

    /// The project or task an id names.
    pub fn duty(&self, which: DutyId) -> Option<DutyOf<'_>> {
        let (id, title, duty) = match which {
            DutyId::Project(p) => self.at(p).map(|p| (&p.id, &p.title, &p.duty))?,
            DutyId::Task(t) => self.at(t).map(|t| (&t.id, &t.title, &t.duty))?,
        };
        Some(DutyOf {
            which,
            id,
            title,
            duty,
        })
    }

    /// The task, else the project, with this id (a completion record names either).
    pub fn duty_named(&self, id: &str) -> Option<DutyOf<'_>> {
        let which = match self.tasks.get_index_of(id) {
            Some(i) => DutyId::Task(Id::at(i)),
            None => DutyId::Project(Id::at(self.projects.get_index_of(id)?)),
        };
        self.duty(which)
    }
}

/// What projects and tasks share: who does it, by when, and where the document says so.
#[derive(Clone, Debug, Default)]
pub struct Duty {
    /// The agencies in charge (`lead congan ref "III.2.3.b"`).
    pub lead: Vec<Owner>,
    /// The agencies that support (`support noivu ref "III.2.2"`).
    pub support: Vec<Owner>,
    /// `lead ? because "..."`, shared with the measures the project covers that name no lead.
    pub lead_to_fill: Option<Arc<LeadToFill>>,
    /// A day and month (`due before 15/12`), a month (`due in month 6`), a month of a year
    /// (`due in month 11/2025`) or a day of a year (`due 30/06/2026`). See [`Deadline`].
    pub due: Option<Due>,
    /// `every year`, `every quarter`...: how often the deadline recurs, `due` being that of
    /// the year's first period (as a report's); `None` when it falls once (see
    /// `eval::tasks`).
    pub every: Option<PeriodKind>,
    /// Where the document assigns it (`source "III.2.3.b; III.2.2"`).
    pub source: Option<String>,
    /// Free remarks, one per `note` line.
    pub notes: Vec<String>,
}

/// `review soket "Sơ kết" { year 2025 from ubnd_huyen to ldtbxh }`: a review of the plan's progress
/// (sơ kết, tổng kết).
#[derive(Clone, Debug)]
pub struct Review {
    /// The id it is declared with (`soket`).
    pub id: String,
    /// Its title, as the document writes it.
    pub title: String,
    /// When it is held (`year 2025`, `at midterm`, `at end`, `every year`), with the place
    /// where that is written; `None` when not given (reported).
    pub when: Option<(Held, Span)>,
    /// Who it comes from (`from ubnd_huyen`), who it goes to (`to ldtbxh`), and where the
    /// document asks for it.
    pub party: Party,
    /// The whole declaration, `review` to its closing brace.
    pub span: Span,
    /// Its id as written, where messages about it point.
    pub id_span: Span,
}

/// When a review is held: in a year the document gives, or at a point of the plan period
/// it names without a year.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Held {
    /// `year 2025`: "sơ kết vào năm 2025".
    Year(i32),
    /// `at midterm`: the mid-term review (sơ kết giữa kỳ), in the plan's mid-term year
    /// ([`midterm_year`]).
    Midterm,
    /// `at end`: the final review (tổng kết), in the period's last year.
    End,
    /// `every year`: a review each year of the period ("hằng năm tổ chức đánh giá").
    EveryYear,
}

impl Held {
    /// How the review's time is written in `plan show` and its JSON: `year`, `midterm`,
    /// `end`, `every_year`.
    pub fn as_str(self) -> &'static str {
        match self {
            Held::Year(_) => "year",
            Held::Midterm => "midterm",
            Held::End => "end",
            Held::EveryYear => "every_year",
        }
    }

    /// The years a review held so falls in, in a plan that runs over `period`: the year
    /// written, whatever the period; none for the others when the plan gives no period.
    pub fn years(self, period: Option<(i32, i32)>) -> Vec<i32> {
        match (self, period) {
            (Held::Year(y), _) => vec![y],
            (Held::Midterm, Some((start, end))) => vec![midterm_year(start, end)],
            (Held::End, Some((_, end))) => vec![end],
            (Held::EveryYear, Some((start, end))) => (start..=end).collect(),
            (_, None) => Vec::new(),
        }
    }
}

/// The mid-term year of a plan that runs from `start` to `end`: the last year of the period's
/// first half, the half rounded down (and at least the first year). So the documents place
/// their sơ kết: in 2025 for 2021–2030 ("sơ kết vào năm 2025", 23/QĐ-TTg) and at the end of
/// 2027 for 2026–2030 ("sơ kết ... vào cuối năm 2027", 2530/QĐ-TTg).
pub fn midterm_year(start: i32, end: i32) -> i32 {
    start + ((end - start + 1) / 2).max(1) - 1
}

impl Review {
    /// The years the review falls in, in `model`'s plan period (see [`Held::years`]).
    pub fn years(&self, plan: &PlanInfo) -> Vec<i32> {
        self.when
            .map_or_else(Vec::new, |(held, _)| held.years(plan.period))
    }
}

/// An imported file: `import "national/children-2021-2030.plan" as national`.
#[derive(Clone, Debug)]
pub struct Import {
    /// The name it is imported as (`national`), which qualifies every name taken from it.
    pub alias: String,
    /// The path as written, relative to the importing file.
    pub path: String,
    /// The imported file's model, shared by every file that imports it (empty when the file
    /// could not be read: names from it are then not reported one by one).
    pub model: Arc<Model>,
    /// Whether the file could be read; when not, that is reported once at the import line, and
    /// names through it are not reported one by one.
    pub readable: bool,
    /// The whole `import` line, where problems with the import point.
    pub span: Span,
    /// The name it is imported as, where it is written (`national` after `as`).
    pub alias_span: Span,
}

/// `adopts national.3a`, or `adapts national.3a because "..."`.
#[derive(Clone, Debug)]
pub struct ParentLink {
    /// The parent measure, named through its import (`national.3a`).
    pub parent: Through<Measure>,
    /// Why the plan departs from the parent (`None`: adopted as it is).
    pub adapted_because: Option<String>,
    /// The `ref` of the line (`adopts national.3a ref "..."`), when given.
    pub reference: Option<String>,
    /// The whole `adopts` or `adapts` field.
    pub span: Span,
}

/// `lead ? because "..."`: the lead is left to fill in (a new plan), or the document does not
/// name one (a text that lost its assignments). A warning until a lead is named.
#[derive(Clone, Debug)]
pub struct LeadToFill {
    /// Why no lead is named (`because "..."`); `None` when the plan does not say.
    pub reason: Option<String>,
    /// The `lead ?` field.
    pub span: Span,
}

/// `waive national.15 because "..."`.
#[derive(Clone, Debug)]
pub struct Waiver {
    /// The parent's indicator or part not taken up, through its import (`national.15`).
    pub parent: Through<Measure>,
    /// Why the plan does not take it up (`because "..."`).
    pub reason: String,
    /// Where the document says so, when the plan gives a `source`.
    pub source: Option<String>,
    /// The whole `waive` line.
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
    /// Its id (`moc_chau`): the `area` of its values in data files; imported ones as for agencies.
    pub id: String,
    /// Its name, as the document writes it (`"Huyện Mộc Châu"`).
    pub name: String,
    /// The area it belongs to (`None` for the top of the hierarchy).
    pub parent: Option<Ref<Area>>,
    /// "province", "district", "city", "commune"... as the plan says.
    pub kind: Option<String>,
    /// The declared id, or the import line that brings it in.
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
    /// The id a formula names it by (`live_births`); imported ones as for agencies.
    pub id: String,
    /// What is counted, in the document's words (`"Số trẻ đẻ sống"`).
    pub title: String,
    /// The declared id, or the import line that brings it in.
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
    /// The name it is run by (`:run off_track` in the REPL).
    pub id: String,
    /// The query text, escapes resolved.
    pub text: String,
    /// The whole `query` line.
    #[serde(skip)]
    pub span: Span,
    /// Its name as written.
    #[serde(skip)]
    pub id_span: Span,
    /// The quoted text in the plan, quotes included.
    #[serde(skip)]
    pub text_span: Span,
}

/// `formula deaths_under_1 / live_births * 1000`, `formula 12a / 12 * 100`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Formula {
    /// What is counted above the line: a data element (`neonatal_deaths`), or an indicator
    /// or part (`12a`).
    pub numerator: Operand,
    /// What is counted below the line (`live_births`, `12`).
    pub denominator: Operand,
    /// What the ratio is multiplied by: the factor written (`* 1000`), else the unit's `per` (100
    /// for a percent), else 1.
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
    Weighted(Ref<Element>),
}
