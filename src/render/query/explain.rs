//! `:explain ID`: how each status of an indicator was reached, step by step, with the
//! formula and the numbers (docs/data-and-evaluation.md, "How a target is judged"). The status shown at the end
//! is the evaluation's own; the steps recompute its numbers with the same functions. The
//! steps are words for people, so they are made here, in the presentation layer; the
//! explanation is built once and written as text, JSON or CSV.

use crate::date::Date;
use crate::eval::method::{
    band, cagr, meets, met_in, method_for, nonzero, pace, reached_early, sign, straight_path,
    within, Gap, Method, Pace, Status, NEEDS_ACCELERATION, ON_TRACK, ZERO_REPLACEMENT,
};
use crate::eval::note::Note;
use crate::eval::period::Period;
use crate::i18n::Lang;
use crate::model::{Comparator, Direction, Measure, RateUnit, Target, TargetKind};
use crate::numbers::exact;
use crate::numbers::rounded;
use crate::query::schema::Cell;
use crate::query::{Context, Table};
use crate::render::chart::{self, Chart};
use crate::target_text::{self, Form};
use serde_json::{json, Value};
use std::fmt::Write;

/// The explanation of every target of some measures.
#[derive(Clone, Debug)]
pub struct Explanation {
    /// The date the evaluation was made as of: values of periods ended by then are counted.
    pub as_of: Date,
    /// The area evaluated.
    pub area: String,
    /// The measures asked about, in the order given, each with its targets' steps.
    pub measures: Vec<Explained>,
}

/// One measure and the steps to the status of each of its targets.
#[derive(Clone, Debug)]
pub struct Explained {
    pub id: String,
    pub title: String,
    /// As the judge takes it (`maintain` when the plan gives none).
    pub direction: Direction,
    pub targets: Vec<ExplainedTarget>,
    /// Its values against the path to its targets, drawn after the steps.
    pub chart: Option<Chart>,
}

#[derive(Clone, Debug)]
pub struct ExplainedTarget {
    pub target: Target,
    /// The evaluation's status (`None`: not evaluated).
    pub status: Option<Status>,
    /// Each step in words, the status last.
    pub steps: Vec<String>,
}

/// The explanation of every target of the given measures (by index).
/// Its notes are in `lang`.
pub fn explain(ctx: Context<'_>, measures: &[usize], lang: Lang) -> Explanation {
    let measures = measures
        .iter()
        .filter_map(|&i| {
            let (_, m) = ctx.model.measures.get_index(i)?;
            let targets = m
                .targets
                .iter()
                .enumerate()
                .map(|(t_index, t)| {
                    let status = ctx.facts.result(i, t_index).map(|r| r.status);
                    let mut steps = steps(ctx, (i, m), (t_index, t), lang);
                    steps.push(format!("status: {}", status_text(status)));
                    ExplainedTarget {
                        target: t.clone(),
                        status,
                        steps,
                    }
                })
                .collect();
            Some(Explained {
                id: m.id.clone(),
                title: m.title.clone(),
                direction: m.direction.unwrap_or(Direction::Maintain),
                targets,
                chart: Chart::of_measure(ctx, i),
            })
        })
        .collect();
    Explanation {
        as_of: ctx.facts.as_of,
        area: ctx
            .facts
            .evaluation
            .as_ref()
            .map_or(String::new(), |e| e.area.clone()),
        measures,
    }
}

fn status_text(status: Option<Status>) -> &'static str {
    status.map_or("not evaluated", |s| s.as_str())
}

