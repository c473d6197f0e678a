//! A chart of one measure at one area as of a date: its observed values, the straight path
//! from the baseline to each milestone, the milestones, the projection to each, and its
//! values by each dimension's value. One model, made here from the evaluation's own numbers
//! (its baselines, latest values and projections, and `eval::method::straight_path`, the
//! function its `expected` values come from), drawn as text for the terminal ([`text`]) and
//! as SVG ([`svg`]), so the two drawings can never disagree. Pure: no I/O.

pub mod svg;
#[cfg(test)]
mod tests;
pub mod text;

use crate::date::Date;
use crate::eval::method::{change_level, straight_path, within};
use crate::eval::series::Value;
use crate::eval::{Period, Status, TargetResult};
use crate::i18n::{Arg, Lang};
use crate::model::{Comparator, Measure, RateUnit, Target, TargetKind};
use crate::query::facts::Disaggregated;
use crate::query::show::MeasureDetail;
use crate::query::Context;
use crate::render::evaluation::words;

/// Everything a drawing of one measure shows, in the measure's unit and on the evaluation's
/// time axis (`Period::time`: a year stands at its end, 2024 at 2024.0).
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The measure's id (`16a`).
    pub id: String,
    /// Its title, as the plan writes it.
    pub title: String,
    /// What its values are written in, as `render::units::label` writes it (`%`,
    /// `/100.000 trẻ em`); `None` for a count, or when the plan gives no unit.
    pub unit: Option<String>,
    /// The area the values are for.
    pub area: String,
    /// The area's name, as a picture names it ("Huyện Mộc Châu"): where the chart is made with
    /// the plan at hand ([`Chart::of_measure`]); else its id.
    pub area_name: String,
    /// The date the values are counted to and the targets judged as of.
    pub as_of: Date,
    /// Its values in periods ended by `as_of`, in time order.
    pub observed: Vec<Mark>,
    /// Each milestone target of the whole (not split by a dimension), in the plan's order: a
    /// level's, and a change's last year at the level it asks for.
    pub milestones: Vec<MilestoneMark>,
    /// For each milestone with a baseline before it, the straight path from the baseline to
    /// its target: the line the evaluation's `expected` value lies on.
    pub paths: Vec<Vec<Mark>>,
    /// For each milestone the evaluation projects to, the line from the latest value to the
    /// value projected at the milestone.
    pub projections: Vec<Vec<Mark>>,
    /// Its values by each value of a dimension the data give, in the plan's order.
    pub groups: Vec<Group>,
}

/// One value at one time.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Mark {
    /// Its place on the time axis.
    pub time: f64,
    /// The value, in the measure's unit.
    pub value: f64,
}

impl Mark {
    fn at(period: Period, value: f64) -> Mark {
        Mark {
            time: period.time(),
            value,
        }
    }
}

/// A milestone target: where it stands, what it asks and how it was judged.
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneMark {
    /// The milestone's period (`2025`, `2026-Q2`).
    pub period: Period,
    /// The milestone's period on the time axis, and the target value (the lower end of a
    /// range).
    pub mark: Mark,
    /// The upper end of a range target (`2 to 3`).
    pub value_max: Option<f64>,
    /// How the value is compared with it.
    pub op: Comparator,
    /// The evaluation's status (`None`: not evaluated).
    pub status: Option<Status>,
    /// Whether the level was computed (a change's) rather than written.
    pub computed: bool,
}

impl MilestoneMark {
    /// What the target asks, for a label, in `lang`: `<= 450` (`≤ 450`), `2 to 3`; to four
    /// digits, as a change's computed level is written (50.1 × 0.8 is 40.080000000000005 in
    /// floating point). A written level is written as the plan writes it.
    pub fn label(&self, lang: Lang) -> String {
        let number = |v: f64| {
            Arg::Text(match self.computed {
                true => words::number(lang, v),
                false => words::exact_number(lang, v),
            })
        };
        match self.value_max {
            Some(max) => lang.text_with(
                "target-range",
                &[("low", number(self.mark.value)), ("high", number(max))],
            ),
            None => lang.text_with(
                "target-compare",
                &[
                    ("op", words::comparator(lang, self.op).into()),
                    ("number", number(self.mark.value)),
                ],
            ),
        }
    }

    /// `2025 >= 60: on track`: the milestone, what it asks and how it was judged.
    pub fn description(&self, lang: Lang) -> String {
        let status = self.status.map_or_else(
            || lang.text("chart-not-judged"),
            |s| words::status_label(lang, s),
        );
        lang.text_with(
            "chart-milestone",
            &[
                ("period", words::period(lang, self.period).into()),
                ("target", self.label(lang).into()),
                ("status", status.into()),
            ],
        )
    }
}

