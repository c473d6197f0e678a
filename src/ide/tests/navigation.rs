//! Go to definition and find references.

use super::{analyses, bundled_analysis, offset, HEADER};
use crate::ide::{definition, references, Analysis, Location};

/// Each location as `file:text`, the text it covers.
fn places(found: &[Location]) -> Vec<String> {
    found
        .iter()
        .map(|l| format!("{}:{}", l.source.name(), l.source.slice(l.span)))
        .collect()
}

/// How many locations are in the file whose name ends with `file`.
fn in_file(found: &[Location], file: &str) -> usize {
    found
        .iter()
        .filter(|l| l.source.name().ends_with(file))
        .count()
}

#[test]
fn a_parent_indicator_is_defined_in_the_national_file() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let text = son_la.source().text();
    let on_3a = offset(text, "adopts national.3a", 0, "adopts national.".len() + 1);
    let found = definition(&son_la, on_3a).expect("a definition");
    assert!(found
        .source
        .name()
        .ends_with("plans/national/children-2021-2030.plan"));
    // The part's letter, on its `part` line within indicator 3.
    assert_eq!(found.source.slice(found.span), "a");
    let line = found
        .source
        .line_range(found.source.line_col(found.span.start()).0);
    assert!(found.source.text()[line].contains("part a \"Tỷ suất tử vong trẻ sơ sinh"));
    // On the qualifier: the import's alias.
    let on_national = offset(text, "adopts national.3a", 0, "adopts ".len() + 2);
    let alias = definition(&son_la, on_national).expect("the import");
    assert_eq!(alias.source.name(), son_la.source().name());
    let line = alias
        .source
        .line_range(alias.source.line_col(alias.span.start()).0);
    assert_eq!(
        &alias.source.text()[line],
        "import \"national/children-2021-2030.plan\" as national"
    );
    assert_eq!(alias.source.slice(alias.span), "national");
}

#[test]
fn a_declaration_is_its_own_definition_and_keywords_have_none() {
    let text = format!("{HEADER}agency ubnd \"Ủy ban nhân dân\"\n");
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", &text)])).expect("one");
    let on_decl = offset(&text, "agency ubnd", 0, "agency u".len());
    let found = definition(&a, on_decl).expect("itself");
    assert_eq!(found.span.start(), offset(&text, "ubnd \"Ủy", 0, 0));
    // Just after the id is still on it.
    let after = offset(&text, "agency ubnd", 0, "agency ubnd".len());
    assert!(definition(&a, after).is_some());
    assert!(definition(&a, offset(&text, "agency", 0, 2)).is_none());
    assert!(definition(&a, offset(&text, "Ủy ban", 0, 0)).is_none());
}

/// A plan that names each kind of declaration somewhere.
pub(super) const KINDS: &str = r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân" short "UBND"
agency yte "Sở Y tế"
unit trieu_dong "triệu đồng"
unit ty_dong "tỷ đồng" = 1000 trieu_dong
dimension khu_vuc "Khu vực" { thanh_thi "Thành thị" nong_thon "Nông thôn" }
area tinh "Tỉnh" kind province
area huyen "Huyện" in tinh kind district
element sinh "Số trẻ đẻ sống"
element tu_vong "Số trẻ tử vong"
objective chung "Mục tiêu chung"
objective a "Mục tiêu 1" in chung
indicator 1 "Tỷ suất tử vong" {
    objective a  unit per_mille  direction decrease
    formula tu_vong / sinh * 1000
    aggregate weighted by sinh
    target 2030 < 9 where khu_vuc = nong_thon
    lead yte  support ubnd
}
indicator 2 "Chi ngân sách" {
    objective a  unit ty_dong  direction increase  flow
    part a "Chi thường xuyên" { target 2030 >= 10 }
    part b "Chi đầu tư" { target 2030 >= 5 }
    lead ubnd
}
indicator 3 "Tổng chi" {
    objective a  unit ty_dong  direction increase  flow
    total of 2a, 2b
    target 2030 >= 15
    lead ubnd
}
report nam "Báo cáo năm" { period year due before 15/12 from yte to ubnd }
project da1 "Dự án 1" { lead yte covers 1, 2a due 30/06/2026 }
project da2 "Dự án 2" { in da1 lead ubnd covers 2, viec due 30/06/2026 }
task viec "Nhiệm vụ" { lead yte due 30/06/2027 }
"#;