impl Explanation {
    /// Each measure, then each target and its numbered steps.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for m in &self.measures {
            let _ = writeln!(text, "{}  {}", m.id, m.title);
            let _ = writeln!(
                text,
                "  direction {}; as of {}, area {}",
                m.direction.as_str(),
                self.as_of,
                self.area
            );
            if m.targets.is_empty() {
                let _ = writeln!(text, "  no targets, so nothing is judged");
            }
            for t in &m.targets {
                let target = target_text::write(&t.target, Form::Query);
                let _ = writeln!(text, "\n  target {target}");
                for (n, step) in t.steps.iter().enumerate() {
                    let _ = writeln!(text, "    {}. {step}", n + 1);
                }
            }
            if let Some(chart) = &m.chart {
                text.push('\n');
                // The query language's answers are English words throughout, so is their chart.
                text.push_str(&chart::text::text(chart, crate::i18n::Lang::En));
            }
            text.push('\n');
        }
        text
    }

    /// One object per target: its measure, text, status and steps.
    pub fn json(&self) -> Value {
        Value::Array(
            self.measures
                .iter()
                .flat_map(|m| {
                    m.targets.iter().map(move |t| {
                        json!({
                            "id": m.id,
                            "target": target_text::write(&t.target, Form::Query),
                            "status": status_text(t.status),
                            "steps": t.steps,
                        })
                    })
                })
                .collect(),
        )
    }

    /// One row per step.
    pub fn rows(&self) -> Table {
        let mut rows = Vec::new();
        for m in &self.measures {
            for t in &m.targets {
                let target = target_text::write(&t.target, Form::Query);
                for (n, step) in t.steps.iter().enumerate() {
                    rows.push(vec![
                        Cell::Text(m.id.clone()),
                        Cell::Text(target.clone()),
                        Cell::Num((n + 1) as f64),
                        Cell::Text(step.clone()),
                    ]);
                }
            }
        }
        Table {
            columns: ["id", "target", "step", "text"].map(String::from).to_vec(),
            rows,
        }
    }
}

/// ">= 65", "between 2 and 3", "~ 10 (9.5 to 10.5)".
fn wanted(t: &Target) -> String {
    if t.op == Comparator::About {
        let (low, high) = band(t);
        let value = match t.value_max {
            Some(max) => format!("{} to {}", exact(t.value), exact(max)),
            None => exact(t.value),
        };
        return format!("~ {value} ({} to {})", exact(low), exact(high));
    }
    match t.value_max {
        Some(max) => format!("between {} and {}", exact(t.value), exact(max)),
        None => format!("{} {}", t.op.as_str(), exact(t.value)),
    }
}

/// Four significant digits however small: growth rates are often a few hundredths.
fn precise(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return exact(v);
    }
    let decimals = (3 - v.abs().log10().floor() as i32).clamp(0, 10);
    let scale = 10f64.powi(decimals);
    exact((v * scale).round() / scale)
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn steps(
    ctx: Context<'_>,
    (i, m): (usize, &Measure),
    (t_index, t): (usize, &Target),
    lang: Lang,
) -> Vec<String> {
    let as_of = ctx.facts.as_of;
    let direction = m.direction.unwrap_or(Direction::Maintain);
    let points: Vec<(Period, f64)> = ctx
        .facts
        .target_values_as_of(i, t_index)
        .filter(|v| v.value.is_finite())
        .map(|v| (v.period, v.value))
        .collect();
    let mut s = Vec::new();
    match m.scope.as_deref() {
        Some(crate::model::Scope::Areas(areas)) => {
            let names: Vec<&str> = areas.iter().map(|a| a.name.as_str()).collect();
            s.push(format!(
                "scope {}: the values of these areas only (their total when the area evaluated holds them all)",
                names.join(", ")
            ));
        }
        Some(crate::model::Scope::Value(d, v)) => s.push(format!(
            "scope where {} = {}: the values of that group only",
            d.name, v.name
        )),
        None => {}
    }
    // A split target is judged on its disaggregation's values only.
    let which = match t.split.as_deref() {
        Some((dimension, value)) => format!(" where {} = {}", dimension.name, value.name),
        None => String::new(),
    };
    s.push(if points.is_empty() {
        format!("values counted{which} (periods ended by {as_of}): none")
    } else {
        let list: Vec<String> = points
            .iter()
            .map(|(p, v)| format!("{p}: {}", rounded(*v)))
            .collect();
        format!(
            "values counted{which} (periods ended by {as_of}): {}",
            list.join(", ")
        )
    });
    if let Some(step) = derived_step(ctx, i, m, t_index) {
        s.push(step);
    }
    let plan_period = ctx.model.plan.period.unwrap_or((as_of.year, as_of.year));
    // A target of the plan's vision waits for its year, as the judge does: no trend yet.
    let vision_waits = (ctx.model.plan.period.zip(t.kind.first_year()))
        .filter(|((_, end), first)| first > end)
        .and_then(|(_, first)| crate::date::Date::new(first, 1, 1))
        .is_some_and(|comes| as_of < comes);
    if vision_waits {
        if let Some(note) = ctx.facts.result(i, t_index).and_then(|r| r.note.as_ref()) {
            s.push(note_step(note, lang));
        }
        return s;
    }
    let from = t.kind.first_year().unwrap_or(plan_period.0);
    let until = t.kind.last_year().unwrap_or(plan_period.1);
    let result = ctx.facts.result(i, t_index);
    match t.kind {
        TargetKind::Level { at: Some(at) } if m.flow.is_some() => {
            flow_steps(at, m, result, &mut s)
        }
        TargetKind::Level { at: Some(at) } => level(as_of, m, t, at.period, &points, &mut s),
        TargetKind::Level { at: None } => {
            held(t, plan_period, direction, &points, as_of, &mut s)
        }
        TargetKind::Maintain { .. } => held(t, (from, until), direction, &points, as_of, &mut s),
        TargetKind::Change { .. } => s.push(format!(
            "a change over {from}..{until} of {} {}: judged as the level it comes to from the value at the start (the baseline, else the last value before the period)",
            t.op.as_str(),
            exact(t.value)
        )),
        TargetKind::Rate { unit, .. } => {
            // As the judge does: the declared baseline is the value the first yearly change
            // is counted from.
            let mut points = points.clone();
            if let Some((b, value)) = m.baseline.as_ref().and_then(|b| Some((b, b.value?))) {
                let before = points.first().is_none_or(|(p, _)| p.year() > b.year);
                if before && b.year <= until {
                    s.push(format!(
                        "the declared baseline, {} = {}, is the value the first change is counted from",
                        b.year,
                        rounded(value)
                    ));
                    points.insert(0, (Period::Year(b.year), value));
                }
            }
            rate(t, unit, (from, until), &points, &mut s)
        }
    }
    if let Some(note) = ctx.facts.result(i, t_index).and_then(|r| r.note.as_ref()) {
        s.push(note_step(note, lang));
    }
    s
}

