//! Excel workbooks read as data (issue 9 §2): cells typed as numbers and dates taken as such,
//! percent cells read as what they show or refused, problems cited by cell, the sheet chosen
//! by name or by its header, and damaged or hostile files refused without taking the
//! machine's memory. The workbooks are written here with rust_xlsxwriter, as programs write
//! them; `tests/data/agency_files.rs` reads the ones LibreOffice wrote.

use crate::common;
use planlang::i18n::Lang;

use common::zip_parts::{with_part, zip_of};
use planlang::data::store::Origin;
use planlang::data::{DataSet, FileKind, LoadOptions};
use planlang::date::Date;
use planlang::diagnostic::words::data::row_in;
use planlang::diagnostic::Diagnostic;
use planlang::render::diagnostics::{data_json, short};
use planlang::Model;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};
use std::io::Read;
use std::path::Path;

fn model() -> Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agency-files/plan.plan");
    let checked = planlang::load_path(path).expect("the plan is readable");
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// A workbook of the sheets `build` writes.
fn xlsx(build: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let mut workbook = Workbook::new();
    build(&mut workbook);
    workbook.save_to_buffer().expect("the workbook is written")
}

/// A workbook of one sheet, `name`, with a header and rows written by `rows`.
fn one_sheet(name: &str, header: &[&str], rows: impl FnOnce(&mut Worksheet)) -> Vec<u8> {
    xlsx(|book| {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        sheet.write_row(0, 0, header.iter().copied()).unwrap();
        rows(sheet);
    })
}

fn load_with(model: &Model, bytes: &[u8], options: LoadOptions) -> DataSet {
    let mut set = DataSet::default();
    set.load_workbook(model, "data.xlsx", bytes, options);
    assert_eq!(set.rows_read, set.accepted + set.rejected, "{set:#?}");
    set
}

fn load(model: &Model, bytes: &[u8]) -> DataSet {
    load_with(model, bytes, LoadOptions::default())
}

fn shorts(errors: &[Diagnostic]) -> Vec<String> {
    errors.iter().map(|d| short(d, Lang::En)).collect()
}

fn warnings(set: &DataSet) -> Vec<String> {
    shorts(&set.warnings)
}

/// The values kept, by row of the sheet.
fn values(set: &DataSet) -> Vec<(u64, f64)> {
    let mut out: Vec<(u64, f64)> = set
        .store
        .entries
        .values()
        .map(|e| (e.origin.line, e.value))
        .collect();
    out.sort_by_key(|v| v.0);
    out
}

const HEADER: &[&str] = &["indicator", "area", "period", "value", "reported_on"];

fn date(format: &str) -> Format {
    Format::new().set_num_format(format)
}

#[test]
fn numbers_dates_and_ids_typed_in_cells_are_taken_as_typed() {
    let model = model();
    let bytes = one_sheet("Sheet1", HEADER, |s| {
        // Indicator 1 and the year typed as numbers; a date typed as a date, shown the
        // Vietnamese way; a value typed as text (Excel's "number stored as text").
        s.write_number(1, 0, 1).unwrap();
        s.write_string(1, 1, "tỉnh").unwrap();
        s.write_number(1, 2, 2022).unwrap();
        s.write_number(1, 3, 88.5).unwrap();
        let day = ExcelDateTime::from_ymd(2022, 12, 1).unwrap();
        s.write_datetime_with_format(1, 4, &day, &date("dd/mm/yyyy"))
            .unwrap();
        s.write_string(2, 0, "2").unwrap();
        s.write_string(2, 1, "tỉnh").unwrap();
        s.write_string(2, 2, "2023").unwrap();
        s.write_string(2, 3, "1234567").unwrap();
        s.write_string(2, 4, "04/12/2023").unwrap();
    });
    let set = load(&model, &bytes);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert!(set.warnings.is_empty(), "{:#?}", set.warnings);
    assert_eq!(values(&set), [(2, 88.5), (3, 1_234_567.0)]);
    let dates: Vec<Option<Date>> = set.store.entries.values().map(|e| e.reported_on).collect();
    assert!(dates.contains(&Date::new(2022, 12, 1)), "{dates:?}");
    assert!(dates.contains(&Date::new(2023, 12, 4)), "{dates:?}");
    assert_eq!(set.sheets, [Some("Sheet1".to_string())]);
    assert_eq!(
        row_in(&set.row_in(Origin::new(0, 3))),
        "row 3 of sheet Sheet1 in data.xlsx"
    );
}

