//! The query language on the Sơn La plan and its sample data, as of 2025-06-30: every form's
//! answer (snapshots), every kind of wrong query with its exact diagnostic, and matching that
//! ignores case and Vietnamese diacritics on the plan's real titles.

use crate::son_la_sample::{self, Loaded};
use planlang::i18n::Lang;
use planlang::query::{self, Context, Facts};
use planlang::render::format::Format;
use planlang::{date::Date, Source};
use std::path::Path;
use std::sync::OnceLock;

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let loaded = son_la_sample::load(Path::new(env!("CARGO_MANIFEST_DIR")));
        assert!(loaded.data_errors.is_empty(), "{:#?}", loaded.data_errors);
        loaded
    })
}

fn ctx() -> Context<'static> {
    let l = loaded();
    Context {
        model: &l.plan.model,
        facts: &l.facts,
    }
}

fn answer(text: &str, format: Format) -> Result<String, String> {
    let source = Source::new("query", text);
    query::run(ctx(), &source)
        .map(|a| planlang::render::query::render(&a, format))
        .map_err(|e| planlang::render::diagnostics::short_with_help(&e, Lang::En))
}

fn table(text: &str) -> String {
    answer(text, Format::Table).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn error(text: &str) -> String {
    match answer(text, Format::Table) {
        Ok(out) => panic!("{text} answered:\n{out}"),
        Err(e) => e,
    }
}

/// The first column of a table answer (ids), header and row count left out.
fn ids(text: &str) -> Vec<String> {
    let out = answer(text, Format::Csv).unwrap_or_else(|e| panic!("{text}: {e}"));
    out.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or("").to_string())
        .collect()
}

// ---------------------------------------------------------------- every form

#[test]
fn indicators_default_columns() {
    insta::assert_snapshot!("indicators", table("indicators"));
}

#[test]
fn indicators_filtered_sorted_limited_with_columns() {
    insta::assert_snapshot!(
        "indicators_filtered",
        table("indicators where (lead = yte or lead = gddt) and not status = achieved sort by latest desc limit 5 columns id, lead, status, latest, period")
    );
}

#[test]
fn every_field_filters() {
    let cases: &[(&str, &[&str])] = &[
        ("indicators where objective = d", &["27", "28", "29"]),
        ("indicators where support = ldtbxh", &["14"]),
        ("indicators where owner = congan", &["14"]),
        ("indicators where lead = congan", &["14"]),
        ("indicators where unit = per_100k", &["16a", "16b"]),
        ("indicators where unit = \"‰\"", &["3", "4", "5", "14"]),
        (
            "indicators where direction = decrease and objective = a",
            &["3", "4", "5", "6", "7", "10"],
        ),
        (
            "indicators where target_year = 2030 and not target_year = 2025",
            &["10"],
        ),
        ("indicators where target_value >= 400", &["16a"]),
        (
            "indicators where source ~ \"chi tieu 2\" and objective = c",
            &[
                "20", "21", "22a", "22b", "23a", "23b", "24", "25a", "25b", "26",
            ],
        ),
        ("indicators where number = 16", &["16a", "16b"]),
        ("indicators where id in (3, 16b, 29)", &["3", "16b", "29"]),
        ("indicators where status = regressing", &["1", "12", "22b"]),
        ("indicators where status = missed", &["17"]),
        ("indicators where latest < 1", &["14", "22b", "23b"]),
        ("indicators where milestone = 2030", &["10", "18"]),
        (
            "indicators where period = 2024 and latest > 99",
            &["16a", "21"],
        ),
        (
            "indicators where note ~ \"phan dau\" and objective = a",
            &["11"],
        ),
    ];
    for (q, expected) in cases {
        assert_eq!(ids(q), *expected, "{q}");
    }
}

#[test]
fn targets_due_in_a_year() {
    insta::assert_snapshot!(
        "targets_due_2030",
        table("targets due 2030 where objective = a")
    );
    // A maintain target is due in every year of its span; a rate target in every year too.
    assert_eq!(
        ids("targets due 2027 where kind != level"),
        ["8", "9", "11", "18", "21"]
    );
}

#[test]
fn targets_fields() {
    assert_eq!(
        ids("targets where strive = yes and year = 2030 and objective = d"),
        ["27", "28"]
    );
    assert_eq!(
        ids("targets where ratio > 1.5"),
        ids("targets where ratio >= 1.5 and ratio != 1.5")
    );
    let out = table("targets where id = 3 columns id, target, kind, year, op, value, status, baseline, latest, expected, projected, ratio");
    insta::assert_snapshot!("targets_of_3", out);
}

