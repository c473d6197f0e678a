//! A problem drawn for people (miette's graphical report), readable whatever the file holds:
//! a line longer than `LINE_CHARS` is cut around what is marked, with `…` where text was
//! left out (as rustc cuts it; a 100 MB line used to be printed whole), and characters a
//! terminal would act on are shown by their stand-ins (`render::terminal`). Plan diagnostics
//! and query errors are both drawn here, in the language asked for.
//!
//! miette places marks by byte offsets in the text it is given, so a cut or escaped snippet
//! is a text of its own (an `Excerpt` of the lines around the marks) with the marks moved
//! into it; the line and column it reports are those of the file.

use super::terminal::{needs_stand_ins, stand_in, visible};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::Source;
use miette::{LabeledSpan, MietteError, SourceCode, SourceSpan, SpanContents};
use std::fmt;
use std::ops::Range;

/// Characters of a line shown at most.
const LINE_CHARS: usize = 160;
/// Characters kept before the first mark of a cut line.
const BEFORE_MARK: usize = 60;
/// What stands for the text left out of a cut line.
const ELLIPSIS: &str = "…";

/// miette's graphical report of `d` in `lang`, whose marks are in `source`; `color` false
/// gives plain Unicode without escape codes.
pub fn graphical(d: &Diagnostic, lang: Lang, source: &Source, color: bool, width: usize) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let help_style = theme.styles.help;
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let fitted = Fitted::new(d, lang, source);
    let mut out = String::new();
    if handler.render_report(&mut out, &fitted).is_err() {
        // Rendering into a String does not fail in practice; say the message without a drawing.
        out = fitted.message.clone();
    }
    if let Some(help) = &fitted.help {
        // miette would write it last, under the heading `help:` in English: it is written
        // here as miette writes it, under the heading of `lang`.
        let heading = format!("  {}: ", lang.text("diag-help-heading"));
        let indent = " ".repeat(textwrap::core::display_width(&heading));
        let heading = help_style.style(&heading).to_string();
        let options = textwrap::Options::new(width.saturating_sub(2))
            .initial_indent(&heading)
            .subsequent_indent(&indent)
            .break_words(true);
        out.push_str(&textwrap::fill(help, options));
        out.push('\n');
    }
    out
}

/// A diagnostic as it is drawn: its words in the language asked for and made visible, its
/// marks moved into the excerpt when there is one. Its help is written after miette's
/// drawing (see [`graphical`]), so miette is not given it.
struct Fitted<'a> {
    code: &'static str,
    severity: Severity,
    message: String,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    excerpt: Option<Excerpt<'a>>,
    source: &'a Source,
}

impl<'a> Fitted<'a> {
    fn new(d: &Diagnostic, lang: Lang, source: &'a Source) -> Self {
        let words = d.words(lang);
        let text = |t: &str| (!t.is_empty()).then(|| visible(t).into_owned());
        let marks: Vec<(Option<String>, Range<usize>, bool)> = d
            .span()
            .map(|span| (text(&words.label), span.start()..span.end(), true))
            .into_iter()
            .chain(
                words
                    .related
                    .iter()
                    .map(|l| (text(&l.text), l.span.start()..l.span.end(), false)),
            )
            .collect();
        let spans: Vec<Range<usize>> = marks.iter().map(|(_, r, _)| r.clone()).collect();
        let excerpt = Excerpt::of(source, &spans);
        let labels = marks
            .into_iter()
            .map(|(text, range, primary)| {
                let span = match &excerpt {
                    Some(e) => e.moved(range),
                    None => SourceSpan::new(range.start.into(), range.len()),
                };
                if primary {
                    LabeledSpan::new_primary_with_span(text, span)
                } else {
                    LabeledSpan::new_with_span(text, span)
                }
            })
            .collect();
        Fitted {
            code: d.code().as_str(),
            severity: d.severity(),
            message: visible(&words.message).into_owned(),
            help: words.help.map(|h| visible(&h).into_owned()),
            labels,
            excerpt,
            source,
        }
    }
}

impl fmt::Display for Fitted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Fitted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Fitted<'_> {}

impl miette::Diagnostic for Fitted<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        match &self.excerpt {
            Some(e) => Some(e),
            None => Some(self.source),
        }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// One line of an excerpt: where it is in the file, the part of it shown, and where that
/// part starts in the excerpt's text.
struct ShownLine {
    line: Range<usize>,
    window: Range<usize>,
    cut_before: bool,
    at: usize,
}

/// The lines around a diagnostic's marks, each cut and made visible, as one text.
struct Excerpt<'a> {
    source: &'a Source,
    text: String,
    lines: Vec<ShownLine>,
}

