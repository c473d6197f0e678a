//! The REPL's back end, driven without a terminal: every command, good and bad, reloading
//! files changed on disk, failed loads that keep the previous state, named queries, and
//! `:explain` agreeing with the evaluation.

use crate::common;
use common::repl::options;
use planlang::repl::{Reply, Session};
use std::path::{Path, PathBuf};

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";
const SUBMISSIONS: &str = "plans/data/son-la-submissions.csv";

/// A file of the repository (the tests of tasks use it too).
pub(crate) fn root(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// Copies the national program into `dir`, where a copy of the Sơn La plan imports it from.
fn with_national(dir: &Path) {
    std::fs::create_dir_all(dir.join("national")).expect("mkdir");
    std::fs::copy(
        root("plans/national/children-2021-2030.plan"),
        dir.join("national/children-2021-2030.plan"),
    )
    .expect("copy");
}

/// A session on the Sơn La plan and its sample data, as of 2025-06-30.
fn son_la() -> Session {
    let mut s = Session::new(options());
    let r = s.load_plan(&root(PLAN));
    assert!(!r.failed, "{r:?}");
    let r = s.add_data(&[root(SAMPLE), root(SUBMISSIONS)]);
    assert!(!r.failed, "{r:?}");
    s
}

/// `line` answers without failing.
pub(crate) fn ok(s: &mut Session, line: &str) -> Reply {
    let r = s.run_line(line);
    assert!(!r.failed, "{line}: {r:?}");
    r
}

/// `line` fails without ending the session; its error.
pub(crate) fn fails(s: &mut Session, line: &str) -> String {
    let r = s.run_line(line);
    assert!(r.failed, "{line} did not fail: {r:?}");
    assert!(!r.quit);
    r.err
}

/// `line` fails, and says exactly `err`.
fn assert_fails(s: &mut Session, line: &str, err: &str) {
    assert_eq!(fails(s, line), err);
}

#[test]
fn a_query_answers_and_a_bad_one_does_not_end_the_session() {
    let mut s = son_la();
    let r = ok(&mut s, "indicators where lead = tuphap columns id, status");
    assert_eq!(r.out, "id  status\n19  limited_progress\n(1 row)\n");
    assert_fails(
        &mut s,
        "indicators where owenr = yte",
        "query:1:18: error[query::unknown_field]: unknown field `owenr`; did you mean `owner`?\n",
    );
    assert_eq!(
        ok(&mut s, "count indicators where lead = tuphap by status").out,
        "status            count\nlimited_progress      1\n(1 row)\n"
    );
    assert_eq!(s.run_line("   ").out, "");
}

#[test]
fn run_names_the_source_of_errors() {
    let mut s = son_la();
    let r = s.run("indicators where x = 1", "stdin:4");
    assert!(
        r.err
            .starts_with("stdin:4:1:18: error[query::unknown_field]"),
        "{}",
        r.err
    );
}

#[test]
fn no_plan_loaded() {
    let mut s = Session::new(options());
    assert!(fails(&mut s, "indicators").contains("no plan is loaded; load one with `:load PLAN`"));
    assert!(fails(&mut s, ":data plans/data/son-la-sample.csv")
        .contains("load one first with `:load PLAN`"));
    assert!(fails(&mut s, ":explain 3").contains("no plan is loaded"));
    assert_eq!(ok(&mut s, ":queries").out, "nothing is loaded\n");
    assert!(fails(&mut s, ":reload").contains("nothing to reload"));
}

#[test]
fn load_and_data_commands() {
    let mut s = Session::new(options());
    let r = ok(&mut s, &format!(":load {}", root(PLAN).display()));
    assert!(
        r.err
            .contains("(29 indicators, 33 measures, 5 named queries, 21 warnings)"),
        "{}",
        r.err
    );
    let r = ok(
        &mut s,
        &format!(
            ":data {} {}",
            root(SAMPLE).display(),
            root(SUBMISSIONS).display()
        ),
    );
    assert!(
        r.err
            .contains(": 645 rows read = 645 accepted + 0 rejected\n"),
        "{}",
        r.err
    );
    let r = ok(&mut s, ":data");
    assert!(r.out.contains("plan: "), "{}", r.out);
    assert!(
        r.out.contains("as of 2025-06-30, output as table"),
        "{}",
        r.out
    );
    assert!(fails(&mut s, ":load").contains("`:load` needs a plan file"));
}

#[test]
fn a_file_that_fails_to_load_leaves_the_previous_state() {
    let mut s = son_la();
    let before = ok(&mut s, "count indicators by status").out;
    let err = fails(&mut s, ":load /nonexistent/x.plan");
    assert!(err.starts_with("error: cannot read `/nonexistent/x.plan`: no such file\nthe previous state stays loaded: "), "{err}");
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("broken.plan");
    std::fs::write(&broken, "plan \"x\" { period 2021..2030 }\nindicator 1 \"t\" { unit percent direction increase target 2025 >= 105 }\n").expect("write");
    let err = fails(&mut s, &format!(":load {}", broken.display()));
    assert!(err.contains("has 2 errors:"), "{err}");
    assert!(err.contains("error[plan::value_out_of_range]"), "{err}");
    assert!(err.contains("the previous state stays loaded"), "{err}");
    let bad_data = dir.path().join("bad.csv");
    std::fs::write(&bad_data, "nothing,useful\n1,2\n").expect("write");
    let err = fails(&mut s, &format!(":data {}", bad_data.display()));
    assert!(err.contains("cannot load"), "{err}");
    assert!(err.contains("the previous state stays loaded"), "{err}");
    assert_eq!(
        ok(&mut s, "count indicators by status").out,
        before,
        "nothing changed"
    );
    assert_eq!(s.data_paths().len(), 2);
}

#[test]
fn files_changed_on_disk_are_reloaded_before_a_query() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("son-la.plan");
    let text = std::fs::read_to_string(root(PLAN)).expect("plan");
    std::fs::write(&plan, &text).expect("write");
    with_national(dir.path());
    let data = dir.path().join("data.csv");
    std::fs::write(&data, "indicator,area,period,value\n19,son_la,2023,90\n").expect("write");
    let mut s = Session::new(options());
    ok(&mut s, &format!(":load {}", plan.display()));
    ok(&mut s, &format!(":data {}", data.display()));
    assert_eq!(
        ok(&mut s, "indicators where id = 19 columns id, latest").out,
        "id  latest\n19      90\n(1 row)\n"
    );
    // The data file grows: the next query sees the new row.
    std::fs::write(
        &data,
        "indicator,area,period,value\n19,son_la,2023,90\n19,son_la,2024,99\n",
    )
    .expect("write");
    let r = ok(&mut s, "indicators where id = 19 columns id, latest");
    assert_eq!(r.out, "id  latest\n19      99\n(1 row)\n");
    assert!(r.err.contains("note: data reloaded"), "{}", r.err);
    // The plan changes: indicator 19 gets a new title.
    std::fs::write(
        &plan,
        text.replace("được đăng ký khai sinh\"", "được đăng ký khai sinh (sửa)\""),
    )
    .expect("write");
    let r = ok(&mut s, "indicators where \"(sua)\" columns id");
    assert!(r.err.contains("changed on disk; reloaded"), "{}", r.err);
    assert_eq!(r.out, "id\n19\n(1 row)\n");
    // A broken save is reported once, and the last good plan stays.
    std::fs::write(
        &plan,
        text.replace("target 2025 >= 98.5", "target 2025 >= 198.5"),
    )
    .expect("write");
    let r = s.run_line("indicators where \"(sua)\" columns id");
    assert!(
        r.failed && r.err.contains("changed on disk but cannot be used"),
        "{r:?}"
    );
    assert_eq!(r.out, "id\n19\n(1 row)\n", "the previous plan answered");
    let r = ok(&mut s, "indicators where \"(sua)\" columns id");
    assert_eq!(r.err, "", "reported once");
    // :reload reads everything again.
    std::fs::write(&plan, &text).expect("write");
    let r = ok(&mut s, ":reload");
    assert!(r.err.contains("is read again; reloaded"), "{}", r.err);
    assert_eq!(
        ok(&mut s, "indicators where \"(sua)\"").out,
        "id  title  lead  milestone  status  latest\n(0 rows)\n"
    );
}

