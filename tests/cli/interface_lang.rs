//! The command line in Vietnamese and English: `--lang`, `PLANLANG_LANG` and the locale
//! choose the language of the help and of the refusals of a wrong command line.

use crate::common::{assert_refused, plan_command, run_in};
use std::collections::BTreeSet;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The subcommands `plan --help` lists.
pub fn subcommands() -> Vec<String> {
    let help = run_in(ROOT, &["--help"]);
    assert_eq!(help.code, Some(0), "{}", help.stderr);
    let listed: Vec<String> = help
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(listed.len() >= 10, "{listed:?}");
    listed
}

/// The long options a help text offers.
fn options(help: &str) -> BTreeSet<String> {
    help.split_whitespace()
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|w| w.len() > 2 && !w.contains('`'))
        .collect()
}

#[test]
fn every_subcommands_help_is_in_vietnamese_with_the_same_options() {
    for sub in subcommands() {
        for short in ["-h", "--help"] {
            let en = run_in(ROOT, &[&sub, short]);
            let vi = run_in(ROOT, &["--lang", "vi", &sub, short]);
            assert_eq!(
                (en.code, vi.code),
                (Some(0), Some(0)),
                "{sub}: {}",
                vi.stderr
            );
            assert!(en.stdout.contains("Usage: plan"), "{sub}: {}", en.stdout);
            assert!(
                vi.stdout.contains("Cách dùng: plan"),
                "{sub}: {}",
                vi.stdout
            );
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Print help",
                "possible values",
                "[default",
            ] {
                assert!(
                    !vi.stdout.contains(english),
                    "{sub} {short}: `{english}` in\n{}",
                    vi.stdout
                );
            }
            assert!(vi.stdout.contains("Tùy chọn:"), "{sub}: {}", vi.stdout);
            assert_eq!(options(&en.stdout), options(&vi.stdout), "{sub} {short}");
            // Every line of text differs: no sentence was left in English.
            let first = |s: &str| s.lines().next().unwrap_or_default().to_string();
            assert_ne!(first(&en.stdout), first(&vi.stdout), "{sub}");
        }
    }
}

#[test]
fn possible_values_and_defaults_are_worded_in_the_language() {
    let vi = run_in(ROOT, &["--lang", "vi", "eval", "--help"]);
    assert!(
        vi.stdout.contains("Các giá trị có thể dùng:\n"),
        "{}",
        vi.stdout
    );
    assert!(
        vi.stdout.contains("- xlsx: Tệp Excel (cần -o TỆP.xlsx)"),
        "{}",
        vi.stdout
    );
    assert!(vi.stdout.contains("[mặc định: table]"), "{}", vi.stdout);
    let en = run_in(ROOT, &["eval", "-h"]);
    assert!(
        en.stdout
            .contains("[possible values: table, json, csv, md, xlsx] [default: table]"),
        "{}",
        en.stdout
    );
    // A flag has no values to choose from.
    assert!(!en.stdout.contains("true, false"), "{}", en.stdout);
}

#[test]
fn plan_help_command_is_the_commands_help() {
    let by_word = run_in(ROOT, &["help", "eval"]);
    let by_flag = run_in(ROOT, &["eval", "--help"]);
    assert_eq!(by_word.code, Some(0));
    assert_eq!(by_word.stdout, by_flag.stdout);
    assert!(by_flag.stdout.contains("--as-of"));
}

