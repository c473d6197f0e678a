//! Evaluation on small inline plans and data (ARCHITECTURE.md, "Evaluation"): district numerators and
//! denominators give the provincial rate exactly; `aggregate sum | mean | weighted by | none`;
//! split targets judged on their disaggregated data; milestones past, missed or without
//! data; reporting compliance (on time, late by N days, missing, not yet due) from data rows
//! and from a submissions file; evaluation errors.
//!
//! Expected numbers are computed in each test from its own inputs, in the order the
//! definitions give (Σ numerators / Σ denominators × factor), never copied from a run.

use crate::common::eval::reporting;
use crate::support;
use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::eval::evaluate::PeriodValue;
use planlang::eval::reporting::Compliance;
use planlang::eval::{
    evaluate, evaluate_area, EvalError, Evaluation, Period, Status, TargetResult,
};
use planlang::Model;
use std::sync::OnceLock;

/// After the shared start of the plan: a third district, indicators 3 to 6 (one for each
/// way of aggregating the districts) and two reports.
const PLAN_REST: &str = r#"area huyen_c "Huyện C" in tinh kind district
indicator 3 "Số trường đạt chuẩn quốc gia" {
    objective a  unit count  direction increase  aggregate sum
    target 2025 >= 100
    lead gddt  source "II.1, Chỉ tiêu 3"
}
indicator 4 "Tỷ lệ xã phù hợp với trẻ em" {
    objective a  unit percent  direction increase  aggregate mean
    target 2025 >= 90
    lead ubnd  source "II.1, Chỉ tiêu 4"
}
indicator 5 "Tỷ lệ trẻ sơ sinh được chăm sóc sau sinh" {
    objective a  unit percent  direction increase  aggregate weighted by births
    target 2025 >= 90
    lead yte  source "II.1, Chỉ tiêu 5"
}
indicator 6 "Tỷ lệ trẻ em được đăng ký khai sinh" {
    objective a  unit percent  direction increase
    target 2025 >= 90
    lead ubnd  source "II.1, Chỉ tiêu 6"
}
report bc_nam "Báo cáo năm" { period year  due before 05/12  from yte, gddt  to ubnd }
report bc_6t "Báo cáo 6 tháng" { period half-year  due before 01/06  from yte  to ubnd }
"#;

/// The model of the plan, read once for all the tests.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| support::model_of(PLAN_REST))
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// Loads CSV text that must be clean.
fn data(text: &str) -> DataSet {
    let mut set = DataSet::default();
    set.load_csv(model(), "x.csv", text.as_bytes(), LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.rows_read, set.accepted + set.rejected);
    set
}

fn eval(set: &DataSet, as_of: &str) -> Evaluation {
    evaluate(model(), set, date(as_of)).expect("evaluate")
}

/// The result of the (only) target of `indicator` with this split.
fn result<'e>(e: &'e Evaluation, indicator: &str, split: Option<(&str, &str)>) -> &'e TargetResult {
    let found: Vec<&TargetResult> = e
        .results
        .iter()
        .filter(|r| {
            r.indicator == indicator
                && r.target
                    .split
                    .as_deref()
                    .map(|(d, v)| (d.name.as_str(), v.name.as_str()))
                    == split
        })
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", e.results);
    found[0]
}

