//! Imports: names from an imported file, problems inside it, files imported twice, and the
//! cascade links a plan makes to the plan it implements. Each test writes its files into a
//! fresh temporary folder.

use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use planlang::{Checked, Diagnostic};
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `text` written as `name` in `dir`, beside the files written before, and checked.
fn check(dir: &Path, name: &str, text: &str) -> Checked {
    write(dir, name, text);
    planlang::load_path(dir.join(name)).unwrap()
}

/// `text` checked as the only file `name` of a folder of its own.
fn check_alone(name: &str, text: &str) -> Checked {
    let dir = tempfile::tempdir().unwrap();
    check(dir.path(), name, text)
}

/// The first diagnostic of `checked`, which has `code`.
fn first<'c>(checked: &'c Checked, code: &str) -> &'c Diagnostic {
    let d = &checked.diagnostics[0];
    assert_eq!(d.code().as_str(), code);
    d
}

const HEADER: &str =
    "plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\nagency ubnd \"UBND\"\nobjective a \"A\"\n";

const SHARED: &str = "agency so_yte \"Sở Y tế\"\nunit tre \"trẻ\" range 0..\n\
     dimension kv \"Khu vực\" { tt \"Thành thị\" nt \"Nông thôn\" }\n\
     element sinh \"Số trẻ đẻ sống\"\nelement chet \"Số trẻ tử vong\"\n";

#[test]
fn imported_declarations_are_used_under_their_qualified_names() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "shared/common.plan", SHARED);
    let checked = check(dir.path(), "plan.plan", &format!(
            "import \"shared/common.plan\" as common\n{HEADER}\
             indicator 1 \"x\" {{ objective a unit common.tre direction increase \
             target 2030 >= 5 where common.kv = tt target 2030 >= 4 where common.kv = nt \
             lead common.so_yte source \"I\" }}\n\
             indicator 2 \"y\" {{ objective a unit per_mille direction decrease \
             formula common.chet / common.sinh target 2030 <= 9 lead common.so_yte source \"I\" }}\n\
             report r \"R\" {{ period year due 15/12 from common.so_yte to ubnd }}\n"
        ));
    let all: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect();
    assert!(all.is_empty(), "{all:#?}");
    let m = &checked.model;
    assert_eq!(m.agencies["common.so_yte"].name, "Sở Y tế");
    assert!(m.units.contains_key("common.tre"));
    assert_eq!(m.dimensions["common.kv"].values.len(), 2);
    assert!(m.elements.contains_key("common.chet"));
    let unit = m.measures["1"]
        .unit
        .as_ref()
        .unwrap()
        .unit
        .as_ref()
        .unwrap();
    assert_eq!(unit.min, Some(0.0));
    assert_eq!(m.imports["common"].path, "shared/common.plan");
    // A local name and an imported one never meet: `so_yte` alone is unknown here.
    let checked = check(
        dir.path(),
        "plan.plan",
        &format!(
            "import \"shared/common.plan\" as common\n{HEADER}\
             indicator 1 \"x\" {{ objective a unit percent direction increase target 2030 >= 5 \
             lead so_yte source \"I\" }}\n"
        ),
    );
    let d = first(&checked, "plan::unknown_agency");
    assert_eq!(
        d.words(Lang::En).help.as_deref(),
        Some("did you mean `common.so_yte`?")
    );
}

#[test]
fn problems_in_an_imported_file_are_shown_under_its_own_name_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "shared/common.plan",
        "agency so_yte \"Sở Y tế\"\n\nunit tre \"trẻ\" range 5..1\n",
    );
    let checked = check(
        dir.path(),
        "plan.plan",
        &format!("import \"shared/common.plan\" as common\n{HEADER}"),
    );
    let first = first(&checked, "plan::bad_range");
    assert!(
        first.file().ends_with("shared/common.plan"),
        "{}",
        first.file()
    );
    assert_eq!(first.line_col(), (3, 22));
    assert!(checked.has_errors());
}

#[test]
fn a_file_imported_twice_is_read_once_and_its_problems_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "common.plan",
        "agency a \"A\"\nagency a \"A again\"\n",
    );
    write(
        dir.path(),
        "left.plan",
        "import \"common.plan\" as c\nagency l \"L\"\n",
    );
    write(
        dir.path(),
        "right.plan",
        "import \"common.plan\" as c\nagency r \"R\"\n",
    );
    let checked = check(
        dir.path(),
        "plan.plan",
        &format!("import \"left.plan\" as left\nimport \"right.plan\" as right\n{HEADER}"),
    );
    let duplicates = checked
        .diagnostics
        .iter()
        .filter(|d| d.code().as_str() == "plan::duplicate_id")
        .count();
    assert_eq!(duplicates, 1);
    let m = &checked.model;
    // Both paths to the shared file reach its agency, each under its own import, without
    // a copy in this file's table (the plan names neither).
    let common = dir.path().join("common.plan");
    for alias in ["left", "right"] {
        let name = format!("{alias}.c.a");
        let found = m.find_declared(&name, |m| &m.agencies);
        let (prefix, a, holder) = found.unwrap_or_else(|| panic!("{alias}.c.a is not found"));
        assert_eq!(prefix, format!("{alias}.c."));
        assert_eq!(a.id, "a", "{alias}");
        assert_eq!(holder.source.name(), common.to_str().unwrap(), "{alias}");
    }
    assert!(!m.agencies.contains_key("left.c.a"));
    let left = &m.imports["left"].model.imports["c"].model;
    let right = &m.imports["right"].model.imports["c"].model;
    assert!(std::sync::Arc::ptr_eq(left, right), "read once");
}

