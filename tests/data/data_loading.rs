//! Loading data files (docs/data-and-evaluation.md, "Data files"): every rejection reason with its exact code, line and
//! message; decimal commas; revisions and conflicts; a mixed file that proves
//! `rows_read == accepted + rejected`; the `;` separator; submissions files; JSON lines.
//!
//! Each test reads a small inline plan and data given as strings, so a failure shows the
//! whole input next to the assertion.

use crate::seen::{all, lines_and_codes, seen, DataError};
use crate::support;
use planlang::data::store::{Key, Series};
use planlang::data::{DataSet, LoadOptions, NumberStyle};
use planlang::diagnostic::{BadNumber, Code, Column, DataPlace, DataProblem, Diagnostic};
use planlang::eval::Period;
use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use planlang::Model;
use std::sync::OnceLock;

/// After the shared start of the plan (areas, data elements, a formula, a dimension,
/// agencies): a composite indicator and a yearly report.
const PLAN_REST: &str = r#"indicator 3 "Hoàn thành tiểu học; bỏ học tiểu học" {
    objective a  lead gddt  source "II.1, Chỉ tiêu 3"
    part a "Hoàn thành tiểu học" { unit percent  direction increase  target 2025 >= 97 }
    part b "Bỏ học tiểu học" { unit percent  direction decrease  target 2025 < 0.5 }
}
report bc_nam "Báo cáo năm" { period year  due before 05/12  from yte, gddt  to ubnd }
"#;

/// What a value written with a decimal comma in a file that does not declare one is told.
const UNDECLARED_COMMA: &str = "value `80,5` is written with a decimal comma (it would be 80.5), but the file does not say so; say how the file writes numbers: a first line `#decimal=comma` (9,5 and 1.234.567) or `#decimal=point` (9.5 and 1,234,567) in CSV, `\"decimal\": \"comma\"` or `\"point\"` in JSON, or --decimal-comma / --decimal-point";

/// Every documented column, and the plan's dimension.
const HEADER: &str =
    "indicator,area,period,value,numerator,denominator,status,source,reported_by,reported_on,sex\n";

/// The model of the plan, read once for all the tests.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| support::model_of(PLAN_REST))
}

/// A data set as these tests read it: its problems as [`DataError`] values (place, code
/// and words), the rest of the set through `Deref`.
#[derive(Debug)]
struct Loaded {
    set: DataSet,
    errors: Vec<DataError>,
    warnings: Vec<DataError>,
}

impl From<DataSet> for Loaded {
    fn from(set: DataSet) -> Loaded {
        Loaded {
            errors: all(&set.errors),
            warnings: all(&set.warnings),
            set,
        }
    }
}

impl std::ops::Deref for Loaded {
    type Target = DataSet;
    fn deref(&self) -> &DataSet {
        &self.set
    }
}

/// `text` read as the CSV file `x.csv` for `model`.
fn csv_for(model: &Model, text: &str, options: LoadOptions) -> Loaded {
    let mut set = DataSet::default();
    set.load_csv(model, "x.csv", text.as_bytes(), options);
    assert_counts_add_up(&set);
    set.into()
}

/// `text` read as the CSV file `x.csv` for the plan.
fn csv_with(text: &str, options: LoadOptions) -> Loaded {
    csv_for(model(), text, options)
}

fn csv(text: &str) -> Loaded {
    csv_with(text, LoadOptions::default())
}

/// `text` read as the JSON file `x.json` for the plan.
fn json_with(text: &str, options: LoadOptions) -> Loaded {
    let mut set = DataSet::default();
    set.load_json_str(model(), "x.json", text, options);
    assert_counts_add_up(&set);
    set.into()
}

fn json(text: &str) -> Loaded {
    json_with(text, LoadOptions::default())
}

/// CSV `text` read with no error.
fn clean_csv(text: &str) -> Loaded {
    let set = csv(text);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    set
}

/// JSON `text` read with no error.
fn clean_json(text: &str) -> Loaded {
    let set = json(text);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    set
}

/// Options that read every file with a decimal comma.
fn decimal_comma() -> LoadOptions {
    LoadOptions {
        decimal: NumberStyle::Comma,
        ..LoadOptions::default()
    }
}

fn assert_counts_add_up(set: &DataSet) {
    assert_eq!(
        set.rows_read,
        set.accepted + set.rejected,
        "rows read = accepted + rejected: {set:#?}"
    );
}

/// The one warning of a data set, which has no error.
fn only_warning(set: &Loaded) -> &DataError {
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.warnings.len(), 1, "{:#?}", set.warnings);
    &set.warnings[0]
}

/// The one error of a data set.
fn only_error(set: &Loaded) -> &DataError {
    assert_eq!(set.errors.len(), 1, "{:#?}", set.errors);
    &set.errors[0]
}

/// The one error of a data set, in its one-line form.
fn only_error_short(set: &Loaded) -> String {
    only_error(set);
    short(&set.set.errors[0], Lang::En)
}

/// An error of `file` at `line` (and no other location).
fn data_error(file: &str, line: u64, code: Code, message: &str) -> DataError {
    DataError {
        file: file.into(),
        line,
        location: None,
        code,
        message: message.into(),
    }
}

/// The one problem of a data set that a test looks at: its one error, or its one warning
/// (and no error).
#[derive(Clone, Copy)]
enum One {
    Error,
    Warning,
}

/// `set` read `rows` (read, accepted, rejected) and has one error (or warning): at `line`
/// of `file`, with exactly this code and message.
fn assert_one(
    one: One,
    set: &DataSet,
    rows: (u64, u64, u64),
    (file, line): (&str, u64),
    code: Code,
    message: &str,
) {
    assert_eq!((set.rows_read, set.accepted, set.rejected), rows);
    let found = match one {
        One::Error => {
            assert_eq!(set.errors.len(), 1, "{:#?}", set.errors);
            &set.errors[0]
        }
        One::Warning => {
            assert!(set.errors.is_empty(), "{:#?}", set.errors);
            assert_eq!(set.warnings.len(), 1, "{:#?}", set.warnings);
            &set.warnings[0]
        }
    };
    assert_eq!(seen(found), data_error(file, line, code, message));
}

/// One CSV row after [`HEADER`]: it is rejected on line 2 with exactly this code and message.
fn assert_row_rejected(row: &str, code: Code, message: &str) {
    let set = csv(&format!("{HEADER}{row}\n"));
    assert_one(One::Error, &set, (1, 0, 1), ("x.csv", 2), code, message);
    assert!(set.store.entries.is_empty());
}

/// The key of a measure's total (no disaggregation).
fn key(measure: &str, area: &str, period: Period) -> Key {
    let measure = model().measures.get_index_of(measure).unwrap();
    total_key(Series::Measure(measure as u32), area, period)
}

/// The key of a data element's total.
fn element_key(element: &str, area: &str, period: Period) -> Key {
    let element = model().elements.get_index_of(element).unwrap();
    total_key(Series::Element(element as u32), area, period)
}

fn total_key(series: Series, area: &str, period: Period) -> Key {
    Key {
        series,
        area: model().areas.get_index_of(area).unwrap() as u32,
        period,
        disaggregation: Box::new([]),
    }
}

fn value_of(set: &DataSet, key: &Key) -> f64 {
    set.store
        .entries
        .get(key)
        .unwrap_or_else(|| panic!("no entry for {key:?}: {:#?}", set.errors))
        .value
}

// ---------------------------------------------------------------- a good file

#[test]
fn a_good_row_is_accepted_with_every_field() {
    let model = model();
    let set = clean_csv(&format!(
        "{HEADER}1,tinh,2023,80.5,,,provisional,Sổ A1,yte,2023-12-01,female\n"
    ));
    assert_eq!((set.rows_read, set.accepted, set.rejected), (1, 1, 0));
    let (key, entry) = set.store.entries.iter().next().unwrap();
    let sex = model.dimensions.get_index_of("sex").unwrap() as u16;
    let female = model.dimensions["sex"]
        .values
        .get_index_of("female")
        .unwrap() as u16;
    assert_eq!(*key.disaggregation, [(sex, female)]);
    assert_eq!(key.period, Period::Year(2023));
    assert_eq!(entry.value, 80.5);
    assert_eq!(entry.status, Some(planlang::data::ObsStatus::Provisional));
    assert_eq!(
        entry.reported_by,
        Some(model.agencies.get_index_of("yte").unwrap() as u32)
    );
    assert_eq!(
        entry.reported_on.map(|d| d.to_string()).as_deref(),
        Some("2023-12-01")
    );
    assert_eq!(entry.origin.line, 2);
}

