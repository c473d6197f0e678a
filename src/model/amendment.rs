//! A later decision that amends a plan: its header and its changes, as written in its own file
//! (which imports the plan it amends). [`crate::amend`] applies them.

use super::{Owner, Report, Target};
use crate::date::Date;
use crate::source::Span;
use crate::syntax::ast::Ident;

#[derive(Clone, Debug)]
pub struct Amendment {
    /// The amending document's number.
    pub document: String,
    /// The import naming the plan amended.
    pub amends: Option<Ident>,
    pub issuer: Option<Ident>,
    pub signed: Option<Date>,
    /// From when its changes hold.
    pub effective: Option<Date>,
    pub effective_reference: Option<String>,
    pub source: Option<String>,
    pub notes: Vec<String>,
    pub changes: Vec<Change>,
    /// The `amendment` keyword.
    pub span: Span,
}

/// One change; names of the amended plan are written through its import (`son_la.14`).
#[derive(Clone, Debug)]
pub enum Change {
    /// New owners and targets for an indicator or part. Owners given replace the plan's
    /// (an empty list leaves them); a target replaces the plan's target of the same kind,
    /// year and split, or is added.
    Measure {
        measure: Ident,
        lead: Vec<Owner>,
        support: Vec<Owner>,
        targets: Vec<Target>,
        span: Span,
    },
    /// A report's schedule: the fields given (`period`, `due`, `from`, `to`) replace the plan's.
    Report {
        report: Ident,
        fields: Box<Report>,
        span: Span,
    },
    /// Every role of one agency (lead, support, a report's `from` or `to`) passes to another.
    Transfer {
        from: Ident,
        to: Ident,
        reference: Option<String>,
        span: Span,
    },
}

impl Change {
    pub fn span(&self) -> Span {
        match self {
            Change::Measure { span, .. }
            | Change::Report { span, .. }
            | Change::Transfer { span, .. } => *span,
        }
    }
}
