//! From the syntax tree back to plan text, in one canonical layout, comments included.
//!
//! [`print()`] gives text that parses back to an equal tree (spans aside) with the same
//! comments in the same order, and printing that text again gives it unchanged. The layout
//! is that of the bundled plans:
//!
//! - **Items.** Agencies, units, objectives, areas, elements, imports, waivers, queries and
//!   transfers on one line each; the plan header, amendments, dimensions, indicators, parts,
//!   reports, reviews, changes, projects and tasks as blocks, `head {`, one field (or
//!   dimension value) per line indented by four spaces, `}` on a line of its own. A block
//!   with nothing inside is `head {}`. Clauses come in the grammar's order; where the tree
//!   does not keep the order written (a unit's `range` and `per`, an area's `in` and `kind`,
//!   a target's `strive`, `where` and `ref`), in that order.
//! - **Blank lines.** One blank line between two top-level items, except between two
//!   one-line items of the same kind (a run of agencies, of areas...) when the second has no
//!   comment before it: a comment starts a new group. No blank lines inside blocks. A file
//!   ends with a line break.
//! - **Comments.** Each on a line of its own at the indentation of what it stands before,
//!   placed by its span: before the first item, field or dimension value that ends after it
//!   starts (so a comment written inside a one-line item or field goes before it, and one
//!   written at the end of a line before what follows); one inside a block's head (before the
//!   title ends) before the block; one after a block's last field at the end of the block;
//!   one after the last item at the end of the file, after a blank line. The syntax tree does
//!   not say whether a comment shared a line with what precedes it, so a comment written at
//!   the end of a line moves to a line of its own before what follows. A comment's text is
//!   written as it is (the lines of a `/* */` comment keep their own indentation).
//!
//! Values are written so that they read back the same: texts re-escaped, numbers in the
//! shortest form that gives the same `f64`, dates, days and months as the grammar reads
//! them, and keywords and value words from [`super::keywords`] (the first word of a value,
//! `>=` for `≥` and `percent` for `%`). What the tree does not keep cannot come back: a
//! decimal comma is written with a point, a comment's position within a line is lost, and a
//! value lowering refused (a date that does not exist, a number too large) is written as
//! another value it refuses the same way (`0000-00-00`, `9999999999999999`), since the tree
//! keeps only that it was refused.

mod fields;
mod items;
mod lexical;

use crate::source::Span;
use crate::syntax::ast::{Comment, File, Item};

/// The indentation of one level of `{ }`.
const INDENT: &str = "    ";

/// Plan text for a syntax tree, in the layout the module describes.
pub fn print(file: &File) -> String {
    let mut printer = Printer::new(&file.comments);
    let mut previous: Option<&Item> = None;
    for item in &file.items {
        if let Some(previous) = previous {
            let commented = printer.has_comment_before(items::lead_end(item));
            if blank_between(previous, item, commented) {
                printer.blank_line();
            }
        }
        printer.item(item);
        previous = Some(item);
    }
    if previous.is_some() && printer.has_comment_before(usize::MAX) {
        printer.blank_line();
    }
    printer.comments_before(usize::MAX);
    printer.out
}

/// Whether a blank line separates two consecutive top-level items: always, but in a run of
/// one-line items of one kind that no comment interrupts.
fn blank_between(previous: &Item, item: &Item, commented: bool) -> bool {
    commented
        || items::is_block(previous)
        || items::is_block(item)
        || std::mem::discriminant(previous) != std::mem::discriminant(item)
}

/// The text being written, and the comments not yet written.
struct Printer<'a> {
    out: String,
    /// In source order.
    comments: Vec<&'a Comment>,
    /// The first comment not yet written.
    next: usize,
    depth: usize,
}

impl<'a> Printer<'a> {
    fn new(comments: &'a [Comment]) -> Printer<'a> {
        let mut comments: Vec<&Comment> = comments.iter().collect();
        // They come in source order from the parser; a tree built otherwise is sorted too.
        comments.sort_by_key(|c| c.span.start());
        Printer {
            out: String::new(),
            comments,
            next: 0,
            depth: 0,
        }
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str(INDENT);
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn blank_line(&mut self) {
        self.out.push('\n');
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
            self.line(&comment.text);
            self.next += 1;
        }
    }

    /// A line that ends at `end` in the source, after the comments that come before it.
    fn node(&mut self, end: usize, text: &str) {
        self.comments_before(end);
        self.line(text);
    }

    /// `head {`, a node per entry of `body`, `}`: after the comments before the end of the
    /// head (`title`), and with those before the block's end inside it, after its entries.
    fn block<T>(
        &mut self,
        head: lexical::Line,
        title: Span,
        span: Span,
        body: &[T],
        entry: impl Fn(&mut Self, &T),
    ) {
        self.comments_before(title.end());
        let head = head.finish();
        if body.is_empty() && !self.has_comment_before(span.end()) {
            self.line(&format!("{head} {{}}"));
            return;
        }
        self.line(&format!("{head} {{"));
        self.depth += 1;
        for e in body {
            entry(self, e);
        }
        self.comments_before(span.end());
        self.depth -= 1;
        self.line("}");
    }
}

#[cfg(test)]
mod tests;
