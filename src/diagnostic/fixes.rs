//! The text that fixes a problem when written in place of its span, or of a data row's
//! field: a name close to the one written, a decimal point for a comma. Only problems whose
//! fix is certain enough for an editor to offer in one keystroke have one.

use super::problem::{
    BadNumber, Cascade, DataProblem, Declarations, Found, NameHint, Problem, Reading, Suggestion,
    SyntaxHint, UnknownName,
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
        }) => Some(alias.clone()),
        Problem::Declarations(Declarations::UnknownAmendedItem {
            alias,
            similar: Some(id),
            ..
        }) => Some(format!("{alias}.{id}")),
        Problem::Cascade(cascade) => match &**cascade {
            Cascade::ParentNotImported {
                similar: Some(alias),
                ..
            } => Some(alias.clone()),
            Cascade::UnknownParentMeasure {
                alias,
                similar: Some(id),
                ..
            } => Some(format!("{alias}.{id}")),
            _ => None,
        },
        _ => None,
    }
}

/// The text written in a data row's field and the text that fixes it: the id the plan has
/// close to it, or a number written with the marks the file's style reads.
pub(super) fn field(problem: &Problem) -> Option<(String, String)> {
    let Problem::Data(problem) = problem else {
        return None;
    };
    match problem {
        DataProblem::UnknownIndicator {
            indicator: written,
            hint: Suggestion::Similar(id),
        }
        | DataProblem::UnknownArea {
            area: written,
            hint: Suggestion::Similar(id),
        }
        | DataProblem::UnknownAgency {
            agency: written,
            hint: Suggestion::Similar(id),
            ..
        }
        | DataProblem::UnknownReport {
            report: written,
            hint: Suggestion::Similar(id),
        }
        | DataProblem::UnknownTask {
            task: written,
            hint: Suggestion::Similar(id),
        }
        | DataProblem::UnknownDimensionValue {
            value: written,
            hint: Suggestion::Similar(id),
            ..
        } => Some((written.clone(), id.clone())),
        // The one agency that owes the task.
        DataProblem::NotTaskLead { agency, leads, .. } if leads.len() == 1 => {
            Some((agency.clone(), leads[0].clone()))
        }
        DataProblem::BadNumber(BadNumber::AgainstStyle { text, .. }) => {
            Some((text.clone(), crate::data::number::swap_marks(text)))
        }
        _ => None,
    }
}
