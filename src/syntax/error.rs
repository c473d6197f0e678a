//! Turns pest's errors into diagnostics in plain words: what was expected (never an internal
//! rule name), what was found, and a guess at the fix where one can be made (a misspelled
//! keyword, an unclosed block or text).

use super::grammar::Rule;
use super::keywords::{item_rules, item_words, keyword_of, values_of, KEYWORDS};
use crate::diagnostic::{Diagnostic, Expected, Found as Seen, Reading, SyntaxHint, ValueKind};
use crate::source::{Source, Span};
use crate::text::closest;

/// What a rule stands for where it was expected.
fn expected(rule: Rule) -> Option<Expected> {
    use Rule::*;
    if let Some(k) = keyword_of(rule) {
        return Some(Expected::Keyword(k.word));
    }
    let value = match rule {
        month_of_year => ValueKind::MonthOfYear,
        ident | ident_list => ValueKind::Name,
        lead_unknown => ValueKind::LeadUnknown,
        string | string_text => ValueKind::Text,
        number | value_range => ValueKind::Number,
        year => ValueKind::Year,
        date => ValueKind::Date,
        day_month | day_month_year => ValueKind::DayMonth,
        comparator => ValueKind::Comparison,
        level_target => ValueKind::MilestoneOrComparison,
        rate_target | yearly_target | change_target | rate_direction => ValueKind::RateChange,
        direction => ValueKind::Direction,
        rate_unit => ValueKind::RateUnit,
        period_kind => ValueKind::Period,
        recurrence_kind => ValueKind::Recurrence,
        aggregate_kind => ValueKind::Aggregation,
        unit_name => ValueKind::Unit,
        dimension_value => ValueKind::DimensionValue,
        EOI => return Some(Expected::EndOfFile),
        _ => return None,
    };
    Some(Expected::Value(value))
}

/// Builds the diagnostic for a pest error in the chunk of `source` starting at `base`.
pub(crate) fn syntax_error(
    source: &Source,
    base: usize,
    error: pest::error::Error<Rule>,
) -> Diagnostic {
    let text = source.text();
    let pos = base
        + match error.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((p, _)) => p,
        };
    let positives = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    // pest may report the end of the previous token; the problem is the next real one.
    let pos = skip_trivia(text, pos);
    let found = found_at(text, pos);
    let depth = open_braces(text, base, pos);

    if let Some(&open) = depth.last() {
        // The file ends, or a new top-level item starts on a line of its own, inside a block.
        let field_expected = positives
            .iter()
            .any(|r| matches!(expected(*r), Some(Expected::Keyword(_))));
        let next_item = found.kind == Found::Word
            && field_expected
            && starts_line(text, pos)
            && item_words().contains(&source.slice(found.span));
        if found.kind == Found::End || next_item {
            let problem = if next_item {
                Reading::UnclosedBlock {
                    next_item: Some(source.slice(found.span).to_string()),
                    place: found.span,
                }
            } else {
                Reading::UnclosedBlock {
                    next_item: None,
                    place: last_char(text),
                }
            };
            return Diagnostic::of(problem.into(), source, Span::new(open, open + 1));
        }
    }
    if found.kind == Found::UnclosedText {
        return Diagnostic::of(Reading::UnclosedText.into(), source, found.span);
    }

    let positives = if positives.contains(&Rule::next_item) {
        // Nothing of an item matched: pest names only the entry rule.
        item_rules().chain([Rule::EOI]).collect()
    } else {
        positives
    };
    let mut described: Vec<Expected> = Vec::new();
    let mut keywords: Vec<&str> = Vec::new();
    for rule in &positives {
        if let Some(e) = expected(*rule) {
            if !described.contains(&e) {
                described.push(e);
            }
            if let Expected::Keyword(word) = e {
                keywords.push(word);
            }
        }
        keywords.extend(values_of(*rule));
    }
    // Values first, then keywords in a fixed order, the end of the file last, so messages
    // are stable whatever order pest tried the rules in.
    described.sort_by_key(|e| match e {
        Expected::Keyword(k) => 1 + KEYWORDS.iter().position(|o| o.word == *k).unwrap_or(0),
        Expected::EndOfFile => usize::MAX,
        Expected::Value(_) | Expected::CloseBrace => 0,
    });
    let may_start_field = described.iter().any(|e| matches!(e, Expected::Keyword(_)));
    let mut expected = described;
    // A block may also end where a field may start.
    if !depth.is_empty() && found.kind != Found::End && may_start_field {
        expected.push(Expected::CloseBrace);
    }

    // A value missing at the end of a line: the next line's first word is not the problem,
    // the end of this line is.
    let line_end = text[..pos].trim_end().len();
    if !may_start_field && !expected.is_empty() && text[line_end..pos].contains('\n') {
        let last = text[..line_end]
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        return Diagnostic::of(
            Reading::MissingAtLineEnd { expected }.into(),
            source,
            Span::new(line_end - last.min(line_end), line_end),
        );
    }

    let hint = if found.kind == Found::Word {
        closest(source.slice(found.span), keywords.iter().copied())
            .map(|k| SyntaxHint::DidYouMean(k.to_string()))
    } else {
        None
    };
    let hint = hint
        .or_else(|| decimal_comma_hint(text, pos))
        .or_else(|| symbol_hint(text, pos));
    let problem = Reading::Syntax {
        expected,
        found: found.found,
        hint,
    };
    Diagnostic::of(problem.into(), source, found.span)
}

