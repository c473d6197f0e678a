//! Targets against the plan period, their unit's range, each other and the direction.

use super::{measure_name, Checks, MeasureName};
use crate::diagnostic::Code;
use crate::model::{fmt_num, Comparator, Direction, Measure, Target, TargetKind};
use crate::source::Span;
use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;

pub(super) fn check(c: &mut Checks<'_>) {
    for m in c.model.measures.values() {
        let name = measure_name(m);
        if m.targets.is_empty() {
            let d = c
                .diag(Code::NoTargets, m.id_span, format!("{name} has no target"))
                .label("nothing to measure against")
                .help("add a target, e.g. `target 2025 >= 90`");
            c.push(d);
        }
        years(c, m, &name);
        ranges(c, m, &name);
        let groups = level_groups(m);
        milestones(c, &groups, &name);
        directions(c, m, &groups, &name);
        baseline(c, m, &name);
        maintains(c, m, &name);
        splits(c, m, &name);
    }
}

/// Reports a year outside the plan period.
pub(super) fn year_in_period(
    c: &mut Checks<'_>,
    year: i32,
    span: Span,
    what: &dyn std::fmt::Display,
) {
    let Some((start, end)) = c.model.plan.period else {
        return;
    };
    if year < start || year > end {
        let d = c
            .diag(
                Code::YearOutsidePeriod,
                span,
                format!("{what}: {year} is outside the plan period {start}..{end}"),
            )
            .label("outside the period")
            .help(format!(
                "use a year from {start} to {end}, or correct the plan's `period`"
            ));
        c.push(d);
    }
}

fn years(c: &mut Checks<'_>, m: &Measure, name: &MeasureName<'_>) {
    for t in &m.targets {
        let what = format_args!("a target of {name}");
        if let (Some(y), Some(s)) = (t.year, t.year_span) {
            year_in_period(c, y, s, &what);
        }
        if let (Some(y), Some(s)) = (t.until, t.until_span) {
            year_in_period(c, y, s, &what);
        }
        if let (Some(from), Some(until), Some(fs), Some(us)) =
            (t.year, t.until, t.year_span, t.until_span)
        {
            if from > until {
                let d = c
                    .diag(Code::BadRange, fs, format!("a target of {name} runs from {from} until {until}, which ends before it starts"))
                    .label("start")
                    .related(us, "end")
                    .help("write the earlier year after `from`");
                c.push(d);
            }
        }
    }
    if let (Some(b), Some((_, end))) = (&m.baseline, c.model.plan.period) {
        if b.year > end {
            year_in_period(c, b.year, b.year_span, &format!("the baseline of {name}"));
        }
    }
}

fn ranges(c: &mut Checks<'_>, m: &Measure, name: &MeasureName<'_>) {
    let unit = m.unit.as_ref().and_then(|u| u.unit.as_ref());
    for t in &m.targets {
        if let Some(max) = t.value_max {
            if t.value > max {
                let d = c
                    .diag(
                        Code::BadRange,
                        t.value_span,
                        format!("a target range of {name} starts after it ends"),
                    )
                    .label("first value is the larger")
                    .help("write the smaller value first: `2 to 3`");
                c.push(d);
            }
        }
        // A rate is a change, not a level: it may be negative whatever the unit.
        if matches!(t.kind, TargetKind::Rate | TargetKind::Change) {
            continue;
        }
        if let Some(u) = unit {
            // A NaN stands for a number already reported as unusable.
            for v in std::iter::once(t.value).chain(t.value_max) {
                if v.is_finite() && !u.admits(v) {
                    out_of_range(c, t.value_span, v, u, &format!("a target of {name}"));
                }
            }
        }
    }
    if let (Some(b), Some(u)) = (&m.baseline, unit) {
        if b.value.is_finite() && !u.admits(b.value) {
            out_of_range(
                c,
                b.value_span,
                b.value,
                u,
                &format!("the baseline of {name}"),
            );
        }
    }
}

