//! Reading plan text: pest grammar → pairs → syntax tree, with syntax errors as diagnostics.

pub mod ast;
mod error;
pub mod grammar;
mod lower;

use crate::diagnostic::Diagnostic;
use crate::source::{Source, Span};
use ast::{Comment, File};
use grammar::{PlanParser, Rule};
use pest::Parser;

/// Words that start a top-level item; after a syntax error, reading resumes at the next line
/// that begins with one of them, so one run reports the errors of every item.
pub(crate) const ITEM_KEYWORDS: &[&str] = &[
    "plan",
    "agency",
    "unit",
    "dimension",
    "objective",
    "indicator",
    "report",
    "review",
    "area",
    "element",
];

/// The syntax tree of a source and the problems met while reading it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub file: File,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the grammar rejected part of the text (the tree then misses those items).
    pub has_syntax_errors: bool,
}

/// Parses a whole plan source, one top-level item at a time.
pub fn parse(source: &Source) -> Parsed {
    let text = source.text();
    let mut parsed = Parsed::default();
    let mut lowerer = lower::Lowerer {
        source,
        base: 0,
        diagnostics: Vec::new(),
    };
    let mut offset = 0;
    while offset <= text.len() {
        lowerer.base = offset;
        match PlanParser::parse(Rule::next_item, &text[offset..]) {
            Ok(mut pairs) => {
                let Some(top) = pairs.next() else { break };
                collect_comments(top.clone(), offset, &mut parsed.file.comments);
                let item = top
                    .into_inner()
                    .find(|p| !matches!(p.as_rule(), Rule::COMMENT | Rule::EOI));
                let Some(item) = item else { break };
                let end = item.as_span().end();
                if let Some(item) = lowerer.item(item) {
                    parsed.file.items.push(item);
                }
                offset += end.max(1);
            }
            Err(error) => {
                parsed.has_syntax_errors = true;
                parsed
                    .diagnostics
                    .push(error::syntax_error(source, offset, error));
                match resume_point(text, parsed.diagnostics.last(), offset) {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    parsed.diagnostics.append(&mut lowerer.diagnostics);
    parsed
}

fn collect_comments(pair: pest::iterators::Pair<'_, Rule>, base: usize, out: &mut Vec<Comment>) {
    for p in pair.into_inner().flatten() {
        if p.as_rule() == Rule::COMMENT {
            let s = p.as_span();
            out.push(Comment {
                text: p.as_str().to_string(),
                span: Span::new(s.start() + base, s.end() + base),
            });
        }
    }
}

/// The start of the first line after the error that begins with an item keyword.
fn resume_point(text: &str, error: Option<&Diagnostic>, offset: usize) -> Option<usize> {
    let after = error.map_or(offset, |d| d.primary.span.end.max(offset + 1));
    let mut line_start = text.get(after..)?.find('\n')? + after + 1;
    loop {
        let line = &text[line_start..];
        let starts_item = ITEM_KEYWORDS.iter().any(|k| {
            line.strip_prefix(k)
                .is_some_and(|rest| rest.starts_with([' ', '\t']))
        });
        if starts_item {
            return Some(line_start);
        }
        line_start += line.find('\n')? + 1;
    }
}

#[cfg(test)]
mod tests;
