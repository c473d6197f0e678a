//! Terminal conventions shared by the subcommands: colour, width, reading files.

use super::say::{self, error};
use super::write::errln;
use planlang::model::{Import, Ref};
use std::io::IsTerminal;
use std::path::Path;

/// Colour only for a terminal, and never when `NO_COLOR` is set (<https://no-color.org>).
pub fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// The width to wrap diagnostics at: `COLUMNS` when set (at least 40, below which nothing
/// is readable), else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .map_or(100, |c| c.max(40))
}

/// Today in Vietnam, from the system clock.
pub fn today() -> planlang::date::Date {
    planlang::date::today_in_vietnam(jiff::Timestamp::now())
}

/// `--as-of` as given, or today; a date that does not parse is said on stderr, and the
/// usage exit status returned.
pub fn as_of(text: Option<&str>) -> Result<planlang::date::Date, u8> {
    match text {
        None => Ok(today()),
        Some(text) => planlang::date::Date::parse_written(text).map_err(|why| {
            let why = planlang::diagnostic::words::date_error(&why, super::lang::lang());
            error!("cmd-not-a-date", "given" => text, "why" => why);
            super::EXIT_USAGE
        }),
    }
}

/// A plan with errors is not shown, evaluated or compared (what it would give is not what
/// the file says): prints its errors and says how to see them in full. Whether it had any.
/// The plan at `path`, read and checked without errors; or the exit status after saying why
/// not.
pub fn load_clean(path: &Path) -> Result<planlang::Checked, u8> {
    let Some(checked) = load(path) else {
        return Err(super::EXIT_USAGE);
    };
    if refuse_errors(path, &checked) {
        return Err(super::EXIT_PROBLEMS);
    }
    Ok(checked)
}

pub fn refuse_errors(path: &Path, plan: &planlang::Checked) -> bool {
    if !plan.has_errors() {
        return false;
    }
    for d in plan.diagnostics.iter().filter(|d| d.is_error()) {
        errln!(
            "{}",
            planlang::render::diagnostics::short(d, super::lang::lang())
        );
    }
    error!("cmd-plan-has-errors", "path" => say::path(path));
    true
}

/// Colour on standard error only for a terminal, and never when `NO_COLOR` is set.
pub fn use_color_stderr() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Whether the file at `path` imports the file `target` under `alias` (the plan it
/// `implements` or `amends`, as `role` says); `Err` says what it imports instead.
pub fn imports_as(
    path: &Path,
    file: &planlang::Checked,
    alias: &Ref<Import>,
    role: &str,
    target: &Path,
) -> Result<(), String> {
    let shown = path.display();
    let Some(import) = alias.id.and_then(|id| file.model.at(id)) else {
        return Err(say::say(
            "cmd-role-not-imported",
            &[
                ("path", shown.to_string().into()),
                ("role", role.into()),
                ("alias", alias.name.as_str().into()),
            ],
        ));
    };
    let folder = path.parent().unwrap_or(Path::new(""));
    if same_file(&folder.join(&import.path), target) {
        Ok(())
    } else {
        Err(say::say(
            "cmd-role-other-file",
            &[
                ("path", shown.to_string().into()),
                ("role", role.into()),
                ("alias", alias.name.as_str().into()),
                ("imported", import.path.as_str().into()),
                ("target", say::path(target)),
            ],
        ))
    }
}

/// Says that a line of standard input is not text and is skipped (`plan query`, `plan repl`).
pub fn skip_line(bad: &planlang::repl::NotUtf8) {
    error!("cmd-input-not-text", "line" => bad.line, "column" => bad.column, "byte" => format!("0x{:02X}", bad.byte));
}

/// Whether two paths name the same existing file, however they are written (`./a`, a
/// symbolic link to it).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Loads a plan, or prints why it could not be read.
pub fn load(path: &Path) -> Option<planlang::Checked> {
    match planlang::load_path(path) {
        Ok(checked) => Some(checked),
        Err(e) => {
            let why = planlang::files::unreadable_reason(&e, super::lang::lang());
            error!("cmd-cannot-read", "path" => say::path(path), "why" => why);
            None
        }
    }
}
