//! Amendments: the plan as amended on a date, the target in force at each milestone, the
//! versions of an indicator, and conflicts; on the bundled Sơn La plan and its two example
//! amendments, and on small amendments written here.

use planlang::amend;
use planlang::date::Date;
use planlang::i18n::Lang;
use planlang::model::Deadline;
use planlang::model::Model;
use planlang::Checked;
use std::path::Path;

const PLAN: &str = "plans/son-la-children-2021-2030.plan";
const TRANSFER: &str = "plans/amendments/son-la-2025-child-affairs-transfer.plan";
const TARGETS: &str = "plans/amendments/son-la-2026-example-targets.plan";

fn load(path: impl AsRef<Path>) -> Checked {
    let checked = planlang::load_path(path.as_ref()).expect("readable");
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked
}

/// The Sơn La plan, and the amendment file at `path`.
fn plan_and(path: &str) -> (Checked, Checked) {
    (load(PLAN), load(path))
}

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn leads(model: &Model, id: &str) -> Vec<String> {
    model.measures[id]
        .lead
        .iter()
        .map(|o| o.agency.name.clone())
        .collect()
}

fn target_2030(model: &Model, id: &str) -> f64 {
    model.measures[id]
        .targets
        .iter()
        .find(|t| t.kind.first_year() == Some(2030))
        .map(|t| t.value)
        .unwrap()
}

#[test]
fn an_amendment_applies_from_its_effective_date() {
    let (plan, transfer) = plan_and(TRANSFER);
    let files = [&transfer.model];
    let before = amend::as_of(&plan.model, &files, date("2025-02-28"));
    assert_eq!(leads(&before, "1"), ["ldtbxh"]);
    assert!(before.plan.amended_by.is_empty());
    let after = amend::as_of(&plan.model, &files, date("2025-03-01"));
    assert_eq!(leads(&after, "1"), ["yte"]);
    assert_eq!(after.plan.amended_by.len(), 1);
    // Every role passes: no measure, report or review names the labour department any more.
    let roles = after
        .measures
        .values()
        .flat_map(|m| m.lead.iter().chain(m.support.iter()));
    assert!(roles.clone().all(|o| o.agency.name != "ldtbxh"));
    assert!(after.reports.values().all(|r| r
        .party
        .from
        .iter()
        .chain(&r.party.to)
        .all(|a| a.name != "ldtbxh")));
    // Indicator 14 had ldtbxh as lead and support: yte is listed once in each role.
    assert_eq!(
        leads(&after, "14").iter().filter(|l| *l == "yte").count(),
        1
    );
    // The report to the ministry goes to the agency the amendment declares.
    assert_eq!(
        after.reports["tonghop_bo"].party.to.first().unwrap().name,
        "bo_yte"
    );
    assert_eq!(after.agencies["bo_yte"].name, "Bộ Y tế");
    // What an agency's roles passed to is the recipient in the amended plan's table, the
    // agency the amendment brought in included, as the evaluation looks it up.
    let position = |name: &str| after.agencies.get_index_of(name);
    let recipient = after.reports["tonghop_bo"].party.to.first().unwrap();
    assert_eq!(recipient.id.map(|i| i.index()), position("bo_yte"));
    assert!(roles
        .clone()
        .all(|o| o.agency.id.map(|i| i.index()) == position(&o.agency.name)));
    assert!(after
        .reports
        .values()
        .flat_map(|r| r.party.agencies())
        .all(|a| a.id.is_some() && a.id.map(|i| i.index()) == position(&a.name)));
    // The plan itself is untouched.
    assert_eq!(leads(&plan.model, "1"), ["ldtbxh"]);
}

#[test]
fn changes_replace_targets_owners_and_the_schedule() {
    let (plan, targets) = plan_and(TARGETS);
    let files = [&targets.model];
    assert_eq!(target_2030(&plan.model, "1"), 70.0);
    let amended = amend::as_of(&plan.model, &files, date("2026-01-01"));
    assert_eq!(target_2030(&amended, "1"), 75.0);
    // The 2025 target stays; the count of targets does not grow (the 2030 one was replaced).
    assert_eq!(
        amended.measures["1"].targets.len(),
        plan.model.measures["1"].targets.len()
    );
    assert_eq!(leads(&amended, "1"), ["yte"]);
    let report = &amended.reports["baocao_nam"];
    assert_eq!(
        (
            report.due_day().unwrap().day,
            report.due_day().unwrap().month
        ),
        (10, 12)
    );
    assert!(report.due_before());
}

