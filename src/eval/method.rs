//! Judging one target against observed values, as ARCHITECTURE.md ("Evaluation") and docs/data-and-evaluation.md ("How a target is judged") describe.
//!
//! Pure: no I/O, no clock. The caller passes the date the judgement is made "as of".
//!
//! Sources for the method:
//! - Open SDG `progress-methodology.md` and sdg-build `sdg/ProgressMeasure.py`: the
//!   compound-growth ratio `R = d · CAGR(current, base) / |CAGR(target, base)|`, its bands
//!   (0.95, 0.60, 0) and the replacement of a zero value by 0.001;
//! - Statistics Canada's SDG progress assessment, which the Open SDG method follows.

use super::note::{Note, Remark};
use super::period::Period;
use crate::date::Date;
use crate::model::{Comparator, Direction, Flow, Milestone, RateUnit, Target, TargetKind};
use serde::Serialize;

/// Where a target stands.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The milestone (or the span) has ended and the target was met.
    Achieved,
    /// The milestone (or the span) has ended and the target was not met, or a level to
    /// hold every year was broken.
    Missed,
    /// On the way: the growth ratio is at least [`ON_TRACK`], or every year so far held.
    OnTrack,
    /// Moving the right way, but too slowly: a ratio from [`NEEDS_ACCELERATION`] up to
    /// [`ON_TRACK`].
    NeedsAcceleration,
    /// Moving the right way, far too slowly: a ratio from 0 up to [`NEEDS_ACCELERATION`].
    LimitedProgress,
    /// Moving the wrong way: a negative ratio.
    Regressing,
    /// Too few values to judge (no value at all, or one where a trend needs two).
    InsufficientData,
    /// The target's years have not begun by the date of the evaluation.
    NotYetDue,
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Status; 8] = [
        Status::Achieved,
        Status::Missed,
        Status::OnTrack,
        Status::NeedsAcceleration,
        Status::LimitedProgress,
        Status::Regressing,
        Status::InsufficientData,
        Status::NotYetDue,
    ];

    /// The status as the JSON, the CSV and the query language write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::Missed => "missed",
            Status::OnTrack => "on_track",
            Status::NeedsAcceleration => "needs_acceleration",
            Status::LimitedProgress => "limited_progress",
            Status::Regressing => "regressing",
            Status::InsufficientData => "insufficient_data",
            Status::NotYetDue => "not_yet_due",
        }
    }

    /// The band of a growth ratio R (Open SDG: ≥ 0.95, 0.60–0.95, 0–0.60, < 0).
    pub fn of_ratio(r: f64) -> Status {
        if r >= ON_TRACK {
            Status::OnTrack
        } else if r >= NEEDS_ACCELERATION {
            Status::NeedsAcceleration
        } else if r >= 0.0 {
            Status::LimitedProgress
        } else {
            Status::Regressing
        }
    }
}

/// The least growth ratio that is on track (Open SDG).
pub const ON_TRACK: f64 = 0.95;
/// The least growth ratio that only needs acceleration (Open SDG); below it, limited
/// progress.
pub const NEEDS_ACCELERATION: f64 = 0.60;
/// sdg-build replaces a zero base or target by 0.001 so growth rates stay defined.
pub const ZERO_REPLACEMENT: f64 = 0.001;
/// How close `~ T` ("about T") must come when the plan gives no `within`: within 5 % of T
/// (of each end of an "about" range).
pub const ABOUT_TOLERANCE: f64 = 0.05;

/// One observed value.
#[derive(Copy, Clone, Debug, PartialEq, Serialize)]
pub struct Point {
    /// The period the value was measured for.
    pub period: Period,
    /// The value, in the measure's unit.
    pub value: f64,
}

/// What the judge needs besides the target and the data.
#[derive(Copy, Clone, Debug)]
pub struct Context {
    /// The date of the judgement: only periods ended by then count.
    pub as_of: Date,
    /// The plan's period (a target without a year holds over it).
    pub plan_period: (i32, i32),
    /// Which way the measure should move: a ratio is counted in that direction.
    pub direction: Direction,
    /// The declared baseline (year, value), if any; else the first observation is used.
    pub baseline: Option<(i32, f64)>,
    /// The lowest and highest values the measure's unit admits (`range 0..100` of a
    /// percent): no expected or projected value leaves them.
    pub range: (Option<f64>, Option<f64>),
    /// `flow`: the measure is a quantity per period, judged by yearly totals; `None` for a
    /// level.
    pub flow: Option<Flow>,
    /// Whether the measure's unit is a rate of change (`unit ... growth`): a growth rate
    /// of a growth rate means nothing, so its trend is counted on a line.
    pub growth_unit: bool,
}

