//! Derived indicators and identities (docs/language.md, "Derived indicators"): a total is the sum of
//! its parts where the data give none, in the total's unit, for the area, period and
//! disaggregation; a formula over indicators divides their values for the area (each
//! aggregated by its own rules); data that give a total and every part must add up, or a
//! `data::identity_broken` warning names the rows, refusing none.
//!
//! Every expected number is worked out by hand in the comment beside it and written in the
//! test, never copied from a run.

use crate::support;
use planlang::data::{DataSet, LoadOptions, NumberStyle};
use planlang::date::Date;
use planlang::diagnostic::{Code, DataProblem, Problem};
use planlang::eval::series::{Derivation, Index, OperandValue, Value};
use planlang::eval::{evaluate, Period};
use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use planlang::Model;
use std::sync::OnceLock;

/// After the shared start of the plan (province `tinh`, districts `huyen_a` and `huyen_b`,
/// dimension `sex`): indicator 3, whose part 3a is the total of 3b, 3c and 3d (within 0.5 %
/// of their sum), each part adding up over districts; 4, the share of 3b in 3a; 5, 3a per
/// 1000 people of the data element `dan_so`; 6, GRDP in tỷ đồng as the total of a part in
/// triệu đồng and one in tỷ đồng, with the default tolerance.
const PLAN_REST: &str = r#"unit dong "đồng" range 0..
unit trieu_dong "triệu đồng" = 1000000 dong
unit ty_dong "tỷ đồng" = 1000 trieu_dong
element dan_so "Dân số trung bình"
indicator 3 "Giá trị sản xuất" {
    objective a  lead gddt  source "II.3"  unit count  direction increase
    part a "Tổng số" { total of 3b, 3c, 3d within 0.5 percent  target 2025 >= 300 }
    part b "Nông nghiệp" { aggregate sum  target 2025 >= 130 }
    part c "Công nghiệp" { aggregate sum  target 2025 >= 90 }
    part d "Dịch vụ" { aggregate sum  target 2025 >= 80 }
}
indicator 4 "Tỷ trọng nông nghiệp" {
    objective a  lead gddt  source "II.4"  unit percent  direction decrease
    formula 3b / 3a * 100  target 2025 <= 45
}
indicator 5 "Giá trị sản xuất trên 1000 dân" {
    objective a  lead gddt  source "II.5"  unit count  direction increase
    formula 3a / dan_so * 1000  target 2025 >= 1
}
indicator 6 "GRDP" {
    objective a  lead gddt  source "II.6"  direction increase
    part a "GRDP" { unit ty_dong  total of 6b, 6c  target 2025 >= 2 }
    part b "Khu vực trong nước" { unit trieu_dong  target 2025 >= 1000 }
    part c "Khu vực nước ngoài" { unit ty_dong  target 2025 >= 1 }
}
"#;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| support::model_of(PLAN_REST))
}

/// CSV text read as `name` into `set`; rows read = accepted + rejected, always.
fn load(set: &mut DataSet, name: &str, text: &str, options: LoadOptions) {
    set.load_csv(model(), name, text.as_bytes(), options);
    assert_eq!(set.rows_read, set.accepted + set.rejected);
}

/// CSV text with no rejected row.
fn data(text: &str) -> DataSet {
    let mut set = DataSet::default();
    load(&mut set, "x.csv", text, LoadOptions::default());
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    set
}

/// The values of measure `id` at `area` (the total, or `sex = female`).
fn values(set: &DataSet, id: &str, area: &str, female: bool) -> Vec<Value> {
    let model = model();
    let at = |table: &str, i: Option<usize>| i.unwrap_or_else(|| panic!("no {table}"));
    let measure = at("measure", model.measures.get_index_of(id)) as u32;
    let area = at("area", model.areas.get_index_of(area)) as u32;
    let split = if female {
        let d = at("dimension", model.dimensions.get_index_of("sex"));
        let v = at("value", model.dimensions[d].values.get_index_of("female"));
        vec![(d as u16, v as u16)]
    } else {
        Vec::new()
    };
    Index::new(model, &set.store).values(model, measure, area, &split)
}

