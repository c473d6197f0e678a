//! A plan text as the formatter reads it: its words and punctuation (the grammar's tokens)
//! and its comments, each with its span, in source order; what lies between them is
//! whitespace, which the formatter lays out anew.

use crate::source::Span;
use crate::syntax::grammar::{PlanParser, Rule};
use pest::iterators::Pair;
use pest::Parser;

/// A token or a comment.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub span: Span,
    pub kind: Kind,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word the grammar reads with a rule of its own (a keyword, a name, a text, a
    /// number...), with that rule.
    Word(Rule),
    /// Punctuation the grammar spells out inside a rule: `{`, `}`, `,`, `=`, `/`, `*`, `?`,
    /// `..`.
    Punctuation,
    /// `// ...` to the end of the line.
    LineComment,
    /// `/* ... */`.
    BlockComment,
}

impl Piece {
    pub(super) fn is_comment(&self) -> bool {
        matches!(self.kind, Kind::LineComment | Kind::BlockComment)
    }

    /// Its text in `source`.
    pub(super) fn text<'s>(&self, source: &'s str) -> &'s str {
        source.get(self.span.start()..self.span.end()).unwrap_or("")
    }
}

/// The grammar's whitespace (`WHITESPACE` in `grammar/plan.pest`) but the line break.
pub(super) const SPACE: [char; 3] = [' ', '\t', '\r'];

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{FEFF}')
}

/// The pieces of `text`, in source order; `Err` with an offset where it does not read as a
/// plan (a syntax error) or holds something between tokens that is neither whitespace nor
/// punctuation. Items are read one at a time, as [`crate::syntax::parse`] reads what a slice
/// does not settle, so memory stays within an item's tokens.
pub(super) fn pieces(text: &str) -> Result<Vec<Piece>, usize> {
    let mut words = Vec::new();
    let mut offset = 0;
    while offset <= text.len() {
        let rest = text.get(offset..).ok_or(offset)?;
        let mut pairs = PlanParser::parse(Rule::next_item, rest).map_err(|_| offset)?;
        let Some(top) = pairs.next() else { break };
        let item = top
            .clone()
            .into_inner()
            .find(|p| !matches!(p.as_rule(), Rule::COMMENT | Rule::EOI));
        collect(top, offset, &mut words);
        let Some(item) = item else { break };
        offset += item.as_span().end().max(1);
    }
    words.sort_by_key(|p| p.span.start());
    with_punctuation(text, words)
}

/// The leaves of `pair`: comments, and the pairs of words (a text as one word, its escapes
/// inside it). A pair without children whose text holds whitespace is a rule made of
/// punctuation alone (`lead ?` then a line break: pest's span runs over the whitespace it
/// skipped): it is left to [`with_punctuation`], as punctuation.
fn collect(pair: Pair<'_, Rule>, base: usize, out: &mut Vec<Piece>) {
    let span = pair.as_span();
    let span = Span::new(span.start() + base, span.end() + base);
    let rule = pair.as_rule();
    let kind = match rule {
        Rule::COMMENT if pair.as_str().starts_with("//") => Some(Kind::LineComment),
        Rule::COMMENT => Some(Kind::BlockComment),
        Rule::EOI => return,
        Rule::string => Some(Kind::Word(rule)),
        _ => None,
    };
    if let Some(kind) = kind {
        out.push(Piece { span, kind });
        return;
    }
    let mut inner = pair.clone().into_inner().peekable();
    if inner.peek().is_none() {
        if !pair.as_str().contains(is_whitespace) && !pair.as_str().is_empty() {
            out.push(Piece {
                span,
                kind: Kind::Word(rule),
            });
        }
        return;
    }
    for child in inner {
        collect(child, base, out);
    }
}

/// `words` with the punctuation between them added: what lies between two words (and before
/// the first, after the last) is whitespace and the grammar's punctuation, read here one
/// sign at a time (`..` as one).
fn with_punctuation(text: &str, words: Vec<Piece>) -> Result<Vec<Piece>, usize> {
    let mut out = Vec::with_capacity(words.len() * 2);
    let mut at = 0;
    for word in words.into_iter().chain(std::iter::once(Piece {
        span: Span::at(text.len()),
        kind: Kind::Punctuation,
    })) {
        let gap = text.get(at..word.span.start()).ok_or(at)?;
        let mut chars = gap.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let start = at + i;
            match c {
                c if is_whitespace(c) => continue,
                '.' if chars.peek().is_some_and(|&(_, next)| next == '.') => {
                    chars.next();
                    out.push(punctuation(start, 2));
                }
                '{' | '}' | ',' | '=' | '/' | '*' | '?' => out.push(punctuation(start, 1)),
                _ => return Err(start),
            }
        }
        if word.span.is_empty() && word.kind == Kind::Punctuation {
            break;
        }
        at = word.span.end();
        out.push(word);
    }
    Ok(out)
}

fn punctuation(start: usize, len: usize) -> Piece {
    Piece {
        span: Span::new(start, start + len),
        kind: Kind::Punctuation,
    }
}

#[cfg(test)]
mod tests {
    use super::{pieces, Kind};
    use crate::syntax::grammar::Rule;

    fn texts(text: &str) -> Vec<&str> {
        let pieces = pieces(text).expect("a plan");
        pieces.iter().map(|p| p.text(text)).collect()
    }

    #[test]
    fn words_punctuation_and_comments_in_order() {
        let text =
            "// a\nunit u \"u v\" range 0..10 per 1000\nindicator 1 \"I\" { lead ?\n /* b */ \
                    formula a/b*100 total of x ,y target 2025>=9,5 }";
        assert_eq!(
            texts(text),
            [
                "// a",
                "unit",
                "u",
                "\"u v\"",
                "range",
                "0",
                "..",
                "10",
                "per",
                "1000",
                "indicator",
                "1",
                "\"I\"",
                "{",
                "lead",
                "?",
                "/* b */",
                "formula",
                "a",
                "/",
                "b",
                "*",
                "100",
                "total",
                "of",
                "x",
                ",",
                "y",
                "target",
                "2025",
                ">=",
                "9,5",
                "}"
            ]
        );
        let pieces = pieces(text).expect("a plan");
        assert_eq!(pieces[0].kind, Kind::LineComment);
        assert_eq!(pieces[5].kind, Kind::Word(Rule::number));
        assert_eq!(pieces[6].kind, Kind::Punctuation);
        assert_eq!(pieces[16].kind, Kind::BlockComment);
        assert_eq!(pieces[29].kind, Kind::Word(Rule::year));
    }

    #[test]
    fn a_text_with_a_syntax_error_has_no_pieces() {
        assert_eq!(pieces("agency yte").err(), Some(0));
        assert!(pieces("agency a \"A\"\nagency").is_err());
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("\u{feff} // only\n"), ["// only"]);
    }
}
