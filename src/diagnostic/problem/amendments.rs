//! Amendments that cannot all apply: two in force from the same date (or one amendment
//! twice) setting the same thing to different values.

use crate::date::DayMonth;
use crate::diagnostic::Code;
use crate::model::{KindName, PeriodKind, Target};

/// Amendments whose changes cannot all apply.
#[derive(Clone, Debug, PartialEq)]
pub enum Amendments {
    /// Which of two values applies is undecidable.
    Conflict(Box<Conflict>),
}

impl Amendments {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Amendments::Conflict(_) => Code::AmendmentConflict,
        }
    }
}

/// A change that sets what an earlier change, in force from the same date, set otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The amendment of the later change.
    pub document: String,
    /// The amendment of the earlier change; `None` when it is the same amendment.
    pub earlier: Option<String>,
    /// What both changes set.
    pub setting: Setting,
    /// What the earlier change set it to.
    pub was: SetTo,
    /// What this change sets it to.
    pub now: SetTo,
}

/// Something an amendment sets, with the names of the amended plan as the amendment writes
/// them (`son_la.14`). Two changes conflict when they set the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// Who leads a measure (`change ... { lead ... }`).
    Lead {
        /// The measure, as the amendment names it.
        measure: String,
    },
    /// Who supports a measure (`change ... { support ... }`).
    Support {
        /// The measure, as the amendment names it.
        measure: String,
    },
    /// A measure's target of a kind for a year (any split).
    Target {
        /// The measure, as the amendment names it.
        measure: String,
        /// The target's year (its milestone, or the first year it counts); `None` when it
        /// gives none.
        year: Option<i32>,
        /// Level, maintain, rate or change.
        kind: KindName,
    },
    /// How often a report is due (`change report ... { period ... }`).
    Period {
        /// The report, as the amendment names it.
        report: String,
    },
    /// When a report is due (`change report ... { due ... }`).
    Due {
        /// The report, as the amendment names it.
        report: String,
    },
    /// Who submits a report.
    Submitters {
        /// The report, as the amendment names it.
        report: String,
    },
    /// Who receives a report (the agencies, whatever their order).
    Recipient {
        /// The report, as the amendment names it.
        report: String,
    },
    /// Where an agency's roles go.
    Roles {
        /// The agency transferred, as the amendment names it.
        agency: String,
    },
}

/// The value a change gives a [`Setting`].
#[derive(Clone, Debug, PartialEq)]
pub enum SetTo {
    /// Sorted: the order agencies are written in sets nothing.
    Agencies(Vec<String>),
    /// One agency: where a transfer sends an agency's roles.
    Agency(String),
    /// Without its `ref`: where the document says it is not what it sets.
    Target(Box<Target>),
    /// How often a report is due.
    Period(PeriodKind),
    /// A report's deadline.
    Due {
        /// The day and month it is due.
        day: DayMonth,
        /// Whether due before that day (`due before 10/12`) rather than on it.
        before: bool,
    },
}
