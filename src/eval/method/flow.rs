//! Flows (`flow`, `flow cumulative`): quantities per period, whose yearly milestone asks for
//! that year's total, and a quarter's or a month's for that period's own total, or its
//! total from the start of the year (`cumulative`) (docs/data-and-evaluation.md, "How a target is judged",
//! flows). Data within a year are turned into the totals to the end of each month they
//! reach; a total not yet complete is set against the share of the target due by then.

use super::{sign, trend, within, Context, Gap, Judgement, Method, Point, Status, Target};
use crate::eval::note::{Counted, Remark, Share, ShareBasis};
use crate::eval::period::Period;
use crate::model::{Direction, Flow, Milestone};
use std::collections::BTreeMap;

/// A flow's values by year: each complete year's total, and the total so far of the latest
/// year its data do not complete.
pub(super) struct Totals {
    /// Complete years, in order, each as a yearly value.
    pub(super) years: Vec<Point>,
    /// The latest incomplete year's total so far, at the last period it counts.
    pub(super) so_far: Option<SoFar>,
    /// Each year's totals at the end of each month its data reach, for a seasonal profile.
    by_month: BTreeMap<i32, BTreeMap<u32, f64>>,
}

/// A year's total from its start to the end of `point.period`.
#[derive(Copy, Clone, Debug)]
pub(super) struct SoFar {
    /// The last period counted, and the total to its end.
    pub(super) point: Point,
    /// How many months of the year that is.
    pub(super) months: u32,
}

/// The yearly totals of a flow's values (ended by the date; in time order).
pub(super) fn totals(points: &[Point], flow: Flow) -> Totals {
    let mut by_year: BTreeMap<i32, Vec<Point>> = BTreeMap::new();
    for p in points {
        by_year.entry(p.period.year()).or_default().push(*p);
    }
    let mut out = Totals {
        years: Vec::new(),
        so_far: None,
        by_month: BTreeMap::new(),
    };
    for (&year, values) in &by_year {
        let months = to_date(values, flow);
        if let Some(p) = values.iter().find(|p| p.period == Period::Year(year)) {
            out.years.push(*p);
        } else if let Some((&12, &total)) = months.last_key_value() {
            out.years.push(Point {
                period: Period::Year(year),
                value: total,
            });
        }
        out.by_month.insert(year, months);
    }
    let last = by_year.keys().next_back().copied();
    let complete = |y: i32| out.years.iter().any(|p| p.period == Period::Year(y));
    if let Some(year) = last.filter(|y| !complete(*y)) {
        let months = &out.by_month[&year];
        if let Some((&month, &value)) = months.last_key_value() {
            let period = by_year[&year]
                .iter()
                .filter(|p| p.period.last_month() == month)
                .map(|p| p.period)
                .max_by_key(|p| p.months())
                .unwrap_or(Period::Month(year, month as u8));
            out.so_far = Some(SoFar {
                point: Point { period, value },
                months: month,
            });
        }
    }
    out
}

/// A year's totals from its start to the end of each month its sub-year values reach
/// without a gap: a year-to-date value is that total itself; amounts of periods add up, in
/// the kind of period that reaches furthest (a year given in quarters and in months counts
/// one of them, never both).
fn to_date(values: &[Point], flow: Flow) -> BTreeMap<u32, f64> {
    let sub_year = values
        .iter()
        .filter(|p| !matches!(p.period, Period::Year(_)));
    match flow {
        Flow::Cumulative => sub_year.map(|p| (p.period.last_month(), p.value)).collect(),
        Flow::PerPeriod => {
            let mut best = BTreeMap::new();
            for months in [6u32, 3, 1] {
                let mut running = BTreeMap::new();
                let mut total = 0.0;
                let mut end = 0;
                while let Some(p) = values
                    .iter()
                    .find(|p| p.period.last_month() == end + months && p.period.months() == months)
                {
                    end += months;
                    total += p.value;
                    running.insert(end, total);
                }
                if running.keys().last() > best.keys().last() {
                    best = running;
                }
            }
            best
        }
    }
}

/// A flow's milestone target: a year's (see [`year_level`]), or a period's within a year
/// (see [`period_level`]).
pub(super) fn level(
    target: &Target,
    at: Milestone,
    (points, flow): (&[Point], Flow),
    ctx: &Context,
) -> Judgement {
    let totals = totals(points, flow);
    if at.period.months() < 12 {
        let own = points.iter().find(|p| p.period == at.period);
        // A value for the period itself: its own total, or for year-to-date data the total
        // to its end.
        let given = own.map(|p| (p.value, flow == Flow::Cumulative));
        return period_level(target, at, given, &totals, ctx);
    }
    year_level(target, at.year(), &totals, ctx)
}

