//! Grammar tests: every construct read into the syntax tree, and syntax errors in plain words.

use super::ast::*;
use super::grammar::{PlanParser, Rule};
use super::parse;
use crate::date::Period;
use crate::i18n::Lang;
use crate::source::Source;
use pest::Parser;

fn items(text: &str) -> Vec<Item> {
    let parsed = parse(&Source::new("t.plan", text));
    assert!(
        parsed.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        parsed.diagnostics
    );
    parsed.file.items
}

fn one_indicator(body: &str) -> IndicatorDecl {
    match items(&format!("indicator 1 \"T\" {{ {body} }}")).remove(0) {
        Item::Indicator(i) => i,
        other => panic!("not an indicator: {other:?}"),
    }
}

fn one_target(text: &str) -> TargetSpec {
    let i = one_indicator(text);
    match &i.fields[0] {
        IndicatorField::Measure(MeasureField {
            kind: MeasureFieldKind::Target(t),
            ..
        }) => (**t).clone(),
        other => panic!("not a target: {other:?}"),
    }
}

/// The first syntax diagnostic's message and help.
fn syntax_error(text: &str) -> (String, Option<String>, (usize, usize)) {
    let parsed = parse(&Source::new("t.plan", text));
    assert!(
        parsed.has_syntax_errors,
        "expected a syntax error in {text:?}"
    );
    let d = &parsed.diagnostics[0];
    (
        d.message(Lang::En).clone(),
        d.words(Lang::En).help.clone(),
        d.line_col(),
    )
}

/// The names as written.
fn names(ids: &[Ident]) -> Vec<&str> {
    ids.iter().map(|i| i.name.as_str()).collect()
}

/// A `ref` or other optional text as written.
fn written(text: &Option<Text>) -> Option<&str> {
    text.as_ref().map(|t| t.value.as_str())
}

/// The first diagnostic of `text`, which reads without a syntax error: a problem lowering
/// finds in what the grammar accepts.
fn lowering_problem(text: &str) -> crate::diagnostic::Diagnostic {
    let parsed = parse(&Source::new("t.plan", text));
    assert!(!parsed.has_syntax_errors, "{text}");
    let first = parsed.diagnostics.into_iter().next();
    first.unwrap_or_else(|| panic!("no diagnostic for {text}"))
}

