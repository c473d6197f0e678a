//! A plan against the plan it implements: every parent indicator taken up or waived, units
//! and directions that agree, targets at least as ambitious as the parent's.

use super::{measure_name, Checks};
use crate::cascade::{links, BadLink, Links};
use crate::diagnostic::Code;
use crate::model::{fmt_num, Direction, Import, Measure, Target, TargetKind};
use crate::text::did_you_mean;

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    if let Some(parent) = &model.plan.parent {
        if !model.imports.contains_key(&parent.name) {
            let help = did_you_mean(&parent.name, model.imports.keys().map(String::as_str))
                .unwrap_or_else(|| {
                    format!(
                        "import the parent plan first: `import \"PATH\" as {}`",
                        parent.name
                    )
                });
            let d = c
                .diag(
                    Code::UnknownImport,
                    parent.span,
                    format!(
                        "the plan implements `{}`, but no file is imported under that name",
                        parent.name
                    ),
                )
                .label("not an import")
                .help(help);
            c.push(d);
        }
    }
    let links = links(model);
    bad_links(c, &links);
    let Some(parent) = links.parent else {
        return;
    };
    coverage(c, &links, parent);
    for (parent_id, children) in &links.taken {
        let Some(pm) = parent.model.measures.get(*parent_id) else {
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
        let d = match bad {
            BadLink::Unqualified(name) => c
                .diag(
                    Code::UnknownImport,
                    name.span,
                    format!("`{}` does not say which imported plan it belongs to", name.name),
                )
                .label("no import name")
                .help(match &model.plan.parent {
                    Some(p) => format!("write the parent's import name first: `{}.{}`", p.name, name.name),
                    None => "write the parent's import name first, e.g. `national.9`".into(),
                }),
            BadLink::UnknownImport(name, alias) => {
                let help = did_you_mean(alias, model.imports.keys().map(String::as_str))
                    .unwrap_or_else(|| format!("import the parent plan: `import \"PATH\" as {alias}`"));
                c.diag(
                    Code::UnknownImport,
                    name.span,
                    format!("no file is imported as `{alias}`"),
                )
                .label("not an import")
                .help(help)
            }
            BadLink::NotTheParent(name, alias) => c
                .diag(
                    Code::NoParent,
                    name.span,
                    format!(
                        "`{}` is an indicator of `{alias}`, but the plan does not say it implements `{alias}`",
                        name.name
                    ),
                )
                .label("not the implemented plan")
                .help(format!("add `implements {alias}` to the plan header")),
            BadLink::UnknownMeasure(_, import, _) if !import.readable => continue,
            BadLink::UnknownMeasure(name, import, local) => {
                let ids = import.model.measures.keys().map(String::as_str);
                let help = did_you_mean(local, ids).unwrap_or_else(|| {
                    format!(
                        "`plan show {}` lists its indicators and parts",
                        import.path
                    )
                });
                c.diag(
                    Code::UnknownParentIndicator,
                    name.span,
                    format!("`{}` has no indicator or part `{local}`", import.alias),
                )
                .label("not in the parent plan")
                .help(help)
            }
        };
        c.push(d);
    }
}

/// Every parent measure taken up or waived, and none both.
fn coverage(c: &mut Checks<'_>, links: &Links<'_>, parent: &Import) {
    let model = c.model;
    let Some(implements) = &model.plan.parent else {
        return;
    };
    let mut missing = Vec::new();
    for id in parent.model.measures.keys() {
        let waiver = links.waived.get(id.as_str());
        let taken = links.taken.get(id.as_str());
        match (waiver, taken) {
            (Some(w), Some(by)) => {
                let first = by[0];
                let span = first.maps.as_ref().map_or(first.id_span, |l| l.span);
                let d = c
                    .diag(
                        Code::WaivedAndAdopted,
                        w.parent.span,
                        format!(
                            "`{}` is waived, and also taken up by {}",
                            w.parent.name,
                            measure_name(first)
                        ),
                    )
                    .label("waived here")
                    .related(span, "taken up here")
                    .help("remove the `waive` line, or the `adopts`/`adapts` line");
                c.push(d);
            }
            (None, None) => missing.push(format!("{}.{id}", parent.alias)),
            _ => {}
        }
    }
    if !missing.is_empty() {
        let count = missing.len();
        let list = missing.join(", ");
        let first = &missing[0];
        let d = c
            .diag(
                Code::ParentUnmapped,
                implements.span,
                format!(
                    "{count} indicator{} of `{}` {} neither adopted, adapted nor waived: {list}",
                    if count == 1 { "" } else { "s" },
                    parent.alias,
                    if count == 1 { "is" } else { "are" },
                ),
            )
            .label("the plan implemented")
            .help(format!(
                "take each up in an indicator or part (`adopts {first}`, or `adapts {first} because \"...\"`), or write `waive {first} because \"...\"`"
            ));
        c.push(d);
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
            let d = c
                .diag(
                    Code::ParentUnitMismatch,
                    link.span,
                    format!(
                        "{} is measured in `{}`, the parent `{}` in `{}`",
                        measure_name(child),
                        mine.0,
                        link.parent.name,
                        theirs.0
                    ),
                )
                .label("different units")
                .help(format!("measure it in `{}` as the parent does, or say why it differs with `adapts {} because \"...\"`", theirs.0, link.parent.name));
            c.push(d);
        }
    }
    let opposite = matches!(
        (child.direction, pm.direction),
        (Some(Direction::Increase), Some(Direction::Decrease))
            | (Some(Direction::Decrease), Some(Direction::Increase))
    );
    if opposite {
        let (mine, theirs) = (
            child.direction.unwrap_or(Direction::Maintain),
            pm.direction.unwrap_or(Direction::Maintain),
        );
        let d = c
            .diag(
                Code::ParentDirectionMismatch,
                link.span,
                format!(
                    "{} should {}, but the parent `{}` should {}",
                    measure_name(child),
                    direction_word(mine),
                    link.parent.name,
                    direction_word(theirs)
                ),
            )
            .label("opposite directions")
            .help(format!(
                "an indicator that takes up `{}` goes its way: `direction {}`",
                link.parent.name,
                direction_word(theirs)
            ));
        c.push(d);
    }
    !opposite
}

