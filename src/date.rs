//! Calendar dates and day-months, validated without a date library: the plan language needs
//! only the proleptic Gregorian calendar, ISO text and day counting.

use serde::{Serialize, Serializer};
use std::fmt;

mod period;
pub use period::Period;

/// A day of the proleptic Gregorian calendar, shown `YYYY-MM-DD`. [`Date::new`] and the
/// parsers make only days that exist; the fields are open, so one built by hand may not.
/// Dates order by time (year, then month, then day).
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year as written (2025), not counted from any epoch.
    pub year: i32,
    /// 1 for January to 12 for December.
    pub month: u32,
    /// The day of the month, from 1.
    pub day: u32,
}

/// Whether February has 29 days in `year`: every fourth year, but not centuries other than
/// every fourth one (2000 is, 2100 is not).
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many days `month` (1 to 12) has in `year`; 0 for a month number that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (one- or two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        // The usual exact form, read without splitting (data files hold millions of dates).
        let b = text.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
            let digits = |r: std::ops::Range<usize>| {
                b[r].iter().try_fold(0u32, |n, &c| {
                    c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
                })
            };
            if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
                if let Some(date) = Date::new(y as i32, m, d) {
                    return Ok(date);
                }
            }
        }
        let mut parts = text.splitn(3, '-');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d)) => Date::from_parts(text, y, m, d, "YYYY-MM-DD"),
            _ => Err(DateError::form(text, "YYYY-MM-DD")),
        }
    }

    /// Parses a date as people write it in data: `YYYY-MM-DD`, or `DD/MM/YYYY` (also
    /// `D/M/YYYY`), the day first as Vietnamese documents write dates.
    pub fn parse_written(text: &str) -> Result<Date, DateError> {
        // Most data write ISO dates, read at once (millions of rows).
        let b = text.as_bytes();
        let iso = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
        if iso || !b.contains(&b'/') {
            return Date::parse(text).map_err(|why| match why {
                DateError::Form { .. } => DateError::form(text, "YYYY-MM-DD or DD/MM/YYYY"),
                why => why,
            });
        }
        let mut parts = text.splitn(3, '/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(d), Some(m), Some(y)) => Date::from_parts(text, y, m, d, "DD/MM/YYYY"),
            _ => Err(DateError::form(text, "DD/MM/YYYY")),
        }
    }

    /// A date from its three numbers as written: digits only (no sign, no space), a year of
    /// four digits, a month and day of one or two.
    fn from_parts(
        text: &str,
        y: &str,
        m: &str,
        d: &str,
        form: &'static str,
    ) -> Result<Date, DateError> {
        let digits = |s: &str, lens: std::ops::RangeInclusive<usize>| {
            (lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        match (digits(y, 4..=4), digits(m, 1..=2), digits(d, 1..=2)) {
            (Some(y), Some(m), Some(d)) => {
                let y = y as i32;
                Date::new(y, m, d).ok_or_else(|| {
                    if !(1..=12).contains(&m) {
                        DateError::NoSuchMonth {
                            month: m,
                            day_first_hint: false,
                        }
                    } else {
                        DateError::NoSuchDay {
                            month: m,
                            year: Some(y),
                            day: d,
                        }
                    }
                })
            }
            _ => Err(DateError::form(text, form)),
        }
    }
}

/// Why a text is not a date, a day and month, or a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `form` (`YYYY-MM-DD`); `what` the kind of value (`a date`).
    Form {
        /// The text as it was read.
        text: String,
        /// The form expected, as shown to the reader (`YYYY-MM-DD or DD/MM/YYYY`).
        form: &'static str,
        /// What the text should have been.
        what: DateWhat,
    },
    /// A month number that does not exist; `day_first_hint` when the text put the day
    /// second (`12/31` for `31/12`).
    NoSuchMonth {
        /// The month number as read (0, or 13 and above).
        month: u32,
        /// Whether to tell the reader to write the day first.
        day_first_hint: bool,
    },
    /// A day past the end of its month (in `year`, when one is given: February's length
    /// depends on it).
    NoSuchDay {
        /// The month, which exists (1 to 12).
        month: u32,
        /// The year, when the text gave one; `None` for a day and month that recurs.
        year: Option<i32>,
        /// The day as read, 0 or past the month's last day.
        day: u32,
    },
}

/// What a text that is not of its form should have been.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DateWhat {
    /// A date (`2021-04-28`).
    Date,
    /// A day and month that recurs (`05/12`).
    DayMonth,
    /// A month, with or without its year (`6`, `11/2025`).
    Month,
}

impl DateWhat {
    /// In English, with its article, as the error's `Display` writes it (diagnostics take
    /// their words from the catalogues).
    pub fn as_str(self) -> &'static str {
        match self {
            DateWhat::Date => "a date",
            DateWhat::DayMonth => "a day and month",
            DateWhat::Month => "a month",
        }
    }
}

