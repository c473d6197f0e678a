//! Plan files reach the resolver through `planlang::files::Files`: an editor's unsaved
//! buffers are read instead of the disk, and a load from memory alone never opens a file.

use crate::common;
use planlang::files::{Files, MemoryFiles};
use planlang::i18n::Lang;
use planlang::render::diagnostics::short;
use planlang::Source;
use std::rc::Rc;

const PARENT: &str = r#"plan "Parent" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
agency ubnd "UBND"
"#;

fn load(files: MemoryFiles, name: &str, text: &str) -> Vec<String> {
    let checked = planlang::load_source_from(Source::new(name, text), Rc::new(files));
    checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect()
}

fn child(import: &str) -> String {
    format!(
        "plan \"Child\" {{ document \"2/KH\" issuer parent.ubnd signed 2021-02-01 period 2021..2030 }}\nimport \"{import}\" as parent\n"
    )
}

/// The ids of the agencies `model` counts as its own (see `Model::own_agencies`).
fn own_agency_ids(model: &planlang::Model) -> Vec<&str> {
    model.own_agencies().map(|a| a.id.as_str()).collect()
}

#[test]
fn an_import_is_read_from_memory_under_its_written_path() {
    let mut files = MemoryFiles::new();
    files.insert("plans/parent.plan", PARENT);
    assert_eq!(
        load(
            files,
            "plans/districts/child.plan",
            &child("./../parent.plan")
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_file_missing_from_memory_alone_is_reported_where_it_is_imported() {
    let files = MemoryFiles::new();
    let found = load(files, "child.plan", &child("parent.plan"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("child.plan:2:8: error[plan::import_missing]: cannot import `parent.plan`: no such file"),
        "{found:?}"
    );
}

#[test]
fn an_unsaved_buffer_is_read_instead_of_the_file_on_disk() {
    // On disk the parent has no agency `ubnd`; the editor's buffer has it.
    let (folder, on_disk) = common::folder_with(
        "parent.plan",
        PARENT.replace("agency ubnd \"UBND\"", "agency so_yte \"Sở Y tế\""),
    );
    let main = folder.path().join("child.plan");
    let main = main.to_str().unwrap();
    let from_disk = load(MemoryFiles::over_disk(), main, &child("parent.plan"));
    assert!(
        from_disk
            .iter()
            .any(|d| d.contains("[plan::unknown_agency]")),
        "{from_disk:?}"
    );
    let mut buffers = MemoryFiles::over_disk();
    buffers.insert(&on_disk, PARENT);
    assert_eq!(
        load(buffers, main, &child("parent.plan")),
        Vec::<String>::new()
    );
}

#[test]
fn a_cycle_through_memory_is_a_cycle() {
    let mut files = MemoryFiles::new();
    let a = "plan \"A\" { document \"1/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\nagency ubnd \"UBND\"\nimport \"b.plan\" as b\n";
    let b = "plan \"B\" { document \"2/KH\" issuer ubnd signed 2021-01-05 period 2021..2030 }\nagency ubnd \"UBND\"\nimport \"a.plan\" as a\n";
    files.insert("a.plan", a).insert("b.plan", b);
    let found = load(files, "a.plan", a);
    assert!(
        found
            .iter()
            .any(|d| d.contains("[plan::import_cycle]") && d.contains("a.plan → b.plan → a.plan")),
        "{found:?}"
    );
}

#[test]
fn memory_paths_are_found_by_their_lexical_form() {
    let mut files = MemoryFiles::new();
    files.insert("x/../p.plan", "text");
    assert_eq!(files.read("./p.plan".as_ref()).unwrap(), "text");
    assert_eq!(
        files.canonical("p.plan".as_ref()).unwrap(),
        std::path::PathBuf::from("p.plan")
    );
    assert_eq!(
        files.read("q.plan".as_ref()).unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );
    assert_eq!(files.remove("p.plan").as_deref(), Some("text"));
    assert!(files.read("p.plan".as_ref()).is_err());
}

/// A declaration brought in through an import keeps the file and the place it was declared
/// at, through any number of imports, while messages in the importing file point at the
/// import line.
#[test]
fn an_imported_declaration_keeps_its_own_file_and_place() {
    let mut files = MemoryFiles::new();
    files.insert("parent.plan", PARENT);
    let middle = "import \"parent.plan\" as parent\nagency so_yte \"Sở Y tế\"\n";
    files.insert("middle.plan", middle);
    let text = "plan \"Child\" { document \"2/KH\" issuer mid.parent.ubnd signed 2021-02-01 period 2021..2030 }\nimport \"middle.plan\" as mid\nagency own \"Own\"\nindicator 1 \"x\" { unit % lead mid.so_yte, own target 2030 >= 1 }\n";
    let checked = planlang::load_source_from(Source::new("child.plan", text), Rc::new(files));
    let model = &checked.model;

    // (name here, the file it is declared in, its line and column there)
    let cases = [
        ("mid.parent.ubnd", "parent.plan", (2, 8)),
        ("mid.so_yte", "middle.plan", (2, 8)),
    ];
    for (name, file, at) in cases {
        let agency = &model.agencies[name];
        let origin = agency.origin.as_ref().expect(name);
        assert_eq!(origin.source.name(), file, "{name}");
        assert_eq!(
            origin.source.slice(origin.span),
            &name[name.rfind('.').unwrap() + 1..]
        );
        assert_eq!(origin.source.line_col(origin.span.start()), at, "{name}");
        // Here it points at the import line that brings it in.
        let import = checked.source.slice(agency.span);
        assert_eq!(import, "import \"middle.plan\" as mid", "{name}");
    }

    assert!(model.agencies["own"].origin.is_none());
    let own = own_agency_ids(model);
    assert!(
        own.contains(&"own") && own.contains(&"mid.so_yte"),
        "{own:?}"
    );
}

/// The imported agencies a plan counts as its own are those it gives work to anywhere: a
/// task's or a project's owners as much as an indicator's, a report's or the issuer.
#[test]
fn an_imported_agency_named_only_by_a_task_is_the_plan_s_own() {
    let mut files = MemoryFiles::new();
    files.insert(
        "shared.plan",
        "agency ubnd \"UBND\"\nagency congan \"Công an\"\nagency idle \"Unused here\"\n",
    );
    let text =
        "plan \"P\" { document \"2/KH\" issuer s.ubnd signed 2021-02-01 period 2021..2030 }\n\
        import \"shared.plan\" as s\n\
        task giam_sat \"Giám sát\" { lead s.congan  due before 15/12  source \"IV\" }\n";
    let checked = planlang::load_source_from(Source::new("p.plan", text), Rc::new(files));
    let named: Vec<&str> = checked
        .model
        .named_agencies()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(named, ["s.ubnd", "s.congan"]);
    assert_eq!(own_agency_ids(&checked.model), ["s.ubnd", "s.congan"]);
}

/// References to areas and data elements are looked up once, by the resolver: each holds the
/// position of what it names in this model's table, an imported area's parent included (its
/// position here, not in the file it comes from), and a name that names nothing holds none.
#[test]
fn area_parents_and_formula_elements_hold_the_position_of_what_they_name() {
    let mut files = MemoryFiles::new();
    files.insert(
        "national.plan",
        "area viet_nam \"Việt Nam\" kind country\narea tay_bac \"Tây Bắc\" in viet_nam\n",
    );
    let text = "plan \"P\" { document \"2/KH\" issuer ubnd signed 2021-02-01 period 2021..2030 }\n\
        import \"national.plan\" as n\n\
        agency ubnd \"UBND\"\n\
        element births \"Số trẻ đẻ sống\"\nelement deaths \"Số trẻ tử vong\"\n\
        area tinh \"Tỉnh\" in n.tay_bac kind province\n\
        area huyen \"Huyện\" in tinh kind district\narea lac \"Lạc\" in nowhere\n\
        objective a \"A\" source \"I\"\n\
        indicator 1 \"Tử vong\" { objective a unit per_mille direction decrease\n\
        formula deaths / births * 1000 aggregate weighted by births\n\
        target 2025 < 9 lead ubnd source \"I\" }\n";
    let checked = planlang::load_source_from(Source::new("p.plan", text), Rc::new(files));
    let model = &checked.model;
    let position = |table: &str, name: &str| match table {
        "areas" => model.areas.get_index_of(name),
        _ => model.elements.get_index_of(name),
    };
    let parent = |area: &str| model.areas[area].parent.as_ref().expect(area);
    assert_eq!(
        parent("huyen").id.map(|i| i.index()),
        position("areas", "tinh")
    );
    let tinh = parent("tinh");
    assert_eq!(tinh.name, "n.tay_bac");
    assert_eq!(tinh.id.map(|i| i.index()), position("areas", "n.tay_bac"));
    let brought = parent("n.tay_bac");
    assert_eq!(
        brought.id.map(|i| i.index()),
        position("areas", "n.viet_nam")
    );
    assert!(brought.id.is_some());
    assert_eq!(parent("lac").id, None);
    let m = &model.measures["1"];
    let f = m.formula.as_ref().expect("a formula");
    assert_eq!(
        f.numerator.id.and_then(|i| i.element()).map(|i| i.index()),
        position("elements", "deaths")
    );
    assert_eq!(
        f.denominator
            .id
            .and_then(|i| i.element())
            .map(|i| i.index()),
        position("elements", "births")
    );
    assert!(f.numerator.id.is_some() && f.denominator.id.is_some());
    let planlang::model::Aggregate::Weighted(by) = &m.aggregate else {
        panic!("{:?}", m.aggregate)
    };
    assert_eq!(by.id.map(|i| i.index()), position("elements", "births"));
    // The objective an indicator serves, and so its measure.
    let objective = model.objectives.get_index_of("a");
    let served = model.indicators["1"]
        .objective
        .as_ref()
        .expect("an objective");
    assert_eq!(served.id.map(|i| i.index()), objective);
    let measure_serves = m.objective.as_ref().and_then(|o| o.id);
    assert_eq!(measure_serves.map(|i| i.index()), objective);
    assert!(objective.is_some());
}

/// Every reference to an agency holds the agency's position in this model's table: the
/// issuer, the owners (shared by the parts of a composite, and still shared), who sends and
/// receives a report, a task's owners; an imported agency is found where it was brought in.
#[test]
fn agency_references_hold_the_position_of_the_agency() {
    let mut files = MemoryFiles::new();
    files.insert("shared.plan", "agency bo_yte \"Bộ Y tế\"\n");
    let text = "plan \"P\" { document \"2/KH\" issuer ubnd signed 2021-02-01 period 2021..2030 }\n\
        import \"shared.plan\" as s\n\
        agency ubnd \"UBND\"\nagency yte \"Sở Y tế\"\n\
        objective a \"A\" source \"I\"\n\
        indicator 1 \"X\" { objective a lead yte support s.bo_yte source \"I\"\n\
        part a \"A\" { unit percent direction increase target 2025 >= 5 }\n\
        part b \"B\" { unit percent direction increase target 2025 >= 5 }\n}\n\
        report r \"R\" { period year due before 05/12 from yte, nowhere to s.bo_yte }\n\
        task t \"T\" { lead ubnd support yte due before 15/12 source \"IV\" }\n";
    let checked = planlang::load_source_from(Source::new("p.plan", text), Rc::new(files));
    let model = &checked.model;
    let at = |name: &str| model.agencies.get_index_of(name);
    let id = |r: &planlang::model::Ref<planlang::model::Agency>| r.id.map(|i| i.index());
    assert_eq!(id(model.plan.issuer.as_ref().unwrap()), at("ubnd"));
    let (a, b) = (&model.measures["1a"], &model.measures["1b"]);
    assert!(std::sync::Arc::ptr_eq(&a.lead, &b.lead));
    assert!(std::sync::Arc::ptr_eq(&a.support, &b.support));
    assert_eq!(id(&a.lead[0].agency), at("yte"));
    assert_eq!(id(&a.support[0].agency), at("s.bo_yte"));
    assert!(at("s.bo_yte").is_some());
    let party = &model.reports["r"].party;
    let from: Vec<Option<usize>> = party.from.iter().map(id).collect();
    assert_eq!(from, [at("yte"), None]);
    assert_eq!(id(party.to.first().unwrap()), at("s.bo_yte"));
    let duty = &model.tasks["t"].duty;
    assert_eq!(id(&duty.lead[0].agency), at("ubnd"));
    assert_eq!(id(&duty.support[0].agency), at("yte"));
}
