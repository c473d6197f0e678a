//! `--amendment` on `plan show` and `plan eval`, and `plan history`, run as a user runs them.

use crate::common;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const TRANSFER: &str = "plans/amendments/son-la-2025-child-affairs-transfer.plan";
const TARGETS: &str = "plans/amendments/son-la-2026-example-targets.plan";

fn plan(args: &[&str]) -> (i32, String, String) {
    common::plan_in(".", args)
}

#[test]
fn show_as_amended_on_a_date() {
    let args = [
        "show",
        PLAN,
        "--amendment",
        TRANSFER,
        "--amendment",
        TARGETS,
    ];
    let (code, before, err) = plan(&[&args[..], &["--as-of", "2025-01-01"]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(!before.contains("amended by"));
    let (code, after, _) = plan(&[&args[..], &["--as-of", "2026-01-01"]].concat());
    assert_eq!(code, 0);
    let amended: Vec<&str> = after.lines().filter(|l| l.contains("amended by")).collect();
    assert_eq!(amended.len(), 2, "{after}");
    assert!(amended[0].contains("EXAMPLE-01") && amended[0].ends_with("effective 2025-03-01"));
    assert!(after.contains("target 2030 >= 75"));
    let (_, json, _) = plan(&[&args[..], &["--as-of", "2026-01-01", "--format", "json"]].concat());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["plan"]["amended_by"].as_array().unwrap().len(), 2);
    let first = &v["indicators"][0];
    assert_eq!(first["id"], "1");
    assert_eq!(first["lead"][0], "yte");
}

#[test]
fn history_in_text_and_json() {
    let (code, out, err) = plan(&[
        "history",
        "1",
        PLAN,
        "--amendment",
        TRANSFER,
        "--amendment",
        TARGETS,
    ]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
    let (code, out, _) = plan(&[
        "history",
        "1",
        PLAN,
        "--amendment",
        TARGETS,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[1]["from"], "2026-01-01");
    let (code, _, err) = plan(&["history", "1b", PLAN]);
    assert_eq!(code, 2);
    assert!(err.contains("has no indicator or part `1b`"), "{err}");
}

#[test]
fn eval_judges_each_milestone_against_the_target_then_in_force() {
    let data = "plans/data/son-la-sample.csv";
    let (code, out, err) = plan(&[
        "eval",
        PLAN,
        data,
        "--amendment",
        TARGETS,
        "--as-of",
        "2026-06-30",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let targets: Vec<(i64, f64)> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["indicator"] == "1")
        .map(|r| {
            let t = &r["target"];
            (t["year"].as_i64().unwrap(), t["value"].as_f64().unwrap())
        })
        .collect();
    // The plan says 65 for 2025 and 70 for 2030; the amendment, in force from 2026, says 75
    // for 2030: 2025 keeps its target, 2030 is judged against the raised one.
    assert_eq!(targets, [(2025, 65.0), (2030, 75.0)]);
}

#[test]
fn an_amendment_of_another_plan_or_with_conflicts_is_refused() {
    let (code, out, err) = plan(&[
        "show",
        "plans/national/children-2021-2030.plan",
        "--amendment",
        TRANSFER,
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("amends `son_la` (\"../son-la-children-2021-2030.plan\"), not `plans/national/children-2021-2030.plan`"), "{err}");
    // `plan show PLAN --amendment AMENDMENT MORE` exits `code` and says `says`.
    let refused = |amendment: &str, more: &[&str], code: i32, says: &str| {
        let args = [&["show", PLAN, "--amendment", amendment], more].concat();
        common::assert_refused(".", &args, code, says);
    };
    refused(PLAN, &[], 1, "is not an amendment");
    let conflict = "tests/cases/invalid/amendment_conflict.plan";
    refused(conflict, &[], 1, "plan::amendment_conflict");
    let bad_date = "--as-of `2026-13-01` is not a date";
    refused(TARGETS, &["--as-of", "2026-13-01"], 2, bad_date);
}