#[test]
fn numerator_and_denominator_give_the_value_with_the_formula_factor() {
    let set = clean_csv(&format!("{HEADER}2,huyen_a,2023,,19,2000,,,,,\n"));
    let k = key("2", "huyen_a", Period::Year(2023));
    assert_eq!(value_of(&set, &k), 19.0 / 2000.0 * 1000.0);
    let entry = &set.store.entries[&k];
    assert_eq!(
        (entry.numerator, entry.denominator),
        (Some(19.0), Some(2000.0))
    );
}

#[test]
fn data_elements_and_half_years_are_accepted() {
    let set = clean_csv(
        "indicator,area,period,value\ndeaths,huyen_a,2023-H1,7\nbirths,huyen_a,2023-h2,1200\n",
    );
    assert_eq!(
        value_of(
            &set,
            &element_key("deaths", "huyen_a", Period::Half(2023, 1))
        ),
        7.0
    );
    assert_eq!(
        value_of(
            &set,
            &element_key("births", "huyen_a", Period::Half(2023, 2))
        ),
        1200.0
    );
}

#[test]
fn the_year_before_the_plan_is_accepted_as_a_baseline_year() {
    assert_eq!(
        clean_csv("indicator,area,period,value\n1,tinh,2020,70\n").accepted,
        1
    );
}

// ---------------------------------------------------------------- one test per code

/// Every code of `data::` must appear here with a test below; a new code fails this test
/// until it has one.
#[test]
fn every_data_code_has_a_test_here() {
    let tested = [
        Code::DataUnreadable,
        Code::DataMissingColumn,
        Code::DataUnknownColumn,
        Code::DataMissingValue,
        Code::DataUnknownIndicator,
        Code::DataUnknownArea,
        Code::DataBadPeriod,
        Code::DataPeriodOutsidePlan,
        Code::DataBadNumber,
        Code::DataDecimalComma,
        Code::DataOutOfRange,
        Code::DataZeroDenominator,
        Code::DataBadDate,
        Code::DataBadStatus,
        Code::DataUnknownAgency,
        Code::DataUnknownDimensionValue,
        Code::DataConflict,
        Code::DataCompositeIndicator,
        Code::DataUnknownReport,
        Code::DataUnknownTask,
        Code::DataNotTaskLead,
        Code::DataEncoding,
        Code::DataBadHeader,
        Code::DataAmbiguousNumber,
        Code::DataWrongUnit,
        Code::DataUnfilledRow,
        Code::DataIdentityBroken,
        // Tested with workbooks, in tests/data/workbooks.rs.
        Code::DataPercentCell,
        Code::DataSkippedSheet,
    ];
    for code in Code::ALL.iter().filter(|c| c.in_data()) {
        assert!(tested.contains(code), "{} has no test", code.as_str());
    }
    assert_eq!(
        tested.len(),
        Code::ALL.iter().filter(|c| c.in_data()).count()
    );
}

#[test]
fn code_strings_are_stable() {
    let codes: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.in_data())
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "data::unreadable",
            "data::missing_column",
            "data::unknown_column",
            "data::missing_value",
            "data::unknown_indicator",
            "data::unknown_area",
            "data::bad_period",
            "data::period_outside_plan",
            "data::bad_number",
            "data::decimal_comma",
            "data::out_of_range",
            "data::zero_denominator",
            "data::bad_date",
            "data::bad_status",
            "data::unknown_agency",
            "data::unknown_dimension_value",
            "data::conflict",
            "data::composite_indicator",
            "data::unknown_report",
            "data::unknown_task",
            "data::not_task_lead",
            "data::encoding",
            "data::bad_header",
            "data::ambiguous_number",
            "data::percent_cell",
            "data::wrong_unit",
            "data::skipped_sheet",
            "data::identity_broken",
            "data::unfilled_row",
        ]
    );
}

#[test]
fn unreadable_a_csv_row_that_is_not_utf8() {
    let model = model();
    let mut set = DataSet::default();
    let bytes: &[u8] = b"indicator,area,period,value\n1,tinh,2022,70\n1,tinh,2023,8\xff0\n";
    set.load_csv(model, "x.csv", bytes, LoadOptions::default());
    assert_one(
        One::Error,
        &set,
        (2, 1, 1),
        ("x.csv", 3),
        Code::DataEncoding,
        "the line is not UTF-8 text: column 14 holds the byte 0xFF; the file was saved in another encoding, most likely Windows-1252 (as Excel saves \"CSV (Comma delimited)\" on a Western Windows): save it again as \"CSV UTF-8\", or read it with --encoding windows-1252",
    );
    // Bytes that are not text make the whole file unusable.
    assert_eq!(set.unusable_files(), ["x.csv"]);
}

#[test]
fn unreadable_a_missing_file() {
    let model = model();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.csv");
    let mut set = DataSet::default();
    set.load_path(model, &path, LoadOptions::default());
    assert_eq!((set.rows_read, set.accepted, set.rejected), (0, 0, 0));
    let set = Loaded::from(set);
    assert_eq!(
        only_error(&set),
        &DataError {
            file: path.display().to_string(),
            line: 0,
            location: None,
            code: Code::DataUnreadable,
            message: "cannot read the file: no such file".into(),
        }
    );
    assert_eq!(set.unusable_files(), [path.display().to_string()]);
}

/// A row object that is not valid JSON is rejected on its own (its braces still say where
/// it ends, so the rows after it are read); the place is the one serde_json gives for the
/// whole file.
#[test]
fn unreadable_json_that_is_not_json() {
    let text = "[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": },\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2024\", \"value\": 80}\n]\n";
    let set = json(text);
    let whole = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
    assert_eq!((whole.line(), whole.column()), (2, 65));
    assert_one(
        One::Error,
        &set,
        (2, 1, 1),
        ("x.json", 2),
        Code::DataUnreadable,
        "the row is not valid JSON: expected value at line 2 column 65",
    );
    // An error on a later line of a row object keeps serde_json's column.
    let text = "[{\"indicator\": \"1\",\n  \"value\": 80,,\n  \"area\": \"tinh\"}]";
    let whole = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
    let set = json(text);
    assert_eq!(
        only_error(&set).message,
        format!(
            "the row is not valid JSON: key must be a string at line {} column {}",
            whole.line(),
            whole.column()
        )
    );
}

/// A break in the structure around the rows (here a missing `,`) stops the file there: the
/// rows before it were read and count, the error says where and what.
#[test]
fn unreadable_json_structure_stops_the_file_where_it_breaks() {
    assert_one(
        One::Error,
        &json("[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2022\", \"value\": 70},\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 75}\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2024\", \"value\": 80}\n]\n"),
        (2, 2, 0),
        ("x.json", 4),
        Code::DataUnreadable,
        "not a JSON array of rows nor an object with `observations`: expected `,` or `]` after a row at line 4 column 3",
    );
    for (text, line, message) in [
        ("", 1, "the file is empty; write an array of rows, `[ {\"indicator\": \"3\", ...}, ... ]` at line 1 column 1"),
        ("indicator,area\n", 1, "expected `[` (an array of rows) or `{` (an object with `observations`) at line 1 column 1"),
        ("{\"rows\": []}", 1, "the object has no `observations` key holding the rows at line 1 column 13"),
        ("[{\"indicator\": \"1\"", 1, "the file ends inside the value that starts at line 1 column 2 at line 1 column 19"),
    ] {
        let set = json(text);
        let e = set.errors.last().expect("an error");
        assert_eq!((e.line, e.code, e.message.as_str()), (line, Code::DataUnreadable, format!("not a JSON array of rows nor an object with `observations`: {message}").as_str()), "{text:?}");
    }
}

#[test]
fn unreadable_a_json_row_that_is_not_an_object() {
    assert_one(
        One::Error,
        &json("[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2022\", \"value\": 70},\n  [1, 2, 3]\n]\n"),
        (2, 1, 1),
        ("x.json", 3),
        Code::DataUnreadable,
        "a row must be a JSON object such as {\"indicator\": \"3\", \"area\": \"son_la\", \"period\": \"2023\", \"value\": 11.5}",
    );
}

#[test]
fn missing_column_in_the_header_rejects_every_row() {
    let set = csv("indicator,area,value\n1,tinh,80\n1,huyen_a,81\n1,huyen_b,82\n");
    assert_eq!((set.rows_read, set.accepted, set.rejected), (3, 0, 3));
    let header = data_error(
        "x.csv",
        1,
        Code::DataMissingColumn,
        "the header lacks the column period, so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns)",
    );
    let row = |line| {
        data_error(
            "x.csv",
            line,
            Code::DataMissingColumn,
            "the row cannot be read: the header on line 1 cannot be",
        )
    };
    assert_eq!(set.errors, [header, row(2), row(3), row(4)]);
}

