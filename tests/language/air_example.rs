//! The example city plan (plans/examples/ha-noi-air-quality-EXAMPLE.plan) implements the
//! national air quality plan (2530/QĐ-TTg): it was started with `plan new`, every national
//! measure is adopted, adapted or waived, none missing; it is marked as an example; its own
//! warnings are the one its header comment lists as true.

use planlang::cascade::{links, Take};
use planlang::i18n::Lang;
use planlang::model::{KindName, Model, Target};
use planlang::scaffold::new_plan;

const EXAMPLE: &str = "plans/examples/ha-noi-air-quality-EXAMPLE.plan";
const NATIONAL: &str = "plans/national/air-quality-2026-2030.plan";

fn example() -> planlang::Checked {
    planlang::load_path(EXAMPLE).expect("the example plan is readable")
}

fn national() -> planlang::Checked {
    let n = planlang::load_path(NATIONAL).expect("the national plan is readable");
    assert!(!n.has_errors(), "{:#?}", n.diagnostics);
    n
}

/// A target as comparable data: kind, first and last year, comparison, value, strive.
type Key = (KindName, Option<i32>, Option<i32>, String, String, bool);

fn key(t: &Target) -> Key {
    (
        t.kind.name(),
        t.kind.first_year(),
        t.kind.last_year(),
        format!("{:?}", t.op),
        format!("{}..{:?}", t.value, t.value_max),
        t.strive,
    )
}

fn targets(m: &Model, id: &str) -> Vec<Key> {
    m.measures[id].targets.iter().map(key).collect()
}

#[test]
fn the_example_is_marked_as_one() {
    let plan = example();
    let text = plan.source.text();
    assert!(text.starts_with("/*"));
    assert!(text.contains("EXAMPLE — NOT A REAL DOCUMENT"));
    let document = plan.model.plan.document.as_deref().unwrap_or_default();
    assert!(document.starts_with("EXAMPLE/"), "{document}");
    assert!(plan
        .model
        .plan
        .notes
        .iter()
        .any(|n| n.starts_with("VÍ DỤ MINH HỌA, KHÔNG PHẢI VĂN BẢN THẬT")));
    // Every number of its own is marked as invented where it is written.
    for m in plan.model.measures.values() {
        for t in &m.targets {
            let cited = t.reference.as_deref().unwrap_or_default();
            assert!(
                cited.starts_with("Ví dụ") || cited.starts_with("I.") || cited.starts_with("IV."),
                "{}: {cited}",
                m.id
            );
        }
    }
}

#[test]
fn every_national_measure_is_taken_up_or_waived() {
    let plan = example();
    let national = national();
    let links = links(&plan.model);
    let parent = links.parent.expect("the example implements an import");
    assert_eq!(parent.alias, "viet_nam");
    assert!(links.bad.is_empty());
    assert_eq!(
        parent.model.measures.keys().collect::<Vec<_>>(),
        national.model.measures.keys().collect::<Vec<_>>()
    );
    let (mut adopted, mut adapted, mut waived, mut missing) = (vec![], vec![], vec![], vec![]);
    for id in national.model.measures.keys() {
        match links.take_named(id) {
            Take::Adopted { by } => {
                // The same targets as the nation's; 4b is the example's simple indicator 4.
                let mine = if id == "4b" { "4" } else { id.as_str() };
                assert_eq!(by, [mine], "{id}");
                assert_eq!(
                    targets(&plan.model, mine),
                    targets(&national.model, id),
                    "{id}"
                );
                adopted.push(id.as_str());
            }
            Take::Adapted { because, .. } => {
                assert!(because.starts_with("Ví dụ"), "{id}: {because}");
                adapted.push(id.as_str());
            }
            Take::Waived { .. } => waived.push(id.as_str()),
            Take::Missing => missing.push(id.as_str()),
        }
    }
    assert!(missing.is_empty(), "not mapped: {missing:?}");
    assert_eq!(adapted, ["1", "2", "10b"]);
    assert_eq!(waived, ["3", "4a", "10a", "10c"]);
    assert_eq!(adopted.len(), national.model.measures.len() - 7);
    // The adapted ones keep every national target and add the city's own (1, 10b), or ask
    // more (2: 85% for the nation's 80%).
    for (mine, theirs) in [("1", "1"), ("10", "10b")] {
        let own = targets(&plan.model, mine);
        for t in targets(&national.model, theirs) {
            assert!(own.contains(&t), "{mine}: {t:?}");
        }
        assert_eq!(own.len(), national.model.measures[theirs].targets.len() + 1);
    }
    assert_eq!(plan.model.measures["2"].targets[0].value, 85.0);
    assert_eq!(national.model.measures["2"].targets[0].value, 80.0);
    // The city counts PM2.5 from its own 2024 level, as the nation does ("so với mức trung
    // bình năm 2024"): the year-only baseline is taken up with the targets.
    let b = plan.model.measures["1"]
        .baseline
        .as_ref()
        .expect("baseline");
    assert_eq!((b.year, b.value), (2024, None));
    // Every indicator has a lead of the city's.
    for m in plan.model.measures.values() {
        assert!(!m.lead.is_empty() && m.lead_to_fill.is_none(), "{}", m.id);
    }
}

