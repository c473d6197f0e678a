//! `plan eval` end to end, on the real binary: snapshots of every format on the bundled
//! (synthetic) Sơn La data, the documented JSON, and exit codes (0 even when off track,
//! 1 when data had errors unless `--keep-going`, 2 for usage and I/O errors).
//!
//! Every command runs from the crate root (so `plans/...` paths are the ones printed) with
//! `NO_COLOR=1` and `COLUMNS=100`, and a fixed `--as-of` so no output depends on the clock.

use crate::cli::TARGET_FIELDS;
use crate::common;

use serde_json::Value;
use std::path::Path;

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";
const SUBMISSIONS: &str = "plans/data/son-la-submissions.csv";
const AS_OF: &str = "2025-06-30";

use common::Run;

fn plan(args: &[&str]) -> Run {
    common::run_in(env!("CARGO_MANIFEST_DIR"), args)
}

/// `plan eval` on the bundled data, with more arguments.
fn eval_sample(more: &[&str]) -> Run {
    let mut args = vec!["eval", SON_LA, SAMPLE, SUBMISSIONS, "--as-of", AS_OF];
    args.extend_from_slice(more);
    let run = plan(&args);
    assert_eq!(run.code, Some(0), "{run:?}");
    run
}

/// The same evaluation made through the library.
fn library_evaluation() -> planlang::eval::Evaluation {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let checked = planlang::load_path(root.join(SON_LA)).expect("read plan");
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let mut data = planlang::data::DataSet::default();
    for file in [SAMPLE, SUBMISSIONS] {
        data.load_path(
            &checked.model,
            &root.join(file),
            planlang::data::LoadOptions::default(),
        );
    }
    planlang::eval::evaluate(
        &checked.model,
        &data,
        planlang::date::Date::parse(AS_OF).unwrap(),
    )
    .expect("evaluate")
}

// ---------------------------------------------------------------- snapshots

#[test]
fn table() {
    let run = eval_sample(&[]);
    assert!(run.stderr.is_empty(), "{run:?}");
    insta::assert_snapshot!("table", run.stdout);
}

#[test]
fn table_is_the_default_format() {
    assert_eq!(
        eval_sample(&[]).stdout,
        eval_sample(&["--format", "table"]).stdout
    );
}

/// One test for each snapshot of `plan eval` on the bundled data with these arguments.
macro_rules! eval_snapshots {
    ($($test:ident: $snapshot:literal, [$($arg:literal),*];)*) => {
        $(
            #[test]
            fn $test() {
                let run = eval_sample(&[$($arg),*]);
                insta::assert_snapshot!($snapshot, run.stdout);
            }
        )*
    };
}

eval_snapshots! {
    table_by_objective: "table_by_objective", ["--by", "objective"];
    table_by_owner: "table_by_owner", ["--by", "owner"];
    json: "json", ["--format", "json"];
    csv: "csv", ["--format", "csv"];
    markdown: "md", ["--format", "md"];
    markdown_by_objective: "md_by_objective", ["--format", "md", "--by", "objective"];
    markdown_by_owner: "md_by_owner", ["--format", "md", "--by", "owner"];
    table_for_a_district: "table_moc_chau", ["--area", "moc_chau"];
}

// ---------------------------------------------------------------- the documented JSON

