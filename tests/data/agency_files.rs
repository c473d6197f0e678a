//! Data files as agencies send them (issue 9 §2): the files in `tests/fixtures/agency-files`
//! were written by LibreOffice, or byte for byte as Excel writes its formats, from the two
//! UTF-8 sources beside them (`make.sh` says how). Each must give exactly the sources' rows
//! and values, or, where the file alone cannot say how to read it, a refusal that says what
//! to do.

use crate::common;

use crate::seen::{all, lines_and_codes, seen};
use common::run_in;
use planlang::data::decode::encoding_for_label;
use planlang::data::store::{Entry, Origin};
use planlang::data::{DataSet, LoadOptions, NumberStyle, Submission};
use planlang::diagnostic::Code;
use planlang::Model;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const DIR: &str = "tests/fixtures/agency-files";

fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(name)
}

/// The fixtures' plan, read once for all the tests.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let checked = planlang::load_path(path("plan.plan")).expect("the plan is readable");
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked.model
    })
}

fn load_with(name: &str, options: LoadOptions) -> DataSet {
    let mut set = DataSet::default();
    set.load_path(model(), &path(name), options);
    assert_eq!(set.rows_read, set.accepted + set.rejected, "{name}");
    set
}

fn load(name: &str) -> DataSet {
    load_with(name, LoadOptions::default())
}

