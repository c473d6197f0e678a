//! Turns pest's errors into diagnostics in plain words: what was expected (never an internal
//! rule name), what was found, and a guess at the fix where one can be made (a misspelled
//! keyword, an unclosed block or text).

use super::grammar::Rule;
use super::keywords::{
    item_rules, item_words, keyword_of, values_of, AGGREGATES, BUILTIN_UNITS, COMPARATORS,
    DIRECTIONS, KEYWORDS, PERIODS, RATE_CHANGES, RATE_UNITS,
};
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{Source, Span};
use crate::text::did_you_mean;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a rule stands for in a message, and the keyword it starts with if it is one.
fn describe(rule: Rule) -> Option<(&'static str, Option<&'static str>)> {
    use Rule::*;
    if let Some(k) = keyword_of(rule) {
        // Keywords are shown in backticks; the bare word is what a misspelling is compared with.
        return Some((quoted(k.word), Some(k.word)));
    }
    if let Some(text) = value_words(rule) {
        return Some((text, None));
    }
    match rule {
        month_of_year => Some(("a month such as 6 or 11/2025", None)),
        ident | ident_list => Some(("a name", None)),
        lead_unknown => Some(("`?` (no lead named yet)", None)),
        string | string_text => Some(("a quoted text", None)),
        number | value_range => Some(("a number", None)),
        year => Some(("a year such as 2025", None)),
        date => Some(("a date such as 2021-04-28", None)),
        day_month => Some(("a day and month such as 05/12", None)),
        level_target => Some(("a milestone year or a comparison", None)),
        dimension_value => Some(("a dimension value (a name and its title)", None)),
        EOI => Some((END_OF_FILE, None)),
        _ => None,
    }
}

/// What a rule that takes one of a few words stands for, with the words, from the table of
/// keywords (`a direction (increase, decrease or maintain)`).
fn value_words(rule: Rule) -> Option<&'static str> {
    static TEXTS: LazyLock<HashMap<Rule, String>> = LazyLock::new(|| {
        // Words as they are spelt out (symbols that stand for a word left out: `%`, `≥`).
        let plain = |words: &mut dyn Iterator<Item = &'static str>| -> Vec<String> {
            words
                .filter(|w| {
                    w.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                })
                .map(str::to_string)
                .collect()
        };
        let ticked = |words: Vec<String>| -> Vec<String> {
            words.into_iter().map(|w| format!("`{w}`")).collect()
        };
        let list_of = |words: Vec<String>| {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            list(&words)
        };
        let changes = list_of(ticked(plain(&mut RATE_CHANGES.words())));
        let mut aggregates = plain(&mut AGGREGATES.words());
        aggregates.push("weighted by ELEMENT".into());
        let mut units = plain(&mut BUILTIN_UNITS.words());
        units.push("a declared unit".into());
        let comparisons: Vec<String> = COMPARATORS
            .words()
            .filter(|w| w.chars().all(|c| c.is_ascii_punctuation()))
            .map(str::to_string)
            .collect();
        HashMap::from([
            (
                Rule::direction,
                format!("a direction ({})", list_of(plain(&mut DIRECTIONS.words()))),
            ),
            (Rule::rate_direction, changes.clone()),
            (Rule::rate_target, changes.clone()),
            (Rule::yearly_target, changes.clone()),
            (Rule::change_target, changes),
            (
                Rule::rate_unit,
                list_of(ticked(plain(&mut RATE_UNITS.words()))),
            ),
            (
                Rule::period_kind,
                format!(
                    "a reporting period ({})",
                    list_of(plain(&mut PERIODS.words()))
                ),
            ),
            (
                Rule::aggregate_kind,
                format!("an aggregation ({})", list_of(aggregates)),
            ),
            (Rule::unit_name, format!("a unit ({})", list_of(units))),
            (
                Rule::comparator,
                format!("a comparison ({})", list_of(comparisons)),
            ),
        ])
    });
    TEXTS.get(&rule).map(String::as_str)
}