impl DateError {
    fn form(text: &str, form: &'static str) -> DateError {
        DateError::Form {
            text: text.to_string(),
            form,
            what: DateWhat::Date,
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Form { text, form, what } => {
                write!(f, "`{text}` is not {} of the form {form}", what.as_str())
            }
            DateError::NoSuchMonth {
                month,
                day_first_hint,
            } => {
                write!(f, "month {month} does not exist")?;
                if *day_first_hint {
                    f.write_str(" (write the day first: DD/MM)")?;
                }
                Ok(())
            }
            DateError::NoSuchDay { month, year, day } => {
                let days = days_in_month(year.unwrap_or(2000), *month);
                match year {
                    Some(y) => write!(f, "{} {y}", month_name(*month))?,
                    None => f.write_str(month_name(*month))?,
                }
                write!(f, " has {days} days, so day {day} does not exist")
            }
        }
    }
}

impl std::error::Error for DateError {}

/// The time zone of the plans' dates: every deadline is a date in Vietnam.
pub const VIETNAM: &str = "Asia/Ho_Chi_Minh";

/// The date in Vietnam at an instant: at 06:30 on 5 December in Hà Nội it is the 5th, though
/// it is still the 4th in UTC. The time zone comes from the database built into the program
/// (jiff's bundled tzdb), so a machine without one gives the same answer.
pub fn today_in_vietnam(now: jiff::Timestamp) -> Date {
    let zone = jiff::tz::TimeZone::get(VIETNAM).unwrap_or_else(|_| {
        // The bundled database always has it; UTC+7, the zone's offset since 1975, if not.
        jiff::tz::TimeZone::fixed(jiff::tz::offset(7))
    });
    let date = now.to_zoned_datetime(zone).date();
    Date {
        year: i32::from(date.year()),
        month: date.month() as u32,
        day: date.day() as u32,
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, by Howard Hinnant's `civil_from_days`.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The day before.
    pub fn previous(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        let (year, month) = if self.month == 1 {
            (self.year - 1, 12)
        } else {
            (self.year, self.month - 1)
        };
        Date {
            year,
            month,
            day: days_in_month(year, month),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The English name of `month` (1 to 12) for messages: `April`; `?` for a month that does
/// not exist.
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// A day of a month that recurs every year (a report's due date). Written `DD/MM` as in
/// Vietnamese documents; shown `MM-DD` (ISO 8601's `--MM-DD` without the dashes) in JSON.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayMonth {
    /// 1 for January to 12 for December.
    pub month: u32,
    /// The day of the month, from 1; 29 in February stands for 28 in a common year.
    pub day: u32,
}

impl DayMonth {
    /// Parses `DD/MM`. 29/02 is accepted: it exists in leap years.
    pub fn parse(text: &str) -> Result<DayMonth, DateError> {
        let form = || DateError::Form {
            text: text.to_string(),
            form: "DD/MM",
            what: DateWhat::DayMonth,
        };
        let (d, m) = text.split_once('/').ok_or_else(form)?;
        let (day, month) = match (d.parse::<u32>(), m.parse::<u32>()) {
            (Ok(d), Ok(m)) => (d, m),
            _ => return Err(form()),
        };
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth {
                month,
                day_first_hint: true,
            });
        }
        let max = days_in_month(2000, month);
        if day < 1 || day > max {
            return Err(DateError::NoSuchDay {
                month,
                year: None,
                day,
            });
        }
        Ok(DayMonth { month, day })
    }
}

impl DayMonth {
    /// The first day of `month`.
    pub fn first_of(month: u32) -> DayMonth {
        DayMonth { month, day: 1 }
    }

    /// The date in `year`, the day kept inside the month (29/02 in a common year is 28/02).
    pub fn on(self, year: i32) -> Date {
        Date {
            year,
            month: self.month,
            day: self.day.clamp(1, days_in_month(year, self.month)),
        }
    }
}

impl fmt::Display for DayMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for DayMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The month a deadline falls in ("trong tháng 11/2025", "tháng 6 hằng năm"): every year
/// (`month 6`), or once (`month 11/2025`). The deadline is the month's last day.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DueMonth {
    /// 1 for January to 12 for December.
    pub month: u32,
    /// The year of a one-off deadline; `None` when the month recurs every year.
    pub year: Option<i32>,
}

impl DueMonth {
    /// Parses `M`, `MM` or `MM/YYYY`.
    pub fn parse(text: &str) -> Result<DueMonth, DateError> {
        let (m, y) = match text.split_once('/') {
            Some((m, y)) => (m, Some(y)),
            None => (text, None),
        };
        let bad = || DateError::Form {
            text: text.to_string(),
            form: "MM or MM/YYYY",
            what: DateWhat::Month,
        };
        let month: u32 = m.parse().map_err(|_| bad())?;
        let year = match y {
            Some(y) => Some(y.parse::<i32>().map_err(|_| bad())?),
            None => None,
        };
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth {
                month,
                day_first_hint: false,
            });
        }
        Ok(DueMonth { month, year })
    }

    /// The last day of the month, in its own year when it has one, else in `year`.
    pub fn last_day(self, year: i32) -> Date {
        let year = self.year.unwrap_or(year);
        Date {
            year,
            month: self.month,
            day: days_in_month(year, self.month),
        }
    }
}

