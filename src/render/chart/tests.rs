//! The chart model with numbers worked by hand, and its two drawings.

use super::{text, Chart, Mark};
use crate::data::{DataSet, FileKind, LoadOptions};
use crate::date::Date;
use crate::query::{Context, Facts};

const PLAN: &str = r#"plan "Kế hoạch thử" {
    document "1/KH-UBND"
    issuer ubnd
    signed 2021-01-01
    period 2021..2030
}
agency ubnd "Ủy ban nhân dân tỉnh"
area tinh "Tỉnh" kind province
dimension khu_vuc "Khu vực" {
    thanh_thi "Thành thị"
    nong_thon "Nông thôn"
}
indicator 1 "Tỷ lệ hộ dùng nước sạch" {
    unit percent
    direction increase
    baseline 2020 = 50
    target 2025 >= 60
    target 2030 >= 80
    lead ubnd
}
indicator 2 "Chưa có số liệu" {
    unit percent
    direction increase
    target 2025 >= 60
    lead ubnd
}
"#;

const DATA: &str = "indicator,area,period,value,khu_vuc
1,tinh,2021,52,
1,tinh,2022,54,
1,tinh,2023,56,
1,tinh,2022,40,nong_thon
1,tinh,2023,44,nong_thon
1,tinh,2022,70,thanh_thi
";

fn chart_of(id: &str) -> Chart {
    let checked = crate::load_str("test.plan", PLAN);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    let mut data = DataSet::default();
    let options = LoadOptions::default();
    data.load_reader(model, "data.csv", FileKind::Csv, DATA.as_bytes(), options);
    assert!(data.errors.is_empty(), "{:#?}", data.errors);
    let as_of = Date::new(2024, 6, 30).expect("a date");
    let facts = Facts::new(model, &data, as_of);
    let index = model.measures.get_index_of(id).expect("the measure");
    Chart::of_measure(
        Context {
            model,
            facts: &facts,
        },
        index,
    )
    .expect("a chart")
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

#[test]
fn the_path_runs_straight_from_the_baseline_to_each_milestone() {
    let c = chart_of("1");
    assert_eq!(c.paths.len(), 2);
    // 50 in 2020 to 60 in 2025: 2 a year.
    let to_2025: Vec<(f64, f64)> = c.paths[0].iter().map(|m| (m.time, m.value)).collect();
    assert_eq!(
        to_2025,
        [
            (2020.0, 50.0),
            (2021.0, 52.0),
            (2022.0, 54.0),
            (2023.0, 56.0),
            (2024.0, 58.0),
            (2025.0, 60.0)
        ]
    );
    // 50 in 2020 to 80 in 2030: 3 a year, 59 in 2023.
    let to_2030 = &c.paths[1];
    assert_eq!(to_2030.len(), 11);
    assert!(near(to_2030[3].value, 59.0), "{to_2030:?}");
    assert_eq!(to_2030.last().map(|m| m.value), Some(80.0));
}

#[test]
fn the_projection_is_the_evaluations_growth_to_each_milestone() {
    let c = chart_of("1");
    // Latest 56 in 2023 from 50 in 2020: 12 % over 3 years; to 2025,
    // 56 × 1.12^(2/3) = 60.39; to 2030, 56 × 1.12^(7/3) = 72.95.
    assert_eq!(c.projections.len(), 2);
    let start = c.projections[0][0];
    assert_eq!((start.time, start.value), (2023.0, 56.0));
    let end = |p: &[Mark]| p.last().copied().expect("an end");
    assert_eq!(end(&c.projections[0]).time, 2025.0);
    assert!(
        near(end(&c.projections[0]).value, 60.39),
        "{:?}",
        c.projections
    );
    assert!(
        near(end(&c.projections[1]).value, 72.95),
        "{:?}",
        c.projections
    );
}

#[test]
fn milestones_observed_values_and_groups_are_the_datas() {
    let c = chart_of("1");
    let observed: Vec<f64> = c.observed.iter().map(|m| m.value).collect();
    assert_eq!(observed, [52.0, 54.0, 56.0]);
    let labels: Vec<String> = c.milestones.iter().map(|m| m.label()).collect();
    assert_eq!(labels, [">= 60", ">= 80"]);
    let groups: Vec<(&str, Vec<f64>)> = c
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.points.iter().map(|m| m.value).collect()))
        .collect();
    assert_eq!(
        groups,
        [
            ("khu_vuc = thanh_thi", vec![70.0]),
            ("khu_vuc = nong_thon", vec![40.0, 44.0])
        ]
    );
    assert_eq!(c.unit.as_deref(), Some("%"));
    assert_eq!(c.year_range(), (2020, 2030));
    assert_eq!(c.value_range(true), (40.0, 80.0));
    // The text chart leaves the groups out, and fits its axis without them.
    assert_eq!(c.value_range(false), (50.0, 80.0));
}

#[test]
fn a_measure_without_values_is_not_drawn_and_says_why() {
    let c = chart_of("2");
    assert_eq!(
        c.empty_reason(true).as_deref(),
        Some("no chart: no values for area tinh in periods ended by 2024-06-30")
    );
    assert_eq!(
        text::text(&c),
        "  no chart: no values for area tinh in periods ended by 2024-06-30\n"
    );
}

#[test]
fn the_text_chart_draws_values_path_milestones_and_years() {
    let c = chart_of("1");
    let drawn = text::text(&c);
    let lines: Vec<&str> = drawn.lines().collect();
    // A legend, six rows, the axis and the years.
    assert_eq!(lines.len(), 9, "{drawn}");
    assert!(lines[0].contains("values in %"), "{drawn}");
    assert!(lines[1].starts_with("  80 ┤"), "{drawn}");
    assert!(lines[6].starts_with("  50 ┤"), "{drawn}");
    assert!(lines[8].trim_start().starts_with("2020"), "{drawn}");
    assert!(lines[8].trim_end().ends_with("2030"), "{drawn}");
    // The legend's marks aside, a mark for each value and milestone.
    let plot = lines[1..7].join("\n");
    assert_eq!(plot.matches('●').count(), 3, "{drawn}");
    assert_eq!(plot.matches('◆').count(), 2, "{drawn}");
    // The projection to 2025 (60.39) ends in the milestone's cell, and the milestone is
    // drawn over it; the one to 2030 (72.95) ends below its milestone.
    assert_eq!(plot.matches('○').count(), 1, "{drawn}");
    assert!(lines[2].trim_end().ends_with('○'), "{drawn}");
    assert!(
        lines.iter().all(|l| l.chars().count() <= text::WIDTH),
        "{drawn}"
    );
}
