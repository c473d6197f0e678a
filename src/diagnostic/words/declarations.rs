//! Declarations and their fields.

use super::{both, did_you_mean, measure, similar_or, Entry, Words};
use crate::diagnostic::problem::{
    AmendedKind, DeclKind, Declarations, HeaderField, ImportFailure, Item, Stray,
};
use crate::i18n::Lang;

pub(super) fn words(problem: &Declarations, lang: Lang) -> Words {
    use Declarations::*;
    let entry = |id| Entry::new(lang, id);
    match problem {
        DuplicateHeader { first, amendment } => {
            let e = entry(if *amendment {
                "diag-duplicate-header-amendment"
            } else {
                "diag-duplicate-header"
            });
            e.words().and(*first, e.attr("first"))
        }
        MissingHeader => entry("diag-missing-header").words(),
        BadPeriod { start, end } => entry("diag-bad-period")
            .arg("start", start.to_string())
            .arg("end", end.to_string())
            .words(),
        MissingPeriod => entry("diag-missing-period").words(),
        MissingHeaderFields { missing } => {
            let list: Vec<String> = missing
                .iter()
                .map(|f| format!("`{}`", header_field(*f)))
                .collect();
            entry("diag-missing-header-fields")
                .arg("fields", list.join(", "))
                .words()
        }
        AmendmentIncomplete { missing } => {
            let list: Vec<String> = missing.iter().map(|f| format!("`{f}`")).collect();
            entry("diag-amendment-incomplete")
                .arg("fields", both(&list, lang))
                .words()
        }
        DuplicateId { kind, id, first } => {
            let e = entry("diag-duplicate-id")
                .arg("kind", decl_kind(*kind, lang))
                .arg("id", id.as_str());
            e.words().and(*first, e.attr("first"))
        }
        BuiltinUnitDeclared { unit } => entry("diag-builtin-unit-declared")
            .arg("unit", unit.as_str())
            .words(),
        DuplicateValue {
            value,
            dimension,
            first,
        } => {
            let e = entry("diag-duplicate-value")
                .arg("value", value.as_str())
                .arg("dimension", dimension.as_str());
            e.words().and(*first, e.attr("first"))
        }
        DuplicateField { field, item, first } => {
            let e = entry("diag-duplicate-field")
                .arg("field", field.as_str())
                .arg("item", item_words(item, lang));
            e.words().and(*first, e.attr("first"))
        }
        DottedId { kind, id } => entry("diag-dotted-id")
            .arg("kind", decl_kind(*kind, lang))
            .arg("id", id.as_str())
            .arg("fixed", id.replace('.', "_"))
            .words(),
        ImportClash { alias, first } => {
            let e = entry("diag-import-clash").arg("alias", alias.as_str());
            e.words().and(*first, e.attr("first"))
        }
        ImportUnreadable {
            path,
            reason,
            folder,
        } => {
            let reason = match reason {
                ImportFailure::NotFound => lang.text("diag-import-not-found"),
                ImportFailure::NotUtf8 => lang.text("diag-import-not-utf8"),
                ImportFailure::Io(words) => words.clone(),
            };
            let e = entry("diag-import-unreadable")
                .arg("path", path.as_str())
                .arg("reason", reason);
            match folder {
                Some(folder) => e.words().helped(lang.text_with(
                    "diag-import-relative",
                    &[("folder", folder.as_str().into())],
                )),
                None => e.words(),
            }
        }
        ImportCycle { path, chain } => entry("diag-import-cycle")
            .arg("path", path.as_str())
            .arg("chain", chain.join(" → "))
            .words(),
        ImportTooDeep { path, chain, limit } => entry("diag-import-too-deep")
            .arg("path", path.as_str())
            .arg("chain", chain.join(" → "))
            .arg("limit", limit.to_string())
            .arg("file", (limit + 1).to_string())
            .words(),
        DuplicateWaiver { parent, first } => {
            let e = entry("diag-duplicate-waiver").arg("parent", parent.as_str());
            e.words().and(*first, e.attr("first"))
        }
        UnitRangeBackwards { unit, upper } => {
            let e = entry("diag-unit-range-backwards").arg("unit", unit.as_str());
            e.words().and(*upper, e.attr("upper"))
        }
        AreaCycle { path } => entry("diag-area-cycle")
            .arg("path", nested(path, lang))
            .words(),
        ObjectiveCycle { path } => entry("diag-objective-cycle")
            .arg("path", nested(path, lang))
            .words(),
        CompositeWithMeasure { indicator, stray } => entry(match stray {
            Stray::Target => "diag-composite-with-target",
            Stray::Mapping => "diag-composite-with-mapping",
            Stray::Total => "diag-composite-with-total",
        })
        .arg("indicator", indicator.as_str())
        .words(),
        MissingUnit { measure: m } => entry("diag-missing-unit")
            .arg("measure", measure(m, lang))
            .words(),
        MissingDirection { measure: m } => entry("diag-missing-direction")
            .arg("measure", measure(m, lang))
            .words(),
        AggregateWithFormula { measure: m } => entry("diag-aggregate-with-formula")
            .arg("measure", measure(m, lang))
            .words(),
        UnknownCovered {
            project,
            id,
            indicators,
            similar,
        } => {
            let e = entry("diag-unknown-covered")
                .arg("project", project.as_str())
                .arg("id", id.as_str());
            let help = match (indicators, similar) {
                (Some(numbers), _) => lang.text_with(
                    "diag-covered-numbers",
                    &[("numbers", numbers.join(", ").into())],
                ),
                (None, Some(s)) => did_you_mean(s, lang),
                (None, None) => e.attr("help"),
            };
            e.words().helped(help)
        }
        UnchangeableField { field } => entry("diag-unchangeable-field")
            .arg("field", field.as_str())
            .words(),
        StrayChange => entry("diag-stray-change").words(),
        AmendsUnknownImport { alias, similar } => {
            let e = entry("diag-amends-unknown-import").arg("alias", alias.as_str());
            e.words()
                .helped(similar_or(similar.as_deref(), e.attr("help"), lang))
        }
        UnknownAmendedItem {
            alias,
            kind,
            name,
            similar,
        } => {
            let key = match kind {
                AmendedKind::Measure => "measure",
                AmendedKind::Report => "report",
                AmendedKind::Agency => "agency",
            };
            let e = entry("diag-unknown-amended-item")
                .arg("alias", alias.as_str())
                .arg("kind", key)
                .arg("name", name.as_str());
            let help = match similar {
                Some(id) => did_you_mean(&format!("{alias}.{id}"), lang),
                None => e.attr("help"),
            };
            e.words().helped(help)
        }
    }
}

