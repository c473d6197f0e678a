//! Schedules as documents write them (issue 12, item 4): a report to several recipients,
//! reviews at the mid-term, at the end and every year, a vision horizon after the period,
//! objectives nested under a general one, and bodies the plan requests (đề nghị) rather than
//! assigns (giao). Each part from the text to the model, the checks, `plan show` and its JSON,
//! the queries and the evaluation, with values counted by hand.

use crate::common::eval::{load_clean, reporting};
use planlang::date::Date;
use planlang::eval::evaluate;
use planlang::i18n::Lang;
use planlang::query::{self, Context, Facts};
use planlang::render::format::Format;
use planlang::{Model, Source};

fn model_of(text: &str) -> Model {
    let checked = planlang::load_str("test.plan", text);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

/// The codes `text` is checked with, in order.
fn codes(text: &str) -> Vec<String> {
    let checked = planlang::load_str("test.plan", text);
    (checked.diagnostics.iter())
        .map(|d| d.code().as_str().to_string())
        .collect()
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The text of `plan`, printed by the printer and read back: the same tree.
fn prints_back(text: &str) -> String {
    let parsed = planlang::syntax::parse(&Source::new("test.plan", text));
    assert!(!parsed.has_syntax_errors, "{:#?}", parsed.diagnostics);
    let printed = planlang::syntax::print::print(&parsed.file);
    let again = planlang::syntax::parse(&Source::new("test.plan", printed.as_str()));
    assert!(!again.has_syntax_errors, "{printed}");
    assert_eq!(planlang::syntax::print::print(&again.file), printed);
    printed
}

/// The answer to `text` as CSV, on `model` with `data` as of `as_of`.
fn csv(model: &Model, data: &planlang::data::DataSet, as_of: &str, text: &str) -> String {
    let facts = Facts::new(model, data, date(as_of));
    let ctx = Context {
        model,
        facts: &facts,
    };
    let answer = query::run(ctx, &Source::new("query", text)).unwrap_or_else(|e| {
        panic!(
            "{text}: {}",
            planlang::render::diagnostics::short(&e, Lang::En)
        )
    });
    planlang::render::query::render(&answer, Format::Csv)
}

// ---------------------------------------------------------------- several recipients

/// yte reports every year to UBND and to the department of labour at once; a 6-month report
/// to UBND alone (the year report reaches UBND: only the first half is owed) and one to
/// UBND and justice (which the year report does not reach: both halves are owed).
const RECIPIENTS: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency ldtbxh "Sở Lao động - Thương binh và Xã hội"
agency tuphap "Sở Tư pháp"
agency yte "Sở Y tế"
agency gddt "Sở Giáo dục và Đào tạo"
area tinh "Tỉnh" kind province
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  target 2025 >= 95
    lead yte  support gddt  source "II.1, Chỉ tiêu 1"
}
report bc_nam "Báo cáo năm" { period year  due before 05/12  from yte, gddt  to ubnd, ldtbxh }
report bc_6t "Báo cáo 6 tháng" { period half-year  due before 01/06  from yte  to ubnd }
report bc_6t_tp "Báo cáo 6 tháng về pháp luật" { period half-year  due before 01/06  from yte  to ubnd, tuphap }
"#;

const RECEIVED: &str = "agency,report,period,received
yte,bc_nam,2021,2021-12-03
yte,bc_6t,2021-H1,2021-05-20
yte,bc_6t_tp,2021-H1,2021-06-02
";

#[test]
fn a_report_goes_to_each_of_its_recipients() {
    let model = model_of(RECIPIENTS);
    let to: Vec<&str> = model.reports["bc_nam"]
        .party
        .to
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(to, ["ubnd", "ldtbxh"]);
    // Every recipient is linked to the agency it names.
    let ids: Vec<Option<usize>> = (model.reports["bc_nam"].party.to.iter())
        .map(|a| a.id.map(|i| i.index()))
        .collect();
    assert_eq!(ids, [Some(0), Some(1)]);
    assert!(prints_back(RECIPIENTS).contains("to ubnd, ldtbxh\n"));
    let text = planlang::render::model_text::to_text(&model, planlang::i18n::Lang::En);
    assert!(
        text.contains(
            "bc_nam           Báo cáo năm (year, due before 05/12) from yte, gddt to ubnd, ldtbxh"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&model)).unwrap();
    let report = &json["reports"][0];
    assert_eq!(report["to"], "ubnd");
    assert_eq!(report["to_all"], serde_json::json!(["ubnd", "ldtbxh"]));
    // A second `to` line is still a field given twice (a list is written on one line); the
    // first is kept, so the department of labour, named only by the second, takes part in
    // nothing.
    let twice = RECIPIENTS.replace("to ubnd, ldtbxh }", "to ubnd  to ldtbxh }");
    assert_eq!(
        codes(&twice),
        ["plan::duplicate_field", "plan::unused_agency"]
    );
}

#[test]
fn a_report_to_several_is_owed_once_and_any_submission_counts() {
    let model = model_of(RECIPIENTS);
    let set = load_clean(&model, "indicator,area,period,value\n", RECEIVED);
    let e = evaluate(&model, &set, date("2022-01-10")).expect("evaluate");
    assert_eq!(
        reporting(&e),
        [
            // One report each for 2021, due before 05/12 (4 December), whoever receives it.
            "yte bc_nam 2021 due 2021-12-04 received 2021-12-03 on_time 0",
            "gddt bc_nam 2021 due 2021-12-04 received - missing 0",
            // The year report reaches UBND, the 6-month report's one recipient: the second
            // half is the year report's.
            "yte bc_6t 2021-H1 due 2021-05-31 received 2021-05-20 on_time 0",
            // The 6-month report to UBND and justice: the year report does not reach justice,
            // so both halves are owed. 31 May → 2 June: 2 days late.
            "yte bc_6t_tp 2021-H1 due 2021-05-31 received 2021-06-02 late 2",
            "yte bc_6t_tp 2021-H2 due 2021-11-30 received - missing 0",
        ]
    );
    // The `to` field lists both recipients, and either one selects the report.
    let rows = csv(
        &model,
        &set,
        "2022-01-10",
        "reports where to = ldtbxh and period = \"2021\" columns agency, to, status",
    );
    assert_eq!(
        rows,
        "agency,to,status\nyte,ubnd ldtbxh,on_time\ngddt,ubnd ldtbxh,missing\n"
    );
    let by = csv(
        &model,
        &set,
        "2022-01-10",
        "count reports where period = \"2021-H1\" by to",
    );
    // bc_6t to ubnd; bc_6t_tp to ubnd and tuphap: a row counts once for each recipient.
    assert_eq!(by, "to,count\ntuphap,1\nubnd,2\n");
}

#[test]
fn an_amendment_sets_every_recipient_and_a_transfer_moves_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.plan"), RECIPIENTS).unwrap();
    let amendment = r#"import "plan.plan" as p
amendment "2/QĐ" { amends p  issuer p.ubnd  signed 2022-02-01  effective 2022-03-01 }
change report p.bc_6t { to p.ubnd, p.tuphap }
transfer p.ldtbxh to p.yte
"#;
    std::fs::write(dir.path().join("amend.plan"), amendment).unwrap();
    let plan = planlang::load_path(dir.path().join("plan.plan")).unwrap();
    let amend = planlang::load_path(dir.path().join("amend.plan")).unwrap();
    assert!(!amend.has_errors(), "{:#?}", amend.diagnostics);
    let after = planlang::amend::as_of(&plan.model, &[&amend.model], date("2022-03-01"));
    let to = |r: &str| -> Vec<String> {
        (after.reports[r].party.to.iter())
            .map(|a| a.name.clone())
            .collect()
    };
    assert_eq!(to("bc_6t"), ["ubnd", "tuphap"]);
    // ldtbxh's place among the year report's recipients passes to yte.
    assert_eq!(to("bc_nam"), ["ubnd", "yte"]);
}

