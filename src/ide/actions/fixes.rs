//! "Did you mean": a diagnostic's own fix ([`crate::Diagnostic::fixes`]), the text that
//! replaces its span; preferred when it is the only one.

use super::{CodeAction, Found};
use crate::diagnostic::EditTarget;
use crate::ide::Edit;

/// Adds an action for each fix of the diagnostic.
pub(super) fn offer(out: &mut Vec<CodeAction>, found: &Found<'_>) {
    let fixes = found.diagnostic.fixes();
    let single = fixes.len() == 1;
    for fix in fixes {
        let EditTarget::Span(span) = fix.target else {
            continue;
        };
        let title = found.lang.text_with(
            "ide-action-replace",
            &[("text", fix.replacement.as_str().into())],
        );
        let edit = Edit {
            span,
            text: fix.replacement,
        };
        let mut action = found.action(title, vec![edit]);
        action.preferred = single;
        out.push(action);
    }
}
