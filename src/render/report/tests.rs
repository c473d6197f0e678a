//! The report's model from a small plan whose numbers are worked by hand, and its page: what
//! it holds, what it escapes, what it never refers to, how its statuses read without colour.

use super::html::{html, STATUS_STYLES};
use super::*;
use crate::data::{DataSet, FileKind, LoadOptions};

/// Two objectives, a part-less indicator led by two agencies and supported by a third, a
/// count, a yearly report from two agencies, and a task.
const PLAN: &str = r#"plan "Kế hoạch <thử> & kiểm tra" { document "1/KH-UBND" issuer ubnd signed 2021-03-01 period 2022..2025 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND tỉnh"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo" short "Sở GD&ĐT"
agency ldtbxh "Sở Lao động - Thương binh và Xã hội" short "Sở LĐ-TB&XH"
area tinh "Tỉnh Thí Điểm" kind province
dimension khu_vuc "Khu vực" {
    thanh_thi "Thành thị"
    nong_thon "Nông thôn"
}
objective a "Chăm sóc sức khỏe trẻ em"
objective b "Giáo dục"
indicator 1 "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  lead yte, gddt  support ldtbxh
    baseline 2021 = 80
    target 2025 >= 95 strive
}
indicator 2 "Số trường học có phòng y tế" {
    objective b  unit count  direction increase  lead gddt
    target 2025 >= 40
}
report baocao_nam "Báo cáo năm" { period year due before 15/12 from yte, gddt to ubnd }
task tong_ket "Tổng kết thực hiện Kế hoạch" { lead ubnd  due in month 12/2023 }
"#;

/// Indicator 1 at 84 and 86, and by area (rural and urban); a row for an indicator the plan
/// has not (a data problem).
const DATA: &str = "indicator,area,period,value,khu_vuc
1,tinh,2022,84,
1,tinh,2023,86,
1,tinh,2022,80,nong_thon
1,tinh,2023,83,nong_thon
1,tinh,2023,90,thanh_thi
9,tinh,2023,1,
";

/// gddt's report for 2023 is missing; yte's came 6 days late.
const RECEIVED: &str = "agency,report,period,received
yte,baocao_nam,2022,2022-12-10
yte,baocao_nam,2023,2023-12-20
gddt,baocao_nam,2022,2022-12-01
";

fn report(by: GroupBy) -> Report {
    let checked = crate::load_str("p.plan", PLAN);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = &checked.model;
    let mut data = DataSet::default();
    for (name, text) in [("d.csv", DATA), ("r.csv", RECEIVED)] {
        let options = LoadOptions::default();
        data.load_reader(model, name, FileKind::Csv, text.as_bytes(), options);
    }
    let as_of = Date::parse("2024-06-30").expect("a date");
    let facts = Facts::new(model, &data, as_of);
    Report::build(model, &facts, by).expect("evaluated")
}

