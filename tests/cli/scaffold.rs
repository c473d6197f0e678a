//! `plan new` and `planlang::scaffold::new_plan`: a new plan that implements a parent checks
//! with exactly the expected warnings (the header's fields and each indicator's lead, left to
//! fill in), takes up every parent measure with equal targets, and checks clean once filled in.

use crate::common;

use planlang::cascade::{links, Take};
use planlang::model::{Measure, Model, Target};
use planlang::scaffold::{alias_for, new_plan, new_plan_tree, relative_path};
use planlang::syntax::{self, print::print};
use planlang::{Checked, Source};
use std::path::{Path, PathBuf};

const NATIONAL: &str = "plans/national/children-2021-2030.plan";
const SON_LA: &str = "plans/son-la-children-2021-2030.plan";
/// The bundled plans that others implement.
const PARENTS: [&str; 6] = [
    NATIONAL,
    SON_LA,
    "plans/dong-nai-drugs-2025.plan",
    "plans/can-tho-population-2025.plan",
    "plans/bac-ninh-digital-economy-2026-2030.plan",
    "plans/national/air-quality-2026-2030.plan",
];

/// Writes the new plan for `parent` into `dir` as `file` and loads it.
fn scaffold(parent: &Path, dir: &Path, file: &str, area: &str) -> (Checked, Checked, String) {
    let parent_plan = planlang::load_path(parent).expect("parent readable");
    assert!(!parent_plan.has_errors(), "{:#?}", parent_plan.diagnostics);
    let from = std::fs::canonicalize(dir).unwrap();
    let to = std::fs::canonicalize(parent).unwrap();
    let path = relative_path(&from, &to).expect("a relative path");
    let text = new_plan(&parent_plan.model, &path, area);
    let out = dir.join(file);
    std::fs::write(&out, &text).unwrap();
    let new = planlang::load_path(&out).expect("new plan readable");
    (parent_plan, new, text)
}

/// The codes of the diagnostics in the new file itself (an imported parent's own come too).
fn own_codes(new: &Checked) -> Vec<&'static str> {
    new.diagnostics
        .iter()
        .filter(|d| d.file() == new.source.name())
        .map(|d| d.code().as_str())
        .collect()
}

/// Exactly one `missing_header_field` and one `lead_to_fill` per indicator, nothing else,
/// and no error anywhere (the parent's files included).
fn assert_only_fill_ins(new: &Checked) {
    let errors: Vec<_> = new.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "errors: {errors:#?}");
    let mut codes = own_codes(new);
    codes.sort();
    let mut expected = vec!["plan::lead_to_fill"; new.model.indicators.len()];
    expected.push("plan::missing_header_field");
    assert_eq!(codes, expected, "{:#?}", new.diagnostics);
}

/// A target as comparable data: the split's dimension without its import name.
fn target_key(t: &Target) -> String {
    let split = t.split.as_deref().map(|(d, v)| {
        let dim = d.name.split_once('.').map_or(d.name.as_str(), |(_, r)| r);
        format!("{dim}={}", v.name)
    });
    format!(
        "{:?} {:?} {:?} {} {} {:?} {:?} {} {:?}",
        t.kind.name(),
        t.kind.first_year(),
        t.kind.last_year(),
        t.op.as_str(),
        t.value,
        t.value_max,
        t.kind.change_unit(),
        t.strive,
        split
    )
}

fn unit_key(m: &Measure) -> Option<(String, Option<f64>, Option<String>)> {
    let u = m.unit.as_ref()?.unit.as_ref()?;
    let id = u.id.rsplit('.').next().unwrap_or(&u.id).to_string();
    Some((id, u.per, u.of.clone()))
}

