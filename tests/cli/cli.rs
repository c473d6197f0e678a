//! End-to-end tests of the `plan` binary: exit codes, output formats, and the documented JSON.
//!
//! Every command runs from the crate root (so `plans/...` paths are the ones printed) with
//! `NO_COLOR=1` and `COLUMNS=100`. Expected counts come from the library, not from constants,
//! so the tests follow the Sơn La plan as it is edited.

use crate::common;
use planlang::i18n::Lang;

use planlang::Severity;
use serde_json::Value;
use std::path::{Path, PathBuf};

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";

/// A small plan with no problem at all.
const CLEAN: &str = r#"plan "Demo" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân" short "UBND"
objective a "Trẻ em khỏe mạnh" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng" {
    objective a  unit percent  direction increase
    target 2025 >= 95  target 2030 >= 98
    lead ubnd  source "II.1, Chỉ tiêu 1"
}
report r "Báo cáo năm" { period year due before 15/12 from ubnd to ubnd }
review k "Tổng kết" { year 2030 }
"#;

/// The fields of a target in the documented JSON, of `plan check` and of `plan eval`.
pub const TARGET_FIELDS: [&str; 8] = [
    "year",
    "until",
    "kind",
    "op",
    "value",
    "value_max",
    "strive",
    "where",
];

/// `CLEAN` with one error: 105 % is out of the range of `percent`.
fn with_error() -> String {
    CLEAN.replace(">= 98", ">= 105")
}

use common::Run;

impl Run {
    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    fn last_line(&self) -> &str {
        self.stdout.lines().last().unwrap_or("")
    }
}

fn plan(args: &[&str]) -> Run {
    common::run_in(env!("CARGO_MANIFEST_DIR"), args)
}

/// The Sơn La plan as the library reads it.
fn son_la() -> planlang::Checked {
    planlang::load_path(Path::new(env!("CARGO_MANIFEST_DIR")).join(SON_LA)).expect("read plan")
}

/// The file a diagnostic of [`son_la`] belongs to, as the binary (run from the crate root)
/// prints it: the Sơn La plan, or the national program it imports.
fn file_of(d: &planlang::Diagnostic) -> String {
    let name = d.file();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Path::new(name)
        .strip_prefix(root)
        .map_or_else(|_| name.to_string(), |p| p.display().to_string())
}

fn son_la_warnings() -> usize {
    let checked = son_la();
    assert_eq!(checked.tally().errors, 0, "{:#?}", checked.diagnostics);
    let n = checked.tally().warnings;
    assert!(
        n > 0,
        "the Sơn La plan is expected to record some inconsistencies"
    );
    n
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn son_la_summary(warnings: usize) -> String {
    format!(
        "{SON_LA}: 4 objectives, 29 indicators, 33 measures: 0 errors, {}",
        plural(warnings, "warning")
    )
}

/// A plan file in a fresh temporary directory (removed when dropped).
struct TempPlan {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl TempPlan {
    fn new(name: &str, text: impl AsRef<[u8]>) -> TempPlan {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write plan");
        TempPlan { _dir: dir, path }
    }

    /// The path as given on the command line, and as the binary prints it.
    fn arg(&self) -> &str {
        self.path.to_str().expect("UTF-8 temp path")
    }
}

/// The `total:` line of a run over several files. Counts of 1 may be written in the singular
/// or the plural: only the numbers are checked here.
fn is_total(line: &str, files: usize, errors: usize, warnings: usize) -> bool {
    let word = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    line == format!(
        "total: {} checked, {}, {}",
        word(files, "file", "files"),
        word(errors, "error", "errors"),
        word(warnings, "warning", "warnings")
    )
}

/// Whether `line` is `PATH:LINE:COL: (warning|error)[plan::CODE]: MESSAGE`.
fn is_short_diagnostic(line: &str, path: &str) -> bool {
    fn digits(s: &str) -> Option<&str> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (n > 0).then(|| &s[n..])
    }
    let parse = || -> Option<()> {
        let rest = line.strip_prefix(path)?.strip_prefix(':')?;
        let rest = digits(rest)?.strip_prefix(':')?;
        let rest = digits(rest)?.strip_prefix(": ")?;
        let rest = rest
            .strip_prefix("warning[")
            .or_else(|| rest.strip_prefix("error["))?;
        let rest = rest.strip_prefix("plan::")?;
        let n = rest
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || *b == b'_')
            .count();
        let message = rest[n..].strip_prefix("]: ")?;
        (n > 0 && !message.is_empty()).then_some(())
    };
    parse().is_some()
}

