//! Issue 13, item 4: every officer-facing form of `plan eval` says what its ids stand for
//! (titles, units as people read them, agencies by name) and what its marks mean; the
//! Markdown form is a report. Exact outputs on small plans written here (their numbers
//! worked by hand in the comments), then checks over the whole Sơn La sample, and the
//! promises made to programs: the CSV's columns keep their order, the JSON only gains keys.

use crate::common;
use serde_json::Value;
use std::path::Path;

/// A plan in three units (a percent, a rate per 100,000 children, a strive target), two
/// objectives and a yearly report from two agencies.
const HEALTH: &str = r#"plan "Kế hoạch chăm sóc sức khỏe trẻ em" { document "1/KH-UBND" issuer ubnd signed 2021-03-01 period 2022..2025 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND tỉnh"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo" short "Sở GD&ĐT"
area tinh "Tỉnh Thí Điểm" kind province
objective a "Chăm sóc sức khỏe trẻ em" source "II.1"
objective b "Giáo dục" source "II.2"
indicator 1 "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  lead yte  source "II.1.a"
    baseline 2021 = 80
    target 2025 >= 95 strive
}
indicator 2 "Tỷ suất tử vong trẻ em do tai nạn thương tích" {
    objective a  unit per_100k of "trẻ em"  direction decrease  lead yte  source "II.1.b"
    baseline 2021 = 30
    target 2025 <= 20
}
indicator 3 "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo" {
    objective b  unit percent  direction increase  lead gddt  source "II.2.a"
    baseline 2021 = 90
    target 2025 >= 99
}
report baocao_nam "Báo cáo năm" { period year due before 15/12 from yte, gddt to ubnd }
"#;

const HEALTH_DATA: &str = "indicator,area,period,value
1,tinh,2022,84
1,tinh,2023,86
2,tinh,2022,28
2,tinh,2023,29
3,tinh,2022,96
3,tinh,2023,99.5
";

/// yte's 2023 report is six days late; gddt's is missing.
const HEALTH_RECEIVED: &str = "agency,report,period,received
yte,baocao_nam,2022,2022-12-10
yte,baocao_nam,2023,2023-12-20
gddt,baocao_nam,2022,2022-12-01
";