fn pv(period: Period, value: f64) -> Option<PeriodValue> {
    Some(PeriodValue { period, value })
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

/// Open SDG's compound annual growth rate, as ARCHITECTURE.md ("Evaluation") writes it.
fn cagr(v1: f64, v0: f64, t1: f64, t0: f64) -> f64 {
    (v1 / v0).powf(1.0 / (t1 - t0)) - 1.0
}

// ---------------------------------------------------------------- aggregation

/// (area, numerator, denominator) for 2020 and 2023.
const COUNTS_2020: [(&str, u32, u32); 3] = [
    ("huyen_a", 53, 4059),
    ("huyen_b", 43, 3478),
    ("huyen_c", 18, 1519),
];
const COUNTS_2023: [(&str, u32, u32); 3] = [
    ("huyen_a", 41, 4140),
    ("huyen_b", 39, 3547),
    ("huyen_c", 15, 1550),
];

fn sum_rate(counts: &[(&str, u32, u32)]) -> f64 {
    let num: f64 = counts.iter().map(|c| f64::from(c.1)).sum();
    let den: f64 = counts.iter().map(|c| f64::from(c.2)).sum();
    num / den * 1000.0
}

fn measure_rows(counts: &[(&str, u32, u32)], period: &str) -> String {
    counts
        .iter()
        .map(|(area, n, d)| format!("2,{area},{period},,{n},{d}\n"))
        .collect()
}

fn element_rows(counts: &[(&str, u32, u32)], period: &str) -> String {
    counts
        .iter()
        .map(|(area, n, d)| format!("deaths,{area},{period},{n},,\nbirths,{area},{period},{d},,\n"))
        .collect()
}

const HEADER: &str = "indicator,area,period,value,numerator,denominator\n";

/// How the three districts' counts are written as rows: [`measure_rows`] or [`element_rows`].
type Rows = fn(&[(&str, u32, u32)], &str) -> String;

/// [`HEADER`], then the rows of [`COUNTS_2020`] for 2020 and of `counts_2023` for 2023.
fn counts_text(rows: Rows, counts_2023: &[(&str, u32, u32)]) -> String {
    format!(
        "{HEADER}{}{}",
        rows(&COUNTS_2020, "2020"),
        rows(counts_2023, "2023")
    )
}

/// The result of the total (only) target of `indicator` that clean CSV `text` gives as of
/// 2024-06-30: for the province, or with `district`, for that district alone.
fn total(indicator: &str, text: &str, district: Option<&str>) -> TargetResult {
    let set = data(text);
    let e = match district {
        None => eval(&set, "2024-06-30"),
        Some(_) => evaluate_area(model(), &set, date("2024-06-30"), district).unwrap(),
    };
    assert_eq!(e.area, district.unwrap_or("tinh"));
    result(&e, indicator, None).clone()
}

/// `r` is not judged: it has `status`, for the reason `note`.
fn assert_unjudged(r: &TargetResult, status: Status, note: &str) {
    assert_eq!(r.status, status);
    assert_eq!(
        r.note.as_ref().map(ToString::to_string).as_deref(),
        Some(note)
    );
}

/// `r` starts from `baseline` in 2020 and is last `latest`, in 2023.
fn assert_2020_to_2023(r: &TargetResult, baseline: f64, latest: f64) {
    assert_eq!(r.baseline, pv(Period::Year(2020), baseline));
    assert_eq!(r.latest, pv(Period::Year(2023), latest));
}

#[test]
fn district_numerators_and_denominators_give_the_provincial_rate_exactly() {
    let r = total("2", &counts_text(measure_rows, &COUNTS_2023), None);
    let (base, latest) = (sum_rate(&COUNTS_2020), sum_rate(&COUNTS_2023));
    // Σ 114 / Σ 9056 × 1000 = 12.588‰ and Σ 95 / Σ 9237 × 1000 = 10.285‰.
    assert!((base - 12.588).abs() < 1e-3 && (latest - 10.285).abs() < 1e-3);
    assert_2020_to_2023(&r, base, latest);
    assert_eq!(r.from_areas, Some((3, 3)));
    // Not the mean of the district rates.
    let mean: f64 = COUNTS_2023
        .iter()
        .map(|c| f64::from(c.1) / f64::from(c.2) * 1000.0)
        .sum::<f64>()
        / 3.0;
    assert!((latest - mean).abs() > 1e-3);
    // The judgement uses those numbers: decrease from 12.588 to 10.285 in 3 years, towards
    // < 9.5 in 2025.
    let actual = cagr(latest, base, 2023.0, 2020.0);
    let required = cagr(9.5, base, 2025.0, 2020.0);
    assert!(close(r.ratio, -actual / required.abs()), "{r:#?}");
    assert!(close(r.expected, base + (9.5 - base) * 3.0 / 5.0));
    assert!(close(r.projected, latest * (1.0 + actual).powf(2.0)));
    assert_eq!(r.status, Status::of_ratio(-actual / required.abs()));
}

#[test]
fn district_data_elements_give_the_provincial_rate_exactly() {
    let r = total("2", &counts_text(element_rows, &COUNTS_2023), None);
    assert_2020_to_2023(&r, sum_rate(&COUNTS_2020), sum_rate(&COUNTS_2023));
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn a_district_without_data_is_left_out_and_counted() {
    let given = &COUNTS_2023[..2];
    let r = total("2", &counts_text(measure_rows, given), None);
    assert_eq!(r.latest, pv(Period::Year(2023), sum_rate(given)));
    assert_eq!(r.from_areas, Some((2, 3)));
}

#[test]
fn a_value_reported_for_the_province_itself_wins_over_aggregation() {
    let text = counts_text(measure_rows, &COUNTS_2023) + "2,tinh,2023,8.25,,\n";
    let r = total("2", &text, None);
    assert_eq!(r.latest, pv(Period::Year(2023), 8.25));
    assert_eq!(r.from_areas, None);
    // 2020 is still aggregated.
    assert_eq!(r.baseline, pv(Period::Year(2020), sum_rate(&COUNTS_2020)));
    // 8.25 < 9.5: achieved first.
    assert_eq!(r.status, Status::Achieved);
}

/// Indicator 2 for huyen_b alone, from the three districts' counts written as `rows`: its
/// own rate, 43 / 3478 in 2020 and 39 / 3547 in 2023.
fn assert_huyen_b_rate(rows: Rows) -> TargetResult {
    let r = total("2", &counts_text(rows, &COUNTS_2023), Some("huyen_b"));
    assert_2020_to_2023(&r, 43.0 / 3478.0 * 1000.0, 39.0 / 3547.0 * 1000.0);
    r
}

#[test]
fn a_district_is_judged_on_its_own_rows() {
    let r = assert_huyen_b_rate(measure_rows);
    assert_eq!(r.area, "huyen_b");
    assert_eq!(r.from_areas, None);
}

#[test]
fn a_district_rate_comes_from_its_own_data_elements() {
    assert_huyen_b_rate(element_rows);
}

#[test]
fn a_province_rate_comes_from_its_own_data_elements() {
    let text = format!(
        "{HEADER}deaths,tinh,2020,114,,\nbirths,tinh,2020,9056,,\ndeaths,tinh,2023,95,,\nbirths,tinh,2023,9237,,\n"
    );
    let r = total("2", &text, None);
    assert_2020_to_2023(&r, 114.0 / 9056.0 * 1000.0, 95.0 / 9237.0 * 1000.0);
}

#[test]
fn numerators_and_denominators_come_from_the_same_districts() {
    let set = data(
        "indicator,area,period,value\n\
         deaths,huyen_a,2023,10\nbirths,huyen_a,2023,1000\n\
         deaths,huyen_b,2023,20\nbirths,huyen_b,2023,2000\n\
         deaths,huyen_c,2023,30\n",
    );
    let e = eval(&set, "2024-06-30");
    let r = result(&e, "2", None);
    assert_eq!(
        r.latest,
        pv(Period::Year(2023), (10.0 + 20.0) / 3000.0 * 1000.0)
    );
    assert_eq!(r.from_areas, Some((2, 3)));
}

/// Rows of `indicator` for the three districts in 2020 and 2023.
fn district_values(indicator: &str, v2020: [f64; 3], v2023: [f64; 3]) -> String {
    let mut text = String::from("indicator,area,period,value\n");
    for (period, values) in [("2020", v2020), ("2023", v2023)] {
        for (area, v) in ["huyen_a", "huyen_b", "huyen_c"].iter().zip(values) {
            text.push_str(&format!("{indicator},{area},{period},{v}\n"));
        }
    }
    text
}

/// The provincial total of `indicator` aggregated from its district values.
fn district_total(indicator: &str, v2020: [f64; 3], v2023: [f64; 3]) -> TargetResult {
    total(indicator, &district_values(indicator, v2020, v2023), None)
}

#[test]
fn aggregate_sum_adds_the_district_values() {
    let r = district_total("3", [10.0, 20.0, 31.0], [25.0, 30.0, 41.0]);
    assert_2020_to_2023(&r, 61.0, 96.0);
    assert_eq!(r.from_areas, Some((3, 3)));
    // 61 → 96 in 3 years towards ≥ 100 in 2025.
    let ratio = cagr(96.0, 61.0, 2023.0, 2020.0) / cagr(100.0, 61.0, 2025.0, 2020.0);
    assert!(close(r.ratio, ratio), "{r:#?}");
    assert_eq!(r.status, Status::OnTrack);
}

#[test]
fn aggregate_mean_averages_the_district_values() {
    let r = district_total("4", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]);
    let (baseline, latest) = ((60.0 + 70.0 + 80.0) / 3.0, (80.0 + 90.0 + 70.0) / 3.0);
    assert_2020_to_2023(&r, baseline, latest);
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn aggregate_weighted_by_an_element() {
    let mut text = district_values("5", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]);
    let births = [
        ("huyen_a", 1000.0),
        ("huyen_b", 2000.0),
        ("huyen_c", 3000.0),
    ];
    for period in ["2020", "2023"] {
        for (area, b) in births {
            text.push_str(&format!("births,{area},{period},{b}\n"));
        }
    }
    let r = total("5", &text, None);
    let weighted = |values: [f64; 3]| {
        let total: f64 = births.iter().map(|b| b.1).sum();
        values
            .iter()
            .zip(births)
            .map(|(v, (_, w))| v * w)
            .sum::<f64>()
            / total
    };
    // (60·1000 + 70·2000 + 80·3000) / 6000 = 73.33; (80·1000 + 90·2000 + 70·3000) / 6000 = 78.33.
    assert!(close(
        Some(weighted([80.0, 90.0, 70.0])),
        470_000.0 / 6000.0
    ));
    assert_2020_to_2023(
        &r,
        weighted([60.0, 70.0, 80.0]),
        weighted([80.0, 90.0, 70.0]),
    );
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn aggregate_weighted_leaves_out_a_district_without_its_weight() {
    let mut text = district_values("5", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]);
    text.push_str("births,huyen_a,2023,1000\nbirths,huyen_b,2023,3000\n");
    let r = total("5", &text, None);
    assert_eq!(
        r.latest,
        pv(Period::Year(2023), (80.0 * 1000.0 + 90.0 * 3000.0) / 4000.0)
    );
    assert_eq!(r.from_areas, Some((2, 3)));
    // No weights at all in 2020: no provincial value then, so the 2023 value stands alone.
    assert_eq!(r.baseline, pv(Period::Year(2023), 87.5));
    assert_eq!(r.status, Status::InsufficientData);
}

#[test]
fn aggregate_none_by_default_gives_no_provincial_value() {
    let text = district_values("6", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]);
    let r = total("6", &text, None);
    assert_unjudged(&r, Status::InsufficientData, "no data");
    assert_eq!((r.baseline.as_ref(), r.latest.as_ref()), (None, None));
    assert_eq!(r.from_areas, None);
    // Each district is still judged on its own values.
    let r = total("6", &text, Some("huyen_b"));
    assert_eq!(r.latest, pv(Period::Year(2023), 90.0));
    assert_eq!(r.status, Status::Achieved);
}

