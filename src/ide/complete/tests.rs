//! Completion at places found by searching the text (a `‸` marks the cursor and is taken
//! out), in small plans held in memory and in the bundled plans.

use super::*;
use crate::files::{Disk, MemoryFiles};
use crate::source::Source;
use crate::syntax::keywords::KEYWORDS;
use std::collections::BTreeSet;
use std::rc::Rc;

const NATIONAL: &str = r#"plan "Chương trình quốc gia" { document "23/QĐ-TTg" issuer thu_tuong signed 2021-01-07 period 2021..2030 }
agency thu_tuong "Thủ tướng Chính phủ"
agency bo_yte "Bộ Y tế" short "BYT"
area viet_nam "Việt Nam" kind country
dimension khu_vuc "Khu vực" { thanh_thi "Thành thị" nong_thon "Nông thôn" }
objective a "Về sức khỏe trẻ em"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng" { objective a unit percent direction increase target 2030 >= 98 lead bo_yte }
indicator 2 "Tỷ suất tử vong trẻ em" {
    objective a
    part a "Trẻ sơ sinh" { unit per_mille direction decrease target 2030 < 9 lead bo_yte }
    part b "Trẻ dưới 5 tuổi" { unit per_mille direction decrease target 2030 < 15 lead bo_yte }
}
report nam "Báo cáo năm" { period year due 15/12 from bo_yte to thu_tuong }
"#;

/// A province's plan that implements the national one; the tests add to its end.
const LOCAL: &str = r#"plan "Kế hoạch tỉnh" {
    document "196/QĐ-UBND"
    issuer ubnd
    signed 2021-04-28
    period 2021..2030
    implements national
}

import "national.plan" as national

agency ubnd "Ủy ban nhân dân tỉnh"
agency yte "Sở Y tế" short "SYT"
agency gddt "Sở Giáo dục và Đào tạo"
area tinh "Tỉnh" kind province
area huyen "Huyện" in tinh kind district
element births "Số trẻ đẻ sống"
element deaths "Số trẻ tử vong"
unit diem "điểm" range 0..10
objective a "Mục tiêu 1: sức khỏe"
objective b "Mục tiêu 2: giáo dục"
task k "Nhiệm vụ" { lead ubnd }
project p "Dự án" { lead ubnd }

indicator 1 "Tỷ lệ tiêm chủng" {
    objective a
    unit percent
    direction increase
    target 2030 >= 98
    lead yte
    adopts national.1
}
"#;

const MARK: char = '‸';

fn analysis(name: &str, text: &str) -> Analysis {
    let mut files = MemoryFiles::new();
    files.insert("national.plan", NATIONAL);
    Analysis::new(Source::new(name, text), Rc::new(files))
}

/// The completions at the mark of `marked`, in `lang`, with the names of `names`' analysis.
fn complete_in(names: &str, marked: &str, lang: Lang) -> (String, Vec<Completion>) {
    let offset = marked.find(MARK).expect("a cursor mark");
    let text = marked.replacen(MARK, "", 1);
    let completions = completions(&text, offset, &analysis("local.plan", names), lang);
    (text, completions)
}

/// The completions at the mark of the local plan with `addition` written at its end, the
/// names from the local plan as it was (the addition does not parse yet).
fn after_local(addition: &str) -> Vec<Completion> {
    complete_in(LOCAL, &format!("{LOCAL}{addition}"), Lang::En).1
}

fn labels(completions: &[Completion]) -> Vec<&str> {
    completions.iter().map(|c| c.label.as_str()).collect()
}

fn find<'c>(completions: &'c [Completion], label: &str) -> &'c Completion {
    completions
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("`{label}` not offered in {:?}", labels(completions)))
}

fn position(completions: &[Completion], label: &str) -> usize {
    let labels = labels(completions);
    labels
        .iter()
        .position(|l| *l == label)
        .unwrap_or_else(|| panic!("`{label}` not offered in {labels:?}"))
}

fn assert_offers(completions: &[Completion], expected: &[&str]) {
    let labels = labels(completions);
    for label in expected {
        assert!(
            labels.contains(label),
            "`{label}` not offered in {labels:?}"
        );
    }
}

