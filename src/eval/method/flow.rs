//! Flows (`flow`, `flow cumulative`): quantities per period, whose yearly milestone asks for
//! that year's total (README, "How a target is judged", flows). Data within a year are
//! turned into the year's total when they cover it, else into the total so far, which is set
//! against the share of the yearly target due by then.

use super::{sign, trend, within, Context, Gap, Judgement, Method, Point, Status, Target};
use crate::eval::period::Period;
use crate::model::{Direction, Flow};
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

/// A flow's milestone target for `year`: that year's total decides once the year is over;
/// during the year the total so far is set against the share of the target due by then;
/// before it, the trend of complete yearly totals (never achieved before its year).
pub(super) fn level(
    target: &Target,
    year: i32,
    (points, flow): (&[Point], Flow),
    ctx: &Context,
) -> Judgement {
    let totals = totals(points, flow);
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
            Some(months) => format!(
                "the data for {year} reach only {months} of its 12 months, so its total is not known"
            ),
            None => format!("no total for {year}, though the year is over and its data are due"),
        };
        return Judgement::new(Status::InsufficientData).note(note);
    }
    match totals.so_far {
        Some(so_far) if so_far.point.period.year() == year => {
            pro_rata(target, year, so_far, &totals, ctx)
        }
        _ => ahead(target, year, &totals, ctx),
    }
}

/// During the milestone's year: the total so far against the share of the target due by
/// then, the share being that of the same months in the latest complete year with the same
/// data (a seasonal profile), else the share of the year elapsed.
fn pro_rata(
    target: &Target,
    year: i32,
    so_far: SoFar,
    totals: &Totals,
    ctx: &Context,
) -> Judgement {
    let (share, from) = seasonal_share(year, so_far.months, totals)
        .map_or((f64::from(so_far.months) / 12.0, None), |(s, y)| {
            (s, Some(y))
        });
    let mut j = Judgement::new(Status::InsufficientData);
    j.method = Some(Method::ProRata);
    j.latest = Some(so_far.point);
    let expected = target.value * share;
    j.expected = Some(expected);
    let projected = so_far.point.value / share;
    j.projected = Some(within(ctx.range, projected));
    let ytd = so_far.point.value;
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
    let basis = match from {
        Some(y) => format!("as in {y}"),
        None => "the share of the year elapsed".to_string(),
    };
    j.note(format!(
        "{} so far ({} months): {} of the year's target is due by then ({basis})",
        so_far.point.period,
        so_far.months,
        percent(share)
    ))
}

/// The share of a year's total its first `months` held in the latest earlier complete year
/// whose data give it; with that year. A year whose first months held nothing gives no
/// profile: no pace can be scaled by a share of zero.
fn seasonal_share(year: i32, months: u32, totals: &Totals) -> Option<(f64, i32)> {
    totals.years.iter().rev().find_map(|total| {
        let y = total.period.year();
        let so_far = *totals.by_month.get(&y)?.get(&months)?;
        (y < year && total.value > 0.0 && so_far > 0.0).then(|| (so_far / total.value, y))
    })
}

/// Before the milestone's year: the trend of complete yearly totals, a total that already
/// meets a later year's target being on track, not achieved (a flow starts again each
/// year).
fn ahead(target: &Target, year: i32, totals: &Totals, ctx: &Context) -> Judgement {
    let Some(&latest) = totals.years.last() else {
        return Judgement::new(Status::InsufficientData)
            .note("no complete year's total yet to see a trend in");
    };
    let baseline = match ctx.baseline {
        Some((y, v)) => Some(Point {
            period: Period::Year(y),
            value: v,
        }),
        None => totals.years.first().copied(),
    };
    let mut j = trend(target, year, baseline, latest, ctx);
    if super::met_in(latest.value, target, ctx.direction) {
        j.status = Status::OnTrack;
        j.note = Some(format!(
            "{}'s total meets the target; a flow starts again each year, so {year}'s total decides",
            latest.period
        ));
    }
    j
}

/// `45 %`.
fn percent(share: f64) -> String {
    format!("{} %", crate::numbers::rounded(share * 100.0))
}

/// The judge's other kinds of target read a flow's complete yearly totals.
pub(super) fn yearly(points: &[Point], flow: Flow) -> Vec<Point> {
    totals(points, flow).years
}
