//! The printer on small plans, with the exact text expected; the round trip over every plan
//! file of the repository, and over mutated ones, is in `tests/language/printer.rs`.

use super::lexical::{keyword, number, quoted};
use super::print;
use crate::diagnostic::Code;
use crate::source::Source;
use crate::syntax::ast::{Item, MeasureFieldKind, Number, TargetKind};
use crate::syntax::grammar::Rule;
use crate::syntax::{parse, Parsed};

fn parsed(text: &str) -> Parsed {
    let parsed = parse(&Source::new("t.plan", text));
    assert!(!parsed.has_syntax_errors, "{:?}", parsed.diagnostics);
    parsed
}

/// The text printed for `text`, checked to read back to the same tree and comments and to
/// print again unchanged.
fn printed(text: &str) -> String {
    let original = parsed(text);
    let out = print(&original.file);
    let again = parsed(&out);
    assert_eq!(again.file, original.file, "{out}");
    assert_eq!(print(&again.file), out);
    out
}

#[test]
fn print_writes_every_item_and_field_in_the_house_layout() {
    let text = r#"import "shared.plan" as shared
plan "Kế hoạch" { document "1/KH" issuer ubnd signed 2021-04-28 ref "QĐ" period 2021..2030
  area "Tỉnh" implements "23/QĐ-TTg" implements shared basis "Luật" source "Nguồn" note "Ghi chú" }
agency ubnd "UBND" short "U"
agency yte "Sở Y tế"
unit diem "điểm" range 0..10 per 1000 of "dân số" range ..5.5
area tinh "Tỉnh" kind province
area huyen "Huyện" kind district in tinh
element births "Số trẻ đẻ sống" source "NG"
element deaths "Số tử vong"
dimension kv "Khu vực" { tt "Thành thị" nt "Nông thôn" }
objective a "Mục tiêu" source "II.1"
indicator 1 "Chỉ số" {
    objective a  unit ‰ of "trẻ"  direction decrease  baseline 2020 = 12,1 ref "NG"
    target 2025 ≤ 9.50 where kv = tt strive ref "a"
    target about 22
    target maintain >= 95 from 2025 until 2030
    target reduce by 0.5 points per year until 2030
    target increase by > 2 to 3 % per year from 2025 until 2030
    target reduce every year from 2025
    target increase by 50 percent
    lead yte, ubnd ref "V.5"  support ubnd  formula deaths / births * 1000
    aggregate weighted by births  adopts shared.3a ref "x"  source "II"  note "n"
    part a "Phần" {
        adapts shared.1 because "lý do"  aggregate mean  lead ? because "chưa rõ"
        formula deaths/births
    }
    part b "Tổng" { total of 1c,1d within 0.5 percent  formula 1c / 1 }
    part c "C" { total of 1d }
}
report r "Báo cáo" { period half-year due 05/12 from yte, ubnd to ubnd source "VI" note "n" }
report r2 "Báo cáo 2" { due before month 6 due in month 11/2025 due before 1/6 }
review v "Sơ kết" { year 2025 from yte to ubnd source "V" note "n" }
waive shared.15 because "không" source "II"
query q "indicators where lead = yte"
project da "Dự án" { in db lead yte ref "a" support ubnd covers 1, 1a ref "b" due in month 6
  source "s" note "n" lead ? }
task t "Nhiệm vụ" { lead ? because "r" due before 05/12 due 1/1 due 30/6 every year
  due before month 4 every quarter due 1/7/2026 due before 31/12/2026 every half-year
  due in month 11/2025 every month }
"#;
    let expected = r#"import "shared.plan" as shared

plan "Kế hoạch" {
    document "1/KH"
    issuer ubnd
    signed 2021-04-28 ref "QĐ"
    period 2021..2030
    area "Tỉnh"
    implements "23/QĐ-TTg"
    implements shared
    basis "Luật"
    source "Nguồn"
    note "Ghi chú"
}

agency ubnd "UBND" short "U"
agency yte "Sở Y tế"

unit diem "điểm" range 0..10 range ..5.5 per 1000 of "dân số"

area tinh "Tỉnh" kind province
area huyen "Huyện" in tinh kind district

element births "Số trẻ đẻ sống" source "NG"
element deaths "Số tử vong"

dimension kv "Khu vực" {
    tt "Thành thị"
    nt "Nông thôn"
}

objective a "Mục tiêu" source "II.1"

indicator 1 "Chỉ số" {
    objective a
    unit ‰ of "trẻ"
    direction decrease
    baseline 2020 = 12.1 ref "NG"
    target 2025 <= 9.5 strive where kv = tt ref "a"
    target ~ 22
    target maintain >= 95 from 2025 until 2030
    target reduce by 0.5 points per year until 2030
    target increase by > 2 to 3 percent per year from 2025 until 2030
    target reduce every year from 2025
    target increase by 50 percent
    lead yte, ubnd ref "V.5"
    support ubnd
    formula deaths / births * 1000
    aggregate weighted by births
    adopts shared.3a ref "x"
    source "II"
    note "n"
    part a "Phần" {
        adapts shared.1 because "lý do"
        aggregate mean
        lead ? because "chưa rõ"
        formula deaths / births
    }
    part b "Tổng" {
        total of 1c, 1d within 0.5 percent
        formula 1c / 1
    }
    part c "C" {
        total of 1d
    }
}

report r "Báo cáo" {
    period half-year
    due 05/12
    from yte, ubnd
    to ubnd
    source "VI"
    note "n"
}

report r2 "Báo cáo 2" {
    due before month 6
    due in month 11/2025
    due before 01/06
}

review v "Sơ kết" {
    year 2025
    from yte
    to ubnd
    source "V"
    note "n"
}

waive shared.15 because "không" source "II"

query q "indicators where lead = yte"

project da "Dự án" {
    in db
    lead yte ref "a"
    support ubnd
    covers 1, 1a ref "b"
    due in month 6
    source "s"
    note "n"
    lead ?
}

task t "Nhiệm vụ" {
    lead ? because "r"
    due before 05/12
    due 01/01
    due 30/06 every year
    due before month 4 every quarter
    due 01/07/2026
    due before 31/12/2026 every half-year
    due in month 11/2025 every month
}
"#;
    assert_eq!(printed(text), expected);
}

