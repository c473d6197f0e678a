//! Text from files made safe to print on a terminal. A plan's title, a data cell or a query
//! can hold control characters (ESC starts a terminal command, BEL rings, CR moves back over
//! what was printed) or bidirectional overrides (which reorder how a line reads, the "Trojan
//! Source" trick): printed raw, they recolour, hide or rewrite what the reader sees. Each such
//! character is shown as one visible character instead, so a column counted in characters
//! stays where it was.

use std::borrow::Cow;

/// What is printed in place of `c`, `None` for a character printed as it is. Tab and line
/// feed are layout, and kept.
pub fn stand_in(c: char) -> Option<char> {
    match c {
        '\t' | '\n' => None,
        // C0 controls as their Control Pictures (ESC as ␛, BEL as ␇, CR as ␍).
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('␡'),
        // C1 controls (U+009B is a one-character ESC [ on some terminals).
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        // Bidirectional embeddings, overrides and isolates, and the marks.
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some('\u{fffd}')
        }
        _ => None,
    }
}

/// Whether `text` holds a character [`stand_in`] replaces.
pub fn needs_stand_ins(text: &str) -> bool {
    text.chars().any(|c| stand_in(c).is_some())
}

/// `text` with each character a terminal would act on replaced by its stand-in.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !needs_stand_ins(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| stand_in(c).unwrap_or(c)).collect())
}

/// `text` in at most `max` characters: cut, and ended with `…`, when it is longer, so a
/// column keeps its width and the reader sees that something was left out.
pub fn shorten(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    Cow::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::{shorten, visible};

    #[test]
    fn controls_and_overrides_become_visible_one_for_one() {
        assert_eq!(visible("Tỷ lệ trẻ em\tđạt"), "Tỷ lệ trẻ em\tđạt");
        assert_eq!(visible("a\u{1b}[31mb\u{7}c\rd"), "a␛[31mb␇c␍d");
        assert_eq!(
            visible("x\u{202e}y\u{2066}z\u{9b}"),
            "x\u{fffd}y\u{fffd}z\u{fffd}"
        );
        let raw = "\u{1b}\u{202e}ab";
        assert_eq!(visible(raw).chars().count(), raw.chars().count());
    }

    #[test]
    fn a_long_text_is_cut_with_an_ellipsis_to_its_width() {
        assert_eq!(shorten("Sở Y tế", 7), "Sở Y tế");
        assert_eq!(shorten("Sở Lao động", 7), "Sở Lao…");
        assert_eq!(shorten("Sở Lao động", 7).chars().count(), 7);
    }
}
