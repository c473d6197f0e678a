//! A plan against the plan it implements: every parent indicator taken up or waived, units
//! and directions that agree, targets at least as ambitious as the parent's.

use super::{measure_ref, Checks};
use crate::cascade::{links, BadLink, Links};
use crate::diagnostic::{Asks, Cascade, Cited};
use crate::model::{Direction, Id, Import, Measure, Target, TargetKind};
use crate::source::Span;
use crate::text::closest;

fn report(c: &mut Checks<'_>, problem: Cascade, span: Span) {
    c.report(problem.into(), span);
}

/// The import whose name is close to `name`.
fn similar_import(c: &Checks<'_>, name: &str) -> Option<String> {
    closest(name, c.model.imports.keys().map(String::as_str)).map(str::to_string)
}

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    if let Some(parent) = &model.plan.parent {
        if parent.id.is_none() {
            let problem = Cascade::ParentNotImported {
                parent: parent.name.clone(),
                similar: similar_import(c, &parent.name),
            };
            report(c, problem, parent.span);
        }
    }
    let links = links(model);
    bad_links(c, &links);
    let Some(parent) = links.parent else {
        return;
    };
    coverage(c, &links, parent);
    for (parent_id, children) in &links.taken {
        let Some(pm) = parent.model.at(*parent_id) else {
            continue;
        };
        for child in children {
            // Targets going opposite ways cannot be compared for ambition.
            if agreement(c, pm, child) {
                ambition(c, parent, pm, child);
            }
        }
    }
}

fn bad_links(c: &mut Checks<'_>, links: &Links<'_>) {
    let model = c.model;
    for bad in &links.bad {
        let (problem, span) = match bad {
            BadLink::Unqualified(name) => (
                Cascade::Unqualified {
                    name: name.name.clone(),
                    parent: model.plan.parent.as_ref().map(|p| p.name.clone()),
                },
                name.span,
            ),
            BadLink::UnknownImport(name, alias) => (
                Cascade::NoSuchImport {
                    alias: alias.to_string(),
                    similar: similar_import(c, alias),
                },
                name.span,
            ),
            BadLink::NotTheParent(name, alias) => (
                Cascade::NotTheParent {
                    name: name.name.clone(),
                    alias: alias.to_string(),
                },
                name.span,
            ),
            BadLink::UnknownMeasure(_, import, _) if !import.readable => continue,
            BadLink::UnknownMeasure(name, import, local) => {
                let ids = import.model.measures.keys().map(String::as_str);
                let problem = Cascade::UnknownParentMeasure {
                    alias: import.alias.clone(),
                    local: local.to_string(),
                    similar: closest(local, ids).map(str::to_string),
                    path: import.path.clone(),
                };
                (problem, name.span)
            }
        };
        report(c, problem, span);
    }
}

/// Every parent measure taken up or waived, and none both.
fn coverage(c: &mut Checks<'_>, links: &Links<'_>, parent: &Import) {
    let model = c.model;
    let Some(implements) = &model.plan.parent else {
        return;
    };
    let mut missing = Vec::new();
    for (at, id) in parent.model.measures.keys().enumerate() {
        let waiver = links.waived.get(&Id::at(at));
        let taken = links.taken.get(&Id::at(at));
        match (waiver, taken) {
            (Some(w), Some(by)) => {
                let first = by[0];
                let problem = Cascade::WaivedAndAdopted {
                    parent: w.parent.name.clone(),
                    by: measure_ref(first),
                    taken: first.maps.as_ref().map_or(first.id_span, |l| l.span),
                };
                report(c, problem, w.parent.span);
            }
            (None, None) => missing.push(format!("{}.{id}", parent.alias)),
            _ => {}
        }
    }
    if !missing.is_empty() {
        let alias = parent.alias.clone();
        report(
            c,
            Cascade::ParentUnmapped { alias, missing },
            implements.span,
        );
    }
}

