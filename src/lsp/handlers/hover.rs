//! `textDocument/hover`: what the name under the cursor stands for (`ide::hover`), as
//! Markdown, over the name's range. An indicator of the plan also says its status from the
//! plan's data (the `data` setting's files, else those beside the plan: `ide::data`), read
//! at the first such hover and kept until the plan or the files change (`plan_data`), and
//! what went wrong with the data when something did.

use crate::ide;
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::FileKey;
use crate::lsp::server::Server;
use lsp_types::request::HoverRequest;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

impl OnRequest for HoverRequest {
    fn handle(server: &mut Server, params: HoverParams) -> Result<Option<Hover>, Failure> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = server.encoding;
        let lang = server.settings.lang;
        // Analysed as it now is.
        server.view(&uri)?;
        let key = FileKey::of(&uri);
        let (Some(document), Some(analysed)) =
            (server.documents.get(&key), server.analyses.get(&key))
        else {
            return Ok(None);
        };
        let offset = document.lines.offset(&document.text, at.position, encoding);
        let (cache, setting) = (&mut server.plan_data, &server.settings.data);
        let hovered = ide::hover_with_data(&analysed.analysis, offset, lang, move || {
            cache.get(&key, analysed, setting)
        });
        let Some(hover) = hovered else {
            return Ok(None);
        };
        let span = hover.span.start()..hover.span.end();
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: hover.markdown,
            }),
            range: Some(document.lines.range(&document.text, span, encoding)),
        }))
    }
}