/// The value of a period, which must be there.
fn value_in(values: &[Value], period: i32) -> &Value {
    values
        .iter()
        .find(|v| v.period == Period::Year(period))
        .unwrap_or_else(|| panic!("no value for {period}: {values:#?}"))
}

fn operand(id: &str, value: f64, scale: f64) -> OperandValue {
    OperandValue {
        id: id.into(),
        value,
        scale,
    }
}

fn assert_close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} is not {b}");
}

/// The parts of 3a in 2023 (which add up to 250, and a total of 252, off by 2) and in 2024
/// (parts only).
const PROVINCE: &str = "indicator,area,period,value\n\
    3a,tinh,2023,252\n\
    3b,tinh,2023,120.5\n\
    3c,tinh,2023,80\n\
    3d,tinh,2023,49.5\n\
    3b,tinh,2024,125\n\
    3c,tinh,2024,85\n\
    3d,tinh,2024,55\n";

// ---------------------------------------------------------------- totals

#[test]
fn a_total_the_data_do_not_give_is_the_sum_of_its_parts() {
    let set = data(PROVINCE);
    let v = values(&set, "3a", "tinh", false);
    // 2023: given (252), not the parts' 250. 2024: 125 + 85 + 55 = 265.
    assert_eq!(v.len(), 2, "{v:#?}");
    assert_eq!(
        (value_in(&v, 2023).value, &value_in(&v, 2023).derived),
        (252.0, &None)
    );
    let derived = value_in(&v, 2024);
    assert_eq!(derived.value, 265.0);
    let how = derived.derived.as_deref().expect("derived");
    assert_eq!(how.how, Derivation::Total);
    assert_eq!(
        how.operands,
        [
            operand("3b", 125.0, 1.0),
            operand("3c", 85.0, 1.0),
            operand("3d", 55.0, 1.0)
        ]
    );
    // The evaluation judges 3a on them: latest 2024, 265.
    let e = evaluate(model(), &set, Date::parse("2025-06-30").unwrap()).unwrap();
    let r = e.results.iter().find(|r| r.indicator == "3a").unwrap();
    assert_eq!(
        r.latest.as_ref().map(|l| (l.period, l.value)),
        Some((Period::Year(2024), 265.0))
    );
    assert_eq!(r.baseline.as_ref().map(|b| b.value), Some(252.0));
}

#[test]
fn a_total_needs_every_part() {
    // 2025 gives 3b and 3c, not 3d: no total.
    let set = data("indicator,area,period,value\n3b,tinh,2025,130\n3c,tinh,2025,90\n");
    assert!(values(&set, "3a", "tinh", false).is_empty());
}

#[test]
fn parts_given_by_districts_add_up_by_their_own_rules_then_to_the_total() {
    // Each part sums its districts (aggregate sum): 3b 60 + 65 = 125, 3c 40 + 45 = 85,
    // 3d 20 + 35 = 55; the total is 125 + 85 + 55 = 265.
    let set = data(
        "indicator,area,period,value\n\
         3b,huyen_a,2024,60\n3c,huyen_a,2024,40\n3d,huyen_a,2024,20\n\
         3b,huyen_b,2024,65\n3c,huyen_b,2024,45\n3d,huyen_b,2024,35\n",
    );
    let v = values(&set, "3a", "tinh", false);
    let how = value_in(&v, 2024).derived.as_deref().expect("derived");
    assert_eq!(value_in(&v, 2024).value, 265.0);
    assert_eq!(
        how.operands,
        [
            operand("3b", 125.0, 1.0),
            operand("3c", 85.0, 1.0),
            operand("3d", 55.0, 1.0)
        ]
    );
    // In a district: 60 + 40 + 20 = 120.
    assert_eq!(
        value_in(&values(&set, "3a", "huyen_a", false), 2024).value,
        120.0
    );
}

#[test]
fn a_total_adds_up_each_disaggregation_apart() {
    // Women: 3b 60, 3c 30, 3d 10 → 100; the total of everyone is not given.
    let set = data(
        "indicator,area,period,value,sex\n\
         3b,tinh,2024,60,female\n3c,tinh,2024,30,female\n3d,tinh,2024,10,female\n",
    );
    assert_eq!(
        value_in(&values(&set, "3a", "tinh", true), 2024).value,
        100.0
    );
    assert!(values(&set, "3a", "tinh", false).is_empty());
}

