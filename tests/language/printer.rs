//! `planlang::syntax::print::print` on every plan file of the repository and on mutated ones:
//! the printed text parses without syntax errors to an equal tree (spans aside) with the same
//! comments, prints again unchanged, and for the bundled plans checks to the same model with
//! the same diagnostics.

use crate::mutation::{mutate, Rng};
use planlang::syntax::ast::File;
use planlang::syntax::print::print;
use planlang::syntax::{self, Parsed};
use planlang::{Code, Source};
use std::path::{Path, PathBuf};

/// Every `.plan` file under `dir`, recursively, sorted.
pub fn plan_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("readable directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "plan") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(dir), &mut out);
    out.sort();
    out
}

/// A `Debug` text without what differs between two texts that say the same thing: spans
/// (`12..34`) and a source's length (`Source("p.plan", 812 bytes)`). Used where `==` cannot
/// be: a tree holding NaN (a number too large) is not equal to itself, and the model has no
/// `PartialEq`.
pub(crate) fn without_positions(debug: &str) -> String {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(c) = rest.chars().next() {
        let run = digits(rest);
        if run == 0 {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let after = &rest[run..];
        let span_end = after.strip_prefix("..").map_or(0, digits);
        if span_end > 0 {
            out.push('_');
            rest = &after[2 + span_end..];
        } else if after.starts_with(" bytes)") {
            out.push('_');
            rest = after;
        } else {
            out.push_str(&rest[..run]);
            rest = after;
        }
    }
    out
}

/// Fails with the first difference of two long texts and a little around it.
pub(crate) fn assert_same_text(a: &str, b: &str, what: &str) {
    if a == b {
        return;
    }
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    // Byte offsets moved onto character boundaries (`str::floor_char_boundary` is recent).
    let around = |s: &str| {
        let (mut from, mut to) = (at.saturating_sub(300), (at + 300).min(s.len()));
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        while !s.is_char_boundary(to) {
            to += 1;
        }
        s[from..to].to_string()
    };
    panic!(
        "{what}: differs at byte {at}:\n{}\n---\n{}",
        around(a),
        around(b)
    );
}

fn same_tree(a: &File, b: &File) -> bool {
    a == b || without_positions(&format!("{a:?}")) == without_positions(&format!("{b:?}"))
}

fn comment_texts(file: &File) -> Vec<&str> {
    file.comments.iter().map(|c| c.text.as_str()).collect()
}

/// The codes of the diagnostics met while reading, but the decimal comma, which the printed
/// text no longer has (it writes `9.5` for `9,5`).
fn reading_codes(parsed: &Parsed) -> Vec<Code> {
    parsed
        .diagnostics
        .iter()
        .map(|d| d.code())
        .filter(|&code| code != Code::DecimalComma)
        .collect()
}

/// Checks the round trip of `text`; `false` when the text has syntax errors (its tree misses
/// what the grammar rejected: nothing to compare).
fn round_trips(name: &str, text: &str) -> bool {
    let original = syntax::parse(&Source::new(name, text));
    if original.has_syntax_errors {
        return false;
    }
    let printed = print(&original.file);
    let again = syntax::parse(&Source::new(name, printed.as_str()));
    assert!(
        !again.has_syntax_errors,
        "{name}: the printed text has syntax errors: {:?}\n{printed}",
        again.diagnostics
    );
    if !same_tree(&original.file, &again.file) {
        assert_same_text(
            &format!("{:?}", original.file),
            &format!("{:?}", again.file),
            &format!("{name}: the printed text reads to another tree"),
        );
    }
    assert_eq!(
        comment_texts(&original.file),
        comment_texts(&again.file),
        "{name}: comments"
    );
    assert_eq!(reading_codes(&original), reading_codes(&again), "{name}");
    assert_eq!(print(&again.file), printed, "{name}: printed twice differs");
    true
}

#[test]
fn print_round_trips_every_plan_file() {
    let mut files = plan_files("plans");
    files.extend(plan_files("tests"));
    let (mut checked, mut skipped) = (0, 0);
    for path in &files {
        let Ok(text) = planlang::files::read_plan_text(path) else {
            skipped += 1;
            continue;
        };
        if round_trips(&path.to_string_lossy(), &text) {
            checked += 1;
        } else {
            skipped += 1;
        }
    }
    eprintln!("{checked} plan files printed back, {skipped} skipped (syntax errors or not UTF-8)");
    assert!(
        checked > 100,
        "only {checked} files checked, {skipped} skipped"
    );
}

#[test]
fn print_round_trips_mutated_plans() {
    let mut rng = Rng(0x7072_696e);
    let mut seeds = plan_files("plans");
    seeds.extend(plan_files("tests/cases").into_iter().step_by(3));
    let (mut checked, mut tried) = (0, 0);
    for seed in &seeds {
        let bytes = std::fs::read(seed).expect("readable seed");
        let name = seed.to_string_lossy();
        for _ in 0..30 {
            let Ok(text) = String::from_utf8(mutate(&mut rng, &bytes)) else {
                continue;
            };
            tried += 1;
            if round_trips(&name, &text) {
                checked += 1;
            }
        }
    }
    eprintln!("{checked} of {tried} mutated plans without syntax errors printed back");
    assert!(checked > seeds.len() * 3, "only {checked} of {tried}");
}

/// What `plan check` finds in a file and the plans it imports: the codes of its diagnostics
/// (the decimal comma aside, as in [`reading_codes`]) and its model without positions.
fn check(name: &str, text: &str) -> (Vec<Code>, String) {
    let checked = planlang::load_str(name, text);
    let codes = checked
        .diagnostics
        .iter()
        .map(|d| d.code())
        .filter(|&code| code != Code::DecimalComma)
        .collect();
    (codes, without_positions(&format!("{:?}", checked.model)))
}

/// A file checks to the same model, with the same diagnostics, from its printed text as from
/// its own (its imports are read from the disk, relative to its name, in both cases).
fn checks_the_same(path: &Path) -> bool {
    let name = path.to_string_lossy();
    let Ok(text) = planlang::files::read_plan_text(path) else {
        return false;
    };
    let parsed = syntax::parse(&Source::new(&*name, text.as_str()));
    if parsed.has_syntax_errors {
        return false;
    }
    let (codes, model) = check(&name, &text);
    let (printed_codes, printed_model) = check(&name, &print(&parsed.file));
    assert_eq!(codes, printed_codes, "{name}");
    assert_same_text(&model, &printed_model, &name);
    true
}

#[test]
fn print_keeps_what_plan_check_finds_in_the_bundled_plans() {
    let files = plan_files("plans");
    assert!(files.len() >= 7, "{files:?}");
    for path in &files {
        assert!(checks_the_same(path), "{}", path.display());
    }
}

/// The same for the test plans, valid and invalid: the diagnostics of a file that breaks a
/// rule must not depend on how it is laid out.
#[test]
fn print_keeps_what_plan_check_finds_in_the_test_plans() {
    let files = plan_files("tests");
    let checked = files.iter().filter(|path| checks_the_same(path)).count();
    assert!(checked > 100, "only {checked} of {} files", files.len());
}
