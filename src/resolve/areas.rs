//! Areas that contain each other.

use super::Resolver;
use crate::diagnostic::{Declarations, Diagnostic};

impl Resolver<'_> {
    /// Areas that contain themselves through their parents, each cycle reported once, from
    /// its area whose id sorts first (whatever the order they are written in); the search is
    /// the objectives' (each area walked once: a hundred thousand areas nested one in the
    /// next are one walk, not one per area).
    pub(super) fn area_cycles(&self) -> Vec<Diagnostic> {
        let areas = &self.model.areas;
        let parent_of = |i: usize| areas[i].parent.as_ref()?.id.map(|id| id.index());
        let mut cycles = super::objectives::cycles(areas.len(), parent_of, |i| &areas[i].id);
        cycles.sort_by_key(|c| c[0]);
        cycles
            .into_iter()
            .map(|cycle| {
                let start = &areas[cycle[0]];
                let mut path: Vec<String> = cycle.iter().map(|&i| areas[i].id.clone()).collect();
                path.push(start.id.clone());
                let span = start.parent.as_ref().map_or(start.span, |p| p.span);
                let problem = Declarations::AreaCycle { path };
                Diagnostic::of(problem.into(), self.source, span)
            })
            .collect()
    }
}