#[test]
fn parts_in_a_multiple_of_the_unit_are_converted_to_the_totals() {
    // 6b 700 triệu đồng = 0.7 tỷ đồng; 6a = 0.7 + 0.8 = 1.5 tỷ đồng.
    let set = data("indicator,area,period,value\n6b,tinh,2024,700\n6c,tinh,2024,0.8\n");
    let v = values(&set, "6a", "tinh", false);
    assert_close(value_in(&v, 2024).value, 1.5);
    let how = value_in(&v, 2024).derived.as_deref().expect("derived");
    assert_eq!(
        how.operands,
        [operand("6b", 700.0, 0.001), operand("6c", 0.8, 1.0)]
    );
}

// ---------------------------------------------------------------- formulas over indicators

#[test]
fn a_share_of_a_total_divides_the_two_values_of_the_area() {
    let set = data(PROVINCE);
    let v = values(&set, "4", "tinh", false);
    // 2023: 120.5 / 252 (the total given) × 100 = 47.817460317...
    // 2024: 125 / 265 (the total derived) × 100 = 47.169811320...
    assert_close(value_in(&v, 2023).value, 47.817_460_317_460_32);
    assert_close(value_in(&v, 2024).value, 47.169_811_320_754_72);
    let how = value_in(&v, 2024).derived.as_deref().expect("derived");
    assert_eq!(how.how, Derivation::Ratio { factor: 100.0 });
    assert_eq!(
        how.operands,
        [operand("3b", 125.0, 1.0), operand("3a", 265.0, 1.0)]
    );
}

#[test]
fn a_value_per_head_divides_by_a_data_element_summed_over_the_districts() {
    // 3a in 2024 is 265 (derived); dan_so 100000 + 150000 = 250000 over the districts:
    // 265 / 250000 × 1000 = 1.06.
    let text = format!("{PROVINCE}dan_so,huyen_a,2024,100000\ndan_so,huyen_b,2024,150000\n");
    let set = data(&text);
    let v = values(&set, "5", "tinh", false);
    assert_eq!(v.len(), 1, "no dan_so in 2023: {v:#?}");
    assert_close(value_in(&v, 2024).value, 1.06);
    let how = value_in(&v, 2024).derived.as_deref().expect("derived");
    assert_eq!(
        how.operands,
        [operand("3a", 265.0, 1.0), operand("dan_so", 250000.0, 1.0)]
    );
}

#[test]
fn a_formulas_value_the_data_give_wins_and_a_zero_denominator_gives_none() {
    // 4 is given for 2024 (50), not 125 / 265 × 100; in 2023 the total is 0, so no share.
    let set = data(
        "indicator,area,period,value\n4,tinh,2024,50\n\
         3b,tinh,2024,125\n3c,tinh,2024,85\n3d,tinh,2024,55\n\
         3a,tinh,2023,0\n3b,tinh,2023,0\n",
    );
    let v = values(&set, "4", "tinh", false);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(
        (value_in(&v, 2024).value, &value_in(&v, 2024).derived),
        (50.0, &None)
    );
}