// ---------------------------------------------------------------- reviews without a year

#[test]
fn the_mid_term_year_is_the_last_of_the_first_half() {
    use planlang::model::midterm_year;
    // Ten years: the fifth (23/QĐ-TTg: "sơ kết vào năm 2025").
    assert_eq!(midterm_year(2021, 2030), 2025);
    // Five years: the second, the half rounded down (2530/QĐ-TTg: "vào cuối năm 2027").
    assert_eq!(midterm_year(2026, 2030), 2027);
    assert_eq!(midterm_year(2021, 2022), 2021);
    assert_eq!(midterm_year(2021, 2023), 2021);
    assert_eq!(midterm_year(2021, 2024), 2022);
    // A one-year plan reviews in its year.
    assert_eq!(midterm_year(2025, 2025), 2025);
}

const REVIEWS: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
objective a "Sức khỏe trẻ em" source "II.1"
indicator 1 "Tỷ lệ trẻ em được tiêm chủng đầy đủ" {
    objective a  unit percent  direction increase  target 2025 >= 95
    lead yte  source "II.1, Chỉ tiêu 1"
}
review soket "Sơ kết giữa kỳ" { at midterm  from yte  to ubnd  source "V" }
review tongket "Tổng kết" { at end  from yte  to ubnd }
review danhgia "Đánh giá hằng năm" { every year  from yte  to ubnd }
review soket_2024 "Sơ kết 2024" { year 2024  from yte  to ubnd }
"#;