#[test]
fn a_row_after_a_blank_line_is_reported_on_its_own_line() {
    let set = csv("indicator,area,period,value\n1,tinh,2021,80\n\n1,tinh,2022,x\n");
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 1, 1));
    assert_eq!(only_error(&set).line, 4);
    // The same in a file whose header lacks a column, and in a submissions file.
    let set = csv("indicator,area,value\n1,tinh,80\n\n\n1,huyen_a,81\n");
    let lines: Vec<u64> = set.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [1, 2, 5]);
    let set = csv("agency,report,period,received\n\nytee,bc_nam,2023,2023-12-01\n");
    assert_eq!(only_error(&set).line, 3);
}

#[test]
fn missing_columns_are_listed_together() {
    let set = csv("indicator,area,period,numerator\n");
    assert_eq!(
        only_error(&set),
        &data_error(
            "x.csv",
            1,
            Code::DataMissingColumn,
            "the header lacks the column value (or numerator and denominator), so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns)",
        )
    );
    assert_eq!(
        only_error(&csv("area,value\n")).message,
        "the header lacks the columns indicator, period, so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns)"
    );
}

#[test]
fn missing_column_an_empty_file() {
    assert_one(
        One::Error,
        &csv(""),
        (0, 0, 0),
        ("x.csv", 1),
        Code::DataMissingColumn,
        "the file is empty: it needs a header line naming its columns (indicator,area,period,value)",
    );
}

#[test]
fn unknown_column_is_reported_on_the_header_and_ignored() {
    assert_one(
        One::Warning,
        &csv("indicator,area,period,value,ghi_chu\n1,tinh,2023,80,xem lại\n"),
        (1, 1, 0),
        ("x.csv", 1),
        Code::DataUnknownColumn,
        "column `ghi_chu` is neither a documented column (indicator, area, period, value, numerator, denominator, status, source, reported_by, reported_on, title, unit) nor a dimension of the plan; it is ignored",
    );
}

#[test]
fn unknown_column_in_json_is_reported_on_its_row() {
    assert_one(
        One::Warning,
        &json("[\n  {\"indicator\": \"1\", \"area\": \"tinh\",\n   \"period\": \"2023\", \"value\": 80, \"ghi_chu\": \"x\"}\n]\n"),
        (1, 1, 0),
        ("x.json", 2),
        Code::DataUnknownColumn,
        "key `ghi_chu` is neither a documented column (indicator, area, period, value, numerator, denominator, status, source, reported_by, reported_on, title, unit) nor a dimension of the plan; it is ignored",
    );
}

#[test]
fn missing_value_required_fields() {
    assert_row_rejected(
        ",tinh,2023,80,,,,,,,",
        Code::DataMissingValue,
        "the row has no `indicator`",
    );
    assert_row_rejected(
        "1, ,2023,80,,,,,,,",
        Code::DataMissingValue,
        "the row has no `area`",
    );
    assert_row_rejected(
        "1,tinh,,80,,,,,,,",
        Code::DataMissingValue,
        "the row has no `period`",
    );
}

#[test]
fn missing_value_no_value_nor_numerator_and_denominator() {
    assert_row_rejected(
        "2,tinh,2023,,19,,,,,,",
        Code::DataMissingValue,
        "the row has no value: give `value`, or `numerator` and `denominator`",
    );
    // A short row: the fields past its end are empty too.
    assert_row_rejected(
        "1,tinh,2023,,,,final",
        Code::DataMissingValue,
        "the row has no value: give `value`, or `numerator` and `denominator`",
    );
}

#[test]
fn unfilled_row_names_only_what_it_is_for_and_is_counted_in_one_warning() {
    // A template's rows: the second is filled in, the others not (one of them short); the
    // last names a status but no value, which is a mistake.
    let set = csv("indicator,title,unit,area,period,value,status\n\
         1,Tỷ lệ,%,tinh,2022,,\n\
         1,Tỷ lệ,%,tinh,2023,80,\n\
         2,Tỷ suất,‰,tinh,2023\n\
         1,Tỷ lệ,%,tinh,2024,,final\n");
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 1, 1));
    assert_eq!(only_error(&set).code, Code::DataMissingValue);
    assert_eq!(
        set.set.warnings.iter().map(|d| short(d, Lang::En)).collect::<Vec<_>>(),
        ["x.csv:2: warning[data::unfilled_row]: 2 rows name only what they are for (indicator, area, period), with nothing filled in (the first at line 2), so they are not read; fill in their values, or delete them"]
    );
    let set = csv("indicator,area,period,value\n1,tinh,2022,\n");
    assert_eq!(
        only_warning(&set).message,
        "the row at line 2 names only what it is for (indicator, area, period), with nothing filled in, so it is not read; fill in its value, or delete it"
    );
    assert_eq!(set.rows_read, 0);
}

/// Indicator 3: 3a is the total of 3b, 3c and 3d, within 0.5 percent of their sum.
const TOTAL_OF_PARTS: &str = r#"indicator 3 "Giá trị sản xuất" {
    objective a  lead gddt  source "II.3"  unit count  direction increase
    part a "Tổng số" { total of 3b, 3c, 3d within 0.5 percent  target 2025 >= 300 }
    part b "Nông nghiệp" { target 2025 >= 130 }
    part c "Công nghiệp" { target 2025 >= 90 }
    part d "Dịch vụ" { target 2025 >= 80 }
}
"#;

#[test]
fn identity_broken_names_the_total_and_each_part_and_refuses_no_row() {
    let model = support::model_of(TOTAL_OF_PARTS);
    // 120.5 + 80 + 49.5 = 250; 252 is 2 off, 0.8 % of 250, beyond 0.5 % of it (1.25).
    // In 2024, 251.2 is 1.2 off: within.
    let set = csv_for(
        &model,
        "indicator,area,period,value
         3a,tinh,2023,252
         3b,tinh,2023,120.5
         3c,tinh,2023,80
         3d,tinh,2023,49.5
         3a,tinh,2024,251.2
         3b,tinh,2024,120.5
         3c,tinh,2024,80
         3d,tinh,2024,49.5
",
        LoadOptions::default(),
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (8, 8, 0));
    assert_eq!(
        *only_warning(&set),
        DataError {
            file: "x.csv".into(),
            line: 2,
            location: None,
            code: Code::DataIdentityBroken,
            message: "indicator 3a, area tinh, period 2023: the total 252 (line 2 of x.csv) is not the sum of its parts, 250 = 3b 120.5 (line 3 of x.csv) + 3c 80 (line 4 of x.csv) + 3d 49.5 (line 5 of x.csv); they differ by 2, 0.8 % of the sum, more than `within 0.5 percent` allows (1.25); correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)".into(),
        }
    );
    assert_eq!(
        short(&set.set.warnings[0], Lang::En),
        format!(
            "x.csv:2: warning[data::identity_broken]: {}",
            set.warnings[0].message
        )
    );
}

#[test]
fn unknown_indicator_with_and_without_a_suggestion() {
    assert_row_rejected(
        "99,tinh,2023,80,,,,,,,",
        Code::DataUnknownIndicator,
        "unknown indicator `99` (use an indicator or part id such as `3` or `16a`, or a data element of the plan)",
    );
    assert_row_rejected(
        "deahts,tinh,2023,8,,,,,,,",
        Code::DataUnknownIndicator,
        "unknown indicator `deahts`; did you mean `deaths`?",
    );
}

#[test]
fn unknown_area_with_and_without_a_suggestion() {
    assert_row_rejected(
        "1,tinhh,2023,80,,,,,,,",
        Code::DataUnknownArea,
        "unknown area `tinhh`; did you mean `tinh`?",
    );
    assert_row_rejected(
        "1,son_la,2023,80,,,,,,,",
        Code::DataUnknownArea,
        "unknown area `son_la`",
    );
}

#[test]
fn unknown_area_in_a_plan_without_areas() {
    let set = csv_for(
        &support::model_without_areas(),
        "indicator,area,period,value\n1,tinh,2023,80\n",
        LoadOptions::default(),
    );
    assert_eq!(
        only_error(&set).message,
        "unknown area `tinh`; the plan declares no areas (`area ID \"Name\"`)"
    );
}

#[test]
fn bad_period() {
    assert_row_rejected(
        "1,tinh,2023-Q5,80,,,,,,,",
        Code::DataBadPeriod,
        "`2023-Q5` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)",
    );
    assert_row_rejected(
        "1,tinh,2023-13,80,,,,,,,",
        Code::DataBadPeriod,
        "`2023-13` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)",
    );
    assert_row_rejected(
        "1,tinh,23,80,,,,,,,",
        Code::DataBadPeriod,
        "`23` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)",
    );
}

