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
use unicode_script::{Script, UnicodeScript};
use unicode_security::MixedScript;

pub(super) fn check(c: &mut Checks<'_>) {
    let text = c.model.source.text();
    if text.is_ascii() {
        return;
    }
    let mut warned: HashSet<&str> = HashSet::default();
    for word in words(text) {
        let id = &text[word.clone()];
        if id.is_ascii() || id.is_single_script() || !warned.insert(id) {
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
    for (at, ch) in text.char_indices().filter(|&(_, ch)| is_bidi_control(ch)) {
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

/// The byte ranges of the words outside strings and comments: runs of identifier characters,
/// the way the grammar's `ident` is made of them (each part of `son_la.14` on its own).
fn words(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            match bytes[at] {
                b'"' => at = string_end(bytes, at + 1),
                b'/' if bytes.get(at + 1) == Some(&b'/') => {
                    at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n);
                }
                b'/' if bytes.get(at + 1) == Some(&b'*') => {
                    at = memchr::memmem::find(&bytes[at + 2..], b"*/")
                        .map_or(bytes.len(), |n| at + 2 + n + 2);
                }
                _ => {
                    let start = at;
                    let end = text[start..]
                        .char_indices()
                        .find(|&(_, ch)| !unicode_ident::is_xid_continue(ch))
                        .map_or(text.len(), |(i, _)| start + i);
                    if end > start {
                        at = end;
                        return Some(start..end);
                    }
                    at += text[start..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        None
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
    use super::words;

    fn all(text: &str) -> Vec<&str> {
        words(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn words_leave_out_strings_and_comments() {
        assert_eq!(
            all("agency sở_y_tế \"Sở \\\"Y\\\" tế\" // yтe\n/* ок */ lead son_la.14"),
            ["agency", "sở_y_tế", "lead", "son_la", "14"]
        );
    }
}