/// Names each in the next (`a in b in a`), as a circle of `in`s is written.
fn nested(path: &[String], lang: Lang) -> String {
    path.join(&format!(" {} ", lang.text("diag-nested-in")))
}

fn header_field(f: HeaderField) -> &'static str {
    match f {
        HeaderField::Document => "document",
        HeaderField::Issuer => "issuer",
        HeaderField::Signed => "signed",
    }
}

/// What a kind of declaration is called: `agency`, `data element`.
pub(super) fn decl_kind(kind: DeclKind, lang: Lang) -> String {
    let key = match kind {
        DeclKind::Agency => "agency",
        DeclKind::Unit => "unit",
        DeclKind::Dimension => "dimension",
        DeclKind::Area => "area",
        DeclKind::Element => "element",
        DeclKind::Objective => "objective",
        DeclKind::Indicator => "indicator",
        DeclKind::Part => "part",
        DeclKind::Report => "report",
        DeclKind::Review => "review",
        DeclKind::Query => "query",
        DeclKind::Project => "project",
        DeclKind::Task => "task",
        DeclKind::Import => "import",
    };
    lang.text(&format!("diag-kind-{key}"))
}

/// What a field belongs to: "the plan", "indicator 3", "report `r1`".
pub(super) fn item_words(item: &Item, lang: Lang) -> String {
    let (key, id) = match item {
        Item::Plan => return lang.text("diag-item-plan"),
        Item::Amendment => return lang.text("diag-item-amendment"),
        Item::Measure(m) => return measure(m, lang),
        Item::ChangeTo(id) => ("change", id),
        Item::Unit(id) => ("unit", id),
        Item::Area(id) => ("area", id),
        Item::Report(id) => ("report", id),
        Item::Review(id) => ("review", id),
        Item::Project(id) => ("project", id),
        Item::Task(id) => ("task", id),
    };
    lang.text_with(&format!("diag-item-{key}"), &[("id", id.as_str().into())])
}
