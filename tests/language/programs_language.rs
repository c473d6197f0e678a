//! The language for programs other than the children's plans (docs/language.md, "Targets", "Projects
//! and tasks", "Reporting and reviews"): what each construct means once resolved, checked and
//! evaluated — projects' owners reaching the indicators they cover, targets per year, over the
//! period and without an amount, two targets a document gives for one milestone, deadlines
//! given by month.

use crate::common::eval::load_clean;
use planlang::date::Date;
use planlang::eval::{evaluate, Status};
use planlang::i18n::Lang;
use planlang::model::Deadline;
use planlang::model::{Comparator, KindName, RateUnit};
use planlang::{Checked, Model};

const HEADER: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2025-01-05 period 2025..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency congan "Công an tỉnh"
agency yte "Sở Y tế"
agency tuphap "Sở Tư pháp"
agency xa "Ủy ban nhân dân các xã, phường"
area tinh "Tỉnh" kind province
objective a "Chỉ tiêu chủ yếu" source "II.6"
"#;

fn load(body: &str) -> Checked {
    planlang::load_str("test.plan", &format!("{HEADER}{body}"))
}

fn model(body: &str) -> Model {
    let checked = load(body);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The codes of the diagnostics, in order, leaving out those the small header brings on
/// itself (an objective or agencies a short case does not use).
fn codes(body: &str) -> Vec<&'static str> {
    load(body)
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .filter(|c| !matches!(*c, "plan::empty_objective" | "plan::unused_agency"))
        .collect()
}

