//! The JSON of `plan show` holds the whole model: every top-level part of it has its key (a
//! part added to the model and left out of the JSON fails here), and the keys added for
//! units, dimensions, areas, elements, composites, formulas, named queries and amendments
//! hold the plan's values.

use planlang::model::Model;
use planlang::render::model_json::to_json;
use serde_json::{json, Value};

const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
const CAN_THO: &str = "plans/can-tho-population-2025.plan";
const DONG_NAI: &str = "plans/dong-nai-drugs-2025.plan";
const AMENDMENT: &str = "plans/amendments/son-la-2026-example-targets.plan";

/// How the JSON shows a part of the model.
enum Shown {
    /// Under this key, there even when the part is empty.
    Always(&'static str),
    /// Under this key, left out when the part is empty.
    WhenAny(&'static str),
    /// Not shown, for this reason.
    Not(&'static str),
}

/// Each top-level field of `Model`, and how the JSON shows it.
const PARTS: &[(&str, Shown)] = &[
    (
        "source",
        Shown::Not("the file itself: the JSON says what it holds"),
    ),
    ("plan", Shown::Always("plan")),
    ("agencies", Shown::Always("agencies")),
    ("units", Shown::Always("units")),
    ("dimensions", Shown::Always("dimensions")),
    ("objectives", Shown::Always("objectives")),
    // Indicators with parts; every indicator's measures are in `indicators`.
    ("indicators", Shown::Always("composites")),
    ("measures", Shown::Always("indicators")),
    ("reports", Shown::Always("reports")),
    ("reviews", Shown::Always("reviews")),
    ("areas", Shown::Always("areas")),
    ("elements", Shown::Always("elements")),
    ("imports", Shown::WhenAny("imports")),
    ("waivers", Shown::WhenAny("waivers")),
    ("queries", Shown::Always("queries")),
    ("amendment", Shown::WhenAny("amendment")),
    ("projects", Shown::WhenAny("projects")),
    ("tasks", Shown::WhenAny("tasks")),
];

fn load(path: &str) -> Model {
    let checked = planlang::load_path(path).expect("readable");
    assert!(!checked.has_errors(), "{path}: {:#?}", checked.diagnostics);
    checked.model
}

fn json_of(model: &Model) -> Value {
    serde_json::from_str(&to_json(model)).expect("JSON")
}

/// The names of `Model`'s fields, read from its `Debug` form (the top level is indented by
/// four spaces), so the list cannot fall behind the type.
fn model_fields() -> Vec<String> {
    let model = planlang::load_str("a.plan", "plan \"A\" { period 2021..2030 }\n").model;
    format!("{model:#?}")
        .lines()
        .filter_map(|line| {
            let name = line.strip_prefix("    ")?.split_once(": ")?.0;
            let is_field = name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            is_field.then(|| name.to_string())
        })
        .collect()
}

#[test]
fn every_part_of_the_model_is_in_the_json() {
    let fields = model_fields();
    assert!(fields.len() >= 18, "{fields:?}");
    let listed: Vec<&str> = PARTS.iter().map(|(f, _)| *f).collect();
    for field in &fields {
        assert!(
            listed.contains(&field.as_str()),
            "`Model::{field}` is not in the JSON of `plan show`: add it to \
             render::model_json and to PARTS here"
        );
    }
    // Between them, these plans have every part the JSON leaves out when it is empty.
    let models = [SON_LA, CAN_THO, DONG_NAI, AMENDMENT].map(load);
    let jsons: Vec<Value> = models.iter().map(json_of).collect();
    for (field, shown) in PARTS {
        let (key, always) = match shown {
            Shown::Always(key) => (key, true),
            Shown::WhenAny(key) => (key, false),
            Shown::Not(why) => {
                assert!(
                    !why.is_empty(),
                    "Model::{field} is left out without a reason"
                );
                continue;
            }
        };
        let present = jsons.iter().filter(|j| j.get(key).is_some()).count();
        if always {
            assert_eq!(
                present,
                jsons.len(),
                "`{key}` (Model::{field}) is always there"
            );
        } else {
            assert!(present > 0, "`{key}` (Model::{field}) appears in no plan");
        }
    }
}

#[test]
fn the_new_keys_hold_the_son_la_plan() {
    let model = load(SON_LA);
    let json = json_of(&model);

    let areas = json["areas"].as_array().expect("areas");
    assert_eq!(areas.len(), model.areas.len());
    assert_eq!(
        areas[0],
        json!({ "id": "son_la", "name": "Tỉnh Sơn La", "parent": null, "kind": "province" })
    );
    assert_eq!(areas[1]["parent"], "son_la");

    let elements = json["elements"].as_array().expect("elements");
    assert_eq!(elements.len(), model.elements.len());
    assert_eq!(
        elements[0],
        json!({ "id": "live_births", "title": "Số trẻ đẻ sống" })
    );

    let indicator = |id: &str| {
        json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("no indicator {id}"))
            .clone()
    };
    assert_eq!(
        indicator("3")["formula"],
        json!({ "numerator": "neonatal_deaths", "denominator": "live_births", "factor": 1000.0 })
    );
    assert_eq!(indicator("1")["formula"], Value::Null);
    for i in json["indicators"].as_array().unwrap() {
        assert!(
            i["aggregate"].is_string() || i["aggregate"].is_object(),
            "{i}"
        );
    }

    let composites = json["composites"].as_array().expect("composites");
    let numbers: Vec<&str> = composites
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = model
        .indicators
        .values()
        .filter(|i| i.is_composite)
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(numbers, expected);
    assert!(numbers.contains(&"16"));
    let sixteen = composites.iter().find(|c| c["number"] == "16").unwrap();
    assert_eq!(sixteen["parts"], json!(["16a", "16b"]));
    assert_eq!(sixteen["title"], model.indicators["16"].title);

    let queries = json["queries"].as_array().expect("queries");
    assert_eq!(queries.len(), model.queries.len());
    assert!(!queries.is_empty());
    for (q, declared) in queries.iter().zip(model.queries.values()) {
        assert_eq!(q, &json!({ "id": declared.id, "text": declared.text }));
    }
    // Sơn La declares no units or dimensions of its own: the keys are there, empty.
    assert_eq!(json["units"], json!([]));
    assert_eq!(json["dimensions"], json!([]));
}

#[test]
fn declared_units_and_dimensions_are_in_the_json() {
    let json = json_of(&load(CAN_THO));
    let units = json["units"].as_array().expect("units");
    let sex_ratio = units
        .iter()
        .find(|u| u["id"] == "gioi_tinh_khi_sinh")
        .expect("gioi_tinh_khi_sinh");
    assert_eq!(
        sex_ratio,
        &json!({
            "id": "gioi_tinh_khi_sinh",
            "symbol": "bé trai/100 bé gái",
            "per": 100.0,
            "of": "bé gái sinh ra sống",
            "min": 0.0,
            "max": null,
            "growth": false,
            "scale": null,
        })
    );

    let plan = planlang::load_str(
        "d.plan",
        r#"plan "P" { period 2021..2030 }
dimension khu_vuc "Khu vực" { thanh_thi "Thành thị"  nong_thon "Nông thôn" }
indicator 1 "T" { unit percent direction increase target 2025 >= 90 where khu_vuc = thanh_thi }
"#,
    );
    let json = json_of(&plan.model);
    assert_eq!(
        json["dimensions"],
        json!([{
            "id": "khu_vuc",
            "title": "Khu vực",
            "values": { "thanh_thi": "Thành thị", "nong_thon": "Nông thôn" },
        }])
    );
    assert_eq!(
        json["indicators"][0]["targets"][0]["where"],
        json!({ "khu_vuc": "thanh_thi" })
    );
}

#[test]
fn an_amendment_file_shows_its_changes() {
    let json = json_of(&load(AMENDMENT));
    let a = &json["amendment"];
    assert_eq!(a["amends"], "son_la");
    assert_eq!(a["effective"], "2026-01-01");
    let changes = a["changes"].as_array().expect("changes");
    assert_eq!(changes[0]["change"], "measure");
    assert_eq!(changes[0]["measure"], "son_la.1");
    assert_eq!(changes[0]["lead"], json!(["son_la.yte"]));
    let target = &changes[0]["targets"][0];
    assert_eq!(
        (target["year"].as_i64(), target["value"].as_f64()),
        (Some(2030), Some(75.0))
    );
    assert_eq!(target["ref"], "Điều 1 (ví dụ)");
    assert!(changes
        .iter()
        .any(|c| c["change"] == "report" && c["due"] == "12-10"));
    // A plan has no `amendment` key.
    assert!(json_of(&load(SON_LA)).get("amendment").is_none());
}
