//! Where the cursor is: the word being typed, the top-level item and the blocks around it,
//! the block whose fields may be written there and which of them are already written, and
//! what the grammar may read next.

use super::expect::expected_after;
use crate::ide::scan::{is_keyword, is_word_char, Kind, Scan};
use crate::source::Span;
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::{item_words, keyword_of, KEYWORDS};
use std::ops::Range;

/// The cursor in the text's tokens.
#[derive(Debug)]
pub(super) struct Place {
    /// The part of the word at the cursor already typed (empty between words).
    pub(super) typed: Span,
    /// Where the word at the cursor ends (after the cursor when it is inside one).
    pub(super) word_end: usize,
    /// How many tokens come before the word: `tokens[..before]`.
    pub(super) before: usize,
    /// The token that starts the top-level item the cursor is in or after.
    pub(super) item: Option<usize>,
    /// The `{` of each block open at the cursor, outermost first.
    pub(super) blocks: Vec<usize>,
}

/// The block (or the braceless item) whose fields may be written at the cursor.
#[derive(Debug)]
pub(super) struct Container {
    /// The grammar rule of the block (`indicator_decl`, `part_decl`, `report_decl`...).
    pub(super) rule: Rule,
    /// The words that start one of its fields, as the grammar says.
    pub(super) fields: Vec<&'static str>,
    /// Those already written in it (not counting the word at the cursor).
    pub(super) given: Vec<&'static str>,
    /// The headers of the blocks open at the cursor, outermost first (`indicator 3 "x" {`),
    /// or the head of a braceless item (`unit u "U"`): a text that parses as far as it goes.
    headers: String,
    /// The tokens of its fields: from after its header to its end.
    tokens: Range<usize>,
    /// The depth of its fields.
    depth: usize,
}

/// Keywords after which a field may end, so that a field keyword after them starts a new
/// field (`flow` then `unit`); after any other keyword a keyword is part of the same field
/// (`due in month 6`, `every year`).
const MAY_END_A_FIELD: &[&str] = &[
    "flow",
    "cumulative",
    "growth",
    "requested",
    "strive",
    "year",
];

impl Place {
    /// The cursor at `offset` of a scanned text.
    pub(super) fn find(scan: &Scan<'_>, offset: usize) -> Place {
        let text = scan.text;
        let start = text[..offset]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c))
            .last()
            .map_or(offset, |(i, _)| i);
        let word_end = text[offset..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len(), |(i, _)| offset + i);
        let before = scan.count_before(start);
        let item = scan.item_start(before);
        let mut blocks = Vec::new();
        for (i, t) in scan.tokens[..before]
            .iter()
            .enumerate()
            .skip(item.unwrap_or(0))
        {
            match t.kind {
                Kind::Open => blocks.push(i),
                Kind::Close => {
                    blocks.pop();
                }
                _ => {}
            }
        }
        Place {
            typed: Span::new(start, offset),
            word_end,
            before,
            item,
            blocks,
        }
    }

    /// The rules the grammar may read at the word being typed: from the item's start, or,
    /// when something before the cursor does not parse, from the headers of the blocks
    /// around it and the field the cursor is in. Empty when neither parses.
    pub(super) fn expected(&self, scan: &Scan<'_>, container: Option<&Container>) -> Vec<Rule> {
        let from = self.item.map_or(0, |i| scan.tokens[i].span.start());
        if let Some(rules) = expected_after(&scan.text[from..self.typed.start()]) {
            return rules;
        }
        let Some(container) = container else {
            // Outside every block, after an item that does not parse: a new item.
            return expected_after("").unwrap_or_default();
        };
        let mut prefix = container.headers.clone();
        if let Some(field) = self.field_start(scan, container) {
            prefix.push(' ');
            prefix.push_str(&scan.text[scan.tokens[field].span.start()..self.typed.start()]);
        }
        expected_after(&prefix).unwrap_or_default()
    }

    /// The token that starts the field of `container` the cursor is in.
    fn field_start(&self, scan: &Scan<'_>, container: &Container) -> Option<usize> {
        (container.tokens.start..self.before.min(container.tokens.end))
            .rev()
            .find(|&i| container.starts_field(scan, i))
    }

    /// The block whose fields may be written at the cursor: the innermost open block, or the
    /// braceless item the cursor is in. `None` outside every item, or after a closed block.
    pub(super) fn container(&self, scan: &Scan<'_>) -> Option<Container> {
        let tokens = &scan.tokens;
        if self.blocks.is_empty() {
            let item = self.item?;
            let closed = tokens[item..self.before]
                .iter()
                .any(|t| t.kind == Kind::Open);
            if closed {
                return None;
            }
            // The head of a braceless item: its keyword, id and title (`unit u "U"`).
            let head_end = (item + 1..tokens.len().min(item + 3))
                .find(|&i| tokens[i].kind == Kind::Text)
                .map_or(item + 1, |i| i + 1);
            let end = (head_end..tokens.len())
                .find(|&i| scan.starts_item(i))
                .unwrap_or(tokens.len());
            let headers =
                scan.text[tokens[item].span.start()..tokens[head_end - 1].span.end()].to_string();
            return Container::new(scan, item, headers, head_end..end, 0, self);
        }
        let mut headers = String::new();
        let mut head = 0;
        for &open in &self.blocks {
            head = self.header_start(scan, open);
            if !headers.is_empty() {
                headers.push(' ');
            }
            headers.push_str(&scan.text[tokens[head].span.start()..tokens[open].span.end()]);
        }
        let open = *self.blocks.last()?;
        let depth = tokens[open].depth + 1;
        let fields = open + 1..scan.block_end(open);
        Container::new(scan, head, headers, fields, depth, self)
    }

    /// The token that starts the header of the block `open` opens: the item's keyword for a
    /// top-level block, else the keyword before it (`part`).
    fn header_start(&self, scan: &Scan<'_>, open: usize) -> usize {
        let depth = scan.tokens[open].depth;
        if depth == 0 {
            return self.item.unwrap_or(open);
        }
        (0..open)
            .rev()
            .find(|&i| scan.tokens[i].depth == depth && scan.is_keyword(&scan.tokens[i]))
            .unwrap_or(open)
    }

    /// Whether a field may start at the cursor: no keyword that wants more comes before it.
    pub(super) fn at_field_start(&self, scan: &Scan<'_>) -> bool {
        follows_a_field(scan, self.before)
    }

    /// Whether token `i` is the word at the cursor (which is being typed, so not yet given).
    fn is_at_cursor(&self, scan: &Scan<'_>, i: usize) -> bool {
        let span = scan.tokens[i].span;
        span.start() <= self.word_end && self.typed.start() <= span.end()
    }
}

