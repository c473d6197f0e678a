//! Declarations other items refer to: agencies, units, dimensions, objectives, areas, elements.

use super::*;
use crate::source::Span;

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
pub type ElementDecl = Named;

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

pub type ObjectiveDecl = Named;