/// A keyword in backticks, as messages show it.
fn quoted(word: &'static str) -> &'static str {
    static QUOTED: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        KEYWORDS
            .iter()
            .map(|k| (k.word, &*format!("`{}`", k.word).leak()))
            .collect()
    });
    QUOTED.get(word).copied().unwrap_or(word)
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
            .any(|r| describe(*r).is_some_and(|(_, keyword)| keyword.is_some()));
        let next_item = found.kind == Found::Word
            && field_expected
            && starts_line(text, pos)
            && item_words().contains(&source.slice(found.span));
        if found.kind == Found::End || next_item {
            let (place, text_of_place) = if next_item {
                (
                    found.span,
                    format!("`{}` starts here", source.slice(found.span)),
                )
            } else {
                (last_char(text), "the file ends here".to_string())
            };
            let help = if next_item {
                format!("add `}}` before `{}`", source.slice(found.span))
            } else {
                "add `}` where the block should end".to_string()
            };
            return Diagnostic::new(
                Code::UnclosedBlock,
                source,
                Span::new(open, open + 1),
                "this block is never closed",
            )
            .label("this `{` has no matching `}`")
            .related(place, text_of_place)
            .help(help);
        }
    }
    if found.kind == Found::UnclosedText {
        return Diagnostic::new(
            Code::Syntax,
            source,
            found.span,
            "this text is never closed",
        )
        .label("the quote opened here has no closing `\"` on this line")
        .help("add `\"` at the end of the text; a text cannot span several lines");
    }

    let positives = if positives.contains(&Rule::next_item) {
        // Nothing of an item matched: pest names only the entry rule.
        item_rules().chain([Rule::EOI]).collect()
    } else {
        positives
    };
    let mut described: Vec<(&str, Option<&str>)> = Vec::new();
    let mut keywords: Vec<&str> = Vec::new();
    for rule in &positives {
        if let Some(d) = describe(*rule) {
            if !described.contains(&d) {
                described.push(d);
            }
            keywords.extend(d.1);
        }
        keywords.extend(values_of(*rule));
    }
    // Descriptions first, then keywords in a fixed order, the end of the file last, so
    // messages are stable whatever order pest tried the rules in.
    described.sort_by_key(|(text, keyword)| match keyword {
        Some(k) => 1 + KEYWORDS.iter().position(|o| o.word == *k).unwrap_or(0),
        None if *text == END_OF_FILE => usize::MAX,
        None => 0,
    });
    let may_start_field = described.iter().any(|(_, k)| k.is_some());
    let mut expected: Vec<&str> = described.iter().map(|(text, _)| *text).collect();
    // A block may also end where a field may start.
    if !depth.is_empty() && found.kind != Found::End && may_start_field {
        expected.push("`}`");
    }
    let expected = list(&expected);

    // A value missing at the end of a line: the next line's first word is not the problem,
    // the end of this line is.
    let line_end = text[..pos].trim_end().len();
    if !may_start_field && !expected.is_empty() && text[line_end..pos].contains('\n') {
        let last = text[..line_end]
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        return Diagnostic::new(
            Code::Syntax,
            source,
            Span::new(line_end - last.min(line_end), line_end),
            format!("expected {expected} at the end of this line"),
        )
        .label(format!("expected {expected} after this"))
        .help(
            "complete the line; a statement cannot continue on the next line after a missing value",
        );
    }

    let message = if expected.is_empty() {
        format!("unexpected {}", found.text)
    } else {
        format!("expected {expected}, found {}", found.text)
    };
    let help = if found.kind == Found::Word {
        did_you_mean(source.slice(found.span), keywords.iter().copied())
    } else {
        None
    };
    let help = help
        .or_else(|| decimal_comma_hint(text, pos))
        .or_else(|| symbol_hint(text, pos));
    Diagnostic::new(Code::Syntax, source, found.span, message)
        .label("not expected here")
        .maybe_help(help)
}

/// Help for symbols written where planlang wants something else: `=>` for `>=`, a unit sign
/// after a number.
fn symbol_hint(text: &str, pos: usize) -> Option<String> {
    let before = text[..pos].trim_end();
    let next = text[pos..].chars().next()?;
    match (before.chars().next_back()?, next) {
        ('=', '>') => Some("write `>=` (at least): the `=` comes second".into()),
        ('=', '<') => Some("write `<=` (at most): the `=` comes second".into()),
        (c, '%' | '‰') if c.is_ascii_digit() => Some(format!(
            "write the number alone; the unit belongs in the indicator's `unit` line (`unit {}`)",
            if next == '%' { "percent" } else { "per_mille" }
        )),
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

const END_OF_FILE: &str = "the end of the file";

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

/// "a, b or c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[derive(PartialEq, Debug)]
enum Found {
    End,
    Word,
    UnclosedText,
    Other,
}

struct FoundToken {
    kind: Found,
    text: String,
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
            text: "the end of the file".into(),
            span: Span::at(pos),
        },
        Some('"') => {
            let line = rest.split('\n').next().unwrap_or(rest);
            match line[1..].find('"') {
                None => FoundToken {
                    kind: Found::UnclosedText,
                    text: String::new(),
                    span: Span::new(pos, pos + 1),
                },
                Some(close) => FoundToken {
                    kind: Found::Other,
                    text: format!("the text `{}`", &line[..close + 2]),
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
                text: format!("`{}`", &rest[..len]),
                span: Span::new(pos, pos + len),
            }
        }
        Some('\n') | Some('\r') => FoundToken {
            kind: Found::Other,
            text: "the end of the line".into(),
            span: Span::new(pos, pos + 1),
        },
        Some(c) => FoundToken {
            kind: Found::Other,
            text: format!("`{c}`"),
            span: Span::new(pos, pos + c.len_utf8()),
        },
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.' || c == ','
}

/// When the failing token is a number written with a decimal comma in a place that takes no
/// list (`target 2025 < 9,5.`), say so.
fn decimal_comma_hint(text: &str, pos: usize) -> Option<String> {
    let before = text.get(..pos)?;
    let trimmed = before.trim_end_matches(|c: char| c.is_ascii_digit());
    (trimmed.ends_with(',') && trimmed.len() < before.len())
        .then(|| "plan files use a decimal point: write `9.5`, not `9,5`".to_string())
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
