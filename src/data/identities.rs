//! The identities a plan declares (`total of 12b, 12c, 12d`), checked against the data once
//! every file is read: where the data give a total and each of its parts for the same area,
//! period and disaggregation, they must add up within the total's tolerance, else a
//! `data::identity_broken` warning names the rows. No row is refused: either may be wrong,
//! and a person decides which.

use super::store::{Key, Series};
use super::{key_names, DataSet};
use crate::diagnostic::{BrokenIdentity, DataProblem, PartGiven};
use crate::model::{adds_up, Model, Total};

impl DataSet {
    /// Checks every total of `model` against the values kept, replacing the warnings of an
    /// earlier check (it runs after each file, so that a total in one file and its parts in
    /// another are compared once both are read). A plan without totals costs nothing.
    pub(super) fn check_identities(&mut self, model: &Model) {
        let totals: rustc_hash::FxHashMap<u32, (&Total, Vec<f64>)> = model
            .measures
            .values()
            .enumerate()
            .filter_map(|(i, m)| {
                let total = m.total.as_deref()?;
                Some((i as u32, (total, model.total_factors(m)?)))
            })
            .collect();
        if totals.is_empty() {
            return;
        }
        self.warnings
            .retain(|w| w.code() != crate::diagnostic::Code::DataIdentityBroken);
        let mut broken = Vec::new();
        for (key, entry) in &self.store.entries {
            let Series::Measure(measure) = key.series else {
                continue;
            };
            let Some((total, scales)) = totals.get(&measure) else {
                continue;
            };
            let mut parts = Vec::with_capacity(total.parts.len());
            for part in &total.parts {
                let Some(id) = part.id else { break };
                let part_key = Key {
                    series: Series::Measure(id.index() as u32),
                    ..key.clone()
                };
                let Some(given) = self.store.entries.get(&part_key) else {
                    break;
                };
                parts.push((part.name.as_str(), given));
            }
            if parts.len() != total.parts.len() {
                continue;
            }
            let values: Vec<f64> = parts.iter().map(|(_, e)| e.value).collect();
            let sum = values.iter().zip(scales).map(|(v, s)| v * s).sum();
            let (ok, allowed) = adds_up(entry.value, sum, total.tolerance, &values, scales);
            if ok {
                continue;
            }
            let identity = BrokenIdentity {
                key: key_names(model, key),
                total: entry.value,
                total_row: self.row_in(entry.origin),
                sum,
                parts: parts
                    .iter()
                    .zip(scales)
                    .map(|((id, e), &scale)| PartGiven {
                        id: id.to_string(),
                        value: e.value,
                        scale,
                        row: self.row_in(e.origin),
                    })
                    .collect(),
                tolerance: total.tolerance,
                allowed,
            };
            broken.push((entry.origin, identity));
        }
        // The store is not in file order: the warnings are, by the total's row.
        broken.sort_by_key(|(origin, _)| (origin.file, origin.line));
        for (origin, identity) in broken {
            let problem = DataProblem::IdentityBroken(Box::new(identity));
            let warning = self.row_error(origin, problem);
            self.warnings.push(warning);
        }
    }
}