#[test]
fn as_of_changes_the_evaluation() {
    let mut s = son_la();
    assert_eq!(ok(&mut s, ":as-of").out, "as of 2025-06-30\n");
    let before = ok(&mut s, "missing reports").out;
    assert_eq!(ok(&mut s, ":as-of 2022-01-01").err, "as of 2022-01-01\n");
    let after = ok(&mut s, "missing reports").out;
    assert_ne!(before, after);
    assert_eq!(after.lines().last(), Some("(0 rows)"));
    assert_fails(
        &mut s,
        ":as-of 2025-02-30",
        "error: `2025-02-30` is not a date: February 2025 has 28 days, so day 30 does not exist; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. `:as-of 2025-06-30`\n",
    );
}

#[test]
fn format_switches_output() {
    let mut s = son_la();
    ok(&mut s, ":format json");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&mut s, "indicators where id = 19 columns id, status").out)
            .expect("json");
    assert_eq!(
        json,
        serde_json::json!([{ "id": "19", "status": "limited_progress" }])
    );
    ok(&mut s, ":format csv");
    assert_eq!(
        ok(&mut s, "indicators where id = 19 columns id, status").out,
        "id,status\n19,limited_progress\n"
    );
    assert_eq!(ok(&mut s, ":format").out, "format csv\n");
    assert_fails(
        &mut s,
        ":format jsno",
        "error: unknown format `jsno`; did you mean `json`?\n",
    );
    assert_fails(
        &mut s,
        ":format xml",
        "error: unknown format `xml`; write `:format table`, `:format json` or `:format csv`\n",
    );
}

