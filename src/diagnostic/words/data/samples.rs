//! One problem of every kind a data file can have, with values like a real file's, for the
//! tests of their words: every variant of [`DataProblem`] and of the enums it holds.

use crate::data::NumberStyle;
use crate::date::{Date, DateError, DateWhat};
use crate::diagnostic::problem::*;
use crate::eval::Period;
use crate::model::{PeriodKind, RateUnit, Tolerance};
use std::sync::Arc;

fn text(s: &str) -> String {
    s.to_string()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

fn row(file: &str, sheet: Option<&str>, line: u64) -> RowIn {
    RowIn {
        file: text(file),
        sheet: sheet.map(text),
        line,
    }
}

fn key(disaggregation: &[(&str, &str)], element: bool) -> KeyNames {
    KeyNames {
        series: Some(if element {
            SeriesName::Element(text("so_tre_sinh"))
        } else {
            SeriesName::Indicator(text("3"))
        }),
        area: text("son_la"),
        period: Period::Year(2023),
        disaggregation: disaggregation
            .iter()
            .map(|(d, v)| (text(d), text(v)))
            .collect(),
    }
}

fn percent_unit() -> Box<UnitRange> {
    Box::new(UnitRange {
        id: text("percent"),
        symbol: text("%"),
        min: Some(0.0),
        max: Some(100.0),
    })
}

fn unit(symbol: &str, min: Option<f64>, max: Option<f64>) -> Box<UnitRange> {
    Box::new(UnitRange {
        id: text("per_1000"),
        symbol: text(symbol),
        min,
        max,
    })
}

/// Every way a file cannot be read.
fn unreadable() -> Vec<Unreadable> {
    let read = [
        ReadFailure::Folder,
        ReadFailure::NotFound,
        ReadFailure::Io(text("Permission denied (os error 13)")),
        ReadFailure::NotUtf16 {
            encoding: "UTF-16LE",
        },
        ReadFailure::LineTooLong { mib: 16 },
        ReadFailure::RecordTooLong { line: 12, mib: 16 },
    ];
    let workbooks = [
        NotAWorkbook::Empty,
        NotAWorkbook::Password,
        NotAWorkbook::Xls,
        NotAWorkbook::Html,
        NotAWorkbook::Text,
        NotAWorkbook::Other,
        NotAWorkbook::NotZip {
            why: text("invalid Zip archive: Could not find EOCD"),
        },
        NotAWorkbook::ZipDirectory {
            why: text("invalid Zip archive"),
        },
        NotAWorkbook::Ods,
        NotAWorkbook::Xlsb,
        NotAWorkbook::NoWorkbookPart,
        NotAWorkbook::TooLargeUnpacked {
            mib: 900,
            limit_mib: 512,
        },
        NotAWorkbook::SharedStringsOverflow {
            declared: 1_000_000,
            size: 2048,
        },
        NotAWorkbook::SharedStringsUnreadable {
            why: text("unexpected end of file"),
        },
        NotAWorkbook::Unreadable {
            why: text("Cannot find workbook"),
        },
    ];
    let sheets = [
        SheetFailure::Open {
            sheet: text("Sheet1"),
            why: text("XML error"),
        },
        SheetFailure::OutOfOrder { row: 4, after: 9 },
        SheetFailure::Broken {
            why: text("unexpected end of XML"),
        },
    ];
    let shapes = [
        JsonShape::Empty,
        JsonShape::NotArrayOrObject,
        JsonShape::UnclosedArray,
        JsonShape::TrailingComma,
        JsonShape::CommaForRow,
        JsonShape::NoCommaAfterRow,
        JsonShape::UnclosedObject,
        JsonShape::KeyNotQuoted,
        JsonShape::NoCommaAfterValue,
        JsonShape::NoObservations,
        JsonShape::TextAfterEnd,
        JsonShape::BadKey,
        JsonShape::NoColon,
        JsonShape::ObservationsNotArray,
        JsonShape::UnclosedValue { line: 3, column: 7 },
    ];
    let mut all: Vec<Unreadable> = read.into_iter().map(Unreadable::File).collect();
    all.extend(workbooks.into_iter().map(Unreadable::Workbook));
    all.extend(sheets.into_iter().map(Unreadable::Sheet));
    all.extend(shapes.into_iter().map(|shape| Unreadable::JsonShape {
        shape,
        line: 1,
        column: 5,
    }));
    all.extend([
        Unreadable::WorkbookTooLarge { mib: 512 },
        Unreadable::WorkbookDamaged,
        Unreadable::NoSuchSheet {
            wanted: text("Số liệu"),
            sheets: names(&["Sheet1", "Ghi chú"]),
        },
        Unreadable::NoWorksheet,
        Unreadable::NoSheetShown {
            sheets: names(&["Sheet1", "Sheet2"]),
        },
        Unreadable::NoHeader {
            skipped: vec![
                Skipped {
                    sheet: text("Sheet1"),
                    why: DataProblem::MissingColumn(MissingColumn::EmptySheet),
                },
                Skipped {
                    sheet: text("Ghi chú"),
                    why: DataProblem::NotAHeader {
                        row: 1,
                        problem: Box::new(DataProblem::MissingColumn(
                            MissingColumn::Observations {
                                missing: vec!["indicator", "value"],
                                numbers: false,
                            },
                        )),
                    },
                },
            ],
        },
        Unreadable::RowNotObject,
        Unreadable::RowTooLong { mib: 1 },
        Unreadable::RowNotJson {
            why: text("expected `,` or `}`"),
            line: 4,
            column: 18,
        },
        Unreadable::BadDecimal {
            written: text("\"dot\""),
        },
        Unreadable::LateDecimal {
            style: NumberStyle::Comma,
        },
    ]);
    all
}

fn missing_columns() -> Vec<MissingColumn> {
    vec![
        MissingColumn::EmptyFile,
        MissingColumn::EmptySheet,
        MissingColumn::Observations {
            missing: vec!["value"],
            numbers: false,
        },
        MissingColumn::Observations {
            missing: vec!["indicator", "area", "period", "value"],
            numbers: true,
        },
        MissingColumn::Submissions {
            missing: vec!["received"],
        },
        MissingColumn::Submissions {
            missing: vec!["agency", "received"],
        },
        MissingColumn::Completions {
            missing: vec!["done_on"],
        },
        MissingColumn::Completions {
            missing: vec!["task", "done_on"],
        },
    ]
}

fn unknown_columns() -> Vec<UnknownColumn> {
    vec![
        UnknownColumn::Column {
            name: text("ghi_chu"),
        },
        UnknownColumn::NotSubmissionColumn {
            name: text("value"),
        },
        UnknownColumn::NotCompletionColumn {
            name: text("received"),
        },
        UnknownColumn::Unnamed { columns: vec![5] },
        UnknownColumn::Unnamed {
            columns: vec![5, 7],
        },
        UnknownColumn::BadDirective { value: text("dot") },
        UnknownColumn::StyleOverridden {
            declared: NumberStyle::Comma,
        },
        UnknownColumn::TopLevelKey { key: text("meta") },
        UnknownColumn::Key { key: text("nguon") },
        UnknownColumn::MoreKeys {
            key: text("x"),
            listed: 20,
        },
        UnknownColumn::CellsOutside {
            count: 1,
            first: text("Sheet1!H14"),
            header_row: 1,
        },
        UnknownColumn::CellsOutside {
            count: 12,
            first: text("Sheet1!H14"),
            header_row: 2,
        },
    ]
}

fn not_text() -> Vec<NotText> {
    vec![
        NotText::NotUtf8 {
            column: 12,
            bytes: vec![0xD0],
            likely: CodePage::Windows1258,
        },
        NotText::NotUtf8 {
            column: 3,
            bytes: vec![0xE9, 0x20, 0xF4, 0x41, 0x42],
            likely: CodePage::Windows1252,
        },
        NotText::NotInEncoding {
            line: 7,
            offset: 181,
            bytes: vec![0x81],
            encoding: "windows-1258",
        },
        NotText::Utf8InCodePage {
            line: 2,
            offset: 40,
            bytes: vec![0xE1, 0xBB, 0x87],
            encoding: "windows-1258",
        },
    ]
}

fn bad_headers() -> Vec<BadHeader> {
    vec![
        BadHeader::NamedTwice {
            name: text("value"),
            first: 4,
            second: 6,
        },
        BadHeader::Mixed {
            observations: names(&["indicator", "value"]),
            submissions: names(&["agency", "received"]),
        },
        BadHeader::MixedCompletions {
            completions: names(&["task", "done_on"]),
            others: names(&["indicator"]),
        },
    ]
}

fn skipped_sheets() -> Vec<SkippedSheet> {
    vec![
        SkippedSheet::Before {
            sheet: text("Số liệu"),
            skipped: vec![Skipped {
                sheet: text("Hướng dẫn"),
                why: DataProblem::MissingColumn(MissingColumn::EmptySheet),
            }],
        },
        SkippedSheet::Others {
            sheet: text("2023"),
            others: vec![OtherSheet {
                name: text("2024"),
                hidden: false,
            }],
        },
        SkippedSheet::Others {
            sheet: text("2023"),
            others: vec![
                OtherSheet {
                    name: text("2024"),
                    hidden: false,
                },
                OtherSheet {
                    name: text("Cũ"),
                    hidden: true,
                },
            ],
        },
    ]
}

fn bad_periods() -> Vec<BadPeriod> {
    let kinds = [
        PeriodKind::Year,
        PeriodKind::HalfYear,
        PeriodKind::Quarter,
        PeriodKind::Month,
        PeriodKind::Adhoc,
    ];
    let mut all = vec![
        BadPeriod::Written {
            text: text("2023 Q1"),
        },
        BadPeriod::Date {
            date: date("2023-01-01"),
        },
    ];
    all.extend(kinds.iter().map(|&kind| BadPeriod::NotOfReport {
        report: text("bc_quy"),
        kind,
        period: Period::Year(2023),
    }));
    all.extend(kinds.iter().map(|&every| BadPeriod::NotOfTask {
        task: text("nv_3"),
        every,
        first: 2022,
        last: 2025,
        period: Period::Quarter(2026, 1),
    }));
    all
}

fn bad_numbers() -> Vec<BadNumber> {
    let cells = [
        CellProblem::Duration,
        CellProblem::Error {
            error: text("#DIV/0!"),
        },
        CellProblem::TimeOfDay,
        CellProblem::PastYear9999,
        CellProblem::NoSuchDay {
            day: 29,
            month: 2,
            year: 1900,
        },
        CellProblem::IsoDate {
            text: text("2023-02-30"),
            why: Box::new(DateError::NoSuchDay {
                month: 2,
                year: Some(2023),
                day: 30,
            }),
        },
    ];
    let mut all = vec![
        BadNumber::Text {
            column: Column::Value,
            text: text("n/a"),
        },
        BadNumber::AgainstStyle {
            column: Column::Value,
            text: text("9.5"),
            style: NumberStyle::Comma,
        },
        BadNumber::AgainstStyle {
            column: Column::Numerator,
            text: text("9,5"),
            style: NumberStyle::Point,
        },
        BadNumber::AgainstStyle {
            column: Column::Value,
            text: text("1.234,5"),
            style: NumberStyle::Unsaid,
        },
        BadNumber::NotFinite {
            column: Column::Value,
            value: f64::INFINITY,
        },
        BadNumber::Date {
            column: Column::Denominator,
            date: date("2023-05-09"),
        },
    ];
    all.extend(cells.into_iter().map(|why| BadNumber::Cell {
        column: text("value"),
        why,
    }));
    all
}

fn suggestions() -> Vec<Suggestion> {
    vec![
        Suggestion::Similar(text("3a")),
        Suggestion::OneOf(names(&["nam", "nu"])),
        Suggestion::NoneDeclared,
        Suggestion::Nothing,
    ]
}

/// Every kind of data problem, some kinds several times (each way its words differ), each
/// with a name for the snapshot.
pub(crate) fn every_data_problem() -> Vec<DataProblem> {
    let mut all: Vec<DataProblem> = Vec::new();
    all.extend(unreadable().into_iter().map(DataProblem::Unreadable));
    all.extend(
        missing_columns()
            .into_iter()
            .map(DataProblem::MissingColumn),
    );
    all.extend(
        unknown_columns()
            .into_iter()
            .map(DataProblem::UnknownColumn),
    );
    all.extend(not_text().into_iter().map(DataProblem::Encoding));
    all.extend(bad_headers().into_iter().map(DataProblem::BadHeader));
    all.extend(skipped_sheets().into_iter().map(DataProblem::SkippedSheet));
    all.extend(bad_periods().into_iter().map(DataProblem::BadPeriod));
    all.extend(bad_numbers().into_iter().map(DataProblem::BadNumber));
    all.push(DataProblem::MissingValue {
        column: Column::Value,
    });
    all.push(DataProblem::MissingValue {
        column: Column::Period,
    });
    for hint in suggestions() {
        all.push(DataProblem::UnknownIndicator {
            indicator: text("3x"),
            hint: hint.clone(),
        });
        all.push(DataProblem::UnknownArea {
            area: text("son_laa"),
            hint: hint.clone(),
        });
        all.push(DataProblem::UnknownAgency {
            column: Column::ReportedBy,
            agency: text("so_yt"),
            hint: hint.clone(),
        });
        all.push(DataProblem::UnknownReport {
            report: text("bc_nam"),
            hint: hint.clone(),
        });
        all.push(DataProblem::UnknownTask {
            task: text("nv_9"),
            hint: hint.clone(),
        });
        all.push(DataProblem::UnknownDimensionValue {
            value: text("nu_"),
            dimension: text("gioi_tinh"),
            hint,
        });
    }
    all.push(DataProblem::PeriodOutsidePlan {
        period: Period::Year(2015),
        first: 2018,
        start: 2021,
        end: 2030,
    });
    all.push(DataProblem::PeriodOutsidePlan {
        period: Period::Quarter(2031, 2),
        first: 2020,
        start: 2021,
        end: 2030,
    });
    all.push(DataProblem::DecimalComma {
        column: Column::Value,
        text: text("9,5"),
        value: 9.5,
    });
    all.push(DataProblem::AmbiguousNumber {
        column: Column::Value,
        text: text("210.500"),
        point: 210.5,
        comma: 210500.0,
    });
    all.extend(
        [
            OutOfRange::Unit {
                value: 120.5,
                unit: percent_unit(),
            },
            OutOfRange::Unit {
                value: -3.0,
                unit: unit("‰", Some(0.0), None),
            },
            OutOfRange::Unit {
                value: 1200.0,
                unit: unit("", None, Some(1000.0)),
            },
            OutOfRange::Unit {
                value: 1.0,
                unit: unit("", None, None),
            },
            OutOfRange::NegativeCount {
                column: Column::Numerator,
                value: -4.0,
            },
            OutOfRange::NegativeElement { value: -1234.5 },
        ]
        .into_iter()
        .map(DataProblem::OutOfRange),
    );
    all.push(DataProblem::ZeroDenominator { denominator: 0.0 });
    all.extend(
        [
            BadDate::Number {
                column: Column::ReportedOn,
                value: 45123.0,
            },
            BadDate::Text {
                column: Column::Received,
                text: text("31/02/2024"),
                why: DateError::NoSuchDay {
                    month: 2,
                    year: Some(2024),
                    day: 31,
                },
            },
            BadDate::Text {
                column: Column::DoneOn,
                text: text("12/31/2024"),
                why: DateError::NoSuchMonth {
                    month: 31,
                    day_first_hint: true,
                },
            },
            BadDate::Text {
                column: Column::ReportedOn,
                text: text("hôm qua"),
                why: DateError::Form {
                    text: text("hôm qua"),
                    form: "YYYY-MM-DD or DD/MM/YYYY",
                    what: DateWhat::Date,
                },
            },
        ]
        .into_iter()
        .map(DataProblem::BadDate),
    );
    all.push(DataProblem::BadStatus {
        status: text("draft"),
    });
    for leads in [vec![], names(&["so_yte"]), names(&["so_yte", "so_gd"])] {
        all.push(DataProblem::NotTaskLead {
            kind: "task",
            task: text("nv_3"),
            agency: text("so_tc"),
            leads,
        });
    }
    all.push(DataProblem::NotTaskLead {
        kind: "project",
        task: text("da_1"),
        agency: text("so_tc"),
        leads: names(&["so_xd"]),
    });
    all.push(DataProblem::Conflict(Box::new(ValueConflict {
        key: key(&[("gioi_tinh", "nu")], false),
        value: 12.5,
        first_value: 11.0,
        first: row("data.csv", None, 4),
    })));
    all.push(DataProblem::Conflict(Box::new(ValueConflict {
        key: key(&[], true),
        value: 1200.0,
        first_value: 1100.0,
        first: row("data.xlsx", Some("Sheet1"), 14),
    })));
    all.push(DataProblem::CompositeIndicator {
        indicator: text("16"),
        parts: names(&["16a", "16b"]),
    });
    all.extend(
        [
            PercentCell::Refused {
                column: Column::Numerator,
                points: 95.0,
                stored: 0.95,
                why: PercentWhy::Count,
            },
            PercentCell::Refused {
                column: Column::Value,
                points: 12.5,
                stored: 0.125,
                why: PercentWhy::Unit(text("per_1000")),
            },
            PercentCell::Refused {
                column: Column::Value,
                points: 40.0,
                stored: 0.4,
                why: PercentWhy::Element,
            },
            PercentCell::Shown {
                column: Column::Source,
                points: 5.0,
            },
        ]
        .into_iter()
        .map(DataProblem::PercentCell),
    );
    all.push(DataProblem::WrongUnit {
        written: text("%"),
        unit: unit("‰", Some(0.0), Some(1000.0)),
    });
    all.push(DataProblem::WrongUnit {
        written: text("người"),
        unit: unit("", Some(0.0), None),
    });
    all.push(DataProblem::UnfilledRow {
        count: 1,
        first: None,
    });
    all.push(DataProblem::UnfilledRow {
        count: 1,
        first: Some(RowAt::Line(8)),
    });
    all.push(DataProblem::UnfilledRow {
        count: 5,
        first: Some(RowAt::Reference(text("Sheet1!9"))),
    });
    for (tolerance, sum) in [
        (None, 100.0),
        (
            Some(Tolerance {
                amount: 0.5,
                unit: RateUnit::Points,
            }),
            97.0,
        ),
        (None, 0.0),
    ] {
        all.push(DataProblem::IdentityBroken(Box::new(BrokenIdentity {
            key: key(&[], false),
            total: 105.0,
            total_row: row("data.csv", None, 2),
            sum,
            parts: vec![
                PartGiven {
                    id: text("3a"),
                    value: 60.0,
                    scale: 1.0,
                    row: row("data.csv", None, 3),
                },
                PartGiven {
                    id: text("3b"),
                    value: 40.0,
                    scale: 1000.0,
                    row: row("data.xlsx", Some("Sheet1"), 4),
                },
            ],
            tolerance,
            allowed: 0.05,
        })));
    }
    all.push(DataProblem::NotAHeader {
        row: 1,
        problem: Box::new(DataProblem::BadHeader(BadHeader::NamedTwice {
            name: text("area"),
            first: 2,
            second: 3,
        })),
    });
    all.push(DataProblem::AfterBadHeader {
        header_line: 1,
        problem: Arc::new(DataProblem::MissingColumn(MissingColumn::Observations {
            missing: vec!["value"],
            numbers: false,
        })),
    });
    all
}