#[test]
fn show_one_indicator_with_everything() {
    insta::assert_snapshot!("show_3", table("show 3"));
    insta::assert_snapshot!("show_16", table("show 16"));
    let json: serde_json::Value =
        serde_json::from_str(&answer("show 16a", Format::Json).expect("json")).expect("valid JSON");
    assert_eq!(json["id"], "16a");
    assert_eq!(json["lead"][0]["agency"], "ldtbxh");
    assert_eq!(json["lead"][0]["ref"], "V.1");
    assert_eq!(json["targets"][0]["status"], "achieved");
    assert_eq!(json["data"].as_array().map(Vec::len), Some(5));
    let csv = answer("show 8", Format::Csv).expect("csv");
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("id,target,status,baseline_period,baseline,latest_period,latest,expected,projected,ratio,note\n"));
}

#[test]
fn show_an_agency() {
    insta::assert_snapshot!("show_gddt", table("show gddt"));
}

#[test]
fn agencies_with_what_they_lead_support_and_owe() {
    insta::assert_snapshot!("agencies", table("agencies"));
    assert_eq!(
        ids("agencies where late > 0 sort by late desc, id"),
        ids("agencies where late >= 1 sort by late desc, id")
    );
    assert_eq!(ids("agencies where supports = 14"), ["ldtbxh"]);
}

#[test]
fn reports_due_between_dates() {
    insta::assert_snapshot!(
        "reports_due_2025_h1",
        table("reports due 2025-01-01..2025-06-30 where agency in (yte, gddt, congan)")
    );
    // Past the as-of date reports are upcoming.
    assert_eq!(ids("reports due 2026 where status != upcoming").len(), 0);
    assert_eq!(ids("reports due 2026").len(), 22);
}

#[test]
fn late_and_missing_reports() {
    insta::assert_snapshot!(
        "late_reports",
        table("late reports sort by days_late desc limit 5")
    );
    insta::assert_snapshot!("missing_reports", table("missing reports"));
    assert_eq!(
        ids("late reports"),
        ids("reports where status = late"),
        "`late reports` is `reports where status = late`"
    );
}

#[test]
fn counts_grouped_by_fields() {
    insta::assert_snapshot!(
        "count_status_owner",
        table("count indicators by status, owner")
    );
    insta::assert_snapshot!(
        "count_reports",
        table("count reports due 2024 by status sort by count desc")
    );
    // An indicator with two leads counts once for each.
    let total: f64 = answer("count indicators by lead", Format::Csv)
        .expect("csv")
        .lines()
        .skip(1)
        .filter_map(|l| l.rsplit(',').next()?.parse::<f64>().ok())
        .sum();
    assert_eq!(total, 34.0, "33 measures, indicator 14 has two leads");
}

#[test]
fn objectives_list_their_indicators() {
    insta::assert_snapshot!("objectives", table("objectives"));
}

#[test]
fn formats_json_and_csv() {
    let json: serde_json::Value = serde_json::from_str(
        &answer(
            "indicators where id in (3, 14) columns id, lead, target_year, latest",
            Format::Json,
        )
        .expect("json"),
    )
    .expect("valid JSON");
    assert_eq!(
        json,
        serde_json::json!([
            { "id": "3", "lead": ["yte"], "target_year": [2025, 2030], "latest": 10.51716 },
            { "id": "14", "lead": ["ldtbxh", "congan"], "target_year": [2025, 2030], "latest": 0.12383 },
        ])
        .as_array()
        .map(|rows| {
            // The latest values are computed from counts: compare them after the fact.
            let mut rows = rows.clone();
            for (row, got) in rows.iter_mut().zip(json.as_array().into_iter().flatten()) {
                row["latest"] = got["latest"].clone();
            }
            serde_json::Value::Array(rows)
        })
        .unwrap_or_default()
    );
    assert!(json[0]["latest"]
        .as_f64()
        .is_some_and(|v| (v - 10.52).abs() < 0.01));
    let csv = answer("count targets by kind", Format::Csv).expect("csv");
    assert_eq!(csv, "kind,count\nlevel,57\nmaintain,4\nrate,1\n");
}

// ---------------------------------------------------------------- diacritics

