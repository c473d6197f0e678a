//! Code actions: changes an editor offers at the cursor or a selection, each ready to
//! apply. Each fixes a diagnostic: its "did you mean" ([`Diagnostic::fixes`]), a `lead ?`
//! filled with one of the plan's agencies, a `waive` line for a parent indicator the plan
//! leaves unmapped; and, on the header of an indicator or part that takes up no parent
//! indicator, an `adopts` line for one of those the plan leaves unmapped.

mod adopt;
mod fixes;
mod layout;
mod lead;
mod waive;

use super::{Analysis, FileEdits};
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::source::Span;

/// A change an editor may offer, and what it fixes.
#[derive(Clone, Debug)]
pub struct CodeAction {
    /// What it does, in the reader's language (`Replace with `yte``).
    pub title: String,
    /// What kind of action it is.
    pub kind: ActionKind,
    /// The diagnostic it fixes: its index in the analysis' `checked.diagnostics`.
    pub diagnostic: Option<usize>,
    /// The changes it makes, file by file.
    pub edits: Vec<FileEdits>,
}

/// What kind of action a [`CodeAction`] is, as the Language Server Protocol sorts them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// It fixes a problem a diagnostic reports (LSP's `quickfix`).
    QuickFix,
}

/// A diagnostic of the analysed file where actions are asked for.
struct Found<'a> {
    analysis: &'a Analysis,
    /// Its index in `checked.diagnostics`.
    index: usize,
    diagnostic: &'a Diagnostic,
    /// Where it is.
    span: Span,
    lang: Lang,
}

/// The actions offered over `span` of the analysed file (the cursor, as an empty span, or a
/// selection): those that fix each of its diagnostics that `span` touches, then those that
/// apply where it is; titles in `lang`.
pub fn code_actions(analysis: &Analysis, span: Span, lang: Lang) -> Vec<CodeAction> {
    let mut out = Vec::new();
    let name = analysis.source().name();
    for (index, diagnostic) in analysis.checked.diagnostics.iter().enumerate() {
        let in_file = diagnostic.source().is_some_and(|s| s.name() == name);
        let Some(at) = diagnostic.span().filter(|at| in_file && touches(*at, span)) else {
            continue;
        };
        let found = Found {
            analysis,
            index,
            diagnostic,
            span: at,
            lang,
        };
        fixes::offer(&mut out, &found);
        lead::offer(&mut out, &found);
        waive::offer(&mut out, &found);
    }
    adopt::offer(&mut out, analysis, span, lang);
    out
}

/// Whether two spans share a byte, or one is a point at the other's edge or within it.
fn touches(a: Span, b: Span) -> bool {
    a.start() <= b.end() && b.start() <= a.end()
}

impl Found<'_> {
    /// An action that fixes this diagnostic with `edits` to the analysed file.
    fn action(&self, title: String, edits: Vec<super::Edit>) -> CodeAction {
        CodeAction {
            title,
            kind: ActionKind::QuickFix,
            diagnostic: Some(self.index),
            edits: vec![FileEdits {
                source: self.analysis.source().clone(),
                edits,
            }],
        }
    }
}

#[cfg(test)]
mod tests;
