//! A later decision that amends a plan: its header and its changes, as written in its own file
//! (which imports the plan it amends). [`crate::amend`] applies them.

use super::{Agency, Import, Measure, Owner, Ref, Report, Target, Through};
use crate::date::Date;
use crate::source::Span;

/// `amendment "15/QĐ-UBND" { amends son_la effective 2025-03-01 ... }` and the changes its file
/// makes: a later decision that amends a plan.
#[derive(Clone, Debug)]
pub struct Amendment {
    /// The amending document's number.
    pub document: String,
    /// The import naming the plan amended.
    pub amends: Option<Ref<Import>>,
    /// The agency that issued it (`issuer son_la.ubnd_tinh`), linked in this file's table
    /// (where an imported agency the file names is brought in).
    pub issuer: Option<Ref<Agency>>,
    /// When it was signed; `None` when not given, or a day that does not exist (reported).
    pub signed: Option<Date>,
    /// From when its changes hold.
    pub effective: Option<Date>,
    /// The `ref` of the `effective` line: where the document says from when it holds.
    pub effective_reference: Option<String>,
    /// Where the document states it, when the file gives a `source`.
    pub source: Option<String>,
    /// Free remarks, one per `note` line.
    pub notes: Vec<String>,
    /// Its `change`, `change report` and `transfer` items, in written order.
    pub changes: Vec<Change>,
    /// The `amendment` keyword.
    pub span: Span,
}

/// One change; names of the amended plan are written through its import (`son_la.14`).
/// The agencies a change names (owners, a report's parties, a transfer's `to`) are linked in
/// the amending file's table, as its own references are; applying the change looks them up
/// in the plan amended ([`crate::amend`]).
#[derive(Clone, Debug)]
pub enum Change {
    /// New owners and targets for an indicator or part. Owners given replace the plan's
    /// (an empty list leaves them); a target replaces the plan's target of the same kind,
    /// year and split, or is added.
    Measure {
        /// The indicator or part changed, through the import (`son_la.14`).
        measure: Through<Measure>,
        /// The leads that replace the plan's; empty leaves them.
        lead: Vec<Owner>,
        /// The supports that replace the plan's; empty leaves them.
        support: Vec<Owner>,
        /// The targets that replace the plan's of the same kind, first year and split, or join
        /// them.
        targets: Vec<Target>,
        /// The whole `change` item, `change` to its closing brace.
        span: Span,
    },
    /// A report's schedule: the fields given (`period`, `due`, `from`, `to`) replace the plan's.
    Report {
        /// The report changed, through the import (`son_la.baocao_nam`).
        report: Through<Report>,
        /// The fields given, folded as a report's; those not given are left empty and change
        /// nothing.
        fields: Box<Report>,
        /// The whole `change report` item.
        span: Span,
    },
    /// Every role of one agency (lead, support, a report's `from` or `to`) passes to another.
    Transfer {
        /// The agency whose roles pass on (`son_la.ldtbxh`).
        from: Through<Agency>,
        /// The agency that takes them (`son_la.yte`), linked in this file's table.
        to: Ref<Agency>,
        /// The `ref` of the line (`ref "Điều 1"`), when given.
        reference: Option<String>,
        /// The whole `transfer` line.
        span: Span,
    },
}

impl Change {
    /// The whole item that makes the change, where messages about it point.
    pub fn span(&self) -> Span {
        match self {
            Change::Measure { span, .. }
            | Change::Report { span, .. }
            | Change::Transfer { span, .. } => *span,
        }
    }
}
