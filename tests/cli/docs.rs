//! Every example in the manual (`docs/*.md`) and on the front page (`README.md`) is run, as
//! `docs/README.md` ("How the examples are kept true") describes: a fenced block's tag says
//! what it is, and each tag has its check. A block without a tag, or with a tag no check
//! knows, fails: nothing shown to a reader escapes a test.
//!
//! - `plan`: plan text; it parses without a diagnostic (target and baseline lines alone are
//!   read inside an indicator). `plan file=NAME` also writes it as NAME into the document's folder, for the
//!   commands after it.
//! - `console`: `$ plan ARGS` lines, each followed by what the command prints (standard
//!   output, then standard error). Lines are compared exactly, trailing spaces aside; a line
//!   `...` stands for any lines. The commands of one document run in order in one fresh
//!   folder that holds the repository's `plans/` and `tests/`, without colour, 100 columns.
//! - `repl`: `$ plan repl ARGS`, then `plan> ` lines, each followed by its answer.
//! - `csv against=PLAN file=NAME`: a data file that PLAN accepts, every row; with `file=`,
//!   also written as NAME for the commands after it.
//! - `json from=ARGS`: a sample of what `plan ARGS` writes (the arguments split by commas;
//!   `from=` may be repeated): every key it shows is a key one of the commands writes.
//! - `synopsis`: `plan SUB ...` lines: each subcommand exists and every `--flag` shown is
//!   one its `--help` lists; `synopsis complete`: and every subcommand of `plan --help` has
//!   a line.
//! - `rust`: code that `examples/embed.rs` holds, so that `cargo test` compiles it.
//! - `sh`: shell commands a reader runs (installing what `plan` writes); bash runs them,
//!   stopping at the first that fails, in the document's folder with `plan` on the PATH and
//!   HOME a fresh folder, and they must succeed.
//! - `text`: a figure (a diagram, a grammar sketch), not an example.

use crate::common::run_in;
use planlang::i18n::Lang;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The repository's root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fenced block of a document: its tag, its options and its text, with the line it starts on.
struct Block {
    line: usize,
    /// The fence's indentation (a block in a list item), taken off each of its lines.
    indent: usize,
    tag: String,
    options: Vec<(String, String)>,
    text: String,
}

impl Block {
    fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn blocks(doc: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in doc.lines().enumerate() {
        let fence = line.trim_start();
        match open.as_mut() {
            None if fence.starts_with("```") => {
                let info = fence.trim_start_matches('`');
                let mut words = info.split_whitespace();
                let tag = words.next().unwrap_or_default().to_string();
                let options = words
                    .map(|w| {
                        let (k, v) = w.split_once('=').unwrap_or((w, ""));
                        (k.to_string(), v.to_string())
                    })
                    .collect();
                open = Some(Block {
                    line: n + 1,
                    indent: line.len() - fence.len(),
                    tag,
                    options,
                    text: String::new(),
                });
            }
            Some(_) if fence.starts_with("```") => out.extend(open.take()),
            Some(block) => {
                let cut = line.len() - line.trim_start().len();
                block.text.push_str(&line[cut.min(block.indent)..]);
                block.text.push('\n');
            }
            None => {}
        }
    }
    assert!(open.is_none(), "a fenced block is not closed");
    out
}

/// The words of a command line as a shell splits them: quotes ('...' and "...") group, a
/// backslash at a line's end continues it.
fn shell_words(line: &str) -> Vec<String> {
    let line = line.replace("\\\n", " ");
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// `expected` (with `...` lines) matches `got`, line by line, trailing spaces aside.
fn matches(expected: &[&str], got: &[&str]) -> bool {
    match expected.split_first() {
        None => got.is_empty(),
        Some((&"...", rest)) => (0..=got.len()).any(|skip| matches(rest, &got[skip..])),
        Some((want, rest)) => got
            .split_first()
            .is_some_and(|(line, more)| line.trim_end() == want.trim_end() && matches(rest, more)),
    }
}

/// The fresh folder a document's commands run in: the repository's `plans/` and `tests/`
/// are reached through links, so a command's output names files as the manual does.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["plans", "tests"] {
        std::os::unix::fs::symlink(root().join(name), dir.path().join(name)).expect("link");
    }
    dir
}

