//! The chart model with numbers worked by hand, and its two drawings.

use super::{text, Chart, Mark};
use crate::data::{DataSet, FileKind, LoadOptions};
use crate::date::Date;
use crate::i18n::Lang;
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
indicator 3 "Tỷ lệ hộ nghèo" {
    unit percent
    direction decrease
    baseline 2020 = 40
    target reduce by 25 percent until 2030
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
3,tinh,2021,38,
3,tinh,2023,35,
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
fn a_change_is_drawn_at_the_level_it_asks_for_by_its_last_year() {
    let c = chart_of("3");
    // 25 % less than 40: 30 by 2030, the path 1 a year down, 37 in 2023.
    assert_eq!(c.milestones.len(), 1);
    assert_eq!(
        c.milestones[0].mark,
        Mark {
            time: 2030.0,
            value: 30.0
        }
    );
    assert_eq!(c.milestones[0].label(Lang::En), "<= 30");
    let path = &c.paths[0];
    assert_eq!((path[0].time, path[0].value), (2020.0, 40.0));
    assert!(near(path[3].value, 37.0), "{path:?}");
    // 35 in 2023 from 40 in 2020, the same growth to 2030: 35 × 0.875^(7/3) = 25.63.
    let end = c.projections[0].last().copied().expect("an end");
    assert_eq!(end.time, 2030.0);
    assert!(near(end.value, 25.63), "{:?}", c.projections);
}

#[test]
fn milestones_observed_values_and_groups_are_the_datas() {
    let c = chart_of("1");
    let observed: Vec<f64> = c.observed.iter().map(|m| m.value).collect();
    assert_eq!(observed, [52.0, 54.0, 56.0]);
    let labels: Vec<String> = c.milestones.iter().map(|m| m.label(Lang::En)).collect();
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
        c.empty_reason(true, Lang::En).as_deref(),
        Some("no chart: no values for area tinh in periods ended by 2024-06-30")
    );
    assert_eq!(
        text::text(&c, Lang::En),
        "  no chart: no values for area tinh in periods ended by 2024-06-30\n"
    );
}

#[test]
fn the_text_chart_draws_values_path_milestones_and_years() {
    let c = chart_of("1");
    let drawn = text::text(&c, Lang::En);
    let lines: Vec<&str> = drawn.lines().collect();
    // The unit, six rows, the axis, the years and the legend.
    assert_eq!(lines.len(), 10, "{drawn}");
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

/// The SVG of a measure of the test plan.
fn svg_of(id: &str) -> String {
    super::svg::svg(&chart_of(id), Lang::En)
}

/// The elements of `doc` whose `class` is `class`.
fn classed<'a>(doc: &'a roxmltree::Document<'a>, class: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.attribute("class") == Some(class))
        .collect()
}

/// The text of every `<text>` of `nodes`, trimmed.
fn texts(nodes: &[roxmltree::Node<'_, '_>]) -> Vec<String> {
    nodes
        .iter()
        .flat_map(|n| n.descendants())
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .collect()
}

