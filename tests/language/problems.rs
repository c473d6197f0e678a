//! Problems are values: a test reads the code and the values of a problem, and the edit that
//! fixes it, not its English words (the words are covered by the snapshots of
//! `tests/cases/invalid`).

use planlang::date::Period;
use planlang::diagnostic::{
    Edit, EditTarget, MeasureRef, NameHint, NameKind, Owners, Problem, Role, Schedule, Structure,
    Targets, UnitRange, UnknownName, ValueOf,
};

const HEADER: &str = "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\nagency ubnd \"UBND\"\nagency so_yte \"Sở Y tế\"\ndimension sex \"Giới\" { male \"Nam\" female \"Nữ\" }\n";

fn problems(body: &str) -> Vec<(Problem, String)> {
    let text = format!("{HEADER}{body}");
    let checked = planlang::load_str("p.plan", &text);
    // Errors only: the header's `so_yte` is unused in most of these plans.
    checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            let span = d.span().expect("a span of the plan");
            (d.problem.clone(), checked.source.slice(span).to_string())
        })
        .collect()
}

fn unknown(kind: NameKind, name: &str, within: Option<&str>, hint: NameHint) -> Problem {
    Problem::UnknownName(UnknownName {
        kind,
        name: name.into(),
        within: within.map(String::from),
        hint,
    })
}

#[test]
fn an_unknown_agency_carries_its_name_and_the_close_one_as_an_edit() {
    let found = problems("indicator 1 \"X\" { unit percent direction increase target 2025 >= 5 lead so_yt source \"I\" }\n");
    assert_eq!(
        found,
        [(
            unknown(
                NameKind::Agency,
                "so_yt",
                None,
                NameHint::Similar("so_yte".into())
            ),
            "so_yt".to_string()
        )]
    );
    let text = format!("{HEADER}indicator 1 \"X\" {{ unit percent direction increase target 2025 >= 5 lead so_yt source \"I\" }}\n");
    let checked = planlang::load_str("p.plan", &text);
    let d = &checked.diagnostics[0];
    assert_eq!(d.code().as_str(), "plan::unknown_agency");
    let [Edit {
        target: EditTarget::Span(span),
        replacement,
    }] = &d.fixes()[..]
    else {
        panic!("{:?}", d.fixes())
    };
    assert_eq!(replacement, "so_yte");
    // The edit applied, the plan checks clean.
    let fixed = format!(
        "{}{}{}",
        &text[..span.start()],
        replacement,
        &text[span.end()..]
    );
    assert!(!planlang::load_str("p.plan", &fixed).has_errors());
}

#[test]
fn a_name_with_nothing_close_is_to_be_declared_and_has_no_edit() {
    let text = format!("{HEADER}indicator 1 \"X\" {{ unit percent direction increase target 2025 >= 5 lead ubnd objective zzz source \"I\" }}\n");
    let checked = planlang::load_str("p.plan", &text);
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    let [d] = &errors[..] else {
        panic!("{errors:?}")
    };
    assert_eq!(
        d.problem,
        unknown(NameKind::Objective, "zzz", None, NameHint::Declare)
    );
    assert!(d.fixes().is_empty());
}

#[test]
fn an_unknown_dimension_value_names_its_dimension_and_its_values() {
    let found = problems("indicator 1 \"X\" { unit percent direction increase lead ubnd source \"I\"\n  target 2025 >= 5 where sex = girls\n  target 2025 >= 5 where sex = femal\n}\n");
    let problems: Vec<&Problem> = found.iter().map(|(p, _)| p).collect();
    assert!(problems.contains(&&unknown(
        NameKind::DimensionValue,
        "girls",
        Some("sex"),
        NameHint::OneOf(vec!["male".into(), "female".into()])
    )));
    assert!(problems.contains(&&unknown(
        NameKind::DimensionValue,
        "femal",
        Some("sex"),
        NameHint::Similar("female".into())
    )));
}

#[test]
fn a_name_declared_by_imports_is_offered_qualified() {
    let mut files = planlang::files::MemoryFiles::new();
    let shared = "plan \"S\" { document \"1/KH\" issuer so_yte signed 2021-01-05 period 2021..2030 }\nagency so_yte \"Sở Y tế\"\n";
    files.insert("a.plan", shared).insert("b.plan", shared);
    let text = "plan \"P\" { document \"2/KH\" issuer so_yte signed 2021-01-05 period 2021..2030 }\nimport \"a.plan\" as a\nimport \"b.plan\" as b\n";
    let checked = planlang::load_source_from(
        planlang::Source::new("p.plan", text),
        std::rc::Rc::new(files),
    );
    let problems: Vec<&Problem> = checked.diagnostics.iter().map(|d| &d.problem).collect();
    assert_eq!(
        problems,
        [&unknown(
            NameKind::Agency,
            "so_yte",
            None,
            NameHint::Imported(vec!["a.so_yte".into(), "b.so_yte".into()])
        )]
    );
}

