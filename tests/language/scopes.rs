//! Measures set for some areas or one group only (issue 12, item 1; docs/language.md, "Scopes"): not a
//! split, judged on the total of the scope, said outside it, checked like other names.

use planlang::data::{DataSet, LoadOptions, NumberStyle};
use planlang::date::Date;
use planlang::eval::{evaluate_area, Status};
use planlang::i18n::Lang;
use planlang::Checked;

const FIXTURE: &str = "tests/cases/scope/air.plan";

fn fixture() -> Checked {
    let text = std::fs::read_to_string(FIXTURE).expect("fixture");
    planlang::load_str("air.plan", &text)
}

/// The fixture's data as Excel saves them in a Vietnamese locale (BOM, `;`, CRLF, a decimal
/// comma), read with `--decimal-comma`.
fn data(checked: &Checked) -> DataSet {
    let bytes = std::fs::read("tests/cases/scope/data.csv").expect("fixture");
    assert!(bytes.starts_with(b"\xef\xbb\xbf") && bytes.windows(2).any(|w| w == b"\r\n"));
    let mut set = DataSet::default();
    let options = LoadOptions {
        decimal: NumberStyle::Comma,
        ..LoadOptions::default()
    };
    set.load_csv(&checked.model, "data.csv", bytes.as_slice(), options);
    assert_eq!(
        (set.rows_read, set.accepted, set.rejected),
        (13, 13, 0),
        "{:#?}",
        set.errors
    );
    set
}

#[test]
fn a_scope_is_judged_on_its_own_areas_or_group() {
    let checked = fixture();
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let set = data(&checked);
    let as_of = Date::parse("2027-03-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, None).expect("evaluate");
    let latest = |i: usize| e.results[i].latest.as_ref().map(|l| l.value);
    // 1: Hà Nội's own values (46 in 2026); the country gives none of its own.
    assert_eq!(latest(0), Some(46.0));
    // 2: Hà Nội and TP. Hồ Chí Minh added up (`aggregate sum`): 180 + 340 = 520; expected on
    // the path from 150 + 300 = 450 in 2025 to 700 in 2030, a fifth of the way: 500.
    assert_eq!(latest(1), Some(520.0));
    assert_eq!(e.results[1].baseline.as_ref().map(|b| b.value), Some(450.0));
    assert_eq!(e.results[1].expected, Some(500.0));
    assert_eq!(e.results[1].from_areas, Some((2, 2)));
    // 3: the mean of the three provinces (`aggregate mean`): (36 + 30 + 33) / 3 = 33.
    assert_eq!(latest(2), Some(33.0));
    // 4: the group with industrial zones only: 97,5 in 2026 (the other group's 82 is not
    // it), expected 96 + 4 / 5 = 96.8, and no `plan::split_incomplete` for the other group.
    assert_eq!(latest(3), Some(97.5));
    assert!((e.results[3].expected.unwrap() - 96.8).abs() < 1e-9);
    assert_eq!(e.results[3].status, Status::OnTrack);
}

#[test]
fn an_area_outside_the_scope_is_told_so() {
    let checked = fixture();
    let set = data(&checked);
    let as_of = Date::parse("2027-03-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, Some("thai_nguyen")).expect("evaluate");
    assert_eq!(e.results[0].status, Status::InsufficientData);
    assert_eq!(
        e.results[0].note.as_deref(),
        Some("indicator 1 is set for ha_noi only; thai_nguyen is none of them and holds none (evaluate one of them with --area)")
    );
    // Thái Nguyên is one of indicator 3's areas: its own value.
    assert_eq!(e.results[2].latest.as_ref().map(|l| l.value), Some(36.0));
    // A region that holds only some of indicator 3's provinces: their total is not the one
    // the plan sets.
    let text = std::fs::read_to_string(FIXTURE).unwrap().replace(
        "area thai_nguyen \"Thái Nguyên\" in vn",
        "area dong_bac \"Đông Bắc\" in vn kind region\narea thai_nguyen \"Thái Nguyên\" in dong_bac",
    ).replace("area phu_tho \"Phú Thọ\" in vn", "area phu_tho \"Phú Thọ\" in dong_bac");
    let region = planlang::load_str("air.plan", &text);
    assert!(!region.has_errors(), "{:#?}", region.diagnostics);
    let e = evaluate_area(&region.model, &data(&region), as_of, Some("dong_bac")).unwrap();
    assert!(
        e.results[2]
            .note
            .as_deref()
            .is_some_and(|n| n.contains("holds only some of them")),
        "{:?}",
        e.results[2]
    );
    // The country holds all three: their mean.
    let e = evaluate_area(&region.model, &data(&region), as_of, None).unwrap();
    assert_eq!(e.results[2].latest.as_ref().map(|l| l.value), Some(33.0));
}

#[test]
fn a_scope_names_areas_and_groups_the_plan_declares() {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("scope ha_noi target", "scope ha_nội target")
        .replace("scope where loai = kcn", "scope where loai = kcm");
    let checked = planlang::load_str("air.plan", &text);
    let found: Vec<(&str, String)> = checked
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code().as_str(),
                d.words(Lang::En).help.unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].0, "plan::unknown_area");
    assert!(found[0].1.contains("ha_noi"), "{found:#?}");
    assert_eq!(found[1].0, "plan::unknown_dimension_value");
    assert!(found[1].1.contains("kcn"), "{found:#?}");
    // The plan's JSON says each scope.
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&fixture().model)).unwrap();
    assert_eq!(
        json["indicators"][1]["scope"],
        serde_json::json!({ "areas": ["ha_noi", "tp_hcm"] })
    );
    assert_eq!(
        json["indicators"][3]["scope"],
        serde_json::json!({ "where": { "loai": "kcn" } })
    );
    assert_eq!(json["indicators"][0]["targets"][0]["cumulative"], false);
}