/// A year's milestone: that year's total decides once the year is over; during the year
/// the total so far is set against the share of the target due by then; before it, the
/// trend of complete yearly totals (never achieved before its year).
fn year_level(target: &Target, year: i32, totals: &Totals, ctx: &Context) -> Judgement {
    let total = totals.years.iter().find(|p| p.period == Period::Year(year));
    if let Some(&total) = total {
        let mut j = Judgement::new(if super::met_in(total.value, target, ctx.direction) {
            Status::Achieved
        } else {
            Status::Missed
        });
        j.latest = Some(total);
        return j;
    }
    if ctx.as_of > super::year_end(year) {
        let note = match totals.by_month.get(&year).and_then(|m| m.keys().last()) {
            Some(&months) => Remark::YearIncomplete { year, months },
            None => Remark::NoYearTotal { year },
        };
        return Judgement::new(Status::InsufficientData).note(note);
    }
    match totals.so_far {
        Some(so_far) if so_far.point.period.year() == year => {
            let span = Span {
                year,
                after: 0,
                end: 12,
            };
            let share = share_due(span, so_far.months, totals);
            let j = pro_rata(target, so_far.point, share.share, ctx);
            j.note(Remark::YearSoFar {
                period: so_far.point.period,
                months: so_far.months,
                share,
            })
        }
        _ => ahead(target, year, totals, ctx),
    }
}

/// The months of a year a total counts: after month `after` (0: from January) to the end
/// of month `end`.
#[derive(Copy, Clone, Debug)]
struct Span {
    year: i32,
    after: u32,
    end: u32,
}

impl Span {
    /// The months a milestone's total counts: its period's, or from January to the period's
    /// end for a total to date.
    fn of(at: Milestone) -> Span {
        let end = at.period.last_month();
        let after = if at.to_date.is_some() {
            0
        } else {
            end - at.period.months()
        };
        Span {
            year: at.year(),
            after,
            end,
        }
    }

    /// Its total, from the year's totals to the end of each month.
    fn total(self, to_month: &BTreeMap<u32, f64>) -> Option<f64> {
        Some(through(to_month, self.end)? - through(to_month, self.after)?)
    }

    /// How many months it counts.
    fn months(self) -> u32 {
        self.end - self.after
    }
}

/// The year's total to the end of `month` (nothing before January).
fn through(to_month: &BTreeMap<u32, f64>, month: u32) -> Option<f64> {
    match month {
        0 => Some(0.0),
        m => to_month.get(&m).copied(),
    }
}

/// A milestone within a year (`2026-Q2`, `2026-06`, `2026-Q3 cumulative`): the total of its
/// months decides once the period is over; while its months run, the total so far is set
/// against the share of the target due by then; before they start, it is not yet due (a
/// quarter's total is no trend of the quarters before it).
fn period_level(
    target: &Target,
    at: Milestone,
    given: Option<(f64, bool)>,
    totals: &Totals,
    ctx: &Context,
) -> Judgement {
    let span = Span::of(at);
    let to_month = totals.by_month.get(&span.year);
    // The period's own value answers a target of its own total; a year-to-date value, one of
    // the total to date, or of its own total once the total before it is known.
    let direct =
        given.and_then(
            |(value, to_date_given)| match (to_date_given, at.to_date.is_some()) {
                (false, false) | (true, true) => Some(value),
                (true, false) => Some(value - through(to_month?, span.after)?),
                (false, true) => None,
            },
        );
    let counted = if at.to_date.is_some() {
        Counted::ToDate(at.period)
    } else {
        Counted::Own(at.period)
    };
    if let Some(total) = direct.or_else(|| span.total(to_month?)) {
        let met = super::met_in(total, target, ctx.direction);
        let mut j = Judgement::new(if met {
            Status::Achieved
        } else {
            Status::Missed
        });
        j.latest = Some(Point {
            period: at.period,
            value: total,
        });
        return j.note(Remark::PeriodDecides(counted));
    }
    if ctx.as_of > at.period.end() {
        return Judgement::new(Status::InsufficientData).note(Remark::PeriodTotalUnknown(counted));
    }
    // How far the data reach into the span, with the total before it known.
    let reached = to_month.and_then(|m| {
        let before = through(m, span.after)?;
        let (&month, &so_far) = m.range(span.after + 1..=span.end).next_back()?;
        Some((month, so_far - before))
    });
    let Some((month, so_far)) = reached else {
        return Judgement::new(Status::NotYetDue)
            .note(Remark::PeriodNotBegun { period: at.period });
    };
    // The period the data reach, as they give it (`2026-Q1` rather than its last month).
    let period = totals
        .so_far
        .filter(|s| s.point.period.year() == span.year && s.months == month)
        .map_or(Period::Month(span.year, month as u8), |s| s.point.period);
    let point = Point {
        period,
        value: so_far,
    };
    let share = share_due(span, month, totals);
    let j = pro_rata(target, point, share.share, ctx);
    j.note(Remark::PeriodSoFar {
        counted,
        to: point.period,
        months: month - span.after,
        of: span.months(),
        share,
    })
}

