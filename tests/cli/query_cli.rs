//! `plan query` through the real binary: `-e`, queries piped on standard input (a scripted
//! session of good and bad inputs that ends normally), formats and exit codes.

use crate::common;

use common::Run;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";
const SUBMISSIONS: &str = "plans/data/son-la-submissions.csv";

fn plan(args: &[&str], stdin: &str) -> Run {
    common::run_with_input(env!("CARGO_MANIFEST_DIR"), args, stdin.as_bytes())
}

fn query(extra: &[&str], stdin: &str) -> Run {
    let mut args = vec!["query", PLAN, SAMPLE, SUBMISSIONS, "--as-of", "2025-06-30"];
    args.extend_from_slice(extra);
    plan(&args, stdin)
}

/// 24 inputs, good and bad, commands and queries, as a script would pipe them.
const SCRIPT: &str = r#"# A scripted session on the Sơn La plan (lines starting with # are skipped)
indicators where lead = tuphap columns id, title, status
indicators where owenr = yte
count indicators by status
indicatrs
show 19
targets due 2030 where objective = d columns id, target, status
:as-of 2024-12-31
late reports where agency = gddt
missing reports limit 2
:as-of 2025-13-01
:format csv
agencies where late > 1 columns id, late, missing
:format yaml
:run status_by_owner
:run nothing
:explain 19
:explain 199
indicators where (lead = yte
reports due 2025-01-01..2024-01-01

:format table
indicators where "tre em" and lead = gddt columns id, title
count reports due 2024 by status sort by count desc
:lod plans/x.plan
:quit
indicators
"#;

#[test]
fn a_scripted_session_of_good_and_bad_inputs_ends_normally() {
    let inputs = SCRIPT
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .count();
    assert!(inputs >= 20, "{inputs} inputs");
    let run = query(&[], SCRIPT);
    assert_eq!(run.code, Some(1), "some inputs fail: {}", run.stderr);
    insta::assert_snapshot!("script_stdout", run.stdout);
    insta::assert_snapshot!("script_stderr", run.stderr);
    // :quit ended the script: the last line never ran.
    assert!(!run.stdout.ends_with("(33 rows)\n"));
}

#[test]
fn execute_runs_each_query_in_order_and_exits_0() {
    let run = query(
        &[
            "-e",
            "indicators where id = 3 columns id, status",
            "-e",
            "count targets by kind",
        ],
        "",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "id  status\n3   needs_acceleration\n(1 row)\nkind      count\nlevel        57\nmaintain      4\nrate          1\n(3 rows)\n"
    );
    assert_eq!(run.stderr, "", "no banner, no prompt");
}

#[test]
fn a_failed_query_makes_exit_1_and_is_drawn_on_stderr() {
    let run = query(
        &[
            "-e",
            "indicators where lead = yet",
            "-e",
            "indicators where id = 3 columns id",
        ],
        "",
    );
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stdout, "id\n3\n(1 row)\n", "the next query still runs");
    insta::assert_snapshot!("execute_error", run.stderr);
}

#[test]
fn formats_json_and_csv() {
    let run = query(
        &[
            "--format",
            "json",
            "-e",
            "indicators where id in (16a, 16b) columns id, status",
        ],
        "",
    );
    assert_eq!(run.code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!([{ "id": "16a", "status": "achieved" }, { "id": "16b", "status": "on_track" }])
    );
    let run = query(
        &[
            "--format",
            "csv",
            "-e",
            "late reports columns agency, period, days_late sort by days_late desc limit 2",
        ],
        "",
    );
    assert_eq!(
        run.stdout,
        "agency,period,days_late\ntttt,2021-H1,24\nmttq,2025-H1,21\n"
    );
}

#[test]
fn plan_and_data_problems_stop_before_any_query() {
    let run = plan(&["query", "plans/none.plan", "-e", "indicators"], "");
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "error: cannot read `plans/none.plan`: no such file\nnothing is loaded\n"
    );
    // `plan query PLAN MORE -e indicators` exits 2, its stderr starting with `says`.
    let stops = |more: &[&str], says: &str| {
        let run = plan(
            &[&["query", PLAN], more, &["-e", "indicators"]].concat(),
            "",
        );
        assert_eq!(run.code, Some(2));
        assert!(run.stderr.starts_with(says), "{}", run.stderr);
    };
    stops(
        &["plans/data/none.csv"],
        "error: cannot load `plans/data/none.csv`: cannot read the file: no such file [data::unreadable]\n",
    );
    stops(
        &["--as-of", "2025-02-30"],
        "error: --as-of `2025-02-30` is not a date",
    );
    let (_dir, broken) = common::folder_with(
        "broken.plan",
        "plan \"x\" { period 2021..2030 }\nindicatr 1 \"t\" {}\n",
    );
    let run = plan(
        &["query", &broken.display().to_string(), "-e", "indicators"],
        "",
    );
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("error[plan::syntax]"), "{}", run.stderr);
}

#[test]
fn a_plan_without_data_answers_from_the_plan() {
    let run = plan(
        &[
            "query",
            PLAN,
            "--as-of",
            "2025-06-30",
            "-e",
            "indicators where lead = congan columns id, lead, status",
        ],
        "",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "id  lead            status\n14  ldtbxh, congan  insufficient_data\n(1 row)\n"
    );
}

/// A title that a spreadsheet would run as a formula comes out of `--format csv` as text
/// (OWASP's leading `'`); numbers, negative ones included, stay numbers.
#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let (_dir, file) = common::folder_with(
        "formula.plan",
        "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd \"=HYPERLINK(\\\"http://evil\\\",\\\"Sở Y tế\\\")\"
objective a \"@SUM(A1)\" source \"I\"
indicator 1 \"-2+3+cmd|' /C calc'!A0\" {
    objective a unit percent direction decrease target 2025 <= 5 lead ubnd source \"I\"
}
",
    );
    let run = plan(
        &[
            "query",
            &file.display().to_string(),
            "--format",
            "csv",
            "-e",
            "indicators columns id, title",
            "-e",
            "agencies columns id, name",
        ],
        "",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "id,title\n1,'-2+3+cmd|' /C calc'!A0\nid,name\nubnd,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Sở Y tế\"\")\"\n"
    );
}

/// The issue's question, asked of `plan repl` and `plan query` on the Đồng Nai plan with its
/// example of tasks done: which tasks of Sở Y tế are overdue?
#[test]
fn which_tasks_of_so_y_te_are_overdue_in_the_repl_and_query() {
    let args = [
        "plans/dong-nai-drugs-2025.plan",
        "plans/data/dong-nai-tasks-done.csv",
        "--as-of",
        "2025-12-15",
    ];
    let question = "overdue tasks where agency = \"Sở Y tế\"\n";
    let answer = "id                 title                                                         agency  period   due         done_on  status\nxay_dung_ke_hoach  Xây dựng kế hoạch hoặc văn bản triển khai thực hiện Kế hoạc…  yte     2025-11  2025-11-30           overdue\n(1 row)\n";
    let repl = plan(&[&["repl"][..], &args].concat(), question);
    assert_eq!(repl.code, Some(0), "{repl:?}");
    assert!(repl.stdout.ends_with(answer), "{repl:?}");
    let query = plan(
        &[&["query"][..], &args, &["-e", question.trim()]].concat(),
        "",
    );
    assert_eq!(query.code, Some(0), "{query:?}");
    assert_eq!(query.stdout, answer);
}
