//! The fuzz targets' properties (`planlang::properties`) on a few thousand inputs mutated
//! from the bundled plans, the test fixtures and queries, with a fixed seed so every run of
//! `cargo test` checks the same inputs in a few seconds; `fuzz/` runs the same properties
//! for as long as one likes. A few dozen of the mutated files also go through the `plan`
//! command, whose exit status must be one docs/cli.md documents (0, 1 or 2), never a panic
//! (101) or a signal.

use crate::common;

use planlang::data::FileKind;
use planlang::date::Date;
use planlang::properties;
use planlang::query::Facts;
use std::path::Path;

pub(crate) use common::rng::Rng;

/// Pieces that reach deep into the readers when spliced in: keywords, punctuation, numbers
/// in both decimal styles, dates, encodings' marks, and characters that need care.
const TOKENS: &[&str] = &[
    "indicator",
    "target",
    "lead",
    "support",
    "where",
    "maintain",
    "reduce by",
    "per year",
    "import",
    "amendment",
    "transfer",
    "flow cumulative",
    "~ 10 within 0.5 points",
    "growth",
    "horizon 2045",
    "at midterm",
    "every year",
    "requested",
    "to a, b",
    "{",
    "}",
    "\"",
    "\\",
    ",",
    ";",
    "\n",
    "\r",
    "\r\n",
    "..",
    "9,5",
    "9.5",
    "1.234.567",
    "1,234",
    "-0",
    "1e308",
    "NaN",
    "2025",
    "0999",
    "31/02/2025",
    "2025-02-30",
    "\u{feff}",
    "\u{0}",
    "\u{1b}",
    "\u{202e}",
    "е",
    "ế",
    "%",
    "#decimal=comma",
    "(",
    ")",
    "and",
    "or",
    "not",
    "by owner",
    "count",
    "~",
    ">=",
    "=",
];

/// One mutation of `seed`: a byte changed, inserted or removed, a run repeated or cut, a
/// token spliced in, or the text cut short.
pub(crate) fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 => out.insert(at, rng.next() as u8),
            2 if at < out.len() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at..end);
            }
            3 if at < out.len() => {
                let end = (at + 1 + rng.below(64)).min(out.len());
                let run = out[at..end].to_vec();
                out.splice(at..at, run);
            }
            4 => out.truncate(at),
            _ => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.bytes());
            }
        }
    }
    out
}

/// Where a plan text may take whitespace or a comment without any word changing: the runs of
/// whitespace outside texts and comments, and the places beside punctuation (`{`, `}`, `,`,
/// `=`, `/`, `*`, `?`, `..`), as byte ranges (empty beside punctuation that touches a word).
pub(crate) fn gaps(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && &bytes[i..i + 2] != b"*/" {
                    i += 1;
                }
                i += 2;
            }
            b' ' | b'\t' | b'\r' | b'\n' => {
                let start = i;
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r' | b'\n') {
                    i += 1;
                }
                out.push((start, i));
            }
            b'{' | b'}' | b',' | b'=' | b'*' | b'?' | b'/' => {
                out.push((i, i));
                out.push((i + 1, i + 1));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.retain(|&(start, end)| end <= text.len() && text.is_char_boundary(start));
    out
}

/// Whitespace of a random shape: spaces and tabs, with a line break and indentation when
/// `lines`.
fn blanks(rng: &mut Rng, lines: bool) -> String {
    let mut out = String::new();
    if lines {
        for _ in 0..=rng.below(2) {
            out.push_str(rng.pick(&["\n", "\n", "\r\n", "  \n"]));
        }
    }
    for _ in 0..rng.below(10) {
        out.push(if rng.one_in(4) { '\t' } else { ' ' });
    }
    if out.is_empty() && !lines {
        out.push(' ');
    }
    out
}

