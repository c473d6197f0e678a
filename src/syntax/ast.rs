//! The syntax tree: what the file says, in the order it says it, every node with its span.
//!
//! Fields that may appear in any order are kept as lists (`Vec<...Field>`) rather than folded
//! into structs, so a formatter can print the file back as written and the resolver can tell
//! a repeated field from a missing one.

use crate::source::Span;

/// A whole plan file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct File {
    pub items: Vec<Item>,
    /// Every comment, in source order (the formatter re-attaches them by span).
    pub comments: Vec<Comment>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

/// A name written in the file: an id being declared or a reference to one.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// NFC-normalised.
    pub name: String,
    pub span: Span,
}

/// A name is its text in JSON (`plan show --format json`); where it is written is left out,
/// as it is from equality.
impl serde::Serialize for Ident {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

/// A quoted text, escapes resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Year {
    pub value: i32,
    pub span: Span,
}

/// A calendar date; `None` when the text named a day that does not exist (already reported).
#[derive(Clone, Debug, PartialEq)]
pub struct DateLit {
    pub date: Option<crate::date::Date>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Plan(PlanBlock),
    Agency(AgencyDecl),
    Unit(UnitDecl),
    Dimension(DimensionDecl),
    Objective(ObjectiveDecl),
    Indicator(IndicatorDecl),
    Report(ReportDecl),
    Review(ReviewDecl),
    Area(AreaDecl),
    Element(ElementDecl),
    Import(ImportDecl),
    Waive(WaiveDecl),
    Query(QueryDecl),
    Amendment(AmendmentBlock),
    Change(ChangeDecl),
    ChangeReport(ChangeReportDecl),
    Transfer(TransferDecl),
    Project(ProjectDecl),
    Task(TaskDecl),
}

/// `amendment "15/QĐ-UBND" { amends son_la ... effective 2025-03-01 }`: the header of a file
/// that amends a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct AmendmentBlock {
    pub keyword: Span,
    /// The amending document's number.
    pub document: Text,
    pub fields: Vec<AmendmentField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AmendmentField {
    pub kind: AmendmentFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AmendmentFieldKind {
    /// The import naming the plan amended.
    Amends(Ident),
    Effective {
        date: DateLit,
        reference: Option<Text>,
    },
    /// `issuer`, `signed`, `source`, `note`, as in a plan header.
    Header(PlanFieldKind),
}

/// `change son_la.14 { lead son_la.yte  target 2030 >= 90 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeDecl {
    pub measure: Ident,
    pub fields: Vec<MeasureField>,
    pub span: Span,
}

/// `change report son_la.baocao_nam { due before 10/12 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeReportDecl {
    pub report: Ident,
    pub fields: Vec<ReportField>,
    pub span: Span,
}

/// `transfer son_la.ldtbxh to son_la.yte ref "Điều 1"`.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferDecl {
    pub from: Ident,
    pub to: Ident,
    pub reference: Option<Text>,
    pub span: Span,
}

/// `query off_track "indicators where status = regressing"`: a named query of the query
/// language, kept with the plan so anyone who opens it can run it by name.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryDecl {
    pub id: Ident,
    pub text: Text,
    pub span: Span,
}

/// `project da8 "Dự án 8: ..." { lead tuphap covers 8 ... }`: a project (dự án, đề án, tiểu dự
/// án) agencies are assigned to, and the indicators it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<DutyField>,
    pub span: Span,
}

/// `task chu_quan "..." { lead congan support taichinh due in month 11/2025 }`: a duty the
/// document assigns to agencies outside any indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<DutyField>,
    pub span: Span,
}

/// A field of a project or a task.
#[derive(Clone, Debug, PartialEq)]
pub struct DutyField {
    pub kind: DutyFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DutyFieldKind {
    Lead(Owners),
    /// `lead ? because "..."`.
    LeadUnknown(Option<Text>),
    Support(Owners),
    /// `covers 8, 7b ref "..."` (projects only): indicators, parts or tasks.
    Covers(Covers),
    /// `in da7` (projects only): the project this one is part of.
    Parent(Ident),
    Due(Due),
    Source(Text),
    Note(Text),
}

impl DutyFieldKind {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            DutyFieldKind::Lead(_) | DutyFieldKind::LeadUnknown(_) => "lead",
            DutyFieldKind::Support(_) => "support",
            DutyFieldKind::Covers(_) => "covers",
            DutyFieldKind::Parent(_) => "in",
            DutyFieldKind::Due(_) => "due",
            DutyFieldKind::Source(_) => "source",
            DutyFieldKind::Note(_) => "note",
        }
    }
}

/// `covers 8, 7b ref "tên dự án"`: what a project covers, and where the document says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Covers {
    /// Indicators (standing for all their parts), parts or tasks.
    pub ids: Vec<Ident>,
    pub reference: Option<Text>,
}

