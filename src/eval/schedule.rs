//! When each periodic report is due: the periods a report covers in the plan's years, and
//! the deadline of each, from the report's `period` and `due` (docs/data-and-evaluation.md, "When reports are due").
//!
//! A plan writes one `due DD/MM` per report, as Vietnamese documents do ("trước ngày 01/06
//! đối với báo cáo 6 tháng, trước ngày 05/12 đối với báo cáo năm"). That day and month is
//! read as the deadline of the report on the year's *first* period (January, the first
//! quarter, the first half, the year); each later period of the year is due as many months
//! later as the period is long. So `period month  due 05/02` is due on the 5th of the month
//! after each month, `period month  due 20/01` on the 20th of the month itself (the
//! Vietnamese reporting regime's cut-off before the month ends, Decree 09/2019/NĐ-CP art.
//! 12), `period quarter  due 15/04` on 15 April, July, October and (for the fourth quarter)
//! January of the next year. A day the month lacks (31 in a 30-day month, 29/02 in a common
//! year) falls on the month's last day; `before` moves the deadline one day earlier.
//!
//! A half-year report is owed for both halves, except that in Vietnamese practice the
//! "báo cáo 6 tháng" is the mid-year report and the annual report ("báo cáo năm") covers the
//! whole year: an agency that also submits a `period year` report to the same recipient owes
//! only the first half's report (Sơn La's plan, section VI: 6-month report before 01/06,
//! annual report before 05/12, nothing for the second half on its own).

use super::period::Period;
use crate::date::{days_in_month, Date, DayMonth};
use crate::model::{Model, PeriodKind, Report};

/// The periods of one year a report of this kind covers, in time order.
pub fn periods_of_year(kind: PeriodKind, year: i32) -> Vec<Period> {
    match kind {
        PeriodKind::Year => vec![Period::Year(year)],
        PeriodKind::HalfYear => (1..=2).map(|h| Period::Half(year, h)).collect(),
        PeriodKind::Quarter => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
        PeriodKind::Month => (1..=12).map(|m| Period::Month(year, m)).collect(),
        PeriodKind::Adhoc => Vec::new(),
    }
}

/// How many months after the year's first period `period` starts: 0 for January, the first
/// quarter, the first half and the year; 3 for the second quarter; 6 for the second half...
fn months_into_year(period: Period) -> u32 {
    period.last_month().saturating_sub(period.months())
}

/// The last day a report on `period` is on time: `due` in the period's year, moved as many
/// months later as the period starts after the year's first period, the day kept inside the
/// month, one day earlier for `due before`.
pub fn deadline(period: Period, due: DayMonth, before: bool) -> Date {
    let months = due.month.saturating_sub(1) + months_into_year(period);
    let year = period.year() + (months / 12) as i32;
    let month = months % 12 + 1;
    let date = Date {
        year,
        month,
        day: due.day.clamp(1, days_in_month(year, month)),
    };
    if before {
        date.previous()
    } else {
        date
    }
}

/// Whether agency `agency` owes `report`'s report on `period`: always, except the second
/// half of a half-year report when the agency also submits a year report that goes to every
/// agency the half-year report goes to (that year report covers the second half).
pub fn owed(model: &Model, report: &Report, agency: &str, period: Period) -> bool {
    if !matches!(period, Period::Half(_, 2)) {
        return true;
    }
    !model.reports.values().any(|other| {
        other.period == Some(PeriodKind::Year)
            && reaches_all(other, report)
            && other.party.from.iter().any(|f| f.name == agency)
    })
}

/// Whether `year` goes to every agency `half` goes to (and to none when `half` names none).
fn reaches_all(year: &Report, half: &Report) -> bool {
    let (to, from) = (&year.party.to, &half.party.to);
    to.is_empty() == from.is_empty() && from.iter().all(|h| to.iter().any(|y| y.name == h.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dm(day: u32, month: u32) -> DayMonth {
        DayMonth { month, day }
    }

    fn due(period: Period, d: DayMonth, before: bool) -> String {
        deadline(period, d, before).to_string()
    }

    /// The deadline of each period of `year` a report of `kind` due on `d` covers.
    fn dues_of_year(kind: PeriodKind, year: i32, d: DayMonth) -> Vec<String> {
        periods_of_year(kind, year)
            .into_iter()
            .map(|p| due(p, d, false))
            .collect()
    }

    #[test]
    fn years_and_halves_keep_the_day_written() {
        assert_eq!(due(Period::Year(2023), dm(5, 12), true), "2023-12-04");
        assert_eq!(due(Period::Half(2023, 1), dm(1, 6), true), "2023-05-31");
        // Six months later: before 01/12.
        assert_eq!(due(Period::Half(2023, 2), dm(1, 6), true), "2023-11-30");
        // A first half due in July puts the second half in January of the next year.
        assert_eq!(due(Period::Half(2023, 2), dm(15, 7), false), "2024-01-15");
    }

    #[test]
    fn quarters_are_three_months_apart() {
        let all = dues_of_year(PeriodKind::Quarter, 2023, dm(15, 4));
        assert_eq!(
            all,
            ["2023-04-15", "2023-07-15", "2023-10-15", "2024-01-15"]
        );
    }

    #[test]
    fn months_follow_each_other_and_keep_inside_short_months() {
        let all = dues_of_year(PeriodKind::Month, 2024, dm(31, 1));
        assert_eq!(
            all,
            [
                "2024-01-31",
                "2024-02-29",
                "2024-03-31",
                "2024-04-30",
                "2024-05-31",
                "2024-06-30",
                "2024-07-31",
                "2024-08-31",
                "2024-09-30",
                "2024-10-31",
                "2024-11-30",
                "2024-12-31",
            ]
        );
        // The month after each month: December's report is due in January.
        assert_eq!(due(Period::Month(2023, 12), dm(5, 2), false), "2024-01-05");
        assert_eq!(due(Period::Month(2023, 2), dm(1, 2), true), "2023-02-28");
        // 29/02 exists only in leap years.
        assert_eq!(due(Period::Year(2023), dm(29, 2), false), "2023-02-28");
    }

    #[test]
    fn adhoc_reports_have_no_periods() {
        assert!(periods_of_year(PeriodKind::Adhoc, 2023).is_empty());
        assert_eq!(periods_of_year(PeriodKind::Month, 2023).len(), 12);
    }
}