/// One to four changes of layout in `text`, each at a place `gaps` gives or on a whole line:
/// a line re-indented, two lines joined or one split, blank lines added or taken out, a
/// `/* */` or `//` comment put in, a line repeated or deleted (fields and items), the
/// spacing beside a word or a sign changed, line breaks made CR LF, blanks at a line's end.
/// Most results still parse, and those that do are plans laid out in another way (or, for a
/// line joined after a `//` comment, repeated or deleted, other plans).
pub(crate) fn mutate_layout(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_string();
    for n in 0..=rng.below(4) {
        let gaps = gaps(&out);
        if gaps.is_empty() {
            break;
        }
        let (start, end) = gaps[rng.below(gaps.len())];
        let gap = out[start..end].to_string();
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(out.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < out.len())
            .collect();
        let line = line_starts[rng.below(line_starts.len())];
        let line_end = out[line..].find('\n').map_or(out.len(), |i| line + i + 1);
        match rng.below(10) {
            0 => {
                let indent = out[line..].len() - out[line..].trim_start_matches([' ', '\t']).len();
                out.replace_range(line..line + indent, &blanks(rng, false));
            }
            1 if gap.contains('\n') => out.replace_range(start..end, " "),
            2 => out.replace_range(start..end, &blanks(rng, true)),
            3 if gap.contains('\n') => out.insert_str(end, &"\n".repeat(1 + rng.below(3))),
            3 => out.replace_range(start..end, "\n"),
            4 => out.insert_str(start, &format!(" /* c{n} */ ")),
            5 => out.insert_str(start, &format!(" // c{n}\n")),
            6 => {
                let copy = out[line..line_end].to_string();
                out.insert_str(line_end, &copy);
            }
            7 => out.replace_range(line..line_end, ""),
            8 => out.replace_range(start..end, &blanks(rng, false)),
            _ if rng.one_in(3) => out = out.replace('\n', "\r\n"),
            _ => {
                let before_break = out[..line_end].ends_with('\n') && line_end > line;
                out.insert_str(line_end - usize::from(before_break), " \t");
            }
        }
    }
    out
}

fn read(path: impl AsRef<Path>) -> Vec<u8> {
    std::fs::read(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The files under `dir` whose names end with one of `ends`.
fn files(dir: &str, ends: &[&str]) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("entry").path())
        .filter(|p| ends.iter().any(|end| p.to_string_lossy().ends_with(end)))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no {ends:?} files in {dir}");
    out
}

fn son_la() -> planlang::Checked {
    planlang::load_path("plans/son-la-children-2021-2030.plan").expect("the Sơn La plan")
}

#[test]
fn mutated_plans_load_and_render() {
    let mut rng = Rng(0x706c_616e);
    let mut seeds = files("plans", &[".plan"]);
    seeds.extend(
        files("tests/cases/invalid", &[".plan"])
            .into_iter()
            .step_by(4),
    );
    let mut loaded = 0;
    for seed in &seeds {
        let text = read(seed);
        // The mutated text is named as the seed, so that its imports are found.
        let name = seed.to_string_lossy();
        for _ in 0..40 {
            if properties::plan_text(&name, &mutate(&mut rng, &text)).is_some() {
                loaded += 1;
            }
        }
    }
    // Most mutations keep the text UTF-8, so most were loaded, not skipped.
    assert!(
        loaded > seeds.len() * 6,
        "only {loaded} mutated plans were UTF-8"
    );
}

#[test]
fn mutated_queries_answer_or_explain() {
    let plan = son_la();
    let mut data = planlang::data::DataSet::default();
    for f in [
        "plans/data/son-la-sample.csv",
        "plans/data/son-la-submissions.csv",
    ] {
        data.load_path(&plan.model, Path::new(f), Default::default());
    }
    let facts = Facts::new(&plan.model, &data, Date::parse("2025-06-30").expect("date"));
    let queries = [
        "indicators where lead = yte and status = on_track",
        "targets where year = 2025 and (value >= 50 or not owner = gddt)",
        "count indicators by owner",
        "missing where due < 2025-06-30",
        "late by agency",
        "show 1",
        "show yte",
        "agencies where name ~ \"Sở\"",
        "reports where period = year",
        "indicators where title ~ \"trẻ em\" sort by id desc limit 3",
    ];
    let mut rng = Rng(0x7175_6572);
    for q in queries {
        properties::query_text(&plan.model, &facts, q.as_bytes());
        for _ in 0..400 {
            properties::query_text(&plan.model, &facts, &mutate(&mut rng, q.as_bytes()));
        }
    }
}

