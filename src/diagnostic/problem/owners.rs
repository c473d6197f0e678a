//! Problems with who owns each indicator.

use super::{Item, MeasureRef};
use crate::diagnostic::Code;
use crate::source::Span;

/// Who leads and supports each measure: a lead missing, left to fill, given twice or
/// doubled as a support, and agencies that take part in nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Owners {
    /// `lead ?` on a measure that names its lead too.
    LeadLeftOver {
        /// The measure with both.
        measure: MeasureRef,
    },
    /// `lead ?`: no lead named yet, with the reason given.
    LeadToFill {
        /// The measure whose lead is to fill in.
        measure: MeasureRef,
        /// Why there is none yet (`lead ? because "..."`), if the plan says.
        reason: Option<String>,
    },
    /// No lead at all.
    NoLead {
        /// The measure nobody leads.
        measure: MeasureRef,
    },
    /// Several leads, each once, in written order; the problem is at the second, and
    /// `first` and `others` (the third on) are where the rest are written.
    MultipleLeads {
        /// The measure with several leads.
        measure: MeasureRef,
        /// The leads' agency ids, in written order.
        leads: Vec<String>,
        /// Where the first lead is written.
        first: Span,
        /// Where the third lead and those after it are written.
        others: Vec<Span>,
    },
    /// An agency listed twice in one role; `first` is where it is first listed.
    DuplicateOwner {
        /// The agency's id.
        agency: String,
        /// The role it is listed twice in.
        role: Role,
        /// The measure it is listed for.
        measure: MeasureRef,
        /// Where it is first listed.
        first: Span,
    },
    /// An agency that leads and supports the same measure; `lead` is where it leads.
    LeadAndSupport {
        /// The agency's id.
        agency: String,
        /// The measure it both leads and supports.
        measure: MeasureRef,
        /// Where it is named as lead (the problem is where it supports).
        lead: Span,
    },
    /// `lead ?` on a project or a task that names its lead too.
    DutyLeadLeftOver {
        /// The project or task with both.
        item: Item,
    },
    /// `lead ?` on a project or a task: no lead named yet, with the reason given.
    DutyLeadToFill {
        /// The project or task whose lead is to fill in.
        item: Item,
        /// Why there is none yet (`lead ? because "..."`), if the plan says.
        reason: Option<String>,
    },
    /// A measure whose every lead is a body the plan requests (đề nghị) rather than assigns
    /// (giao): nobody the plan directs answers for it.
    RequestedLead {
        /// The measure so led.
        measure: MeasureRef,
        /// Its leads' agency ids, each once, in written order.
        leads: Vec<String>,
    },
    /// An agency declared and given nothing to do.
    UnusedAgency {
        /// The agency's id.
        agency: String,
    },
}

/// The role of an owner.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// `lead`: the agency in charge (chủ trì).
    Lead,
    /// `support`: an agency that takes part (phối hợp).
    Support,
}

impl Owners {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Owners::LeadLeftOver { .. }
            | Owners::LeadToFill { .. }
            | Owners::DutyLeadLeftOver { .. }
            | Owners::DutyLeadToFill { .. } => Code::LeadToFill,
            Owners::NoLead { .. } => Code::NoLead,
            Owners::MultipleLeads { .. } => Code::MultipleLeads,
            Owners::DuplicateOwner { .. } => Code::DuplicateOwner,
            Owners::LeadAndSupport { .. } => Code::LeadAndSupport,
            Owners::RequestedLead { .. } => Code::RequestedLead,
            Owners::UnusedAgency { .. } => Code::UnusedAgency,
        }
    }
}