#[test]
fn each_milestone_is_judged_against_the_target_in_force_at_its_end() {
    let (plan, targets) = plan_and(TARGETS);
    let files = [&targets.model];
    // Hand-made: an amendment effective 2026 cannot change how 2025 is judged; on 2026-06-30
    // the 2030 milestone is judged against the raised target.
    let judged = amend::for_evaluation(&plan.model, &files, date("2026-06-30"));
    let t = &judged.measures["1"].targets;
    assert_eq!(
        t.iter()
            .find(|t| t.kind.first_year() == Some(2025))
            .unwrap()
            .value,
        65.0
    );
    assert_eq!(target_2030(&judged, "1"), 75.0);
    // Before it took effect, the plan's target.
    let judged = amend::for_evaluation(&plan.model, &files, date("2025-06-30"));
    assert_eq!(target_2030(&judged, "1"), 70.0);
}

#[test]
fn history_lists_each_version_with_its_document() {
    let plan = load(PLAN);
    let transfer = load(TRANSFER);
    let targets = load(TARGETS);
    // Given in any order, versions come in the order they took effect.
    let files = [&targets.model, &transfer.model];
    let versions = amend::history(&plan.model, &files, "1").unwrap();
    let documents: Vec<&str> = versions.iter().map(|v| v.document.as_str()).collect();
    assert_eq!(documents.len(), 3);
    assert_eq!(documents[0], "196/QĐ-UBND");
    assert!(documents[1].starts_with("EXAMPLE-01"));
    assert!(documents[2].starts_with("EXAMPLE-02"));
    assert_eq!(versions[1].from, Some(date("2025-03-01")));
    assert_eq!(versions[0].lead, ["ldtbxh"]);
    assert_eq!(versions[1].lead, ["yte"]);
    let targets: Vec<String> = versions[2]
        .targets
        .iter()
        .map(|t| planlang::target_text::write(t, planlang::target_text::Form::Plan))
        .collect();
    assert_eq!(targets, ["2025 >= 65", "2030 >= 75"]);
    // An indicator neither amendment touches has the plan's version only.
    let untouched = amend::history(&plan.model, &files, "8").unwrap();
    assert_eq!(untouched.len(), 1);
    assert!(amend::history(&plan.model, &files, "99").is_none());
}

fn amendment(dir: &Path, name: &str, effective: &str, body: &str) -> Checked {
    let plan = std::fs::canonicalize(PLAN).unwrap();
    let text = format!(
        "import \"{}\" as son_la\namendment \"{name}\" {{ amends son_la effective {effective} }}\n{body}",
        plan.display()
    );
    let path = dir.join(format!("{name}.plan"));
    std::fs::write(&path, text).unwrap();
    load(path)
}

#[test]
fn amendments_from_the_same_day_that_disagree_conflict() {
    let dir = tempfile::tempdir().unwrap();
    // An amendment `name`, effective on `effective`, that sets the 2030 target of indicator 1.
    let raising = |name: &str, effective: &str, value: u32| {
        let change = format!("change son_la.1 {{ target 2030 >= {value} }}\n");
        amendment(dir.path(), name, effective, &change)
    };
    let a = raising("A", "2025-03-01", 75);
    let b = raising("B", "2025-03-01", 80);
    let c = raising("C", "2025-03-01", 75);
    let d = raising("D", "2025-06-01", 80);
    let conflicts = amend::conflicts(&[&a.model, &b.model]);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].code().as_str(), "plan::amendment_conflict");
    assert!(conflicts[0]
        .message(Lang::En)
        .contains("B sets the 2030 level target of son_la.1 to 2030 >= 80, but A"));
    assert!(conflicts[0].file().ends_with("B.plan"));
    // Agreeing amendments, or a later one superseding, do not conflict.
    assert!(amend::conflicts(&[&a.model, &c.model]).is_empty());
    assert!(amend::conflicts(&[&a.model, &d.model]).is_empty());
    let plan = load(PLAN);
    let amended = amend::as_of(&plan.model, &[&d.model, &a.model], date("2025-07-01"));
    assert_eq!(target_2030(&amended, "1"), 80.0);
}

