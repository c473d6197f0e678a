//! How soon `plan lsp` has a plan's diagnostics after a change: the Sơn La plan, open with the
//! national program it imports, changed over and over (a target's value typed anew).
//!
//! `cargo bench --bench lsp_speed` times, in this process, what the server does for one change
//! (apply the change to the open document, analyse the plan with its import, turn the
//! diagnostics into the protocol's), then the whole round through the real binary: from the
//! moment a client writes `textDocument/didChange` to the moment the `publishDiagnostics` for
//! that version is read (the server's pause for a burst of changes included). The budget is
//! 20 ms (issue 14); the bench says whether the median and the 95th percentile are within it.
//!
//! Then the requests that read more than the open plan, through the binary, in a copy of the
//! bundled `plans/` folder (eleven plans, the Sơn La plan open): references and a rename of
//! an agency (the plans that import the Sơn La plan are analysed from disk for each), a hover
//! of an indicator with the sample data (read at the first hover, kept for the next, read
//! again after a change to the plan).
//!
//! Then, through the binary still, completion and code actions from request to response: a
//! completion at a few places of the plan found by searching its text (the text unchanged
//! since the last request, and just after a change, when the request waits for the new text
//! to be analysed), and the quick fixes at three problems of a copy of the plan that has them.
//! The budget is 10 ms an answer.
//!
//! Options (after `--`): `--runs N` (default 200).

use planlang::i18n::Lang;
use planlang::ide::Analysis;
use planlang::lsp::diagnostics;
use planlang::lsp::documents::{Document, Documents, FileKey};
use planlang::lsp::position::Encoding;
use planlang::lsp::uri;
use planlang::Source;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};

/// What the benches share: the runs asked for, and the figures of a step's times.
#[allow(dead_code)] // each bench reads the figures it prints
mod common;
use common::Times;

/// The client the tests use (it starts `plan_command()` below).
#[path = "../tests/common/lsp.rs"]
#[allow(dead_code)] // the bench uses part of it
mod lsp_client;

/// The binary this bench was built with, for the client.
fn plan_command() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_plan"))
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const PLAN: &str = "plans/son-la-children-2021-2030.plan";
/// The budget from a change to its diagnostics.
const BUDGET_MS: f64 = 20.0;
/// The budget from a completion or code action request to its answer.
const ANSWER_BUDGET_MS: f64 = 10.0;

fn print(name: &str, times: Vec<Duration>) -> (f64, f64) {
    let times = Times::new(times);
    let (median, p95, best, worst) = (
        times.median(),
        times.percentile(0.95),
        times.best(),
        times.worst(),
    );
    println!("{name:<56} median {median:>7.2} ms  p95 {p95:>7.2} ms  best {best:>6.2} ms  worst {worst:>7.2} ms");
    (median, p95)
}

/// Where the value `70` of indicator 1's 2030 target is written: (line, column) from 0.
fn target(text: &str) -> (u32, u32) {
    let heading = text
        .lines()
        .position(|l| l.starts_with("indicator 1 "))
        .expect("indicator 1");
    let (line, written) = text
        .lines()
        .enumerate()
        .skip(heading)
        .find(|(_, l)| l.trim() == "target 2030 >= 70")
        .expect("its 2030 target");
    (line as u32, written.find("70").expect("70") as u32)
}

/// The change of run `n`: the target's value typed as 70 or 71 in turn.
fn value(n: usize) -> &'static str {
    if n.is_multiple_of(2) {
        "71"
    } else {
        "70"
    }
}

