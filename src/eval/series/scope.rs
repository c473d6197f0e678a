//! Measures set for some areas or one group only (`scope`, docs/language.md "Scopes"): the values a
//! measure is judged on at an area are those of its scope within the area.

use super::{Index, Value};
use crate::model::{Model, Scope};
use rustc_hash::FxHashMap as HashMap;

/// Why a measure has no values at an area: the area lies outside its scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutOfScope {
    /// The area is none of the scope's areas and holds none of them.
    Outside,
    /// The area holds some of the scope's areas but not all: their total would be
    /// another quantity than the one the plan sets.
    Partly,
}

/// The areas a measure is set for (linked ones), each once, without those inside another
/// of them (their values are already in it).
pub(super) fn scope_areas(model: &Model, scope: &Scope) -> Vec<u32> {
    let Scope::Areas(list) = scope else {
        return Vec::new();
    };
    let mut ids: Vec<u32> = list
        .iter()
        .filter_map(|a| a.id)
        .map(|id| id.index() as u32)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let all = ids.clone();
    ids.retain(|&a| !all.iter().any(|&b| b != a && inside(model, a, b)));
    ids
}

/// Whether area `a` lies inside area `of` (through its parents; not itself).
fn inside(model: &Model, a: u32, of: u32) -> bool {
    let parent = |i: u32| {
        let (_, area) = model.areas.get_index(i as usize)?;
        area.parent.as_ref()?.id.map(|id| id.index() as u32)
    };
    let mut at = parent(a);
    // A cycle of areas (reported) ends the walk after as many steps as there are areas.
    for _ in 0..model.areas.len() {
        match at {
            Some(p) if p == of => return true,
            Some(p) => at = parent(p),
            None => return false,
        }
    }
    false
}

/// For each measure set for several areas, a place of its own among the areas whose
/// children are those areas: the total of the scope is then aggregated as an area's.
pub(super) fn virtual_areas(model: &Model, children: &mut Vec<Vec<u32>>) -> HashMap<u32, u32> {
    let mut places = HashMap::default();
    for (i, m) in model.measures.values().enumerate() {
        let Some(scope) = m.scope.as_deref() else {
            continue;
        };
        let areas = scope_areas(model, scope);
        if areas.len() > 1 {
            children.push(areas);
            places.insert(i as u32, (children.len() - 1) as u32);
        }
    }
    places
}

impl Index<'_> {
    /// The values `measure` is judged on at `area`, within its scope: those of the group it
    /// is set for (`scope where ...`), or of the areas it is set for within `area` (the
    /// area's own when it is one of them, the one inside it, or the total of all of them).
    pub fn scoped_values(
        &self,
        model: &Model,
        measure: u32,
        area: u32,
        disaggregation: &[(u16, u16)],
    ) -> Result<Vec<Value>, OutOfScope> {
        let scope = model
            .measures
            .get_index(measure as usize)
            .and_then(|(_, m)| m.scope.as_deref());
        match scope {
            None => Ok(self.values(model, measure, area, disaggregation)),
            Some(Scope::Value(dimension, value)) => {
                let group = dimension.id.and_then(|d| {
                    let v = model.at(d)?.values.get_index_of(&value.name)?;
                    Some((d.index() as u16, v as u16))
                });
                let mut key = disaggregation.to_vec();
                // A target split by the same dimension names its own group.
                if let Some(group) = group.filter(|g| key.iter().all(|(d, _)| *d != g.0)) {
                    key.push(group);
                    key.sort_unstable();
                }
                Ok(self.values(model, measure, area, &key))
            }
            Some(scope @ Scope::Areas(_)) => {
                let areas = scope_areas(model, scope);
                if areas.contains(&area) || areas.is_empty() {
                    return Ok(self.values(model, measure, area, disaggregation));
                }
                let within: Vec<u32> = areas
                    .iter()
                    .copied()
                    .filter(|&a| inside(model, a, area))
                    .collect();
                match within.as_slice() {
                    [] => Err(OutOfScope::Outside),
                    [one] => Ok(self.values(model, measure, *one, disaggregation)),
                    all if all.len() == areas.len() => {
                        let place = self.scopes.get(&measure).copied();
                        let place = place.ok_or(OutOfScope::Partly)?;
                        Ok(self.values(model, measure, place, disaggregation))
                    }
                    _ => Err(OutOfScope::Partly),
                }
            }
        }
    }
}