#[test]
fn json_has_the_documented_fields() {
    let run = eval_sample(&["--format", "json"]);
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    assert_eq!(v["as_of"], AS_OF);
    assert_eq!(v["area"], "son_la");

    let data = &v["data"];
    let (read, accepted, rejected) = (
        data["rows_read"].as_u64().unwrap(),
        data["accepted"].as_u64().unwrap(),
        data["rejected"].as_u64().unwrap(),
    );
    assert_eq!(read, accepted + rejected);
    assert!(read > 0);
    assert_eq!(data["errors"], Value::Array(vec![]));
    assert!(data["revisions"].is_array());

    let results = v["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let statuses = [
        "achieved",
        "missed",
        "on_track",
        "needs_acceleration",
        "limited_progress",
        "regressing",
        "insufficient_data",
        "not_yet_due",
    ];
    for r in results {
        // The measure and whose it is, the columns of a target's result, and what explains it.
        let keys = ["indicator", "objective", "lead", "area"]
            .into_iter()
            .chain(planlang::query::schema::TARGET_RESULT_COLUMNS)
            .chain(["note", "from_areas"]);
        for key in keys {
            assert!(r.get(key).is_some(), "no `{key}` in {r}");
        }
        assert!(r["indicator"].is_string(), "{r}");
        assert_eq!(r["area"], "son_la");
        assert!(statuses.contains(&r["status"].as_str().unwrap()), "{r}");
        for key in TARGET_FIELDS {
            assert!(r["target"].get(key).is_some(), "no target `{key}` in {r}");
        }
        for key in ["baseline", "latest"] {
            let p = &r[key];
            assert!(
                p.is_null() || (p["period"].is_string() && p["value"].is_number()),
                "{r}"
            );
        }
        for key in ["expected", "projected", "ratio"] {
            assert!(r[key].is_null() || r[key].is_number(), "{r}");
        }
    }
    // Indicator 3 is aggregated from the twelve district-level units.
    let third = results
        .iter()
        .find(|r| r["indicator"] == "3")
        .expect("indicator 3");
    assert_eq!(third["from_areas"]["of"], 12);

    let reporting = v["reporting"].as_array().unwrap();
    assert!(!reporting.is_empty());
    for r in reporting {
        // The JSON has a key for every column of the reporting table and the `reports` query.
        for key in planlang::query::schema::REPORTING_COLUMNS {
            assert!(r.get(key).is_some(), "no `{key}` in {r}");
        }
        let status = r["status"].as_str().unwrap();
        assert!(["on_time", "late", "missing"].contains(&status), "{r}");
        let days = r["days_late"].as_i64().unwrap();
        assert_eq!(status == "late", days > 0, "{r}");
        assert_eq!(status == "missing", r["received"].is_null(), "{r}");
        assert!(r["due"].as_str().unwrap().len() == 10, "{r}");
    }
}

#[test]
fn json_agrees_with_the_library() {
    let run = eval_sample(&["--format", "json"]);
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let e = library_evaluation();
    assert_eq!(v["data"]["rows_read"], e.data.rows_read);
    assert_eq!(v["data"]["accepted"], e.data.accepted);
    assert_eq!(v["data"]["rejected"], e.data.rejected);
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), e.results.len());
    for (json, lib) in results.iter().zip(&e.results) {
        assert_eq!(json["indicator"], lib.indicator.as_str());
        assert_eq!(json["status"], lib.status.as_str());
    }
    assert_eq!(v["reporting"].as_array().unwrap().len(), e.reporting.len());
}

#[test]
fn formats_other_than_table_summarise_on_stderr() {
    let e = library_evaluation();
    let data_line = format!(
        "data: {} rows read = {} accepted + {} rejected",
        e.data.rows_read, e.data.accepted, e.data.rejected
    );
    for format in ["json", "csv", "md"] {
        let run = eval_sample(&["--format", format]);
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{run:?}");
        assert_eq!(lines[0], data_line);
        assert!(
            lines[1].starts_with(&format!("{} targets: ", e.results.len())),
            "{run:?}"
        );
    }
    // The table says it on stdout.
    assert!(eval_sample(&[]).stdout.contains(&data_line));
}

#[test]
fn csv_has_one_row_per_target() {
    let run = eval_sample(&["--format", "csv"]);
    let mut reader = ::csv::Reader::from_reader(run.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header[0], "indicator");
    assert!(header.contains(&"status".to_string()));
    let rows = reader.records().count();
    assert_eq!(rows, library_evaluation().results.len());
}

// ---------------------------------------------------------------- exit codes

/// A data file with one good row and one bad row.
fn bad_data() -> (tempfile::TempDir, String) {
    let (dir, path) = common::folder_with(
        "bad.csv",
        "indicator,area,period,value\n1,son_la,2024,60\n2,son_la,2024,abc\n",
    );
    let path = path.display().to_string();
    (dir, path)
}

#[test]
fn a_bad_row_exits_1_and_is_reported_on_stderr() {
    let (_dir, path) = bad_data();
    let run = plan(&["eval", SON_LA, &path, "--as-of", AS_OF]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{path}:3: error[data::bad_number]: value `abc` is not a number"),
            "error: the data had 1 problem; fix them, or pass --keep-going to accept the evaluation of the rows that were read".to_string(),
        ],
        "{run:?}"
    );
    // The evaluation of the rows that were read is still printed.
    assert!(
        run.stdout
            .contains("data: 2 rows read = 1 accepted + 1 rejected"),
        "{run:?}"
    );
}

