//! A parent indicator the plan neither adopts, adapts nor waives (`plan::parent_unmapped`):
//! a `waive` line for it, or for all of them at once, after the plan's last `waive` line
//! (else after the import of the parent plan). The reason is left for the user to write:
//! the line says so in its `because`, in the reader's language, since only the plan's author
//! knows why (docs/reuse.md).

use super::{layout, CodeAction, Found};
use crate::diagnostic::{Cascade, Problem};
use crate::model::{Id, Import, Measure, Model};
use crate::source::Span;

/// Adds the `waive` actions when the diagnostic is a parent left unmapped.
pub(super) fn offer(out: &mut Vec<CodeAction>, found: &Found<'_>) {
    let Problem::Cascade(cascade) = &found.diagnostic.problem else {
        return;
    };
    if !matches!(**cascade, Cascade::ParentUnmapped { .. }) {
        return;
    }
    let model = &found.analysis.checked.model;
    let links = crate::cascade::links(model);
    let Some(parent) = links.parent else {
        return;
    };
    let unmapped: Vec<String> = unmapped(model, parent)
        .map(|m| format!("{}.{}", parent.alias, m.id))
        .collect();
    let text = found.analysis.source().text();
    let anchor = anchor(model, parent);
    let reason = found.lang.text("ide-waive-reason").replace(['"', '\\'], "");
    let line = |name: &str| format!("waive {name} because \"{reason}\"");
    for name in &unmapped {
        let title = found
            .lang
            .text_with("ide-action-waive", &[("parent", name.as_str().into())]);
        let edit = layout::lines_after(text, anchor, &[line(name)]);
        out.push(found.action(title, vec![edit]));
    }
    if unmapped.len() > 1 {
        let title = found
            .lang
            .text_with("ide-action-waive-all", &[("count", unmapped.len().into())]);
        let lines: Vec<String> = unmapped.iter().map(|n| line(n)).collect();
        out.push(found.action(title, vec![layout::lines_after(text, anchor, &lines)]));
    }
}

/// The parent's indicators and parts the plan neither takes up nor waives, in the parent's
/// order.
pub(super) fn unmapped<'m>(model: &Model, parent: &'m Import) -> impl Iterator<Item = &'m Measure> {
    let links = crate::cascade::links(model);
    let open: Vec<bool> = (0..parent.model.measures.len())
        .map(|at| {
            let id: Id<Measure> = Id::at(at);
            !links.taken.contains_key(&id) && !links.waived.contains_key(&id)
        })
        .collect();
    parent
        .model
        .measures
        .values()
        .enumerate()
        .filter(move |(at, _)| open[*at])
        .map(|(_, m)| m)
}

/// The item a new `waive` line follows: the plan's last `waive` line, else the import of
/// the parent plan.
fn anchor(model: &Model, parent: &Import) -> Span {
    model
        .waivers
        .values()
        .map(|w| w.span)
        .max_by_key(Span::start)
        .unwrap_or(parent.span)
}
