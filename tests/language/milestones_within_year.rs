//! Targets for a half-year, a quarter or a month (issue 11, item 7; docs/language.md, "Targets" and
//! "How a target is judged"): read, printed back, checked, and judged on their own period,
//! with data as Excel saves them.

use crate::common::eval::load_clean;
use planlang::data::{DataSet, LoadOptions};
use planlang::date::{Date, Period};
use planlang::eval::{evaluate, Status};
use planlang::Checked;

const HEADER: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2025-08-01 period 2026..2028 }
agency ubnd "Ủy ban nhân dân tỉnh"
area tinh "Tỉnh" kind province
unit ty_dong "tỷ đồng" range 0..
objective a "Thu ngân sách" source "I"
"#;

fn load(body: &str) -> Checked {
    planlang::load_str("test.plan", &format!("{HEADER}{body}"))
}

/// The codes of the diagnostics, leaving out the small header's own.
fn codes(body: &str) -> Vec<&'static str> {
    load(body)
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .filter(|c| !matches!(*c, "plan::unused_agency"))
        .collect()
}

fn indicator(fields: &str) -> String {
    format!(r#"indicator 1 "Thu" {{ objective a lead ubnd source "I.1" {fields} }}"#)
}

#[test]
fn a_milestone_names_a_half_year_a_quarter_or_a_month() {
    let checked = load(&indicator(
        "unit ty_dong direction increase flow target 2026-h1 >= 1 target 2026-Q2 >= 2 target 2026-06 >= 3 target 2026-Q3 cumulative >= 4 target 2026 >= 5",
    ));
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let m = &checked.model.measures["1"];
    let written: Vec<String> = m
        .targets
        .iter()
        .map(|t| t.milestone().expect("a milestone").to_string())
        .collect();
    assert_eq!(
        written,
        [
            "2026-H1",
            "2026-Q2",
            "2026-06",
            "2026-Q3 cumulative",
            "2026"
        ]
    );
    assert_eq!(
        m.targets[2].milestone_period(),
        Some(Period::Month(2026, 6))
    );
    assert_eq!(m.targets[4].kind.first_year(), Some(2026));
}

#[test]
fn milestones_within_a_year_are_checked_in_time_order() {
    // A level's quarter after its year is written out of order, and a later quarter below an
    // earlier one goes against the direction.
    let level = "unit percent direction increase";
    assert_eq!(
        codes(&indicator(&format!(
            "{level} target 2026 >= 60 target 2026-Q2 >= 50"
        ))),
        ["plan::milestone_order"]
    );
    assert_eq!(
        codes(&indicator(&format!(
            "{level} target 2026-Q1 >= 50 target 2026-Q2 >= 45"
        ))),
        ["plan::target_against_direction"]
    );
    // The same quarter twice is a repeated milestone.
    assert_eq!(
        codes(&indicator(&format!(
            "{level} target 2026-Q2 >= 50 target 2026-Q2 >= 55"
        ))),
        ["plan::milestone_repeated"]
    );
    // A flow's quarter is not its year: 250 in the second quarter is no fall from the
    // year's 1000, and its own total and its total to date are two milestones.
    let flow = "unit ty_dong direction increase flow cumulative baseline 2025 = 900";
    assert_eq!(
        codes(&indicator(&format!(
            "{flow} target 2026-Q2 >= 250 target 2026-Q2 cumulative >= 480 target 2026 >= 1000"
        ))),
        Vec::<&str>::new()
    );
    // `cumulative` on a level, and a period the calendar has not.
    assert_eq!(
        codes(&indicator(&format!(
            "{level} target 2026-Q3 cumulative >= 60"
        ))),
        ["plan::cumulative_not_flow"]
    );
    assert_eq!(
        codes(&indicator(&format!(
            "{level} target 2026-Q5 >= 60 target 2026 >= 50"
        ))),
        ["plan::bad_milestone"]
    );
}

#[test]
fn a_quarter_is_judged_on_the_quarter_in_data_as_excel_saves_them() {
    let plan = std::fs::read_to_string("tests/cases/within_year/budget.plan").expect("fixture");
    let checked = planlang::load_str("budget.plan", &plan);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    // UTF-8 with a byte-order mark and CRLF line ends, as Excel's "CSV UTF-8" writes.
    let bytes = std::fs::read("tests/cases/within_year/data.csv").expect("fixture");
    assert!(bytes.starts_with(b"\xef\xbb\xbf") && bytes.windows(2).any(|w| w == b"\r\n"));
    let mut set = DataSet::default();
    set.load_csv(model, "data.csv", bytes.as_slice(), LoadOptions::default());
    assert_eq!((set.rows_read, set.accepted, set.rejected), (6, 6, 0));
    let e = evaluate(model, &set, Date::parse("2026-07-31").unwrap()).expect("evaluate");
    let row = |i: usize| {
        let r = &e.results[i];
        (
            r.target.milestone().map(|m| m.to_string()),
            r.status,
            r.latest.as_ref().map(|l| (l.period.to_string(), l.value)),
        )
    };
    // Year to date 240 by March and 510 by June: the second quarter's own revenue is 270.
    assert_eq!(
        row(0),
        (
            Some("2026-Q2".into()),
            Status::Missed,
            Some(("2026-Q2".into(), 270.0))
        )
    );
    // 600 by July against 750 for nine months: 7/9 of it, 583.33 due, on track.
    assert_eq!(row(1).1, Status::OnTrack);
    let nine = &e.results[1];
    assert!((nine.expected.unwrap() - 583.333).abs() < 1e-3, "{nine:?}");
    assert!((nine.ratio.unwrap() - 1.028571).abs() < 1e-6, "{nine:?}");
    // The half-year's own value (46) decides its target; June's (44) decides June's.
    assert_eq!(
        row(3),
        (
            Some("2026-H1".into()),
            Status::Achieved,
            Some(("2026-H1".into(), 46.0))
        )
    );
    assert_eq!(row(4).1, Status::Missed);
}

#[test]
fn the_milestone_and_its_total_to_date_are_in_every_output_of_a_target() {
    let m = load(&indicator(
        "unit ty_dong direction increase flow cumulative target 2026-Q3 cumulative >= 750 target 2026-Q2 >= 500",
    ))
    .model;
    let set = load_clean(&m, "indicator,area,period,value\n1,tinh,2026-Q1,240\n", "");
    let e = evaluate(&m, &set, Date::parse("2026-04-30").unwrap()).expect("evaluate");
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::evaluation::json(&m, &e)).expect("json");
    let target = &json["results"][0]["target"];
    assert_eq!(target["milestone"], "2026-Q3");
    assert_eq!(target["cumulative"], true);
    assert_eq!(json["results"][1]["target"]["cumulative"], false);
    let csv = planlang::render::evaluation::csv(&m, &e);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let first: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cell = |name: &str| first[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!((cell("milestone"), cell("cumulative")), ("2026-Q3", "true"));
    let model_json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&m)).expect("json");
    let t = &model_json["indicators"][0]["targets"][1];
    assert_eq!(
        (t["milestone"].as_str(), t["cumulative"].as_bool()),
        (Some("2026-Q2"), Some(false))
    );
}
