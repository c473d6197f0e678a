//! Reading plan text: pest grammar → pairs → syntax tree, with syntax errors as diagnostics.

pub mod ast;
mod error;
pub mod format;
pub mod grammar;
pub mod keywords;
mod lower;
pub mod print;

pub(crate) use lower::offset_in_literal;

use crate::diagnostic::Diagnostic;
use crate::source::{Source, Span};
use ast::{Comment, File, Item};
use grammar::{PlanParser, Rule};
use pest::Parser;

/// The syntax tree of a source and the problems met while reading it.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The tree: every item read, in written order, and every comment.
    pub file: File,
    /// Syntax errors first, then the problems met lowering what parsed (a decimal comma, a day
    /// that does not exist).
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the grammar rejected part of the text (the tree then misses those items).
    pub has_syntax_errors: bool,
}

/// Where the parser hands what it reads, item by item: a syntax tree ([`parse`]), or the
/// resolver directly, so that a large plan never has its whole tree in memory at once.
pub trait Sink {
    /// Takes one top-level item as soon as it is read, in written order.
    fn item(&mut self, item: Item);
    /// Whether comments are wanted (looking for them inside items costs time).
    fn wants_comments(&self) -> bool;
    /// Takes one comment; called only when [`Sink::wants_comments`] says so.
    fn comment(&mut self, comment: Comment);
}

impl Sink for File {
    fn item(&mut self, item: Item) {
        self.items.push(item);
    }

    fn wants_comments(&self) -> bool {
        true
    }

    fn comment(&mut self, comment: Comment) {
        self.comments.push(comment);
    }
}

/// The problems met while reading a source into a [`Sink`].
#[derive(Debug, Default)]
pub struct Read {
    /// Syntax errors first, then the problems met lowering what parsed (a decimal comma, a day
    /// that does not exist).
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the grammar rejected part of the text (the sink then missed those items).
    pub has_syntax_errors: bool,
}

/// Parses a whole plan source into its syntax tree, comments included.
pub fn parse(source: &Source) -> Parsed {
    let mut file = File::default();
    let read = parse_into(source, &mut file);
    file.items.shrink_to_fit();
    file.comments.shrink_to_fit();
    Parsed {
        file,
        diagnostics: read.diagnostics,
        has_syntax_errors: read.has_syntax_errors,
    }
}

