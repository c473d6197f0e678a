//! The Neovim package (`editors/nvim`) in a real Neovim, headless: a `.plan` file gets the
//! filetype `planlang`, its comment settings and the syntax file, whose groups are checked at
//! chosen places of the bundled plans (keywords, value words, strings and escapes, numbers,
//! dates, years, declared ids, import names, comments); a missing `plan` program leaves a
//! warning, not an error; and with a server that records what it is told in place of
//! `plan lsp` (`tests/fixtures/editors/recording-server.js`, run by Node.js), one server serves
//! the plans of a folder and is told the data files and the language. Without `nvim` (or
//! `node`) on the PATH these tests skip, with one line on stderr; with `PLANLANG_REQUIRE_NVIM`
//! (or `PLANLANG_REQUIRE_NODE`) set, as CI sets them, they fail instead.

use crate::common::required::Program;
use crate::editors_vscode::NODE;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NVIM: Program = Program {
    names: &["nvim"],
    require: "PLANLANG_REQUIRE_NVIM",
    checks: "the tests of the Neovim syntax file",
    package: "neovim",
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A place in a plan: `word` where it stands inside `context` on the first line holding
/// `context`, and the syntax group it must have.
struct Probe {
    context: &'static str,
    word: &'static str,
    group: &'static str,
}

const fn probe(context: &'static str, word: &'static str, group: &'static str) -> Probe {
    Probe {
        context,
        word,
        group,
    }
}

/// The places of the Sơn La plan.
const SON_LA: &[Probe] = &[
    probe("plan \"Kế hoạch triển khai", "plan", "planlangItem"),
    probe("indicator 12 \"Tỷ lệ trẻ em", "indicator", "planlangItem"),
    probe("indicator 12 \"Tỷ lệ trẻ em", "12", "planlangDeclared"),
    probe("agency ldtbxh \"Sở Lao động", "ldtbxh", "planlangDeclared"),
    probe("target 2025 >= 65", "target", "planlangField"),
    probe("target 2025 >= 65", "2025", "planlangYear"),
    probe("target 2025 >= 65", ">=", "planlangOperator"),
    probe("target 2025 >= 65", "65", "planlangNumber"),
    probe("target 2025 < 9.5", "9.5", "planlangNumber"),
    probe("lead ldtbxh ref \"V.1\"", "lead", "planlangField"),
    probe("lead ldtbxh ref \"V.1\"", "V.1", "planlangString"),
    probe("direction decrease", "decrease", "planlangDirectionValue"),
    probe("unit per_mille of", "per_mille", "planlangBuiltinUnit"),
    probe("period half-year", "half-year", "planlangPeriodValue"),
    probe("period year", "year", "planlangPeriodValue"),
    probe("period 2021..2030", "2030", "planlangPeriodYears"),
    probe("period 2021..2030", "..", "planlangRange"),
    probe("signed 2021-04-28", "2021-04-28", "planlangDate"),
    probe("due before 05/12", "05/12", "planlangDate"),
    probe(
        "target maintain >= 95 from 2025",
        "maintain",
        "planlangField",
    ),
    probe("target 2025 >= 100 strive", "strive", "planlangField"),
    probe("target reduce by 0.5 points", "reduce", "planlangValue"),
    probe("import \"national/children", "import", "planlangItem"),
    probe("\" as national", "national", "planlangAlias"),
    probe("adopts national.3a ref", "national", "planlangNamespace"),
    probe("document \"196/QĐ-UBND\"", "196/QĐ-UBND", "planlangString"),
    probe("note \"Điều 1 viết \\\"Chương", "\\\"", "planlangEscape"),
    probe(
        "// The two dates disagree",
        "The two dates disagree",
        "planlangComment",
    ),
    // Inside the block comment that opens the file, and deep inside a later one: a keyword
    // and a number there stay comment.
    probe(
        " * Encodes: Quyết định số 196",
        "196",
        "planlangBlockComment",
    ),
    probe(
        " *   1          1           adapts   2030",
        "adapts",
        "planlangBlockComment",
    ),
];

/// `line` and byte `column`, counted from 1 as Vim counts them, of a probe in `text`.
fn position(text: &str, probe: &Probe) -> (usize, usize) {
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(probe.context))
        .unwrap_or_else(|| panic!("no line holds {:?}", probe.context));
    let in_context = probe
        .context
        .find(probe.word)
        .unwrap_or_else(|| panic!("{:?} is not in {:?}", probe.word, probe.context));
    let column = line.find(probe.context).expect("found above") + in_context;
    (index + 1, column + 1)
}