fn direction_word(d: Direction) -> &'static str {
    match d {
        Direction::Increase => "increase",
        Direction::Decrease => "decrease",
        Direction::Maintain => "maintain",
    }
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
    let document = |m: &crate::model::Model, measure: &Measure| {
        let doc = m.plan.document.as_deref().unwrap_or("the plan");
        match &measure.source {
            Some(s) => format!("{doc}, {s}"),
            None => doc.to_string(),
        }
    };
    // Milestones an adopting measure leaves out, said in one message.
    let mut absent = Vec::new();
    for pt in pm.targets.iter().filter(|t| t.kind == TargetKind::Level) {
        let Some(year) = pt.year else { continue };
        let same_split = |t: &Target| match (t.split.as_deref(), pt.split.as_deref()) {
            (None, None) => true,
            (Some((_, a)), Some((_, b))) => a.name == b.name,
            _ => false,
        };
        // The child's target for the parent's milestone: a level for that year, or a level
        // it maintains over a span that includes the year.
        let holds_in = |t: &Target| match t.kind {
            TargetKind::Level => t.year == Some(year),
            TargetKind::Maintain => {
                t.year.is_some_and(|from| from <= year) && t.until.is_some_and(|u| u >= year)
            }
            TargetKind::Rate | TargetKind::Change => false,
        };
        let mine = child
            .targets
            .iter()
            .filter(|t| holds_in(t) && same_split(t))
            .min_by_key(|t| t.kind != TargetKind::Level);
        let theirs = format!("{} {}", pt.op.as_str(), fmt_num(pt.value));
        match mine {
            Some(t) if !better(t.value, pt.value) => {
                let d = c
                    .diag(
                        Code::LessAmbitious,
                        t.value_span,
                        format!(
                            "{} asks for {} {} in {year}, less ambitious than the parent `{}`: {theirs} ({})",
                            measure_name(child),
                            t.op.as_str(),
                            fmt_num(t.value),
                            link.parent.name,
                            document(&parent.model, pm),
                        ),
                    )
                    .label(format!("less ambitious than {theirs}"))
                    .help(if adopted {
                        format!(
                            "raise the target to {theirs}, or, if this plan ({}) sets a lower bar on purpose, say why: `adapts {} because \"...\"`",
                            document(c.model, child),
                            link.parent.name
                        )
                    } else {
                        format!(
                            "this plan ({}) adapts `{}` and says why; the warning keeps the gap in view for whoever reads the two plans side by side",
                            document(c.model, child),
                            link.parent.name
                        )
                    });
                c.push(d);
            }
            Some(t) if adopted && (t.value != pt.value || t.op != pt.op) => {
                let d = c
                    .diag(
                        Code::AdoptedDiffers,
                        t.span,
                        format!(
                            "{} adopts `{}` but asks for {} {} in {year}, where the parent asks for {theirs}",
                            measure_name(child),
                            link.parent.name,
                            t.op.as_str(),
                            fmt_num(t.value),
                        ),
                    )
                    .label("not the parent's target")
                    .help(format!(
                        "write `adapts {} because \"...\"` to say why the target differs",
                        link.parent.name
                    ));
                c.push(d);
            }
            None if adopted => absent.push(format!("{year} {theirs}")),
            _ => {}
        }
    }
    if !absent.is_empty() {
        let d = c
            .diag(
                Code::AdoptedDiffers,
                link.span,
                format!(
                    "{} adopts `{}` but has no target for {}",
                    measure_name(child),
                    link.parent.name,
                    absent.join(", ")
                ),
            )
            .label("milestones of the parent missing here")
            .help(format!(
                "add `target {}`, or write `adapts {} because \"...\"`",
                absent[0], link.parent.name
            ));
        c.push(d);
    }
}
