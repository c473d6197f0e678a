//! `planlang::syntax::format::format` (`plan fmt`) on every plan file of the repository and on
//! thousands of plans mutated from them: each formats to a text that reads to the same syntax
//! tree with the same comments in the same order, and formats again unchanged
//! (`planlang::properties::formatted`); the files check to the same model with the same
//! diagnostics; the bundled plans are formatted already; a line break written before a clause
//! keyword or after a list's `,` stays.

use crate::mutation::{gaps, mutate_layout, Rng};
use crate::printer::{assert_same_text, plan_files, without_positions};
use planlang::properties;
use planlang::syntax::format::format;
use planlang::{Code, Source};
use std::path::PathBuf;

/// What `plan check` finds in a file and the plans it imports: the codes of its diagnostics
/// (a decimal comma's among them: the formatter keeps it) and its model without positions.
fn check(name: &str, text: &str) -> (Vec<Code>, String) {
    let checked = planlang::load_str(name, text);
    let codes = checked.diagnostics.iter().map(|d| d.code()).collect();
    (codes, without_positions(&format!("{:?}", checked.model)))
}

/// Every plan file of the repository that reads as text: the bundled plans, and the tests'
/// (valid and invalid: the diagnostics of a file that breaks a rule must not depend on its
/// layout).
fn every_plan_file() -> Vec<(PathBuf, String)> {
    let mut files = plan_files("plans");
    files.extend(plan_files("tests"));
    files
        .into_iter()
        .filter_map(|path| Some((path.clone(), planlang::files::read_plan_text(&path).ok()?)))
        .collect()
}

#[test]
fn format_keeps_the_tree_the_comments_and_the_model_of_every_plan_file() {
    let files = every_plan_file();
    let mut formatted = 0;
    for (path, text) in &files {
        let name = path.to_string_lossy();
        let Some(out) = properties::formatted(&name, text.as_bytes()) else {
            continue;
        };
        formatted += 1;
        // Imports are read from the disk, relative to the name, in both cases.
        let (codes, model) = check(&name, text);
        let (out_codes, out_model) = check(&name, &out);
        assert_eq!(codes, out_codes, "{name}");
        assert_same_text(&model, &out_model, &name);
    }
    // The files with syntax errors are the only ones left out.
    let refused = files.len() - formatted;
    assert!(
        formatted > 140 && refused < 20,
        "{formatted} formatted, {refused} refused"
    );
}

#[test]
fn the_bundled_plans_are_formatted() {
    let files = plan_files("plans");
    assert!(files.len() >= 11, "{files:?}");
    for path in &files {
        let text = planlang::files::read_plan_text(path).expect("a bundled plan");
        let source = Source::new(path.to_string_lossy(), text.as_str());
        let out = format(&source).unwrap_or_else(|d| panic!("{}: {d:?}", path.display()));
        assert_same_text(
            &text,
            &out,
            &format!("{}: run `plan fmt plans`", path.display()),
        );
    }
}

/// About 3,100 plans made from the bundled plans and the test fixtures by changes of layout
/// (`mutation::mutate_layout`), of which those without syntax errors (about 2,600; at least
/// 2,500 is asserted) must keep the properties; a few seconds in a debug build.
#[test]
fn format_keeps_the_tree_and_the_comments_of_mutated_plans() {
    let mut rng = Rng(0x666d_7421);
    let seeds: Vec<(PathBuf, String)> = every_plan_file();
    let (mut formatted, mut tried) = (0, 0);
    for (path, text) in &seeds {
        // The bundled plans are long (a tenth of a second each in a debug build): two
        // mutations of each, as they are checked unmutated above; the fixtures give variety.
        let count = if path.starts_with("plans") { 2 } else { 20 };
        let name = path.to_string_lossy();
        for _ in 0..count {
            let mutated = mutate_layout(&mut rng, text);
            tried += 1;
            if properties::formatted(&name, mutated.as_bytes()).is_some() {
                formatted += 1;
            }
        }
    }
    eprintln!("{formatted} of {tried} mutated plans formatted");
    assert!(formatted >= 2500, "only {formatted} of {tried}");
}

/// Words that begin a clause inside a field and never a field or an item: a line the
/// formatter writes starting with one is a continuation line.
const CLAUSE_WORDS: [&str; 5] = ["ref", "because", "strive", "where", "short"];

/// The lines of `text` that are not comments (nor, as far as can be told line by line, inside
/// one) and that `starts` or `ends` with a word or sign: how many start with each clause word,
/// and how many end with `,`.
fn continuation_counts(text: &str) -> (Vec<usize>, usize) {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with("/*") && !l.starts_with('*'))
        .collect();
    let starts = |word: &str| {
        let with = |l: &&&str| {
            l.strip_prefix(word)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '"']))
        };
        lines.iter().filter(with).count()
    };
    let commas = lines.iter().filter(|l| l.ends_with(',')).count();
    (CLAUSE_WORDS.iter().map(|w| starts(w)).collect(), commas)
}

/// `text` with a line break (and some indentation) in each gap between words that comes before
/// a clause word or after a `,`, but for a gap that starts a line or holds a comment's end.
fn split_at_clauses(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_string();
    for (start, end) in gaps(text).into_iter().rev() {
        let after = &text[end..];
        let before_clause = CLAUSE_WORDS.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with([' ', '\t', '\r', '\n', '"']))
        });
        let after_comma = text[..start].ends_with(',');
        let line_so_far = &text[text[..start].rfind('\n').map_or(0, |i| i + 1)..start];
        let starts_line = line_so_far.trim().is_empty();
        if (before_clause || after_comma) && !starts_line && !line_so_far.contains("//") {
            let indent = " ".repeat(rng.below(12));
            out.replace_range(start..end, &format!("\n{indent}"));
        }
    }
    out
}

/// Every plan file, its lines broken before each clause keyword and after each `,` of a list:
/// formatted, every one of those breaks is still there (as many lines start with each clause
/// word, as many end with `,`), and the text formats again unchanged.
#[test]
fn lines_broken_before_clause_keywords_and_after_commas_stay_broken() {
    let mut rng = Rng(0x636f_6e74);
    let (mut formatted, mut kept) = (0, 0);
    for (path, text) in &every_plan_file() {
        let name = path.to_string_lossy();
        let split = split_at_clauses(&mut rng, text);
        let Some(out) = properties::formatted(&name, split.as_bytes()) else {
            continue;
        };
        formatted += 1;
        let (words, commas) = continuation_counts(&split);
        assert_eq!(
            continuation_counts(&out),
            (words.clone(), commas),
            "{name}:\n{out}"
        );
        kept += words.iter().sum::<usize>() + commas;
    }
    eprintln!("{kept} continuation lines in {formatted} formatted plans");
    assert!(formatted > 140, "{formatted} formatted");
    // The test means something only if the plans have many such breaks to keep.
    assert!(kept > 1000, "{kept} continuation lines");
}
