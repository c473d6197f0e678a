//! The REPL's history file: where it is; that it is not a file the session reads or any file
//! that is not a history (the history is written over the whole file after each query, so a
//! plan given as `--history-file` would be replaced by queries); and reading it so that a line
//! that is not text is reported by number and the lines after it kept.

use super::super::output::same_file;
use super::super::say::{self, say};
use super::helper::ReplHelper;
use planlang::repl::Lines;
use rustyline::history::DefaultHistory;
use rustyline::Editor;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The first line of the history files rustyline writes (newlines and backslashes in an
/// entry are escaped after it).
const HEADER: &str = "#V2";

/// The history file: the one asked for, else planlang/history in the platform's data
/// directory (~/.local/share on Linux, Application Support on macOS, AppData on Windows).
pub fn path(asked: Option<PathBuf>) -> Option<PathBuf> {
    asked.or_else(|| dirs::data_dir().map(|d| d.join("planlang").join("history")))
}

/// Refuses a history file that saving the history would destroy: the plan or a data file the
/// session reads, or any other file that is not empty and not a history.
pub fn check(history: &Path, plan: Option<&Path>, data: &[PathBuf]) -> Result<(), String> {
    let read = plan
        .map(|p| (p, "plan"))
        .into_iter()
        .chain(data.iter().map(|d| (d.as_path(), "data")));
    for (file, what) in read {
        if same_file(history, file) {
            return Err(say(
                "cmd-history-is-input",
                &[("path", say::path(history)), ("what", what.into())],
            ));
        }
    }
    match first_line(history) {
        Some(line) if !line.is_empty() && line != HEADER => Err(say(
            "cmd-history-not-history",
            &[("path", say::path(history)), ("header", HEADER.into())],
        )),
        _ => Ok(()),
    }
}

/// The start of a file's first line (as much as tells a history from anything else), or
/// `None` when there is nothing to read.
fn first_line(path: &Path) -> Option<String> {
    let mut start = [0u8; 64];
    let mut file = std::fs::File::open(path).ok()?;
    let n = file.read(&mut start).ok()?;
    let start = String::from_utf8_lossy(&start[..n]).into_owned();
    Some(start.lines().next().unwrap_or_default().to_string())
}

/// `warning: ...` (the message `id` about the history file `path`, for the reason `why`) and
/// a line end.
fn warning(id: &str, path: &Path, why: String) -> String {
    let message = say(id, &[("path", say::path(path)), ("why", why.into())]);
    format!("{}\n", say("warning-line", &[("message", message.into())]))
}

/// Reads the history into the editor; warnings (on their own lines) for what could not be
/// read. A file that does not exist yet is a first run, not a problem.
pub fn load(editor: &mut Editor<ReplHelper, DefaultHistory>, path: &Path) -> String {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return String::new(),
        Err(e) => return warning("cmd-history-unreadable", path, e.to_string()),
    };
    let mut warnings = String::new();
    for read in Lines::new(std::io::BufReader::new(file)) {
        match read {
            Ok((1, Ok(line))) if line == HEADER => {}
            Ok((_, Ok(line))) if line.is_empty() => {}
            Ok((_, Ok(line))) => {
                // Only a full history fails to take an entry, and then it drops the oldest.
                let _ = editor.add_history_entry(unescape(&line));
            }
            Ok((_, Err(bad))) => warnings.push_str(&warning(
                "cmd-history-bad-entry",
                path,
                bad.words(super::super::lang::lang()),
            )),
            Err(e) => {
                warnings.push_str(&warning("cmd-history-cut-short", path, e.to_string()));
                break;
            }
        }
    }
    warnings
}

/// An entry as rustyline writes it after `#V2`: `\n` for a newline, `\\` for a backslash. An
/// entry with another escape was not written that way and is kept as it is.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            _ => return line.to_string(),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unescape;

    #[test]
    fn entries_are_unescaped_as_rustyline_escapes_them() {
        assert_eq!(unescape(r"show 3"), "show 3");
        assert_eq!(unescape(r"a\nb \\ c"), "a\nb \\ c");
        assert_eq!(unescape(r"odd \x escape"), r"odd \x escape");
        assert_eq!(unescape("ends with \\"), "ends with \\");
    }
}
