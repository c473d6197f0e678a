//! What the hover of an indicator says of the data its status comes from: the files read,
//! and what went wrong with them, so that a status that is missing or looks wrong says why
//! (a file that could not be used, rows refused, a plan not evaluated until it is fixed).

use super::Lines;
use crate::diagnostic::words::data::row_at;
use crate::diagnostic::DataPlace;
use crate::ide::data::{FileProblems, PlanData};
use std::path::Path;

/// The data's lines: the files read, then one line a problem.
pub(super) fn said(lines: &mut Lines, data: &PlanData) {
    let lang = lines.lang();
    let read: Vec<&str> = (data.files.iter())
        .filter(|file| !data.skipped.contains(file))
        .map(|file| short(file))
        .collect();
    if !read.is_empty() {
        lines.field("ide-hover-data", read.join(", "));
    }
    for file in &data.skipped {
        let words = lang.text_with("ide-hover-data-skipped", &[("file", short(file).into())]);
        lines.field("ide-hover-data-problem", words);
    }
    for problems in &data.problems {
        lines.field("ide-hover-data-problem", problem(problems, lines.lang()));
    }
    if let Err(why) = &data.evaluation {
        lines.field("ide-hover-data-problem", why.words(lang));
    }
}

/// What went wrong with one file: why it could not be used, or how many of its rows were
/// refused and the first one's problem.
fn problem(problems: &FileProblems, lang: crate::i18n::Lang) -> String {
    let file = short(&problems.file);
    if let Some(why) = &problems.unusable {
        return lang.text_with(
            "ide-hover-data-unusable",
            &[("file", file.into()), ("problem", why.message(lang).into())],
        );
    }
    let first = &problems.first;
    let row = first.data_place().and_then(DataPlace::row_at);
    let first = match row {
        Some(row) => lang.text_with(
            "ide-hover-data-row",
            &[
                ("row", row_at(&row, lang).into()),
                ("problem", first.message(lang).into()),
            ],
        ),
        None => first.message(lang),
    };
    lang.text_with(
        "ide-hover-data-refused",
        &[
            ("count", problems.errors.into()),
            ("file", file.into()),
            ("first", first.into()),
        ],
    )
}

/// A file by its name without its folder, as a short line shows it.
fn short(file: &Path) -> &str {
    file.file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default()
}
