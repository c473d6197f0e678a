//! `workspace/symbol`: the declarations of every open plan and of every `*.plan` file in the
//! workspace folders whose name or title the query finds (`ide::symbols`: folded, so `tiem
//! chung` finds "tiêm chủng"), the closest first.

use super::document_symbol::kind;
use crate::ide::symbols::{self, Symbol};
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::FileKey;
use crate::lsp::position::{Encoding, LineIndex};
use crate::lsp::server::Server;
use crate::lsp::uri;
use crate::source::Source;
use lsp_types::request::WorkspaceSymbolRequest;
use lsp_types::{Location, SymbolInformation, WorkspaceSymbolParams, WorkspaceSymbolResponse};
use std::collections::BTreeSet;

/// How many symbols an answer lists at most (a one-letter query finds nearly everything).
const MOST: usize = 500;

impl OnRequest for WorkspaceSymbolRequest {
    fn handle(
        server: &mut Server,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>, Failure> {
        let query = params.query;
        let encoding = server.encoding;
        let mut found: Vec<(u32, SymbolInformation)> = Vec::new();
        let mut seen = BTreeSet::new();
        let folders = server.workspace.clone();
        for view in server.views() {
            let syntax = &view.analysis.syntax.file;
            let outline = symbols::outline(syntax, Some(&view.analysis.checked.model));
            let document = view.document;
            let (uri, text, lines) = (&document.uri, &document.text, &document.lines);
            add(&mut found, &outline, &query, uri, text, lines, encoding);
            seen.insert(FileKey::of(uri));
        }
        for path in folders.plan_files() {
            let key = FileKey::Path(crate::files::lexical(&path));
            if seen.contains(&key) {
                continue;
            }
            let (Ok(text), Some(uri)) =
                (crate::files::read_plan_text(&path), uri::from_path(&path))
            else {
                continue;
            };
            let parsed =
                crate::syntax::parse(&Source::new(path.display().to_string(), text.as_str()));
            let outline = symbols::outline(&parsed.file, None);
            add(
                &mut found,
                &outline,
                &query,
                &uri,
                &text,
                &LineIndex::new(&text),
                encoding,
            );
        }
        // The closest first; among equals, in file and outline order.
        found.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        found.truncate(MOST);
        let symbols = found.into_iter().map(|(_, symbol)| symbol).collect();
        Ok(Some(WorkspaceSymbolResponse::Flat(symbols)))
    }
}

/// Adds the symbols of one file's outline that `query` finds, each with its score.
fn add(
    found: &mut Vec<(u32, SymbolInformation)>,
    outline: &[Symbol],
    query: &str,
    uri: &lsp_types::Uri,
    text: &str,
    lines: &LineIndex,
    encoding: Encoding,
) {
    for (symbol, container) in symbols::flatten(outline) {
        let Some(score) = symbol.score(query) else {
            continue;
        };
        let name = if symbol.title.is_empty() {
            symbol.name.clone()
        } else {
            format!("{}: {}", symbol.name, symbol.title)
        };
        let range = lines.range(text, symbol.span.start()..symbol.span.end(), encoding);
        #[allow(deprecated)] // `deprecated` is a field the protocol keeps for old clients
        let information = SymbolInformation {
            name,
            kind: kind(symbol.kind),
            tags: None,
            deprecated: None,
            location: Location::new(uri.clone(), range),
            container_name: container.map(str::to_string),
        };
        found.push((score, information));
    }
}
