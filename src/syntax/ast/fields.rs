//! Fields several kinds of item share, written the same wherever they appear.

use super::*;

/// A `due` field: a day and month (`due before 05/12`), or a month (`due in month 6`, once:
/// `due in month 11/2025`).
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Due {
    /// `due before 05/12`: a day and month, every year.
    Day {
        /// Whether `before` is written: due the day before the one written.
        before: bool,
        /// The day and month (`05/12`); `None` when that day does not exist (already reported).
        day_month: Option<crate::date::DayMonth>,
    },
    /// `due in month 6` (by the end of June, every year), `due before month 6`, or `due in month
    /// 11/2025` (once).
    Month {
        /// Whether `before` is written (`due before month 6`): due by the end of the month before.
        before: bool,
        /// `None` when the month written does not exist (already reported).
        month: Option<crate::date::DueMonth>,
    },
    /// `due 30/06/2026`, `due before 30/06/2026`: a day of a given year (a project's or a
    /// task's).
    Date {
        /// Whether `before` is written: due the day before the one written.
        before: bool,
        /// `None` when the day written does not exist (already reported).
        date: Option<crate::date::Date>,
    },
}

impl Due {
    /// "before": due the day (or the month) before the one written.
    pub fn before(&self) -> bool {
        match self {
            Due::Day { before, .. } | Due::Month { before, .. } | Due::Date { before, .. } => {
                *before
            }
        }
    }

    /// The day and month of a deadline given by day; `None` for one given by month, or
    /// when the day written does not exist.
    pub fn day_month(&self) -> Option<crate::date::DayMonth> {
        match self {
            Due::Day { day_month, .. } => *day_month,
            Due::Month { .. } | Due::Date { .. } => None,
        }
    }

    /// The month of a deadline given by month; `None` for one given by day, or when the
    /// month written does not exist.
    pub fn month(&self) -> Option<crate::date::DueMonth> {
        match self {
            Due::Month { month, .. } => *month,
            Due::Day { .. } | Due::Date { .. } => None,
        }
    }

    /// The day of a deadline given with its year (`due 30/06/2026`); `None` for the other
    /// forms, or when the day written does not exist.
    pub fn date(&self) -> Option<crate::date::Date> {
        match self {
            Due::Date { date, .. } => *date,
            Due::Day { .. } | Due::Month { .. } => None,
        }
    }

    /// The year a deadline names (`due in month 11/2025`, `due 30/06/2026`); `None` for a
    /// day and month or a month alone.
    pub fn year(&self) -> Option<i32> {
        match self {
            Due::Date { date, .. } => date.map(|d| d.year),
            Due::Month { month, .. } => month.and_then(|m| m.year),
            Due::Day { .. } => None,
        }
    }
}

/// The agencies a `lead` or `support` line names, with its `ref`.
#[derive(Clone, Debug, PartialEq)]
pub struct Owners {
    /// The agencies named, in written order (`lead yte, gddt`).
    pub agencies: Vec<Ident>,
    /// `ref "V.5"`: where the document assigns them.
    pub reference: Option<Text>,
}

/// Who owns an indicator, a part, a project or a task: `lead a, b ref "..."`,
/// `lead ? because "..."`, `support c`.
#[derive(Clone, Debug, PartialEq)]
pub enum Ownership {
    /// `lead yte, gddt ref "V.5"`: the agencies in charge (chủ trì).
    Lead(Owners),
    /// `lead ? because "..."`: no lead named yet, and why.
    LeadUnknown(Option<Text>),
    /// `support ldtbxh`: the agencies that support (phối hợp).
    Support(Owners),
}

impl Ownership {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            Ownership::Lead(_) | Ownership::LeadUnknown(_) => "lead",
            Ownership::Support(_) => "support",
        }
    }
}

/// What the document says of an item, kept with it: `source "..."`, `note "..."`. The plan
/// header, measures, reports, reviews, projects and tasks may all carry them.
#[derive(Clone, Debug, PartialEq)]
pub enum Annotation {
    /// `source "II.1.a, Chỉ tiêu 3"`: where the document states the item.
    Source(Text),
    /// `note "..."`: a free remark, such as the document's exact wording.
    Note(Text),
}

impl Annotation {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            Annotation::Source(_) => "source",
            Annotation::Note(_) => "note",
        }
    }
}