#[test]
fn reviews_at_the_mid_term_the_end_and_every_year() {
    let model = model_of(REVIEWS);
    let years: Vec<Vec<i32>> = (model.reviews.values())
        .map(|r| r.years(&model.plan))
        .collect();
    assert_eq!(
        years,
        [vec![2025], vec![2030], (2021..=2030).collect(), vec![2024],]
    );
    let printed = prints_back(REVIEWS);
    for field in ["at midterm\n", "at end\n", "every year\n", "year 2024\n"] {
        assert!(printed.contains(field), "{field}{printed}");
    }
    let text = planlang::render::model_text::to_text(&model, planlang::i18n::Lang::En);
    for line in [
        "  soket            Sơ kết giữa kỳ (midterm, 2025)",
        "  tongket          Tổng kết (end, 2030)",
        "  danhgia          Đánh giá hằng năm (every year, 2021..2030)",
        "  soket_2024       Sơ kết 2024 (2024)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&model)).unwrap();
    let held = |i: usize| {
        let r = &json["reviews"][i];
        (r["held"].clone(), r["year"].clone(), r["years"].clone())
    };
    use serde_json::json;
    assert_eq!(held(0), (json!("midterm"), json!(2025), json!([2025])));
    assert_eq!(held(1), (json!("end"), json!(2030), json!([2030])));
    assert_eq!(
        held(2),
        (
            json!("every_year"),
            json!(null),
            json!([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])
        )
    );
    assert_eq!(held(3), (json!("year"), json!(2024), json!([2024])));
    // The mid-term of a five-year plan is its second year.
    let five = REVIEWS.replace("period 2021..2030", "period 2026..2030");
    let five = five.replace("year 2024 ", "year 2027 ");
    let model = model_of(&five.replace("target 2025", "target 2028"));
    assert_eq!(model.reviews["soket"].years(&model.plan), [2027]);
}

#[test]
fn a_review_says_when_once() {
    // Two ways of saying when: the second is a field given twice.
    let both = REVIEWS.replace("{ at end ", "{ at end  year 2030 ");
    assert_eq!(codes(&both), ["plan::duplicate_field"]);
    let words = planlang::load_str("test.plan", &both).diagnostics[0]
        .words(Lang::En)
        .message;
    assert_eq!(words, "`year` is given twice for review `tongket`");
    // None: reported, with the ways to say it.
    let none = REVIEWS.replace("{ every year ", "{ ");
    let checked = planlang::load_str("test.plan", &none);
    let d = &checked.diagnostics[0];
    assert_eq!(d.code().as_str(), "plan::review_no_year");
    assert_eq!(
        d.words(Lang::En).message,
        "review `danhgia` does not say when it is held"
    );
    // A year written is still checked against the period; a point of it is in it.
    let outside = REVIEWS.replace("year 2024 ", "year 2031 ");
    assert_eq!(codes(&outside), ["plan::year_outside_period"]);
}

// ---------------------------------------------------------------- a vision after the period

/// 2530/QĐ-TTg's shape: a plan for 2026..2030 with a vision to 2045 ("tầm nhìn đến năm
/// 2045"): PM2.5 in Hà Nội under 40 μg/m³ by 2030, and (here) 35 by 2035 and 25 by 2045.
const VISION: &str = r#"plan "Kế hoạch hành động về chất lượng không khí giai đoạn 2026 - 2030, tầm nhìn đến năm 2045" {
    document "2530/QĐ-TTg"  issuer ttcp  signed 2025-11-19
    period 2026..2030
    horizon 2045
}
agency ttcp "Thủ tướng Chính phủ"
agency nnmt "Bộ Nông nghiệp và Môi trường"
area ha_noi "Thành phố Hà Nội" kind city
objective a "Mục tiêu cụ thể giai đoạn 2026 - 2030" source "I.2"
unit ug_m3 "μg/m³" range 0..
indicator 1 "Nồng độ bụi PM2.5 trung bình năm tại Hà Nội" {
    objective a  unit ug_m3  direction decrease
    baseline 2024 = 50
    target 2030 < 40
    target 2035 <= 35
    target 2045 <= 25
    lead nnmt  source "I.2.a; I.3"
}
"#;

