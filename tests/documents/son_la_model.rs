//! The Sơn La plan checked against its source document: the document's text, from the folder `PLANLANG_SOURCES` names (tests/documents/seed.rs),
//! is read and compared with the model, so a wrong number or owner in the plan file fails.

use crate::seed;
use crate::support;
use planlang::model::Deadline;

use planlang::model::{Comparator, KindName, Model};
use std::collections::{BTreeMap, BTreeSet};

const PLAN: &str = "plans/son-la-children-2021-2030.plan";

fn model() -> Model {
    let checked = planlang::load_path(PLAN).expect("the Sơn La plan is readable");
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
    checked.model
}

fn seed() -> Option<String> {
    seed::read("son-la-196-QD-UBND-2021.txt")
}

/// The text of each numbered indicator ("Chỉ tiêu N: ...") in section II.1; the unnumbered
/// bullet after indicator 25 belongs to it (its part b).
fn indicator_lines(seed: &str) -> BTreeMap<u32, String> {
    let mut lines = BTreeMap::new();
    let mut last = None;
    for line in seed.lines() {
        if let Some(rest) = line.strip_prefix("- Chỉ tiêu ") {
            let (n, text) = rest.split_once(':').expect("Chỉ tiêu N: text");
            let n: u32 = n.trim().parse().expect("indicator number");
            lines.insert(n, text.to_string());
            last = Some(n);
        } else if line.starts_with("- Tỷ lệ trẻ em khuyết tật") {
            let n = last.expect("a bullet after a numbered indicator");
            lines.entry(n).or_insert_with(String::new).push_str(line);
        } else if line.starts_with("2. Đối tượng") {
            break;
        }
    }
    lines
}