#[test]
fn a_share_of_areas_meeting_a_standard_adds_up_their_counts() {
    let plan = r#"plan "P" { document "1/KH" issuer a signed 2025-01-05 period 2025..2030 }
agency a "A"
area tinh "Tỉnh" kind province
area h1 "Huyện 1" in tinh kind district
area h2 "Huyện 2" in tinh kind district
area x1 "Xã 1" in h1 kind commune
area x2 "Xã 2" in h1 kind commune
area x3 "Xã 3" in h1 kind commune
element xa_dat_chuan "Số xã, phường đạt tiêu chuẩn"
element so_xa "Số xã, phường"
objective o "O" source "I"
indicator 1 "Tỷ lệ xã, phường đạt tiêu chuẩn" {
    objective o unit percent direction increase target 2025 >= 55 lead a source "I.1"
    formula xa_dat_chuan / so_xa * 100
}
"#;
    let checked = planlang::load_str("p.plan", plan);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    // Three communes of the first district: 1, 0, 1 of 1 each; the second district: 30 of 60.
    let rows = "indicator,area,period,value\n\
        xa_dat_chuan,x1,2025,1\nso_xa,x1,2025,1\n\
        xa_dat_chuan,x2,2025,0\nso_xa,x2,2025,1\n\
        xa_dat_chuan,x3,2025,1\nso_xa,x3,2025,1\n\
        xa_dat_chuan,h2,2025,30\nso_xa,h2,2025,60\n";
    let set = crate::common::eval::load_clean(&checked.model, rows, "");
    let as_of = Date::parse("2026-02-01").unwrap();
    let e = evaluate_area(&checked.model, &set, as_of, None).unwrap();
    // (1 + 0 + 1 + 30) / (3 + 60) × 100 = 50.79 %, below 55: missed. The mean of the two
    // districts' shares, (66.67 + 50) / 2 = 58.33, would have met it.
    let latest = e.results[0].latest.as_ref().map(|l| l.value).unwrap();
    assert!((latest - 32.0 / 63.0 * 100.0).abs() < 1e-9, "{latest}");
    assert_eq!(e.results[0].status, Status::Missed);
    let h1 = evaluate_area(&checked.model, &set, as_of, Some("h1")).unwrap();
    let district = h1.results[0].latest.as_ref().map(|l| l.value).unwrap();
    assert!((district - 200.0 / 3.0).abs() < 1e-9, "{district}");
}
