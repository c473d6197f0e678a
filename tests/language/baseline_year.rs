//! A baseline that names its year only (`baseline 2024`): "giảm 20% so với mức trung bình năm
//! 2024" (2530/QĐ-TTg, I.2.a) counts a fall from the level of a year the document does not
//! quantify. The value is the data's for that year, which are read even before the year
//! before the plan; without it, the change cannot be judged.

use planlang::data::{DataSet, LoadOptions};
use planlang::date::Date;
use planlang::eval::{evaluate_area, Status};
use planlang::i18n::Lang;
use planlang::render::model_json::to_json;
use planlang::syntax::{self, print::print};
use planlang::{Checked, Code, Source};

const PLAN: &str = r#"plan "Chất lượng không khí" {
    document "1/KH"
    issuer a
    signed 2025-11-19
    period 2026..2030
    horizon 2045
}
agency a "Ủy ban nhân dân"
area ha_noi "Thành phố Hà Nội" kind province
unit ug_m3 "μg/m³" range 0..
indicator 1 "Nồng độ bụi PM2.5 trung bình năm" {
    unit ug_m3
    direction decrease
    baseline 2024 ref "so với mức trung bình năm 2024"
    target reduce by 20 percent until 2030
    target 2030 < 40
    lead a
    source "I.2.a"
}
"#;

fn plan() -> Checked {
    let checked = planlang::load_str("air.plan", PLAN);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked
}

fn data(checked: &Checked, csv: &str) -> DataSet {
    let mut set = DataSet::default();
    let options = LoadOptions::default();
    set.load_csv(&checked.model, "data.csv", csv.as_bytes(), options);
    set
}

#[test]
fn the_year_alone_is_read_printed_and_given_in_json() {
    let checked = plan();
    let b = checked.model.measures["1"]
        .baseline
        .as_ref()
        .expect("a baseline");
    assert_eq!((b.year, b.value), (2024, None));
    assert_eq!(
        b.reference.as_deref(),
        Some("so với mức trung bình năm 2024")
    );
    let parsed = syntax::parse(&Source::new("air.plan", PLAN));
    let printed = print(&parsed.file);
    assert!(printed.contains("baseline 2024 ref \"so với mức trung bình năm 2024\"\n"));
    let again = syntax::parse(&Source::new("air.plan", printed.as_str()));
    assert_eq!(print(&again.file), printed);
    let json: serde_json::Value = serde_json::from_str(&to_json(&checked.model)).unwrap();
    let text = json.to_string();
    assert!(
        text.contains(
            r#""baseline":{"ref":"so với mức trung bình năm 2024","value":null,"year":2024}"#
        ) || text.contains(
            r#""baseline":{"year":2024,"value":null,"ref":"so với mức trung bình năm 2024"}"#
        ),
        "{text}"
    );
}

#[test]
fn the_change_counts_from_the_datas_value_of_that_year() {
    let checked = plan();
    // 2024 is two years before the plan: read all the same, as the year a baseline names.
    let set = data(
        &checked,
        "indicator,area,period,value\n1,ha_noi,2023,52\n1,ha_noi,2024,50\n1,ha_noi,2026,46\n1,ha_noi,2030,39\n",
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (4, 3, 1));
    // 2023 is before it: refused, and the message says which years are read.
    assert_eq!(set.errors[0].code(), Code::DataPeriodOutsidePlan);
    let message = set.errors[0].message(Lang::En);
    assert!(
        message.contains("the years from 2024 are accepted as baseline years"),
        "{message}"
    );
    let as_of = Date::parse("2031-03-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, None).expect("evaluate");
    let change = &e.results[0];
    // 20 % below 50 is 40; 39 in 2030 reaches it.
    assert_eq!(change.status, Status::Achieved, "{:?}", change.note);
    let note = change.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("from 50 (2024) is a level of 40 by 2030"),
        "{note}"
    );
    assert_eq!(change.baseline.as_ref().map(|b| b.value), Some(50.0));
    // The level target's trend starts from that year too.
    assert_eq!(e.results[1].baseline.as_ref().map(|b| b.value), Some(50.0));
}

#[test]
fn without_that_years_value_the_change_cannot_be_judged() {
    let checked = plan();
    let set = data(
        &checked,
        "indicator,area,period,value\n1,ha_noi,2025,49\n1,ha_noi,2030,39\n",
    );
    let as_of = Date::parse("2031-03-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, None).expect("evaluate");
    let change = &e.results[0];
    assert_eq!(change.status, Status::InsufficientData);
    assert_eq!(
        change.note.as_deref(),
        Some("the change is counted from the level of 2024, and the data give no value for 2024")
    );
    // The 2025 value does not stand in for 2024's.
    assert!(change.baseline.is_none());
}

#[test]
fn a_baseline_with_its_value_is_still_the_declared_one() {
    let text = PLAN.replace("baseline 2024 ref", "baseline 2024 = 60 ref");
    let checked = planlang::load_str("air.plan", &text);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let set = data(
        &checked,
        "indicator,area,period,value\n1,ha_noi,2024,50\n1,ha_noi,2030,47\n",
    );
    let as_of = Date::parse("2031-03-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, None).expect("evaluate");
    // 20 % below the declared 60 is 48: 47 reaches it (from the data's 50 it would not).
    assert_eq!(
        e.results[0].status,
        Status::Achieved,
        "{:?}",
        e.results[0].note
    );
}
