//! A real editor as the client of `plan lsp`: headless Neovim (Debian's package) opens the
//! Sơn La plan with an agency no one declared, starts the server with its own LSP client
//! (tests/fixtures/lsp/diagnostics.lua) and reports the diagnostics it received, and what the
//! server answers to a definition and a hover Neovim asks for. Skipped when
//! `nvim` is not installed, unless PLANLANG_REQUIRE_NVIM is set (CI sets it).

use crate::common::required::Program;
use crate::common::run_in;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Stdio};

const NVIM: Program = Program {
    names: &["nvim"],
    require: "PLANLANG_REQUIRE_NVIM",
    checks: "the test of Neovim as a client of plan lsp",
    package: "neovim",
};

#[test]
fn neovim_receives_the_diagnostics_of_a_plan_as_it_opens_it() {
    let Some(nvim) = NVIM.find() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("kế hoạch");
    let plans = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
    std::fs::create_dir_all(root.join("national")).expect("mkdir");
    std::fs::copy(
        plans.join("national/children-2021-2030.plan"),
        root.join("national/children-2021-2030.plan"),
    )
    .expect("copy");
    let text = std::fs::read_to_string(plans.join("son-la-children-2021-2030.plan")).expect("read");
    // The lead of indicator 1 becomes an agency no one declared, with Vietnamese letters.
    let wrong = "    lead sở_lđtbxh ref \"V.1\"";
    let text = text.replacen("    lead ldtbxh ref \"V.1\"", wrong, 1);
    let plan = root.join("sơn-la.plan");
    std::fs::write(&plan, &text).expect("write");
    // The cursor on `3a` of an indicator that takes up the national part 3a.
    let adopts = text.find("adopts national.3a").expect("adopts") + "adopts national.".len();
    let line = text[..adopts].matches('\n').count();
    let line_start = text[..adopts].rfind('\n').map_or(0, |at| at + 1);
    let character = text[line_start..adopts].encode_utf16().count();
    let out = dir.path().join("diagnostics.json");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lsp/diagnostics.lua");
    let status = Command::new(nvim)
        .args(["--headless", "--clean", "-n", "-u", "NONE", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("PLAN_BINARY", env!("CARGO_BIN_EXE_plan"))
        .env("PLAN_FILE", &plan)
        .env("PLAN_OUT", &out)
        .env("PLAN_AT", format!("{line},{character}"))
        .env_remove("PLANLANG_LANG")
        .current_dir(&root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .expect("run nvim");
    assert!(status.success(), "nvim: {status}");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("the script's report"))
            .expect("JSON");
    assert_eq!(report["arrived"], true, "{report}");
    let diagnostics = report["diagnostics"].as_array().expect("diagnostics");
    // Neovim lists what plan check finds: the same number of problems.
    let checked = run_in(&root, &["check", "--format", "json", "sơn-la.plan"]);
    let checked: Value = serde_json::from_str(&checked.stdout).expect("plan check's JSON");
    assert_eq!(
        diagnostics.len(),
        checked["files"][0]["diagnostics"]
            .as_array()
            .map_or(0, Vec::len),
        "{report:#}"
    );
    let unknown = diagnostics
        .iter()
        .find(|d| d["code"] == "plan::unknown_agency")
        .unwrap_or_else(|| panic!("no unknown agency in {report:#}"));
    // Neovim counts columns in bytes: it turned the server's UTF-16 columns into them.
    let line = text.lines().position(|l| l == wrong).expect("the line");
    let start = wrong.find("sở_lđtbxh").expect("the id");
    assert_eq!(unknown["line"], line);
    assert_eq!(unknown["col"], start);
    assert_eq!(unknown["end_col"], start + "sở_lđtbxh".len());
    assert_eq!(unknown["severity"], 1);
    assert_eq!(unknown["source"], "planlang");
    assert!(unknown["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("unknown agency `sở_lđtbxh`")));
    // Asked where `3a` is declared, the server names the national file, at its part `a`:
    // as a link, which Neovim takes.
    let answers = &report["answers"];
    let link = &answers["textDocument/definition"][0];
    let national = root.join("national/children-2021-2030.plan");
    let national_uri = crate::common::lsp::file_uri(&national);
    assert_eq!(link["targetUri"], national_uri.as_str(), "{report:#}");
    let national_text = std::fs::read_to_string(&national).expect("read");
    let declared = link["targetSelectionRange"]["start"]["line"]
        .as_u64()
        .and_then(|at| national_text.lines().nth(at as usize))
        .unwrap_or_else(|| panic!("no line in {link}"));
    assert!(declared.trim_start().starts_with("part a "), "{declared}");
    // And hovering it, the part's Markdown.
    let hover = &answers["textDocument/hover"];
    assert_eq!(hover["contents"]["kind"], "markdown", "{report:#}");
    assert!(hover["contents"]["value"]
        .as_str()
        .is_some_and(|v| v.contains("**3a**")));
}
