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

#[derive(Copy, Clone, Debug, PartialEq)]
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

/// A field of a block (`lead yte`, `due before 05/12`): what it says, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Field<K> {
    pub kind: K,
    pub span: Span,
}

/// An item with an id, a title and a block of fields: an indicator or a part, a report, a
/// review, a project, a task.
#[derive(Clone, Debug, PartialEq)]
pub struct Block<F> {
    pub id: Ident,
    pub title: Text,
    pub fields: Vec<F>,
    pub span: Span,
}

/// A one-line item with an id, a title and where the document says it: an objective, a
/// data element.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    pub id: Ident,
    pub title: Text,
    pub source: Option<Text>,
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
