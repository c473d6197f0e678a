//! Targets against the plan period, their unit's range, each other and the direction.

use super::{measure_ref, Checks};
use crate::date::Period;
use crate::diagnostic::{MeasureRef, Said, Targets, UnitRange, ValueOf};
use crate::model::{Comparator, Direction, KindName, Measure, Target, TargetKind};
use crate::source::Span;
use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;

fn report(c: &mut Checks<'_>, problem: Targets, span: Span) {
    c.report(problem.into(), span);
}

pub(super) fn check(c: &mut Checks<'_>) {
    horizon(c);
    for m in c.model.measures.values() {
        let name = measure_ref(m);
        if m.targets.is_empty() {
            let measure = name.clone();
            report(c, Targets::NoTargets { measure }, m.id_span);
        }
        years(c, m, &name);
        ranges(c, m, &name);
        let groups = level_groups(m);
        cumulative(c, m, &name);
        milestones(c, &groups, &name);
        directions(c, m, &groups, &name);
        baseline(c, m, &name);
        maintains(c, m, &name);
        splits(c, m, &name);
    }
}

/// Reports a year outside the plan period.
pub(super) fn year_in_period(c: &mut Checks<'_>, year: i32, span: Span, of: impl Fn() -> ValueOf) {
    let Some((start, end)) = c.model.plan.period else {
        return;
    };
    if year < start || year > end {
        let problem = Targets::YearOutsidePeriod {
            of: of(),
            year,
            start,
            end,
        };
        report(c, problem, span);
    }
}

/// A horizon after the plan period, or none.
fn horizon(c: &mut Checks<'_>) {
    let plan = &c.model.plan;
    if let (Some(horizon), Some((start, end))) = (plan.horizon, plan.period) {
        if horizon.value <= end {
            let problem = Targets::HorizonWithinPeriod {
                horizon: horizon.value,
                start,
                end,
            };
            report(c, problem, horizon.span);
        }
    }
}

/// Reports a target's year outside the plan period, unless it lies in the plan's vision
/// (after the period, up to its `horizon`); one after the horizon is reported as such.
fn target_year(c: &mut Checks<'_>, year: i32, span: Span, of: impl Fn() -> ValueOf) {
    let after_period = c.model.plan.period.is_some_and(|(_, end)| year > end);
    match c.model.plan.vision() {
        Some((_, horizon)) if after_period && year <= horizon => {}
        Some((_, horizon)) if after_period => {
            let problem = Targets::YearBeyondHorizon {
                of: of(),
                year,
                horizon,
            };
            report(c, problem, span);
        }
        _ => year_in_period(c, year, span, of),
    }
}

fn years(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    for t in &m.targets {
        let what = || ValueOf::TargetOf(name.clone());
        let (from, until) = t.kind.years();
        for year in [from, until].into_iter().flatten() {
            target_year(c, year.value, year.span, what);
        }
        if let (Some(from), Some(until)) = (from, until) {
            if from.value > until.value {
                let problem = Targets::YearsBackwards {
                    measure: name.clone(),
                    from: from.value,
                    until: until.value,
                    until_span: until.span,
                };
                report(c, problem, from.span);
            }
        }
    }
    if let (Some(b), Some((_, end))) = (&m.baseline, c.model.plan.period) {
        if b.year > end {
            year_in_period(c, b.year, b.year_span, || ValueOf::BaselineOf(name.clone()));
        }
    }
}

