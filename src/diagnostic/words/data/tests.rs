use super::samples::every_data_problem;
use super::*;
use crate::i18n::Lang;
use std::collections::BTreeSet;

/// Each sample's code and message in `lang`, one after the other.
fn worded(lang: Lang) -> String {
    let mut out = String::new();
    for p in every_data_problem() {
        out.push_str(&format!("{}\n  {}\n", p.code().as_str(), message(&p, lang)));
    }
    out
}

#[test]
fn the_english_words_of_every_data_problem() {
    insta::assert_snapshot!(worded(Lang::En));
}

#[test]
fn the_vietnamese_words_of_every_data_problem() {
    insta::assert_snapshot!(worded(Lang::Vi));
}

/// The kind of a data problem, by its variant: a match without a wildcard, so that a new
/// kind does not compile until it is named here, and then fails the test below until a
/// sample of it is added.
fn kind(p: &DataProblem) -> &'static str {
    match p {
        DataProblem::Unreadable(_) => "Unreadable",
        DataProblem::MissingColumn(_) => "MissingColumn",
        DataProblem::UnknownColumn(_) => "UnknownColumn",
        DataProblem::MissingValue { .. } => "MissingValue",
        DataProblem::UnknownIndicator { .. } => "UnknownIndicator",
        DataProblem::UnknownArea { .. } => "UnknownArea",
        DataProblem::BadPeriod(_) => "BadPeriod",
        DataProblem::PeriodOutsidePlan { .. } => "PeriodOutsidePlan",
        DataProblem::BadNumber(_) => "BadNumber",
        DataProblem::DecimalComma { .. } => "DecimalComma",
        DataProblem::OutOfRange(_) => "OutOfRange",
        DataProblem::ZeroDenominator { .. } => "ZeroDenominator",
        DataProblem::BadDate(_) => "BadDate",
        DataProblem::BadStatus { .. } => "BadStatus",
        DataProblem::UnknownAgency { .. } => "UnknownAgency",
        DataProblem::UnknownDimensionValue { .. } => "UnknownDimensionValue",
        DataProblem::Conflict(_) => "Conflict",
        DataProblem::CompositeIndicator { .. } => "CompositeIndicator",
        DataProblem::UnknownReport { .. } => "UnknownReport",
        DataProblem::UnknownTask { .. } => "UnknownTask",
        DataProblem::NotTaskLead { .. } => "NotTaskLead",
        DataProblem::Encoding(_) => "Encoding",
        DataProblem::BadHeader(_) => "BadHeader",
        DataProblem::AmbiguousNumber { .. } => "AmbiguousNumber",
        DataProblem::PercentCell(_) => "PercentCell",
        DataProblem::WrongUnit { .. } => "WrongUnit",
        DataProblem::SkippedSheet(_) => "SkippedSheet",
        DataProblem::UnfilledRow { .. } => "UnfilledRow",
        DataProblem::IdentityBroken(_) => "IdentityBroken",
        DataProblem::NotAHeader { .. } => "NotAHeader",
        DataProblem::AfterBadHeader { .. } => "AfterBadHeader",
    }
}

/// How many kinds [`kind`] names.
const KINDS: usize = 31;

#[test]
fn there_is_a_sample_of_every_kind_of_data_problem() {
    let seen: BTreeSet<&str> = every_data_problem().iter().map(kind).collect();
    assert_eq!(seen.len(), KINDS, "{seen:?}");
}

#[test]
fn every_data_problem_has_its_own_vietnamese_words() {
    for p in every_data_problem() {
        let (en, vi) = (message(&p, Lang::En), message(&p, Lang::Vi));
        assert_ne!(en, vi, "{p:?}");
        // An argument left unfilled is written `{$name}` (an id without a message stops a
        // debug build before this).
        for text in [&en, &vi] {
            assert!(!text.contains("{$"), "{text}");
        }
        // The Vietnamese is Vietnamese: it has letters English does not write.
        assert!(
            vi.chars().any(|c| {
                "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ".contains(c)
            }),
            "{vi}"
        );
    }
}

#[test]
fn vietnamese_numbers_and_dates_in_data_problems() {
    let out = message(
        &DataProblem::OutOfRange(OutOfRange::NegativeElement { value: -1234.5 }),
        Lang::Vi,
    );
    assert_eq!(
        out,
        "giá trị -1.234,5 là số âm; phần tử dữ liệu là số đếm nên phải từ 0 trở lên"
    );
    let date = crate::date::Date::parse("2023-05-09").expect("a date");
    let out = message(
        &DataProblem::BadNumber(BadNumber::Date {
            column: Column::Value,
            date,
        }),
        Lang::Vi,
    );
    assert!(out.contains("ngày 09/05/2023"), "{out}");
    // The reading of a number with a decimal comma is told as a point writes it, so that it
    // is not the text in question again.
    let out = message(
        &DataProblem::DecimalComma {
            column: Column::Value,
            text: "9,5".into(),
            value: 9.5,
        },
        Lang::Vi,
    );
    assert!(out.contains("`9,5`") && out.contains("là 9.5)"), "{out}");
}

#[test]
fn where_a_row_is_in_either_language() {
    let csv = RowIn {
        file: "data.csv".into(),
        sheet: None,
        line: 12,
    };
    let xlsx = RowIn {
        file: "data.xlsx".into(),
        sheet: Some("Sheet1".into()),
        line: 14,
    };
    assert_eq!(row_in(&csv, Lang::En), "line 12 of data.csv");
    assert_eq!(row_in(&csv, Lang::Vi), "dòng 12 của tệp data.csv");
    assert_eq!(
        row_in(&xlsx, Lang::En),
        "row 14 of sheet Sheet1 in data.xlsx"
    );
    assert_eq!(
        row_in(&xlsx, Lang::Vi),
        "dòng 14 của trang tính Sheet1 trong tệp data.xlsx"
    );
    assert_eq!(row_at(&RowAt::Line(3), Lang::Vi), "dòng 3");
    let reference = RowAt::Reference("Sheet1!14".into());
    assert_eq!(row_at(&reference, Lang::Vi), "Sheet1!14");
    let names = KeyNames {
        series: Some(SeriesName::Indicator("3".into())),
        area: "son_la".into(),
        period: crate::eval::Period::Year(2023),
        disaggregation: vec![("sex".into(), "female".into())],
    };
    assert_eq!(
        key(&names, Lang::En),
        "indicator 3, area son_la, period 2023 (sex = female)"
    );
    assert_eq!(
        key(&names, Lang::Vi),
        "chỉ tiêu 3, địa bàn son_la, kỳ 2023 (sex = female)"
    );
}
