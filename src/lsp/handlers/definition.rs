//! `textDocument/definition`: where the name under the cursor is declared (`ide::definition`),
//! in this file or in a file it imports (`adopts national.3a` lands on part `a` of indicator
//! 3 of the national file). A client that takes links is also told which name the cursor was
//! on, so that it underlines all of `3a` rather than the word it guesses.

use crate::ide::{self, names};
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::places::Places;
use crate::lsp::server::Server;
use lsp_types::request::GotoDefinition;
use lsp_types::{GotoDefinitionParams, GotoDefinitionResponse, LocationLink};

impl OnRequest for GotoDefinition {
    fn handle(
        server: &mut Server,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>, Failure> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = server.encoding;
        let view = server.view(&uri)?;
        let document = view.document;
        let offset = document.lines.offset(&document.text, at.position, encoding);
        let Some(declared) = ide::definition(view.analysis, offset) else {
            return Ok(None);
        };
        let found = names::occurrences(&view.analysis.checked.model);
        let origin = names::at(&found, offset).map(|name| {
            let span = name.span.start()..name.span.end();
            document.lines.range(&document.text, span, encoding)
        });
        let links = server.client.definition_links;
        let mut places = Places::new(server, &uri);
        let Some(location) = places.location(&declared) else {
            return Ok(None);
        };
        if !links {
            return Ok(Some(GotoDefinitionResponse::Scalar(location)));
        }
        Ok(Some(GotoDefinitionResponse::Link(vec![LocationLink {
            origin_selection_range: origin,
            target_uri: location.uri,
            target_range: location.range,
            target_selection_range: location.range,
        }])))
    }
}
