//! The syntax tree: what the file says, in the order it says it, every node with its span.
//!
//! Fields that may appear in any order are kept as lists (`Vec<...Field>`) rather than folded
//! into structs, so a formatter can print the file back as written and the resolver can tell
//! a repeated field from a missing one.

mod amendments;
mod declarations;
mod duties;
mod fields;
mod indicators;
mod plan;
mod schedule;
mod targets;

pub use amendments::*;
pub use declarations::*;
pub use duties::*;
pub use fields::*;
pub use indicators::*;
pub use plan::*;
pub use schedule::*;
pub use targets::*;

use crate::date::Period;
use crate::source::Span;

/// A whole plan file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct File {
    /// Its top-level items, in written order.
    pub items: Vec<Item>,
    /// Every comment, in source order (the formatter re-attaches them by span).
    pub comments: Vec<Comment>,
}

/// `// a remark` or `/* a block */`: a comment, kept so that the printer writes it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    /// The comment as written, its `//` or `/* */` included.
    pub text: String,
    /// Where it is written: the printer places it by this, before the first item or field that ends
    /// after it starts.
    pub span: Span,
}

/// A name written in the file: an id being declared or a reference to one.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// NFC-normalised.
    pub name: String,
    /// Where it is written, for messages that point at it.
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
    /// The text between the quotes, its escapes (`\"`, `\\`) resolved.
    pub value: String,
    /// The text as written, quotes included.
    pub span: Span,
}

/// A number as written (`9.5`).
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// Its value; a decimal comma (`9,5`) is read as a point, and a number that cannot be used (too
    /// large) is NaN, both reported.
    pub value: f64,
    /// Where it is written.
    pub span: Span,
}

/// A year, four digits (`2025`).
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Year {
    /// The year read (`2025`).
    pub value: i32,
    /// Where it is written.
    pub span: Span,
}

/// The milestone of a level target: a year (`2025`), or a half-year, a quarter or a month of
/// one (`2026-H1`, `2026-Q2`, `2026-06`), as written.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Milestone {
    /// The period the target is set for.
    pub period: Period,
    /// `cumulative` after a period within a year: of a flow, the total from the year's start
    /// to the period's end ("lũy kế"), not the period's own; where the keyword is written.
    pub to_date: Option<Span>,
    /// Where the period is written.
    pub span: Span,
    /// False for a period the calendar has not (`2026-Q5`), already reported: its year is
    /// kept in `period`, but no check compares it with another milestone.
    pub readable: bool,
}

impl Milestone {
    /// The year the milestone falls in.
    pub fn year(&self) -> i32 {
        self.period.year()
    }

    /// The year it falls in, written where the milestone is.
    pub fn as_year(&self) -> Year {
        Year {
            value: self.year(),
            span: self.span,
        }
    }

    /// Whether it is a period within a year (a half, a quarter or a month).
    pub fn within_year(&self) -> bool {
        self.period.months() < 12
    }

    /// A whole year's milestone, written at `span`.
    pub fn of_year(year: Year) -> Milestone {
        Milestone {
            period: Period::Year(year.value),
            to_date: None,
            span: year.span,
            readable: true,
        }
    }
}

/// `2025`, `2026-Q2`, `2026-Q3 cumulative`: as a plan writes it.
impl std::fmt::Display for Milestone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.period)?;
        if self.to_date.is_some() {
            f.write_str(" cumulative")?;
        }
        Ok(())
    }
}

/// A calendar date; `None` when the text named a day that does not exist (already reported).
#[derive(Clone, Debug, PartialEq)]
pub struct DateLit {
    /// The day read (`2021-04-28`).
    pub date: Option<crate::date::Date>,
    /// Where it is written.
    pub span: Span,
}

/// A field of a block (`lead yte`, `due before 05/12`): what it says, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Field<K> {
    /// What the field says: one of the fields the item may carry.
    pub kind: K,
    /// The whole field, from its keyword to its last word (a `ref` clause included).
    pub span: Span,
}

/// An item with an id, a title and a block of fields: an indicator or a part, a report, a
/// review, a project, a task.
#[derive(Clone, Debug, PartialEq)]
pub struct Block<F> {
    /// The id declared (`16`, `baocao_nam`; a part's letter, `a`).
    pub id: Ident,
    /// Its quoted title.
    pub title: Text,
    /// Its fields in written order, repeats included (the resolver reports them).
    pub fields: Vec<F>,
    /// The whole item, from its keyword to its closing brace.
    pub span: Span,
}

/// A one-line item with an id, a title and where the document says it: a data element.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    /// The id declared (`a`, `live_births`).
    pub id: Ident,
    /// Its quoted title.
    pub title: Text,
    /// `source "II.1.a"`: where the document states it.
    pub source: Option<Text>,
    /// The whole line.
    pub span: Span,
}

/// One top-level item of a plan file.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// `plan "..." { document "196/QĐ-UBND" ... period 2021..2030 }`: the plan header.
    Plan(PlanBlock),
    /// `agency yte "Sở Y tế"`.
    Agency(AgencyDecl),
    /// `unit diem "điểm" range 0..10`: a unit of the plan's own.
    Unit(UnitDecl),
    /// `dimension khu_vuc "Khu vực" { thanh_thi "Thành thị" ... }`.
    Dimension(DimensionDecl),
    /// `objective a "Mục tiêu 1: ..." source "II.1.a"`.
    Objective(ObjectiveDecl),
    /// `indicator 3 "..." { ... }`, with its parts.
    Indicator(IndicatorDecl),
    /// `report baocao_nam "Báo cáo năm" { ... }`.
    Report(ReportDecl),
    /// `review soket "Sơ kết" { year 2025 ... }`.
    Review(ReviewDecl),
    /// `area moc_chau "Huyện Mộc Châu" in son_la kind district`.
    Area(AreaDecl),
    /// `element live_births "Số trẻ đẻ sống"`.
    Element(ElementDecl),
    /// `import "national/children-2021-2030.plan" as national`.
    Import(ImportDecl),
    /// `waive national.15 because "..."`.
    Waive(WaiveDecl),
    /// `query off_track "indicators where ..."`.
    Query(QueryDecl),
    /// `amendment "15/QĐ-UBND" { amends son_la ... }`: the header of an amendment's file.
    Amendment(AmendmentBlock),
    /// `change son_la.14 { ... }`, in an amendment's file.
    Change(ChangeDecl),
    /// `change report son_la.baocao_nam { ... }`, in an amendment's file.
    ChangeReport(ChangeReportDecl),
    /// `transfer son_la.ldtbxh to son_la.yte`, in an amendment's file.
    Transfer(TransferDecl),
    /// `project da7 "Dự án 7: ..." { ... }`.
    Project(ProjectDecl),
    /// `task phan_cap "..." { lead congan }`.
    Task(TaskDecl),
}