// ---------------------------------------------------------------- split targets

#[test]
fn split_targets_are_judged_on_their_disaggregated_rows_only() {
    let set = data(
        "indicator,area,period,value,sex\n\
         1,tinh,2020,80,\n1,tinh,2023,96,\n\
         1,tinh,2020,70,female\n1,tinh,2023,85,female\n\
         1,tinh,2020,88,male\n",
    );
    let e = eval(&set, "2024-06-30");

    let total = result(&e, "1", None);
    assert_eq!(total.latest, pv(Period::Year(2023), 96.0));
    assert_eq!(total.status, Status::Achieved);

    // Female: 70 (2020) → 85 (2023), target ≥ 90 in 2025.
    let female = result(&e, "1", Some(("sex", "female")));
    assert_eq!(female.area, "tinh");
    assert_eq!(female.baseline, pv(Period::Year(2020), 70.0));
    assert_eq!(female.latest, pv(Period::Year(2023), 85.0));
    let actual = cagr(85.0, 70.0, 2023.0, 2020.0);
    let required = cagr(90.0, 70.0, 2025.0, 2020.0);
    // R = 0.06685 / 0.05154 = 1.297.
    assert!(close(female.ratio, actual / required), "{female:#?}");
    assert!((actual / required - 1.297).abs() < 1e-3);
    assert!(close(female.expected, 70.0 + (90.0 - 70.0) * 3.0 / 5.0));
    assert!(close(female.projected, 85.0 * (1.0 + actual).powf(2.0)));
    assert_eq!(female.status, Status::OnTrack);

    // Male: one value only (2020), not the total's.
    let male = result(&e, "1", Some(("sex", "male")));
    assert_eq!(male.latest, pv(Period::Year(2020), 88.0));
    assert_eq!(male.status, Status::InsufficientData);
}