/// Every problem of a plan with the text at its place, warnings included.
fn all_problems(text: &str) -> Vec<(Problem, String)> {
    let checked = planlang::load_str("p.plan", text);
    checked
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.span().expect("a span of the plan");
            (d.problem.clone(), checked.source.slice(span).to_string())
        })
        .collect()
}

fn measure(id: &str) -> MeasureRef {
    MeasureRef {
        id: id.into(),
        is_part: false,
    }
}

#[test]
fn owner_problems_carry_the_agencies_the_role_and_the_places() {
    let text = "plan \"P\" { document \"1/KH\" issuer a signed 2021-01-05 period 2021..2030 }\n\
        agency a \"A\"\nagency b \"B\"\nagency c \"C\"\nagency idle \"I\"\n\
        indicator 1 \"X\" { unit percent direction increase target 2025 >= 5 source \"I\"\n\
        lead a, b, c\n  support b, b\n}\n";
    let found = all_problems(text);
    let problems: Vec<&Problem> = found.iter().map(|(p, _)| p).collect();
    let span_of =
        |word: &str, nth: usize| text.match_indices(word).nth(nth).expect("in the text").0;
    let [Problem::Owners(Owners::MultipleLeads {
        measure: m,
        leads,
        first,
        others,
    }), Problem::Owners(Owners::DuplicateOwner {
        agency,
        role: Role::Support,
        first: first_support,
        ..
    }), Problem::Owners(Owners::LeadAndSupport { agency: both, .. }), Problem::Owners(Owners::LeadAndSupport { .. }), Problem::Owners(Owners::UnusedAgency { agency: idle })] =
        &problems[..]
    else {
        panic!("{problems:#?}")
    };
    assert_eq!(*m, measure("1"));
    assert_eq!(leads, &["a", "b", "c"]);
    assert_eq!(first.start(), span_of("a, b, c", 0));
    assert_eq!(&text[first.start()..first.end()], "a");
    assert_eq!(others.len(), 1);
    assert_eq!(&text[others[0].start()..others[0].end()], "c");
    assert_eq!(found[0].1, "b");
    assert_eq!(agency, "b");
    assert_eq!(first_support.start(), text.find("support b").unwrap() + 8);
    assert_eq!(both, "b");
    assert_eq!(idle, "idle");
}

/// A composite's owners are its parts' (those that name none of their own), one list shared
/// rather than copied: a problem with it is found once, under the first part that takes it,
/// and a part's own lead is its own.
#[test]
fn a_composite_s_owners_are_shared_by_its_parts_and_their_problems_found_once() {
    let text = "plan \"P\" { document \"1/KH\" issuer a signed 2021-01-05 period 2021..2030 }\n\
        agency a \"A\"\nagency b \"B\"\nagency c \"C\"\n\
        indicator 1 \"X\" { lead a, b  support c, c, a  source \"I\"\n\
        part a \"A\" { unit percent direction increase target 2025 >= 5 }\n\
        part b \"B\" { unit percent direction increase target 2025 >= 5 }\n\
        part c \"C\" { unit percent direction increase target 2025 >= 5 lead c }\n}\n";
    let checked = planlang::load_str("p.plan", text);
    let m = &checked.model.measures;
    assert!(std::sync::Arc::ptr_eq(&m["1a"].lead, &m["1b"].lead));
    assert!(std::sync::Arc::ptr_eq(&m["1a"].support, &m["1c"].support));
    assert_eq!(m["1c"].lead.len(), 1);
    let part = |id: &str| MeasureRef {
        id: id.into(),
        is_part: true,
    };
    let owners: Vec<(Problem, String)> = all_problems(text)
        .into_iter()
        .filter(|(p, _)| matches!(p, Problem::Owners(_)))
        .collect();
    let kinds: Vec<(&str, MeasureRef, String)> = owners
        .iter()
        .map(|(p, written)| match p {
            Problem::Owners(Owners::MultipleLeads { measure, .. }) => {
                ("multiple_leads", measure.clone(), written.clone())
            }
            Problem::Owners(Owners::DuplicateOwner { measure, .. }) => {
                ("duplicate_owner", measure.clone(), written.clone())
            }
            Problem::Owners(Owners::LeadAndSupport { measure, .. }) => {
                ("lead_and_support", measure.clone(), written.clone())
            }
            other => panic!("{other:?}"),
        })
        .collect();
    // Two leads, `c` twice in support, `a` both lead and support: each once, under part
    // 1a; part 1c's own lead `c` is also a supporting agency of it, a problem of its own.
    assert_eq!(
        kinds,
        [
            ("multiple_leads", part("1a"), "b".into()),
            ("duplicate_owner", part("1a"), "c".into()),
            ("lead_and_support", part("1a"), "a".into()),
            ("lead_and_support", part("1c"), "c".into()),
            ("lead_and_support", part("1c"), "c".into()),
        ]
    );
}

