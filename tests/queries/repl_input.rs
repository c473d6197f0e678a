//! What the REPL and `plan query` read, through the real binary: a line that is not UTF-8 is
//! reported and skipped (the session goes on), input that ends inside a query is reported, a
//! query pasted over 20,000 lines is read in time proportional to it, and a history file that
//! saving would destroy (the plan, a data file, anything that is not a history) is refused; a
//! bad line in the history is reported and the rest of the history kept.

use crate::common;

use common::Run;
use std::path::Path;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";

fn plan(args: &[&str], input: &[u8]) -> Run {
    common::run_with_input(env!("CARGO_MANIFEST_DIR"), args, input)
}

/// `plan repl PLAN` with `history` as its history file.
fn repl_with(history: &Path, input: &[u8]) -> Run {
    let history = history.to_str().expect("a UTF-8 path");
    plan(&["repl", PLAN, "--history-file", history], input)
}

/// `plan repl PLAN` with a fresh history file.
fn repl(input: &[u8]) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    repl_with(&dir.path().join("history"), input)
}

/// The answer of `-e QUERY` alone, to compare with.
fn answer(query: &str) -> String {
    let run = plan(&["query", PLAN, "-e", query], b"");
    assert_eq!(run.code, Some(0), "{run:?}");
    run.stdout
}

const WITH_A_BAD_LINE: &[u8] = b"show 3\nshow \xc3\xa9\xff3\nshow 4\n";

#[test]
fn a_line_that_is_not_text_is_reported_and_the_next_lines_still_run() {
    let expected = answer("show 3") + &answer("show 4");
    let bad = "error: standard input: line 2 is not UTF-8 text (byte 0xFF at column 7); it is skipped (save the input as UTF-8)";

    let run = plan(&["query", PLAN], WITH_A_BAD_LINE);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(run.stdout, expected);
    assert_eq!(run.stderr.trim_end(), bad, "{run:?}");

    let run = repl(WITH_A_BAD_LINE);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.ends_with(&expected), "{run:?}");
    assert!(run.stderr.contains(bad), "{run:?}");
}

#[test]
fn input_that_ends_inside_a_query_is_reported() {
    let run = repl(b"show 3\nindicators where \"tre em");
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.ends_with(&answer("show 3")), "{run:?}");
    assert!(run.stderr.contains("query::incomplete"), "{run:?}");
    assert!(run.stderr.contains("this text is never closed"), "{run:?}");

    let run = repl(b"indicators where lead = yte and\n");
    run.assert_exit_says(1, "the query stops here");

    // A session that ends cleanly exits 0, whatever its answers were.
    let run = repl(b"indicatrs\nshow 3\n");
    assert_eq!(run.code, Some(0), "{run:?}");
}

/// Each line was a parse of all the lines before it: 20,000 lines took 90 s in a release
/// build (minutes in a debug one). Both kinds of continuation: inside a parenthesis, and
/// after a trailing `or`.
#[test]
fn a_query_pasted_over_20000_lines_is_read_and_run_once() {
    let lines = "lead = yte or\n".repeat(20_000);
    for (open, close) in [("(", ")"), ("", "")] {
        let input = format!("indicators where {open}\n{lines}lead = yte{close}\n");
        let run = repl(input.as_bytes());
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert!(
            run.stdout.ends_with(&answer("indicators where lead = yte")),
            "{}",
            run.stdout
        );
        assert!(run.stderr.is_empty(), "{}", run.stderr);
    }
}

#[test]
fn a_history_file_that_saving_would_destroy_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("plan.plan");
    std::fs::copy(PLAN, &copy).expect("copy the plan");
    let before = std::fs::read(&copy).expect("read");
    let copy = copy.to_str().expect("UTF-8 path");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes\n").expect("write");
    let notes = notes.to_str().expect("UTF-8 path");
    let cases: [(&[&str], &str); 4] = [
        (
            &["repl", copy, "--history-file", copy],
            "is the plan this session reads",
        ),
        (
            &["repl", PLAN, "--history-file", &format!("./{PLAN}")],
            "is the plan this session reads",
        ),
        (
            &["repl", PLAN, SAMPLE, "--history-file", SAMPLE],
            "is a data file this session reads",
        ),
        (
            &["repl", PLAN, "--history-file", notes],
            "is not a history file (its first line is not `#V2`)",
        ),
    ];
    for (args, why) in cases {
        let run = plan(args, b"show 3\n");
        assert_eq!(run.code, Some(2), "{args:?}: {run:?}");
        assert!(run.stderr.contains(why), "{args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {run:?}");
    }
    assert_eq!(
        std::fs::read(copy).expect("read"),
        before,
        "the plan is intact"
    );
    assert_eq!(std::fs::read_to_string(notes).expect("read"), "my notes\n");
}

#[test]
fn a_bad_line_in_the_history_is_reported_and_the_rest_kept() {
    let (_dir, history) = common::folder_with(
        "history",
        b"#V2\nindicators\nshow \xff3\ncount indicators by status\n",
    );
    let run = repl_with(&history, b"show 3\n");
    run.assert_exit_says(
        0,
        "line 3 is not UTF-8 text (byte 0xFF at column 6); that entry is left out",
    );
    let saved = std::fs::read_to_string(&history).expect("the history is text again");
    assert_eq!(
        saved, "#V2\nindicators\ncount indicators by status\nshow 3\n",
        "the entries after the bad line are kept"
    );
}