/// Reports may be due every quarter or month, so data name quarters and months too.
#[test]
fn quarters_and_months_are_periods() {
    let set = clean_csv(
        "indicator,area,period,value\n1,tinh,2023-Q1,81\n1,tinh,2023-q2,82\n1,tinh,2023-03,83\n1,tinh,2023-7,84\n",
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (4, 4, 0));
    for (period, value) in [
        (Period::Quarter(2023, 1), 81.0),
        (Period::Quarter(2023, 2), 82.0),
        (Period::Month(2023, 3), 83.0),
        (Period::Month(2023, 7), 84.0),
    ] {
        assert_eq!(value_of(&set, &key("1", "tinh", period)), value);
    }
}

#[test]
fn period_outside_plan_before_and_after() {
    let message = "lies outside the plan (2021..2030; 2020 is accepted as a baseline year)";
    assert_row_rejected(
        "1,tinh,2019,80,,,,,,,",
        Code::DataPeriodOutsidePlan,
        &format!("period 2019 {message}"),
    );
    assert_row_rejected(
        "1,tinh,2031-H1,80,,,,,,,",
        Code::DataPeriodOutsidePlan,
        &format!("period 2031-H1 {message}"),
    );
}

#[test]
fn bad_number_in_value_numerator_and_denominator() {
    assert_row_rejected(
        "1,tinh,2023,tám mươi,,,,,,,",
        Code::DataBadNumber,
        "value `tám mươi` is not a number",
    );
    assert_row_rejected(
        "2,tinh,2023,,x,2000,,,,,",
        Code::DataBadNumber,
        "numerator `x` is not a number",
    );
    assert_row_rejected(
        "2,tinh,2023,,19,2 000,,,,,",
        Code::DataBadNumber,
        "denominator `2 000` is not a number",
    );
    // Not finite: refused although Rust parses them.
    assert_row_rejected(
        "1,tinh,2023,NaN,,,,,,,",
        Code::DataBadNumber,
        "value `NaN` is not a number",
    );
    assert_row_rejected(
        "1,tinh,2023,inf,,,,,,,",
        Code::DataBadNumber,
        "value `inf` is not a number",
    );
}

#[test]
fn decimal_comma_is_rejected_by_default_with_how_to_enable_it() {
    assert_row_rejected(
        "1,tinh,2023,\"80,5\",,,,,,,",
        Code::DataDecimalComma,
        UNDECLARED_COMMA,
    );
}

#[test]
fn decimal_comma_in_a_semicolon_file_without_declaration() {
    assert_one(
        One::Error,
        &csv("indicator;area;period;value\n1;tinh;2023;80,5\n"),
        (1, 0, 1),
        ("x.csv", 2),
        Code::DataDecimalComma,
        UNDECLARED_COMMA,
    );
}

#[test]
fn decimal_comma_declared_in_the_csv_file() {
    let set = csv(
        "#decimal=comma\nindicator;area;period;value\n1;tinh;2023;80,5\nbirths;tinh;2023;1.234\n1;tinh;2024;abc\n",
    );
    assert_eq!(value_of(&set, &key("1", "tinh", Period::Year(2023))), 80.5);
    // `1.234` is one thousand two hundred and thirty-four in a decimal-comma file.
    assert_eq!(
        value_of(&set, &element_key("births", "tinh", Period::Year(2023))),
        1234.0
    );
    // Lines count from the directive: the header is line 2, the bad row line 5.
    assert_one(
        One::Error,
        &set,
        (3, 2, 1),
        ("x.csv", 5),
        Code::DataBadNumber,
        "value `abc` is not a number",
    );
}

/// `set`, a file of one row giving indicator 1 of tinh in 2023 as `80,5`, was read with no
/// error and the value 80.5.
fn assert_decimal_comma_read(set: &DataSet) {
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(value_of(set, &key("1", "tinh", Period::Year(2023))), 80.5);
}

#[test]
fn decimal_comma_directive_may_have_spaces() {
    assert_decimal_comma_read(&csv(
        "# decimal = comma\nindicator,area,period,value\n1,tinh,2023,\"80,5\"\n",
    ));
}

#[test]
fn decimal_comma_from_load_options() {
    assert_decimal_comma_read(&csv_with(
        "indicator;area;period;value\n1;tinh;2023;80,5\n",
        decimal_comma(),
    ));
}

#[test]
fn decimal_comma_declared_in_json() {
    assert_decimal_comma_read(&json(
        r#"{ "decimal": "comma", "observations": [
  {"indicator": "1", "area": "tinh", "period": "2023", "value": "80,5"}
] }"#,
    ));
}

#[test]
fn decimal_comma_rejected_in_json_without_declaration() {
    assert_one(
        One::Error,
        &json("[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": \"80,5\"}\n]"),
        (1, 0, 1),
        ("x.json", 2),
        Code::DataDecimalComma,
        UNDECLARED_COMMA,
    );
}

#[test]
fn json_numbers_keep_their_point_in_a_decimal_comma_file() {
    let set = clean_json(
        r#"{ "decimal": "comma", "observations": [
  {"indicator": "1", "area": "tinh", "period": "2023", "value": "80,5"},
  {"indicator": "1", "area": "tinh", "period": "2024", "value": 85.5}
] }"#,
    );
    assert_eq!(value_of(&set, &key("1", "tinh", Period::Year(2024))), 85.5);
    let set = json_with(
        r#"[{"indicator": "births", "area": "tinh", "period": "2024", "value": 1234.5}]"#,
        decimal_comma(),
    );
    assert_eq!(
        value_of(&set, &element_key("births", "tinh", Period::Year(2024))),
        1234.5
    );
}

#[test]
fn out_of_range_of_the_unit() {
    assert_row_rejected(
        "1,tinh,2023,120,,,,,,,",
        Code::DataOutOfRange,
        "value 120 is outside the range of unit `percent` (between 0 and 100)",
    );
    assert_row_rejected(
        "1,tinh,2023,-0.5,,,,,,,",
        Code::DataOutOfRange,
        "value -0.5 is outside the range of unit `percent` (between 0 and 100)",
    );
    // Numerator and denominator giving a rate above the unit's range.
    assert_row_rejected(
        "2,tinh,2023,,30,20,,,,,",
        Code::DataOutOfRange,
        "value 1500 is outside the range of unit `per_mille` (between 0 and 1000)",
    );
}

#[test]
fn out_of_range_negative_counts() {
    assert_row_rejected(
        "deaths,tinh,2023,-3,,,,,,,",
        Code::DataOutOfRange,
        "value -3 is negative; a data element counts, so it is 0 or more",
    );
    assert_row_rejected(
        "2,tinh,2023,9,-1,2000,,,,,",
        Code::DataOutOfRange,
        "numerator -1 is negative; counts are 0 or more",
    );
}

#[test]
fn zero_denominator() {
    assert_row_rejected(
        "2,tinh,2023,,19,0,,,,,",
        Code::DataZeroDenominator,
        "denominator 0: a rate needs a positive denominator",
    );
    assert_row_rejected(
        "2,tinh,2023,,19,-5,,,,,",
        Code::DataZeroDenominator,
        "denominator -5: a rate needs a positive denominator",
    );
}

#[test]
fn bad_date() {
    assert_row_rejected(
        "1,tinh,2023,80,,,,,yte,2023-02-30,",
        Code::DataBadDate,
        "reported_on `2023-02-30` is not a real date: February 2023 has 28 days, so day 30 does not exist",
    );
    assert_row_rejected(
        "1,tinh,2023,80,,,,,yte,2023/12/01,",
        Code::DataBadDate,
        "reported_on `2023/12/01` is not a real date: `2023/12/01` is not a date of the form DD/MM/YYYY",
    );
    assert_row_rejected(
        "1,tinh,2023,80,,,,,yte,+2023-+6-+30,",
        Code::DataBadDate,
        "reported_on `+2023-+6-+30` is not a real date: `+2023-+6-+30` is not a date of the form YYYY-MM-DD or DD/MM/YYYY",
    );
}

#[test]
fn bad_status() {
    assert_row_rejected(
        "1,tinh,2023,80,,,draft,,,,",
        Code::DataBadStatus,
        "status `draft` is not `final`, `provisional` or `estimated`",
    );
}

#[test]
fn unknown_agency() {
    assert_row_rejected(
        "1,tinh,2023,80,,,,,ytee,2023-12-01,",
        Code::DataUnknownAgency,
        "reported_by `ytee` is not an agency of the plan; did you mean `yte`?",
    );
    assert_row_rejected(
        "1,tinh,2023,80,,,,,congan,2023-12-01,",
        Code::DataUnknownAgency,
        "reported_by `congan` is not an agency of the plan",
    );
}

#[test]
fn unknown_dimension_value() {
    assert_row_rejected(
        "1,tinh,2023,80,,,,,,,femal",
        Code::DataUnknownDimensionValue,
        "`femal` is not a value of dimension `sex`; did you mean `female`?",
    );
    assert_row_rejected(
        "1,tinh,2023,80,,,,,,,nu",
        Code::DataUnknownDimensionValue,
        "`nu` is not a value of dimension `sex`; it has `male`, `female`",
    );
}