/// Runs headless Neovim on `plan` with the package on its runtime path and `setup` run before
/// the file is read, then `script` (Lua, which writes its findings to the file named by the
/// global `out`); those findings, line by line.
fn nvim(program: &Path, plan: &Path, setup: &str, script: &str) -> Vec<String> {
    let folder = tempfile::tempdir().expect("tempdir");
    let out = folder.path().join("out.txt");
    let script_file = folder.path().join("probe.lua");
    let script = format!(
        "out = {:?}\nlocal ok, err = pcall(function()\n{script}\nend)\nif not ok then vim.fn.writefile({{'error: ' .. tostring(err)}}, out) end\nvim.cmd('qa!')",
        out.display().to_string()
    );
    std::fs::write(&script_file, script).expect("write the script");
    let mut child = Command::new(program)
        .args(["--headless", "--clean", "-n", "--cmd"])
        .arg(format!(
            "set rtp^={}",
            root().join("editors/nvim").display()
        ))
        .arg("--cmd")
        .arg(format!("lua {setup}"))
        .arg(plan)
        .arg("-c")
        .arg(format!("luafile {}", script_file.display()))
        .current_dir(root())
        .env("HOME", folder.path())
        .env("XDG_CONFIG_HOME", folder.path())
        .env("XDG_DATA_HOME", folder.path())
        .env("XDG_STATE_HOME", folder.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start nvim");
    // Neovim quits at the end of the script; one that hangs is stopped, and the test fails.
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for nvim") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("nvim did not quit within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    let found = std::fs::read_to_string(&out)
        .unwrap_or_else(|e| panic!("nvim wrote nothing ({status}, {e}): {stderr}"));
    let lines: Vec<String> = found.lines().map(str::to_string).collect();
    assert!(
        !lines.iter().any(|l| l.starts_with("error: ")),
        "{lines:?}\n{stderr}"
    );
    lines
}

/// The Lua that writes the group at each probe, one a line.
fn probes_script(text: &str, probes: &[Probe]) -> String {
    let places: Vec<String> = probes
        .iter()
        .map(|p| {
            let (line, column) = position(text, p);
            format!("{{{line}, {column}}}")
        })
        .collect();
    format!(
        "local found = {{}}\nfor _, p in ipairs({{{}}}) do\n  table.insert(found, vim.fn.synIDattr(vim.fn.synID(p[1], p[2], 1), 'name'))\nend\nvim.fn.writefile(found, out)",
        places.join(", ")
    )
}

/// Leaves the language server off: these tests are about highlighting.
const NO_SERVER: &str = "vim.g.planlang_lsp = false";

#[test]
fn the_syntax_file_colours_the_son_la_plan() {
    let Some(program) = NVIM.find() else {
        return;
    };
    let plan = root().join("plans/son-la-children-2021-2030.plan");
    let text = std::fs::read_to_string(&plan).expect("the Sơn La plan");
    let found = nvim(&program, &plan, NO_SERVER, &probes_script(&text, SON_LA));
    assert_eq!(found.len(), SON_LA.len(), "{found:?}");
    let wrong: Vec<String> = SON_LA
        .iter()
        .zip(&found)
        .filter(|(p, group)| p.group != group.as_str())
        .map(|(p, group)| {
            format!(
                "{:?} in {:?}: {group:?}, not {:?}",
                p.word, p.context, p.group
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_syntax_file_colours_the_other_plans() {
    let Some(program) = NVIM.find() else {
        return;
    };
    let cases: &[(&str, &[Probe])] = &[
        (
            "plans/national/children-2021-2030.plan",
            &[
                probe("nong_thon \"Nông thôn\"", "nong_thon", "planlangDeclared"),
                probe("    lead ? because \"Điều 2", "?", "planlangUnknown"),
            ],
        ),
        (
            "plans/dong-nai-drugs-2025.plan",
            &[
                probe("due in month 11/2025", "11/2025", "planlangDate"),
                probe("at midterm", "midterm", "planlangReviewPoint"),
            ],
        ),
        (
            "plans/amendments/son-la-2025-child-affairs-transfer.plan",
            &[
                probe("transfer son_la.ldtbxh", "transfer", "planlangItem"),
                probe("transfer son_la.ldtbxh", "son_la", "planlangNamespace"),
                probe("amends son_la", "son_la", "planlangAlias"),
            ],
        ),
    ];
    for (file, probes) in cases {
        let plan = root().join(file);
        let text = std::fs::read_to_string(&plan).expect("a bundled plan");
        let found = nvim(&program, &plan, NO_SERVER, &probes_script(&text, probes));
        let groups: Vec<&str> = found.iter().map(String::as_str).collect();
        let expected: Vec<&str> = probes.iter().map(|p| p.group).collect();
        assert_eq!(groups, expected, "{file}");
    }
}

#[test]
fn a_plan_file_gets_its_filetype_and_comment_settings_and_a_missing_server_only_a_warning() {
    let Some(program) = NVIM.find() else {
        return;
    };
    let plan = root().join("plans/son-la-children-2021-2030.plan");
    // The server on (the default), its program missing.
    let setup = "require('planlang').setup({ cmd = { '/nonexistent/planlang-test/plan', 'lsp' } })";
    let script = "vim.fn.writefile({vim.bo.filetype, vim.b.current_syntax or '', vim.bo.commentstring, vim.bo.comments, vim.api.nvim_exec('messages', true)}, out)";
    let found = nvim(&program, &plan, setup, script);
    assert_eq!(found[0], "planlang");
    assert_eq!(found[1], "planlang");
    assert_eq!(found[2], "// %s");
    assert_eq!(found[3], "s1:/*,mb:*,ex:*/,://");
    let messages = found[4..].join("\n");
    assert!(
        messages.contains("planlang: `/nonexistent/planlang-test/plan` was not found"),
        "{messages}"
    );
    assert!(
        !messages.contains("E5108") && !messages.contains("Error"),
        "{messages}"
    );
}

/// The Lua that waits, after the Sơn La plan is open, for the server to be told of it; opens a
/// second plan of the same folder; names other data files; and writes how many planlang
/// clients run.
const WITH_SERVER: &str = r#"
local planlang = require('planlang')
local function recorded(method, needle)
  if vim.fn.filereadable(record) == 0 then return 0 end
  local n = 0
  for _, line in ipairs(vim.fn.readfile(record)) do
    if line:find('"method":"' .. method .. '"', 1, true) and (needle == nil or line:find(needle, 1, true)) then
      n = n + 1
    end
  end
  return n
end
assert(vim.wait(20000, function() return recorded('textDocument/didOpen') >= 1 end, 20), 'the server was not told of the plan')
vim.cmd('edit plans/dong-nai-drugs-2025.plan')
assert(vim.wait(20000, function() return recorded('textDocument/didOpen') >= 2 end, 20), 'the server was not told of the second plan')
planlang.setup({ data = { 'plans/data/son-la-submissions.csv' } })
planlang.notify_settings()
assert(vim.wait(20000, function() return recorded('workspace/didChangeConfiguration', 'son-la-submissions.csv') >= 1 end, 20), 'the server was not told of the new data')
local count = 0
for _, client in pairs(vim.lsp.get_active_clients()) do
  if client.name == 'planlang' then count = count + 1 end
end
vim.fn.writefile({ tostring(count) }, out)
"#;

#[test]
fn the_server_is_started_for_plan_files_and_told_the_data_and_the_language() {
    let Some(program) = NVIM.find() else {
        return;
    };
    let Some(node) = NODE.find() else {
        return;
    };
    let folder = tempfile::tempdir().expect("tempdir");
    let record = folder.path().join("record.jsonl");
    let server = root().join("tests/fixtures/editors/recording-server.js");
    // A server that records what it is told, in place of `plan lsp`.
    let setup = format!(
        "record = {:?}; require('planlang').setup({{ cmd = {{ {:?}, {:?}, record }}, data = {{ 'plans/data/son-la-sample.csv' }}, lang = 'vi' }})",
        record.display().to_string(),
        node.display().to_string(),
        server.display().to_string(),
    );
    let plan = root().join("plans/son-la-children-2021-2030.plan");
    let found = nvim(&program, &plan, &setup, WITH_SERVER);
    assert_eq!(found, ["1"], "one server for the plans of one folder");

    let messages: Vec<serde_json::Value> = std::fs::read_to_string(&record)
        .expect("the server's record")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a line of JSON"))
        .collect();
    let of = |method: &str| -> Vec<&serde_json::Value> {
        messages
            .iter()
            .filter(|m| m["method"] == method)
            .map(|m| &m["params"])
            .collect()
    };
    let initialize = of("initialize");
    assert_eq!(initialize.len(), 1, "{messages:#?}");
    let sample = root().join("plans/data/son-la-sample.csv");
    assert_eq!(
        initialize[0]["initializationOptions"],
        serde_json::json!({ "data": [sample.display().to_string()], "lang": "vi" })
    );
    // The project folder is the repository's (a clone's .git folder, a worktree's .git file).
    assert_eq!(
        initialize[0]["rootUri"],
        format!("file://{}", root().display())
    );
    let opened: Vec<&str> = of("textDocument/didOpen")
        .iter()
        .filter_map(|p| p["textDocument"]["uri"].as_str())
        .collect();
    assert!(
        opened[0].ends_with("/plans/son-la-children-2021-2030.plan"),
        "{opened:?}"
    );
    assert!(
        opened[1].ends_with("/plans/dong-nai-drugs-2025.plan"),
        "{opened:?}"
    );
    assert_eq!(
        of("textDocument/didOpen")[0]["textDocument"]["languageId"],
        "planlang"
    );
    let submissions = root().join("plans/data/son-la-submissions.csv");
    assert!(
        of("workspace/didChangeConfiguration").iter().any(|p| p["settings"]
            == serde_json::json!({ "data": [submissions.display().to_string()], "lang": "vi" })),
        "{messages:#?}"
    );
}
