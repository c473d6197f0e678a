//! No input crashes planlang.
//!
//! Variants of the Sơn La plan (every kind of prefix, random byte edits, random deletions of
//! whole lines) go through `planlang::load_str` and the diagnostic renderers inside
//! `catch_unwind`, and a sample of them through the real `plan check` binary. The variants come
//! from a small xorshift generator with fixed seeds, so every run checks the same inputs and a
//! failure can be replayed; the inputs that fail are also saved under `CARGO_TARGET_TMPDIR`.

use crate::plans_check_clean::errors;
use planlang::i18n::Lang;
use planlang::render::diagnostics::{human, short};
use planlang::{Checked, Severity};
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const PLAN: &str = include_str!("../../plans/son-la-children-2021-2030.plan");
/// The name the variants are loaded under: a file in `plans/` (there is none of that name), so
/// that the plan's `import "national/children-2021-2030.plan"` is read as it is for the real
/// file, and the cascade checks run on every variant (a missing import would be an error in
/// every variant, and a cut inside a block would then go unnoticed).
const NAME: &str = "plans/son-la-variant.plan";
/// The imported national program, relative to the plan.
const IMPORTED: &str = "national/children-2021-2030.plan";

// ------------------------------------------------------------------ a deterministic PRNG

/// xorshift64* (Vigna): small, fast, and plenty random for choosing edits.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // The state must never be zero; the first outputs of close seeds are alike, so skip them.
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        for _ in 0..8 {
            rng.next();
        }
        rng
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        assert!(n > 0);
        ((self.next() >> 11) % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ------------------------------------------------------------------ where the blocks are

/// Where a scan of plan text stands.
#[derive(Copy, Clone, PartialEq, Debug)]
enum Lex {
    Code,
    Text,
    LineComment,
    BlockComment,
}

/// Scans plan text the way the grammar reads it (texts end at `"` or at the end of the line,
/// `\` escapes the next character, `//` and `/* */` comments) and calls `at` with the byte
/// offset, the lexical state before that byte and the number of `{` still open there.
fn scan(text: &str, mut at: impl FnMut(usize, Lex, usize)) -> (Lex, usize) {
    let bytes = text.as_bytes();
    let mut state = Lex::Code;
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        at(i, state, depth);
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        match state {
            Lex::Code => match b {
                b'"' => state = Lex::Text,
                b'/' if next == Some(b'/') => {
                    state = Lex::LineComment;
                    i += 1;
                }
                b'/' if next == Some(b'*') => {
                    state = Lex::BlockComment;
                    i += 1;
                }
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                _ => {}
            },
            Lex::Text => match b {
                b'\\' if next != Some(b'\n') => i += 1,
                b'"' | b'\n' => state = Lex::Code,
                _ => {}
            },
            Lex::LineComment => {
                if b == b'\n' {
                    state = Lex::Code;
                }
            }
            Lex::BlockComment => {
                if b == b'*' && next == Some(b'/') {
                    state = Lex::Code;
                    i += 1;
                }
            }
        }
        i += 1;
    }
    (state, depth)
}

/// The number of `{` (outside texts and comments) still open at the end of `text`.
fn open_blocks(text: &str) -> usize {
    scan(text, |_, _, _| {}).1
}

/// Byte offsets of the braces of the plan's code (not in texts or comments).
fn brace_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    scan(text, |i, state, _| {
        if state == Lex::Code && matches!(bytes[i], b'{' | b'}') {
            out.push(i);
        }
    });
    out
}

#[test]
fn the_block_scanner_counts_only_code_braces() {
    assert_eq!(open_blocks(""), 0);
    assert_eq!(open_blocks("plan \"x\" {"), 1);
    assert_eq!(open_blocks("plan \"x\" { }"), 0);
    assert_eq!(open_blocks("plan \"{\" {"), 1);
    assert_eq!(open_blocks("plan \"a \\\" { b\" {"), 1);
    assert_eq!(open_blocks("// {\nplan \"x\" {"), 1);
    assert_eq!(open_blocks("/* { */ plan \"x\" { /* } */"), 1);
    assert_eq!(open_blocks("indicator 1 \"t\" { part a \"u\" {"), 2);
    assert_eq!(open_blocks("indicator 1 \"t\" { part a \"u\" { }"), 1);
    // A text ends at the end of its line, as in the grammar.
    assert_eq!(open_blocks("plan \"x {\n {"), 1);
    // The real plan closes every block it opens.
    assert_eq!(open_blocks(PLAN), 0);
    assert!(brace_offsets(PLAN).len() >= 60, "the plan has few blocks");
}

