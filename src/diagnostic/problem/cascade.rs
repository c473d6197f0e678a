//! Problems of a plan against the plan it implements: every parent indicator taken up or
//! waived, units and directions that agree, targets at least as ambitious as the parent's.

use super::MeasureRef;
use crate::date::Period;
use crate::diagnostic::Code;
use crate::model::{Comparator, Direction};
use crate::source::Span;

/// A plan against the plan it implements: which parent indicators it names, how it takes
/// each up, and whether its units, directions and targets agree with the parent's.
#[derive(Clone, Debug, PartialEq)]
pub enum Cascade {
    /// `implements NAME` with no import of that name; `similar` an import's close name.
    ParentNotImported {
        /// The name `implements` gives.
        parent: String,
        /// An import's name close to it.
        similar: Option<String>,
    },
    /// A parent indicator written without its import's name (`9` for `national.9`);
    /// `parent` the import the plan implements, if it says.
    Unqualified {
        /// The indicator as written (`9`).
        name: String,
        /// The import the plan implements, to write in front of it.
        parent: Option<String>,
    },
    /// `alias.9` where no file is imported as `alias`.
    NoSuchImport {
        /// The import name written before the dot.
        alias: String,
        /// An import's name close to it.
        similar: Option<String>,
    },
    /// An indicator of an import the plan does not say it implements.
    NotTheParent {
        /// The indicator as written (`national.9`).
        name: String,
        /// The import it belongs to, which `implements` does not name.
        alias: String,
    },
    /// `alias.local` names no indicator or part of the imported plan at `path`.
    UnknownParentMeasure {
        /// The import name written before the dot.
        alias: String,
        /// The indicator or part written after it.
        local: String,
        /// An indicator or part of the imported plan with a close id.
        similar: Option<String>,
        /// The imported file's path as written, for `plan show` to list its indicators.
        path: String,
    },
    /// A parent indicator waived and taken up; `taken` is where it is taken up.
    WaivedAndAdopted {
        /// The parent indicator, qualified (`national.9`).
        parent: String,
        /// The measure that takes it up.
        by: MeasureRef,
        /// Where it is taken up (the problem is at the `waive`).
        taken: Span,
    },
    /// Parent indicators neither taken up nor waived, qualified (`national.9`).
    ParentUnmapped {
        /// The import of the plan implemented.
        alias: String,
        /// The parent's indicators and parts left out, in the parent's order.
        missing: Vec<String>,
    },
    /// A measure in another unit than the parent measure it takes up.
    ParentUnitMismatch {
        /// The measure that takes the parent's up.
        measure: MeasureRef,
        /// Its unit's id, without an import's name (`percent`).
        unit: String,
        /// The parent measure, qualified.
        parent: String,
        /// The parent measure's unit's id, without an import's name.
        parent_unit: String,
    },
    /// A measure going the other way from the parent measure it takes up.
    ParentDirectionMismatch {
        /// The measure that takes the parent's up.
        measure: MeasureRef,
        /// Which way it should go.
        direction: Direction,
        /// The parent measure, qualified.
        parent: String,
        /// Which way the parent measure should go.
        parent_direction: Direction,
    },
    /// A target below the parent's for the same year.
    LessAmbitious {
        /// The measure with the lower target.
        measure: MeasureRef,
        /// The parent measure it takes up, qualified.
        parent: String,
        /// The milestone both plans set.
        year: Period,
        /// What this plan's target asks.
        asks: Asks,
        /// What the parent's target asks.
        parent_asks: Asks,
        /// Where each plan states it.
        cited: Cited,
        /// Where the parent plan states its target.
        parent_cited: Cited,
        /// `adopts` (not `adapts ... because`).
        adopted: bool,
    },
    /// `adopts` with another target than the parent's.
    AdoptedDiffers {
        /// The measure that adopts the parent's.
        measure: MeasureRef,
        /// The parent measure, qualified.
        parent: String,
        /// The milestone where they differ.
        year: Period,
        /// What this plan's target asks.
        asks: Asks,
        /// What the parent's target asks.
        parent_asks: Asks,
    },
    /// `adopts` with no target for some of the parent's milestones.
    AdoptedMissing {
        /// The measure that adopts the parent's.
        measure: MeasureRef,
        /// The parent measure, qualified.
        parent: String,
        /// The parent's milestones it has no target for: year, and what the parent asks.
        missing: Vec<(Period, Asks)>,
    },
}

/// What a target asks: `>= 90`.
#[derive(Clone, Debug, PartialEq)]
pub struct Asks {
    /// How the value is compared with the target (`>=`).
    pub op: Comparator,
    /// The target value.
    pub value: f64,
}

/// Where a plan states something: its document and the section.
#[derive(Clone, Debug, PartialEq)]
pub struct Cited {
    /// The plan's document number (`23/QĐ-TTg`), if its header gives one.
    pub document: Option<String>,
    /// The section of the document (`II.1`), if the plan cites one.
    pub section: Option<String>,
}

impl Cascade {
    /// The stable code of the problem.
    pub fn code(&self) -> Code {
        match self {
            Cascade::ParentNotImported { .. }
            | Cascade::Unqualified { .. }
            | Cascade::NoSuchImport { .. } => Code::UnknownImport,
            Cascade::NotTheParent { .. } => Code::NoParent,
            Cascade::UnknownParentMeasure { .. } => Code::UnknownParentIndicator,
            Cascade::WaivedAndAdopted { .. } => Code::WaivedAndAdopted,
            Cascade::ParentUnmapped { .. } => Code::ParentUnmapped,
            Cascade::ParentUnitMismatch { .. } => Code::ParentUnitMismatch,
            Cascade::ParentDirectionMismatch { .. } => Code::ParentDirectionMismatch,
            Cascade::LessAmbitious { .. } => Code::LessAmbitious,
            Cascade::AdoptedDiffers { .. } | Cascade::AdoptedMissing { .. } => Code::AdoptedDiffers,
        }
    }
}
