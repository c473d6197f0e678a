//! `lead ?` filled: one action per agency of the plan, replacing the `?` (and the `because`
//! that says why none is named) with its id. The likeliest come first: those that lead
//! other indicators of the same objective, then those that lead others, then the rest; the
//! bodies the plan only requests (`requested`) last, since a lead the plan cannot direct is
//! reported.

use super::{CodeAction, Found};
use crate::diagnostic::{Owners, Problem};
use crate::ide::scan::{scan, Kind};
use crate::ide::Edit;
use crate::model::{AgencyRole, Model};
use crate::source::Span;
use rustc_hash::FxHashMap;

/// Adds an action per agency when the diagnostic is a `lead ?` to fill.
pub(super) fn offer(out: &mut Vec<CodeAction>, found: &Found<'_>) {
    let to_fill = matches!(
        &found.diagnostic.problem,
        Problem::Owners(Owners::LeadToFill { .. } | Owners::DutyLeadToFill { .. })
    );
    if !to_fill {
        return;
    }
    let text = found.analysis.source().text();
    let Some(unknown) = unknown_lead(text, found.span) else {
        return;
    };
    let model = &found.analysis.checked.model;
    for (id, name) in likeliest(model, found.span) {
        let title = found.lang.text_with(
            "ide-action-lead",
            &[("agency", id.as_str().into()), ("name", name.into())],
        );
        let edit = Edit {
            span: unknown,
            text: id,
        };
        out.push(found.action(title, vec![edit]));
    }
}

/// Where `? because "..."` is written in the `lead ?` field at `field`: the `?`, and the
/// reason after it when there is one.
fn unknown_lead(text: &str, field: Span) -> Option<Span> {
    let written = text.get(field.start()..field.end())?;
    let lexed = scan(written);
    let tokens = &lexed.tokens;
    let mark = tokens
        .iter()
        .position(|t| t.kind == Kind::Mark && lexed.word(t) == "?")?;
    let mut end = tokens[mark].span.end();
    if let [because, reason, ..] = &tokens[mark + 1..] {
        if lexed.word(because) == "because" && reason.kind == Kind::Text {
            end = reason.span.end();
        }
    }
    Some(Span::new(
        field.start() + tokens[mark].span.start(),
        field.start() + end,
    ))
}

/// The plan's agencies, ids and names, the likeliest lead of the `lead ?` at `field` first.
fn likeliest(model: &Model, field: Span) -> Vec<(String, String)> {
    let objective = model
        .measures
        .values()
        .find(|m| {
            m.lead_to_fill
                .as_ref()
                .is_some_and(|f| f.span.same_place(&field))
        })
        .and_then(|m| m.objective.as_ref()?.id);
    let mut same_objective: FxHashMap<&str, usize> = FxHashMap::default();
    let mut anywhere: FxHashMap<&str, usize> = FxHashMap::default();
    for m in model.measures.values() {
        let here = objective.is_some() && m.objective.as_ref().and_then(|o| o.id) == objective;
        for owner in m.lead.iter() {
            let id = owner.agency.name.as_str();
            *anywhere.entry(id).or_default() += 1;
            if here {
                *same_objective.entry(id).or_default() += 1;
            }
        }
    }
    let mut agencies: Vec<_> = model.own_agencies().collect();
    // Stable: agencies equally likely keep the plan's order.
    agencies.sort_by_key(|a| {
        let id = a.id.as_str();
        (
            a.role == AgencyRole::Requested,
            std::cmp::Reverse(same_objective.get(id).copied().unwrap_or(0)),
            std::cmp::Reverse(anywhere.get(id).copied().unwrap_or(0)),
        )
    });
    agencies
        .into_iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect()
}
