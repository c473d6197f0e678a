//! What the tests of data files and of evaluation share: the start of their small inline
//! plans, and a plan that declares no areas.

use planlang::Model;

/// The start of the inline plans of `data_loading` and `eval_results`: the document, three
/// agencies, a dimension, a province with two districts, two data elements, an objective,
/// indicator 1 (a percentage with split targets) and indicator 2 (a rate by formula). Each
/// file adds its own indicators and reports.
pub const PLAN_START: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo"
dimension sex "Giới tính" { male "Nam" female "Nữ" }
area tinh "Tỉnh" kind province
area huyen_a "Huyện A" in tinh kind district
area huyen_b "Huyện B" in tinh kind district
element deaths "Số trẻ sơ sinh tử vong"
element births "Số trẻ đẻ sống"
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase
    target 2025 >= 95
    target 2025 >= 90 where sex = female
    target 2025 >= 90 where sex = male
    lead yte  source "II.1, Chỉ tiêu 1"
}
indicator 2 "Tỷ suất tử vong trẻ sơ sinh" {
    objective a  unit per_mille  direction decrease
    formula deaths / births * 1000
    target 2025 < 9.5
    lead yte  source "II.1, Chỉ tiêu 2"
}
"#;

/// The model of `PLAN_START` followed by `rest`, which must check without errors.
pub fn model_of(rest: &str) -> Model {
    let checked = planlang::load_str("test.plan", &format!("{PLAN_START}{rest}"));
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The model of a plan with one indicator and no areas at all.
pub fn model_without_areas() -> Model {
    let checked = planlang::load_str(
        "bare.plan",
        r#"plan "P" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "UBND"
objective a "A" source "II"
indicator 1 "I" { objective a unit percent direction increase target 2025 >= 90 lead ubnd source "II" }
"#,
    );
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}
