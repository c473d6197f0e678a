//! Names that refer to nothing declared.

use super::{ticked, Words};
use crate::diagnostic::problem::{NameHint, NameKind, UnknownName};

fn name_kind(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Agency => "agency",
        NameKind::Objective => "objective",
        NameKind::Area => "area",
        NameKind::Element => "data element",
        NameKind::Dimension => "dimension",
        NameKind::DimensionValue => "value",
        NameKind::Unit => "unit",
        NameKind::Project => "project",
        NameKind::Operand => "data element or indicator",
        NameKind::Measure => "indicator or part",
    }
}

/// How to declare a name of each kind.
fn declaration(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Agency => "declare it: `agency ID \"Full name\" short \"Short name\"`",
        NameKind::Objective => "declare it: `objective ID \"Title\" source \"II.1.a\"`",
        NameKind::Area => "declare it: `area ID \"Name\"`",
        NameKind::Element => "declare it: `element ID \"Title\"`",
        NameKind::Dimension => "declare it: `dimension ID \"Title\" { value \"Title\" ... }`",
        NameKind::DimensionValue => "add the value to its dimension",
        NameKind::Unit => "use a built-in unit (percent, per_mille, per_100k, count) or declare one: `unit ID \"symbol\" range 0..`",
        NameKind::Project => "declare it: `project ID \"Title\" { ... }`",
        NameKind::Operand => "declare it: `element ID \"Title\"`, or name an indicator or part of the plan (`formula 12a / 12 * 100`)",
        NameKind::Measure => "a total adds up indicators or parts of this plan (`total of 12b, 12c`); an indicator with parts is named by its parts",
    }
}

pub(super) fn unknown_name(u: &UnknownName) -> Words {
    let kind = name_kind(u.kind);
    let (message, label) = match (&u.within, u.kind) {
        (Some(dimension), NameKind::DimensionValue) => (
            format!("`{}` is not a value of dimension `{dimension}`", u.name),
            format!("not a value of `{dimension}`"),
        ),
        (_, NameKind::Unit) => (
            format!("unknown unit `{}`", u.name),
            "not a built-in or declared unit".to_string(),
        ),
        _ => (
            format!("unknown {kind} `{}`", u.name),
            format!("no {kind} has this id"),
        ),
    };
    let help = match &u.hint {
        NameHint::Similar(name) => format!("did you mean `{name}`?"),
        NameHint::Imported(names) => {
            format!("it is declared by imports: write one of {}", ticked(names))
        }
        NameHint::OneOf(values) => match &u.within {
            Some(dimension) => format!("dimension `{dimension}` has the values {}", ticked(values)),
            None => format!("write one of {}", ticked(values)),
        },
        NameHint::Declare => declaration(u.kind).to_string(),
    };
    Words {
        message,
        label,
        related: Vec::new(),
        help: Some(help),
    }
}
