//! Fields several kinds of item share, written the same wherever they appear.

use super::*;

/// A `due` field: a day and month (`due before 05/12`), or a month (`due in month 6`, once:
/// `due in month 11/2025`).
#[derive(Clone, Debug, PartialEq)]
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