/// The agencies reported as unused.
fn unused(body: &str) -> Vec<String> {
    load(body)
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str() == "plan::unused_agency")
        .map(|d| {
            d.message(Lang::En)
                .split('`')
                .nth(1)
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn names(owners: &[planlang::model::Owner]) -> Vec<&str> {
    owners.iter().map(|o| o.agency.name.as_str()).collect()
}

// ------------------------------------------------------------------ projects and tasks

const PROJECTS: &str = r#"
indicator 1 "Cai nghiện" {
    objective a  source "II.6.1"
    part a "Cơ sở cai nghiện" { unit percent direction increase target >= 100 }
    part b "Điểm tư vấn" { unit percent direction increase target > 70  support xa ref "III.2.13.e" }
}
indicator 2 "Trợ giúp pháp lý" {
    objective a  unit percent  direction increase  target >= 100 strive  source "II.6.2"
    lead congan ref "IV.2"
}
indicator 3 "Y tế" { objective a  unit percent  direction increase  target > 80  source "II.6.3" }
project da5 "Dự án 5: Cai nghiện" { lead congan ref "III.2.3.c"  covers 1 ref "tên dự án" }
project da8 "Dự án 8: Trợ giúp pháp lý" { lead tuphap ref "III.2.8"  support yte  covers 2, giam_sat }
project da6 "Dự án 6: Y tế" { lead ? because "chưa giao"  covers 3 }
project da6_tda1 "Tiểu dự án 1" { in da6  lead yte  due in month 11/2025 }
task giam_sat "Giám sát" { lead ubnd  support congan, xa ref "IV"  due before 15/12 every year  source "IV" }
"#;

#[test]
fn a_project_hands_its_lead_to_the_indicators_it_covers() {
    let m = model(PROJECTS);
    // `covers 1`: every part of indicator 1.
    let covered: Vec<&str> = (m.projects["da5"].measures.iter())
        .filter_map(|&id| m.at(id))
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(covered, ["1a", "1b"]);
    // Each is where the model holds it, and the project's parent is linked as well.
    let at = |id: &str| m.measures.get_index_of(id);
    let ids: Vec<usize> = m.projects["da5"]
        .measures
        .iter()
        .map(|i| i.index())
        .collect();
    assert_eq!(ids, [at("1a").unwrap(), at("1b").unwrap()]);
    let parent = m.projects["da6_tda1"].parent.as_ref().expect("in da6");
    assert_eq!(parent.id.map(|i| i.index()), m.projects.get_index_of("da6"));
    assert_eq!(names(&m.measures["1a"].lead), ["congan"]);
    assert_eq!(
        m.measures["1a"].lead[0].reference.as_deref(),
        Some("III.2.3.c")
    );
    // A part's own support is kept, the project's lead added.
    assert_eq!(names(&m.measures["1b"].lead), ["congan"]);
    assert_eq!(names(&m.measures["1b"].support), ["xa"]);
}

#[test]
fn an_indicator_that_names_its_lead_keeps_it_and_gains_the_supports() {
    let m = model(PROJECTS);
    assert_eq!(names(&m.measures["2"].lead), ["congan"]);
    assert_eq!(names(&m.measures["2"].support), ["yte"]);
    let tasks: Vec<&str> = (m.projects["da8"].tasks.iter())
        .filter_map(|&id| m.at(id))
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(tasks, ["giam_sat"]);
}

#[test]
fn a_project_without_a_lead_leaves_its_indicators_to_fill() {
    let checked = load(PROJECTS);
    let fill: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect();
    assert_eq!(fill.len(), 1, "{fill:#?}");
    assert!(
        fill[0]
            .contains("warning[plan::lead_to_fill]: indicator 3 has no lead agency yet: chưa giao"),
        "{}",
        fill[0]
    );
}

#[test]
fn a_lead_named_by_one_project_wins_over_another_projects_lead_to_fill() {
    let body = r#"indicator 3 "Y tế" { objective a unit percent direction increase target > 80 source "II" }
project p "P" { lead ? because "chưa giao"  covers 3 }
project q "Q" { lead yte  covers 3 }"#;
    let m = model(body);
    assert_eq!(names(&m.measures["3"].lead), ["yte"]);
    assert!(m.measures["3"].lead_to_fill.is_none());
    assert!(codes(body).is_empty(), "{:?}", codes(body));
}

#[test]
fn projects_and_tasks_keep_their_owners_parents_and_deadlines() {
    let m = model(PROJECTS);
    let sub = &m.projects["da6_tda1"];
    assert_eq!(sub.parent.as_ref().map(|p| p.name.as_str()), Some("da6"));
    let due = sub.duty.due_month().expect("a month");
    assert_eq!((due.month, due.year), (11, Some(2025)));
    let task = &m.tasks["giam_sat"].duty;
    assert_eq!(names(&task.lead), ["ubnd"]);
    assert_eq!(names(&task.support), ["congan", "xa"]);
    assert_eq!(task.due_day().map(|d| (d.day, d.month)), Some((15, 12)));
    assert!(task.due_before());
}

#[test]
fn a_deadline_says_its_year_or_how_often_it_recurs() {
    let m = model(PROJECTS);
    assert_eq!(
        m.tasks["giam_sat"].duty.every,
        Some(planlang::model::PeriodKind::Year)
    );
    // Without a year or `every`, once or every year cannot be told: a warning, not tracked.
    for due in ["due 30/06", "due before month 6", "due in month 12"] {
        let body = format!(r#"task t "T" {{ lead ubnd {due} }}"#);
        assert_eq!(codes(&body), ["plan::due_no_year"], "{due}");
    }
    for due in [
        "due 30/06 every year",
        "due in month 3 every quarter",
        "due 30/06/2026",
        "due before 01/07/2025 every half-year",
        "due in month 11/2025",
        "due 05/02/2026 every month",
    ] {
        let body = format!(r#"task t "T" {{ lead ubnd {due} }}"#);
        assert!(codes(&body).is_empty(), "{due}: {:?}", codes(&body));
    }
    assert_eq!(
        codes(r#"project p "P" { lead ubnd due 30/06/2031 }"#),
        ["plan::year_outside_period"]
    );
    assert_eq!(
        codes(r#"task t "T" { lead ubnd due in month 6/2024 every year }"#),
        ["plan::year_outside_period"]
    );
}

#[test]
fn a_task_or_project_without_its_lead_is_warned_as_an_indicator_is() {
    let checked = load(r#"task t "T" { lead ? because "văn bản không nêu" }"#);
    let warned: Vec<String> = (checked.diagnostics.iter())
        .filter(|d| d.code().as_str() == "plan::lead_to_fill")
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect();
    assert_eq!(warned.len(), 1, "{warned:#?}");
    assert!(
        warned[0].ends_with("task `t` has no lead agency yet: văn bản không nêu"),
        "{}",
        warned[0]
    );
    assert_eq!(
        codes(r#"project p "P" { lead ? lead ubnd }"#),
        ["plan::lead_to_fill"]
    );
    let m = model(r#"task t "T" { lead ? because "văn bản không nêu" }"#);
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&m)).expect("json");
    assert_eq!(json["tasks"][0]["lead_to_fill"], "văn bản không nêu");
    assert_eq!(json["tasks"][0]["lead"], serde_json::json!([]));
}

#[test]
fn owners_of_projects_and_tasks_count_as_used_and_are_looked_up() {
    // tuphap leads only a project, xa supports a task: none is unused.
    assert!(unused(PROJECTS).is_empty());
    assert_eq!(
        unused(r#"task t "T" { lead ubnd support xa }"#),
        ["congan", "yte", "tuphap"]
    );
    let typo = codes(r#"task t "T" { lead ubnd support ytee }"#);
    assert_eq!(typo, ["plan::unknown_agency"]);
}

#[test]
fn unknown_projects_and_covered_ids_are_errors() {
    assert_eq!(
        codes(r#"project p "P" { in q  lead ubnd }"#),
        ["plan::unknown_project"]
    );
    assert_eq!(
        codes(r#"project p "P" { lead ubnd  covers 7b }"#),
        ["plan::unknown_covered"]
    );
    assert_eq!(
        codes(r#"project p "P" { lead ubnd  source "a"  source "b" }"#),
        ["plan::duplicate_field"]
    );
    assert_eq!(
        codes(r#"task t "T" { lead ubnd }  task t "U" { lead ubnd }"#),
        ["plan::duplicate_id"]
    );
}

#[test]
fn projects_and_tasks_appear_in_the_json() {
    let m = model(PROJECTS);
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&m)).expect("json");
    let da5 = &json["projects"][0];
    assert_eq!(da5["id"], "da5");
    assert_eq!(da5["lead"], serde_json::json!(["congan"]));
    assert_eq!(da5["covers"], serde_json::json!(["1a", "1b"]));
    let sub = &json["projects"][3];
    assert_eq!(sub["parent"], "da6");
    assert_eq!(
        sub["due_month"],
        serde_json::json!({ "month": 11, "year": 2025 })
    );
    assert_eq!(
        json["projects"][1]["covers_tasks"],
        serde_json::json!(["giam_sat"])
    );
    assert_eq!(json["tasks"][0]["due"], "12-15");
    assert_eq!(json["tasks"][0]["due_before"], true);
    assert_eq!(json["tasks"][0]["every"], "year");
    assert_eq!(json["tasks"][0]["due_date"], serde_json::Value::Null);
    assert_eq!(json["projects"][3]["every"], serde_json::Value::Null);
    let one_a = &json["indicators"][0];
    assert_eq!(one_a["id"], "1a");
    assert_eq!(one_a["projects"], serde_json::json!(["da5"]));
}

// ------------------------------------------------------------------ targets

fn targets(body: &str) -> Vec<planlang::model::Target> {
    model(&format!(
        r#"indicator 1 "T" {{ objective a unit count direction increase lead ubnd source "II" {body} }}"#
    ))
    .measures["1"]
    .targets
    .clone()
}

#[test]
fn a_comparison_in_a_rate_is_kept_and_turned_round_for_a_reduction() {
    let t = targets("target increase by > 3 percent per year")[0].clone();
    assert_eq!(
        (t.kind.name(), t.op, t.value, t.kind.change_unit()),
        (
            KindName::Rate,
            Comparator::Above,
            3.0,
            Some(RateUnit::Percent)
        )
    );
    // "reduce by more than 3": a change below -3; "by at most 3": at least -3.
    let t = targets("target reduce by > 3 points per year")[0].clone();
    assert_eq!((t.op, t.value), (Comparator::Below, -3.0));
    let t = targets("target reduce by <= 3 points per year")[0].clone();
    assert_eq!((t.op, t.value), (Comparator::AtLeast, -3.0));
    // Without a comparison, as before: at least the amount.
    let t = targets("target reduce by 3 points per year")[0].clone();
    assert_eq!((t.op, t.value), (Comparator::AtMost, -3.0));
}

#[test]
fn every_year_is_a_rate_of_any_size() {
    let t = targets("target reduce every year from 2026 until 2030")[0].clone();
    assert_eq!(
        (
            t.kind.name(),
            t.op,
            t.value,
            t.kind.first_year(),
            t.kind.last_year()
        ),
        (
            KindName::Rate,
            Comparator::Below,
            0.0,
            Some(2026),
            Some(2030)
        )
    );
    let t = targets("target increase every year")[0].clone();
    assert_eq!((t.op, t.value), (Comparator::Above, 0.0));
}

#[test]
fn a_change_over_the_period_is_not_a_rate() {
    let t = targets("target reduce by 50 percent strive")[0].clone();
    assert_eq!(
        (
            t.kind.name(),
            t.op,
            t.value,
            t.kind.change_unit(),
            t.kind.first_year(),
            t.kind.last_year(),
            t.strive
        ),
        (
            KindName::Change,
            Comparator::AtMost,
            -50.0,
            Some(RateUnit::Percent),
            None,
            None,
            true
        )
    );
    // A change may be negative whatever the unit: no value_out_of_range, no direction check.
    assert!(codes(
        r#"indicator 1 "T" { objective a unit percent direction decrease lead ubnd source "II" target reduce by 50 percent }"#
    )
    .is_empty());
}

#[test]
fn two_targets_the_document_gives_for_one_milestone_are_a_contradiction() {
    let conflict = |a: &str, b: &str| {
        codes(&format!(
            r#"indicator 1 "T" {{ objective a unit percent direction increase lead ubnd source "II" {a} {b} }}"#
        ))
    };
    assert_eq!(
        conflict(
            r#"target 2030 >= 50 ref "II.6.1""#,
            r#"target 2030 >= 100 ref "III.2.13.b""#
        ),
        ["plan::conflicting_targets"]
    );
    // Only the "phấn đấu" differs: still two statements.
    assert_eq!(
        conflict(
            r#"target 2030 >= 50 strive ref "II.6.1""#,
            r#"target 2030 >= 50 ref "I.2.1""#
        ),
        ["plan::conflicting_targets"]
    );
    // Without a ref on both, or with the same ref: a repetition.
    assert_eq!(
        conflict("target 2030 >= 50", r#"target 2030 >= 100 ref "III""#),
        ["plan::milestone_repeated"]
    );
    assert_eq!(
        conflict(
            r#"target 2030 >= 50 ref "II""#,
            r#"target 2030 >= 100 ref "II""#
        ),
        ["plan::milestone_repeated"]
    );
    assert_eq!(
        conflict("target 2030 >= 50", "target 2030 >= 50"),
        ["plan::milestone_repeated"]
    );
}

#[test]
fn the_same_target_restated_in_two_sections_is_one_target_with_both_refs() {
    let body = r#"indicator 1 "T" { objective a unit percent direction increase lead ubnd source "II"
        target 2025 >= 40 ref "II.1"
        target 2030 >= 50 ref "II.6.1"
        target 2030 >= 50 ref "III.2.13.b"
        target 2030 >= 50 ref "IV.1" }"#;
    assert_eq!(codes(body), Vec::<&str>::new());
    let m = model(body);
    let targets = &m.measures["1"].targets;
    assert_eq!(targets.len(), 2);
    assert_eq!(targets[1].reference.as_deref(), Some("II.6.1"));
    assert_eq!(targets[1].restated_in, ["III.2.13.b", "IV.1"]);
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&m)).expect("json");
    assert_eq!(
        json["indicators"][0]["targets"][1]["restated_in"],
        serde_json::json!(["III.2.13.b", "IV.1"])
    );
    // A later milestone against the direction is what some documents do: a warning.
    let dips = r#"indicator 1 "T" { objective a unit percent direction increase lead ubnd source "II"
        target 2025 >= 50 target 2030 >= 45 }"#;
    let checked = load(dips);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    assert_eq!(codes(dips), ["plan::target_against_direction"]);
}

#[test]
fn named_queries_are_checked_with_the_plan() {
    let body = r#"indicator 1 "T" { objective a unit percent direction increase lead ubnd source "II" target 2030 >= 50 }
query ok "indicators where status = on_track"
query typo "indicators where stauts = on_track"
query nobody "indicators where lead = \"so_yt\""
"#;
    let checked = load(body);
    let found: Vec<(&str, String)> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str().starts_with("query::"))
        .map(|d| {
            let span = d.span().expect("a place in the plan");
            (d.code().as_str(), checked.source.slice(span).to_string())
        })
        .collect();
    // Each at the word at fault in the plan's text, escapes and all.
    assert_eq!(
        found,
        [
            ("query::unknown_field", "stauts".to_string()),
            ("query::unknown_value", "\\\"so_yt\\\"".to_string())
        ]
    );
    assert!(checked.has_errors());
}

// ------------------------------------------------------------------ reports

#[test]
fn a_report_due_once_needs_no_period() {
    let m = model(r#"report kh "Kế hoạch" { due in month 11/2025 from yte, xa to congan }"#);
    let r = &m.reports["kh"];
    assert!(r.is_once());
    assert!(r.period.is_none() && r.due_day().is_none());
    // A month that recurs is periodic: without a period, the checker asks for one.
    assert_eq!(
        codes(r#"report r "R" { due in month 6 from yte to congan }"#),
        ["plan::report_no_period"]
    );
    assert!(codes(r#"report r "R" { period year due in month 6 from yte to congan }"#).is_empty());
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

const NO_ROWS: &str = "indicator,area,period,value\n";

#[test]
fn month_deadlines_fall_on_the_months_last_day() {
    let m = model(
        r#"indicator 1 "T" { objective a unit count direction increase lead ubnd source "II" target 2030 >= 1 }
report kh "Kế hoạch" { due in month 11/2025 from yte, xa to congan }
report nam "Năm" { period year due in month 2 from yte to congan }
report truoc "Trước tháng 6" { period year due before month 6 from xa to congan }"#,
    );
    let submissions = "agency,report,period,received
yte,kh,2025,2025-11-30
xa,kh,2025-11,2025-12-02
yte,nam,2026,2026-02-28
";
    let set = load_clean(&m, NO_ROWS, submissions);
    let e = evaluate(&m, &set, date("2026-06-10")).expect("evaluate");
    let lines: Vec<String> = e
        .reporting
        .iter()
        .map(|r| {
            format!(
                "{} {} {} due {} {} {}",
                r.agency,
                r.report,
                r.period,
                r.due,
                r.status.as_str(),
                r.days_late
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            // Once, in November 2025: owed once by each, whatever period the submission names.
            "yte kh 2025-11 due 2025-11-30 on_time 0",
            "xa kh 2025-11 due 2025-11-30 late 2",
            // `due in month 2`: the last day of February (2026 is not a leap year).
            "yte nam 2025 due 2025-02-28 missing 0",
            "yte nam 2026 due 2026-02-28 on_time 0",
            // `due before month 6`: the last day of May.
            "xa truoc 2025 due 2025-05-31 missing 0",
            "xa truoc 2026 due 2026-05-31 missing 0",
        ]
    );
}

#[test]
fn a_change_over_the_period_is_judged_from_its_start() {
    let m = model(
        r#"indicator 7 "Số cặp tảo hôn" { objective a unit count direction decrease lead ubnd source "II" target reduce by 50 percent }"#,
    );
    let judge = |rows: &str, as_of: &str| {
        let set = load_clean(&m, rows, "");
        let e = evaluate(&m, &set, date(as_of)).expect("evaluate");
        (
            e.results[0].status,
            e.results[0].note.clone().unwrap_or_default(),
        )
    };
    // From 120 (2024, the year before the period) to 60 or less by 2030.
    let (status, note) = judge(
        "indicator,area,period,value\n7,tinh,2024,120\n7,tinh,2026,58\n",
        "2027-01-10",
    );
    assert_eq!(status, Status::Achieved, "{note}");
    assert!(
        note.starts_with("a change of -50 % from 120 (2024) is a level of 60 by 2030"),
        "{note}"
    );
    let (status, _) = judge(
        "indicator,area,period,value\n7,tinh,2024,120\n7,tinh,2026,118\n",
        "2027-01-10",
    );
    assert!(
        matches!(status, Status::LimitedProgress | Status::NeedsAcceleration),
        "{status:?}"
    );
    let (status, _) = judge(
        "indicator,area,period,value\n7,tinh,2024,120\n7,tinh,2030,70\n",
        "2031-02-01",
    );
    assert_eq!(status, Status::Missed);
    let (status, note) = judge(NO_ROWS, "2027-01-10");
    assert_eq!(status, Status::InsufficientData, "{note}");
}
