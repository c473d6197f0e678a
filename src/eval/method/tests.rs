//! Hand-computed expectations for every branch of the method. The numbers in comments are
//! worked by hand (or with a calculator) from the formulas, not taken from the code.

use super::*;
use crate::model::Year;
use crate::source::Span;

/// A judgement's note in English, as the tests compare it.
fn note(j: &Judgement) -> Option<String> {
    j.note.as_ref().map(ToString::to_string)
}

fn year(value: i32) -> Year {
    Year {
        value,
        span: Span::default(),
    }
}

fn level(y: i32, op: Comparator, value: f64) -> Target {
    Target::new(
        TargetKind::Level {
            at: Some(Milestone::of_year(year(y))),
        },
        op,
        value,
    )
}

fn maintain(from: i32, until: i32, op: Comparator, value: f64) -> Target {
    let kind = TargetKind::Maintain {
        from: year(from),
        until: year(until),
    };
    Target::new(kind, op, value)
}

/// A yearly rate from `from` until `until` (the plan period where `None`).
fn rate(
    (from, until): (Option<i32>, Option<i32>),
    unit: RateUnit,
    op: Comparator,
    value: f64,
) -> Target {
    let kind = TargetKind::Rate {
        from: from.map(year),
        until: until.map(year),
        unit,
    };
    Target::new(kind, op, value)
}

fn pts(values: &[(i32, f64)]) -> Vec<Point> {
    values
        .iter()
        .map(|&(y, v)| Point {
            period: Period::Year(y),
            value: v,
        })
        .collect()
}

fn ctx(as_of: &str, direction: Direction, baseline: Option<(i32, f64)>) -> Context {
    Context {
        as_of: Date::parse(as_of).expect("date"),
        plan_period: (2021, 2030),
        direction,
        baseline,
        range: (None, None),
        flow: None,
        growth_unit: false,
    }
}

/// The judgement of `t` on yearly `points` at `as_of`, with no declared baseline.
fn judged(t: &Target, points: &[(i32, f64)], as_of: &str, direction: Direction) -> Judgement {
    judge(t, &pts(points), &ctx(as_of, direction, None))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-3)
}

#[test]
fn decreasing_indicator_with_limited_progress() {
    // Infant mortality 12‰ in 2021, 11.5‰ in 2023; target below 9.5‰ in 2025.
    // CAGR actual = (11.5/12)^(1/2) - 1 = -0.021055; required = (9.5/12)^(1/4) - 1 = -0.056731;
    // R = -1 × -0.021055 / 0.056731 = 0.3711 → limited progress.
    // Expected in 2023 = 12 + (9.5 - 12) × 2/4 = 10.75; projected 2025 = 11.5 × 0.978945² = 11.0208.
    let t = level(2025, Comparator::Below, 9.5);
    let j = judged(
        &t,
        &[(2021, 12.0), (2023, 11.5)],
        "2025-12-31",
        Direction::Decrease,
    );
    assert_eq!(j.status, Status::LimitedProgress);
    assert!(close(j.ratio, 0.3711), "{j:?}");
    assert!(close(j.expected, 10.75), "{j:?}");
    assert!(close(j.projected, 11.0208), "{j:?}");
    assert_eq!(j.baseline.map(|b| b.period), Some(Period::Year(2021)));
    assert_eq!(j.latest.map(|b| b.period), Some(Period::Year(2023)));
}

#[test]
fn increasing_indicator_on_track_from_a_declared_baseline() {
    // Baseline 50 (2020), 60 in 2022, target 80 in 2025.
    // CAGR actual = sqrt(1.2) - 1 = 0.095445; required = 1.6^(1/5) - 1 = 0.098561; R = 0.9684.
    // Expected 2022 = 50 + 30 × 2/5 = 62; projected 2025 = 60 × 1.095445³ = 78.872.
    let t = level(2025, Comparator::AtLeast, 80.0);
    let j = judge(
        &t,
        &pts(&[(2022, 60.0)]),
        &ctx("2023-06-30", Direction::Increase, Some((2020, 50.0))),
    );
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 0.9684), "{j:?}");
    assert!(close(j.expected, 62.0), "{j:?}");
    assert!(close(j.projected, 78.872), "{j:?}");
}

#[test]
fn ratio_bands() {
    assert_eq!(Status::of_ratio(0.95), Status::OnTrack);
    assert_eq!(Status::of_ratio(0.9499), Status::NeedsAcceleration);
    assert_eq!(Status::of_ratio(0.60), Status::NeedsAcceleration);
    assert_eq!(Status::of_ratio(0.5999), Status::LimitedProgress);
    assert_eq!(Status::of_ratio(0.0), Status::LimitedProgress);
    assert_eq!(Status::of_ratio(-0.01), Status::Regressing);
}

