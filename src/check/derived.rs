//! Measures computed from others: no measure may be computed, through others, from itself,
//! a total adds up parts in its own unit (or a multiple of the same unit), and its parts'
//! targets, added up, meet its own.

use super::{measure_ref, Checks};
use crate::diagnostic::{Derivations, Problem};
use crate::model::{Comparator, Counted, Id, Measure, Target};
use crate::source::Span;

pub(super) fn check(c: &mut Checks<'_>) {
    cycles(c);
    units(c);
    repeated_parts(c);
    tolerances(c);
    targets(c);
}

/// A part named twice in one `total of`, reported at its second naming.
fn repeated_parts(c: &mut Checks<'_>) {
    for m in c.model.measures.values() {
        let Some(total) = &m.total else { continue };
        for (i, part) in total.parts.iter().enumerate() {
            let first = total.parts[..i].iter().find(|p| p.name == part.name);
            if let Some(first) = first {
                let problem = Derivations::PartRepeated {
                    measure: measure_ref(m),
                    part: part.name.clone(),
                    first: first.span,
                };
                c.report(Problem::Derivations(problem), part.span);
            }
        }
    }
}

/// A tolerance below zero, of a total or of an "about" target.
fn tolerances(c: &mut Checks<'_>) {
    for m in c.model.measures.values() {
        let total = m.total.iter().filter_map(|t| Some((t.tolerance?, t.span)));
        let targets = m
            .targets
            .iter()
            .filter_map(|t| Some((t.tolerance?, t.value_span)));
        for (tolerance, span) in total.chain(targets) {
            if tolerance.amount < 0.0 {
                let problem = Derivations::NegativeTolerance {
                    amount: tolerance.amount,
                };
                c.report(Problem::Derivations(problem), span);
            }
        }
    }
}

/// The measures `m` is computed from, each with where it is named.
fn edges(m: &Measure) -> Vec<(Id<Measure>, Span)> {
    let parts = m
        .total
        .iter()
        .flat_map(|t| t.parts.iter().filter_map(|p| Some((p.id?, p.span))));
    let operands = m.formula.iter().flat_map(|f| {
        [&f.numerator, &f.denominator]
            .into_iter()
            .filter_map(|o| Some((o.id.and_then(Counted::measure)?, o.span)))
    });
    parts.chain(operands).collect()
}

/// Each cycle of measures computed from each other, found once by a depth-first walk and
/// reported at the name that leads from its first measure (in written order) to the next.
fn cycles(c: &mut Checks<'_>) {
    let model = c.model;
    if !model.measures.values().any(Measure::is_derived) {
        return;
    }
    let edges: Vec<Vec<(Id<Measure>, Span)>> = model.measures.values().map(edges).collect();
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Not,
        OnPath,
        Done,
    }
    let mut seen = vec![Seen::Not; edges.len()];
    let mut found: Vec<Vec<usize>> = Vec::new();
    for start in 0..edges.len() {
        if seen[start] != Seen::Not || edges[start].is_empty() {
            continue;
        }
        // The path walked, each measure with the next of its edges to follow.
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        seen[start] = Seen::OnPath;
        while let Some(&mut (at, ref mut next)) = path.last_mut() {
            let Some(&(to, _)) = edges[at].get(*next) else {
                seen[at] = Seen::Done;
                path.pop();
                continue;
            };
            *next += 1;
            let to = to.index();
            match seen[to] {
                Seen::Not => {
                    seen[to] = Seen::OnPath;
                    path.push((to, 0));
                }
                Seen::OnPath => {
                    let from = path.iter().position(|(m, _)| *m == to).unwrap_or(0);
                    let mut cycle: Vec<usize> = path[from..].iter().map(|(m, _)| *m).collect();
                    // From its first measure in written order, so that it reads the same
                    // wherever the walk entered it.
                    let first = (0..cycle.len()).min_by_key(|&i| cycle[i]).unwrap_or(0);
                    cycle.rotate_left(first);
                    found.push(cycle);
                }
                Seen::Done => {}
            }
        }
    }
    for cycle in found {
        let next = cycle.get(1).copied().unwrap_or(cycle[0]);
        let Some(&(_, span)) = edges[cycle[0]].iter().find(|(to, _)| to.index() == next) else {
            continue;
        };
        let mut path: Vec<String> = cycle
            .iter()
            .filter_map(|&i| model.measures.get_index(i).map(|(id, _)| id.clone()))
            .collect();
        path.extend(path.first().cloned());
        c.report(Problem::Derivations(Derivations::Cycle { path }), span);
    }
}

