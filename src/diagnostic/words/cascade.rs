//! A plan against the plan it implements.

use super::{measure, similar_or, Words};
use crate::diagnostic::problem::{Asks, Cascade, Cited};
use crate::numbers::exact;

pub(super) fn words(problem: &Cascade) -> Words {
    match problem {
        Cascade::ParentNotImported { parent, similar } => Words::new(
            format!("the plan implements `{parent}`, but no file is imported under that name"),
            "not an import",
            similar_or(
                similar.as_deref(),
                format!("import the parent plan first: `import \"PATH\" as {parent}`"),
            ),
        ),
        Cascade::Unqualified { name, parent } => Words::new(
            format!("`{name}` does not say which imported plan it belongs to"),
            "no import name",
            match parent {
                Some(p) => format!("write the parent's import name first: `{p}.{name}`"),
                None => "write the parent's import name first, e.g. `national.9`".into(),
            },
        ),
        Cascade::NoSuchImport { alias, similar } => Words::new(
            format!("no file is imported as `{alias}`"),
            "not an import",
            similar_or(
                similar.as_deref(),
                format!("import the parent plan: `import \"PATH\" as {alias}`"),
            ),
        ),
        Cascade::NotTheParent { name, alias } => Words::new(
            format!("`{name}` is an indicator of `{alias}`, but the plan does not say it implements `{alias}`"),
            "not the implemented plan",
            format!("add `implements {alias}` to the plan header"),
        ),
        Cascade::UnknownParentMeasure {
            alias,
            local,
            similar,
            path,
        } => Words::new(
            format!("`{alias}` has no indicator or part `{local}`"),
            "not in the parent plan",
            similar_or(
                similar.as_deref(),
                format!("`plan show {path}` lists its indicators and parts"),
            ),
        ),
        Cascade::WaivedAndAdopted { parent, by, taken } => Words::new(
            format!("`{parent}` is waived, and also taken up by {}", measure(by)),
            "waived here",
            "remove the `waive` line, or the `adopts`/`adapts` line",
        )
        .and(*taken, "taken up here"),
        Cascade::ParentUnmapped { alias, missing } => {
            let count = missing.len();
            let first = missing.first().map_or("", String::as_str);
            Words::new(
                format!(
                    "{count} indicator{} of `{alias}` {} neither adopted, adapted nor waived: {}",
                    if count == 1 { "" } else { "s" },
                    if count == 1 { "is" } else { "are" },
                    missing.join(", ")
                ),
                "the plan implemented",
                format!("take each up in an indicator or part (`adopts {first}`, or `adapts {first} because \"...\"`), or write `waive {first} because \"...\"`"),
            )
        }
        Cascade::ParentUnitMismatch {
            measure: m,
            unit,
            parent,
            parent_unit,
        } => Words::new(
            format!(
                "{} is measured in `{unit}`, the parent `{parent}` in `{parent_unit}`",
                measure(m)
            ),
            "different units",
            format!("measure it in `{parent_unit}` as the parent does, or say why it differs with `adapts {parent} because \"...\"`"),
        ),
        Cascade::ParentDirectionMismatch {
            measure: m,
            direction,
            parent,
            parent_direction,
        } => Words::new(
            format!(
                "{} should {}, but the parent `{parent}` should {}",
                measure(m),
                direction.as_str(),
                parent_direction.as_str()
            ),
            "opposite directions",
            format!(
                "an indicator that takes up `{parent}` goes its way: `direction {}`",
                parent_direction.as_str()
            ),
        ),
        Cascade::LessAmbitious {
            measure: m,
            parent,
            year,
            asks,
            parent_asks,
            cited,
            parent_cited,
            adopted,
        } => {
            let theirs = milestone(parent_asks);
            let help = if *adopted {
                format!(
                    "raise the target to {theirs}, or, if this plan ({}) sets a lower bar on purpose, say why: `adapts {parent} because \"...\"`",
                    document(cited)
                )
            } else {
                format!(
                    "this plan ({}) adapts `{parent}` and says why; the warning keeps the gap in view for whoever reads the two plans side by side",
                    document(cited)
                )
            };
            Words::new(
                format!(
                    "{} asks for {} in {year}, less ambitious than the parent `{parent}`: {theirs} ({})",
                    measure(m),
                    milestone(asks),
                    document(parent_cited)
                ),
                format!("less ambitious than {theirs}"),
                help,
            )
        }
        Cascade::AdoptedDiffers {
            measure: m,
            parent,
            year,
            asks,
            parent_asks,
        } => Words::new(
            format!(
                "{} adopts `{parent}` but asks for {} in {year}, where the parent asks for {}",
                measure(m),
                milestone(asks),
                milestone(parent_asks)
            ),
            "not the parent's target",
            format!("write `adapts {parent} because \"...\"` to say why the target differs"),
        ),
        Cascade::AdoptedMissing {
            measure: m,
            parent,
            missing,
        } => {
            let missing: Vec<String> = missing
                .iter()
                .map(|(year, asks)| format!("{year} {}", milestone(asks)))
                .collect();
            Words::new(
                format!(
                    "{} adopts `{parent}` but has no target for {}",
                    measure(m),
                    missing.join(", ")
                ),
                "milestones of the parent missing here",
                format!(
                    "add `target {}`, or write `adapts {parent} because \"...\"`",
                    missing.first().map_or("", String::as_str)
                ),
            )
        }
    }
}

/// `>= 90`.
fn milestone(m: &Asks) -> String {
    format!("{} {}", m.op.as_str(), exact(m.value))
}

/// `23/QĐ-TTg, II.1`, or `the plan` for a plan that names no document.
fn document(c: &Cited) -> String {
    let doc = c.document.as_deref().unwrap_or("the plan");
    match &c.section {
        Some(s) => format!("{doc}, {s}"),
        None => doc.to_string(),
    }
}