/// The evaluation's note as the last step before the status: "note: met in 2024, ahead of
/// 2025".
fn note_step(note: &Note, lang: Lang) -> String {
    lang.text_with("note-step", &[("note", note.words(lang).into())])
}

/// The values counted that the data do not give, and how each was derived from others,
/// with the numbers: a total's parts, a formula's numerator and denominator.
fn derived_step(ctx: Context<'_>, i: usize, m: &Measure, t_index: usize) -> Option<String> {
    let derived: Vec<String> = ctx
        .facts
        .target_values_as_of(i, t_index)
        .filter_map(|v| Some(format!("{}: {}", v.period, super::derivation(v)?)))
        .collect();
    if derived.is_empty() {
        return None;
    }
    let rule = match (&m.total, &m.formula) {
        (Some(total), _) => {
            let parts: Vec<&str> = total.parts.iter().map(|p| p.name.as_str()).collect();
            format!("the total of {}", parts.join(" + "))
        }
        _ => "computed by its formula from other indicators".to_string(),
    };
    Some(format!(
        "{} is {rule}; where the data give no value, it is derived: {}",
        m.id,
        derived.join("; ")
    ))
}

fn level(
    as_of: crate::date::Date,
    m: &Measure,
    t: &Target,
    year: Period,
    points: &[(Period, f64)],
    s: &mut Vec<String>,
) {
    let Some(&(latest_period, latest)) = points.last() else {
        s.push("with no value there is no trend to judge".to_string());
        return;
    };
    let named = m.baseline.as_ref().and_then(|b| {
        let value = b.value.or_else(|| {
            let year = Period::Year(b.year);
            points.iter().find(|(p, _)| *p == year).map(|(_, v)| *v)
        })?;
        Some((b, value))
    });
    let (base_period, base) = match named {
        Some((b, value)) => {
            let how = if b.value.is_some() {
                "declared in the plan"
            } else {
                "the data's value of the year the plan names"
            };
            s.push(format!("baseline: {how}, {} = {}", b.year, rounded(value)));
            (Period::Year(b.year), value)
        }
        None => {
            let (p, v) = points[0];
            s.push(format!("baseline: the first value, {p}: {}", rounded(v)));
            (p, v)
        }
    };
    s.push(format!("latest: {latest_period}: {}", rounded(latest)));
    let direction = m.direction.unwrap_or(Direction::Maintain);
    let milestone_end = year.end();
    if as_of > milestone_end {
        s.push(format!(
            "the milestone {year} has passed ({as_of} is after {milestone_end}), so the value for {year} decides"
        ));
        match points.iter().find(|(p, _)| *p == year) {
            Some(&(_, v)) => s.push(format!(
                "{year}: {} {}? {} -> {}",
                rounded(v),
                wanted(t),
                yes(met_in(v, t, direction)),
                if met_in(v, t, direction) {
                    "achieved"
                } else {
                    "missed"
                }
            )),
            None => s.push(format!("no value for {year} -> insufficient_data")),
        }
        return;
    }
    let met = met_in(latest, t, direction);
    let early = reached_early(t, direction);
    s.push(format!(
        "does the latest value meet the target, {} {}? {}{}",
        rounded(latest),
        wanted(t),
        yes(met),
        match (met, early) {
            (true, true) => " -> achieved: a one-sided target the indicator moves toward stays met, whatever the trend (shown below for reference)",
            (true, false) => " -> on_track: a band, an exact value or a level to hold is achieved by its own year's value",
            _ => "",
        }
    ));
    let (tb, tc, ty) = (base_period.time(), latest_period.time(), year.time());
    if tc <= tb {
        s.push("a trend needs two values at different times (a baseline and a later one) -> insufficient_data".to_string());
        return;
    }
    let range = m
        .unit
        .as_ref()
        .and_then(|u| u.unit.as_ref())
        .map_or((None, None), |u| (u.min, u.max));
    let trend = Trend {
        base,
        latest,
        times: (tb, tc, ty),
        met,
    };
    let growth_unit = m
        .unit
        .as_ref()
        .and_then(|u| u.unit.as_ref())
        .is_some_and(|u| u.growth);
    let method = method_for(t, (direction, growth_unit), base, latest);
    let pace = pace(method, (base, latest, t.value), trend.times);
    match method {
        // A flow's milestone is explained before (see `steps`): never reached here.
        Method::Distance | Method::ProRata => distance_steps(t, latest, met, s),
        Method::Growth => growth_steps(t, direction, trend, pace, s),
        Method::Linear => linear_steps(t, direction, trend, pace, s),
    }
    let expected = straight_path(base, t.value, trend.times);
    s.push(format!(
        "expected on the straight path at {latest_period}: {} + ({} - {}) * ({tc} - {tb}) / ({ty} - {tb}) = {}{}",
        rounded(base),
        exact(t.value),
        rounded(base),
        rounded(expected),
        bounded(range, expected)
    ));
    let Pace {
        actual, projected, ..
    } = pace;
    match method {
        Method::Growth => s.push(format!(
            "projected to {year} if the trend goes on: {} * (1 + {})^({ty} - {tc}) = {}{}",
            rounded(latest),
            precise(actual),
            rounded(projected),
            bounded(range, projected)
        )),
        Method::Linear => s.push(format!(
            "projected to {year} if the change goes on: {} + {} * ({ty} - {tc}) = {}{}",
            rounded(latest),
            precise(actual),
            rounded(projected),
            bounded(range, projected)
        )),
        Method::Distance | Method::ProRata => {}
    }
}

