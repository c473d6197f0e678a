//! Cascades: how a plan takes up the indicators of the plan it implements (a province the
//! national program, a district its province).
//!
//! A plan says `implements ALIAS` in its header (ALIAS being an import), and each of its
//! measures that takes up a parent measure says `adopts ALIAS.ID` or `adapts ALIAS.ID because
//! "..."`; parent measures it does not take up are `waive`d with a reason. [`links`] resolves
//! those names once, for the checker (`check::cascade`) and for the matrix of `plan cascade`
//! ([`matrix`]).

use crate::model::{Id, Import, Measure, Model, Target, Through, Waiver};
use crate::syntax::ast::Ident;
use indexmap::IndexMap;
use serde::Serialize;

/// How a plan takes up one parent measure.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "take", rename_all = "snake_case")]
pub enum Take {
    /// Taken up as it is.
    Adopted {
        /// The ids of the plan's measures that say `adopts` it.
        by: Vec<String>,
    },
    /// Taken up with other values, for a reason.
    Adapted {
        /// The ids of the plan's measures that take it up, one at least saying `adapts`.
        by: Vec<String>,
        /// The reason the `adapts ... because "..."` gives.
        because: String,
    },
    /// Not taken up, for a reason.
    Waived {
        /// The reason the `waive` gives.
        because: String,
    },
    /// Neither taken up nor waived.
    Missing,
}

/// A name that should reach a parent measure and does not.
#[derive(Clone, Debug)]
pub enum BadLink<'m> {
    /// `adopts 3a`: no import named before the id.
    Unqualified(&'m Ident),
    /// `adopts nat.3a`: nothing is imported as `nat`.
    UnknownImport(&'m Ident, &'m str),
    /// The import exists but the header does not say `implements` it.
    NotTheParent(&'m Ident, &'m str),
    /// The parent has no measure of that id.
    UnknownMeasure(&'m Ident, &'m Import, &'m str),
}

/// What a plan's `implements`, `adopts`, `adapts` and `waive` resolve to. Parent measures
/// are their positions in the implemented file's table (`parent.model.measures`).
pub struct Links<'m> {
    /// The implemented plan, when the header names an import that exists.
    pub parent: Option<&'m Import>,
    /// For each parent measure taken up, the measures of this plan that take it up.
    pub taken: IndexMap<Id<Measure>, Vec<&'m Measure>>,
    /// For each parent measure waived, the waiver.
    pub waived: IndexMap<Id<Measure>, &'m Waiver>,
    /// Names that reach no parent measure.
    pub bad: Vec<BadLink<'m>>,
}

/// Sorts out the cascade names of a plan, as the resolver linked them.
pub fn links(model: &Model) -> Links<'_> {
    let parent_id = model.plan.parent.as_ref().and_then(|p| p.id);
    let parent = parent_id.and_then(|id| model.at(id));
    let mut out = Links {
        parent,
        taken: IndexMap::new(),
        waived: IndexMap::new(),
        bad: Vec::new(),
    };
    let mapped = model
        .measures
        .values()
        .filter_map(|m| m.maps.as_ref().map(|link| (&link.parent, Some(m), None)));
    let waived = model.waivers.values().map(|w| (&w.parent, None, Some(w)));
    for (name, measure, waiver) in mapped.chain(waived) {
        match parent_measure(model, parent_id, name) {
            Ok(id) => {
                if let Some(m) = measure {
                    out.taken.entry(id).or_default().push(m);
                }
                if let Some(w) = waiver {
                    out.waived.insert(id, w);
                }
            }
            Err(bad) => out.bad.push(bad),
        }
    }
    out
}

/// The parent measure a name reaches, or why it reaches none: a name the resolver linked
/// reaches a measure of some import, which must be the implemented plan; one it did not is
/// told apart by how it is written.
fn parent_measure<'m>(
    model: &'m Model,
    parent: Option<Id<Import>>,
    name: &'m Through<Measure>,
) -> Result<Id<Measure>, BadLink<'m>> {
    let Some((alias, local)) = name.parts() else {
        return Err(BadLink::Unqualified(&name.written));
    };
    if let Some(at) = name.id {
        return match parent == Some(at.file) {
            true => Ok(at.id),
            false => Err(BadLink::NotTheParent(&name.written, alias)),
        };
    }
    let Some((file, _, import)) = model.imports.get_full(alias) else {
        return Err(BadLink::UnknownImport(&name.written, alias));
    };
    if parent != Some(Id::at(file)) {
        return Err(BadLink::NotTheParent(&name.written, alias));
    }
    Err(BadLink::UnknownMeasure(&name.written, import, local))
}

