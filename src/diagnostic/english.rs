//! The words of every problem, in English, made from its values: one function per kind of
//! problem. A second language is a second module of this shape.

use super::problem::{Label, NameHint, NameKind, Problem, UnknownName};

/// What a person reads of a problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    pub message: String,
    /// Text shown at the problem's place (may be empty).
    pub label: String,
    /// Other places involved, each with its text.
    pub related: Vec<Label>,
    pub help: Option<String>,
}

/// The English words of a problem.
pub fn words(problem: &Problem) -> Words {
    match problem {
        Problem::UnknownName(u) => unknown_name(u),
        Problem::Written(w) => Words {
            message: w.message.clone(),
            label: w.label.clone(),
            related: w.related.clone(),
            help: w.help.clone(),
        },
    }
}

fn name_kind(kind: NameKind) -> &'static str {
    match kind {
        NameKind::Agency => "agency",
        NameKind::Objective => "objective",
        NameKind::Area => "area",
        NameKind::Element => "data element",
        NameKind::Dimension => "dimension",
        NameKind::DimensionValue => "value",
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
    }
}

fn ticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn unknown_name(u: &UnknownName) -> Words {
    let kind = name_kind(u.kind);
    let (message, label) = match (&u.within, u.kind) {
        (Some(dimension), NameKind::DimensionValue) => (
            format!("`{}` is not a value of dimension `{dimension}`", u.name),
            format!("not a value of `{dimension}`"),
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
