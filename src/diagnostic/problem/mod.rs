//! What each problem is, as data: the code, and the values its words are made from (the
//! name written, what it may have meant, the places involved). Words are made from these in
//! one place, [`super::words`], and nowhere else; a program (an editor applying a fix, a
//! test, a second language) reads the values.

mod amendments;
mod cascade;
mod characters;
mod data;
mod data_file;
mod declarations;
mod derived;
mod duties;
mod owners;
mod query;
mod reading;
mod schedule;
mod structure;
mod targets;

pub use amendments::{Amendments, Conflict, SetTo, Setting};
pub use cascade::{Asks, Cascade, Cited};
pub use characters::Characters;
pub use data::{
    BadDate, BadNumber, BadPeriod, BrokenIdentity, CellProblem, Column, DataProblem, KeyNames,
    NumberRefusal, OutOfRange, PartGiven, PercentCell, PercentWhy, RowAt, RowIn, SeriesName,
    Suggestion, ValueConflict,
};
pub use data_file::{
    BadHeader, CodePage, JsonShape, MissingColumn, NotAWorkbook, NotText, OtherSheet, ReadFailure,
    SheetFailure, Skipped, SkippedSheet, UnknownColumn, Unreadable,
};
pub use declarations::{
    AmendedKind, DeclKind, Declarations, HeaderField, ImportFailure, Item, Stray,
};
pub use derived::Derivations;
pub use duties::Duties;
pub use owners::{Owners, Role};
pub use query::{QueryProblem, ValueHint, Wanted};
pub use reading::{Expected, Found, Reading, SyntaxHint, ValueKind};
pub use schedule::Schedule;
pub use structure::{CitedDate, Structure};
pub use targets::{Said, Targets, UnitRange, ValueOf};

use super::Code;
use crate::source::Span;

/// A problem found in a plan file, a query or a data file.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A reference to something the plan does not declare.
    UnknownName(UnknownName),
    /// Reading the text: the grammar, numbers, dates.
    Reading(Reading),
    /// Declarations and their fields: headers, ids, fields given twice, units.
    Declarations(Declarations),
    /// Measures computed from others: totals of parts, formulas over indicators.
    Derivations(Derivations),
    /// The shape of the plan: objectives, numbering, parts, sources, the document's dates.
    Structure(Structure),
    /// Who owns each indicator, and agencies that take part in nothing.
    Owners(Owners),
    /// The reporting schedule and the reviews.
    Schedule(Schedule),
    /// When projects and tasks are due.
    Duties(Duties),
    /// Targets against the plan period, their unit's range, each other and the direction.
    Targets(Box<Targets>),
    /// A plan against the plan it implements.
    Cascade(Box<Cascade>),
    /// Characters that make the text read otherwise than it is.
    Characters(Characters),
    /// A query: its grammar, and what it asks of the plan.
    Query(QueryProblem),
    /// A named query nested deeper than the query language allows.
    QueryTooDeep {
        /// The named query's id.
        query: String,
        /// How deep parentheses may nest.
        limit: usize,
    },
    /// A data file: a row refused, or the file.
    Data(DataProblem),
    /// Amendments in force from the same date that disagree.
    Amendments(Amendments),
}

impl Problem {
    /// The stable code.
    pub fn code(&self) -> Code {
        match self {
            Problem::UnknownName(u) => u.kind.code(),
            Problem::Reading(r) => r.code(),
            Problem::Declarations(d) => d.code(),
            Problem::Derivations(d) => d.code(),
            Problem::Structure(s) => s.code(),
            Problem::Owners(o) => o.code(),
            Problem::Schedule(s) => s.code(),
            Problem::Duties(d) => d.code(),
            Problem::Targets(t) => t.code(),
            Problem::Cascade(c) => c.code(),
            Problem::Characters(c) => c.code(),
            Problem::Query(q) => q.code(),
            Problem::QueryTooDeep { .. } => Code::QueryTooDeep,
            Problem::Data(d) => d.code(),
            Problem::Amendments(a) => a.code(),
        }
    }
}

/// An indicator, or a part of a composite one: `3`, `16a`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureRef {
    /// The id as the plan writes it: an indicator's number, or a part's (`16a`).
    pub id: String,
    /// Whether it is a part of a composite indicator, which words call "part 16a".
    pub is_part: bool,
}

