//! Numbers and dates as each language's documents write them. The digits are
//! [`crate::numbers`]'s (one place decides how many); this only changes the marks: Vietnamese
//! writes a decimal comma and groups thousands with dots (`9,5`, `1.234.567`), and dates day
//! first (`30/06/2025`).

use super::{Arg, Lang};
use crate::date::{Date, Period};

/// A number written by [`crate::numbers`] (`1234567.5`, `-0.25`), as `lang` writes it.
pub fn number(lang: Lang, written: &str) -> String {
    match lang {
        Lang::En => written.to_string(),
        Lang::Vi => vietnamese_number(written),
    }
}

fn vietnamese_number(written: &str) -> String {
    let (sign, unsigned) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written),
    };
    // Not a plain decimal number (`inf`, `NaN`, a word): left as it is.
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return written.to_string();
    }
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// A date as `lang` writes it: `2025-06-30` in English (ISO 8601, as the data files write it),
/// `30/06/2025` in Vietnamese.
pub fn date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::En => date.to_string(),
        Lang::Vi => format!("{:02}/{:02}/{}", date.day, date.month, date.year),
    }
}

/// A period as `lang` writes it: as data files write it in English (`2026-Q1`, `2026-H1`,
/// `2026-06`), as Vietnamese documents do in Vietnamese (`quý I/2026`, `6 tháng đầu năm
/// 2026`, `tháng 06/2026`; a year is its number). The words are `period-*` of
/// `evaluation.ftl`.
pub fn period(lang: Lang, period: Period) -> String {
    let year = ("year", Arg::from(format!("{:04}", period.year())));
    match period {
        Period::Year(_) => lang.text_with("period-year", &[year]),
        Period::Half(_, half) => {
            lang.text_with("period-half", &[year, ("half", usize::from(half).into())])
        }
        Period::Quarter(_, quarter) => lang.text_with(
            "period-quarter",
            &[year, ("quarter", usize::from(quarter).into())],
        ),
        Period::Month(_, month) => lang.text_with(
            "period-month",
            &[year, ("month", format!("{month:02}").into())],
        ),
    }
}