/// `plan --help` under the given environment variables.
fn help_under(vars: &[(&str, &str)]) -> String {
    let out = plan_command()
        .arg("--help")
        .envs(vars.iter().copied())
        .output()
        .expect("run plan");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_locale_chooses_vietnamese_and_the_variable_and_flag_override_it() {
    assert!(help_under(&[("LANG", "vi_VN.UTF-8")]).contains("Cách dùng:"));
    assert!(help_under(&[("LC_ALL", "vi_VN.UTF-8")]).contains("Cách dùng:"));
    assert!(help_under(&[("LANG", "en_US.UTF-8")]).contains("Usage:"));
    assert!(help_under(&[("LANG", "vi_VN.UTF-8"), ("PLANLANG_LANG", "en")]).contains("Usage:"));
    assert!(help_under(&[("PLANLANG_LANG", "vi")]).contains("Cách dùng:"));
    let out = plan_command()
        .args(["--lang", "en", "--help"])
        .env("PLANLANG_LANG", "vi")
        .output()
        .expect("run plan");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
}

#[test]
fn a_language_planlang_does_not_speak_is_refused_with_the_ones_it_does() {
    let run = run_in(ROOT, &["--lang", "fr", "check", "x.plan"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("`fr`") && run.stderr.contains("`vi` (tiếng Việt) or `en`"),
        "{}",
        run.stderr
    );
    let out = plan_command()
        .args(["check", "x.plan"])
        .env("PLANLANG_LANG", "de")
        .output()
        .expect("run plan");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PLANLANG_LANG"));
}

#[test]
fn a_wrong_command_line_is_refused_in_the_language() {
    let plan = "plans/son-la-children-2021-2030.plan";
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["check", "--format", "yaml", plan],
            "error: invalid value 'yaml' for '--format <FORMAT>'\n  [possible values: human, short, json]",
            "lỗi: giá trị 'yaml' không hợp lệ cho '--format <FORMAT>'\n  [giá trị có thể dùng: human, short, json]",
        ),
        (
            &["chekc"],
            "error: unrecognized subcommand 'chekc'\n\n  tip: a similar subcommand exists: 'check'",
            "lỗi: không có lệnh 'chekc'\n\n  gợi ý: có lệnh gần giống: 'check'",
        ),
        (
            &["eval", "--decimal-comma", "--decimal-point", plan, "x.csv"],
            "error: the argument '--decimal-comma' cannot be used with '--decimal-point'",
            "lỗi: không dùng được tham số '--decimal-comma' cùng với '--decimal-point'",
        ),
        (
            &["check"],
            "error: the following required arguments were not provided:\n  <FILES>...",
            "lỗi: thiếu các tham số bắt buộc sau:\n  <FILES>...",
        ),
        (
            &["check", "--deny-warning", plan],
            "error: unexpected argument '--deny-warning' found\n\n  tip: a similar argument exists: '--deny-warnings'",
            "lỗi: không có tham số '--deny-warning'\n\n  gợi ý: có tham số gần giống: '--deny-warnings'",
        ),
        (
            &["check", "--format"],
            "error: a value is required for '--format <FORMAT>' but none was supplied",
            "lỗi: '--format <FORMAT>' cần một giá trị nhưng không có giá trị nào",
        ),
    ];
    for (args, english, vietnamese) in cases {
        let en = run_in(ROOT, args);
        let mut vi_args = vec!["--lang", "vi"];
        vi_args.extend_from_slice(args);
        let vi = run_in(ROOT, &vi_args);
        assert_eq!((en.code, vi.code), (Some(2), Some(2)), "{args:?}");
        assert!(en.stderr.starts_with(english), "{args:?}:\n{}", en.stderr);
        assert!(
            en.stderr.ends_with("For more information, try '--help'.\n"),
            "{}",
            en.stderr
        );
        assert!(
            vi.stderr.starts_with(vietnamese),
            "{args:?}:\n{}",
            vi.stderr
        );
        assert!(
            !vi.stderr.contains("Usage:") && !vi.stderr.contains("error:"),
            "{}",
            vi.stderr
        );
    }
}

