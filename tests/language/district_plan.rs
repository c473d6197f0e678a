//! The example district plan (plans/districts/moc-chau-children-2021-2030.plan) implements the
//! Sơn La plan: every provincial measure adopted, adapted or waived, none missing; its own
//! warnings are the ones its header comment lists as true.

use planlang::cascade::{links, Take};

const DISTRICT: &str = "plans/districts/moc-chau-children-2021-2030.plan";
const SON_LA: &str = "plans/son-la-children-2021-2030.plan";

fn district() -> planlang::Checked {
    planlang::load_path(DISTRICT).expect("the district plan is readable")
}

#[test]
fn every_son_la_measure_is_taken_up_or_waived() {
    let plan = district();
    let son_la = planlang::load_path(SON_LA).unwrap();
    let links = links(&plan.model);
    let parent = links
        .parent
        .expect("the district plan implements an import");
    assert_eq!(parent.alias, "son_la");
    assert!(links.bad.is_empty());
    // The imported model is the Sơn La plan itself.
    assert_eq!(
        parent.model.measures.keys().collect::<Vec<_>>(),
        son_la.model.measures.keys().collect::<Vec<_>>()
    );
    let (mut adopted, mut adapted, mut waived, mut missing) = (vec![], vec![], vec![], vec![]);
    for id in son_la.model.measures.keys() {
        match links.take_named(id) {
            Take::Adopted { by } => {
                // The same number, except provincial 16a: the district's indicator 16 is its
                // part a alone (part b is waived).
                let mine = if id == "16a" { "16" } else { id.as_str() };
                assert_eq!(by, [mine], "{id}");
                adopted.push(id.as_str());
            }
            Take::Adapted { because, .. } => {
                assert!(because.starts_with("Ví dụ minh họa"), "{id}: {because}");
                adapted.push(id.as_str());
            }
            Take::Waived { because } => {
                assert!(because.starts_with("Ví dụ minh họa"), "{id}: {because}");
                waived.push(id.as_str());
            }
            Take::Missing => missing.push(id.as_str()),
        }
    }
    assert!(missing.is_empty(), "not mapped: {missing:?}");
    assert_eq!(adapted, ["1", "7", "26"]);
    assert_eq!(waived, ["10", "16b"]);
    assert_eq!(adopted.len(), son_la.model.measures.len() - 5);
    // The district adds no indicator of its own: each takes up a provincial one.
    assert!(plan.model.measures.values().all(|m| m.maps.is_some()));
}

#[test]
fn the_district_plan_checks_with_only_its_documented_warnings() {
    let plan = district();
    let errors: Vec<_> = plan.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut own: Vec<(&str, usize)> = plan
        .diagnostics
        .iter()
        .filter(|d| d.file() == plan.source.name())
        .map(|d| (d.code().as_str(), d.line_col().0))
        .collect();
    own.sort();
    let codes: Vec<&str> = own.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        codes,
        [
            "plan::less_ambitious",
            "plan::less_ambitious",
            "plan::numbering_gap"
        ],
        "{own:?}"
    );
    // Both less_ambitious warnings are on indicator 7's targets, the gap is before 11.
    let text = plan.source.text();
    let line = |n: usize| text.lines().nth(n - 1).unwrap_or("").trim();
    assert_eq!(line(own[0].1), "target 2025 < 30");
    assert_eq!(line(own[1].1), "target 2030 < 27");
    assert!(line(own[2].1).starts_with("indicator 11 "));
}

#[test]
fn the_district_plan_is_marked_as_an_example_and_names_every_lead() {
    let plan = district();
    let document = plan.model.plan.document.as_deref().unwrap_or("");
    assert!(document.starts_with("EXAMPLE"), "{document}");
    assert!(document.contains("không phải văn bản thật"));
    assert_eq!(plan.model.plan.area.as_deref(), Some("Huyện Mộc Châu"));
    for m in plan.model.measures.values() {
        assert_eq!(m.lead.len(), 1, "{} has one lead", m.id);
        assert!(m.lead_to_fill.is_none(), "{} still says `lead ?`", m.id);
        let lead = &m.lead[0].agency.name;
        assert!(
            plan.model.agencies.contains_key(lead) && !lead.contains('.'),
            "{}: the lead `{lead}` is a district agency",
            m.id
        );
    }
    // The district's own area comes first: `plan eval` evaluates it by default.
    let top = plan
        .model
        .areas
        .values()
        .find(|a| a.parent.is_none())
        .unwrap();
    assert_eq!(top.id, "moc_chau");
}