fn assert_not_offered(completions: &[Completion], refused: &[&str]) {
    let labels = labels(completions);
    for label in refused {
        assert!(!labels.contains(label), "`{label}` offered in {labels:?}");
    }
}

#[test]
fn after_lead_the_plan_s_agencies_then_the_imported_ones_and_a_lead_to_fill() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    lead ‸\n}\n");
    assert_offers(
        &offered,
        &[
            "ubnd",
            "yte",
            "gddt",
            "national.bo_yte",
            "national.thu_tuong",
            "?",
        ],
    );
    assert_not_offered(
        &offered,
        &["a", "b", "target", "tinh", "births", "indicator"],
    );
    assert!(position(&offered, "gddt") < position(&offered, "national.bo_yte"));
    let yte = find(&offered, "yte");
    assert_eq!(yte.kind, CompletionKind::Agency);
    assert_eq!(yte.detail.as_deref(), Some("Sở Y tế"));
    assert_eq!(yte.documentation.as_deref(), Some("SYT"));
    assert_eq!(
        find(&offered, "national.bo_yte").documentation.as_deref(),
        Some("BYT")
    );
    assert_eq!(find(&offered, "?").kind, CompletionKind::Value);
}

#[test]
fn after_a_comma_of_an_agency_list_agencies_again() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    support yte, ‸\n}\n");
    assert_offers(&offered, &["gddt", "national.bo_yte"]);
    assert_not_offered(&offered, &["?", "a"]);
}

#[test]
fn after_objective_objectives_with_their_titles_and_no_agency() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    objective ‸\n}\n");
    assert_eq!(labels(&offered), ["a", "b"]);
    assert_eq!(
        find(&offered, "b").detail.as_deref(),
        Some("Mục tiêu 2: giáo dục")
    );
    assert_eq!(find(&offered, "a").kind, CompletionKind::Objective);
}

#[test]
fn after_unit_declared_units_then_the_built_in_ones() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    unit ‸\n}\n");
    assert_offers(
        &offered,
        &["diem", "percent", "per_mille", "per_100k", "count"],
    );
    assert!(position(&offered, "diem") < position(&offered, "percent"));
    assert_not_offered(&offered, &["yte", "a"]);
    assert_eq!(find(&offered, "percent").kind, CompletionKind::Unit);
}

#[test]
fn after_direction_its_three_words_said_in_each_language() {
    let marked = format!("{LOCAL}indicator 2 \"Tỷ lệ\" {{\n    direction ‸\n}}\n");
    let (_, en) = complete_in(LOCAL, &marked, Lang::En);
    assert_eq!(labels(&en), ["increase", "decrease", "maintain"]);
    assert_eq!(
        find(&en, "decrease").detail.as_deref(),
        Some("lower is better")
    );
    let (_, vi) = complete_in(LOCAL, &marked, Lang::Vi);
    assert_eq!(
        find(&vi, "decrease").detail.as_deref(),
        Some("càng thấp càng tốt")
    );
}

#[test]
fn after_adopts_the_parent_s_measures_those_not_taken_up_first() {
    let offered = after_local("indicator 2 \"Tử vong\" {\n    adopts ‸\n}\n");
    assert_eq!(
        labels(&offered),
        ["national.2a", "national.2b", "national.1"]
    );
    let first = &offered[0];
    assert_eq!(first.detail.as_deref(), Some("Trẻ sơ sinh"));
    assert_eq!(first.kind, CompletionKind::Indicator);
    let adapts = after_local("indicator 2 \"Tử vong\" {\n    adapts ‸\n}\n");
    assert_eq!(labels(&adapts), labels(&offered));
}

#[test]
fn after_waive_the_parent_s_measures() {
    let offered = after_local("waive ‸");
    assert_eq!(
        labels(&offered),
        ["national.2a", "national.2b", "national.1"]
    );
}

#[test]
fn after_an_import_s_name_and_a_dot_only_its_names_replacing_the_whole_word() {
    let marked = format!("{LOCAL}indicator 2 \"Tử vong\" {{\n    lead national.‸\n}}\n");
    let (text, offered) = complete_in(LOCAL, &marked, Lang::En);
    assert_eq!(labels(&offered), ["national.thu_tuong", "national.bo_yte"]);
    let typed = &offered[0].replace;
    assert_eq!(&text[typed.start()..typed.end()], "national.");
    let marked = format!("{LOCAL}indicator 2 \"Tử vong\" {{\n    adopts national.2‸\n}}\n");
    let (text, offered) = complete_in(LOCAL, &marked, Lang::En);
    assert_eq!(
        &text[offered[0].replace.start()..offered[0].replace.end()],
        "national.2"
    );
    assert!(labels(&offered).iter().all(|l| l.starts_with("national.")));
}