/// Units and directions of a measure and the parent measure it takes up; whether the
/// directions agree.
fn agreement(c: &mut Checks<'_>, pm: &Measure, child: &Measure) -> bool {
    let Some(link) = &child.maps else {
        return false;
    };
    let unit_of = |m: &Measure| {
        m.unit
            .as_ref()
            .and_then(|u| u.unit.as_ref())
            .map(|u| (u.id.rsplit('.').next().unwrap_or(&u.id).to_string(), u.per))
    };
    if let (Some(mine), Some(theirs)) = (unit_of(child), unit_of(pm)) {
        if mine != theirs {
            let problem = Cascade::ParentUnitMismatch {
                measure: measure_ref(child),
                unit: mine.0,
                parent: link.parent.name.clone(),
                parent_unit: theirs.0,
            };
            report(c, problem, link.span);
        }
    }
    let opposite = matches!(
        (child.direction, pm.direction),
        (Some(Direction::Increase), Some(Direction::Decrease))
            | (Some(Direction::Decrease), Some(Direction::Increase))
    );
    if opposite {
        let problem = Cascade::ParentDirectionMismatch {
            measure: measure_ref(child),
            direction: child.direction.unwrap_or(Direction::Maintain),
            parent: link.parent.name.clone(),
            parent_direction: pm.direction.unwrap_or(Direction::Maintain),
        };
        report(c, problem, link.span);
    }
    !opposite
}

/// Each milestone of the parent against the child's target for the same year.
fn ambition(c: &mut Checks<'_>, parent: &Import, pm: &Measure, child: &Measure) {
    let Some(link) = &child.maps else { return };
    let adopted = link.adapted_because.is_none();
    let better = |mine: f64, theirs: f64| match pm.direction {
        Some(Direction::Decrease) => mine <= theirs,
        Some(Direction::Increase) => mine >= theirs,
        _ => mine == theirs,
    };
    let cited = |m: &crate::model::Model, measure: &Measure| Cited {
        document: m.plan.document.clone(),
        section: measure.source.clone(),
    };
    let asks = |t: &Target| Asks {
        op: t.op,
        value: t.value,
    };
    // Milestones an adopting measure leaves out, said in one message.
    let mut absent = Vec::new();
    for pt in &pm.targets {
        let Some(year) = pt.milestone_period() else {
            continue;
        };
        let same_split = |t: &Target| match (t.split.as_deref(), pt.split.as_deref()) {
            (None, None) => true,
            (Some((_, a)), Some((_, b))) => a.name == b.name,
            _ => false,
        };
        // The child's target for the parent's milestone: a level for that period, or a level
        // it maintains over a span that includes its year.
        let holds_in = |t: &Target| match t.kind {
            TargetKind::Level { at } => at.is_some_and(|at| at.period == year),
            TargetKind::Maintain { from, until } => {
                (from.value..=until.value).contains(&year.year())
            }
            TargetKind::Rate { .. } | TargetKind::Change { .. } => false,
        };
        let mine = child
            .targets
            .iter()
            .filter(|t| holds_in(t) && same_split(t))
            .min_by_key(|t| !t.is_level());
        match mine {
            Some(t) if !better(t.value, pt.value) => {
                let problem = Cascade::LessAmbitious {
                    measure: measure_ref(child),
                    parent: link.parent.name.clone(),
                    year,
                    asks: asks(t),
                    parent_asks: asks(pt),
                    cited: cited(c.model, child),
                    parent_cited: cited(&parent.model, pm),
                    adopted,
                };
                report(c, problem, t.value_span);
            }
            Some(t) if adopted && (t.value != pt.value || t.op != pt.op) => {
                let problem = Cascade::AdoptedDiffers {
                    measure: measure_ref(child),
                    parent: link.parent.name.clone(),
                    year,
                    asks: asks(t),
                    parent_asks: asks(pt),
                };
                report(c, problem, t.span);
            }
            None if adopted => absent.push((year, asks(pt))),
            _ => {}
        }
    }
    if !absent.is_empty() {
        let problem = Cascade::AdoptedMissing {
            measure: measure_ref(child),
            parent: link.parent.name.clone(),
            missing: absent,
        };
        report(c, problem, link.span);
    }
}
