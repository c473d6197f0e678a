//! `textDocument/documentSymbol`: the outline of an open plan (`ide::symbols`), each symbol
//! with its kind, its name (`indicator 16`), its title as detail, and its ranges.

use crate::ide::names::Kind;
use crate::ide::symbols::{self, Symbol, SymbolKind};
use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::documents::Document;
use crate::lsp::position::Encoding;
use crate::lsp::server::Server;
use lsp_types::request::DocumentSymbolRequest;
use lsp_types::{DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse};

impl OnRequest for DocumentSymbolRequest {
    fn handle(
        server: &mut Server,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>, Failure> {
        let encoding = server.encoding;
        let view = server.view(&params.text_document.uri)?;
        let syntax = &view.analysis.syntax.file;
        let outline = symbols::outline(syntax, Some(&view.analysis.checked.model));
        let nested = outline
            .iter()
            .map(|symbol| convert(symbol, view.document, encoding))
            .collect();
        Ok(Some(DocumentSymbolResponse::Nested(nested)))
    }
}

/// One symbol and what is under it, as the protocol writes them.
fn convert(symbol: &Symbol, document: &Document, encoding: Encoding) -> DocumentSymbol {
    let range = |span: crate::source::Span| {
        document
            .lines
            .range(&document.text, span.start()..span.end(), encoding)
    };
    #[allow(deprecated)] // `deprecated` is a field the protocol keeps for old clients
    DocumentSymbol {
        name: symbol.name.clone(),
        detail: (!symbol.title.is_empty()).then(|| symbol.title.clone()),
        kind: kind(symbol.kind),
        tags: None,
        deprecated: None,
        range: range(symbol.span),
        selection_range: range(symbol.name_span),
        children: Some(
            symbol
                .children
                .iter()
                .map(|child| convert(child, document, encoding))
                .collect(),
        ),
    }
}

/// The protocol's kind nearest to each of planlang's (the protocol's are a programming
/// language's: an objective groups as a namespace does, an indicator holds parts as a class
/// holds fields).
pub(super) fn kind(kind: SymbolKind) -> lsp_types::SymbolKind {
    use lsp_types::SymbolKind as P;
    match kind {
        SymbolKind::Plan | SymbolKind::Amendment => P::FILE,
        SymbolKind::Declared(Kind::Import) => P::MODULE,
        SymbolKind::Declared(Kind::Agency) => P::OBJECT,
        SymbolKind::Declared(Kind::Unit) => P::CONSTANT,
        SymbolKind::Declared(Kind::Dimension) => P::ENUM,
        SymbolKind::Declared(Kind::DimensionValue) => P::ENUM_MEMBER,
        SymbolKind::Declared(Kind::Objective) => P::NAMESPACE,
        SymbolKind::Declared(Kind::Indicator) => P::CLASS,
        SymbolKind::Declared(Kind::Part) => P::FIELD,
        SymbolKind::Declared(Kind::Report) | SymbolKind::Declared(Kind::Review) => P::EVENT,
        SymbolKind::Declared(Kind::Area) => P::PACKAGE,
        SymbolKind::Declared(Kind::Element) => P::VARIABLE,
        SymbolKind::Waiver => P::KEY,
        SymbolKind::Declared(Kind::Query) => P::FUNCTION,
        SymbolKind::Change => P::PROPERTY,
        SymbolKind::Transfer => P::OPERATOR,
        SymbolKind::Declared(Kind::Project) => P::STRUCT,
        SymbolKind::Declared(Kind::Task) => P::METHOD,
    }
}