#[test]
fn errors_lists_plan_data_and_named_query_problems() {
    let mut s = son_la();
    let out = ok(&mut s, ":errors").out;
    assert_eq!(
        out.lines().filter(|l| l.contains("warning[plan::")).count(),
        21,
        "{out}"
    );
    assert!(out.ends_with("plan: 0 errors, 21 warnings; data: 0 rejected of 645 read, 0 warnings; named queries: 0 with errors\n"), "{out}");
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("p.plan");
    with_national(dir.path());
    let text = std::fs::read_to_string(root(PLAN)).expect("plan");
    std::fs::write(
        &plan,
        format!("{text}\nquery broken \"indicators where owenr = yte\"\n"),
    )
    .expect("write");
    let data = dir.path().join("d.csv");
    std::fs::write(
        &data,
        "indicator,area,period,value\n19,son_la,2023,abc\n19,nowhere,2023,1\n",
    )
    .expect("write");
    // A broken named query is an error of the plan (`plan check` reads it): the plan is
    // not loaded, and the error says where the word at fault is written.
    let line = text.lines().count() + 2;
    let err = fails(&mut s, &format!(":load {}", plan.display()));
    assert!(
        err.contains(&format!(
            "p.plan:{line}:32: error[query::unknown_field]: unknown field `owenr`"
        )),
        "{err}"
    );
    let r = ok(&mut s, &format!(":data {}", data.display()));
    assert!(
        r.err.contains("647 rows read = 645 accepted + 2 rejected"),
        "{}",
        r.err
    );
    let out = ok(&mut s, ":errors").out;
    assert!(out.contains("d.csv:2: error[data::bad_number]"), "{out}");
    assert!(out.contains("d.csv:3: error[data::unknown_area]"), "{out}");
    assert!(out.ends_with("named queries: 0 with errors\n"), "{out}");
}

#[test]
fn named_queries_are_listed_and_run() {
    let mut s = son_la();
    let list = ok(&mut s, ":queries").out;
    assert_eq!(list.lines().count(), 5, "{list}");
    assert!(
        list.starts_with("off_track        indicators where status in (needs_acceleration"),
        "{list}"
    );
    let r = ok(&mut s, ":run status_by_owner");
    assert_eq!(r.out, ok(&mut s, "count indicators by status, owner").out);
    let r = ok(&mut s, ":run y_te");
    assert!(r.out.ends_with("(9 rows)\n"), "{}", r.out);
    assert_fails(
        &mut s,
        ":run off_trak",
        "error: the plan has no query named `off_trak`; did you mean `off_track`?\n",
    );
    assert_fails(
        &mut s,
        ":run",
        "error: `:run` needs the name of a query; `:queries` lists them\n",
    );
}

#[test]
fn duplicate_named_queries_are_a_plan_error() {
    let plan = planlang::load_str(
        "q.plan",
        "plan \"x\" { period 2021..2030 }\nquery a \"indicators\"\nquery a \"targets\"\n",
    );
    let codes: Vec<&str> = plan.diagnostics.iter().map(|d| d.code().as_str()).collect();
    assert!(codes.contains(&"plan::duplicate_id"), "{codes:?}");
    assert_eq!(plan.model.queries["a"].text, "indicators");
}

