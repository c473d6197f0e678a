//! The text an editor holds, read lexically: words, quoted texts, braces and marks, each
//! with its brace depth. The text being typed seldom parses, so completion finds where it
//! is (which item, which block, which keyword came last) from these tokens, and asks the
//! grammar only about the item it is in.

use crate::source::Span;
use crate::syntax::keywords::{item_words, KEYWORDS};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::ide) enum Kind {
    /// A name, a keyword, a number or a value word (`national.5a`, `half-year`, `2021-04-28`).
    Word,
    /// A quoted text, quotes included (to the end of its line when it is not closed).
    Text,
    /// `{`.
    Open,
    /// `}`.
    Close,
    /// Any other mark (`,`, `=`, `/`, `?`, `>=`...), one character each.
    Mark,
}

/// One token of the text.
#[derive(Clone, Copy, Debug)]
pub(in crate::ide) struct Token {
    /// What it is.
    pub(in crate::ide) kind: Kind,
    /// Where it is written.
    pub(in crate::ide) span: Span,
    /// How many blocks are open around it (a `{` counts the blocks outside it, a `}` those
    /// outside the block it closes).
    pub(in crate::ide) depth: usize,
    /// Whether it is the first token of its line.
    pub(in crate::ide) starts_line: bool,
}

/// The tokens of a text, and where its comments and quoted texts are.
#[derive(Debug)]
pub(in crate::ide) struct Scan<'t> {
    /// The text read.
    pub(in crate::ide) text: &'t str,
    /// Every token, in order.
    pub(in crate::ide) tokens: Vec<Token>,
    /// Every comment, in order.
    comments: Vec<Span>,
    /// The quoted texts that have no closing quote (each ends at its line's end).
    open_texts: Vec<Span>,
}

/// Whether `c` may be part of a word: a name's characters, the dot of a qualified name and the
/// dash of a value word or a date.
pub(in crate::ide) fn is_word_char(c: char) -> bool {
    unicode_ident::is_xid_continue(c) || c == '.' || c == '-'
}

/// Reads `text` into tokens.
pub(in crate::ide) fn scan(text: &str) -> Scan<'_> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut comments = Vec::new();
    let mut open_texts = Vec::new();
    let mut depth = 0usize;
    let mut line_has_token = false;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let (kind, end) = match c {
            '\n' => {
                line_has_token = false;
                continue;
            }
            c if c.is_whitespace() || c == '\u{FEFF}' => continue,
            '/' if text[start + 1..].starts_with('/') => {
                let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
                comments.push(Span::new(start, end));
                skip_to(&mut chars, end);
                continue;
            }
            '/' if text[start + 1..].starts_with('*') => {
                let end = text[start + 2..]
                    .find("*/")
                    .map_or(text.len(), |i| start + 2 + i + 2);
                comments.push(Span::new(start, end));
                if text[start..end].contains('\n') {
                    line_has_token = false;
                }
                skip_to(&mut chars, end);
                continue;
            }
            '"' => {
                let (end, closed) = text_end(text, start);
                if !closed {
                    open_texts.push(Span::new(start, end));
                }
                (Kind::Text, end)
            }
            '{' => (Kind::Open, start + 1),
            '}' => (Kind::Close, start + 1),
            c if is_word_char(c) => {
                let end = text[start..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(text.len(), |(i, _)| start + i);
                (Kind::Word, end)
            }
            c => (Kind::Mark, start + c.len_utf8()),
        };
        skip_to(&mut chars, end);
        if kind == Kind::Close {
            depth = depth.saturating_sub(1);
        }
        tokens.push(Token {
            kind,
            span: Span::new(start, end),
            depth,
            starts_line: !line_has_token,
        });
        line_has_token = true;
        if kind == Kind::Open {
            depth += 1;
        }
    }
    Scan {
        text,
        tokens,
        comments,
        open_texts,
    }
}

/// Moves `chars` on to byte `end`.
fn skip_to(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, end: usize) {
    while chars.next_if(|&(i, _)| i < end).is_some() {}
}

/// Where the quoted text that opens at `start` ends, and whether it is closed: after its
/// closing quote, or at the end of its line when it has none (a text never spans lines).
fn text_end(text: &str, start: usize) -> (usize, bool) {
    let mut escaped = false;
    for (i, c) in text[start + 1..].char_indices() {
        match c {
            '\n' => return (start + 1 + i, false),
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return (start + 1 + i + 1, true),
            _ => escaped = false,
        }
    }
    (text.len(), false)
}