fn in_process(runs: usize, path: &Path, text: &str) {
    let (line, column) = target(text);
    let uri = uri::from_path(path).expect("absolute");
    let key = FileKey::of(&uri);
    let mut documents = Documents::new();
    documents.open(key.clone(), Document::new(uri.clone(), 1, text.to_string()));
    let mut steps: Vec<(&str, Vec<Duration>)> = vec![
        ("apply the change", Vec::new()),
        ("analyse the plan with its import", Vec::new()),
        ("the diagnostics as the protocol's", Vec::new()),
        ("the whole change", Vec::new()),
    ];
    let mut count = 0;
    for n in 0..runs {
        let change: lsp_types::TextDocumentContentChangeEvent = serde_json::from_value(json!({
            "range": { "start": { "line": line, "character": column }, "end": { "line": line, "character": column + 2 } },
            "text": value(n),
        }))
        .expect("a change");
        let start = Instant::now();
        documents.change(&key, n as i32 + 2, vec![change], Encoding::Utf16);
        let applied = Instant::now();
        let document = documents.get(&key).expect("open");
        let source = Source::new(key.source_name(), document.text.as_str());
        let analysis = Analysis::new(source, documents.files());
        let analysed = Instant::now();
        let found =
            diagnostics::by_file(
                &analysis,
                &key,
                Lang::Vi,
                Encoding::Utf16,
                &|file| match file {
                    FileKey::Path(path) => uri::from_path(path),
                    FileKey::Other(_) => None,
                },
            );
        let converted = Instant::now();
        count = found[&key].len();
        steps[0].1.push(applied - start);
        steps[1].1.push(analysed - applied);
        steps[2].1.push(converted - analysed);
        steps[3].1.push(converted - start);
    }
    println!("in process, {runs} changes, {count} diagnostics each:");
    for (name, times) in steps {
        print(name, times);
    }
}

fn through_the_binary(runs: usize, root: &Path, text: &str) -> (f64, f64) {
    let (line, column) = target(text);
    let mut client = lsp_client::Client::start(root, &[]);
    client.initialize(root, json!({}), json!({ "lang": "vi" }));
    let uri = client.open(&root.join("son-la.plan"));
    client.diagnostics(&uri, |_| true);
    let mut times = Vec::with_capacity(runs);
    for n in 0..runs {
        let version = n as i64 + 2;
        let start = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{
                    "range": { "start": { "line": line, "character": column }, "end": { "line": line, "character": column + 2 } },
                    "text": value(n),
                }],
            }),
        );
        client.wait("the change's diagnostics", |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        times.push(start.elapsed());
    }
    let status = client.shut_down();
    assert!(status.success(), "plan lsp exited {status}");
    println!("through `plan lsp`, {runs} changes, each answered before the next:");
    print("didChange to publishDiagnostics", times)
}

/// The protocol's position (line, UTF-16 column) of byte `offset` of `text`.
fn position_at(text: &str, offset: usize) -> serde_json::Value {
    let line = text[..offset].matches('\n').count();
    let start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let column: usize = text[start..offset].chars().map(char::len_utf16).sum();
    json!({ "line": line, "character": column })
}

/// The byte offset just after the first `needle` of `text`.
fn after(text: &str, needle: &str) -> usize {
    text.find(needle).expect("the place is in the plan") + needle.len()
}

/// Times `runs` answers to `method` with `params`; how many items the last answer had.
fn answers(
    client: &mut lsp_client::Client,
    runs: usize,
    method: &str,
    params: &serde_json::Value,
    before_each: &mut dyn FnMut(&mut lsp_client::Client, usize),
) -> (Vec<Duration>, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for n in 0..runs {
        before_each(client, n);
        let start = Instant::now();
        let answer = client.request(method, params.clone());
        times.push(start.elapsed());
        count = answer
            .as_array()
            .or_else(|| answer["items"].as_array())
            .map_or(0, Vec::len);
    }
    (times, count)
}

