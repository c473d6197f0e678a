//! The observations kept after loading: one entry per key, however many rows gave it.
//! Memory grows with the number of distinct keys, never with the number of rows.

use crate::date::Date;
use crate::eval::Period;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// What a value is reported for: a measure of the plan or a data element.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Series {
    /// Index into `Model::measures`.
    Measure(u32),
    /// Index into `Model::elements`.
    Element(u32),
}

/// A disaggregation: (dimension index, value index) pairs sorted by dimension; empty for
/// the total.
pub type Disaggregation = Box<[(u16, u16)]>;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub series: Series,
    /// Index into `Model::areas`.
    pub area: u32,
    pub period: Period,
    pub disaggregation: Disaggregation,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ObsStatus {
    Final,
    Provisional,
    Estimated,
}

/// Where a row came from: file index (into `DataSet::files`) and line.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: u16,
    pub line: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub value: f64,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub status: Option<ObsStatus>,
    /// Index into `Model::agencies`.
    pub reported_by: Option<u32>,
    pub reported_on: Option<Date>,
    pub origin: Origin,
}

/// A later row that replaced an earlier one for the same key.
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    pub key: Key,
    pub old: Entry,
    pub new: Entry,
}

/// A row that conflicts with the entry kept for its key.
pub struct Conflict {
    pub key: Key,
    pub new: Entry,
    pub first: Entry,
}

/// What happened to a row offered to the store.
pub enum Offer {
    /// New key.
    Inserted,
    /// Same key, same value: nothing changes.
    Duplicate,
    /// Same key, later `reported_on`: the new value supersedes the old.
    Revised,
    /// Same key, older `reported_on`: the stored value already supersedes it.
    Outdated,
    /// Same key, different value, and no dates to tell which is right: the row is handed
    /// back with the entry it conflicts with.
    Conflict(Box<Conflict>),
}

#[derive(Default, Debug)]
pub struct Store {
    pub entries: HashMap<Key, Entry>,
    pub revisions: Vec<Revision>,
}

impl Store {
    pub fn offer(&mut self, key: Key, entry: Entry) -> Offer {
        use std::collections::hash_map::Entry as Slot;
        // Rows are checked in file order, so the first of two conflicting rows is kept.
        match self.entries.entry(key) {
            Slot::Vacant(v) => {
                v.insert(entry);
                Offer::Inserted
            }
            Slot::Occupied(mut o) => {
                let old = o.get();
                let same = old.value == entry.value
                    && old.numerator == entry.numerator
                    && old.denominator == entry.denominator;
                if same {
                    return Offer::Duplicate;
                }
                match (old.reported_on, entry.reported_on) {
                    (Some(a), Some(b)) if b > a => {
                        let old = o.insert(entry.clone());
                        self.revisions.push(Revision {
                            key: o.key().clone(),
                            old,
                            new: entry,
                        });
                        Offer::Revised
                    }
                    (Some(a), Some(b)) if b < a => {
                        self.revisions.push(Revision {
                            key: o.key().clone(),
                            old: entry,
                            new: old.clone(),
                        });
                        Offer::Outdated
                    }
                    _ => Offer::Conflict(Box::new(Conflict {
                        key: o.key().clone(),
                        first: old.clone(),
                        new: entry,
                    })),
                }
            }
        }
    }

    /// Every entry of a series in an area with a given disaggregation, in period order.
    pub fn series(
        &self,
        series: Series,
        area: u32,
        disaggregation: &[(u16, u16)],
    ) -> Vec<(Period, &Entry)> {
        let mut out: Vec<(Period, &Entry)> = self
            .entries
            .iter()
            .filter(|(k, _)| {
                k.series == series && k.area == area && *k.disaggregation == *disaggregation
            })
            .map(|(k, e)| (k.period, e))
            .collect();
        out.sort_by_key(|(p, _)| *p);
        out
    }
}