#[test]
fn the_svg_has_a_line_for_each_series_and_a_marker_for_each_milestone() {
    let text = svg_of("1");
    let doc = roxmltree::Document::parse(&text).expect("the SVG is XML");
    let root = doc.root_element();
    assert!(root.has_tag_name("svg"));
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    // Observed values: a solid line through three points.
    let observed = classed(&doc, "observed");
    assert_eq!(observed.len(), 1);
    let line = observed[0]
        .children()
        .find(|n| n.has_tag_name("polyline"))
        .expect("a line");
    assert_eq!(
        line.attribute("points").map(|p| p.split(' ').count()),
        Some(3)
    );
    assert_eq!(line.attribute("stroke-dasharray"), Some("none"));
    let points = observed[0]
        .children()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    assert_eq!(points, 3);
    // The paths dashed, the projections dotted: one polyline each, two of each.
    let dash = |class: &str| -> Vec<Option<&str>> {
        classed(&doc, class)
            .iter()
            .map(|n| {
                assert!(n.has_tag_name("polyline"), "{class} is a polyline");
                n.attribute("stroke-dasharray")
            })
            .collect()
    };
    assert_eq!(dash("path"), [Some("6 4"), Some("6 4")]);
    assert_eq!(dash("projection"), [Some("1.5 3"), Some("1.5 3")]);
    // The path to 2025 has a point at each year from 2020.
    let path = classed(&doc, "path")[0]
        .attribute("points")
        .unwrap_or_default();
    assert_eq!(path.split(' ').count(), 6, "{path}");
    // A diamond and its target's label for each milestone.
    let milestones = classed(&doc, "milestone");
    assert_eq!(milestones.len(), 2);
    assert!(milestones
        .iter()
        .all(|m| m.children().any(|n| n.has_tag_name("polygon"))));
    assert_eq!(texts(&milestones), [">= 60", ">= 80"]);
    // Each group its own colour and dash pattern, with a point of its own shape.
    let groups = classed(&doc, "group");
    let named: Vec<(&str, Option<&str>)> = groups
        .iter()
        .map(|g| {
            let line = g.children().find(|n| n.has_tag_name("polyline"));
            (
                g.attribute("data-series").unwrap_or_default(),
                line.and_then(|l| l.attribute("stroke-dasharray")),
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            ("khu_vuc = thanh_thi", Some("10 3 2 3")),
            ("khu_vuc = nong_thon", Some("2 2"))
        ]
    );
}

#[test]
fn the_svg_labels_its_years_unit_title_and_legend() {
    let text = svg_of("1");
    let doc = roxmltree::Document::parse(&text).expect("the SVG is XML");
    let years = texts(&classed(&doc, "year"));
    let expected: Vec<String> = (2020..=2030).map(|y| y.to_string()).collect();
    assert_eq!(years, expected);
    assert_eq!(texts(&classed(&doc, "unit")), ["%"]);
    assert_eq!(texts(&classed(&doc, "value")), ["40", "80"]);
    assert_eq!(
        texts(&classed(&doc, "title")),
        ["1  Tỷ lệ hộ dùng nước sạch"]
    );
    assert_eq!(
        texts(&classed(&doc, "legend")),
        [
            "observed",
            "path to target",
            "projection",
            "khu_vuc = thanh_thi",
            "khu_vuc = nong_thon",
            "target"
        ]
    );
}

/// In Vietnamese the legend, the subtitle and the milestones' labels are Vietnamese words,
/// the values have a decimal comma and the date is written day first; nothing else changes.
#[test]
fn the_svg_speaks_vietnamese_when_asked() {
    let english = super::svg::svg(&chart_of("3"), Lang::En);
    let text = super::svg::svg(&chart_of("3"), Lang::Vi);
    let doc = roxmltree::Document::parse(&text).expect("the SVG is XML");
    let english_doc = roxmltree::Document::parse(&english).expect("XML");
    assert_eq!(texts(&classed(&english_doc, "value")), ["25.63", "40"]);
    assert_eq!(texts(&classed(&doc, "value")), ["25,63", "40"]);
    assert_eq!(
        texts(&classed(&doc, "subtitle")),
        ["Tỉnh, tính đến ngày 30/06/2024"]
    );
    assert_eq!(
        texts(&classed(&doc, "legend")),
        [
            "số liệu thực tế",
            "lộ trình đến chỉ tiêu",
            "dự báo",
            "mốc chỉ tiêu"
        ]
    );
    assert_eq!(texts(&classed(&doc, "milestone")), ["≤ 30"]);
    // The same picture: as many elements, in the same places.
    let count = |d: &roxmltree::Document<'_>| d.descendants().filter(|n| n.is_element()).count();
    assert_eq!(count(&doc), count(&english_doc));
    let empty = super::svg::svg(&chart_of("2"), Lang::Vi);
    assert!(
        empty
            .contains("chưa có số liệu của địa bàn tinh cho các kỳ kết thúc trước ngày 30/06/2024"),
        "{empty}"
    );
}

#[test]
fn the_text_chart_speaks_vietnamese_when_asked() {
    let drawn = text::text(&chart_of("3"), Lang::Vi);
    let lines: Vec<&str> = drawn.lines().collect();
    assert_eq!(lines[0], "  biểu đồ, đơn vị tính %:", "{drawn}");
    assert!(lines[6].trim_start().starts_with("25,63 ┤"), "{drawn}");
    assert_eq!(
        lines.last().copied(),
        Some("  ● số liệu  ⠤ lộ trình đến chỉ tiêu  ◆ mốc chỉ tiêu  ○ dự báo")
    );
}

#[test]
fn the_svg_is_self_contained() {
    let text = svg_of("1");
    let doc = roxmltree::Document::parse(&text).expect("the SVG is XML");
    for node in doc.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        assert!(
            !["script", "image", "style", "foreignObject", "use", "a"].contains(&tag),
            "<{tag}> may fetch or run something"
        );
        for attr in node.attributes() {
            let value = attr.value();
            assert!(
                !value.contains("url(") && !value.contains("http") || attr.name() == "xmlns",
                "{tag} {}={value} refers outside",
                attr.name()
            );
            assert!(!attr.name().starts_with("on"), "{tag} has a handler");
            assert_ne!(attr.name(), "href", "{tag} links out");
        }
    }
}

