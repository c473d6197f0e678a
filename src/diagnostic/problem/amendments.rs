//! Amendments that cannot all apply: two in force from the same date (or one amendment
//! twice) setting the same thing to different values.

use crate::date::DayMonth;
use crate::diagnostic::Code;
use crate::model::{KindName, PeriodKind, Target};

#[derive(Clone, Debug, PartialEq)]
pub enum Amendments {
    /// Which of two values applies is undecidable.
    Conflict(Box<Conflict>),
}

impl Amendments {
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
    Lead {
        measure: String,
    },
    Support {
        measure: String,
    },
    /// A measure's target of a kind for a year (any split).
    Target {
        measure: String,
        year: Option<i32>,
        kind: KindName,
    },
    Period {
        report: String,
    },
    Due {
        report: String,
    },
    /// Who submits a report.
    Submitters {
        report: String,
    },
    /// Who receives a report.
    Recipient {
        report: String,
    },
    /// Where an agency's roles go.
    Roles {
        agency: String,
    },
}

/// The value a change gives a [`Setting`].
#[derive(Clone, Debug, PartialEq)]
pub enum SetTo {
    /// Sorted: the order agencies are written in sets nothing.
    Agencies(Vec<String>),
    Agency(String),
    /// Without its `ref`: where the document says it is not what it sets.
    Target(Box<Target>),
    Period(PeriodKind),
    Due {
        day: DayMonth,
        before: bool,
    },
}
