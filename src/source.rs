//! Source files and byte spans into them.

use std::fmt;
use std::sync::Arc;

/// A byte range in a source text.
///
/// Spans never take part in equality: two syntax trees or models that say the same thing are
/// equal wherever they were written. Use [`Span::same_place`] to compare positions.
///
/// Offsets are kept in 32 bits: a model holds some twenty spans per indicator, and plan files
/// are far below 4 GiB ([`crate::load_path`] refuses larger ones; a larger text given as a
/// string gets its positions past 4 GiB clamped there).
#[derive(Copy, Clone, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The largest text spans can point into.
pub const MAX_SOURCE_LEN: usize = u32::MAX as usize;

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        let clamp = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        Span {
            start: clamp(start),
            end: clamp(end),
        }
    }

    /// The byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// The byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// A span of zero width at `offset`.
    pub fn at(offset: usize) -> Self {
        Span::new(offset, offset)
    }

    pub fn len(&self) -> usize {
        self.end().saturating_sub(self.start())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether two spans cover the same bytes (equality deliberately ignores spans).
    pub fn same_place(&self, other: &Span) -> bool {
        self.start == other.start && self.end == other.end
    }

    /// The same span moved `by` bytes to the right.
    pub fn shifted(self, by: usize) -> Span {
        Span::new(self.start() + by, self.end() + by)
    }
}

impl PartialEq for Span {
    fn eq(&self, _: &Span) -> bool {
        true
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        miette::SourceSpan::new(span.start().into(), span.len())
    }
}

/// A source text and the name it is reported under, held once and shared cheaply.
#[derive(Clone)]
pub struct Source {
    name: Arc<str>,
    text: Arc<str>,
}

impl Source {
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The name diagnostics use for this source (usually the path as given).
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text a span covers (empty when the span falls outside the text).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start()..span.end()).unwrap_or("")
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

impl fmt::Debug for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Source({:?}, {} bytes)", self.name, self.text.len())
    }
}

impl miette::SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        // miette counts columns in bytes; people and `short` count characters.
        let (_, column) = self.line_col(inner.span().offset());
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column - 1,
            inner.line_count(),
        )))
    }
}