// ------------------------------------------------------------------ the variants

struct Variant {
    /// How to rebuild it: "prefix 1234", "edit #17", "lines #3".
    label: String,
    text: String,
    /// A prefix cut strictly inside a `{ ... }` block: it must be reported as an error.
    inside_block: bool,
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every prefix at 400 cut points spread over the file, plus the cuts just before and just
/// after each brace (where a block is about to close or has just opened).
fn prefixes() -> Vec<Variant> {
    let len = PLAN.len();
    let mut cuts = BTreeSet::new();
    for i in 0..=400 {
        cuts.insert(floor_char_boundary(PLAN, i * len / 400));
    }
    for b in brace_offsets(PLAN) {
        cuts.insert(b);
        cuts.insert(b + 1);
    }
    cuts.into_iter()
        .map(|cut| {
            let text = &PLAN[..cut];
            Variant {
                label: format!("prefix {cut}"),
                text: text.to_string(),
                inside_block: open_blocks(text) > 0,
            }
        })
        .collect()
}

/// Bytes likely to matter to the grammar, and some multi-byte characters.
const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"\"",
    b"\\",
    b"/",
    b"*",
    b"//",
    b"/*",
    b"*/",
    b"\n",
    b"\r",
    b" ",
    b"\t",
    b"0",
    b"9",
    b"2025",
    b".",
    b",",
    b"..",
    b"-",
    b"=",
    b">=",
    b"<",
    b"~",
    b"%",
    b"_",
    b"a",
    b"Z",
    b"plan",
    b"indicator",
    b"part",
    b"target",
    b"lead",
    b"unit",
    b"report",
    b"\0",
    "‰".as_bytes(),
    "≥".as_bytes(),
    "ư".as_bytes(),
    "\u{FEFF}".as_bytes(),
];

fn some_bytes(rng: &mut Rng) -> Vec<u8> {
    if rng.below(2) == 0 {
        rng.pick(INTERESTING).to_vec()
    } else {
        (0..rng.range(1, 4)).map(|_| rng.below(256) as u8).collect()
    }
}

const BYTE_EDITS: usize = 2000;
const LINE_DELETIONS: usize = 500;

