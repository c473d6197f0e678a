//! One problem of every kind a query can have, with values like a real query's, for the
//! tests of their words: every variant of [`QueryProblem`], [`Wanted`], [`ValueHint`] and
//! every [`Domain`] and [`Kind`].

use crate::date::{Date, DateError};
use crate::diagnostic::problem::{QueryProblem, ValueHint, Wanted};
use crate::query::schema::{Domain, Kind};

fn text(s: &str) -> String {
    s.to_string()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

/// Every kind of query problem, some several times (each way its words differ).
pub(crate) fn every_query_problem() -> Vec<QueryProblem> {
    let every_wanted = vec![
        Wanted::Keyword("where"),
        Wanted::SortOrder,
        Wanted::ReportState,
        Wanted::Subject,
        Wanted::Field,
        Wanted::Comparison,
        Wanted::Value,
        Wanted::Text,
        Wanted::Word,
        Wanted::Number,
        Wanted::Dates,
        Wanted::Condition,
        Wanted::EndOfQuery,
    ];
    let mut all = vec![
        QueryProblem::Syntax {
            expected: every_wanted.clone(),
            found: text("wher"),
            similar: Some(text("where")),
        },
        QueryProblem::Syntax {
            expected: vec![Wanted::Keyword("in"), Wanted::Comparison],
            found: text("lead"),
            similar: None,
        },
        QueryProblem::Incomplete { expected: vec![] },
        QueryProblem::Incomplete {
            expected: vec![Wanted::Value],
        },
        QueryProblem::Unclosed { text: true },
        QueryProblem::Unclosed { text: false },
        QueryProblem::TooDeep { limit: 64 },
        QueryProblem::UnknownStart {
            word: text("indicatorz"),
            similar: Some(text("indicators")),
        },
        QueryProblem::UnknownStart {
            word: text("hello"),
            similar: None,
        },
        QueryProblem::DatesReversed {
            from: date("2025-06-30"),
            to: date("2025-01-01"),
        },
        QueryProblem::BadDate {
            written: text("2025-02-30"),
            why: DateError::NoSuchDay {
                month: 2,
                year: Some(2025),
                day: 30,
            },
        },
        QueryProblem::BadLimit {
            written: text("ten"),
        },
        QueryProblem::NumberTooLarge {
            written: text("1e999"),
        },
        QueryProblem::Internal,
        QueryProblem::UnknownId {
            id: text("yt"),
            similar: Some(text("yte")),
        },
        QueryProblem::UnknownId {
            id: text("zz"),
            similar: None,
        },
        QueryProblem::UnknownSubject {
            word: text("indicatrs"),
            similar: Some(text("indicators")),
            subjects: names(&["indicators", "targets"]),
        },
        QueryProblem::UnknownSubject {
            word: text("xyz"),
            similar: None,
            subjects: names(&["indicators", "targets", "agencies"]),
        },
        QueryProblem::UnknownField {
            field: text("leed"),
            subject: text("indicators"),
            similar: Some(text("lead")),
            fields: names(&["id", "lead"]),
        },
        QueryProblem::UnknownField {
            field: text("zzz"),
            subject: text("indicators"),
            similar: None,
            fields: (0..30).map(|i| format!("f{i}")).collect(),
        },
        QueryProblem::CountSortField {
            field: text("cuont"),
            similar: Some(text("count")),
            columns: names(&["status", "count"]),
        },
        QueryProblem::CountSortField {
            field: text("zzz"),
            similar: None,
            columns: names(&["status", "count"]),
        },
        QueryProblem::RepeatedClause { clause: "limit" },
        QueryProblem::StateNotApplicable {
            state: text("late"),
            subject: text("indicators"),
        },
        QueryProblem::StateNotApplicable {
            state: text("missing"),
            subject: text("tasks"),
        },
        QueryProblem::StateNotApplicable {
            state: text("gone"),
            subject: text("tasks"),
        },
        QueryProblem::DueNotApplicable {
            subject: text("indicators"),
            year: 2025,
        },
        QueryProblem::ColumnsInCount,
        QueryProblem::RepeatedField {
            field: text("status"),
        },
    ];
    for kind in [
        Kind::Text,
        Kind::Ref,
        Kind::Refs,
        Kind::Number,
        Kind::Numbers,
        Kind::Date,
    ] {
        all.push(QueryProblem::ContainsOnNumbers {
            field: text("target_year"),
            kind,
        });
        all.push(QueryProblem::OrderingOnText {
            op: "<",
            field: text("lead"),
            kind,
        });
    }
    all.push(QueryProblem::NotANumber {
        field: text("target_year"),
        written: text("soon"),
    });
    all.push(QueryProblem::NotADate {
        field: text("due"),
        written: text("tomorrow"),
    });
    let domains = [
        Domain::Free,
        Domain::Measures,
        Domain::Agencies,
        Domain::Objectives,
        Domain::Reports,
        Domain::Units,
        Domain::Directions,
        Domain::Statuses,
        Domain::TargetKinds,
        Domain::YesNo,
        Domain::ReportStatuses,
        Domain::Tasks,
        Domain::Projects,
        Domain::Assignments,
        Domain::Covered,
        Domain::TaskStatuses,
        Domain::AgencyRoles,
    ];
    for domain in domains {
        all.push(QueryProblem::UnknownValue {
            value: text("xx"),
            field: text("lead"),
            domain,
            hint: ValueHint::OneOf(names(&["a", "b"])),
        });
    }
    all.push(QueryProblem::UnknownValue {
        value: text("16"),
        field: text("id"),
        domain: Domain::Measures,
        hint: ValueHint::PartsOf(names(&["16a", "16b"])),
    });
    all.push(QueryProblem::UnknownValue {
        value: text("ytee"),
        field: text("lead"),
        domain: Domain::Agencies,
        hint: ValueHint::Similar(text("yte")),
    });
    all
}