#[test]
fn text_matching_ignores_case_and_vietnamese_diacritics() {
    let model = &loaded().plan.model;
    // "tre em" finds every title with "trẻ em", written with its diacritics in the plan.
    let with_tre_em: Vec<String> = model
        .measures
        .values()
        .filter(|m| m.title.to_lowercase().contains("trẻ em"))
        .map(|m| m.id.clone())
        .collect();
    assert!(with_tre_em.len() > 15, "{with_tre_em:?}");
    assert_eq!(ids("indicators where \"tre em\""), with_tre_em);
    assert_eq!(ids("indicators where title ~ \"TRẺ EM\""), with_tre_em);
    assert!(
        !with_tre_em.contains(&"3".to_string()),
        "3 speaks of trẻ sơ sinh"
    );
    assert_eq!(ids("indicators where \"tiem chung\""), ["8", "9"]); // tiêm chủng
    assert_eq!(ids("indicators where \"suy dinh duong\""), ["6", "7"]); // suy dinh dưỡng
    assert_eq!(ids("indicators where \"tao hon\""), ["18"]); // Tỷ lệ tảo hôn
    assert_eq!(ids("indicators where title ~ \"Tỷ lệ tảo hôn\""), ["18"]);
    assert_eq!(ids("indicators where title = \"ty le tao hon\""), ["18"]);
    assert_eq!(
        ids("indicators where \"khai sinh\" or \"HIV\""),
        ["10", "19"]
    );
    assert_eq!(ids("objectives where title ~ \"bao ve tre em\""), ["b"]);
    // "y te" finds Sở Y tế by its name, as an agency and as a lead.
    assert_eq!(ids("agencies where \"y te\""), ["yte"]);
    assert_eq!(
        ids("indicators where lead ~ \"y te\""),
        ids("indicators where lead = yte")
    );
    assert_eq!(
        ids("indicators where lead = \"so y te\""),
        ids("indicators where lead = yte")
    );
    assert_eq!(ids("indicators where lead = \"Sở Y tế\"").len(), 9);
    // đ is a letter of its own, folded to d by hand.
    assert_eq!(
        ids("agencies where name ~ \"doan thanh nien\""),
        ["doanthanhnien"]
    );
    assert_eq!(
        ids("agencies where name ~ \"đoàn thanh niên\""),
        ["doanthanhnien"]
    );
    assert_eq!(
        ids("reports where title ~ \"bao cao nam\" and agency = yte and period = 2021"),
        ["yte"]
    );
}

// ---------------------------------------------------------------- wrong queries

