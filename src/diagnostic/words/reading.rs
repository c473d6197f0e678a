//! Reading the text.

use super::{did_you_mean, either, Entry, Words};
use crate::date::{days_in_month, DateError, DateWhat};
use crate::diagnostic::problem::{Expected, Found, Reading, SyntaxHint, ValueKind};
use crate::i18n::Lang;
use crate::syntax::keywords::{
    Values, AGGREGATES, BUILTIN_UNITS, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS,
    RECURRENCES,
};

pub(super) fn words(problem: &Reading, lang: Lang) -> Words {
    let entry = |id| Entry::new(lang, id);
    match problem {
        Reading::Syntax {
            expected,
            found,
            hint,
        } => {
            let found = found_words(found, lang);
            let message = if expected.is_empty() {
                lang.text_with("diag-syntax-unexpected", &[("found", found.into())])
            } else {
                lang.text_with(
                    "diag-syntax",
                    &[
                        ("expected", expected_words(expected, lang).into()),
                        ("found", found.into()),
                    ],
                )
            };
            Words {
                message,
                label: lang.attribute("diag-syntax", "label", &[]),
                related: Vec::new(),
                help: hint.as_ref().map(|h| hint_words(h, lang)),
            }
        }
        Reading::MissingAtLineEnd { expected } => entry("diag-missing-at-line-end")
            .arg("expected", expected_words(expected, lang))
            .words(),
        Reading::UnclosedText => entry("diag-unclosed-text").words(),
        Reading::UnclosedBlock { next_item, place } => {
            let e = match next_item {
                Some(word) => entry("diag-unclosed-block-before").arg("next", word.as_str()),
                None => entry("diag-unclosed-block"),
            };
            e.words().and(*place, e.attr("place"))
        }
        Reading::DecimalComma { written } => entry("diag-decimal-comma")
            .arg("written", written.as_str())
            .arg("point", written.replace(',', "."))
            .words(),
        Reading::BadNumber { written } => entry("diag-bad-number")
            .arg("written", written.as_str())
            .words(),
        Reading::BadMilestone { written } => entry("diag-bad-milestone")
            .arg("written", written.as_str())
            .words(),
        Reading::BadDate { written, why } => entry("diag-bad-date")
            .arg("written", written.as_str())
            .arg("why", date_error(why, lang))
            .words(),
        Reading::BadDueDate {
            written,
            why,
            month,
        } => entry(if *month {
            "diag-bad-due-month"
        } else {
            "diag-bad-due-day"
        })
        .arg("written", written.as_str())
        .arg("why", date_error(why, lang))
        .words(),
        Reading::Internal { what } => entry("diag-internal").arg("what", what.as_str()).words(),
    }
}

/// Why a text is not a date, in `lang`: `February 2021 has 28 days, so day 30 does not
/// exist`.
pub fn date_error(why: &DateError, lang: Lang) -> String {
    match why {
        DateError::Form { text, form, what } => {
            let forms: Vec<String> = form.split(" or ").map(str::to_string).collect();
            let what = match what {
                DateWhat::Date => "date",
                DateWhat::DayMonth => "day-month",
                DateWhat::Month => "month",
            };
            lang.text_with(
                "diag-date-form",
                &[
                    ("text", text.as_str().into()),
                    ("what", what.into()),
                    ("form", either(&forms, lang).into()),
                ],
            )
        }
        DateError::NoSuchMonth {
            month,
            day_first_hint,
        } => lang.text_with(
            "diag-date-no-such-month",
            &[
                ("month", month.to_string().into()),
                ("hint", if *day_first_hint { "yes" } else { "no" }.into()),
            ],
        ),
        DateError::NoSuchDay { month, year, day } => {
            let days = days_in_month(year.unwrap_or(2000), *month) as usize;
            let month = lang.text_with("diag-month", &[("month", (*month as usize).into())]);
            let month = match year {
                Some(y) => lang.text_with(
                    "diag-month-of-year",
                    &[("month", month.into()), ("year", y.to_string().into())],
                ),
                None => month,
            };
            lang.text_with(
                "diag-date-no-such-day",
                &[
                    ("month", month.into()),
                    ("days", days.into()),
                    ("day", day.to_string().into()),
                ],
            )
        }
    }
}

fn expected_words(expected: &[Expected], lang: Lang) -> String {
    let items: Vec<String> = expected
        .iter()
        .map(|e| match e {
            Expected::Keyword(word) => format!("`{word}`"),
            Expected::Value(kind) => value_words(*kind, lang),
            Expected::CloseBrace => "`}`".into(),
            Expected::EndOfFile => lang.text("diag-end-of-file"),
        })
        .collect();
    either(&items, lang)
}

fn found_words(found: &Found, lang: Lang) -> String {
    match found {
        Found::EndOfFile => lang.text("diag-end-of-file"),
        Found::EndOfLine => lang.text("diag-end-of-line"),
        Found::Word(w) => format!("`{w}`"),
        Found::Text(t) => lang.text_with("diag-found-text", &[("text", t.as_str().into())]),
        Found::Symbol(c) => format!("`{c}`"),
    }
}

fn hint_words(hint: &SyntaxHint, lang: Lang) -> String {
    match hint {
        SyntaxHint::DidYouMean(word) => did_you_mean(word, lang),
        SyntaxHint::DecimalPoint => lang.text("diag-hint-decimal-point"),
        SyntaxHint::AtLeast => lang.text("diag-hint-at-least"),
        SyntaxHint::AtMost => lang.text("diag-hint-at-most"),
        SyntaxHint::UnitSign(unit) => {
            lang.text_with("diag-hint-unit-sign", &[("unit", (*unit).into())])
        }
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
fn value_words(kind: ValueKind, lang: Lang) -> String {
    // A kind named with the words it may be: `diag-value-KEY`, with `$words`.
    let with = |key: &str, words: Vec<String>| {
        lang.text_with(
            &format!("diag-value-{key}"),
            &[("words", either(&words, lang).into())],
        )
    };
    let text = |key: &str| lang.text(&format!("diag-value-{key}"));
    match kind {
        ValueKind::Name => text("name"),
        ValueKind::Text => text("text"),
        ValueKind::Number => text("number"),
        ValueKind::Year => text("year"),
        ValueKind::Date => text("date"),
        ValueKind::DayMonth => text("day-month"),
        ValueKind::MonthOfYear => text("month-of-year"),
        ValueKind::MilestoneOrComparison => text("milestone-or-comparison"),
        ValueKind::DimensionValue => text("dimension-value"),
        ValueKind::LeadUnknown => text("lead-unknown"),
        ValueKind::Comparison => {
            let symbols: Vec<String> = COMPARATORS
                .words()
                .filter(|w| w.chars().all(|c| c.is_ascii_punctuation()))
                .map(str::to_string)
                .collect();
            with("comparison", symbols)
        }
        ValueKind::Direction => with("direction", plain(&DIRECTIONS)),
        ValueKind::RateChange => either(&ticked(plain(&RATE_CHANGES)), lang),
        ValueKind::RateUnit => either(&ticked(plain(&RATE_UNITS)), lang),
        ValueKind::Period => with("period", plain(&PERIODS)),
        ValueKind::Recurrence => with("recurrence", plain(&RECURRENCES)),
        ValueKind::Aggregation => {
            let mut words = plain(&AGGREGATES);
            words.push(text("weighted"));
            with("aggregation", words)
        }
        ValueKind::Unit => {
            let mut words = plain(&BUILTIN_UNITS);
            words.push(text("declared-unit"));
            with("unit", words)
        }
    }
}
