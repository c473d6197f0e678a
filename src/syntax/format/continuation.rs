//! The line breaks the formatter keeps inside a field or a one-line item: one its author wrote
//! before a clause keyword (any word of the keyword table, [`crate::syntax::keywords`], but the
//! first of the field: `ref`, `because`, `where`, `strive`, `short`, `source`...) or after the
//! `,` of a list. What follows such a break is written on a continuation line; every other
//! line break inside a field is joined. A long reason, a long list of agencies stay readable
//! as the author broke them, and the rule needs nothing but the words on either side of the
//! break, so formatting its own output keeps the same breaks.

use super::pieces::{Kind, Piece};
use crate::syntax::keywords::is_keyword;
use std::ops::Range;

/// `group`, the pieces of one field or one-line item (its first piece a word), cut into the
/// lines it is written on: ranges of `group` in order, together all of it. At a kept break, the
/// comments on the line before it stay with that line; those on lines of their own are a range
/// with no word, written on lines of their own; the `/* */` comments on the line after it, before
/// its first word, start the continuation line.
pub(super) fn lines(text: &str, group: &[Piece]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<usize> = None;
    for (index, piece) in group.iter().enumerate() {
        if piece.is_comment() {
            continue;
        }
        if let Some(before) = previous.filter(|&b| keeps_break(text, &group[b], piece)) {
            let mut breaks = (before + 1..=index).filter(|&k| breaks_before(text, group, k));
            if let Some(first) = breaks.next() {
                let last = breaks.next_back().unwrap_or(first);
                out.push(start..first);
                if last > first {
                    out.push(first..last);
                }
                start = last;
            }
        }
        previous = Some(index);
    }
    out.push(start..group.len());
    out
}

/// Whether the source has a line break between `group[k - 1]` and `group[k]` (one inside a
/// `/* */` comment does not count: the comment stays between the words).
pub(super) fn breaks_before(text: &str, group: &[Piece], k: usize) -> bool {
    let gap = match (k.checked_sub(1).and_then(|i| group.get(i)), group.get(k)) {
        (Some(before), Some(after)) => text.get(before.span.end()..after.span.start()),
        _ => None,
    };
    gap.is_some_and(|gap| gap.contains('\n'))
}

/// Whether a line break between two consecutive words of a field is kept: before a keyword
/// (the field's first word is never `after`), after a list's `,`.
fn keeps_break(text: &str, before: &Piece, after: &Piece) -> bool {
    let keyword = matches!(after.kind, Kind::Word(rule) if is_keyword(rule));
    let comma = before.kind == Kind::Punctuation && before.text(text) == ",";
    keyword || comma
}

#[cfg(test)]
mod tests {
    use super::lines;
    use crate::syntax::format::pieces::pieces;

    /// The texts of the lines `text` (one field or one-line item) is cut into.
    fn cut(text: &str) -> Vec<String> {
        let pieces = pieces(text).expect("a plan");
        let texts: Vec<&str> = pieces.iter().map(|p| p.text(text)).collect();
        lines(text, &pieces)
            .into_iter()
            .map(|range| texts[range].join(" "))
            .collect()
    }

    #[test]
    fn a_break_before_a_keyword_or_after_a_comma_is_kept() {
        assert_eq!(
            cut("transfer a\n  to b ref\n \"r\""),
            ["transfer a", "to b ref \"r\""]
        );
        assert_eq!(
            cut("agency a \"A\"\nshort \"S\"\n\n requested"),
            ["agency a \"A\"", "short \"S\"", "requested"]
        );
        // Before `,`, and a break between words that are not keywords: joined.
        assert_eq!(
            cut("objective\no \"O\"\nin\np"),
            ["objective o \"O\"", "in p"]
        );
        assert_eq!(
            cut("review r \"R\" { from a\n, b,\n c, d }"),
            ["review r \"R\" { from a , b ,", "c , d }"]
        );
    }

    #[test]
    fn comments_around_a_kept_break() {
        // On the line before: with it; on lines of their own: apart; on the line after: with
        // it.
        assert_eq!(
            cut("waive a because \"r\" // why\n/* x */ // y\n\n/* w */\n  /* z */ source \"s\""),
            [
                "waive a because \"r\" // why",
                "/* x */ // y /* w */",
                "/* z */ source \"s\""
            ]
        );
        // A line break inside a `/* */` comment is not one between the words.
        assert_eq!(
            cut("waive a because \"r\" /* one\n two */ source \"s\""),
            ["waive a because \"r\" /* one\n two */ source \"s\""]
        );
    }
}