#[test]
fn structure_and_schedule_problems_carry_numbers_and_ids() {
    let text = "plan \"P\" { document \"1/KH\" issuer a signed 2021-01-05 period 2021..2030 }\n\
        agency a \"A\"\nobjective o \"O\" source \"I\"\nobjective empty \"E\" source \"I\"\n\
        indicator 1 \"X\" { objective o unit percent direction increase target 2025 >= 5 lead a source \"I\" }\n\
        indicator 4 \"Y\" { objective o unit percent direction increase target 2025 >= 5 lead a }\n\
        report r \"R\" { period year }\n\
        review v \"V\" { from a to a }\n";
    let problems: Vec<Problem> = all_problems(text).into_iter().map(|(p, _)| p).collect();
    let expected = [
        Problem::Structure(Structure::EmptyObjective {
            objective: "empty".into(),
        }),
        Problem::Structure(Structure::MissingSource {
            indicator: "4".into(),
        }),
        Problem::Schedule(Schedule::ReportNoDue {
            report: "r".into(),
            period: planlang::model::PeriodKind::Year,
        }),
        Problem::Schedule(Schedule::ReportNoSubmitter { report: "r".into() }),
        Problem::Schedule(Schedule::ReportNoRecipient { report: "r".into() }),
        Problem::Schedule(Schedule::ReviewNoYear { review: "v".into() }),
    ];
    for p in &expected {
        assert!(problems.contains(p), "{p:?} not in {problems:#?}");
    }
    let gap = problems.iter().find_map(|p| match p {
        Problem::Structure(Structure::NumberingGap {
            number, previous, ..
        }) => Some((*number, *previous)),
        _ => None,
    });
    assert_eq!(gap, Some((4, 1)));
}

#[test]
fn target_problems_carry_the_values_years_and_comparators() {
    use planlang::model::{Comparator, Direction};
    let text = "plan \"P\" { document \"1/KH\" issuer a signed 2021-01-05 period 2021..2030 }\n\
        agency a \"A\"\ndimension sex \"Giới\" { male \"Nam\" female \"Nữ\" }\n\
        indicator 1 \"X\" { unit percent direction increase lead a source \"I\"\n\
        target 2025 >= 90\n  target 2030 >= 80\n  target 2030 <= 105\n  target 2035 >= 95\n\
        target 2025 >= 50 where sex = male\n}\n";
    let problems: Vec<Problem> = all_problems(text).into_iter().map(|(p, _)| p).collect();
    let m = || measure("1");
    let expected = [
        Problem::from(Targets::YearOutsidePeriod {
            of: ValueOf::TargetOf(m()),
            year: 2035,
            start: 2021,
            end: 2030,
        }),
        Problem::from(Targets::ValueOutOfRange {
            of: ValueOf::TargetOf(m()),
            value: 105.0,
            unit: UnitRange {
                id: "percent".into(),
                symbol: "%".into(),
                min: Some(0.0),
                max: Some(100.0),
            },
        }),
        Problem::from(Targets::ComparatorAgainstDirection {
            measure: m(),
            direction: Direction::Increase,
            op: Comparator::AtMost,
        }),
        Problem::from(Targets::SplitIncomplete {
            measure: m(),
            year: Some(Period::Year(2025)),
            dimension: "sex".into(),
            missing: vec!["female".into()],
        }),
    ];
    for p in &expected {
        assert!(problems.contains(p), "{p:?} not in {problems:#?}");
    }
    let against = problems.iter().find_map(|p| match p {
        Problem::Targets(t) => match **t {
            Targets::TargetAgainstDirection {
                early_year,
                early_value,
                late_year,
                late_value,
                ..
            } => Some((early_year, early_value, late_year, late_value)),
            _ => None,
        },
        _ => None,
    });
    assert_eq!(
        against,
        Some((Period::Year(2025), 90.0, Period::Year(2030), 80.0))
    );
    assert!(problems.iter().any(|p| matches!(
        p,
        Problem::Targets(t) if matches!(**t, Targets::MilestoneRepeated {
            year: Some(Period::Year(2030)),
            ..
        })
    )));
}

