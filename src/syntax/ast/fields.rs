//! Fields several kinds of item share, written the same wherever they appear.

use super::*;

/// A `due` field: a day and month (`due before 05/12`), or a month (`due in month 6`, once:
/// `due in month 11/2025`).
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Due {
    Day {
        before: bool,
        day_month: Option<crate::date::DayMonth>,
    },
    Month {
        before: bool,
        /// `None` when the month written does not exist (already reported).
        month: Option<crate::date::DueMonth>,
    },
}

impl Due {
    /// "before": due the day (or the month) before the one written.
    pub fn before(&self) -> bool {
        match self {
            Due::Day { before, .. } | Due::Month { before, .. } => *before,
        }
    }

    /// The day and month of a deadline given by day; `None` for one given by month, or
    /// when the day written does not exist.
    pub fn day_month(&self) -> Option<crate::date::DayMonth> {
        match self {
            Due::Day { day_month, .. } => *day_month,
            Due::Month { .. } => None,
        }
    }

    /// The month of a deadline given by month; `None` for one given by day, or when the
    /// month written does not exist.
    pub fn month(&self) -> Option<crate::date::DueMonth> {
        match self {
            Due::Month { month, .. } => *month,
            Due::Day { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Owners {
    pub agencies: Vec<Ident>,
    pub reference: Option<Text>,
}

/// Who owns an indicator, a part, a project or a task: `lead a, b ref "..."`,
/// `lead ? because "..."`, `support c`.
#[derive(Clone, Debug, PartialEq)]
pub enum Ownership {
    Lead(Owners),
    /// `lead ? because "..."`: no lead named yet, and why.
    LeadUnknown(Option<Text>),
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
    Source(Text),
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