/// How the trend of a level target was counted (docs/data-and-evaluation.md, "How a target is judged").
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The compound growth ratio of Open SDG: baseline, latest and target all above zero
    /// (a zero baseline or target counted as [`ZERO_REPLACEMENT`], as sdg-build does).
    Growth,
    /// The change per year over the change per year the target needs, on a straight line:
    /// where growth rates are undefined (a value below zero: a fall in GRDP, a deficit) or
    /// meaningless (a unit that is itself a rate of change, `unit ... growth`).
    Linear,
    /// The distance to the target's band, in tolerances: a forecast or a level to hold
    /// (`direction maintain` with `~`, `=` or a range), which has no better side.
    Distance,
    /// A flow during its milestone's year: the total so far over the share of the target
    /// due by then (docs/data-and-evaluation.md, "How a target is judged": flows).
    ProRata,
}

impl Method {
    /// The method as the JSON and CSV of `plan eval` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Growth => "growth",
            Method::Linear => "linear",
            Method::Distance => "distance",
            Method::ProRata => "pro_rata",
        }
    }
}

/// A status and the numbers behind it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Judgement {
    /// Where the target stands.
    pub status: Status,
    /// The value progress is counted from: the declared baseline, else the first value.
    pub baseline: Option<Point>,
    /// The latest value counted (of a period ended by the date).
    pub latest: Option<Point>,
    /// The value on the straight path from baseline to target, at the latest period.
    pub expected: Option<f64>,
    /// The value at the milestone if the trend from baseline to latest goes on.
    pub projected: Option<f64>,
    /// The growth ratio R (level targets), or the observed yearly change over the required
    /// one (rate targets).
    pub ratio: Option<f64>,
    /// How the ratio of a level target was counted; `None` where no trend was counted.
    pub method: Option<Method>,
    /// Why, when the numbers alone do not say it: what the note says, worded at the edges
    /// ([`Note::words`]).
    #[serde(serialize_with = "note_words")]
    pub note: Option<Note>,
}

/// A note as a judgement's JSON writes it: its English words.
fn note_words<S: serde::Serializer>(note: &Option<Note>, s: S) -> Result<S::Ok, S::Error> {
    super::note::words(note.as_ref(), crate::i18n::Lang::En).serialize(s)
}

impl Judgement {
    pub(super) fn new(status: Status) -> Judgement {
        Judgement {
            status,
            baseline: None,
            latest: None,
            expected: None,
            projected: None,
            ratio: None,
            method: None,
            note: None,
        }
    }

    pub(super) fn note(mut self, remark: Remark) -> Judgement {
        self.note = Some(remark.into());
        self
    }
}

/// Whether `value` meets `op target` (a range `target..=max` when `max` is given).
pub fn meets(value: f64, op: Comparator, target: f64, max: Option<f64>) -> bool {
    if let Some(max) = max {
        return value >= target && value <= max;
    }
    match op {
        Comparator::AtLeast => value >= target,
        Comparator::AtMost => value <= target,
        Comparator::Below => value < target,
        Comparator::Above => value > target,
        Comparator::Equal => (value - target).abs() <= 1e-9 * target.abs().max(1.0),
        Comparator::About => (value - target).abs() <= ABOUT_TOLERANCE * target.abs(),
    }
}

/// Whether `value` meets the target: within its band for `~` (its tolerance, or
/// [`ABOUT_TOLERANCE`] of each end) and for a range, else as [`meets`] compares.
pub fn met(value: f64, target: &Target) -> bool {
    if target.op != Comparator::About {
        return meets(value, target.op, target.value, target.value_max);
    }
    let (low, high) = band(target);
    // As `=` allows: the last digits of a sum, not a difference anyone wrote.
    let slack = 1e-9 * low.abs().max(high.abs()).max(1.0);
    value >= low - slack && value <= high + slack
}

