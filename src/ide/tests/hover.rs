//! Hovers, in both languages.

use super::navigation::KINDS;
use super::{analyses, bundled, bundled_analysis, offset};
use crate::data::{DataSet, LoadOptions};
use crate::date::Date;
use crate::eval::evaluate::Evaluation;
use crate::i18n::{status_label, Lang};
use crate::ide::{hover, Analysis};

/// The Markdown shown at the first `needle` (plus `into` bytes) of the file.
fn shown(a: &Analysis, needle: &str, into: usize, lang: Lang, e: Option<&Evaluation>) -> String {
    let at = offset(a.source().text(), needle, 0, into);
    hover(a, at, lang, e)
        .unwrap_or_else(|| panic!("no hover on `{needle}`"))
        .markdown
}

/// Sơn La's sample data evaluated as of 30 June 2025.
fn evaluated(son_la: &Analysis) -> Evaluation {
    let mut data = DataSet::default();
    let sample = bundled("plans/data/son-la-sample.csv");
    data.load_path(&son_la.checked.model, &sample, LoadOptions::default());
    let as_of = Date {
        year: 2025,
        month: 6,
        day: 30,
    };
    crate::eval::evaluate(&son_la.checked.model, &data, as_of).expect("evaluated")
}

#[test]
fn an_indicator_shows_its_title_unit_targets_lead_parent_and_status() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let e = evaluated(&son_la);
    // The evaluation's judgement of indicator 3's target for 2025, the current one.
    let judged = (e.results.iter())
        .find(|r| r.indicator == "3" && r.target.kind.first_year() == Some(2025))
        .expect("judged");
    let en = shown(&son_la, "indicator 3 ", 10, Lang::En, Some(&e));
    for expected in [
        "*indicator* **3**: Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống",
        "**Unit:** ‰ trẻ đẻ sống",
        "**Targets:** 2025 \\< 9.5; 2030 \\< 9",
        "**Lead:** Sở Y tế",
        "**Takes up:** adopts national.3a: Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống",
        "**Status as of 2025-06-30:**",
        &format!(
            "{} (target 2025 \\< 9.5)",
            status_label(Lang::En, judged.status)
        ),
    ] {
        assert!(en.contains(expected), "`{expected}` not in:\n{en}");
    }
    let latest = judged.latest.as_ref().expect("a latest value");
    let value = crate::render::units::value(Lang::Vi, latest.value, None);
    let vi = shown(&son_la, "indicator 3 ", 10, Lang::Vi, Some(&e));
    for expected in [
        "*chỉ tiêu* **3**: Tỷ suất tử vong trẻ sơ sinh",
        "**Đơn vị tính:** ‰ trẻ đẻ sống",
        "**Mức cần đạt:** 2025: \\< 9,5; 2030: \\< 9",
        "**Cơ quan chủ trì:** Sở Y tế",
        "**Thực hiện chỉ tiêu cấp trên:** giữ nguyên national.3a: Tỷ suất tử vong",
        "**Tình trạng tính đến ngày 30/06/2025:**",
        &status_label(Lang::Vi, judged.status),
        &format!("**Kết quả mới nhất:** {value}‰ ({})", latest.period),
    ] {
        assert!(vi.contains(expected), "`{expected}` not in:\n{vi}");
    }
    // Without an evaluation, no status.
    let plain = shown(&son_la, "indicator 3 ", 10, Lang::En, None);
    assert!(!plain.contains("Status") && plain.contains("**Lead:** Sở Y tế"));
    // The parent indicator, in the national file: its own facts, not Sơn La's status.
    let parent = shown(&son_la, "adopts national.3a", 17, Lang::En, Some(&e));
    assert!(parent.starts_with("*part* **3a**: Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống"));
    assert!(parent.contains("indicator 3: Tỷ suất tử vong trẻ sơ sinh, trẻ em dưới 1 tuổi"));
    assert!(parent.contains("**Targets:** 2025 \\< 9.5; 2030 \\< 9"));
    assert!(!parent.contains("Status"), "{parent}");
}