#[test]
fn explain_shows_the_steps_and_agrees_with_the_evaluation() {
    let mut s = son_la();
    let out = ok(&mut s, ":explain 3").out;
    insta::assert_snapshot!("explain_3", out);
    // Every growth ratio the evaluation reports appears, rounded alike, in the steps.
    let model = &s.plan().expect("plan").model;
    let data = {
        let mut d = planlang::data::DataSet::default();
        for f in [SAMPLE, SUBMISSIONS] {
            d.load_path(model, &root(f), Default::default());
        }
        d
    };
    let e = planlang::eval::evaluate(model, &data, options().as_of).expect("evaluation");
    let mut checked = 0;
    for r in e.results.iter().filter(|r| r.target.kind == "level") {
        let Some(ratio) = r.ratio else { continue };
        let text = ok(&mut s, &format!(":explain {}", r.indicator)).out;
        let shown = planlang::numbers::rounded(ratio);
        assert!(
            text.contains(&format!("= {shown}  (d = ")),
            "{}: R = {shown} not in\n{text}",
            r.indicator
        );
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    let maintain = ok(&mut s, ":explain 8").out;
    assert!(
        maintain.contains("the level >= 95 must hold every year from 2025 to 2030"),
        "{maintain}"
    );
    assert!(
        maintain.contains("2025 has not ended by 2025-06-30 -> not_yet_due"),
        "{maintain}"
    );
    let rate = ok(&mut s, ":explain 18").out;
    assert!(
        rate.contains("each yearly change from 2020 to 2030 must be <= -0.5 points a year"),
        "{rate}"
    );
    let composite = ok(&mut s, ":explain 16").out;
    assert!(
        composite.contains("16a  ") && composite.contains("16b  "),
        "{composite}"
    );
    assert_fails(
        &mut s,
        ":explain 99",
        "error: the plan has no indicator or part `99`; did you mean `9`?\n",
    );
    assert_fails(
        &mut s,
        ":explain",
        "error: `:explain` needs an indicator or part, e.g. `:explain 3`\n",
    );
    ok(&mut s, ":format json");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&mut s, ":explain 3").out).expect("json");
    assert_eq!(json[0]["status"], "needs_acceleration");
}

#[test]
fn help_and_its_examples_work_on_son_la() {
    let mut s = son_la();
    let overview = ok(&mut s, ":help").out;
    assert!(
        overview.contains("Topics: syntax, fields, commands, examples"),
        "{overview}"
    );
    for topic in ["syntax", "fields", "commands", "examples"] {
        assert!(!ok(&mut s, &format!(":help {topic}")).out.is_empty());
    }
    assert_fails(
        &mut s,
        ":help feilds",
        "error: no help on `feilds`; did you mean `fields`?\n",
    );
    for (query, _) in planlang::repl::help::EXAMPLES {
        let r = ok(&mut s, query);
        assert!(
            !r.out.contains("(0 rows)"),
            "{query} found nothing:\n{}",
            r.out
        );
    }
    // Every query a help text shows in its own lines runs too.
    let examples = ok(&mut s, ":help examples").out;
    for line in examples
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("      "))
    {
        ok(&mut s, line.trim());
    }
}

#[test]
fn unknown_commands_get_a_suggestion_and_quit_ends() {
    let mut s = son_la();
    assert_fails(
        &mut s,
        ":lod x",
        "error: unknown command `:lod`; did you mean `:load`?\n",
    );
    assert_fails(
        &mut s,
        ":zzz",
        "error: unknown command `:zzz`; `:help commands` lists them\n",
    );
    for quit in [":quit", ":q", ":exit"] {
        assert!(s.run_line(quit).quit, "{quit}");
    }
}

#[test]
fn multi_line_input_is_decided_by_the_parser() {
    let s = son_la();
    assert!(!s.is_complete("indicators where (lead = yte"));
    assert!(!s.is_complete("indicators where lead = yte and"));
    assert!(s.is_complete("indicators where (lead = yte\n or lead = gddt)"));
    assert!(s.is_complete(":load"));
    assert!(
        s.is_complete("indicators wher"),
        "an error, not a continuation"
    );
    let mut s = s;
    let r = ok(
        &mut s,
        "indicators where (lead = tuphap\n  or lead = vhttdl)\n  columns id",
    );
    assert_eq!(r.out, "id\n19\n26\n(2 rows)\n");
}

#[test]
fn completion_offers_commands_keywords_fields_and_ids() {
    use planlang::repl::complete::Completion;
    let s = son_la();
    let words = |line: &str| match s.complete(line, line.len()) {
        Completion::Words(_, w) => w,
        Completion::Path => vec!["<path>".to_string()],
    };
    assert_eq!(words(":he"), [":help"]);
    assert_eq!(words(":q"), [":queries", ":quit"]);
    assert_eq!(words(":load pl"), ["<path>"]);
    assert_eq!(words(":run off"), ["off_track"]);
    assert_eq!(words(":format j"), ["json"]);
    assert_eq!(words("ind"), ["indicators"]);
    assert_eq!(words("indicators where ow"), ["owner"]);
    assert_eq!(words("agencies where le"), ["leads"]);
    assert_eq!(words("indicators where lead = yt"), ["yte"]);
    assert_eq!(
        words("indicators where status = on_"),
        ["on_time", "on_track"]
    );
    assert_eq!(words("show 16"), ["16", "16a", "16b"]);
    assert!(words("indicators where objective = ").contains(&"d".to_string()));
    let Completion::Words(start, _) = s.complete("indicators where lea", 20) else {
        panic!("words")
    };
    assert_eq!(start, 17);
}