/// Help for symbols written where planlang wants something else: `=>` for `>=`, a unit sign
/// after a number.
fn symbol_hint(text: &str, pos: usize) -> Option<SyntaxHint> {
    let before = text[..pos].trim_end();
    let next = text[pos..].chars().next()?;
    match (before.chars().next_back()?, next) {
        ('=', '>') => Some(SyntaxHint::AtLeast),
        ('=', '<') => Some(SyntaxHint::AtMost),
        (c, '%' | '‰') if c.is_ascii_digit() => Some(SyntaxHint::UnitSign(if next == '%' {
            "percent"
        } else {
            "per_mille"
        })),
        _ => None,
    }
}

/// Whether `pos` is at the very start of a line, where top-level items begin.
fn starts_line(text: &str, pos: usize) -> bool {
    pos == 0 || text[..pos].ends_with('\n')
}

/// The span of the last character that is not whitespace (where a reader sees the file end).
fn last_char(text: &str) -> Span {
    let end = text.trim_end().len();
    let len = text[..end].chars().next_back().map_or(0, char::len_utf8);
    Span::new(end - len, end)
}

/// The first offset at or after `pos` that is not whitespace or a comment.
fn skip_trivia(text: &str, mut pos: usize) -> usize {
    loop {
        let rest = text.get(pos..).unwrap_or("");
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{FEFF}']);
        pos += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            pos += trimmed.find('\n').unwrap_or(trimmed.len());
        } else if trimmed.starts_with("/*") {
            match trimmed.find("*/") {
                Some(end) => pos += end + 2,
                None => return text.len(),
            }
        } else {
            return pos;
        }
    }
}

/// What stands where the grammar failed, roughly.
#[derive(PartialEq, Debug)]
enum Found {
    End,
    Word,
    UnclosedText,
    Other,
}

struct FoundToken {
    kind: Found,
    found: Seen,
    span: Span,
}

/// What stands at `pos`: a word, a text, a symbol or the end of the file.
fn found_at(text: &str, pos: usize) -> FoundToken {
    let pos = pos.min(text.len());
    let rest = &text[pos..];
    let mut chars = rest.chars();
    match chars.next() {
        None => FoundToken {
            kind: Found::End,
            found: Seen::EndOfFile,
            span: Span::at(pos),
        },
        Some('"') => {
            let line = rest.split('\n').next().unwrap_or(rest);
            match line[1..].find('"') {
                None => FoundToken {
                    kind: Found::UnclosedText,
                    found: Seen::Symbol('"'),
                    span: Span::new(pos, pos + 1),
                },
                Some(close) => FoundToken {
                    kind: Found::Other,
                    found: Seen::Text(line[..close + 2].to_string()),
                    span: Span::new(pos, pos + close + 2),
                },
            }
        }
        Some(c) if is_word_char(c) => {
            let len: usize = rest
                .chars()
                .take_while(|&c| is_word_char(c) || c == '-')
                .map(char::len_utf8)
                .sum();
            FoundToken {
                kind: Found::Word,
                found: Seen::Word(rest[..len].to_string()),
                span: Span::new(pos, pos + len),
            }
        }
        Some('\n') | Some('\r') => FoundToken {
            kind: Found::Other,
            found: Seen::EndOfLine,
            span: Span::new(pos, pos + 1),
        },
        Some(c) => FoundToken {
            kind: Found::Other,
            found: Seen::Symbol(c),
            span: Span::new(pos, pos + c.len_utf8()),
        },
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.' || c == ','
}

/// When the failing token is a number written with a decimal comma in a place that takes no
/// list (`target 2025 < 9,5.`), say so.
fn decimal_comma_hint(text: &str, pos: usize) -> Option<SyntaxHint> {
    let before = text.get(..pos)?;
    let trimmed = before.trim_end_matches(|c: char| c.is_ascii_digit());
    (trimmed.ends_with(',') && trimmed.len() < before.len()).then_some(SyntaxHint::DecimalPoint)
}

/// Offsets of the `{` still open at `pos`, scanning from `start` and skipping texts and
/// comments, innermost last.
fn open_braces(text: &str, start: usize, pos: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let end = pos.min(bytes.len());
    let mut open = Vec::new();
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < end && bytes[i] != b'"' && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < end && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'{' => open.push(i),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    open
}
