//! Evaluation on small inline plans and data (ARCHITECTURE.md, "Evaluation"): district numerators and
//! denominators give the provincial rate exactly; `aggregate sum | mean | weighted by | none`;
//! split targets judged on their disaggregated data; milestones past, missed or without
//! data; reporting compliance (on time, late by N days, missing, not yet due) from data rows
//! and from a submissions file; evaluation errors.
//!
//! Expected numbers are computed in each test from its own inputs, in the order the
//! definitions give (Σ numerators / Σ denominators × factor), never copied from a run.

use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::eval::evaluate::PeriodValue;
use planlang::eval::reporting::Compliance;
use planlang::eval::{
    evaluate, evaluate_area, EvalError, Evaluation, Period, Status, TargetResult,
};
use planlang::Model;

const PLAN: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo"
dimension sex "Giới tính" { male "Nam" female "Nữ" }
area tinh "Tỉnh" kind province
area huyen_a "Huyện A" in tinh kind district
area huyen_b "Huyện B" in tinh kind district
area huyen_c "Huyện C" in tinh kind district
element deaths "Số trẻ sơ sinh tử vong"
element births "Số trẻ đẻ sống"
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase
    target 2025 >= 95
    target 2025 >= 90 where sex = female
    target 2025 >= 90 where sex = male
    lead yte  source "II.1, Chỉ tiêu 1"
}
indicator 2 "Tỷ suất tử vong trẻ sơ sinh" {
    objective a  unit per_mille  direction decrease
    formula deaths / births * 1000
    target 2025 < 9.5
    lead yte  source "II.1, Chỉ tiêu 2"
}
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

fn model() -> Model {
    let checked = planlang::load_str("test.plan", PLAN);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.model
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// Loads CSV text that must be clean.
fn data(model: &Model, text: &str) -> DataSet {
    let mut set = DataSet::default();
    set.load_csv(model, "x.csv", text.as_bytes(), LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.rows_read, set.accepted + set.rejected);
    set
}

fn eval(model: &Model, set: &DataSet, as_of: &str) -> Evaluation {
    evaluate(model, set, date(as_of)).expect("evaluate")
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
                    .as_ref()
                    .map(|(d, v)| (d.as_str(), v.as_str()))
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

#[test]
fn district_numerators_and_denominators_give_the_provincial_rate_exactly() {
    let model = model();
    let text = format!(
        "{HEADER}{}{}",
        measure_rows(&COUNTS_2020, "2020"),
        measure_rows(&COUNTS_2023, "2023")
    );
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    assert_eq!(e.area, "tinh");
    let r = result(&e, "2", None);
    let (base, latest) = (sum_rate(&COUNTS_2020), sum_rate(&COUNTS_2023));
    // Σ 114 / Σ 9056 × 1000 = 12.588‰ and Σ 95 / Σ 9237 × 1000 = 10.285‰.
    assert!((base - 12.588).abs() < 1e-3 && (latest - 10.285).abs() < 1e-3);
    assert_eq!(r.baseline, pv(Period::Year(2020), base));
    assert_eq!(r.latest, pv(Period::Year(2023), latest));
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
    let model = model();
    let text = format!(
        "{HEADER}{}{}",
        element_rows(&COUNTS_2020, "2020"),
        element_rows(&COUNTS_2023, "2023")
    );
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "2", None);
    assert_eq!(r.baseline, pv(Period::Year(2020), sum_rate(&COUNTS_2020)));
    assert_eq!(r.latest, pv(Period::Year(2023), sum_rate(&COUNTS_2023)));
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn a_district_without_data_is_left_out_and_counted() {
    let model = model();
    let given = &COUNTS_2023[..2];
    let text = format!(
        "{HEADER}{}{}",
        measure_rows(&COUNTS_2020, "2020"),
        measure_rows(given, "2023")
    );
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "2", None);
    assert_eq!(r.latest, pv(Period::Year(2023), sum_rate(given)));
    assert_eq!(r.from_areas, Some((2, 3)));
}

#[test]
fn a_value_reported_for_the_province_itself_wins_over_aggregation() {
    let model = model();
    let text = format!(
        "{HEADER}{}{}2,tinh,2023,8.25,,\n",
        measure_rows(&COUNTS_2020, "2020"),
        measure_rows(&COUNTS_2023, "2023")
    );
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "2", None);
    assert_eq!(r.latest, pv(Period::Year(2023), 8.25));
    assert_eq!(r.from_areas, None);
    // 2020 is still aggregated.
    assert_eq!(r.baseline, pv(Period::Year(2020), sum_rate(&COUNTS_2020)));
    // 8.25 < 9.5: achieved first.
    assert_eq!(r.status, Status::Achieved);
}