#[test]
fn measures_computed_from_each_other_derive_nothing_from_themselves() {
    // A plan with a cycle (an error) still evaluates, in finite time: 3a is the total of 3b
    // and 3c, 3b is 3a × 0.5. Given 3a 100 and 3c 40 in 2023: 3b = 100 / 1 × 0.5 = 50 (from
    // the 3a given); 3a stays 100. In 2024 only 3c is given: 3a needs 3b, which needs 3a.
    let checked = planlang::load_str(
        "cycle.plan",
        &format!(
            "{}{}",
            support::PLAN_START,
            r#"element mot "Một"
indicator 3 "Vòng" {
    objective a  lead gddt  source "II.3"  unit count  direction increase
    part a "A" { total of 3b, 3c  target 2025 >= 1 }
    part b "B" { formula 3a / mot * 0.5  target 2025 >= 1 }
    part c "C" { target 2025 >= 1 }
}
"#
        ),
    );
    let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code()).collect();
    assert!(codes.contains(&Code::DerivationCycle), "{codes:?}");
    let model = &checked.model;
    let mut set = DataSet::default();
    set.load_csv(
        model,
        "x.csv",
        "indicator,area,period,value\n3a,tinh,2023,100\n3c,tinh,2023,40\nmot,tinh,2023,1\nmot,tinh,2024,1\n3c,tinh,2024,40\n"
            .as_bytes(),
        LoadOptions::default(),
    );
    let index = Index::new(model, &set.store);
    let at = |id: &str| model.measures.get_index_of(id).unwrap() as u32;
    let v = index.values(model, at("3b"), 0, &[]);
    assert_eq!(v.len(), 1, "{v:#?}");
    assert_eq!(v[0].value, 50.0);
    let v = index.values(model, at("3a"), 0, &[]);
    assert_eq!(v.iter().map(|v| v.value).collect::<Vec<_>>(), [100.0]);
    assert!(evaluate(model, &set, Date::parse("2025-06-30").unwrap()).is_ok());
}

// ---------------------------------------------------------------- identities

/// The identity warnings of a data set, in their one-line form.
fn identity_warnings(set: &DataSet) -> Vec<String> {
    set.warnings
        .iter()
        .filter(|w| w.code() == Code::DataIdentityBroken)
        .map(|d| short(d, Lang::En))
        .collect()
}

#[test]
fn a_total_and_its_parts_in_two_files_are_compared_once_both_are_read() {
    let mut set = DataSet::default();
    load(
        &mut set,
        "tong.csv",
        "indicator,area,period,value\n3a,tinh,2023,252\n",
        LoadOptions::default(),
    );
    assert!(identity_warnings(&set).is_empty());
    load(
        &mut set,
        "nganh.csv",
        "indicator,area,period,value\n3b,tinh,2023,120.5\n3c,tinh,2023,80\n3d,tinh,2023,49.5\n",
        LoadOptions::default(),
    );
    // 252 against 250: 2 off, 0.8 % of 250, beyond 1.25. The warning is at the total's row.
    let expected = ["tong.csv:2: warning[data::identity_broken]: indicator 3a, area tinh, period 2023: the total 252 (line 2 of tong.csv) is not the sum of its parts, 250 = 3b 120.5 (line 2 of nganh.csv) + 3c 80 (line 3 of nganh.csv) + 3d 49.5 (line 4 of nganh.csv); they differ by 2, 0.8 % of the sum, more than `within 0.5 percent` allows (1.25); correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)"];
    assert_eq!(identity_warnings(&set), expected);
    // Another file read after them: still one warning, not two.
    load(
        &mut set,
        "khac.csv",
        "indicator,area,period,value\n1,tinh,2023,90\n",
        LoadOptions::default(),
    );
    assert_eq!(identity_warnings(&set), expected);
    assert_eq!((set.rows_read, set.accepted, set.rejected), (5, 5, 0));
}

#[test]
fn the_problem_holds_the_rows_and_the_numbers() {
    let set = data(PROVINCE);
    let [w] = &set.warnings[..] else {
        panic!("{:#?}", set.warnings)
    };
    let Problem::Data(DataProblem::IdentityBroken(b)) = &w.problem else {
        panic!("{:?}", w.problem)
    };
    assert_eq!((b.total, b.sum, b.allowed), (252.0, 250.0, 1.25));
    assert_eq!(b.total_row.line, 2);
    let parts: Vec<(&str, f64, u64)> = b
        .parts
        .iter()
        .map(|p| (p.id.as_str(), p.value, p.row.line))
        .collect();
    assert_eq!(parts, [("3b", 120.5, 3), ("3c", 80.0, 4), ("3d", 49.5, 5)]);
    // The evaluation carries it among the data's warnings.
    let e = evaluate(model(), &set, Date::parse("2025-06-30").unwrap()).unwrap();
    assert_eq!(e.data.warnings.len(), 1);
    assert_eq!(e.data.warnings[0].code(), Code::DataIdentityBroken);
}