/// The commands of a `console` block: each `$ ` line (continued by a trailing backslash)
/// with the lines after it.
fn commands(text: &str) -> Vec<(String, Vec<&str>)> {
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    let mut continued = false;
    for line in text.lines() {
        if let Some(command) = line.strip_prefix("$ ") {
            out.push((command.to_string(), Vec::new()));
            continued = command.ends_with('\\');
        } else if continued {
            let (command, _) = out.last_mut().expect("a command");
            command.push('\n');
            command.push_str(line);
            continued = line.ends_with('\\');
        } else {
            let (_, output) = out.last_mut().expect("a console block starts with `$ `");
            output.push(line);
        }
    }
    out
}

fn run_console(dir: &Path, block: &Block) -> Result<(), String> {
    for (command, expected) in commands(&block.text) {
        let words = shell_words(&command);
        let (program, args) = words.split_first().expect("a command");
        if program != "plan" {
            return Err(format!("`{command}` does not run `plan`"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = run_in(dir, &args);
        let got = format!("{}{}", run.stdout, run.stderr);
        let got: Vec<&str> = got.lines().collect();
        if !matches(&expected, &got) {
            return Err(format!(
                "$ {command}\n--- the manual shows\n{}\n--- plan printed (exit {:?})\n{}",
                expected.join("\n"),
                run.code,
                got.join("\n")
            ));
        }
    }
    Ok(())
}

fn run_sh(dir: &Path, block: &Block) -> Result<(), String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let plan = Path::new(env!("CARGO_BIN_EXE_plan"));
    let bin = plan.parent().expect("the folder of plan");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(
        std::iter::once(bin.to_path_buf()).chain(std::env::split_paths(&path)),
    )
    .map_err(|e| e.to_string())?;
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &block.text])
        .current_dir(dir)
        .env("PATH", path)
        .env("HOME", home.path())
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "the commands failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn run_plan_text(dir: &Path, block: &Block) -> Result<(), String> {
    // Target and baseline lines are shown on their own: read them inside an indicator.
    let first = block.text.split_whitespace().next().unwrap_or_default();
    let text = if ["target", "baseline"].contains(&first) {
        format!("indicator 1 \"T\" {{\n{}\n}}", block.text)
    } else {
        block.text.clone()
    };
    let parsed = planlang::syntax::parse(&planlang::Source::new("docs", text.as_str()));
    let problems: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| planlang::render::diagnostics::short(d, Lang::En))
        .collect();
    if !problems.is_empty() {
        return Err(format!("{}{problems:#?}", block.text));
    }
    if let Some(name) = block.option("file") {
        std::fs::write(dir.join(name), &block.text).expect("write the example");
    }
    Ok(())
}

