//! Reports and reviews: who reports what to whom, and when.

use super::*;

/// `report baocao_nam "Báo cáo năm" { period year  due before 05/12  from yte  to ldtbxh }`.
pub type ReportDecl = Block<ReportField>;

/// A field of a report (`period year`), with its span.
pub type ReportField = Field<ReportFieldKind>;

/// What a field of a report says.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportFieldKind {
    /// `period year`: how often it is due.
    Period(PeriodKind),
    /// `due before 05/12`, `due in month 6`, `due in month 11/2025`: the same `due` as a
    /// project's or a task's.
    Due(Due),
    /// `from`, `to`, `source` or `note`, as a review writes them too.
    Party(PartyField),
}

/// The fields reports and reviews share: who takes part, and what the document says of it.
#[derive(Clone, Debug, PartialEq)]
pub enum PartyField {
    /// `from yte, gddt, ubnd_huyen`: who submits; several `from` lines add up.
    From(Vec<Ident>),
    /// `to ldtbxh`, `to cong_thuong, ubnd_tinh`: who receives, one or several.
    To(Vec<Ident>),
    /// `source "..."` or `note "..."`.
    Annotation(Annotation),
}

/// `period year`: how often a report is due.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum PeriodKind {
    /// `half-year`: twice a year.
    #[serde(rename = "half-year")]
    HalfYear,
    /// `year`: once a year.
    #[serde(rename = "year")]
    Year,
    /// `quarter`: every quarter.
    #[serde(rename = "quarter")]
    Quarter,
    /// `month`: every month.
    #[serde(rename = "month")]
    Month,
    /// `adhoc`: when asked, on no schedule.
    #[serde(rename = "adhoc")]
    Adhoc,
}

impl PeriodKind {
    /// The word as the plan writes it (`half-year`), which is also its name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::HalfYear => "half-year",
            PeriodKind::Year => "year",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Month => "month",
            PeriodKind::Adhoc => "adhoc",
        }
    }
}

/// `at midterm`, `at end`: where in the plan period a review is held.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReviewPoint {
    /// `midterm`: the mid-term review (sơ kết giữa kỳ), in the last year of the period's
    /// first half.
    Midterm,
    /// `end`: the final review (tổng kết), in the period's last year.
    End,
}

impl ReviewPoint {
    /// The word as the plan writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewPoint::Midterm => "midterm",
            ReviewPoint::End => "end",
        }
    }
}

/// `review soket "Sơ kết" { year 2025  from ubnd_huyen  to ldtbxh  source "V.11" }`.
pub type ReviewDecl = Block<ReviewField>;

/// A field of a review (`year 2025`), with its span.
pub type ReviewField = Field<ReviewFieldKind>;

/// What a field of a review says.
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewFieldKind {
    /// `year 2025`: the year it is held.
    Year(Year),
    /// `at midterm`, `at end`: a point of the plan period, where the document gives no
    /// year ("sơ kết giữa kỳ", "tổng kết").
    At(ReviewPoint),
    /// `every year`: each year of the period ("hằng năm tổ chức đánh giá").
    EveryYear,
    /// `from`, `to`, `source` or `note`, as for a report.
    Party(PartyField),
}