#[test]
fn mutated_data_files_count_every_row() {
    let plan = son_la();
    let fixture = planlang::load_path("tests/fixtures/agency-files/plan.plan").expect("plan");
    let mut rng = Rng(0x6461_7461);
    let mut sample = read("plans/data/son-la-sample.csv");
    // The first rows are enough to reach every reader state; the whole file is slow in debug.
    sample.truncate(4_000);
    let seeds: Vec<(&planlang::Model, FileKind, Vec<u8>)> = vec![
        (&plan.model, FileKind::Csv, sample),
        (
            &plan.model,
            FileKind::Csv,
            read("plans/data/son-la-submissions.csv"),
        ),
        (
            &fixture.model,
            FileKind::Csv,
            read("tests/fixtures/agency-files/excel-mac-cr.csv"),
        ),
        (
            &fixture.model,
            FileKind::Csv,
            read("tests/fixtures/agency-files/excel-vietnamese-semicolon.csv"),
        ),
        (
            &fixture.model,
            FileKind::Csv,
            read("tests/fixtures/agency-files/libreoffice-windows-1258.csv"),
        ),
        (
            &fixture.model,
            FileKind::Csv,
            read("tests/fixtures/agency-files/utf16be.txt"),
        ),
        (
            &fixture.model,
            FileKind::Json,
            read("tests/fixtures/agency-files/dotnet-bom.json"),
        ),
    ];
    for (model, kind, bytes) in &seeds {
        properties::data(model, *kind, bytes);
        for _ in 0..120 {
            properties::data(model, *kind, &mutate(&mut rng, bytes));
        }
    }
    for xlsx in [
        "tests/fixtures/agency-files/libreoffice.xlsx",
        "tests/fixtures/agency-files/libreoffice-percent.xlsx",
        "tests/fixtures/agency-files/libreoffice-submissions.xlsx",
    ] {
        let bytes = read(xlsx);
        properties::data(&fixture.model, FileKind::Spreadsheet, &bytes);
        for _ in 0..40 {
            properties::data(
                &fixture.model,
                FileKind::Spreadsheet,
                &mutate(&mut rng, &bytes),
            );
        }
    }
}

/// Exit statuses docs/cli.md documents: 0 (no problem), 1 (problems found), 2 (the command
/// could not do its job).
fn assert_documented(run: &common::Run, what: &str) {
    assert!(
        matches!(run.code, Some(0..=2)),
        "{what}: exit {:?}\n{}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
}

#[test]
fn the_plan_command_exits_as_documented_on_mutated_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut rng = Rng(0x0063_6c69);
    let plan_text = read(root.join("tests/fixtures/agency-files/plan.plan"));
    let data = read(root.join("tests/fixtures/agency-files/observations.csv"));
    std::fs::write(dir.path().join("good.plan"), &plan_text).expect("write");
    for i in 0..12 {
        let plan = dir.path().join(format!("p{i}.plan"));
        std::fs::write(&plan, mutate(&mut rng, &plan_text)).expect("write");
        let name = plan.file_name().unwrap().to_string_lossy().into_owned();
        assert_documented(&common::run_in(dir.path(), &["check", &name]), &name);
        let csv = format!("d{i}.csv");
        std::fs::write(dir.path().join(&csv), mutate(&mut rng, &data)).expect("write");
        let run = common::run_in(
            dir.path(),
            &["eval", "good.plan", &csv, "--as-of", "2025-06-30"],
        );
        assert_documented(&run, &csv);
        let query =
            String::from_utf8_lossy(&mutate(&mut rng, b"count indicators by owner")).into_owned();
        let run = common::run_in(dir.path(), &["query", "good.plan", &csv, "-e", &query]);
        assert_documented(&run, &query);
    }
}
