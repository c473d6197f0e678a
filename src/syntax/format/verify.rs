//! What [`super::format`] checks of every text it gives back: read again, it has the same
//! words in the same order, and the same comments in the same order, as the text it was given
//! (a comment may have moved among the words: to the end of a line, or off it).

use super::pieces::{pieces, Piece};
use super::reflow::comment_text;

/// `Ok` when `formatted` reads to the same pieces as `original` (whose pieces are
/// `expected`): words and punctuation as written, comments but for the blanks at the end of
/// their lines, each in the same order. `Err` with the offset in `original` of the first
/// piece that differs (0 when `formatted` does not read as a plan).
pub(super) fn same_pieces(
    original: &str,
    expected: &[Piece],
    formatted: &str,
) -> Result<(), usize> {
    let found = pieces(formatted).map_err(|_| 0usize)?;
    let text = |piece: &Piece, source: &str| {
        if piece.is_comment() {
            comment_text(piece.text(source))
        } else {
            piece.text(source).to_string()
        }
    };
    for comments in [true, false] {
        let mut found = found.iter().filter(|p| p.is_comment() == comments);
        for want in expected.iter().filter(|p| p.is_comment() == comments) {
            if found.next().map(|got| text(got, formatted)) != Some(text(want, original)) {
                return Err(want.span.start());
            }
        }
        if found.next().is_some() {
            return Err(original.len());
        }
    }
    Ok(())
}