/// Whether `value` meets the target on a measure that moves in `direction`: a band or an
/// exact value (`~ 10`, `2 to 3`, `= 100`) is met beyond it on the better side too ("khoảng
/// 10 %" growth beaten at 10.8 is met); with no better side (`maintain`), only within it.
pub fn met_in(value: f64, target: &Target, direction: Direction) -> bool {
    if !two_sided(target) || direction == Direction::Maintain {
        return met(value, target);
    }
    let (low, high) = band(target);
    match direction {
        Direction::Increase => value >= low || met(value, target),
        _ => value <= high || met(value, target),
    }
}

/// Compound annual growth rate from `v0` at `t0` to `v1` at `t1` (Open SDG, eq. 1), with a
/// zero replaced by [`ZERO_REPLACEMENT`]. `None` when undefined (no time between the two,
/// or values of opposite or negative sign).
pub fn cagr(v1: f64, v0: f64, t1: f64, t0: f64) -> Option<f64> {
    let fix = |v: f64| if v == 0.0 { ZERO_REPLACEMENT } else { v };
    let (v1, v0) = (fix(v1), fix(v0));
    if t1 <= t0 || v1 < 0.0 || v0 < 0.0 {
        return None;
    }
    Some((v1 / v0).powf(1.0 / (t1 - t0)) - 1.0)
}

/// Judges one target. `series` may hold any periods in any order; only those ended by
/// `as_of` count.
pub fn judge(target: &Target, series: &[Point], ctx: &Context) -> Judgement {
    if let Some(waiting) = vision_not_due(target, ctx) {
        return waiting;
    }
    let mut points: Vec<Point> = series
        .iter()
        .copied()
        .filter(|p| p.period.end() <= ctx.as_of && p.value.is_finite())
        .collect();
    points.sort_by(|a, b| a.period.time().total_cmp(&b.period.time()));
    if let Some(flow) = ctx.flow {
        if let TargetKind::Level { at: Some(at) } = target.kind {
            return flow::level(target, at, (&points, flow), ctx);
        }
        // Held levels, rates and changes of a flow compare whole years' totals.
        points = flow::yearly(&points, flow);
    }
    // A span the plan leaves open runs over the plan period.
    let from = target.kind.first_year().unwrap_or(ctx.plan_period.0);
    let until = target.kind.last_year().unwrap_or(ctx.plan_period.1);
    match target.kind {
        TargetKind::Level { at: Some(at) } => level(target, at.period, &points, ctx),
        // No milestone: the level holds for the whole period, every year.
        TargetKind::Level { at: None } => {
            held(target, ctx.plan_period.0, ctx.plan_period.1, &points, ctx)
        }
        TargetKind::Maintain { .. } => held(target, from, until, &points, ctx),
        TargetKind::Rate { unit, .. } => {
            rate(Spanned::new(target, unit, from, until), &points, ctx)
        }
        TargetKind::Change { unit, .. } => {
            change(Spanned::new(target, unit, from, until), &points, ctx)
        }
    }
}

/// A target of the plan's vision (all its years after the plan period, up to the horizon)
/// is judged only once its first year has come: before, `not_yet_due`, with a note that
/// says so. `None` for any other target, or once its year has come.
fn vision_not_due(target: &Target, ctx: &Context) -> Option<Judgement> {
    let (start, end) = ctx.plan_period;
    let first = target.kind.first_year().filter(|&y| y > end)?;
    let comes = Date::new(first, 1, 1)?;
    (ctx.as_of < comes)
        .then(|| Judgement::new(Status::NotYetDue).note(Remark::VisionNotDue { first, start, end }))
}

/// A rate or a change, with the years it spans (the plan period's where the plan says none)
/// and whether it counts in percent of the value rather than in its unit's points.
#[derive(Clone, Copy)]
struct Spanned<'t> {
    target: &'t Target,
    percent: bool,
    from: i32,
    until: i32,
}

impl<'t> Spanned<'t> {
    /// The target, whether it counts in percent, and its first and last years.
    fn parts(self) -> (&'t Target, bool, i32, i32) {
        (self.target, self.percent, self.from, self.until)
    }

    fn new(target: &'t Target, unit: RateUnit, from: i32, until: i32) -> Self {
        let percent = unit == RateUnit::Percent;
        Spanned {
            target,
            percent,
            from,
            until,
        }
    }
}

pub(super) fn year_end(year: i32) -> Date {
    Period::Year(year).end()
}