#[test]
fn after_where_dimensions_and_after_its_equals_sign_their_values() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    target 2030 >= 5 where ‸\n}\n");
    assert_eq!(labels(&offered), ["national.khu_vuc"]);
    assert_eq!(offered[0].kind, CompletionKind::Dimension);
    let offered = after_local(
        "indicator 2 \"Tỷ lệ\" {\n    target 2030 >= 5 where national.khu_vuc = ‸\n}\n",
    );
    assert_eq!(labels(&offered), ["thanh_thi", "nong_thon"]);
    assert_eq!(offered[1].detail.as_deref(), Some("Nông thôn"));
    let scoped = after_local("indicator 2 \"Tỷ lệ\" {\n    scope where national.khu_vuc = ‸\n}\n");
    assert_eq!(labels(&scoped), ["thanh_thi", "nong_thon"]);
}

#[test]
fn areas_after_scope_and_in_and_the_kinds_of_areas_after_kind() {
    let scope = after_local("indicator 2 \"Tỷ lệ\" {\n    scope ‸\n}\n");
    assert_offers(&scope, &["tinh", "huyen", "national.viet_nam", "where"]);
    assert_not_offered(&scope, &["yte"]);
    let parent = after_local("area xa \"Xã\" in ‸");
    assert_offers(&parent, &["tinh", "huyen"]);
    let kinds = after_local("area xa \"Xã\" in huyen kind ‸");
    assert_eq!(labels(&kinds), ["province", "district", "country"]);
}

#[test]
fn a_formula_takes_data_elements_and_measures_and_a_weighting_elements_only() {
    let formula = after_local("indicator 2 \"Tỷ suất\" {\n    formula deaths / ‸\n}\n");
    assert_eq!(labels(&formula), ["births", "deaths", "1"]);
    assert_eq!(find(&formula, "1").kind, CompletionKind::Indicator);
    let weighted = after_local("indicator 2 \"Tỷ suất\" {\n    aggregate weighted by ‸\n}\n");
    assert_eq!(labels(&weighted), ["births", "deaths"]);
    let total = after_local("indicator 2 \"Tổng\" {\n    total of ‸\n}\n");
    assert_eq!(labels(&total), ["1"]);
}

#[test]
fn a_block_offers_the_fields_it_takes_that_are_not_given_yet() {
    let offered =
        after_local("indicator 2 \"Tỷ lệ\" {\n    unit percent\n    target 2030 >= 5\n    ‸\n}\n");
    assert_offers(
        &offered,
        &[
            "objective",
            "direction",
            "target",
            "lead",
            "support",
            "part",
            "adopts",
            "adapts",
            "note",
        ],
    );
    assert_not_offered(
        &offered,
        &["unit", "indicator", "agency", "yte", "?", "period"],
    );
    assert_eq!(find(&offered, "target").kind, CompletionKind::Field);
    let compact = after_local("indicator 2 \"Tỷ lệ\" { unit percent direction increase ‸ }\n");
    assert_not_offered(&compact, &["unit", "direction"]);
    assert_offers(&compact, &["target", "objective"]);
    let mapped = after_local("indicator 2 \"Tỷ lệ\" {\n    adopts national.2a\n    ‸\n}\n");
    assert_not_offered(&mapped, &["adopts", "adapts"]);
}

#[test]
fn a_part_offers_a_part_s_fields() {
    let offered = after_local(
        "indicator 2 \"Tỷ lệ\" {\n    objective a\n    part a \"A\" {\n        unit percent\n        ‸\n    }\n}\n",
    );
    assert_offers(&offered, &["target", "direction", "lead"]);
    assert_not_offered(&offered, &["unit", "objective", "part"]);
}