#[test]
fn every_kind_is_found_where_it_is_named() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", KINDS)])).expect("one");
    assert!(
        a.checked.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        a.checked.diagnostics
    );
    // (a place naming it, how many places name it with its declaration)
    let cases = [
        ("lead yte", 5, 5),
        ("support ubnd", 8, 7),
        ("= 1000 trieu_dong", 7, 2),
        ("unit ty_dong  direction increase  flow\n    part", 5, 3),
        ("where khu_vuc", 6, 2),
        ("= nong_thon", 2, 2),
        ("in tinh", 3, 2),
        ("/ sinh", 2, 3),
        ("formula tu_vong", 8, 2),
        ("in chung", 3, 2),
        ("objective a  unit per", 10, 4),
        ("total of 2a", 9, 3),
        ("covers 1,", 7, 2),
        ("covers 2,", 7, 2),
        ("in da1", 3, 2),
        ("viec due", 0, 2),
    ];
    for (needle, into, count) in cases {
        let at = offset(KINDS, needle, 0, into);
        let found = references(&[], &a, at, true);
        assert_eq!(found.len(), count, "`{needle}`: {:?}", places(&found));
        let declared = definition(&a, at).expect("a declaration");
        let name = declared.source.slice(declared.span).to_string();
        assert!(
            places(&found)
                .iter()
                .all(|p| p.ends_with(&format!(":{name}"))
                // A part is declared by its letter and named by its whole id.
                || p.ends_with(&format!("2{name}"))),
            "`{needle}`: {:?}",
            places(&found)
        );
        let without = references(&[], &a, at, false);
        assert_eq!(
            without.len(),
            count - 1,
            "`{needle}` without its declaration"
        );
    }
}

#[test]
fn an_agency_is_found_as_issuer_lead_support_sender_and_receiver() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", KINDS)])).expect("one");
    let ubnd = offset(KINDS, "agency ubnd", 0, "agency ".len());
    let found = references(&[], &a, ubnd, false);
    let lines: Vec<usize> = found
        .iter()
        .map(|l| l.source.line_col(l.span.start()).0)
        .collect();
    // The issuer (line 1), the support of 1, the leads of 2 and 3, the report's receiver,
    // project 2's lead.
    assert_eq!(lines, [1, 18, 24, 30, 32, 34]);
}

#[test]
fn a_national_indicator_is_named_in_the_province_that_takes_it_up() {
    let national = bundled_analysis("plans/national/children-2021-2030.plan");
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let text = national.source().text();
    let part_3a = offset(
        text,
        "part a \"Tỷ suất tử vong trẻ sơ sinh",
        0,
        "part ".len(),
    );
    let workspace = [&national, &son_la];
    let found = references(&workspace, &national, part_3a, true);
    assert_eq!(in_file(&found, "national/children-2021-2030.plan"), 1);
    assert_eq!(in_file(&found, "son-la-children-2021-2030.plan"), 1);
    assert!(places(&found)
        .iter()
        .any(|p| p.ends_with("son-la-children-2021-2030.plan:3a")));
    // Without the province in the workspace, only the declaration is known.
    assert_eq!(references(&[], &national, part_3a, true).len(), 1);
    // From the province, the same places.
    let son_la_text = son_la.source().text();
    let on_3a = offset(son_la_text, "national.3a", 0, "national.".len());
    let from_province = references(&workspace, &son_la, on_3a, true);
    let mut a = places(&found);
    let mut b = places(&from_province);
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn an_agency_of_the_province_is_named_in_the_district_through_its_import() {
    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let moc_chau = bundled_analysis("plans/districts/moc-chau-children-2021-2030.plan");
    let text = son_la.source().text();
    let ldtbxh = offset(text, "agency ldtbxh", 0, "agency ".len());
    let found = references(&[&son_la, &moc_chau], &son_la, ldtbxh, false);
    let district = moc_chau.source().text();
    // Every `son_la.ldtbxh` of the district, none of its own `ldtbxh`.
    let written =
        district.matches("son_la.ldtbxh").count() - district.matches("`son_la.ldtbxh`").count();
    assert!(written > 0);
    assert_eq!(in_file(&found, "moc-chau-children-2021-2030.plan"), written);
    assert!(in_file(&found, "son-la-children-2021-2030.plan") > 10);
    for l in found.iter().filter(|l| {
        l.source
            .name()
            .ends_with("moc-chau-children-2021-2030.plan")
    }) {
        let before = &l.source.text()[..l.span.start()];
        assert!(before.ends_with("son_la."), "{}", l.source.slice(l.span));
    }
}