#[test]
fn conflict_without_dates_names_the_first_row() {
    let set = csv(&format!(
        "{HEADER}1,tinh,2023,80,,,,,,,\n1,tinh,2022,75,,,,,,,\n1,tinh,2023,81,,,,,,,\n"
    ));
    assert_one(
        One::Error,
        &set,
        (3, 2, 1),
        ("x.csv", 4),
        Code::DataConflict,
        "indicator 1, area tinh, period 2023: value 81 conflicts with 80 on line 2 of x.csv; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
    );
    // The first value stays.
    assert_eq!(value_of(&set, &key("1", "tinh", Period::Year(2023))), 80.0);
    assert!(set.store.revisions.is_empty());
}

#[test]
fn conflict_across_files_names_the_first_file() {
    let model = model();
    let mut set = DataSet::default();
    set.load_csv(
        model,
        "first.csv",
        "indicator,area,period,value,sex\n1,tinh,2023,80,female\n".as_bytes(),
        LoadOptions::default(),
    );
    set.load_csv(
        model,
        "second.csv",
        "# a comment line\nindicator,area,period,value,sex\n1,tinh,2023,82,female\n".as_bytes(),
        LoadOptions::default(),
    );
    assert_counts_add_up(&set);
    let set = Loaded::from(set);
    assert_eq!(
        only_error(&set),
        &data_error(
            "second.csv",
            3,
            Code::DataConflict,
            "indicator 1, area tinh, period 2023 (sex = female): value 82 conflicts with 80 on line 2 of first.csv; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
        )
    );
}

#[test]
fn conflict_when_only_one_row_has_a_date() {
    let set = csv(&format!(
        "{HEADER}1,tinh,2023,80,,,,,yte,2023-12-01,\n1,tinh,2023,81,,,,,,,\n"
    ));
    assert_eq!((set.accepted, set.rejected), (1, 1));
    assert_eq!(only_error(&set).code, Code::DataConflict);
}

#[test]
fn an_identical_row_twice_is_no_conflict() {
    let set = csv(&format!(
        "{HEADER}1,tinh,2023,80,,,,,,,\n1,tinh,2023,80,,,final,,,,\n"
    ));
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 2, 0));
    assert!(set.errors.is_empty());
    assert_eq!(set.store.entries.len(), 1);
}

#[test]
fn composite_indicator() {
    assert_row_rejected(
        "3,tinh,2023,98,,,,,,,",
        Code::DataCompositeIndicator,
        "indicator 3 is made of parts: give the data for `3a` or `3b`",
    );
}

#[test]
fn parts_of_a_composite_indicator_are_accepted() {
    let set = clean_csv("indicator,area,period,value\n3a,tinh,2023,98\n3b,tinh,2023,0.4\n");
    assert_eq!(value_of(&set, &key("3b", "tinh", Period::Year(2023))), 0.4);
}

// ---------------------------------------------------------------- revisions

#[test]
fn a_later_reported_on_revises_the_earlier_row() {
    let set = clean_csv(&format!(
        "{HEADER}1,tinh,2023,80,,,,,yte,2023-12-01,\n1,tinh,2023,81,,,,,yte,2024-02-10,\n"
    ));
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 2, 0));
    let k = key("1", "tinh", Period::Year(2023));
    assert_eq!(value_of(&set, &k), 81.0);
    assert_eq!(set.store.revisions.len(), 1);
    let r = &set.store.revisions[0];
    assert_eq!(r.key, k);
    assert_eq!((r.old.value, r.old.origin.line), (80.0, 2));
    assert_eq!((r.new.value, r.new.origin.line), (81.0, 3));
}

#[test]
fn an_older_reported_on_read_later_does_not_replace_the_newer_row() {
    let set = clean_csv(&format!(
        "{HEADER}1,tinh,2023,81,,,,,yte,2024-02-10,\n1,tinh,2023,80,,,,,yte,2023-12-01,\n"
    ));
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 2, 0));
    assert_eq!(value_of(&set, &key("1", "tinh", Period::Year(2023))), 81.0);
    assert_eq!(set.store.revisions.len(), 1);
    let r = &set.store.revisions[0];
    assert_eq!((r.old.value, r.new.value), (80.0, 81.0));
}

// ---------------------------------------------------------------- a mixed file

#[test]
fn a_mixed_file_counts_every_row_and_reports_every_bad_line() {
    let text = "\
indicator,area,period,value,numerator,denominator,status,source,reported_by,reported_on,sex
1,tinh,2021,70,,,final,Sổ A1,yte,2021-12-01,
1,tinh,2022,74.5,,,final,Sổ A1,yte,2022-12-01,
1,tinh,2023,79,,,provisional,Sổ A1,yte,2023-12-01,
1,tinh,2023,77,,,,,,,female
1,tinh,2023,81,,,,,,,male
1,tinh,2023,,,,final,,,,
2,huyen_a,2023,,12,1100,final,,yte,2023-12-01,
2,huyen_b,2023,,9,0,final,,yte,2023-12-01,
2,huyen_b,2022,,8,950,final,,yte,2022-12-01,
deaths,huyen_a,2022,11,,,,,,,

births,huyen_a,2022,1050,,,,,,,
births,huyen_a,2022x,1050,,,,,,,
3a,tinh,2023,96,,,,,gddt,2023-12-02,
3b,tinh,2023,0.45,,,,,gddt,2023-12-02,
3,tinh,2023,96,,,,,gddt,2023-12-02,
3a,tinh,2019,90,,,,,,,
3a,tinh,2022,\"95,5\",,,,,,,
1,tinh,2024,101,,,,,,,
1,tinh,2021,70,,,final,Sổ A1,yte,2021-12-01,
1,tinh,2022,75,,,,,,,
1,huyen_c,2023,80,,,,,,,
1,tinh,2020,68,,,estimated,,ubnd,2021-01-15,
1,tinh,2023-H1,78,,,kinda,,,,
deaths,huyen_b,2022,7,,,,,yte,2022-13-01,
births,huyen_b,2022,950,,,,,,,
";
    let set = csv(text);
    // 25 rows (the blank line 12 is not a row): 14 accepted, 11 rejected.
    assert_eq!(
        (set.rows_read, set.accepted, set.rejected),
        (25, 14, 11),
        "{:#?}",
        set.errors
    );
    let reported: Vec<(u64, &str)> = set
        .errors
        .iter()
        .map(|e| (e.line, e.code.as_str()))
        .collect();
    assert_eq!(
        reported,
        [
            (7, "data::missing_value"),
            (9, "data::zero_denominator"),
            (14, "data::bad_period"),
            (17, "data::composite_indicator"),
            (18, "data::period_outside_plan"),
            (19, "data::decimal_comma"),
            (20, "data::out_of_range"),
            (22, "data::conflict"),
            (23, "data::unknown_area"),
            (25, "data::bad_status"),
            (26, "data::bad_date"),
        ]
    );
}

// ---------------------------------------------------------------- separators, submissions

#[test]
fn a_semicolon_header_switches_the_separator() {
    let model = model();
    let set =
        csv("indicator;area;period;value;sex\n1;tinh;2023;80.5;female\n1;tinh;2023;abc;male\n");
    let sex = model.dimensions.get_index_of("sex").unwrap() as u16;
    let female = model.dimensions["sex"]
        .values
        .get_index_of("female")
        .unwrap() as u16;
    let mut k = key("1", "tinh", Period::Year(2023));
    k.disaggregation = Box::new([(sex, female)]);
    assert_eq!(value_of(&set, &k), 80.5);
    assert_one(
        One::Error,
        &set,
        (2, 1, 1),
        ("x.csv", 3),
        Code::DataBadNumber,
        "value `abc` is not a number",
    );
}

#[test]
fn a_byte_order_mark_before_the_header_is_ignored() {
    assert_eq!(
        clean_csv("\u{feff}indicator,area,period,value\n1,tinh,2023,80\n").accepted,
        1
    );
}