#[test]
fn keep_going_accepts_the_rows_that_were_read() {
    let (_dir, path) = bad_data();
    let run = plan(&[
        "eval",
        SON_LA,
        &path,
        "--as-of",
        AS_OF,
        "--keep-going",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(
        run.stderr.lines().next()
            == Some(&format!(
                "{path}:3: error[data::bad_number]: value `abc` is not a number"
            )),
        "{run:?}"
    );
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    assert_eq!(v["data"]["rows_read"], 2);
    assert_eq!(v["data"]["accepted"], 1);
    assert_eq!(v["data"]["rejected"], 1);
    let errors = v["data"]["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], path.as_str());
    assert_eq!(errors[0]["line"], 3);
    assert_eq!(errors[0]["code"], "data::bad_number");
    assert_eq!(errors[0]["message"], "value `abc` is not a number");
}

#[test]
fn off_track_indicators_still_exit_0() {
    let run = eval_sample(&[]);
    assert!(run.stdout.contains(" regressing "), "{run:?}");
}

#[test]
fn a_bad_as_of_date_exits_2() {
    let run = plan(&["eval", SON_LA, SAMPLE, "--as-of", "2025-02-30"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr,
        "error: --as-of `2025-02-30` is not a date: February 2025 has 28 days, so day 30 does not exist; write it as YYYY-MM-DD or DD/MM/YYYY\n"
    );
    assert!(run.stdout.is_empty());
    let run = plan(&["eval", SON_LA, SAMPLE, "--as-of", "2025/06/30"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr,
        "error: --as-of `2025/06/30` is not a date: `2025/06/30` is not a date of the form DD/MM/YYYY; write it as YYYY-MM-DD or DD/MM/YYYY\n"
    );
}

#[test]
fn as_of_may_be_written_day_first() {
    let iso = plan(&["eval", SON_LA, SAMPLE, "--as-of", "2025-06-30"]);
    let day_first = plan(&["eval", SON_LA, SAMPLE, "--as-of", "30/6/2025"]);
    assert_eq!(day_first.code, Some(0), "{day_first:?}");
    assert_eq!(day_first.stdout, iso.stdout);
    assert!(iso.stdout.contains("2025-06-30"), "{}", iso.stdout);
}

/// `plan ARGS` exits 2 with nothing on stdout and exactly `stderr` on stderr.
fn assert_exits_2(args: &[&str], stderr: &str) {
    let run = plan(args);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(run.stderr, stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn an_unknown_area_exits_2_with_a_suggestion() {
    assert_exits_2(
        &[
            "eval", SON_LA, SAMPLE, "--as-of", AS_OF, "--area", "moc_chao",
        ],
        "error: unknown area `moc_chao`; did you mean `moc_chau`?\n",
    );
}

#[test]
fn a_missing_data_file_exits_2() {
    assert_exits_2(
        &["eval", SON_LA, "plans/data/nope.csv", "--as-of", AS_OF],
        "plans/data/nope.csv: error[data::unreadable]: cannot read the file: no such file\nerror: `plans/data/nope.csv` cannot be used (see above); fix it, then run the command again\n",
    );
}

#[test]
fn an_unknown_format_exits_2() {
    let run = plan(&["eval", SON_LA, SAMPLE, "--as-of", AS_OF, "--format", "xml"]);
    run.assert_exit_says(2, "invalid value 'xml'");
}

/// `plan eval p.plan d.csv ARGS...` in a fresh folder holding `plan` as p.plan and `data`
/// as d.csv.
fn eval_in_folder(plan: &str, data: &str, args: &[&str]) -> common::Run {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("p.plan"), plan).expect("write the plan");
    std::fs::write(dir.path().join("d.csv"), data).expect("write the data");
    let mut all = vec!["eval", "p.plan", "d.csv"];
    all.extend_from_slice(args);
    common::run_in(dir.path(), &all)
}

/// `eval --format csv` neutralises text cells a spreadsheet would run as a formula (the `=`
/// of an exact target among them), and keeps negative numbers as numbers.
#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let run = eval_in_folder(
        "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd \"UBND\"
area tinh \"Tỉnh\" kind province
objective a \"A\" source \"I\"
indicator 1 \"Tăng trưởng\" {
    objective a unit points direction increase target 2025 = 2 to 3 lead ubnd source \"I\"
}
unit points \"điểm\" range ..
",
        "indicator,area,period,value\n1,tinh,2022,-1.5\n1,tinh,2023,-0.5\n",
        &["--as-of", "2024-01-31", "--format", "csv"],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let row = run.stdout.lines().nth(1).expect("a row");
    assert!(
        row.starts_with("1,a,ubnd,tinh,level,2025,,2025,false,'=,2,3,,false,"),
        "{row}"
    );
    assert!(row.contains(",2022,-1.5,2023,-0.5,"), "{row}");
}

/// The finance plan's complaint: budget revenue reported year-to-date ("lũy kế") after Q2,
/// half of the annual estimate as planned, was `regressing` with a ratio of −47. As a
/// `flow cumulative` it is on track (500 of 1000 due by June: ratio 1), projected 1000; a
/// 2028 target met by 2026's total is not achieved early; the markdown says what `*` means.
#[test]
fn a_flow_reported_year_to_date_is_judged_against_the_share_due() {
    const PLAN: &str = "plan \"Kế hoạch tài chính - ngân sách\" { document \"1/KH\" issuer ubnd signed 2025-08-01 period 2026..2028 }
agency ubnd \"UBND\"
area tinh \"Tỉnh\" kind province
objective a \"Thu ngân sách\" source \"I\"
indicator 1 \"Thu ngân sách nhà nước trên địa bàn\" {
    objective a unit count direction increase flow cumulative lead ubnd source \"I.1\"
    target 2026 >= 1000
    target 2028 >= 1200 strive
}
";
    const DATA: &str =
        "indicator,area,period,value\n1,tinh,2025-Q4,380\n1,tinh,2026-Q1,240\n1,tinh,2026-Q2,500\n";
    let run = eval_in_folder(PLAN, DATA, &["--as-of", "2026-07-15", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let first = &json["results"][0];
    assert_eq!(first["status"], "on_track", "{first}");
    assert_eq!(first["method"], "pro_rata", "{first}");
    assert_eq!(first["expected"], 500.0, "{first}");
    assert_eq!(first["projected"], 1000.0, "{first}");
    assert_eq!(first["ratio"], 1.0, "{first}");
    // 2028's target, two years ahead: 2025's total (380, its December year-to-date) is the
    // only complete year, no trend yet.
    let later = &json["results"][1];
    assert_eq!(later["status"], "insufficient_data", "{later}");
    assert_eq!(later["latest"]["value"], 380.0, "{later}");
    let md = eval_in_folder(PLAN, DATA, &["--as-of", "2026-07-15", "--format", "md"]);
    assert!(
        md.stdout
            .contains("\\* phấn đấu (strive): an aspirational target"),
        "{}",
        md.stdout
    );
}

/// Money in scaled units: an indicator in `ty_dong` (10⁹ đồng) given in `triệu đồng` (10⁶)
/// by one agency and in `tỷ đồng` by another: 1500 triệu đồng is 1.5 tỷ đồng; a row in a
/// unit that is no multiple of the same one is refused, naming the indicator's unit.
#[test]
fn values_in_a_multiple_of_the_indicator_s_unit_are_converted_to_it() {
    let run = eval_in_folder(
        "plan \"Kế hoạch\" { document \"1/KH\" issuer ubnd signed 2025-08-01 period 2026..2028 }
agency ubnd \"UBND\"
area tinh \"Tỉnh\" kind province
objective a \"Thu\" source \"I\"
unit dong \"đồng\" range 0..
unit trieu_dong \"triệu đồng\" = 1000000 dong
unit ty_dong \"tỷ đồng\" = 1000 trieu_dong
indicator 1 \"Thu ngân sách\" {
    objective a unit ty_dong direction increase lead ubnd source \"I.1\"
    target 2027 >= 3
}
",
        "indicator,area,period,value,unit\n1,tinh,2025,1500,triệu đồng\n1,tinh,2026,2,ty_dong\n1,tinh,2026-Q1,40,%\n",
        &["--as-of", "2027-02-01", "--format", "json", "--keep-going"],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let result = &json["results"][0];
    assert_eq!(result["baseline"]["value"], 1.5, "{result}");
    assert_eq!(result["latest"]["value"], 2.0, "{result}");
    assert_eq!(json["data"]["rejected"], 1, "{json}");
    let error = &json["data"]["errors"][0];
    assert_eq!(error["code"], "data::wrong_unit", "{error}");
    assert_eq!(error["line"], 4, "{error}");
}

// ---------------------------------------------------------------- tasks

const DONG_NAI: &str = "plans/dong-nai-drugs-2025.plan";
const TASKS_DONE: &str = "plans/data/dong-nai-tasks-done.csv";

/// `plan eval` on the Đồng Nai plan and its example of tasks done, as of 15 December 2025.
fn eval_tasks(more: &[&str]) -> Run {
    let mut args = vec!["eval", DONG_NAI, TASKS_DONE, "--as-of", "2025-12-15"];
    args.extend_from_slice(more);
    let run = plan(&args);
    assert_eq!(run.code, Some(0), "{run:?}");
    run
}

#[test]
fn tasks_owed_in_every_format() {
    // IV.1's plan is due in November 2025 from 15 agencies; the example says four did it
    // (noivu on 5 December, late), and vhttdl finished Tiểu dự án 1 on 27 November.
    let table = eval_tasks(&[]).stdout;
    assert!(
        table
            .contains("tasks: 5 of 16 owed done (31.2%): 4 done, 1 late, 11 overdue; 0 upcoming\n"),
        "{table}"
    );
    assert!(
        table.contains("  Sở VH-TT&DL                       1/2 (50.0%)\n"),
        "{table}"
    );
    assert!(
        table.contains("  Sở Nội vụ: Xây dựng kế hoạch hoặc văn bản … 2025-11, due 2025-11-30, late by 5 days (done 2025-12-05)\n"),
        "{table}"
    );
    assert!(
        table
            .contains("  Sở Y tế: Xây dựng kế hoạch hoặc văn bản … 2025-11, due 2025-11-30, overdue by 15 days\n"),
        "{table}"
    );
    let md = eval_tasks(&["--format", "md"]).stdout;
    assert!(
        md.contains("## Tasks owed, by agency\n\n5 of 16 owed done (31.2%); 0 upcoming.\n"),
        "{md}"
    );
    let json: Value = serde_json::from_str(&eval_tasks(&["--format", "json"]).stdout).unwrap();
    let tasks = json["tasks"].as_array().expect("tasks");
    assert_eq!(tasks.len(), 16);
    let project = &tasks[0];
    assert_eq!(
        *project,
        serde_json::json!({
            "kind": "project", "id": "da7_tda1", "agency": "vhttdl", "period": "2025-11",
            "due": "2025-11-30", "done_on": "2025-11-27", "status": "done", "days_late": 0,
            "done_note": "Ví dụ: báo cáo kết quả Tiểu dự án 1"
        })
    );
    let yte = tasks
        .iter()
        .find(|t| t["agency"] == "yte")
        .expect("yte owes one");
    assert_eq!(yte["status"], "overdue");
    assert_eq!(yte["days_late"], 15);
    let csv = eval_tasks(&["--format", "csv", "--rows", "tasks"]).stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("kind,id,agency,period,due,done_on,status,days_late,done_note")
    );
    assert_eq!(
        lines.next(),
        Some("project,da7_tda1,vhttdl,2025-11,2025-11-30,2025-11-27,done,0,Ví dụ: báo cáo kết quả Tiểu dự án 1")
    );
    assert_eq!(csv.lines().count(), 17);
    let reporting = eval_tasks(&["--format", "csv", "--rows", "reporting"]).stdout;
    assert_eq!(
        reporting.lines().next(),
        Some("agency,report,period,due,received,status,days_late")
    );
    // 15 agencies owe the IV.1 report, and vhttdl the Tiểu dự án 1 one: none received.
    assert_eq!(reporting.lines().count(), 17);
    assert!(reporting.contains("\nyte,ke_hoach_trien_khai,2025-11,2025-11-30,,missing,0\n"));
}

#[test]
fn tasks_owed_in_the_workbook_with_dates_typed_as_dates() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kết quả.xlsx");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = common::run_in(
        dir.path(),
        &[
            "eval",
            root.join(DONG_NAI).to_str().unwrap(),
            root.join(TASKS_DONE).to_str().unwrap(),
            "--as-of",
            "2025-12-15",
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    let bytes = std::fs::read(&out).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(&bytes)).unwrap();
    let tasks = book.worksheet_range("Nhiệm vụ (tasks)").unwrap();
    assert_eq!(tasks.height(), 17);
    assert!(
        matches!(tasks.get((1, 4)), Some(Data::DateTime(_))),
        "{tasks:?}"
    );
    assert!(
        matches!(tasks.get((1, 5)), Some(Data::DateTime(_))),
        "{tasks:?}"
    );
    assert_eq!(tasks.get((1, 6)), Some(&Data::String("done".into())));
}