impl Container {
    fn new(
        scan: &Scan<'_>,
        head: usize,
        headers: String,
        tokens: Range<usize>,
        depth: usize,
        place: &Place,
    ) -> Option<Container> {
        let rule = block_rule(scan, head)?;
        let braceless = depth == 0;
        let fields: Vec<&'static str> = expected_after(&headers)
            .unwrap_or_default()
            .into_iter()
            .flat_map(keywords_of)
            .filter(|w| !(braceless && item_words().contains(w)))
            .collect();
        let mut container = Container {
            rule,
            fields,
            given: Vec::new(),
            headers,
            tokens,
            depth,
        };
        container.given = container
            .tokens
            .clone()
            .filter(|&i| container.starts_field(scan, i) && !place.is_at_cursor(scan, i))
            .filter_map(|i| {
                let word = scan.word(&scan.tokens[i]);
                container.fields.iter().copied().find(|f| *f == word)
            })
            .collect();
        Some(container)
    }

    /// Whether token `i` starts one of the container's fields: one of its field keywords, at
    /// its depth, not the continuation of a keyword before it.
    fn starts_field(&self, scan: &Scan<'_>, i: usize) -> bool {
        let t = &scan.tokens[i];
        if t.depth != self.depth || t.kind != Kind::Word {
            return false;
        }
        let word = scan.word(t);
        if !self.fields.contains(&word) {
            return false;
        }
        follows_a_field(scan, i)
    }
}

/// Whether the token before token `i` may end a field: a value, a mark, a keyword that may
/// end one (`flow`), or nothing.
fn follows_a_field(scan: &Scan<'_>, i: usize) -> bool {
    let previous = i.checked_sub(1).map(|p| scan.word(&scan.tokens[p]));
    previous.is_none_or(|p| !is_keyword(p) || MAY_END_A_FIELD.contains(&p))
}

/// The rule of the block or item whose header starts at token `head`.
fn block_rule(scan: &Scan<'_>, head: usize) -> Option<Rule> {
    let word = scan.word(&scan.tokens[head]);
    if word == "part" {
        return Some(Rule::part_decl);
    }
    if word == "change" {
        let next = scan.tokens.get(head + 1).map(|t| scan.word(t));
        return Some(if next == Some("report") {
            Rule::change_report
        } else {
            Rule::change_decl
        });
    }
    KEYWORDS
        .iter()
        .find(|k| k.word == word)
        .and_then(|k| k.items.first().copied())
}

/// The keywords a rule the grammar expects starts with: its own word, or those of a field
/// that begins with one of several (`adopts` or `adapts`).
pub(super) fn keywords_of(rule: Rule) -> Vec<&'static str> {
    if rule == Rule::maps_field {
        return vec!["adopts", "adapts"];
    }
    keyword_of(rule).map(|k| k.word).into_iter().collect()
}