#[test]
fn split_targets_without_disaggregated_rows_have_no_data() {
    let set = data("indicator,area,period,value\n1,tinh,2020,80\n1,tinh,2023,96\n");
    let e = eval(&set, "2024-06-30");
    for sex in ["female", "male"] {
        let r = result(&e, "1", Some(("sex", sex)));
        assert_unjudged(r, Status::InsufficientData, "no data");
    }
}

// ---------------------------------------------------------------- milestones

fn series_of_1(values: &[(&str, f64)]) -> String {
    let mut text = String::from("indicator,area,period,value\n");
    for (period, v) in values {
        text.push_str(&format!("1,tinh,{period},{v}\n"));
    }
    text
}

/// The result of indicator 1's total target in the province as of `as_of`, from its
/// `values` there.
fn total_of_1(values: &[(&str, f64)], as_of: &str) -> TargetResult {
    let e = eval(&data(&series_of_1(values)), as_of);
    result(&e, "1", None).clone()
}

/// Indicator 1 evaluated on 2027-03-01, after its 2025 milestone: it has `status`, and its
/// latest value is the 2025 one, `value_2025`, whatever came after.
fn after_the_milestone(values: &[(&str, f64)], status: Status, value_2025: f64) -> TargetResult {
    let r = total_of_1(values, "2027-03-01");
    assert_eq!(r.status, status);
    assert_eq!(r.latest, pv(Period::Year(2025), value_2025));
    r
}

