//! Declarations other items refer to: agencies, units, dimensions, objectives, areas, elements.

use super::*;
use crate::source::Span;

/// `area moc_chau "Huyện Mộc Châu" in son_la kind district`.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaDecl {
    /// The id declared (`moc_chau`).
    pub id: Ident,
    /// Its name (`"Huyện Mộc Châu"`).
    pub name: Text,
    /// Each `in son_la`: the area that contains it; a second is reported.
    pub parents: Vec<Ident>,
    /// Each `kind district`: what kind of area it is; a second is reported.
    pub kinds: Vec<Ident>,
    /// The whole line.
    pub span: Span,
}

/// `element live_births "Số trẻ đẻ sống"`.
pub type ElementDecl = Named;

/// `agency ldtbxh "Sở Lao động - Thương binh và Xã hội" short "Sở LĐ-TB&XH"`.
#[derive(Clone, Debug, PartialEq)]
pub struct AgencyDecl {
    /// The id declared (`ldtbxh`).
    pub id: Ident,
    /// Its full name, quoted.
    pub name: Text,
    /// `short "Sở LĐ-TB&XH"`: its short name.
    pub short: Option<Text>,
    /// Where `requested` is written: a body the plan requests (đề nghị), outside its own
    /// government, rather than assigns (giao).
    pub requested: Option<Span>,
    /// The whole line.
    pub span: Span,
}

/// `unit ty_le_10k "/10.000" range 0..10000 per 10000 of "dân số"`: a unit of the plan's own.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitDecl {
    /// The id declared (`ty_le_10k`).
    pub id: Ident,
    /// What values in it are written with (`"/10.000"`).
    pub symbol: Text,
    /// Each `range` clause; a second is reported.
    pub ranges: Vec<UnitRange>,
    /// Each `per` clause; a second is reported.
    pub pers: Vec<UnitPer>,
    /// Where `growth` is written (its values are rates of change); a second is reported.
    pub growth: Vec<Span>,
    /// Each `= 1000 trieu_dong` clause; a second is reported.
    pub scales: Vec<UnitScale>,
    /// The whole declaration.
    pub span: Span,
}

/// `= 1000 trieu_dong`: how many of another unit one of this unit is.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitScale {
    /// How many (`1000`).
    pub factor: Number,
    /// Of which unit (`trieu_dong`).
    pub of: Ident,
    /// The whole clause.
    pub span: Span,
}

/// `range 0..100`, either end open.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRange {
    /// The lowest value (`0` of `0..100`); `None` when open below (`..100`).
    pub min: Option<Number>,
    /// The highest value (`100`); `None` when open above (`0..`).
    pub max: Option<Number>,
    /// The whole clause, `range` included.
    pub span: Span,
}

/// `per 1000 of "trẻ em"`.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitPer {
    /// Per how many (`1000`).
    pub factor: Number,
    /// `of "trẻ em"`: the population counted over.
    pub of: Option<Text>,
    /// The whole clause, `per` included.
    pub span: Span,
}

/// `dimension khu_vuc "Khu vực" { thanh_thi "Thành thị"  nong_thon "Nông thôn" }`.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionDecl {
    /// The id declared (`khu_vuc`).
    pub id: Ident,
    /// Its quoted title (`"Khu vực"`).
    pub title: Text,
    /// Its values in written order, each an id and a title (`thanh_thi "Thành thị"`).
    pub values: Vec<(Ident, Text)>,
    /// The whole declaration, `dimension` to its closing brace.
    pub span: Span,
}

/// `objective a "Mục tiêu 1: Về phát triển toàn diện trẻ em" in chung source "II.1.a"`.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveDecl {
    /// The id declared (`a`).
    pub id: Ident,
    /// Its quoted title.
    pub title: Text,
    /// `in chung`: the objective it is nested under (a specific objective under the
    /// general one, mục tiêu chung).
    pub parent: Option<Ident>,
    /// `source "II.1.a"`: where the document states it.
    pub source: Option<Text>,
    /// The whole line.
    pub span: Span,
}
