//! Reports and reviews: who reports what to whom, and when.

use super::*;

pub type ReportDecl = Block<ReportField>;

pub type ReportField = Field<ReportFieldKind>;

#[derive(Clone, Debug, PartialEq)]
pub enum ReportFieldKind {
    Period(PeriodKind),
    /// `due before 05/12`, `due in month 6`, `due in month 11/2025`: the same `due` as a
    /// project's or a task's.
    Due(Due),
    Party(PartyField),
}

/// The fields reports and reviews share: who takes part, and what the document says of it.
#[derive(Clone, Debug, PartialEq)]
pub enum PartyField {
    From(Vec<Ident>),
    To(Ident),
    Annotation(Annotation),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum PeriodKind {
    #[serde(rename = "half-year")]
    HalfYear,
    #[serde(rename = "year")]
    Year,
    #[serde(rename = "quarter")]
    Quarter,
    #[serde(rename = "month")]
    Month,
    #[serde(rename = "adhoc")]
    Adhoc,
}

impl PeriodKind {
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

pub type ReviewDecl = Block<ReviewField>;

pub type ReviewField = Field<ReviewFieldKind>;

#[derive(Clone, Debug, PartialEq)]
pub enum ReviewFieldKind {
    Year(Year),
    Party(PartyField),
}
