//! "Did you mean" for unknown values in data rows, computed once per distinct value.
//!
//! A suggestion compares the value with every id of its kind (313 areas in the benchmark's
//! plan) by edit distance on Unicode-folded text: about 0.1–0.5 ms. A file that misspells one
//! area on many rows would pay that on every row (benches/data/README.md measured it), so
//! the suggestion is kept per (field, value) for the file being read. The worker threads
//! that validate rows share the cache; an entry is computed outside the lock, so a slow
//! suggestion never blocks the other thread.

use crate::diagnostic::Suggestion;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Mutex;

/// Distinct unknown values kept; past this many (a file of random garbage) help is computed
/// each time, so memory stays bounded whatever the file holds.
const MAX_CACHED: usize = 4096;

/// Which field the unknown value was found in: the same text may be unknown as an area and
/// as an agency, with different help.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Field {
    Indicator,
    Area,
    Agency,
    /// A report named in a submissions file.
    Report,
    /// A task or project named in a file of tasks done.
    Task,
    /// A value of the dimension with this index.
    Dimension(u16),
}

/// The suggestion for each (field, unknown value) met so far.
type Cache = HashMap<(Field, Box<str>), Suggestion>;

#[derive(Default)]
pub(crate) struct Suggestions {
    cache: Mutex<Cache>,
}

impl Suggestions {
    /// The suggestion for `value` in `field`: from the cache, else `compute()` (then
    /// cached).
    pub(crate) fn help(
        &self,
        field: Field,
        value: &str,
        compute: impl FnOnce() -> Suggestion,
    ) -> Suggestion {
        // A panic elsewhere while the lock was held leaves the map intact: keep using it.
        let lock = || self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let key = (field, Box::<str>::from(value));
        if let Some(help) = lock().get(&key) {
            return help.clone();
        }
        let help = compute();
        let mut cache = lock();
        if cache.len() < MAX_CACHED {
            cache.insert(key, help.clone());
        }
        help
    }

    /// How many values are cached (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.cache.lock().map_or(0, |c| c.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn each_distinct_value_is_computed_once() {
        let s = Suggestions::default();
        let calls = Cell::new(0);
        let compute = |similar: Option<&str>| {
            calls.set(calls.get() + 1);
            similar.map_or(Suggestion::Nothing, |s| Suggestion::Similar(s.into()))
        };
        for _ in 0..1000 {
            assert_eq!(
                s.help(Field::Area, "xa_1", || compute(Some("xa_10"))),
                Suggestion::Similar("xa_10".into())
            );
        }
        assert_eq!(calls.get(), 1);
        // Another field, another value: computed again.
        s.help(Field::Agency, "xa_1", || compute(None));
        s.help(Field::Area, "xa_2", || compute(None));
        s.help(Field::Dimension(0), "xa_1", || compute(None));
        assert_eq!(calls.get(), 4);
        assert_eq!(s.len(), 4);
    }

    #[test]
    fn the_cache_stops_growing_at_its_bound() {
        let s = Suggestions::default();
        for n in 0..MAX_CACHED + 10 {
            let similar = Suggestion::Similar(format!("x{n}0"));
            let help = s.help(Field::Area, &format!("x{n}"), || similar.clone());
            assert_eq!(help, similar);
        }
        assert_eq!(s.len(), MAX_CACHED);
    }
}
