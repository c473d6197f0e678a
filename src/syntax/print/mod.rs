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
//! - **Aligned targets.** In a run of consecutive lines of a block that each set a level
//!   target at a milestone, spaces after each milestone bring the comparisons into one column
//!   (`target 2025    >= 95` over `target 2026-H1 >= 40`); any other line ends a run.
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
//! This layout is for a tree without its text (`plan new` builds one). The walk that hands it
//! the tree's lines (`items`, to a `layout::Layout`) serves the formatter too
//! ([`crate::syntax::format`]), which lays out the same lines with the source's own words,
//! and its comments, blank lines and continuation lines where the author put them.
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
pub(crate) mod items;
pub(crate) mod layout;
pub(crate) mod lexical;
pub(crate) mod lines;
mod tree;

use crate::syntax::ast::File;

/// The indentation of one level of `{ }`.
pub(crate) const INDENT: &str = "    ";

/// Plan text for a syntax tree, in the layout the module describes.
pub fn print(file: &File) -> String {
    tree::print(file)
}

#[cfg(test)]
mod tests;