/// What the trend steps of a level target read.
#[derive(Clone, Copy)]
struct Trend {
    base: f64,
    latest: f64,
    /// The baseline's, the latest value's and the milestone's places on the time axis.
    times: (f64, f64, f64),
    /// Whether the latest value meets the target (the ratio is then shown for reference).
    met: bool,
}

/// ", which the unit's range stops at 100" when `value` leaves the unit's range.
fn bounded(range: (Option<f64>, Option<f64>), value: f64) -> String {
    let kept = within(range, value);
    if kept == value {
        String::new()
    } else {
        format!(", which the unit's range stops at {}", exact(kept))
    }
}

/// The ratio's band, or, when the target asks for no change, whether the value moved the
/// right way.
fn ratio_steps(r: Option<f64>, d: f64, actual: f64, met: bool, s: &mut Vec<String>) {
    match r {
        Some(r) => s.push(format!(
            "bands: R >= {ON_TRACK} on_track, {NEEDS_ACCELERATION} to {ON_TRACK} needs_acceleration, 0 to {NEEDS_ACCELERATION} limited_progress, below 0 regressing -> {}{}",
            Status::of_ratio(r).as_str(),
            if met { " by the trend alone" } else { "" }
        )),
        None => s.push(format!(
            "the target asks for no change from the baseline, so moving the right way is enough: d * actual = {} -> {}",
            rounded(d * actual),
            if d * actual >= 0.0 { "on_track" } else { "regressing" }
        )),
    }
}

