//! `plan fmt [--check] PATH...`: plan files laid out by [`planlang::syntax::format::format`],
//! rewritten in place (atomically, keeping their permissions; a file already formatted is not
//! touched), or with `--check` only listed when they would change. A folder stands for every
//! `*.plan` file below it; `-` is standard input, formatted to standard output.

use super::file::rewrite_file;
use super::lang::lang;
use super::output::{use_color_stderr, width};
use super::say::{self, error};
use super::write::{errln, out, outln};
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::diagnostics::human;
use planlang::Source;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[arg(long)]
    check: bool,
}

/// What became of one file.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// Formatted already, or rewritten.
    Done,
    /// `--check`: it would change.
    WouldChange,
    /// Unreadable, refused (syntax errors) or not written: said on standard error.
    Failed,
}

impl Outcome {
    fn status(self) -> u8 {
        match self {
            Outcome::Done => EXIT_OK,
            Outcome::WouldChange => EXIT_PROBLEMS,
            Outcome::Failed => EXIT_USAGE,
        }
    }
}

pub fn run(args: Args) -> u8 {
    let mut worst = Outcome::Done;
    let mut would_change = 0usize;
    for path in &args.paths {
        let outcomes = if path.as_os_str() == "-" {
            vec![standard_input(args.check)]
        } else {
            let (files, complete) = plan_files(path);
            if !complete {
                worst = Outcome::Failed;
            }
            files.iter().map(|f| file(f, args.check)).collect()
        };
        for outcome in outcomes {
            would_change += usize::from(outcome == Outcome::WouldChange);
            worst = worst.max(outcome);
        }
    }
    if would_change > 0 {
        errln!(
            "{}",
            say::say("cmd-fmt-would-change", &[("count", would_change.into())])
        );
    }
    worst.status()
}

/// The files `path` stands for: itself, or for a folder every `*.plan` file below it, sorted
/// (links inside it are not followed); and whether they are all there is (a folder that
/// cannot be read, or holds no plan file, is said on standard error).
fn plan_files(path: &Path) -> (Vec<PathBuf>, bool) {
    if !path.is_dir() {
        return (vec![path.to_path_buf()], true);
    }
    let mut files = Vec::new();
    let mut complete = true;
    walk(path, &mut files, &mut complete);
    files.sort();
    if files.is_empty() && complete {
        error!("cmd-fmt-no-plans", "path" => say::path(path));
        complete = false;
    }
    (files, complete)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, complete: &mut bool) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            error!("cmd-cannot-read", "path" => say::path(dir), "why" => e.to_string());
            *complete = false;
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, files, complete),
            Ok(t) if t.is_file() && path.extension().is_some_and(|e| e == "plan") => {
                files.push(path)
            }
            _ => {}
        }
    }
}

/// Formats the file at `path`: rewritten when it changes, or with `check` listed.
fn file(path: &Path, check: bool) -> Outcome {
    let text = match planlang::files::read_plan_text(path) {
        Ok(text) => text,
        Err(e) => {
            let why = planlang::files::unreadable_reason(&e, lang());
            error!("cmd-cannot-read", "path" => say::path(path), "why" => why);
            return Outcome::Failed;
        }
    };
    let Some(formatted) = formatted(&path.display().to_string(), &text) else {
        return Outcome::Failed;
    };
    if formatted == text {
        return Outcome::Done;
    }
    if check {
        outln!("{}", path.display());
        return Outcome::WouldChange;
    }
    match rewrite_file(path, formatted.as_bytes()) {
        Ok(()) => {
            errln!(
                "{}",
                say::say("cmd-fmt-reformatted", &[("path", say::path(path))])
            );
            Outcome::Done
        }
        Err(why) => {
            error!("cmd-cannot-write", "path" => say::path(path), "why" => why);
            Outcome::Failed
        }
    }
}

/// Formats standard input to standard output; with `check`, writes nothing and says `-` when
/// it would change.
fn standard_input(check: bool) -> Outcome {
    let text = match planlang::files::read_plan_from(std::io::stdin().lock()) {
        Ok(text) => text,
        Err(e) => {
            let why = planlang::files::unreadable_reason(&e, lang());
            error!("cmd-cannot-read-input", "why" => why);
            return Outcome::Failed;
        }
    };
    let Some(formatted) = formatted(STANDARD_INPUT, &text) else {
        return Outcome::Failed;
    };
    if check {
        if formatted == text {
            return Outcome::Done;
        }
        outln!("-");
        return Outcome::WouldChange;
    }
    out(&formatted);
    Outcome::Done
}

/// The name diagnostics give standard input.
const STANDARD_INPUT: &str = "<stdin>";

/// `text` formatted; `None` after printing the diagnostics that refuse it and saying so.
fn formatted(name: &str, text: &str) -> Option<String> {
    match planlang::syntax::format::format(&Source::new(name, text)) {
        Ok(formatted) => Some(formatted),
        Err(diagnostics) => {
            let (lang, color, width) = (lang(), use_color_stderr(), width());
            for d in &diagnostics {
                errln!("{}", human(d, lang, color, width).trim_end());
            }
            error!("cmd-fmt-refused", "path" => name, "count" => diagnostics.len());
            None
        }
    }
}
