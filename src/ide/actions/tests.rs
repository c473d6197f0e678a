//! Each action applied and the plan checked again: the diagnostic it fixes is gone (or, for
//! one parent indicator of several, no longer lists it) and no other appears.

use super::*;
use crate::files::MemoryFiles;
use crate::source::Source;
use std::rc::Rc;

const NATIONAL: &str = r#"plan "Chương trình quốc gia" { document "23/QĐ-TTg" issuer thu_tuong signed 2021-01-07 period 2021..2030 }
agency thu_tuong "Thủ tướng Chính phủ"
agency bo_yte "Bộ Y tế"
objective a "Về sức khỏe trẻ em"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" { objective a unit percent direction increase target 2030 >= 98 lead bo_yte source "1" }
indicator 2 "Tỷ suất tử vong trẻ em" {
    objective a
    source "2"
    part a "Tỷ suất tử vong trẻ sơ sinh" { unit per_mille direction decrease target 2030 < 9 lead bo_yte }
    part b "Tỷ suất tử vong trẻ em dưới 5 tuổi" { unit per_mille direction decrease target 2030 < 15 lead bo_yte }
}
report nam "Báo cáo năm" { period year due 15/12 from bo_yte to thu_tuong }
"#;

/// A plan that takes up national 1 and leaves 2a and 2b unmapped.
const LOCAL: &str = r#"plan "Kế hoạch tỉnh" {
    document "196/QĐ-UBND"
    issuer ubnd
    signed 2021-04-28
    period 2021..2030
    implements national
}

import "national.plan" as national // the national programme

agency ubnd "Ủy ban nhân dân tỉnh"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo"
agency mttq "Ủy ban Mặt trận Tổ quốc tỉnh" requested
objective a "Sức khỏe"
objective b "Giáo dục"

indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a
    unit percent
    direction increase
    target 2030 >= 98
    lead yte
    source "II.1"
    adopts national.1
}

indicator 2 "Tỷ lệ trẻ em đi học đúng độ tuổi" {
    objective b
    unit percent
    direction increase
    target 2030 >= 99
    lead gddt
    source "II.2"
}

report nam "Báo cáo năm" { period year due 15/12 from yte, gddt, mttq to ubnd }
"#;

fn analysis(text: &str) -> Analysis {
    let mut files = MemoryFiles::new();
    files.insert("national.plan", NATIONAL);
    Analysis::new(Source::new("local.plan", text), Rc::new(files))
}

/// The span of the first `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in the text"));
    Span::new(start, start + needle.len())
}

/// Each diagnostic of the analysed file as its code and message.
fn problems(analysis: &Analysis) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = analysis
        .checked
        .diagnostics
        .iter()
        .filter(|d| d.file() == analysis.source().name())
        .map(|d| (d.code().as_str().to_string(), d.message(Lang::En)))
        .collect();
    out.sort();
    out
}

/// The file's text after the action, checked again.
fn applied(action: &CodeAction) -> Analysis {
    assert_eq!(action.edits.len(), 1, "one file changed");
    analysis(&action.edits[0].apply())
}

/// Applies `action` and asserts that what it fixes is gone and that nothing else changed
/// but `replaced_by` (the same diagnostic, reworded, when it fixes a part of it).
fn assert_fixes(before: &Analysis, action: &CodeAction, replaced_by: Option<&str>) -> Analysis {
    let index = action.diagnostic.expect("the action fixes a diagnostic");
    let fixed = &before.checked.diagnostics[index];
    let fixed = (fixed.code().as_str().to_string(), fixed.message(Lang::En));
    let after = applied(action);
    let mut expected: Vec<(String, String)> = problems(before)
        .into_iter()
        .filter(|p| *p != fixed)
        .collect();
    if let Some(message) = replaced_by {
        expected.push((fixed.0.clone(), message.to_string()));
        expected.sort();
    }
    assert_eq!(problems(&after), expected, "after `{}`", action.title);
    after
}

