//! Areas that contain each other.

use super::Resolver;
use crate::diagnostic::{Declarations, Diagnostic};

impl Resolver<'_> {
    /// Areas that contain themselves through their parents, each cycle reported once, from
    /// its area whose id sorts first (whatever the order they are written in). Each area is walked once
    /// (a hundred thousand areas nested one in the next are one walk, not one per area).
    pub(super) fn area_cycles(&self) -> Vec<Diagnostic> {
        let areas = &self.model.areas;
        let parent_of = |i: usize| areas[i].parent.as_ref()?.id.map(|id| id.index());
        // Not seen yet, on the walk under way, or done (on no cycle not yet found).
        #[derive(Copy, Clone, PartialEq)]
        enum Seen {
            No,
            OnWalk,
            Done,
        }
        let mut seen = vec![Seen::No; areas.len()];
        // Each cycle as its areas' indices, from the one whose id sorts first.
        let mut cycles: Vec<Vec<usize>> = Vec::new();
        let mut walk: Vec<usize> = Vec::new();
        for start in 0..areas.len() {
            walk.clear();
            let mut at = Some(start);
            while let Some(i) = at.filter(|&i| seen[i] == Seen::No) {
                seen[i] = Seen::OnWalk;
                walk.push(i);
                at = parent_of(i);
            }
            if let Some(i) = at.filter(|&i| seen[i] == Seen::OnWalk) {
                let from = walk.iter().position(|&w| w == i).unwrap_or(0);
                let mut cycle = walk[from..].to_vec();
                let first = (0..cycle.len())
                    .min_by_key(|&k| &areas[cycle[k]].id)
                    .unwrap_or(0);
                cycle.rotate_left(first);
                cycles.push(cycle);
            }
            for &i in &walk {
                seen[i] = Seen::Done;
            }
        }
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