/// A conflict is a value: what is set (typed, not its words) and the two values, so the
/// words of a message decide nothing. Changes agree when they set the same values, however
/// written: `75` and `75.0`, another `ref`, agencies in another order.
#[test]
fn conflicts_compare_what_is_set_not_its_words() {
    use planlang::diagnostic::{Amendments, Problem, SetTo, Setting};
    use planlang::model::KindName;
    let dir = tempfile::tempdir().unwrap();
    let a = amendment(
        dir.path(),
        "A",
        "2025-03-01",
        "change son_la.1 { target 2030 >= 75 ref \"a\"  lead son_la.yte, son_la.gddt }\n",
    );
    let same = amendment(
        dir.path(),
        "same",
        "2025-03-01",
        "change son_la.1 { target 2030 >= 75.0 ref \"b\"  lead son_la.gddt, son_la.yte }\n",
    );
    assert!(amend::conflicts(&[&a.model, &same.model]).is_empty());
    let other = amendment(
        dir.path(),
        "B",
        "2025-03-01",
        "change son_la.1 { target 2030 >= 80 }\n",
    );
    let found = amend::conflicts(&[&a.model, &other.model]);
    assert_eq!(found.len(), 1);
    let Problem::Amendments(Amendments::Conflict(c)) = &found[0].problem else {
        panic!("not a conflict: {:?}", found[0]);
    };
    assert_eq!(c.document, "B");
    assert_eq!(c.earlier.as_deref(), Some("A"));
    assert_eq!(
        c.setting,
        Setting::Target {
            measure: "son_la.1".into(),
            year: Some(2030),
            kind: KindName::Level
        }
    );
    let value = |v: &SetTo| match v {
        SetTo::Target(t) => t.value,
        other => panic!("not a target: {other:?}"),
    };
    assert_eq!((value(&c.was), value(&c.now)), (75.0, 80.0));
}

/// The transfers of one amendment take effect together: two that swap agencies swap them
/// (one after the other, the second would undo the first and leave every role with one
/// agency), and a chain moves each agency's roles one step, not two.
#[test]
fn the_transfers_of_one_amendment_take_effect_together() {
    let dir = tempfile::tempdir().unwrap();
    let plan = load(PLAN);
    let on = date("2025-07-01");
    let swap = amendment(
        dir.path(),
        "swap",
        "2025-03-01",
        "transfer son_la.ldtbxh to son_la.yte\ntransfer son_la.yte to son_la.ldtbxh\n",
    );
    assert!(amend::conflicts(&[&swap.model]).is_empty());
    let swapped = amend::as_of(&plan.model, &[&swap.model], on);
    assert_eq!(leads(&plan.model, "1"), ["ldtbxh"]);
    assert_eq!(leads(&plan.model, "3"), ["yte"]);
    assert_eq!(leads(&swapped, "1"), ["yte"]);
    assert_eq!(leads(&swapped, "3"), ["ldtbxh"]);
    // Every measure led by one of the two is led by the other, and no other lead moves.
    for (id, m) in &plan.model.measures {
        let before = leads(&plan.model, id);
        let expected: Vec<String> = before
            .iter()
            .map(|a| match a.as_str() {
                "ldtbxh" => "yte".to_string(),
                "yte" => "ldtbxh".to_string(),
                other => other.to_string(),
            })
            .collect();
        assert_eq!(leads(&swapped, id), expected, "{id} ({})", m.id);
    }

    // An amendment of `changes`, effective 2025-03-01, applied on `on`.
    let amended = |name: &str, changes: &str| {
        let file = amendment(dir.path(), name, "2025-03-01", changes);
        amend::as_of(&plan.model, &[&file.model], on)
    };
    let chained = amended(
        "chain",
        "transfer son_la.ldtbxh to son_la.yte\ntransfer son_la.yte to son_la.gddt\n",
    );
    assert_eq!(leads(&chained, "1"), ["yte"]);
    assert_eq!(leads(&chained, "3"), ["gddt"]);

    // A change in the same amendment names agencies as they stand after its transfers.
    let changed = amended(
        "with-change",
        "transfer son_la.ldtbxh to son_la.yte\nchange son_la.3 { lead son_la.ldtbxh }\n",
    );
    assert_eq!(leads(&changed, "1"), ["yte"]);
    assert_eq!(leads(&changed, "3"), ["ldtbxh"]);
}