/// Parses a whole plan source, a bounded slice of top-level items at a time (see `batch`);
/// an item the slice does not settle, an error in particular, is read alone. Each item goes
/// to `sink` as soon as it is read.
pub fn parse_into(source: &Source, sink: &mut impl Sink) -> Read {
    let text = source.text();
    let mut read = Read::default();
    let mut lowerer = lower::Lowerer {
        source,
        base: 0,
        diagnostics: Vec::new(),
    };
    let mut offset = 0;
    while offset <= text.len() {
        lowerer.base = offset;
        if let Some(end) = batch(text, offset, &mut lowerer, sink) {
            offset += end;
            continue;
        }
        match PlanParser::parse(Rule::next_item, &text[offset..]) {
            Ok(mut pairs) => {
                let Some(top) = pairs.next() else { break };
                if sink.wants_comments() {
                    collect_comments(top.clone(), offset, sink);
                }
                let item = top
                    .into_inner()
                    .find(|p| !matches!(p.as_rule(), Rule::COMMENT | Rule::EOI));
                let Some(item) = item else { break };
                let end = item.as_span().end();
                if let Some(item) = lowerer.item(item) {
                    sink.item(item);
                }
                offset += end.max(1);
            }
            Err(error) => {
                read.has_syntax_errors = true;
                read.diagnostics
                    .push(error::syntax_error(source, offset, error));
                match resume_point(text, read.diagnostics.last(), offset) {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    read.diagnostics.append(&mut lowerer.diagnostics);
    read
}

/// How many bytes a batch reads at least (it stops at the next line that starts an item).
const BATCH: usize = 64 * 1024;

/// Reads, in one pest call, the items from `offset` to a cut at the first line after
/// `offset + BATCH` that starts with an item keyword; lowers them and returns where the last
/// one kept ends, or `None` when it keeps none (the caller then reads one item with
/// `next_item`, which also reports any error exactly as before).
///
/// When the text is cut, the last item read is not kept: what follows an item is tried as
/// its continuation (`short`, `in`, `source`...), and only an item read after it shows that
/// the cut cannot have changed that. Each kept item is therefore read as `next_item` reads it.
fn batch(
    text: &str,
    offset: usize,
    lowerer: &mut lower::Lowerer<'_>,
    sink: &mut impl Sink,
) -> Option<usize> {
    let limit = batch_limit(text, offset)?;
    let mut pairs = PlanParser::parse(Rule::next_items, &text[offset..limit]).ok()?;
    let top = pairs.next()?;
    let mut count = top
        .clone()
        .into_inner()
        .filter(|p| p.as_rule() != Rule::COMMENT)
        .count();
    if limit < text.len() {
        count = count.saturating_sub(1);
    }
    if count == 0 {
        return None;
    }
    let mut end = 0;
    for pair in top.into_inner() {
        if count == 0 {
            // Comments after the last item kept are read with what follows.
            break;
        }
        if pair.as_rule() == Rule::COMMENT {
            if sink.wants_comments() {
                sink.comment(comment(&pair, offset));
            }
            continue;
        }
        count -= 1;
        if sink.wants_comments() && pair.as_str().contains('/') {
            collect_comments(pair.clone(), offset, sink);
        }
        end = pair.as_span().end().max(1);
        if let Some(item) = lowerer.item(pair) {
            sink.item(item);
        }
    }
    Some(end)
}

/// Where a batch from `offset` stops: the start of the first line after `offset + BATCH` that
/// begins with an item keyword, or the end of the text when it is near. When no such line
/// comes soon (a long item, such as an indicator with a hundred thousand `support` lines),
/// the last such line before `offset + BATCH`, so that the items before the long one are
/// still read in one batch rather than one by one, each looking ahead again. `None` when
/// there is no line to cut at: then the item at `offset` is read on its own.
fn batch_limit(text: &str, offset: usize) -> Option<usize> {
    let from = offset + BATCH;
    if from >= text.len() {
        return Some(text.len());
    }
    let bytes = text.as_bytes();
    let window = &bytes[from..(from + 4 * BATCH).min(text.len())];
    let ahead = memchr::memchr_iter(b'\n', window)
        .map(|i| from + i + 1)
        .find(|&start| starts_item(&bytes[start..]));
    ahead.or_else(|| {
        memchr::memrchr_iter(b'\n', &bytes[offset..from])
            .map(|i| offset + i + 1)
            .find(|&start| starts_item(&bytes[start..]))
    })
}

/// Whether a line begins with an item keyword and a blank; after a syntax error, reading
/// resumes at the next such line, so one run reports the errors of every item.
fn starts_item(line: &[u8]) -> bool {
    keywords::item_words().iter().any(|k| {
        line.strip_prefix(k.as_bytes())
            .is_some_and(|rest| rest.starts_with(b" ") || rest.starts_with(b"\t"))
    })
}

/// The comments inside `pair`, in source order. Every comment starts with `/`, so a pair whose
/// text has none is not searched.
fn collect_comments(pair: pest::iterators::Pair<'_, Rule>, base: usize, sink: &mut impl Sink) {
    for p in pair.into_inner() {
        if p.as_rule() == Rule::COMMENT {
            sink.comment(comment(&p, base));
        } else if p.as_str().contains('/') {
            collect_comments(p, base, sink);
        }
    }
}

/// A `COMMENT` pair read from the text at `base`.
fn comment(pair: &pest::iterators::Pair<'_, Rule>, base: usize) -> Comment {
    let s = pair.as_span();
    Comment {
        text: pair.as_str().to_string(),
        span: Span::new(s.start() + base, s.end() + base),
    }
}

/// The start of the first line after the error that begins with an item keyword.
fn resume_point(text: &str, error: Option<&Diagnostic>, offset: usize) -> Option<usize> {
    let after = error
        .and_then(Diagnostic::span)
        .map_or(offset, |span| span.end().max(offset + 1));
    next_item_line(text, after)
}

/// The start of the first line after byte `after` that begins with an item keyword: where
/// reading resumes after an error.
pub(crate) fn next_item_line(text: &str, after: usize) -> Option<usize> {
    let rest = text.as_bytes().get(after..)?;
    memchr::memchr_iter(b'\n', rest)
        .map(|i| after + i + 1)
        .find(|&start| starts_item(&text.as_bytes()[start..]))
}

#[cfg(test)]
mod tests;