#[test]
fn inside_a_field_the_keywords_that_continue_it_come_before_new_fields() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    target 2030 >= 5 ‸\n}\n");
    assert_offers(
        &offered,
        &["where", "ref", "within", "strive", "to", "lead"],
    );
    assert!(position(&offered, "where") < position(&offered, "lead"));
    assert_eq!(find(&offered, "where").kind, CompletionKind::Keyword);
    let comparisons = after_local("indicator 2 \"Tỷ lệ\" {\n    target 2030 ‸\n}\n");
    assert_offers(
        &comparisons,
        &[">=", "<=", "<", ">", "=", "~", "about", "cumulative"],
    );
    assert_eq!(
        find(&comparisons, ">=").detail.as_deref(),
        Some("at least (đạt, trở lên)")
    );
}

#[test]
fn a_report_offers_its_fields_its_periods_and_agencies() {
    let offered = after_local("report r \"Báo cáo\" {\n    period year\n    ‸\n}\n");
    assert_eq!(
        labels(&offered).into_iter().collect::<BTreeSet<_>>(),
        BTreeSet::from(["due", "from", "to", "source", "note"])
    );
    let periods = after_local("report r \"Báo cáo\" {\n    period ‸\n}\n");
    assert_eq!(
        labels(&periods),
        ["half-year", "year", "quarter", "month", "adhoc"]
    );
    let marked = format!("{LOCAL}report r \"Báo cáo\" {{\n    period ‸\n}}\n");
    let (_, vi) = complete_in(LOCAL, &marked, Lang::Vi);
    assert_eq!(
        find(&vi, "half-year").detail.as_deref(),
        Some("6 tháng một lần")
    );
    let from = after_local("report r \"Báo cáo\" {\n    from yte, ‸\n}\n");
    assert_offers(&from, &["gddt", "national.bo_yte"]);
    let to = after_local("report r \"Báo cáo\" {\n    to ‸\n}\n");
    assert_offers(&to, &["ubnd"]);
}

#[test]
fn a_review_held_one_way_is_not_offered_another() {
    let every = after_local("review s \"Sơ kết\" {\n    every ‸\n}\n");
    assert_eq!(labels(&every), ["year"]);
    let held = after_local("review s \"Sơ kết\" {\n    at end\n    ‸\n}\n");
    assert_not_offered(&held, &["year", "at", "every"]);
    assert_offers(&held, &["from", "to"]);
    let points = after_local("review s \"Sơ kết\" {\n    at ‸\n}\n");
    assert_eq!(labels(&points), ["midterm", "end"]);
}

#[test]
fn a_project_s_parent_is_a_project_and_it_covers_indicators_and_tasks() {
    let parent = after_local("project p2 \"Tiểu dự án\" {\n    in ‸\n}\n");
    assert_eq!(labels(&parent)[0], "p");
    assert_not_offered(&parent, &["k", "1", "yte"]);
    assert_eq!(parent[0].kind, CompletionKind::Project);
    let covers = after_local("project p2 \"Tiểu dự án\" {\n    covers ‸\n}\n");
    assert_eq!(labels(&covers), ["1", "k"]);
    assert_eq!(find(&covers, "k").kind, CompletionKind::Task);
}

#[test]
fn at_the_top_the_items_and_their_snippets_and_no_second_header() {
    let offered = after_local("\n‸");
    assert_offers(
        &offered,
        &[
            "indicator",
            "agency",
            "objective",
            "report",
            "waive",
            "import",
        ],
    );
    assert_not_offered(&offered, &["plan", "target", "yte"]);
    let snippet = offered
        .iter()
        .find(|c| c.kind == CompletionKind::Snippet && c.label == "indicator")
        .expect("an indicator snippet");
    assert!(snippet.is_snippet);
    assert_eq!(
        snippet.detail.as_deref(),
        Some("a new indicator: objective, unit, direction, target, lead and source")
    );
    let (_, empty) = complete_in("", "‸", Lang::Vi);
    assert_offers(&empty, &["plan", "indicator"]);
    assert_eq!(
        find(&empty, "plan").detail.as_deref(),
        Some("phần đầu kế hoạch: số văn bản, cơ quan ban hành, ngày ký, thời gian thực hiện")
    );
}

#[test]
fn after_a_braceless_item_its_own_fields_first_then_new_items() {
    let offered = after_local("agency moi \"Sở mới\" ‸");
    assert!(position(&offered, "short") < position(&offered, "indicator"));
    assert_offers(&offered, &["requested"]);
    let unit = after_local("unit ty \"tỷ đồng\" range 0.. ‸");
    assert_offers(&unit, &["per", "growth"]);
    assert_not_offered(&unit, &["range"]);
}

