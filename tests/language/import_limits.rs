//! Imports at scale: a chain of files each importing the next is cut at a depth limit with a
//! diagnostic (a chain of 700 used to overflow the stack), and a file imported under several
//! names by files imported under several names is held once (each level used to copy the
//! level below into every name: 4× the memory a level, 1.6 GB at 12 files).

use crate::common;
use planlang::i18n::Lang;

use planlang::render::diagnostics::short;
use planlang::{Checked, Code};
use std::path::Path;
use std::sync::Arc;

/// `f0.plan` … `f{n-1}.plan` in `dir`, each importing the next under each of `aliases` and
/// declaring one agency `g{i}`.
fn chain(dir: &Path, n: usize, aliases: &[&str]) {
    for i in 0..n {
        let mut text = String::new();
        if i + 1 < n {
            for alias in aliases {
                text.push_str(&format!("import \"f{}.plan\" as {alias}\n", i + 1));
            }
        }
        text.push_str(&format!("agency g{i} \"Agency {i}\"\n"));
        std::fs::write(dir.join(format!("f{i}.plan")), text).expect("write");
    }
}

/// The chain written in `dir`, checked from its first file, and the short form of each of its
/// diagnostics.
fn check_chain(dir: &Path) -> (Checked, Vec<String>) {
    let checked = planlang::load_path(dir.join("f0.plan")).expect("read");
    let all = checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect();
    (checked, all)
}

#[test]
fn a_chain_of_700_imports_stops_at_the_depth_limit_with_the_chain() {
    let dir = tempfile::tempdir().expect("tempdir");
    chain(dir.path(), 700, &["x"]);
    // In a test thread, whose stack is smaller than a program's main thread.
    let (checked, all) = check_chain(dir.path());
    assert_eq!(all.len(), 1, "{all:#?}");
    let d = &checked.diagnostics[0];
    assert_eq!(d.code(), Code::ImportTooDeep);
    // At the import in the 32nd file, of the 33rd.
    assert!(d.file().ends_with("f31.plan"), "{}", all[0]);
    assert_eq!(d.line_col(), (1, 8));
    assert!(
        d.message(Lang::En).contains("deeper than 32 files"),
        "{}",
        d.message(Lang::En)
    );
    let message = d.message(Lang::En);
    let chain = message.split_once(": ").map_or("", |(_, c)| c);
    let files: Vec<&str> = chain.split(" → ").collect();
    assert_eq!(files.len(), 33, "{chain}");
    assert!(files[0].ends_with("f0.plan") && files[32].ends_with("f32.plan"));

    let run = common::run_within(dir.path(), &["check", "--format", "short", "f0.plan"], 60);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stdout.starts_with("f31.plan:1:8: error[plan::import_too_deep]: importing `f32.plan` here nests imports deeper than 32 files: f0.plan → f1.plan → "), "{run:?}");
}

#[test]
fn a_chain_as_long_as_the_limit_is_read_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    chain(dir.path(), 32, &["x"]);
    let (_, all) = check_chain(dir.path());
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_file_imported_under_four_names_at_each_of_14_levels_is_held_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    chain(dir.path(), 14, &["a", "b", "c", "d"]);
    let run = common::run_within(dir.path(), &["check", "f0.plan"], 60);
    assert_eq!(run.code, Some(0), "{run:?}");
    let checked = planlang::load_path(dir.path().join("f0.plan")).expect("read");
    assert!(checked.diagnostics.is_empty());
    // Every level holds its own agency only, and its four imports are one model.
    let mut model = &checked.model;
    for level in 0..13 {
        assert_eq!(
            model.agencies.keys().collect::<Vec<_>>(),
            [&format!("g{level}")]
        );
        let imports: Vec<_> = model.imports.values().map(|i| &i.model).collect();
        assert_eq!(imports.len(), 4);
        assert!(imports.iter().all(|m| Arc::ptr_eq(m, imports[0])));
        model = imports[0];
    }
    assert!(model.imports.is_empty());
}

#[test]
fn a_name_through_imports_of_imports_is_brought_in_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    chain(dir.path(), 5, &["a", "b"]);
    let top = "import \"f1.plan\" as a\nplan \"P\" { document \"1/KH\" issuer a.b.a.g3 signed 2021-01-05 period 2021..2030 }\n\
               report r \"R\" { period year due 15/12 from a.g1, a.b.a.b.g4 to a.a.g2 }\n";
    std::fs::write(dir.path().join("top.plan"), top).expect("write");
    let checked = planlang::load_path(dir.path().join("top.plan")).expect("read");
    let all: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect();
    assert!(all.is_empty(), "{all:#?}");
    let mut names: Vec<&str> = checked.model.agencies.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["a.a.g2", "a.b.a.b.g4", "a.b.a.g3", "a.g1"]);
    assert_eq!(checked.model.agencies["a.b.a.g3"].name, "Agency 3");

    // `b.g1` goes through an import this file does not have: unknown, at its place.
    std::fs::write(
        dir.path().join("top.plan"),
        top.replace("from a.g1,", "from b.g1,"),
    )
    .expect("write");
    let checked = planlang::load_path(dir.path().join("top.plan")).expect("read");
    let all: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| short(d, Lang::En))
        .collect();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(
        all[0].ends_with("top.plan:3:43: error[plan::unknown_agency]: unknown agency `b.g1`"),
        "{all:#?}"
    );
    let help = checked.diagnostics[0].words(Lang::En).help;
    assert_eq!(help.as_deref(), Some("did you mean `a.g1`?"));
}