#[test]
fn percent_cells_are_what_they_show_for_a_percent_and_refused_elsewhere() {
    let model = model();
    // HEADER's columns up to `value`, then a ratio's.
    let header = [&HEADER[..4], &["numerator", "denominator"]].concat();
    let bytes = one_sheet("Sheet1", &header, |s| {
        let percent = date("0.00%");
        let row = |s: &mut Worksheet, r: u32, indicator: f64, year: f64| {
            s.write_number(r, 0, indicator).unwrap();
            s.write_string(r, 1, "tỉnh").unwrap();
            s.write_number(r, 2, year).unwrap();
        };
        // 88.5% and 29% for the percent indicator: 88.5 and exactly 29 (0.29 * 100 is
        // 28.999999999999996).
        row(s, 1, 1.0, 2022.0);
        s.write_number_with_format(1, 3, 0.885, &percent).unwrap();
        row(s, 2, 1.0, 2023.0);
        s.write_number_with_format(2, 3, 0.29, &date("0%")).unwrap();
        // A percent sign written as text in the format does not multiply: 95 shown `95%`.
        row(s, 3, 1.0, 2024.0);
        s.write_number_with_format(3, 3, 95, &date("0\\%")).unwrap();
        // The count indicator shown as a percent: neither 0.5 nor 50 is sure.
        row(s, 4, 2.0, 2022.0);
        s.write_number_with_format(4, 3, 0.5, &percent).unwrap();
        // A numerator shown as a percent.
        row(s, 5, 1.0, 2025.0);
        s.write_number_with_format(5, 4, 0.5, &percent).unwrap();
        s.write_number(5, 5, 200).unwrap();
    });
    let set = load(&model, &bytes);
    assert_eq!(values(&set), [(2, 88.5), (3, 29.0), (4, 95.0)]);
    assert_eq!(
        shorts(&set.errors),
        [
            "data.xlsx:Sheet1!D5: error[data::percent_cell]: value is formatted as a percent (50%, which the spreadsheet stores as 0.5), but the indicator's unit is `count`, not a percent; format the cell as a number and write the value itself",
            "data.xlsx:Sheet1!E6: error[data::percent_cell]: numerator is formatted as a percent (50%, which the spreadsheet stores as 0.5), but a numerator is a count; format the cell as a number and write the numerator itself",
        ]
    );
}