#[test]
fn the_snippets_use_the_plan_s_next_number_objectives_agencies_and_layout() {
    let offered = after_local("\n‸");
    let snippet = offered
        .iter()
        .find(|c| c.kind == CompletionKind::Snippet && c.label == "indicator")
        .expect("an indicator snippet");
    assert!(
        snippet.insert_text.contains("${1:2}"),
        "{}",
        snippet.insert_text
    );
    assert!(snippet.insert_text.contains("objective ${3|a,b|}"));
    assert!(snippet.insert_text.contains("lead ${9|ubnd,yte,gddt|}"));
    assert!(snippet.insert_text.contains("\n    unit "));
    // Each snippet, with its placeholders kept, makes a plan without new errors.
    for snippet in offered.iter().filter(|c| c.is_snippet) {
        let text = format!("{LOCAL}\n{}\n", plain_text(&snippet.insert_text));
        let checked = analysis("local.plan", &text).checked;
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}\n{text}", snippet.label);
    }
}

#[test]
fn the_part_of_the_word_typed_is_what_a_choice_replaces() {
    let marked = format!("{LOCAL}indicator 2 \"Tỷ lệ\" {{\n    tar‸get\n}}\n");
    let (text, offered) = complete_in(LOCAL, &marked, Lang::En);
    let target = find(&offered, "target");
    assert_eq!(&text[target.replace.start()..target.replace.end()], "tar");
    assert_eq!(target.insert_text, "target");
}

#[test]
fn nothing_inside_a_comment_or_a_text_or_outside_the_text() {
    assert!(after_local("// lead ‸ here\n").is_empty());
    assert!(after_local("agency moi \"Sở ‸ mới\"\n").is_empty());
    assert!(after_local("agency moi \"Sở ‸").is_empty());
    let names = analysis("local.plan", LOCAL);
    assert!(completions(LOCAL, LOCAL.len() + 1, &names, Lang::En).is_empty());
    let inside_a_character = LOCAL.find("Tỷ").unwrap() + 2;
    assert!(completions(LOCAL, inside_a_character, &names, Lang::En).is_empty());
}

#[test]
fn names_the_current_text_declares_are_offered_though_the_analysis_is_older() {
    let offered = after_local("agency moi \"Sở mới\"\nindicator 2 \"Tỷ lệ\" {\n    lead ‸\n}\n");
    assert_eq!(find(&offered, "moi").detail.as_deref(), Some("Sở mới"));
}

#[test]
fn a_field_that_does_not_parse_before_the_cursor_leaves_the_one_being_written() {
    let offered = after_local("indicator 2 \"Tỷ lệ\" {\n    target 2030 >=\n    lead ‸\n}\n");
    assert_offers(&offered, &["yte", "gddt"]);
    // Where the grammar wants a number, nothing is offered.
    let number = after_local("indicator 2 \"Tỷ lệ\" {\n    target 2030 >=\n    ‸\n}\n");
    assert_eq!(labels(&number), Vec::<&str>::new());
}

#[test]
fn an_amendment_changes_the_amended_plan_s_indicators_and_reports() {
    let head = "import \"national.plan\" as national\namendment \"2/QĐ\" { amends national }\n";
    let change = complete_in(head, &format!("{head}change ‸"), Lang::En).1;
    assert_eq!(
        labels(&change),
        ["national.1", "national.2a", "national.2b", "report"]
    );
    let report = complete_in(head, &format!("{head}change report ‸"), Lang::En).1;
    assert_eq!(labels(&report), ["national.nam"]);
    let transfer = complete_in(
        head,
        &format!("{head}transfer national.thu_tuong to ‸"),
        Lang::En,
    )
    .1;
    assert_offers(&transfer, &["national.bo_yte"]);
    let amending = "import \"national.plan\" as national\namendment \"2\" { amends ‸ }";
    let amends = complete_in(&amending.replace(MARK, ""), amending, Lang::En).1;
    assert_eq!(labels(&amends), ["national"]);
    assert_eq!(amends[0].kind, CompletionKind::Import);
}