/// The session runs in the repository's root, whose `plans/` the document's folder links to,
/// so the banner names files as the manual does.
fn run_repl(block: &Block) -> Result<(), String> {
    use planlang::repl::{ErrorStyle, Options, Session};
    let mut lines = block.text.lines();
    // The command, continued by trailing backslashes.
    let mut start = lines.next().unwrap_or_default().to_string();
    while start.ends_with('\\') {
        start.push('\n');
        start.push_str(lines.next().unwrap_or_default());
    }
    let words = shell_words(
        start
            .strip_prefix("$ plan repl ")
            .ok_or("starts with `$ plan repl`")?,
    );
    let mut as_of = "2025-06-30".to_string();
    let mut files = Vec::new();
    let mut words = words.into_iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "--as-of" => as_of = words.next().ok_or("--as-of takes a date")?,
            _ => files.push(PathBuf::from(word)),
        }
    }
    let mut session = Session::new(Options {
        as_of: planlang::date::Date::parse(&as_of).map_err(|e| format!("{e:?}"))?,
        format: planlang::render::format::Format::Table,
        errors: ErrorStyle::Human {
            color: false,
            width: 100,
        },
        data: Default::default(),
        lang: Default::default(),
    });
    let (plan, data) = files.split_first().ok_or("a plan")?;
    if session.load_plan(plan).failed || session.add_data(data).failed {
        return Err(format!("{start}: the session does not start"));
    }
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let mut banner = String::new();
    for line in lines {
        match line.strip_prefix("plan> ") {
            Some(input) => pairs.push((input, String::new())),
            None => match pairs.last_mut() {
                Some((_, out)) => {
                    out.push_str(line);
                    out.push('\n');
                }
                None => {
                    banner.push_str(line);
                    banner.push('\n');
                }
            },
        }
    }
    if !banner.contains(session.summary().as_str()) {
        return Err(format!("the banner's summary is\n{}", session.summary()));
    }
    for (input, expected) in pairs {
        let reply = session.run_line(input);
        let got = format!("{}{}", reply.out, reply.err);
        if got.trim_end() != expected.trim_end() {
            return Err(format!(
                "plan> {input}\n--- the manual shows\n{expected}--- the session answers\n{got}"
            ));
        }
    }
    Ok(())
}

fn run_csv(dir: &Path, block: &Block) -> Result<(), String> {
    if let Some(name) = block.option("file") {
        std::fs::write(dir.join(name), &block.text).expect("write the example");
    }
    let plan = block.option("against").ok_or("`csv against=PLAN`")?;
    let plan = planlang::load_path(dir.join(plan)).map_err(|e| format!("{e:?}"))?;
    let mut data = planlang::data::DataSet::default();
    data.load_csv(
        &plan.model,
        "docs",
        block.text.as_bytes(),
        Default::default(),
    );
    let rows = block.text.lines().count() as u64 - 1;
    if !data.errors.is_empty() || (data.rows_read, data.accepted) != (rows, rows) {
        return Err(format!(
            "{} rows read, {} accepted of {rows}: {:#?}",
            data.rows_read, data.accepted, data.errors
        ));
    }
    Ok(())
}

/// Every key of a JSON value, at any depth.
fn keys(value: &serde_json::Value, into: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                into.insert(k.clone());
                keys(v, into);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, into)),
        _ => {}
    }
}

fn run_json(dir: &Path, block: &Block) -> Result<(), String> {
    let shown: serde_json::Value =
        serde_json::from_str(&block.text).map_err(|e| format!("not JSON: {e}"))?;
    // Every `from=` names a command; the keys of all they write together.
    let mut got = BTreeSet::new();
    let commands: Vec<&str> = block
        .options
        .iter()
        .filter(|(k, _)| k == "from")
        .map(|(_, v)| v.as_str())
        .collect();
    if commands.is_empty() {
        return Err("`json from=ARGS`".to_string());
    }
    for command in commands {
        let args: Vec<&str> = command.split(',').collect();
        let run = run_in(dir, &args);
        let written: serde_json::Value = serde_json::from_str(&run.stdout)
            .map_err(|e| format!("plan {args:?} wrote no JSON: {e}\n{run:?}"))?;
        keys(&written, &mut got);
    }
    let mut want = BTreeSet::new();
    keys(&shown, &mut want);
    let unknown: Vec<&String> = want.difference(&got).collect();
    if !unknown.is_empty() {
        return Err(format!("keys the commands never write: {unknown:?}"));
    }
    Ok(())
}