#[test]
fn targets_up_to_the_horizon_are_accepted_and_shown() {
    let model = model_of(VISION);
    assert_eq!(model.plan.vision(), Some((2031, 2045)));
    assert!(prints_back(VISION).contains("    horizon 2045\n"));
    let text = planlang::render::model_text::to_text(&model, planlang::i18n::Lang::En);
    for line in [
        "  horizon     2045",
        "        target 2030 < 40",
        "        target 2035 <= 35  (vision)",
        "        target 2045 <= 25  (vision)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&model)).unwrap();
    assert_eq!(json["plan"]["horizon"], 2045);
    // A plan without one has no `horizon` key.
    let json = planlang::render::model_json::to_json(&model_of(RECIPIENTS));
    assert!(!json.contains("\"horizon\""));
}

#[test]
fn targets_after_the_horizon_or_without_one_are_errors_and_checks_treat_vision_like_others() {
    use planlang::diagnostic::{MeasureRef, Problem, Targets, ValueOf};
    let problems = |text: &str| -> Vec<Problem> {
        let checked = planlang::load_str("test.plan", text);
        checked
            .diagnostics
            .iter()
            .map(|d| d.problem.clone())
            .collect()
    };
    let of = || {
        ValueOf::TargetOf(MeasureRef {
            id: "1".into(),
            is_part: false,
        })
    };
    // After the horizon.
    let after = VISION.replace("target 2045 <= 25", "target 2050 <= 25");
    assert_eq!(
        problems(&after),
        [Problem::from(Targets::YearBeyondHorizon {
            of: of(),
            year: 2050,
            horizon: 2045,
        })]
    );
    // Without a horizon, both vision targets are outside the period, as before.
    let without = VISION.replace("    horizon 2045\n", "");
    assert_eq!(
        codes(&without),
        ["plan::year_outside_period", "plan::year_outside_period"]
    );
    // A horizon that is not after the period is reported, and gives no vision.
    let within = VISION.replace("horizon 2045", "horizon 2030");
    assert_eq!(
        problems(&within)[0],
        Problem::from(Targets::HorizonWithinPeriod {
            horizon: 2030,
            start: 2026,
            end: 2030,
        })
    );
    assert_eq!(
        codes(&within),
        [
            "plan::horizon_within_period",
            "plan::year_outside_period",
            "plan::year_outside_period"
        ]
    );
    // Milestone order and direction count the vision's targets as any others.
    let order = VISION.replace(
        "target 2035 <= 35\n    target 2045 <= 25",
        "target 2045 <= 25\n    target 2035 <= 35",
    );
    assert_eq!(codes(&order), ["plan::milestone_order"]);
    let against = VISION.replace("target 2045 <= 25", "target 2045 <= 45");
    assert_eq!(codes(&against), ["plan::target_against_direction"]);
}

/// The status and note of target `t` of indicator 1, with data `rows` as of `as_of`.
fn judged(rows: &str, as_of: &str, t: usize) -> (String, Option<String>, Option<f64>) {
    let model = model_of(VISION);
    let set = load_clean(&model, rows, "");
    let e = evaluate(&model, &set, date(as_of)).expect("evaluate");
    let r = &e.results[t];
    (r.status.as_str().to_string(), r.note.clone(), r.ratio)
}

#[test]
fn a_vision_target_is_judged_only_when_its_year_comes() {
    let rows = "indicator,area,period,value
1,ha_noi,2025,48
1,ha_noi,2026,45
1,ha_noi,2027,43
1,ha_noi,2034,36
";
    // Mid-2028: the 2030 target is judged on the trend; 2035 and 2045 wait, and say why.
    let (status, _, _) = judged(rows, "2028-06-30", 0);
    assert_ne!(status, "not_yet_due");
    assert_eq!(
        judged(rows, "2028-06-30", 1),
        (
            "not_yet_due".to_string(),
            Some(
                "a vision target for 2035, after the plan period 2026..2030: judged from 2035"
                    .to_string()
            ),
            None
        )
    );
    assert_eq!(judged(rows, "2034-12-31", 1).0, "not_yet_due");
    // In 2035, on the trend from the baseline (50 in 2024) to the latest value (36 in
    // 2034): CAGR(36, 50, 10 years) = 0.72^(1/10) − 1 = −0.032317 done, CAGR(35, 50, 11
    // years) = 0.7^(1/11) − 1 = −0.031905 needed, R = 0.032317 / 0.031905 = 1.0129:
    // on track.
    let (status, _, ratio) = judged(rows, "2035-06-30", 1);
    assert_eq!(status, "on_track");
    assert!((ratio.unwrap() - 1.0129).abs() < 0.0005, "{ratio:?}");
    // Once 2035 is over, its own value decides: 34 meets `<= 35`, 36 does not.
    let achieved = format!("{rows}1,ha_noi,2035,34\n");
    assert_eq!(judged(&achieved, "2036-01-10", 1).0, "achieved");
    let missed = format!("{rows}1,ha_noi,2035,36\n");
    assert_eq!(judged(&missed, "2036-01-10", 1).0, "missed");
    // The 2045 target still waits.
    assert_eq!(judged(&missed, "2036-01-10", 2).0, "not_yet_due");
}

#[test]
fn data_are_read_up_to_the_horizon() {
    let model = model_of(VISION);
    let mut set = planlang::data::DataSet::default();
    let rows = "indicator,area,period,value\n1,ha_noi,2045,24\n1,ha_noi,2046,23\n";
    set.load_csv(&model, "data.csv", rows.as_bytes(), Default::default());
    assert_eq!((set.accepted, set.rejected), (1, 1));
    let problem = &set.errors[0];
    assert_eq!(problem.code().as_str(), "data::period_outside_plan");
    assert!(
        problem.words(Lang::En).message.contains("(2026..2045;"),
        "{}",
        problem.words(Lang::En).message
    );
}

#[test]
fn explain_says_a_vision_target_waits() {
    let model = model_of(VISION);
    let set = load_clean(
        &model,
        "indicator,area,period,value\n1,ha_noi,2027,43\n",
        "",
    );
    let facts = Facts::new(&model, &set, date("2028-06-30"));
    let ctx = Context {
        model: &model,
        facts: &facts,
    };
    let e = planlang::render::query::explain(ctx, &[0]);
    let steps = &e.measures[0].targets[1].steps;
    assert_eq!(
        steps,
        &[
            "values counted (periods ended by 2028-06-30): 2027: 43".to_string(),
            "note: a vision target for 2035, after the plan period 2026..2030: judged from 2035"
                .to_string(),
            "status: not_yet_due".to_string(),
        ]
    );
}

// ---------------------------------------------------------------- nested objectives

/// 23/QĐ-TTg's shape: a general objective (mục tiêu chung), specific objectives under it,
/// one nested a level deeper, and one at the top beside it.
const NESTED: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
area tinh "Tỉnh" kind province
objective chung "Mục tiêu chung" source "I.1"
objective a "Mục tiêu 1: Về sức khỏe" in chung source "I.2.a"
objective b "Mục tiêu 2: Về bảo vệ" in chung
objective d "Mục tiêu 1.1: Về dinh dưỡng" in a
objective c "Mục tiêu khác"
indicator 1 "Một" { objective a  unit percent  direction increase  target 2025 >= 90  lead yte  source "1" }
indicator 2 "Hai" { objective b  unit percent  direction increase  target 2025 >= 90  lead yte  source "2" }
indicator 3 "Ba" { objective chung  unit percent  direction increase  target 2025 >= 90  lead yte  source "3" }
indicator 4 "Bốn" { objective d  unit percent  direction increase  target 2025 >= 90  lead yte  source "4" }
indicator 5 "Năm" { objective c  unit percent  direction increase  target 2025 >= 90  lead yte  source "5" }
"#;

#[test]
fn objectives_nest_under_a_general_one_and_show_as_a_tree() {
    let model = model_of(NESTED);
    let parent = |id: &str| {
        let p = model.objectives[id].parent.as_ref();
        p.map(|p| (p.name.clone(), p.id.map(|i| i.index())))
    };
    assert_eq!(parent("a"), Some(("chung".to_string(), Some(0))));
    assert_eq!(parent("d"), Some(("a".to_string(), Some(1))));
    assert_eq!(parent("chung"), None);
    assert!(prints_back(NESTED)
        .contains("objective a \"Mục tiêu 1: Về sức khỏe\" in chung source \"I.2.a\"\n"));
    let text = planlang::render::model_text::to_text(&model, planlang::i18n::Lang::En);
    let tree: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.trim_start().starts_with("Objective")
                || l.trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
        })
        .collect();
    assert_eq!(
        tree,
        [
            "Objective chung: Mục tiêu chung",
            "     3  Ba",
            "  Objective a: Mục tiêu 1: Về sức khỏe",
            "       1  Một",
            "    Objective d: Mục tiêu 1.1: Về dinh dưỡng",
            "         4  Bốn",
            "  Objective b: Mục tiêu 2: Về bảo vệ",
            "       2  Hai",
            "Objective c: Mục tiêu khác",
            "     5  Năm",
        ]
    );
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&model)).unwrap();
    let parents: Vec<&serde_json::Value> = (json["objectives"].as_array().unwrap().iter())
        .map(|o| &o["parent"])
        .collect();
    assert_eq!(
        parents,
        [
            &serde_json::Value::Null,
            &serde_json::json!("chung"),
            &serde_json::json!("chung"),
            &serde_json::json!("a"),
            &serde_json::Value::Null,
        ]
    );
    // The general objective's own indicators only: its children's are theirs.
    assert_eq!(
        json["objectives"][0]["indicators"],
        serde_json::json!(["3"])
    );
}