fn titles(actions: &[CodeAction]) -> Vec<&str> {
    actions.iter().map(|a| a.title.as_str()).collect()
}

#[test]
fn a_did_you_mean_is_offered_and_fixes_its_diagnostic() {
    let text = LOCAL.replace("lead yte", "lead yt");
    let before = analysis(&text);
    let actions = code_actions(
        &before,
        Span::at(span_of(&text, "yt\n").start() + 1),
        Lang::En,
    );
    assert_eq!(titles(&actions), ["Replace with `yte`"]);
    assert_eq!(actions[0].kind, ActionKind::QuickFix);
    assert_fixes(&before, &actions[0], None);
    let vi = code_actions(&before, span_of(&text, "yt\n"), Lang::Vi);
    assert_eq!(titles(&vi), ["Thay bằng `yte`"]);
}

#[test]
fn a_misspelled_keyword_is_replaced_and_the_plan_parses() {
    let text = LOCAL.replace(
        "    direction increase\n    target 2030 >= 99",
        "    direction increase\n    tagret 2030 >= 99",
    );
    let before = analysis(&text);
    assert!(before.syntax.has_syntax_errors);
    let actions = code_actions(&before, span_of(&text, "tagret"), Lang::En);
    assert_eq!(titles(&actions), ["Replace with `target`"]);
    let after = applied(&actions[0]);
    assert!(!after.syntax.has_syntax_errors);
    assert_eq!(problems(&after), problems(&analysis(LOCAL)));
}

#[test]
fn a_lead_to_fill_is_filled_with_each_agency_the_likeliest_first() {
    let text = LOCAL.replace(
        "lead gddt\n    source \"II.2\"",
        "lead ? because \"Văn bản chưa giao\"\n    source \"II.2\"",
    );
    let text = text.replace("objective b\n", "objective a\n");
    let before = analysis(&text);
    let at = Span::at(span_of(&text, "? because").start());
    let mut actions = code_actions(&before, at, Lang::En);
    actions.retain(|a| a.title.starts_with("Make"));
    // yte leads the other indicator of objective a; mttq is only requested.
    assert_eq!(
        titles(&actions),
        [
            "Make Sở Y tế (`yte`) the lead",
            "Make Ủy ban nhân dân tỉnh (`ubnd`) the lead",
            "Make Sở Giáo dục và Đào tạo (`gddt`) the lead",
            "Make Ủy ban Mặt trận Tổ quốc tỉnh (`mttq`) the lead",
        ]
    );
    let after = assert_fixes(&before, &actions[0], None);
    assert!(after
        .source()
        .text()
        .contains("    lead yte\n    source \"II.2\""));
    let vi = code_actions(&before, at, Lang::Vi);
    assert_eq!(vi[0].title, "Giao Sở Y tế (`yte`) chủ trì");
}

#[test]
fn a_parent_indicator_left_unmapped_gets_a_waive_line_after_the_import() {
    let before = analysis(LOCAL);
    // The diagnostic is at the name of the plan implemented.
    let at = span_of(LOCAL, "implements national");
    let actions = code_actions(&before, Span::at(at.end() - 2), Lang::En);
    assert_eq!(
        titles(&actions),
        [
            "Waive `national.2a` (a `waive` line whose reason is left to write)",
            "Waive `national.2b` (a `waive` line whose reason is left to write)",
            "Waive the 2 parent indicators left unmapped (`waive` lines whose reasons are left to write)",
        ]
    );
    let one = assert_fixes(
        &before,
        &actions[0],
        Some("1 indicator of `national` is neither adopted, adapted nor waived: national.2b"),
    );
    assert!(one.source().text().contains(
        "as national // the national programme\nwaive national.2a because \"REASON TO WRITE: why this plan does not take the indicator up\"\n"
    ));
    assert_fixes(&before, &actions[2], None);
    // The next one goes after it.
    let again = code_actions(&one, span_of(one.source().text(), "national\n}"), Lang::Vi);
    assert_eq!(
        titles(&again),
        ["Ghi không áp dụng `national.2b` (dòng `waive`, lý do cần ghi sau)"]
    );
    let both = applied(&again[0]);
    assert!(both.source().text().contains(
        "waive national.2a because \"REASON TO WRITE: why this plan does not take the indicator up\"\nwaive national.2b because \"CẦN GHI LÝ DO: vì sao kế hoạch không áp dụng chỉ tiêu này\"\n"
    ));
    assert!(problems(&both)
        .iter()
        .all(|(code, _)| code != "plan::parent_unmapped"));
}