/// One amendment that sends an agency's roles to two different agencies is a conflict.
#[test]
fn one_agency_transferred_to_two_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::canonicalize(PLAN).unwrap();
    let path = dir.path().join("twice.plan");
    std::fs::write(
        &path,
        format!(
            "import \"{}\" as son_la\namendment \"twice\" {{ amends son_la effective 2025-03-01 }}\n\
             transfer son_la.ldtbxh to son_la.yte\ntransfer son_la.ldtbxh to son_la.gddt\n",
            plan.display()
        ),
    )
    .unwrap();
    let checked = planlang::load_path(&path).unwrap();
    let errors = crate::plans_check_clean::errors(&checked);
    // Told in the order of what they set, at the transfer that sets the later (to yte, on
    // line 3), whichever is written first.
    assert_eq!(
        errors,
        [format!("{}:3:1: error[plan::amendment_conflict]: twice sets where the roles of son_la.ldtbxh go twice, to son_la.gddt and to son_la.yte", path.display())]
    );
}

#[test]
fn a_file_is_a_plan_or_an_amendment_not_both() {
    for text in [
        "amendment \"A\" { effective 2025-01-01 }\nplan \"P\" { period 2021..2030 }\n",
        "plan \"P\" { period 2021..2030 }\namendment \"A\" { effective 2025-01-01 }\n",
    ] {
        let checked = planlang::load_str("both.plan", text);
        let codes: Vec<&str> = checked
            .diagnostics
            .iter()
            .map(|d| d.code().as_str())
            .collect();
        assert_eq!(codes[0], "plan::duplicate_header", "{text}: {codes:?}");
        assert!(checked.diagnostics[0]
            .words(Lang::En)
            .help
            .as_deref()
            .is_some_and(|h| h.contains("one plan or one amendment")));
    }
}

/// An amendment's `due` replaces the whole deadline: a report due by day can be made due by
/// month (the month was dropped when a report kept day and month in separate fields).
#[test]
fn a_changed_deadline_replaces_the_whole_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let plan = load(PLAN);
    let by_month = amendment(
        dir.path(),
        "M",
        "2026-01-01",
        "change report son_la.baocao_nam { due in month 11 }\n",
    );
    let before = &plan.model.reports["baocao_nam"];
    assert!(before.due_day().is_some() && before.due_month().is_none());
    let amended = amend::as_of(&plan.model, &[&by_month.model], date("2026-06-01"));
    let after = &amended.reports["baocao_nam"];
    assert_eq!(after.due_day(), None);
    assert_eq!(
        after.due_month().map(|m| (m.month, m.year)),
        Some((11, None))
    );
    assert!(!after.due_before());
}

/// An amendment names the plan's dimension through its import (`base.sex`): the target it
/// sets replaces the plan's target for that split (`sex = female`), rather than joining the
/// plan as a target on a dimension the plan does not have.
#[test]
fn an_amended_split_target_replaces_the_plan_s_target_for_that_split() {
    let dir = tempfile::tempdir().unwrap();
    let base = "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\n\
        agency ubnd \"UBND\"\ndimension sex \"Giới\" { male \"Nam\" female \"Nữ\" }\n\
        objective a \"A\" source \"I\"\n\
        indicator 1 \"X\" { objective a unit percent direction increase lead ubnd source \"I\"\n\
        target 2030 >= 50 where sex = female\n  target 2030 >= 50 where sex = male }\n";
    let change = "import \"base.plan\" as base\n\
        amendment \"2/QĐ\" { amends base issuer base.ubnd signed 2026-01-05 effective 2026-02-01 }\n\
        change base.1 { target 2030 >= 70 where base.sex = female }\n";
    std::fs::write(dir.path().join("base.plan"), base).unwrap();
    std::fs::write(dir.path().join("change.plan"), change).unwrap();
    let (plan, amendment) = (
        load(dir.path().join("base.plan")),
        load(dir.path().join("change.plan")),
    );
    let amended = amend::as_of(&plan.model, &[&amendment.model], date("2026-06-01"));
    let targets: Vec<(String, String, f64)> = amended.measures["1"]
        .targets
        .iter()
        .map(|t| {
            let (d, v) = t.split.as_deref().expect("a split target");
            (d.name.clone(), v.name.clone(), t.value)
        })
        .collect();
    assert_eq!(
        targets,
        [
            ("sex".into(), "female".into(), 70.0),
            ("sex".into(), "male".into(), 50.0)
        ]
    );
    // Each split names the plan's dimension by its place in the plan, the amended one too.
    let sex = amended.dimensions.get_index_of("sex");
    assert!(sex.is_some());
    for t in &amended.measures["1"].targets {
        let (dimension, _) = t.split.as_deref().expect("a split target");
        assert_eq!(dimension.id.map(|i| i.index()), sex, "{t:?}");
    }
}