#[test]
fn a_plan_that_cannot_be_evaluated_still_answers_from_the_plan() {
    let (_dir, plan) = common::folder_with(
        "no-areas.plan",
        "plan \"x\" { document \"1\" issuer u signed 2021-01-01 period 2021..2030 }\nagency u \"Ủy ban\"\nobjective a \"A\" source \"1\"\nindicator 1 \"Tỷ lệ trẻ em\" { objective a unit percent direction increase target 2025 >= 90 lead u source \"1\" }\n",
    );
    let mut s = Session::new(options());
    ok(&mut s, &format!(":load {}", plan.display()));
    assert_eq!(
        ok(
            &mut s,
            "indicators where \"tre em\" columns id, lead, status"
        )
        .out,
        "id  lead  status\n1   u\n(1 row)\n"
    );
    let out = ok(&mut s, ":errors").out;
    assert!(
        out.contains("evaluation: the plan declares no areas; add `area ID \"Name\"` so data can name where they were measured; queries answer from the plan alone, without statuses"),
        "{out}"
    );
}

/// `:explain` counts the values a target is judged on: a split target's own disaggregation
/// (`where sex = female`), and says which method judged it: a forecast by its distance to
/// the band, a value below zero on a straight line. The numbers are worked in docs/data-and-evaluation.md.
#[test]
fn explain_follows_the_split_and_the_method_of_each_target() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("p.plan");
    std::fs::write(
        &plan,
        "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
         agency ubnd \"UBND\"\n\
         area tinh \"Tỉnh\"\n\
         dimension sex \"Giới tính\" { male \"Nam\" female \"Nữ\" }\n\
         indicator 1 \"Trẻ em\" { unit percent direction increase lead ubnd source \"I\"\n\
           target 2030 >= 90 where sex = female }\n\
         indicator 2 \"CPI\" { unit percent direction maintain lead ubnd source \"I\" target 2027 ~ 5.21 }\n\
         unit growth \"%\"\n\
         indicator 3 \"GRDP\" { unit growth direction increase lead ubnd source \"I\" target 2028 >= 7 }\n",
    )
    .expect("write plan");
    let data = dir.path().join("d.csv");
    std::fs::write(
        &data,
        "indicator,area,period,value,sex\n\
         1,tinh,2021,50,\n1,tinh,2023,60,\n1,tinh,2021,40,female\n1,tinh,2023,45,female\n\
         2,tinh,2025,3.2,\n2,tinh,2026,6.1,\n\
         3,tinh,2025,5,\n3,tinh,2026,-1.2,\n",
    )
    .expect("write data");
    let mut s = Session::new(options());
    assert!(!s.load_plan(&plan).failed);
    assert!(!s.add_data(&[data]).failed);
    ok(&mut s, ":as-of 2027-03-01");
    let split = ok(&mut s, ":explain 1").out;
    assert!(
        split.contains(
            "values counted where sex = female (periods ended by 2027-03-01): 2021: 40, 2023: 45"
        ),
        "{split}"
    );
    // `show` lists the values each split target is judged on under it.
    let shown = ok(&mut s, "show 1").out;
    assert!(
        shown.contains("data where sex = female: 2021: 40, 2023: 45"),
        "{shown}"
    );
    let cpi = ok(&mut s, ":explain 2").out;
    assert!(
        cpi.contains("the distance to 4.9495..5.4705 counts (method: distance)"),
        "{cpi}"
    );
    assert!(
        cpi.contains("R = 1 - distance / tolerance = 1 - 0.6295 / 0.2605 = -1.417 -> regressing"),
        "{cpi}"
    );
    assert!(cpi.contains("status: regressing"), "{cpi}");
    let grdp = ok(&mut s, ":explain 3").out;
    assert!(
        grdp.contains("actual change per year: (-1.2 - 5) / (2026 - 2025) = -6.2"),
        "{grdp}"
    );
    assert!(
        grdp.contains("required change per year: (7 - 5) / (2028 - 2025) = 0.6667"),
        "{grdp}"
    );
    assert!(grdp.contains("status: regressing"), "{grdp}");
}