#[test]
fn print_writes_amendments_transfers_and_changes() {
    let text = r#"import "../p.plan" as son_la
amendment "15/QĐ" { amends son_la issuer son_la.ubnd signed 2025-02-20
  effective 2025-03-01 ref "Điều 3" source "s" note "n" }
agency bo_yte "Bộ Y tế"
transfer son_la.a to son_la.b ref "Điều 1"
transfer son_la.c to bo_yte
change son_la.1 { target 2030 >= 90 lead son_la.yte }
change report son_la.r { due before 10/12 }
change son_la.2 {}
"#;
    let expected = r#"import "../p.plan" as son_la

amendment "15/QĐ" {
    amends son_la
    issuer son_la.ubnd
    signed 2025-02-20
    effective 2025-03-01 ref "Điều 3"
    source "s"
    note "n"
}

agency bo_yte "Bộ Y tế"

transfer son_la.a to son_la.b ref "Điều 1"
transfer son_la.c to bo_yte

change son_la.1 {
    target 2030 >= 90
    lead son_la.yte
}

change report son_la.r {
    due before 10/12
}

change son_la.2 {}
"#;
    assert_eq!(printed(text), expected);
}

#[test]
fn print_places_comments_by_their_spans() {
    let text = r#"// a file's first comment
plan /* in the head */ "P" {
    // before a field
    document "1/KH" // at the end of a field's line
    issuer /* inside a field */ ubnd
    // after the last field
}
// before a run of agencies
agency ubnd "UBND" // at the end of an item's line
agency yte "Sở Y tế"
agency /* inside an item */ gddt "Sở GD&ĐT"
agency ldtbxh "Sở LĐ"
indicator 1 "Chỉ số" {
    part a "A" { /* first in a part */ unit percent
        // last in a part
    }
    // last in an indicator
}
dimension kv "Khu vực" { tt "Thành thị" // after a value
  nt "Nông thôn" }
report r "R" {
    // alone in a block
}
review v "V" {}
/* the end,
   over two lines */
// and the very end"#;
    let expected = r#"// a file's first comment
/* in the head */
plan "P" {
    // before a field
    document "1/KH"
    // at the end of a field's line
    /* inside a field */
    issuer ubnd
    // after the last field
}

// before a run of agencies
agency ubnd "UBND"

// at the end of an item's line
agency yte "Sở Y tế"

/* inside an item */
agency gddt "Sở GD&ĐT"
agency ldtbxh "Sở LĐ"

indicator 1 "Chỉ số" {
    part a "A" {
        /* first in a part */
        unit percent
        // last in a part
    }
    // last in an indicator
}

dimension kv "Khu vực" {
    tt "Thành thị"
    // after a value
    nt "Nông thôn"
}

report r "R" {
    // alone in a block
}

review v "V" {}

/* the end,
   over two lines */
// and the very end
"#;
    let out = printed(text);
    assert_eq!(out, expected);
    let texts = |t: &str| -> Vec<String> {
        parsed(t)
            .file
            .comments
            .into_iter()
            .map(|c| c.text)
            .collect()
    };
    assert_eq!(texts(&out), texts(text));
}

#[test]
fn print_of_an_empty_file_or_comments_alone() {
    assert_eq!(printed(""), "");
    assert_eq!(printed("  \n\n"), "");
    assert_eq!(printed("// one\n  /* two */"), "// one\n/* two */\n");
}

