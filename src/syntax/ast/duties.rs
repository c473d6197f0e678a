//! Projects and tasks: duties the document assigns to agencies outside any indicator.

use super::*;

/// `project da8 "Dự án 8: ..." { lead tuphap covers 8 ... }`: a project (dự án, đề án, tiểu dự
/// án) agencies are assigned to, and the indicators it covers.
pub type ProjectDecl = Block<DutyField>;

/// `task chu_quan "..." { lead congan support taichinh due in month 11/2025 }`: a duty the
/// document assigns to agencies outside any indicator.
pub type TaskDecl = Block<DutyField>;

/// A field of a project or a task.
pub type DutyField = Field<DutyFieldKind>;

/// What a field of a project or a task says.
#[derive(Clone, Debug, PartialEq)]
pub enum DutyFieldKind {
    /// `lead tuphap ref "..."`, `lead ? because "..."`, `support noivu`.
    Owner(Ownership),
    /// `covers 8, 7b ref "..."` (projects only): indicators, parts or tasks.
    Covers(Covers),
    /// `in da7` (projects only): the project this one is part of.
    Parent(Ident),
    /// `due in month 11/2025`, `due before 15/12 every year`: the deadline, and how often it
    /// recurs.
    Due(DutyDue),
    /// `source "..."` or `note "..."`.
    Annotation(Annotation),
}

impl DutyFieldKind {
    /// The keyword that starts the field, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            DutyFieldKind::Owner(o) => o.keyword(),
            DutyFieldKind::Covers(_) => "covers",
            DutyFieldKind::Parent(_) => "in",
            DutyFieldKind::Due(_) => "due",
            DutyFieldKind::Annotation(a) => a.keyword(),
        }
    }
}

/// `covers 8, 7b ref "tên dự án"`: what a project covers, and where the document says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Covers {
    /// Indicators (standing for all their parts), parts or tasks.
    pub ids: Vec<Ident>,
    /// `ref "..."`: where the document says what the project covers.
    pub reference: Option<Text>,
}

/// `due 30/06 every year`, `due in month 11/2025`: a project's or a task's deadline, and how
/// often it recurs.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct DutyDue {
    /// The deadline as written: `due 30/06`, `due in month 3`, `due 30/06/2026`.
    pub due: Due,
    /// `every year`, `every quarter`...: how often it recurs (the deadline is that of the
    /// year's first period, as a report's); `None` when it falls once.
    pub every: Option<PeriodKind>,
}
