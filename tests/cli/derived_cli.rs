//! Derived indicators on the real binary (docs/language.md, "Derived indicators"), on
//! `tests/fixtures/derived`: GRDP (1a) the total of its four sectors within 0.1 %, the share
//! of agriculture (2 = 1b / 1a × 100) and GRDP per head (4 = 1a / 3 × 1000, population 3
//! summed over districts in 2024). `grdp.csv` is saved as Excel's "CSV UTF-8" (a byte-order
//! mark, CR LF), `dan_so.csv` as Excel on a Vietnamese Windows (`;`, CR LF).
//!
//! The data, and the numbers worked out by hand:
//!
//! | year | 1a given | 1b    | 1c    | 1d    | 1e   | sum   | 3 (population)         |
//! |------|----------|-------|-------|-------|------|-------|------------------------|
//! | 2022 | 50000    | 13000 | 15000 | 18000 | 4000 | 50000 | 1250000                |
//! | 2023 | 53000    | 13500 | 16000 | 19000 | 4100 | 52600 | 1270000                |
//! | 2024 | —        | 14000 | 17000 | 20100 | 4300 | 55400 | 500000 + 790000 = 1290000 |
//!
//! 2023 breaks the identity: 53000 − 52600 = 400, 0.7605 % of 52600, more than 0.1 % of it
//! (52.6). 1a in 2024 is derived: 55400. 2: 13000 / 50000 × 100 = 26 (2022), 14000 / 55400
//! × 100 = 25.27 (2024). 4: 50000 / 1250000 × 1000 = 40 (2022), 55400 / 1290000 × 1000 =
//! 42.95 (2024).

use crate::common;
use serde_json::Value;

const PLAN: &str = "tests/fixtures/derived/grdp.plan";
const GRDP: &str = "tests/fixtures/derived/grdp.csv";
const DAN_SO: &str = "tests/fixtures/derived/dan_so.csv";
const AS_OF: &str = "2025-06-30";

/// The warning the 2023 figures get, in its one-line form.
const BROKEN: &str = "tests/fixtures/derived/grdp.csv:7: warning[data::identity_broken]: indicator 1a, area son_la, period 2023: the total 53000 (line 7 of tests/fixtures/derived/grdp.csv) is not the sum of its parts, 52600 = 1b 13500 (line 8 of tests/fixtures/derived/grdp.csv) + 1c 16000 (line 9 of tests/fixtures/derived/grdp.csv) + 1d 19000 (line 10 of tests/fixtures/derived/grdp.csv) + 1e 4100 (line 11 of tests/fixtures/derived/grdp.csv); they differ by 400, 0.7605 % of the sum, more than `within 0.1 percent` allows (52.6); correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)";

fn plan(args: &[&str]) -> common::Run {
    common::run_in(env!("CARGO_MANIFEST_DIR"), args)
}

/// `plan eval` on both files as of mid-2025, in `format`.
fn eval(format: &str) -> common::Run {
    let run = plan(&[
        "eval", PLAN, GRDP, DAN_SO, "--as-of", AS_OF, "--format", format,
    ]);
    // A warning is no failure: exit 0.
    assert_eq!(run.code, Some(0), "{run:?}");
    run
}

#[test]
fn the_plan_checks_clean() {
    let run = plan(&["check", PLAN]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("0 errors, 0 warnings"), "{run:?}");
}

#[test]
fn eval_warns_of_the_broken_identity_in_every_format_and_refuses_no_row() {
    for format in ["table", "json", "csv", "md"] {
        let run = eval(format);
        assert!(
            run.stderr.lines().any(|l| l == BROKEN),
            "{format}: {}",
            run.stderr
        );
        // 14 + 4 rows, none refused.
        let rows = "data: 18 rows read = 18 accepted + 0 rejected";
        assert!(
            run.stdout.contains(rows) || run.stderr.contains(rows),
            "{format}: {run:?}"
        );
    }
}

#[test]
fn eval_json_lists_the_warning_and_judges_derived_values() {
    let run = eval("json");
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let warnings = v["data"]["warnings"].as_array().expect("warnings");
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0]["code"], "data::identity_broken");
    assert_eq!(warnings[0]["file"], GRDP);
    assert_eq!(warnings[0]["line"], 7);
    assert_eq!(v["data"]["errors"].as_array().map(Vec::len), Some(0));
    let result = |id: &str| {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["indicator"] == id)
            .unwrap_or_else(|| panic!("no result for {id}"))
            .clone()
    };
    // 1a: latest is 2024's derived 55400; baseline 2022's 50000.
    let grdp = result("1a");
    assert_eq!(grdp["latest"]["period"], "2024");
    assert_eq!(grdp["latest"]["value"], 55400.0);
    assert_eq!(grdp["baseline"]["value"], 50000.0);
    // 2: 14000 / 55400 × 100 = 25.270758...
    let share = result("2");
    let latest = share["latest"]["value"].as_f64().unwrap();
    assert!((latest - 25.270_758_122_743_68).abs() < 1e-9, "{latest}");
    assert_eq!(share["baseline"]["value"], 26.0);
    // 4: 55400 / 1290000 × 1000 = 42.945736...
    let per_head = result("4");
    let latest = per_head["latest"]["value"].as_f64().unwrap();
    assert!((latest - 42.945_736_434_108_53).abs() < 1e-9, "{latest}");
    assert_eq!(per_head["baseline"]["value"], 40.0);
}