// ---------------------------------------------------------------- over whole files

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

/// The bundled plans and the file that writes every keyword, each with its analysis.
fn corpus() -> Vec<(String, String, Analysis)> {
    let disk = |path: &str| {
        let text = read(path);
        let source = Source::new(
            format!("{}/{path}", env!("CARGO_MANIFEST_DIR")),
            text.as_str(),
        );
        (path.to_string(), text, Analysis::new(source, Rc::new(Disk)))
    };
    let every = read("tests/fixtures/ide/every-keyword.plan");
    let mut out = vec![
        disk("plans/son-la-children-2021-2030.plan"),
        disk("plans/bac-ninh-digital-economy-2026-2030.plan"),
        disk("plans/dong-nai-drugs-2025.plan"),
        disk("plans/amendments/son-la-2025-child-affairs-transfer.plan"),
    ];
    out.push((
        "every-keyword".to_string(),
        every.clone(),
        analysis("every.plan", &every),
    ));
    out
}

/// At the start of each word written in the corpus that is a keyword, or a name written
/// after a keyword that takes one, completion offers that word. Each (word, keyword before,
/// item) is tried once per file, which keeps the test quick.
#[test]
fn completion_at_the_start_of_each_word_of_the_bundled_plans_offers_that_word() {
    let mut seen_keywords = BTreeSet::new();
    for (path, text, analysis) in corpus() {
        assert!(!analysis.syntax.has_syntax_errors, "{path} parses");
        let scan = crate::ide::scan::scan(&text);
        let mut tried = BTreeSet::new();
        for (i, t) in scan.tokens.iter().enumerate() {
            if t.kind != crate::ide::scan::Kind::Word {
                continue;
            }
            let word = scan.word(t);
            let previous = i.checked_sub(1).map(|p| scan.word(&scan.tokens[p]));
            let item = scan.item_start(i).map(|s| scan.word(&scan.tokens[s]));
            let is_keyword = scan.is_keyword(t);
            let names_follow = previous.is_some_and(|p| {
                matches!(
                    p,
                    "lead"
                        | "support"
                        | "issuer"
                        | "objective"
                        | "adopts"
                        | "adapts"
                        | "waive"
                        | "unit"
                        | "direction"
                        | "scope"
                        | "kind"
                        | "formula"
                        | "amends"
                        | "implements"
                        | "covers"
                        | "transfer"
                )
            });
            let declares = previous.is_some_and(|p| {
                scan.item_start(i) == Some(i - 1) && !matches!(p, "waive" | "transfer")
            });
            if !(is_keyword || names_follow) || declares || word.starts_with('"') {
                continue;
            }
            if !tried.insert((word.to_string(), previous.map(str::to_string), item)) {
                continue;
            }
            let offered = completions(&text, t.span.start(), &analysis, Lang::En);
            let (line, column) = analysis.source().line_col(t.span.start());
            assert!(
                offered.iter().any(|c| c.label == word),
                "{path}:{line}:{column}: `{word}` not offered among {:?}",
                labels(&offered)
            );
            if is_keyword {
                seen_keywords.insert(word.to_string());
            }
        }
    }
    let every: BTreeSet<String> = KEYWORDS.iter().map(|k| k.word.to_string()).collect();
    let missing: Vec<&String> = every.difference(&seen_keywords).collect();
    assert!(
        missing.is_empty(),
        "keywords never written where completion was tried: {missing:?} (add them to tests/fixtures/ide/every-keyword.plan)"
    );
}