#[test]
fn past_the_milestone_its_own_value_decides_missed() {
    // 2026 meets ≥ 95, but the 2025 value (94) decides once 2025 has passed.
    let values = [
        ("2020", 80.0),
        ("2024", 93.0),
        ("2025", 94.0),
        ("2026", 96.0),
    ];
    let r = after_the_milestone(&values, Status::Missed, 94.0);
    assert_eq!(r.baseline, pv(Period::Year(2020), 80.0));
}

#[test]
fn past_the_milestone_its_own_value_decides_achieved() {
    // 2025 meets ≥ 95; a later fall does not undo it.
    let values = [("2020", 80.0), ("2025", 95.5), ("2026", 93.0)];
    after_the_milestone(&values, Status::Achieved, 95.5);
}

#[test]
fn a_passed_milestone_without_its_value_is_insufficient_data() {
    let values = [("2020", 80.0), ("2024", 92.0), ("2026", 96.0)];
    assert_unjudged(
        &total_of_1(&values, "2027-03-01"),
        Status::InsufficientData,
        "no value for 2025, though the milestone has passed and its data are due",
    );
}

#[test]
fn the_milestone_year_itself_is_not_over_until_its_last_day() {
    let values = [("2020", 80.0), ("2024", 92.0), ("2025", 94.0)];
    // On 2025-12-31 the 2025 value counts, and the milestone has not passed: trend.
    let r = total_of_1(&values, "2025-12-31");
    assert_eq!(r.latest, pv(Period::Year(2025), 94.0));
    assert_ne!(r.status, Status::Missed);
    // The day after, it has passed: 94 < 95 is missed.
    assert_eq!(total_of_1(&values, "2026-01-01").status, Status::Missed);
}