#[test]
fn the_model_holds_each_indicator_with_its_names_targets_and_chart() {
    let r = report(GroupBy::None);
    assert_eq!(r.title, "Kế hoạch <thử> & kiểm tra");
    assert_eq!(r.document.as_deref(), Some("1/KH-UBND"));
    assert_eq!(r.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh"));
    assert_eq!(r.period, Some((2022, 2025)));
    assert_eq!(
        (r.area.as_str(), r.area_name.as_str()),
        ("tinh", "Tỉnh Thí Điểm")
    );
    // By objective, whatever was asked: a report is read objective by objective.
    let headings: Vec<String> = r
        .sections
        .iter()
        .map(|s| s.heading.text(Lang::En))
        .collect();
    assert_eq!(
        headings,
        [
            "Objective a: Chăm sóc sức khỏe trẻ em",
            "Objective b: Giáo dục"
        ]
    );
    let one = &r.sections[0].indicators[0];
    assert_eq!(one.id, "1");
    assert_eq!(one.lead, ["Sở Y tế", "Sở GD&ĐT"]);
    assert_eq!(one.support, ["Sở LĐ-TB&XH"]);
    assert_eq!(one.unit_label(), "%");
    assert_eq!(one.value(Lang::Vi, 92.45), "92,45%");
    assert_eq!(one.results.len(), 1);
    assert_eq!(one.chart.id, "1");
    assert_eq!(one.chart.observed.len(), 2);
    let groups: Vec<&str> = one.chart.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(groups, ["khu_vuc = thanh_thi", "khu_vuc = nong_thon"]);
    let two = &r.sections[1].indicators[0];
    assert!(two.chart.is_empty(true), "no values for 2");
    assert_eq!(r.statuses.iter().map(|(_, n)| n).sum::<usize>(), r.targets);
    assert!(r.strive);
    let reporting = r.reporting.as_ref().expect("reports owed");
    assert_eq!((reporting.given, reporting.owed), (3, 4));
    assert_eq!(reporting.exceptions.len(), 2);
    assert_eq!(
        reporting.exceptions[0].line(Lang::Vi),
        "Sở Y tế: Báo cáo năm, kỳ 2023, hạn 14/12/2023, chậm 6 ngày (nhận ngày 20/12/2023)"
    );
    assert_eq!(
        reporting.exceptions[1].line(Lang::En),
        "Sở GD&ĐT: Báo cáo năm 2023, due 2023-12-14, missing"
    );
    let tasks = r.tasks.as_ref().expect("a task");
    assert_eq!((tasks.given, tasks.owed, tasks.never), (0, 1, 1));
    assert_eq!(
        tasks.exceptions[0].line(Lang::Vi),
        "UBND tỉnh: Tổng kết thực hiện Kế hoạch, kỳ tháng 12/2023, hạn 31/12/2023, quá hạn 182 ngày"
    );
    assert_eq!(
        (r.problems.errors, r.problems.first.len()),
        (1, 1),
        "{:?}",
        r.problems
    );
    assert_eq!(r.problems.summary(Lang::En), "1 error, 0 warnings.");
    assert_eq!(r.problems.summary(Lang::Vi), "1 lỗi, 0 cảnh báo.");
    assert_eq!((r.rows.read, r.rows.accepted, r.rows.rejected), (9, 8, 1));
}

#[test]
fn by_lead_agency_an_indicator_led_by_two_is_under_both() {
    let r = report(GroupBy::Owner);
    let sections: Vec<(String, Vec<&str>)> = r
        .sections
        .iter()
        .map(|s| {
            let ids = s.indicators.iter().map(|i| i.id.as_str()).collect();
            (s.heading.text(Lang::Vi), ids)
        })
        .collect();
    assert_eq!(
        sections,
        [
            ("Chủ trì: Sở Y tế".to_string(), vec!["1"]),
            ("Chủ trì: Sở GD&ĐT".to_string(), vec!["1", "2"]),
        ]
    );
}

/// The page's text without its markup: what a reader sees (style sheet and tags removed,
/// the few entities maud writes turned back).
fn visible_text(page: &str) -> String {
    let body = &page[page.find("<body>").expect("a body")..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_page_escapes_the_plan_s_words() {
    let page = html(&report(GroupBy::None), Lang::En);
    assert!(
        page.contains("<h1>Kế hoạch &lt;thử&gt; &amp; kiểm tra</h1>"),
        "{page}"
    );
    assert!(!page.contains("<thử>"), "the title is text, not markup");
    assert!(page.contains("Sở GD&amp;ĐT"));
    assert!(visible_text(&page).contains("Sở GD&ĐT"));
}

#[test]
fn the_page_refers_to_nothing_outside_itself() {
    for lang in Lang::ALL {
        let page = html(&report(GroupBy::None), lang);
        for never in [
            "<script", "<link", "<img", "<iframe", "src=", "url(", "@import",
        ] {
            assert!(!page.contains(never), "{never}");
        }
        for (i, _) in page.match_indices("href=\"") {
            assert!(
                page[i..].starts_with("href=\"#section-"),
                "{}",
                &page[i..i + 40]
            );
        }
        // The only address is the SVG's name for its own vocabulary.
        let addresses = page.matches("http").count();
        assert_eq!(
            addresses,
            page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
        );
        assert!(page.starts_with("<!DOCTYPE html><html lang=\""));
        assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(page.contains("@page {\n  size: A4;"));
    }
}

#[test]
fn the_page_has_a_figure_for_each_indicator_and_a_chart_for_each_with_values() {
    let page = html(&report(GroupBy::None), Lang::Vi);
    assert_eq!(
        page.matches("<figure class=\"chart\" data-indicator=\"1\">")
            .count(),
        1
    );
    assert_eq!(
        page.matches("<figure class=\"chart\" data-indicator=\"2\">")
            .count(),
        1
    );
    assert_eq!(page.matches("<svg").count(), 1, "2 has no values to draw");
    // The values by area are drawn beside the whole.
    for series in ["observed", "khu_vuc = thanh_thi", "khu_vuc = nong_thon"] {
        assert!(
            page.contains(&format!("data-series=\"{series}\"")),
            "{series}"
        );
    }
    assert_eq!(page.matches("<article class=\"indicator\"").count(), 2);
    let text = visible_text(&page);
    for words in [
        "Báo cáo kết quả thực hiện Kế hoạch",
        "Tổng hợp kết quả",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Sở LĐ-TB&XH",
        "2025: ≥ 95*",
        "Chưa có biểu đồ",
        "Tình hình gửi báo cáo của các cơ quan, đơn vị",
        "Tình hình thực hiện nhiệm vụ của các cơ quan, đơn vị",
        "Các vấn đề của số liệu",
        "Đã nhận 3/4 báo cáo phải gửi (75,0%).",
        "30/06/2024",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    for english in [
        "Summary",
        "Lead",
        "Reports received",
        "as of",
        "Data problems",
        "target",
    ] {
        assert!(!text.contains(english), "{english}: {text}");
    }
}

/// CIE L* of a `#rrggbb` colour, and its relative luminance (WCAG).
fn lightness(hex: &str) -> (f64, f64) {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let y = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    let l = if y > 0.008856 {
        116.0 * y.cbrt() - 16.0
    } else {
        903.3 * y
    };
    (l, y)
}

/// In greyscale the statuses still differ: their colours' lightness lies 7 or more apart,
/// each text is readable on its colour (WCAG contrast 4.5 or more), and each has its own
/// symbol.
#[test]
fn the_statuses_read_without_colour() {
    assert_eq!(STATUS_STYLES.len(), Status::ALL.len());
    for (i, (a, background, text, symbol)) in STATUS_STYLES.iter().enumerate() {
        let (l, y) = lightness(background);
        let (_, t) = lightness(text);
        let contrast = (y.max(t) + 0.05) / (y.min(t) + 0.05);
        assert!(contrast >= 4.5, "{a:?}: {contrast}");
        for (b, other, _, other_symbol) in &STATUS_STYLES[i + 1..] {
            let (m, _) = lightness(other);
            assert!((l - m).abs() >= 7.0, "{a:?} and {b:?}: {l} and {m}");
            assert_ne!(symbol, other_symbol);
        }
    }
}