/// Every parent measure adopted by the measure of the same id, with the same title, unit,
/// direction, formula and targets; the new plan adds nothing of its own.
fn assert_round_trip(parent: &Model, new: &Model, alias: &str) {
    let links = links(new);
    let implemented = links.parent.expect("the new plan implements an import");
    assert_eq!(implemented.alias, alias);
    assert!(links.bad.is_empty(), "{} bad links", links.bad.len());
    assert_eq!(new.measures.len(), parent.measures.len());
    for (id, pm) in &parent.measures {
        assert_eq!(
            links.take_named(id),
            Take::Adopted {
                by: vec![id.clone()]
            },
            "parent measure {id}"
        );
        let m = &new.measures[id];
        assert_eq!(m.title, pm.title, "{id}");
        assert_eq!(m.number, pm.number, "{id}");
        assert_eq!(m.direction, pm.direction, "{id}");
        assert_eq!(unit_key(m), unit_key(pm), "{id}");
        let targets = |m: &Measure| m.targets.iter().map(target_key).collect::<Vec<_>>();
        assert_eq!(targets(m), targets(pm), "{id}");
        let formula = |m: &Measure, prefix: &str| {
            m.formula.as_ref().map(|f| {
                (
                    format!("{prefix}{}", f.numerator.name),
                    format!("{prefix}{}", f.denominator.name),
                    f.factor,
                )
            })
        };
        assert_eq!(formula(m, ""), formula(pm, &format!("{alias}.")), "{id}");
        assert_eq!(
            m.objective.as_ref().map(|o| &o.name),
            pm.objective.as_ref().map(|o| &o.name),
            "{id}"
        );
        assert!(m.lead_to_fill.is_some() && m.lead.is_empty(), "{id}");
        assert!(
            m.source.as_deref().is_some_and(|s| s.starts_with("theo ")),
            "{id}: {:?}",
            m.source
        );
    }
    for (id, i) in &parent.indicators {
        let mine = &new.indicators[id];
        assert_eq!(mine.title, i.title);
        assert_eq!(mine.measures, i.measures);
    }
    for (id, o) in &parent.objectives {
        assert_eq!(new.objectives[id].title, o.title);
    }
}

/// Fills in what `plan new` leaves: header fields, an agency, every lead.
fn fill_in(text: &str) -> String {
    let lead = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("lead ? because "))
        .map(|reason| format!("lead ? because {reason}"))
        .expect("a lead to fill");
    text.replace(&lead, "lead ubnd").replacen(
        "    period ",
        "    document \"1/KH-UBND\"\n    issuer ubnd\n    signed 2021-06-01\n    period ",
        1,
    ) + "\nagency ubnd \"Ủy ban nhân dân\" short \"UBND\"\n"
}

/// The new plan for the bundled plan `parent` and `area`, written as `file`: it has only the
/// fill-ins, and takes up the parent (imported as `alias`) whole. With the parent and the
/// new plan's text.
fn scaffold_bundled(
    parent: &str,
    file: &str,
    area: &str,
    alias: &str,
) -> (Checked, Checked, String) {
    let dir = tempfile::tempdir().unwrap();
    let (parent, new, text) = scaffold(Path::new(parent), dir.path(), file, area);
    assert_only_fill_ins(&new);
    assert_round_trip(&parent.model, &new.model, alias);
    (parent, new, text)
}

#[test]
fn a_province_plan_from_the_national_program() {
    let (parent, new, text) =
        scaffold_bundled(NATIONAL, "dien-bien.plan", "Tỉnh Điện Biên", "viet_nam");
    assert!(text.contains("target 2025 < 5 strive where viet_nam.khu_vuc = nong_thon"));
    assert!(text.contains("target reduce by 2 to 3 percent per year from 2025 until 2030"));
    assert!(text.contains("target maintain >= 100 from 2025 until 2030 strive"));
    assert!(text.contains("target >= 100 strive\n"));
    assert!(text.contains("formula viet_nam.neonatal_deaths / viet_nam.live_births * 1000"));
    assert!(text.contains("source \"theo 23/QĐ-TTg, I.2.a, Chỉ tiêu 3\""));
    assert!(text.contains("// 23/QĐ-TTg, I.2.a, Chỉ tiêu 3\nindicator 3 "));
    assert!(text.contains("area \"Tỉnh Điện Biên\""));
    assert!(text.contains("implements \"23/QĐ-TTg\"\n    implements viet_nam\n"));
    assert_eq!(new.model.plan.period, parent.model.plan.period);
    assert_eq!(
        new.model.plan.title,
        "Kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030 trên địa bàn tỉnh Điện Biên"
    );
}

