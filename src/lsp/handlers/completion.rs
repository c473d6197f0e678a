//! `textDocument/completion`: what may be written at the cursor (`ide::completions`), in the
//! ide's order (kept by `sortText`), each replacing the part of its word already typed.
//!
//! The names come from the document's last analysis that parsed while the text being typed
//! does not, so `lead ` still offers the plan's agencies in a half-written indicator. A
//! snippet is sent as one only to a client that takes snippets; another gets its plain text.
//!
//! The client asks on its own after `.` and after a space. After a space only names and
//! values are sent (the agencies after `lead `, the words after `direction `): a list of
//! every keyword after each space would open over the typing; the list is then marked
//! incomplete, so the letters typed next ask again and the keywords come back. After a `.`
//! only what continues the dotted word is sent (an import's names after `national.`), so that
//! the dot of a number (`9.5`) opens nothing.

use crate::ide::{self, markdown, CompletionKind};
use crate::lsp::client::Client;
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::Document;
use crate::lsp::position::Encoding;
use crate::lsp::server::Server;
use lsp_types::request::Completion;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionList, CompletionParams, CompletionResponse,
    CompletionTextEdit, Documentation, InsertTextFormat, MarkupContent, MarkupKind, TextEdit,
};

/// The characters after which the client asks for completions without being told to.
pub(crate) const TRIGGERS: [&str; 2] = [".", " "];

impl OnRequest for Completion {
    fn handle(
        server: &mut Server,
        params: CompletionParams,
    ) -> Result<Option<CompletionResponse>, Failure> {
        let (encoding, lang, client) = (server.encoding, server.settings.lang, server.client);
        let at = params.text_document_position;
        let view = server.view(&at.text_document.uri)?;
        let document = view.document;
        let text = &document.text;
        let offset = document.lines.offset(text, at.position, encoding);
        let mut offered = ide::completions(text, offset, view.names, lang);
        let trigger = params.context.and_then(|c| c.trigger_character);
        let before = offered.len();
        match trigger.as_deref() {
            Some(" ") => offered.retain(|c| is_name_or_value(c.kind)),
            // What continues the word the dot was typed in (`national.`): none after a
            // dot that is no part of a word, nor where no item goes on from what is typed.
            Some(".") => offered.retain(|c| {
                let typed = &text[c.replace.start()..c.replace.end()];
                !typed.is_empty() && c.label.starts_with(typed)
            }),
            _ => {}
        }
        let items = offered
            .iter()
            .enumerate()
            .map(|(rank, completion)| item(completion, rank, document, encoding, client))
            .collect();
        Ok(Some(CompletionResponse::List(CompletionList {
            is_incomplete: offered.len() < before,
            items,
        })))
    }
}

/// Whether a completion is a name or a value a field takes, not a keyword or an item.
fn is_name_or_value(kind: CompletionKind) -> bool {
    !matches!(
        kind,
        CompletionKind::Keyword | CompletionKind::Field | CompletionKind::Snippet
    )
}

/// One completion as the protocol writes it; `rank` is its place in the list.
fn item(
    completion: &ide::Completion,
    rank: usize,
    document: &Document,
    encoding: Encoding,
    client: Client,
) -> CompletionItem {
    let replace = completion.replace;
    let range = document
        .lines
        .range(&document.text, replace.start()..replace.end(), encoding);
    let as_snippet = completion.is_snippet && client.snippets;
    let new_text = if completion.is_snippet && !as_snippet {
        ide::plain_text(&completion.insert_text)
    } else {
        completion.insert_text.clone()
    };
    let documentation = completion.documentation.as_ref().map(|words| {
        if client.markdown_completions {
            Documentation::MarkupContent(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown::escaped(words),
            })
        } else {
            Documentation::String(words.clone())
        }
    });
    CompletionItem {
        label: completion.label.clone(),
        kind: Some(kind(completion.kind)),
        detail: completion.detail.clone(),
        documentation,
        // The ide's order, which the client would otherwise replace by the labels'.
        sort_text: Some(format!("{rank:05}")),
        insert_text_format: Some(if as_snippet {
            InsertTextFormat::SNIPPET
        } else {
            InsertTextFormat::PLAIN_TEXT
        }),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text))),
        ..CompletionItem::default()
    }
}

/// The protocol's kind nearest to each of the ide's, for the editor's icon (those of
/// `documentSymbol`'s kinds the protocol's completions have).
fn kind(kind: CompletionKind) -> CompletionItemKind {
    use CompletionItemKind as P;
    match kind {
        CompletionKind::Keyword => P::KEYWORD,
        CompletionKind::Field => P::FIELD,
        CompletionKind::Snippet => P::SNIPPET,
        CompletionKind::Value => P::ENUM_MEMBER,
        CompletionKind::Agency => P::VARIABLE,
        CompletionKind::Objective => P::MODULE,
        CompletionKind::Unit => P::UNIT,
        CompletionKind::Dimension => P::ENUM,
        CompletionKind::Area => P::FOLDER,
        CompletionKind::Element => P::VALUE,
        CompletionKind::Indicator => P::CLASS,
        CompletionKind::Import => P::FILE,
        CompletionKind::Report => P::EVENT,
        CompletionKind::Project => P::STRUCT,
        CompletionKind::Task => P::METHOD,
    }
}