fn out_of_range(c: &mut Checks<'_>, span: Span, v: f64, u: &crate::model::Unit, what: &str) {
    let symbol = if u.symbol.is_empty() {
        String::new()
    } else {
        format!(" {}", u.symbol)
    };
    let d = c
        .diag(
            Code::ValueOutOfRange,
            span,
            format!(
                "{what} is {}{symbol}, outside the range of unit `{}` ({})",
                fmt_num(v),
                u.id,
                u.range_text()
            ),
        )
        .label("out of range")
        .help(format!(
            "a value in `{}` lies {}: check the number or the unit",
            u.id,
            u.range_text()
        ));
    c.push(d);
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
    for t in m.targets.iter().filter(|t| t.kind == TargetKind::Level) {
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

fn milestones(c: &mut Checks<'_>, groups: &[Vec<&Target>], name: &MeasureName<'_>) {
    for group in groups {
        let mut first_of_year: HashMap<Option<i32>, &Target> = HashMap::default();
        let mut previous: Option<i32> = None;
        for t in group {
            if let Some(first) = first_of_year.get(&t.year).copied() {
                let when = t
                    .year
                    .map_or("the whole period".to_string(), |y| y.to_string());
                if let Some(d) = conflicting(c, first, t, &when, name) {
                    c.push(d);
                    continue;
                }
                let d = c
                    .diag(
                        Code::MilestoneRepeated,
                        t.year_span.unwrap_or(t.span),
                        format!("{name} has two targets for {when}"),
                    )
                    .label("second target")
                    .related(first.year_span.unwrap_or(first.span), "first target")
                    .help("keep one target per milestone; a later decision that changes a target belongs in an amendment");
                c.push(d);
                continue;
            }
            first_of_year.insert(t.year, t);
            if let (Some(prev), Some(y), Some(span)) = (previous, t.year, t.year_span) {
                if y < prev {
                    let d = c
                        .diag(
                            Code::MilestoneOrder,
                            span,
                            format!("the {y} target of {name} is written after the {prev} target"),
                        )
                        .label("earlier milestone written later")
                        .help("write targets in year order");
                    c.push(d);
                }
            }
            previous = previous.max(t.year);
        }
    }
}

/// Two targets for the same milestone that the document itself gives, in two places each
/// cited by its `ref`, with different values (or comparisons, or only one "phấn đấu"): the
/// document contradicts itself, and both are kept. `None` when they are a plain repetition.
fn conflicting(
    c: &Checks<'_>,
    first: &Target,
    t: &Target,
    when: &str,
    name: &MeasureName<'_>,
) -> Option<crate::diagnostic::Diagnostic> {
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
    let said = |t: &Target| {
        let strive = if t.strive { " strive" } else { "" };
        let cmp = crate::render::model_json::comparison_text(t.op.as_str(), t.value, t.value_max);
        format!("{cmp}{strive}")
    };
    Some(
        c.diag(
            Code::ConflictingTargets,
            t.value_span,
            format!(
                "the document gives two targets for {name} in {when}: {} ({a}) and {} ({b})",
                said(first),
                said(t)
            ),
        )
        .label("second target")
        .related(first.value_span, "first target")
        .help("if the document really says both, keep both: this warning records the contradiction; a later decision that changes a target belongs in an amendment"),
    )
}

fn directions(c: &mut Checks<'_>, m: &Measure, groups: &[Vec<&Target>], name: &MeasureName<'_>) {
    let Some(direction) = m.direction else { return };
    if direction == Direction::Maintain {
        return;
    }
    let levels = |t: &&Target| !matches!(t.kind, TargetKind::Rate | TargetKind::Change);
    for t in m.targets.iter().filter(levels) {
        if let Some(leaning) = t.op.leaning() {
            if leaning != direction {
                let d = c
                    .diag(
                        Code::ComparatorAgainstDirection,
                        t.op_span,
                        format!(
                            "{name} should {}, but this target asks for `{}` ({})",
                            direction.as_str(),
                            t.op.as_str(),
                            t.op.meaning()
                        ),
                    )
                    .label(format!("asks the value to {}", if leaning == Direction::Increase { "rise" } else { "fall" }))
                    .help(match direction {
                        Direction::Decrease => "a decrease is usually `<` (dưới) or `<=` (xuống); check the comparator or the direction",
                        _ => "an increase is usually `>=` (đạt); check the comparator or the direction",
                    });
                c.push(d);
            }
        }
    }
    for group in groups {
        let mut dated: Vec<&&Target> = group.iter().filter(|t| t.year.is_some()).collect();
        dated.sort_by_key(|t| t.year);
        for pair in dated.windows(2) {
            let (early, late) = (pair[0], pair[1]);
            let backwards = match direction {
                Direction::Increase => late.value < early.value,
                _ => late.value > early.value,
            };
            if backwards && early.year != late.year {
                let (ey, ly) = (early.year.unwrap_or(0), late.year.unwrap_or(0));
                let d = c
                    .diag(
                        Code::TargetAgainstDirection,
                        late.value_span,
                        format!(
                            "{name} should {}, but its {ly} target ({}) is {} its {ey} target ({})",
                            direction.as_str(),
                            fmt_num(late.value),
                            if direction == Direction::Increase {
                                "below"
                            } else {
                                "above"
                            },
                            fmt_num(early.value)
                        ),
                    )
                    .label(format!("{ly} target"))
                    .related(early.value_span, format!("{ey} target"))
                    .help("check both values against the document, and the indicator's direction");
                c.push(d);
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

fn baseline(c: &mut Checks<'_>, m: &Measure, name: &MeasureName<'_>) {
    let Some(b) = &m.baseline else { return };
    for t in m
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Level && t.split.is_none())
    {
        if t.year.is_some_and(|y| y <= b.year) || !meets(b.value, t) {
            continue;
        }
        let when = t.year.map_or("whole-period".to_string(), |y| y.to_string());
        let d = c
            .diag(
                Code::BaselineBeyondTarget,
                b.value_span,
                format!(
                    "the baseline of {name} ({} in {}) already meets its {when} target ({} {})",
                    fmt_num(b.value),
                    b.year,
                    t.op.as_str(),
                    fmt_num(t.value)
                ),
            )
            .label("baseline")
            .related(t.value_span, "target")
            .help("a target the plan has already reached may be a typo; check both against the document");
        c.push(d);
    }
}

fn maintains(c: &mut Checks<'_>, m: &Measure, name: &MeasureName<'_>) {
    if !m.targets.iter().any(|t| t.kind == TargetKind::Maintain) {
        return;
    }
    // The first level target of each year and split, which a `maintain` continues.
    let mut levels: HashMap<(Option<i32>, SplitKey<'_>), &Target> = HashMap::default();
    for l in m.targets.iter().filter(|t| t.kind == TargetKind::Level) {
        levels.entry((l.year, split_key(l))).or_insert(l);
    }
    for t in m.targets.iter().filter(|t| t.kind == TargetKind::Maintain) {
        if let Some(l) = levels.get(&(t.year, split_key(t))) {
            let comparable = l.value.is_finite() && t.value.is_finite();
            if comparable && (l.value != t.value || l.op != t.op) {
                let d = c
                    .diag(
                        Code::MaintainMismatch,
                        t.value_span,
                        format!(
                            "{name} maintains {} {} from {}, but its {} target is {} {}",
                            t.op.as_str(),
                            fmt_num(t.value),
                            t.year.unwrap_or(0),
                            l.year.unwrap_or(0),
                            l.op.as_str(),
                            fmt_num(l.value)
                        ),
                    )
                    .label("maintained level")
                    .related(l.value_span, "milestone target")
                    .help("a level kept from a milestone is usually the milestone's own target");
                c.push(d);
            }
        }
    }
}

/// The kind, year and dimension of split targets that together cover one milestone.
type SplitGroup<'m> = (TargetKind, Option<i32>, &'m str);

/// Split targets for one milestone should cover every value of their dimension.
fn splits(c: &mut Checks<'_>, m: &Measure, name: &MeasureName<'_>) {
    // The values each (kind, year, dimension) is split into, in written order, and the
    // first target of it, where a missing value is reported.
    let mut groups: IndexMap<SplitGroup<'_>, (&Target, HashSet<&str>), FxBuildHasher> =
        IndexMap::default();
    for t in &m.targets {
        let Some((dim, value)) = t.split.as_deref() else {
            continue;
        };
        let (_, covered) = groups
            .entry((t.kind, t.year, dim.name.as_str()))
            .or_insert_with(|| (t, HashSet::default()));
        covered.insert(value.name.as_str());
    }
    for (t, covered) in groups.into_values() {
        let Some((dim, _)) = t.split.as_deref() else {
            continue;
        };
        let Some(dimension) = c.model.dimensions.get(&dim.name) else {
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
            .map(|v| format!("`{v}`"))
            .collect();
        if !missing.is_empty() {
            let when = t
                .year
                .map_or("the whole period".to_string(), |y| y.to_string());
            let d = c
                .diag(
                    Code::SplitIncomplete,
                    dim.span,
                    format!(
                        "{name} splits its {when} target by `{}` but gives none for {}",
                        dim.name,
                        missing.join(", ")
                    ),
                )
                .label("split target")
                .help("give a target for every value, or a target without `where` for the rest");
            c.push(d);
        }
    }
}
