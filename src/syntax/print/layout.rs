//! What the walk of a syntax tree ([`super::items`]) hands the one who lays it out: each
//! line-sized piece (an item or a field written on one line, the head of a block, its end),
//! with where it ends in the source and its words as the tree gives them.
//!
//! Two layouts take it: [`super::tree`] writes the tree's words and places comments by their
//! spans (a tree built without text, `plan new`'s); the formatter
//! ([`crate::syntax::format`]) writes the source's own words between those ends, with the
//! comments and blank lines where the author put them.

use super::lexical::Words;
use crate::source::Span;

/// Takes the pieces of a syntax tree, in source order.
pub(crate) trait Layout {
    /// An item or a field written on one line, which ends at `end` in the source.
    fn line(&mut self, end: usize, words: Words);

    /// The head of a block (`indicator 1 "Title"`), whose last word (its title, or what it
    /// changes) ends at `head_end`; `{` follows it. `block` is the whole block, `empty`
    /// whether it has no entries.
    fn open(&mut self, words: Words, head_end: usize, block: Span, empty: bool);

    /// The end of the block opened last, `block`.
    fn close(&mut self, block: Span);
}