/// What an observation holds, without where it came from (files differ in their names, and
/// a JSON row's line is its object's).
fn values(set: &DataSet) -> Vec<(String, Entry)> {
    let mut out: Vec<(String, Entry)> = set
        .store
        .entries
        .iter()
        .map(|(k, e)| {
            let mut e = e.clone();
            e.origin = Origin::new(0, 0);
            (format!("{k:?}"), e)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The file reads exactly as the UTF-8 source does: 7 rows, all accepted, the same values.
fn assert_same_as_source(name: &str) {
    assert_same_as_source_with(name, LoadOptions::default());
}

/// As [`assert_same_as_source`], the file read with `options`.
fn assert_same_as_source_with(name: &str, options: LoadOptions) {
    let source = load("observations.csv");
    assert!(source.errors.is_empty(), "{:#?}", source.errors);
    assert_eq!(source.accepted, 7);
    let set = load_with(name, options);
    assert!(set.errors.is_empty(), "{name}: {:#?}", set.errors);
    assert!(set.warnings.is_empty(), "{name}: {:#?}", set.warnings);
    assert_eq!((set.rows_read, set.accepted), (7, 7), "{name}");
    assert_eq!(values(&set), values(&source), "{name}");
}

#[test]
fn excel_csv_utf8_with_its_byte_order_mark_and_crlf() {
    assert_same_as_source("excel-csv-utf8.csv");
}

#[test]
fn excel_for_mac_csv_with_cr_only() {
    assert_same_as_source("excel-mac-cr.csv");
}

#[test]
fn lf_crlf_and_cr_mixed_in_one_file() {
    assert_same_as_source("mixed-line-ends.csv");
}

#[test]
fn utf16_unicode_text_little_and_big_endian_tab_separated() {
    assert_same_as_source("libreoffice-unicode-text.txt");
    assert_same_as_source("utf16be.txt");
}

#[test]
fn json_with_a_byte_order_mark() {
    assert_same_as_source("dotnet-bom.json");
}

#[test]
fn libreoffice_workbooks_with_typed_numbers_and_dates() {
    assert_same_as_source("libreoffice.xlsx");
}

#[test]
fn libreoffice_workbook_with_values_typed_as_percents() {
    // 88.5% is held as 0.885 in a `0.00%` cell: read as 88.5, as typed.
    assert_same_as_source("libreoffice-percent.xlsx");
}

#[test]
fn windows_1258_is_read_with_encoding_and_its_combining_accents_normalised() {
    let cp1258 = encoding_for_label("windows-1258", planlang::i18n::Lang::En).unwrap();
    assert_same_as_source_with(
        "libreoffice-windows-1258.csv",
        LoadOptions {
            encoding: Some(cp1258),
            ..LoadOptions::default()
        },
    );
}

#[test]
fn windows_1258_read_as_utf8_is_an_unusable_file_with_the_fix() {
    let set = load("libreoffice-windows-1258.csv");
    assert_eq!(set.unusable_files().len(), 1);
    assert_eq!(set.accepted, 0);
    let first = seen(&set.errors[0]);
    // The header's `giới_tính` is the first text that is not UTF-8: ơ is 0xF5 in
    // Windows-1258 (then the combining acute, 0xEC), and 0xF5 begins no UTF-8 sequence.
    assert_eq!((first.line, first.code), (1, Code::DataEncoding));
    assert!(
        first.message.contains("column 40 holds the byte 0xF5;"),
        "{}",
        first.message
    );
    assert!(
        first.message.contains("--encoding windows-1258"),
        "{}",
        first.message
    );
    // Every row after the header is accounted for.
    assert_eq!((set.rows_read, set.rejected), (7, 7));
}

#[test]
fn a_vietnamese_excel_file_needs_its_decimal_comma_said() {
    let set = load("excel-vietnamese-semicolon.csv");
    let problems = lines_and_codes(&all(&set.errors));
    // 88,5 ... 90,5 only a decimal comma explains; 12.345 reads two ways; 1.234.567 only
    // with thousands points; 210 reads alike in both.
    assert_eq!(
        problems,
        [
            (2, Code::DataDecimalComma),
            (3, Code::DataDecimalComma),
            (4, Code::DataDecimalComma),
            (5, Code::DataDecimalComma),
            (6, Code::DataAmbiguousNumber),
            (7, Code::DataDecimalComma),
        ]
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (7, 1, 6));
    let fifth = seen(&set.errors[4]);
    assert!(fifth.message.contains("`12.345` reads 12.345 in a file with a decimal point but 12345 in a file with a decimal comma"), "{}", fifth.message);
    assert_same_as_source_with(
        "excel-vietnamese-semicolon.csv",
        LoadOptions {
            decimal: NumberStyle::Comma,
            ..LoadOptions::default()
        },
    );
}

#[test]
fn excel_csv_utf8_and_libreoffice_workbook_submissions_are_recognised() {
    let source = load("submissions.csv");
    for name in [
        "excel-csv-utf8-submissions.csv",
        "libreoffice-submissions.xlsx",
    ] {
        let set = load(name);
        assert!(set.errors.is_empty(), "{name}: {:#?}", set.errors);
        assert!(set.warnings.is_empty(), "{name}: {:#?}", set.warnings);
        assert_eq!((set.rows_read, set.accepted), (3, 3), "{name}");
        let received: Vec<&Submission> = set.submissions.iter().collect();
        assert_eq!(received, source.submissions.iter().collect::<Vec<_>>());
    }
}

#[test]
fn the_command_reads_them_all_and_refuses_what_it_cannot() {
    let dir = path("");
    let eval = |files: &[&str]| {
        let mut args = vec!["eval", "plan.plan"];
        args.extend_from_slice(files);
        args.extend_from_slice(&["--as-of", "2024-01-31", "--format", "csv"]);
        run_in(&dir, &args)
    };
    let source = eval(&["observations.csv", "submissions.csv"]);
    assert_eq!(source.code, Some(0), "{source:?}");
    for files in [
        &["excel-csv-utf8.csv", "excel-csv-utf8-submissions.csv"][..],
        &["excel-mac-cr.csv", "submissions.csv"],
        &["libreoffice-unicode-text.txt", "submissions.csv"],
        &["dotnet-bom.json", "submissions.csv"],
        &["libreoffice.xlsx", "libreoffice-submissions.xlsx"],
        &["libreoffice-percent.xlsx", "submissions.csv"],
    ] {
        let run = eval(files);
        assert_eq!(run.code, Some(0), "{files:?}: {run:?}");
        assert_eq!(run.stdout, source.stdout, "{files:?}");
    }
    let mut with_encoding = vec!["libreoffice-windows-1258.csv", "submissions.csv"];
    with_encoding.extend_from_slice(&["--encoding", "windows-1258"]);
    let run = eval(&with_encoding);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.stdout, source.stdout);
    // Without the encoding the file cannot be used: exit 2, nothing evaluated, with or
    // without --keep-going.
    for keep_going in [false, true] {
        let mut files = vec!["libreoffice-windows-1258.csv", "submissions.csv"];
        if keep_going {
            files.push("--keep-going");
        }
        let run = eval(&files);
        assert_eq!(run.code, Some(2), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        assert!(
            run.stderr
                .contains("libreoffice-windows-1258.csv:1: error[data::encoding]"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("error: `libreoffice-windows-1258.csv` cannot be used (see above)"),
            "{}",
            run.stderr
        );
    }
    let mut comma = vec!["excel-vietnamese-semicolon.csv", "submissions.csv"];
    comma.push("--decimal-comma");
    let run = eval(&comma);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.stdout, source.stdout);
}

/// A file that cannot be used at all exits 2 in every command that reads data, with or
/// without `--keep-going`, and says which file and why.
#[test]
fn an_unusable_file_exits_2_in_eval_query_and_the_repl_alike() {
    let dir = tempfile::tempdir().unwrap();
    let plan = path("plan.plan");
    let plan = plan.to_str().unwrap();
    let files: [(&str, &[u8], &str); 6] = [
        ("empty.csv", b"", "data::missing_column"),
        (
            "no-value.csv",
            b"indicator,area,period\n1,t\xe1\xbb\x89nh,2023\n",
            "data::missing_column",
        ),
        (
            "mixed.csv",
            b"agency,report,period,received,value\n",
            "data::bad_header",
        ),
        (
            "twice.csv",
            b"indicator,area,period,value,area\n",
            "data::bad_header",
        ),
        (
            "latin.csv",
            b"indicator,area,period,value\n1,t\xecnh,2023,80\n",
            "data::encoding",
        ),
        ("broken.json", b"{\"observations\": 3}", "data::unreadable"),
    ];
    for (name, bytes, code) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        for args in [
            vec!["eval", plan, name],
            vec!["eval", plan, name, "--keep-going"],
            vec!["query", plan, name, "-e", "indicators"],
            vec!["repl", plan, name],
        ] {
            let run = run_in(dir.path(), &args);
            assert_eq!(run.code, Some(2), "{args:?}: {run:?}");
            assert!(run.stderr.contains(code), "{args:?}: {run:?}");
            assert!(run.stderr.contains(name), "{args:?}: {run:?}");
            assert!(!run.stdout.contains("indicator"), "{args:?}: {run:?}");
        }
    }
}
