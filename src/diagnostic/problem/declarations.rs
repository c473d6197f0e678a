//! Problems with declarations and their fields: headers, ids, fields given twice, units.

use super::MeasureRef;
use crate::diagnostic::Code;
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Declarations {
    /// A second `plan` header (`amendment` false) or a plan and an amendment header.
    DuplicateHeader { first: Span, amendment: bool },
    /// No header at all.
    MissingHeader,
    /// `period START..END` with END before START.
    BadPeriod { start: i32, end: i32 },
    /// A header without `period`.
    MissingPeriod,
    /// A header without some of its document, issuer and signing date.
    MissingHeaderFields { missing: Vec<HeaderField> },
    /// An amendment header without `amends` or `effective` (those named, in that order).
    AmendmentIncomplete { missing: Vec<String> },
    /// The same id declared twice; `first` is where it first is.
    DuplicateId {
        kind: DeclKind,
        id: String,
        first: Span,
    },
    /// A built-in unit declared again.
    BuiltinUnitDeclared { unit: String },
    /// A dimension value declared twice.
    DuplicateValue {
        value: String,
        dimension: String,
        first: Span,
    },
    /// A field that may be given once, given again; `first` is where it first is.
    DuplicateField {
        field: String,
        item: Item,
        first: Span,
    },
    /// A declared id with a `.`.
    DottedId { kind: DeclKind, id: String },
    /// Two imports under one name; `first` is where the first is.
    ImportClash { alias: String, first: Span },
    /// An imported file that cannot be found (`folder`: the folder its path is relative
    /// to) or read.
    ImportUnreadable {
        path: String,
        reason: String,
        folder: Option<String>,
    },
    /// An import that comes back to a file being read: the files of the chain, in order,
    /// the one imported here last.
    ImportCycle { path: String, chain: Vec<String> },
    /// A chain of imports longer than `limit` files.
    ImportTooDeep {
        path: String,
        chain: Vec<String>,
        limit: usize,
    },
    /// The same parent indicator waived twice.
    DuplicateWaiver { parent: String, first: Span },
    /// `range HIGH..LOW`; `upper` is where the upper bound is written.
    UnitRangeBackwards { unit: String, upper: Span },
    /// Areas that contain each other, the first again at the end.
    AreaCycle { path: Vec<String> },
    /// A composite indicator that gives what its parts should.
    CompositeWithMeasure { indicator: String, stray: Stray },
    /// A measure with no `unit`.
    MissingUnit { measure: MeasureRef },
    /// A measure with no `direction`.
    MissingDirection { measure: MeasureRef },
    /// `aggregate` beside a `formula`.
    AggregateWithFormula { measure: MeasureRef },
    /// A project that covers something the plan does not have; `indicators` the plan's
    /// indicators when the id is a number, `similar` a close id otherwise.
    UnknownCovered {
        project: String,
        id: String,
        indicators: Option<Vec<String>>,
        similar: Option<String>,
    },
    /// A field an amendment's `change` cannot give.
    UnchangeableField { field: String },
    /// A `change` or `transfer` outside an amendment.
    StrayChange,
    /// The amendment amends an import that does not exist.
    AmendsUnknownImport {
        alias: String,
        similar: Option<String>,
    },
    /// A name of the amended plan that it does not have (`kind`: what it should be).
    UnknownAmendedItem {
        alias: String,
        kind: AmendedKind,
        name: String,
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
}

/// The fields of a plan header a document gives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum HeaderField {
    Document,
    Issuer,
    Signed,
}

/// What an amendment names in the amended plan.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AmendedKind {
    Measure,
    Report,
    Agency,
}

/// The kinds of declaration.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Agency,
    Unit,
    Dimension,
    Area,
    Element,
    Objective,
    Indicator,
    Part,
    Report,
    Review,
    Query,
    Project,
    Task,
    Import,
}

/// What a field belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Plan,
    Amendment,
    Measure(MeasureRef),
    /// An amendment's change to the named indicator or part.
    ChangeTo(String),
    Unit(String),
    Area(String),
    Report(String),
    Review(String),
    Project(String),
    Task(String),
}

impl Declarations {
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
