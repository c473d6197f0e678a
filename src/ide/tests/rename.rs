//! Renames: the edits, what the renamed files say when read again, and what is refused.

use super::navigation::KINDS;
use super::{analyses, bundled, bundled_analysis, offset};
use crate::files::MemoryFiles;
use crate::i18n::Lang;
use crate::ide::{prepare_rename, rename, Analysis, FileEdits, RenameError};
use crate::source::Source;
use std::collections::BTreeMap;
use std::rc::Rc;
use unicode_normalization::UnicodeNormalization;

/// How many diagnostics of each code a file has.
fn codes(a: &Analysis) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for d in &a.checked.diagnostics {
        *out.entry(d.code().as_str().to_string()).or_default() += 1;
    }
    out
}

/// The edits of the file whose name ends with `file`.
fn of<'e>(edits: &'e [FileEdits], file: &str) -> &'e FileEdits {
    edits
        .iter()
        .find(|e| e.source.name().ends_with(file))
        .unwrap_or_else(|| panic!("no edits of {file}"))
}

#[test]
fn an_agency_renamed_in_the_province_is_renamed_where_the_district_and_the_amendment_name_it() {
    let paths = [
        "plans/son-la-children-2021-2030.plan",
        "plans/districts/moc-chau-children-2021-2030.plan",
        "plans/amendments/son-la-2025-child-affairs-transfer.plan",
    ];
    let before: Vec<Analysis> = paths.iter().map(|p| bundled_analysis(p)).collect();
    let workspace: Vec<&Analysis> = before.iter().collect();
    let son_la = &before[0];
    let at = offset(son_la.source().text(), "agency ldtbxh", 0, "agency ".len());
    let edits = rename(&workspace, son_la, at, "so_ldtbxh").expect("renamed");
    assert_eq!(edits.len(), 3);
    let province = of(&edits, paths[0]).apply();
    let district = of(&edits, paths[1]).apply();
    let amendment = of(&edits, paths[2]).apply();
    assert!(province.contains("agency so_ldtbxh \"Sở Lao động - Thương binh và Xã hội\""));
    assert!(province.contains("lead so_ldtbxh"));
    // The district's own `ldtbxh` stays; the province's, named through the import, follows.
    assert!(district.contains("agency ldtbxh \"Phòng Lao động"));
    assert!(district.contains("to son_la.so_ldtbxh"));
    assert!(!district.contains("to son_la.ldtbxh"));
    assert!(amendment.contains("transfer son_la.so_ldtbxh to son_la.yte"));
    // Read again, the three files say what they said: no problem more or less.
    let mut files = MemoryFiles::over_disk();
    for (path, text) in paths.iter().zip([&province, &district, &amendment]) {
        files.insert(bundled(path), text.as_str());
    }
    let files: Rc<dyn crate::files::Files> = Rc::new(files);
    for ((path, text), old) in paths
        .iter()
        .zip([&province, &district, &amendment])
        .zip(&before)
    {
        let name = bundled(path).display().to_string();
        let after = Analysis::new(Source::new(name, text.as_str()), files.clone());
        assert_eq!(codes(&after), codes(old), "{path}");
        assert_eq!(
            after.checked.model.measures.len(),
            old.checked.model.measures.len()
        );
    }
}

#[test]
fn a_part_is_renamed_by_its_letter_or_its_whole_id() {
    // Parts a and c: the letter out of order is reported, and still is once c becomes d.
    let plan = COMPOSITE
        .replace("part b", "part c")
        .replace("3a, 3b", "3a, 3c");
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", &plan)])).expect("one");
    assert!(codes(&a).contains_key("plan::part_order"));
    let check = |edits: Vec<FileEdits>| {
        let text = edits[0].apply();
        assert!(text.contains("part d \"Chi đầu tư\""), "{text}");
        assert!(text.contains("total of 3a, 3d"));
        let again = &analyses(&[("p.plan", &text)])[0];
        assert_eq!(codes(again), codes(&a));
        assert!(again.checked.model.measures.contains_key("3d"));
    };
    let on_part_line = offset(&plan, "part c", 0, "part ".len());
    assert_eq!(
        prepare_rename(&a, on_part_line).map(|s| plan[s.start()..s.end()].to_string()),
        Ok("c".to_string())
    );
    check(rename(&[], &a, on_part_line, "d").expect("by its letter"));
    let in_total = offset(&plan, "total of 3a, 3c", 0, "total of 3a, ".len());
    assert_eq!(
        prepare_rename(&a, in_total).map(|s| plan[s.start()..s.end()].to_string()),
        Ok("3c".to_string())
    );
    check(rename(&[], &a, in_total, "3d").expect("by its whole id"));
    assert_eq!(
        rename(&[], &a, in_total, "4d").err(),
        Some(RenameError::PartNumber {
            number: "3".into(),
            name: "4d".into()
        })
    );
    assert!(matches!(
        rename(&[], &a, in_total, "3a"),
        Err(RenameError::Taken { .. })
    ));
}

/// Indicators numbered 1 and 3 (the gap is reported, and stays one gap when 3 becomes 4);
/// 1 totals the parts of 3.
const COMPOSITE: &str = r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân"
objective a "Mục tiêu 1"
indicator 1 "Tổng chi" {
    objective a  unit count  direction increase  flow  source "I"
    total of 3a, 3b
    target 2030 >= 15
    lead ubnd
}
indicator 3 "Chi" {
    objective a  unit count  direction increase  flow  source "II"
    part a "Chi thường xuyên" { target 2030 >= 10 }
    part b "Chi đầu tư" { target 2030 >= 5 }
    lead ubnd
}
project da1 "Dự án 1" { lead ubnd covers 3 due 30/06/2026 }
"#;

