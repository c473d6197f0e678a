//! The text that fixes a problem when written in place of its span: a name close to the one
//! written, a decimal point for a comma. Only problems whose fix is certain enough for an
//! editor to offer in one keystroke have one.

use super::problem::{
    Cascade, Declarations, Found, NameHint, Problem, Reading, SyntaxHint, UnknownName,
};

pub(super) fn replacement(problem: &Problem) -> Option<String> {
    match problem {
        Problem::UnknownName(UnknownName {
            hint: NameHint::Similar(name),
            ..
        }) => Some(name.clone()),
        Problem::Reading(Reading::DecimalComma { written }) => Some(written.replace(',', ".")),
        Problem::Reading(Reading::Syntax {
            found: Found::Word(_),
            hint: Some(SyntaxHint::DidYouMean(word)),
            ..
        }) => Some(word.clone()),
        Problem::Declarations(Declarations::DottedId { id, .. }) => Some(id.replace('.', "_")),
        Problem::Declarations(Declarations::AmendsUnknownImport {
            similar: Some(alias),
            ..
        })
        | Problem::Cascade(Cascade::ParentNotImported {
            similar: Some(alias),
            ..
        }) => Some(alias.clone()),
        Problem::Declarations(Declarations::UnknownAmendedItem {
            alias,
            similar: Some(id),
            ..
        })
        | Problem::Cascade(Cascade::UnknownParentMeasure {
            alias,
            similar: Some(id),
            ..
        }) => Some(format!("{alias}.{id}")),
        _ => None,
    }
}
