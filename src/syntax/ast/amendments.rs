//! Amendment files: the header naming the plan amended, and the changes and transfers.

use super::*;
use crate::source::Span;

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

pub type AmendmentField = Field<AmendmentFieldKind>;

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
