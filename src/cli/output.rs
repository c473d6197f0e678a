//! Terminal conventions shared by the subcommands: colour, width, reading files.

use std::io::IsTerminal;
use std::path::Path;

/// Colour only for a terminal, and never when `NO_COLOR` is set (https://no-color.org).
pub fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// The width to wrap diagnostics at: `COLUMNS` when set, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

/// Loads a plan, or prints why it could not be read.
pub fn load(path: &Path) -> Option<planlang::Checked> {
    match planlang::load_path(path) {
        Ok(checked) => Some(checked),
        Err(e) => {
            let why = match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::InvalidData => {
                    "it is not UTF-8 text (save it as UTF-8)".to_string()
                }
                _ => e.to_string(),
            };
            eprintln!("error: cannot read `{}`: {why}", path.display());
            None
        }
    }
}
