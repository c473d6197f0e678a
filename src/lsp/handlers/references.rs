//! `textDocument/references`: every place that names what the name under the cursor names
//! (`ide::references`), with its declaration when the client asks, across the open documents
//! and the plan files of the workspace folders (`across`).

use crate::ide;
use crate::lsp::across;
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::places::Places;
use crate::lsp::server::Server;
use lsp_types::request::References;
use lsp_types::{Location, ReferenceParams};

impl OnRequest for References {
    fn handle(
        server: &mut Server,
        params: ReferenceParams,
    ) -> Result<Option<Vec<Location>>, Failure> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let with_declaration = params.context.include_declaration;
        let found = across::answer(server, &uri, at.position, |file, offset, workspace| {
            ide::references(workspace, file, offset, with_declaration)
        })?;
        let mut places = Places::new(server, &uri);
        let locations = found.iter().filter_map(|f| places.location(f)).collect();
        Ok(Some(locations))
    }
}
