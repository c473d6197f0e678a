//! `textDocument/codeAction`: the quick fixes `ide::code_actions` offers over the range, and
//! those of the diagnostics the client sends in the request's context (where the person
//! asked from the list of problems, the range may be elsewhere). Each names the diagnostic it
//! fixes as the client showed it, and carries its change as a workspace edit (versioned for
//! a client that takes it); the single "did you mean" of a diagnostic is the preferred one,
//! which an editor may apply on its own. A request for other kinds of action (`only`) is
//! answered with none: every action here is a quick fix.

use crate::i18n::Lang;
use crate::ide::{self, ActionKind, Analysis};
use crate::lsp::diagnostics::{self, Lines};
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::edits::workspace_edit;
use crate::lsp::position::Encoding;
use crate::lsp::server::Server;
use crate::source::Span;
use lsp_types::request::CodeActionRequest;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    Diagnostic, NumberOrString, Uri,
};

impl OnRequest for CodeActionRequest {
    fn handle(
        server: &mut Server,
        params: CodeActionParams,
    ) -> Result<Option<CodeActionResponse>, Failure> {
        let (encoding, lang) = (server.encoding, server.settings.lang);
        let context = params.context;
        if !asked_for(context.only.as_deref(), &CodeActionKind::QUICKFIX) {
            return Ok(Some(Vec::new()));
        }
        let uri = params.text_document.uri;
        let view = server.view(&uri)?;
        let document = view.document;
        let range = document.lines.span(&document.text, params.range, encoding);
        let analysis = view.analysis;
        let own = own_diagnostics(analysis, &document.uri, lang, encoding);
        let mut actions = ide::code_actions(analysis, Span::new(range.start, range.end), lang);
        for shown in &context.diagnostics {
            let Some(ours) = own.iter().find(|ours| same(&ours.converted, shown)) else {
                continue;
            };
            let fixes = ide::code_actions(analysis, ours.span, lang);
            actions.extend(
                fixes
                    .into_iter()
                    .filter(|a| a.diagnostic == Some(ours.index)),
            );
        }
        let mut seen = Vec::new();
        actions.retain(|a| {
            let key = (a.title.clone(), a.diagnostic);
            let first = !seen.contains(&key);
            seen.push(key);
            first
        });
        // The diagnostic each fixes, as the client shows it when it sent it, else as the
        // server would publish it.
        let fixed: Vec<Option<Diagnostic>> = actions
            .iter()
            .map(|action| {
                let ours = own.iter().find(|o| Some(o.index) == action.diagnostic)?;
                let shown = context
                    .diagnostics
                    .iter()
                    .find(|shown| same(&ours.converted, shown));
                Some(shown.unwrap_or(&ours.converted).clone())
            })
            .collect();
        let answer = actions
            .into_iter()
            .zip(fixed)
            .map(|(action, diagnostic)| {
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: action.title,
                    kind: Some(kind(action.kind)),
                    diagnostics: diagnostic.map(|d| vec![d]),
                    edit: Some(workspace_edit(server, &uri, &action.edits)),
                    is_preferred: action.preferred.then_some(true),
                    ..CodeAction::default()
                })
            })
            .collect();
        Ok(Some(answer))
    }
}

/// One diagnostic of the analysed file: its index in the analysis, where it is, and how the
/// server publishes it.
struct Own {
    index: usize,
    span: Span,
    converted: Diagnostic,
}

/// The analysed file's own diagnostics, each as the server publishes it.
fn own_diagnostics(analysis: &Analysis, uri: &Uri, lang: Lang, encoding: Encoding) -> Vec<Own> {
    let name = analysis.source().name();
    let mut lines = Lines::default();
    let mut out = Vec::new();
    for (index, diagnostic) in analysis.checked.diagnostics.iter().enumerate() {
        if diagnostic.source().is_none_or(|s| s.name() != name) {
            continue;
        }
        let Some(span) = diagnostic.span() else {
            continue;
        };
        let converted = diagnostics::convert(diagnostic, uri, lang, encoding, &mut lines);
        out.push(Own {
            index,
            span,
            converted,
        });
    }
    out
}

/// Whether the client's diagnostic is this one of the server's: the same problem at the
/// same place (its words may be of a language the server spoke before).
fn same(ours: &Diagnostic, shown: &Diagnostic) -> bool {
    let code = |d: &Diagnostic| match &d.code {
        Some(NumberOrString::String(code)) => Some(code.clone()),
        _ => None,
    };
    shown.source.as_deref() == Some(diagnostics::SOURCE)
        && ours.range == shown.range
        && code(ours) == code(shown)
}

/// The protocol's kind of an action.
fn kind(kind: ActionKind) -> CodeActionKind {
    match kind {
        ActionKind::QuickFix => CodeActionKind::QUICKFIX,
    }
}

/// Whether actions of `kind` are asked for: `only` is absent, or names the kind or a kind
/// above it (`quickfix` for `quickfix.x`; the empty kind is above all).
fn asked_for(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    let Some(only) = only else {
        return true;
    };
    let kind = kind.as_str();
    only.iter().any(|asked| {
        let asked = asked.as_str();
        asked.is_empty()
            || kind == asked
            || kind
                .strip_prefix(asked)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_quick_fixes_or_what_holds_them_ask_for_them() {
        let quickfix = CodeActionKind::QUICKFIX;
        assert!(asked_for(None, &quickfix));
        assert!(asked_for(Some(&[CodeActionKind::QUICKFIX]), &quickfix));
        assert!(asked_for(Some(&[CodeActionKind::EMPTY]), &quickfix));
        assert!(!asked_for(Some(&[CodeActionKind::REFACTOR]), &quickfix));
        assert!(!asked_for(Some(&[]), &quickfix));
        let below = CodeActionKind::from("quickfix.did_you_mean");
        assert!(asked_for(Some(&[CodeActionKind::QUICKFIX]), &below));
        assert!(!asked_for(Some(&[CodeActionKind::from("quick")]), &below));
    }
}