#[test]
fn a_submissions_file_is_recognised_and_counted() {
    let model = model();
    let text = "\
# reports received by UBND
agency,report,period,received
yte,bc_nam,2022,2022-12-01
gddt,bc_nam,2022,2022-12-20

yte,bc_nam,2023,2023-12-04
ytee,bc_nam,2023,2023-12-04
gddt,bc_nan,2023,2023-12-04
gddt,bc_thang,2023,2023-12-04
gddt,bc_nam,2023-Q4,2023-12-04
gddt,bc_nam,2023,2023-12-32
gddt,,2023,2023-12-01
";
    let set = csv(text);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (9, 3, 6));
    assert!(set.store.entries.is_empty());
    assert_eq!(set.submissions.len(), 3);
    let yte = model.agencies.get_index_of("yte").unwrap() as u32;
    let bc_nam = model.reports.get_index_of("bc_nam").unwrap() as u32;
    assert_eq!(set.submissions[0].agency, yte);
    assert_eq!(set.submissions[0].report, bc_nam);
    assert_eq!(set.submissions[0].period, Period::Year(2022));
    assert_eq!(set.submissions[0].received.to_string(), "2022-12-01");
    let err = |line, code, message: &str| data_error("x.csv", line, code, message);
    assert_eq!(
        set.errors,
        [
            err(
                7,
                Code::DataUnknownAgency,
                "agency `ytee` is not an agency of the plan; did you mean `yte`?"
            ),
            err(
                8,
                Code::DataUnknownReport,
                "report `bc_nan` is not a report of the plan; did you mean `bc_nam`?"
            ),
            err(
                9,
                Code::DataUnknownReport,
                "report `bc_thang` is not a report of the plan"
            ),
            err(
                10,
                Code::DataBadPeriod,
                "report `bc_nam` is due every year, so its period is written like `2023`, not `2023-Q4`"
            ),
            err(
                11,
                Code::DataBadDate,
                "received `2023-12-32` is not a real date: December 2023 has 31 days, so day 32 does not exist"
            ),
            err(12, Code::DataMissingValue, "the row has no `report`"),
        ]
    );
}

#[test]
fn unknown_report() {
    assert_one(
        One::Error,
        &csv("agency,report,period,received\nyte,bao_cao_quy,2023,2023-12-01\n"),
        (1, 0, 1),
        ("x.csv", 2),
        Code::DataUnknownReport,
        "report `bao_cao_quy` is not a report of the plan",
    );
}

/// The plan with two tasks: one due every year, led by two agencies, and one due once.
fn model_with_tasks() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        support::model_of(&format!(
            r#"{PLAN_REST}task tong_ket "Tổng kết" {{ lead yte, gddt  support ubnd  due 30/06 every year }}
task ke_hoach "Kế hoạch" {{ lead yte  due in month 11/2025 }}
"#
        ))
    })
}

/// Tasks done, as CSV for [`model_with_tasks`].
fn done_csv(rows: &str) -> Loaded {
    csv_for(
        model_with_tasks(),
        &format!("task,agency,period,done_on,note\n{rows}"),
        LoadOptions::default(),
    )
}

#[test]
fn unknown_task() {
    assert_one(
        One::Error,
        &done_csv("tong_ket_nam,yte,2023,2023-06-01,\n"),
        (1, 0, 1),
        ("x.csv", 2),
        Code::DataUnknownTask,
        "`tong_ket_nam` is not a task or project of the plan; did you mean `tong_ket`?",
    );
    // A task in a submissions file is one done; another name is no report nor task.
    assert_one(
        One::Error,
        &csv_for(
            model_with_tasks(),
            "agency,report,period,received\nyte,bao_cao_quy,2023,2023-12-01\n",
            LoadOptions::default(),
        ),
        (1, 0, 1),
        ("x.csv", 2),
        Code::DataUnknownReport,
        "report `bao_cao_quy` is not a report of the plan",
    );
}

#[test]
fn not_task_lead() {
    let set = done_csv("tong_ket,ubnd,2023,2023-06-01,\nke_hoach,gddt,,2025-11-20,\n");
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 0, 2));
    let err = |line, message: &str| data_error("x.csv", line, Code::DataNotTaskLead, message);
    assert_eq!(
        set.errors,
        [
            err(
                2,
                "agency `ubnd` does not lead task `tong_ket`, so it does not owe it; its leads are `yte`, `gddt`"
            ),
            err(
                3,
                "agency `gddt` does not lead task `ke_hoach`, so it does not owe it; its lead is `yte`"
            ),
        ]
    );
    // The fix names the one lead, in the agency's field; a task with two leads has none.
    let fixes = set.set.errors[1].fixes();
    assert_eq!(fixes.len(), 1, "{fixes:?}");
    assert_eq!(fixes[0].replacement, "yte");
    assert!(
        matches!(&fixes[0].target, planlang::diagnostic::EditTarget::Field { written, .. } if written == "gddt"),
        "{fixes:?}"
    );
    assert!(set.set.errors[0].fixes().is_empty());
}

#[test]
fn rows_of_tasks_done_each_refused_with_its_reason_and_counted() {
    let set = done_csv(
        "tong_ket,yte,2023,2023-06-20,Đã tổng kết\n\
         tong_ket,yte,2023-Q2,2023-06-20,\n\
         tong_ket,gddt,2031,2031-06-01,\n\
         tong_ket,gddt,,2023-06-01,\n\
         tong_ket,gddt,2023,31/06/2023,\n\
         tong_ket,gddt,2023,,\n\
         ke_hoach,yte,,30/11/2025,\n\
         ,yte,2023,2023-06-01,\n\
         tong_ket,ytee,2023,2023-06-01,\n",
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (9, 2, 7));
    let err = |line, code, message: &str| data_error("x.csv", line, code, message);
    assert_eq!(
        set.errors,
        [
            err(3, Code::DataBadPeriod, "`tong_ket` is due every year from 2021 to 2030, so its period is one of `2021` to `2030`, not `2023-Q2`"),
            err(4, Code::DataBadPeriod, "`tong_ket` is due every year from 2021 to 2030, so its period is one of `2021` to `2030`, not `2031`"),
            err(5, Code::DataMissingValue, "the row has no `period`"),
            err(6, Code::DataBadDate, "done_on `31/06/2023` is not a real date: June 2023 has 30 days, so day 31 does not exist"),
            err(7, Code::DataMissingValue, "the row has no `done_on`"),
            err(9, Code::DataMissingValue, "the row has no `task`"),
            err(10, Code::DataUnknownAgency, "agency `ytee` is not an agency of the plan; did you mean `yte`?"),
        ]
    );
    assert_eq!(set.completions.len(), 2);
    assert_eq!(set.completions[0].note.as_deref(), Some("Đã tổng kết"));
    assert_eq!(set.completions[0].period, Some(Period::Year(2023)));
    // A task due once takes a row without a period.
    assert_eq!(set.completions[1].period, None);
    assert_eq!(set.completions[1].done_on.to_string(), "2025-11-30");
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_rows_are_accepted_with_strings_or_numbers() {
    let set = clean_json(
        r#"[
  {"indicator": 1, "area": "tinh", "period": 2023, "value": 80.5, "sex": "female"},
  {"indicator": "2", "area": "huyen_a", "period": "2023", "numerator": 12, "denominator": "1100",
   "status": "final", "reported_by": "yte", "reported_on": "2023-12-01", "source": null}
]"#,
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (2, 2, 0));
    assert_eq!(
        value_of(&set, &key("2", "huyen_a", Period::Year(2023))),
        12.0 / 1100.0 * 1000.0
    );
}

#[test]
fn json_rows_report_the_line_their_object_starts_on() {
    let text = r#"{
  "observations": [
    {
      "indicator": "1",
      "area": "tinh",
      "period": "2022",
      "value": 75
    },
    {
      "indicator": "1",
      "area": "tinhh",
      "period": "2023",
      "value": 80
    },
    { "indicator": "1", "area": "tinh", "period": "2024", "value": 120 },
    {"indicator": "1", "area": "tinh", "period": "2023",
     "value": 80, "status": "draft"}
  ]
}"#;
    let set = json(text);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (4, 1, 3));
    let err = |line, code, message: &str| data_error("x.json", line, code, message);
    assert_eq!(
        set.errors,
        [
            err(
                9,
                Code::DataUnknownArea,
                "unknown area `tinhh`; did you mean `tinh`?"
            ),
            err(
                15,
                Code::DataOutOfRange,
                "value 120 is outside the range of unit `percent` (between 0 and 100)"
            ),
            err(
                16,
                Code::DataBadStatus,
                "status `draft` is not `final`, `provisional` or `estimated`"
            ),
        ]
    );
}