#[test]
fn a_district_is_judged_on_its_own_rows() {
    let model = model();
    let text = format!(
        "{HEADER}{}{}",
        measure_rows(&COUNTS_2020, "2020"),
        measure_rows(&COUNTS_2023, "2023")
    );
    let set = data(&model, &text);
    let e = evaluate_area(&model, &set, date("2024-06-30"), Some("huyen_b")).unwrap();
    assert_eq!(e.area, "huyen_b");
    let r = result(&e, "2", None);
    assert_eq!(r.area, "huyen_b");
    assert_eq!(r.baseline, pv(Period::Year(2020), 43.0 / 3478.0 * 1000.0));
    assert_eq!(r.latest, pv(Period::Year(2023), 39.0 / 3547.0 * 1000.0));
    assert_eq!(r.from_areas, None);
}

#[test]
fn a_district_rate_comes_from_its_own_data_elements() {
    let model = model();
    let text = format!(
        "{HEADER}{}{}",
        element_rows(&COUNTS_2020, "2020"),
        element_rows(&COUNTS_2023, "2023")
    );
    let set = data(&model, &text);
    let e = evaluate_area(&model, &set, date("2024-06-30"), Some("huyen_b")).unwrap();
    let r = result(&e, "2", None);
    assert_eq!(r.baseline, pv(Period::Year(2020), 43.0 / 3478.0 * 1000.0));
    assert_eq!(r.latest, pv(Period::Year(2023), 39.0 / 3547.0 * 1000.0));
}

#[test]
fn a_province_rate_comes_from_its_own_data_elements() {
    let model = model();
    let text = format!(
        "{HEADER}deaths,tinh,2020,114,,\nbirths,tinh,2020,9056,,\ndeaths,tinh,2023,95,,\nbirths,tinh,2023,9237,,\n"
    );
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "2", None);
    assert_eq!(r.baseline, pv(Period::Year(2020), 114.0 / 9056.0 * 1000.0));
    assert_eq!(r.latest, pv(Period::Year(2023), 95.0 / 9237.0 * 1000.0));
}

#[test]
fn numerators_and_denominators_come_from_the_same_districts() {
    let model = model();
    let set = data(
        &model,
        "indicator,area,period,value\n\
         deaths,huyen_a,2023,10\nbirths,huyen_a,2023,1000\n\
         deaths,huyen_b,2023,20\nbirths,huyen_b,2023,2000\n\
         deaths,huyen_c,2023,30\n",
    );
    let e = eval(&model, &set, "2024-06-30");
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

#[test]
fn aggregate_sum_adds_the_district_values() {
    let model = model();
    let set = data(
        &model,
        &district_values("3", [10.0, 20.0, 31.0], [25.0, 30.0, 41.0]),
    );
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "3", None);
    assert_eq!(r.baseline, pv(Period::Year(2020), 61.0));
    assert_eq!(r.latest, pv(Period::Year(2023), 96.0));
    assert_eq!(r.from_areas, Some((3, 3)));
    // 61 → 96 in 3 years towards ≥ 100 in 2025.
    let ratio = cagr(96.0, 61.0, 2023.0, 2020.0) / cagr(100.0, 61.0, 2025.0, 2020.0);
    assert!(close(r.ratio, ratio), "{r:#?}");
    assert_eq!(r.status, Status::OnTrack);
}

