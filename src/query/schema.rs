//! What a query can ask for: the subjects, the fields of each, and the values a row holds.

use super::fields;
use super::rows::{AgencyRow, DutyRow, MeasureRow, ObjectiveRow, ReportRow, TargetRow};
use crate::date::Date;

/// What a query lists.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Every measure: an indicator without parts, or each part (`16a`, `16b`).
    Indicators,
    /// Every target of every measure.
    Targets,
    /// Every agency of the plan: those it declares and the imported ones it names.
    Agencies,
    /// Every objective the plan declares.
    Objectives,
    /// Every report owed: agency × report × period of the reporting schedule.
    Reports,
    /// Every task: each lead agency × period owed of one with a deadline, else the task
    /// once for each lead.
    Tasks,
    /// Every project, as tasks are.
    Projects,
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

/// A project or task owed, as `plan eval`'s CSV of tasks and its workbook show it.
pub const TASK_COLUMNS: [&str; 9] = [
    "kind",
    "id",
    "agency",
    "period",
    "due",
    "done_on",
    "status",
    "days_late",
    "done_note",
];

/// A target's result, after the measure it is for (`indicator` in `plan eval`'s table, `id`
/// for the `targets` subject), as `plan eval`'s table, its JSON and the `targets` subject
/// show it.
pub const TARGET_RESULT_COLUMNS: [&str; 7] = [
    "target",
    "status",
    "baseline",
    "latest",
    "expected",
    "projected",
    "ratio",
];

/// The columns a `targets` query shows unless it chooses: its measure, then its result.
const TARGET_COLUMNS: [&str; 8] = keyed("id", TARGET_RESULT_COLUMNS);

/// A table's columns: `key`, the column naming each row, then `rest`. `N` must be one more
/// than `M`, which building a constant with it checks.
pub const fn keyed<const M: usize, const N: usize>(
    key: &'static str,
    rest: [&'static str; M],
) -> [&'static str; N] {
    assert!(N == M + 1, "one column more than `rest`");
    let mut columns = [key; N];
    let mut i = 0;
    while i < M {
        columns[i + 1] = rest[i];
        i += 1;
    }
    columns
}

impl Subject {
    /// Every subject, in the order help and errors list them.
    pub const ALL: [Subject; 7] = [
        Subject::Indicators,
        Subject::Targets,
        Subject::Agencies,
        Subject::Objectives,
        Subject::Reports,
        Subject::Tasks,
        Subject::Projects,
    ];

    /// The word a query names the subject by: `indicators`.
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Indicators => "indicators",
            Subject::Targets => "targets",
            Subject::Agencies => "agencies",
            Subject::Objectives => "objectives",
            Subject::Reports => "reports",
            Subject::Tasks => "tasks",
            Subject::Projects => "projects",
        }
    }

    /// The subject a query's word names, if any (exactly: `indicator` is none).
    pub fn parse(word: &str) -> Option<Subject> {
        Subject::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Every field a query on this subject may name, in the order `:help fields` lists
    /// them; a field's index here is its column in the subject's rows.
    pub fn fields(self) -> &'static [FieldDef] {
        match self {
            Subject::Indicators => fields::INDICATORS,
            Subject::Targets => fields::TARGETS,
            Subject::Agencies => fields::AGENCIES,
            Subject::Objectives => fields::OBJECTIVES,
            Subject::Reports => fields::REPORTS,
            Subject::Tasks => fields::TASKS,
            Subject::Projects => fields::PROJECTS,
        }
    }

    /// What the field `name` of this subject holds, in a few words (`:help fields`): the
    /// catalogue's `field-SUBJECT-NAME` where the subject has its own words for it, else
    /// `field-NAME`.
    pub fn field_about(self, lang: crate::i18n::Lang, name: &str) -> String {
        let own = format!("field-{}-{name}", self.as_str());
        if lang.has(&own) {
            lang.text(&own)
        } else {
            lang.text(&format!("field-{name}"))
        }
    }

    /// The columns shown when a query does not choose them.
    pub fn default_columns(self) -> &'static [&'static str] {
        match self {
            Subject::Indicators => &["id", "title", "lead", "milestone", "status", "latest"],
            Subject::Targets => &TARGET_COLUMNS,
            Subject::Agencies => &[
                "id", "name", "leads", "supports", "reports", "late", "missing",
            ],
            Subject::Objectives => &["id", "title", "indicators"],
            Subject::Reports => &REPORTING_COLUMNS,
            Subject::Tasks | Subject::Projects => &[
                "id", "title", "agency", "period", "due", "done_on", "status",
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

    /// Whether `due` applies: to targets (their years), reports, tasks and projects (their
    /// deadlines).
    pub fn has_due(self) -> bool {
        matches!(
            self,
            Subject::Targets | Subject::Reports | Subject::Tasks | Subject::Projects
        )
    }

    /// The statuses a query may put before the subject (`late reports`, `overdue tasks`).
    pub fn states(self) -> &'static [&'static str] {
        match self {
            Subject::Reports => &["late", "missing"],
            Subject::Tasks | Subject::Projects => &["late", "overdue"],
            _ => &[],
        }
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
    /// One number (a value, a year, a count), compared by size.
    Number,
    /// Several numbers (target years); a comparison holds when it holds for one of them.
    Numbers,
    /// One date (a report's deadline, the day it arrived), compared by time.
    Date,
}

impl Kind {
    /// The kind in words, in `lang`, for `:help fields` and the query's errors: "a list of
    /// ids" (the catalogue's `query-kind`).
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Kind::Text => "text",
            Kind::Ref => "ref",
            Kind::Refs => "refs",
            Kind::Number => "number",
            Kind::Numbers => "numbers",
            Kind::Date => "date",
        };
        lang.text_with("query-kind", &[("kind", id.into())])
    }
}