#[test]
fn an_indicator_renumbered_renumbers_its_parts_where_they_are_named() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", COMPOSITE)])).expect("one");
    let at = offset(COMPOSITE, "indicator 3", 0, "indicator ".len());
    let edits = rename(&[], &a, at, "4").expect("renumbered");
    let text = edits[0].apply();
    assert!(text.contains("indicator 4 \"Chi\""));
    assert!(text.contains("part a \"Chi thường xuyên\""));
    assert!(text.contains("total of 4a, 4b"));
    assert!(text.contains("covers 4 due"));
    let again = &analyses(&[("p.plan", &text)])[0];
    assert_eq!(codes(again), codes(&a));
    assert!(again.checked.model.measures.contains_key("4b"));
}

#[test]
fn a_new_name_is_read_in_nfc_and_must_be_a_free_id() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", KINDS)])).expect("one");
    let yte = offset(KINDS, "agency yte", 0, "agency ".len());
    let decomposed: String = "sở_y_tế".nfd().collect();
    let edits = rename(&[], &a, yte, &decomposed).expect("renamed");
    assert!(edits[0].edits.iter().all(|e| e.text == "sở_y_tế"));
    assert_eq!(edits[0].edits.len(), 5);
    for bad in ["y te", "so.yte", "", "yte!"] {
        assert_eq!(
            rename(&[], &a, yte, bad).err(),
            Some(RenameError::NotAnId { name: bad.into() }),
            "{bad}"
        );
    }
    let taken = rename(&[], &a, yte, "ubnd").expect_err("taken");
    assert_eq!(
        taken,
        RenameError::Taken {
            kind: crate::ide::names::Kind::Agency,
            name: "ubnd".into()
        }
    );
    assert_eq!(
        taken.words(Lang::En),
        "`ubnd` is already the id of another agency of the file"
    );
    assert_eq!(
        taken.words(Lang::Vi),
        "`ubnd` đã là mã của một cơ quan khác trong tệp"
    );
    let unit = offset(KINDS, "unit trieu_dong", 0, "unit ".len());
    assert!(matches!(
        rename(&[], &a, unit, "percent"),
        Err(RenameError::Taken { .. })
    ));
    assert_eq!(rename(&[], &a, yte, "yte").map(|e| e.len()), Ok(0));
}

#[test]
fn what_no_workspace_file_declares_is_not_renamed() {
    let [a] = <[Analysis; 1]>::try_from(analyses(&[("p.plan", KINDS)])).expect("one");
    let per_mille = offset(KINDS, "unit per_mille", 0, "unit ".len());
    assert_eq!(
        prepare_rename(&a, per_mille),
        Err(RenameError::BuiltIn {
            name: "per_mille".into()
        })
    );
    let built_in = rename(&[], &a, per_mille, "phan_nghin").expect_err("built in");
    assert!(built_in.words(Lang::Vi).contains("đơn vị tính có sẵn"));
    let keyword = offset(KINDS, "objective chung", 0, 2);
    assert_eq!(prepare_rename(&a, keyword), Err(RenameError::NothingThere));
    assert_eq!(
        rename(&[], &a, keyword, "x").err(),
        Some(RenameError::NothingThere)
    );
    assert_eq!(
        prepare_rename(&a, offset(KINDS, "Mục tiêu chung", 0, 3)),
        Err(RenameError::NothingThere)
    );

    let son_la = bundled_analysis("plans/son-la-children-2021-2030.plan");
    let text = son_la.source().text();
    let on_3a = offset(text, "adopts national.3a", 0, "adopts national.".len());
    let span = prepare_rename(&son_la, on_3a).expect("renameable");
    assert_eq!(&text[span.start()..span.end()], "3a");
    let outside = rename(&[], &son_la, on_3a, "3x").expect_err("not in the workspace");
    let RenameError::OutsideWorkspace { file } = &outside else {
        panic!("{outside:?}");
    };
    assert!(file.ends_with("plans/national/children-2021-2030.plan"));
    assert!(outside
        .words(Lang::En)
        .contains("neither open nor in the workspace's folders"));
    // With the national file in the workspace, both files change.
    let national = bundled_analysis("plans/national/children-2021-2030.plan");
    let edits = rename(&[&national], &son_la, on_3a, "3x").expect("renamed");
    assert_eq!(edits.len(), 2);
    assert!(of(&edits, "son-la-children-2021-2030.plan")
        .apply()
        .contains("adopts national.3x"));
    assert!(of(&edits, "national/children-2021-2030.plan")
        .apply()
        .contains("part x \"Tỷ suất tử vong trẻ sơ sinh"));
    // The import's alias: its line and every qualifier.
    let on_alias = offset(text, "adopts national.3a", 0, "adopts ".len());
    let edits = rename(&[], &son_la, on_alias, "quoc_gia").expect("renamed");
    let renamed = edits[0].apply();
    assert!(renamed.contains("as quoc_gia"));
    assert!(renamed.contains("adopts quoc_gia.3a"));
    assert!(!renamed.contains("adopts national."));
}