/// `unknown agency `so_yt``.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownName {
    /// What kind of declaration the reference names.
    pub kind: NameKind,
    /// As written.
    pub name: String,
    /// The declaration the name was looked up in: the dimension of a dimension value.
    pub within: Option<String>,
    /// What the name may stand for.
    pub hint: NameHint,
}

/// The kinds of declaration a reference names.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// An agency: an owner, an issuer, a report's sender or receiver.
    Agency,
    /// The objective an indicator is filed under.
    Objective,
    /// The parent of an area (`in son_la`).
    Area,
    /// A data element, in a formula or a weight.
    Element,
    /// The dimension a target is split by.
    Dimension,
    /// A value of the named dimension.
    DimensionValue,
    /// An indicator's unit.
    Unit,
    /// The project a project is part of (`in da7`).
    Project,
    /// A formula's operand: a data element, or an indicator or part.
    Operand,
    /// An indicator or part a `total of` adds up.
    Measure,
}

impl NameKind {
    /// The code of an unknown name of this kind.
    pub fn code(self) -> Code {
        match self {
            NameKind::Agency => Code::UnknownAgency,
            NameKind::Objective => Code::UnknownObjective,
            NameKind::Area => Code::UnknownArea,
            NameKind::Element => Code::UnknownElement,
            NameKind::Dimension => Code::UnknownDimension,
            NameKind::DimensionValue => Code::UnknownDimensionValue,
            NameKind::Unit => Code::UnknownUnit,
            NameKind::Project => Code::UnknownProject,
            NameKind::Operand => Code::UnknownElement,
            NameKind::Measure => Code::UnknownMeasure,
        }
    }
}

/// What an unknown name may stand for.
#[derive(Clone, Debug, PartialEq)]
pub enum NameHint {
    /// A declared name close to it (`so_yt` for `so_yte`), or the same name declared by an
    /// import (`so_yte` for `national.so_yte`): written in its place, it fixes the problem.
    Similar(String),
    /// The same name declared by several imports: one of them, qualified.
    Imported(Vec<String>),
    /// Nothing close, among these few: every name it may be (a dimension's values).
    OneOf(Vec<String>),
    /// Nothing close: it has to be declared.
    Declare,
}

/// A labelled place in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The bytes marked.
    pub span: Span,
    /// What is said there (`first declared here`).
    pub text: String,
}

/// A change that fixes a problem: `replacement` written in place of what `target` points
/// at.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// The text to replace.
    pub target: EditTarget,
    /// The text to write instead.
    pub replacement: String,
}

/// What an [`Edit`] replaces.
#[derive(Clone, Debug, PartialEq)]
pub enum EditTarget {
    /// A span of the problem's source text.
    Span(Span),
    /// The value of a field of a data row: `written`, in the row at `place` (its line, and
    /// its column or cell where the file has them; in a JSON file, the row's object starts
    /// on the line and holds `written`).
    Field {
        /// The row, and its field's column or cell where the file has them.
        place: crate::diagnostic::DataPlace,
        /// The value as the row writes it.
        written: String,
    },
}

macro_rules! from_group {
    ($($group:ident),*) => {
        $(impl From<$group> for Problem {
            fn from(problem: $group) -> Problem {
                Problem::$group(problem)
            }
        })*
    };
}

from_group!(
    Reading,
    Declarations,
    Derivations,
    Structure,
    Owners,
    Schedule,
    Characters,
    Amendments
);

// The two largest groups are boxed, so that every diagnostic (a data file may have a
// hundred thousand) does not carry their size.
impl From<Targets> for Problem {
    fn from(problem: Targets) -> Problem {
        Problem::Targets(Box::new(problem))
    }
}

impl From<Cascade> for Problem {
    fn from(problem: Cascade) -> Problem {
        Problem::Cascade(Box::new(problem))
    }
}

impl From<DataProblem> for Problem {
    fn from(problem: DataProblem) -> Problem {
        Problem::Data(problem)
    }
}

impl From<QueryProblem> for Problem {
    fn from(problem: QueryProblem) -> Problem {
        Problem::Query(problem)
    }
}

impl From<UnknownName> for Problem {
    fn from(problem: UnknownName) -> Problem {
        Problem::UnknownName(problem)
    }
}