fn ranges(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    let unit = m.unit.as_ref().and_then(|u| u.unit.as_ref());
    for t in &m.targets {
        if let Some(max) = t.value_max {
            if t.value > max {
                let measure = name.clone();
                report(c, Targets::ValuesBackwards { measure }, t.value_span);
            }
        }
        // A rate is a change, not a level: it may be negative whatever the unit.
        if matches!(t.kind, TargetKind::Rate { .. } | TargetKind::Change { .. }) {
            continue;
        }
        if let Some(u) = unit {
            // A NaN stands for a number already reported as unusable.
            for v in std::iter::once(t.value).chain(t.value_max) {
                if v.is_finite() && !u.admits(v) {
                    out_of_range(c, t.value_span, v, u, ValueOf::TargetOf(name.clone()));
                }
            }
        }
    }
    if let (Some(b), Some(u)) = (&m.baseline, unit) {
        if let Some(v) = b.value.filter(|v| v.is_finite() && !u.admits(*v)) {
            out_of_range(c, b.value_span, v, u, ValueOf::BaselineOf(name.clone()));
        }
    }
}

fn out_of_range(c: &mut Checks<'_>, span: Span, value: f64, u: &crate::model::Unit, of: ValueOf) {
    let unit = UnitRange::of(u);
    report(c, Targets::ValueOutOfRange { of, value, unit }, span);
}

/// The dimension and value of a split target, by name (`None` without `where`).
type SplitKey<'m> = Option<(&'m str, &'m str)>;

fn split_key(t: &Target) -> SplitKey<'_> {
    t.split
        .as_deref()
        .map(|(d, v)| (d.name.as_str(), v.name.as_str()))
}

/// Level targets, grouped by their split (`where`), in written order.
fn level_groups(m: &Measure) -> Vec<Vec<&Target>> {
    let mut groups: Vec<Vec<&Target>> = Vec::new();
    // Where each split's group is: a measure may split its targets a hundred thousand ways.
    let mut group_of: HashMap<SplitKey<'_>, usize> = HashMap::default();
    // A milestone that is no period (`2026-Q5`, reported) is compared with none.
    let readable = |t: &&Target| t.milestone().is_none_or(|at| at.readable);
    for t in m.targets.iter().filter(|t| t.is_level()).filter(readable) {
        match group_of.entry(split_key(t)) {
            Entry::Occupied(g) => groups[*g.get()].push(t),
            Entry::Vacant(v) => {
                v.insert(groups.len());
                groups.push(vec![t]);
            }
        }
    }
    groups
}

/// What tells two milestones apart: the period, and whether a flow's total to date is
/// meant (`2026-Q3 cumulative`) rather than the period's own; `None` for the whole period.
type MilestoneKey = Option<(Period, bool)>;

fn milestone_key(t: &Target) -> MilestoneKey {
    t.milestone().map(|m| (m.period, m.to_date.is_some()))
}

/// Periods in time order: by their end, a year before the quarter and month that end with it.
fn by_time(a: Period, b: Period) -> std::cmp::Ordering {
    a.end().cmp(&b.end()).then(b.months().cmp(&a.months()))
}

fn milestones(c: &mut Checks<'_>, groups: &[Vec<&Target>], name: &MeasureRef) {
    for group in groups {
        let mut first_of: HashMap<MilestoneKey, &Target> = HashMap::default();
        let mut previous: Option<Period> = None;
        for t in group {
            let at = t.milestone();
            if let Some(first) = first_of.get(&milestone_key(t)).copied() {
                if let Some(problem) = conflicting(first, t, name) {
                    report(c, problem, t.value_span);
                    continue;
                }
                let problem = Targets::MilestoneRepeated {
                    measure: name.clone(),
                    year: t.milestone_period(),
                    first: first.milestone().map_or(first.span, |m| m.span),
                };
                report(c, problem, at.map_or(t.span, |m| m.span));
                continue;
            }
            first_of.insert(milestone_key(t), t);
            let Some(at) = at else { continue };
            match previous {
                Some(prev) if by_time(at.period, prev).is_lt() => {
                    let problem = Targets::MilestoneOrder {
                        measure: name.clone(),
                        year: at.period,
                        previous: prev,
                    };
                    report(c, problem, at.span);
                }
                _ => previous = Some(at.period),
            }
        }
    }
}