#[test]
fn achieved_first_even_when_the_trend_falls() {
    let r = total_of_1(&[("2020", 97.0), ("2023", 96.0)], "2024-06-30");
    assert_eq!(r.status, Status::Achieved);
    assert!(r.ratio.is_some_and(|r| r < 0.0), "{r:#?}");
}

#[test]
fn a_milestone_with_no_data_at_all() {
    let no_data = |as_of| total_of_1(&[], as_of);
    assert_unjudged(&no_data("2024-06-30"), Status::InsufficientData, "no data");
    // Before the plan's first year has ended, nothing is due yet.
    assert_unjudged(
        &no_data("2021-06-30"),
        Status::NotYetDue,
        "no period of the plan has ended yet, so no data are due",
    );
}

#[test]
fn a_half_year_counts_once_it_has_ended() {
    let values = [("2020", 80.0), ("2023", 88.0), ("2024-H1", 96.0)];
    // The day before the half-year ends, the latest value is still 2023's.
    let before = total_of_1(&values, "2024-06-29").latest;
    assert_eq!(before, pv(Period::Year(2023), 88.0));
    let after = total_of_1(&values, "2024-06-30");
    assert_eq!(after.latest, pv(Period::Half(2024, 1), 96.0));
    assert_eq!(after.status, Status::Achieved);
}

// ---------------------------------------------------------------- reporting

#[test]
fn reporting_from_data_rows() {
    let set = data(
        "indicator,area,period,value,reported_by,reported_on\n\
         1,tinh,2021,80,yte,2021-12-01\n\
         2,tinh,2021,9,yte,2021-11-20\n\
         1,tinh,2022,82,yte,2022-12-20\n\
         1,tinh,2023,84,yte,2024-07-15\n\
         3,tinh,2021,50,gddt,2021-12-04\n\
         3,tinh,2023,60,gddt,2024-01-10\n\
         1,tinh,2021-H1,78,yte,2021-05-31\n\
         1,tinh,2022-H1,79,yte,2022-06-01\n\
         1,tinh,2024-H1,83,yte,2024-06-29\n\
         1,tinh,2023-H2,85,yte,2024-01-02\n",
    );
    let e = eval(&set, "2024-06-30");
    assert_eq!(
        reporting(&e),
        [
            // The first date an agency reported a period's data (2021-11-20, not 12-01).
            "yte bc_nam 2021 due 2021-12-04 received 2021-11-20 on_time 0",
            // Received on the deadline: on time.
            "gddt bc_nam 2021 due 2021-12-04 received 2021-12-04 on_time 0",
            // 2022-12-20 − 2022-12-04 = 16 days.
            "yte bc_nam 2022 due 2022-12-04 received 2022-12-20 late 16",
            "gddt bc_nam 2022 due 2022-12-04 received - missing 0",
            // Reported after the as-of date: not received yet.
            "yte bc_nam 2023 due 2023-12-04 received - missing 0",
            // 27 days of December + 10 of January = 37.
            "gddt bc_nam 2023 due 2023-12-04 received 2024-01-10 late 37",
            // bc_nam 2024 is due 2024-12-04, after the as-of date: not expected yet.
            "yte bc_6t 2021-H1 due 2021-05-31 received 2021-05-31 on_time 0",
            "yte bc_6t 2022-H1 due 2022-05-31 received 2022-06-01 late 1",
            "yte bc_6t 2023-H1 due 2023-05-31 received - missing 0",
            // 2024-05-31 → 2024-06-29 = 29 days.
            "yte bc_6t 2024-H1 due 2024-05-31 received 2024-06-29 late 29",
        ]
    );
    let late = e
        .reporting
        .iter()
        .filter(|r| r.status == Compliance::Late)
        .count();
    assert_eq!(late, 4);
}

