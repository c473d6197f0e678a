//! `plan eval` and `plan query` on data in Vietnamese and English: the problems of a data
//! file as an agency's Excel saves it, the lines about the data read, and the evaluation's
//! notes, with `--lang vi`; the codes, places and exit statuses the same in both languages.

use crate::common::{self, Run};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
const SAMPLE: &str = "plans/data/son-la-sample.csv";

fn plan(args: &[&str]) -> Run {
    common::run_in(ROOT, args)
}

/// A file as Excel on a Vietnamese Windows saves "CSV UTF-8 (Comma delimited)": a byte-order
/// mark, `;` between fields, CRLF line ends, decimal commas it does not declare; and two
/// rows a person got wrong (an indicator that is not the plan's, a word for a value).
const EXCEL_CSV: &[u8] = b"\xef\xbb\xbfindicator;area;period;value\r\n\
1;son_la;2023;61,5\r\n\
2;son_la;2024;91\r\n\
3;son_la;2031;10\r\n\
3x;son_la;2024;10\r\n\
4;son_la;2024;kh\xc3\xb4ng r\xc3\xb5\r\n";

/// Each problem line: its file and line, and its code, then its message.
fn problems<'a>(stderr: &'a str, path: &str) -> Vec<(&'a str, &'a str)> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix(path))
        .filter_map(|l| l.split_once("]: "))
        .collect()
}

#[test]
fn a_vietnamese_excel_files_problems_are_said_in_vietnamese_at_their_places() {
    let (_dir, path) = common::folder_with("so-lieu.csv", EXCEL_CSV);
    let path = path.display().to_string();
    let args = [
        "eval",
        SON_LA,
        &path,
        "--as-of",
        "2025-06-30",
        "--format",
        "md",
    ];
    let en = plan(&args);
    let vi = plan(&[&args[..], &["--lang", "vi"]].concat());
    // Refused rows fail the command in either language.
    assert_eq!(en.code, Some(1), "{en:?}");
    assert_eq!(vi.code, Some(1), "{vi:?}");
    // The same problems at the same lines, with the same codes.
    fn places<'a>(run: &'a Run, path: &str) -> Vec<&'a str> {
        problems(&run.stderr, path)
            .iter()
            .map(|(at, _)| *at)
            .collect()
    }
    let expected = [
        ":2: error[data::decimal_comma",
        ":4: error[data::period_outside_plan",
        ":5: error[data::unknown_indicator",
        ":6: error[data::bad_number",
    ];
    assert_eq!(places(&en, &path), expected, "{en:?}");
    assert_eq!(places(&vi, &path), expected, "{vi:?}");
    let said: Vec<&str> = problems(&vi.stderr, &path)
        .iter()
        .map(|(_, m)| *m)
        .collect();
    // Each message in Vietnamese, naming the column and quoting the cell as the file has it.
    assert!(
        said[0].starts_with("cột value: `61,5` được ghi với dấu phẩy thập phân"),
        "{}",
        said[0]
    );
    assert!(said[0].contains("`#decimal=comma`"), "{}", said[0]);
    assert_eq!(
        said[1],
        "kỳ 2031 nằm ngoài thời gian thực hiện Kế hoạch (giai đoạn 2021-2030; năm 2020 được nhận làm năm gốc)"
    );
    assert_eq!(said[2], "không có chỉ tiêu `3x`; có phải là `3`?");
    assert_eq!(said[3], "cột value: `không rõ` không phải là số");
    for (english, vietnamese) in problems(&en.stderr, &path)
        .iter()
        .zip(problems(&vi.stderr, &path))
    {
        assert_ne!(english.1, vietnamese.1);
    }
    // The lines about the data read.
    assert!(
        vi.stderr
            .contains("số liệu: 5 dòng đã đọc = 1 dòng được dùng + 4 dòng bị loại\n"),
        "{vi:?}"
    );
    assert!(
        vi.stderr
            .contains("lỗi: số liệu có 4 lỗi; hãy sửa, hoặc thêm --keep-going"),
        "{vi:?}"
    );
    assert!(
        en.stderr
            .contains("data: 5 rows read = 1 accepted + 4 rejected\n"),
        "{en:?}"
    );
    assert!(
        en.stderr
            .contains("error: the data had 4 problems; fix them"),
        "{en:?}"
    );
}

#[test]
fn a_file_that_cannot_be_used_is_refused_in_vietnamese() {
    let run = plan(&[
        "eval",
        SON_LA,
        "plans/data/nope.csv",
        "--as-of",
        "2025-06-30",
        "--lang",
        "vi",
    ]);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr,
        "plans/data/nope.csv: error[data::unreadable]: không đọc được tệp: không có tệp này\n\
         lỗi: không dùng được tệp `plans/data/nope.csv` (xem ở trên); hãy sửa tệp rồi chạy lại lệnh\n"
    );
}

