//! The plan header and the items that tie a plan to others: imports, waivers, named queries.

use super::*;
use crate::source::Span;

/// `query off_track "indicators where status = regressing"`: a named query of the query
/// language, kept with the plan so anyone who opens it can run it by name.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryDecl {
    pub id: Ident,
    pub text: Text,
    pub span: Span,
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

#[derive(Clone, Debug, PartialEq)]
pub struct PlanBlock {
    pub keyword: Span,
    pub title: Text,
    pub fields: Vec<PlanField>,
    pub span: Span,
}

pub type PlanField = Field<PlanFieldKind>;

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
    Annotation(Annotation),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Implements {
    Document(Text),
    Plan(Ident),
}