fn run_synopsis(dir: &Path, block: &Block) -> Result<(), String> {
    let mut shown = BTreeSet::new();
    for line in block.text.lines().filter(|l| l.starts_with("plan ")) {
        let sub = line.split_whitespace().nth(1).unwrap_or_default();
        shown.insert(sub.to_string());
        let help = run_in(dir, &[sub, "--help"]);
        if help.code != Some(0) {
            return Err(format!("`plan {sub} --help` fails: {help:?}"));
        }
        for flag in line
            .split([' ', '[', ']', '|'])
            .filter(|w| w.starts_with("--"))
        {
            let flag = flag.trim_end_matches(['.', ',']);
            if !help.stdout.contains(flag) {
                return Err(format!("`plan {sub} --help` does not list {flag}"));
            }
        }
    }
    if block.option("complete").is_none() {
        return Ok(());
    }
    let help = run_in(dir, &["--help"]);
    let subs: Vec<&str> = help
        .stdout
        .split_once("Commands:")
        .map(|(_, rest)| rest)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|s| *s != "help")
        .collect();
    let missing: Vec<&&str> = subs.iter().filter(|s| !shown.contains(**s)).collect();
    if subs.is_empty() || !missing.is_empty() {
        return Err(format!(
            "subcommands without a line: {missing:?}\n{}",
            help.stdout
        ));
    }
    Ok(())
}

fn run_rust(block: &Block) -> Result<(), String> {
    let example =
        std::fs::read_to_string(root().join("examples/embed.rs")).expect("examples/embed.rs");
    // Compared without whitespace: `cargo fmt` may wrap the example's lines otherwise.
    let flat = |s: &str| s.split_whitespace().collect::<String>();
    if flat(&example).contains(&flat(&block.text)) {
        Ok(())
    } else {
        Err("examples/embed.rs does not hold this code".to_string())
    }
}

