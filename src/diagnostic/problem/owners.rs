//! Problems with who owns each indicator.

use super::MeasureRef;
use crate::diagnostic::Code;
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Owners {
    /// `lead ?` on a measure that names its lead too.
    LeadLeftOver { measure: MeasureRef },
    /// `lead ?`: no lead named yet, with the reason given.
    LeadToFill {
        measure: MeasureRef,
        reason: Option<String>,
    },
    /// No lead at all.
    NoLead { measure: MeasureRef },
    /// Several leads, each once, in written order; the problem is at the second, and
    /// `first` and `others` (the third on) are where the rest are written.
    MultipleLeads {
        measure: MeasureRef,
        leads: Vec<String>,
        first: Span,
        others: Vec<Span>,
    },
    /// An agency listed twice in one role; `first` is where it is first listed.
    DuplicateOwner {
        agency: String,
        role: Role,
        measure: MeasureRef,
        first: Span,
    },
    /// An agency that leads and supports the same measure; `lead` is where it leads.
    LeadAndSupport {
        agency: String,
        measure: MeasureRef,
        lead: Span,
    },
    /// An agency declared and given nothing to do.
    UnusedAgency { agency: String },
}

/// The role of an owner.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Lead,
    Support,
}

impl Owners {
    pub fn code(&self) -> Code {
        match self {
            Owners::LeadLeftOver { .. } | Owners::LeadToFill { .. } => Code::LeadToFill,
            Owners::NoLead { .. } => Code::NoLead,
            Owners::MultipleLeads { .. } => Code::MultipleLeads,
            Owners::DuplicateOwner { .. } => Code::DuplicateOwner,
            Owners::LeadAndSupport { .. } => Code::LeadAndSupport,
            Owners::UnusedAgency { .. } => Code::UnusedAgency,
        }
    }
}