/// The values of one dimension's value (`khu_vuc = nong_thon`).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// `khu_vuc = nong_thon`.
    pub label: String,
    /// Its values in periods ended by the date, in time order.
    pub points: Vec<Mark>,
}

/// What a chart is made from: a measure, its values and its targets' results.
pub struct Input<'a> {
    /// The measure drawn.
    pub measure: &'a Measure,
    /// The id of the area its values are for.
    pub area: &'a str,
    /// The area's name (its id when the plan is not at hand).
    pub area_name: &'a str,
    /// The date values are counted to (periods ended by then).
    pub as_of: Date,
    /// Its values at the area, in time order (periods after `as_of` are left out here).
    pub values: &'a [Value],
    /// The result of each of `measure.targets`, in their order.
    pub results: &'a [Option<TargetResult>],
    /// Its values by each value of a dimension the data give.
    pub disaggregated: &'a [Disaggregated],
}

impl Chart {
    /// The chart of a measure from its values and its targets' results.
    pub fn build(input: &Input<'_>) -> Chart {
        let m = input.measure;
        let as_of = input.as_of;
        let counted = |values: &[Value]| -> Vec<Mark> {
            values
                .iter()
                .filter(|v| v.period.end() <= as_of && v.value.is_finite())
                .map(|v| Mark::at(v.period, v.value))
                .collect()
        };
        let range = m
            .unit
            .as_ref()
            .and_then(|u| u.unit.as_ref())
            .map_or((None, None), |u| (u.min, u.max));
        let mut chart = Chart {
            id: m.id.clone(),
            title: m.title.clone(),
            // As every report writes it (`/100.000 trẻ em`); a count has none to write.
            unit: m
                .unit
                .as_ref()
                .map(|u| match &u.unit {
                    Some(x) => crate::render::units::label(x),
                    None => u.written.name.clone(),
                })
                .filter(|u| !u.is_empty()),
            area: input.area.to_string(),
            area_name: input.area_name.to_string(),
            as_of,
            observed: counted(input.values),
            milestones: Vec::new(),
            paths: Vec::new(),
            projections: Vec::new(),
            groups: input
                .disaggregated
                .iter()
                .map(|d| Group {
                    label: format!("{} = {}", d.dimension, d.value),
                    points: counted(&d.values),
                })
                .filter(|g| !g.points.is_empty())
                .collect(),
        };
        for (t, r) in m.targets.iter().zip(input.results) {
            // A split target is about one group, and a flow's milestone is a year's total
            // of values given by the quarter or month: neither is on the whole's scale.
            if t.split.is_some() || m.flow.is_some() {
                continue;
            }
            let Some((period, value, value_max)) = level(t, r.as_ref()) else {
                continue;
            };
            let milestone = Mark::at(period, value);
            chart.milestones.push(MilestoneMark {
                period,
                mark: milestone,
                value_max,
                op: t.op,
                status: r.as_ref().map(|r| r.status),
                computed: matches!(t.kind, TargetKind::Change { .. }),
            });
            let Some(r) = r else { continue };
            if let Some(base) = &r.baseline {
                let (tb, ty) = (base.period.time(), milestone.time);
                if ty > tb {
                    chart.paths.push(path(base.value, value, (tb, ty), range));
                }
            }
            // A growth over many years can overflow: such a projection has no place to draw.
            let projected = r.projected.filter(|p| p.is_finite());
            if let (Some(latest), Some(projected)) = (&r.latest, projected) {
                let from = Mark::at(latest.period, latest.value);
                if milestone.time > from.time {
                    chart.projections.push(vec![
                        from,
                        Mark {
                            time: milestone.time,
                            value: projected,
                        },
                    ]);
                }
            }
        }
        chart
    }

    /// The chart of the measure at `index` in `ctx`'s plan, from its facts.
    pub fn of_measure(ctx: Context<'_>, index: usize) -> Option<Chart> {
        let (_, m) = ctx.model.measures.get_index(index)?;
        let results: Vec<Option<TargetResult>> = (0..m.targets.len())
            .map(|t| ctx.facts.result(index, t).cloned())
            .collect();
        let values: Vec<Value> = ctx.facts.values_as_of(index).cloned().collect();
        let area = ctx
            .facts
            .evaluation
            .as_ref()
            .map_or("", |e| e.area.as_str());
        let area_name = ctx.model.areas.get(area).map_or(area, |a| a.name.as_str());
        Some(Chart::build(&Input {
            measure: m,
            area,
            area_name,
            as_of: ctx.facts.as_of,
            values: &values,
            results: &results,
            disaggregated: ctx.facts.disaggregated(index),
        }))
    }