#[test]
fn reporting_from_a_submissions_file() {
    let mut set = data("indicator,area,period,value\n");
    set.load_csv(
        model(),
        "submissions.csv",
        "agency,report,period,received\n\
         yte,bc_nam,2021,2021-12-03\n\
         gddt,bc_nam,2021,2021-12-08\n\
         gddt,bc_nam,2021,2021-12-06\n\
         yte,bc_6t,2021-H1,2021-06-10\n\
         yte,bc_6t,2022-H1,2022-05-02\n"
            .as_bytes(),
        LoadOptions::default(),
    );
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (5, 5, 0));
    let e = eval(&set, "2022-12-31");
    assert_eq!(
        reporting(&e),
        [
            "yte bc_nam 2021 due 2021-12-04 received 2021-12-03 on_time 0",
            // The first of two submissions counts: 2021-12-06, two days late.
            "gddt bc_nam 2021 due 2021-12-04 received 2021-12-06 late 2",
            "yte bc_nam 2022 due 2022-12-04 received - missing 0",
            "gddt bc_nam 2022 due 2022-12-04 received - missing 0",
            "yte bc_6t 2021-H1 due 2021-05-31 received 2021-06-10 late 10",
            "yte bc_6t 2022-H1 due 2022-05-31 received 2022-05-02 on_time 0",
        ]
    );
}

#[test]
fn a_submission_counts_only_for_its_own_report() {
    let mut set = DataSet::default();
    set.load_csv(
        model(),
        "submissions.csv",
        "agency,report,period,received\nyte,bc_6t,2021,2021-12-01\n".as_bytes(),
        LoadOptions::default(),
    );
    let e = eval(&set, "2022-01-31");
    assert_eq!(
        reporting(&e),
        [
            "yte bc_nam 2021 due 2021-12-04 received - missing 0",
            "gddt bc_nam 2021 due 2021-12-04 received - missing 0",
            "yte bc_6t 2021-H1 due 2021-05-31 received - missing 0",
        ]
    );
}

#[test]
fn data_rows_and_submissions_together_take_the_earlier_date() {
    let mut set = data(
        "indicator,area,period,value,reported_by,reported_on\n1,tinh,2021,80,yte,2021-12-10\n",
    );
    set.load_csv(
        model(),
        "submissions.csv",
        "agency,report,period,received\nyte,bc_nam,2021,2021-12-02\n".as_bytes(),
        LoadOptions::default(),
    );
    let e = eval(&set, "2021-12-31");
    assert_eq!(
        reporting(&e),
        [
            "yte bc_nam 2021 due 2021-12-04 received 2021-12-02 on_time 0",
            "gddt bc_nam 2021 due 2021-12-04 received - missing 0",
            "yte bc_6t 2021-H1 due 2021-05-31 received - missing 0",
        ]
    );
}

#[test]
fn a_report_is_expected_only_once_its_deadline_has_passed() {
    let set = DataSet::default();
    // On the deadline itself (2021-12-04) the report may still arrive on time.
    let on_deadline = eval(&set, "2021-12-04");
    assert_eq!(
        reporting(&on_deadline),
        ["yte bc_6t 2021-H1 due 2021-05-31 received - missing 0"]
    );
    let after = eval(&set, "2021-12-05");
    assert_eq!(after.reporting.len(), 3);
    // Before any deadline of the plan, nothing is owed.
    assert!(eval(&set, "2021-05-31").reporting.is_empty());
}

