//! Names that refer to nothing declared.

use super::{did_you_mean, ticked, Entry, Words};
use crate::diagnostic::problem::{NameHint, NameKind, UnknownName};
use crate::i18n::Lang;

/// The kind's key in the catalogue: `diag-kind-KEY` names it, `diag-declare-KEY` says how
/// to declare one.
fn key(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Agency => "agency",
        NameKind::Objective => "objective",
        NameKind::Area => "area",
        NameKind::Element => "element",
        NameKind::Dimension => "dimension",
        NameKind::DimensionValue => "value",
        NameKind::Unit => "unit",
        NameKind::Project => "project",
        NameKind::Operand => "operand",
        NameKind::Measure => "measure",
    }
}

pub(super) fn unknown_name(u: &UnknownName, lang: Lang) -> Words {
    let name = u.name.as_str();
    let entry = match (&u.within, u.kind) {
        (Some(dimension), NameKind::DimensionValue) => {
            Entry::new(lang, "diag-unknown-dimension-value").arg("dimension", dimension.as_str())
        }
        (_, NameKind::Unit) => Entry::new(lang, "diag-unknown-unit"),
        _ => Entry::new(lang, "diag-unknown-name")
            .arg("kind", lang.text(&format!("diag-kind-{}", key(u.kind)))),
    }
    .arg("name", name);
    let help = match &u.hint {
        NameHint::Similar(name) => did_you_mean(name, lang),
        NameHint::Imported(names) => {
            lang.text_with("diag-name-imported", &[("names", ticked(names).into())])
        }
        NameHint::OneOf(values) => match &u.within {
            Some(dimension) => lang.text_with(
                "diag-name-values-of",
                &[
                    ("dimension", dimension.as_str().into()),
                    ("values", ticked(values).into()),
                ],
            ),
            None => lang.text_with("diag-name-one-of", &[("values", ticked(values).into())]),
        },
        NameHint::Declare => lang.text(&format!("diag-declare-{}", key(u.kind))),
    };
    Words {
        message: entry.message(),
        label: entry.attr("label"),
        related: Vec::new(),
        help: Some(help),
    }
}
