//! Reporting compliance for every period kind (docs/data-and-evaluation.md, "When reports are due"): monthly,
//! quarterly, half-yearly and yearly reports, each with reports on time, late by a
//! hand-counted number of days, and missing; the per-agency and overall reporting rates; the
//! Sơn La plan's own schedule (a 6-month report for the first half only, since its annual
//! report covers the year).

use crate::common::eval::{load_clean, reporting};
use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::eval::reporting::{rates, Compliance};
use planlang::eval::{evaluate, Evaluation, Period};
use planlang::i18n::Lang;
use planlang::Model;

/// yte owes a monthly report due the 5th of the next month, a quarterly one due before the
/// 20th of the quarter's last month, and a half-year one but no year report (so both halves);
/// gddt owes the quarterly, half-year and year reports (so the first half only).
const PLAN: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo"
area tinh "Tỉnh" kind province
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  target 2025 >= 95
    lead yte  support gddt  source "II.1, Chỉ tiêu 1"
}
report bc_thang "Báo cáo tháng" { period month  due 05/02  from yte  to ubnd }
report bc_quy "Báo cáo quý" { period quarter  due before 20/03  from yte, gddt  to ubnd }
report bc_6t "Báo cáo 6 tháng" { period half-year  due before 01/06  from yte, gddt  to ubnd }
report bc_nam "Báo cáo năm" { period year  due before 05/12  from gddt  to ubnd }
"#;