/// Indicator 1 for 2023 reported on time, then revised after the deadline.
const REVISED_2023: &str = "indicator,area,period,value,reported_by,reported_on\n\
    1,tinh,2023,80,yte,2023-12-01\n\
    1,tinh,2023,81,yte,2024-02-10\n";

#[test]
fn a_revision_does_not_make_an_on_time_report_late() {
    let set = data(REVISED_2023);
    assert_eq!(set.store.revisions.len(), 1);
    let e = eval(&set, "2024-06-30");
    let yte_2023 = e
        .reporting
        .iter()
        .find(|r| r.agency == "yte" && r.report == "bc_nam" && r.period == Period::Year(2023))
        .unwrap();
    assert_eq!(yte_2023.received, Some(date("2023-12-01")));
    assert_eq!(yte_2023.status, Compliance::OnTime);
}

#[test]
fn revisions_are_listed_in_the_evaluation() {
    let set = data(REVISED_2023);
    let e = eval(&set, "2024-06-30");
    assert_eq!(
        (e.data.rows_read, e.data.accepted, e.data.rejected),
        (2, 2, 0)
    );
    assert_eq!(
        e.data.revisions,
        ["indicator 1, area tinh, period 2023: 80 (line 2 of x.csv) replaced by 81 (line 3 of x.csv)"]
    );
    assert_eq!(result(&e, "1", None).latest, pv(Period::Year(2023), 81.0));
}

// ---------------------------------------------------------------- errors

#[test]
fn an_unknown_area_suggests_the_closest() {
    let set = DataSet::default();
    let err = evaluate_area(model(), &set, date("2024-06-30"), Some("huyen_bb")).unwrap_err();
    let areas: Vec<String> = ["tinh", "huyen_a", "huyen_b", "huyen_c"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        err,
        EvalError::UnknownArea(planlang::text::Unknown {
            given: "huyen_bb".into(),
            similar: Some("huyen_b".into()),
            known: areas.clone(),
        })
    );
    assert_eq!(
        err.to_string(),
        "unknown area `huyen_bb`; did you mean `huyen_b`?"
    );
    assert_eq!(
        err.words(planlang::i18n::Lang::Vi),
        "không có địa bàn `huyen_bb`; có phải là `huyen_b`?"
    );
    let err = evaluate_area(model(), &set, date("2024-06-30"), Some("son_la")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown area `son_la`; the plan's areas are tinh, huyen_a, huyen_b, huyen_c"
    );
    assert_eq!(
        err.words(planlang::i18n::Lang::Vi),
        "không có địa bàn `son_la`; các địa bàn của kế hoạch là tinh, huyen_a, huyen_b, huyen_c"
    );
}

#[test]
fn a_plan_without_areas_cannot_be_evaluated() {
    let err = evaluate(
        &support::model_without_areas(),
        &DataSet::default(),
        date("2024-06-30"),
    )
    .unwrap_err();
    assert_eq!(err, EvalError::NoArea);
    assert_eq!(
        err.to_string(),
        "the plan declares no areas; add `area ID \"Name\"` so data can name where they were measured"
    );
}

#[test]
fn every_target_of_every_measure_has_a_result() {
    let model = model();
    let e = eval(&DataSet::default(), "2024-06-30");
    let targets: usize = model.measures.values().map(|m| m.targets.len()).sum();
    assert_eq!(e.results.len(), targets);
    assert_eq!(e.as_of, date("2024-06-30"));
    assert!(e.results.iter().all(|r| r.area == "tinh"));
    let counts: usize = e.counts().iter().map(|(_, n)| n).sum();
    assert_eq!(counts, targets);
}