#[test]
fn the_helpers_are_strict() {
    // (line, files, errors, warnings): whether the line is that total.
    for (line, files, errors, warnings, is) in [
        ("total: 2 files checked, 1 error, 8 warnings", 2, 1, 8, true),
        ("total: 1 file checked, 0 errors, 1 warning", 1, 0, 1, true),
        (
            "total: 2 files checked, 1 errors, 8 warnings",
            2,
            1,
            8,
            false,
        ),
        (
            "total: 2 files checked, 1 error, 8 warnings",
            2,
            0,
            8,
            false,
        ),
        (
            "total: 2 files checked, 2 error, 8 warnings",
            2,
            2,
            8,
            false,
        ),
        (
            "total: 3 files checked, 1 error, 8 warnings",
            2,
            1,
            8,
            false,
        ),
    ] {
        assert_eq!(
            is_total(line, files, errors, warnings),
            is,
            "{line:?} as {files} files, {errors} errors, {warnings} warnings"
        );
    }
    // Whether the line is a short diagnostic of `a.plan`.
    for (line, is) in [
        ("a.plan:3:12: warning[plan::unused_agency]: x", true),
        ("a.plan:30:1: error[plan::syntax]: expected", true),
        ("a.plan:3:12: warning[plan::unused_agency]: ", false),
        ("a.plan:3: warning[plan::unused_agency]: x", false),
        ("a.plan:3:x: warning[plan::unused_agency]: x", false),
        ("a.plan:3:1: note[plan::unused_agency]: x", false),
        ("a.plan:3:1: error[unused_agency]: x", false),
        ("a.plan:3:1: error[plan::Unused]: x", false),
        ("b.plan:3:1: error[plan::syntax]: x", false),
    ] {
        assert_eq!(is_short_diagnostic(line, "a.plan"), is, "{line:?}");
    }
}

// ------------------------------------------------------------------ plan check