#[test]
fn a_district_plan_from_the_son_la_plan() {
    let (_, new, text) = scaffold_bundled(SON_LA, "moc-chau.plan", "Huyện Mộc Châu", "son_la");
    assert!(text.contains("target reduce by 0.5 points per year until 2030"));
    assert!(text.contains("unit per_mille of \"trẻ đẻ sống\""));
    assert_eq!(new.model.plan.area.as_deref(), Some("Huyện Mộc Châu"));
}

#[test]
fn filling_in_the_markers_makes_the_new_plan_clean() {
    for (parent, area) in [(NATIONAL, "Tỉnh Điện Biên"), (SON_LA, "Huyện Mộc Châu")] {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, text) = scaffold(Path::new(parent), dir.path(), "new.plan", area);
        let filled = dir.path().join("filled.plan");
        std::fs::write(&filled, fill_in(&text)).unwrap();
        let checked = planlang::load_path(&filled).unwrap();
        assert_eq!(
            own_codes(&checked),
            Vec::<&str>::new(),
            "{parent}: {:#?}",
            checked.diagnostics
        );
    }
}

/// A parent that uses every form a target, unit and formula can take, a unit it imports
/// itself, and texts that need escaping.
const RICH_PARENT: &str = r#"
import "shared.plan" as common

plan "Chương trình \"mẫu\" của tỉnh \\ thử" {
    document "9/KH-UBND"
    issuer ubnd
    signed 2022-02-01
    period 2021..2030
    area "Thành phố Đà Nẵng"
}

agency ubnd "Ủy ban nhân dân thành phố"
unit diem "điểm" range 0..10
unit ty_le "/10.000" range 0..10000 per 10000 of "dân số"
dimension gioi "Giới tính" { nam "Nam" nu "Nữ" }
element births "Số trẻ đẻ sống"
element deaths "Số trẻ tử vong"
objective a "Sức khỏe" source "II.1"
objective b "Giáo dục"

indicator 1 "Tỷ suất tử vong" {
    objective a
    unit ty_le
    direction decrease
    formula deaths / births
    target 2025 < 9.5
    target 2030 = 2 to 3
    lead ubnd
    source "II.1, Chỉ tiêu 1"
}

indicator 2 "Tỷ lệ \"đặc biệt\"" {
    objective a
    lead ubnd
    source "II.1, Chỉ tiêu 2"
    part a "Điểm" {
        unit diem
        direction increase
        target 2025 >= 5 where gioi = nam
        target 2025 >= 6 where gioi = nu
        target maintain ~ 7 from 2026 until 2030 strive
        aggregate weighted by births
    }
    part b "Số trẻ" {
        unit common.tre of "trẻ em dưới 5 tuổi"
        direction decrease
        target reduce by 1 to 2 points per year from 2022 until 2030
        aggregate sum
        source "II.1, gạch đầu dòng sau Chỉ tiêu 2"
    }
    part c "Tỷ lệ" {
        unit %
        direction maintain
        target >= 90 strive
        target increase by 0.5 percent per year
        aggregate mean
    }
    part d "Số vụ" {
        unit count
        direction decrease
        target reduce every year from 2025
    }
    part e "Số người" {
        unit count
        direction increase
        target increase by > 3 percent per year until 2030
    }
    part f "Số ca" {
        unit count
        direction decrease
        target reduce by 50 percent from 2025 until 2030 strive
    }
}

indicator 3 "Tỷ lệ đi học" {
    objective b
    unit per_mille of "trẻ em"
    direction increase
    target 2030 >= 990
    lead ubnd
}

report nam "Báo cáo năm" { period year due 15/12 from ubnd to ubnd }
"#;