/// Completion and code actions through the binary; the worst 95th percentile.
fn assists(runs: usize, root: &Path, text: &str) -> f64 {
    let mut client = lsp_client::Client::start(root, &[]);
    let snippets = json!({ "textDocument": { "completion": { "completionItem": { "snippetSupport": true } } } });
    client.initialize(root, snippets, json!({ "lang": "vi" }));
    let uri = client.open(&root.join("son-la.plan"));
    client.diagnostics(&uri, |_| true);
    let places = [
        ("an agency after `lead `", after(text, "    lead ")),
        (
            "a parent indicator after `adopts national.`",
            after(text, "adopts national."),
        ),
        ("a value after `direction `", after(text, "direction ")),
        (
            "a field in indicator 1",
            after(text, "    lead ldtbxh ref \"V.1\"\n    "),
        ),
        ("a new item at the end of the file", text.len()),
    ];
    println!("through `plan lsp`, {runs} requests at each place, each answered before the next:");
    let mut worst: f64 = 0.0;
    let mut none = |_: &mut lsp_client::Client, _: usize| {};
    for (name, offset) in places {
        let params = json!({
            "textDocument": { "uri": uri },
            "position": position_at(text, offset),
            "context": { "triggerKind": 1 },
        });
        let (times, count) = answers(
            &mut client,
            runs,
            "textDocument/completion",
            &params,
            &mut none,
        );
        let (_, p95) = print(&format!("completion: {name} ({count})"), times);
        worst = worst.max(p95);
    }
    // Just typed: each request follows a change (the first letter of the lead's agency
    // written again), so it waits for the analysis of the new text.
    let lead = after(text, "    lead ");
    let first = position_at(text, lead);
    let next = position_at(text, lead + 1);
    let params = json!({
        "textDocument": { "uri": uri },
        "position": position_at(text, lead),
        "context": { "triggerKind": 1 },
    });
    let mut typed = |client: &mut lsp_client::Client, n: usize| {
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": n as i64 + 2 },
                "contentChanges": [{ "range": { "start": first, "end": next }, "text": &text[lead..lead + 1] }],
            }),
        );
    };
    let (times, count) = answers(
        &mut client,
        runs,
        "textDocument/completion",
        &params,
        &mut typed,
    );
    let (_, p95) = print(&format!("completion: just after a change ({count})"), times);
    worst = worst.max(p95);

    // A copy with three problems to fix, beside the plan so its import is found.
    let misspelled = text.replacen("lead ldtbxh ref \"V.1\"", "lead ldtbhx ref \"V.1\"", 1);
    let to_fill = misspelled.replacen("lead ldtbxh ref \"V.1\"", "lead ? because \"chưa giao\"", 1);
    let start = to_fill.find("waive national.4c").expect("the waiver");
    let end = start + to_fill[start..].find('\n').expect("its end") + 1;
    let broken = format!("{}{}", &to_fill[..start], &to_fill[end..]);
    let path = root.join("son-la-sửa.plan");
    std::fs::write(&path, &broken).expect("write");
    let copy = client.open(&path);
    client.diagnostics(&copy, |_| true);
    let fixes = [
        ("a misspelled agency", broken.find("ldtbhx").expect("it")),
        ("a `lead ?`", broken.find("? because").expect("it")),
        (
            "a parent indicator left unmapped",
            broken.find("implements national").expect("it") + "implements ".len(),
        ),
    ];
    for (name, offset) in fixes {
        let at = position_at(&broken, offset);
        let params = json!({
            "textDocument": { "uri": copy },
            "range": { "start": at, "end": at },
            "context": { "diagnostics": [] },
        });
        let (times, count) = answers(
            &mut client,
            runs,
            "textDocument/codeAction",
            &params,
            &mut none,
        );
        let (_, p95) = print(&format!("code actions: {name} ({count})"), times);
        worst = worst.max(p95);
    }
    let status = client.shut_down();
    assert!(status.success(), "plan lsp exited {status}");
    worst
}

