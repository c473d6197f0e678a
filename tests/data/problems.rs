//! Data problems are values: a test reads the code, the payload and the place of a refused
//! row (its line, the column of its field, a workbook's cell), and the edit that fixes it,
//! not its English words (`data_loading.rs` and the CLI snapshots hold those).

use planlang::data::{DataSet, LoadOptions};
use planlang::diagnostic::{
    BadHeader, BadNumber, Code, Column, DataPlace, DataProblem, Diagnostic, Edit, EditTarget,
    KeyNames, NotText, OutOfRange, Problem, RowAt, RowIn, SeriesName, Suggestion, UnitRange,
    ValueConflict,
};
use planlang::eval::Period;
use planlang::Model;
use std::sync::Arc;

/// What these tests add to the shared start of the plan: a yearly report.
const PLAN_REST: &str = r#"report bc_nam "Báo cáo năm" { period year  due before 05/12  from yte, gddt  to ubnd }
"#;

fn model() -> Model {
    crate::support::model_of(PLAN_REST)
}

/// `text` read as `x.csv` against [`model`].
fn csv(text: &str) -> DataSet {
    let mut set = DataSet::default();
    set.load_csv(&model(), "x.csv", text.as_bytes(), LoadOptions::default());
    set
}

/// The problems of `set`'s errors, in order.
fn problems(set: &DataSet) -> Vec<Problem> {
    set.errors.iter().map(|e| e.problem.clone()).collect()
}

/// The one error of a data set.
fn only_error(set: &DataSet) -> &Diagnostic {
    assert_eq!(set.errors.len(), 1, "{:#?}", set.errors);
    &set.errors[0]
}

/// `text` read as `x.csv` has one error, `problem`, at `line` and `column`; the error, for
/// what else a test asks of it.
fn the_error(text: &str, problem: DataProblem, (line, column): (u64, Option<u32>)) -> Diagnostic {
    let set = csv(text);
    let e = only_error(&set);
    assert_eq!(e.problem, problem.into());
    assert_eq!(e.data_place(), Some(&place(line, column)));
    e.clone()
}

/// A line (and column) of `x.csv`.
fn place(line: u64, column: Option<u32>) -> DataPlace {
    place_in("x.csv", line, column)
}

/// A line (and column) of `file`.
fn place_in(file: &str, line: u64, column: Option<u32>) -> DataPlace {
    DataPlace {
        file: Arc::from(file),
        line,
        column,
        cell: None,
    }
}

/// `text` with the edit applied to the field of its row, as an editor would.
fn apply(text: &str, edit: &Edit) -> String {
    let EditTarget::Field { place, written } = &edit.target else {
        panic!("not an edit of a field: {edit:?}")
    };
    let column = place.column.expect("a column") as usize - 1;
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            if i as u64 + 1 != place.line {
                return line.to_string();
            }
            let mut fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields[column], written, "{line}");
            fields[column] = &edit.replacement;
            fields.join(",")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_unknown_indicator_carries_what_was_written_and_the_close_id() {
    let e = the_error(
        "indicator,area,period,value\ndeths,tinh,2023,4\n",
        DataProblem::UnknownIndicator {
            indicator: "deths".into(),
            hint: Suggestion::Similar("deaths".into()),
        },
        (2, Some(1)),
    );
    assert_eq!(e.code(), Code::DataUnknownIndicator);
}

#[test]
fn a_close_id_is_an_edit_of_the_field_and_applied_fixes_the_row() {
    let text = "indicator,area,period,value\n1,tinh,2022,90\n1,huyen_aa,2023,91\n";
    let set = csv(text);
    let e = only_error(&set);
    assert_eq!(e.code(), Code::DataUnknownArea);
    let edit = Edit {
        target: EditTarget::Field {
            place: place(3, Some(2)),
            written: "huyen_aa".into(),
        },
        replacement: "huyen_a".into(),
    };
    assert_eq!(e.fixes(), std::slice::from_ref(&edit));
    let fixed = csv(&apply(text, &edit));
    assert!(fixed.errors.is_empty(), "{:#?}", fixed.errors);
    assert_eq!(fixed.accepted, 2);
}