/// The growth-ratio steps, with the pace the judge counts.
fn growth_steps(t: &Target, direction: Direction, trend: Trend, pace: Pace, s: &mut Vec<String>) {
    let Trend {
        base,
        latest,
        times: (tb, tc, ty),
        met,
    } = trend;
    if base == 0.0 || t.value == 0.0 {
        s.push(format!(
            "a zero baseline or target counts as {ZERO_REPLACEMENT}, so growth rates stay defined (as sdg-build does)"
        ));
    }
    let from = nonzero(base);
    s.push(format!(
        "actual growth: CAGR = ({} / {})^(1 / ({tc} - {tb})) - 1 = {}",
        rounded(latest),
        rounded(from),
        precise(pace.actual)
    ));
    let d = sign(direction, t.op, base, t.value);
    let r = pace.required.map(|required| {
        s.push(format!(
            "required growth: CAGR = ({} / {})^(1 / ({ty} - {tb})) - 1 = {}",
            exact(t.value),
            rounded(from),
            precise(required)
        ));
        let r = d * pace.actual / required.abs();
        s.push(format!(
            "R = d * actual / |required| = {d} * {} / {} = {}  (d = {d}: the value should {})",
            precise(pace.actual),
            precise(required.abs()),
            rounded(r),
            if d > 0.0 { "rise" } else { "fall" }
        ));
        r
    });
    ratio_steps(r, d, pace.actual, met, s);
}

/// The straight-line steps, with the pace the judge counts.
fn linear_steps(t: &Target, direction: Direction, trend: Trend, pace: Pace, s: &mut Vec<String>) {
    let Trend {
        base,
        latest,
        times: (tb, tc, ty),
        met,
    } = trend;
    s.push("a value at or below zero, or a unit that is itself a rate of change, has no meaningful growth rate, so the change per year on a straight line counts (method: linear)".to_string());
    s.push(format!(
        "actual change per year: ({} - {}) / ({tc} - {tb}) = {}",
        rounded(latest),
        rounded(base),
        precise(pace.actual)
    ));
    let d = sign(direction, t.op, base, t.value);
    let r = pace.required.map(|required| {
        s.push(format!(
            "required change per year: ({} - {}) / ({ty} - {tb}) = {}",
            exact(t.value),
            rounded(base),
            precise(required)
        ));
        let r = d * pace.actual / required.abs();
        s.push(format!(
            "R = d * actual / |required| = {d} * {} / {} = {}",
            precise(pace.actual),
            precise(required.abs()),
            rounded(r)
        ));
        r
    });
    ratio_steps(r, d, pace.actual, met, s);
}

/// A flow's milestone: what decides it, and the evaluation's numbers (its note says how the
/// total so far was counted).
fn flow_steps(
    at: crate::model::Milestone,
    m: &Measure,
    result: Option<&crate::eval::evaluate::TargetResult>,
    s: &mut Vec<String>,
) {
    let within = match m.flow {
        Some(crate::model::Flow::Cumulative) => "values within a year are totals from its start",
        _ => "values within a year are amounts of their period and add up",
    };
    let period = at.period;
    s.push(if period.months() == 12 {
        format!(
            "a flow ({within}): once {period} is over its total decides; during {period} the total so far is set against the share of the target due by then (method: pro_rata); before it, the trend of complete years' totals counts, and a total that meets the target is on_track, not achieved"
        )
    } else {
        let total = if at.to_date.is_some() {
            format!("the total from January to the end of {period}")
        } else {
            format!("{period}'s own total")
        };
        format!(
            "a flow ({within}): once {period} is over, {total} decides; while its months run, the total so far is set against the share of the target due by then (method: pro_rata); before they start, it is not yet due"
        )
    });
    let Some(r) = result else { return };
    if let Some(latest) = &r.latest {
        s.push(format!(
            "counted: {}: {}",
            latest.period,
            rounded(latest.value)
        ));
    }
    let numbers = [
        ("due by then (expected)", r.expected),
        ("the total at this pace (projected)", r.projected),
        ("ratio", r.ratio),
    ];
    for (label, value) in numbers {
        if let Some(v) = value {
            s.push(format!("{label}: {}", rounded(v)));
        }
    }
}

