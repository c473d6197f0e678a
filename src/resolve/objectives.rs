//! Objectives nested in each other round a circle, and the search for circles of entries
//! that each have one parent (objectives, areas).

use super::Resolver;
use crate::diagnostic::{Declarations, Diagnostic};

impl Resolver<'_> {
    /// Objectives nested in themselves through their parents (`a in b`, `b in a`), each
    /// circle reported once, from its objective whose id sorts first, at its `in`: the same
    /// problem whatever the order they are written in.
    pub(super) fn objective_cycles(&self) -> Vec<Diagnostic> {
        let objectives = &self.model.objectives;
        let parent_of = |i: usize| objectives[i].parent.as_ref()?.id.map(|id| id.index());
        cycles(objectives.len(), parent_of, |i| &objectives[i].id)
            .into_iter()
            .map(|cycle| {
                let start = &objectives[cycle[0]];
                let mut path: Vec<String> =
                    cycle.iter().map(|&i| objectives[i].id.clone()).collect();
                path.push(start.id.clone());
                let span = start.parent.as_ref().map_or(start.span, |p| p.span);
                let problem = Declarations::ObjectiveCycle { path };
                Diagnostic::of(problem.into(), self.source, span)
            })
            .collect()
    }
}

/// The circles among `n` entries each with at most one parent (`parent_of`): each as the
/// entries' indices from the one whose id (`id_of`) sorts first, following the parents. Each
/// entry is walked once.
pub(super) fn cycles<'a>(
    n: usize,
    parent_of: impl Fn(usize) -> Option<usize>,
    id_of: impl Fn(usize) -> &'a String,
) -> Vec<Vec<usize>> {
    // Not seen yet, on the walk under way, or done (on no circle not yet found).
    #[derive(Copy, Clone, PartialEq)]
    enum Seen {
        No,
        OnWalk,
        Done,
    }
    let mut seen = vec![Seen::No; n];
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut walk: Vec<usize> = Vec::new();
    for start in 0..n {
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
                .min_by_key(|&k| id_of(cycle[k]))
                .unwrap_or(0);
            cycle.rotate_left(first);
            out.push(cycle);
        }
        for &i in &walk {
            seen[i] = Seen::Done;
        }
    }
    out
}