#[test]
fn within_the_tolerance_no_warning() {
    // 251.25 is 1.25 off 250: exactly what 0.5 % of 250 allows.
    let set = data(
        "indicator,area,period,value\n3a,tinh,2023,251.25\n3b,tinh,2023,120.5\n3c,tinh,2023,80\n3d,tinh,2023,49.5\n",
    );
    assert!(set.warnings.is_empty(), "{:#?}", set.warnings);
}

#[test]
fn the_default_tolerance_is_the_rounding_of_the_figures_given() {
    // 6a = 6b × 0.001 + 6c. Given 6b 700 (a whole number: ±0.5 triệu = ±0.0005 tỷ) and 6c
    // 0.8 (±0.05), a total of 1.6 (±0.05) is 0.1 off 1.5, within 0.0005 + 0.05 + 0.05 =
    // 0.1005; 1.7 is 0.2 off, beyond it.
    let rows = |total: &str| {
        format!("indicator,area,period,value\n6a,tinh,2024,{total}\n6b,tinh,2024,700\n6c,tinh,2024,0.8\n")
    };
    assert!(data(&rows("1.6")).warnings.is_empty());
    let set = data(&rows("1.7"));
    assert_eq!(
        identity_warnings(&set),
        ["x.csv:2: warning[data::identity_broken]: indicator 6a, area tinh, period 2024: the total 1.7 (line 2 of x.csv) is not the sum of its parts, 1.5 = 6b 700 × 0.001 (line 3 of x.csv) + 6c 0.8 (line 4 of x.csv); they differ by 0.2, 13.33 % of the sum, more than the rounding of the figures explains (0.1005); correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)"]
    );
}

#[test]
fn each_disaggregation_is_its_own_identity() {
    // Everyone adds up (100 = 50 + 30 + 20); women do not (60 against 30 + 10 + 10 = 50).
    let set = data(
        "indicator,area,period,value,sex\n\
         3a,tinh,2024,100,\n3b,tinh,2024,50,\n3c,tinh,2024,30,\n3d,tinh,2024,20,\n\
         3a,tinh,2024,60,female\n3b,tinh,2024,30,female\n3c,tinh,2024,10,female\n3d,tinh,2024,10,female\n",
    );
    let warnings = identity_warnings(&set);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].starts_with("x.csv:6: warning[data::identity_broken]: indicator 3a, area tinh, period 2024 (sex = female): the total 60 (line 6 of x.csv) is not the sum of its parts, 50 = 3b 30 (line 7 of x.csv)"),
        "{}",
        warnings[0]
    );
}

#[test]
fn excel_semicolon_csv_with_decimal_commas_is_checked_the_same() {
    // As Excel on a Vietnamese Windows saves it: `;` between fields, CR LF, a decimal comma
    // (read with --decimal-comma). 120,5 + 80 + 49,5 = 250 against 252.
    let text = "indicator;area;period;value\r\n3a;tinh;2023;252\r\n3b;tinh;2023;120,5\r\n3c;tinh;2023;80\r\n3d;tinh;2023;49,5\r\n";
    let mut set = DataSet::default();
    let comma = LoadOptions {
        decimal: NumberStyle::Comma,
        ..LoadOptions::default()
    };
    load(&mut set, "excel.csv", text, comma);
    assert!(set.errors.is_empty(), "{:#?}", set.errors);
    let warnings = identity_warnings(&set);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("the total 252 (line 2 of excel.csv) is not the sum of its parts, 250 = 3b 120.5 (line 3 of excel.csv) + 3c 80 (line 4 of excel.csv) + 3d 49.5 (line 5 of excel.csv)"),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_plan_without_totals_checks_no_identity() {
    let plain = support::model_of(
        r#"indicator 3 "X" { objective a unit count direction increase target 2025 >= 1 lead gddt source "II" }
"#,
    );
    let mut set = DataSet::default();
    set.load_csv(
        &plain,
        "x.csv",
        "indicator,area,period,value\n1,tinh,2023,90\n".as_bytes(),
        LoadOptions::default(),
    );
    assert!(set.warnings.is_empty() && set.errors.is_empty());
}
