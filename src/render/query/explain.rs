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
use crate::i18n::{Arg, Lang};
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
    /// The language of the text (JSON and CSV are English, for programs).
    pub lang: Lang,
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
    /// Each step in English words, the status last (JSON and CSV, read by programs).
    pub steps: Vec<String>,
    /// The same steps in the language of the explanation (the text, read by people).
    pub words: Vec<String>,
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
                    let in_words = |lang: Lang| {
                        let mut words = steps(ctx, (i, m), (t_index, t), lang);
                        let status = status_text(status, lang);
                        words.push(
                            lang.text_with("answer-step-status", &[("status", status.into())]),
                        );
                        words
                    };
                    let steps = in_words(Lang::En);
                    let words = match lang {
                        Lang::En => steps.clone(),
                        _ => in_words(lang),
                    };
                    ExplainedTarget {
                        target: t.clone(),
                        status,
                        steps,
                        words,
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
        lang,
    }
}

/// The status id, or that there is none in `lang`'s words.
fn status_text(status: Option<Status>, lang: Lang) -> String {
    status.map_or_else(
        || lang.text("answer-not-evaluated"),
        |s| s.as_str().to_string(),
    )
}

impl Explanation {
    /// Each measure, then each target and its numbered steps.
    pub fn text(&self) -> String {
        let lang = self.lang;
        let mut text = String::new();
        for m in &self.measures {
            let _ = writeln!(text, "{}  {}", m.id, m.title);
            let heading = lang.text_with(
                "answer-explain-heading",
                &[
                    ("direction", m.direction.as_str().into()),
                    ("date", crate::i18n::date(lang, self.as_of).into()),
                    ("area", self.area.as_str().into()),
                ],
            );
            let _ = writeln!(text, "  {heading}");
            if m.targets.is_empty() {
                let _ = writeln!(text, "  {}", lang.text("answer-explain-no-targets"));
            }
            for t in &m.targets {
                let target = target_text::write(&t.target, Form::Query);
                let target = lang.text_with("answer-explain-target", &[("target", target.into())]);
                let _ = writeln!(text, "\n  {target}");
                for (n, step) in t.words.iter().enumerate() {
                    let _ = writeln!(text, "    {}. {step}", n + 1);
                }
            }
            if let Some(chart) = &m.chart {
                text.push('\n');
                text.push_str(&chart::text::text(chart, lang));
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
                            "status": status_text(t.status, Lang::En),
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

/// A number in a step, as `lang` writes it.
fn num(lang: Lang, written: String) -> String {
    super::number(lang, written)
}

/// A place on the time axis (a year, or a year and a fraction) in a step's formula: a
/// decimal mark as `lang` writes it, never a thousands mark (`2024` is a year).
fn time(lang: Lang, t: f64) -> String {
    match lang {
        Lang::En => t.to_string(),
        Lang::Vi => t.to_string().replace('.', ","),
    }
}

/// A period in a step, as `lang` writes it.
fn when(lang: Lang, period: Period) -> Arg {
    crate::i18n::period(lang, period).into()
}

/// ">= 65", "between 2 and 3", "~ 10 (9.5 to 10.5)".
fn wanted(t: &Target, lang: Lang) -> String {
    let x = |v: f64| Arg::from(num(lang, exact(v)));
    if t.op == Comparator::About {
        let (low, high) = band(t);
        let value = match t.value_max {
            Some(max) => lang.text_with(
                "answer-wanted-span",
                &[("low", x(t.value)), ("high", x(max))],
            ),
            None => num(lang, exact(t.value)),
        };
        return lang.text_with(
            "answer-wanted-about",
            &[("value", value.into()), ("low", x(low)), ("high", x(high))],
        );
    }
    match t.value_max {
        Some(max) => lang.text_with(
            "answer-wanted-between",
            &[("low", x(t.value)), ("high", x(max))],
        ),
        None => format!("{} {}", t.op.as_str(), num(lang, exact(t.value))),
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

fn yes(b: bool, lang: Lang) -> Arg {
    lang.text(if b { "answer-yes" } else { "answer-no" }).into()
}

/// `2020: 11.82, 2021: 11.12` (`2020: 11,82; 2021: 11,12` in Vietnamese).
fn points_list(points: &[(Period, f64)], lang: Lang) -> String {
    let list: Vec<String> = points
        .iter()
        .map(|(p, v)| super::point(lang, *p, *v))
        .collect();
    list.join(super::list_separator(lang))
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
            s.push(lang.text_with(
                "answer-step-scope-areas",
                &[("areas", names.join(", ").into())],
            ));
        }
        Some(crate::model::Scope::Value(d, v)) => s.push(lang.text_with(
            "answer-step-scope-value",
            &[
                ("dimension", d.name.as_str().into()),
                ("value", v.name.as_str().into()),
            ],
        )),
        None => {}
    }
    // A split target is judged on its disaggregation's values only.
    let values = match points.is_empty() {
        true => lang.text("answer-none"),
        false => points_list(&points, lang),
    };
    let counted = [
        ("date", crate::i18n::date(lang, as_of).into()),
        ("values", values.into()),
    ];
    s.push(match t.split.as_deref() {
        Some((dimension, value)) => {
            let mut args = vec![
                ("dimension", dimension.name.as_str().into()),
                ("value", value.name.as_str().into()),
            ];
            args.extend(counted);
            lang.text_with("answer-step-values-where", &args)
        }
        None => lang.text_with("answer-step-values", &counted),
    });
    if let Some(step) = derived_step(ctx, i, m, t_index, lang) {
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
            flow_steps(at, m, result, &mut s, lang)
        }
        TargetKind::Level { at: Some(at) } => level(as_of, m, t, at.period, &points, &mut s, lang),
        TargetKind::Level { at: None } => {
            held(t, plan_period, direction, &points, as_of, &mut s, lang)
        }
        TargetKind::Maintain { .. } => {
            held(t, (from, until), direction, &points, as_of, &mut s, lang)
        }
        TargetKind::Change { .. } => s.push(lang.text_with(
            "answer-step-change",
            &[
                ("from", from.to_string().into()),
                ("until", until.to_string().into()),
                ("op", t.op.as_str().into()),
                ("value", num(lang, exact(t.value)).into()),
            ],
        )),
        TargetKind::Rate { unit, .. } => {
            // As the judge does: the declared baseline is the value the first yearly change
            // is counted from.
            let mut points = points.clone();
            if let Some((b, value)) = m.baseline.as_ref().and_then(|b| Some((b, b.value?))) {
                let before = points.first().is_none_or(|(p, _)| p.year() > b.year);
                if before && b.year <= until {
                    s.push(lang.text_with(
                        "answer-step-rate-baseline",
                        &[
                            ("year", b.year.to_string().into()),
                            ("value", num(lang, rounded(value)).into()),
                        ],
                    ));
                    points.insert(0, (Period::Year(b.year), value));
                }
            }
            rate(t, unit, (from, until), &points, &mut s, lang)
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
fn derived_step(
    ctx: Context<'_>,
    i: usize,
    m: &Measure,
    t_index: usize,
    lang: Lang,
) -> Option<String> {
    let derived: Vec<String> = ctx
        .facts
        .target_values_as_of(i, t_index)
        .filter_map(|v| {
            let how = super::derivation(v, lang)?;
            Some(format!("{}: {how}", crate::i18n::period(lang, v.period)))
        })
        .collect();
    if derived.is_empty() {
        return None;
    }
    let rule = match (&m.total, &m.formula) {
        (Some(total), _) => {
            let parts: Vec<&str> = total.parts.iter().map(|p| p.name.as_str()).collect();
            lang.text_with("answer-rule-total", &[("parts", parts.join(" + ").into())])
        }
        _ => lang.text("answer-rule-formula"),
    };
    Some(lang.text_with(
        "answer-step-derived",
        &[
            ("id", m.id.as_str().into()),
            ("rule", rule.into()),
            ("values", derived.join("; ").into()),
        ],
    ))
}

fn level(
    as_of: crate::date::Date,
    m: &Measure,
    t: &Target,
    year: Period,
    points: &[(Period, f64)],
    s: &mut Vec<String>,
    lang: Lang,
) {
    let x = |v: f64| num(lang, rounded(v));
    let Some(&(latest_period, latest)) = points.last() else {
        s.push(lang.text("answer-step-no-value"));
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
            let id = if b.value.is_some() {
                "answer-step-baseline-declared"
            } else {
                "answer-step-baseline-data"
            };
            s.push(lang.text_with(
                id,
                &[
                    ("year", b.year.to_string().into()),
                    ("value", x(value).into()),
                ],
            ));
            (Period::Year(b.year), value)
        }
        None => {
            let (p, v) = points[0];
            s.push(lang.text_with(
                "answer-step-baseline-first",
                &[("period", when(lang, p)), ("value", x(v).into())],
            ));
            (p, v)
        }
    };
    s.push(lang.text_with(
        "answer-step-latest",
        &[
            ("period", when(lang, latest_period)),
            ("value", x(latest).into()),
        ],
    ));
    let direction = m.direction.unwrap_or(Direction::Maintain);
    let milestone_end = year.end();
    let date = |d: crate::date::Date| Arg::from(crate::i18n::date(lang, d));
    if as_of > milestone_end {
        s.push(lang.text_with(
            "answer-step-milestone-passed",
            &[
                ("milestone", when(lang, year)),
                ("date", date(as_of)),
                ("end", date(milestone_end)),
            ],
        ));
        match points.iter().find(|(p, _)| *p == year) {
            Some(&(_, v)) => {
                let met = met_in(v, t, direction);
                s.push(lang.text_with(
                    "answer-step-milestone-value",
                    &[
                        ("milestone", when(lang, year)),
                        ("value", x(v).into()),
                        ("wanted", wanted(t, lang).into()),
                        ("yes", yes(met, lang)),
                        ("status", if met { "achieved" } else { "missed" }.into()),
                    ],
                ))
            }
            None => s.push(lang.text_with(
                "answer-step-milestone-missing",
                &[("milestone", when(lang, year))],
            )),
        }
        return;
    }
    let met = met_in(latest, t, direction);
    let early = reached_early(t, direction);
    let id = match (met, early) {
        (true, true) => "answer-step-meets-early",
        (true, false) => "answer-step-meets-own-year",
        _ => "answer-step-meets",
    };
    s.push(lang.text_with(
        id,
        &[
            ("value", x(latest).into()),
            ("wanted", wanted(t, lang).into()),
            ("yes", yes(met, lang)),
        ],
    ));
    let (tb, tc, ty) = (base_period.time(), latest_period.time(), year.time());
    if tc <= tb {
        s.push(lang.text("answer-step-no-trend"));
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
        Method::Distance | Method::ProRata => distance_steps(t, latest, met, s, lang),
        Method::Growth => growth_steps(t, direction, trend, pace, s, lang),
        Method::Linear => linear_steps(t, direction, trend, pace, s, lang),
    }
    let (tb, tc, ty) = (time(lang, tb), time(lang, tc), time(lang, ty));
    let expected = straight_path(base, t.value, trend.times);
    s.push(
        lang.text_with(
            "answer-step-expected",
            &[
                ("period", when(lang, latest_period)),
                (
                    "formula",
                    format!(
                        "{} + ({} - {}) * ({tc} - {tb}) / ({ty} - {tb})",
                        x(base),
                        num(lang, exact(t.value)),
                        x(base),
                    )
                    .into(),
                ),
                ("value", bounded(range, expected, lang).into()),
            ],
        ),
    );
    let Pace {
        actual, projected, ..
    } = pace;
    let projection = |id: &str, formula: String| {
        lang.text_with(
            id,
            &[
                ("milestone", when(lang, year)),
                ("formula", formula.into()),
                ("value", bounded(range, projected, lang).into()),
            ],
        )
    };
    let actual = num(lang, precise(actual));
    match method {
        Method::Growth => s.push(projection(
            "answer-step-projected-growth",
            format!("{} * (1 + {actual})^({ty} - {tc})", x(latest)),
        )),
        Method::Linear => s.push(projection(
            "answer-step-projected-linear",
            format!("{} + {actual} * ({ty} - {tc})", x(latest)),
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

/// The value, and ", which the unit's range stops at 100" when it leaves the unit's range.
fn bounded(range: (Option<f64>, Option<f64>), value: f64, lang: Lang) -> String {
    let kept = within(range, value);
    let written = num(lang, rounded(value));
    if kept == value {
        written
    } else {
        lang.text_with(
            "answer-bounded",
            &[
                ("value", written.into()),
                ("kept", num(lang, exact(kept)).into()),
            ],
        )
    }
}

/// The ratio's band, or, when the target asks for no change, whether the value moved the
/// right way.
fn ratio_steps(r: Option<f64>, d: f64, actual: f64, met: bool, s: &mut Vec<String>, lang: Lang) {
    match r {
        Some(r) => {
            let id = match met {
                true => "answer-step-bands-trend-alone",
                false => "answer-step-bands",
            };
            s.push(lang.text_with(
                id,
                &[
                    ("on_track", num(lang, ON_TRACK.to_string()).into()),
                    ("needs", num(lang, NEEDS_ACCELERATION.to_string()).into()),
                    ("status", Status::of_ratio(r).as_str().into()),
                ],
            ))
        }
        None => s.push(
            lang.text_with(
                "answer-step-no-change",
                &[
                    ("value", num(lang, rounded(d * actual)).into()),
                    (
                        "status",
                        if d * actual >= 0.0 {
                            "on_track"
                        } else {
                            "regressing"
                        }
                        .into(),
                    ),
                ],
            ),
        ),
    }
}

/// `formula = value` of a step, the value as `lang` writes it.
fn computed(lang: Lang, id: &str, formula: String, value: String) -> String {
    lang.text_with(id, &[("formula", formula.into()), ("value", value.into())])
}

/// The growth-ratio steps, with the pace the judge counts.
fn growth_steps(
    t: &Target,
    direction: Direction,
    trend: Trend,
    pace: Pace,
    s: &mut Vec<String>,
    lang: Lang,
) {
    let Trend {
        base,
        latest,
        times: (tb, tc, ty),
        met,
    } = trend;
    let (tb, tc, ty) = (time(lang, tb), time(lang, tc), time(lang, ty));
    let x = |v: f64| num(lang, rounded(v));
    let p = |v: f64| num(lang, precise(v));
    if base == 0.0 || t.value == 0.0 {
        s.push(lang.text_with(
            "answer-step-zero",
            &[("zero", num(lang, ZERO_REPLACEMENT.to_string()).into())],
        ));
    }
    let from = nonzero(base);
    s.push(computed(
        lang,
        "answer-step-actual-growth",
        format!("({} / {})^(1 / ({tc} - {tb})) - 1", x(latest), x(from)),
        p(pace.actual),
    ));
    let d = sign(direction, t.op, base, t.value);
    let r = pace.required.map(|required| {
        s.push(computed(
            lang,
            "answer-step-required-growth",
            format!(
                "({} / {})^(1 / ({ty} - {tb})) - 1",
                num(lang, exact(t.value)),
                x(from)
            ),
            p(required),
        ));
        let r = d * pace.actual / required.abs();
        let d_written = num(lang, d.to_string());
        s.push(lang.text_with(
            "answer-step-ratio-growth",
            &[
                (
                    "formula",
                    format!("{d_written} * {} / {}", p(pace.actual), p(required.abs())).into(),
                ),
                ("value", x(r).into()),
                ("d", d_written.into()),
                ("rise", if d > 0.0 { "yes" } else { "no" }.into()),
            ],
        ));
        r
    });
    ratio_steps(r, d, pace.actual, met, s, lang);
}

/// The straight-line steps, with the pace the judge counts.
fn linear_steps(
    t: &Target,
    direction: Direction,
    trend: Trend,
    pace: Pace,
    s: &mut Vec<String>,
    lang: Lang,
) {
    let Trend {
        base,
        latest,
        times: (tb, tc, ty),
        met,
    } = trend;
    let (tb, tc, ty) = (time(lang, tb), time(lang, tc), time(lang, ty));
    let x = |v: f64| num(lang, rounded(v));
    let p = |v: f64| num(lang, precise(v));
    s.push(lang.text("answer-step-linear"));
    s.push(computed(
        lang,
        "answer-step-actual-change",
        format!("({} - {}) / ({tc} - {tb})", x(latest), x(base)),
        p(pace.actual),
    ));
    let d = sign(direction, t.op, base, t.value);
    let r = pace.required.map(|required| {
        s.push(computed(
            lang,
            "answer-step-required-change",
            format!(
                "({} - {}) / ({ty} - {tb})",
                num(lang, exact(t.value)),
                x(base)
            ),
            p(required),
        ));
        let r = d * pace.actual / required.abs();
        s.push(computed(
            lang,
            "answer-step-ratio",
            format!(
                "{} * {} / {}",
                num(lang, d.to_string()),
                p(pace.actual),
                p(required.abs())
            ),
            x(r),
        ));
        r
    });
    ratio_steps(r, d, pace.actual, met, s, lang);
}

/// A flow's milestone: what decides it, and the evaluation's numbers (its note says how the
/// total so far was counted).
fn flow_steps(
    at: crate::model::Milestone,
    m: &Measure,
    result: Option<&crate::eval::evaluate::TargetResult>,
    s: &mut Vec<String>,
    lang: Lang,
) {
    let within = lang.text(match m.flow {
        Some(crate::model::Flow::Cumulative) => "answer-flow-cumulative",
        _ => "answer-flow-amounts",
    });
    let period = at.period;
    let within = ("within", Arg::from(within));
    s.push(if period.months() == 12 {
        lang.text_with(
            "answer-step-flow-year",
            &[within, ("period", when(lang, period))],
        )
    } else {
        let id = match at.to_date {
            Some(_) => "answer-flow-to-date",
            None => "answer-flow-own",
        };
        let total = lang.text_with(id, &[("period", when(lang, period))]);
        lang.text_with(
            "answer-step-flow-part",
            &[
                within,
                ("period", when(lang, period)),
                ("total", total.into()),
            ],
        )
    });
    let Some(r) = result else { return };
    if let Some(latest) = &r.latest {
        s.push(lang.text_with(
            "answer-step-counted",
            &[
                ("period", when(lang, latest.period)),
                ("value", num(lang, rounded(latest.value)).into()),
            ],
        ));
    }
    let numbers = [
        ("answer-step-flow-expected", r.expected),
        ("answer-step-flow-projected", r.projected),
        ("answer-step-flow-ratio", r.ratio),
    ];
    for (id, value) in numbers {
        if let Some(v) = value {
            s.push(lang.text_with(id, &[("value", num(lang, rounded(v)).into())]));
        }
    }
}

fn distance_steps(t: &Target, latest: f64, met: bool, s: &mut Vec<String>, lang: Lang) {
    let gap = Gap::of(t, latest);
    s.push(lang.text_with(
        "answer-step-distance",
        &[
            ("low", num(lang, exact(gap.low)).into()),
            ("high", num(lang, exact(gap.high)).into()),
            ("tolerance", num(lang, exact(gap.tolerance)).into()),
        ],
    ));
    if met {
        return;
    }
    let r = gap.ratio();
    s.push(lang.text_with(
        "answer-step-distance-ratio",
        &[
            ("gap", num(lang, rounded(gap.gap)).into()),
            ("tolerance", num(lang, rounded(gap.tolerance)).into()),
            ("value", num(lang, rounded(r)).into()),
            ("status", Status::of_ratio(r).as_str().into()),
        ],
    ));
}

fn held(
    t: &Target,
    (from, until): (i32, i32),
    direction: Direction,
    points: &[(Period, f64)],
    as_of: crate::date::Date,
    s: &mut Vec<String>,
    lang: Lang,
) {
    let year = |y: i32| Arg::from(y.to_string());
    s.push(lang.text_with(
        "answer-step-held",
        &[
            ("wanted", wanted(t, lang).into()),
            ("from", year(from)),
            ("until", year(until)),
        ],
    ));
    if as_of <= Period::Year(from).end() {
        s.push(lang.text_with(
            "answer-step-held-not-ended",
            &[
                ("from", year(from)),
                ("date", crate::i18n::date(lang, as_of).into()),
            ],
        ));
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
        s.push(lang.text_with("answer-step-held-no-values", &[("from", year(from))]));
        return;
    }
    for (y, v) in &years {
        let ok = met_in(*v, t, direction);
        s.push(lang.text_with(
            "answer-step-held-year",
            &[
                ("year", year(*y)),
                ("value", num(lang, rounded(*v)).into()),
                ("wanted", wanted(t, lang).into()),
                ("yes", yes(ok, lang)),
            ],
        ));
        if !ok {
            s.push(lang.text_with("answer-step-held-broken", &[("year", year(*y))]));
            return;
        }
    }
    let last_due = until.min(as_of.year - 1);
    let missing: Vec<String> = (from..=last_due)
        .filter(|y| !years.iter().any(|(x, _)| x == y))
        .map(|y| y.to_string())
        .collect();
    if !missing.is_empty() {
        s.push(lang.text_with(
            "answer-step-held-gaps",
            &[("years", missing.join(", ").into())],
        ));
    }
    let id = match as_of > Period::Year(until).end() {
        true => "answer-step-held-achieved",
        false => "answer-step-held-on-track",
    };
    s.push(lang.text_with(id, &[("until", year(until))]));
}

fn rate(
    t: &Target,
    unit: RateUnit,
    (from, until): (i32, i32),
    points: &[(Period, f64)],
    s: &mut Vec<String>,
    lang: Lang,
) {
    let percent = unit == RateUnit::Percent;
    let x = |v: f64| Arg::from(num(lang, rounded(v)));
    s.push(lang.text_with(
        "answer-step-rate",
        &[
            ("from", (from - 1).to_string().into()),
            ("until", until.to_string().into()),
            ("wanted", wanted(t, lang).into()),
            ("unit", unit.as_str().into()),
        ],
    ));
    let years: Vec<(i32, f64)> = points
        .iter()
        .filter_map(|(p, v)| match p {
            Period::Year(y) if *y >= from - 1 && *y <= until => Some((*y, *v)),
            _ => None,
        })
        .collect();
    if years.len() < 2 {
        s.push(lang.text("answer-step-rate-two"));
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
            s.push(lang.text_with(
                "answer-step-rate-change",
                &[
                    ("from", w[0].0.to_string().into()),
                    ("to", w[1].0.to_string().into()),
                    ("start", x(w[0].1)),
                    ("end", x(w[1].1)),
                    ("change", x(c)),
                    ("wanted", wanted(t, lang).into()),
                    ("yes", yes(meets(c, t.op, t.value, t.value_max), lang)),
                ],
            ));
        }
    }
    if let (Some(&first), Some(&last)) = (years.first(), years.last()) {
        if let Some(avg) = change(first, last) {
            if t.value.abs() > 1e-12 {
                s.push(lang.text_with(
                    "answer-step-rate-average",
                    &[
                        ("average", x(avg)),
                        ("rate", num(lang, exact(t.value)).into()),
                        ("ratio", x(avg / t.value)),
                    ],
                ));
            }
        }
    }
}