#[test]
fn check_son_la_passes_with_a_summary_last() {
    let warnings = son_la_warnings();
    let run = plan(&["check", SON_LA]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.last_line(), son_la_summary(warnings), "{run:?}");
    assert!(
        !run.stdout.contains("\x1b["),
        "ANSI escape despite NO_COLOR: {run:?}"
    );
    assert!(!run.stderr.contains("\x1b["), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    // Each warning is drawn with its code, its place and its message's first words.
    for d in &son_la().diagnostics {
        let (line, column) = d.line_col();
        assert!(
            run.stdout.contains(d.code().as_str()),
            "{} missing: {run:?}",
            d.code().as_str()
        );
        // The plan imports the national program: that file's own diagnostics are shown too,
        // under its name.
        let file = file_of(d);
        assert!(
            run.stdout.contains(&format!("{file}:{line}:{column}")),
            "place of {d:?} missing"
        );
        let start: String = d.message(Lang::En).chars().take(30).collect();
        assert!(run.stdout.contains(&start), "message of {d:?} missing");
    }
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let warnings = son_la_warnings();
    let run = plan(&["check", "--deny-warnings", SON_LA]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(run.last_line(), son_la_summary(warnings), "{run:?}");

    // A plan with no warning still passes with the flag.
    let file = TempPlan::new("clean.plan", CLEAN);
    let run = plan(&["check", "--deny-warnings", file.arg()]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(
        run.last_line(),
        format!(
            "{}: 1 objective, 1 indicator, 1 measure: 0 errors, 0 warnings",
            file.arg()
        )
    );
}

/// The Sơn La plan as the library reads it, its number of warnings, and `plan check` of it in
/// `format`, which passes.
fn check_son_la_in(format: &str) -> (planlang::Checked, usize, Run) {
    let warnings = son_la_warnings();
    let run = plan(&["check", "--format", format, SON_LA]);
    assert_eq!(run.code, Some(0), "{run:?}");
    (son_la(), warnings, run)
}

#[test]
fn short_format_gives_one_line_per_diagnostic_then_the_summary() {
    let (checked, warnings, run) = check_son_la_in("short");
    let lines = run.lines();
    let (summary, diagnostics) = lines.split_last().expect("some output");
    assert_eq!(*summary, son_la_summary(warnings));
    assert_eq!(diagnostics.len(), warnings, "{run:?}");
    for (line, d) in diagnostics.iter().zip(&checked.diagnostics) {
        // Diagnostics of the imported national program carry that file's name.
        let file = file_of(d);
        assert!(is_short_diagnostic(line, &file), "bad line {line:?}");
        let (l, c) = d.line_col();
        assert_eq!(
            *line,
            format!(
                "{file}:{l}:{c}: warning[{}]: {}",
                d.code().as_str(),
                d.message(Lang::En)
            )
        );
    }
}

#[test]
fn json_format_reports_counts_and_every_diagnostic() {
    let (checked, warnings, run) = check_son_la_in("json");
    let json: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let files = json["files"].as_array().expect("files array");
    assert_eq!(files.len(), 1);
    let file = &files[0];
    assert_eq!(file["file"], SON_LA);
    assert_eq!(file["objectives"], 4);
    assert_eq!(file["indicators"], 29);
    assert_eq!(file["measures"], 33);
    assert_eq!(file["errors"], 0);
    assert_eq!(file["warnings"], warnings);
    assert_eq!(json["errors"], 0);
    assert_eq!(json["warnings"], warnings);
    let diagnostics = file["diagnostics"].as_array().expect("diagnostics array");
    assert_eq!(diagnostics.len(), warnings);
    for (j, d) in diagnostics.iter().zip(&checked.diagnostics) {
        // The Sơn La file's own diagnostics, or those of the national program it imports.
        assert_eq!(j["file"], file_of(d), "{j}");
        let (line, column) = d.line_col();
        assert_eq!(j["line"], line, "{j}");
        assert_eq!(j["column"], column, "{j}");
        assert!(j["line"].as_u64().is_some_and(|l| l >= 1), "{j}");
        assert!(j["column"].as_u64().is_some_and(|c| c >= 1), "{j}");
        assert_eq!(j["severity"], "warning", "{j}");
        assert_eq!(d.severity(), Severity::Warning);
        assert_eq!(j["code"], d.code().as_str(), "{j}");
        assert!(
            j["code"].as_str().is_some_and(|c| c.starts_with("plan::")),
            "{j}"
        );
        assert_eq!(j["message"], d.message(Lang::En).as_str(), "{j}");
        assert!(j["message"].as_str().is_some_and(|m| !m.is_empty()), "{j}");
    }
}

#[test]
fn a_plan_with_an_error_fails_in_every_format() {
    let text = with_error();
    let file = TempPlan::new("error.plan", &text);
    let shown = file.arg().to_string();
    // Where the error is: the `105`.
    let at = text.find("105").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;

    let run = plan(&["check", "--format", "short", file.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let lines = run.lines();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(is_short_diagnostic(lines[0], &shown), "{run:?}");
    assert!(
        lines[0].starts_with(&format!(
            "{shown}:{line}:{column}: error[plan::value_out_of_range]: "
        )),
        "{run:?}"
    );
    assert_eq!(
        lines[1],
        format!("{shown}: 1 objective, 1 indicator, 1 measure: 1 error, 0 warnings")
    );

    let run = plan(&["check", file.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.contains("plan::value_out_of_range"), "{run:?}");
    assert!(
        run.stdout.contains(&format!("{shown}:{line}:{column}")),
        "{run:?}"
    );
    assert!(!run.stdout.contains("\x1b["), "{run:?}");

    let run = plan(&["check", "--format", "json", file.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let json: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["errors"], 1);
    assert_eq!(json["files"][0]["diagnostics"][0]["severity"], "error");
    assert_eq!(
        json["files"][0]["diagnostics"][0]["code"],
        "plan::value_out_of_range"
    );
    assert_eq!(json["files"][0]["diagnostics"][0]["line"], line);
    assert_eq!(json["files"][0]["diagnostics"][0]["column"], column);
}

#[test]
fn a_syntax_error_fails() {
    // The indicator block is never closed.
    let text = CLEAN.replace("\n}\n", "\n\n");
    let file = TempPlan::new("syntax.plan", &text);
    let run = plan(&["check", "--format", "short", file.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let shown = file.arg().to_string();
    assert!(
        run.lines()
            .iter()
            .any(|l| is_short_diagnostic(l, &shown) && l.contains(": error[")),
        "{run:?}"
    );
}

/// `plan ARGS plans/no-such-plan.plan` exits 2 and names the file on stderr.
fn run_on_a_missing_file(args: &[&str]) -> Run {
    let run = plan(&[args, &["plans/no-such-plan.plan"]].concat());
    run.assert_exit_says(2, "plans/no-such-plan.plan");
    run
}

#[test]
fn a_missing_file_is_an_io_error_that_names_it() {
    let run = run_on_a_missing_file(&["check"]);
    assert!(run.stdout.is_empty(), "{run:?}");
    run_on_a_missing_file(&["check", "--format", "json"]);
}

#[test]
fn a_directory_or_non_utf8_file_is_an_io_error_that_names_it() {
    let run = plan(&["check", "plans"]);
    run.assert_exit_says(2, "`plans`");

    let file = TempPlan::new("latin1.plan", b"plan \"K\xe9 ho\xe1ch\" { }\n");
    let run = plan(&["check", file.arg()]);
    run.assert_exit_says(2, file.arg());
    assert!(run.stderr.contains("UTF-8"), "{run:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--frobnicate", SON_LA][..],
        &["check", "--format", "xml", SON_LA],
        &["check"],
        &["show"],
        &["show", "--format", "yaml", SON_LA],
        &["frobnicate", SON_LA],
        &[],
    ] {
        let run = plan(args);
        assert_eq!(run.code, Some(2), "plan {args:?}: {run:?}");
        assert!(!run.stderr.trim().is_empty(), "plan {args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "plan {args:?}: {run:?}");
    }
    let run = plan(&["check", "--frobnicate", SON_LA]);
    assert!(run.stderr.contains("--frobnicate"), "{run:?}");
}

#[test]
fn help_and_version_exit_0() {
    let run = plan(&["--help"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("Usage"), "{run:?}");
    assert!(
        run.stdout.contains("check") && run.stdout.contains("show"),
        "{run:?}"
    );

    let run = plan(&["check", "--help"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("--deny-warnings"), "{run:?}");
    assert!(run.stdout.contains("--format"), "{run:?}");

    let run = plan(&["--version"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains(env!("CARGO_PKG_VERSION")), "{run:?}");
}

// ------------------------------------------------------------------ several files

#[test]
fn several_files_end_with_a_total() {
    let warnings = son_la_warnings();
    let clean = TempPlan::new("clean.plan", CLEAN);
    let run = plan(&["check", SON_LA, clean.arg()]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let lines = run.lines();
    assert!(is_total(run.last_line(), 2, 0, warnings), "{run:?}");
    assert!(
        lines.contains(&son_la_summary(warnings).as_str()),
        "{run:?}"
    );
    let clean_summary = format!(
        "{}: 1 objective, 1 indicator, 1 measure: 0 errors, 0 warnings",
        clean.arg()
    );
    assert!(lines.contains(&clean_summary.as_str()), "{run:?}");

    // With an error in one file the whole run fails, and the total counts it.
    let broken = TempPlan::new("error.plan", with_error());
    let run = plan(&["check", "--format", "short", SON_LA, broken.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(is_total(run.last_line(), 2, 1, warnings), "{run:?}");
    assert!(
        run.lines().iter().any(|l| l.contains(": error[")),
        "{run:?}"
    );

    // JSON: one entry per file, and the totals.
    let run = plan(&["check", "--format", "json", SON_LA, broken.arg()]);
    assert_eq!(run.code, Some(1), "{run:?}");
    let json: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["files"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["files"][0]["file"], SON_LA);
    assert_eq!(json["files"][1]["errors"], 1);
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], warnings);
}

#[test]
fn a_missing_file_among_several_still_checks_the_others() {
    let warnings = son_la_warnings();
    // The missing file first: the run must go on to the next one.
    let run = plan(&[
        "check",
        "--format",
        "short",
        "plans/no-such-plan.plan",
        SON_LA,
    ]);
    run.assert_exit_says(2, "plans/no-such-plan.plan");
    let lines = run.lines();
    assert!(
        lines.contains(&son_la_summary(warnings).as_str()),
        "{run:?}"
    );
    // The Sơn La file's diagnostics and those of the national program it imports.
    let files: Vec<String> = son_la().diagnostics.iter().map(file_of).collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| files.iter().any(|f| is_short_diagnostic(l, f)))
            .count(),
        warnings,
        "{run:?}"
    );
    assert!(run.last_line().starts_with("total: "), "{run:?}");
    assert!(
        run.last_line()
            .ends_with(&format!(", 0 errors, {warnings} warnings")),
        "{run:?}"
    );

    // The I/O error wins over problems found in the other file.
    let broken = TempPlan::new("error.plan", with_error());
    let run = plan(&["check", broken.arg(), "plans/no-such-plan.plan"]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert!(run.stdout.contains("plan::value_out_of_range"), "{run:?}");
}

// ------------------------------------------------------------------ plan show

fn indicator<'j>(json: &'j Value, id: &str) -> &'j Value {
    json["indicators"]
        .as_array()
        .expect("indicators array")
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no indicator {id}"))
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn show_json_has_the_documented_shape() {
    let run = plan(&["show", SON_LA, "--format", "json"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let json: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let top = [
        "plan",
        "imports",
        "agencies",
        "units",
        "dimensions",
        "areas",
        "elements",
        "objectives",
        "composites",
        "indicators",
        "reports",
        "reviews",
        "waivers",
        "queries",
    ];
    // `projects` and `tasks` are left out when the plan has none (Sơn La's document has none).
    let mut sorted = top.to_vec();
    sorted.sort_unstable();
    assert_eq!(keys(&json), sorted);
    // The top-level keys come in the documented order.
    let at: Vec<usize> = top
        .iter()
        .map(|k| run.stdout.find(&format!("\n  \"{k}\": ")).expect(k))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "order {at:?}");
    let header = &json["plan"];
    assert_eq!(header["document"], "196/QĐ-UBND");
    assert_eq!(header["period"], serde_json::json!([2021, 2030]));
    assert!(header["title"]
        .as_str()
        .is_some_and(|t| t.contains("Sơn La")));

    let checked = son_la();
    assert_eq!(
        json["objectives"].as_array().map(Vec::len),
        Some(checked.model.objectives.len())
    );
    assert_eq!(json["indicators"].as_array().map(Vec::len), Some(33));
    // The agencies the file declares; the national program's, imported and not named by
    // the Sơn La plan, are not its own, and are held by the imported model only.
    let own = checked.model.own_agencies().count();
    assert_eq!(json["agencies"].as_array().map(Vec::len), Some(own));
    assert_eq!(own, checked.model.agencies.len());
    assert!(!checked.model.imports["national"].model.agencies.is_empty());
    assert_eq!(json["imports"][0]["name"], "national");
    assert_eq!(indicator(&json, "3")["maps"]["parent"], "national.3a");
    assert!(!json["reports"].as_array().expect("reports").is_empty());
    assert!(!json["reviews"].as_array().expect("reviews").is_empty());

    for id in ["16a", "16b"] {
        assert_eq!(indicator(&json, id)["parent"], "16", "{id}");
    }
    assert_eq!(indicator(&json, "3")["parent"], Value::Null);
    assert!(json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["id"] != "16"));

    let unit = &indicator(&json, "3")["unit"];
    for key in ["id", "symbol", "per", "of", "min", "max"] {
        assert!(unit.get(key).is_some(), "unit has no `{key}`: {unit}");
    }
    assert_eq!(unit["id"], "per_mille");

    let mut targets = 0;
    for i in json["indicators"].as_array().unwrap() {
        for key in [
            "id",
            "parent",
            "number",
            "title",
            "objective",
            "unit",
            "targets",
            "lead",
        ] {
            assert!(i.get(key).is_some(), "indicator has no `{key}`: {i}");
        }
        if !i["unit"].is_null() {
            for key in ["id", "symbol", "per", "of", "min", "max"] {
                assert!(i["unit"].get(key).is_some(), "unit has no `{key}`: {i}");
            }
        }
        for t in i["targets"].as_array().expect("targets array") {
            targets += 1;
            for key in TARGET_FIELDS {
                assert!(t.get(key).is_some(), "target has no `{key}`: {t}");
            }
            assert!(t["value"].is_number(), "{t}");
            assert!(t["strive"].is_boolean(), "{t}");
        }
    }
    let expected: usize = checked
        .model
        .measures
        .values()
        .map(|m| m.targets.len())
        .sum();
    assert_eq!(targets, expected);
    assert!(targets > 0);
}

#[test]
fn show_text_lists_objectives_and_parts() {
    let run = plan(&["show", SON_LA]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.contains("Objective a"), "{run:?}");
    assert!(run.stdout.contains("16a"), "{run:?}");
    assert!(run.stdout.contains("196/QĐ-UBND"), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    let explicit = plan(&["show", SON_LA, "--format", "text"]);
    assert_eq!(explicit.stdout, run.stdout);
}

#[test]
fn show_refuses_a_plan_with_errors() {
    let file = TempPlan::new("error.plan", with_error());
    let shown = file.arg().to_string();
    for format in ["text", "json"] {
        let run = plan(&["show", file.arg(), "--format", format]);
        assert_eq!(run.code, Some(1), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        assert!(
            run.stderr
                .lines()
                .any(|l| is_short_diagnostic(l, &shown)
                    && l.contains("error[plan::value_out_of_range]")),
            "{run:?}"
        );
    }
}

#[test]
fn show_a_missing_file_exits_2() {
    let run = run_on_a_missing_file(&["show"]);
    assert!(run.stdout.is_empty(), "{run:?}");
}
