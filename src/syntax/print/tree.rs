//! The layout of a tree without its text: the tree's words, comments placed by their spans,
//! blank lines decided by the items' kinds (see the module's documentation).

use super::items;
use super::layout::Layout;
use super::lexical::Words;
use super::lines::Lines;
use crate::source::Span;
use crate::syntax::ast::{Comment, File, Item};

/// Plan text for a syntax tree.
pub(super) fn print(file: &File) -> String {
    let mut printer = TreePrinter::new(&file.comments);
    let mut previous: Option<&Item> = None;
    for item in &file.items {
        if let Some(previous) = previous {
            let commented = printer.has_comment_before(items::lead_end(item));
            if blank_between(previous, item, commented) {
                printer.lines.blank();
            }
        }
        items::item(&mut printer, item);
        previous = Some(item);
    }
    if previous.is_some() && printer.has_comment_before(usize::MAX) {
        printer.lines.blank();
    }
    printer.comments_before(usize::MAX);
    printer.lines.finish()
}

/// Whether a blank line separates two consecutive top-level items: always, but in a run of
/// one-line items of one kind that no comment interrupts.
fn blank_between(previous: &Item, item: &Item, commented: bool) -> bool {
    commented
        || items::is_block(previous)
        || items::is_block(item)
        || std::mem::discriminant(previous) != std::mem::discriminant(item)
}

/// The lines written, and the comments not yet written.
struct TreePrinter<'a> {
    lines: Lines,
    /// In source order.
    comments: Vec<&'a Comment>,
    /// The first comment not yet written.
    next: usize,
    depth: usize,
    /// For each block open, whether it was written whole as `head {}` (it has no `}` to write).
    closed: Vec<bool>,
}

impl<'a> TreePrinter<'a> {
    fn new(comments: &'a [Comment]) -> TreePrinter<'a> {
        let mut comments: Vec<&Comment> = comments.iter().collect();
        // They come in source order from the parser; a tree built otherwise is sorted too.
        comments.sort_by_key(|c| c.span.start());
        TreePrinter {
            lines: Lines::default(),
            comments,
            next: 0,
            depth: 0,
            closed: Vec::new(),
        }
    }

    fn write(&mut self, words: Words) {
        let end = words.milestone_end.map(|end| end.in_text);
        self.lines.push(self.depth, words.text, end);
    }

    /// Whether a comment not yet written starts before `offset`.
    fn has_comment_before(&self, offset: usize) -> bool {
        self.comments
            .get(self.next)
            .is_some_and(|c| c.span.start() < offset)
    }

    /// Writes, each on its own line, the comments not yet written that start before `offset`.
    fn comments_before(&mut self, offset: usize) {
        while self.has_comment_before(offset) {
            let comment = self.comments[self.next];
            self.lines.push(self.depth, comment.text.clone(), None);
            self.next += 1;
        }
    }
}

impl Layout for TreePrinter<'_> {
    /// The line, after the comments that come before its end.
    fn line(&mut self, end: usize, words: Words) {
        self.comments_before(end);
        self.write(words);
    }

    /// `head {`, after the comments before the end of the head; `head {}` for a block with
    /// neither entries nor comments inside.
    fn open(&mut self, mut words: Words, head_end: usize, block: Span, empty: bool) {
        self.comments_before(head_end);
        let whole = empty && !self.has_comment_before(block.end());
        words.text.push_str(if whole { " {}" } else { " {" });
        self.write(words);
        self.closed.push(whole);
        if !whole {
            self.depth += 1;
        }
    }

    /// The comments before the block's end, inside it, then `}`.
    fn close(&mut self, block: Span) {
        if self.closed.pop().unwrap_or(true) {
            return;
        }
        self.comments_before(block.end());
        self.depth -= 1;
        self.lines.push(self.depth, "}".to_string(), None);
    }
}
