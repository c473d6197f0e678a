//! Limits instead of crashes, for the query language through the real binary: a query nested
//! too deep is refused (`query::too_deep`) wherever it comes from, and a chain of 100,000
//! terms runs rather than overflowing the stack.

use crate::common;

use common::Run;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
/// A plan whose named query nests one parenthesis too deep (a golden case of its own).
const DEEP_PLAN: &str = "tests/cases/invalid/query_too_deep.plan";

fn plan(args: &[&str], input: &str) -> Run {
    common::run_with_input(env!("CARGO_MANIFEST_DIR"), args, input.as_bytes())
}

/// `plan repl PLAN` with the input piped and the history kept in a fresh folder.
fn repl(plan_file: &str, input: &str) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let history = dir.path().join("history");
    let history = history.to_str().expect("a UTF-8 path");
    plan(&["repl", plan_file, "--history-file", history], input)
}

fn query(extra: &[&str], input: &str) -> Run {
    let mut args = vec!["query", PLAN, "--as-of", "2025-06-30"];
    args.extend_from_slice(extra);
    plan(&args, input)
}

/// A query nested `depth` parentheses deep, the kind that overflowed the stack at ~2,000.
fn nested(depth: usize) -> String {
    format!(
        "indicators where {}lead = yte{}",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

fn assert_no_crash(run: &Run) {
    assert!(
        !run.stderr.contains("overflow") && !run.stderr.contains("panicked"),
        "{run:?}"
    );
}

#[test]
fn a_query_nested_too_deep_is_refused_wherever_it_comes_from() {
    let deep = nested(7000);
    // -e: refused with the code, at the 65th parenthesis; exit 1 as for any failed query.
    let run = query(&["-e", &deep], "");
    assert_no_crash(&run);
    run.assert_exit_says(1, "query::too_deep");
    assert!(run.stderr.contains("[-e 1:1:82]"), "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");

    // Standard input: refused, and the next line is still answered.
    let run = query(&[], &format!("{deep}\nshow 3\n"));
    assert_no_crash(&run);
    run.assert_exit_says(1, "[line 1:1:82]");
    assert!(run.stdout.starts_with("3  Tỷ suất tử vong"), "{run:?}");

    // The REPL, piped: refused, and the session goes on.
    let run = repl(PLAN, &format!("{deep}\nshow 3\n"));
    assert_no_crash(&run);
    assert!(run.stderr.contains("query::too_deep"), "{run:?}");
    assert!(run.stdout.contains("3  Tỷ suất tử vong"), "{run:?}");

    // 64 levels are allowed.
    let run = query(
        &["-e", &nested(64), "-e", "indicators where lead = yte"],
        "",
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let (fits, flat) = run.stdout.split_at(run.stdout.len() / 2);
    assert_eq!(fits, flat, "nesting changes nothing: {run:?}");
}

#[test]
fn chains_of_100000_terms_run() {
    let terms = |join: &str| vec!["lead = yte"; 100_000].join(join);
    let input = format!(
        "indicators where {}\nindicators where {}\nindicators where {}lead = yte\n",
        terms(" and "),
        terms(" or "),
        "not ".repeat(99_999)
    );
    let run = query(&[], &input);
    assert_no_crash(&run);
    assert_eq!(run.code, Some(0), "{run:?}");
    let expected = query(
        &[
            "-e",
            "indicators where lead = yte",
            "-e",
            "indicators where lead = yte",
            "-e",
            "indicators where not lead = yte",
        ],
        "",
    );
    assert_eq!(expected.code, Some(0), "{expected:?}");
    assert_eq!(run.stdout, expected.stdout);
}

/// Each repetition of a list field multiplied the groups by its length, until memory ran out.
#[test]
fn a_count_by_a_repeated_field_is_refused_at_the_repetition() {
    let by = vec!["owner"; 40].join(", ");
    let run = query(&["-e", &format!("count indicators by {by}")], "");
    assert_no_crash(&run);
    run.assert_exit_says(1, "query::repeated_field");
    assert!(
        run.stderr.contains("`owner` is named twice after `by`"),
        "{run:?}"
    );
    // At the second `owner`: column 28.
    assert!(run.stderr.contains("[-e 1:1:28]"), "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
}

#[test]
fn a_named_query_nested_too_deep_fails_plan_check_at_its_place() {
    let run = plan(&["check", DEEP_PLAN, "--format", "short"], "");
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(
        run.stdout.contains(&format!(
            "{DEEP_PLAN}:24:117: error[query::too_deep]: the named query `deep` nests parentheses more than 64 deep"
        )),
        "{run:?}"
    );
    // The REPL does not load it (it has errors), so `:errors` and `:run` cannot reach it.
    let run = repl(DEEP_PLAN, ":errors\n:run deep\n");
    assert_no_crash(&run);
    assert!(run.stderr.contains("query::too_deep"), "{run:?}");
    assert!(run.stdout.contains("nothing is loaded"), "{run:?}");
}
