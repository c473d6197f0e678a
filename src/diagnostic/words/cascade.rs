//! A plan against the plan it implements.

use super::{measure, number, similar_or, Entry, Words};
use crate::diagnostic::problem::{Asks, Cascade, Cited};
use crate::i18n::Lang;
use crate::numbers::exact;

pub(super) fn words(problem: &Cascade, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    // Words whose help is the name close to the one written, when there is one.
    let or_similar = |e: Entry, similar: &Option<String>| {
        let help = similar_or(similar.as_deref(), e.attr("help"), lang);
        e.words().helped(help)
    };
    match problem {
        Cascade::ParentNotImported { parent, similar } => or_similar(
            entry("diag-parent-not-imported").arg("parent", parent.as_str()),
            similar,
        ),
        Cascade::Unqualified { name, parent } => {
            let e = entry("diag-unqualified").arg("name", name.as_str());
            match parent {
                Some(p) => {
                    let e = e.arg("parent", p.as_str());
                    e.words().helped(e.attr("help-parent"))
                }
                None => e.words(),
            }
        }
        Cascade::NoSuchImport { alias, similar } => or_similar(
            entry("diag-no-such-import").arg("alias", alias.as_str()),
            similar,
        ),
        Cascade::NotTheParent { name, alias } => entry("diag-not-the-parent")
            .arg("name", name.as_str())
            .arg("alias", alias.as_str())
            .words(),
        Cascade::UnknownParentMeasure {
            alias,
            local,
            similar,
            path,
        } => or_similar(
            entry("diag-unknown-parent-measure")
                .arg("alias", alias.as_str())
                .arg("local", local.as_str())
                .arg("path", path.as_str()),
            similar,
        ),
        Cascade::WaivedAndAdopted { parent, by, taken } => {
            let e = entry("diag-waived-and-adopted")
                .arg("parent", parent.as_str())
                .arg("measure", measure(by, lang));
            e.words().and(*taken, e.attr("taken"))
        }
        Cascade::ParentUnmapped { alias, missing } => entry("diag-parent-unmapped")
            .arg("count", missing.len())
            .arg("alias", alias.as_str())
            .arg("missing", missing.join(", "))
            .arg("first", missing.first().map_or("", String::as_str))
            .words(),
        Cascade::ParentUnitMismatch {
            measure: m,
            unit,
            parent,
            parent_unit,
        } => entry("diag-parent-unit-mismatch")
            .arg("measure", measure(m, lang))
            .arg("unit", unit.as_str())
            .arg("parent", parent.as_str())
            .arg("parent_unit", parent_unit.as_str())
            .words(),
        Cascade::ParentDirectionMismatch {
            measure: m,
            direction,
            parent,
            parent_direction,
        } => entry("diag-parent-direction-mismatch")
            .arg("measure", measure(m, lang))
            .arg("direction", direction.as_str())
            .arg("parent", parent.as_str())
            .arg("parent_direction", parent_direction.as_str())
            .words(),
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
            let e = entry("diag-less-ambitious")
                .arg("measure", measure(m, lang))
                .arg("asks", milestone(asks, lang))
                .arg("year", year.to_string())
                .arg("parent", parent.as_str())
                .arg("theirs", milestone(parent_asks, lang))
                .arg("parent_document", document(parent_cited, lang))
                .arg("document", document(cited, lang));
            if *adopted {
                e.words()
            } else {
                e.words().helped(e.attr("help-adapted"))
            }
        }
        Cascade::AdoptedDiffers {
            measure: m,
            parent,
            year,
            asks,
            parent_asks,
        } => entry("diag-adopted-differs")
            .arg("measure", measure(m, lang))
            .arg("parent", parent.as_str())
            .arg("asks", milestone(asks, lang))
            .arg("year", year.to_string())
            .arg("theirs", milestone(parent_asks, lang))
            .words(),
        Cascade::AdoptedMissing {
            measure: m,
            parent,
            missing,
        } => {
            // Plan text: the help offers the first as a line to add (`target 2030 >= 90`).
            let missing: Vec<String> = missing
                .iter()
                .map(|(year, asks)| format!("{year} {} {}", asks.op.as_str(), exact(asks.value)))
                .collect();
            entry("diag-adopted-missing")
                .arg("measure", measure(m, lang))
                .arg("parent", parent.as_str())
                .arg("missing", missing.join(", "))
                .arg("first", missing.first().map_or("", String::as_str))
                .words()
        }
    }
}

/// `>= 90`.
fn milestone(m: &Asks, lang: Lang) -> String {
    format!("{} {}", m.op.as_str(), number(m.value, lang))
}

/// `23/QĐ-TTg, II.1`, or `the plan` for a plan that names no document.
fn document(c: &Cited, lang: Lang) -> String {
    let doc = match &c.document {
        Some(d) => d.clone(),
        None => lang.text("diag-this-plan"),
    };
    match &c.section {
        Some(s) => format!("{doc}, {s}"),
        None => doc,
    }
}