/// A total's parts in units that are not its own, nor a multiple of the same unit: their
/// values would not add up (and no total is derived from them).
fn units(c: &mut Checks<'_>) {
    let model = c.model;
    let unit = |m: &Measure| {
        let unit = m.unit.as_ref()?.unit.as_deref()?;
        Some((unit.id.clone(), model.unit_root(unit)?.0))
    };
    for m in model.measures.values() {
        let Some(total) = &m.total else { continue };
        let Some((own, own_root)) = unit(m) else {
            continue;
        };
        for part in &total.parts {
            let Some((part_unit, root)) = part.id.and_then(|p| model.at(p)).and_then(unit) else {
                continue;
            };
            if root != own_root {
                let problem = Derivations::UnitMismatch {
                    measure: measure_ref(m),
                    unit: own.clone(),
                    part: part.name.clone(),
                    part_unit,
                };
                c.report(Problem::Derivations(problem), part.span);
            }
        }
    }
}

/// Which way a one-sided target bounds its value, and whether strictly: `>=` from below,
/// `>` strictly from below; `=` (one value) both ways. `None` for `~` and ranges, which a
/// sum does not settle.
fn bound(t: &Target) -> Option<(Option<bool>, bool)> {
    if t.value_max.is_some() {
        return None;
    }
    match t.op {
        Comparator::AtLeast => Some((Some(true), false)),
        Comparator::Above => Some((Some(true), true)),
        Comparator::AtMost => Some((Some(false), false)),
        Comparator::Below => Some((Some(false), true)),
        Comparator::Equal => Some((None, false)),
        Comparator::About => None,
    }
}

/// A total's one-sided level target for a milestone that the targets its parts set for the
/// same milestone, added up in the total's unit, do not meet. Only where every part has a
/// target for it bounding the same way (each part's first, without a split): the parts' own
/// targets then settle the least (or most) their sum comes to.
fn targets(c: &mut Checks<'_>) {
    let model = c.model;
    for m in model.measures.values() {
        let Some(total) = &m.total else { continue };
        // Parts in other units, or named twice, are reported already: they add up to nothing.
        let Some(factors) = model.total_factors(m) else {
            continue;
        };
        let names: std::collections::BTreeSet<&str> =
            total.parts.iter().map(|p| p.name.as_str()).collect();
        if names.len() < total.parts.len() {
            continue;
        }
        let Some(parts) = total
            .parts
            .iter()
            .map(|p| model.at(p.id?))
            .collect::<Option<Vec<&Measure>>>()
        else {
            continue;
        };
        for t in m
            .targets
            .iter()
            .filter(|t| t.is_level() && t.split.is_none())
        {
            let (Some(at), Some((Some(upward), _))) = (t.milestone(), bound(t)) else {
                continue;
            };
            let same = |p: &&Target| {
                p.is_level()
                    && p.split.is_none()
                    && p.milestone().is_some_and(|pm| {
                        pm.period == at.period && pm.to_date.is_some() == at.to_date.is_some()
                    })
            };
            let mut sum = 0.0;
            let mut strict = false;
            let settled = parts.iter().zip(&factors).all(|(part, factor)| {
                let Some((way, tight)) = part.targets.iter().find(same).and_then(|p| {
                    let (way, tight) = bound(p)?;
                    sum += p.value * factor;
                    Some((way, tight))
                }) else {
                    return false;
                };
                strict |= tight;
                way.is_none_or(|w| w == upward)
            });
            if !settled {
                continue;
            }
            // Decimal figures added in binary: 48.3 + 346.6 is 394.90000000000003.
            let sum = (sum * 1e6).round() / 1e6;
            let noise = 1e-9 * sum.abs().max(t.value.abs());
            let met = match t.op {
                Comparator::AtLeast => sum >= t.value - noise,
                Comparator::Above => sum > t.value + noise || strict && sum >= t.value - noise,
                Comparator::AtMost => sum <= t.value + noise,
                Comparator::Below => sum < t.value - noise || strict && sum <= t.value + noise,
                Comparator::Equal | Comparator::About => true,
            };
            if met {
                continue;
            }
            let problem = Derivations::TargetUnmet {
                measure: measure_ref(m),
                year: at.period,
                op: t.op,
                value: t.value,
                sum,
                strict,
                parts: total.parts.iter().map(|p| p.name.clone()).collect(),
            };
            c.report(Problem::Derivations(problem), t.value_span);
        }
    }
}