fn model_of(text: &str) -> Model {
    let checked = planlang::load_str("test.plan", text);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

const ROWS: &str = "indicator,area,period,value,reported_by,reported_on
1,tinh,2021-03,80,yte,2021-04-01
1,tinh,2021-Q3,82,yte,2021-09-15
";

const SUBMISSIONS: &str = "agency,report,period,received
yte,bc_thang,2021-01,2021-02-05
yte,bc_thang,2021-02,2021-03-09
yte,bc_thang,2021-06,2021-07-05
yte,bc_thang,2021-12,2022-01-06
yte,bc_quy,2021-Q1,2021-03-19
gddt,bc_quy,2021-Q1,2021-03-20
yte,bc_quy,2021-Q2,2021-07-01
gddt,bc_quy,2021-Q3,2021-10-19
yte,bc_quy,2021-Q4,2021-12-19
gddt,bc_quy,2021-Q4,2022-01-20
yte,bc_6t,2021-H1,2021-05-31
yte,bc_6t,2021-H2,2021-12-10
gddt,bc_6t,2021-H2,2021-12-01
gddt,bc_nam,2021,2021-12-06
";

/// The evaluation of [`PLAN`] with [`ROWS`] and [`SUBMISSIONS`] as of 2022-01-10.
fn evaluation() -> (Model, Evaluation) {
    evaluation_of(PLAN, ROWS, SUBMISSIONS, "2022-01-10")
}

/// The evaluation of the plan `plan` with data `rows` and `submissions` as of `as_of`.
fn evaluation_of(plan: &str, rows: &str, submissions: &str, as_of: &str) -> (Model, Evaluation) {
    let model = model_of(plan);
    let set = load_clean(&model, rows, submissions);
    let e = evaluate(&model, &set, date(as_of)).expect("evaluate");
    (model, e)
}

/// The reporting lines of `e` that contain `part`.
fn reporting_with(e: &Evaluation, part: &str) -> Vec<String> {
    reporting(e)
        .into_iter()
        .filter(|r| r.contains(part))
        .collect()
}

#[test]
fn every_period_kind_is_expected_with_its_deadline() {
    let (_, e) = evaluation();
    assert_eq!(
        reporting(&e),
        [
            // Monthly, due 05/02: the 5th of the month after each month.
            "yte bc_thang 2021-01 due 2021-02-05 received 2021-02-05 on_time 0",
            // 5 → 9 March: 4 days.
            "yte bc_thang 2021-02 due 2021-03-05 received 2021-03-09 late 4",
            // Received through a data row for period 2021-03.
            "yte bc_thang 2021-03 due 2021-04-05 received 2021-04-01 on_time 0",
            "yte bc_thang 2021-04 due 2021-05-05 received - missing 0",
            "yte bc_thang 2021-05 due 2021-06-05 received - missing 0",
            "yte bc_thang 2021-06 due 2021-07-05 received 2021-07-05 on_time 0",
            "yte bc_thang 2021-07 due 2021-08-05 received - missing 0",
            "yte bc_thang 2021-08 due 2021-09-05 received - missing 0",
            "yte bc_thang 2021-09 due 2021-10-05 received - missing 0",
            "yte bc_thang 2021-10 due 2021-11-05 received - missing 0",
            "yte bc_thang 2021-11 due 2021-12-05 received - missing 0",
            // December's report is due in January; 5 → 6 January: 1 day.
            "yte bc_thang 2021-12 due 2022-01-05 received 2022-01-06 late 1",
            // Quarterly, due before 20/03: the 19th of each quarter's last month.
            "yte bc_quy 2021-Q1 due 2021-03-19 received 2021-03-19 on_time 0",
            "gddt bc_quy 2021-Q1 due 2021-03-19 received 2021-03-20 late 1",
            // 19 → 30 June is 11 days, + 1 July: 12.
            "yte bc_quy 2021-Q2 due 2021-06-19 received 2021-07-01 late 12",
            "gddt bc_quy 2021-Q2 due 2021-06-19 received - missing 0",
            // Received through a data row for period 2021-Q3.
            "yte bc_quy 2021-Q3 due 2021-09-19 received 2021-09-15 on_time 0",
            // 19 September → 19 October: 30 days.
            "gddt bc_quy 2021-Q3 due 2021-09-19 received 2021-10-19 late 30",
            "yte bc_quy 2021-Q4 due 2021-12-19 received 2021-12-19 on_time 0",
            // Received after the as-of date (2022-01-10): not received yet.
            "gddt bc_quy 2021-Q4 due 2021-12-19 received - missing 0",
            // Half-year, due before 01/06: the first half on 31 May.
            "yte bc_6t 2021-H1 due 2021-05-31 received 2021-05-31 on_time 0",
            "gddt bc_6t 2021-H1 due 2021-05-31 received - missing 0",
            // The second half six months later (before 01/12), owed by yte only: gddt's year
            // report to the same recipient covers it. 30 November → 10 December: 10 days.
            "yte bc_6t 2021-H2 due 2021-11-30 received 2021-12-10 late 10",
            // Yearly, due before 05/12; 4 → 6 December: 2 days.
            "gddt bc_nam 2021 due 2021-12-04 received 2021-12-06 late 2",
        ]
    );
}

#[test]
fn reporting_rates_per_agency_and_overall() {
    let (model, e) = evaluation();
    let (per, received, expected) = rates(&e.reporting);
    // yte: 5 of 12 monthly (January, February, March, June, December), 4 of 4 quarterly,
    // 2 of 2 half-year = 11 of 18. gddt: 2 of 4 quarterly (Q1, Q3), 0 of 1 half-year, 1 of 1
    // yearly = 3 of 6. Overall 14 of 24.
    assert_eq!(
        per,
        [("yte".to_string(), 11, 18), ("gddt".to_string(), 3, 6)]
    );
    assert_eq!((received, expected), (14, 24));
    let count = |c: Compliance| e.reporting.iter().filter(|r| r.status == c).count();
    assert_eq!(
        (
            count(Compliance::OnTime),
            count(Compliance::Late),
            count(Compliance::Missing)
        ),
        (7, 7, 10)
    );
    // The table says the same, by the agencies' and reports' names, with the rates in
    // percent: 14/24 = 58.3 %, 11/18 = 61.1 %, 3/6 = 50.0 %.
    let table = planlang::render::evaluation::table(
        &model,
        &e,
        planlang::render::evaluation::GroupBy::None,
        planlang::i18n::Lang::En,
    );
    for line in [
        "reporting: 14 of 24 reports received (58.3%): 7 on time, 7 late, 10 missing",
        "  Sở Y tế                 11/18 (61.1%)",
        "  Sở Giáo dục và Đào tạo  3/6 (50.0%)",
        "  Sở Y tế: Báo cáo tháng 2021-12, due 2022-01-05, late by 1 day (received 2022-01-06)",
        "  Sở Giáo dục và Đào tạo: Báo cáo quý 2021-Q2, due 2021-06-19, missing",
    ] {
        assert!(table.lines().any(|l| l == line), "{line}\n{table}");
    }
}

#[test]
fn a_report_is_expected_only_once_its_deadline_has_passed() {
    let model = model_of(PLAN);
    let set = load_clean(&model, ROWS, SUBMISSIONS);
    let owed = |as_of: &str| -> Vec<String> {
        let e = evaluate(&model, &set, date(as_of)).expect("evaluate");
        e.reporting
            .iter()
            .map(|r| format!("{} {} {}", r.agency, r.report, r.period))
            .collect()
    };
    // On its deadline a report can still arrive on time: nothing is owed yet.
    assert!(owed("2021-02-05").is_empty());
    assert_eq!(owed("2021-02-06"), ["yte bc_thang 2021-01"]);
    assert_eq!(
        owed("2021-03-20"),
        [
            "yte bc_thang 2021-01",
            "yte bc_thang 2021-02",
            "yte bc_quy 2021-Q1",
            "gddt bc_quy 2021-Q1"
        ]
    );
}

#[test]
fn a_year_report_to_another_recipient_leaves_the_second_half_owed() {
    // gddt's year report now goes to yte, not to UBND: it does not stand for the second
    // half of the 6-month report to UBND.
    let plan = PLAN.replace("from gddt  to ubnd }", "from gddt  to yte }");
    let (_, e) = evaluation_of(&plan, ROWS, SUBMISSIONS, "2022-01-10");
    assert_eq!(
        reporting_with(&e, " bc_6t "),
        [
            "yte bc_6t 2021-H1 due 2021-05-31 received 2021-05-31 on_time 0",
            "gddt bc_6t 2021-H1 due 2021-05-31 received - missing 0",
            "yte bc_6t 2021-H2 due 2021-11-30 received 2021-12-10 late 10",
            // 30 November → 1 December: 1 day.
            "gddt bc_6t 2021-H2 due 2021-11-30 received 2021-12-01 late 1",
        ]
    );
}

#[test]
fn a_day_a_month_lacks_falls_on_its_last_day() {
    let plan = PLAN.replace("period month  due 05/02", "period month  due 31/01");
    let (_, e) = evaluation_of(
        &plan,
        "indicator,area,period,value\n",
        "agency,report,period,received\nyte,bc_thang,2024-02,2024-03-01\nyte,bc_thang,2024-04,2024-04-30\n",
        "2024-05-01",
    );
    assert_eq!(
        reporting_with(&e, " bc_thang 2024-"),
        [
            "yte bc_thang 2024-01 due 2024-01-31 received - missing 0",
            // 2024 is a leap year: February's report is due the 29th; 1 March is 1 day late.
            "yte bc_thang 2024-02 due 2024-02-29 received 2024-03-01 late 1",
            "yte bc_thang 2024-03 due 2024-03-31 received - missing 0",
            // April has 30 days.
            "yte bc_thang 2024-04 due 2024-04-30 received 2024-04-30 on_time 0",
        ]
    );
}

/// Sơn La's plan, section VI: "trước ngày 01/06 đối với báo cáo 6 tháng, trước ngày 05/12
/// đối với báo cáo năm", from the same 11 submitters to Sở LĐ-TB&XH. The 6-month report is
/// the mid-year one; the annual report covers the year, so no second-half report is owed.
#[test]
fn son_la_owes_a_first_half_report_and_a_year_report() {
    // Loaded from its path: it imports the national program by a path relative to itself.
    let checked = planlang::load_path("plans/son-la-children-2021-2030.plan").unwrap();
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = checked.model;
    let e = evaluate(&model, &DataSet::default(), date("2022-01-01")).expect("evaluate");
    let mut owed: Vec<(String, Period, String)> = e
        .reporting
        .iter()
        .map(|r| (r.report.clone(), r.period, r.due.to_string()))
        .collect();
    owed.dedup();
    assert_eq!(
        owed,
        [
            (
                "baocao_6thang".to_string(),
                Period::Half(2021, 1),
                "2021-05-31".to_string()
            ),
            (
                "baocao_nam".to_string(),
                Period::Year(2021),
                "2021-12-04".to_string()
            ),
        ]
    );
    assert_eq!(e.reporting.len(), 2 * 11);
    assert!(e.reporting.iter().all(|r| r.status == Compliance::Missing));
}

#[test]
fn a_submission_must_name_a_period_its_report_covers() {
    let model = model_of(PLAN);
    let mut set = DataSet::default();
    set.load_csv(
        &model,
        "submissions.csv",
        "agency,report,period,received\n\
         yte,bc_thang,2021-Q1,2021-04-01\n\
         yte,bc_quy,2021-03,2021-04-01\n\
         yte,bc_6t,2021,2021-06-01\n\
         gddt,bc_nam,2021-H2,2021-12-01\n\
         yte,bc_quy,2021-Q1,2021-04-01\n"
            .as_bytes(),
        LoadOptions::default(),
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (5, 1, 4));
    let messages: Vec<String> = set
        .errors
        .iter()
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect();
    assert_eq!(
        messages,
        [
            "submissions.csv:2: error[data::bad_period]: report `bc_thang` is due every month, so its period is written like `2023-01` to `2023-12`, not `2021-Q1`",
            "submissions.csv:3: error[data::bad_period]: report `bc_quy` is due every quarter, so its period is written like `2023-Q1` to `2023-Q4`, not `2021-03`",
            "submissions.csv:4: error[data::bad_period]: report `bc_6t` is due every half-year, so its period is written like `2023-H1` or `2023-H2`, not `2021`",
            "submissions.csv:5: error[data::bad_period]: report `bc_nam` is due every year, so its period is written like `2023`, not `2021-H2`",
        ]
    );
}