#[test]
fn a_title_with_markup_and_control_characters_stays_one_text() {
    let mut chart = chart_of("1");
    chart.title = "<b>A & B</b>\u{7}".to_string();
    let text = super::svg::svg(&chart, Lang::En);
    let doc = roxmltree::Document::parse(&text).expect("the SVG is still XML");
    assert_eq!(texts(&classed(&doc, "title")), ["1  <b>A & B</b>?"]);
    assert!(!doc.descendants().any(|n| n.has_tag_name("b")));
}

/// A chart made by hand: values 10 and 12 in 2020 and 2021, the path from 10 to 14 in 2022,
/// the projection from 12 to 13.
fn small() -> Chart {
    let mark = |time: f64, value: f64| Mark { time, value };
    Chart {
        id: "1".into(),
        title: "Tỷ lệ".into(),
        unit: Some("%".into()),
        area: "tinh".into(),
        area_name: "Tỉnh".into(),
        as_of: Date::new(2022, 6, 30).expect("a date"),
        observed: vec![mark(2020.0, 10.0), mark(2021.0, 12.0)],
        milestones: vec![super::MilestoneMark {
            period: crate::eval::Period::Year(2022),
            mark: mark(2022.0, 14.0),
            value_max: None,
            op: crate::model::Comparator::AtLeast,
            status: Some(crate::eval::Status::OnTrack),
            computed: false,
        }],
        paths: vec![vec![
            mark(2020.0, 10.0),
            mark(2021.0, 12.0),
            mark(2022.0, 14.0),
        ]],
        projections: vec![vec![mark(2021.0, 12.0), mark(2022.0, 13.0)]],
        groups: Vec::new(),
    }
}

#[test]
fn a_small_chart_is_drawn_exactly() {
    // 2020 to 2022 at six columns a year; 10 to 14 over 6 rows of 4 dots: 12 in 2021 is
    // dot row 11.5 of 23, the fourth row; the projection's 13 the second, under the 14.
    let expected = "  chart, values in %:
  14 ┤          ⢀⠔◆
     │        ⢀⠔⠁⡀○
     │      ⢀⡔⠅⠂⠁
     │    ⢀⠔●
     │  ⢀⠔⠁
  10 ┤●⠔⠁
     └┬─────┬─────┬
      2020  2021  2022
  ● data  ⠤ path to target  ◆ target  ○ projected
";
    assert_eq!(text::text(&small(), Lang::En), expected);
}

#[test]
fn a_long_title_is_broken_into_two_lines_between_words() {
    let mut chart = chart_of("1");
    chart.title = "Nồng độ bụi PM2.5 trung bình năm tại thành phố Hà Nội (tại các điểm đo của các trạm quan trắc chất lượng môi trường không khí quốc gia) và các đô thị loại đặc biệt khác".into();
    let text = super::svg::svg(&chart, Lang::En);
    let doc = roxmltree::Document::parse(&text).expect("XML");
    let lines = texts(&classed(&doc, "title"));
    assert_eq!(
        lines,
        [
            "1  Nồng độ bụi PM2.5 trung bình năm tại thành phố Hà Nội (tại các điểm đo",
            "của các trạm quan trắc chất lượng môi trường không khí quốc gia) và các đô …"
        ]
    );
    // 73 characters, and " của" would make 77, past the 76 a line holds.
    assert_eq!(lines[0].chars().count(), 73);
    // The whole title is kept for a reader's pointer and a screen reader.
    let whole = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("title"));
    assert_eq!(
        whole.and_then(|t| t.text()).map(str::trim),
        Some(format!("1  {}", chart.title).as_str())
    );
}

#[test]
fn a_century_still_fits_in_eighty_columns() {
    let mut chart = small();
    chart.observed.insert(
        0,
        Mark {
            time: 1930.0,
            value: 11.0,
        },
    );
    let drawn = text::text(&chart, Lang::En);
    assert!(
        drawn.lines().all(|l| l.chars().count() <= text::WIDTH),
        "{drawn}"
    );
    let years = drawn.lines().nth(8).unwrap_or_default();
    assert!(years.trim_start().starts_with("1930"), "{drawn}");
    // 92 years in 60 columns: 0.65 a year, a label every 8 years (5 columns or more).
    assert!(years.trim_end().ends_with("2002 2010 2018"), "{drawn}");
}
