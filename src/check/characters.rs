//! What the file's characters could hide from its reader, as rustc's `mixed_script_confusables`
//! and `text_direction_codepoint_in_literal` lints find it: an identifier whose letters come
//! from two scripts (`yтe` with a Cyrillic `т` reads as `yte` and names something else), and a
//! bidirectional control in a string or comment, which makes the line read in an order other
//! than the one it is parsed in ("Trojan Source"). Vietnamese letters, with or without
//! combining marks, are one script (Latin) and never warned.

use super::Checks;
use crate::diagnostic::{Characters, Problem};
use crate::source::Span;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use unicode_script::{Script, UnicodeScript};
use unicode_security::MixedScript;

pub(super) fn check(c: &mut Checks<'_>) {
    let text = c.model.source.text();
    if text.is_ascii() {
        return;
    }
    let mut warned: HashSet<&str> = HashSet::default();
    for word in foreign_words(text) {
        let id = &text[word.clone()];
        if id.is_single_script() || !warned.insert(id) {
            continue;
        }
        let scripts = scripts_of(id);
        let odd = id
            .chars()
            .find(|ch| scripts.get(1) == Some(&ch.script().full_name()))
            .map(|ch| (ch, ch.script().full_name().to_string()));
        let problem = Characters::MixedScript {
            id: id.to_string(),
            scripts: scripts.iter().map(|s| s.to_string()).collect(),
            odd,
        };
        c.report(
            Problem::Characters(problem),
            Span::new(word.start, word.end),
        );
    }
    let mut line_warned = usize::MAX;
    for (at, ch) in bidi_controls(text) {
        let line = c.model.source.line_col(at).0;
        if line == line_warned {
            continue;
        }
        line_warned = line;
        let problem = Characters::BidiControl { control: ch };
        c.report(
            Problem::Characters(problem),
            Span::new(at, at + ch.len_utf8()),
        );
    }
}

/// The bidirectional embeddings, overrides, isolates and their ends.
fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Where `text` holds a bidirectional control, and which. Each is three bytes starting with
/// 0xE2 in UTF-8: the scan jumps from one such byte to the next (a plan's Vietnamese letters
/// never start with it) instead of decoding every character of a large file.
fn bidi_controls(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr_iter(0xE2, text.as_bytes()).filter_map(move |at| {
        let ch = text.get(at..)?.chars().next()?;
        is_bidi_control(ch).then_some((at, ch))
    })
}

/// The scripts of an identifier's letters, in the order they come (Common and Inherited, such
/// as digits, `_` and combining marks, left out).
fn scripts_of(id: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for ch in id.chars() {
        let script = ch.script();
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        let name = script.full_name();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The byte ranges of the words outside strings and comments that are not all ASCII: runs
/// of identifier characters, the way the grammar's `ident` is made of them (each part of
/// `son_la.14` on its own). Only those can mix scripts; a stretch of plan text between two
/// strings or comments that is all ASCII, as most are, is passed over whole.
fn foreign_words(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let stop = memchr::memchr2(b'"', b'/', &bytes[at..]).map_or(bytes.len(), |n| at + n);
        if !bytes[at..stop].is_ascii() {
            // `"` and `/` are ASCII: both ends are character boundaries.
            out.extend(
                words_in(&text[at..stop])
                    .filter(|r| !text[at..stop][r.clone()].is_ascii())
                    .map(|r| at + r.start..at + r.end),
            );
        }
        at = match bytes.get(stop) {
            None => bytes.len(),
            Some(b'"') => string_end(bytes, stop + 1),
            Some(_) => match bytes.get(stop + 1) {
                Some(b'/') => {
                    memchr::memchr(b'\n', &bytes[stop..]).map_or(bytes.len(), |n| stop + n)
                }
                Some(b'*') => memchr::memmem::find(&bytes[stop + 2..], b"*/")
                    .map_or(bytes.len(), |n| stop + 2 + n + 2),
                // A `/` alone ends a word, as any character outside one does.
                _ => stop + 1,
            },
        };
    }
    out
}

/// The runs of identifier characters in a stretch of text with no string or comment in it.
fn words_in(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (at, ch) = chars.next()?;
            if unicode_ident::is_xid_continue(ch) {
                break at;
            }
        };
        let mut end = text.len();
        while let Some(&(at, ch)) = chars.peek() {
            if !unicode_ident::is_xid_continue(ch) {
                end = at;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

/// Where a string that opens before `from` ends: after its closing quote, or at the end of
/// its line when it is not closed (the grammar's strings do not cross lines).
fn string_end(bytes: &[u8], mut from: usize) -> usize {
    while from < bytes.len() {
        match bytes[from] {
            b'\\' => from += 2,
            b'"' => return from + 1,
            b'\n' => return from,
            _ => from += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::{bidi_controls, foreign_words};

    #[test]
    fn bidi_controls_are_found_among_other_characters_of_the_same_block() {
        // An en dash, quotes and an ellipsis start with the same byte as the controls.
        let text = "\u{201c}a \u{2013} b\u{2026}\u{201d} \u{202e}x\u{2067}y\u{2069}";
        let found: Vec<(usize, char)> = bidi_controls(text).collect();
        let expected: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, ch)| super::is_bidi_control(ch))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 3);
    }

    fn all(text: &str) -> Vec<&str> {
        foreign_words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn only_words_in_other_letters_outside_strings_and_comments_are_read() {
        assert_eq!(
            all("agency sở_y_tế \"Sở \\\"Y\\\" tế\" // yтe\n/* ок */ lead son_la.14"),
            ["sở_y_tế"]
        );
        // Words that start or go on in other letters; a word ends at `/` and `"`.
        assert_eq!(
            all("đi, yтe1+ok ở/tт\"x\"ы"),
            ["đi", "yтe1", "ở", "tт", "ы"]
        );
        assert_eq!(all("a/ b // tт\nc /* ок */ d ж"), ["ж"]);
    }
}