impl Scan<'_> {
    /// The text of a token.
    pub(in crate::ide) fn word(&self, token: &Token) -> &str {
        &self.text[token.span.start()..token.span.end()]
    }

    /// Whether a token is a keyword of the language.
    pub(in crate::ide) fn is_keyword(&self, token: &Token) -> bool {
        token.kind == Kind::Word && is_keyword(self.word(token))
    }

    /// Whether `offset` is inside a comment or a quoted text, where nothing is completed.
    pub(in crate::ide) fn in_comment_or_text(&self, offset: usize) -> bool {
        let inside = |span: &Span, closed: bool| {
            span.start() < offset && (offset < span.end() || (!closed && offset == span.end()))
        };
        let comment = self
            .comments
            .iter()
            .any(|c| inside(c, self.text[c.start()..c.end()].ends_with("*/")));
        let open_text = self.open_texts.iter().any(|t| inside(t, false));
        let text = self
            .tokens
            .iter()
            .any(|t| t.kind == Kind::Text && inside(&t.span, true));
        comment || open_text || text
    }

    /// How many tokens end at or before `offset`.
    pub(in crate::ide) fn count_before(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end() <= offset)
    }

    /// The index of the token that starts the top-level item the first `before` tokens end
    /// in: the last item keyword written outside every block, not the value of a keyword
    /// before it (`change report`, `in unit`). `None` before the first item.
    pub(in crate::ide) fn item_start(&self, before: usize) -> Option<usize> {
        (0..before).rev().find(|&i| self.starts_item(i))
    }

    /// Whether token `i` starts a top-level item.
    pub(in crate::ide) fn starts_item(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let previous_is_keyword = i
            .checked_sub(1)
            .is_some_and(|p| self.is_keyword(&self.tokens[p]));
        t.depth == 0
            && t.kind == Kind::Word
            && item_words().contains(&self.word(t))
            && (t.starts_line || !previous_is_keyword)
    }

    /// The index of the token after the last one of the block or item that token `open`
    /// begins: after the `}` that closes a `{`; for an unclosed block, the next line that
    /// starts with a top-level item keyword (where the reader resumes too).
    pub(in crate::ide) fn block_end(&self, open: usize) -> usize {
        let depth = self.tokens[open].depth;
        let mut i = open + 1;
        while let Some(t) = self.tokens.get(i) {
            if t.kind == Kind::Close && t.depth == depth {
                return i + 1;
            }
            if t.starts_line && t.kind == Kind::Word && item_words().contains(&self.word(t)) {
                let at_margin = self.text[..t.span.start()].ends_with('\n') || t.span.start() == 0;
                if at_margin || t.depth == 0 {
                    return i;
                }
            }
            i += 1;
        }
        i
    }
}

/// Whether a word is a keyword of the language.
pub(in crate::ide) fn is_keyword(word: &str) -> bool {
    KEYWORDS.iter().any(|k| k.word == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_texts_braces_and_marks_with_their_depth() {
        let text = "indicator 3a \"Tỷ lệ \\\"x\\\"\" { // note\n  target 2025 >= 9.5\n  lead national.yte, a }\n";
        let scan = scan(text);
        let words: Vec<(&str, usize, bool)> = scan
            .tokens
            .iter()
            .map(|t| (scan.word(t), t.depth, t.starts_line))
            .collect();
        assert_eq!(
            words,
            [
                ("indicator", 0, true),
                ("3a", 0, false),
                ("\"Tỷ lệ \\\"x\\\"\"", 0, false),
                ("{", 0, false),
                ("target", 1, true),
                ("2025", 1, false),
                (">", 1, false),
                ("=", 1, false),
                ("9.5", 1, false),
                ("lead", 1, true),
                ("national.yte", 1, false),
                (",", 1, false),
                ("a", 1, false),
                ("}", 0, false),
            ]
        );
        let in_comment = text.find("note").unwrap();
        assert!(scan.in_comment_or_text(in_comment));
        assert!(scan.in_comment_or_text(text.find("Tỷ").unwrap()));
        assert!(!scan.in_comment_or_text(text.find("target").unwrap()));
    }

    #[test]
    fn an_unclosed_text_ends_at_its_line_and_the_cursor_after_it_is_inside() {
        let text = "agency a \"Sở Y\nagency b \"B\"";
        let scan = scan(text);
        assert_eq!(scan.word(&scan.tokens[2]), "\"Sở Y");
        assert!(scan.in_comment_or_text(text.find('\n').unwrap()));
        assert_eq!(scan.word(&scan.tokens[3]), "agency");
        assert!(!scan.in_comment_or_text(text.len()));
    }

    #[test]
    fn an_item_starts_at_an_item_keyword_outside_blocks_that_is_no_keyword_s_value() {
        let text =
            "change report son_la.r { due before 01/06 }\narea x \"X\" in unit\nunit u \"U\"";
        let scan = scan(text);
        let starts: Vec<&str> = (0..scan.tokens.len())
            .filter(|&i| scan.starts_item(i))
            .map(|i| scan.word(&scan.tokens[i]))
            .collect();
        assert_eq!(starts, ["change", "area", "unit"]);
        let last = scan.tokens.len();
        let start = scan.item_start(last).unwrap();
        assert_eq!(
            scan.tokens[start].span.start(),
            text.rfind("unit u").unwrap()
        );
    }

    #[test]
    fn an_unclosed_block_ends_at_the_next_item_at_the_margin() {
        let text = "indicator 1 \"A\" {\n  unit percent\n\nagency a \"A\"\n";
        let scan = scan(text);
        let open = scan
            .tokens
            .iter()
            .position(|t| t.kind == Kind::Open)
            .unwrap();
        let end = scan.block_end(open);
        assert_eq!(scan.word(&scan.tokens[end]), "agency");
    }
}