/// `plan eval` of the health plan as of 30 June 2024, with more arguments.
fn health(more: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in [
        ("p.plan", HEALTH),
        ("d.csv", HEALTH_DATA),
        ("r.csv", HEALTH_RECEIVED),
    ] {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let mut args = vec!["eval", "p.plan", "d.csv", "r.csv", "--as-of", "2024-06-30"];
    args.extend_from_slice(more);
    let run = common::run_in(dir.path(), &args);
    assert_eq!(run.code, Some(0), "{run:?}");
    run
}

/// By hand, at the latest period 2023, two years of the four from 2021 to 2025:
/// - 1: expected 80 + (95 − 80) × 2/4 = 87.5; projected 80 × (86/80)^(4/2) = 92.45.
/// - 2: expected 30 − 10 × 2/4 = 25; projected 30 × (29/30)^2 = 28.03.
/// - 3: expected 90 + 9 × 2/4 = 94.5; the trend, 90 × (99.5/90)^2 = 110, is past what a
///   percent can be: projected 100%, never 110%.
#[test]
fn the_markdown_report_names_every_id_writes_units_and_explains_its_marks() {
    let run = health(&["--format", "md"]);
    assert_eq!(
        run.stdout,
        r#"# Kế hoạch chăm sóc sức khỏe trẻ em

As of 2024-06-30, Tỉnh Thí Điểm. Data: 9 rows read = 9 accepted + 0 rejected.

## Summary

| status | targets |
|---|---:|
| achieved | 1 |
| needs acceleration | 1 |
| limited progress | 1 |
| all | 3 |

## Objective a: Chăm sóc sức khỏe trẻ em

| indicator | title | unit | lead | target | status | baseline | latest | expected by now | projected | note |
|---|---|---|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | Sở Y tế | 2025 >= 95* | needs acceleration | 80% (2021) | 86% (2023) | 87.5% | 92.45% |  |
| 2 | Tỷ suất tử vong trẻ em do tai nạn thương tích | /100.000 trẻ em | Sở Y tế | 2025 <= 20 | limited progress | 30/100.000 (2021) | 29/100.000 (2023) | 25/100.000 | 28.03/100.000 |  |

## Objective b: Giáo dục

| indicator | title | unit | lead | target | status | baseline | latest | expected by now | projected | note |
|---|---|---|---|---|---|---|---|---|---|---|
| 3 | Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo | % | Sở GD&ĐT | 2025 >= 99 | achieved | 90% (2021) | 99.5% (2023) | 94.5% | 100% | met in 2023, ahead of 2025 |

\* phấn đấu (strive): an aspirational target the plan strives for; judged like the others

Expected by now: the value on the straight path from the baseline to the target, at the latest value's period. Projected: the value the trend so far comes to by the target's year, kept within the unit's range.

## What the statuses mean

- **achieved**: the latest value meets the target
- **needs acceleration**: moving towards the target, at 60% to 95% of the pace needed
- **limited progress**: moving towards the target, at less than 60% of the pace needed

## Reports received, by agency

3 of 4 reports received (75.0%).

| agency | received | owed | rate | late | missing |
|---|---:|---:|---:|---:|---:|
| Sở Y tế | 2 | 2 | 100.0% | 1 | 0 |
| Sở GD&ĐT | 1 | 2 | 50.0% | 0 | 1 |

- Sở Y tế: Báo cáo năm 2023, due 2023-12-14, late by 6 days (received 2023-12-20)
- Sở GD&ĐT: Báo cáo năm 2023, due 2023-12-14, missing
"#
    );
    // An analyst's numbers stay out of an officer's report: indicator 1's ratio (0.8388)
    // and the method that counted it.
    assert!(
        !run.stdout.contains("0.838") && !run.stdout.contains("growth"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_table_puts_each_indicator_s_title_unit_and_leads_over_its_targets() {
    let run = health(&[]);
    assert_eq!(
        run.stdout,
        "Kế hoạch chăm sóc sức khỏe trẻ em — as of 2024-06-30, Tỉnh Thí Điểm
data: 9 rows read = 9 accepted + 0 rejected

indicator  target       status              baseline  latest      expected  projected   ratio
1  Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ · % · Sở Y tế
1          2025 >= 95*  needs_acceleration  2021: 80  2023: 86        87.5      92.45  0.8388
2  Tỷ suất tử vong trẻ em do tai nạn thương tích · /100.000 trẻ em · Sở Y tế
2          2025 <= 20   limited_progress    2021: 30  2023: 29          25      28.03  0.1744
3  Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo · % · Sở GD&ĐT
3          2025 >= 99   achieved            2021: 90  2023: 99.5      94.5        100   2.134
    met in 2023, ahead of 2025

* phấn đấu (strive): an aspirational target the plan strives for; judged like the others
expected: the value on the straight path from the baseline to the target, at the latest value's period
projected: the value the trend so far comes to by the target's year, kept within the unit's range
ratio: the pace so far over the pace needed to reach the target in time (Open SDG's growth ratio):
  0.95 or more on track; 0.6 to 0.95 needs acceleration; 0 to 0.6 limited progress; below 0 regressing

reporting: 3 of 4 reports received (75.0%): 2 on time, 1 late, 1 missing
  Sở Y tế   2/2 (100.0%)
  Sở GD&ĐT  1/2 (50.0%)
  Sở Y tế: Báo cáo năm 2023, due 2023-12-14, late by 6 days (received 2023-12-20)
  Sở GD&ĐT: Báo cáo năm 2023, due 2023-12-14, missing
3 targets: 1 achieved, 1 needs_acceleration, 1 limited_progress
"
    );
}

/// A title longer than the line has room for is cut with `…`; the unit and the leads stay.
#[test]
fn a_long_title_is_cut_to_fit_the_table() {
    let long = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng của tỉnh";
    let plan = HEALTH.replace("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", long);
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("p.plan"), plan).expect("write");
    std::fs::write(dir.path().join("d.csv"), HEALTH_DATA).expect("write");
    let run = common::run_in(
        dir.path(),
        &["eval", "p.plan", "d.csv", "--as-of", "2024-06-30"],
    );
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("1  "))
        .expect("indicator 1's line");
    assert_eq!(
        line,
        "1  Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chươ… · % · Sở Y tế"
    );
    let widest = run
        .stdout
        .lines()
        .take(8)
        .skip(3)
        .map(|l| l.chars().count())
        .max();
    assert_eq!(line.chars().count(), widest.unwrap(), "{}", run.stdout);
}

/// The CSV's first 26 columns as programs have read them; the new ones come after.
const CSV_COLUMNS_BEFORE: [&str; 26] = [
    "indicator",
    "objective",
    "lead",
    "area",
    "kind",
    "year",
    "until",
    "milestone",
    "cumulative",
    "op",
    "value",
    "value_max",
    "rate_unit",
    "strive",
    "where",
    "status",
    "baseline_period",
    "baseline_value",
    "latest_period",
    "latest_value",
    "expected",
    "projected",
    "ratio",
    "method",
    "from_areas",
    "note",
];

#[test]
fn the_csv_keeps_its_columns_in_order_and_adds_title_unit_and_lead_names_at_the_end() {
    let csv = health(&["--format", "csv"]).stdout;
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(header[..26], CSV_COLUMNS_BEFORE);
    assert_eq!(header[26..], ["title", "unit", "lead_names"]);
    assert_eq!(
        csv.lines().skip(1).collect::<Vec<_>>(),
        [
            "1,a,yte,tinh,level,2025,,2025,false,>=,95,,,true,,needs_acceleration,2021,80,2023,86,87.5,92.44999999999997,0.8387941154176757,growth,,,Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ,%,Sở Y tế",
            "2,a,yte,tinh,level,2025,,2025,false,<=,20,,,false,,limited_progress,2021,30,2023,29,25,28.03333333333333,0.1743596379513705,growth,,,Tỷ suất tử vong trẻ em do tai nạn thương tích,/100.000 trẻ em,Sở Y tế",
            "3,b,gddt,tinh,level,2025,,2025,false,>=,99,,,false,,achieved,2021,90,2023,99.5,94.5,100,2.133809535556503,growth,,\"met in 2023, ahead of 2025\",Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo,%,Sở GD&ĐT",
        ]
    );
}

/// A user unit (`triệu USD`, a multiple of `nghìn USD`), a count (no unit to write), an
/// indicator under no objective, and data with problems: the report counts them and lists
/// them. By hand: 1 from 100 (2023) to 120 (2024) of 160 in 2026: expected 100 + 60 × 1/3 =
/// 120; projected 100 × 1.2^3 = 172.8.
#[test]
fn the_report_writes_user_units_and_lists_the_data_s_problems() {
    let plan = r#"plan "Kế hoạch xuất khẩu" { document "2/KH" issuer ubnd signed 2024-01-05 period 2024..2026 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND tỉnh"
agency congthuong "Sở Công Thương"
area tinh "Tỉnh" kind province
unit nghin_usd "nghìn USD" range 0..
unit trieu_usd "triệu USD" = 1000 nghin_usd
indicator 1 "Kim ngạch xuất khẩu" {
    unit trieu_usd  direction increase  lead congthuong  source "I.1"
    baseline 2023 = 100
    target 2026 >= 160
}
indicator 2 "Số doanh nghiệp xuất khẩu" {
    unit count  direction increase  lead ubnd  source "I.2"
    target 2026 >= 40
}
"#;
    let data = "indicator,area,period,value\n1,tinh,2024,120\n2,tinh,2024,31\n2,tinh,2025,abc\n9,tinh,2024,1\n";
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("p.plan"), plan).expect("write");
    std::fs::write(dir.path().join("d.csv"), data).expect("write");
    let run = common::run_in(
        dir.path(),
        &[
            "eval",
            "p.plan",
            "d.csv",
            "--as-of",
            "2025-03-01",
            "--format",
            "md",
            "--keep-going",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(
        run.stdout,
        r#"# Kế hoạch xuất khẩu

As of 2025-03-01, Tỉnh. Data: 4 rows read = 2 accepted + 2 rejected.

## Summary

| status | targets |
|---|---:|
| on track | 1 |
| insufficient data | 1 |
| all | 2 |

## No objective

| indicator | title | unit | lead | target | status | baseline | latest | expected by now | projected | note |
|---|---|---|---|---|---|---|---|---|---|---|
| 1 | Kim ngạch xuất khẩu | triệu USD | Sở Công Thương | 2026 >= 160 | on track | 100 triệu USD (2023) | 120 triệu USD (2024) | 120 triệu USD | 172.8 triệu USD |  |
| 2 | Số doanh nghiệp xuất khẩu |  | UBND tỉnh | 2026 >= 40 | insufficient data | 31 (2024) | 31 (2024) |  |  | a trend needs two values at different times (baseline and a later one) |

Expected by now: the value on the straight path from the baseline to the target, at the latest value's period. Projected: the value the trend so far comes to by the target's year, kept within the unit's range.

## What the statuses mean

- **on track**: moving towards the target at 95% or more of the pace needed to reach it in time
- **insufficient data**: too few values to judge (a trend needs two years' values)

## Data problems

2 errors, 0 warnings.

- `d.csv:4: error[data::bad_number]: value 'abc' is not a number`
- `d.csv:5: error[data::unknown_indicator]: unknown indicator '9'; did you mean '1'?`
"#
    );
}

// ---------------------------------------------------------------- the Sơn La sample

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";

fn son_la(more: &[&str]) -> String {
    let mut args = vec![
        "eval",
        SON_LA,
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
        "--as-of",
        "2025-06-30",
    ];
    args.extend_from_slice(more);
    let run = common::run_in(env!("CARGO_MANIFEST_DIR"), &args);
    assert_eq!(run.code, Some(0), "{run:?}");
    run.stdout
}

/// A measure as the plan has it: what the outputs must say of it.
struct Measure {
    id: String,
    title: String,
    /// Its lead agencies' names (short, else full).
    leads: Vec<String>,
    /// Its unit's range.
    range: (Option<f64>, Option<f64>),
}

/// Every measure of the Sơn La plan.
fn measures() -> Vec<Measure> {
    let checked =
        planlang::load_path(Path::new(env!("CARGO_MANIFEST_DIR")).join(SON_LA)).expect("plan");
    let m = &checked.model;
    m.measures
        .values()
        .map(|measure| {
            let leads = measure
                .lead
                .iter()
                .map(|o| {
                    let a = m.get(&o.agency).expect("a declared agency");
                    a.short.clone().unwrap_or_else(|| a.name.clone())
                })
                .collect();
            let unit = measure.unit.as_ref().and_then(|u| u.unit.as_ref());
            Measure {
                id: measure.id.clone(),
                title: measure.title.clone(),
                leads,
                range: unit.map_or((None, None), |u| (u.min, u.max)),
            }
        })
        .collect()
}

/// The number a cell starts with (`92.45%`, `448.8/100.000 (2024)`), if any.
fn leading_number(cell: &str) -> Option<f64> {
    let end = cell
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(cell.len());
    cell[..end].parse().ok()
}

fn within((min, max): (Option<f64>, Option<f64>), v: f64) -> bool {
    min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m)
}

#[test]
fn every_row_of_the_son_la_report_names_its_indicator_and_leads_and_stays_in_its_unit() {
    let md = son_la(&["--format", "md"]);
    let measures = measures();
    let mut rows = 0;
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        let Some(m) = measures.iter().find(|m| m.id == cells[0]) else {
            continue; // a summary or agency row
        };
        rows += 1;
        assert_eq!(cells[1], m.title, "{line}");
        assert_eq!(cells[3], m.leads.join(", "), "{line}");
        assert!(!cells[2].is_empty(), "no unit: {line}");
        // baseline, latest, expected by now, projected
        for cell in &cells[6..10] {
            if let Some(v) = leading_number(cell) {
                assert!(within(m.range, v), "{v} is outside {:?}: {line}", m.range);
            }
        }
    }
    assert_eq!(rows, 62, "{md}");
    for section in [
        "## Summary",
        "## What the statuses mean",
        "## Reports received, by agency",
    ] {
        assert!(md.contains(section), "{section}: {md}");
    }
    assert!(md.contains("\n\\* phấn đấu (strive): "), "{md}");
}

#[test]
fn every_indicator_of_the_son_la_table_and_csv_has_its_title_and_leads() {
    let measures = measures();
    let table = son_la(&[]);
    for Measure {
        id, title, leads, ..
    } in &measures
    {
        let line = table
            .lines()
            .find(|l| l.starts_with(&format!("{id}  ")))
            .unwrap_or_else(|| panic!("no line for {id}: {table}"));
        let shown = line[id.len() + 2..].split(" · ").next().unwrap();
        let kept = shown.trim_end_matches('…');
        assert!(title.starts_with(kept) && !kept.is_empty(), "{line}");
        assert!(
            line.ends_with(&format!(" · {}", leads.join(", "))),
            "{line}"
        );
    }
    let csv = son_la(&["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let m = measures
            .iter()
            .find(|m| m.id == record[column("indicator")])
            .unwrap();
        assert_eq!(record[column("title")], m.title);
        assert_eq!(record[column("lead_names")], m.leads.join("; "));
        for name in ["baseline_value", "latest_value", "expected", "projected"] {
            if let Ok(v) = record[column(name)].parse::<f64>() {
                assert!(
                    within(m.range, v),
                    "{name} {v} outside {:?}: {record:?}",
                    m.range
                );
            }
        }
    }
}

/// The keys `plan eval --format json` wrote before titles, units and names were added, at
/// each level: every one is still there, and a result's new keys are its three names.
/// (The order the keys are written in is pinned by the JSON snapshot of `eval_cli`.)
#[test]
fn the_json_only_gains_keys() {
    let has = |v: &Value, before: &[&str]| -> Vec<String> {
        let now: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        for key in before {
            assert!(now.iter().any(|k| k == key), "`{key}` is gone: {now:?}");
        }
        now.into_iter()
            .filter(|k| !before.contains(&k.as_str()))
            .collect()
    };
    let v: Value = serde_json::from_str(&son_la(&["--format", "json"])).expect("JSON");
    let top = has(
        &v,
        &["as_of", "area", "data", "results", "reporting", "tasks"],
    );
    assert!(top.is_empty(), "{top:?}");
    has(
        &v["data"],
        &[
            "rows_read",
            "accepted",
            "rejected",
            "errors",
            "warnings",
            "revisions",
        ],
    );
    let result_keys = [
        "indicator",
        "objective",
        "lead",
        "area",
        "target",
        "status",
        "baseline",
        "latest",
        "expected",
        "projected",
        "ratio",
        "method",
        "note",
        "from_areas",
    ];
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 62);
    for r in results {
        let mut added = has(r, &result_keys);
        added.sort();
        assert_eq!(added, ["lead_names", "title", "unit"]);
        has(
            &r["target"],
            &[
                "year",
                "until",
                "milestone",
                "cumulative",
                "kind",
                "op",
                "value",
                "value_max",
                "rate_unit",
                "strive",
                "where",
            ],
        );
        assert!(
            r["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{}",
            r["indicator"]
        );
        assert!(
            r["lead_names"]
                .as_array()
                .is_some_and(|l| l.len() == r["lead"].as_array().unwrap().len()),
            "{}",
            r["indicator"]
        );
    }
    has(
        &v["reporting"][0],
        &[
            "agency",
            "report",
            "period",
            "due",
            "received",
            "status",
            "days_late",
        ],
    );
    let tasks: Value = serde_json::from_str(
        &common::run_in(
            env!("CARGO_MANIFEST_DIR"),
            &[
                "eval",
                "plans/dong-nai-drugs-2025.plan",
                "plans/data/dong-nai-tasks-done.csv",
                "--as-of",
                "2025-12-15",
                "--format",
                "json",
            ],
        )
        .stdout,
    )
    .expect("JSON");
    has(
        &tasks["tasks"][0],
        &[
            "kind",
            "id",
            "agency",
            "period",
            "due",
            "done_on",
            "status",
            "days_late",
            "done_note",
        ],
    );
}

/// Of many problems the report counts all and lists the first five.
#[test]
fn the_report_lists_the_first_five_of_the_data_s_problems() {
    let mut data = HEALTH_DATA.to_string();
    for year in 2015..2022 {
        data.push_str(&format!("7,tinh,{year},1\n"));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("p.plan"), HEALTH).expect("write");
    std::fs::write(dir.path().join("d.csv"), data).expect("write");
    let run = common::run_in(
        dir.path(),
        &[
            "eval",
            "p.plan",
            "d.csv",
            "--as-of",
            "2024-06-30",
            "--format",
            "md",
            "--keep-going",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let problems = &run.stdout[run.stdout.find("## Data problems").expect("the section")..];
    assert!(
        problems.starts_with("## Data problems\n\n7 errors, 0 warnings; the first 5.\n\n- `d.csv:8: error[data::unknown_indicator]: "),
        "{problems}"
    );
    assert_eq!(problems.lines().filter(|l| l.starts_with("- `")).count(), 5);
}

// ---------------------------------------------------------------- in Vietnamese

/// The same report with `--lang vi`: every heading, column and sentence in Vietnamese, the
/// statuses as the documents word them, numbers with a decimal comma, dates day first,
/// periods as `kỳ 2023`. (The evaluation's notes, "met in 2023, ahead of 2025", are the
/// evaluation's own words, which it gives in English.)
#[test]
fn the_markdown_report_speaks_vietnamese_with_lang_vi() {
    let run = health(&["--format", "md", "--lang", "vi"]);
    assert_eq!(
        run.stdout,
        r#"# Kế hoạch chăm sóc sức khỏe trẻ em

Tính đến ngày 30/06/2024, Tỉnh Thí Điểm. Số liệu: 9 dòng đã đọc = 9 dòng được dùng + 0 dòng bị loại.

## Tổng hợp kết quả

| Tình trạng | Số mức chỉ tiêu |
|---|---:|
| Đạt | 1 |
| Cần đẩy nhanh tiến độ | 1 |
| Chuyển biến chậm | 1 |
| Tổng số | 3 |

## Mục tiêu a: Chăm sóc sức khỏe trẻ em

| Chỉ tiêu | Tên chỉ tiêu | Đơn vị tính | Cơ quan chủ trì | Mức cần đạt | Tình trạng | Giá trị cơ sở | Kết quả mới nhất | Theo lộ trình đến nay | Dự báo đến hạn | Ghi chú |
|---|---|---|---|---|---|---|---|---|---|---|
| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | Sở Y tế | 2025: ≥ 95* | Cần đẩy nhanh tiến độ | 80% (2021) | 86% (2023) | 87,5% | 92,45% |  |
| 2 | Tỷ suất tử vong trẻ em do tai nạn thương tích | /100.000 trẻ em | Sở Y tế | 2025: ≤ 20 | Chuyển biến chậm | 30/100.000 (2021) | 29/100.000 (2023) | 25/100.000 | 28,03/100.000 |  |

## Mục tiêu b: Giáo dục

| Chỉ tiêu | Tên chỉ tiêu | Đơn vị tính | Cơ quan chủ trì | Mức cần đạt | Tình trạng | Giá trị cơ sở | Kết quả mới nhất | Theo lộ trình đến nay | Dự báo đến hạn | Ghi chú |
|---|---|---|---|---|---|---|---|---|---|---|
| 3 | Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo | % | Sở GD&ĐT | 2025: ≥ 99 | Đạt | 90% (2021) | 99,5% (2023) | 94,5% | 100% | met in 2023, ahead of 2025 |

\* phấn đấu: chỉ tiêu Kế hoạch phấn đấu đạt; được đánh giá như các chỉ tiêu khác

Theo lộ trình đến nay: giá trị trên đường thẳng từ giá trị cơ sở đến mức cần đạt, tại kỳ của kết quả mới nhất. Dự báo đến hạn: giá trị đạt được vào năm của chỉ tiêu nếu giữ xu hướng đến nay, trong phạm vi của đơn vị tính.

## Giải thích các tình trạng

- **Đạt**: giá trị mới nhất đạt chỉ tiêu
- **Cần đẩy nhanh tiến độ**: đang tiến đến chỉ tiêu, với tốc độ bằng 60% đến 95% so với tốc độ cần có
- **Chuyển biến chậm**: đang tiến đến chỉ tiêu, với tốc độ chưa bằng 60% so với tốc độ cần có

## Tình hình gửi báo cáo của các cơ quan, đơn vị

Đã nhận 3/4 báo cáo phải gửi (75,0%).

| Cơ quan, đơn vị | Đã gửi | Phải gửi | Tỷ lệ | Chậm | Chưa gửi |
|---|---:|---:|---:|---:|---:|
| Sở Y tế | 2 | 2 | 100,0% | 1 | 0 |
| Sở GD&ĐT | 1 | 2 | 50,0% | 0 | 1 |

- Sở Y tế: Báo cáo năm, kỳ 2023, hạn 14/12/2023, chậm 6 ngày (nhận ngày 20/12/2023)
- Sở GD&ĐT: Báo cáo năm, kỳ 2023, hạn 14/12/2023, chưa gửi
"#
    );
    assert_eq!(
        run.stderr,
        "số liệu: 9 dòng đã đọc = 9 dòng được dùng + 0 dòng bị loại\n3 mức chỉ tiêu: Đạt 1, Cần đẩy nhanh tiến độ 1, Chuyển biến chậm 1\n"
    );
}

/// `plan eval`'s table in Vietnamese: its columns, its statuses in words, its numbers.
#[test]
fn the_table_speaks_vietnamese_with_lang_vi() {
    let run = health(&["--lang", "vi"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Kế hoạch chăm sóc sức khỏe trẻ em — tính đến ngày 30/06/2024, Tỉnh Thí Điểm"
    );
    assert_eq!(
        lines[3],
        "chỉ tiêu  mức cần đạt  tình trạng             giá trị cơ sở  kết quả mới nhất  theo lộ trình  dự báo   tỷ số"
    );
    assert_eq!(
        lines[5],
        "1         2025: ≥ 95*  Cần đẩy nhanh tiến độ  2021: 80       2023: 86                   87,5   92,45  0,8388"
    );
    assert!(
        run.stdout
            .contains("\nbáo cáo: đã nhận 3/4 báo cáo (75,0%): 2 đúng hạn, 1 chậm, 1 chưa gửi\n"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .ends_with("\n3 mức chỉ tiêu: Đạt 1, Cần đẩy nhanh tiến độ 1, Chuyển biến chậm 1\n"));
}

/// The English headings, columns and sentences of the Markdown report: none may be left in
/// the Vietnamese one.
const ENGLISH_REPORT_WORDS: [&str; 16] = [
    "## Summary",
    "| status |",
    "| indicator | title |",
    "expected by now",
    "projected",
    "What the statuses mean",
    "Reports received, by agency",
    "reports received",
    "Objective ",
    "As of ",
    "rows read",
    "on track",
    "needs acceleration",
    "regressing",
    "due 20",
    "late by",
];

/// The Sơn La report in Vietnamese has Vietnamese statuses ("Tình trạng", "Đạt"...),
/// numbers with a decimal comma, and not one English heading.
#[test]
fn the_son_la_report_in_vietnamese_leaves_no_english_heading() {
    let md = son_la(&["--format", "md", "--lang", "vi"]);
    for words in [
        "| Chỉ tiêu | Tên chỉ tiêu | Đơn vị tính | Cơ quan chủ trì | Mức cần đạt | Tình trạng |",
        "| Đạt | 14 |",
        "| Không đạt | 1 |",
        "| Đúng tiến độ | 20 |",
        "| Xấu đi | 6 |",
        "| 3 | Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống | ‰ trẻ đẻ sống | Sở Y tế | 2025: < 9,5 | Cần đẩy nhanh tiến độ | 11,82‰ (2020) | 10,52‰ (2024) | 9,964‰ | 10,22‰ |  |",
        "Đã nhận 94/99 báo cáo phải gửi (94,9%).",
        "kỳ 6 tháng đầu năm 2021, hạn 31/05/2021, chậm 20 ngày (nhận ngày 20/06/2021)",
    ] {
        assert!(md.contains(words), "{words}: {md}");
    }
    for english in ENGLISH_REPORT_WORDS {
        assert!(
            !md.contains(english),
            "`{english}` in the Vietnamese report"
        );
    }
    // The same words are all in the English report: the test would see them leak.
    let en = son_la(&["--format", "md"]);
    for english in ENGLISH_REPORT_WORDS {
        assert!(
            en.contains(english),
            "`{english}` is not even in the English report"
        );
    }
}

/// The README's first command, run where the locale is Vietnamese, prints its table in
/// Vietnamese.
#[test]
fn the_readme_s_main_command_speaks_vietnamese_in_a_vietnamese_locale() {
    let out = common::plan_command()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "eval",
            SON_LA,
            "plans/data/son-la-sample.csv",
            "plans/data/son-la-submissions.csv",
            "--as-of",
            "2025-06-30",
        ])
        .env("LANG", "vi_VN.UTF-8")
        .output()
        .expect("run plan");
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].ends_with("— tính đến ngày 30/06/2025, Tỉnh Sơn La"),
        "{table}"
    );
    assert_eq!(
        lines[1],
        "số liệu: 645 dòng đã đọc = 645 dòng được dùng + 0 dòng bị loại"
    );
    assert!(lines[3].starts_with("chỉ tiêu  mức cần đạt"), "{table}");
    let row: Vec<&str> = (lines[5].split("  ").map(str::trim))
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        row[..4],
        ["1", "2025: ≥ 65", "Xấu đi", "2020: 54,42"],
        "{table}"
    );
}
