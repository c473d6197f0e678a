//! `plan template` and `plan eval --format xlsx` (issue 9 §4): the data-entry workbook, filled
//! in as a person fills it (cells typed into its sheet), gives the same evaluation as the
//! same values in CSV; LibreOffice opens and converts both workbooks; `-o` writes atomically
//! and never replaces what is not a regular file.

use crate::common;

use calamine::{Data, Reader, Xlsx};
use common::soffice::{convert, soffice};
use common::zip_parts::with_part;
use common::{run_in, Run};
use std::io::Cursor;
use std::path::{Path, PathBuf};

fn plan() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agency-files/plan.plan")
        .display()
        .to_string()
}

fn template(dir: &Path, extra: &[&str]) -> Run {
    let plan = plan();
    let mut args = vec!["template", plan.as_str(), "-o", "mẫu.xlsx"];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

/// The cells of a workbook's sheet as text, row by row (numbers as Rust prints them).
fn sheet_rows(bytes: &[u8], sheet: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    let range = book.worksheet_range(sheet).expect("the sheet");
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::Float(f) => f.to_string(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// The template with cells typed in, as a person types them: `(cell, XML of the cell)` put
/// after the cell `after` of the same row.
fn typed(template: &[u8], cells: &[(&str, &str, String)]) -> Vec<u8> {
    with_part(template, "worksheets/sheet1.xml", |mut xml| {
        for (after, cell, value) in cells {
            let start = xml
                .find(&format!("<c r=\"{after}\""))
                .unwrap_or_else(|| panic!("cell {after} in {xml}"));
            let end = start + xml[start..].find("</c>").expect("the cell ends") + "</c>".len();
            xml.insert_str(end, &format!("<c r=\"{cell}\"{value}</c>"));
        }
        xml
    })
}

/// A number cell's XML after its reference.
fn number(v: f64) -> String {
    format!("><v>{v}</v>")
}

/// A text cell's XML after its reference.
fn text(s: &str) -> String {
    format!(" t=\"inlineStr\"><is><t>{s}</t></is>")
}

#[test]
fn a_filled_template_evaluates_as_the_same_values_in_csv() {
    let dir = tempfile::tempdir().unwrap();
    let run = template(dir.path(), &["--from", "2022", "--to", "2023"]);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(
        run.stdout,
        "wrote mẫu.xlsx: 4 rows to fill in (2 indicators × 2 periods: 2022, 2023), area tỉnh\n"
    );
    let bytes = std::fs::read(dir.path().join("mẫu.xlsx")).unwrap();
    // The rows as written: a comment row of Vietnamese names, the header, the rows with
    // what they are for.
    let rows = sheet_rows(&bytes, "Số liệu");
    assert_eq!(rows[0][..3], ["# Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị"]);
    assert_eq!(
        rows[1],
        [
            "indicator",
            "title",
            "unit",
            "area",
            "period",
            "value",
            "numerator",
            "denominator",
            "giới_tính",
            "status",
            "source",
            "reported_by",
            "reported_on"
        ]
    );
    let keys: Vec<String> = rows[2..].iter().map(|r| r[..5].join("|")).collect();
    assert_eq!(
        keys,
        [
            "1|Tỷ lệ trẻ em được tiêm chủng đầy đủ|%|tỉnh|2022",
            "1|Tỷ lệ trẻ em được tiêm chủng đầy đủ|%|tỉnh|2023",
            "2|Số trẻ đẻ sống|count|tỉnh|2022",
            "2|Số trẻ đẻ sống|count|tỉnh|2023",
        ]
    );
    let sheets = Xlsx::new(Cursor::new(&bytes))
        .map(|b| b.sheet_names())
        .unwrap();
    assert_eq!(sheets, ["Số liệu", "Hướng dẫn", "Danh mục"]);

    // Read back unfilled: nothing read, the rows counted in one warning, exit 0.
    let plan = plan();
    let eval = |file: &str| {
        run_in(
            dir.path(),
            &[
                "eval",
                &plan,
                file,
                "--as-of",
                "2024-01-31",
                "--format",
                "csv",
            ],
        )
    };
    let run = eval("mẫu.xlsx");
    run.assert_exit_says(
        0,
        "mẫu.xlsx:'Số liệu'!3: warning[data::unfilled_row]: 4 rows name only what they are for",
    );

    // Filled in: values typed (88.5% as a percent-formatted 0.885 would be read alike, see
    // tests/data/workbooks.rs), a status, and a row added for girls.
    let filled = typed(
        &bytes,
        &[
            ("E3", "F3", number(88.5)),
            ("F3", "J3", text("final")),
            ("E4", "F4", number(90.5)),
            ("E5", "F5", number(12345.0)),
            ("E6", "F6", number(1_234_567.0)),
        ],
    );
    let filled = with_part(&filled, "worksheets/sheet1.xml", |xml| {
        xml.replace(
            "</sheetData>",
            &format!(
                "<row r=\"7\"><c r=\"A7\"{}</c><c r=\"D7\"{}</c><c r=\"E7\"{}</c><c r=\"F7\"{}</c><c r=\"I7\"{}</c></row></sheetData>",
                text("1"),
                text("tỉnh"),
                text("2023"),
                number(91.25),
                text("nữ")
            ),
        )
    });
    std::fs::write(dir.path().join("đã nhập.xlsx"), filled).unwrap();
    std::fs::write(
        dir.path().join("same.csv"),
        "indicator,area,period,value,status,giới_tính\n\
         1,tỉnh,2022,88.5,final,\n1,tỉnh,2023,90.5,,\n2,tỉnh,2022,12345,,\n\
         2,tỉnh,2023,1234567,,\n1,tỉnh,2023,91.25,,nữ\n",
    )
    .unwrap();
    let from_workbook = eval("đã nhập.xlsx");
    let from_csv = eval("same.csv");
    assert_eq!(from_workbook.code, Some(0), "{from_workbook:?}");
    assert_eq!(from_csv.code, Some(0), "{from_csv:?}");
    assert_eq!(from_workbook.stdout, from_csv.stdout);
    assert_eq!(from_workbook.stderr, from_csv.stderr);
    assert!(
        from_workbook
            .stderr
            .starts_with("data: 5 rows read = 5 accepted + 0 rejected\n"),
        "{from_workbook:?}"
    );
    // The query language reads it too.
    let run = run_in(
        dir.path(),
        &[
            "query",
            &plan,
            "đã nhập.xlsx",
            "--as-of",
            "2024-01-31",
            "-e",
            "indicators where id = 2",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
}

#[test]
fn an_agencys_template_holds_what_it_leads() {
    let dir = tempfile::tempdir().unwrap();
    let run = template(
        dir.path(),
        &[
            "--agency",
            "sở_y_tế",
            "--from",
            "2024-H1",
            "--to",
            "2024-H2",
        ],
    );
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(
        run.stdout
            .contains("4 rows to fill in (2 indicators × 2 periods: 2024-H1, 2024-H2)"),
        "{run:?}"
    );
    let bytes = std::fs::read(dir.path().join("mẫu.xlsx")).unwrap();
    let rows = sheet_rows(&bytes, "Số liệu");
    // The agency is filled in as the one reporting.
    assert!(rows[2..].iter().all(|r| r[11] == "sở_y_tế"), "{rows:?}");
    let instructions = sheet_rows(&bytes, "Hướng dẫn");
    assert_eq!(
        instructions[2][0],
        "Cơ quan: Sở Y tế (sở_y_tế) — các chỉ tiêu cơ quan chủ trì"
    );
    // An agency that leads nothing owes nothing; one the plan lacks is named.
    let run = template(dir.path(), &["--agency", "sở_gd_đt", "--force"]);
    run.assert_exit_says(2, "agency `sở_gd_đt` leads no indicator of the plan");
    let run = template(dir.path(), &["--agency", "sở_y_te", "--force"]);
    run.assert_exit_says(2, "unknown agency `sở_y_te`; did you mean `sở_y_tế`?");
}

#[test]
fn output_files_are_written_whole_and_never_over_what_is_not_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan();
    let years = ["--from", "2022", "--to", "2022"];
    assert_eq!(template(dir.path(), &years).code, Some(0));
    // A template that exists may hold what was typed in: kept, unless --force.
    std::fs::write(dir.path().join("mẫu.xlsx"), "typed in").unwrap();
    let run = template(dir.path(), &years);
    run.assert_exit_says(
        2,
        "cannot write `mẫu.xlsx`: it exists; use --force to replace it",
    );
    assert_eq!(
        std::fs::read(dir.path().join("mẫu.xlsx")).unwrap(),
        b"typed in"
    );
    let mut forced = years.to_vec();
    forced.push("--force");
    assert_eq!(template(dir.path(), &forced).code, Some(0));
    assert!(std::fs::read(dir.path().join("mẫu.xlsx"))
        .unwrap()
        .starts_with(b"PK"));
    // Never over a folder or a link, even with --force; no temporary file is left.
    std::fs::remove_file(dir.path().join("mẫu.xlsx")).unwrap();
    std::fs::create_dir(dir.path().join("mẫu.xlsx")).unwrap();
    let run = template(dir.path(), &forced);
    run.assert_exit_says(2, "it exists and is not a regular file");
    std::fs::write(dir.path().join("target.xlsx"), "kept").unwrap();
    std::os::unix::fs::symlink("target.xlsx", dir.path().join("link.xlsx")).unwrap();
    let run = run_in(
        dir.path(),
        &[
            "eval",
            &plan,
            "target.xlsx",
            "--format",
            "xlsx",
            "-o",
            "link.xlsx",
        ],
    );
    assert_eq!(run.code, Some(2), "{run:?}");
    let run = run_in(
        dir.path(),
        &["template", &plan, "-o", "link.xlsx", "--force"],
    );
    run.assert_exit_says(2, "it exists and is not a regular file");
    assert_eq!(
        std::fs::read(dir.path().join("target.xlsx")).unwrap(),
        b"kept"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    // A workbook is not written to a terminal, nor under another extension.
    let run = run_in(dir.path(), &["eval", &plan, "x.csv", "--format", "xlsx"]);
    run.assert_exit_says(2, "give the file to write with -o FILE.xlsx");
    let run = run_in(dir.path(), &["template", &plan, "-o", "mẫu.csv"]);
    run.assert_exit_says(2, "does not end in .xlsx");
}

/// The sample data of the agency-files fixtures, one row rejected, evaluated to a workbook.
fn evaluation_workbook(dir: &Path) -> (Run, PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agency-files");
    std::fs::copy(fixtures.join("observations.csv"), dir.join("obs.csv")).unwrap();
    std::fs::copy(fixtures.join("submissions.csv"), dir.join("subs.csv")).unwrap();
    std::fs::write(
        dir.join("bad.csv"),
        "indicator,area,period,value\n1,tỉnh,2024,180\n",
    )
    .unwrap();
    let run = eval_fixtures(dir, &["--format", "xlsx", "-o", "kết quả.xlsx"]);
    (run, dir.join("kết quả.xlsx"))
}

/// `plan eval` of the data [`evaluation_workbook`] writes in `dir`, with more arguments.
fn eval_fixtures(dir: &Path, more: &[&str]) -> Run {
    let plan = plan();
    let data = [
        "eval",
        &plan,
        "obs.csv",
        "subs.csv",
        "bad.csv",
        "--as-of",
        "2024-01-31",
    ];
    run_in(dir, &[&data[..], more].concat())
}

#[test]
fn eval_writes_its_results_as_a_workbook_with_typed_cells() {
    let dir = tempfile::tempdir().unwrap();
    let (run, path) = evaluation_workbook(dir.path());
    // A rejected row still exits 1; nothing but the summary on the terminal.
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
    assert!(
        run.stderr
            .contains("data: 11 rows read = 10 accepted + 1 rejected"),
        "{run:?}"
    );
    let bytes = std::fs::read(&path).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Mục tiêu (targets)",
            "Báo cáo (reporting)",
            "Nhiệm vụ (tasks)",
            "Lỗi số liệu (data)"
        ]
    );
    // The targets as the CSV form has them, numbers typed as numbers.
    let csv = eval_fixtures(dir.path(), &["--format", "csv"]);
    let targets = book.worksheet_range("Mục tiêu (targets)").unwrap();
    let header: Vec<String> = targets
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header.join(","), csv.stdout.lines().next().unwrap());
    assert_eq!(targets.height(), csv.stdout.lines().count());
    let value = targets.get((1, 10)).unwrap();
    assert!(matches!(value, Data::Float(v) if *v == 95.0), "{value:?}");
    // Reports with their dates as dates; the rejected row with its place.
    let reporting = book.worksheet_range("Báo cáo (reporting)").unwrap();
    assert!(
        matches!(reporting.get((1, 3)), Some(Data::DateTime(_))),
        "{reporting:?}"
    );
    let problems = sheet_rows(&bytes, "Lỗi số liệu (data)");
    assert_eq!(
        problems[1][..5],
        ["error", "bad.csv", "2", "", "data::out_of_range"]
    );
}

#[test]
fn libreoffice_opens_and_converts_the_template_and_the_results() {
    let Some(soffice) = soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        template(dir.path(), &["--from", "2022", "--to", "2023"]).code,
        Some(0)
    );
    let (run, results) = evaluation_workbook(dir.path());
    assert_eq!(run.code, Some(1), "{run:?}");
    let out = dir.path().join("converted");
    for (file, header) in [
        (
            dir.path().join("mẫu.xlsx"),
            "indicator,title,unit,area,period,value",
        ),
        (results, "indicator,objective,lead,area,kind,year"),
    ] {
        for format in ["csv", "pdf"] {
            let converted = convert(&soffice, &file, format, &out)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let bytes = std::fs::read(&converted).unwrap();
            if format == "pdf" {
                assert!(bytes.starts_with(b"%PDF"), "{}", converted.display());
            } else {
                // LibreOffice's CSV is of the first sheet, in its own character set: the
                // header row is ASCII.
                let text = String::from_utf8_lossy(&bytes);
                assert!(text.contains(header), "{}: {text}", converted.display());
            }
        }
    }
}