/// `cumulative` after a milestone asks for a flow's total to date: on a level it means
/// nothing, and after a whole year it says what the year's total is already.
fn cumulative(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    for t in &m.targets {
        let Some(at) = t.milestone() else { continue };
        let Some(span) = at.to_date else { continue };
        if m.flow.is_none() {
            let problem = Targets::CumulativeNotFlow {
                measure: name.clone(),
            };
            report(c, problem, span);
        }
    }
}

/// Two targets for the same milestone that the document itself gives, in two places each
/// cited by its `ref`, with different values (or comparisons, or only one "phấn đấu"): the
/// document contradicts itself, and both are kept. `None` when they are a plain repetition.
fn conflicting(first: &Target, t: &Target, name: &MeasureRef) -> Option<Targets> {
    let (Some(a), Some(b)) = (&first.reference, &t.reference) else {
        return None;
    };
    let differ = first.op != t.op
        || first.value.to_bits() != t.value.to_bits()
        || first.value_max.map(f64::to_bits) != t.value_max.map(f64::to_bits)
        || first.strive != t.strive;
    if a == b || !differ {
        return None;
    }
    let said = |t: &Target, reference: &String| Said {
        op: t.op,
        value: t.value,
        max: t.value_max,
        strive: t.strive,
        reference: reference.clone(),
    };
    Some(Targets::ConflictingTargets {
        measure: name.clone(),
        year: t.milestone_period(),
        first: said(first, a),
        second: said(t, b),
        first_span: first.value_span,
    })
}

fn directions(c: &mut Checks<'_>, m: &Measure, groups: &[Vec<&Target>], name: &MeasureRef) {
    let Some(direction) = m.direction else { return };
    if direction == Direction::Maintain {
        return;
    }
    let levels =
        |t: &&Target| !matches!(t.kind, TargetKind::Rate { .. } | TargetKind::Change { .. });
    for t in m.targets.iter().filter(levels) {
        if let Some(leaning) = t.op.leaning() {
            if leaning != direction {
                let problem = Targets::ComparatorAgainstDirection {
                    measure: name.clone(),
                    direction,
                    op: t.op,
                };
                report(c, problem, t.op_span);
            }
        }
    }
    // A flow's quarter and its year are different quantities: only milestones of the same
    // kind of period (and both totals to date, or neither) are compared.
    let class = |t: &Target| match (m.flow, t.milestone()) {
        (Some(_), Some(at)) => (at.period.months(), at.to_date.is_some()),
        _ => (0, false),
    };
    for group in groups {
        let mut dated: Vec<(&Target, Period)> = group
            .iter()
            .filter_map(|t| Some((*t, t.milestone_period()?)))
            .collect();
        dated.sort_by(|(a, pa), (b, pb)| class(a).cmp(&class(b)).then(by_time(*pa, *pb)));
        for pair in dated.windows(2) {
            let ((early, early_at), (late, late_at)) = (pair[0], pair[1]);
            let backwards = match direction {
                Direction::Increase => late.value < early.value,
                _ => late.value > early.value,
            };
            if backwards && early_at != late_at && class(early) == class(late) {
                let problem = Targets::TargetAgainstDirection {
                    measure: name.clone(),
                    direction,
                    early_year: early_at,
                    early_value: early.value,
                    late_year: late_at,
                    late_value: late.value,
                    early_span: early.value_span,
                };
                report(c, problem, late.value_span);
            }
        }
    }
}

/// Whether `value` satisfies `op target` (ranges: within them). `~` and `=` ask for equality,
/// which a baseline rarely meets by chance, so they are not judged here.
fn meets(value: f64, t: &Target) -> bool {
    match t.op {
        Comparator::AtLeast => value >= t.value,
        Comparator::AtMost => value <= t.value,
        Comparator::Below => value < t.value,
        Comparator::Above => value > t.value,
        Comparator::Equal | Comparator::About => false,
    }
}