#[test]
fn plan_header_fields() {
    let Item::Plan(p) = items(
        r#"plan "Kế hoạch" {
            document "196/QĐ-UBND" issuer ubnd signed 2021-04-28 ref "đầu văn bản"
            period 2021..2030 area "Tỉnh Sơn La" implements "23/QĐ-TTg"
            basis "Luật Trẻ em năm 2016" source "QĐ" note "ghi chú"
        }"#,
    )
    .remove(0) else {
        panic!("not a plan")
    };
    assert_eq!(p.title.value, "Kế hoạch");
    let kinds: Vec<&PlanFieldKind> = p.fields.iter().map(|f| &f.kind).collect();
    assert!(matches!(kinds[0], PlanFieldKind::Document(t) if t.value == "196/QĐ-UBND"));
    assert!(matches!(kinds[1], PlanFieldKind::Issuer(i) if i.name == "ubnd"));
    match kinds[2] {
        PlanFieldKind::Signed { date, reference } => {
            assert_eq!(
                date.date.map(|d| d.to_string()).as_deref(),
                Some("2021-04-28")
            );
            assert_eq!(written(reference), Some("đầu văn bản"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(kinds[3], PlanFieldKind::Period { start, end } if start.value == 2021 && end.value == 2030)
    );
    assert!(matches!(kinds[4], PlanFieldKind::Area(_)));
    assert!(matches!(kinds[5], PlanFieldKind::Implements(_)));
    assert!(matches!(kinds[6], PlanFieldKind::Basis(_)));
    assert!(matches!(
        kinds[7],
        PlanFieldKind::Annotation(Annotation::Source(_))
    ));
    assert!(matches!(
        kinds[8],
        PlanFieldKind::Annotation(Annotation::Note(_))
    ));
}

#[test]
fn agencies_with_and_without_short_names() {
    let its = items("agency sở_y_tế \"Sở Y tế\" short \"SYT\"\nagency tp \"Sở Tư pháp\"");
    let Item::Agency(a) = &its[0] else { panic!() };
    assert_eq!(a.id.name, "sở_y_tế");
    assert_eq!(a.short.as_ref().map(|s| s.value.as_str()), Some("SYT"));
    let Item::Agency(b) = &its[1] else { panic!() };
    assert!(b.short.is_none());
}

#[test]
fn identifiers_are_normalised_to_nfc() {
    // "tế" typed as t + e + circumflex + acute.
    let its = items("agency so_te\u{302}\u{301} \"Sở\"");
    let Item::Agency(a) = &its[0] else { panic!() };
    assert_eq!(a.id.name, "so_tế");
}

#[test]
fn unit_declarations_with_range_and_population() {
    let its =
        items("unit hs \"học sinh\" range 0.. per 1000 of \"trẻ em\"\nunit d \"điểm\" range ..10");
    let Item::Unit(u) = &its[0] else { panic!() };
    assert_eq!(u.ranges[0].min.as_ref().map(|n| n.value), Some(0.0));
    assert!(u.ranges[0].max.is_none());
    assert_eq!(u.pers[0].factor.value, 1000.0);
    assert_eq!(
        u.pers[0].of.as_ref().map(|t| t.value.as_str()),
        Some("trẻ em")
    );
    let Item::Unit(d) = &its[1] else { panic!() };
    assert!(d.ranges[0].min.is_none());
    assert_eq!(d.ranges[0].max.as_ref().map(|n| n.value), Some(10.0));
}

#[test]
fn dimensions_list_their_values() {
    let its = items("dimension khu_vuc \"Khu vực\" { urban \"Thành thị\" rural \"Nông thôn\" }");
    let Item::Dimension(d) = &its[0] else {
        panic!()
    };
    let names: Vec<&str> = d.values.iter().map(|(i, _)| i.name.as_str()).collect();
    assert_eq!(names, ["urban", "rural"]);
}

#[test]
fn objectives_take_letters_or_numbers() {
    let its = items("objective a \"Mục tiêu 1\" source \"II.1.a\"\nobjective 2 \"Mục tiêu 2\"");
    let Item::Objective(a) = &its[0] else {
        panic!()
    };
    assert_eq!(a.id.name, "a");
    assert!(a.source.is_some());
    let Item::Objective(b) = &its[1] else {
        panic!()
    };
    assert_eq!(b.id.name, "2");
}

#[test]
fn indicator_fields() {
    let i = one_indicator(
        r#"objective a unit per_mille of "trẻ đẻ sống" direction decrease
           baseline 2020 = 12.5 ref "NGTK" lead yte, ldtbxh ref "V.5" support gddt
           source "II.1.a" note "ghi chú""#,
    );
    let kinds: Vec<&'static str> = i
        .fields
        .iter()
        .map(|f| match f {
            IndicatorField::Objective(_) => "objective",
            IndicatorField::Part(_) => "part",
            IndicatorField::Measure(m) => m.kind.keyword(),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "objective",
            "unit",
            "direction",
            "baseline",
            "lead",
            "support",
            "source",
            "note"
        ]
    );
    let IndicatorField::Measure(MeasureField {
        kind: MeasureFieldKind::Owner(Ownership::Lead(owners)),
        ..
    }) = &i.fields[4]
    else {
        panic!()
    };
    assert_eq!(names(&owners.agencies), ["yte", "ldtbxh"]);
    assert_eq!(written(&owners.reference), Some("V.5"));
}

#[test]
fn unit_symbols_are_accepted() {
    for symbol in ["%", "‰", "percent", "count"] {
        let i = one_indicator(&format!("unit {symbol}"));
        let IndicatorField::Measure(MeasureField {
            kind: MeasureFieldKind::Unit(u),
            ..
        }) = &i.fields[0]
        else {
            panic!()
        };
        assert_eq!(u.name.name, symbol);
    }
}

#[test]
fn composite_indicators_hold_parts() {
    let i = one_indicator(
        r#"lead a part a "Tai nạn" { unit per_100k of "trẻ em" direction decrease target 2025 <= 450 }
           part b "Tử vong" { unit per_100k direction decrease target 2025 <= 16 }"#,
    );
    let parts: Vec<&PartDecl> = i
        .fields
        .iter()
        .filter_map(|f| match f {
            IndicatorField::Part(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[1].id.name, "b");
    assert_eq!(parts[1].fields.len(), 3);
}

#[test]
fn level_targets_with_every_comparator() {
    // Every word of the table, which `keywords::tests` holds equal to the grammar: each must
    // read as a target and lower to the meaning the table gives it.
    for &(written, expected) in super::keywords::COMPARATORS.words {
        let t = one_target(&format!("target 2025 {written} 9.5"));
        match t.kind {
            TargetKind::Level { at, op, value } => {
                assert_eq!(at.map(|at| at.period), Some(Period::Year(2025)));
                assert_eq!(op.value, expected, "{written}");
                assert_eq!(value.min.value, 9.5);
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn targets_without_year_strive_and_split() {
    let t = one_target("target >= 100 strive where khu_vuc = urban ref \"II.1\"");
    assert!(t.strive);
    assert!(matches!(t.kind, TargetKind::Level { at: None, .. }));
    let split = t.split.expect("split");
    assert_eq!(
        (split.dimension.name.as_str(), split.value.name.as_str()),
        ("khu_vuc", "urban")
    );
    assert_eq!(t.reference.map(|r| r.value), Some("II.1".to_string()));
}

#[test]
fn maintain_targets() {
    let t = one_target("target maintain >= 95 from 2025 until 2030");
    match t.kind {
        TargetKind::Maintain {
            from, until, value, ..
        } => {
            assert_eq!(
                (from.value, until.value, value.min.value),
                (2025, 2030, 95.0)
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn rate_targets_with_points_percent_and_ranges() {
    let t = one_target("target reduce by 0.5 points per year until 2030");
    match t.kind {
        TargetKind::Rate(by) => {
            assert!(by.op.is_none());
            assert_eq!(by.change, RateChange::Reduce);
            assert_eq!(by.value.min.value, 0.5);
            assert_eq!(by.unit, RateUnit::Points);
            assert!(by.from.is_none());
            assert_eq!(by.until.map(|y| y.value), Some(2030));
        }
        other => panic!("{other:?}"),
    }
    let t = one_target("target increase by 2 to 3 percent per year from 2025 until 2030");
    match t.kind {
        TargetKind::Rate(ChangeBy {
            change,
            value,
            unit,
            from,
            ..
        }) => {
            assert_eq!(change, RateChange::Increase);
            assert_eq!(value.max.map(|n| n.value), Some(3.0));
            assert_eq!(unit, RateUnit::Percent);
            assert_eq!(from.map(|y| y.value), Some(2025));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn rate_targets_with_a_comparator() {
    // "tăng trên 03%" each year: more than 3 percent.
    let t = one_target("target increase by > 3 percent per year");
    match t.kind {
        TargetKind::Rate(ChangeBy {
            change, op, value, ..
        }) => {
            assert_eq!(change, RateChange::Increase);
            assert_eq!(op.map(|o| o.value), Some(Comparator::Above));
            assert_eq!(value.min.value, 3.0);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn yearly_targets_without_an_amount() {
    // "Hằng năm, giảm số người nghiện": a fall every year, of any size.
    let t = one_target("target reduce every year from 2026 until 2030");
    match t.kind {
        TargetKind::EveryYear {
            change,
            from,
            until,
        } => {
            assert_eq!(change, RateChange::Reduce);
            assert_eq!(from.map(|y| y.value), Some(2026));
            assert_eq!(until.map(|y| y.value), Some(2030));
        }
        other => panic!("{other:?}"),
    }
    let t = one_target("target increase every year strive");
    assert!(t.strive);
    assert!(matches!(
        t.kind,
        TargetKind::EveryYear {
            change: RateChange::Increase,
            from: None,
            until: None
        }
    ));
}

#[test]
fn change_targets_over_the_period() {
    // "giảm 50% số cặp tảo hôn": over the period, not per year.
    let t = one_target("target reduce by 50 percent strive ref \"II.1.a\"");
    assert!(t.strive);
    match t.kind {
        TargetKind::Change(by) => {
            assert_eq!(by.change, RateChange::Reduce);
            assert!(by.op.is_none());
            assert_eq!(by.value.min.value, 50.0);
            assert_eq!(by.unit, RateUnit::Percent);
            assert!(by.from.is_none() && by.until.is_none());
        }
        other => panic!("{other:?}"),
    }
    let t = one_target("target increase by >= 2 points from 2025 until 2030");
    assert!(matches!(
        t.kind,
        TargetKind::Change(ChangeBy {
            unit: RateUnit::Points,
            from: Some(Year { value: 2025, .. }),
            until: Some(Year { value: 2030, .. }),
            ..
        })
    ));
}

#[test]
fn approximate_and_range_level_targets() {
    let t = one_target("target 2030 ~ 22");
    assert!(matches!(
        t.kind,
        TargetKind::Level {
            op: ComparatorLit {
                value: Comparator::About,
                ..
            },
            ..
        }
    ));
    let t = one_target("target 2030 = 2 to 3");
    assert!(matches!(
        t.kind,
        TargetKind::Level {
            value: ValueRange { max: Some(_), .. },
            ..
        }
    ));
}

#[test]
fn reports_and_reviews() {
    let its = items(
        r#"report nam "Báo cáo năm" { period year due before 05/12 from a, b to c source "VI" note "n" }
           report dx "Đột xuất" { period adhoc from a to c }
           review mid "Sơ kết" { year 2025 from a to c source "V.11" }"#,
    );
    let Item::Report(r) = &its[0] else { panic!() };
    assert_eq!(r.fields.len(), 6);
    assert!(matches!(
        r.fields[1].kind,
        ReportFieldKind::Due(Due::Day { before: true, day_month: Some(dm) }) if dm.day == 5 && dm.month == 12
    ));
    assert!(
        matches!(&r.fields[2].kind, ReportFieldKind::Party(PartyField::From(list)) if list.len() == 2)
    );
    let Item::Report(dx) = &its[1] else { panic!() };
    assert!(matches!(
        dx.fields[0].kind,
        ReportFieldKind::Period(PeriodKind::Adhoc)
    ));
    let Item::Review(v) = &its[2] else { panic!() };
    assert!(matches!(
        v.fields[0].kind,
        ReviewFieldKind::Year(Year { value: 2025, .. })
    ));
}

#[test]
fn reports_due_in_a_month() {
    let its = items(
        r#"report kh "Kế hoạch triển khai" { due in month 11/2025 from a to c }
           report nam "Báo cáo năm" { period year due before month 6 from a to c }
           report q "Quý" { period quarter due in month 4 from a to c }"#,
    );
    let month = |i: usize| {
        let Item::Report(r) = &its[i] else { panic!() };
        r.fields
            .iter()
            .find_map(|f| match &f.kind {
                ReportFieldKind::Due(Due::Month { before, month }) => Some((*before, *month)),
                _ => None,
            })
            .expect("a due month")
    };
    let (before, m) = month(0);
    assert!(!before);
    assert_eq!(
        m,
        Some(crate::date::DueMonth {
            month: 11,
            year: Some(2025)
        })
    );
    assert!(month(1).0);
    assert_eq!(month(1).1.map(|m| (m.month, m.year)), Some((6, None)));
    assert_eq!(month(2).1.map(|m| m.month), Some(4));
}

#[test]
fn a_month_that_does_not_exist_is_a_diagnostic() {
    let d = lowering_problem("report r \"R\" { due in month 13/2025 from a to b }");
    assert_eq!(d.code().as_str(), "plan::bad_due_date");
    assert!(
        d.message(Lang::En).contains("month 13 does not exist"),
        "{}",
        d.message(Lang::En)
    );
}

#[test]
fn projects_with_owners_parts_covers_and_deadlines() {
    let its = items(
        r#"project da7 "Dự án 7: Truyền thông" { source "III.2.3.c" }
           project tda1 "Tiểu dự án 1: Truyền thông về phòng, chống ma túy" {
               in da7
               lead vhttdl ref "III.2.6"
               support congan
               covers 7a, 9 ref "tên tiểu dự án"
               due in month 11/2025
               note "khi Bộ triển khai"
           }"#,
    );
    let Item::Project(p) = &its[1] else { panic!() };
    assert_eq!(p.id.name, "tda1");
    let kinds: Vec<&str> = p.fields.iter().map(|f| f.kind.keyword()).collect();
    assert_eq!(kinds, ["in", "lead", "support", "covers", "due", "note"]);
    assert!(matches!(&p.fields[0].kind, DutyFieldKind::Parent(i) if i.name == "da7"));
    let DutyFieldKind::Covers(covers) = &p.fields[3].kind else {
        panic!()
    };
    assert_eq!(names(&covers.ids), ["7a", "9"]);
    assert_eq!(written(&covers.reference), Some("tên tiểu dự án"));
    assert!(matches!(
        p.fields[4].kind,
        DutyFieldKind::Due(DutyDue {
            due: Due::Month {
                before: false,
                month: Some(crate::date::DueMonth {
                    month: 11,
                    year: Some(2025)
                })
            },
            every: None
        })
    ));
}

#[test]
fn tasks_with_owners_and_deadlines() {
    let its = items(
        r#"task chu_quan "Thực hiện chức năng chủ quản Chương trình" {
               lead congan ref "IV.2" support taichinh, noivu due before 15/12 source "IV.2"
           }
           task moi "Chưa giao" { lead ? because "văn bản không nêu" }"#,
    );
    let Item::Task(t) = &its[0] else { panic!() };
    let kinds: Vec<&str> = t.fields.iter().map(|f| f.kind.keyword()).collect();
    assert_eq!(kinds, ["lead", "support", "due", "source"]);
    assert!(matches!(
        &t.fields[2].kind,
        DutyFieldKind::Due(DutyDue { due: Due::Day { before: true, day_month: Some(dm) }, every: None }) if dm.day == 15 && dm.month == 12
    ));
    let Item::Task(u) = &its[1] else { panic!() };
    assert!(matches!(
        &u.fields[0].kind,
        DutyFieldKind::Owner(Ownership::LeadUnknown(Some(_)))
    ));
}

#[test]
fn deadlines_of_tasks_recur_or_fall_on_a_day_of_a_year() {
    let its = items(
        r#"task a "A" { lead x due 30/06 every year }
           task b "B" { lead x due before month 4 every quarter }
           task c "C" { lead x due before 30/06/2026 }
           task d "D" { lead x due in month 12/2026 every half-year }
           project e "E" { lead x due 05/02 every month }"#,
    );
    let dues: Vec<DutyDue> = its
        .iter()
        .map(|item| {
            let fields = match item {
                Item::Task(t) => &t.fields,
                Item::Project(p) => &p.fields,
                _ => panic!("{item:?}"),
            };
            match &fields[1].kind {
                DutyFieldKind::Due(due) => *due,
                other => panic!("{other:?}"),
            }
        })
        .collect();
    let dm = |day, month| Some(crate::date::DayMonth { day, month });
    assert_eq!(
        dues[0],
        DutyDue {
            due: Due::Day {
                before: false,
                day_month: dm(30, 6)
            },
            every: Some(PeriodKind::Year)
        }
    );
    assert_eq!(dues[1].due.month().map(|m| m.month), Some(4));
    assert!(dues[1].due.before());
    assert_eq!(dues[1].every, Some(PeriodKind::Quarter));
    assert_eq!(
        dues[2],
        DutyDue {
            due: Due::Date {
                before: true,
                date: crate::date::Date::new(2026, 6, 30)
            },
            every: None
        }
    );
    assert_eq!(dues[3].due.year(), Some(2026));
    assert_eq!(dues[3].every, Some(PeriodKind::HalfYear));
    assert_eq!(dues[4].every, Some(PeriodKind::Month));
    // `every` takes no `adhoc`, and reports keep their own `period`.
    let (message, _, _) = syntax_error("task t \"T\" { lead a due 30/06 every adhoc }");
    assert!(message.contains("how often it recurs"), "{message}");
    let (message, _, _) =
        syntax_error("report r \"R\" { period year due 30/06 every year from a to b }");
    assert!(message.contains("`every`"), "{message}");
}

#[test]
fn tasks_take_no_covers_and_say_so() {
    let (message, help, _) = syntax_error("task t \"T\" { lead a covrs 1 }");
    assert!(message.contains("`covrs`"), "{message}");
    assert!(!message.contains("_field"), "rule names leak: {message}");
    // `covers` belongs to projects: a task lists what it may have instead.
    assert!(!message.contains("`covers`"), "{message}");
    assert!(help.is_none() || !help.as_deref().unwrap_or("").contains("covers"));
}

#[test]
fn a_misspelled_every_is_explained() {
    let (message, help, _) = syntax_error("indicator 1 \"T\" { target reduce evry year }");
    assert!(message.contains("`every`"), "{message}");
    assert!(message.contains("found `evry`"), "{message}");
    assert_eq!(help.as_deref(), Some("did you mean `every`?"));
}

#[test]
fn comments_are_kept_in_order() {
    let parsed = parse(&Source::new(
        "t.plan",
        "// đầu tệp\nagency a \"A\" /* giữa */\n// cuối\n",
    ));
    let texts: Vec<&str> = parsed
        .file
        .comments
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["// đầu tệp", "/* giữa */", "// cuối"]);
    assert_eq!(parsed.file.items.len(), 1);
}

#[test]
fn keywords_are_not_prefixes_of_longer_words() {
    assert!(PlanParser::parse(Rule::k_indicator, "indicators").is_err());
    assert!(PlanParser::parse(Rule::k_indicator, "indicator ").is_ok());
}

#[test]
fn strings_resolve_escapes() {
    let its = items(r#"agency a "Sở \"Y tế\" \\ tỉnh""#);
    let Item::Agency(a) = &its[0] else { panic!() };
    assert_eq!(a.name.value, r#"Sở "Y tế" \ tỉnh"#);
}

#[test]
fn spans_point_at_the_source() {
    let text = "agency yte \"Sở Y tế\"";
    let its = items(text);
    let Item::Agency(a) = &its[0] else { panic!() };
    assert_eq!(&text[a.id.span.start()..a.id.span.end()], "yte");
}

// ------------------------------------------------------------------ syntax errors

#[test]
fn misspelled_top_level_keyword_suggests_the_right_one() {
    let (message, help, at) = syntax_error("agency a \"A\"\nindicatr 1 \"T\" { }");
    assert_eq!(
        message,
        "expected `plan`, `import`, `agency`, `area`, `element`, `unit`, `dimension`, `objective`, `indicator`, `report`, `review`, `waive`, `query`, `amendment`, `change`, `transfer`, `project`, `task` or the end of the file, found `indicatr`"
    );
    assert_eq!(help.as_deref(), Some("did you mean `indicator`?"));
    assert_eq!(at, (2, 1));
}

#[test]
fn misspelled_field_keyword_inside_a_block() {
    let (message, help, _) = syntax_error("indicator 1 \"T\" {\n  tagret 2025 >= 9\n}");
    assert!(
        message.starts_with("expected `unit`, `objective`, `part`, "),
        "{message}"
    );
    assert!(message.ends_with("or `}`, found `tagret`"), "{message}");
    assert!(!message.contains("_field"), "rule names leak: {message}");
    assert_eq!(help.as_deref(), Some("did you mean `target`?"));
}

#[test]
fn misspelled_direction_value() {
    let (message, help, _) = syntax_error("indicator 1 \"T\" { direction decrese }");
    assert_eq!(
        message,
        "expected a direction (increase, decrease or maintain), found `decrese`"
    );
    assert_eq!(help.as_deref(), Some("did you mean `decrease`?"));
}

#[test]
fn unclosed_block_points_at_its_brace() {
    let text = "indicator 1 \"T\" {\n  unit percent\n";
    let parsed = parse(&Source::new("t.plan", text));
    let d = &parsed.diagnostics[0];
    assert_eq!(d.code().as_str(), "plan::unclosed_block");
    assert_eq!(d.message(Lang::En), "this block is never closed");
    assert_eq!(d.line_col(), (1, 17));
    assert_eq!(
        d.words(Lang::En).help.as_deref(),
        Some("add `}` where the block should end")
    );
}

#[test]
fn unterminated_text() {
    let (message, help, at) = syntax_error("agency a \"Sở Y tế\nagency b \"B\"");
    assert_eq!(message, "this text is never closed");
    assert!(help.is_some_and(|h| h.contains("add `\"`")));
    assert_eq!(at, (1, 10));
}

#[test]
fn a_missing_value_is_named_by_what_it_should_be() {
    let cases = [
        // A month deadline without its month.
        (
            "report r \"R\" { due in month }",
            "expected a month such as 6 or 11/2025, found `}`",
        ),
        // A comparator without its value.
        (
            "indicator 1 \"T\" { target 2025 >= }",
            "expected a number, found `}`",
        ),
    ];
    for (text, expected) in cases {
        let (message, _, _) = syntax_error(text);
        assert_eq!(message, expected, "{text}");
    }
}

#[test]
fn decimal_comma_is_reported_with_the_fix() {
    let d = lowering_problem("indicator 1 \"T\" { target 2025 < 9,5 }");
    assert_eq!(d.code().as_str(), "plan::decimal_comma");
    assert_eq!(
        d.words(Lang::En).help.as_deref(),
        Some("plan files use a decimal point: write `9.5`")
    );
}

#[test]
fn reading_resumes_after_an_error_to_report_the_next_one() {
    let parsed = parse(&Source::new(
        "t.plan",
        "agency a \"A\" shrt \"x\"\nagency b \"B\"\nindicator 1 \"T\" { unit }\n",
    ));
    let lines: Vec<usize> = parsed.diagnostics.iter().map(|d| d.line_col().0).collect();
    assert_eq!(lines, [1, 3]);
}

#[test]
fn impossible_dates_are_diagnostics_not_parse_failures() {
    let d = lowering_problem("plan \"P\" { signed 2021-02-30 }");
    assert_eq!(d.code().as_str(), "plan::bad_date");
    assert!(d.message(Lang::En).contains("February 2021 has 28 days"));
}
