//! The VS Code extension's TextMate grammar, loaded as VS Code loads it (`vscode-textmate`):
//! its own tests (`npm test` in `editors/vscode`), and its scopes against planlang's parser
//! on every token of every bundled plan (`test/agree.js` on what `parser_tokens` reads). They
//! need Node.js and the extension's packages (`npm ci` in `editors/vscode`, which needs the
//! npm registry, so `cargo test` never runs it): without them these tests skip, with one line
//! on stderr; with `PLANLANG_REQUIRE_NODE` set (CI sets it, after `npm ci`), they fail instead.

use crate::common::required::{required, Program};
use crate::parser_tokens;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Node.js, which the editor tests run the grammar and a recording language server in.
pub const NODE: Program = Program {
    names: &["node", "nodejs"],
    require: "PLANLANG_REQUIRE_NODE",
    checks: "the tests of the VS Code extension's grammar",
    package: "nodejs npm",
};

const NPM: Program = Program {
    names: &["npm"],
    require: NODE.require,
    checks: NODE.checks,
    package: NODE.package,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The extension's folder, when its packages are installed (said once when not).
fn installed_extension() -> Option<PathBuf> {
    let extension = root().join("editors/vscode");
    if extension.join("node_modules/vscode-textmate").is_dir() {
        return Some(extension);
    }
    let why = "the extension's packages are not installed: run `npm ci` in editors/vscode";
    assert!(
        !required(NODE.require),
        "{} is set, but {why}",
        NODE.require
    );
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| eprintln!("note: {} were skipped: {why}", NODE.checks));
    None
}

fn run(command: &mut Command) -> (Output, String) {
    let out = command.output().expect("run node");
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out, text)
}

#[test]
fn the_extension_tests_pass_on_the_bundled_plans() {
    let Some(npm) = NPM.find() else {
        return;
    };
    let Some(extension) = installed_extension() else {
        return;
    };
    let (out, text) = run(Command::new(npm).arg("test").current_dir(&extension));
    assert!(
        out.status.success(),
        "npm test failed ({}):\n{text}",
        out.status
    );
    // node's test runner closes with its counts: every test ran and passed.
    let count = |name: &str| -> usize {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("# {name} ")))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no `# {name}` line in:\n{text}"))
    };
    assert!(count("pass") >= 14, "{text}");
    assert_eq!(count("fail"), 0, "{text}");
    assert_eq!(count("tests"), count("pass"), "{text}");
}

/// Every plan file under `folder`.
fn bundled_plans(folder: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("plans/").flatten() {
        let path = entry.path();
        if path.is_dir() {
            bundled_plans(&path, into);
        } else if path.extension().is_some_and(|e| e == "plan") {
            into.push(path);
        }
    }
}

#[test]
fn the_grammar_colours_every_token_the_parser_reads_in_the_bundled_plans() {
    let Some(node) = NODE.find() else {
        return;
    };
    let Some(extension) = installed_extension() else {
        return;
    };
    let mut plans = Vec::new();
    bundled_plans(&root().join("plans"), &mut plans);
    let bundled = plans.len();
    assert!(bundled >= 10, "{plans:?}");
    // The plans of the tests too, for the syntax the bundled ones do not use (weighted
    // aggregates, milestones within a year, scopes...): those that parse.
    bundled_plans(&root().join("tests/cases"), &mut plans);
    plans.sort();
    let expected: Vec<serde_json::Value> = plans
        .iter()
        .filter_map(|plan| {
            let text = std::fs::read_to_string(plan).expect("a plan");
            let tokens = parser_tokens::tokens(&text);
            if tokens.is_none() {
                assert!(
                    !plan.starts_with(root().join("plans")),
                    "{} does not parse",
                    plan.display()
                );
            }
            let relative = plan.strip_prefix(root()).expect("under the root");
            Some(serde_json::json!({ "file": relative.to_string_lossy(), "tokens": tokens? }))
        })
        .collect();
    assert!(
        expected.len() > bundled + 50,
        "{} plans parsed",
        expected.len()
    );
    let tokens: usize = expected
        .iter()
        .map(|f| f["tokens"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(tokens > 20_000, "only {tokens} tokens read");
    let folder = tempfile::tempdir().expect("tempdir");
    let file = folder.path().join("tokens.json");
    std::fs::write(&file, serde_json::to_string(&expected).expect("json")).expect("write");
    let (out, text) = run(Command::new(node)
        .arg("test/agree.js")
        .arg(&file)
        .current_dir(&extension));
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains(&format!("agree: {tokens} passed, 0 failed")),
        "{text}"
    );
}