/// Byte-edited file number `n` (each has its own seed, so any one can be rebuilt alone): one to
/// three edits, each replacing, inserting or deleting one to a few bytes. Invalid UTF-8 is read
/// the way a lossy reader would.
fn byte_edit(n: usize) -> Variant {
    let mut rng = Rng::new(0x5eed_0001_0000 + n as u64);
    let mut bytes = PLAN.as_bytes().to_vec();
    for _ in 0..rng.range(1, 3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(3) {
            0 => {
                let end = (at + rng.range(1, 4)).min(bytes.len());
                let with = some_bytes(&mut rng);
                bytes.splice(at..end, with);
            }
            1 => {
                let with = some_bytes(&mut rng);
                bytes.splice(at..at, with);
            }
            _ => {
                let end = (at + rng.range(1, 4)).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    Variant {
        label: format!("edit #{n}"),
        text: String::from_utf8_lossy(&bytes).into_owned(),
        inside_block: false,
    }
}

/// File number `n` with 1 to 5 whole lines deleted: a run of lines, or lines here and there.
fn line_deletion(n: usize) -> Variant {
    let lines: Vec<&str> = PLAN.split_inclusive('\n').collect();
    let mut rng = Rng::new(0x5eed_0002_0000 + n as u64);
    let count = rng.range(1, 5);
    let mut gone = BTreeSet::new();
    if rng.below(2) == 0 {
        let first = rng.below(lines.len());
        gone.extend(first..(first + count).min(lines.len()));
    } else {
        while gone.len() < count {
            gone.insert(rng.below(lines.len()));
        }
    }
    let text: String = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !gone.contains(i))
        .map(|(_, l)| *l)
        .collect();
    Variant {
        label: format!("lines #{n} (deleted lines {gone:?}, 0-based)"),
        text,
        inside_block: false,
    }
}

// ------------------------------------------------------------------ checking one variant

/// What `load_str` found in a variant, for comparison with the binary.
struct Outcome {
    errors: usize,
    warnings: usize,
    diagnostics: usize,
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}

/// Loads and renders one variant; `Err` says what went wrong.
fn check(v: &Variant) -> Result<(), String> {
    let loaded = catch_unwind(|| planlang::load_str(NAME, &v.text));
    let checked: Checked =
        loaded.map_err(|p| format!("load_str panicked: {}", panic_message(&*p)))?;

    let rendered = catch_unwind(AssertUnwindSafe(|| {
        checked
            .diagnostics
            .iter()
            // The imported file is the same in every variant: only its short form is checked.
            .map(|d| {
                let drawn = if d.file() == NAME {
                    human(d, Lang::En, false, 100)
                } else {
                    String::new()
                };
                (drawn, short(d, Lang::En))
            })
            .collect::<Vec<_>>()
    }));
    let rendered = rendered.map_err(|p| format!("rendering panicked: {}", panic_message(&*p)))?;

    let len = v.text.len();
    let lines = v.text.split('\n').count();
    for (d, (human, short)) in checked.diagnostics.iter().zip(&rendered) {
        let file = d.file();
        if file != NAME {
            // The imported national file, unchanged: its diagnostics under its own name and
            // within its own text.
            let (line, column) = d.line_col();
            let head = format!("{file}:{line}:{column}: ");
            if !file.ends_with(IMPORTED) || !short.starts_with(&head) {
                return Err(format!("{short:?} is not from {IMPORTED}"));
            }
            let inside = match (d.span(), d.source()) {
                (Some(span), Some(source)) => span.end() <= source.text().len(),
                _ => false,
            };
            if !inside {
                return Err(format!("{short:?} points outside {file}"));
            }
            continue;
        }
        let code = d.code().as_str();
        if !human.contains(code) {
            return Err(format!(
                "the human form of {short:?} does not name its code:\n{human}"
            ));
        }
        let severity = match d.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (line, column) = d.line_col();
        let head = format!("{NAME}:{line}:{column}: {severity}[{code}]: ");
        if !short.starts_with(&head) || short.len() == head.len() {
            return Err(format!("short form {short:?} is not `{head}MESSAGE`"));
        }
        if line < 1 || line > lines || column < 1 {
            return Err(format!("{short:?} points outside the text ({lines} lines)"));
        }
        let Some(primary) = d.span() else {
            return Err(format!("{short:?} has no span"));
        };
        for span in std::iter::once(primary).chain(d.words(Lang::En).related.iter().map(|l| l.span))
        {
            if span.start() > span.end() || span.end() > len {
                return Err(format!(
                    "{short:?} has span {span:?} outside the text (0..{len})"
                ));
            }
        }
    }

    let tally = checked.tally();
    if checked.has_errors()
        != checked
            .diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error)
    {
        return Err("has_errors() disagrees with the severities of the diagnostics".into());
    }
    if tally.errors + tally.warnings != checked.diagnostics.len() {
        return Err("the tally does not count every diagnostic".into());
    }
    if v.inside_block && !checked.has_errors() {
        let shorts: Vec<&str> = rendered.iter().map(|(_, s)| s.as_str()).collect();
        return Err(format!(
            "cut inside a block but no error reported; diagnostics: {shorts:#?}"
        ));
    }
    Ok(())
}

/// Saves a failing input where it can be replayed with `plan check`.
fn save(v: &Variant, tag: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("robustness-failures");
    let _ = std::fs::create_dir_all(&dir);
    let file: String = v
        .label
        .chars()
        .take_while(|c| *c != '(')
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let path = dir.join(format!("{tag}-{}.plan", file.trim_matches('_')));
    let _ = std::fs::write(&path, &v.text);
    path
}

/// Checks every variant and fails with the first few problems if any.
fn check_all(kind: &str, variants: &[Variant]) {
    let mut failures = Vec::new();
    for v in variants {
        if let Err(why) = check(v) {
            let path = save(v, kind);
            failures.push(format!("{} (saved as {}): {why}", v.label, path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {kind} variants failed; the first ones:\n{}",
        failures.len(),
        variants.len(),
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

// ------------------------------------------------------------------ in-process tests

#[test]
fn the_whole_plan_loads_without_errors() {
    let checked = planlang::load_str(NAME, PLAN);
    let errors = errors(&checked);
    assert!(errors.is_empty(), "the plan itself has errors: {errors:#?}");
    assert!(!checked.model.measures.is_empty());
    // Its import is found from NAME, as from the real file.
    assert!(checked
        .model
        .imports
        .get("national")
        .is_some_and(|i| i.readable));
}

#[test]
fn every_prefix_is_read_without_panic() {
    let variants = prefixes();
    assert!(variants.len() >= 300, "only {} cut points", variants.len());
    // Most of the plan is inside blocks: the "must be an error" check must not be vacuous.
    let inside = variants.iter().filter(|v| v.inside_block).count();
    assert!(inside >= 100, "only {inside} prefixes end inside a block");
    assert!(variants.len() - inside >= 50);
    check_all("prefix", &variants);
}

#[test]
fn random_edits_change_the_text() {
    // The edits must really change the text, and some must make it invalid UTF-8.
    let (mut changed, mut lossy) = (0, 0);
    for n in 0..BYTE_EDITS {
        let v = byte_edit(n);
        changed += usize::from(v.text != PLAN);
        lossy += usize::from(v.text.contains('\u{FFFD}'));
    }
    assert!(
        changed >= BYTE_EDITS * 95 / 100,
        "only {changed} edits change the text"
    );
    assert!(lossy >= 50, "only {lossy} edits make invalid UTF-8");
    let distinct: BTreeSet<String> = (0..LINE_DELETIONS).map(|n| line_deletion(n).text).collect();
    assert!(distinct.len() >= LINE_DELETIONS * 9 / 10);
    assert!(distinct.iter().all(|t| t.len() < PLAN.len()));
}

/// The 2000 edits in four quarters, so that the test harness spreads them over the cores.
fn byte_edits_quarter(quarter: usize) {
    let size = BYTE_EDITS / 4;
    let variants: Vec<Variant> = (quarter * size..(quarter + 1) * size)
        .map(byte_edit)
        .collect();
    check_all("edit", &variants);
}

#[test]
fn random_byte_edits_are_read_without_panic_1() {
    byte_edits_quarter(0);
}

#[test]
fn random_byte_edits_are_read_without_panic_2() {
    byte_edits_quarter(1);
}

#[test]
fn random_byte_edits_are_read_without_panic_3() {
    byte_edits_quarter(2);
}

#[test]
fn random_byte_edits_are_read_without_panic_4() {
    byte_edits_quarter(3);
}

#[test]
fn random_line_deletions_are_read_without_panic_1() {
    let variants: Vec<Variant> = (0..LINE_DELETIONS / 2).map(line_deletion).collect();
    check_all("lines", &variants);
}

#[test]
fn random_line_deletions_are_read_without_panic_2() {
    let variants: Vec<Variant> = (LINE_DELETIONS / 2..LINE_DELETIONS)
        .map(line_deletion)
        .collect();
    check_all("lines", &variants);
}

// ------------------------------------------------------------------ the real binary

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// ~150 variants of every kind, many of them cut inside a block, through `plan check`.
#[test]
fn the_binary_survives_a_sample_of_variants() {
    let mut rng = Rng::new(0x5eed_0003);
    // Distinct picks among `0..len`, in a stable order.
    let mut pick = |len: usize, n: usize| {
        let mut picked = BTreeSet::new();
        while picked.len() < n.min(len) {
            picked.insert(rng.below(len));
        }
        picked
    };
    let (inside, outside): (Vec<Variant>, Vec<Variant>) =
        prefixes().into_iter().partition(|v| v.inside_block);
    let mut sample: Vec<Variant> = Vec::new();
    for pool in [inside, outside] {
        let picked = pick(pool.len(), 25);
        sample.extend(
            pool.into_iter()
                .enumerate()
                .filter(|(i, _)| picked.contains(i))
                .map(|(_, v)| v),
        );
    }
    sample.extend(pick(BYTE_EDITS, 70).into_iter().map(byte_edit));
    sample.extend(pick(LINE_DELETIONS, 30).into_iter().map(line_deletion));
    assert_eq!(sample.len(), 150);
    assert_eq!(sample.iter().filter(|v| v.inside_block).count(), 25);

    let dir = tempfile::tempdir().expect("temp dir");
    // The national program next to the variants, where their import finds it.
    let national = dir.path().join(IMPORTED);
    std::fs::create_dir_all(national.parent().expect("a folder")).expect("create folder");
    std::fs::copy(Path::new("plans").join(IMPORTED), &national).expect("copy the national plan");
    let national = national.display().to_string();
    let mut failures = Vec::new();
    for (n, v) in sample.iter().enumerate() {
        let path = dir.path().join(format!("variant-{n}.plan"));
        std::fs::write(&path, &v.text).expect("write variant");
        // The in-process tests check these same variants in depth; here only the counts matter.
        let expected = match catch_unwind(|| planlang::load_str(NAME, &v.text)) {
            Ok(checked) => Outcome {
                errors: checked.tally().errors,
                warnings: checked.tally().warnings,
                diagnostics: checked.diagnostics.len(),
            },
            Err(p) => {
                failures.push(format!(
                    "{}: load_str panicked: {}",
                    v.label,
                    panic_message(&*p)
                ));
                continue;
            }
        };
        let out = crate::common::plan_command()
            .args(["check", "--format", "short"])
            .arg(&path)
            .output()
            .expect("run plan");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown = path.display().to_string();
        let mut problems = Vec::new();
        match out.status.code() {
            Some(0 | 1) => {}
            Some(code) => problems.push(format!("exit code {code}")),
            None => problems.push(format!("killed: {:?}", out.status)),
        }
        if stderr.contains("panicked") {
            problems.push(format!("stderr: {stderr}"));
        }
        let error_line = stdout.lines().any(|l| l.contains(": error["));
        let failed = out.status.code() == Some(1);
        if failed != error_line {
            problems.push(format!(
                "exit code {:?} but error line printed: {error_line}",
                out.status.code()
            ));
        }
        if v.inside_block && !(failed && error_line) {
            problems.push("cut inside a block but not reported as an error".into());
        }
        if failed != (expected.errors > 0) {
            problems.push(format!(
                "exit code {:?} but load_str found {} errors",
                out.status.code(),
                expected.errors
            ));
        }
        // One line per diagnostic, then the summary with the same counts as in process.
        // Lines of the variant's own diagnostics and of the imported file's.
        let diagnostic_lines = stdout
            .lines()
            .filter(|l| {
                [shown.as_str(), national.as_str()].iter().any(|file| {
                    l.strip_prefix(file)
                        .and_then(|r| r.strip_prefix(':'))
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
            .count();
        if diagnostic_lines != expected.diagnostics {
            problems.push(format!(
                "{diagnostic_lines} diagnostic lines, load_str gave {}",
                expected.diagnostics
            ));
        }
        let tail = format!(
            ": {}, {}",
            plural(expected.errors, "error"),
            plural(expected.warnings, "warning")
        );
        let last = stdout.lines().last().unwrap_or("");
        if !(last.starts_with(&format!("{shown}: ")) && last.ends_with(&tail)) {
            problems.push(format!(
                "last line {last:?} is not the summary `{shown}: ...{tail}`"
            ));
        }
        if !problems.is_empty() {
            let saved = save(v, "binary");
            failures.push(format!(
                "{} (saved as {}): {}\nstdout:\n{stdout}",
                v.label,
                saved.display(),
                problems.join("; ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} variants failed through the binary; the first ones:\n{}",
        failures.len(),
        sample.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