/// Good rows, rows rejected for every kind of reason, values that are not objects, a row
/// that is not JSON, a duplicate, a conflict and a revision: every row is counted once,
/// `rows_read == accepted + rejected`, and each rejection names its object's first line.
#[test]
fn a_mixed_json_file_counts_every_row() {
    let text = r#"{ "decimal": "point", "source": "Sở Y tế", "observations": [
  {"indicator": "1", "area": "tinh", "period": "2021", "value": 70},
  {"indicator": 1, "area": "huyen_a", "period": 2021, "value": "71.5", "sex": "female"},
  {"indicator": "2", "area": "huyen_a", "period": "2021", "numerator": 11, "denominator": 1000},
  {"indicator": "1", "area": "xa_1", "period": "2021", "value": 70},
  {"indicator": "9", "area": "tinh", "period": "2021", "value": 70},
  {"indicator": "3", "area": "tinh", "period": "2021", "value": 70},
  {"indicator": "1", "area": "tinh", "period": "2021-Q5", "value": 70},
  {"indicator": "1", "area": "tinh", "period": "2035", "value": 70},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": "n/a"},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": "70,5"},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 170},
  {"indicator": "2", "area": "tinh", "period": "2022", "numerator": 1, "denominator": 0},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 70, "reported_on": "2022-02-30"},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 70, "status": "draft"},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 70, "reported_by": "ytee"},
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 70, "sex": "other"},
  {"indicator": "1", "area": "tinh", "period": "2022", "status": "final"},
  {"area": "tinh", "period": "2022", "value": 70},
  [1, 2],
  "1,tinh,2022,70",
  {"indicator": "1", "area": "tinh", "period": "2022", "value": 70 "x": 1},
  {"indicator": "1", "area": "tinh", "period": "2021", "value": 70},
  {"indicator": "1", "area": "tinh", "period": "2021", "value": 72},
  {"indicator": "1", "area": "huyen_b", "period": "2021", "value": 60, "reported_on": "2022-01-10"},
  {"indicator": "1", "area": "huyen_b", "period": "2021", "value": 61, "reported_on": "2022-03-10"},
  {"indicator": "1", "area": "huyen_b", "period": "2022-Q3", "value": 62}
] }"#;
    let set = json(text);
    assert_eq!(set.rows_read, set.accepted + set.rejected);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (26, 7, 19));
    let codes = lines_and_codes(&set.errors);
    assert_eq!(
        codes,
        [
            (5, Code::DataUnknownArea),
            (6, Code::DataUnknownIndicator),
            (7, Code::DataCompositeIndicator),
            (8, Code::DataBadPeriod),
            (9, Code::DataPeriodOutsidePlan),
            (10, Code::DataBadNumber),
            (11, Code::DataBadNumber),
            (12, Code::DataOutOfRange),
            (13, Code::DataZeroDenominator),
            (14, Code::DataBadDate),
            (15, Code::DataBadStatus),
            (16, Code::DataUnknownAgency),
            (17, Code::DataUnknownDimensionValue),
            (18, Code::DataMissingValue),
            (19, Code::DataMissingValue),
            (20, Code::DataUnreadable),
            (21, Code::DataUnreadable),
            (22, Code::DataUnreadable),
            (24, Code::DataConflict),
        ]
    );
    assert_eq!(set.store.revisions.len(), 1);
    assert_eq!(
        set.set.warnings.iter().map(|d| short(d, Lang::En)).collect::<Vec<_>>(),
        ["x.json:1: warning[data::unknown_column]: key `source` of the top-level object is neither `decimal` nor `observations`; it is ignored"]
    );
}

#[test]
fn json_decimal_must_come_before_the_rows_and_be_comma_or_point() {
    let set = json(
        "{ \"observations\": [\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": \"80.5\"}\n],\n\"decimal\": \"comma\" }",
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (1, 1, 0));
    assert_eq!(
        only_error_short(&set),
        "x.json:4: error[data::unreadable]: `\"decimal\": \"comma\"` comes after the rows it is meant for, which were read otherwise; put `\"decimal\"` before `\"observations\"` (rows are read as the file streams)"
    );
    // After the rows, "point" changes nothing: no error.
    clean_json("{ \"observations\": [], \"decimal\": \"point\" }");
    let set = json("{ \"decimal\": \",\", \"observations\": [] }");
    assert_eq!(
        only_error_short(&set),
        "x.json:1: error[data::unreadable]: `\"decimal\": \",\"` is not a decimal separator; write `\"decimal\": \"comma\"` (numbers like 9,5) or `\"decimal\": \"point\"` (9.5)"
    );
}

/// An unknown key is reported once per file, on the first row that has it, however many
/// rows carry it (a warning per row would grow with the file).
#[test]
fn json_unknown_keys_are_reported_once_per_file() {
    let mut text = String::from("[\n");
    for year in 2021..=2030 {
        text.push_str(&format!(
            "{{\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"{year}\", \"value\": 80, \"ghi_chu\": \"x\"{}}},\n",
            if year == 2025 { ", \"nguon\": \"y\"" } else { "" }
        ));
    }
    text.push_str(
        "{\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2020\", \"value\": 80}\n]",
    );
    let set = json(&text);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (11, 11, 0));
    let warned: Vec<(u64, bool)> = set
        .warnings
        .iter()
        .map(|w| (w.line, w.message.starts_with("key `ghi_chu`")))
        .collect();
    assert_eq!(warned, [(2, true), (6, false)]);
    // A file whose rows each bring a new key: the first 32 are named, then one more warning.
    let mut text = String::from("[\n");
    for n in 0..100 {
        text.push_str(&format!(
            "{{\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 80, \"k{n}\": 1}},\n"
        ));
    }
    text.push_str(
        "{\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 80}]",
    );
    let set = json(&text);
    assert_eq!(set.warnings.len(), 33);
    assert_eq!(
        set.warnings[32].message,
        "more keys that are neither documented columns nor dimensions of the plan, such as `k32`, are ignored too; only the first 32 are listed"
    );
}

#[test]
fn json_conflict_names_the_line_of_the_first_object() {
    assert_one(
        One::Error,
        &json("[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 80},\n\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 81}\n]"),
        (2, 1, 1),
        ("x.json", 4),
        Code::DataConflict,
        "indicator 1, area tinh, period 2023: value 81 conflicts with 80 on line 2 of x.json; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
    );
}