#[test]
fn aggregate_mean_averages_the_district_values() {
    let model = model();
    let set = data(
        &model,
        &district_values("4", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]),
    );
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "4", None);
    assert_eq!(
        r.baseline,
        pv(Period::Year(2020), (60.0 + 70.0 + 80.0) / 3.0)
    );
    assert_eq!(r.latest, pv(Period::Year(2023), (80.0 + 90.0 + 70.0) / 3.0));
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn aggregate_weighted_by_an_element() {
    let model = model();
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
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "5", None);
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
    assert_eq!(
        r.baseline,
        pv(Period::Year(2020), weighted([60.0, 70.0, 80.0]))
    );
    assert_eq!(
        r.latest,
        pv(Period::Year(2023), weighted([80.0, 90.0, 70.0]))
    );
    assert_eq!(r.from_areas, Some((3, 3)));
}

#[test]
fn aggregate_weighted_leaves_out_a_district_without_its_weight() {
    let model = model();
    let mut text = district_values("5", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]);
    text.push_str("births,huyen_a,2023,1000\nbirths,huyen_b,2023,3000\n");
    let set = data(&model, &text);
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "5", None);
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
    let model = model();
    let set = data(
        &model,
        &district_values("6", [60.0, 70.0, 80.0], [80.0, 90.0, 70.0]),
    );
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "6", None);
    assert_eq!(r.status, Status::InsufficientData);
    assert_eq!(r.note.as_deref(), Some("no data"));
    assert_eq!((r.baseline.as_ref(), r.latest.as_ref()), (None, None));
    assert_eq!(r.from_areas, None);
    // Each district is still judged on its own values.
    let e = evaluate_area(&model, &set, date("2024-06-30"), Some("huyen_b")).unwrap();
    let r = result(&e, "6", None);
    assert_eq!(r.latest, pv(Period::Year(2023), 90.0));
    assert_eq!(r.status, Status::Achieved);
}

// ---------------------------------------------------------------- split targets

#[test]
fn split_targets_are_judged_on_their_disaggregated_rows_only() {
    let model = model();
    let set = data(
        &model,
        "indicator,area,period,value,sex\n\
         1,tinh,2020,80,\n1,tinh,2023,96,\n\
         1,tinh,2020,70,female\n1,tinh,2023,85,female\n\
         1,tinh,2020,88,male\n",
    );
    let e = eval(&model, &set, "2024-06-30");

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
    let model = model();
    let set = data(
        &model,
        "indicator,area,period,value\n1,tinh,2020,80\n1,tinh,2023,96\n",
    );
    let e = eval(&model, &set, "2024-06-30");
    for sex in ["female", "male"] {
        let r = result(&e, "1", Some(("sex", sex)));
        assert_eq!(r.status, Status::InsufficientData);
        assert_eq!(r.note.as_deref(), Some("no data"));
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

#[test]
fn past_the_milestone_its_own_value_decides_missed() {
    let model = model();
    // 2026 meets ≥ 95, but the 2025 value (94) decides once 2025 has passed.
    let set = data(
        &model,
        &series_of_1(&[
            ("2020", 80.0),
            ("2024", 93.0),
            ("2025", 94.0),
            ("2026", 96.0),
        ]),
    );
    let e = eval(&model, &set, "2027-03-01");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::Missed);
    assert_eq!(r.latest, pv(Period::Year(2025), 94.0));
    assert_eq!(r.baseline, pv(Period::Year(2020), 80.0));
}

#[test]
fn past_the_milestone_its_own_value_decides_achieved() {
    let model = model();
    // 2025 meets ≥ 95; a later fall does not undo it.
    let set = data(
        &model,
        &series_of_1(&[("2020", 80.0), ("2025", 95.5), ("2026", 93.0)]),
    );
    let e = eval(&model, &set, "2027-03-01");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::Achieved);
    assert_eq!(r.latest, pv(Period::Year(2025), 95.5));
}

