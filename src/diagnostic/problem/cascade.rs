//! Problems of a plan against the plan it implements: every parent indicator taken up or
//! waived, units and directions that agree, targets at least as ambitious as the parent's.

use super::MeasureRef;
use crate::diagnostic::Code;
use crate::model::{Comparator, Direction};
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Cascade {
    /// `implements NAME` with no import of that name; `similar` an import's close name.
    ParentNotImported {
        parent: String,
        similar: Option<String>,
    },
    /// A parent indicator written without its import's name (`9` for `national.9`);
    /// `parent` the import the plan implements, if it says.
    Unqualified {
        name: String,
        parent: Option<String>,
    },
    /// `alias.9` where no file is imported as `alias`.
    NoSuchImport {
        alias: String,
        similar: Option<String>,
    },
    /// An indicator of an import the plan does not say it implements.
    NotTheParent { name: String, alias: String },
    /// `alias.local` names no indicator or part of the imported plan at `path`.
    UnknownParentMeasure {
        alias: String,
        local: String,
        similar: Option<String>,
        path: String,
    },
    /// A parent indicator waived and taken up; `taken` is where it is taken up.
    WaivedAndAdopted {
        parent: String,
        by: MeasureRef,
        taken: Span,
    },
    /// Parent indicators neither taken up nor waived, qualified (`national.9`).
    ParentUnmapped { alias: String, missing: Vec<String> },
    /// A measure in another unit than the parent measure it takes up.
    ParentUnitMismatch {
        measure: MeasureRef,
        unit: String,
        parent: String,
        parent_unit: String,
    },
    /// A measure going the other way from the parent measure it takes up.
    ParentDirectionMismatch {
        measure: MeasureRef,
        direction: Direction,
        parent: String,
        parent_direction: Direction,
    },
    /// A target below the parent's for the same year.
    LessAmbitious {
        measure: MeasureRef,
        parent: String,
        year: i32,
        asks: Milestone,
        parent_asks: Milestone,
        /// Where each plan states it.
        cited: Cited,
        parent_cited: Cited,
        /// `adopts` (not `adapts ... because`).
        adopted: bool,
    },
    /// `adopts` with another target than the parent's.
    AdoptedDiffers {
        measure: MeasureRef,
        parent: String,
        year: i32,
        asks: Milestone,
        parent_asks: Milestone,
    },
    /// `adopts` with no target for some of the parent's milestones.
    AdoptedMissing {
        measure: MeasureRef,
        parent: String,
        missing: Vec<(i32, Milestone)>,
    },
}

/// What a target asks: `>= 90`.
#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    pub op: Comparator,
    pub value: f64,
}

/// Where a plan states something: its document and the section.
#[derive(Clone, Debug, PartialEq)]
pub struct Cited {
    pub document: Option<String>,
    pub section: Option<String>,
}

impl Cascade {
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