#[test]
fn cascade_problems_carry_the_parent_milestones_and_where_each_plan_says_them() {
    use planlang::diagnostic::{Asks, Cascade, Cited};
    use planlang::model::Comparator;
    let parent = "plan \"National\" { document \"23/QĐ-TTg\" issuer a signed 2021-01-05 period 2021..2030 }\n\
        agency a \"A\"\n\
        indicator 1 \"X\" { unit percent direction increase target 2025 >= 90 lead a source \"II.1\" }\n\
        indicator 2 \"Y\" { unit percent direction increase target 2025 >= 50 lead a source \"II.2\" }\n";
    let child = "plan \"Province\" { document \"7/KH\" issuer b signed 2021-03-01 period 2021..2030 implements national }\n\
        import \"national.plan\" as national\nagency b \"B\"\n\
        indicator 1 \"X\" { unit percent direction increase target 2025 >= 80 lead b source \"I.1\" adopts national.1 }\n";
    let mut files = planlang::files::MemoryFiles::new();
    files.insert("national.plan", parent);
    let checked = planlang::load_source_from(
        planlang::Source::new("p.plan", child),
        std::rc::Rc::new(files),
    );
    let problems: Vec<&Problem> = checked.diagnostics.iter().map(|d| &d.problem).collect();
    let ninety = Asks {
        op: Comparator::AtLeast,
        value: 90.0,
    };
    let eighty = Asks {
        op: Comparator::AtLeast,
        value: 80.0,
    };
    let expected = [
        Problem::from(Cascade::ParentUnmapped {
            alias: "national".into(),
            missing: vec!["national.2".into()],
        }),
        Problem::from(Cascade::LessAmbitious {
            measure: measure("1"),
            parent: "national.1".into(),
            year: Period::Year(2025),
            asks: eighty,
            parent_asks: ninety,
            cited: Cited {
                document: Some("7/KH".into()),
                section: Some("I.1".into()),
            },
            parent_cited: Cited {
                document: Some("23/QĐ-TTg".into()),
                section: Some("II.1".into()),
            },
            adopted: true,
        }),
    ];
    for p in &expected {
        assert!(problems.contains(&p), "{p:?} not in {problems:#?}");
    }
}

#[test]
fn declaration_problems_carry_the_kind_the_item_and_the_first_place() {
    use planlang::diagnostic::{DeclKind, Declarations, HeaderField, Item};
    let text = "plan \"P\" { issuer a period 2021..2030 }\n\
        agency a \"A\"\nagency a \"A again\"\n\
        indicator 1 \"X\" { unit percent unit count direction increase target 2025 >= 5 lead a source \"I\" }\n\
        indicator 2 \"Y\" { direction increase target 2025 >= 5 lead a source \"I\" }\n";
    let found = all_problems(text);
    let problems: Vec<&Problem> = found.iter().map(|(p, _)| p).collect();
    let first_agency = text.find("agency a").unwrap() + 7;
    let first_unit = text.find("unit percent").unwrap();
    let mut first = None;
    for p in &problems {
        match p {
            Problem::Declarations(Declarations::DuplicateId {
                kind: DeclKind::Agency,
                id,
                first: f,
            }) => {
                assert_eq!(id, "a");
                assert_eq!(f.start(), first_agency);
                first = Some(());
            }
            Problem::Declarations(Declarations::DuplicateField { field, item, first }) => {
                assert_eq!(field, "unit");
                assert_eq!(*item, Item::Measure(measure("1")));
                assert_eq!(first.start(), first_unit);
            }
            _ => {}
        }
    }
    assert!(first.is_some(), "{problems:#?}");
    assert!(
        problems.contains(&&Problem::Declarations(Declarations::MissingHeaderFields {
            missing: vec![HeaderField::Document, HeaderField::Signed]
        }))
    );
    assert!(
        problems.contains(&&Problem::Declarations(Declarations::MissingUnit {
            measure: measure("2")
        }))
    );
}