#[test]
fn problems_cite_their_cell_or_their_row() {
    let model = model();
    let bytes = one_sheet("Số liệu", HEADER, |s| {
        let text = |s: &mut Worksheet, r: u32, cells: [&str; 3]| {
            for (c, v) in cells.into_iter().enumerate() {
                s.write_string(r, c as u16, v).unwrap();
            }
        };
        // A period a spreadsheet turned into a date (1/2023 typed).
        text(s, 1, ["1", "tỉnh", ""]);
        let january = ExcelDateTime::from_ymd(2023, 1, 1).unwrap();
        s.write_datetime_with_format(1, 2, &january, &date("mm/yyyy"))
            .unwrap();
        s.write_number(1, 3, 80).unwrap();
        // A formula's error where the value is.
        text(s, 2, ["1", "tỉnh", "2022"]);
        s.write_formula(2, 3, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        // An unknown area; a value in Vietnamese style typed as text in a file that does not
        // say its decimal mark; a time of day where a date is.
        text(s, 3, ["1", "tinh", "2022"]);
        s.write_number(3, 3, 80).unwrap();
        text(s, 4, ["1", "tỉnh", "2023"]);
        s.write_string(4, 3, "88,5").unwrap();
        text(s, 5, ["1", "mộc_châu", "2023"]);
        s.write_number(5, 3, 80).unwrap();
        s.write_number_with_format(5, 4, 0.5, &date("hh:mm"))
            .unwrap();
        // The same key twice with different values: the second conflicts.
        text(s, 6, ["2", "tỉnh", "2022"]);
        s.write_number(6, 3, 100).unwrap();
        text(s, 7, ["2", "tỉnh", "2022"]);
        s.write_number(7, 3, 101).unwrap();
    });
    let set = load(&model, &bytes);
    let errors = shorts(&set.errors);
    let expected = [
        "data.xlsx:'Số liệu'!C2: error[data::bad_period]: period is the date 2023-01-01, not a period",
        "data.xlsx:'Số liệu'!D3: error[data::bad_number]: `value` holds the error #DIV/0! (what its formula gave); correct the formula or type the value",
        "data.xlsx:'Số liệu'!B4: error[data::unknown_area]: unknown area `tinh`",
        "data.xlsx:'Số liệu'!D5: error[data::decimal_comma]: value `88,5` is written with a decimal comma",
        "data.xlsx:'Số liệu'!E6: error[data::bad_number]: `reported_on` holds a time of day, not a date",
        "data.xlsx:'Số liệu'!8: error[data::conflict]: indicator 2, area tỉnh, period 2022: value 101 conflicts with 100 on row 7 of sheet Số liệu in data.xlsx;",
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (error, start) in errors.iter().zip(expected) {
        assert!(
            error.starts_with(start),
            "{error}\n does not start with\n{start}"
        );
    }
    assert_eq!((set.rows_read, set.accepted, set.rejected), (7, 1, 6));
    // The line is the sheet's row; JSON carries the cell beside it (null for text files).
    let json = serde_json::to_value(data_json(&set.errors[0], Lang::En)).unwrap();
    assert_eq!(json["line"], 2);
    assert_eq!(json["location"], "'Số liệu'!C2");
    let mut csv = DataSet::default();
    csv.load_csv(
        &model,
        "x.csv",
        "indicator,area,period,value\n1,tinh,2022,1\n".as_bytes(),
        LoadOptions::default(),
    );
    let json = serde_json::to_value(data_json(&csv.errors[0], Lang::En)).unwrap();
    assert_eq!(json["location"], serde_json::Value::Null);
    assert_eq!(
        short(&csv.errors[0], Lang::En),
        "x.csv:2: error[data::unknown_area]: unknown area `tinh`; did you mean `tỉnh`?"
    );
}

#[test]
fn reports_received_with_dates_typed_as_dates_or_text() {
    let model = model();
    let bytes = one_sheet(
        "Báo cáo",
        &["agency", "report", "period", "received"],
        |s| {
            s.write_row(1, 0, ["sở_y_tế", "báo_cáo_năm"]).unwrap();
            s.write_number(1, 2, 2022).unwrap();
            let day = ExcelDateTime::from_ymd(2022, 12, 1).unwrap();
            s.write_datetime_with_format(1, 3, &day, &date("dd/mm/yyyy"))
                .unwrap();
            s.write_row(2, 0, ["sở_gd_đt", "báo_cáo_năm", "2022", "09/12/2022"])
                .unwrap();
            s.write_row(3, 0, ["sở_gd_đt", "báo_cáo_năm", "2023"])
                .unwrap();
            s.write_number(3, 3, 45_000).unwrap();
        },
    );
    let set = load(&model, &bytes);
    let received: Vec<Date> = set.submissions.iter().map(|s| s.received).collect();
    assert_eq!(
        received,
        [
            Date::new(2022, 12, 1).unwrap(),
            Date::new(2022, 12, 9).unwrap()
        ]
    );
    assert_eq!(
        shorts(&set.errors),
        ["data.xlsx:'Báo cáo'!D4: error[data::bad_date]: received is the number 45000, not a date; format the cell as a date, or write it as YYYY-MM-DD or DD/MM/YYYY"]
    );
}

/// A sheet of instructions, in words, before the data.
fn instructions(book: &mut Workbook) {
    let sheet = book.add_worksheet().set_name("Hướng dẫn").unwrap();
    sheet
        .write_string(0, 0, "Nhập số liệu vào trang Số liệu")
        .unwrap();
}

fn data_sheet(book: &mut Workbook, name: &str, value: f64) {
    let sheet = book.add_worksheet().set_name(name).unwrap();
    sheet
        .write_row(0, 0, ["indicator", "area", "period", "value"])
        .unwrap();
    sheet.write_row(1, 0, ["1", "tỉnh", "2022"]).unwrap();
    sheet.write_number(1, 3, value).unwrap();
}

#[test]
fn the_first_sheet_that_starts_with_a_header_is_read_and_the_others_are_named() {
    let model = model();
    let bytes = xlsx(|book| {
        instructions(book);
        data_sheet(book, "Số liệu", 80.0);
        data_sheet(book, "Năm 2023", 81.0);
        let hidden = book.add_worksheet().set_name("Danh mục").unwrap();
        hidden.set_hidden(true);
    });
    let set = load(&model, &bytes);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(values(&set), [(2, 80.0)]);
    assert_eq!(
        warnings(&set),
        [
            "data.xlsx:'Số liệu'!1: warning[data::skipped_sheet]: rows are read from sheet `Số liệu`, the first that starts with a header; skipped before it: `Hướng dẫn` (row 1 is not a header: the header lacks the columns indicator, area, period, value (or numerator and denominator), so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns))",
            "data.xlsx:'Số liệu'!1: warning[data::skipped_sheet]: sheet `Năm 2023` also starts with a header but is not read: one sheet of a workbook is read, `Số liệu` here; to read another, save it as a file of its own, or name it with --sheet",
        ]
    );
    // Named, in any letter case: that sheet, and no word about the others.
    let named = |sheet: &str| {
        load_with(
            &model,
            &bytes,
            LoadOptions {
                sheet: Some(sheet.to_string()),
                ..LoadOptions::default()
            },
        )
    };
    let set = named("năm 2023");
    assert!(set.errors.is_empty() && set.warnings.is_empty(), "{set:#?}");
    assert_eq!(values(&set), [(2, 81.0)]);
    // A name the workbook lacks lists its sheets; a named sheet without a header says why.
    let set = named("Sheet1");
    assert_eq!(set.unusable_files(), ["data.xlsx"]);
    assert_eq!(
        shorts(&set.errors),
        ["data.xlsx: error[data::unreadable]: the workbook has no sheet `Sheet1`; its sheets are `Hướng dẫn`, `Số liệu`, `Năm 2023`, `Danh mục`: give one of them with --sheet"]
    );
    let set = named("Hướng dẫn");
    assert_eq!(set.unusable_files(), ["data.xlsx"]);
    assert!(
        shorts(&set.errors)[0].starts_with("data.xlsx:'Hướng dẫn'!1: error[data::missing_column]: row 1 is not a header: the header lacks the columns"),
        "{:#?}",
        set.errors
    );
}

#[test]
fn a_workbook_without_a_header_anywhere_is_unusable_with_each_sheets_reason() {
    let model = model();
    let bytes = xlsx(|book| {
        instructions(book);
        book.add_worksheet().set_name("Trống").unwrap();
    });
    let set = load(&model, &bytes);
    assert_eq!(set.unusable_files(), ["data.xlsx"]);
    assert_eq!(set.rows_read, 0);
    let error = &shorts(&set.errors)[0];
    assert!(error.starts_with("data.xlsx: error[data::unreadable]: no sheet of the workbook starts with a header naming its columns (indicator,area,period,value or agency,report,period,received): `Hướng dẫn` (row 1 is not a header: "), "{error}");
    assert!(error.ends_with("; `Trống` (it is empty)"), "{error}");
}

#[test]
fn comment_rows_before_the_header_and_their_decimal_declaration() {
    let model = model();
    let bytes = xlsx(|book| {
        let s = book.add_worksheet();
        s.write_row(0, 0, ["# Mã chỉ tiêu", "Địa bàn", "Kỳ", "Giá trị"])
            .unwrap();
        s.write_string(1, 0, "#decimal=comma").unwrap();
        s.write_row(2, 0, ["indicator", "area", "period", "value"])
            .unwrap();
        s.write_row(3, 0, ["1", "tỉnh", "2022", "88,5"]).unwrap();
        s.write_row(4, 0, ["2", "tỉnh", "2022", "1.234.567"])
            .unwrap();
    });
    let set = load(&model, &bytes);
    assert!(set.errors.is_empty() && set.warnings.is_empty(), "{set:#?}");
    assert_eq!(values(&set), [(4, 88.5), (5, 1_234_567.0)]);
}

#[test]
fn cells_outside_the_header_are_said_to_be_ignored_and_a_far_cell_costs_nothing() {
    let model = model();
    let bytes = one_sheet("Sheet1", &["indicator", "area", "period", "value"], |s| {
        s.write_row(1, 0, ["1", "tỉnh", "2022"]).unwrap();
        s.write_number(1, 3, 80).unwrap();
        s.write_string(1, 6, "ghi chú").unwrap();
        // The last cell a sheet has: read as a sheet of 17 billion cells, this would take
        // hundreds of gigabytes.
        s.write_string(1_048_575, 16_383, "x").unwrap();
    });
    let set = load(&model, &bytes);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(values(&set), [(2, 80.0)]);
    assert_eq!(
        warnings(&set),
        ["data.xlsx:Sheet1!1: warning[data::unknown_column]: 2 cells outside the header's columns (the first at Sheet1!G2) are ignored; to read them, name their column in the header (row 1)"]
    );
}

/// The error of a file that cannot be used, which must be the only one.
fn refusal(set: &DataSet) -> String {
    assert_eq!(set.unusable_files().len(), 1, "{set:#?}");
    assert_eq!(set.errors.len(), 1, "{:#?}", set.errors);
    short(&set.errors[0], Lang::En)
}

#[test]
fn other_spreadsheet_formats_are_refused_with_how_to_save_them() {
    let model = model();
    let cases: [(&[u8], &str); 5] = [
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0",
            "it is an Excel 97-2003 workbook (.xls)",
        ),
        (
            &zip_of(&[
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                ("content.xml", "<office:document-content/>"),
            ]),
            "it is an OpenDocument spreadsheet (.ods)",
        ),
        (
            b"<html><body><table><tr><td>indicator</td></tr></table></body></html>",
            "it is an HTML or XML page, not a workbook",
        ),
        (
            b"indicator,area,period,value\n",
            "it is text, not a workbook: if it is CSV, name it .csv",
        ),
        (b"", "the file is empty"),
    ];
    for (bytes, why) in cases {
        let error = refusal(&load(&model, bytes));
        assert!(
            error.starts_with(&format!(
                "data.xlsx: error[data::unreadable]: cannot read the workbook: {why}"
            )),
            "{error}"
        );
    }
    assert_eq!(
        FileKind::of(Path::new("báo cáo.XLSX")),
        FileKind::Spreadsheet
    );
    assert_eq!(FileKind::of(Path::new("cũ.xls")), FileKind::Spreadsheet);
    assert_eq!(FileKind::of(Path::new("a.ods")), FileKind::Spreadsheet);
}

#[test]
fn a_workbook_that_would_fill_memory_is_refused_before_it_is_unpacked() {
    let model = model();
    let good = one_sheet("Sheet1", &["indicator", "area", "period", "value"], |s| {
        s.write_row(1, 0, ["1", "tỉnh", "2022", "80"]).unwrap();
    });
    assert_eq!(load(&model, &good).accepted, 1);

    // A part whose zip directory says it unpacks to 2 GiB (as a zip bomb's does).
    let mut bomb = good.clone();
    let directory = bomb
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("a central directory");
    bomb[directory + 24..directory + 28].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    let error = refusal(&load(&model, &bomb));
    assert!(
        error.contains("its parts unpack to 2048 MiB, more than the 1024 MiB read from a workbook"),
        "{error}"
    );

    // A shared strings table that declares more strings than it can hold: calamine would
    // reserve room for them all at once.
    let lying = with_part(&good, "sharedStrings.xml", |text| {
        let start = text.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
        let end = start + text[start..].find('"').unwrap();
        format!("{}999999999999{}", &text[..start], &text[end..])
    });
    let error = refusal(&load(&model, &lying));
    assert!(
        error.contains("its shared strings table declares 999999999999 strings, more than its"),
        "{error}"
    );

    // A file larger than any workbook of data, read from a stream: refused at the limit.
    let mut set = DataSet::default();
    let huge = std::io::repeat(b'P').take(200 << 20);
    set.load_reader(
        &model,
        "huge.xlsx",
        FileKind::Spreadsheet,
        huge,
        LoadOptions::default(),
    );
    let error = refusal(&set);
    assert!(
        error
            .starts_with("huge.xlsx: error[data::unreadable]: the workbook is larger than 128 MiB"),
        "{error}"
    );
}

#[test]
fn the_command_reads_a_workbook_and_cites_cells() {
    let dir = tempfile::tempdir().unwrap();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agency-files/plan.plan");
    let plan = plan.to_str().unwrap();
    let bytes = xlsx(|book| {
        instructions(book);
        let s = book.add_worksheet().set_name("Số liệu").unwrap();
        s.write_row(0, 0, ["indicator", "area", "period", "value"])
            .unwrap();
        s.write_row(1, 0, ["1", "tỉnh", "2022", "80"]).unwrap();
        s.write_row(2, 0, ["1", "tỉnh", "2023", "180"]).unwrap();
    });
    std::fs::write(dir.path().join("data.xlsx"), bytes).unwrap();
    let run = common::run_in(
        dir.path(),
        &["eval", plan, "data.xlsx", "--as-of", "2024-01-31"],
    );
    run.assert_exit_says(
        1,
        "data.xlsx:'Số liệu'!D3: error[data::out_of_range]: value 180 is outside the range of unit `percent` (between 0 and 100)",
    );
    assert!(
        run.stderr.contains("warning[data::skipped_sheet]"),
        "{run:?}"
    );
    assert!(
        run.stdout
            .contains("data: 2 rows read = 1 accepted + 1 rejected"),
        "{run:?}"
    );
    let run = common::run_in(
        dir.path(),
        &[
            "eval",
            plan,
            "data.xlsx",
            "--sheet",
            "Không có",
            "--format",
            "json",
        ],
    );
    run.assert_exit_says(
        2,
        "the workbook has no sheet `Không có`; its sheets are `Hướng dẫn`, `Số liệu`",
    );
}
