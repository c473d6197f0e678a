//! Who owns each indicator.

use super::declarations::item_words;
use super::{measure, ticked, Words};
use crate::diagnostic::problem::{Owners, Role};

pub(super) fn words(problem: &Owners) -> Words {
    match problem {
        Owners::LeadLeftOver { measure: m } => Words::new(
            format!("{} names its lead, and also says it has none yet", measure(m)),
            "`lead ?` left over",
            "remove `lead ?` now that the lead is named",
        ),
        Owners::DutyLeadLeftOver { item } => Words::new(
            format!("{} names its lead, and also says it has none yet", item_words(item)),
            "`lead ?` left over",
            "remove `lead ?` now that the lead is named",
        ),
        Owners::DutyLeadToFill { item, reason } => {
            let why = reason.as_ref().map_or(String::new(), |r| format!(": {r}"));
            Words::new(
                format!("{} has no lead agency yet{why}", item_words(item)),
                "lead left to fill in",
                "replace `?` with the agency the document puts in charge (chủ trì) once it is known",
            )
        }
        Owners::LeadToFill { measure: m, reason } => {
            let why = reason.as_ref().map_or(String::new(), |r| format!(": {r}"));
            Words::new(
                format!("{} has no lead agency yet{why}", measure(m)),
                "lead left to fill in",
                "replace `?` with the agency the document puts in charge (chủ trì) once it is known",
            )
        }
        Owners::NoLead { measure: m } => Words::new(
            format!("{} has no lead agency", measure(m)),
            "nobody leads this",
            "add `lead AGENCY` naming the agency the document puts in charge (chủ trì)",
        ),
        Owners::MultipleLeads {
            measure: m,
            leads,
            first,
            others,
        } => {
            let words = Words::new(
                format!("{} has {} lead agencies: {}", measure(m), leads.len(), ticked(leads)),
                "another lead",
                "one lead is the norm: if the document names several, keep them and this warning records it; otherwise make the others `support`",
            )
            .and(*first, "first lead");
            others
                .iter()
                .fold(words, |words, span| words.and(*span, "another lead"))
        }
        Owners::DuplicateOwner {
            agency,
            role,
            measure: m,
            first,
        } => Words::new(
            format!("`{agency}` is listed twice as {} of {}", role_word(*role), measure(m)),
            "listed again",
            "remove one of the two",
        )
        .and(*first, "first listed here"),
        Owners::LeadAndSupport {
            agency,
            measure: m,
            lead,
        } => Words::new(
            format!("`{agency}` both leads and supports {}", measure(m)),
            "support",
            "if the document says both, keep them and this warning records it; otherwise remove one",
        )
        .and(*lead, "lead"),
        Owners::RequestedLead { measure: m, leads } => Words::new(
            format!(
                "{} is led only by {}, which the plan requests (đề nghị) rather than assigns (giao)",
                measure(m),
                ticked(leads)
            ),
            "a requested body as lead",
            "a requested body answers to its own organisation, not to the plan's issuer: if the document puts an agency of its own government in charge, make it the lead and the body a `support`; if the document does ask the body to lead, this warning records it",
        ),
        Owners::UnusedAgency { agency } => Words::new(
            format!("agency `{agency}` owns no indicator, project or task and takes part in no report or review"),
            "declared but never used",
            "assign it (`lead`, `support`, a report's `from`/`to`, a project or task), or remove it if the document gives it no task",
        ),
    }
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Lead => "lead",
        Role::Support => "support",
    }
}
