//! Where a pair's own text ends: pest's spans run over the whitespace and comments skipped
//! before an optional part that turned out to be absent.

use super::*;

/// Where a pair's own text ends. pest's span also covers the whitespace and comments it
/// skipped before an optional part that turned out to be absent (`target 2030 >= 105` then a
/// new line: the span would run into the next line); a label must stop at the last token.
pub(super) fn content_end(pair: &Pair<'_>, pest_span: pest::Span<'_>) -> usize {
    let end = pest_span.end();
    if end < pair.get_input().len() && ends_with_token(pest_span.as_str()) {
        return end;
    }
    // The ends of the chain of last children (comments left out), outermost first, read from
    // the pair's tokens backwards: no child list is built.
    let mut chain = [0usize; 16];
    let mut depth = 0;
    let mut tokens = pair.clone().tokens().rev();
    tokens.next(); // the pair's own end
    while let Some(token) = tokens.next() {
        match token {
            // The start of the innermost pair reached: it has no other child.
            pest::Token::Start { .. } => break,
            pest::Token::End {
                rule: Rule::COMMENT,
                ..
            } => {
                tokens.next(); // the comment's start
            }
            pest::Token::End { pos, .. } => {
                if depth == chain.len() {
                    return content_end_nested(pair);
                }
                chain[depth] = pos.pos();
                depth += 1;
            }
        }
    }
    let input = pair.get_input();
    let mut content = end;
    if let Some((&innermost, outer)) = chain[..depth].split_last() {
        content = innermost;
        for &outer_end in outer.iter().rev().chain(std::iter::once(&end)) {
            if !is_trivia(input.get(content..outer_end).unwrap_or("")) {
                content = outer_end;
            }
        }
    }
    content
}

/// `content_end` by recursion, for chains deeper than its buffer (none in the grammar today).
fn content_end_nested(pair: &Pair<'_>) -> usize {
    let end = pair.as_span().end();
    let last = pair
        .clone()
        .into_inner()
        .rev()
        .find(|p| p.as_rule() != Rule::COMMENT);
    match last {
        None => end,
        Some(child) => {
            let child_end = content_end_nested(&child);
            let gap = pair.get_input().get(child_end..end).unwrap_or("");
            if is_trivia(gap) {
                child_end
            } else {
                end
            }
        }
    }
}

/// Whether a pair's text surely ends with a token, so that it is its own content end. The gap
/// `content_end` trims is whitespace and comments: it ends in whitespace, in `*/`, or inside a
/// `//` comment; the last only at the end of the input, since the whitespace skipped after a
/// line comment takes its line break too (the caller rules that case out).
fn ends_with_token(text: &str) -> bool {
    match text.chars().next_back() {
        None => true,
        Some(last) => !last.is_whitespace() && !text.ends_with("*/"),
    }
}

/// Whether a text holds only whitespace and comments.
fn is_trivia(mut text: &str) -> bool {
    // The usual gap: a line break and indentation.
    if text
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return true;
    }
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return true;
        }
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = text.strip_prefix("/*") {
            match rest.split_once("*/") {
                Some((_, after)) => text = after,
                None => return false,
            }
        } else {
            return false;
        }
    }
}