impl fmt::Display for DueMonth {
    /// As written: `6`, `11/2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{:02}/{y}", self.month),
            None => write!(f, "{}", self.month),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_that_do_not_exist_are_refused() {
        assert!(Date::parse("2021-02-30").is_err());
        assert!(Date::parse("2021-02-29").is_err());
        assert_eq!(
            Date::parse("2024-02-29"),
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            Date::parse("2021-13-01"),
            Err(DateError::NoSuchMonth {
                month: 13,
                day_first_hint: false
            })
        );
        assert_eq!(
            Date::parse("2021-04-31"),
            Err(DateError::NoSuchDay {
                month: 4,
                year: Some(2021),
                day: 31
            })
        );
        assert_eq!(
            Date::parse("2021-04-31").unwrap_err().to_string(),
            "April 2021 has 30 days, so day 31 does not exist"
        );
    }

    #[test]
    fn today_is_the_date_in_vietnam() {
        let at = |utc: &str| today_in_vietnam(utc.parse::<jiff::Timestamp>().unwrap());
        // 06:30 on 5 December in Hà Nội is 23:30 on the 4th in UTC.
        assert_eq!(at("2026-12-04T23:30:00Z"), Date::new(2026, 12, 5).unwrap());
        assert_eq!(at("2026-12-04T16:59:59Z"), Date::new(2026, 12, 4).unwrap());
        assert_eq!(at("2026-12-04T17:00:00Z"), Date::new(2026, 12, 5).unwrap());
        assert_eq!(at("2025-12-31T17:00:00Z"), Date::new(2026, 1, 1).unwrap());
    }

    #[test]
    fn dates_as_agencies_write_them() {
        let d = |t: &str| Date::parse_written(t);
        let june_30 = Date::new(2023, 6, 30).unwrap();
        for text in ["2023-06-30", "2023-6-30", "30/06/2023", "30/6/2023"] {
            assert_eq!(d(text), Ok(june_30), "{text}");
        }
        assert_eq!(d("5/1/2024"), Ok(Date::new(2024, 1, 5).unwrap()));
        assert_eq!(
            d("31/04/2023").unwrap_err().to_string(),
            "April 2023 has 30 days, so day 31 does not exist"
        );
        assert!(d("13/13/2023")
            .unwrap_err()
            .to_string()
            .contains("month 13"));
        for text in [
            "+2023-+6-+30",
            "2023-+6-30",
            "-2023-06-30",
            "2023-06-+3",
            " 2023-06-30",
            "30/06/23",
            "30/06/+2023",
            "06/30/2023x",
            "2023/06/30",
            "30.06.2023",
            "20230630",
            "",
        ] {
            assert!(d(text).is_err(), "{text:?} was read");
            assert!(Date::parse(text).is_err(), "{text:?} was read");
        }
        assert!(d("30.06.2023")
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD or DD/MM/YYYY"));
    }

    #[test]
    fn day_counts() {
        let d = |t: &str| Date::parse(t).unwrap();
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2024-03-01").days() - d("2024-02-28").days(), 2);
        assert_eq!(d("2023-03-01").days() - d("2023-02-28").days(), 1);
        assert_eq!(d("2025-06-01").previous(), d("2025-05-31"));
        for t in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "2030-03-01",
            "1969-12-31",
        ] {
            assert_eq!(Date::from_days(d(t).days()), d(t));
        }
        assert_eq!(d("2025-01-01").previous(), d("2024-12-31"));
        assert_eq!(d("2024-03-01").previous(), d("2024-02-29"));
    }

    #[test]
    fn day_months_follow_vietnamese_order() {
        assert_eq!(DayMonth::parse("05/12"), Ok(DayMonth { month: 12, day: 5 }));
        assert_eq!(DayMonth::parse("05/12").unwrap().to_string(), "12-05");
        assert!(DayMonth::parse("31/04").is_err());
        assert!(DayMonth::parse("29/02").is_ok());
        assert!(DayMonth::parse("12/31")
            .unwrap_err()
            .to_string()
            .contains("DD/MM"));
    }

    #[test]
    fn due_months_every_year_or_once() {
        assert_eq!(
            DueMonth::parse("6"),
            Ok(DueMonth {
                month: 6,
                year: None
            })
        );
        let once = DueMonth::parse("11/2025").unwrap();
        assert_eq!(
            once,
            DueMonth {
                month: 11,
                year: Some(2025)
            }
        );
        assert_eq!(once.to_string(), "11/2025");
        assert_eq!(once.last_day(2030).to_string(), "2025-11-30");
        assert_eq!(
            DueMonth::parse("2").unwrap().last_day(2024).to_string(),
            "2024-02-29"
        );
        assert!(DueMonth::parse("13")
            .unwrap_err()
            .to_string()
            .contains("month 13"));
        assert!(DueMonth::parse("0/2025").is_err());
    }
}
