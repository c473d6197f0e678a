//! Every kind of problem of a plan has its words in every language: a problem of each kind,
//! and of each branch of its words, made in `samples` and put into words in English and in
//! Vietnamese.

mod samples;

use super::{words, Words};
use crate::date::DateError;
use crate::diagnostic::problem::*;
use crate::diagnostic::Code;
use crate::i18n::Lang;
use samples::{indicator, part, plan_problems, structure_problems, unit_range};

/// Every text of `w`: message, label, help, and the texts of other places.
fn texts(w: &Words) -> Vec<&str> {
    let mut all = vec![w.message.as_str(), w.label.as_str()];
    all.extend(w.help.as_deref());
    all.extend(w.related.iter().map(|l| l.text.as_str()));
    all
}

#[test]
fn every_kind_of_plan_problem_has_words_in_every_language() {
    let problems = plan_problems();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.in_plans())
        .filter(|c| !problems.iter().any(|p| p.code() == **c))
        .map(|c| c.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "no problem of {missing:?} is put into words here"
    );
    for problem in &problems {
        let en = words(problem, Lang::En);
        let vi = words(problem, Lang::Vi);
        assert_eq!(texts(&en).len(), texts(&vi).len(), "{problem:?}");
        assert!(
            !en.message.is_empty() && !vi.message.is_empty(),
            "{problem:?}"
        );
        for (e, v) in texts(&en).into_iter().zip(texts(&vi)) {
            for text in [e, v] {
                // An argument left out is written `{$name}`; an id asked for and not in the
                // catalogue stops a debug build before this.
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{problem:?}: {text}"
                );
            }
            // A text said in English is said in Vietnamese too; only an empty label
            // (an internal error's) reads the same.
            assert!(
                e != v || e.is_empty(),
                "{:?}: the Vietnamese is the English: {e}",
                problem.code()
            );
        }
    }
}

#[test]
fn the_pieces_of_messages_are_said_in_each_language() {
    let m = |p: Problem, lang| words(&p, lang).message;
    let missing_unit = |measure| Problem::from(Declarations::MissingUnit { measure });
    assert_eq!(
        m(missing_unit(part("16a")), Lang::En),
        "part 16a has no unit"
    );
    assert_eq!(
        m(missing_unit(part("16a")), Lang::Vi),
        "chỉ tiêu thành phần 16a chưa có đơn vị tính"
    );
    assert_eq!(
        m(missing_unit(indicator("3")), Lang::Vi),
        "chỉ tiêu 3 chưa có đơn vị tính"
    );
    // Numbers of prose are written as each language writes them; a date too.
    let out_of_range = Problem::from(Targets::ValueOutOfRange {
        of: ValueOf::TargetOf(indicator("1")),
        value: 1234.5,
        unit: unit_range(Some(0.0), Some(100.0)),
    });
    assert_eq!(
        m(out_of_range.clone(), Lang::En),
        "a target of indicator 1 is 1234.5 %, outside the range of unit `percent` (between 0 and 100)"
    );
    assert_eq!(
        m(out_of_range, Lang::Vi),
        "một mức cần đạt của chỉ tiêu 1 là 1.234,5 %, nằm ngoài khoảng giá trị của đơn vị tính `percent` (từ 0 đến 100)"
    );
    let dates = structure_problems().remove(0);
    assert!(m(dates.clone(), Lang::En).contains("2021-04-28 (Điều 2) and 2021-04-22"));
    assert!(m(dates, Lang::Vi).contains("28/04/2021 (Điều 2) và 22/04/2021"));
    // A count chooses its form in English; Vietnamese has one.
    let gaps: Vec<String> = structure_problems()
        .into_iter()
        .filter(|p| p.code() == Code::NumberingGap)
        .map(|p| m(p, Lang::En))
        .collect();
    assert_eq!(
        gaps,
        [
            "the numbering jumps from 3 to 5: 4 is missing",
            "the numbering jumps from 3 to 8: 4 to 7 are missing"
        ]
    );
    let bad_date = Problem::from(Reading::BadDate {
        written: "2021-02-30".into(),
        why: DateError::NoSuchDay {
            month: 2,
            year: Some(2021),
            day: 30,
        },
    });
    assert_eq!(
        m(bad_date.clone(), Lang::En),
        "`2021-02-30` is not a real date: February 2021 has 28 days, so day 30 does not exist"
    );
    assert_eq!(
        m(bad_date, Lang::Vi),
        "`2021-02-30` không phải là ngày có thật: tháng 2 năm 2021 có 28 ngày, nên không có ngày 30"
    );
}