/// Writes [`RICH_PARENT`] (and the file it imports) under `dir`, in `tinh/`; returns its path
/// and a folder for the child two levels down another branch (`quan/mot/`).
fn rich_parent(dir: &Path) -> (PathBuf, PathBuf) {
    let parent_dir = dir.join("tinh");
    let child_dir = dir.join("quan").join("mot");
    std::fs::create_dir_all(&parent_dir).unwrap();
    std::fs::create_dir_all(&child_dir).unwrap();
    std::fs::write(
        parent_dir.join("shared.plan"),
        "unit tre \"trẻ\" range 0.. per 1000 of \"trẻ em\"\n",
    )
    .unwrap();
    let parent_path = parent_dir.join("parent.plan");
    std::fs::write(&parent_path, RICH_PARENT).unwrap();
    (parent_path, child_dir)
}

#[test]
fn every_form_of_target_unit_and_formula_survives() {
    let dir = tempfile::tempdir().unwrap();
    let (parent_path, child_dir) = rich_parent(dir.path());
    let (parent, new, text) = scaffold(&parent_path, &child_dir, "quan.plan", "Quận Hải Châu");
    // Indicator 3 cites no section: the new plan cites the parent's number instead.
    assert_eq!(
        own_codes(&parent),
        ["plan::missing_source"],
        "{:#?}",
        parent.diagnostics
    );
    assert_only_fill_ins(&new);
    assert_round_trip(&parent.model, &new.model, "da_nang");
    for line in [
        "import \"../../tinh/parent.plan\" as da_nang",
        "plan \"Kế hoạch triển khai thực hiện Chương trình \\\"mẫu\\\" của tỉnh \\\\ thử trên địa bàn quận Hải Châu\" {",
        "indicator 2 \"Tỷ lệ \\\"đặc biệt\\\"\" {",
        "unit da_nang.ty_le",
        "formula da_nang.deaths / da_nang.births * 10000",
        "target 2030 = 2 to 3",
        "target 2025 >= 5 where da_nang.gioi = nam",
        "target maintain ~ 7 from 2026 until 2030 strive",
        "aggregate weighted by da_nang.births",
        "unit da_nang.common.tre of \"trẻ em dưới 5 tuổi\"",
        "target reduce by 1 to 2 points per year from 2022 until 2030",
        "aggregate sum",
        "source \"theo 9/KH-UBND, II.1, gạch đầu dòng sau Chỉ tiêu 2\"",
        "unit percent",
        "direction maintain",
        "target increase by 0.5 percent per year",
        "aggregate mean",
        "target reduce every year from 2025",
        "target increase by > 3 percent per year until 2030",
        "target reduce by 50 percent from 2025 until 2030 strive",
        "source \"theo 9/KH-UBND, Chỉ tiêu 3\"",
    ] {
        assert!(text.contains(line), "missing `{line}` in:\n{text}");
    }
    // Objective b has no source in the parent: it cites the document alone.
    assert!(text.contains("objective b \"Giáo dục\" source \"theo 9/KH-UBND\""));
    assert_eq!(alias_for(&parent.model, "parent.plan"), "da_nang");
}

#[test]
fn objectives_without_indicators_are_kept() {
    let parent = planlang::load_str(
        "p.plan",
        r#"plan "P" { document "1/QĐ" issuer u signed 2021-01-01 period 2021..2030 }
        agency u "U"
        objective a "A"
        objective b "B"
        indicator 1 "X" { objective a unit percent direction increase target 2030 >= 5 lead u source "1" }"#,
    );
    let text = new_plan(&parent.model, "p.plan", "Huyện X");
    assert!(text.contains("objective a \"A\""));
    assert!(text.contains("objective b \"B\" source \"theo 1/QĐ\""));
}

// ---------------------------------------------------------------- the `plan` command

fn plan(args: &[&str], dir: &Path) -> (i32, String, String) {
    common::plan_in(dir, args)
}

/// `plan new --implements PARENT --area AREA -o OUT MORE` in `dir`.
fn plan_new(
    dir: &Path,
    parent: &str,
    area: &str,
    out: &str,
    more: &[&str],
) -> (i32, String, String) {
    let args = [
        &["new", "--implements", parent, "--area", area, "-o", out],
        more,
    ]
    .concat();
    plan(&args, dir)
}

