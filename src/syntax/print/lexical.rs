//! The smallest pieces of plan text: keywords, names, quoted texts, numbers and dates, each
//! written as the grammar reads it, and [`Line`], which strings them together.

use crate::date::{Date, DayMonth, DueMonth};
use crate::syntax::ast::{DateLit, Ident, Milestone, Number, Text, Tolerance, ValueRange, Year};
use crate::syntax::grammar::Rule;
use crate::syntax::keywords::{Values, KEYWORDS, RATE_UNITS};

/// What a number lowering refused as too large (`plan::bad_number`) is written as: the tree
/// keeps NaN, not the digits, and any number above 10^15 reads back as NaN with the same
/// diagnostic.
const TOO_LARGE: &str = "9999999999999999";

/// What a date that does not exist is written as: the tree keeps `None`, not the text, and
/// this reads back as `None` with the same diagnostic (`plan::bad_date`).
const NO_DATE: &str = "0000-00-00";

/// Likewise for a day of the year (`plan::bad_due_date`).
const NO_DAY_MONTH: &str = "00/00";

/// Likewise for a day of a given year (`due 30/06/2026`).
const NO_DAY_MONTH_YEAR: &str = "00/00/0000";

/// Likewise for a month.
const NO_MONTH: &str = "0";

/// The word a keyword rule reads. The table is the one the error messages use, and a test
/// keeps it equal to the grammar, so every `k_*` rule and `strive` is found.
pub(super) fn keyword(rule: Rule) -> &'static str {
    KEYWORDS
        .iter()
        .find(|k| k.rule == rule)
        .map_or("", |k| k.word)
}

/// A text in double quotes, escaped so that lowering reads the same value back: `"` and `\`
/// escaped; a line break written `\n` (it cannot stand in a string) and a tab `\t` (it could,
/// but cannot be seen). A carriage return cannot be written at all: the reader takes a lone
/// one for a line break, so it is written as one (`\n`), and CR LF as a single `\n`. Parsing
/// never puts one in a text.
pub(super) fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    if !value.contains(['"', '\\', '\n', '\t', '\r']) {
        out.push_str(value);
    } else {
        let mut chars = value.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\r' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
    }
    out.push('"');
    out
}

/// A number in the shortest form that reads back as the same `f64` (Rust's `Display`, which
/// never uses an exponent: `0.0000001`, `1000000000000000`; `12` for 12.0).
pub(super) fn number(n: &Number) -> String {
    if n.value.is_finite() {
        n.value.to_string()
    } else {
        TOO_LARGE.to_string()
    }
}

/// Four digits, as the `year` rule reads them (`0999` stays four digits).
pub(super) fn year(y: &Year) -> String {
    format!("{:04}", y.value)
}

/// `2021-04-28`.
pub(super) fn date(d: &DateLit) -> String {
    d.date
        .map_or_else(|| NO_DATE.to_string(), |d| d.to_string())
}

/// `05/12`: the day first, as the `day_month` rule reads it (`DayMonth`'s `Display` is the
/// ISO `12-05` of JSON output).
pub(super) fn day_month(dm: Option<&DayMonth>) -> String {
    dm.map_or_else(
        || NO_DAY_MONTH.to_string(),
        |dm| format!("{:02}/{:02}", dm.day, dm.month),
    )
}

/// `30/06/2026`: a day of a given year as a deadline writes it (the day first).
pub(super) fn day_month_year(date: Option<&Date>) -> String {
    date.map_or_else(
        || NO_DAY_MONTH_YEAR.to_string(),
        |d| format!("{:02}/{:02}/{:04}", d.day, d.month, d.year),
    )
}

/// `6`, or `11/2025` for a month that falls once.
pub(super) fn due_month(m: Option<&DueMonth>) -> String {
    match m {
        None => NO_MONTH.to_string(),
        Some(DueMonth {
            month,
            year: Some(year),
        }) => format!("{month}/{year:04}"),
        Some(DueMonth { month, year: None }) => month.to_string(),
    }
}

/// The words of one line as the tree gives them, and where a level target's milestone ends
/// in them (the comparison after it is aligned with its neighbours').
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// The line without its indentation.
    pub text: String,
    /// For a level target at a milestone (`target 2026-H1 >= 40`): where its milestone ends.
    pub milestone_end: Option<MilestoneEnd>,
}

