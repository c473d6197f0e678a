//! The plan header and the items that tie a plan to others: imports, waivers, named queries.

use super::*;
use crate::source::Span;

/// `query off_track "indicators where status = regressing"`: a named query of the query
/// language, kept with the plan so anyone who opens it can run it by name.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryDecl {
    /// The name it is run by (`off_track`).
    pub id: Ident,
    /// The query, escapes resolved, with where it is written (a problem in the query points into
    /// it).
    pub text: Text,
    /// The whole line, `query` to the text.
    pub span: Span,
}

/// `import "national/children-2021-2030.plan" as national`: the path is relative to the
/// importing file; what the file declares is named `national.ID` here.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    /// The path as written, relative to the importing file.
    pub path: Text,
    /// The name after `as` (`national`), which qualifies every name taken from the file.
    pub alias: Ident,
    /// The whole line, `import` to the name.
    pub span: Span,
}

/// `waive national.15 because "..."`: a parent indicator this plan does not take up.
#[derive(Clone, Debug, PartialEq)]
pub struct WaiveDecl {
    /// The parent's indicator or part, through its import (`national.15`).
    pub parent: Ident,
    /// `because "..."`: why the plan does not take it up.
    pub reason: Text,
    /// `source "..."`: where the document says so.
    pub source: Option<Text>,
    /// The whole line.
    pub span: Span,
}

/// `plan "Kế hoạch ..." { document "196/QĐ-UBND" issuer ubnd_tinh period 2021..2030 }`: the plan
/// header.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanBlock {
    /// The `plan` keyword, where messages about the header as a whole point.
    pub keyword: Span,
    /// The plan's quoted title.
    pub title: Text,
    /// Its fields in written order, repeats included (the resolver reports them).
    pub fields: Vec<PlanField>,
    /// The whole header, `plan` to its closing brace.
    pub span: Span,
}

/// A field of the plan header (`period 2021..2030`), with its span.
pub type PlanField = Field<PlanFieldKind>;

/// What a field of the plan header says.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanFieldKind {
    /// `document "196/QĐ-UBND"`: the document's number.
    Document(Text),
    /// `issuer ubnd_tinh`: the agency that issued the document.
    Issuer(Ident),
    /// `signed 2021-04-28 ref "Quyết định"`: a day the document was signed (a document may give
    /// more than one).
    Signed {
        /// The day as written.
        date: DateLit,
        /// `ref "..."`: where the document gives that day.
        reference: Option<Text>,
    },
    /// `period 2021..2030`: the years the plan runs.
    Period {
        /// The first year (`2021`).
        start: Year,
        /// The last year (`2030`); one before `start` is reported.
        end: Year,
    },
    /// `horizon 2045`: the year the plan's vision reaches ("tầm nhìn đến năm 2045"), after
    /// its period.
    Horizon(Year),
    /// `area "Tỉnh Sơn La"`: the area the plan is for, in words.
    Area(Text),
    /// A document named in words, or an imported plan (`implements national`).
    Implements(Implements),
    /// `basis "Luật Trẻ em năm 2016"`: a legal basis, one a line.
    Basis(Text),
    /// `source "..."` or `note "..."`.
    Annotation(Annotation),
}

/// What `implements` names: a document in words, or an imported plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Implements {
    /// `implements "23/QĐ-TTg"`: the document, in words.
    Document(Text),
    /// `implements national`: the imported plan whose indicators this one takes up.
    Plan(Ident),
}