fn distance_steps(t: &Target, latest: f64, met: bool, s: &mut Vec<String>) {
    let gap = Gap::of(t, latest);
    s.push(format!(
        "no side is better (direction maintain, a band or an exact value): the distance to {}..{} counts (method: distance), in tolerances of {}",
        exact(gap.low),
        exact(gap.high),
        exact(gap.tolerance)
    ));
    if met {
        return;
    }
    let r = gap.ratio();
    s.push(format!(
        "R = 1 - distance / tolerance = 1 - {} / {} = {} -> {}",
        rounded(gap.gap),
        rounded(gap.tolerance),
        rounded(r),
        Status::of_ratio(r).as_str()
    ));
}

fn held(
    t: &Target,
    (from, until): (i32, i32),
    direction: Direction,
    points: &[(Period, f64)],
    as_of: crate::date::Date,
    s: &mut Vec<String>,
) {
    s.push(format!(
        "the level {} must hold every year from {from} to {until}",
        wanted(t)
    ));
    if as_of <= Period::Year(from).end() {
        s.push(format!("{from} has not ended by {as_of} -> not_yet_due"));
        return;
    }
    let years: Vec<(i32, f64)> = points
        .iter()
        .filter_map(|(p, v)| match p {
            Period::Year(y) if *y >= from && *y <= until => Some((*y, *v)),
            _ => None,
        })
        .collect();
    if years.is_empty() {
        s.push(format!("no yearly value since {from} -> insufficient_data"));
        return;
    }
    for (y, v) in &years {
        let ok = met_in(*v, t, direction);
        s.push(format!("{y}: {} {}? {}", rounded(*v), wanted(t), yes(ok)));
        if !ok {
            s.push(format!("{y} does not hold the level -> missed"));
            return;
        }
    }
    let last_due = until.min(as_of.year - 1);
    let missing: Vec<String> = (from..=last_due)
        .filter(|y| !years.iter().any(|(x, _)| x == y))
        .map(|y| y.to_string())
        .collect();
    if !missing.is_empty() {
        s.push(format!(
            "no value for {} (not counted against it)",
            missing.join(", ")
        ));
    }
    s.push(if as_of > Period::Year(until).end() {
        format!("every observed year held and {until} has ended -> achieved")
    } else {
        format!("every observed year held and the span runs until {until} -> on_track")
    });
}

fn rate(
    t: &Target,
    unit: RateUnit,
    (from, until): (i32, i32),
    points: &[(Period, f64)],
    s: &mut Vec<String>,
) {
    let percent = unit == RateUnit::Percent;
    s.push(format!(
        "each yearly change from {} to {until} must be {} {} a year",
        from - 1,
        wanted(t),
        if percent { "percent" } else { "points" }
    ));
    let years: Vec<(i32, f64)> = points
        .iter()
        .filter_map(|(p, v)| match p {
            Period::Year(y) if *y >= from - 1 && *y <= until => Some((*y, *v)),
            _ => None,
        })
        .collect();
    if years.len() < 2 {
        s.push("a yearly change needs values for two years".to_string());
        return;
    }
    let change = |a: (i32, f64), b: (i32, f64)| -> Option<f64> {
        if percent {
            cagr(b.1, a.1, f64::from(b.0), f64::from(a.0)).map(|g| g * 100.0)
        } else {
            Some((b.1 - a.1) / f64::from(b.0 - a.0))
        }
    };
    for w in years.windows(2) {
        if let Some(c) = change(w[0], w[1]) {
            s.push(format!(
                "{} -> {}: {} to {}, {} a year; {}? {}",
                w[0].0,
                w[1].0,
                rounded(w[0].1),
                rounded(w[1].1),
                rounded(c),
                wanted(t),
                yes(meets(c, t.op, t.value, t.value_max))
            ));
        }
    }
    if let (Some(&first), Some(&last)) = (years.first(), years.last()) {
        if let Some(avg) = change(first, last) {
            if t.value.abs() > 1e-12 {
                s.push(format!(
                    "average change {} a year; ratio = average / rate = {} / {} = {}",
                    rounded(avg),
                    rounded(avg),
                    exact(t.value),
                    rounded(avg / t.value)
                ));
            }
        }
    }
}