    /// The chart of what `show` gathered about a measure.
    pub fn of_detail(d: &MeasureDetail) -> Chart {
        Chart::build(&Input {
            measure: &d.measure,
            area: &d.area,
            area_name: &d.area,
            as_of: d.as_of,
            values: &d.data,
            results: &d.results,
            disaggregated: &d.disaggregated,
        })
    }

    /// Whether nothing can be drawn: no value counted (of the whole, or also of any group
    /// when `groups`).
    pub fn is_empty(&self, groups: bool) -> bool {
        self.observed.is_empty() && (!groups || self.groups.is_empty())
    }

    /// Why nothing can be drawn, in `lang`, when nothing can (see [`Chart::is_empty`]).
    pub fn empty_reason(&self, groups: bool, lang: Lang) -> Option<String> {
        if !self.is_empty(groups) {
            return None;
        }
        Some(if self.area.is_empty() {
            lang.text("chart-not-evaluated")
        } else {
            lang.text_with(
                "chart-no-values",
                &[
                    ("area", self.area.as_str().into()),
                    ("date", words::date(lang, self.as_of).into()),
                ],
            )
        })
    }

    /// Every value drawn, to fit the value axis to; the groups' too when `groups`.
    pub fn values(&self, groups: bool) -> impl Iterator<Item = f64> + '_ {
        let lines = self.paths.iter().chain(&self.projections).flatten();
        let groups = self
            .groups
            .iter()
            .filter(move |_| groups)
            .flat_map(|g| &g.points);
        self.observed
            .iter()
            .chain(lines)
            .chain(groups)
            .map(|m| m.value)
            .chain(
                self.milestones
                    .iter()
                    .flat_map(|m| std::iter::once(m.mark.value).chain(m.value_max)),
            )
    }

    /// Every time drawn, to fit the time axis to.
    pub fn times(&self) -> impl Iterator<Item = f64> + '_ {
        let lines = self.paths.iter().chain(&self.projections).flatten();
        let groups = self.groups.iter().flat_map(|g| &g.points);
        let marks = self.milestones.iter().map(|m| &m.mark);
        self.observed
            .iter()
            .chain(lines)
            .chain(groups)
            .chain(marks)
            .map(|m| m.time)
    }

    /// The lowest and highest value drawn (with the groups' when `groups`), apart when all
    /// are one value.
    pub fn value_range(&self, groups: bool) -> (f64, f64) {
        let (low, high) = self
            .values(groups)
            .filter(|v| v.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
                (l.min(v), h.max(v))
            });
        if low > high {
            return (0.0, 1.0);
        }
        if high - low < 1e-12 {
            // One value: a band around it, so it is drawn in the middle, not on an edge.
            let pad = (high.abs() * 0.1).max(1.0);
            return (low - pad, high + pad);
        }
        (low, high)
    }

    /// The first and last whole years of the time axis, which holds every time drawn.
    pub fn year_range(&self) -> (i32, i32) {
        let (low, high) = self
            .times()
            .filter(|t| t.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), t| {
                (l.min(t), h.max(t))
            });
        if low > high {
            let year = self.as_of.year;
            return (year - 1, year);
        }
        let (first, last) = (low.floor() as i32, high.ceil() as i32);
        (first, last.max(first + 1))
    }
}

/// The milestone a target is drawn at: its period and the level it asks for (and the upper
/// end of a range). A level's milestone; a change's last year, at the level it comes to from
/// the value the evaluation counted it from (its result's baseline), as the evaluation
/// judges it. `None` for what has no one level at one time (a rate, a level to hold), or a
/// change not evaluated or without a written last year.
fn level(t: &Target, r: Option<&TargetResult>) -> Option<(Period, f64, Option<f64>)> {
    match t.kind {
        TargetKind::Level { at: Some(at) } => Some((at.period, t.value, t.value_max)),
        TargetKind::Change { unit, .. } => {
            let until = t.kind.last_year()?;
            let start = r?.baseline.as_ref()?.value;
            let percent = unit == RateUnit::Percent;
            let level = |change| change_level(start, change, percent);
            Some((Period::Year(until), level(t.value), t.value_max.map(level)))
        }
        _ => None,
    }
}

/// The straight path from `base` at `tb` to `target` at `ty`, at the baseline, each whole
/// year between and the milestone: the values `straight_path` gives the evaluation's
/// `expected`, kept within the unit's range as it keeps them.
fn path(
    base: f64,
    target: f64,
    (tb, ty): (f64, f64),
    range: (Option<f64>, Option<f64>),
) -> Vec<Mark> {
    let mut times = vec![tb];
    let mut year = tb.floor() + 1.0;
    while year < ty {
        times.push(year);
        year += 1.0;
    }
    times.push(ty);
    times
        .into_iter()
        .map(|t| Mark {
            time: t,
            value: within(range, straight_path(base, target, (tb, t, ty))),
        })
        .collect()
}
