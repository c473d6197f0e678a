//! "Did you mean": a diagnostic's own fix ([`crate::Diagnostic::fixes`]), the text that
//! replaces its span.

use super::{CodeAction, Found};
use crate::diagnostic::EditTarget;
use crate::ide::Edit;

/// Adds an action for each fix of the diagnostic.
pub(super) fn offer(out: &mut Vec<CodeAction>, found: &Found<'_>) {
    for fix in found.diagnostic.fixes() {
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
        out.push(found.action(title, vec![edit]));
    }
}