/// The sign of progress: +1 when the value should rise, −1 when it should fall.
pub(crate) fn sign(direction: Direction, op: Comparator, base: f64, target: f64) -> f64 {
    match direction {
        Direction::Increase => 1.0,
        Direction::Decrease => -1.0,
        Direction::Maintain => match op.leaning() {
            Some(Direction::Decrease) => -1.0,
            Some(_) => 1.0,
            None if target < base => -1.0,
            None => 1.0,
        },
    }
}

/// A milestone target: the value for its own period (a year, or a quarter, a month... of
/// one) decides once the period is over; before, a value that meets it early (see
/// [`reached_early`]), else the trend so far ([`trend`]).
fn level(target: &Target, at: Period, points: &[Point], ctx: &Context) -> Judgement {
    let Some(&latest) = points.last() else {
        return if ctx.as_of < year_end(ctx.plan_period.0) {
            Judgement::new(Status::NotYetDue).note(Remark::NoPeriodEnded)
        } else {
            Judgement::new(Status::InsufficientData).note(Remark::NoData)
        };
    };
    let baseline = match ctx.baseline {
        Some((y, v)) => Some(Point {
            period: Period::Year(y),
            value: v,
        }),
        None => points.first().copied(),
    };
    let mut j = trend(target, at, baseline, latest, ctx);
    let passed = ctx.as_of > at.end();
    let at_milestone = points.iter().find(|p| p.period == at);
    match (passed, at_milestone) {
        // Past the milestone, its own value decides.
        (true, Some(&p)) => {
            j.latest = Some(p);
            j.status = if met_in(p.value, target, ctx.direction) {
                Status::Achieved
            } else {
                Status::Missed
            };
        }
        (true, None) => {
            j.status = Status::InsufficientData;
            j.note = Some(Remark::NoMilestoneValue { at }.into());
        }
        _ if met_in(latest.value, target, ctx.direction) => {
            let ahead = latest.period.end() < at.end();
            if reached_early(target, ctx.direction) {
                j.status = Status::Achieved;
                if ahead {
                    j.note = Some(
                        Remark::MetEarly {
                            met: latest.period,
                            at,
                        }
                        .into(),
                    );
                }
            } else {
                // A band, an exact value or a level to hold is judged by its own year:
                // meeting it sooner is being on course, not arriving.
                j.status = Status::OnTrack;
                j.note = Some(
                    Remark::MeetsBeforeMilestone {
                        met: latest.period,
                        at,
                    }
                    .into(),
                );
            }
        }
        _ => {}
    }
    if let Some(said) = baseline_differs(points, ctx) {
        j.note = Some(match j.note {
            Some(n) => n.then(said),
            None => said.into(),
        });
    }
    j
}

/// When the data give another value for the declared baseline's year: which one counts
/// (the declared one, as the plan sets it), said so that the difference is not passed over.
fn baseline_differs(points: &[Point], ctx: &Context) -> Option<Remark> {
    let (year, declared) = ctx.baseline?;
    let reported = points.iter().find(|p| p.period == Period::Year(year))?;
    let differs = (reported.value - declared).abs() > 1e-9 * declared.abs().max(1.0);
    differs.then_some(Remark::BaselineDiffers {
        year,
        declared,
        reported: reported.value,
    })
}

/// Whether a value that meets the target before its year achieves it (Open SDG's rule): a
/// one-sided target the indicator moves toward, which a later value can only pass further
/// (`>= 90` of a rising indicator). Never a band, an exact value, or a level to hold.
pub(crate) fn reached_early(target: &Target, direction: Direction) -> bool {
    target.value_max.is_none()
        && direction != Direction::Maintain
        && target.op.leaning() == Some(direction)
}

