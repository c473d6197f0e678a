//! Reading the text.

use super::Words;
use crate::diagnostic::problem::{Expected, Found, Reading, SyntaxHint, ValueKind};
use crate::syntax::keywords::{
    Values, AGGREGATES, BUILTIN_UNITS, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS,
    RECURRENCES,
};

pub(super) fn words(problem: &Reading) -> Words {
    match problem {
        Reading::Syntax {
            expected,
            found,
            hint,
        } => {
            let message = if expected.is_empty() {
                format!("unexpected {}", found_words(found))
            } else {
                format!(
                    "expected {}, found {}",
                    expected_words(expected),
                    found_words(found)
                )
            };
            Words {
                message,
                label: "not expected here".into(),
                related: Vec::new(),
                help: hint.as_ref().map(hint_words),
            }
        }
        Reading::MissingAtLineEnd { expected } => {
            let expected = expected_words(expected);
            Words::new(
                format!("expected {expected} at the end of this line"),
                format!("expected {expected} after this"),
                "complete the line; a statement cannot continue on the next line after a missing value",
            )
        }
        Reading::UnclosedText => Words::new(
            "this text is never closed".into(),
            "the quote opened here has no closing `\"` on this line",
            "add `\"` at the end of the text; a text cannot span several lines",
        ),
        Reading::UnclosedBlock { next_item, place } => {
            let (place_text, help) = match next_item {
                Some(word) => (
                    format!("`{word}` starts here"),
                    format!("add `}}` before `{word}`"),
                ),
                None => (
                    "the file ends here".to_string(),
                    "add `}` where the block should end".to_string(),
                ),
            };
            Words::new(
                "this block is never closed".into(),
                "this `{` has no matching `}`",
                help,
            )
            .and(*place, place_text)
        }
        Reading::DecimalComma { written } => Words::new(
            format!("`{written}` is written with a decimal comma"),
            "decimal comma",
            format!(
                "plan files use a decimal point: write `{}`",
                written.replace(',', ".")
            ),
        ),
        Reading::BadNumber { written } => Words::new(
            format!("`{written}` is too large to be a value"),
            "too large",
            "values must lie between -10^15 and 10^15",
        ),
        Reading::BadMilestone { written } => Words::new(
            format!("`{written}` is not a period of the calendar"),
            "no such period",
            "write a year (`2026`), a half-year (`2026-H1`, `2026-H2`), a quarter (`2026-Q1` to `2026-Q4`) or a month (`2026-01` to `2026-12`)",
        ),
        Reading::BadDate { written, why } => Words::new(
            format!("`{written}` is not a real date: {why}"),
            "no such day",
            "check the date against the document (dates are written YYYY-MM-DD)",
        ),
        Reading::BadDueDate {
            written,
            why,
            month: false,
        } => Words::new(
            format!("`{written}` is not a day of the year: {why}"),
            "no such day",
            "write the due date as DD/MM, day first, as Vietnamese documents do",
        ),
        Reading::BadDueDate { written, why, .. } => Words::new(
            format!("`{written}` is not a month: {why}"),
            "no such month",
            "write the month as a number from 1 to 12, and its year after a `/` for a deadline that falls once (`11/2025`)",
        ),
        Reading::Internal { what } => Words {
            message: format!("internal error: unexpected syntax tree while reading {what}"),
            label: String::new(),
            related: Vec::new(),
            help: Some(
                "this is a bug in planlang; please report it with the file that caused it".into(),
            ),
        },
    }
}

/// "a, b or c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn expected_words(expected: &[Expected]) -> String {
    let items: Vec<String> = expected
        .iter()
        .map(|e| match e {
            Expected::Keyword(word) => format!("`{word}`"),
            Expected::Value(kind) => value_words(*kind),
            Expected::CloseBrace => "`}`".into(),
            Expected::EndOfFile => "the end of the file".into(),
        })
        .collect();
    list(&items)
}

fn found_words(found: &Found) -> String {
    match found {
        Found::EndOfFile => "the end of the file".into(),
        Found::EndOfLine => "the end of the line".into(),
        Found::Word(w) => format!("`{w}`"),
        Found::Text(t) => format!("the text `{t}`"),
        Found::Symbol(c) => format!("`{c}`"),
    }
}

fn hint_words(hint: &SyntaxHint) -> String {
    match hint {
        SyntaxHint::DidYouMean(word) => format!("did you mean `{word}`?"),
        SyntaxHint::DecimalPoint => "plan files use a decimal point: write `9.5`, not `9,5`".into(),
        SyntaxHint::AtLeast => "write `>=` (at least): the `=` comes second".into(),
        SyntaxHint::AtMost => "write `<=` (at most): the `=` comes second".into(),
        SyntaxHint::UnitSign(unit) => format!(
            "write the number alone; the unit belongs in the indicator's `unit` line (`unit {unit}`)"
        ),
    }
}

/// The words of a table spelt out (symbols that stand for a word left out: `%`, `≥`).
fn plain<T>(values: &Values<T>) -> Vec<String> {
    values
        .words()
        .filter(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        })
        .map(str::to_string)
        .collect()
}

fn ticked(words: Vec<String>) -> Vec<String> {
    words.into_iter().map(|w| format!("`{w}`")).collect()
}

/// What a kind of value is, with the words it may be (`a direction (increase, decrease or
/// maintain)`), from the table of keywords.
fn value_words(kind: ValueKind) -> String {
    match kind {
        ValueKind::Name => "a name".into(),
        ValueKind::Text => "a quoted text".into(),
        ValueKind::Number => "a number".into(),
        ValueKind::Year => "a year such as 2025".into(),
        ValueKind::Date => "a date such as 2021-04-28".into(),
        ValueKind::DayMonth => "a day and month such as 05/12".into(),
        ValueKind::MonthOfYear => "a month such as 6 or 11/2025".into(),
        ValueKind::MilestoneOrComparison => "a milestone year or a comparison".into(),
        ValueKind::DimensionValue => "a dimension value (a name and its title)".into(),
        ValueKind::LeadUnknown => "`?` (no lead named yet)".into(),
        ValueKind::Comparison => {
            let symbols: Vec<String> = COMPARATORS
                .words()
                .filter(|w| w.chars().all(|c| c.is_ascii_punctuation()))
                .map(str::to_string)
                .collect();
            format!("a comparison ({})", list(&symbols))
        }
        ValueKind::Direction => format!("a direction ({})", list(&plain(&DIRECTIONS))),
        ValueKind::RateChange => list(&ticked(plain(&RATE_CHANGES))),
        ValueKind::RateUnit => list(&ticked(plain(&RATE_UNITS))),
        ValueKind::Period => format!("a reporting period ({})", list(&plain(&PERIODS))),
        ValueKind::Recurrence => format!("how often it recurs ({})", list(&plain(&RECURRENCES))),
        ValueKind::Aggregation => {
            let mut words = plain(&AGGREGATES);
            words.push("weighted by ELEMENT".into());
            format!("an aggregation ({})", list(&words))
        }
        ValueKind::Unit => {
            let mut words = plain(&BUILTIN_UNITS);
            words.push("a declared unit".into());
            format!("a unit ({})", list(&words))
        }
    }
}
