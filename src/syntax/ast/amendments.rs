//! Amendment files: the header naming the plan amended, and the changes and transfers.

use super::*;
use crate::source::Span;

/// `amendment "15/QĐ-UBND" { amends son_la ... effective 2025-03-01 }`: the header of a file
/// that amends a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct AmendmentBlock {
    /// The `amendment` keyword, where messages about the header as a whole point.
    pub keyword: Span,
    /// The amending document's number.
    pub document: Text,
    /// Its fields in written order, repeats included (the resolver reports them).
    pub fields: Vec<AmendmentField>,
    /// The whole header, `amendment` to its closing brace.
    pub span: Span,
}

/// A field of an amendment's header (`effective 2025-03-01`), with its span.
pub type AmendmentField = Field<AmendmentFieldKind>;

/// What a field of an amendment's header says.
#[derive(Clone, Debug, PartialEq)]
pub enum AmendmentFieldKind {
    /// The import naming the plan amended.
    Amends(Ident),
    /// `effective 2025-03-01 ref "..."`: the day its changes hold from.
    Effective {
        /// The day as written.
        date: DateLit,
        /// `ref "..."`: where the document says it.
        reference: Option<Text>,
    },
    /// `issuer`, `signed`, `source`, `note`, as in a plan header.
    Header(PlanFieldKind),
}

/// `change son_la.14 { lead son_la.yte  target 2030 >= 90 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeDecl {
    /// The indicator or part changed, through the import (`son_la.14`).
    pub measure: Ident,
    /// The fields given, in written order; only `lead`, `support`, `target`, `source` and `note`
    /// may be changed (others are reported).
    pub fields: Vec<MeasureField>,
    /// The whole item, `change` to its closing brace.
    pub span: Span,
}

/// `change report son_la.baocao_nam { due before 10/12 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeReportDecl {
    /// The report changed, through the import (`son_la.baocao_nam`).
    pub report: Ident,
    /// The fields given, written as a report's.
    pub fields: Vec<ReportField>,
    /// The whole item, `change` to its closing brace.
    pub span: Span,
}

/// `transfer son_la.ldtbxh to son_la.yte ref "Điều 1"`.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferDecl {
    /// The agency whose roles pass on (`son_la.ldtbxh`).
    pub from: Ident,
    /// The agency that takes them (`son_la.yte`).
    pub to: Ident,
    /// `ref "Điều 1"`: where the document says so.
    pub reference: Option<Text>,
    /// The whole line, `transfer` to its last word.
    pub span: Span,
}