#[test]
fn nothing_close_is_no_edit() {
    let e = the_error(
        "indicator,area,period,value\n1,zzzzzz,2023,91\n",
        DataProblem::UnknownArea {
            area: "zzzzzz".into(),
            hint: Suggestion::Nothing,
        },
        (2, Some(2)),
    );
    assert!(e.fixes().is_empty());
    // A dimension says the values it has.
    the_error(
        "indicator,area,period,value,sex\n1,tinh,2023,91,unknown\n",
        DataProblem::UnknownDimensionValue {
            value: "unknown".into(),
            dimension: "sex".into(),
            hint: Suggestion::OneOf(vec!["male".into(), "female".into()]),
        },
        (2, Some(5)),
    );
}

#[test]
fn a_bad_number_carries_its_text_and_column() {
    let e = the_error(
        "indicator,area,period,numerator,denominator\ndeaths,tinh,2023,7,n/a\n",
        DataProblem::BadNumber(BadNumber::Text {
            column: Column::Denominator,
            text: "n/a".into(),
        }),
        (2, Some(5)),
    );
    assert_eq!(e.code(), Code::DataBadNumber);
    assert!(e.fixes().is_empty());
}

#[test]
fn a_number_against_the_declared_style_is_fixed_by_its_marks_swapped() {
    let text = "#decimal=comma\nindicator,area,period,value\n1,tinh,2023,9.5\n";
    let set = csv(text);
    let e = only_error(&set);
    assert_eq!(
        e.problem,
        DataProblem::BadNumber(BadNumber::AgainstStyle {
            column: Column::Value,
            text: "9.5".into(),
            style: planlang::data::NumberStyle::Comma,
        })
        .into()
    );
    let [edit] = &e.fixes()[..] else {
        panic!("{:?}", e.fixes())
    };
    assert_eq!(edit.replacement, "9,5");
    assert_eq!(
        edit.target,
        EditTarget::Field {
            place: place(3, Some(4)),
            written: "9.5".into(),
        }
    );
}

#[test]
fn decimal_commas_and_ambiguous_numbers_carry_what_they_would_read() {
    let set = csv("indicator,area,period,value\n1,tinh,2022,\"9,5\"\n1,tinh,2023,12.345\n");
    assert_eq!(
        problems(&set),
        [
            DataProblem::DecimalComma {
                column: Column::Value,
                text: "9,5".into(),
                value: 9.5,
            }
            .into(),
            DataProblem::AmbiguousNumber {
                column: Column::Value,
                text: "12.345".into(),
                point: 12.345,
                comma: 12345.0,
            }
            .into(),
        ]
    );
}

#[test]
fn a_value_out_of_range_carries_the_unit_and_its_bounds() {
    let e = the_error(
        "indicator,area,period,value\n1,tinh,2023,105\n",
        DataProblem::OutOfRange(OutOfRange::Unit {
            value: 105.0,
            unit: Box::new(UnitRange {
                id: "percent".into(),
                symbol: "%".into(),
                min: Some(0.0),
                max: Some(100.0),
            }),
        }),
        (2, Some(4)),
    );
    assert_eq!(e.code(), Code::DataOutOfRange);
    // A negative count beside a value in range is blamed on its own column.
    the_error(
        "indicator,area,period,value,numerator\n1,tinh,2023,50,-1\n",
        DataProblem::OutOfRange(OutOfRange::NegativeCount {
            column: Column::Numerator,
            value: -1.0,
        }),
        (2, Some(5)),
    );
}

#[test]
fn a_conflict_names_the_key_and_the_row_kept() {
    let conflict = ValueConflict {
        key: KeyNames {
            series: Some(SeriesName::Indicator("1".into())),
            area: "tinh".into(),
            period: Period::Year(2023),
            disaggregation: vec![("sex".into(), "female".into())],
        },
        value: 82.0,
        first_value: 80.0,
        first: RowIn {
            file: "x.csv".into(),
            sheet: None,
            line: 2,
        },
    };
    the_error(
        "indicator,area,period,value,sex\n1,tinh,2023,80,female\n1,tinh,2023,82,female\n",
        DataProblem::Conflict(Box::new(conflict)),
        (3, None),
    );
}

#[test]
fn rows_not_filled_in_are_counted_at_the_first() {
    let set = csv("indicator,area,period,value\n1,tinh,2022,\n1,tinh,2023,\n1,tinh,2024,90\n");
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    let [w] = &set.warnings[..] else {
        panic!("{:#?}", set.warnings)
    };
    assert_eq!(w.code(), Code::DataUnfilledRow);
    assert_eq!(
        w.problem,
        DataProblem::UnfilledRow {
            count: 2,
            first: Some(RowAt::Line(2)),
        }
        .into()
    );
}