#[test]
fn a_passed_milestone_without_its_value_is_insufficient_data() {
    let model = model();
    let set = data(
        &model,
        &series_of_1(&[("2020", 80.0), ("2024", 92.0), ("2026", 96.0)]),
    );
    let e = eval(&model, &set, "2027-03-01");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::InsufficientData);
    assert_eq!(
        r.note.as_deref(),
        Some("no value for 2025, though the milestone has passed and its data are due")
    );
}

#[test]
fn the_milestone_year_itself_is_not_over_until_its_last_day() {
    let model = model();
    let set = data(
        &model,
        &series_of_1(&[("2020", 80.0), ("2024", 92.0), ("2025", 94.0)]),
    );
    // On 2025-12-31 the 2025 value counts, and the milestone has not passed: trend.
    let r = eval(&model, &set, "2025-12-31");
    let r = result(&r, "1", None);
    assert_eq!(r.latest, pv(Period::Year(2025), 94.0));
    assert_ne!(r.status, Status::Missed);
    // The day after, it has passed: 94 < 95 is missed.
    let e = eval(&model, &set, "2026-01-01");
    assert_eq!(result(&e, "1", None).status, Status::Missed);
}

#[test]
fn achieved_first_even_when_the_trend_falls() {
    let model = model();
    let set = data(&model, &series_of_1(&[("2020", 97.0), ("2023", 96.0)]));
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::Achieved);
    assert!(r.ratio.is_some_and(|r| r < 0.0), "{r:#?}");
}

#[test]
fn a_milestone_with_no_data_at_all() {
    let model = model();
    let set = data(&model, "indicator,area,period,value\n");
    let e = eval(&model, &set, "2024-06-30");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::InsufficientData);
    assert_eq!(r.note.as_deref(), Some("no data"));
    // Before the plan's first year has ended, nothing is due yet.
    let e = eval(&model, &set, "2021-06-30");
    let r = result(&e, "1", None);
    assert_eq!(r.status, Status::NotYetDue);
    assert_eq!(
        r.note.as_deref(),
        Some("no period of the plan has ended yet, so no data are due")
    );
}

#[test]
fn a_half_year_counts_once_it_has_ended() {
    let model = model();
    let set = data(
        &model,
        &series_of_1(&[("2020", 80.0), ("2023", 88.0), ("2024-H1", 96.0)]),
    );
    let before = eval(&model, &set, "2024-06-29");
    assert_eq!(
        result(&before, "1", None).latest,
        pv(Period::Year(2023), 88.0)
    );
    let after = eval(&model, &set, "2024-06-30");
    let r = result(&after, "1", None);
    assert_eq!(r.latest, pv(Period::Half(2024, 1), 96.0));
    assert_eq!(r.status, Status::Achieved);
}

// ---------------------------------------------------------------- reporting

/// (agency, report, period, due, received, status, days late) as text, in evaluation order.
fn reporting(e: &Evaluation) -> Vec<String> {
    e.reporting
        .iter()
        .map(|r| {
            format!(
                "{} {} {} due {} received {} {} {}",
                r.agency,
                r.report,
                r.period,
                r.due,
                r.received.map_or("-".to_string(), |d| d.to_string()),
                r.status.as_str(),
                r.days_late
            )
        })
        .collect()
}