/// A field the resolver takes once is not offered again in a block that gives it; one it
/// takes more than once is: the repeatable fields of `keywords::REPEATABLE` are what the
/// resolver accepts twice, and every other field of each block is refused twice.
#[test]
fn the_fields_offered_again_are_those_the_resolver_takes_twice() {
    // One sample of each field, written twice in a block of its kind.
    let sample = |field: &str, rule: &str| -> &'static str {
        match field {
            "period" if rule != "plan_block" => "period year",
            "document" => "document \"1/KH\"",
            "issuer" => "issuer ubnd",
            "signed" => "signed 2021-01-01",
            "period" => "period 2021..2030",
            "area" => "area \"Tỉnh\"",
            "implements" => "implements \"23/QĐ-TTg\"",
            "basis" => "basis \"Luật\"",
            "source" => "source \"I\"",
            "note" => "note \"x\"",
            "horizon" => "horizon 2045",
            "objective" => "objective a",
            "unit" => "unit percent",
            "direction" => "direction increase",
            "baseline" => "baseline 2020 = 1",
            "target" => "target 2030 >= 1",
            "flow" => "flow",
            "scope" => "scope tinh",
            "lead" => "lead yte",
            "support" => "support gddt",
            "formula" => "formula births / deaths",
            "aggregate" => "aggregate sum",
            "total" => "total of 1",
            "adopts" => "adopts national.2a",
            "adapts" => "adapts national.2b because \"x\"",
            "part" => "part z \"Z\" { target 2030 >= 1 }",
            "from" => "from yte",
            "to" => "to ubnd",
            "due" => "due before 01/06",
            "year" => "year 2025",
            "at" => "at end",
            "every" => "every year",
            "covers" => "covers 1",
            "in" => "in p",
            "amends" => "amends national",
            "effective" => "effective 2025-03-01",
            other => panic!("no sample for `{other}`"),
        }
    };
    let blocks: &[(&str, &str)] = &[
        ("plan \"P\" {", "plan_block"),
        ("indicator 9 \"I\" {", "indicator_decl"),
        ("indicator 9 \"I\" { part z \"Z\" {", "part_decl"),
        ("report r \"R\" {", "report_decl"),
        ("review v \"V\" {", "review_decl"),
        ("project q \"Q\" {", "project_decl"),
        ("task t \"T\" {", "task_decl"),
        ("amendment \"A\" {", "amendment_block"),
    ];
    for (header, rule_name) in blocks {
        let fields = expect::expected_after(&format!("{header} "))
            .expect("a header parses")
            .into_iter()
            .flat_map(context::keywords_of)
            .collect::<Vec<_>>();
        let rule = *crate::syntax::grammar::Rule::all_rules()
            .iter()
            .find(|r| format!("{r:?}") == *rule_name)
            .expect("a rule");
        for field in fields {
            if field == "part" && *rule_name == "part_decl" {
                continue;
            }
            let closing = "}".repeat(header.matches('{').count());
            // `implements` takes a document once and an imported plan once.
            let second = match field {
                "implements" => "implements national",
                _ => sample(field, rule_name),
            };
            let block = format!(
                "{header}\n{}\n{second}\n{closing}\n",
                sample(field, rule_name)
            );
            // A plan header or an amendment replaces the local plan's header; the other
            // blocks are added to the local plan.
            let text = match *rule_name {
                "plan_block" | "amendment_block" => {
                    format!("{block}import \"national.plan\" as national\nagency ubnd \"U\"\n")
                }
                _ => format!("{LOCAL}{block}"),
            };
            let checked = analysis("local.plan", &text).checked;
            let twice = checked
                .diagnostics
                .iter()
                .any(|d| d.code().as_str() == "plan::duplicate_field");
            assert_eq!(
                twice,
                !keywords::repeatable(rule, field),
                "`{field}` twice in {rule_name}: {:?}",
                checked.diagnostics
            );
        }
    }
}

/// Completion answers at every offset of texts that stop anywhere: inside a text, a comment,
/// a block, a word of several bytes, after marks no rule reads.
#[test]
fn completion_answers_at_every_offset_of_broken_texts() {
    let texts = [
        "indicator 1 \"Tỷ lệ {\" {\n  unit ‰ of \"x\n  target 2025 ≥ 9,5 where k = \u{1} /* open",
        "agency a \"A\" short\nreport r \"R\" { period half-y } } } { lead ? because\n// é",
        "plan \"P\" { implements national. \n import \"n.plan\" as n\nwaive n. because \"\\\"\"",
        "\u{FEFF}  ,,, == {{ }} ?? \"\" // \n unit u \"U\" = 10 ty\n dimension d \"D\" { v \"V\" ",
    ];
    let names = analysis("local.plan", LOCAL);
    for text in texts {
        for offset in (0..=text.len()).filter(|o| text.is_char_boundary(*o)) {
            for c in completions(text, offset, &names, Lang::Vi) {
                assert!(
                    c.replace.end() == offset && c.replace.start() <= offset,
                    "{text:?} at {offset}"
                );
            }
        }
    }
}