#[test]
fn a_general_objective_with_indicators_below_it_is_not_empty() {
    let without = NESTED.replace("objective chung  unit", "objective c  unit");
    assert_eq!(codes(&without), Vec::<String>::new());
    // A general objective nobody is nested under, and without indicators, still is.
    let alone = without.replace(" in chung", "");
    assert_eq!(codes(&alone), ["plan::empty_objective"]);
    // A parent that names no objective is an unknown objective, with the close one.
    let unknown = NESTED.replace("in chung source", "in chug source");
    let checked = planlang::load_str("test.plan", &unknown);
    let d = &checked.diagnostics[0];
    assert_eq!(d.code().as_str(), "plan::unknown_objective");
    assert_eq!(
        d.words(Lang::En).help.as_deref(),
        Some("did you mean `chung`?")
    );
}

#[test]
fn the_objective_filter_matches_the_objectives_nested_in_it() {
    let model = model_of(NESTED);
    let set = planlang::data::DataSet::default();
    let ids = |q: &str| -> Vec<String> {
        csv(&model, &set, "2024-06-30", q)
            .lines()
            .skip(1)
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        ids("indicators where objective = chung columns id"),
        ["1", "2", "3", "4"]
    );
    assert_eq!(ids("indicators where objective = a columns id"), ["1", "4"]);
    assert_eq!(ids("indicators where objective = d columns id"), ["4"]);
    assert_eq!(ids("indicators where objective != chung columns id"), ["5"]);
    // By title too, and in the targets subject.
    assert_eq!(
        ids("targets where objective = \"Mục tiêu chung\" columns id"),
        ["1", "2", "3", "4"]
    );
    // Counted under the objective each is filed under.
    assert_eq!(
        ids("count indicators by objective"),
        ["a,1", "b,1", "c,1", "chung,1", "d,1"]
    );
    assert_eq!(
        ids("objectives columns id, parent, indicators"),
        [
            "chung,,1 2 3 4",
            "a,chung,1 4",
            "b,chung,2",
            "d,a,4",
            "c,,5"
        ]
    );
    assert_eq!(
        ids("objectives where parent = chung columns id"),
        ["a", "b"]
    );
}

