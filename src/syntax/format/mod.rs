//! `plan fmt`: a plan file in the one canonical layout, with every word and comment kept.
//!
//! The formatter changes only the space between words: indentation, line breaks, spaces,
//! blank lines, and where a comment stands among the lines. Every keyword, name, text,
//! number, date and sign is written as the author wrote it and in the order written: `95.0`
//! stays `95.0`, a decimal comma `9,5` stays (the checker's warning says what to do about it;
//! a formatter fixes no meaning), `≥` stays `≥` and `about` stays `about`, a date that does not
//! exist (`2021-02-30`) or a number too large stays as written, a text keeps its escapes. So
//! the formatted file reads to the same syntax tree, the same model and the same diagnostics
//! (but for where they point). [`format()`] checks that of every text it returns: read again,
//! the text must give the same words and comments in the same order, or it is refused (that
//! would be a bug).
//!
//! The layout is the printer's ([`crate::syntax::print`]), the same walk of the same tree
//! deciding where each line ends:
//!
//! - **Lines.** Agencies, units, objectives, areas, elements, imports, waivers, queries and
//!   transfers each on a line; the plan header, amendments, dimensions, indicators, parts,
//!   reports, reviews, changes, projects and tasks as blocks: `head {`, then one field (or
//!   dimension value, or part) a line, indented four spaces a level, then `}` on a line of
//!   its own; a block with nothing inside is `head {}`. The words of a line are separated by
//!   one space, but none comes before `,`, between `..` and a number or year beside it
//!   (`2021..2030`, `range 0..`), or inside `{}`.
//! - **Continuation lines.** Inside a field or a one-line item, a line break the author wrote
//!   before a clause keyword (any keyword of [`crate::syntax::keywords`] but the first word of
//!   the field or item: `ref`, `because`, `where`, `strive`, `short`, `source`, `within`, `in`...) or after
//!   the `,` of a list (`support a, b,` then `c, d`) is kept: what follows it starts a
//!   continuation line, four spaces deeper than the field's first line (all its continuation
//!   lines at that one depth). Every other line break inside a field (`target 2025` then
//!   `>= 95`, one before a `,`) and inside a block's head is joined. So a long reason or list
//!   stays broken where its author broke it, and the rule needs only the words on either side
//!   of a break: formatting the result keeps the same breaks.
//! - **Aligned targets.** In a run of consecutive lines of a block that each set a level
//!   target at a milestone (`target 2025 >= 95`, `target 2026-H1 >= 40`), spaces after each
//!   milestone make it as wide as the run's widest, so the comparisons stand in one column.
//!   Any other line ends a run: another field, a target without a milestone or of another
//!   kind, a comment on a line of its own, a blank line, a continuation line. A target
//!   written over continuation lines aligns its first line (unless its milestone ends on a
//!   continuation line: then it ends the run).
//! - **Blank lines.** One where the author left one or more between two lines (items, fields,
//!   comments on lines of their own); none elsewhere. None at the start of the file, right
//!   after a `{` or right before a `}`. None inside an item or a field, where its line break
//!   is kept or not: a field's lines stay together.
//! - **Comments.** A comment that shares a line with what is written before it stays at the
//!   end of that line, after one space. A comment on a line of its own stays on a line of its
//!   own, at the indentation of what follows it (before a block's `}`: at its fields'
//!   indentation). A `/* */` comment between the words of an item or field stays between the
//!   same words. A `//` comment between them (the item written over several lines) goes to
//!   the end of its line (the item's, or the continuation line it is written on), and any
//!   comment after it there on a line of its own right after that line, since nothing can
//!   follow a `//` comment on its line. At a kept line break, a comment on the line before the
//!   break stays at its end, one on a line of its own stays on a line of its own (at the
//!   continuation lines' depth), and a `/* */` before the first word of the continuation line
//!   stays before it. Blanks at the ends of a comment's lines are dropped; the other lines of
//!   a `/* */` comment keep their own indentation.
//! - **The text.** Lines end with `\n` (a file written with `\r\n` gets `\n`), never with
//!   blanks; the file ends with one line break, and a file with nothing in it stays empty.
//!
//! Formatting a formatted text changes nothing. A text with syntax errors is refused with
//! them: what the grammar cannot read cannot be laid out.

mod continuation;
mod pieces;
mod reflow;
mod verify;

use crate::diagnostic::{Code, Diagnostic, Reading};
use crate::source::{Source, Span};

/// The text of `source` in the canonical layout; `Err` with the diagnostics that prevent it:
/// its syntax errors, or an internal error when the formatted text would not say the same
/// (a bug).
pub fn format(source: &Source) -> Result<String, Vec<Diagnostic>> {
    let parsed = crate::syntax::parse(source);
    if parsed.has_syntax_errors {
        let (syntax, others): (Vec<Diagnostic>, Vec<Diagnostic>) = parsed
            .diagnostics
            .into_iter()
            .partition(|d| d.code() == Code::Syntax);
        return Err(if syntax.is_empty() { others } else { syntax });
    }
    let internal: Vec<Diagnostic> = parsed
        .diagnostics
        .into_iter()
        .filter(|d| d.code() == Code::Internal)
        .collect();
    if !internal.is_empty() {
        // The tree misses what lowering could not read: its words would go to another line.
        return Err(internal);
    }
    let text = source.text();
    let not_the_same = |at: usize| {
        let what = "the text to format, whose formatted text would not say the same (a bug)";
        let problem = Reading::Internal {
            what: what.to_string(),
        };
        vec![Diagnostic::of(problem.into(), source, Span::at(at))]
    };
    let pieces = pieces::pieces(text).map_err(not_the_same)?;
    let formatted = reflow::reflow(text, &pieces, &parsed.file).map_err(not_the_same)?;
    verify::same_pieces(text, &pieces, &formatted).map_err(not_the_same)?;
    Ok(formatted)
}

#[cfg(test)]
mod tests;