#[test]
fn the_repl_speaks_vietnamese_banner_help_notes_and_errors() {
    let input =
        b":help\n:as-of 30/06/2025\n:formt\n:run nope\n:help exampels\n:help examples\n:quit\n";
    let run = crate::common::run_with_input(
        ROOT,
        &[
            "--lang",
            "vi",
            "repl",
            "plans/son-la-children-2021-2030.plan",
            "plans/data/son-la-sample.csv",
        ],
        input,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    for said in [
        "hỏi đáp về một kế hoạch và số liệu của kế hoạch",
        "(29 chỉ tiêu, 33 đại lượng đo, 5 truy vấn đặt tên,",
        "số liệu: plans/data/son-la-sample.csv: đọc 552 dòng = 552 dòng nhận + 0 dòng loại",
        "Gõ :help để xem hướng dẫn",
        "Các lệnh (dòng bắt đầu bằng `:`):",
        "tính đến ngày 30/06/2025",
        "lỗi: không có lệnh `:formt`; có phải là `:format`?",
        "lỗi: kế hoạch không có truy vấn tên `nope`; `:queries` liệt kê các truy vấn",
        "lỗi: không có hướng dẫn về `exampels`; có phải là `examples`?",
        "các chỉ tiêu do Sở Y tế chủ trì chưa đạt",
    ] {
        assert!(all.contains(said), "`{said}` not in\n{all}");
    }
    for english in [
        "error:",
        "did you mean",
        "rows read",
        "Commands (",
        "as of ",
    ] {
        assert!(!all.contains(english), "`{english}` in\n{all}");
    }
}

#[test]
fn every_help_topic_is_in_both_languages() {
    for topic in ["", "syntax", "fields", "commands", "examples"] {
        let line = format!(":help {topic}");
        let en = run_in(
            ROOT,
            &["query", "plans/son-la-children-2021-2030.plan", "-e", &line],
        );
        let vi = run_in(
            ROOT,
            &[
                "--lang",
                "vi",
                "query",
                "plans/son-la-children-2021-2030.plan",
                "-e",
                &line,
            ],
        );
        assert_eq!(
            (en.code, vi.code),
            (Some(0), Some(0)),
            "{topic}: {}{}",
            en.stderr,
            vi.stderr
        );
        assert!(en.stdout.len() > 200, "{topic}");
        assert_ne!(en.stdout, vi.stdout, "{topic}");
        // The queries shown stay queries: the same in both languages.
        if topic == "examples" {
            let queries = |s: &str| -> Vec<String> {
                s.lines()
                    .filter(|l| l.starts_with("  ") && !l.starts_with("      "))
                    .map(str::to_string)
                    .collect()
            };
            assert_eq!(queries(&en.stdout), queries(&vi.stdout));
        }
    }
}

#[test]
fn the_commands_own_refusals_and_reports_are_in_vietnamese() {
    let dir = tempfile::tempdir().expect("tempdir");
    let son_la = format!("{ROOT}/plans/son-la-children-2021-2030.plan");
    let national = format!("{ROOT}/plans/national/children-2021-2030.plan");
    let taken = dir.path().join("taken.xlsx");
    std::fs::write(&taken, b"filled in").expect("write");
    let taken = taken.display().to_string();
    let cases: [(Vec<&str>, &str); 6] = [
        (
            vec!["template", &son_la, "-o", "x.txt"],
            "lỗi: `x.txt` không có đuôi .xlsx; biểu mẫu là tệp Excel: hãy đặt tên TỆP.xlsx",
        ),
        (
            vec!["template", &son_la, "-o", &taken],
            "tệp đã có; dùng --force để ghi đè",
        ),
        (
            vec![
                "new",
                "--implements",
                &national,
                "--area",
                " ",
                "-o",
                "x.plan",
            ],
            "lỗi: --area để trống; hãy nêu địa bàn của kế hoạch mới",
        ),
        (
            vec!["history", "3x", &son_la],
            "không có chỉ tiêu hoặc chỉ tiêu thành phần `3x`; có phải là `3`?",
        ),
        (
            vec!["show", &son_la, "--as-of", "31/02/2025"],
            "lỗi: --as-of `31/02/2025` không phải là ngày",
        ),
        (
            vec!["show", "no-such.plan"],
            "lỗi: không đọc được `no-such.plan`",
        ),
    ];
    for (args, said) in cases {
        let mut all = vec!["--lang", "vi"];
        all.extend(args.iter().copied());
        let run = run_in(dir.path(), &all);
        assert_ne!(run.code, Some(0), "{args:?}");
        assert!(
            run.stderr.contains(said),
            "{args:?}: `{said}` not in\n{}",
            run.stderr
        );
        assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read(&taken).expect("read"), b"filled in");
    let out = dir.path().join("mau.xlsx").display().to_string();
    let run = run_in(
        dir.path(),
        &[
            "--lang", "vi", "template", &son_la, "--agency", "yte", "--from", "2024", "--to",
            "2025", "-o", &out,
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!("đã ghi {out}: ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("dòng cần điền (")
            && run.stdout.contains("× 2 kỳ: 2024, 2025), địa bàn"),
        "{}",
        run.stdout
    );
}

#[test]
fn show_cascade_and_history_word_their_text_in_vietnamese() {
    let son_la = "plans/son-la-children-2021-2030.plan";
    let vi = |args: &[&str]| {
        let mut all = vec!["--lang", "vi"];
        all.extend_from_slice(args);
        let run = run_in(ROOT, &all);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        run.stdout
    };
    let shown = vi(&["show", son_la]);
    assert!(
        shown.contains("\nCác cơ quan\n") && shown.contains("\nMục tiêu a: Mục tiêu 1:"),
        "{shown}"
    );
    // The plan itself keeps its keywords.
    assert!(shown.contains("target 2025 >= 65"), "{shown}");
    let cascade = vi(&["cascade", "plans/national/children-2021-2030.plan", son_la]);
    assert!(
        cascade.starts_with("kế hoạch cấp trên: plans/national/children-2021-2030.plan"),
        "{cascade}"
    );
    assert!(
        cascade.contains("[1] giữ nguyên, tại chỉ tiêu 3"),
        "{cascade}"
    );
    assert!(
        cascade.contains(": 20 giữ nguyên, 13 điều chỉnh, 1 không áp dụng, 0 còn thiếu;"),
        "{cascade}"
    );
    let history = vi(&[
        "history",
        "14",
        son_la,
        "--amendment",
        "plans/amendments/son-la-2026-example-targets.plan",
    ]);
    assert!(
        history.contains("196/QĐ-UBND, từ ngày 28/04/2021"),
        "{history}"
    );
    for english in ["adopted by", "Agencies", ", from "] {
        assert!(
            !format!("{shown}{cascade}{history}").contains(english),
            "{english}"
        );
    }
}

#[test]
fn an_unknown_area_or_agency_and_wrong_periods_are_refused_in_vietnamese() {
    let son_la = "plans/son-la-children-2021-2030.plan";
    let sample = "plans/data/son-la-sample.csv";
    let cases: [(&[&str], &str); 5] = [
        (
            &["eval", son_la, sample, "--area", "moc_chauu"],
            "lỗi: không có địa bàn `moc_chauu`; có phải là `moc_chau`?",
        ),
        (
            &["template", son_la, "--agency", "ytee", "-o", "x.xlsx"],
            "lỗi: không có cơ quan `ytee`; có phải là `yte`?",
        ),
        (
            &[
                "template", son_la, "--from", "2025", "--to", "2025-Q2", "-o", "x.xlsx",
            ],
            "lỗi: --from 2025 và --to 2025-Q2 là hai loại kỳ khác nhau",
        ),
        (
            &[
                "template", son_la, "--from", "2026", "--to", "2024", "-o", "x.xlsx",
            ],
            "lỗi: --to 2024 ở trước --from 2026",
        ),
        (
            &["chart", "3", son_la, sample, "--area", "zzz", "-o", "x.svg"],
            "lỗi: không có địa bàn `zzz`; các địa bàn của kế hoạch là son_la, tp_son_la,",
        ),
    ];
    let dir = tempfile::tempdir().expect("a folder");
    for (args, said) in cases {
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                if a.starts_with("plans/") {
                    format!("{ROOT}/{a}")
                } else {
                    a.to_string()
                }
            })
            .collect();
        let mut all = vec!["--lang", "vi"];
        all.extend(args.iter().map(String::as_str));
        assert_refused(dir.path(), &all, 2, said);
    }
}

#[test]
fn files_that_cannot_be_read_and_dates_that_do_not_exist_are_refused_in_vietnamese() {
    let dir = tempfile::tempdir().expect("a folder");
    let son_la = format!("{ROOT}/plans/son-la-children-2021-2030.plan");
    let folder = dir.path().display().to_string();
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["check", &folder],
            "đây là một thư mục, không phải tệp thường",
        ),
        (
            vec!["show", "khong-co.plan"],
            "không đọc được `khong-co.plan`: không có tệp này",
        ),
        (
            vec!["show", &son_la, "--as-of", "2025-13-01"],
            "không phải là ngày: không có tháng 13",
        ),
        (
            vec!["show", &son_la, "--as-of", "31/02/2025"],
            "tháng 2 năm 2025 có 28 ngày, nên không có ngày 31",
        ),
    ];
    for (args, said) in cases {
        let mut all = vec!["--lang", "vi"];
        all.extend(args.iter().copied());
        assert_refused(dir.path(), &all, 2, said);
    }
}