/// Numbers followed by a unit sign (`9,5‰`, `65%`, `450/100.000`), decimal comma read.
fn values(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            && (i == 0
                || !chars[i - 1].is_ascii_digit() && chars[i - 1] != ',' && chars[i - 1] != '.')
        {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',') {
                i += 1;
            }
            let number: String = chars[start..i].iter().collect();
            let rest: String = chars[i..].iter().take(8).collect();
            if rest.starts_with('%') || rest.starts_with('‰') || rest.starts_with("/100.000") {
                let v: f64 = number.replace(',', ".").parse().expect("a number");
                out.insert(format!("{v}"));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Four-digit years after "năm".
fn years(text: &str) -> BTreeSet<i32> {
    text.split("năm ")
        .skip(1)
        .filter_map(|s| s.get(..4)?.parse().ok())
        .collect()
}

#[test]
fn four_objectives_and_the_29_numbers() {
    let m = model();
    let objectives: Vec<&str> = m.objectives.keys().map(String::as_str).collect();
    assert_eq!(objectives, ["a", "b", "c", "d"]);
    support::assert_numbered(&m, 29, &["16", "22", "23", "25"], 33);
    let composite = m.measures["25b"].parent.and_then(|p| m.at(p));
    assert_eq!(composite.map(|i| i.number.as_str()), Some("25"));
}

#[test]
fn every_target_value_and_year_is_the_documents() {
    let m = model();
    let Some(seed) = seed() else { return };
    let lines = indicator_lines(&seed);
    assert_eq!(lines.len(), 29, "the seed's indicator lines");
    for (n, text) in &lines {
        let indicator = &m.indicators[&n.to_string()];
        let targets: Vec<_> = m.measures_of(indicator).flat_map(|x| &x.targets).collect();
        let model_values: BTreeSet<String> = targets
            .iter()
            .map(|t| format!("{}", t.value.abs()))
            .collect();
        assert_eq!(
            model_values,
            values(text),
            "values of indicator {n}: {text}"
        );
        let model_years: BTreeSet<i32> = targets
            .iter()
            .flat_map(|t| t.kind.first_year().into_iter().chain(t.kind.last_year()))
            .collect();
        assert_eq!(model_years, years(text), "years of indicator {n}: {text}");
    }
}

#[test]
fn comparators_follow_the_documents_words() {
    let m = model();
    let op = |id: &str, year: i32| {
        m.measures[id]
            .targets
            .iter()
            .find(|t| t.kind.name() == KindName::Level && t.kind.first_year() == Some(year))
            .map(|t| (t.op, t.value, t.strive))
    };
    // "dưới 9,5‰" is below; "xuống 12,5‰" is at most; "đạt 65%" is at least.
    assert_eq!(op("3", 2025), Some((Comparator::Below, 9.5, false)));
    assert_eq!(op("4", 2025), Some((Comparator::AtMost, 12.5, false)));
    assert_eq!(op("1", 2025), Some((Comparator::AtLeast, 65.0, false)));
    // "đạt 98,5% vào năm 2025, phần đầu 100% vào năm 2030": only 2030 strives.
    assert_eq!(op("19", 2025), Some((Comparator::AtLeast, 98.5, false)));
    assert_eq!(op("19", 2030), Some((Comparator::AtLeast, 100.0, true)));
    assert_eq!(op("23b", 2030), Some((Comparator::Below, 0.02, true)));
    let rate = &m.measures["18"].targets[0];
    assert_eq!(
        (rate.kind.name(), rate.op, rate.value, rate.kind.last_year()),
        (KindName::Rate, Comparator::AtMost, -0.5, Some(2030))
    );
    let maintain = &m.measures["8"].targets[1];
    assert_eq!(
        (
            maintain.kind.name(),
            maintain.kind.first_year(),
            maintain.kind.last_year()
        ),
        (KindName::Maintain, Some(2025), Some(2030))
    );
    let whole = &m.measures["17"].targets[0];
    assert_eq!((whole.kind.first_year(), whole.strive), (None, true));
    let unit = m.measures["3"]
        .unit
        .as_ref()
        .and_then(|u| u.unit.clone())
        .expect("unit");
    assert_eq!(
        (unit.id.as_str(), unit.of.as_deref()),
        ("per_mille", Some("trẻ đẻ sống"))
    );
    let unit = m.measures["16b"]
        .unit
        .as_ref()
        .and_then(|u| u.unit.clone())
        .expect("unit");
    assert_eq!((unit.id.as_str(), unit.per), ("per_100k", Some(100000.0)));
}

/// Section V: which sub-section names which indicators ("các chỉ tiêu 1, 2, 12 ...").
fn section_v_assignments(seed: &str) -> BTreeMap<u32, BTreeSet<u32>> {
    let start = seed.find("V. TỔ CHỨC THỰC HIỆN").expect("section V");
    let end = seed.find("VI. CHẾ ĐỘ THÔNG TIN").expect("section VI");
    let mut current = 0;
    let mut out: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    for line in seed[start..end].lines() {
        if let Some((n, _)) = line.split_once(". ") {
            if let Ok(n) = n.parse::<u32>() {
                current = n;
            }
        }
        for chunk in line.split("chỉ tiêu ").skip(1) {
            let list: String = chunk
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == ' ')
                .collect();
            for n in list.split(',').filter_map(|s| s.trim().parse::<u32>().ok()) {
                out.entry(n).or_default().insert(current);
            }
        }
    }
    out
}

#[test]
fn every_lead_is_assigned_in_section_v() {
    let m = model();
    let agency_of_section = BTreeMap::from([
        (1, "ldtbxh"),
        (2, "tuphap"),
        (3, "congan"),
        (4, "gddt"),
        (5, "yte"),
        (6, "vhttdl"),
    ]);
    let Some(seed) = seed() else { return };
    let assignments = section_v_assignments(&seed);
    assert_eq!(assignments.len(), 29, "section V names every indicator");
    for (n, sections) in assignments {
        let expected: BTreeSet<&str> = sections.iter().map(|s| agency_of_section[s]).collect();
        for measure in m.measures_of(&m.indicators[&n.to_string()]) {
            let leads: BTreeSet<&str> = measure
                .lead
                .iter()
                .map(|o| o.agency.name.as_str())
                .collect();
            assert_eq!(leads, expected, "leads of {}", measure.id);
        }
    }
    let support: Vec<&str> = m.measures["14"]
        .support
        .iter()
        .map(|o| o.agency.name.as_str())
        .collect();
    assert_eq!(
        support,
        ["ldtbxh"],
        "V.3: Công an tỉnh phối hợp với Sở LĐ-TB&XH"
    );
}

#[test]
fn header_reporting_and_reviews() {
    let m = model();
    assert_eq!(m.plan.document.as_deref(), Some("196/QĐ-UBND"));
    assert_eq!(m.plan.period, Some((2021, 2030)));
    let dates: Vec<String> = m.plan.signed.iter().map(|s| s.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2021-04-28", "2021-04-22"],
        "the decision's date, then the attachment's"
    );
    let half = &m.reports["baocao_6thang"];
    assert_eq!(
        half.due_day().map(|d| d.to_string()).as_deref(),
        Some("06-01")
    );
    assert_eq!(
        half.party.to.first().map(|t| t.name.as_str()),
        Some("ldtbxh")
    );
    let year = &m.reports["baocao_nam"];
    assert_eq!(
        year.due_day().map(|d| d.to_string()).as_deref(),
        Some("12-05")
    );
    assert!(year.party.from.iter().any(|a| a.name == "ubnd_huyen"));
    let reviews: Vec<Option<i32>> = m
        .reviews
        .values()
        .map(|r| r.years(&m.plan).first().copied())
        .collect();
    assert_eq!(reviews, [Some(2025), Some(2030)]);
}