#[test]
fn the_notes_of_the_markdown_report_are_in_the_language_chosen() {
    let args = [
        "eval",
        SON_LA,
        SAMPLE,
        "--as-of",
        "2025-06-30",
        "--format",
        "md",
    ];
    let en = plan(&args);
    let vi = plan(&[&args[..], &["--lang", "vi"]].concat());
    assert_eq!(en.code, Some(0), "{en:?}");
    assert_eq!(vi.code, Some(0), "{vi:?}");
    // Indicator 2's first target, for 2025, met in 2024: its row ends with the note.
    let row = |run: &Run| -> String {
        let found = run
            .stdout
            .lines()
            .find(|l| l.starts_with("| 2 |"))
            .map(str::to_string);
        found.unwrap_or_else(|| panic!("no row of indicator 2 for 2025: {run:?}"))
    };
    assert!(
        row(&en).ends_with("| met in 2024, ahead of 2025 |"),
        "{}",
        row(&en)
    );
    assert!(
        row(&vi).ends_with("| đã đạt từ năm 2024, sớm hơn mốc năm 2025 |"),
        "{}",
        row(&vi)
    );
    assert!(!vi.stdout.contains("ahead of"), "{vi:?}");
}

#[test]
fn show_says_its_notes_in_the_language_chosen() {
    let args = [
        "query",
        SON_LA,
        SAMPLE,
        "--as-of",
        "2025-06-30",
        "-e",
        "show 2",
    ];
    let en = plan(&args);
    let vi = plan(&[&args[..], &["--lang", "vi"]].concat());
    assert_eq!(en.code, Some(0), "{en:?}");
    assert_eq!(vi.code, Some(0), "{vi:?}");
    assert!(
        en.stdout.contains("\n      met in 2024, ahead of 2025\n"),
        "{en:?}"
    );
    assert!(
        vi.stdout
            .contains("\n      đã đạt từ năm 2024, sớm hơn mốc năm 2025\n"),
        "{vi:?}"
    );
    // A query's `note` field keeps the English words: a named query compares them, and
    // means the same in every language.
    let field = [
        "query",
        SON_LA,
        SAMPLE,
        "--as-of",
        "2025-06-30",
        "--lang",
        "vi",
        "-e",
        "targets where note ~ \"ahead of 2025\" columns id",
    ];
    let run = plan(&field);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.lines().any(|l| l.trim() == "2"), "{run:?}");
}

#[test]
fn the_json_of_eval_gives_each_notes_codes() {
    let run = plan(&[
        "eval",
        SON_LA,
        SAMPLE,
        "--as-of",
        "2025-06-30",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let results = json["results"].as_array().expect("results");
    let mut coded = 0;
    for r in results {
        let codes = r["note_codes"].as_array().expect("note_codes, an array");
        // A note, and only a note, says something coded.
        assert_eq!(r["note"].is_null(), codes.is_empty(), "{r}");
        if r["note"] == "met in 2024, ahead of 2025" {
            assert_eq!(codes, &["met_early"], "{r}");
            coded += 1;
        }
    }
    assert!(coded > 0, "no target met early: {}", run.stdout);
}

#[test]
fn plan_query_says_a_querys_problems_in_the_language_chosen() {
    let query = |lang: &str| {
        plan(&[
            "query",
            SON_LA,
            SAMPLE,
            "--as-of",
            "2025-06-30",
            "--lang",
            lang,
            "-e",
            "targets where leed = yte",
        ])
    };
    let (en, vi) = (query("en"), query("vi"));
    // A failed query fails the run in either language, with the same code at the same place.
    assert_eq!(en.code, Some(1), "{en:?}");
    assert_eq!(vi.code, Some(1), "{vi:?}");
    for run in [&en, &vi] {
        assert!(run.stderr.starts_with("query::unknown_field\n"), "{run:?}");
        assert!(run.stderr.contains("╭─[-e 1:1:15]"), "{run:?}");
    }
    assert!(en.stderr.contains("unknown field `leed`"), "{en:?}");
    assert!(vi.stderr.contains("không có trường `leed`"), "{vi:?}");
    assert!(
        vi.stderr.contains("không phải là trường của targets"),
        "{vi:?}"
    );
    assert!(vi.stderr.contains("có phải là `lead`?"), "{vi:?}");
    assert!(!vi.stderr.contains("unknown field"), "{vi:?}");
}
