//! What a query can ask for: the subjects, the fields of each, and the values a row holds.

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
            Subject::Indicators => INDICATOR_FIELDS,
            Subject::Targets => TARGET_FIELDS,
            Subject::Agencies => AGENCY_FIELDS,
            Subject::Objectives => OBJECTIVE_FIELDS,
            Subject::Reports => REPORT_FIELDS,
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
            Subject::Reports => &[
                "agency",
                "report",
                "period",
                "due",
                "received",
                "status",
                "days_late",
            ],
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

#[derive(Debug)]
pub struct FieldDef {
    pub name: &'static str,
    pub kind: Kind,
    pub domain: Domain,
    pub about: &'static str,
}

const fn f(name: &'static str, kind: Kind, domain: Domain, about: &'static str) -> FieldDef {
    FieldDef {
        name,
        kind,
        domain,
        about,
    }
}

use Domain as D;
use Kind as K;

/// The fields a measure shares with each of its targets, in the same order in both lists.
macro_rules! measure_fields {
    ($($rest:expr),* $(,)?) => {
        &[
            f("id", K::Ref, D::Measures, "the indicator or part id (3, 16a)"),
            f("title", K::Text, D::Free, "the title"),
            f("objective", K::Ref, D::Objectives, "the objective it serves"),
            f("lead", K::Refs, D::Agencies, "the agencies that lead it (chủ trì)"),
            f("support", K::Refs, D::Agencies, "the agencies that support it (phối hợp)"),
            f("owner", K::Refs, D::Agencies, "lead or support agencies"),
            f("unit", K::Ref, D::Units, "its unit (percent, per_mille, per_100k, count...)"),
            f("direction", K::Ref, D::Directions, "increase, decrease or maintain"),
            f("source", K::Text, D::Free, "the document's section for it"),
            $($rest),*
        ]
    };
}

pub const INDICATOR_FIELDS: &[FieldDef] = measure_fields![
    f(
        "number",
        K::Text,
        D::Free,
        "the document's number (16 for 16a and 16b)"
    ),
    f(
        "target_year",
        K::Numbers,
        D::Free,
        "the years of its targets"
    ),
    f(
        "target_value",
        K::Numbers,
        D::Free,
        "the values of its targets"
    ),
    f(
        "milestone",
        K::Number,
        D::Free,
        "the year of its current target: the next one due, or the last"
    ),
    f(
        "status",
        K::Ref,
        D::Statuses,
        "the status of its current target"
    ),
    f(
        "latest",
        K::Number,
        D::Free,
        "its latest value (periods ended by the as-of date)"
    ),
    f("period", K::Text, D::Free, "the period of its latest value"),
    f("note", K::Text, D::Free, "its notes"),
];

pub const TARGET_FIELDS: &[FieldDef] = measure_fields![
    f("kind", K::Ref, D::TargetKinds, "level, maintain or rate"),
    f(
        "year",
        K::Number,
        D::Free,
        "the milestone (level) or first year (maintain, rate)"
    ),
    f(
        "until",
        K::Number,
        D::Free,
        "the last year held (maintain, rate)"
    ),
    f(
        "op",
        K::Text,
        D::Free,
        "the comparison (>=, <=, <, >, =, ~)"
    ),
    f("value", K::Number, D::Free, "the target value"),
    f(
        "target",
        K::Text,
        D::Free,
        "the target in words (2025 >= 65)"
    ),
    f(
        "strive",
        K::Ref,
        D::YesNo,
        "yes for an aspirational target (phấn đấu)"
    ),
    f("status", K::Ref, D::Statuses, "where the target stands"),
    f(
        "baseline",
        K::Number,
        D::Free,
        "the baseline value the trend starts from"
    ),
    f("latest", K::Number, D::Free, "the latest value judged"),
    f("period", K::Text, D::Free, "the period of the latest value"),
    f(
        "expected",
        K::Number,
        D::Free,
        "the value on the straight path to the target, at the latest period"
    ),
    f(
        "projected",
        K::Number,
        D::Free,
        "the value at the milestone if the trend goes on"
    ),
    f(
        "ratio",
        K::Number,
        D::Free,
        "the growth ratio R (or the rate ratio)"
    ),
    f(
        "note",
        K::Text,
        D::Free,
        "why, when the numbers alone do not say it"
    ),
];

pub const AGENCY_FIELDS: &[FieldDef] = &[
    f("id", K::Ref, D::Agencies, "the agency id"),
    f("name", K::Text, D::Free, "its full name"),
    f("short", K::Text, D::Free, "its short name"),
    f("leads", K::Refs, D::Measures, "the indicators it leads"),
    f(
        "supports",
        K::Refs,
        D::Measures,
        "the indicators it supports",
    ),
    f("reports", K::Refs, D::Reports, "the reports it submits"),
    f(
        "owed",
        K::Number,
        D::Free,
        "how many reports were due by the as-of date",
    ),
    f(
        "received",
        K::Number,
        D::Free,
        "how many of those arrived (on time or late)",
    ),
    f("late", K::Number, D::Free, "how many arrived late"),
    f("missing", K::Number, D::Free, "how many have not arrived"),
];

pub const OBJECTIVE_FIELDS: &[FieldDef] = &[
    f("id", K::Ref, D::Objectives, "the objective id"),
    f("title", K::Text, D::Free, "its title"),
    f("source", K::Text, D::Free, "the document's section for it"),
    f(
        "indicators",
        K::Refs,
        D::Measures,
        "its indicators and parts",
    ),
];

pub const REPORT_FIELDS: &[FieldDef] = &[
    f("report", K::Ref, D::Reports, "the report id"),
    f("title", K::Text, D::Free, "the report's title"),
    f("agency", K::Ref, D::Agencies, "the agency that submits it"),
    f("to", K::Ref, D::Agencies, "the agency that receives it"),
    f(
        "period",
        K::Text,
        D::Free,
        "the period it covers (2024, 2024-H1)",
    ),
    f("due", K::Date, D::Free, "the last day it is on time"),
    f("received", K::Date, D::Free, "the day it arrived"),
    f(
        "status",
        K::Ref,
        D::ReportStatuses,
        "on_time, late, missing, or upcoming",
    ),
    f(
        "days_late",
        K::Number,
        D::Free,
        "how many days after the deadline it arrived",
    ),
];

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