/// The trend numbers for a level target, and the status of its ratio (see [`Method`]).
pub(super) fn trend(
    target: &Target,
    at: Period,
    baseline: Option<Point>,
    latest: Point,
    ctx: &Context,
) -> Judgement {
    let mut j = Judgement::new(Status::InsufficientData);
    j.baseline = baseline;
    j.latest = Some(latest);
    let Some(base) = baseline else { return j };
    let (tb, tc, ty) = (base.period.time(), latest.period.time(), at.time());
    if tc <= tb {
        return j.note(Remark::TrendNeedsTwoValues);
    }
    let times = (tb, tc, ty);
    j.expected = Some(within(
        ctx.range,
        straight_path(base.value, target.value, times),
    ));
    let method = method_for(
        target,
        (ctx.direction, ctx.growth_unit),
        base.value,
        latest.value,
    );
    if method == Method::Distance {
        return distance(j, target, latest);
    }
    j.method = Some(method);
    let d = sign(ctx.direction, target.op, base.value, target.value);
    let Pace {
        actual,
        required,
        projected,
    } = pace(method, (base.value, latest.value, target.value), times);
    j.projected = Some(within(ctx.range, projected));
    match required {
        Some(required) => {
            let r = d * actual / required.abs();
            j.ratio = Some(r);
            j.status = Status::of_ratio(r);
        }
        // The target asks for no change from the baseline: moving the right way is enough.
        _ => {
            j.status = if d * actual >= 0.0 {
                Status::OnTrack
            } else {
                Status::Regressing
            };
        }
    }
    j
}

/// The places on the time axis of a trend's baseline, latest value and milestone.
pub(crate) type Times = (f64, f64, f64);

/// The value on the straight path from the baseline to the target, at the latest value's
/// place (ARCHITECTURE.md, "Evaluation"); the target itself for a milestone not after the
/// baseline.
pub(crate) fn straight_path(base: f64, target: f64, (tb, tc, ty): Times) -> f64 {
    if ty > tb {
        base + (target - base) * (tc - tb) / (ty - tb)
    } else {
        target
    }
}

/// The change a year the values show (`actual`) and the one the target needs (`required`;
/// `None` when it asks for no change), by growth rates or on a line, and the value the
/// milestone comes to at the values' pace (`projected`, before the unit's range bounds it).
#[derive(Copy, Clone, Debug)]
pub(crate) struct Pace {
    pub(crate) actual: f64,
    pub(crate) required: Option<f64>,
    pub(crate) projected: f64,
}

/// The [`Pace`] of a trend from `base` to `latest` toward `target`, counted by `method`
/// (growth or a line; a distance has no pace and is counted as a line).
pub(crate) fn pace(method: Method, (base, latest, target): (f64, f64, f64), times: Times) -> Pace {
    let (tb, tc, ty) = times;
    let (actual, required, projected) = if method == Method::Growth {
        // sdg-build replaces a zero baseline or target, not a zero latest value: falling
        // to zero is a growth of −100 %.
        let actual = (latest / nonzero(base)).powf(1.0 / (tc - tb)) - 1.0;
        let required = cagr(target, base, ty, tb);
        (actual, required, latest * (1.0 + actual).powf(ty - tc))
    } else {
        // A value at or below zero, or a rate of change: the change per year on a line.
        let actual = (latest - base) / (tc - tb);
        let required = (ty > tb).then(|| (target - base) / (ty - tb));
        (actual, required, latest + actual * (ty - tc))
    };
    Pace {
        actual,
        required: required.filter(|r| r.abs() > 1e-12),
        projected,
    }
}

/// How the trend of a level target is counted, for a measure moving in `direction` whose
/// unit is or is not a rate of change (`growth_unit`): by distance for a target with no
/// better side, by growth where baseline, target (a zero of either counted as
/// [`ZERO_REPLACEMENT`]) and latest value allow a growth rate and the unit is not itself a
/// rate of change, else on a line.
pub(crate) fn method_for(
    target: &Target,
    (direction, growth_unit): (Direction, bool),
    base: f64,
    latest: f64,
) -> Method {
    if direction == Direction::Maintain && two_sided(target) {
        Method::Distance
    } else if !growth_unit && nonzero(base) > 0.0 && nonzero(target.value) > 0.0 && latest >= 0.0 {
        Method::Growth
    } else {
        Method::Linear
    }
}

/// A zero baseline or target as sdg-build counts it.
pub(crate) fn nonzero(v: f64) -> f64 {
    if v == 0.0 {
        ZERO_REPLACEMENT
    } else {
        v
    }
}

/// A value kept within the unit's range (a percent is never projected past 100).
pub(crate) fn within((min, max): (Option<f64>, Option<f64>), value: f64) -> f64 {
    let value = min.map_or(value, |m| value.max(m));
    max.map_or(value, |m| value.min(m))
}

/// Whether a target is a band or a value to come to, rather than a side to be on: `~`, `=`
/// or a range.
pub(crate) fn two_sided(target: &Target) -> bool {
    target.value_max.is_some() || target.op.leaning().is_none()
}