/// An amendment's names of the amended plan are linked when the file is read: the plan it
/// `amends` is its import, and `son_la.1`, `son_la.baocao_nam` reach the entries of that
/// plan, by position in the imported file, whatever the import is called.
#[test]
fn an_amendment_s_names_reach_the_amended_plan_s_entries() {
    use planlang::model::Change;
    let dir = tempfile::tempdir().unwrap();
    let plan = load(PLAN);
    let file = amendment(
        dir.path(),
        "A",
        "2025-03-01",
        "change son_la.14 { target 2030 >= 99 }\nchange report son_la.baocao_nam { due before 10/12 }\ntransfer son_la.ldtbxh to son_la.yte\n",
    );
    let a = file.model.amendment.as_ref().unwrap();
    let amends = a
        .amends
        .as_ref()
        .and_then(|r| r.id)
        .expect("amends is linked");
    assert_eq!(file.model.at(amends).unwrap().alias, "son_la");
    let [Change::Measure { measure, .. }, Change::Report { report, .. }, Change::Transfer { from, .. }] =
        a.changes.as_slice()
    else {
        panic!("{:?}", a.changes)
    };
    let measure = measure.id.expect("linked");
    assert_eq!(measure.file, amends);
    assert_eq!(
        plan.model.measures.get_index(measure.id.index()).unwrap().0,
        "14"
    );
    let (name, _) = file.model.imported(report.id.unwrap()).unwrap();
    assert_eq!(name, "baocao_nam");
    let (name, agency) = file.model.imported(from.id.unwrap()).unwrap();
    assert_eq!((name, agency.id.as_str()), ("ldtbxh", "ldtbxh"));
    let amended = amend::as_of(&plan.model, &[&file.model], date("2025-06-01"));
    assert!(amended.measures["14"]
        .targets
        .iter()
        .any(|t| t.value == 99.0));
    // Handed a plan that is not the one amended (another plan, whose 14th measure has
    // another name), the amendment changes nothing rather than the wrong entry.
    let other = load("plans/national/children-2021-2030.plan");
    let at = other.model.measures.get_index(measure.id.index());
    assert!(at.is_some_and(|(id, _)| id != "14"), "{at:?}");
    let unchanged = amend::as_of(&other.model, &[&file.model], date("2025-06-01"));
    for (before, after) in other
        .model
        .measures
        .values()
        .zip(unchanged.measures.values())
    {
        assert!(before
            .targets
            .iter()
            .zip(&after.targets)
            .all(|(b, a)| b.asks_same(a)));
    }
}

#[test]
fn a_transfer_moves_the_projects_and_tasks_an_agency_owes() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::canonicalize("plans/dong-nai-drugs-2025.plan").unwrap();
    let path = dir.path().join("chuyen.plan");
    std::fs::write(
        &path,
        format!(
            "import \"{}\" as dn\namendment \"chuyển\" {{ amends dn effective 2026-01-01 }}\ntransfer dn.yte to dn.tuphap\ntransfer dn.noivu to dn.taichinh\n",
            plan.display()
        ),
    )
    .unwrap();
    let change = load(&path);
    let original = load("plans/dong-nai-drugs-2025.plan");
    let moved = amend::as_of(&original.model, &[&change.model], date("2026-02-01"));
    let names = |list: &[planlang::model::Owner]| -> Vec<String> {
        list.iter().map(|o| o.agency.name.clone()).collect()
    };
    // Sở Y tế's project and its share of IV.1's task pass to Sở Tư pháp, which leads the
    // task already: named once.
    assert_eq!(names(&moved.projects["da6"].duty.lead), ["tuphap"]);
    let build = names(&moved.tasks["xay_dung_ke_hoach"].duty.lead);
    assert!(!build.contains(&"yte".to_string()), "{build:?}");
    assert_eq!(build.iter().filter(|a| *a == "tuphap").count(), 1);
    // A support passes on too.
    assert_eq!(names(&moved.tasks["phan_cap"].duty.support), ["taichinh"]);
    assert_eq!(
        names(&original.model.tasks["phan_cap"].duty.support),
        ["noivu"]
    );
}