#[test]
fn reporting_from_data_rows() {
    let model = model();
    let set = data(
        &model,
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
    let e = eval(&model, &set, "2024-06-30");
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
    let model = model();
    let mut set = data(&model, "indicator,area,period,value\n");
    set.load_csv(
        &model,
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
    let e = eval(&model, &set, "2022-12-31");
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
    let model = model();
    let mut set = DataSet::default();
    set.load_csv(
        &model,
        "submissions.csv",
        "agency,report,period,received\nyte,bc_6t,2021,2021-12-01\n".as_bytes(),
        LoadOptions::default(),
    );
    let e = eval(&model, &set, "2022-01-31");
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
    let model = model();
    let mut set = data(
        &model,
        "indicator,area,period,value,reported_by,reported_on\n1,tinh,2021,80,yte,2021-12-10\n",
    );
    set.load_csv(
        &model,
        "submissions.csv",
        "agency,report,period,received\nyte,bc_nam,2021,2021-12-02\n".as_bytes(),
        LoadOptions::default(),
    );
    let e = eval(&model, &set, "2021-12-31");
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
    let model = model();
    let set = DataSet::default();
    // On the deadline itself (2021-12-04) the report may still arrive on time.
    let on_deadline = eval(&model, &set, "2021-12-04");
    assert_eq!(
        reporting(&on_deadline),
        ["yte bc_6t 2021-H1 due 2021-05-31 received - missing 0"]
    );
    let after = eval(&model, &set, "2021-12-05");
    assert_eq!(after.reporting.len(), 3);
    // Before any deadline of the plan, nothing is owed.
    assert!(eval(&model, &set, "2021-05-31").reporting.is_empty());
}

#[test]
fn a_revision_does_not_make_an_on_time_report_late() {
    let model = model();
    let set = data(
        &model,
        "indicator,area,period,value,reported_by,reported_on\n\
         1,tinh,2023,80,yte,2023-12-01\n\
         1,tinh,2023,81,yte,2024-02-10\n",
    );
    assert_eq!(set.store.revisions.len(), 1);
    let e = eval(&model, &set, "2024-06-30");
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
    let model = model();
    let set = data(
        &model,
        "indicator,area,period,value,reported_by,reported_on\n\
         1,tinh,2023,80,yte,2023-12-01\n\
         1,tinh,2023,81,yte,2024-02-10\n",
    );
    let e = eval(&model, &set, "2024-06-30");
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
    let model = model();
    let set = DataSet::default();
    let err = evaluate_area(&model, &set, date("2024-06-30"), Some("huyen_bb")).unwrap_err();
    assert_eq!(
        err,
        EvalError::UnknownArea {
            area: "huyen_bb".into(),
            help: "did you mean `huyen_b`?".into(),
        }
    );
    assert_eq!(
        err.to_string(),
        "unknown area `huyen_bb`; did you mean `huyen_b`?"
    );
    let err = evaluate_area(&model, &set, date("2024-06-30"), Some("son_la")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown area `son_la`; the plan's areas are tinh, huyen_a, huyen_b, huyen_c"
    );
}

#[test]
fn a_plan_without_areas_cannot_be_evaluated() {
    let checked = planlang::load_str(
        "bare.plan",
        r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "UBND"
objective a "A" source "II"
indicator 1 "I" { objective a unit percent direction increase target 2025 >= 90 lead ubnd source "II" }
"#,
    );
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let err = evaluate(&checked.model, &DataSet::default(), date("2024-06-30")).unwrap_err();
    assert_eq!(err, EvalError::NoArea);
    assert_eq!(
        err.to_string(),
        "the plan declares no areas; add `area ID \"Name\"` so data can name where they were measured"
    );
}

#[test]
fn every_target_of_every_measure_has_a_result() {
    let model = model();
    let e = eval(&model, &DataSet::default(), "2024-06-30");
    let targets: usize = model.measures.values().map(|m| m.targets.len()).sum();
    assert_eq!(e.results.len(), targets);
    assert_eq!(e.as_of, date("2024-06-30"));
    assert!(e.results.iter().all(|r| r.area == "tinh"));
    let counts: usize = e.counts().iter().map(|(_, n)| n).sum();
    assert_eq!(counts, targets);
}