#[test]
fn an_import_cycle_carries_the_chain_of_files() {
    use planlang::diagnostic::Declarations;
    let mut files = planlang::files::MemoryFiles::new();
    let a = "plan \"A\" { document \"1/KH\" issuer u signed 2021-01-05 period 2021..2030 }\nagency u \"U\"\nimport \"b.plan\" as b\n";
    let b = "plan \"B\" { document \"2/KH\" issuer u signed 2021-01-05 period 2021..2030 }\nagency u \"U\"\nimport \"a.plan\" as a\n";
    files.insert("a.plan", a).insert("b.plan", b);
    let checked =
        planlang::load_source_from(planlang::Source::new("a.plan", a), std::rc::Rc::new(files));
    assert!(checked.diagnostics.iter().any(|d| d.problem
        == Problem::Declarations(Declarations::ImportCycle {
            path: "a.plan".into(),
            chain: vec!["a.plan".into(), "b.plan".into(), "a.plan".into()],
        })));
}

/// A scale (`= 1000 trieu_dong`) must count in a unit the plan knows; a close one is
/// offered. A tolerance after `>=` is refused with the comparison it follows.
#[test]
fn a_scale_of_an_unknown_unit_and_a_misplaced_tolerance_are_reported_with_their_values() {
    let found = problems(
        "unit trieu_dong \"triệu đồng\" range 0..\nunit ty_dong \"tỷ đồng\" = 1000 trieu_dongg\n\
         indicator 1 \"X\" { unit ty_dong direction increase lead ubnd source \"I\"\n\
         target 2025 >= 5 within 1 points }\n",
    );
    assert_eq!(
        found,
        [
            (
                Problem::from(Targets::ToleranceWithoutAbout {
                    op: planlang::model::Comparator::AtLeast
                }),
                "within 1 points".to_string()
            ),
            (
                unknown(
                    NameKind::Unit,
                    "trieu_dongg",
                    None,
                    NameHint::Similar("trieu_dong".into())
                ),
                "trieu_dongg".to_string()
            ),
        ]
    );
}

/// Derived indicators: each problem holds the names and places it is about.
#[test]
fn derivation_problems_carry_their_measures_and_names() {
    use planlang::diagnostic::Derivations;
    let part = |id: &str| MeasureRef {
        id: id.into(),
        is_part: true,
    };
    // 12a = 12b + 12c, and 12b = 12a × 2: a cycle, reported at `12b` in the total.
    let found = problems(
        "unit ty \"tỷ đồng\" range 0..\nelement mot \"Một\"\nindicator 12 \"G\" { unit ty direction increase lead ubnd source \"I\"\n\
         part a \"A\" { total of 12b, 12c target 2025 >= 5 }\n\
         part b \"B\" { formula 12a / mot * 2 target 2025 >= 5 }\n\
         part c \"C\" { unit percent target 2025 >= 5 } }\n",
    );
    assert_eq!(
        found,
        [
            (
                Problem::Derivations(Derivations::Cycle {
                    path: vec!["12a".into(), "12b".into(), "12a".into()],
                }),
                "12b".to_string()
            ),
            (
                Problem::Derivations(Derivations::UnitMismatch {
                    measure: part("12a"),
                    unit: "ty".into(),
                    part: "12c".into(),
                    part_unit: "percent".into(),
                }),
                "12c".to_string()
            ),
        ]
    );
    // `mot` is an element and an indicator; `12x` is neither; `12y` is no measure.
    let found = problems(
        "element mot \"Một\"\n\
         indicator mot \"Một\" { unit count direction increase lead ubnd source \"I\" target 2025 >= 1 }\n\
         indicator 12 \"G\" { unit count direction increase lead ubnd source \"I\"\n\
         part a \"A\" { formula mot / 12x * 2 target 2025 >= 5 }\n\
         part b \"B\" { total of 12a, 12y target 2025 >= 5 } }\n",
    );
    let [(ambiguous, at), (operand, _), (part_name, _)] = &found[..] else {
        panic!("{found:#?}")
    };
    assert_eq!(at, "mot");
    assert!(
        matches!(ambiguous, Problem::Derivations(Derivations::AmbiguousOperand { name, .. }) if name == "mot"),
        "{ambiguous:?}"
    );
    assert!(
        matches!(operand, Problem::UnknownName(UnknownName { kind: NameKind::Operand, name, .. }) if name == "12x"),
        "{operand:?}"
    );
    assert!(
        matches!(part_name, Problem::UnknownName(UnknownName { kind: NameKind::Measure, name, .. }) if name == "12y"),
        "{part_name:?}"
    );
    // Both ways of computing one measure: the total is reported, at itself.
    let found = problems(
        "element mot \"Một\"\nindicator 12 \"G\" { unit count direction increase lead ubnd source \"I\"\n\
         part a \"A\" { total of 12b formula 12b / mot target 2025 >= 5 }\n\
         part b \"B\" { target 2025 >= 5 } }\n",
    );
    let [(Problem::Derivations(Derivations::TotalWithFormula { measure, .. }), at)] = &found[..]
    else {
        panic!("{found:#?}")
    };
    assert_eq!((measure, at.as_str()), (&part("12a"), "total of 12b"));
}

