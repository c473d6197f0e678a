//! Problems with declarations and their fields: headers, ids, fields given twice, units.

use super::MeasureRef;
use crate::diagnostic::Code;
use crate::source::Span;

/// Why an imported file cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportFailure {
    /// No file has the path.
    NotFound,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The system's words for another failure.
    Io(String),
}

impl ImportFailure {
    /// The failure an error of reading a file stands for.
    pub fn of(e: &std::io::Error) -> ImportFailure {
        match e.kind() {
            std::io::ErrorKind::NotFound => ImportFailure::NotFound,
            std::io::ErrorKind::InvalidData => ImportFailure::NotUtf8,
            _ => ImportFailure::Io(e.to_string()),
        }
    }
}

/// Declarations and their fields: the header, ids declared twice or with a dot, fields given
/// twice, imports, units and areas, and what an amendment may change.
#[derive(Clone, Debug, PartialEq)]
pub enum Declarations {
    /// A second `plan` header (`amendment` false) or a plan and an amendment header.
    DuplicateHeader {
        /// Where the first header is.
        first: Span,
        /// Whether one of the two is an `amendment` header.
        amendment: bool,
    },
    /// No header at all.
    MissingHeader,
    /// `period START..END` with END before START.
    BadPeriod {
        /// The first year written.
        start: i32,
        /// The last year written, before the first.
        end: i32,
    },
    /// A header without `period`.
    MissingPeriod,
    /// A header without some of its document, issuer and signing date.
    MissingHeaderFields {
        /// The fields it lacks, in the order a header gives them.
        missing: Vec<HeaderField>,
    },
    /// An amendment header without `amends` or `effective` (those named, in that order).
    AmendmentIncomplete {
        /// The keywords it lacks: `amends`, `effective`, or both.
        missing: Vec<String>,
    },
    /// The same id declared twice; `first` is where it first is.
    DuplicateId {
        /// What is declared twice.
        kind: DeclKind,
        /// The id both declare.
        id: String,
        /// Where the first declaration is.
        first: Span,
    },
    /// A built-in unit declared again.
    BuiltinUnitDeclared {
        /// The built-in unit's id (`percent`).
        unit: String,
    },
    /// A dimension value declared twice.
    DuplicateValue {
        /// The value's id.
        value: String,
        /// The dimension it is a value of.
        dimension: String,
        /// Where it is first declared.
        first: Span,
    },
    /// A field that may be given once, given again; `first` is where it first is.
    DuplicateField {
        /// The field's keyword (`unit`, `period`).
        field: String,
        /// What the field is given for.
        item: Item,
        /// Where it is first given.
        first: Span,
    },
    /// A declared id with a `.`.
    DottedId {
        /// What is declared.
        kind: DeclKind,
        /// The id as written, dot and all.
        id: String,
    },
    /// Two imports under one name; `first` is where the first is.
    ImportClash {
        /// The name both imports take (`as national`).
        alias: String,
        /// Where the first import is.
        first: Span,
    },
    /// An imported file that cannot be found (`folder`: the folder its path is relative
    /// to) or read.
    ImportUnreadable {
        /// The file's path, joined to the importing file's folder.
        path: String,
        /// Why it cannot be read.
        reason: ImportFailure,
        /// The importing file's folder, when the file was not found there.
        folder: Option<String>,
    },
    /// An import that comes back to a file being read: the files of the chain, in order,
    /// the one imported here last.
    ImportCycle {
        /// The file imported here, which is already being read.
        path: String,
        /// The files of the cycle, from that file to the one imported here.
        chain: Vec<String>,
    },
    /// A chain of imports longer than `limit` files.
    ImportTooDeep {
        /// The file imported here, one too many.
        path: String,
        /// The files being read, from the first, the one imported here last.
        chain: Vec<String>,
        /// How many files deep imports may nest.
        limit: usize,
    },
    /// The same parent indicator waived twice.
    DuplicateWaiver {
        /// The parent indicator, qualified (`national.15`).
        parent: String,
        /// Where it is first waived.
        first: Span,
    },
    /// `range HIGH..LOW`; `upper` is where the upper bound is written.
    UnitRangeBackwards {
        /// The unit's id.
        unit: String,
        /// Where the upper bound (written second, the smaller) is.
        upper: Span,
    },
    /// Areas that contain each other, the first again at the end.
    AreaCycle {
        /// The areas' ids, each in the next (`a`, `b`, `a`).
        path: Vec<String>,
    },
    /// Objectives nested in each other, the first again at the end.
    ObjectiveCycle {
        /// The objectives' ids, each in the next (`a`, `b`, `a`).
        path: Vec<String>,
    },
    /// A composite indicator that gives what its parts should.
    CompositeWithMeasure {
        /// The composite indicator's number.
        indicator: String,
        /// What it gives that belongs to a part.
        stray: Stray,
    },
    /// A measure with no `unit`.
    MissingUnit {
        /// The measure without one.
        measure: MeasureRef,
    },
    /// A measure with no `direction`.
    MissingDirection {
        /// The measure without one.
        measure: MeasureRef,
    },
    /// `aggregate` beside a `formula`.
    AggregateWithFormula {
        /// The measure with both.
        measure: MeasureRef,
    },
    /// A project that covers something the plan does not have; `indicators` the plan's
    /// indicators when the id is a number, `similar` a close id otherwise.
    UnknownCovered {
        /// The project's id.
        project: String,
        /// The id it covers, as written.
        id: String,
        /// Every indicator number of the plan, when `id` is a number (one off is another
        /// indicator, not a typo).
        indicators: Option<Vec<String>>,
        /// A close id of an indicator, part or task, when `id` is not a number.
        similar: Option<String>,
    },
    /// A field an amendment's `change` cannot give.
    UnchangeableField {
        /// The field's keyword (`unit`, `direction`).
        field: String,
    },
    /// A `change` or `transfer` outside an amendment.
    StrayChange,
    /// The amendment amends an import that does not exist.
    AmendsUnknownImport {
        /// The name `amends` gives.
        alias: String,
        /// An import's name close to it.
        similar: Option<String>,
    },
    /// A name of the amended plan that it does not have (`kind`: what it should be).
    UnknownAmendedItem {
        /// The amended plan's import name.
        alias: String,
        /// What the name should be: a measure, a report or an agency.
        kind: AmendedKind,
        /// The name written after the import's (`14` in `son_la.14`).
        name: String,
        /// A close name of that kind in the amended plan.
        similar: Option<String>,
    },
}