/// The band a two-sided target accepts: its range, or its value with the tolerance of `~`.
pub(crate) fn band(target: &Target) -> (f64, f64) {
    let about = |v: f64| match target.tolerance {
        Some(t) => t.around(v),
        None => ABOUT_TOLERANCE * v.abs(),
    };
    let (low, high) = (target.value, target.value_max.unwrap_or(target.value));
    match target.op {
        Comparator::About => (low - about(low), high + about(high)),
        _ => (low, high),
    }
}

/// How far a value is from a two-sided target's band, and the tolerance it is counted in:
/// the band's half-width, or 5 % of the value for an exact one.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Gap {
    /// The band's ends.
    pub(crate) low: f64,
    pub(crate) high: f64,
    /// How far outside the band the value is (0 inside it).
    pub(crate) gap: f64,
    pub(crate) tolerance: f64,
}

impl Gap {
    pub(crate) fn of(target: &Target, value: f64) -> Gap {
        let (low, high) = band(target);
        let half = (high - low) / 2.0;
        let tolerance = if half > 1e-12 {
            half
        } else {
            ABOUT_TOLERANCE * target.value.abs().max(1e-12)
        };
        Gap {
            low,
            high,
            gap: (low - value).max(value - high).max(0.0),
            tolerance,
        }
    }

    /// One less the distance in tolerances: 1 in the band, 0 one tolerance off.
    pub(crate) fn ratio(self) -> f64 {
        1.0 - self.gap / self.tolerance
    }
}

/// A forecast or a level to hold, not met by the latest value: the ratio is one less the
/// distance to the band in tolerances ([`Gap`]), with the usual bands: 0.95 is within 5 %
/// of a tolerance, 0.6 within 40 %, 0 within one; farther is `regressing`.
fn distance(mut j: Judgement, target: &Target, latest: Point) -> Judgement {
    j.method = Some(Method::Distance);
    let gap = Gap::of(target, latest.value);
    let r = gap.ratio();
    j.ratio = Some(r);
    j.status = Status::of_ratio(r);
    j.note(Remark::Distance {
        low: gap.low,
        high: gap.high,
        off: gap.gap,
    })
}

/// A level held every year from `from` to `until` (maintain targets, and targets without a
/// year): missed as soon as an observed year misses it.
fn held(target: &Target, from: i32, until: i32, points: &[Point], ctx: &Context) -> Judgement {
    if ctx.as_of <= year_end(from) {
        return Judgement::new(Status::NotYetDue).note(Remark::HeldFrom { from });
    }
    let years: Vec<Point> = points
        .iter()
        .copied()
        .filter(|p| matches!(p.period, Period::Year(y) if y >= from && y <= until))
        .collect();
    let mut j = Judgement::new(Status::InsufficientData);
    j.latest = years.last().copied();
    j.baseline = years.first().copied();
    if years.is_empty() {
        return j.note(Remark::NoYearlyValueSince { from });
    }
    if let Some(broken) = years
        .iter()
        .find(|p| !met_in(p.value, target, ctx.direction))
    {
        j.status = Status::Missed;
        return j.note(Remark::LevelBroken {
            period: broken.period,
            value: broken.value,
        });
    }
    let last_due = until.min(ctx.as_of.year - 1);
    let missing: Vec<i32> = (from..=last_due)
        .filter(|y| !years.iter().any(|p| p.period == Period::Year(*y)))
        .collect();
    j.status = if ctx.as_of > year_end(until) {
        Status::Achieved
    } else {
        Status::OnTrack
    };
    if !missing.is_empty() {
        j.note = Some(Remark::HeldWithGaps { missing }.into());
    }
    j
}