#[test]
fn a_header_refused_is_the_code_of_every_row_after_it() {
    let set = csv("indicator,area,area,period,value\n1,tinh,tinh,2023,90\n");
    let header = DataProblem::BadHeader(BadHeader::NamedTwice {
        name: "area".into(),
        first: 2,
        second: 3,
    });
    assert_eq!(set.errors.len(), 2, "{:#?}", set.errors);
    assert_eq!(set.errors[0].problem, header.clone().into());
    assert_eq!(set.errors[1].code(), Code::DataBadHeader);
    assert_eq!(
        set.errors[1].problem,
        DataProblem::AfterBadHeader {
            header_line: 1,
            problem: Arc::new(header),
        }
        .into()
    );
}

#[test]
fn bytes_that_are_not_utf8_carry_their_column_and_the_likely_code_page() {
    let model = model();
    let mut set = DataSet::default();
    let bytes: &[u8] = b"indicator,area,period,value\n1,t\xD0nh,2023,90\n";
    set.load_csv(&model, "x.csv", bytes, LoadOptions::default());
    let e = only_error(&set);
    assert_eq!(
        e.problem,
        DataProblem::Encoding(NotText::NotUtf8 {
            column: 4,
            bytes: vec![0xD0],
            likely: planlang::diagnostic::CodePage::Windows1258,
        })
        .into()
    );
    assert_eq!(e.data_place(), Some(&place(2, None)));
}

#[test]
fn a_json_row_is_placed_at_its_line_and_its_edit_names_what_to_replace() {
    let model = model();
    let mut set = DataSet::default();
    set.load_json_str(
        &model,
        "x.json",
        "[\n  {\"indicator\": \"1\", \"area\": \"tinh\", \"period\": \"2023\", \"value\": 90, \"reported_by\": \"yt\"}\n]",
        LoadOptions::default(),
    );
    let e = only_error(&set);
    assert_eq!(
        e.problem,
        DataProblem::UnknownAgency {
            column: Column::ReportedBy,
            agency: "yt".into(),
            hint: Suggestion::Similar("yte".into()),
        }
        .into()
    );
    let place = place_in("x.json", 2, None);
    assert_eq!(e.data_place(), Some(&place));
    assert_eq!(
        e.fixes(),
        [Edit {
            target: EditTarget::Field {
                place,
                written: "yt".into(),
            },
            replacement: "yte".into(),
        }]
    );
}

#[test]
fn a_workbook_problem_is_placed_at_its_cell() {
    let model = model();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Số liệu").unwrap();
    sheet
        .write_row(0, 1, ["indicator", "area", "period", "value"])
        .unwrap();
    sheet.write_row(1, 1, ["1", "tinhh", "2023", "90"]).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let mut set = DataSet::default();
    set.load_workbook(&model, "data.xlsx", &bytes, LoadOptions::default());
    let e = only_error(&set);
    assert_eq!(
        e.problem,
        DataProblem::UnknownArea {
            area: "tinhh".into(),
            hint: Suggestion::Similar("tinh".into()),
        }
        .into()
    );
    // The header starts in column B: the area is the sheet's column C, cell C2.
    let place = DataPlace {
        cell: Some("'Số liệu'!C2".into()),
        ..place_in("data.xlsx", 2, Some(3))
    };
    assert_eq!(e.data_place(), Some(&place));
    assert_eq!(e.fixes()[0].replacement, "tinh");
}

#[test]
fn submissions_carry_the_report_and_the_period_kind() {
    let set = csv(
        "agency,report,period,received\nyte,bc_nam,2023-Q1,2023-12-01\nyte,bc_nm,2023,2023-12-01\n",
    );
    assert_eq!(
        problems(&set),
        [
            DataProblem::BadPeriod(planlang::diagnostic::BadPeriod::NotOfReport {
                report: "bc_nam".into(),
                kind: planlang::model::PeriodKind::Year,
                period: Period::Quarter(2023, 1),
            })
            .into(),
            DataProblem::UnknownReport {
                report: "bc_nm".into(),
                hint: Suggestion::Similar("bc_nam".into()),
            }
            .into(),
        ]
    );
    assert_eq!(set.errors[1].data_place(), Some(&place(3, Some(2))));
}
