//! Source files and byte spans into them.

use std::fmt;
use std::sync::{Arc, OnceLock};

/// An offset in 32 bits, clamped (see [`Span`]).
fn clamp_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

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
    /// The bytes from `start` up to (not including) `end`; offsets past 4 GiB are clamped there.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: clamp_u32(start),
            end: clamp_u32(end),
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

    /// How many bytes the span covers (0 when `end` is before `start`).
    pub fn len(&self) -> usize {
        self.end().saturating_sub(self.start())
    }

    /// Whether the span covers no byte: a point, such as the end of the text.
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
    /// Where each line starts, built the first time a position is asked for (a plan with
    /// many diagnostics would otherwise scan its text from the start for each).
    line_starts: Arc<OnceLock<Box<[u32]>>>,
}

impl Source {
    /// A source; a line ended by a lone CR (as old Mac editors write) is read as one ended by
    /// LF, byte for byte, so that `//` comments end where the author sees the line end.
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        Source {
            name: name.into(),
            text: lone_cr_as_lf(text),
            line_starts: Arc::new(OnceLock::new()),
        }
    }

    /// The name diagnostics use for this source (usually the path as given).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text, with lone CRs already read as LF (see [`Source::new`]).
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
        let starts = self.line_starts();
        // The last line that starts at or before the offset.
        let line = starts.partition_point(|&s| s as usize <= offset).max(1);
        let line_start = (starts[line - 1] as usize).min(offset);
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    /// Where each line starts.
    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let newlines = memchr::memchr_iter(b'\n', self.text.as_bytes());
            std::iter::once(0)
                .chain(newlines.map(|i| clamp_u32(i + 1)))
                .collect()
        })
    }

    /// How many lines the text has (a last line without its newline counts).
    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// The bytes of 1-based `line`, without its line end (`\n` or `\r\n`); empty past the end.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line.wrapping_sub(1)) else {
            return self.text.len()..self.text.len();
        };
        let start = (start as usize).min(self.text.len());
        let mut end = starts
            .get(line)
            .map_or(self.text.len(), |&next| (next as usize).saturating_sub(1));
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end.max(start)
    }
}

/// The text with each CR that no LF follows replaced by LF (same length, same offsets).
fn lone_cr_as_lf(text: Arc<str>) -> Arc<str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes.get(i + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', bytes).any(lone) {
        return text;
    }
    let mut out = bytes.to_vec();
    for i in memchr::memchr_iter(b'\r', bytes).filter(|&i| lone(i)) {
        out[i] = b'\n';
    }
    // Only ASCII bytes changed, so the text is still UTF-8.
    String::from_utf8(out).map_or(text, Arc::from)
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

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn line_and_column_count_lines_and_characters() {
        let s = Source::new("t", "ab\nđến\n\nx");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(2), (1, 3)); // the newline itself
        assert_eq!(s.line_col(3), (2, 1));
        // "đến": đ is two bytes, ế three.
        assert_eq!(s.line_col(5), (2, 2));
        assert_eq!(s.line_col(8), (2, 3));
        assert_eq!(s.line_col(9), (2, 4));
        assert_eq!(s.line_col(10), (3, 1));
        assert_eq!(s.line_col(11), (4, 1));
        // Inside a character: the character's start; past the end: the end.
        assert_eq!(s.line_col(6), (2, 2));
        assert_eq!(s.line_col(99), (4, 2));
        assert_eq!(Source::new("e", "").line_col(5), (1, 1));
    }

    #[test]
    fn a_lone_cr_ends_a_line_and_crlf_is_kept() {
        let s = Source::new("t", "// note\rplan\r\nx\r");
        assert_eq!(s.text(), "// note\nplan\r\nx\n");
        assert_eq!(s.line_col(8), (2, 1));
        assert_eq!(s.line_col(14), (3, 1));
    }

    #[test]
    fn a_plan_saved_with_cr_line_ends_checks_as_with_lf() {
        let lf = "// Kế hoạch\nplan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\nagency ubnd \"UBND\"\n";
        let cr = lf.replace('\n', "\r");
        let (a, b) = (
            crate::load_str("lf.plan", lf),
            crate::load_str("cr.plan", &cr),
        );
        assert!(!a.has_errors() && !b.has_errors(), "{:?}", b.diagnostics);
        assert_eq!(a.model.agencies.len(), b.model.agencies.len());
    }
}
