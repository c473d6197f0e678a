//! Snippets in the Language Server Protocol's syntax: tab stops (`$1`), placeholders
//! (`${1:id}`), choices (`${1|a,b|}`) and the final cursor (`$0`); written with
//! [`Snippet`], and read back as plain text ([`plain_text`]) for an editor that takes none.

use std::iter::Peekable;
use std::str::Chars;

/// A snippet being written: text, then tab stops numbered in order.
#[derive(Debug, Default)]
pub(super) struct Snippet {
    text: String,
    stops: usize,
}

impl Snippet {
    /// Literal text, its `$`, `}` and `\` escaped.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            if matches!(c, '$' | '}' | '\\') {
                self.text.push('\\');
            }
            self.text.push(c);
        }
        self
    }

    /// The next tab stop, holding `default` until something is typed over it.
    pub(super) fn placeholder(&mut self, default: &str) -> &mut Self {
        self.stops += 1;
        self.text.push_str(&format!("${{{}:", self.stops));
        self.text(default);
        self.text.push('}');
        self
    }

    /// The next tab stop, a choice among `options` (the first chosen until another is);
    /// a placeholder when there is one option, an empty one when there is none.
    pub(super) fn choice<S: AsRef<str>>(&mut self, options: &[S]) -> &mut Self {
        match options {
            [] => self.placeholder(""),
            [one] => self.placeholder(one.as_ref()),
            _ => {
                self.stops += 1;
                self.text.push_str(&format!("${{{}|", self.stops));
                for (i, option) in options.iter().enumerate() {
                    if i > 0 {
                        self.text.push(',');
                    }
                    for c in option.as_ref().chars() {
                        if matches!(c, '$' | '}' | '\\' | ',' | '|') {
                            self.text.push('\\');
                        }
                        self.text.push(c);
                    }
                }
                self.text.push_str("|}");
                self
            }
        }
    }

    /// The snippet, the cursor left at its end.
    pub(super) fn finish(&mut self) -> String {
        let mut text = std::mem::take(&mut self.text);
        text.push_str("$0");
        text
    }
}

/// The text a snippet writes when every tab stop keeps its placeholder (a choice its first
/// option), without the tab stops: what an editor that takes no snippets inserts.
pub fn plain_text(snippet: &str) -> String {
    let mut out = String::with_capacity(snippet.len());
    read(&mut snippet.chars().peekable(), &mut out, false);
    out
}

/// Reads snippet text into `out`, up to the end, or, `inside` a placeholder, up to the `}`
/// that closes it (consumed).
fn read(chars: &mut Peekable<Chars<'_>>, out: &mut String, inside: bool) {
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(&e @ ('$' | '}' | '\\' | ',' | '|')) => {
                    out.push(e);
                    chars.next();
                }
                _ => out.push('\\'),
            },
            '}' if inside => return,
            '$' => tab_stop(chars, out),
            c => out.push(c),
        }
    }
}

/// After a `$`: a tab stop writes nothing, a placeholder its text, a choice its first option;
/// anything else is the `$` itself.
fn tab_stop(chars: &mut Peekable<Chars<'_>>, out: &mut String) {
    if chars.peek().is_some_and(char::is_ascii_digit) {
        while chars.next_if(char::is_ascii_digit).is_some() {}
        return;
    }
    if chars.peek() != Some(&'{') {
        out.push('$');
        return;
    }
    chars.next();
    while chars.next_if(char::is_ascii_digit).is_some() {}
    match chars.next() {
        Some(':') => read(chars, out, true),
        Some('|') => choice(chars, out),
        // `${1}`, or a snippet cut short.
        _ => {}
    }
}

/// The first option of a choice, the rest skipped up to its closing `|}`.
fn choice(chars: &mut Peekable<Chars<'_>>, out: &mut String) {
    let mut first = true;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(e) = chars.next() {
                    if first {
                        out.push(e);
                    }
                }
            }
            ',' => first = false,
            '|' if chars.peek() == Some(&'}') => {
                chars.next();
                return;
            }
            c if first => out.push(c),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_reads_back_as_its_placeholders_and_first_choices() {
        let mut s = Snippet::default();
        s.text("indicator ")
            .placeholder("3")
            .text(" \"")
            .placeholder("Tỷ lệ {a} $5 \\ x")
            .text("\" {\n  direction ")
            .choice(&["increase", "decrease"])
            .text("\n  lead ")
            .choice(&["a,b|c"])
            .text("\n  objective ")
            .choice::<&str>(&[])
            .text("\n}");
        let snippet = s.finish();
        assert_eq!(
            snippet,
            "indicator ${1:3} \"${2:Tỷ lệ {a\\} \\$5 \\\\ x}\" {\n  direction ${3|increase,decrease|}\n  lead ${4:a,b|c}\n  objective ${5:}\n\\}$0"
        );
        assert_eq!(
            plain_text(&snippet),
            "indicator 3 \"Tỷ lệ {a} $5 \\ x\" {\n  direction increase\n  lead a,b|c\n  objective \n}"
        );
    }

    #[test]
    fn nested_placeholders_escaped_choices_and_cut_snippets_read_without_panic() {
        assert_eq!(plain_text("a ${1:b ${2:c} d} e $3"), "a b c d e ");
        assert_eq!(plain_text("${1|x\\,y,z|}"), "x,y");
        assert_eq!(plain_text("cost $ and ${1"), "cost $ and ");
        assert_eq!(plain_text("${1:open"), "open");
        assert_eq!(plain_text("\\q"), "\\q");
    }
}