fn baseline(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    // A baseline that names its year only (`baseline 2024`) has no value to compare.
    let Some((b, value)) = m.baseline.as_ref().and_then(|b| Some((b, b.value?))) else {
        return;
    };
    for t in m
        .targets
        .iter()
        .filter(|t| t.is_level() && t.split.is_none())
    {
        let at = t.milestone_period();
        // A flow's baseline is a year's total, no measure of a quarter's or a month's.
        let part_of_flow = m.flow.is_some() && at.is_some_and(|p| p.months() < 12);
        if part_of_flow || at.is_some_and(|p| p.year() <= b.year) || !meets(value, t) {
            continue;
        }
        let problem = Targets::BaselineBeyondTarget {
            measure: name.clone(),
            baseline: value,
            baseline_year: b.year,
            year: at,
            op: t.op,
            target: t.value,
            target_span: t.value_span,
        };
        report(c, problem, b.value_span);
    }
}

fn maintains(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    let maintains = || {
        m.targets.iter().filter_map(|t| match t.kind {
            TargetKind::Maintain { from, .. } => Some((t, from.value)),
            _ => None,
        })
    };
    if maintains().next().is_none() {
        return;
    }
    // The first level target of each year and split, which a `maintain` continues.
    let mut levels: HashMap<(Option<Period>, SplitKey<'_>), &Target> = HashMap::default();
    for l in m.targets.iter().filter(|t| t.is_level()) {
        levels
            .entry((l.milestone_period(), split_key(l)))
            .or_insert(l);
    }
    for (t, from) in maintains() {
        if let Some(l) = levels.get(&(Some(Period::Year(from)), split_key(t))) {
            let comparable = l.value.is_finite() && t.value.is_finite();
            if comparable && (l.value != t.value || l.op != t.op) {
                let problem = Targets::MaintainMismatch {
                    measure: name.clone(),
                    op: t.op,
                    value: t.value,
                    from,
                    level_year: from,
                    level_op: l.op,
                    level_value: l.value,
                    level_span: l.value_span,
                };
                report(c, problem, t.value_span);
            }
        }
    }
}

/// The kind, years and dimension of split targets that together cover one milestone.
type SplitGroup<'m> = (KindName, (Option<i32>, MilestoneKey), &'m str);

/// Split targets for one milestone should cover every value of their dimension.
fn splits(c: &mut Checks<'_>, m: &Measure, name: &MeasureRef) {
    // The values each (kind, year, dimension) is split into, in written order, and the
    // first target of it, where a missing value is reported.
    let mut groups: IndexMap<SplitGroup<'_>, (&Target, HashSet<&str>), FxBuildHasher> =
        IndexMap::default();
    for t in &m.targets {
        let Some((dim, value)) = t.split.as_deref() else {
            continue;
        };
        let (_, covered) = groups
            .entry((
                t.kind.name(),
                (t.kind.first_year(), milestone_key(t)),
                dim.name.as_str(),
            ))
            .or_insert_with(|| (t, HashSet::default()));
        covered.insert(value.name.as_str());
    }
    for (t, covered) in groups.into_values() {
        let Some((dim, _)) = t.split.as_deref() else {
            continue;
        };
        let Some(dimension) = dim.id.and_then(|d| c.model.at(d)) else {
            continue;
        };
        // An unknown value is reported already, most likely a typo of a missing one.
        if covered.iter().any(|v| !dimension.values.contains_key(*v)) {
            continue;
        }
        let missing: Vec<String> = dimension
            .values
            .keys()
            .filter(|v| !covered.contains(v.as_str()))
            .cloned()
            .collect();
        if !missing.is_empty() {
            let problem = Targets::SplitIncomplete {
                measure: name.clone(),
                year: t
                    .milestone_period()
                    .or(t.kind.first_year().map(Period::Year)),
                dimension: dim.name.clone(),
                missing,
            };
            report(c, problem, dim.span);
        }
    }
}
