//! What a query can ask for: the subjects, the fields of each, and the values a row holds.

use super::fields;
use super::rows::{AgencyRow, MeasureRow, ObjectiveRow, ReportRow, TargetRow};
use crate::date::Date;

/// What a query lists.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Every measure: an indicator without parts, or each part (`16a`, `16b`).
    Indicators,
    /// Every target of every measure.
    Targets,
    Agencies,
    Objectives,
    /// Every report owed: agency × report × period of the reporting schedule.
    Reports,
}

/// A report owed, as `plan eval`'s reporting table and the `reports` subject show it.
pub const REPORTING_COLUMNS: [&str; 7] = [
    "agency",
    "report",
    "period",
    "due",
    "received",
    "status",
    "days_late",
];

impl Subject {
    pub const ALL: [Subject; 5] = [
        Subject::Indicators,
        Subject::Targets,
        Subject::Agencies,
        Subject::Objectives,
        Subject::Reports,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Indicators => "indicators",
            Subject::Targets => "targets",
            Subject::Agencies => "agencies",
            Subject::Objectives => "objectives",
            Subject::Reports => "reports",
        }
    }

    pub fn parse(word: &str) -> Option<Subject> {
        Subject::ALL.into_iter().find(|s| s.as_str() == word)
    }

    pub fn fields(self) -> &'static [FieldDef] {
        match self {
            Subject::Indicators => fields::INDICATORS,
            Subject::Targets => fields::TARGETS,
            Subject::Agencies => fields::AGENCIES,
            Subject::Objectives => fields::OBJECTIVES,
            Subject::Reports => fields::REPORTS,
        }
    }

    /// The columns shown when a query does not choose them.
    pub fn default_columns(self) -> &'static [&'static str] {
        match self {
            Subject::Indicators => &["id", "title", "lead", "milestone", "status", "latest"],
            Subject::Targets => &[
                "id",
                "target",
                "status",
                "baseline",
                "latest",
                "expected",
                "projected",
                "ratio",
            ],
            Subject::Agencies => &[
                "id", "name", "leads", "supports", "reports", "late", "missing",
            ],
            Subject::Objectives => &["id", "title", "indicators"],
            Subject::Reports => &REPORTING_COLUMNS,
        }
    }

    /// The index of a field by name.
    pub fn field(self, name: &str) -> Option<(usize, &'static FieldDef)> {
        self.fields()
            .iter()
            .enumerate()
            .find(|(_, f)| f.name == name)
    }

    /// Whether `due` applies: to targets (their years) and reports (their deadlines).
    pub fn has_due(self) -> bool {
        matches!(self, Subject::Targets | Subject::Reports)
    }
}

/// The type of a field's values, which decides the comparisons it allows.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text, matched ignoring case and diacritics.
    Text,
    /// One id (an objective, a status), matched by id or by its name.
    Ref,
    /// Several ids (lead agencies); a comparison holds when it holds for one of them.
    Refs,
    Number,
    /// Several numbers (target years); a comparison holds when it holds for one of them.
    Numbers,
    Date,
}

impl Kind {
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Ref => "an id",
            Kind::Refs => "a list of ids",
            Kind::Number => "a number",
            Kind::Numbers => "a list of numbers",
            Kind::Date => "a date",
        }
    }
}

/// Where the ids a field may hold come from (to check a value and to suggest one).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Domain {
    Free,
    Measures,
    Agencies,
    Objectives,
    Reports,
    Units,
    Directions,
    Statuses,
    TargetKinds,
    YesNo,
    ReportStatuses,
}

/// A field a query may name: what it holds, and how a row of its subject gets its value.
#[derive(Debug)]
pub struct FieldDef {
    pub name: &'static str,
    pub kind: Kind,
    pub domain: Domain,
    pub about: &'static str,
    pub get: Get,
}

/// How a row gets a field's value: a function of the row of its subject (a field every
/// measure has is got the same way from a target's row, through its measure).
#[derive(Copy, Clone, Debug)]
pub enum Get {
    Measure(fn(&MeasureRow<'_>) -> Cell),
    Target(fn(&TargetRow<'_>) -> Cell),
    Agency(fn(&AgencyRow<'_>) -> Cell),
    Objective(fn(&ObjectiveRow<'_>) -> Cell),
    Report(fn(&ReportRow<'_>) -> Cell),
}

/// An id with the names it may also be matched by (an agency's full and short names).
#[derive(Clone, Debug, PartialEq)]
pub struct Ref {
    pub id: String,
    pub names: Vec<String>,
}

impl Ref {
    pub fn new(id: impl Into<String>) -> Ref {
        Ref {
            id: id.into(),
            names: Vec::new(),
        }
    }

    pub fn named(id: impl Into<String>, names: Vec<String>) -> Ref {
        Ref {
            id: id.into(),
            names,
        }
    }
}

/// One value of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Ref(Ref),
    Refs(Vec<Ref>),
    Num(f64),
    Nums(Vec<f64>),
    Date(Date),
}

impl Cell {
    pub fn opt_num(v: Option<f64>) -> Cell {
        v.map_or(Cell::Null, Cell::Num)
    }

    pub fn opt_text(v: Option<&str>) -> Cell {
        v.map_or(Cell::Null, |t| Cell::Text(t.to_string()))
    }
}