/// Copies the `*.plan` and `*.csv` files below `from` to `to`, folders kept.
fn copy_plans(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read the folder").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_plans(&path, &target);
        } else if path.extension().is_some_and(|e| e == "plan" || e == "csv") {
            std::fs::create_dir_all(to).expect("mkdir");
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

/// The position (line, UTF-16 column) `into` bytes into the first `needle` of `text`.
fn position(text: &str, needle: &str, into: usize) -> serde_json::Value {
    position_at(text, text.find(needle).expect("in the plan") + into)
}

fn across_files(runs: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    copy_plans(&Path::new(ROOT).join("plans"), root);
    let mut client = lsp_client::Client::start(root, &[]);
    let versioned = json!({ "workspace": { "workspaceEdit": { "documentChanges": true } } });
    let data = json!({ "data": ["data/son-la-sample.csv"] });
    client.initialize(root, versioned, data);
    let path = root.join("son-la-children-2021-2030.plan");
    let text = std::fs::read_to_string(&path).expect("the plan");
    let uri = client.open(&path);
    client.diagnostics(&uri, |_| true);
    let document = json!({ "uri": uri });
    let agency = position(&text, "agency ldtbxh ", "agency ".len() + 2);
    let indicator = position(&text, "\nindicator 1 ", "\nindicator ".len());
    let timed = |client: &mut lsp_client::Client, method: &str, params: serde_json::Value| {
        let start = Instant::now();
        let answer = client.request(method, params);
        (start.elapsed(), answer)
    };
    let mut references = Vec::new();
    let mut renames = Vec::new();
    let mut hovers = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        let params = json!({ "textDocument": document, "position": agency, "context": { "includeDeclaration": true } });
        let (took, answer) = timed(&mut client, "textDocument/references", params);
        found = answer.as_array().map_or(0, Vec::len);
        references.push(took);
        let params =
            json!({ "textDocument": document, "position": agency, "newName": "so_ldtbxh" });
        renames.push(timed(&mut client, "textDocument/rename", params).0);
    }
    let hover = json!({ "textDocument": document, "position": indicator });
    let (first, answer) = timed(&mut client, "textDocument/hover", hover.clone());
    let shown = answer["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.contains("son-la-sample.csv"), "{shown}");
    for _ in 0..runs {
        hovers.push(timed(&mut client, "textDocument/hover", hover.clone()).0);
    }
    let mut changed = Vec::new();
    for n in 0..runs {
        // An empty change: a new version, analysed again, its data evaluated again.
        let empty = json!({ "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } }, "text": "" });
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": n + 2 }, "contentChanges": [empty] }),
        );
        changed.push(timed(&mut client, "textDocument/hover", hover.clone()).0);
    }
    let status = client.shut_down();
    assert!(status.success(), "plan lsp exited {status}");
    println!("through `plan lsp`, a copy of plans/ as the workspace, {runs} requests each:");
    print(
        &format!("references of an agency ({found} places)"),
        references,
    );
    print("rename of an agency", renames);
    println!(
        "{:<56} {:>7.2} ms",
        "hover of an indicator, data read",
        common::millis(first)
    );
    print("hover of an indicator, data kept", hovers);
    print("hover of an indicator after a change", changed);
}

fn main() {
    let runs = common::runs(200);
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("national")).expect("mkdir");
    let text = std::fs::read_to_string(Path::new(ROOT).join(PLAN)).expect("the plan");
    std::fs::write(root.join("son-la.plan"), &text).expect("write");
    std::fs::copy(
        Path::new(ROOT).join("plans/national/children-2021-2030.plan"),
        root.join("national/children-2021-2030.plan"),
    )
    .expect("copy the national program");
    in_process(runs, &root.join("son-la.plan"), &text);
    let (median, p95) = through_the_binary(runs, root, &text);
    let within = if p95 <= BUDGET_MS {
        "within"
    } else if median <= BUDGET_MS {
        "median within, 95th percentile over"
    } else {
        "OVER"
    };
    println!("budget {BUDGET_MS} ms from a change to its diagnostics: {within}");
    across_files(runs);
    let worst = assists(runs, root, &text);
    let within = if worst <= ANSWER_BUDGET_MS {
        "within"
    } else {
        "OVER"
    };
    println!("budget {ANSWER_BUDGET_MS} ms from a completion or code action request to its answer, at the 95th percentile: {within}");
}
