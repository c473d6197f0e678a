//! Data periods: a year (`2023`) or a half-year (`2023-H1`, `2023-H2`).

use crate::date::Date;
use serde::{Serialize, Serializer};
use std::fmt;

#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    /// A half of a year: 1 (January–June) or 2 (July–December).
    Half(i32, u8),
}

impl Period {
    /// Parses `2023`, `2023-H1` or `2023-H2` (also lower-case `h`).
    pub fn parse(text: &str) -> Result<Period, String> {
        let bad = || {
            format!("`{text}` is not a period: write a year (`2023`) or a half-year (`2023-H1`, `2023-H2`)")
        };
        let (year, half) = match text.split_once('-') {
            Some((y, h)) => (y, Some(h)),
            None => (text, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        match half {
            None => Ok(Period::Year(year)),
            Some("H1" | "h1") => Ok(Period::Half(year, 1)),
            Some("H2" | "h2") => Ok(Period::Half(year, 2)),
            Some(_) => Err(bad()),
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Half(y, _) => y,
        }
    }

    /// The period's place on the time axis used for trends: a year's value stands at the
    /// year (so a 2025 value meets a 2025 milestone); the first half stands half a year
    /// before it, the second half with it.
    pub fn time(self) -> f64 {
        match self {
            Period::Year(y) | Period::Half(y, 2) => f64::from(y),
            Period::Half(y, _) => f64::from(y) - 0.5,
        }
    }

    /// The last day of the period.
    pub fn end(self) -> Date {
        match self {
            Period::Year(y) | Period::Half(y, 2) => Date {
                year: y,
                month: 12,
                day: 31,
            },
            Period::Half(y, _) => Date {
                year: y,
                month: 6,
                day: 30,
            },
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
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
        assert!(Period::parse("2023-Q1").is_err());
        assert!(Period::parse("23").is_err());
        assert_eq!(Period::Half(2023, 1).time(), 2022.5);
        assert_eq!(Period::Half(2023, 1).end().to_string(), "2023-06-30");
        assert_eq!(Period::Half(2023, 2).to_string(), "2023-H2");
    }
}
