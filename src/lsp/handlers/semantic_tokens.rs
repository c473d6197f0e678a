//! `textDocument/semanticTokens/full` and `/range`: what each word of an open plan is
//! (`ide::tokens`), in the protocol's packed form: five numbers a token, each position
//! relative to the token before it, a token that spans lines (a block comment) cut at each
//! line's end.

use crate::ide::tokens::{self, Modifier, Token};
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::Document;
use crate::lsp::position::Encoding;
use crate::lsp::server::Server;
use lsp_types::request::{SemanticTokensFullRequest, SemanticTokensRangeRequest};
use lsp_types::{
    Range, SemanticToken, SemanticTokens, SemanticTokensParams, SemanticTokensRangeParams,
    SemanticTokensRangeResult, SemanticTokensResult,
};

impl OnRequest for SemanticTokensFullRequest {
    fn handle(
        server: &mut Server,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>, Failure> {
        let encoding = server.encoding;
        let view = server.view(&params.text_document.uri)?;
        let data = encode(view.document, encoding, None);
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }
}

impl OnRequest for SemanticTokensRangeRequest {
    fn handle(
        server: &mut Server,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>, Failure> {
        let encoding = server.encoding;
        let view = server.view(&params.text_document.uri)?;
        let data = encode(view.document, encoding, Some(params.range));
        Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }
}

/// The tokens of `document` (those that meet `range`, when given), packed.
fn encode(document: &Document, encoding: Encoding, range: Option<Range>) -> Vec<SemanticToken> {
    let text = &document.text;
    let lines = &document.lines;
    let source = crate::source::Source::new("", text.as_str());
    let within = range.map(|range| lines.span(text, range, encoding));
    let mut packed = Vec::new();
    let (mut line, mut column) = (0, 0);
    for token in tokens::tokens(&source) {
        if let Some(within) = &within {
            if token.span.end() < within.start || token.span.start() > within.end {
                continue;
            }
        }
        for (start, end) in pieces(text, &token) {
            let from = lines.position(text, start, encoding);
            let length = encoding.len(&text[start..end]) as u32;
            if length == 0 {
                continue;
            }
            let delta_line = from.line - line;
            let delta_start = if delta_line == 0 {
                from.character - column
            } else {
                from.character
            };
            packed.push(SemanticToken {
                delta_line,
                delta_start,
                length,
                token_type: token.kind.index(),
                token_modifiers_bitset: if token.declaration {
                    Modifier::Declaration.bit()
                } else {
                    0
                },
            });
            (line, column) = (from.line, from.character);
        }
    }
    packed
}

/// The bytes of a token, line by line, without the lines' ends.
fn pieces(text: &str, token: &Token) -> Vec<(usize, usize)> {
    let covered = &text[token.span.start()..token.span.end()];
    let mut out = Vec::new();
    let mut start = token.span.start();
    for piece in covered.split_inclusive(['\n', '\r']) {
        let content = piece.trim_end_matches(['\n', '\r']);
        out.push((start, start + content.len()));
        start += piece.len();
    }
    out
}