/// Runs every block of the document `name` (relative to the root) and fails with every
/// block that does not hold.
fn check_document(name: &str) {
    let doc = std::fs::read_to_string(root().join(name)).expect(name);
    let dir = folder();
    let mut failures = Vec::new();
    let all = blocks(&doc);
    for block in &all {
        let result = match block.tag.as_str() {
            "plan" => run_plan_text(dir.path(), block),
            "console" => run_console(dir.path(), block),
            "repl" => run_repl(block),
            "csv" => run_csv(dir.path(), block),
            "json" => run_json(dir.path(), block),
            "synopsis" => run_synopsis(dir.path(), block),
            "rust" => run_rust(block),
            "sh" => run_sh(dir.path(), block),
            "text" => Ok(()),
            other => Err(format!("a block tagged `{other}`: no check knows it")),
        };
        if let Err(e) = result {
            failures.push(format!("{name}:{}: {e}", block.line));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The documents of the manual, as `docs/README.md` lists them.
const MANUAL: [&str; 10] = [
    "docs/README.md",
    "docs/language.md",
    "docs/data-and-evaluation.md",
    "docs/queries-and-repl.md",
    "docs/reuse.md",
    "docs/cli.md",
    "docs/diagnostics.md",
    "docs/json.md",
    "docs/embedding.md",
    "docs/development.md",
];

#[test]
fn every_document_of_the_manual_is_run_here() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .map(|e| format!("docs/{}", e.expect("entry").file_name().to_string_lossy()))
        .filter(|n| n.ends_with(".md"))
        .collect();
    let listed: BTreeSet<String> = MANUAL.iter().map(|s| s.to_string()).collect();
    assert_eq!(on_disk, listed);
    let index = std::fs::read_to_string(root().join("docs/README.md")).expect("docs/README.md");
    for doc in &MANUAL[1..] {
        let file = doc.trim_start_matches("docs/");
        assert!(
            index.contains(&format!("]({file})")),
            "docs/README.md links {file}"
        );
    }
}

macro_rules! documents {
    ($($test:ident: $file:literal,)*) => {
        $(#[test] fn $test() { check_document($file); })*
    };
}

documents! {
    front_page: "README.md",
    manual_index: "docs/README.md",
    language: "docs/language.md",
    data_and_evaluation: "docs/data-and-evaluation.md",
    queries_and_repl: "docs/queries-and-repl.md",
    reuse: "docs/reuse.md",
    cli: "docs/cli.md",
    diagnostics: "docs/diagnostics.md",
    json: "docs/json.md",
    embedding: "docs/embedding.md",
    development: "docs/development.md",
}

#[test]
fn the_checks_of_blocks_can_fail() {
    assert!(matches(&["a", "...", "c"], &["a", "b", "b", "c"]));
    assert!(!matches(&["a", "c"], &["a", "b", "c"]));
    assert!(!matches(&["a", "..."], &["b"]));
    assert_eq!(
        shell_words("plan query p.plan -e 'tasks where x = \"Sở Y tế\"' \\\n  --as-of 2025"),
        [
            "plan",
            "query",
            "p.plan",
            "-e",
            "tasks where x = \"Sở Y tế\"",
            "--as-of",
            "2025"
        ]
    );
    let doc = "```nonsense\nx\n```\n```console\n$ plan check nowhere.plan\nall good\n```\n";
    let dir = folder();
    let found = blocks(doc);
    assert_eq!(found.len(), 2);
    assert!(run_console(dir.path(), &found[1]).is_err());
}

/// The anchor GitHub gives a heading: lower case, punctuation but `-` and `_` dropped,
/// spaces made `-`.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Every link of the manual and the front page to a file of the repository leads to a file
/// that exists, and a link to a heading (`data-and-evaluation.md#how-a-target-is-judged`) to
/// a heading that exists.
#[test]
fn every_link_of_the_manual_leads_somewhere() {
    let mut broken = Vec::new();
    for name in MANUAL.iter().chain(["README.md"].iter()) {
        let doc = std::fs::read_to_string(root().join(name)).expect(name);
        let folder = root().join(name).parent().expect("a folder").to_path_buf();
        for (_, rest) in doc.match_indices("](").map(|(i, _)| doc.split_at(i + 2)) {
            let Some(end) = rest.find(')') else { continue };
            let link = &rest[..end];
            if link.starts_with("http") || link.contains(' ') {
                continue;
            }
            let (file, heading) = link.split_once('#').unwrap_or((link, ""));
            let target = if file.is_empty() {
                root().join(name)
            } else {
                folder.join(file)
            };
            let Ok(text) = std::fs::read_to_string(&target) else {
                if !target.exists() {
                    broken.push(format!("{name}: {link}: no such file"));
                }
                continue;
            };
            let headings: BTreeSet<String> = text
                .lines()
                .filter_map(|l| l.strip_prefix('#'))
                .map(|l| anchor(&l.trim_start_matches('#').replace('`', "")))
                .collect();
            if !heading.is_empty() && !headings.contains(heading) {
                broken.push(format!("{name}: {link}: no such heading"));
            }
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
    assert_eq!(
        anchor("The JSON of plan eval --format json"),
        "the-json-of-plan-eval---format-json"
    );
}

/// Every keyword of the language is shown at work in an example of the manual: a construct
/// the manual never shows is one a reader cannot learn.
#[test]
fn every_keyword_is_in_an_example() {
    let examples: String = MANUAL
        .iter()
        .flat_map(|name| {
            let doc = std::fs::read_to_string(root().join(name)).expect(name);
            blocks(&doc)
                .into_iter()
                .filter(|b| b.tag == "plan")
                .map(|b| b.text)
                .collect::<Vec<_>>()
        })
        .collect();
    let words: BTreeSet<&str> = examples
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    let missing: Vec<&str> = planlang::syntax::keywords::KEYWORDS
        .iter()
        .map(|k| k.word)
        .filter(|w| !words.contains(w))
        .collect();
    assert!(missing.is_empty(), "keywords no example shows: {missing:?}");
}
