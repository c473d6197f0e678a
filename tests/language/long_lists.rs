//! Long lists inside one item: a hundred thousand `support` agencies on one indicator, a
//! hundred thousand split targets, areas nested a hundred thousand deep, a project handing a
//! hundred thousand supports to an indicator. Each used to be checked by comparing every
//! entry with every other (12.6 s for the supports, 49 s for the splits); the checks now look
//! entries up. These tests check what is reported on those inputs; the time is measured by
//! running `plan check` on them (see the commit that made them linear), not asserted here.

use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use std::fmt::Write;

const N: usize = 100_000;

const HEADER: &str =
    "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
                      agency ubnd \"UBND\"\n";

fn load(text: &str) -> Vec<String> {
    planlang::load_str("long.plan", text)
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect()
}

fn agencies(text: &mut String) {
    for i in 0..N {
        let _ = writeln!(text, "agency a{i} \"A{i}\"");
    }
}

#[test]
fn a_hundred_thousand_supports_with_one_repeated_and_the_lead_among_them() {
    let mut text = HEADER.to_string();
    agencies(&mut text);
    text.push_str("indicator 1 \"X\" { unit percent direction increase target 2025 >= 5 lead ubnd source \"I\"\n");
    for i in 0..N {
        let _ = writeln!(text, "  support a{i}");
    }
    text.push_str("  support a7\n  support ubnd\n}\n");
    // Two header lines, the agencies, the indicator's first line and its supports.
    let lines = 2 + N + 1 + N;
    assert_eq!(
        load(&text),
        [
            format!(
                "long.plan:{}:11: warning[plan::duplicate_owner]: `a7` is listed twice as support of indicator 1",
                lines + 1
            ),
            format!(
                "long.plan:{}:11: warning[plan::lead_and_support]: `ubnd` both leads and supports indicator 1",
                lines + 2
            ),
        ]
    );
}

#[test]
fn a_hundred_thousand_split_targets_with_one_value_missing_and_one_repeated() {
    let mut text = HEADER.to_string();
    text.push_str("dimension dim \"D\" {\n");
    for i in 0..N {
        let _ = writeln!(text, "  v{i} \"V{i}\"");
    }
    text.push_str(
        "}\nindicator 1 \"X\" { unit percent direction increase lead ubnd source \"I\"\n",
    );
    // Every value but the last, and the first one twice.
    for i in 0..N - 1 {
        let _ = writeln!(text, "  target 2025 >= 1 where dim = v{i}");
    }
    text.push_str("  target 2025 >= 1 where dim = v0\n}\n");
    // Two header lines, the dimension's N + 2 and the indicator's first: the first target
    // is the line after them, the repeated one N - 1 lines later.
    let first = 2 + (N + 2) + 1 + 1;
    assert_eq!(
        load(&text),
        [
            format!(
                "long.plan:{}:10: error[plan::milestone_repeated]: indicator 1 has two targets for 2025",
                first + N - 1
            ),
            format!(
                "long.plan:{first}:26: warning[plan::split_incomplete]: indicator 1 splits its 2025 target by `dim` but gives none for `v{}`",
                N - 1
            ),
        ]
    );
}

#[test]
fn areas_nested_a_hundred_thousand_deep_with_a_cycle_at_the_bottom() {
    let mut text = HEADER.to_string();
    text.push_str("indicator 1 \"X\" { unit percent direction increase target 2025 >= 5 lead ubnd source \"I\" }\n");
    // r0 in r1 in r2 ... in r{N-1}, and r{N-1} in r{N-3}: a cycle of the last three.
    for i in 0..N - 1 {
        let _ = writeln!(text, "area r{i} \"R\" in r{}", i + 1);
    }
    let _ = writeln!(text, "area r{} \"R\" in r{}", N - 1, N - 3);
    let (a, b, c) = (N - 3, N - 2, N - 1);
    assert_eq!(
        load(&text),
        [format!(
            "long.plan:{}:{}: error[plan::area_cycle]: areas contain each other: r{a} in r{b} in r{c} in r{a}",
            a + 4,
            format!("area r{a} \"R\" in ").len() + 1
        )]
    );
}

#[test]
fn a_project_hands_a_hundred_thousand_supports_to_an_indicator_once_each() {
    let mut text = HEADER.to_string();
    agencies(&mut text);
    text.push_str("indicator 1 \"X\" { unit percent direction increase target 2025 >= 5 lead ubnd support a0 source \"I\" }\n");
    text.push_str("project p \"P\" { covers 1\n");
    for i in 0..N {
        let _ = writeln!(text, "  support a{i}");
    }
    text.push_str("}\n");
    let checked = planlang::load_str("long.plan", &text);
    let all: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect();
    assert!(all.is_empty(), "{:?}", &all[..all.len().min(5)]);
    let support = &checked.model.measures["1"].support;
    assert_eq!(support.len(), N);
    assert!(support
        .iter()
        .enumerate()
        .all(|(i, o)| o.agency.name == format!("a{i}")));
}