#[test]
fn an_indicator_that_takes_up_nothing_may_adopt_an_unmapped_parent_indicator() {
    let text = LOCAL.replace(
        "indicator 2 \"Tỷ lệ trẻ em đi học đúng độ tuổi\" {\n    objective b\n    unit percent\n    direction increase\n    target 2030 >= 99",
        "indicator 2 \"Tỷ suất tử vong trẻ em dưới 5 tuổi\" {\n    objective b\n    unit per_mille\n    direction decrease\n    target 2030 < 15",
    );
    let before = analysis(&text);
    // On the indicator's header: its number.
    let at = Span::at(span_of(&text, "indicator 2").end());
    let actions = code_actions(&before, at, Lang::En);
    assert_eq!(
        titles(&actions),
        [
            "Adopt `national.2b` here: Tỷ suất tử vong trẻ em dưới 5 tuổi",
            "Adopt `national.2a` here: Tỷ suất tử vong trẻ sơ sinh",
        ]
    );
    let after = assert_fixes(
        &before,
        &actions[0],
        Some("1 indicator of `national` is neither adopted, adapted nor waived: national.2a"),
    );
    assert!(after
        .source()
        .text()
        .contains("    source \"II.2\"\n    adopts national.2b\n}"));
    // Not in its fields, nor in an indicator that takes one up already.
    let inside = code_actions(
        &before,
        Span::at(span_of(&text, "lead gddt").start()),
        Lang::En,
    );
    assert!(inside.is_empty(), "{:?}", titles(&inside));
    let mapped = code_actions(
        &before,
        Span::at(span_of(&text, "indicator 1").end()),
        Lang::En,
    );
    assert!(mapped.is_empty(), "{:?}", titles(&mapped));
}

#[test]
fn nothing_where_no_diagnostic_or_measure_is_and_only_the_file_s_own_diagnostics() {
    let before = analysis(LOCAL);
    let agency = span_of(LOCAL, "agency yte");
    assert!(code_actions(&before, agency, Lang::En).is_empty());
    // A diagnostic of the imported file at the same offsets as this span is not this file's.
    let mut files = MemoryFiles::new();
    files.insert(
        "national.plan",
        NATIONAL.replace("lead bo_yte source \"1\"", "lead bo_yt source \"1\""),
    );
    let with_bad_import = Analysis::new(Source::new("local.plan", LOCAL), Rc::new(files));
    let national_typo = NATIONAL.find("lead bo_yte source").unwrap() + 5;
    assert!(with_bad_import
        .checked
        .diagnostics
        .iter()
        .any(|d| d.code().as_str() == "plan::unknown_agency"));
    let actions = code_actions(&with_bad_import, Span::at(national_typo), Lang::En);
    assert!(
        actions.iter().all(|a| !a.title.starts_with("Replace")),
        "{:?}",
        titles(&actions)
    );
}

#[test]
fn actions_answer_at_every_offset_and_each_applies_cleanly() {
    let text = LOCAL
        .replace("lead yte", "lead yt")
        .replace("lead gddt", "lead ? because \"x\"");
    let before = analysis(&text);
    let mut offered = 0;
    for offset in (0..=text.len()).filter(|o| text.is_char_boundary(*o)) {
        for action in code_actions(&before, Span::at(offset), Lang::En) {
            offered += 1;
            let after = applied(&action);
            assert!(
                !after.syntax.has_syntax_errors,
                "`{}` at {offset}",
                action.title
            );
        }
    }
    assert!(offered > 0);
}