/// What a composite indicator gives that belongs to its parts.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stray {
    /// A baseline or target.
    Target,
    /// `adopts` or `adapts`.
    Mapping,
    /// `total of`: the composite has no value of its own to be the total.
    Total,
}

/// The fields of a plan header a document gives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum HeaderField {
    /// `document`: the document's number (`196/QĐ-UBND`).
    Document,
    /// `issuer`: the agency that issued it.
    Issuer,
    /// `signed`: the day it was signed.
    Signed,
}

/// What an amendment names in the amended plan.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AmendedKind {
    /// An indicator or part, in a `change`.
    Measure,
    /// A report, in a `change report`.
    Report,
    /// An agency, in a `transfer`.
    Agency,
}

/// The kinds of declaration.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DeclKind {
    /// `agency ID "Name"`.
    Agency,
    /// `unit ID "symbol"`.
    Unit,
    /// `dimension ID "Title" { ... }`.
    Dimension,
    /// `area ID "Name"`.
    Area,
    /// `element ID "Title"`: a counted data element.
    Element,
    /// `objective ID "Title"`.
    Objective,
    /// `indicator NUMBER "Title" { ... }`.
    Indicator,
    /// `part LETTER "Title" { ... }` of a composite indicator.
    Part,
    /// `report ID "Title" { ... }`.
    Report,
    /// `review ID "Title" { ... }`.
    Review,
    /// `query ID "..."`: a named query.
    Query,
    /// `project ID "Title" { ... }`.
    Project,
    /// `task ID "Title" { ... }`.
    Task,
    /// `import "PATH" as NAME`.
    Import,
}

/// What a field belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// The plan header.
    Plan,
    /// The amendment header.
    Amendment,
    /// An indicator or part.
    Measure(MeasureRef),
    /// An amendment's change to the named indicator or part.
    ChangeTo(String),
    /// The unit with this id.
    Unit(String),
    /// The area with this id.
    Area(String),
    /// The report with this id.
    Report(String),
    /// The review with this id.
    Review(String),
    /// The project with this id.
    Project(String),
    /// The task with this id.
    Task(String),
}

impl Declarations {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        use Declarations::*;
        match self {
            DuplicateHeader { .. } => Code::DuplicateHeader,
            MissingHeader => Code::MissingHeader,
            BadPeriod { .. } => Code::BadPeriod,
            MissingPeriod => Code::MissingPeriod,
            MissingHeaderFields { .. } => Code::MissingHeaderField,
            AmendmentIncomplete { .. } => Code::AmendmentIncomplete,
            DuplicateId { .. } | BuiltinUnitDeclared { .. } | DuplicateValue { .. } => {
                Code::DuplicateId
            }
            DuplicateField { .. } => Code::DuplicateField,
            DottedId { .. } => Code::DottedId,
            ImportClash { .. } => Code::ImportClash,
            ImportUnreadable { .. } => Code::ImportMissing,
            ImportCycle { .. } => Code::ImportCycle,
            ImportTooDeep { .. } => Code::ImportTooDeep,
            DuplicateWaiver { .. } => Code::DuplicateId,
            UnitRangeBackwards { .. } => Code::BadRange,
            AreaCycle { .. } => Code::AreaCycle,
            ObjectiveCycle { .. } => Code::ObjectiveCycle,
            CompositeWithMeasure { .. } => Code::CompositeWithMeasure,
            MissingUnit { .. } => Code::MissingUnit,
            MissingDirection { .. } => Code::MissingDirection,
            AggregateWithFormula { .. } => Code::AggregateWithFormula,
            UnknownCovered { .. } => Code::UnknownCovered,
            UnchangeableField { .. } => Code::UnchangeableField,
            StrayChange => Code::StrayChange,
            AmendsUnknownImport { .. } => Code::UnknownImport,
            UnknownAmendedItem { .. } => Code::UnknownAmendedItem,
        }
    }
}
