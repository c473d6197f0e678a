//! Places `ide` answers with (a file's source and a span of it) as the protocol writes them:
//! the file's URI (as the client spelled it when it is open) and a range in the negotiated
//! encoding.

use super::diagnostics::Lines;
use super::documents::FileKey;
use super::position::Encoding;
use super::server::Server;
use crate::ide;
use crate::source::{Source, Span};
use lsp_types::{Location, Range, Uri};

/// Turns places into URIs and ranges, each file's lines found once.
pub(crate) struct Places<'s> {
    server: &'s Server,
    /// The document the request is about, by the name its analysis gives its source, and
    /// its URI (a document that is no file, `untitled:`, has no path to make one from).
    own: (String, Uri),
    lines: Lines,
}

impl<'s> Places<'s> {
    /// The places of `server`'s answer to a request about the document `uri`.
    pub(crate) fn new(server: &'s Server, uri: &Uri) -> Places<'s> {
        Places {
            server,
            own: (FileKey::of(uri).source_name(), uri.clone()),
            lines: Lines::default(),
        }
    }

    /// The URI of the file `source` was read from.
    pub(crate) fn uri(&self, source: &Source) -> Option<Uri> {
        if source.name() == self.own.0 {
            return Some(self.own.1.clone());
        }
        self.server.uri_of(&FileKey::named(source.name()))
    }

    /// The range of `span` in `source`.
    pub(crate) fn range(&mut self, source: &Source, span: Span) -> Range {
        let encoding: Encoding = self.server.encoding;
        self.lines.range(source, span, encoding)
    }

    /// A place as a location; `None` for a file no URI names.
    pub(crate) fn location(&mut self, place: &ide::Location) -> Option<Location> {
        let uri = self.uri(&place.source)?;
        Some(Location::new(uri, self.range(&place.source, place.span)))
    }
}