/// The share of a span's total due by the end of month `upto`, and how it was found: the
/// share the same months held in the latest complete earlier year whose data give it (a
/// seasonal profile), else the share of the span's months elapsed.
fn share_due(span: Span, upto: u32, totals: &Totals) -> Share {
    match seasonal_share(span, upto, totals) {
        Some((share, year)) => Share {
            share,
            basis: ShareBasis::Seasonal(year),
        },
        None => Share {
            share: f64::from(upto - span.after) / f64::from(span.months()),
            basis: ShareBasis::Elapsed {
                whole_year: span.after == 0 && span.end == 12,
            },
        },
    }
}

/// A total so far against `share` of the target: the ratio of the two in the flow's
/// direction (by the distance of the projected total for a forecast), with the usual bands,
/// and the total the span comes to at this pace.
fn pro_rata(target: &Target, so_far: Point, share: f64, ctx: &Context) -> Judgement {
    let mut j = Judgement::new(Status::InsufficientData);
    j.method = Some(Method::ProRata);
    j.latest = Some(so_far);
    let expected = target.value * share;
    j.expected = Some(expected);
    let projected = so_far.value / share;
    j.projected = Some(within(ctx.range, projected));
    let ytd = so_far.value;
    let r = if ctx.direction == Direction::Maintain && super::two_sided(target) {
        Gap::of(target, projected).ratio()
    } else if sign(ctx.direction, target.op, 0.0, target.value) > 0.0 {
        ytd / expected
    } else if ytd > 0.0 {
        expected / ytd
    } else {
        // Nothing spent yet of a budget to keep under: as far under it as can be.
        f64::INFINITY
    };
    if r.is_finite() {
        j.ratio = Some(r);
    }
    j.status = Status::of_ratio(r);
    j
}

/// The share of a span's total its months to the end of `upto` held in the latest earlier
/// complete year whose data give it; with that year. A span whose first months held
/// nothing gives no profile: no pace can be scaled by a share of zero.
fn seasonal_share(span: Span, upto: u32, totals: &Totals) -> Option<(f64, i32)> {
    totals.years.iter().rev().find_map(|total| {
        let y = total.period.year();
        let to_month = totals.by_month.get(&y)?;
        // A year's own total is its value, whatever its months add up to.
        let at = |m: u32| match m {
            12 => Some(total.value),
            m => through(to_month, m),
        };
        let whole = at(span.end)? - at(span.after)?;
        let part = at(upto)? - at(span.after)?;
        (y < span.year && whole > 0.0 && part > 0.0).then(|| (part / whole, y))
    })
}

/// Before the milestone's year: the trend of complete yearly totals, a total that already
/// meets a later year's target being on track, not achieved (a flow starts again each
/// year).
fn ahead(target: &Target, year: i32, totals: &Totals, ctx: &Context) -> Judgement {
    let Some(&latest) = totals.years.last() else {
        return Judgement::new(Status::InsufficientData).note(Remark::NoCompleteYear);
    };
    let baseline = match ctx.baseline {
        Some((y, v)) => Some(Point {
            period: Period::Year(y),
            value: v,
        }),
        None => totals.years.first().copied(),
    };
    let mut j = trend(target, Period::Year(year), baseline, latest, ctx);
    if super::met_in(latest.value, target, ctx.direction) {
        j.status = Status::OnTrack;
        j.note = Some(
            Remark::FlowMeetsEarly {
                latest: latest.period,
                year,
            }
            .into(),
        );
    }
    j
}

/// The judge's other kinds of target read a flow's complete yearly totals.
pub(super) fn yearly(points: &[Point], flow: Flow) -> Vec<Point> {
    totals(points, flow).years
}
