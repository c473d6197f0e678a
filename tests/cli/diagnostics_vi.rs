//! A plan's problems in Vietnamese (`--lang vi`, or `PLANLANG_LANG=vi`): `plan check` in
//! each format, and the commands that refuse a plan with errors. The words come from the
//! catalogue; the codes, severities and JSON keys stay as in English, for the tools that
//! read them.

use crate::common;
use serde_json::Value;

fn plan(args: &[&str]) -> common::Run {
    common::run_in(env!("CARGO_MANIFEST_DIR"), args)
}

const UNKNOWN_AGENCY: &str = "tests/cases/invalid/unknown_agency.plan";

#[test]
fn check_draws_problems_and_counts_in_vietnamese() {
    let run = plan(&[
        "--lang",
        "vi",
        "check",
        "tests/cases/invalid/duplicate_id_agency.plan",
        "tests/cases/invalid/parent_unmapped.plan",
        "tests/cases/invalid/syntax_misspelled_direction.plan",
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    // The codes head each drawing as in English; miette's own `help:` is not written.
    for code in [
        "plan::duplicate_id",
        "plan::parent_unmapped",
        "plan::syntax",
    ] {
        assert!(run.stdout.contains(&format!("{code}\n")), "{}", run.stdout);
    }
    assert!(!run.stdout.contains("help:"), "{}", run.stdout);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn the_short_form_keeps_its_codes_and_severities() {
    let run = plan(&["check", "--format", "short", "--lang", "vi", UNKNOWN_AGENCY]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "tests/cases/invalid/unknown_agency.plan:28:10: error[plan::unknown_agency]: \
         chưa khai báo cơ quan `y_te`\n\
         tests/cases/invalid/unknown_agency.plan: 1 mục tiêu, 2 chỉ tiêu (2 đại lượng đo): \
         1 lỗi, 0 cảnh báo\n"
    );
}

/// The value with every text a person reads (`message`, `label`, `help`, `text`) blanked,
/// so that two languages' JSON compare equal when only those differ.
fn without_words(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = match k.as_str() {
                        "message" | "label" | "help" | "text" => Value::Null,
                        _ => without_words(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_words).collect()),
        other => other.clone(),
    }
}

#[test]
fn the_json_says_its_texts_in_vietnamese_under_the_same_keys() {
    let json = |lang: &str| -> Value {
        let run = plan(&["check", "--format", "json", "--lang", lang, UNKNOWN_AGENCY]);
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        serde_json::from_str(&run.stdout).expect("JSON")
    };
    let (en, vi) = (json("en"), json("vi"));
    assert_eq!(without_words(&en), without_words(&vi));
    let d = &vi["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "plan::unknown_agency");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["message"], "chưa khai báo cơ quan `y_te`");
    assert_eq!(d["label"], "không có cơ quan nào mang mã này");
    assert_eq!(d["help"], "có phải là `yte`?");
    assert_eq!(
        en["files"][0]["diagnostics"][0]["message"],
        "unknown agency `y_te`"
    );
}

#[test]
fn the_language_may_come_from_the_environment() {
    for (variable, value) in [("PLANLANG_LANG", "vi"), ("LANG", "vi_VN.UTF-8")] {
        let out = common::plan_command()
            .args(["check", "--format", "short", UNKNOWN_AGENCY])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env(variable, value)
            .output()
            .expect("run plan");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            stdout.contains("error[plan::unknown_agency]: chưa khai báo cơ quan `y_te`"),
            "{variable}={value}: {stdout}"
        );
    }
    // The flag wins over the variable.
    let run = plan(&["--lang", "en", "check", "--format", "short", UNKNOWN_AGENCY]);
    assert!(
        run.stdout.contains("unknown agency `y_te`"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_command_that_refuses_a_plan_says_its_errors_in_vietnamese() {
    let run = plan(&["--lang", "vi", "show", UNKNOWN_AGENCY]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(
        run.stderr.starts_with(
            "tests/cases/invalid/unknown_agency.plan:28:10: error[plan::unknown_agency]: \
             chưa khai báo cơ quan `y_te`\n"
        ),
        "{}",
        run.stderr
    );
}