/// The warnings of `total_target_unmet`, each with the target it is reported at.
fn unmet_totals(body: &str) -> Vec<(Problem, String)> {
    let text = format!("{HEADER}{body}");
    let checked = planlang::load_str("p.plan", &text);
    checked
        .diagnostics
        .iter()
        .filter(|d| d.code() == planlang::Code::TotalTargetUnmet)
        .map(|d| {
            let span = d.span().expect("a span of the plan");
            (d.problem.clone(), checked.source.slice(span).to_string())
        })
        .collect()
}

#[test]
fn a_total_whose_parts_targets_fall_short_carries_their_sum() {
    use planlang::diagnostic::Derivations;
    use planlang::model::Comparator;
    let total = |op: &str, b: &str, c: &str| {
        format!(
            "unit nghin \"nghìn USD\" range 0..\nunit trieu \"triệu USD\" = 1000 nghin\n\
             indicator 1 \"X\" {{ direction increase lead ubnd source \"I\"\n\
             part a \"T\" {{ unit trieu total of 1b, 1c target 2030 {op} }}\n\
             part b \"B\" {{ unit nghin target 2030 {b} }}\n\
             part c \"C\" {{ unit trieu {c} }} }}\n"
        )
    };
    let unmet = |op: Comparator, value: f64, sum: f64, strict: bool| {
        Problem::Derivations(Derivations::TargetUnmet {
            measure: MeasureRef {
                id: "1a".into(),
                is_part: true,
            },
            year: Period::Year(2030),
            op,
            value,
            sum,
            strict,
            parts: vec!["1b".into(), "1c".into()],
        })
    };
    // "trên 48,3": parts planned at 45.3 (45300 nghìn USD) and 3 come to 48.3, not above it.
    assert_eq!(
        unmet_totals(&total("> 48.3", ">= 45300", "target 2030 >= 3")),
        [(
            unmet(Comparator::Above, 48.3, 48.3, false),
            "48.3".to_string()
        )]
    );
    // "đạt 395" for parts "trên 48,3" and "trên 346,6": more than 394.9, not 395.
    assert_eq!(
        unmet_totals(&total(">= 395", "> 48300", "target 2030 > 346.6")),
        [(
            unmet(Comparator::AtLeast, 395.0, 394.9, true),
            "395".to_string()
        )]
    );
    // Parts that settle it: above 45.3 and 3 is above 48.3; 45.3 and 3.1 reach it.
    assert!(unmet_totals(&total("> 48.3", "> 45300", "target 2030 >= 3")).is_empty());
    assert!(unmet_totals(&total("> 48.3", "= 45300", "target 2030 >= 3.1")).is_empty());
    // Parts that do not settle it: one without a target for 2030, one bounding the other way,
    // one only "about" its value.
    assert!(unmet_totals(&total(">= 400", ">= 1", "target 2029 >= 1")).is_empty());
    assert!(unmet_totals(&total(">= 400", ">= 1", "target 2030 <= 1")).is_empty());
    assert!(unmet_totals(&total(">= 400", ">= 1", "target 2030 ~ 1")).is_empty());
    // A ceiling: parts at most 45.3 and below 3 stay below 48.3; at most 3 do not.
    assert!(unmet_totals(&total("< 48.3", "<= 45300", "target 2030 < 3")).is_empty());
    assert_eq!(
        unmet_totals(&total("< 48.3", "<= 45300", "target 2030 <= 3")),
        [(
            unmet(Comparator::Below, 48.3, 48.3, false),
            "48.3".to_string()
        )]
    );
}