fn repo() -> PathBuf {
    std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap()
}

/// The full path of the repository's file `name`.
fn in_repo(name: &str) -> String {
    repo().join(name).to_str().unwrap().to_string()
}

#[test]
fn plan_new_writes_a_file_that_checks_with_the_expected_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let parent = in_repo(SON_LA);
    let out = dir.path().join("moc-chau.plan");
    let (code, stdout, stderr) =
        plan_new(dir.path(), &parent, "Huyện Mộc Châu", "moc-chau.plan", &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("wrote moc-chau.plan: 29 indicators, 33 measures"),
        "{stdout}"
    );
    assert!(
        stdout.contains("the lead of 29 indicators (30 warnings in all: 30 to fill in)"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let from = std::fs::canonicalize(dir.path()).unwrap();
    let expected = relative_path(&from, Path::new(&parent)).unwrap();
    assert!(text.contains(&format!("import \"{expected}\" as son_la")));
    // Nothing but the file itself is left behind (no temporary file).
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["moc-chau.plan"]);

    let (code, stdout, _) = plan(&["check", "--format", "short", "moc-chau.plan"], dir.path());
    assert_eq!(code, 0);
    let own: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("moc-chau.plan:") && l.contains("warning["))
        .collect();
    assert_eq!(own.len(), 30, "{stdout}");
    assert!(own
        .iter()
        .all(|l| l.contains("[plan::lead_to_fill]") || l.contains("[plan::missing_header_field]")));
}

#[test]
fn plan_new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let parent = &in_repo(NATIONAL);
    std::fs::write(dir.path().join("tinh.plan"), "keep me\n").unwrap();
    let (code, _, stderr) = plan_new(dir.path(), parent, "Tỉnh Lai Châu", "tinh.plan", &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write `tinh.plan`: it exists; use --force to replace it"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("tinh.plan")).unwrap(),
        "keep me\n"
    );

    let forced = ["--force"];
    let (code, _, stderr) = plan_new(dir.path(), parent, "Tỉnh Lai Châu", "tinh.plan", &forced);
    assert_eq!(code, 0, "{stderr}");
    let text = std::fs::read_to_string(dir.path().join("tinh.plan")).unwrap();
    assert!(text.contains("implements viet_nam"));
}