impl Links<'_> {
    /// How the plan takes up the parent measure the parent plan numbers `id` (`3a`), for a
    /// caller that holds the number; one the parent does not have is taken up by nothing.
    pub fn take_named(&self, id: &str) -> Take {
        let at = self.parent.and_then(|p| p.model.measures.get_index_of(id));
        at.map_or(Take::Missing, |at| self.take(Id::at(at)))
    }

    /// How the plan takes up a parent measure.
    pub fn take(&self, parent_measure: Id<Measure>) -> Take {
        if let Some(w) = self.waived.get(&parent_measure) {
            return Take::Waived {
                because: w.reason.clone(),
            };
        }
        let Some(by) = self.taken.get(&parent_measure) else {
            return Take::Missing;
        };
        let ids = by.iter().map(|m| m.id.clone()).collect();
        let reason = by
            .iter()
            .find_map(|m| m.maps.as_ref()?.adapted_because.clone());
        match reason {
            Some(because) => Take::Adapted { by: ids, because },
            None => Take::Adopted { by: ids },
        }
    }
}

/// One cell of the matrix: how a child plan takes up a parent measure, with its targets.
#[derive(Clone, Debug)]
pub struct Cell {
    /// Adopted, adapted, waived or missing, with the measures and the reason.
    pub take: Take,
    /// The child's targets for the measures that take it up.
    pub targets: Vec<Target>,
}

/// A row: a parent measure and, for each child plan, how it takes it up.
#[derive(Clone, Debug)]
pub struct Row {
    /// The parent measure's id, as the parent plan writes it (`3a`).
    pub parent: String,
    /// The parent measure's title, to tell the row apart for people.
    pub title: String,
    /// The parent measure's own targets, to set the children's beside.
    pub parent_targets: Vec<Target>,
    /// One cell per child plan, in the order of [`Matrix::children`].
    pub cells: Vec<Cell>,
}

/// Parent measures × child plans (`render::cascade` writes it).
#[derive(Clone, Debug)]
pub struct Matrix {
    /// The parent plan's name in the output, as the caller gives it; `plan cascade` gives its
    /// path and document number (`plans/x.plan (196/QĐ-UBND)`).
    pub parent: String,
    /// The child plans, named as the parent is; the columns of the matrix.
    pub children: Vec<String>,
    /// One row per parent measure, in the parent plan's order.
    pub rows: Vec<Row>,
    /// For each child, its measures that take up no parent measure (added by it).
    pub added: Vec<Vec<String>>,
}

/// The matrix of `plan cascade`: `children` are plans whose `implements` names an import of
/// `parent` (the caller checks it is the same file, so that a position in the children's
/// import of it is one in `parent`).
pub fn matrix(parent_name: &str, parent: &Model, children: &[(String, &Model)]) -> Matrix {
    let links: Vec<Links<'_>> = children.iter().map(|(_, m)| links(m)).collect();
    let rows = parent
        .measures
        .values()
        .enumerate()
        .map(|(at, pm)| Row {
            parent: pm.id.clone(),
            title: pm.title.clone(),
            parent_targets: pm.targets.clone(),
            cells: links
                .iter()
                .map(|l| {
                    let take = l.take(Id::at(at));
                    let targets = l
                        .taken
                        .get(&Id::at(at))
                        .into_iter()
                        .flatten()
                        .flat_map(|m| m.targets.iter().cloned())
                        .collect();
                    Cell { take, targets }
                })
                .collect(),
        })
        .collect();
    let added = children
        .iter()
        .map(|(_, m)| {
            m.measures
                .values()
                .filter(|c| c.maps.is_none())
                .map(|c| c.id.clone())
                .collect()
        })
        .collect();
    Matrix {
        parent: parent_name.to_string(),
        children: children.iter().map(|(n, _)| n.clone()).collect(),
        rows,
        added,
    }
}