#[test]
fn eval_by_objective_says_where_a_nested_objective_is() {
    let model = model_of(NESTED);
    let rows = "indicator,area,period,value\n1,tinh,2024,80\n4,tinh,2024,80\n";
    let set = load_clean(&model, rows, "");
    let e = evaluate(&model, &set, date("2025-01-10")).expect("evaluate");
    let table = planlang::render::evaluation::table(
        &model,
        &e,
        planlang::render::evaluation::GroupBy::Objective,
        planlang::i18n::Lang::En,
    );
    let headings: Vec<&str> = (table.lines())
        .filter(|l| l.starts_with("Objective"))
        .collect();
    assert_eq!(
        headings,
        [
            "Objective a: Mục tiêu 1: Về sức khỏe (in chung)",
            "Objective b: Mục tiêu 2: Về bảo vệ (in chung)",
            "Objective chung: Mục tiêu chung",
            "Objective d: Mục tiêu 1.1: Về dinh dưỡng (in a in chung)",
            "Objective c: Mục tiêu khác",
        ]
    );
}

#[test]
fn objectives_round_a_circle_are_reported_once_whatever_the_order() {
    use planlang::diagnostic::{Declarations, Problem};
    let circle = NESTED.replace(
        "objective chung \"Mục tiêu chung\"",
        "objective chung \"Mục tiêu chung\" in d",
    );
    let checked = planlang::load_str("test.plan", &circle);
    let problems: Vec<&Problem> = checked.diagnostics.iter().map(|d| &d.problem).collect();
    let expected = Problem::from(Declarations::ObjectiveCycle {
        path: ["a", "chung", "d", "a"].map(String::from).to_vec(),
    });
    assert_eq!(problems, [&expected]);
    // Written the other way round, the circle is the same, from `a`, the id that sorts first.
    let lines: Vec<&str> = circle.lines().collect();
    let mut reversed: Vec<&str> = lines[..4].to_vec();
    reversed.extend(lines[4..9].iter().rev());
    reversed.extend(&lines[9..]);
    let checked = planlang::load_str("test.plan", &reversed.join("\n"));
    let problems: Vec<&Problem> = checked.diagnostics.iter().map(|d| &d.problem).collect();
    assert_eq!(problems, [&expected]);
    // plan show still writes every objective once.
    let text = planlang::render::model_text::to_text(&checked.model, planlang::i18n::Lang::En);
    assert_eq!(text.matches("Objective ").count(), 5, "{text}");
}

