//! Periods of the calendar: a year (`2023`), a half-year (`2023-H1`), a quarter (`2023-Q1`)
//! or a month (`2023-01`). Reports may be due every month, quarter, half-year or year
//! (`period` of a `report`), so data and submissions can name each of those periods, and a
//! target can be set for one (`target 2026-Q2 >= 50`).

use super::{days_in_month, Date};
use serde::{Serialize, Serializer};
use std::fmt;

/// A period of the calendar. The derived order (every `Year` before every `Half`, ...) only
/// keys maps; anything that needs time order sorts by [`Period::time`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// A half of a year: 1 (January–June) or 2 (July–December).
    Half(i32, u8),
    /// A quarter: 1 (January–March) to 4 (October–December).
    Quarter(i32, u8),
    /// A month: 1 (January) to 12 (December).
    Month(i32, u8),
}

impl Period {
    /// Parses `2023`, `2023-H1`/`2023-H2`, `2023-Q1`..`2023-Q4` (also lower-case `h`, `q`)
    /// or `2023-01`..`2023-12` (ISO 8601's year and month; `2023-1` too).
    pub fn parse(text: &str) -> Result<Period, String> {
        Period::read(text).ok_or_else(|| {
            format!("`{text}` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)")
        })
    }

    /// The period `text` writes, if it writes one (see [`Period::parse`]).
    pub fn read(text: &str) -> Option<Period> {
        let (year, part) = match text.split_once('-') {
            Some((y, p)) => (y, Some(p)),
            None => (text, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let Some(part) = part else {
            return Some(Period::Year(year));
        };
        // The number after `H`, `Q` or the dash: one or two ASCII digits.
        let number = |digits: &str| -> Option<u8> {
            let ok = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| digits.parse().ok()).flatten()
        };
        match part.as_bytes().first() {
            Some(b'H' | b'h') => number(&part[1..])
                .filter(|h| (1..=2).contains(h))
                .map(|h| Period::Half(year, h)),
            Some(b'Q' | b'q') => number(&part[1..])
                .filter(|q| (1..=4).contains(q))
                .map(|q| Period::Quarter(year, q)),
            _ => number(part)
                .filter(|m| (1..=12).contains(m))
                .map(|m| Period::Month(year, m)),
        }
    }

    /// The year the period falls in.
    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// How many months the period lasts (12 for a year, 3 for a quarter).
    pub(crate) fn months(self) -> u32 {
        match self {
            Period::Year(_) => 12,
            Period::Half(..) => 6,
            Period::Quarter(..) => 3,
            Period::Month(..) => 1,
        }
    }

    /// The last month of the period (1–12).
    pub(crate) fn last_month(self) -> u32 {
        match self {
            Period::Year(_) => 12,
            Period::Half(_, h) => 6 * u32::from(h),
            Period::Quarter(_, q) => 3 * u32::from(q),
            Period::Month(_, m) => u32::from(m),
        }
    }

    /// The period's place on the time axis used for trends: a period stands where it ends,
    /// in years, so a year's value stands at the year (a 2025 value meets a 2025 milestone),
    /// the first half half a year before it, March's a quarter of a year before it... The
    /// last half, quarter and month of a year stand with the year itself.
    pub fn time(self) -> f64 {
        f64::from(self.year()) - 1.0 + f64::from(self.last_month()) / 12.0
    }

    /// The last day of the period.
    pub fn end(self) -> Date {
        let (year, month) = (self.year(), self.last_month());
        Date {
            year,
            month,
            day: days_in_month(year, month),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Four digits, as a plan writes a year (`0999`) and as `parse` reads it back.
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_order() {
        assert_eq!(Period::parse("2023"), Ok(Period::Year(2023)));
        assert_eq!(Period::parse("2023-H1"), Ok(Period::Half(2023, 1)));
        assert!(Period::parse("23").is_err());
        assert_eq!(Period::Half(2023, 1).time(), 2022.5);
        assert_eq!(Period::Half(2023, 1).end().to_string(), "2023-06-30");
        assert_eq!(Period::Half(2023, 2).to_string(), "2023-H2");
    }

    #[test]
    fn quarters_and_months_parse_print_and_end() {
        assert_eq!(Period::parse("2023-Q1"), Ok(Period::Quarter(2023, 1)));
        assert_eq!(Period::parse("2023-q4"), Ok(Period::Quarter(2023, 4)));
        assert_eq!(Period::parse("2023-03"), Ok(Period::Month(2023, 3)));
        assert_eq!(Period::parse("2023-3"), Ok(Period::Month(2023, 3)));
        assert_eq!(Period::parse("2023-12"), Ok(Period::Month(2023, 12)));
        for bad in [
            "2023-Q0",
            "2023-Q5",
            "2023-Q",
            "2023-00",
            "2023-13",
            "2023-123",
            "2023-H3",
            "2023-H",
            "2023-",
            "2023-x1",
            "2023-+1",
            "2023-Q+1",
            "2023-Q01x",
            "2023-Ⅱ",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Period::Quarter(2023, 2).to_string(), "2023-Q2");
        assert_eq!(Period::Month(2023, 3).to_string(), "2023-03");
        assert_eq!(Period::Quarter(2023, 1).end().to_string(), "2023-03-31");
        assert_eq!(Period::Month(2024, 2).end().to_string(), "2024-02-29");
        assert_eq!(Period::Month(2023, 2).end().to_string(), "2023-02-28");
        assert_eq!(Period::Quarter(2023, 4).time(), 2023.0);
        assert_eq!(Period::Quarter(2023, 1).time(), 2022.25);
        assert_eq!(Period::Month(2023, 6).time(), Period::Half(2023, 1).time());
        assert_eq!(Period::Month(2023, 12).time(), 2023.0);
    }
}