#[test]
fn print_writes_refused_values_as_values_refused_the_same_way() {
    let text = r#"plan "P" { signed 2021-02-30 }
report r "R" { due before 31/02 due in month 13 }
indicator 1 "I" { target 2030 >= 12345678901234567 }
task t "T" { due before 31/04/2026 every year }
"#;
    let original = parsed(text);
    let out = print(&original.file);
    assert_eq!(
        out,
        r#"plan "P" {
    signed 0000-00-00
}

report r "R" {
    due before 00/00
    due in month 0
}

indicator 1 "I" {
    target 2030 >= 9999999999999999
}

task t "T" {
    due before 00/00/0000 every year
}
"#
    );
    let again = parsed(&out);
    let codes = |p: &Parsed| p.diagnostics.iter().map(|d| d.code()).collect::<Vec<_>>();
    assert_eq!(codes(&again), codes(&original));
    assert_eq!(
        codes(&again),
        [
            Code::BadDate,
            Code::BadDueDate,
            Code::BadDueDate,
            Code::BadNumber,
            Code::BadDueDate
        ]
    );
    // NaN is not equal to itself: the number is compared as refused.
    let Some(Item::Indicator(indicator)) = again.file.items.get(2) else {
        panic!("{:?}", again.file.items)
    };
    let field = format!("{:?}", indicator.fields);
    assert!(field.contains("value: NaN"), "{field}");
    assert_eq!(again.file.items[..2], original.file.items[..2]);
    assert_eq!(again.file.items[3], original.file.items[3]);
}

#[test]
fn quoted_texts_read_back_the_same() {
    assert_eq!(quoted("Sở Y tế"), r#""Sở Y tế""#);
    assert_eq!(quoted(r#"say "hi" \ bye"#), r#""say \"hi\" \\ bye""#);
    assert_eq!(quoted("a\nb\tc"), r#""a\nb\tc""#);
    // A carriage return cannot be written: the reader takes it for a line break.
    assert_eq!(quoted("a\r\nb\rc"), r#""a\nb\nc""#);
    // `\q` stands for `q`, and is written so.
    let out = printed(r#"indicator 1 "I" { note "\q\"\\\n\t✓" }"#);
    assert!(out.contains(r#"    note "q\"\\\n\t✓""#), "{out}");
}

#[test]
fn numbers_are_written_in_the_shortest_form_that_reads_back() {
    let n = |value: f64| {
        number(&Number {
            value,
            span: Default::default(),
        })
    };
    assert_eq!(n(12.0), "12");
    assert_eq!(n(9.5), "9.5");
    assert_eq!(n(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(n(1e15), "1000000000000000");
    assert_eq!(n(1e-7), "0.0000001");
    assert_eq!(n(-0.0), "-0");
    assert_eq!(n(f64::NAN), "9999999999999999");
    for value in [0.1 + 0.2, 1e-7, 123_456.789, -2.5, 1e15, 5e-324] {
        let printed = n(value);
        assert_eq!(printed.parse::<f64>(), Ok(value), "{printed}");
    }
    let out = printed("indicator 1 \"I\" { target 2030 >= 0.30000000000000004 }");
    let again = parsed(&out);
    let Some(Item::Indicator(i)) = again.file.items.first() else {
        panic!("{out}")
    };
    let crate::syntax::ast::IndicatorField::Measure(m) = &i.fields[0] else {
        panic!("{out}")
    };
    let MeasureFieldKind::Target(t) = &m.kind else {
        panic!("{out}")
    };
    let TargetKind::Level { value, .. } = &t.kind else {
        panic!("{out}")
    };
    assert_eq!(value.min.value, 0.1 + 0.2);
}

#[test]
fn every_keyword_rule_has_its_word() {
    let rules = Rule::all_rules()
        .iter()
        .filter(|r| format!("{r:?}").starts_with("k_") || **r == Rule::strive);
    for rule in rules {
        let name = format!("{rule:?}");
        assert_eq!(keyword(*rule), name.trim_start_matches("k_"), "{name}");
    }
}

#[test]
fn print_writes_flows_scales_growth_units_and_tolerances() {
    let text = "unit dong \"đồng\"\nunit ty_dong \"tỷ đồng\" = 1000000000 dong growth\n\
                indicator 1 \"Thu\" { unit ty_dong flow cumulative target 2026 ~ 5.21 within 0.2 points\n\
                target 2027 ~ 10 to 10.5 within 3 % part a \"A\" { flow } }\n";
    let expected = "unit dong \"đồng\"\nunit ty_dong \"tỷ đồng\" = 1000000000 dong growth\n\n\
                    indicator 1 \"Thu\" {\n    unit ty_dong\n    flow cumulative\n    \
                    target 2026 ~ 5.21 within 0.2 points\n    target 2027 ~ 10 to 10.5 within 3 percent\n    \
                    part a \"A\" {\n        flow\n    }\n}\n";
    assert_eq!(printed(text), expected);
}