/// A `due` field: a day and month (`due before 05/12`), or a month (`due in month 6`, once:
/// `due in month 11/2025`).
#[derive(Clone, Debug, PartialEq)]
pub enum Due {
    Day {
        before: bool,
        day_month: Option<crate::date::DayMonth>,
    },
    Month {
        before: bool,
        /// `None` when the month written does not exist (already reported).
        month: Option<crate::date::DueMonth>,
    },
}

/// `import "national/children-2021-2030.plan" as national`: the path is relative to the
/// importing file; what the file declares is named `national.ID` here.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    pub path: Text,
    pub alias: Ident,
    pub span: Span,
}

/// `waive national.15 because "..."`: a parent indicator this plan does not take up.
#[derive(Clone, Debug, PartialEq)]
pub struct WaiveDecl {
    pub parent: Ident,
    pub reason: Text,
    pub source: Option<Text>,
    pub span: Span,
}

/// `adopts national.3a` or `adapts national.3a because "..."`, inside an indicator or part.
#[derive(Clone, Debug, PartialEq)]
pub struct Mapping {
    pub parent: Ident,
    /// The reason given by `adapts` (`None` for `adopts`).
    pub adapted_because: Option<Text>,
    pub reference: Option<Text>,
}

/// `area moc_chau "Huyện Mộc Châu" in son_la kind district`.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaDecl {
    pub id: Ident,
    pub name: Text,
    pub parents: Vec<Ident>,
    pub kinds: Vec<Ident>,
    pub span: Span,
}