#[test]
fn the_table_shows_the_derived_values() {
    let run = eval("table");
    let row = |id: &str| {
        run.stdout
            .lines()
            // A target's row, not the line over them that names the indicator (`1a  GRDP · ...`).
            .find(|l| l.split_whitespace().next() == Some(id) && !l.contains(" · "))
            .unwrap_or_else(|| panic!("no row {id}: {}", run.stdout))
            .to_string()
    };
    assert!(row("1a").contains("2024: 55400"), "{}", row("1a"));
    assert!(row("2").contains("2024: 25.27"), "{}", row("2"));
    assert!(row("4").contains("2024: 42.95"), "{}", row("4"));
}

#[test]
fn show_writes_the_total_and_the_formulas() {
    let run = plan(&["show", PLAN]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(
        run.stdout
            .contains("total of 1b, 1c, 1d, 1e within 0.1 percent"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("formula 1b / 1a × 100"),
        "{}",
        run.stdout
    );
    let run = plan(&["show", PLAN, "--format", "json"]);
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let indicator = |id: &str| {
        v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        indicator("1a")["total"],
        serde_json::json!({ "of": ["1b", "1c", "1d", "1e"], "tolerance": { "amount": 0.1, "unit": "percent" } })
    );
    assert_eq!(indicator("1b")["total"], Value::Null);
    assert_eq!(
        indicator("4")["formula"],
        serde_json::json!({ "numerator": "1a", "denominator": "3", "factor": 1000.0 })
    );
}

#[test]
fn query_show_says_how_each_value_was_derived() {
    let run = plan(&[
        "query", PLAN, GRDP, DAN_SO, "--as-of", AS_OF, "-e", "show 1a", "-e", "show 4",
    ]);
    assert_eq!(run.code, Some(0), "{run:?}");
    for line in [
        "  total of    1b + 1c + 1d + 1e (within 0.1 percent)",
        "  data        2022: 50000, 2023: 53000, 2024: 55400 (area son_la)",
        "  derived     2024: 55400 = 1b 14000 + 1c 17000 + 1d 20100 + 1e 4300",
        "  formula     1a / 3 × 1000",
        "  derived     2022: 40 = 1a 50000 / 3 1250000 × 1000",
        "  derived     2024: 42.95 = 1a 55400 / 3 1290000 × 1000",
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "{line}\n{}",
            run.stdout
        );
    }
    // The JSON marks derived values only.
    let run = plan(&[
        "query", PLAN, GRDP, DAN_SO, "--as-of", AS_OF, "--format", "json", "-e", "show 1a",
    ]);
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let data = v["data"].as_array().expect("data");
    assert_eq!(data.len(), 3);
    assert!(data[0].get("derived").is_none() && data[1].get("derived").is_none());
    assert_eq!(data[2]["derived"]["how"], "total");
    let operands: Vec<(&str, f64)> = data[2]["derived"]["operands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap(), o["value"].as_f64().unwrap()))
        .collect();
    assert_eq!(
        operands,
        [
            ("1b", 14000.0),
            ("1c", 17000.0),
            ("1d", 20100.0),
            ("1e", 4300.0)
        ]
    );
    assert_eq!(
        v["total"]["of"],
        serde_json::json!(["1b", "1c", "1d", "1e"])
    );
}

#[test]
fn explain_says_which_values_were_derived_and_from_what() {
    let run = common::run_with_input(
        env!("CARGO_MANIFEST_DIR"),
        &["repl", PLAN, GRDP, DAN_SO, "--as-of", AS_OF],
        b":explain 2\n",
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    // 2022: 13000 / 50000 × 100 = 26; 2023: 13500 / 53000 (the total given) × 100 = 25.47;
    // 2024: 14000 / 55400 (derived) × 100 = 25.27.
    let step = "2. 2 is computed by its formula from other indicators; where the data give no value, it is derived: 2022: 26 = 1b 13000 / 1a 50000 × 100; 2023: 25.47 = 1b 13500 / 1a 53000 × 100; 2024: 25.27 = 1b 14000 / 1a 55400 × 100";
    assert!(
        run.stdout.lines().any(|l| l.trim() == step),
        "{}",
        run.stdout
    );
}