impl<'a> Excerpt<'a> {
    /// The excerpt for marks at `spans`, from the line before the first to the line after
    /// the last (miette shows one line of context); `None` when every line there can be shown
    /// as it is, and the file itself is drawn.
    fn of(source: &'a Source, spans: &[Range<usize>]) -> Option<Self> {
        let line_of = |offset: usize| source.line_col(offset).0;
        let first = spans.iter().map(|s| line_of(s.start)).min()?;
        let last = spans.iter().map(|s| line_of(s.end)).max()?;
        let text = source.text();
        // The empty "line" after a final newline is not shown.
        let last_line = source.line_count() - usize::from(text.ends_with('\n'));
        let lines = first.saturating_sub(1).max(1)..=(last + 1).min(last_line.max(1));
        let fits = |r: Range<usize>| {
            let line = &text[r];
            (line.len() <= LINE_CHARS || line.chars().count() <= LINE_CHARS)
                && !needs_stand_ins(line)
        };
        if lines.clone().all(|l| fits(source.line_range(l))) {
            return None;
        }
        let mut excerpt = Excerpt {
            source,
            text: String::new(),
            lines: Vec::new(),
        };
        for l in lines {
            let line = source.line_range(l);
            let mark = spans
                .iter()
                .flat_map(|s| [s.start, s.end])
                .filter(|o| line.contains(o))
                .min()
                .unwrap_or(line.start);
            let window = window(text, line.clone(), mark);
            let cut_before = window.start > line.start;
            let at = excerpt.text.len();
            if cut_before {
                excerpt.text.push_str(ELLIPSIS);
            }
            excerpt.text.push_str(&visible(&text[window.clone()]));
            if window.end < line.end {
                excerpt.text.push_str(ELLIPSIS);
            }
            excerpt.text.push('\n');
            excerpt.lines.push(ShownLine {
                line,
                window,
                cut_before,
                at,
            });
        }
        Some(excerpt)
    }

    /// The line shown that holds file offset `offset` (the last one starting at or before it).
    fn shown_at_file(&self, offset: usize) -> &ShownLine {
        let i = self.lines.partition_point(|l| l.line.start <= offset);
        &self.lines[i.saturating_sub(1)]
    }

    /// Where file offset `offset` is in the excerpt (a place left out: the nearest shown).
    fn position(&self, offset: usize) -> usize {
        let shown = self.shown_at_file(offset);
        let before = if shown.cut_before { ELLIPSIS.len() } else { 0 };
        if offset < shown.window.start {
            return shown.at;
        }
        let upto = offset.min(shown.window.end);
        let text = &self.source.text()[shown.window.start..upto];
        shown.at + before + text.chars().map(shown_len).sum::<usize>()
    }

    /// A file span as a span of the excerpt.
    fn moved(&self, span: Range<usize>) -> SourceSpan {
        let start = self.position(span.start);
        let end = self.position(span.end).max(start);
        SourceSpan::new(start.into(), end - start)
    }

    /// The file offset of excerpt offset `at`.
    fn file_offset(&self, at: usize) -> usize {
        let i = self.lines.partition_point(|l| l.at <= at);
        let shown = &self.lines[i.saturating_sub(1)];
        let mut into = at - shown.at;
        if shown.cut_before {
            if into < ELLIPSIS.len() {
                return shown.window.start;
            }
            into -= ELLIPSIS.len();
        }
        let mut seen = 0;
        for (i, c) in self.source.text()[shown.window.clone()].char_indices() {
            if seen >= into {
                return shown.window.start + i;
            }
            seen += shown_len(c);
        }
        shown.window.end
    }
}

/// The bytes a character takes once made visible.
fn shown_len(c: char) -> usize {
    stand_in(c).unwrap_or(c).len_utf8()
}

/// The part of `line` shown: all of it when it is short, else [`LINE_CHARS`] characters from
/// [`BEFORE_MARK`] before `mark` (moved back when the line ends sooner).
fn window(text: &str, line: Range<usize>, mark: usize) -> Range<usize> {
    let whole = &text[line.clone()];
    if whole.len() <= LINE_CHARS || whole.chars().count() <= LINE_CHARS {
        return line;
    }
    let mark = mark.clamp(line.start, line.end);
    let back = |from: usize, chars: usize| {
        text[line.start..from]
            .char_indices()
            .rev()
            .take(chars)
            .last()
            .map_or(from, |(i, _)| line.start + i)
    };
    let start = back(mark, BEFORE_MARK);
    let end = text[start..line.end]
        .char_indices()
        .nth(LINE_CHARS)
        .map_or(line.end, |(i, _)| start + i);
    let shown = text[start..end].chars().count();
    let start = if shown < LINE_CHARS {
        back(start, LINE_CHARS - shown)
    } else {
        start
    };
    start..end
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let inner =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        // The line and column of the file, not of the excerpt.
        let (line, column) = self
            .source
            .line_col(self.file_offset(inner.span().offset()));
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.source.name().to_string(),
            inner.data(),
            *inner.span(),
            line - 1,
            column - 1,
            inner.line_count(),
        )))
    }
}