/// Where the ids a field may hold come from (to check a value and to suggest one).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Domain {
    /// Any value: a title, a number, a date. Nothing to check it against.
    Free,
    /// The plan's indicators without parts and parts, by id or title.
    Measures,
    /// The plan's agencies, by id, full name or short name.
    Agencies,
    /// The plan's objectives, by id or title.
    Objectives,
    /// The plan's reports, by id or title.
    Reports,
    /// The built-in units and those the plan declares, by id or symbol.
    Units,
    /// `increase`, `decrease`, `maintain`.
    Directions,
    /// The statuses of a target: `achieved`, `on_track`, `missed`...
    Statuses,
    /// `level`, `maintain`, `rate`.
    TargetKinds,
    /// `yes`, `no`: a target's `strive`, whether it is aspirational (phấn đấu).
    YesNo,
    /// `on_time`, `late`, `missing`, `upcoming`.
    ReportStatuses,
    /// The plan's tasks, by id or title.
    Tasks,
    /// The plan's projects, by id or title.
    Projects,
    /// What an agency may lead or support: the plan's indicators and parts, projects and
    /// tasks, by id or title.
    Assignments,
    /// What a project covers: indicators and parts, and tasks, by id or title.
    Covered,
    /// `done`, `late`, `overdue`, `upcoming`.
    TaskStatuses,
    /// `assigned`, `requested`: how the plan gives an agency its work.
    AgencyRoles,
}

/// A field a query may name: what it holds, and how a row of its subject gets its value.
/// What it holds in words, for `:help fields`, is the catalogue's ([`Subject::field_about`]).
#[derive(Debug)]
pub struct FieldDef {
    /// The name a query writes: `lead`, `target_year`.
    pub name: &'static str,
    /// The type of its values, which decides the operators it allows.
    pub kind: Kind,
    /// Where its ids come from, so that `lead = ytee` is refused with "did you mean `yte`?".
    pub domain: Domain,
    /// How a row of its subject gets its value.
    pub get: Get,
}

/// How a row gets a field's value: a function of the row of its subject (a field every
/// measure has is got the same way from a target's row, through its measure).
#[derive(Copy, Clone, Debug)]
pub enum Get {
    /// A field of a measure (`title`, `lead`): of an indicator's row, or of a target's
    /// measure.
    Measure(fn(&MeasureRow<'_>) -> Cell),
    /// A field only a target has (`year`, `value`, `ratio`).
    Target(fn(&TargetRow<'_>) -> Cell),
    /// A field of an agency (`name`, `late`).
    Agency(fn(&AgencyRow<'_>) -> Cell),
    /// A field of an objective (`indicators`).
    Objective(fn(&ObjectiveRow<'_>) -> Cell),
    /// A field of a report owed (`due`, `days_late`).
    Report(fn(&ReportRow<'_>) -> Cell),
    /// A field of a task or a project owed (`agency`, `status`).
    Duty(fn(&DutyRow<'_>) -> Cell),
}

/// An id with the names it may also be matched by (an agency's full and short names).
#[derive(Clone, Debug, PartialEq)]
pub struct Ref {
    /// The id, which tables and JSON show: `yte`, `16a`, `on_track`.
    pub id: String,
    /// Other names a condition may use for it: `lead = "Sở Y tế"` matches `yte`.
    pub names: Vec<String>,
}

impl Ref {
    /// An id matched by itself alone (a status, a direction).
    pub fn new(id: impl Into<String>) -> Ref {
        Ref {
            id: id.into(),
            names: Vec::new(),
        }
    }

    /// An id that may also be matched by `names` (a title, an agency's names).
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
    /// No value: a source not written, no data yet, a report not received. Shown empty (JSON
    /// `null`), sorted last, and a group of its own in a `count`.
    Null,
    /// A text: a title, a note, a target in words.
    Text(String),
    /// One id, with the names it also matches by.
    Ref(Ref),
    /// Several ids (the lead agencies), possibly none.
    Refs(Vec<Ref>),
    /// A number: a value, a year, a count.
    Num(f64),
    /// Several numbers (the years of an indicator's targets).
    Nums(Vec<f64>),
    /// A date: a report's deadline, the day it arrived.
    Date(Date),
}

impl Cell {
    /// A number, or `Null` for none.
    pub fn opt_num(v: Option<f64>) -> Cell {
        v.map_or(Cell::Null, Cell::Num)
    }

    /// A text, or `Null` for none.
    pub fn opt_text(v: Option<&str>) -> Cell {
        v.map_or(Cell::Null, |t| Cell::Text(t.to_string()))
    }
}