/// A change over a span ("reduce by 50 percent"): the level it asks for, counted from the
/// value at the span's start (the declared baseline, else the last yearly value before the
/// span, else the first value), judged as a milestone target at the span's end. A span whose
/// first year the plan writes (`reduce by 5 points from 2031 until 2035`: "sau năm 2030, giảm
/// 5 μg/m3 mỗi kỳ 5 năm") counts from the last yearly value before it, the declared baseline
/// only when none is later.
fn change(spanned: Spanned<'_>, points: &[Point], ctx: &Context) -> Judgement {
    let (target, percent, from, until) = spanned.parts();
    let before = points
        .iter()
        .rev()
        .find(|p| matches!(p.period, Period::Year(y) if y < from));
    let declared = ctx.baseline.map(|(year, value)| Point {
        period: Period::Year(year),
        value,
    });
    let written_from = target.kind.first_year().is_some();
    let start = match (declared, before) {
        (Some(d), Some(b)) if written_from && b.period.year() > d.period.year() => Some(*b),
        (Some(d), _) => Some(d),
        (None, _) => before.or(points.first()).copied(),
    };
    let Some(start) = start else {
        return if ctx.as_of < year_end(from) {
            Judgement::new(Status::NotYetDue).note(Remark::ChangeFrom { from })
        } else {
            Judgement::new(Status::InsufficientData).note(Remark::ChangeWithoutStart)
        };
    };
    let level_of = |change: f64| change_level(start.value, change, percent);
    let level_target = Target {
        kind: TargetKind::Level {
            at: Some(Milestone {
                period: Period::Year(until),
                to_date: None,
                span: target.span,
                readable: true,
            }),
        },
        value: level_of(target.value),
        value_max: target.value_max.map(level_of),
        ..target.clone()
    };
    let level_ctx = Context {
        baseline: Some((start.period.year(), start.value)),
        ..*ctx
    };
    let mut j = level(&level_target, Period::Year(until), points, &level_ctx);
    let asked = Remark::ChangeAsLevel {
        change: target.value,
        percent,
        start: start.value,
        start_period: start.period,
        level: level_target.value,
        until,
    };
    j.note = Some(Note::before(asked, j.note));
    j
}

/// The level a change asks for from `start`: `change` percent of it (`percent`), else
/// `change` in the unit's points. The chart draws a change's milestone at this level.
pub(crate) fn change_level(start: f64, change: f64, percent: bool) -> f64 {
    if percent {
        start * (1.0 + change / 100.0)
    } else {
        start + change
    }
}

/// A per-year rate: each year-on-year change against the rate, and the average change over
/// the required one as the ratio.
fn rate(spanned: Spanned<'_>, points: &[Point], ctx: &Context) -> Judgement {
    let (target, percent, from, until) = spanned.parts();
    let mut years: Vec<Point> = points
        .iter()
        .copied()
        .filter(|p| matches!(p.period, Period::Year(y) if y >= from - 1 && y <= until))
        .collect();
    // The declared baseline is the value the first yearly change is counted from: a cut
    // "from 2020" is judged on 2021's value alone.
    if let Some((year, value)) = ctx.baseline {
        let before = years.first().is_none_or(|p| p.period.year() > year);
        if before && year <= until {
            years.insert(
                0,
                Point {
                    period: Period::Year(year),
                    value,
                },
            );
        }
    }
    let mut j = Judgement::new(Status::InsufficientData);
    j.baseline = years.first().copied();
    j.latest = years.last().copied();
    if ctx.as_of <= year_end(from) && years.len() < 2 {
        return Judgement::new(Status::NotYetDue).note(Remark::RateFrom { from });
    }
    if years.len() < 2 {
        return j.note(Remark::RateNeedsTwoYears);
    }
    let per_year = |a: &Point, b: &Point| -> Option<f64> {
        let gap = f64::from(b.period.year() - a.period.year());
        if percent {
            cagr(
                b.value,
                a.value,
                f64::from(b.period.year()),
                f64::from(a.period.year()),
            )
            .map(|g| g * 100.0)
        } else {
            Some((b.value - a.value) / gap)
        }
    };
    let changes: Vec<f64> = years
        .windows(2)
        .filter_map(|w| per_year(&w[0], &w[1]))
        .collect();
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return j;
    };
    let Some(average) = per_year(first, last) else {
        return j.note(Remark::GrowthUndefined);
    };
    let every_year = changes
        .iter()
        .all(|c| meets(*c, target.op, target.value, target.value_max));
    if target.value.abs() > 1e-12 {
        j.ratio = Some(average / target.value);
    }
    j.status = if every_year {
        if ctx.as_of > year_end(until) {
            Status::Achieved
        } else {
            Status::OnTrack
        }
    } else if ctx.as_of > year_end(until) {
        Status::Missed
    } else {
        match j.ratio {
            // The average pace is enough but some years fell short.
            Some(r) if r >= ON_TRACK => Status::NeedsAcceleration,
            Some(r) => Status::of_ratio(r),
            None => Status::Regressing,
        }
    };
    j
}

mod flow;

#[cfg(test)]
mod tests;