#[test]
fn wrong_queries_get_exact_diagnostics() {
    let cases = [
        ("indicators where owenr = yte", "query:1:18: error[query::unknown_field]: unknown field `owenr`; did you mean `owner`?"),
        ("indicatrs", "query:1:1: error[query::unknown_subject]: unknown query `indicatrs`; did you mean `indicators`?"),
        ("indicators where lead = yet", "query:1:25: error[query::unknown_value]: the plan has no agency `yet`; did you mean `yte`?"),
        ("indicators where status = ontrack", "query:1:27: error[query::unknown_value]: `ontrack` is not a status; did you mean `on_track`?"),
        ("indicators where objective = zz", "query:1:30: error[query::unknown_value]: the plan has no objective `zz`; `objective` takes one of: a, b, c, d"),
        ("indicators where id = 16", "query:1:23: error[query::unknown_value]: the plan has no indicator or part `16`; indicator 16 has parts 16a, 16b: name one of them, or use `number = 16` on indicators"),
        ("indicators where target_year = soon", "query:1:32: error[query::type_mismatch]: `target_year` is a number, and `soon` is not; compare `target_year` with a number, e.g. `target_year >= 2025`"),
        ("indicators where title < 3", "query:1:24: error[query::type_mismatch]: `<` orders numbers and dates, but `title` is text; use `=`, `!=` or `~` (contains) with `title`"),
        ("indicators where latest ~ 3", "query:1:25: error[query::type_mismatch]: `~` looks for text, but `latest` is a number; compare it with =, !=, <, <=, > or >="),
        ("reports where due > 2025", "query:1:21: error[query::type_mismatch]: `due` is a date, and `2025` is not; write a date as YYYY-MM-DD, e.g. `due >= 2025-01-01`"),
        ("indicators due 2025", "query:1:12: error[query::not_applicable]: `due` applies to targets, reports, tasks and projects, not to indicators; write `targets due 2025` for the targets of that year, or `reports due ...` for deadlines"),
        ("missing targets", "query:1:1: error[query::not_applicable]: `missing` applies to reports, not to targets; write `missing reports`"),
        ("count indicators by status columns id", "query:1:28: error[query::not_applicable]: a count shows its groups and `count`, so `columns` does not apply; choose the groups with `by`: `count indicators by status, lead`"),
        ("count indicators by status sort by lead", "query:1:36: error[query::unknown_field]: a count cannot be sorted by `lead`; sort by one of its columns: status, count"),
        ("count indicators by stauts", "query:1:21: error[query::unknown_field]: unknown field `stauts`; did you mean `status`?"),
        ("count indicators by owner, status, owner", "query:1:36: error[query::repeated_field]: `owner` is named twice after `by`; group by each field once: remove this `owner`"),
        ("indicators limit 2 limit 3", "query:1:20: error[query::repeated_clause]: `limit` is written twice; keep one `limit`"),
        ("indicators limit 2.5", "query:1:18: error[query::bad_limit]: `limit 2.5` is not a whole number of rows; write how many rows to keep, e.g. `limit 10`"),
        ("indicators columns id, titel", "query:1:24: error[query::unknown_field]: unknown field `titel`; did you mean `title`?"),
        ("indicators sort by zzz", "query:1:20: error[query::unknown_field]: unknown field `zzz`; indicators have the fields id, title, objective, lead, support, owner, unit, direction, source, number, target_year, target_value, milestone, status, latest, period, note"),
        ("show 99", "query:1:6: error[query::unknown_id]: the plan has no indicator, part, agency, task or project `99`; did you mean `9`?"),
        ("show yet", "query:1:6: error[query::unknown_id]: the plan has no indicator, part, agency, task or project `yet`; did you mean `yte`?"),
        ("indicators where (lead = yte", "query:1:18: error[query::incomplete]: this parenthesis is never closed; close it with `)`"),
        ("indicators where \"tre em", "query:1:18: error[query::incomplete]: this text is never closed; close it with `\"`"),
        ("indicators where lead =", "query:1:24: error[query::incomplete]: the query stops here, but a value (a word, a number, a date or a quoted text) should follow; finish the query with a value (a word, a number, a date or a quoted text)"),
        ("indicators where lead == yte", "query:1:24: error[query::syntax]: expected a value (a word, a number, a date or a quoted text), found `=`; see `:help syntax` for the forms a query takes"),
        ("reports due 2025-02-30", "query:1:13: error[query::syntax]: expected a year (2025) or two dates (2025-01-01..2025-06-30), found `2025`; see `:help syntax` for the forms a query takes"),
    ];
    for (q, expected) in cases {
        assert_eq!(error(q), expected, "{q}");
    }
    let deep = format!("indicators where {}a = 1{}", "(".repeat(65), ")".repeat(65));
    assert_eq!(
        error(&deep),
        "query:1:82: error[query::too_deep]: the query nests parentheses more than 64 deep; a query may nest at most 64 parentheses; remove the ones that group a single condition, or split the query in two"
    );
    // Every code of the query language has its case here.
    let shown: Vec<String> = cases
        .iter()
        .map(|(_, e)| e.to_string())
        .chain([error(&deep)])
        .collect();
    for code in planlang::Code::ALL.iter().filter(|c| c.in_queries()) {
        let tag = format!("error[{}]", code.as_str());
        assert!(
            shown.iter().any(|e| e.contains(&tag)),
            "no case shows {}",
            code.as_str()
        );
    }
}

#[test]
fn a_wrong_query_is_drawn_with_its_text() {
    let source = Source::new("query", "indicators where owenr = yte");
    let e = query::run(ctx(), &source).expect_err("unknown field");
    insta::assert_snapshot!(
        "owenr_human",
        planlang::render::diagnostics::human(&e, Lang::En, false, 80)
    );
}

/// `show` says which parent indicator a measure takes up, and a lead not named yet (`lead ?`)
/// with its reason: the national program, whose text lost its assignments.
#[test]
fn show_names_the_parent_indicator_and_a_lead_to_fill() {
    let shown = table("show 3");
    assert!(
        shown.contains("\n  parent      adopts national.3a\n"),
        "{shown}"
    );
    let adapted = table("show 1");
    assert!(
        adapted.contains("\n  parent      adapts national.1 because Sơn La đặt mục tiêu riêng"),
        "{adapted}"
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let national = planlang::load_path(root.join("plans/national/children-2021-2030.plan"))
        .expect("the national plan");
    let data = planlang::data::DataSet::default();
    let facts = Facts::new(
        &national.model,
        &data,
        Date::parse("2025-06-30").expect("date"),
    );
    let ctx = Context {
        model: &national.model,
        facts: &facts,
    };
    let out = query::run(ctx, &Source::new("query", "show 7"))
        .map(|a| planlang::render::query::render(&a, Format::Table))
        .unwrap_or_else(|e| {
            panic!(
                "show 7: {}",
                planlang::render::diagnostics::short_with_help(&e, Lang::En)
            )
        });
    assert!(
        out.contains("lead        ? (not named yet: Điều 2 khoản 1-7"),
        "{out}"
    );
    assert!(!out.contains("\n  parent "), "{out}");
}