#[test]
fn eval_and_chart_refuse_and_report_in_vietnamese() {
    let dir = tempfile::tempdir().expect("a folder");
    let son_la = format!("{ROOT}/plans/son-la-children-2021-2030.plan");
    let sample = format!("{ROOT}/plans/data/son-la-sample.csv");
    let vi = |args: &[&str]| {
        let mut all = vec!["--lang", "vi"];
        all.extend_from_slice(args);
        run_in(dir.path(), &all)
    };
    let run = vi(&["eval", &son_la, &sample, "--format", "xlsx"]);
    assert!(
        run.stderr.contains("lỗi: --format xlsx ghi ra tệp Excel"),
        "{}",
        run.stderr
    );
    let run = vi(&["chart", "16", &son_la, &sample, "-o", "c.svg"]);
    assert!(
        run.stderr
            .contains("lỗi: chỉ tiêu 16 gồm các chỉ tiêu thành phần"),
        "{}",
        run.stderr
    );
    let run = vi(&["chart", "3", &son_la, &sample, "-o", "c.png"]);
    assert!(run.stderr.contains("không có đuôi .svg"), "{}", run.stderr);
    let run = vi(&[
        "chart",
        "3",
        &son_la,
        &sample,
        "--as-of",
        "2025-06-30",
        "-o",
        "c.svg",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("đã ghi c.svg: 3, địa bàn son_la, tính đến ngày 30/06/2025: 5 giá trị,"),
        "{}",
        run.stdout
    );
}
