//! `plan show FILE`

use super::output::{load, write_stdout};
use super::{ShowFormat, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::{diagnostics::short, model_json, model_text};
use std::path::Path;

pub fn run(path: &Path, format: ShowFormat) -> u8 {
    let Some(checked) = load(path) else {
        return EXIT_USAGE;
    };
    // A model with errors would show a plan the file does not really describe.
    if checked.has_errors() {
        for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
            eprintln!("{}", short(d));
        }
        eprintln!(
            "error: `{}` has errors; run `plan check {}` for details",
            path.display(),
            path.display()
        );
        return EXIT_PROBLEMS;
    }
    match format {
        ShowFormat::Text => write_stdout(&model_text::to_text(&checked.model), EXIT_OK),
        ShowFormat::Json => write_stdout(
            &format!("{}\n", model_json::to_json(&checked.model)),
            EXIT_OK,
        ),
    }
}
