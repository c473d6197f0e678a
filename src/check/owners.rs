//! Who owns each indicator, and agencies that take part in nothing.

use super::{measure_name, Checks};
use crate::diagnostic::Code;
use crate::model::{is_imported, Owner};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;

pub(super) fn check(c: &mut Checks<'_>) {
    leads(c);
    repeated_owners(c);
    unused_agencies(c);
}

fn leads(c: &mut Checks<'_>) {
    for m in c.model.measures.values() {
        if let (Some(fill), false) = (m.lead_to_fill.as_deref(), m.lead.is_empty()) {
            let d = c
                .diag(
                    Code::LeadToFill,
                    fill.span,
                    format!(
                        "{} names its lead, and also says it has none yet",
                        measure_name(m)
                    ),
                )
                .label("`lead ?` left over")
                .help("remove `lead ?` now that the lead is named");
            c.push(d);
        }
        if m.lead.len() == 1 {
            // One lead: nothing to report, and no list to build.
            continue;
        }
        let name = measure_name(m);
        let mut seen: HashSet<&str> = HashSet::default();
        let distinct: Vec<&Owner> = m
            .lead
            .iter()
            .filter(|o| seen.insert(o.agency.name.as_str()))
            .collect();
        match distinct.as_slice() {
            [] => match m.lead_to_fill.as_deref() {
                Some(fill) => {
                    let why = match &fill.reason {
                        Some(r) => format!(": {r}"),
                        None => String::new(),
                    };
                    let d = c
                        .diag(
                            Code::LeadToFill,
                            fill.span,
                            format!("{name} has no lead agency yet{why}"),
                        )
                        .label("lead left to fill in")
                        .help("replace `?` with the agency the document puts in charge (chủ trì) once it is known");
                    c.push(d);
                }
                None => {
                    let d = c
                        .diag(Code::NoLead, m.id_span, format!("{name} has no lead agency"))
                        .label("nobody leads this")
                        .help(
                            "add `lead AGENCY` naming the agency the document puts in charge (chủ trì)",
                        );
                    c.push(d);
                }
            },
            [_] => {}
            [first, rest @ ..] => {
                let names: Vec<String> = distinct
                    .iter()
                    .map(|o| format!("`{}`", o.agency.name))
                    .collect();
                let mut d = c
                    .diag(
                        Code::MultipleLeads,
                        rest[0].agency.span,
                        format!("{name} has {} lead agencies: {}", distinct.len(), names.join(", ")),
                    )
                    .label("another lead")
                    .related(first.agency.span, "first lead")
                    .help("one lead is the norm: if the document names several, keep them and this warning records it; otherwise make the others `support`");
                for o in &rest[1..] {
                    d = d.related(o.agency.span, "another lead");
                }
                c.push(d);
            }
        }
    }
}

fn repeated_owners(c: &mut Checks<'_>) {
    for m in c.model.measures.values() {
        let name = measure_name(m);
        let mut leads: HashMap<&str, &Owner> = HashMap::default();
        for (role, list) in [("lead", &m.lead), ("support", &m.support)] {
            // The first of each agency in this role, by name: a lookup, not a scan, so that
            // a list of a hundred thousand owners is checked in one pass.
            let mut first: HashMap<&str, &Owner> = HashMap::default();
            for o in list {
                match first.entry(o.agency.name.as_str()) {
                    Entry::Vacant(v) => {
                        v.insert(o);
                    }
                    Entry::Occupied(f) => {
                        let d = c
                            .diag(
                                Code::DuplicateOwner,
                                o.agency.span,
                                format!("`{}` is listed twice as {role} of {name}", o.agency.name),
                            )
                            .label("listed again")
                            .related(f.get().agency.span, "first listed here")
                            .help("remove one of the two");
                        c.push(d);
                    }
                }
            }
            if role == "lead" {
                leads = first;
            }
        }
        for s in &m.support {
            if let Some(lead) = leads.get(s.agency.name.as_str()) {
                let d = c
                    .diag(
                        Code::LeadAndSupport,
                        s.agency.span,
                        format!("`{}` both leads and supports {name}", s.agency.name),
                    )
                    .label("support")
                    .related(lead.agency.span, "lead")
                    .help("if the document says both, keep them and this warning records it; otherwise remove one");
                c.push(d);
            }
        }
    }
}

fn unused_agencies(c: &mut Checks<'_>) {
    let model = c.model;
    // A file of shared declarations gives its agencies no tasks: the files importing it do;
    // an amendment's agencies are those its changes name.
    if model.is_declarations_only() || model.amendment.is_some() {
        return;
    }
    let mut used: HashSet<&str> = HashSet::default();
    used.extend(model.plan.issuer.iter().map(|i| i.name.as_str()));
    for m in model.measures.values() {
        used.extend(
            m.lead
                .iter()
                .chain(&m.support)
                .map(|o| o.agency.name.as_str()),
        );
    }
    for r in model.reports.values() {
        used.extend(r.from.iter().chain(&r.to).map(|i| i.name.as_str()));
    }
    for r in model.reviews.values() {
        used.extend(r.from.iter().chain(&r.to).map(|i| i.name.as_str()));
    }
    let duties = model.projects.values().map(|p| &p.duty);
    for d in duties.chain(model.tasks.values().map(|t| &t.duty)) {
        used.extend(
            d.lead
                .iter()
                .chain(&d.support)
                .map(|o| o.agency.name.as_str()),
        );
    }
    // Imported agencies are the imported file's to use.
    let declared_here = model.agencies.values().filter(|a| !is_imported(&a.id));
    for a in declared_here {
        if !used.contains(a.id.as_str()) {
            let d = c
                .diag(
                    Code::UnusedAgency,
                    a.span,
                    format!("agency `{}` owns no indicator, project or task and takes part in no report or review", a.id),
                )
                .label("declared but never used")
                .help("assign it (`lead`, `support`, a report's `from`/`to`, a project or task), or remove it if the document gives it no task");
            c.push(d);
        }
    }
}