#[test]
fn the_example_checks_with_only_its_documented_warnings() {
    let plan = example();
    let errors: Vec<_> = plan.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let own: Vec<(&str, String)> = plan
        .diagnostics
        .iter()
        .filter(|d| d.file() == plan.source.name())
        .map(|d| (d.code().as_str(), d.message(Lang::En)))
        .collect();
    assert_eq!(
        own,
        [(
            "plan::numbering_gap",
            "the numbering jumps from 2 to 4: 3 is missing".to_string()
        )]
    );
    // The national plan's own warnings are reported when it is checked on its own (and by
    // `plan check` under its file's name), not as the example's.
    assert!(plan
        .diagnostics
        .iter()
        .all(|d| d.file() == plan.source.name()));
}

/// What `plan new` starts the example from: each national measure, its targets, the
/// year-only baselines, and the markers the checker reports until they are filled in (one
/// `lead_to_fill` per indicator, the header), besides what the national text itself brings
/// (two objectives without a number, the two 2030 targets of 10a).
#[test]
fn plan_new_from_the_national_plan_gives_what_the_example_was_filled_in_from() {
    let national = national();
    let examples = std::fs::canonicalize("plans/examples").unwrap();
    let parent = std::fs::canonicalize(NATIONAL).unwrap();
    let from_examples = planlang::scaffold::relative_path(&examples, &parent).unwrap();
    assert_eq!(from_examples, "../national/air-quality-2026-2030.plan");
    // Written in a folder of its own, so that no test that reads plans/ sees it.
    let dir = tempfile::tempdir().unwrap();
    let path =
        planlang::scaffold::relative_path(&std::fs::canonicalize(dir.path()).unwrap(), &parent)
            .unwrap();
    let text = new_plan(&national.model, &path, "Thành phố Hà Nội");
    let out = dir.path().join("ha-noi.plan");
    std::fs::write(&out, &text).unwrap();
    let new = planlang::load_path(&out);
    let new = new.expect("readable");
    assert!(!new.has_errors(), "{:#?}", new.diagnostics);
    let mut codes: Vec<&str> = new
        .diagnostics
        .iter()
        .filter(|d| d.file() == new.source.name())
        .map(|d| d.code().as_str())
        .collect();
    codes.sort();
    let mut expected = vec!["plan::lead_to_fill"; national.model.indicators.len()];
    expected.extend([
        "plan::conflicting_targets",
        "plan::empty_objective",
        "plan::empty_objective",
        "plan::missing_header_field",
    ]);
    expected.sort();
    assert_eq!(codes, expected);
    assert!(text.starts_with("// Kế hoạch hành động quốc gia về khắc phục ô nhiễm"));
    assert!(text.contains("trên địa bàn thành phố Hà Nội"));
    for id in national.model.measures.keys() {
        assert_eq!(
            targets(&new.model, id),
            targets(&national.model, id),
            "{id}"
        );
        let theirs = national.model.measures[id].baseline.as_ref();
        let ours = new.model.measures[id].baseline.as_ref();
        assert_eq!(
            theirs.map(|b| (b.year, b.value)),
            ours.map(|b| (b.year, b.value)),
            "{id}"
        );
    }
    // The example itself differs from it only by what its header says was done by hand.
    let example = example();
    assert_eq!(
        example.model.plan.title, new.model.plan.title,
        "the example keeps the title plan new wrote"
    );
}