/// Where a target's milestone (with its `cumulative`) ends: in the words the tree gives, and
/// in the source the tree was read from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct MilestoneEnd {
    /// A byte offset in [`Words::text`].
    pub in_text: usize,
    /// A byte offset in the source.
    pub in_source: usize,
}

impl From<String> for Words {
    fn from(text: String) -> Words {
        Words {
            text,
            milestone_end: None,
        }
    }
}

/// One line of plan text, built word by word with a space between words.
#[derive(Default)]
pub(super) struct Line {
    text: String,
    milestone_end: Option<MilestoneEnd>,
}

impl Line {
    pub(super) fn new() -> Line {
        Line::default()
    }

    /// Text written as given (punctuation such as `=`, `/`, `?`, a `0..100` range).
    pub(super) fn word(mut self, word: &str) -> Line {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(word);
        self
    }

    pub(super) fn kw(self, rule: Rule) -> Line {
        self.word(keyword(rule))
    }

    /// The word written for a value (`increase`, `>=`, `half-year`): the first the table
    /// lists for it (a test checks that every value has one).
    pub(super) fn value<T: PartialEq>(self, values: &Values<T>, meaning: &T) -> Line {
        self.word(values.word(meaning).unwrap_or_default())
    }

    pub(super) fn ident(self, id: &Ident) -> Line {
        self.word(&id.name)
    }

    /// `a, b, c`.
    pub(super) fn idents(self, ids: &[Ident]) -> Line {
        let names: Vec<&str> = ids.iter().map(|id| id.name.as_str()).collect();
        self.word(&names.join(", "))
    }

    pub(super) fn text(self, text: &Text) -> Line {
        self.word(&quoted(&text.value))
    }

    pub(super) fn number(self, n: &Number) -> Line {
        self.word(&number(n))
    }

    /// `2`, or `2 to 3`, and its tolerance (`within 0.5 points`).
    pub(super) fn range(self, range: &ValueRange) -> Line {
        let line = self.number(&range.min);
        let line = match &range.max {
            Some(max) => line.kw(Rule::k_to).number(max),
            None => line,
        };
        line.within(range.within.as_deref())
    }

    /// `within 0.5 points` when there is a tolerance: a target's, a total's.
    pub(super) fn within(self, tolerance: Option<&Tolerance>) -> Line {
        match tolerance {
            Some(w) => self
                .kw(Rule::k_within)
                .number(&w.amount)
                .value(&RATE_UNITS, &w.unit),
            None => self,
        }
    }

    pub(super) fn year(self, y: &Year) -> Line {
        self.word(&year(y))
    }

    /// A target's milestone: `2025`, `2026-Q2`, `2026-Q3 cumulative`; one the calendar has
    /// not as `2026-Q0`, which reads back the same (`plan::bad_milestone`).
    /// The line remembers where the milestone ends, here and in the source, for aligning.
    pub(super) fn milestone(self, at: &Milestone) -> Line {
        let written = if at.readable {
            at.period.to_string()
        } else {
            format!("{:04}-Q0", at.year())
        };
        let line = self.word(&written);
        let mut line = match at.to_date {
            Some(_) => line.kw(Rule::k_cumulative),
            None => line,
        };
        line.milestone_end = Some(MilestoneEnd {
            in_text: line.text.len(),
            in_source: at.to_date.unwrap_or(at.span).end(),
        });
        line
    }

    /// `KEYWORD YEAR` when there is a year: `from 2025`, `until 2030`.
    pub(super) fn year_after(self, rule: Rule, y: Option<&Year>) -> Line {
        match y {
            Some(y) => self.kw(rule).year(y),
            None => self,
        }
    }

    /// `KEYWORD "text"` when there is a text: `ref`, `source`, `because`, `of`, `short`.
    pub(super) fn clause(self, rule: Rule, text: Option<&Text>) -> Line {
        match text {
            Some(text) => self.kw(rule).text(text),
            None => self,
        }
    }

    /// `rule`'s keyword when `written` (`requested`), else nothing.
    pub(super) fn flag(self, rule: Rule, written: bool) -> Line {
        if written {
            self.kw(rule)
        } else {
            self
        }
    }

    pub(super) fn finish(self) -> String {
        self.text
    }

    /// The line's words, with where its milestone ends if it has one.
    pub(super) fn words(self) -> Words {
        Words {
            text: self.text,
            milestone_end: self.milestone_end,
        }
    }
}
