//! Who owns each indicator.

use super::declarations::item_words;
use super::{measure, ticked, Entry, Words};
use crate::diagnostic::problem::{Owners, Role};
use crate::i18n::Lang;

pub(super) fn words(problem: &Owners, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    // A lead left to fill in, on an indicator or on a project or task.
    let to_fill = |what: String, reason: &Option<String>| match reason {
        Some(r) => entry("diag-lead-to-fill-because")
            .arg("what", what)
            .arg("reason", r.as_str())
            .words(),
        None => entry("diag-lead-to-fill").arg("what", what).words(),
    };
    match problem {
        Owners::LeadLeftOver { measure: m } => entry("diag-lead-left-over")
            .arg("what", measure(m, lang))
            .words(),
        Owners::DutyLeadLeftOver { item } => entry("diag-lead-left-over")
            .arg("what", item_words(item, lang))
            .words(),
        Owners::DutyLeadToFill { item, reason } => to_fill(item_words(item, lang), reason),
        Owners::LeadToFill { measure: m, reason } => to_fill(measure(m, lang), reason),
        Owners::NoLead { measure: m } => entry("diag-no-lead")
            .arg("measure", measure(m, lang))
            .words(),
        Owners::MultipleLeads {
            measure: m,
            leads,
            first,
            others,
        } => {
            let e = entry("diag-multiple-leads")
                .arg("measure", measure(m, lang))
                .arg("count", leads.len())
                .arg("leads", ticked(leads));
            let another = e.attr("label");
            others
                .iter()
                .fold(e.words().and(*first, e.attr("first")), |words, span| {
                    words.and(*span, another.clone())
                })
        }
        Owners::DuplicateOwner {
            agency,
            role,
            measure: m,
            first,
        } => {
            let role = match role {
                Role::Lead => "lead",
                Role::Support => "support",
            };
            let e = entry("diag-duplicate-owner")
                .arg("agency", agency.as_str())
                .arg("role", role)
                .arg("measure", measure(m, lang));
            e.words().and(*first, e.attr("first"))
        }
        Owners::LeadAndSupport {
            agency,
            measure: m,
            lead,
        } => {
            let e = entry("diag-lead-and-support")
                .arg("agency", agency.as_str())
                .arg("measure", measure(m, lang));
            e.words().and(*lead, e.attr("lead"))
        }
        Owners::RequestedLead { measure: m, leads } => entry("diag-requested-lead")
            .arg("measure", measure(m, lang))
            .arg("leads", ticked(leads))
            .words(),
        Owners::UnusedAgency { agency } => entry("diag-unused-agency")
            .arg("agency", agency.as_str())
            .words(),
    }
}