/// `element live_births "Số trẻ đẻ sống"`.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementDecl {
    pub id: Ident,
    pub title: Text,
    pub source: Option<Text>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanBlock {
    pub keyword: Span,
    pub title: Text,
    pub fields: Vec<PlanField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanField {
    pub kind: PlanFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanFieldKind {
    Document(Text),
    Issuer(Ident),
    Signed {
        date: DateLit,
        reference: Option<Text>,
    },
    Period {
        start: Year,
        end: Year,
    },
    Area(Text),
    /// A document named in words, or an imported plan (`implements national`).
    Implements(Implements),
    Basis(Text),
    Source(Text),
    Note(Text),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Implements {
    Document(Text),
    Plan(Ident),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AgencyDecl {
    pub id: Ident,
    pub name: Text,
    pub short: Option<Text>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnitDecl {
    pub id: Ident,
    pub symbol: Text,
    pub ranges: Vec<UnitRange>,
    pub pers: Vec<UnitPer>,
    pub span: Span,
}

/// `range 0..100`, either end open.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRange {
    pub min: Option<Number>,
    pub max: Option<Number>,
    pub span: Span,
}

/// `per 1000 of "trẻ em"`.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitPer {
    pub factor: Number,
    pub of: Option<Text>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionDecl {
    pub id: Ident,
    pub title: Text,
    pub values: Vec<(Ident, Text)>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveDecl {
    pub id: Ident,
    pub title: Text,
    pub source: Option<Text>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<IndicatorField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorField {
    Objective(Ident),
    Part(PartDecl),
    Measure(MeasureField),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<MeasureField>,
    pub span: Span,
}

/// A field that an indicator or one of its parts may carry.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureField {
    pub kind: MeasureFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MeasureFieldKind {
    Unit(UnitRef),
    Direction(DirectionLit),
    Baseline {
        year: Year,
        value: Number,
        reference: Option<Text>,
    },
    /// Boxed: a target is the largest field, and most fields are not targets.
    Target(Box<TargetSpec>),
    Lead(Owners),
    Support(Owners),
    Source(Text),
    Note(Text),
    /// `formula numerator / denominator * factor`.
    Formula {
        numerator: Ident,
        denominator: Ident,
        factor: Option<Number>,
    },
    Aggregate(AggregateLit),
    /// Boxed: most measures of a large plan have none.
    Maps(Box<Mapping>),
    /// `lead ? because "..."`: no lead named yet, and why.
    LeadUnknown(Option<Text>),
}

/// `aggregate sum`, `aggregate weighted by live_births`.
#[derive(Clone, Debug, PartialEq)]
pub enum AggregateLit {
    None,
    Sum,
    Mean,
    Weighted(Ident),
}

impl MeasureFieldKind {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            MeasureFieldKind::Unit(_) => "unit",
            MeasureFieldKind::Direction(_) => "direction",
            MeasureFieldKind::Baseline { .. } => "baseline",
            MeasureFieldKind::Target(_) => "target",
            MeasureFieldKind::Lead(_) => "lead",
            MeasureFieldKind::Support(_) => "support",
            MeasureFieldKind::Source(_) => "source",
            MeasureFieldKind::Note(_) => "note",
            MeasureFieldKind::Formula { .. } => "formula",
            MeasureFieldKind::Aggregate(_) => "aggregate",
            MeasureFieldKind::Maps(m) if m.adapted_because.is_some() => "adapts",
            MeasureFieldKind::Maps(_) => "adopts",
            MeasureFieldKind::LeadUnknown(_) => "lead",
        }
    }
}

/// `unit per_mille of "trẻ đẻ sống"`; `%` and `‰` are kept as written.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRef {
    pub name: Ident,
    pub of: Option<Text>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Increase,
    Decrease,
    Maintain,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::Maintain => "maintain",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DirectionLit {
    pub value: Direction,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Owners {
    pub agencies: Vec<Ident>,
    pub reference: Option<Text>,
}

/// The comparison a target asks for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Comparator {
    AtLeast,
    AtMost,
    Below,
    Above,
    Equal,
    About,
}

/// Written as in the plan (`>=`), in the JSON of `plan show` and `plan eval`.
impl serde::Serialize for Comparator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Comparator {
    /// The comparison turned round, for a reduction written as a positive amount ("reduce by
    /// more than 3" is a change below -3).
    pub fn mirrored(self) -> Comparator {
        match self {
            Comparator::AtLeast => Comparator::AtMost,
            Comparator::AtMost => Comparator::AtLeast,
            Comparator::Below => Comparator::Above,
            Comparator::Above => Comparator::Below,
            Comparator::Equal | Comparator::About => self,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::Below => "<",
            Comparator::Above => ">",
            Comparator::Equal => "=",
            Comparator::About => "~",
        }
    }

    /// The comparison in words, for messages.
    pub fn meaning(self) -> &'static str {
        match self {
            Comparator::AtLeast => "at least",
            Comparator::AtMost => "at most",
            Comparator::Below => "below",
            Comparator::Above => "above",
            Comparator::Equal => "equal to",
            Comparator::About => "about",
        }
    }

    /// The direction a comparator asks a value to move in, if any.
    pub fn leaning(self) -> Option<Direction> {
        match self {
            Comparator::AtLeast | Comparator::Above => Some(Direction::Increase),
            Comparator::AtMost | Comparator::Below => Some(Direction::Decrease),
            Comparator::Equal | Comparator::About => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComparatorLit {
    pub value: Comparator,
    pub span: Span,
}

/// `9.5`, or a range `2 to 3`.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueRange {
    pub min: Number,
    pub max: Option<Number>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetSpec {
    pub kind: TargetKind,
    pub strive: bool,
    /// Boxed: most targets have none, and a plan keeps every target.
    pub split: Option<Box<Split>>,
    pub reference: Option<Text>,
}

/// `where area_kind = urban`.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub dimension: Ident,
    pub value: Ident,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TargetKind {
    /// `target 2025 >= 65`; no year: holds for the whole period.
    Level {
        year: Option<Year>,
        op: ComparatorLit,
        value: ValueRange,
    },
    /// `target maintain >= 95 from 2025 until 2030`.
    Maintain {
        op: ComparatorLit,
        value: ValueRange,
        from: Year,
        until: Year,
    },
    /// `target reduce by 0.5 points per year until 2030`; `increase by > 3 percent per year`.
    Rate {
        change: RateChange,
        /// How the yearly change compares with the value (`None`: at least that much).
        op: Option<ComparatorLit>,
        value: ValueRange,
        unit: RateUnit,
        from: Option<Year>,
        until: Option<Year>,
    },
    /// `target reduce every year until 2030`: a change the right way each year, of any size.
    EveryYear {
        change: RateChange,
        from: Option<Year>,
        until: Option<Year>,
    },
    /// `target reduce by 50 percent`: a change over the span (the whole period unless `from`
    /// or `until` say otherwise), from the value at its start.
    Change {
        change: RateChange,
        op: Option<ComparatorLit>,
        value: ValueRange,
        unit: RateUnit,
        from: Option<Year>,
        until: Option<Year>,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RateChange {
    Increase,
    Reduce,
}

/// Whether a per-year rate is in the unit's own points or a percentage of last year's value.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RateUnit {
    Points,
    Percent,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<ReportField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportField {
    pub kind: ReportFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReportFieldKind {
    Period(PeriodKind),
    /// `due before 05/12`, `due in month 6`, `due in month 11/2025`: the same `due` as a
    /// project's or a task's.
    Due(Due),
    Party(PartyField),
}

/// The fields reports and reviews share: who takes part, and what the document says of it.
#[derive(Clone, Debug, PartialEq)]
pub enum PartyField {
    From(Vec<Ident>),
    To(Ident),
    Source(Text),
    Note(Text),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum PeriodKind {
    #[serde(rename = "half-year")]
    HalfYear,
    #[serde(rename = "year")]
    Year,
    #[serde(rename = "quarter")]
    Quarter,
    #[serde(rename = "month")]
    Month,
    #[serde(rename = "adhoc")]
    Adhoc,
}

impl PeriodKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::HalfYear => "half-year",
            PeriodKind::Year => "year",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Month => "month",
            PeriodKind::Adhoc => "adhoc",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewDecl {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<ReviewField>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewField {
    pub kind: ReviewFieldKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReviewFieldKind {
    Year(Year),
    Party(PartyField),
}
