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

fn runs() -> usize {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--runs" {
            return args.next().and_then(|v| v.parse().ok()).expect("--runs N");
        }
    }
    200
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median, 95th percentile, best and worst of `times`, in milliseconds.
fn stats(mut times: Vec<Duration>) -> (f64, f64, f64, f64) {
    times.sort();
    let at = |q: f64| millis(times[((times.len() - 1) as f64 * q).round() as usize]);
    (
        at(0.5),
        at(0.95),
        millis(times[0]),
        millis(times[times.len() - 1]),
    )
}

fn print(name: &str, times: Vec<Duration>) -> (f64, f64) {
    let (median, p95, best, worst) = stats(times);
    println!("{name:<44} median {median:>7.2} ms  p95 {p95:>7.2} ms  best {best:>6.2} ms  worst {worst:>7.2} ms");
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

fn main() {
    let runs = runs();
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
}