// ---------------------------------------------------------------- assigned and requested

/// 196/QĐ-UBND's shape: departments the plan assigns (giao), and the Fatherland Front and
/// the Women's Union it requests (đề nghị, V.10).
const REQUESTED: &str = r#"plan "Kế hoạch thử" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "Ủy ban nhân dân tỉnh" short "UBND"
agency yte "Sở Y tế"
agency mttq "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" short "MTTQ tỉnh" requested
agency hlhpn "Hội Liên hiệp Phụ nữ tỉnh" requested
area tinh "Tỉnh" kind province
objective a "Bảo vệ trẻ em" source "II.1"
indicator 1 "Một" { objective a  unit percent  direction increase  target 2025 >= 90  lead yte  support mttq  source "1" }
indicator 2 "Hai" { objective a  unit percent  direction increase  target 2025 >= 90  lead yte, mttq  source "2" }
indicator 3 "Ba" {
    objective a  unit percent  direction increase  lead mttq, hlhpn  source "3"
    part a "Ba a" { target 2025 >= 90 }
    part b "Ba b" { target 2025 >= 80 }
}
report bc "Báo cáo năm" { period year  due before 05/12  from yte, mttq  to ubnd }
"#;

#[test]
fn requested_bodies_are_declared_so_and_shown() {
    let model = model_of_warned(REQUESTED);
    let roles: Vec<&str> = (model.agencies.values()).map(|a| a.role.as_str()).collect();
    assert_eq!(roles, ["assigned", "assigned", "requested", "requested"]);
    assert!(prints_back(REQUESTED).contains(
        "agency mttq \"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\" short \"MTTQ tỉnh\" requested\n"
    ));
    let text = planlang::render::model_text::to_text(&model, planlang::i18n::Lang::En);
    for line in [
        "  mttq             Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (MTTQ tỉnh), requested (đề nghị)",
        "  yte              Sở Y tế",
        "        lead yte; support mttq (requested)",
        "        lead yte, mttq (requested)",
        "          lead mttq (requested), hlhpn (requested)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&planlang::render::model_json::to_json(&model)).unwrap();
    let roles: Vec<&serde_json::Value> = (json["agencies"].as_array().unwrap().iter())
        .map(|a| &a["role"])
        .collect();
    assert_eq!(
        roles,
        ["assigned", "assigned", "requested", "requested"]
            .map(|r| serde_json::json!(r))
            .iter()
            .collect::<Vec<_>>()
    );
}

/// The model of `text`, which may have warnings but no errors.
fn model_of_warned(text: &str) -> Model {
    let checked = planlang::load_str("test.plan", text);
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.model
}

#[test]
fn an_indicator_led_only_by_requested_bodies_is_warned_once() {
    use planlang::diagnostic::{MeasureRef, Owners, Problem};
    let checked = planlang::load_str("test.plan", REQUESTED);
    let problems: Vec<(&Problem, &str)> = (checked.diagnostics.iter())
        .filter(|d| d.code().as_str() == "plan::requested_lead")
        .map(|d| (&d.problem, checked.source.slice(d.span().unwrap())))
        .collect();
    // Indicator 1 is led by the department, 2 by it and the Front: only 3 is led by
    // requested bodies alone, and its parts share its lead, so once (2 and 3 also have
    // two leads each: plan::multiple_leads).
    let expected = Problem::from(Owners::RequestedLead {
        measure: MeasureRef {
            id: "3a".into(),
            is_part: true,
        },
        leads: vec!["mttq".into(), "hlhpn".into()],
    });
    assert_eq!(problems, [(&expected, "mttq")]);
    assert_eq!(
        planlang::Code::RequestedLead.severity(),
        planlang::Severity::Warning
    );
    // Through a project that leads it, too.
    let project = REQUESTED.replace(
        "    objective a  unit percent  direction increase  lead mttq, hlhpn  source \"3\"",
        "    objective a  unit percent  direction increase  source \"3\"",
    ) + "project da \"Dự án\" { lead hlhpn  covers 3 }\n";
    assert_eq!(
        codes(&project),
        ["plan::multiple_leads", "plan::requested_lead"]
    );
}

#[test]
fn queries_and_show_give_each_agency_its_role() {
    let model = model_of_warned(REQUESTED);
    let set = planlang::data::DataSet::default();
    let rows = |q: &str| -> Vec<String> {
        csv(&model, &set, "2024-06-30", q)
            .lines()
            .skip(1)
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        rows("agencies where role = requested columns id, role, leads"),
        ["mttq,requested,2 3a 3b", "hlhpn,requested,3a 3b"]
    );
    assert_eq!(
        rows("count agencies by role"),
        ["assigned,2", "requested,2"]
    );
    // A role the plan does not have is refused with the close one.
    let facts = Facts::without_data(date("2024-06-30"));
    let ctx = Context {
        model: &model,
        facts: &facts,
    };
    let Err(err) = query::run(ctx, &Source::new("q", "agencies where role = requsted")) else {
        panic!("a role the plan does not have is refused");
    };
    let said = planlang::render::diagnostics::short_with_help(&err, Lang::En);
    assert!(said.contains("requested"), "{said}");
    let facts = Facts::new(&model, &set, date("2024-06-30"));
    let ctx = Context {
        model: &model,
        facts: &facts,
    };
    let answer = query::run(ctx, &Source::new("q", "show mttq")).expect("shown");
    let text = planlang::render::query::render(&answer, Format::Table);
    let line = "  role        requested (đề nghị), not assigned (giao)";
    assert!(text.lines().any(|l| l == line), "{text}");
    let json = planlang::render::query::render(&answer, Format::Json);
    assert!(json.contains("\"role\": \"requested\""), "{json}");
}

#[test]
fn an_imported_body_keeps_its_role() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "agency mttq \"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\" requested\n";
    std::fs::write(dir.path().join("shared.plan"), shared).unwrap();
    let plan = REQUESTED
        .replace(
            "agency mttq \"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\" short \"MTTQ tỉnh\" requested\n",
            "import \"shared.plan\" as s\n",
        )
        .replace("mttq", "s.mttq");
    std::fs::write(dir.path().join("plan.plan"), plan).unwrap();
    let checked = planlang::load_path(dir.path().join("plan.plan")).unwrap();
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let role = checked.model.agencies["s.mttq"].role;
    assert_eq!(role.as_str(), "requested");
    assert_eq!(
        (checked.diagnostics.iter())
            .map(|d| d.code().as_str())
            .collect::<Vec<_>>(),
        [
            "plan::multiple_leads",
            "plan::multiple_leads",
            "plan::requested_lead"
        ]
    );
}