#[test]
fn plan_new_says_why_it_cannot_start() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let national = &in_repo(NATIONAL);

    // A parent that does not exist: exit 2.
    let (code, _, stderr) = plan_new(d, "nope.plan", "X", "x.plan", &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read `nope.plan`: no such file"),
        "{stderr}"
    );

    // A parent with errors: exit 1, its errors shown, nothing written.
    std::fs::write(
        d.join("bad.plan"),
        "plan \"B\" { period 2021..2030 }\nindicator 1 \"X\" { unit nope direction increase }\n",
    )
    .unwrap();
    let (code, _, stderr) = plan_new(d, "bad.plan", "X", "x.plan", &[]);
    assert_eq!(code, 1);
    assert!(stderr.contains("plan::unknown_unit"), "{stderr}");
    assert!(stderr.contains("`bad.plan` has errors"), "{stderr}");
    assert!(!d.join("x.plan").exists());

    // A folder that does not exist: exit 2.
    let (code, _, stderr) = plan_new(d, national, "X", "no/such/x.plan", &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write `no/such/x.plan`: the folder `no/such` does not exist"),
        "{stderr}"
    );

    // A folder as the output: exit 2.
    std::fs::create_dir(d.join("sub")).unwrap();
    let (code, _, stderr) = plan_new(d, national, "X", "sub", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot write `sub`"), "{stderr}");

    // A file where a folder should be: exit 2, whoever runs it.
    std::fs::write(d.join("file"), "").unwrap();
    let (code, _, stderr) = plan_new(d, national, "X", "file/x.plan", &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write `file/x.plan`: `file` is not a folder"),
        "{stderr}"
    );

    // An empty area: exit 2.
    let (code, _, stderr) = plan_new(d, national, " ", "x.plan", &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--area is empty"), "{stderr}");

    // The parent itself, even with --force: exit 2, the parent untouched.
    std::fs::write(d.join("p.plan"), "plan \"P\" { document \"1\" issuer u signed 2021-01-01 period 2021..2030 }\nagency u \"U\"\nindicator 1 \"X\" { unit percent direction increase target 2030 >= 5 lead u source \"1\" }\n").unwrap();
    let before = std::fs::read_to_string(d.join("p.plan")).unwrap();
    let (code, _, stderr) = plan_new(d, "p.plan", "X", "./p.plan", &["--force"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("is the parent plan or a file it imports"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(d.join("p.plan")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn plan_new_reports_a_folder_it_cannot_write() {
    use std::os::unix::fs::PermissionsExt;
    // Root writes anywhere: nothing to test then.
    if unsafe { libc::geteuid() } == 0 {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let national = in_repo(NATIONAL);
    let (code, _, stderr) = plan_new(dir.path(), &national, "X", "locked/x.plan", &[]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot write `locked/x.plan`: permission denied"),
        "{stderr}"
    );
}

#[test]
fn plan_new_prints_to_standard_output() {
    let root = repo();
    let (code, stdout, stderr) = plan_new(&root, NATIONAL, "Tỉnh Lai Châu", "-", &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(&format!("import \"{NATIONAL}\" as viet_nam")),
        "{stdout}"
    );
    assert!(stdout.contains("adopts viet_nam.24"));
}

/// The `ref` of every target that has one.
fn target_refs(model: &Model) -> Vec<&str> {
    model
        .measures
        .values()
        .flat_map(|m| &m.targets)
        .filter_map(|t| t.reference.as_deref())
        .collect()
}

/// Every bundled plan that others implement gives a child that checks without an error: its
/// targets keep their `ref`s, so a target the parent restates in two sections (Đồng Nai's
/// indicator 1c for 2030) is restated in the child too, not repeated.
#[test]
fn a_new_plan_from_every_bundled_plan_checks_and_keeps_the_refs() {
    for parent in PARENTS {
        let dir = tempfile::tempdir().unwrap();
        let (parent_plan, new, text) =
            scaffold(&repo().join(parent), dir.path(), "child.plan", "Huyện X");
        let errors: Vec<_> = new.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{parent}: {errors:#?}");
        let refs = target_refs(&parent_plan.model);
        for r in &refs {
            assert!(text.contains(&format!(" ref \"{r}\"")), "{parent}: ref {r}");
        }
        assert_eq!(target_refs(&new.model).len(), refs.len(), "{parent}");
    }
}

/// `plan new` builds a syntax tree and prints it: the tree it builds from every bundled plan
/// that others implement, and from a parent with every form of target, is the one its text
/// reads back as, comments included and in the same places.
#[test]
fn the_tree_of_a_new_plan_reads_back_from_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let (rich, _) = rich_parent(dir.path());
    let parents = PARENTS.iter().map(|p| repo().join(p)).chain([rich]);
    for parent in parents {
        let model = planlang::load_path(&parent).expect("parent readable").model;
        let tree = new_plan_tree(&model, "parent.plan", "Huyện X");
        let text = new_plan(&model, "parent.plan", "Huyện X");
        assert_eq!(print(&tree), text, "{}", parent.display());
        let parsed = syntax::parse(&Source::new("child.plan", text.as_str()));
        assert!(!parsed.has_syntax_errors, "{:#?}", parsed.diagnostics);
        assert_eq!(parsed.file, tree, "{}", parent.display());
    }
}

/// Years are four digits in the language: a parent of the years 999 to 1005 gives a child
/// that writes them `0999..1005` and reads back the same years.
#[test]
fn years_below_1000_are_written_as_the_language_reads_them() {
    let (dir, parent) = common::folder_with(
        "old.plan",
        "plan \"Old\" { document \"1/KH\" issuer ubnd signed 0999-01-05 period 0999..1005 }\n\
         agency ubnd \"UBND\"\n\
         indicator 1 \"X\" { unit percent direction increase lead ubnd source \"I\"\n\
         target 0999 >= 5\n\
         target reduce by 1 points per year from 0999 until 1005\n\
         target maintain >= 5 from 1000 until 1004\n}\n",
    );
    let (parent_plan, new, text) = scaffold(&parent, dir.path(), "child.plan", "Huyện X");
    assert!(!parent_plan.has_errors(), "{:#?}", parent_plan.diagnostics);
    assert!(text.contains("period 0999..1005"), "{text}");
    assert!(text.contains("target 0999 >= 5"), "{text}");
    assert!(text.contains("from 0999 until 1005"), "{text}");
    assert!(!new.has_errors(), "{:#?}", new.diagnostics);
    assert_eq!(new.model.plan.period, Some((999, 1005)));
    assert_round_trip(&parent_plan.model, &new.model, "old");
}

/// `--force` replaces a regular file, never a FIFO, a link or a device (`/dev/null` as root
/// became a regular file): those are refused with exit 2 and left as they were.
#[test]
fn plan_new_never_replaces_what_is_not_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let national = in_repo(NATIONAL);
    let fifo = dir.path().join("pipe.plan");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a NUL-terminated path that lives through the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    std::fs::write(dir.path().join("real.plan"), "keep me\n").unwrap();
    std::os::unix::fs::symlink("real.plan", dir.path().join("link.plan")).unwrap();
    for (out, kind) in [
        ("pipe.plan", "FIFO"),
        ("link.plan", "link"),
        ("/dev/null", "device"),
    ] {
        let (code, _, stderr) = plan_new(dir.path(), &national, "X", out, &["--force"]);
        assert_eq!(code, 2, "{kind}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "cannot write `{out}`: it exists and is not a regular file"
            )),
            "{kind}: {stderr}"
        );
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
    assert!(std::fs::symlink_metadata(dir.path().join("link.plan"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real.plan")).unwrap(),
        "keep me\n"
    );
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
}

/// A parent's targets for a quarter, a half-year, a month and a total to date are taken up
/// as written, and the new plan reads them back the same.
#[test]
fn milestones_within_a_year_are_taken_up_as_written() {
    let budget = std::fs::read_to_string("tests/cases/within_year/budget.plan").unwrap();
    let (dir, parent) = common::folder_with("budget.plan", &budget);
    let (parent_plan, new, text) = scaffold(&parent, dir.path(), "child.plan", "Huyện X");
    // Consecutive targets have their comparisons aligned (one layout with `plan fmt`).
    for written in [
        "target 2026-Q2            >= 500",
        "target 2026-Q3 cumulative >= 750",
        "target 2026-H1 >= 45",
        "target 2026-06 >= 45",
    ] {
        assert!(text.contains(written), "{written}: {text}");
    }
    assert!(!new.has_errors(), "{:#?}", new.diagnostics);
    assert_round_trip(&parent_plan.model, &new.model, "budget");
}

/// The warnings `plan new` counts are the ones `plan check` prints, for every bundled plan
/// (Đồng Nai's own contradictions among them).
#[test]
fn plan_new_counts_the_warnings_plan_check_prints() {
    for parent in [
        "plans/son-la-children-2021-2030.plan",
        "plans/dong-nai-drugs-2025.plan",
        "plans/can-tho-population-2025.plan",
        "plans/bac-ninh-digital-economy-2026-2030.plan",
        "plans/national/children-2021-2030.plan",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (code, stdout, stderr) =
            plan_new(dir.path(), &in_repo(parent), "Huyện X", "new.plan", &[]);
        assert_eq!(code, 0, "{parent}: {stderr}");
        let said = stdout
            .split(" warnings in all")
            .next()
            .and_then(|s| s.rsplit('(').next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("{parent}: no count in {stdout}"));
        let (_, checked, _) = plan(&["check", "new.plan"], dir.path());
        assert!(
            checked.contains(&format!("0 errors, {said} warnings")),
            "{parent}: plan new said {said}, plan check: {checked}"
        );
    }
}
