//! Who owns each indicator, and agencies that take part in nothing.

use super::{measure_ref, Checks};
use crate::diagnostic::{Item, Owners, Problem, Role};
use crate::model::{AgencyRole, Owner};
use crate::source::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;
use std::sync::Arc;

pub(super) fn check(c: &mut Checks<'_>) {
    leads(c);
    requested_leads(c);
    repeated_owners(c);
    unused_agencies(c);
}

fn report(c: &mut Checks<'_>, problem: Owners, span: Span) {
    c.report(Problem::Owners(problem), span);
}

/// Whether `item` is met for the first time. The parts of a composite that name no owners
/// share its lists (and its `lead ?`): a problem with one is found once, by identity.
fn first_time<T: ?Sized>(seen: &mut HashSet<*const ()>, item: *const T) -> bool {
    seen.insert(item.cast())
}

fn leads(c: &mut Checks<'_>) {
    let (mut left_over, mut to_fill, mut multiple) = Default::default();
    measure_leads(c, &mut left_over, &mut to_fill, &mut multiple);
    duty_leads(c, &mut left_over, &mut to_fill);
}

/// `lead ?` on a project or a task beside a lead of its own, left over; on a task without
/// one, to fill, as on a measure. A project's `lead ?` is said where it reaches the measures
/// it covers (and not when another project names their lead).
fn duty_leads(
    c: &mut Checks<'_>,
    left_over: &mut HashSet<*const ()>,
    to_fill: &mut HashSet<*const ()>,
) {
    let model = c.model;
    let projects = (model.projects.values()).map(|p| (Item::Project(p.id.clone()), &p.duty));
    let tasks = (model.tasks.values()).map(|t| (Item::Task(t.id.clone()), &t.duty));
    for (item, duty) in projects.chain(tasks) {
        let Some(fill) = &duty.lead_to_fill else {
            continue;
        };
        if !duty.lead.is_empty() {
            if first_time(left_over, Arc::as_ptr(fill)) {
                report(c, Owners::DutyLeadLeftOver { item }, fill.span);
            }
        } else if matches!(item, Item::Task(_)) && first_time(to_fill, Arc::as_ptr(fill)) {
            let reason = fill.reason.clone();
            report(c, Owners::DutyLeadToFill { item, reason }, fill.span);
        }
    }
}

fn measure_leads(
    c: &mut Checks<'_>,
    left_over: &mut HashSet<*const ()>,
    to_fill: &mut HashSet<*const ()>,
    multiple: &mut HashSet<*const ()>,
) {
    for m in c.model.measures.values() {
        let fill = m.lead_to_fill.as_ref();
        if let (Some(fill), false) = (fill, m.lead.is_empty()) {
            if first_time(left_over, Arc::as_ptr(fill)) {
                let measure = measure_ref(m);
                report(c, Owners::LeadLeftOver { measure }, fill.span);
            }
        }
        if m.lead.len() == 1 {
            // One lead: nothing to report, and no list to build.
            continue;
        }
        let mut seen: HashSet<&str> = HashSet::default();
        let distinct: Vec<&Owner> = m
            .lead
            .iter()
            .filter(|o| seen.insert(o.agency.name.as_str()))
            .collect();
        let measure = measure_ref(m);
        match distinct.as_slice() {
            [] => match fill {
                Some(fill) => {
                    if first_time(to_fill, Arc::as_ptr(fill)) {
                        let reason = fill.reason.clone();
                        report(c, Owners::LeadToFill { measure, reason }, fill.span);
                    }
                }
                None => report(c, Owners::NoLead { measure }, m.id_span),
            },
            [_] => {}
            [first, second, others @ ..] => {
                if first_time(multiple, m.lead.as_ptr()) {
                    let problem = Owners::MultipleLeads {
                        measure,
                        leads: distinct.iter().map(|o| o.agency.name.clone()).collect(),
                        first: first.agency.span,
                        others: others.iter().map(|o| o.agency.span).collect(),
                    };
                    report(c, problem, second.agency.span);
                }
            }
        }
    }
}

/// Measures whose every lead is a body the plan requests (đề nghị) rather than assigns: each
/// list once, though the parts of a composite share it. A lead that names no agency
/// (reported) leaves the list unjudged.
fn requested_leads(c: &mut Checks<'_>) {
    let model = c.model;
    let mut lists = HashSet::default();
    for m in model.measures.values() {
        if m.lead.is_empty() || !first_time(&mut lists, m.lead.as_ptr()) {
            continue;
        }
        let requested = |o: &Owner| {
            model
                .get(&o.agency)
                .is_some_and(|a| a.role == AgencyRole::Requested)
        };
        if !m.lead.iter().all(requested) {
            continue;
        }
        let mut seen: HashSet<&str> = HashSet::default();
        let leads = (m.lead.iter())
            .filter(|o| seen.insert(o.agency.name.as_str()))
            .map(|o| o.agency.name.clone())
            .collect();
        let problem = Owners::RequestedLead {
            measure: measure_ref(m),
            leads,
        };
        report(c, problem, m.lead[0].agency.span);
    }
}

fn repeated_owners(c: &mut Checks<'_>) {
    // Lists whose repeated agencies were reported, and supporting agencies reported as
    // leading too: each once, though the parts of a composite share them.
    let (mut lists, mut supports) = (HashSet::default(), HashSet::default());
    for m in c.model.measures.values() {
        let mut leads: HashMap<&str, &Owner> = HashMap::default();
        for (role, list) in [(Role::Lead, &m.lead), (Role::Support, &m.support)] {
            let fresh = first_time(&mut lists, list.as_ptr());
            // The first of each agency in this role, by name: a lookup, not a scan, so that
            // a list of a hundred thousand owners is checked in one pass.
            let mut first: HashMap<&str, &Owner> = HashMap::default();
            for o in list.iter() {
                match first.entry(o.agency.name.as_str()) {
                    Entry::Vacant(v) => {
                        v.insert(o);
                    }
                    Entry::Occupied(f) if fresh => {
                        let problem = Owners::DuplicateOwner {
                            agency: o.agency.name.clone(),
                            role,
                            measure: measure_ref(m),
                            first: f.get().agency.span,
                        };
                        report(c, problem, o.agency.span);
                    }
                    Entry::Occupied(_) => {}
                }
            }
            if role == Role::Lead {
                leads = first;
            }
        }
        for s in m.support.iter() {
            if let Some(lead) = leads.get(s.agency.name.as_str()) {
                if first_time(&mut supports, s) {
                    let problem = Owners::LeadAndSupport {
                        agency: s.agency.name.clone(),
                        measure: measure_ref(m),
                        lead: lead.agency.span,
                    };
                    report(c, problem, s.agency.span);
                }
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
    let used: HashSet<&str> = model.named_agencies().map(|i| i.name.as_str()).collect();
    // Imported agencies are the imported file's to use.
    let declared_here = model.agencies.values().filter(|a| a.origin.is_none());
    for a in declared_here {
        if !used.contains(a.id.as_str()) {
            let agency = a.id.clone();
            report(c, Owners::UnusedAgency { agency }, a.span);
        }
    }
}