#[test]
fn achieved_is_tested_before_the_trend() {
    // 96 meets >= 95 although it fell from 99: achieved, whatever the trend.
    let t = level(2025, Comparator::AtLeast, 95.0);
    let j = judged(
        &t,
        &[(2021, 99.0), (2023, 96.0)],
        "2024-03-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::Achieved);
}

#[test]
fn a_single_data_point_is_insufficient() {
    let t = level(2025, Comparator::AtLeast, 95.0);
    let j = judged(&t, &[(2022, 80.0)], "2024-01-01", Direction::Increase);
    assert_eq!(j.status, Status::InsufficientData);
    assert_eq!(j.ratio, None);
    assert!(j.note.is_some());
}

#[test]
fn a_zero_baseline_is_replaced_by_a_small_value() {
    // From 0 (read 0.001) to 0.5 in two years: CAGR = (0.5/0.001)^(1/2) - 1 = 21.3607;
    // required for 2 by 2025 from 2021: (2/0.001)^(1/4) - 1 = 5.6874; R = 3.7558 → on track.
    let t = level(2025, Comparator::AtLeast, 2.0);
    let j = judged(
        &t,
        &[(2021, 0.0), (2023, 0.5)],
        "2024-01-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 21.3607 / 5.6874), "{j:?}");
}

#[test]
fn moving_the_wrong_way_is_regressing() {
    let t = level(2025, Comparator::Below, 9.5);
    let j = judged(
        &t,
        &[(2021, 12.0), (2023, 13.0)],
        "2024-01-01",
        Direction::Decrease,
    );
    assert_eq!(j.status, Status::Regressing);
    assert!(j.ratio.is_some_and(|r| r < 0.0));
}

#[test]
fn a_target_met_at_baseline_but_lost_later() {
    // Baseline 8 already meets < 9.5; by 2023 the value rose to 10: not achieved, and the
    // rise is against a decrease: regressing.
    let t = level(2025, Comparator::Below, 9.5);
    let j = judge(
        &t,
        &pts(&[(2023, 10.0)]),
        &ctx("2024-01-01", Direction::Decrease, Some((2020, 8.0))),
    );
    assert_eq!(j.status, Status::Regressing);
}

#[test]
fn past_the_milestone_its_own_value_decides() {
    let t = level(2025, Comparator::AtLeast, 95.0);
    // The 2025 value misses; a later 2026 value that meets does not rescue the milestone.
    let data = pts(&[(2021, 90.0), (2025, 94.0), (2026, 96.0)]);
    let j = judge(&t, &data, &ctx("2027-03-01", Direction::Increase, None));
    assert_eq!(j.status, Status::Missed);
    assert_eq!(j.latest.map(|p| p.value), Some(94.0));
    let data = pts(&[(2021, 90.0), (2025, 95.0)]);
    let j = judge(&t, &data, &ctx("2026-01-01", Direction::Increase, None));
    assert_eq!(j.status, Status::Achieved);
}

#[test]
fn a_milestone_passed_without_its_data_says_so() {
    let t = level(2025, Comparator::AtLeast, 95.0);
    let j = judged(
        &t,
        &[(2021, 90.0), (2023, 92.0)],
        "2026-06-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::InsufficientData);
    assert!(
        note(&j)
            .as_deref()
            .is_some_and(|n| n.contains("no value for 2025")),
        "{j:?}"
    );
}

#[test]
fn data_after_the_as_of_date_are_ignored() {
    let t = level(2025, Comparator::AtLeast, 95.0);
    // As of mid-2023 the 2023 value is not yet in: the trend uses 2021-2022.
    let j = judged(
        &t,
        &[(2021, 90.0), (2022, 91.0), (2023, 99.0)],
        "2023-06-30",
        Direction::Increase,
    );
    assert_eq!(j.latest.map(|p| p.period), Some(Period::Year(2022)));
    assert_ne!(j.status, Status::Achieved);
}

#[test]
fn no_data_before_any_period_ended_is_not_yet_due() {
    let t = level(2025, Comparator::AtLeast, 95.0);
    let j = judge(&t, &[], &ctx("2021-06-01", Direction::Increase, None));
    assert_eq!(j.status, Status::NotYetDue);
    let j = judge(&t, &[], &ctx("2023-06-01", Direction::Increase, None));
    assert_eq!(j.status, Status::InsufficientData);
}

#[test]
fn half_years_count_on_the_time_axis() {
    // 2023-H1 stands at 2022.5: from 50 (2021) to 55 over 1.5 years.
    // CAGR = 1.1^(1/1.5) - 1 = 0.065602; required (80/50)^(1/4) - 1 = 0.124683; R = 0.5262.
    let t = level(2025, Comparator::AtLeast, 80.0);
    let data = vec![
        Point {
            period: Period::Year(2021),
            value: 50.0,
        },
        Point {
            period: Period::Half(2023, 1),
            value: 55.0,
        },
    ];
    let j = judge(&t, &data, &ctx("2023-07-01", Direction::Increase, None));
    assert_eq!(j.status, Status::LimitedProgress);
    assert!(close(j.ratio, 0.065602 / 0.124683), "{j:?}");
}

#[test]
fn maintain_broken_in_one_year_is_missed() {
    let t = maintain(2025, 2030, Comparator::AtLeast, 95.0);
    let data = pts(&[(2025, 96.0), (2026, 95.5), (2027, 93.0), (2028, 97.0)]);
    let j = judge(&t, &data, &ctx("2029-01-15", Direction::Increase, None));
    assert_eq!(j.status, Status::Missed);
    // The latest value is the latest; the note names the year that broke the level.
    assert_eq!(j.latest.map(|p| p.period), Some(Period::Year(2028)));
    assert!(
        note(&j)
            .as_deref()
            .is_some_and(|n| n.contains("2027 was 93")),
        "{j:?}"
    );
}

#[test]
fn maintain_held_so_far_then_achieved() {
    let t = maintain(2025, 2030, Comparator::AtLeast, 95.0);
    let data = pts(&[(2025, 96.0), (2026, 95.0)]);
    let j = judge(&t, &data, &ctx("2027-03-01", Direction::Increase, None));
    assert_eq!(j.status, Status::OnTrack);
    let all: Vec<(i32, f64)> = (2025..=2030).map(|y| (y, 96.0)).collect();
    let j = judge(
        &t,
        &pts(&all),
        &ctx("2031-01-05", Direction::Increase, None),
    );
    assert_eq!(j.status, Status::Achieved);
    // Missing years are named.
    let j = judged(
        &t,
        &[(2025, 96.0), (2027, 97.0)],
        "2028-02-01",
        Direction::Increase,
    );
    assert!(
        note(&j).as_deref().is_some_and(|n| n.contains("2026")),
        "{j:?}"
    );
    let j = judge(&t, &data, &ctx("2025-06-01", Direction::Increase, None));
    assert_eq!(j.status, Status::NotYetDue);
}

#[test]
fn a_target_without_year_holds_every_year() {
    let t = Target::new(TargetKind::Level { at: None }, Comparator::AtLeast, 100.0);
    let j = judged(
        &t,
        &[(2021, 100.0), (2022, 100.0)],
        "2023-03-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    let j = judged(
        &t,
        &[(2021, 100.0), (2022, 98.0)],
        "2023-03-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::Missed);
}

#[test]
fn rate_targets_compare_each_yearly_change() {
    // Reduce child marriage by 0.5 points a year: op <=, value -0.5.
    let t = rate(
        (None, Some(2030)),
        RateUnit::Points,
        Comparator::AtMost,
        -0.5,
    );
    // 10 → 9.4 → 8.9 → 8.3: changes -0.6, -0.5, -0.6, all meet: on track.
    let j = judged(
        &t,
        &[(2021, 10.0), (2022, 9.4), (2023, 8.9), (2024, 8.3)],
        "2025-02-01",
        Direction::Decrease,
    );
    assert_eq!(j.status, Status::OnTrack);
    // Average (8.3 - 10) / 3 = -0.5667 → ratio 1.1333.
    assert!(close(j.ratio, 1.1333), "{j:?}");
    // 10 → 9.8 → 9.7: changes -0.2, -0.1; average -0.15 → ratio 0.3 → limited progress.
    let j = judged(
        &t,
        &[(2021, 10.0), (2022, 9.8), (2023, 9.7)],
        "2024-02-01",
        Direction::Decrease,
    );
    assert_eq!(j.status, Status::LimitedProgress);
    assert!(close(j.ratio, 0.3), "{j:?}");
    // A rise is regressing.
    let j = judged(
        &t,
        &[(2021, 10.0), (2022, 10.4)],
        "2023-02-01",
        Direction::Decrease,
    );
    assert_eq!(j.status, Status::Regressing);
    // One value is not enough.
    let j = judged(&t, &[(2021, 10.0)], "2023-02-01", Direction::Decrease);
    assert_eq!(j.status, Status::InsufficientData);
}

#[test]
fn percent_rates_and_ranges() {
    // Increase by 2 to 3 % a year: 100 → 102.5 → 105.06 (2.5 % each year).
    let mut t = rate(
        (Some(2025), Some(2030)),
        RateUnit::Percent,
        Comparator::Equal,
        2.0,
    );
    t.value_max = Some(3.0);
    let j = judged(
        &t,
        &[(2025, 100.0), (2026, 102.5), (2027, 105.0625)],
        "2028-01-10",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    // 5 % a year is outside the range.
    let j = judged(
        &t,
        &[(2025, 100.0), (2026, 105.0)],
        "2027-01-10",
        Direction::Increase,
    );
    assert_ne!(j.status, Status::OnTrack);
}

#[test]
fn comparisons() {
    assert!(meets(9.4, Comparator::Below, 9.5, None));
    assert!(!meets(9.5, Comparator::Below, 9.5, None));
    assert!(meets(9.5, Comparator::AtMost, 9.5, None));
    assert!(meets(21.0, Comparator::About, 22.0, None));
    assert!(!meets(20.0, Comparator::About, 22.0, None));
    assert!(meets(2.5, Comparator::Equal, 2.0, Some(3.0)));
    assert!(!meets(3.5, Comparator::Equal, 2.0, Some(3.0)));
}

// Issue 11, items 2, 3, 5 and 6: milestones stand apart, forecasts by distance, values that
// cross zero, projections within the unit's range.

#[test]
fn a_one_sided_target_met_early_is_achieved_ahead_of_its_year() {
    // ≥ 90 on a rising indicator, 92 in 2026: the 2028 milestone is met, ahead of its year.
    let t = level(2028, Comparator::AtLeast, 90.0);
    let j = judged(
        &t,
        &[(2021, 80.0), (2026, 92.0)],
        "2027-03-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::Achieved);
    assert_eq!(note(&j).as_deref(), Some("met in 2026, ahead of 2028"));
}

#[test]
fn a_band_an_exact_value_or_a_held_level_met_early_is_on_track_not_achieved() {
    // "khoảng 10" (~ 10, 9.5..10.5) met by 10.2 in 2026: the 2028 value decides.
    let about = level(2028, Comparator::About, 10.0);
    let j = judged(
        &about,
        &[(2025, 8.0), (2026, 10.2)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    assert_eq!(
        note(&j).as_deref(),
        Some("meets the target in 2026; the value for 2028 decides")
    );
    // = 100 met in 2026, and ≥ 95 on a measure whose level is to be held.
    let exact = level(2028, Comparator::Equal, 100.0);
    let j = judged(
        &exact,
        &[(2025, 90.0), (2026, 100.0)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    let held = level(2028, Comparator::AtLeast, 95.0);
    let j = judged(
        &held,
        &[(2025, 96.0), (2026, 97.0)],
        "2027-02-01",
        Direction::Maintain,
    );
    assert_eq!(j.status, Status::OnTrack);
    // Past 2028, its own value decides: 10.4 is within 5 % of 10.
    let j = judged(
        &about,
        &[(2026, 10.2), (2028, 10.4)],
        "2029-02-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::Achieved);
}

#[test]
fn a_forecast_is_judged_by_its_distance_to_the_band() {
    // CPI "khoảng 5,21 %" for 2027: ~ 5.21 accepts 5.21 ± 5 % = 4.9495..5.4705 (tolerance
    // 0.2605). 6.1 in 2026 is 6.1 − 5.4705 = 0.6295 off: R = 1 − 0.6295 / 0.2605 = −1.4165,
    // regressing, whatever the baseline (3.2) and however much "higher" it is.
    let t = level(2027, Comparator::About, 5.21);
    let j = judged(
        &t,
        &[(2025, 3.2), (2026, 6.1)],
        "2027-03-01",
        Direction::Maintain,
    );
    assert_eq!(j.method, Some(Method::Distance));
    assert_eq!(j.status, Status::Regressing);
    assert!(close(j.ratio, -1.4165), "{j:?}");
    // 5.5 is 0.0295 off: R = 1 − 0.0295 / 0.2605 = 0.8868, needs acceleration.
    let j = judged(
        &t,
        &[(2025, 3.2), (2026, 5.5)],
        "2027-03-01",
        Direction::Maintain,
    );
    assert_eq!(j.status, Status::NeedsAcceleration);
    assert!(close(j.ratio, 0.8868), "{j:?}");
    // Within the band: on course; the 2027 value decides.
    let j = judged(
        &t,
        &[(2025, 3.2), (2026, 5.3)],
        "2027-03-01",
        Direction::Maintain,
    );
    assert_eq!(j.status, Status::OnTrack);
    // A range 2 to 3 held: half-width 0.5; 3.1 is 0.1 off, R = 1 − 0.1 / 0.5 = 0.8.
    let mut range = level(2027, Comparator::Equal, 2.0);
    range.value_max = Some(3.0);
    let j = judged(
        &range,
        &[(2025, 2.5), (2026, 3.1)],
        "2027-03-01",
        Direction::Maintain,
    );
    assert!(close(j.ratio, 0.8), "{j:?}");
    assert_eq!(j.status, Status::NeedsAcceleration);
}

#[test]
fn a_value_below_zero_is_judged_on_a_straight_line() {
    // GRDP growth ≥ 7 % by 2028 from 5 % in 2025; −1.2 % in 2026. No growth rate of a
    // negative value: actual change −6.2 a year, needed (7 − 5) / 3 = 0.6667 a year,
    // R = −6.2 / 0.6667 = −9.3, regressing; projected −1.2 − 6.2 × 2 = −13.6; expected
    // 5 + 2 / 3 = 5.6667.
    let t = level(2028, Comparator::AtLeast, 7.0);
    let j = judged(
        &t,
        &[(2025, 5.0), (2026, -1.2)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(j.method, Some(Method::Linear));
    assert_eq!(j.status, Status::Regressing);
    assert!(close(j.ratio, -9.3), "{j:?}");
    assert!(close(j.projected, -13.6), "{j:?}");
    assert!(close(j.expected, 5.6667), "{j:?}");
    // A deficit of 10 in 2024 cut to 6 in 2026, to at most 2 by 2028 (≥ −2): 2 a year done,
    // 8 / 4 = 2 a year needed, R = 1, on track; projected −6 + 2 × 2 = −2.
    let t = level(2028, Comparator::AtLeast, -2.0);
    let j = judged(
        &t,
        &[(2024, -10.0), (2026, -6.0)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 1.0), "{j:?}");
    assert!(close(j.projected, -2.0), "{j:?}");
}

#[test]
fn a_latest_value_of_zero_is_a_fall_of_all_of_it_not_a_thousandth() {
    // 10 in 2021, 0 in 2023, ≥ 50 by 2025. sdg-build replaces a zero baseline or target
    // only: actual = (0 / 10)^(1/2) − 1 = −1; required = 5^(1/4) − 1 = 0.495349;
    // R = −1 / 0.495349 = −2.0188 (with 0.001 for the zero it would be −1.9986).
    let t = level(2025, Comparator::AtLeast, 50.0);
    let j = judged(
        &t,
        &[(2021, 10.0), (2023, 0.0)],
        "2024-02-01",
        Direction::Increase,
    );
    assert_eq!(j.method, Some(Method::Growth));
    assert!(close(j.ratio, -2.0188), "{j:?}");
    assert!(close(j.projected, 0.0), "{j:?}");
}

#[test]
fn projections_and_paths_stay_within_the_unit_s_range() {
    // A percent from 50 (2021) to 80 (2023), ≥ 99 by 2030: actual growth
    // (80/50)^(1/2) − 1 = 0.264911 a year would project 80 × 1.264911^7 = 413.5 %; the
    // projection stops at 100. R = 0.264911 / ((99/50)^(1/9) − 1 = 0.078855) = 3.3594.
    let t = level(2030, Comparator::AtLeast, 99.0);
    let mut c = ctx("2024-02-01", Direction::Increase, None);
    c.range = (Some(0.0), Some(100.0));
    let j = judge(&t, &pts(&[(2021, 50.0), (2023, 80.0)]), &c);
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 3.3594), "{j:?}");
    assert!(close(j.projected, 100.0), "{j:?}");
    // On a straight line too: from −2 (2024) to −6 (2026), −2 a year, projects
    // −6 − 2 × 2 = −10 for 2028, below the floor of a unit with `range -9..`: it stops at −9.
    // (The target ≥ −2 is set on a falling measure only to make a line.)
    let t = level(2028, Comparator::AtLeast, -2.0);
    let mut c = ctx("2027-02-01", Direction::Decrease, None);
    c.range = (Some(-9.0), None);
    let j = judge(&t, &pts(&[(2024, -2.0), (2026, -6.0)]), &c);
    assert_eq!(j.method, Some(Method::Linear));
    assert!(close(j.projected, -9.0), "{j:?}");
}

#[test]
fn a_yearly_cut_counts_its_first_change_from_the_declared_baseline() {
    // "giảm 1–1,5 điểm/năm" from 2021: a change of −1.5 to −1 points a year. Baseline 10 in
    // 2020, 8.8 in 2021: one change of −1.2, within the range, so on track without waiting
    // for a second year; ratio −1.2 / −1.5 = 0.8.
    let mut t = rate(
        (Some(2021), Some(2025)),
        RateUnit::Points,
        Comparator::Equal,
        -1.5,
    );
    t.value_max = Some(-1.0);
    let j = judge(
        &t,
        &pts(&[(2021, 8.8)]),
        &ctx("2022-02-01", Direction::Decrease, Some((2020, 10.0))),
    );
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 0.8), "{j:?}");
    assert_eq!(
        j.baseline.map(|b| (b.period, b.value)),
        Some((Period::Year(2020), 10.0))
    );
    // Without the baseline, one value is no change.
    let j = judged(&t, &[(2021, 8.8)], "2022-02-01", Direction::Decrease);
    assert_eq!(j.status, Status::InsufficientData);
}

/// A change over a span (`reduce by ... from ... until ...`).
fn change(from: Option<i32>, until: i32, unit: RateUnit, value: f64) -> Target {
    let kind = TargetKind::Change {
        from: from.map(year),
        until: Some(year(until)),
        unit,
    };
    Target::new(kind, Comparator::AtMost, value)
}

#[test]
fn a_change_whose_first_year_is_written_counts_from_the_value_before_it() {
    // 2530/QĐ-TTg, I.3: after 2030, PM2.5 falls 5 μg/m3 in each five-year plan. With the
    // baseline declared at 50 in 2024 and 38 in 2030, the span 2031-2035 counts from 2030's
    // 38: a level of 33 by 2035, which 33 in 2035 meets.
    let mut c = ctx("2036-03-01", Direction::Decrease, Some((2024, 50.0)));
    c.plan_period = (2026, 2030);
    let t = change(Some(2031), 2035, RateUnit::Points, -5.0);
    let values = pts(&[(2024, 50.0), (2030, 38.0), (2035, 33.0)]);
    let j = judge(&t, &values, &c);
    assert_eq!(j.status, Status::Achieved, "{j:?}");
    assert_eq!(
        note(&j)
            .as_deref()
            .map(|n| n.starts_with("a change of -5 from 38 (2030) is a level of 33 by 2035")),
        Some(true),
        "{j:?}"
    );
    // Over the period (no first year written), the declared baseline counts: 20 % below 50 is
    // 40, which 38 in 2030 meets.
    let t = change(None, 2030, RateUnit::Percent, -20.0);
    let j = judge(
        &t,
        &values,
        &ctx("2031-03-01", Direction::Decrease, Some((2024, 50.0))),
    );
    assert_eq!(j.baseline.map(|b| b.value), Some(50.0));
    assert_eq!(j.status, Status::Achieved, "{j:?}");
}

// Issue 11, item 4: "about", ranges and tolerance.

/// `~ value` (`to max`), with the tolerance `within`.
fn about(y: i32, value: f64, max: Option<f64>, within: Option<(f64, RateUnit)>) -> Target {
    let mut t = level(y, Comparator::About, value);
    t.value_max = max;
    t.tolerance = within.map(|(amount, unit)| crate::model::Tolerance { amount, unit });
    t
}

#[test]
fn about_beaten_on_the_better_side_is_achieved_and_a_forecast_overshot_is_not() {
    // "khoảng 10 %" growth for 2026 (band 9.5..10.5), 10.8 in 2026: beyond it on the rising
    // side of a rising indicator, so achieved. The same 10.8 against a forecast (no better
    // side) is missed, as is 9.4 below the band.
    let t = about(2026, 10.0, None, None);
    let rising = judged(
        &t,
        &[(2025, 9.0), (2026, 10.8)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(rising.status, Status::Achieved);
    let forecast = judged(
        &t,
        &[(2025, 9.0), (2026, 10.8)],
        "2027-02-01",
        Direction::Maintain,
    );
    assert_eq!(forecast.status, Status::Missed);
    let short = judged(
        &t,
        &[(2025, 9.0), (2026, 9.4)],
        "2027-02-01",
        Direction::Increase,
    );
    assert_eq!(short.status, Status::Missed);
}

#[test]
fn an_about_range_keeps_its_tolerance_at_both_ends() {
    // `~ 10 to 10.5`: 10 − 5 % = 9.5 up to 10.5 + 5 % = 11.025. 10.9 and 9.6 meet it; 11.1
    // and 9.4 do not (a plain range 10 to 10.5 would refuse all four but none).
    let t = about(2026, 10.0, Some(10.5), None);
    for (value, meets) in [(10.9, true), (9.6, true), (11.1, false), (9.4, false)] {
        let j = judged(
            &t,
            &[(2025, 9.0), (2026, value)],
            "2027-02-01",
            Direction::Maintain,
        );
        let expected = if meets {
            Status::Achieved
        } else {
            Status::Missed
        };
        assert_eq!(j.status, expected, "{value}");
    }
}

#[test]
fn a_written_tolerance_replaces_the_five_percent() {
    // `~ 10 within 0.5 points`: 9.5..10.5, so 10.6 misses; `within 10 percent`: 9..11, so
    // 10.6 meets; `within 0.2 points` around a CPI forecast of 5.21: 5.01..5.41.
    let points = about(2026, 10.0, None, Some((0.5, RateUnit::Points)));
    let j = judged(
        &points,
        &[(2025, 9.0), (2026, 10.6)],
        "2027-02-01",
        Direction::Maintain,
    );
    assert_eq!(j.status, Status::Missed);
    let percent = about(2026, 10.0, None, Some((10.0, RateUnit::Percent)));
    let j = judged(
        &percent,
        &[(2025, 9.0), (2026, 10.6)],
        "2027-02-01",
        Direction::Maintain,
    );
    assert_eq!(j.status, Status::Achieved);
    // Before its year, a forecast 5.5 against 5.01..5.41 (tolerance 0.2) is 0.09 off:
    // R = 1 − 0.09 / 0.2 = 0.55, limited progress.
    let cpi = about(2027, 5.21, None, Some((0.2, RateUnit::Points)));
    let j = judged(
        &cpi,
        &[(2025, 3.2), (2026, 5.5)],
        "2027-02-01",
        Direction::Maintain,
    );
    assert!(close(j.ratio, 0.55), "{j:?}");
    assert_eq!(j.status, Status::LimitedProgress);
}

// Issue 11, item 1: flows.

fn period(text: &str) -> Period {
    Period::parse(text).expect("period")
}

/// Values for periods written as in data (`2026-Q2`).
fn flow_points(values: &[(&str, f64)]) -> Vec<Point> {
    values
        .iter()
        .map(|&(p, value)| Point {
            period: period(p),
            value,
        })
        .collect()
}

fn flow_ctx(as_of: &str, flow: Flow) -> Context {
    Context {
        flow: Some(flow),
        ..ctx(as_of, Direction::Increase, None)
    }
}

#[test]
fn a_flow_s_year_to_date_total_is_set_against_the_share_of_the_year_due() {
    // Budget revenue ≥ 1000 in 2026, reported "lũy kế": 500 by the end of June. Half the
    // year is over, so 1000 × 6/12 = 500 is due: R = 500 / 500 = 1, on track; at this pace
    // the year comes to 500 / 0.5 = 1000. (As a level, 500 against 1000 would regress.)
    let t = level(2026, Comparator::AtLeast, 1000.0);
    let j = judge(
        &t,
        &flow_points(&[("2026-Q1", 240.0), ("2026-Q2", 500.0)]),
        &flow_ctx("2026-07-15", Flow::Cumulative),
    );
    assert_eq!(j.method, Some(Method::ProRata));
    assert_eq!(j.status, Status::OnTrack);
    assert!(close(j.ratio, 1.0), "{j:?}");
    assert!(close(j.expected, 500.0), "{j:?}");
    assert!(close(j.projected, 1000.0), "{j:?}");
    assert_eq!(j.latest.map(|p| p.period), Some(period("2026-Q2")));
    // The same year given quarter by quarter: 240 + 200 = 440 by June, R = 440 / 500 = 0.88,
    // needs acceleration; projected 880.
    let j = judge(
        &t,
        &flow_points(&[("2026-Q1", 240.0), ("2026-Q2", 200.0)]),
        &flow_ctx("2026-07-15", Flow::PerPeriod),
    );
    assert_eq!(j.status, Status::NeedsAcceleration);
    assert!(close(j.ratio, 0.88), "{j:?}");
    assert!(close(j.projected, 880.0), "{j:?}");
}

/// Revenue by quarter: 2025 as 200, 250, 250, 300; 2026's first two quarters as 230, 240.
fn seasonal_quarters() -> Vec<Point> {
    flow_points(&[
        ("2025-Q1", 200.0),
        ("2025-Q2", 250.0),
        ("2025-Q3", 250.0),
        ("2025-Q4", 300.0),
        ("2026-Q1", 230.0),
        ("2026-Q2", 240.0),
    ])
}

#[test]
fn a_seasonal_profile_from_an_earlier_year_sets_the_share_due() {
    // 2025 by quarter: 200, 250, 250, 300 (total 1000; 450 = 45 % by June). In 2026, 470 by
    // June against ≥ 1000: 1000 × 0.45 = 450 due, R = 470 / 450 = 1.0444, on track;
    // projected 470 / 0.45 = 1044.444.
    let t = level(2026, Comparator::AtLeast, 1000.0);
    let data = seasonal_quarters();
    let j = judge(&t, &data, &flow_ctx("2026-07-15", Flow::PerPeriod));
    assert!(close(j.expected, 450.0), "{j:?}");
    assert!(close(j.ratio, 1.0444), "{j:?}");
    assert!(close(j.projected, 1044.444), "{j:?}");
    assert_eq!(j.status, Status::OnTrack);
    assert!(
        note(&j)
            .as_deref()
            .is_some_and(|n| n.contains("as in 2025")),
        "{j:?}"
    );
}

#[test]
fn a_flow_s_milestone_is_its_year_s_total_and_no_other_year_s() {
    let data = flow_points(&[
        ("2026-Q1", 240.0),
        ("2026-Q2", 260.0),
        ("2026-Q3", 250.0),
        ("2026-Q4", 270.0),
    ]);
    // 2026's quarters add up to 1020 ≥ 1000: achieved once the year is over.
    let t2026 = level(2026, Comparator::AtLeast, 1000.0);
    let j = judge(&t2026, &data, &flow_ctx("2027-02-01", Flow::PerPeriod));
    assert_eq!(j.status, Status::Achieved);
    assert_eq!(
        j.latest.map(|p| (p.period, p.value)),
        Some((Period::Year(2026), 1020.0))
    );
    // The same total does not achieve ≥ 1000 in 2028: a flow starts again each year. With
    // one complete year there is no trend yet, but the total already meets it: on track.
    let t2028 = level(2028, Comparator::AtLeast, 1000.0);
    let j = judge(&t2028, &data, &flow_ctx("2027-02-01", Flow::PerPeriod));
    assert_eq!(j.status, Status::OnTrack);
    // Year-to-date totals ending at 990 in December: missed; three quarters only, the
    // year over: its total is not known.
    let ytd = flow_points(&[("2026-Q3", 700.0), ("2026-Q4", 990.0)]);
    let j = judge(&t2026, &ytd, &flow_ctx("2027-02-01", Flow::Cumulative));
    assert_eq!(j.status, Status::Missed);
    let j = judge(&t2026, &data[..3], &flow_ctx("2027-02-01", Flow::PerPeriod));
    assert_eq!(j.status, Status::InsufficientData);
    assert_eq!(
        note(&j).as_deref(),
        Some("the data for 2026 reach only 9 of its 12 months, so its total is not known")
    );
}

#[test]
fn a_declared_baseline_the_data_contradict_is_used_and_said() {
    // Baseline 50 declared for 2020, the data give 52 for 2020 and 60 for 2022: the
    // declared 50 counts (CAGR sqrt(1.2) − 1 = 0.095445 against 1.6^(1/5) − 1 = 0.098561,
    // R = 0.9684), and the note says which.
    let t = level(2025, Comparator::AtLeast, 80.0);
    let j = judge(
        &t,
        &pts(&[(2020, 52.0), (2022, 60.0)]),
        &ctx("2023-06-30", Direction::Increase, Some((2020, 50.0))),
    );
    assert!(close(j.ratio, 0.9684), "{j:?}");
    assert_eq!(
        note(&j).as_deref(),
        Some("the declared baseline 2020 = 50 is used; the data give 52 for 2020")
    );
}

#[test]
fn a_unit_that_is_a_rate_of_change_is_judged_on_a_line() {
    // GRDP growth (a `growth` unit) of 6 % in 2025 and 7 % in 2026 against ≥ 8 % by 2028:
    // on a line, 1 point a year done, (8 − 6) / 3 = 0.6667 a year needed, R = 1.5, on
    // track; projected 7 + 1 × 2 = 9. By growth rates of the growth rate it would be
    // (7/6 − 1) / ((8/6)^(1/3) − 1) = 0.1667 / 0.1006 = 1.66, a number with no meaning.
    let t = level(2028, Comparator::AtLeast, 8.0);
    let c = Context {
        growth_unit: true,
        ..ctx("2027-02-01", Direction::Increase, None)
    };
    let j = judge(&t, &pts(&[(2025, 6.0), (2026, 7.0)]), &c);
    assert_eq!(j.method, Some(Method::Linear));
    assert!(close(j.ratio, 1.5), "{j:?}");
    assert!(close(j.projected, 9.0), "{j:?}");
    assert_eq!(j.status, Status::OnTrack);
}

/// Every kind of measure (level, flow, cumulative flow, growth unit) against every
/// comparison, direction and awkward series (zeros, negatives, one value, sub-year values
/// only, a year and its quarters together): a status always, and no ratio, expected or
/// projected value that is not a number.
#[test]
fn every_method_gives_a_status_and_only_finite_numbers() {
    let series: [&[(&str, f64)]; 7] = [
        &[("2024", 0.0), ("2025", 0.0)],
        &[("2024", -3.0), ("2025", 2.0), ("2026-Q1", -1.0)],
        &[("2026-Q1", 5.0)],
        &[
            ("2025-Q1", 0.0),
            ("2025-Q2", 0.0),
            ("2025-Q3", 0.0),
            ("2025-Q4", 0.0),
            ("2026-01", 1.0),
        ],
        &[
            ("2025", 100.0),
            ("2025-Q1", 30.0),
            ("2025-H1", 40.0),
            ("2026-H1", 0.0),
        ],
        &[("2023", 1e-12), ("2024", 1e12)],
        // A first half that held nothing the year before: no seasonal share of zero.
        &[("2025-H1", 0.0), ("2025-H2", 50.0), ("2026-H1", 10.0)],
    ];
    let ops = [
        Comparator::AtLeast,
        Comparator::AtMost,
        Comparator::Below,
        Comparator::Above,
        Comparator::Equal,
        Comparator::About,
    ];
    let kinds = [None, Some(Flow::PerPeriod), Some(Flow::Cumulative)];
    for data in series {
        let points = flow_points(data);
        for op in ops {
            for value in [0.0, -5.0, 10.0] {
                for direction in [
                    Direction::Increase,
                    Direction::Decrease,
                    Direction::Maintain,
                ] {
                    let measures = kinds.iter().flat_map(|f| [(*f, false), (*f, true)]);
                    let bounded = [(Some(-10.0), Some(100.0)), (None, None)];
                    for ((flow, growth_unit), range) in
                        measures.flat_map(|m| bounded.map(|b| (m, b)))
                    {
                        for t in [
                            level(2026, op, value),
                            within_year("2026-Q2", op, value),
                            within_year("2026-Q3 cumulative", op, value),
                        ] {
                            let c = Context {
                                flow,
                                growth_unit,
                                range,
                                ..ctx("2026-08-01", direction, Some((2023, 4.0)))
                            };
                            let j = judge(&t, &points, &c);
                            for n in [j.ratio, j.expected, j.projected].into_iter().flatten() {
                                assert!(
                                    n.is_finite(),
                                    "{t:?} {data:?} {flow:?} {direction:?}: {j:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

// Issue 11, item 7: milestones within a year.

/// A level target for a period within a year (`2026-Q2`), or its total to date
/// (`2026-Q3 cumulative`).
fn within_year(milestone: &str, op: Comparator, value: f64) -> Target {
    let (text, to_date) = match milestone.strip_suffix(" cumulative") {
        Some(text) => (text, Some(Span::default())),
        None => (milestone, None),
    };
    let at = Milestone {
        period: period(text),
        to_date,
        span: Span::default(),
        readable: true,
    };
    Target::new(TargetKind::Level { at: Some(at) }, op, value)
}

#[test]
fn a_quarter_s_milestone_is_judged_on_that_quarter() {
    // A rate baselined at 40 in 2025, `2026-Q2 >= 50`. By 1 May 2026 only 2026-Q1 (45, at
    // 2025.25 on the time axis) has ended: expected on the straight path to the quarter's
    // place (2025.5) 40 + 10 × 0.25 / 0.5 = 45; growth (45/40)^4 − 1 = 0.601807 a year done,
    // (50/40)^2 − 1 = 0.5625 needed, R = 1.06988, on track.
    let t = within_year("2026-Q2", Comparator::AtLeast, 50.0);
    let c = |as_of| ctx(as_of, Direction::Increase, Some((2025, 40.0)));
    let j = judge(&t, &flow_points(&[("2026-Q1", 45.0)]), &c("2026-05-01"));
    assert_eq!(j.status, Status::OnTrack, "{j:?}");
    assert!(close(j.expected, 45.0), "{j:?}");
    assert!(close(j.ratio, 1.06988), "{j:?}");
    // Past the quarter, its own value decides: 52 achieves it, 48 misses it.
    let data = flow_points(&[("2026-Q1", 45.0), ("2026-Q2", 52.0)]);
    let j = judge(&t, &data, &c("2026-07-31"));
    assert_eq!(j.status, Status::Achieved, "{j:?}");
    assert_eq!(j.latest.map(|p| p.period), Some(period("2026-Q2")));
    let data = flow_points(&[("2026-Q1", 45.0), ("2026-Q2", 48.0)]);
    assert_eq!(judge(&t, &data, &c("2026-07-31")).status, Status::Missed);
    // A value for June alone is no value for the quarter.
    let data = flow_points(&[("2026-Q1", 45.0), ("2026-06", 52.0)]);
    let j = judge(&t, &data, &c("2026-07-31"));
    assert_eq!(j.status, Status::InsufficientData, "{j:?}");
    assert!(note(&j)
        .as_deref()
        .is_some_and(|n| n.contains("no value for 2026-Q2")));
    // Met in the first quarter: achieved ahead of the second.
    let j = judge(&t, &flow_points(&[("2026-Q1", 55.0)]), &c("2026-05-01"));
    assert_eq!(j.status, Status::Achieved, "{j:?}");
    assert_eq!(
        note(&j).as_deref(),
        Some("met in 2026-Q1, ahead of 2026-Q2")
    );
}

#[test]
fn a_flow_s_quarter_asks_for_its_own_total_or_the_total_to_date() {
    // Budget revenue reported year to date: 240 by March, 510 by June, 600 by July.
    let ytd = flow_points(&[("2026-Q1", 240.0), ("2026-Q2", 510.0), ("2026-07", 600.0)]);
    let cumulative = flow_ctx("2026-07-31", Flow::Cumulative);
    // The second quarter's own total is 510 − 240 = 270: `2026-Q2 >= 500` is missed.
    let q2 = within_year("2026-Q2", Comparator::AtLeast, 500.0);
    let j = judge(&q2, &ytd, &cumulative);
    assert_eq!(j.status, Status::Missed, "{j:?}");
    assert_eq!(j.latest.map(|p| p.value), Some(270.0));
    // Given quarter by quarter, the quarter's own amount is the value itself.
    let amounts = flow_points(&[("2026-Q1", 240.0), ("2026-Q2", 520.0)]);
    let j = judge(&q2, &amounts, &flow_ctx("2026-07-31", Flow::PerPeriod));
    assert_eq!(j.status, Status::Achieved, "{j:?}");
    assert_eq!(j.latest.map(|p| p.value), Some(520.0));
    // January to September ≥ 750 ("lũy kế 9 tháng"): 600 by July is 7 of its 9 months,
    // 750 × 7/9 = 583.333 due, R = 600 / 583.333 = 1.028571, projected 600 / (7/9) = 771.429.
    let nine = within_year("2026-Q3 cumulative", Comparator::AtLeast, 750.0);
    let j = judge(&nine, &ytd, &cumulative);
    assert_eq!(j.status, Status::OnTrack, "{j:?}");
    assert_eq!(j.method, Some(Method::ProRata));
    assert!(close(j.expected, 583.333), "{j:?}");
    assert!(close(j.ratio, 1.028571), "{j:?}");
    assert!(close(j.projected, 771.429), "{j:?}");
    assert_eq!(j.latest.map(|p| p.period), Some(period("2026-07")));
    // The third quarter's own total, from monthly amounts of 100: 100 in July, a third of
    // the quarter; `2026-Q3 >= 300` has 300 × 1/3 = 100 due, R = 1, projected 300.
    let months: Vec<(String, f64)> = (1..=7).map(|m| (format!("2026-{m:02}"), 100.0)).collect();
    let months: Vec<(&str, f64)> = months.iter().map(|(p, v)| (p.as_str(), *v)).collect();
    let q3 = within_year("2026-Q3", Comparator::AtLeast, 300.0);
    let j = judge(
        &q3,
        &flow_points(&months),
        &flow_ctx("2026-08-15", Flow::PerPeriod),
    );
    assert!(close(j.expected, 100.0), "{j:?}");
    assert!(close(j.ratio, 1.0), "{j:?}");
    assert!(close(j.projected, 300.0), "{j:?}");
    // Before its months have data it is not yet due; once over without them, data are
    // missing.
    let j = judge(&q3, &ytd, &flow_ctx("2026-05-01", Flow::Cumulative));
    assert_eq!(j.status, Status::NotYetDue, "{j:?}");
    let j = judge(&q3, &ytd, &flow_ctx("2026-10-15", Flow::Cumulative));
    assert_eq!(j.status, Status::InsufficientData, "{j:?}");
}

#[test]
fn a_seasonal_profile_sets_the_share_due_within_a_year_too() {
    // 2025 by quarter: 200, 250, 250, 300. Its first nine months came to 700, of which the
    // first six held 450: 450 / 700 = 0.642857. In 2026, 230 + 240 = 470 by June against
    // `2026-Q3 cumulative >= 700`: 700 × 0.642857 = 450 due, R = 470 / 450 = 1.044444,
    // projected 470 / 0.642857 = 731.111.
    let data = seasonal_quarters();
    let t = within_year("2026-Q3 cumulative", Comparator::AtLeast, 700.0);
    let j = judge(&t, &data, &flow_ctx("2026-07-15", Flow::PerPeriod));
    assert!(close(j.expected, 450.0), "{j:?}");
    assert!(close(j.ratio, 1.044444), "{j:?}");
    assert!(close(j.projected, 731.111), "{j:?}");
    assert!(
        note(&j)
            .as_deref()
            .is_some_and(|n| n.contains("as in 2025")),
        "{j:?}"
    );
}
