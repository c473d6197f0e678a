//! Grammar and lowering tests: each form's tree, and syntax errors in plain words.

use super::*;
use crate::i18n::Lang;

fn ok(text: &str) -> Query {
    parse(&Source::new("q", text)).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

fn err(text: &str) -> QueryError {
    match parse(&Source::new("q", text)) {
        Ok(q) => panic!("{text} parsed: {q:?}"),
        Err(e) => e,
    }
}

fn select(q: Query) -> Select {
    match q {
        Query::List(s) | Query::Count { select: s, .. } => s,
        Query::Show(w) => panic!("show {w:?}"),
    }
}

#[test]
fn show_takes_one_id() {
    assert_eq!(
        ok("show 16a"),
        Query::Show(Word {
            text: "16a".into(),
            span: Span::new(5, 8)
        })
    );
    assert!(ok("  show yte ;").eq(&Query::Show(Word {
        text: "yte".into(),
        span: Span::at(0)
    })));
}

#[test]
fn list_query_has_every_clause() {
    let s = select(ok(
        "late reports due 2024-01-01..2024-06-30 where agency = yte sort by due desc, agency limit 3 columns agency, due",
    ));
    assert_eq!(s.state.map(|w| w.text), Some("late".to_string()));
    assert_eq!(s.subject.text, "reports");
    let due = s.due.expect("due");
    assert_eq!(
        (due.from.to_string(), due.to.to_string()),
        ("2024-01-01".into(), "2024-06-30".into())
    );
    assert_eq!(s.sort.len(), 2);
    assert!(s.sort[0].descending && !s.sort[1].descending);
    assert_eq!(s.limit.map(|l| l.0), Some(3));
    let columns: Vec<String> = s
        .columns
        .expect("columns")
        .into_iter()
        .map(|w| w.text)
        .collect();
    assert_eq!(columns, ["agency", "due"]);
}

#[test]
fn due_year_covers_the_whole_year() {
    let due = select(ok("targets due 2025")).due.expect("due");
    assert_eq!(
        (due.from.to_string(), due.to.to_string()),
        ("2025-01-01".into(), "2025-12-31".into())
    );
}

#[test]
fn and_binds_tighter_than_or_and_not_applies_to_one_atom() {
    let s = select(ok("indicators where a = 1 or b = 2 and not c = 3"));
    let Some(Condition::Or(terms)) = s.filter else {
        panic!("or at the top")
    };
    let [left, right] = terms.as_slice() else {
        panic!("two terms: {terms:?}")
    };
    assert!(matches!(left, Condition::Compare { .. }));
    let Condition::And(factors) = right else {
        panic!("and on the right")
    };
    assert!(matches!(factors.as_slice(), [_, Condition::Not(_)]));
}

#[test]
fn a_chain_is_one_node_of_all_its_terms() {
    let terms = ["lead = yte"; 5].join(" and ");
    let s = select(ok(&format!("indicators where {terms} or a = 1 or b = 2")));
    let Some(Condition::Or(any)) = s.filter else {
        panic!("or at the top")
    };
    assert_eq!(any.len(), 3);
    assert!(matches!(&any[0], Condition::And(all) if all.len() == 5));
}

#[test]
fn only_an_odd_number_of_nots_negates() {
    let even = select(ok("indicators where not not not not a = 1")).filter;
    assert!(matches!(even, Some(Condition::Compare { .. })), "{even:?}");
    let odd = select(ok("indicators where not not not a = 1")).filter;
    assert!(
        matches!(&odd, Some(Condition::Not(c)) if matches!(**c, Condition::Compare { .. })),
        "{odd:?}"
    );
}

#[test]
fn a_query_nested_too_deep_is_refused_before_the_parser_runs() {
    use crate::query::limits::MAX_DEPTH;
    let fits = format!(
        "indicators where {}a = 1{}",
        "(".repeat(MAX_DEPTH),
        ")".repeat(MAX_DEPTH)
    );
    ok(&fits);
    // Deep enough to overflow the stack if the parser saw it.
    let deep = format!(
        "indicators where {}a = 1{}",
        "(".repeat(7000),
        ")".repeat(7000)
    );
    let e = parse(&Source::new("query", deep.as_str())).expect_err("too deep");
    assert_eq!(e.code(), Code::QueryTooDeep);
    assert_eq!(
        e.span().map(|s| s.start()),
        Some("indicators where ".len() + MAX_DEPTH)
    );
    // Unclosed as well: too deep is what is said, not "unfinished".
    assert!(!is_incomplete(&deep[..deep.len() - 7000]));
}

#[test]
fn parentheses_group() {
    let s = select(ok("indicators where (a = 1 or b = 2) and c = 3"));
    assert!(matches!(s.filter, Some(Condition::And(..))));
}

#[test]
fn values_are_typed() {
    let s = select(ok(
        r#"reports where due >= 2025-01-01 and days_late > 3.5 and agency in (yte, "Sở Y tế") and "tre \"em\"""#,
    ));
    let mut literals = Vec::new();
    fn walk(c: &Condition, out: &mut Vec<LiteralValue>) {
        match c {
            Condition::And(terms) | Condition::Or(terms) => {
                terms.iter().for_each(|t| walk(t, out));
            }
            Condition::Not(a) => walk(a, out),
            Condition::Compare { value, .. } | Condition::Text(value) => {
                out.push(value.value.clone())
            }
            Condition::In { values, .. } => out.extend(values.iter().map(|v| v.value.clone())),
        }
    }
    walk(&s.filter.expect("filter"), &mut literals);
    assert!(matches!(literals[0], LiteralValue::Date(_)));
    assert_eq!(
        literals[1],
        LiteralValue::Number {
            value: 3.5,
            raw: "3.5".into()
        }
    );
    assert_eq!(literals[2], LiteralValue::Word("yte".into()));
    assert_eq!(literals[3], LiteralValue::Text("Sở Y tế".into()));
    assert_eq!(literals[4], LiteralValue::Text("tre \"em\"".into()));
}

#[test]
fn operators_have_unicode_spellings() {
    for (text, op) in [
        ("≥", Op::Ge),
        ("≤", Op::Le),
        ("≠", Op::Ne),
        ("!=", Op::Ne),
        ("~", Op::Contains),
    ] {
        let s = select(ok(&format!("indicators where latest {text} 3")));
        let Some(Condition::Compare { op: got, .. }) = s.filter else {
            panic!("{text}")
        };
        assert_eq!(got, op, "{text}");
    }
}

#[test]
fn count_has_its_groups() {
    let Query::Count { by, .. } = ok("count indicators where objective = a by status, owner")
    else {
        panic!("count")
    };
    let by: Vec<String> = by.into_iter().map(|w| w.text).collect();
    assert_eq!(by, ["status", "owner"]);
}

#[test]
fn unfinished_queries_are_incomplete() {
    for text in [
        "indicators where",
        "indicators where (lead = yte",
        "indicators where title ~ \"tre",
        "indicators where lead = yte and",
        "count indicators by",
        "indicators sort",
        "show",
    ] {
        assert!(is_incomplete(text), "{text}");
        assert_eq!(err(text).code(), Code::QueryIncomplete, "{text}");
    }
    for text in [
        "indicators",
        "",
        "   ",
        "indicators where lead = yte)",
        "indicators wher",
    ] {
        assert!(!is_incomplete(text), "{text}");
    }
}

#[test]
fn syntax_errors_say_what_was_expected_and_guess_the_keyword() {
    let e = err("indicators wher lead = yte");
    assert_eq!(e.code(), Code::QuerySyntax);
    assert_eq!(
        crate::render::diagnostics::short_with_help(&e, Lang::En),
        "q:1:12: error[query::syntax]: expected `where`, `due`, `sort`, `limit`, `columns` or the end of the query, found `wher`; did you mean `where`?"
    );
    let e = err("indicators sort id");
    assert_eq!(crate::render::diagnostics::short_with_help(&e, Lang::En), "q:1:17: error[query::syntax]: expected `by`, found `id`; see `:help syntax` for the forms a query takes");
    let e = err("indicators where lead yte");
    assert_eq!(e.line_col(), (1, 23));
    assert!(
        e.message(Lang::En)
            .starts_with("expected `in` or a comparison"),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn an_unknown_first_word_is_named() {
    let e = err("indicatrs 3");
    assert_eq!(
        crate::render::diagnostics::short_with_help(&e, Lang::En),
        "q:1:1: error[query::unknown_subject]: unknown query `indicatrs`; did you mean `indicators`?"
    );
    let e = err("zzz 3");
    assert!(e
        .words(Lang::En)
        .help
        .as_deref()
        .unwrap_or("")
        .contains("commands start with `:`"));
}

#[test]
fn dates_must_exist_and_be_in_order() {
    let e = err("reports due 2025-02-30..2025-03-01");
    assert_eq!(e.code(), Code::QuerySyntax);
    assert!(
        e.message(Lang::En)
            .starts_with("`2025-02-30` is not a date"),
        "{}",
        e.message(Lang::En)
    );
    let e = err("reports due 2025-03-01..2025-01-01");
    assert_eq!(
        e.message(Lang::En),
        "the dates are in the wrong order: 2025-03-01 is after 2025-01-01"
    );
}

#[test]
fn limit_must_be_whole() {
    assert_eq!(err("indicators limit 2.5").code(), Code::QueryBadLimit);
    assert_eq!(err("indicators limit -1").code(), Code::QueryBadLimit);
}