// ---------------------------------------------------------------- all together

const FIXTURE: &str = "tests/cases/schedules/vision.plan";

#[test]
fn a_new_plan_takes_up_the_parents_horizon_and_nesting() {
    let parent = planlang::load_path(std::path::Path::new(FIXTURE)).unwrap();
    let codes: Vec<&str> = (parent.diagnostics.iter())
        .map(|d| d.code().as_str())
        .collect();
    assert_eq!(codes, ["plan::requested_lead"]);
    let text = planlang::scaffold::new_plan(&parent.model, "vision.plan", "Tỉnh Thử");
    assert!(text.contains("\n    horizon 2045\n"), "{text}");
    assert!(text.contains("objective b1 \"Đốt phụ phẩm nông nghiệp\" in b source"));
    // Written beside its parent, the new plan reads: its vision targets stand, its
    // objectives nest as the parent's do.
    let dir = std::path::Path::new("tests/cases/schedules");
    let source = Source::new(dir.join("new.plan").display().to_string(), text);
    let child = planlang::load_source(source);
    assert!(!child.has_errors(), "{:#?}", child.diagnostics);
    assert_eq!(child.model.plan.vision(), Some((2031, 2045)));
    let nested = child.model.objectives["b1"].parent.as_ref().unwrap();
    assert_eq!(nested.name, "b");
}
