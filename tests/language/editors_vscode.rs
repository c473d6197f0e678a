//! The VS Code extension's own tests (`npm test` in `editors/vscode`): the TextMate grammar
//! loaded as VS Code loads it, on the bundled plans. They need Node.js and the extension's
//! packages (`npm ci` in `editors/vscode`, which needs the npm registry, so `cargo test` never
//! runs it): without them this test skips, with one line on stderr; with
//! `PLANLANG_REQUIRE_NODE` set (CI sets it, after `npm ci`), it fails instead.

use crate::common::required::{required, Program};
use std::path::PathBuf;
use std::process::Command;

const NPM: Program = Program {
    names: &["npm"],
    require: "PLANLANG_REQUIRE_NODE",
    checks: "the tests of the VS Code extension's grammar",
    package: "nodejs npm",
};

#[test]
fn the_extension_tests_pass_on_the_bundled_plans() {
    let Some(npm) = NPM.find() else {
        return;
    };
    let extension = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("editors/vscode");
    if !extension.join("node_modules/vscode-textmate").is_dir() {
        let why = "the extension's packages are not installed: run `npm ci` in editors/vscode";
        assert!(!required(NPM.require), "{} is set, but {why}", NPM.require);
        eprintln!("note: {} were skipped: {why}", NPM.checks);
        return;
    }
    let run = Command::new(npm)
        .arg("test")
        .current_dir(&extension)
        .output()
        .expect("npm test");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "npm test failed ({}):\n{stdout}\n{stderr}",
        run.status
    );
    // node's test runner closes with its counts: every test ran and passed.
    let count = |name: &str| -> usize {
        stdout
            .lines()
            .find_map(|l| l.strip_prefix(&format!("# {name} ")))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no `# {name}` line in:\n{stdout}"))
    };
    assert!(count("pass") >= 13, "{stdout}");
    assert_eq!(count("fail"), 0, "{stdout}");
    assert_eq!(count("tests"), count("pass"), "{stdout}");
}