#[test]
fn a_file_importing_itself_is_a_cycle_and_names_the_chain() {
    let checked = check_alone(
        "self.plan",
        &format!("import \"./self.plan\" as me\n{HEADER}"),
    );
    let d = first(&checked, "plan::import_cycle");
    assert_eq!(d.line_col(), (1, 8));
    assert_eq!(
        d.message(Lang::En).matches("self.plan").count(),
        3,
        "{}",
        d.message(Lang::En)
    );
}

#[test]
fn a_file_that_cannot_be_read_is_reported_once_and_its_names_are_not() {
    let checked = check_alone(
        "plan.plan",
        &format!(
            "import \"missing.plan\" as gone\n{HEADER}\
             indicator 1 \"x\" {{ objective a unit percent direction increase target 2030 >= 5 \
             lead gone.so_yte source \"I\" }}\n"
        ),
    );
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .collect();
    assert_eq!(codes, ["plan::import_missing"]);
    let d = &checked.diagnostics[0];
    assert!(
        d.message(Lang::En).contains(": no such file"),
        "{}",
        d.message(Lang::En)
    );
    assert!(d
        .words(Lang::En)
        .help
        .as_deref()
        .unwrap()
        .contains("relative to the folder of this file"));
}

#[test]
fn cascade_links_resolve_through_the_implemented_import() {
    let checked = planlang::load_path("tests/cases/invalid/parent_unmapped.plan").unwrap();
    let links = planlang::cascade::links(&checked.model);
    assert_eq!(links.parent.map(|p| p.alias.as_str()), Some("national"));
    assert_eq!(
        links.take_named("1"),
        planlang::cascade::Take::Adopted {
            by: vec!["1".into()]
        }
    );
    assert_eq!(links.take_named("2"), planlang::cascade::Take::Missing);
    let checked = planlang::load_path("tests/cases/invalid/waived_and_adopted.plan").unwrap();
    let links = planlang::cascade::links(&checked.model);
    assert!(matches!(
        links.take_named("2"),
        planlang::cascade::Take::Waived { .. }
    ));
}

/// `implements`, `adopts` and `waive` are linked when the plan is read: the header to its
/// import, each parent name to the position of the parent's measure in that import. A
/// name that reaches a measure of another import is linked there, and is not the parent's.
#[test]
fn cascade_names_are_linked_to_the_implemented_plan_s_measures() {
    let checked = planlang::load_path("tests/cases/invalid/parent_unmapped.plan").unwrap();
    let model = &checked.model;
    let parent = model
        .plan
        .parent
        .as_ref()
        .and_then(|p| p.id)
        .expect("implements is linked");
    let national = &model.at(parent).unwrap().model;
    let adopts = model.measures["1"]
        .maps
        .as_ref()
        .unwrap()
        .parent
        .id
        .expect("adopts is linked");
    assert_eq!(adopts.file, parent);
    assert_eq!(
        national.measures.get_index(adopts.id.index()).unwrap().0,
        "1"
    );

    let dir = tempfile::tempdir().unwrap();
    let national = std::fs::read_to_string("tests/cases/imports/national.plan").unwrap();
    write(dir.path(), "national.plan", &national);
    write(dir.path(), "copy.plan", &national);
    let child = "import \"national.plan\" as national\nimport \"copy.plan\" as copy\n\
         plan \"P\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 implements national }\n\
         agency ubnd \"UBND\"\n\
         indicator 1 \"X\" { unit percent direction increase target 2030 >= 99 lead ubnd source \"I\" adopts copy.1 }\n";
    let checked = check(dir.path(), "child.plan", child);
    let adopts = checked.model.measures["1"]
        .maps
        .as_ref()
        .unwrap()
        .parent
        .id
        .expect("linked");
    assert_eq!(checked.model.at(adopts.file).unwrap().alias, "copy");
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code().as_str())
        .collect();
    assert!(codes.contains(&"plan::no_parent"), "{codes:?}");
    assert!(planlang::cascade::links(&checked.model).taken.is_empty());
}
