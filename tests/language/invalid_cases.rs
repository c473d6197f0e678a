//! Golden tests over `tests/cases/invalid`: each file is a small plan with exactly one problem.
//!
//! A case's first line is `// expect: plan::<code>` and its second line says in plain words what
//! is wrong. Loading the case must give exactly one diagnostic, with that code; the rendered
//! diagnostic (miette's report, then the short form) is snapshotted under `tests/snapshots/`.
//! Each case is also said in Vietnamese: every text of its diagnostic differs from the
//! English, and the code, severity and places stay as they are.

use planlang::i18n::Lang;
use planlang::render::diagnostics::{human, short};
use planlang::Code;
use std::path::{Path, PathBuf};

/// Relative to the crate root (where `cargo test` runs), so that snapshots do not depend on
/// where the repository is checked out.
const CASES: &str = "tests/cases/invalid";

/// Every `.plan` file in the cases folder, sorted by name.
fn case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CASES)
        .unwrap_or_else(|e| panic!("cannot read {CASES}: {e}"))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "plan"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .plan files in {CASES}");
    files
}

/// The code named on the `// expect: plan::<code>` first line.
fn expected_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let first = text.lines().next().unwrap_or_default();
    let code = first
        .strip_prefix("// expect:")
        .unwrap_or_else(|| {
            panic!(
                "{}: the first line must be `// expect: plan::<code>`, found {first:?}",
                path.display()
            )
        })
        .trim();
    let second = text.lines().nth(1).unwrap_or_default();
    assert!(
        second.starts_with("// ") && second.len() > 3,
        "{}: the second line must be a `// ` comment saying what is wrong, found {second:?}",
        path.display()
    );
    code.to_string()
}

fn name_of(path: &Path) -> String {
    path.file_stem()
        .expect("a case file has a name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn each_invalid_case_gives_exactly_its_diagnostic() {
    for path in case_files() {
        let name = name_of(&path);
        let expected = expected_code(&path);
        let checked = planlang::load_path(&path)
            .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        let all: Vec<String> = checked
            .diagnostics
            .iter()
            .map(|d| short(d, Lang::En))
            .collect();
        assert_eq!(
            checked.diagnostics.len(),
            1,
            "{}: expected exactly one diagnostic ({expected}), got {}:\n{}",
            path.display(),
            all.len(),
            all.join("\n")
        );
        let d = &checked.diagnostics[0];
        assert_eq!(
            d.code().as_str(),
            expected,
            "{}: wrong code; diagnostics:\n{}",
            path.display(),
            all.join("\n")
        );
        let rendered = format!(
            "{}\n\n{}",
            human(d, Lang::En, false, 100),
            short(d, Lang::En)
        );
        insta::assert_snapshot!(name, rendered);
    }
}

#[test]
fn every_code_has_an_invalid_case() {
    let files = case_files();
    let expected: Vec<String> = files.iter().map(|p| expected_code(p)).collect();
    // A case must name a real code (a typo in `expect:` would otherwise cover nothing).
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    for (path, code) in files.iter().zip(&expected) {
        assert!(
            known.contains(&code.as_str()),
            "{}: `{code}` is not a diagnostic code",
            path.display()
        );
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.in_plans() && **c != Code::Internal)
        .map(|c| c.as_str())
        .filter(|c| !expected.iter().any(|e| e == c))
        .collect();
    assert!(
        missing.is_empty(),
        "these codes have no case in {CASES} (add `<name>.plan` starting with `// expect: <code>`): {}",
        missing.join(", ")
    );
}

#[test]
fn each_invalid_case_is_said_in_vietnamese() {
    for path in case_files() {
        let checked = planlang::load_path(&path)
            .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        let d = &checked.diagnostics[0];
        let (en, vi) = (d.words(Lang::En), d.words(Lang::Vi));
        let case = path.display();
        assert_ne!(
            en.message, vi.message,
            "{case}: the message is left in English"
        );
        assert!(
            en.label.is_empty() || en.label != vi.label,
            "{case}: the label is left in English: {}",
            en.label
        );
        match (&en.help, &vi.help) {
            (Some(e), Some(v)) => assert_ne!(e, v, "{case}: the help is left in English"),
            (None, None) => {}
            _ => panic!("{case}: help in one language only"),
        }
        assert_eq!(en.related.len(), vi.related.len(), "{case}");
        for (e, v) in en.related.iter().zip(&vi.related) {
            assert_eq!(e.span, v.span, "{case}");
            assert_ne!(e.text, v.text, "{case}: a place's text is left in English");
        }
        // The short form keeps the file, place, severity and code, and says the message.
        let (line, column) = d.line_col();
        let prefix = format!(
            "{}:{line}:{column}: {}[{}]: ",
            d.file(),
            d.severity().as_str(),
            d.code().as_str()
        );
        let short_vi = short(d, Lang::Vi);
        assert!(
            short_vi.starts_with(&prefix) && short_vi.ends_with(&vi.message),
            "{case}: {short_vi}"
        );
        // The drawing heads with the code, and its help with the Vietnamese heading.
        let drawn = human(d, Lang::Vi, false, 100);
        assert!(drawn.starts_with(d.code().as_str()), "{case}: {drawn}");
        if vi.help.is_some() {
            assert!(
                drawn.contains("\n  gợi ý: ") && !drawn.contains("help:"),
                "{case}: {drawn}"
            );
        }
    }
}
