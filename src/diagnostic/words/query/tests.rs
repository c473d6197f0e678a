use super::samples::every_query_problem;
use super::*;
use crate::i18n::Lang;
use std::collections::BTreeSet;

/// Each sample's code and words in `lang`, one after the other.
fn worded(lang: Lang) -> String {
    let mut out = String::new();
    for p in every_query_problem() {
        let w = words(&p, lang);
        out.push_str(&format!(
            "{}\n  {}\n  label: {}\n  help: {}\n",
            p.code().as_str(),
            w.message,
            w.label,
            w.help.unwrap_or_default()
        ));
    }
    out
}

#[test]
fn the_english_words_of_every_query_problem() {
    insta::assert_snapshot!(worded(Lang::En));
}

#[test]
fn the_vietnamese_words_of_every_query_problem() {
    insta::assert_snapshot!(worded(Lang::Vi));
}

/// The kind of a query problem, by its variant: a match without a wildcard, so that a new
/// kind does not compile until it is named here, and then fails the test below until a
/// sample of it is added.
fn kind(p: &QueryProblem) -> &'static str {
    match p {
        QueryProblem::Syntax { .. } => "Syntax",
        QueryProblem::Incomplete { .. } => "Incomplete",
        QueryProblem::Unclosed { .. } => "Unclosed",
        QueryProblem::TooDeep { .. } => "TooDeep",
        QueryProblem::UnknownStart { .. } => "UnknownStart",
        QueryProblem::DatesReversed { .. } => "DatesReversed",
        QueryProblem::BadDate { .. } => "BadDate",
        QueryProblem::BadLimit { .. } => "BadLimit",
        QueryProblem::NumberTooLarge { .. } => "NumberTooLarge",
        QueryProblem::Internal => "Internal",
        QueryProblem::UnknownId { .. } => "UnknownId",
        QueryProblem::UnknownSubject { .. } => "UnknownSubject",
        QueryProblem::UnknownField { .. } => "UnknownField",
        QueryProblem::CountSortField { .. } => "CountSortField",
        QueryProblem::RepeatedClause { .. } => "RepeatedClause",
        QueryProblem::StateNotApplicable { .. } => "StateNotApplicable",
        QueryProblem::DueNotApplicable { .. } => "DueNotApplicable",
        QueryProblem::ColumnsInCount => "ColumnsInCount",
        QueryProblem::RepeatedField { .. } => "RepeatedField",
        QueryProblem::ContainsOnNumbers { .. } => "ContainsOnNumbers",
        QueryProblem::OrderingOnText { .. } => "OrderingOnText",
        QueryProblem::NotANumber { .. } => "NotANumber",
        QueryProblem::NotADate { .. } => "NotADate",
        QueryProblem::UnknownValue { .. } => "UnknownValue",
    }
}

/// How many kinds [`kind`] names.
const KINDS: usize = 24;

#[test]
fn there_is_a_sample_of_every_kind_of_query_problem() {
    let seen: BTreeSet<&str> = every_query_problem().iter().map(kind).collect();
    assert_eq!(seen.len(), KINDS, "{seen:?}");
}

#[test]
fn every_query_problem_has_its_own_vietnamese_words() {
    for p in every_query_problem() {
        let (en, vi) = (words(&p, Lang::En), words(&p, Lang::Vi));
        assert_ne!(en.message, vi.message, "{p:?}");
        assert_ne!(en.help, vi.help, "{p:?}");
        // Either both say something at the problem's place, or neither does.
        assert_eq!(en.label.is_empty(), vi.label.is_empty(), "{p:?}");
        if !en.label.is_empty() {
            assert_ne!(en.label, vi.label, "{p:?}");
        }
        let help = vi.help.clone().unwrap_or_default();
        for text in [&vi.message, &vi.label, &help, &en.message] {
            assert!(!text.contains("{$"), "{text}");
        }
    }
}

#[test]
fn a_query_problem_in_vietnamese_keeps_what_was_written() {
    let w = words(
        &QueryProblem::UnknownField {
            field: "leed".into(),
            subject: "indicators".into(),
            similar: Some("lead".into()),
            fields: vec!["id".into(), "lead".into()],
        },
        Lang::Vi,
    );
    assert_eq!(w.message, "không có trường `leed`");
    assert_eq!(w.label, "không phải là trường của indicators");
    assert_eq!(w.help.as_deref(), Some("có phải là `lead`?"));
    // The dates of the message are written day first; the query in the help keeps ISO dates.
    let w = words(
        &QueryProblem::DatesReversed {
            from: crate::date::Date::parse("2025-06-30").expect("a date"),
            to: crate::date::Date::parse("2025-01-01").expect("a date"),
        },
        Lang::Vi,
    );
    assert!(
        w.message.contains("ngày 30/06/2025 ở sau ngày 01/01/2025"),
        "{}",
        w.message
    );
    assert_eq!(
        w.help.as_deref(),
        Some("hãy ghi ngày trước lên trước: `due 2025-01-01..2025-06-30`")
    );
}