#[test]
fn load_path_reads_json_by_its_extension() {
    let model = model();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.JSON");
    std::fs::write(
        &path,
        r#"[{"indicator": "1", "area": "tinh", "period": "2023", "value": 80}]"#,
    )
    .unwrap();
    let mut set = DataSet::default();
    set.load_path(model, &path, LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!((set.rows_read, set.accepted), (1, 1));
    assert_eq!(set.files, [path.display().to_string()]);
}

#[test]
fn load_path_reads_csv_by_default() {
    let model = model();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.txt");
    std::fs::write(&path, "indicator,area,period,value\n1,tinh,2023,80\n").unwrap();
    let mut set = DataSet::default();
    set.load_path(model, &path, LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!((set.rows_read, set.accepted), (1, 1));
}

#[test]
fn short_form_of_an_error() {
    let problem = DataProblem::BadNumber(BadNumber::Text {
        column: Column::Value,
        text: "x".into(),
    });
    let e = Diagnostic::in_data(problem, DataPlace::line(&"plans/data/x.csv".into(), 12));
    assert_eq!(
        short(&e, Lang::En),
        "plans/data/x.csv:12: error[data::bad_number]: value `x` is not a number"
    );
}

/// "Did you mean" help is computed once per distinct unknown value and file, and shared by
/// the validating threads: every row still gets its own full message.
#[test]
fn the_same_unknown_values_on_many_rows_get_the_same_help() {
    let mut text = String::from("indicator,area,period,value,reported_by\n");
    for n in 0..20_000u32 {
        match n % 4 {
            0 => text.push_str("1,tinhh,2023,80,yte\n"),
            1 => text.push_str("1,tinh,2023,80,ytee\n"),
            2 => text.push_str("1,zzz,2023,80,yte\n"),
            _ => text.push_str("1,tinh,2023,80,yte\n"),
        }
    }
    let set = csv(&text);
    assert_eq!(
        (set.rows_read, set.accepted, set.rejected),
        (20_000, 5_000, 15_000)
    );
    let expected = [
        "unknown area `tinhh`; did you mean `tinh`?",
        "reported_by `ytee` is not an agency of the plan; did you mean `yte`?",
        "unknown area `zzz`",
    ];
    for (i, e) in set.errors.iter().enumerate() {
        assert_eq!(e.line, (i / 3 * 4 + i % 3 + 2) as u64);
        assert_eq!(e.message, expected[i % 3], "line {}", e.line);
    }
}

/// A file larger than one batch is validated on several threads; the outcome must be the
/// one of reading row by row: every row counted, the errors in line order, the first of two
/// conflicting rows kept.
#[test]
fn a_large_file_read_on_several_threads_keeps_file_order() {
    let mut text = String::from("indicator,area,period,value\n");
    let mut bad_lines = Vec::new();
    let areas = ["tinh", "huyen_a", "huyen_b"];
    let mut line = 1;
    for n in 0..30_000u32 {
        line += 1;
        let area = areas[(n % 3) as usize];
        let period = 2020 + (n / 3) % 11;
        let half = ["", "-H1", "-H2"][((n / 33) % 3) as usize];
        if n % 997 == 0 {
            // An unknown area: rejected.
            text.push_str(&format!("1,xa_{n},{period}{half},50\n"));
            bad_lines.push(line);
        } else {
            // The same key always carries the same value (duplicates are accepted) ...
            let value = (n % 33) as f64 + 0.5;
            text.push_str(&format!("1,{area},{period}{half},{value}\n"));
        }
    }
    // ... and one conflicting row at the very end names the first row of its key.
    text.push_str("1,huyen_a,2020,99\n");
    line += 1;
    bad_lines.push(line);
    let set = csv(&text);
    assert_eq!(set.rows_read, 30_001);
    assert_eq!(set.rejected as usize, bad_lines.len());
    let lines: Vec<u64> = set.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, bad_lines);
    let last = set.errors.last().expect("the conflict");
    assert_eq!(last.code, Code::DataConflict);
    assert!(
        last.message.contains("on line 3 of x.csv"),
        "{}",
        last.message
    );
}

// ---------------------------------------------------------------- issue 9: files as sent

#[test]
fn bad_header_a_column_named_twice() {
    let set = csv("indicator,area,period,value,value\n1,tinh,2023,80,81\n");
    assert_eq!(
        set.errors[0],
        data_error(
            "x.csv",
            1,
            Code::DataBadHeader,
            "column `value` is named twice (columns 4 and 5), so which one to read cannot be told; remove or rename one",
        )
    );
    assert_eq!((set.rows_read, set.accepted, set.rejected), (1, 0, 1));
    assert_eq!(set.unusable_files(), ["x.csv"]);
    // The same name with its accents typed as combining marks (NFD) is the same column.
    assert_eq!(
        only_error(&csv("indicator,area,period,value,ghi_chú,ghi_chu\u{301}\n")).message,
        "column `ghi_chú` is named twice (columns 5 and 6), so which one to read cannot be told; remove or rename one"
    );
}

#[test]
fn bad_header_observations_and_submissions_mixed() {
    let set = csv("agency,report,period,received,value\nyte,bc_nam,2023,2023-12-01,80\n");
    let e = &set.errors[0];
    assert_eq!((e.line, e.code), (1, Code::DataBadHeader));
    assert_eq!(
        e.message,
        "the header mixes columns of observations (`value`) with columns of reports received (`agency`, `report`, `received`); a file holds one kind of row: observations (indicator,area,period,value) or reports received (agency,report,period,received); split it in two"
    );
    assert_eq!(
        (set.rows_read, set.rejected, set.submissions.len()),
        (1, 1, 0)
    );
    assert_eq!(set.unusable_files(), ["x.csv"]);
    // A submissions header that lacks a column says so as a submissions header.
    let set = csv("agency,report,period\nyte,bc_nam,2023\n");
    assert_eq!(
        set.errors[0].message,
        "the header of reports received lacks the column `received`; it is `agency,report,period,received`"
    );
}

#[test]
fn wrong_unit_a_unit_column_names_another_unit_than_the_indicators() {
    let set = csv("indicator,title,unit,area,period,value\n\
         1,Tỷ lệ,%,tinh,2023,80\n\
         1,Tỷ lệ,percent,tinh,2024,81\n\
         1,Tỷ lệ,,tinh,2022,79\n\
         1,Tỷ lệ,‰,tinh,2021,800\n");
    // The unit by symbol or id, or none, is the indicator's; `title` is for people.
    assert!(set.warnings.is_empty(), "{:#?}", set.warnings);
    assert_one(
        One::Error,
        &set,
        (4, 3, 1),
        ("x.csv", 5),
        Code::DataWrongUnit,
        "unit `‰` is not the indicator's unit, `percent` (%); give the value in `percent`, or correct the unit",
    );
}

#[test]
fn ambiguous_number_in_a_file_that_says_nothing() {
    assert_row_rejected(
        "births,tinh,2023,210.500,,,,,,,",
        Code::DataAmbiguousNumber,
        "value `210.500` reads 210.5 in a file with a decimal point but 210500 in a file with a decimal comma (as Vietnamese documents write numbers); say how the file writes numbers: a first line `#decimal=comma` (9,5 and 1.234.567) or `#decimal=point` (9.5 and 1,234,567) in CSV, `\"decimal\": \"comma\"` or `\"point\"` in JSON, or --decimal-comma / --decimal-point",
    );
    let births = || element_key("births", "tinh", Period::Year(2023));
    for (declaration, value) in [("#decimal=point\n", 210.5), ("#decimal=comma\n", 210_500.0)] {
        let set = clean_csv(&format!(
            "{declaration}indicator,area,period,value\nbirths,tinh,2023,210.500\n"
        ));
        assert_eq!(value_of(&set, &births()), value);
    }
    // In a decimal-point file Vietnamese grouping is refused, never read as a decimal.
    let set =
        csv("indicator,area,period,value\nbirths,tinh,2023,8.900.000\nbirths,tinh,2024,1.234\n");
    let codes: Vec<Code> = set.errors.iter().map(|e| e.code).collect();
    assert_eq!(codes, [Code::DataDecimalComma, Code::DataAmbiguousNumber]);
    assert_eq!(set.accepted, 0);
}

#[test]
fn a_files_own_declaration_wins_over_the_option_with_a_warning() {
    let set = csv_with(
        "#decimal=point\nindicator,area,period,value\nbirths,tinh,2023,1.500\n",
        decimal_comma(),
    );
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(
        value_of(&set, &element_key("births", "tinh", Period::Year(2023))),
        1.5
    );
    assert_eq!(
        only_warning(&set).message,
        "the file declares its decimal mark (point), which is used instead of the option given for every file"
    );
    let set = csv("#decimal=dot\nindicator,area,period,value\n1,tinh,2023,80\n");
    assert!(only_warning(&set)
        .message
        .starts_with("`#decimal=dot` is not a decimal mark"));
}

#[test]
fn ids_are_read_in_nfc_however_their_accents_were_typed() {
    let checked = planlang::load_str(
        "vi.plan",
        "plan \"P\" { document \"1/KH\" issuer sở_y_tế signed 2021-01-05 period 2021..2030 }
agency sở_y_tế \"Sở Y tế\"
area tỉnh \"Tỉnh\" kind province
dimension giới_tính \"Giới tính\" { nữ \"Nữ\" nam \"Nam\" }
objective a \"A\" source \"I\"
indicator 1 \"X\" { objective a unit percent direction increase target 2025 >= 1 lead sở_y_tế source \"I\" }
report bc \"B\" { period year due before 05/12 from sở_y_tế to sở_y_tế }
",
    );
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let model = checked.model;
    // Every accent typed as a combining mark (NFD), as Windows-1258 and some keyboards do.
    let nfd = |s: &str| -> String {
        use unicode_normalization::UnicodeNormalization;
        s.nfd().collect()
    };
    let text = format!(
        "indicator,area,period,value,{},reported_by\n1,{},2023,80,{},{}\n",
        nfd("giới_tính"),
        nfd("tỉnh"),
        nfd("nữ"),
        nfd("sở_y_tế")
    );
    assert_ne!(text.as_bytes(), text.nfc_bytes().as_slice());
    let set = csv_for(&model, &text, LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.accepted, 1);
    let text = format!(
        "agency,report,period,received\n{},bc,2023,05/12/2023\n",
        nfd("sở_y_tế")
    );
    let set = csv_for(&model, &text, LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    assert_eq!(set.submissions[0].received.to_string(), "2023-12-05");
}

/// `str::nfc` as bytes, for the assertion that a text really is written otherwise.
trait NfcBytes {
    fn nfc_bytes(&self) -> Vec<u8>;
}

impl NfcBytes for String {
    fn nfc_bytes(&self) -> Vec<u8> {
        use unicode_normalization::UnicodeNormalization;
        self.nfc().collect::<String>().into_bytes()
    }
}

#[test]
fn an_unclosed_quote_stops_the_file_instead_of_holding_it() {
    let mut text =
        String::from("indicator,area,period,value,source\n1,tinh,2022,70,\"never closed\n");
    text.push_str(&"1,tinh,2023,71,x\n".repeat(300_000));
    let set = csv(&text);
    let e = set.errors.last().expect("an error");
    assert_eq!((e.line, e.code), (2, Code::DataUnreadable));
    assert!(
        e.message
            .contains("the record starting on line 2 is longer than 4 MiB"),
        "{}",
        e.message
    );
    assert_eq!(set.unusable_files(), ["x.csv"]);
}

#[test]
fn empty_and_blank_files_are_unusable() {
    for text in ["", "\n\n", "\u{feff}", "# a comment only\n", "\r\r\n"] {
        let set = csv(text);
        assert_eq!(set.errors[0].code, Code::DataMissingColumn, "{text:?}");
        assert_eq!(set.unusable_files(), ["x.csv"], "{text:?}");
    }
}
