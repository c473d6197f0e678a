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

/// What an observation is of: the store keeps one entry per key, and two rows with the
/// same key give the same value, revise it, or conflict.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// The measure or data element the value is for.
    pub series: Series,
    /// Index into `Model::areas`.
    pub area: u32,
    /// The year, half-year, quarter or month the value is for.
    pub period: Period,
    /// The dimension values the row gives (`sex` = `male`); empty for the total.
    pub disaggregation: Disaggregation,
}

/// How sure the source is of a value: a row's `status` column.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ObsStatus {
    /// `final`: the settled figure.
    Final,
    /// `provisional`: reported before it is settled; it may yet be revised.
    Provisional,
    /// `estimated`: an estimate rather than a count.
    Estimated,
}

/// Where a row came from: file index (into `DataSet::files`) and line.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// Index of the file in `DataSet::files`.
    pub file: u16,
    /// The line the row starts on, from 1; in a workbook, the row of its sheet.
    pub line: u64,
}

/// An observation kept for a key: its value and what its row said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The `value` given, or else `numerator / denominator` times the measure's factor.
    pub value: f64,
    /// The `numerator` as given, if it was; summed across areas rather than rates averaged.
    pub numerator: Option<f64>,
    /// The `denominator` as given, if it was (never negative).
    pub denominator: Option<f64>,
    /// The row's `status`, if it gave one.
    pub status: Option<ObsStatus>,
    /// Index into `Model::agencies`.
    pub reported_by: Option<u32>,
    /// The day the value was reported: of two rows for one key, the later supersedes.
    pub reported_on: Option<Date>,
    /// The row the entry was read from, for messages about it.
    pub origin: Origin,
}

/// A later row that replaced an earlier one for the same key.
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    /// What both rows are for.
    pub key: Key,
    /// The entry superseded: the one reported earlier.
    pub old: Entry,
    /// The entry kept: the one reported later.
    pub new: Entry,
}

/// A row that conflicts with the entry kept for its key.
pub struct Conflict {
    /// What both rows are for.
    pub key: Key,
    /// The row offered, which is refused.
    pub new: Entry,
    /// The entry already kept, from the earlier row.
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

/// The observations of every data file loaded, one entry per key.
#[derive(Default, Debug)]
pub struct Store {
    /// The entry kept for each key.
    pub entries: HashMap<Key, Entry>,
    /// Every time a later `reported_on` superseded a value, in the order rows were read.
    pub revisions: Vec<Revision>,
}

impl Store {
    /// Offers a row's `entry` for `key` and says what became of it: kept when the key is new
    /// or the row was reported later; of two rows that conflict, the first (in file order)
    /// stays.
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