#[test]
fn an_agency_shows_its_names_and_what_it_leads_and_supports() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let model = &son_la.checked.model;
    let led = (model.measures.values())
        .filter(|m| {
            m.lead
                .iter()
                .any(|o| model.get(&o.agency).is_some_and(|a| a.id == "ldtbxh"))
        })
        .count();
    assert!(led > 1);
    let en = shown(&son_la, "agency ldtbxh", 8, Lang::En, None);
    assert!(en.starts_with("*agency* **ldtbxh**: Sở Lao động - Thương binh và Xã hội"));
    assert!(en.contains("**Short name:** Sở LĐ-TB&XH"));
    assert!(
        en.contains(&format!("**Leads:** {led} indicators (1, 2, ")),
        "{en}"
    );
    assert!(en.contains("**Receives the reports:** "));
    let vi = shown(&son_la, "lead ldtbxh", 7, Lang::Vi, None);
    assert!(vi.starts_with("*cơ quan* **ldtbxh**: Sở Lao động - Thương binh và Xã hội"));
    assert!(vi.contains("**Tên viết tắt:** Sở LĐ-TB&XH"));
    assert!(
        vi.contains(&format!("**Chủ trì:** {led} chỉ tiêu (1, 2, ")),
        "{vi}"
    );
    let requested = shown(&son_la, "agency mttq", 8, Lang::Vi, None);
    assert!(requested.contains("được đề nghị phối hợp, không phải được giao"));
}

#[test]
fn other_declarations_show_their_own_facts() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", KINDS)])).expect("one");
    let cases = [
        (
            "in chung",
            4,
            Lang::En,
            "*objective* **chung**: Mục tiêu chung",
        ),
        (
            "objective a \"",
            10,
            Lang::En,
            "**Within:** chung (Mục tiêu chung)",
        ),
        ("objective a \"", 10, Lang::En, "**Indicators:** 1, 2, 3"),
        (
            "= 1000 trieu",
            9,
            Lang::Vi,
            "*đơn vị tính* **trieu\\_dong**: triệu đồng",
        ),
        (
            "unit ty_dong \"",
            6,
            Lang::Vi,
            "**Bằng:** 1.000 trieu\\_dong",
        ),
        ("unit per_mille", 6, Lang::Vi, "Đơn vị tính có sẵn"),
        (
            "where khu_vuc",
            7,
            Lang::En,
            "**Values:** thanh\\_thi (Thành thị); nong\\_thon (Nông thôn)",
        ),
        (
            "= nong_thon",
            3,
            Lang::Vi,
            "**Giá trị của tiêu chí:** khu\\_vuc (Khu vực)",
        ),
        ("in tinh", 4, Lang::En, "*area* **tinh**: Tỉnh"),
        ("area huyen", 6, Lang::Vi, "**Thuộc:** tinh (Tỉnh)"),
        (
            "/ sinh",
            3,
            Lang::En,
            "*data element* **sinh**: Số trẻ đẻ sống",
        ),
        ("report nam", 8, Lang::Vi, "**Kỳ báo cáo:** hằng năm"),
        ("report nam", 8, Lang::En, "**Sent by:** Sở Y tế"),
        ("in da1", 4, Lang::En, "**Covers:** 1, 2a"),
        ("project da2", 9, Lang::Vi, "**Thuộc:** da1 (Dự án 1)"),
        ("viec due", 1, Lang::En, "*task* **viec**: Nhiệm vụ"),
        ("indicator 2", 10, Lang::En, "2b — Chi đầu tư"),
        (
            "total of 2a",
            9,
            Lang::Vi,
            "*chỉ tiêu thành phần* **2a**: Chi thường xuyên",
        ),
    ];
    for (needle, into, lang, expected) in cases {
        let md = shown(&a, needle, into, lang, None);
        assert!(
            md.contains(expected),
            "`{needle}`: `{expected}` not in:\n{md}"
        );
    }
    for (needle, into) in [
        ("objective chung", 3),
        ("\"Mục tiêu chung\"", 3),
        ("2030 >= 10", 1),
    ] {
        let at = offset(KINDS, needle, 0, into);
        assert_eq!(hover(&a, at, Lang::En, None), None, "`{needle}`");
    }
}

#[test]
fn an_import_shows_its_file_and_plan() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let on_alias = "import \"national/children-2021-2030.plan\" as n".len();
    let md = shown(&son_la, "import \"national", on_alias, Lang::Vi, None);
    assert!(md.starts_with("*tệp nhập* **national**: Chương trình hành động quốc gia vì trẻ em"));
    assert!(md.contains("**Tệp:** national/children-2021-2030.plan"));
    assert!(md.contains("**Văn bản:** 23/QĐ-TTg"));
    let from_qualifier = shown(&son_la, "adopts national.3a", 9, Lang::Vi, None);
    assert_eq!(from_qualifier, md);
}
