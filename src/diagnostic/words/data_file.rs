//! Data files as a whole: files that cannot be read, headers, sheets, encodings, and what
//! nothing reads, in the language asked for, from the catalogue `src/i18n/*/data.ftl`.

use super::data::ticked;
use crate::data::row::KNOWN_COLUMNS;
use crate::diagnostic::problem::{
    BadHeader, CodePage, JsonShape, MissingColumn, NotAWorkbook, NotText, ReadFailure,
    SheetFailure, Skipped, SkippedSheet, UnknownColumn, Unreadable,
};
use crate::i18n::{Arg, Lang};

pub(super) fn unreadable(problem: &Unreadable, lang: Lang) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| lang.text_with(id, args);
    match problem {
        Unreadable::File(failure) => say(
            "data-cannot-read-file",
            &[("why", read_failure(failure, lang).into())],
        ),
        Unreadable::WorkbookTooLarge { mib } => say(
            "data-workbook-too-large",
            &[("mib", mib.to_string().into())],
        ),
        Unreadable::Workbook(what) => say(
            "data-cannot-read-workbook",
            &[("why", not_a_workbook(what, lang).into())],
        ),
        Unreadable::WorkbookDamaged => lang.text("data-workbook-damaged"),
        Unreadable::NoSuchSheet { wanted, sheets } => say(
            "data-no-such-sheet",
            &[
                ("wanted", wanted.as_str().into()),
                ("sheets", ticked(sheets, ", ").into()),
            ],
        ),
        Unreadable::NoWorksheet => lang.text("data-no-worksheet"),
        Unreadable::NoSheetShown { sheets } => say(
            "data-no-sheet-shown",
            &[("sheets", ticked(sheets, ", ").into())],
        ),
        Unreadable::NoHeader { skipped } => say(
            "data-no-header",
            &[("skipped", skipped_sheets(skipped, lang).into())],
        ),
        Unreadable::Sheet(failure) => sheet_failure(failure, lang),
        Unreadable::JsonShape {
            shape,
            line,
            column,
        } => say(
            "data-json-shape",
            &[
                ("why", json_shape(shape, lang).into()),
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
            ],
        ),
        Unreadable::RowNotObject => lang.text("data-row-not-object"),
        Unreadable::RowTooLong { mib } => {
            say("data-row-too-long", &[("mib", mib.to_string().into())])
        }
        Unreadable::RowNotJson { why, line, column } => say(
            "data-row-not-json",
            &[
                ("why", why.as_str().into()),
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
            ],
        ),
        Unreadable::BadDecimal { written } => {
            say("data-bad-decimal", &[("written", written.as_str().into())])
        }
        Unreadable::LateDecimal { style } => {
            say("data-late-decimal", &[("style", style.word().into())])
        }
    }
}

fn read_failure(failure: &ReadFailure, lang: Lang) -> String {
    match failure {
        ReadFailure::Folder => lang.text("data-file-folder"),
        ReadFailure::NotFound => lang.text("data-file-not-found"),
        // The system's own words, in the system's language.
        ReadFailure::Io(why) => why.clone(),
        ReadFailure::NotUtf16 { encoding } => {
            lang.text_with("data-file-not-utf16", &[("encoding", (*encoding).into())])
        }
        ReadFailure::LineTooLong { mib } => lang.text_with(
            "data-file-line-too-long",
            &[("mib", mib.to_string().into())],
        ),
        ReadFailure::RecordTooLong { line, mib } => lang.text_with(
            "data-file-record-too-long",
            &[
                ("line", line.to_string().into()),
                ("mib", mib.to_string().into()),
            ],
        ),
    }
}

fn not_a_workbook(what: &NotAWorkbook, lang: Lang) -> String {
    let why = |why: &str| [("why", Arg::from(why))];
    match what {
        NotAWorkbook::Empty => lang.text("data-not-workbook-empty"),
        NotAWorkbook::Password => lang.text("data-not-workbook-password"),
        NotAWorkbook::Xls => lang.text("data-not-workbook-xls"),
        NotAWorkbook::Html => lang.text("data-not-workbook-html"),
        NotAWorkbook::Text => lang.text("data-not-workbook-text"),
        NotAWorkbook::Other => lang.text("data-not-workbook-other"),
        NotAWorkbook::NotZip { why: w } => lang.text_with("data-not-workbook-not-zip", &why(w)),
        NotAWorkbook::ZipDirectory { why: w } => {
            lang.text_with("data-not-workbook-zip-directory", &why(w))
        }
        NotAWorkbook::Ods => lang.text("data-not-workbook-ods"),
        NotAWorkbook::Xlsb => lang.text("data-not-workbook-xlsb"),
        NotAWorkbook::NoWorkbookPart => lang.text("data-not-workbook-no-workbook-part"),
        NotAWorkbook::TooLargeUnpacked { mib, limit_mib } => lang.text_with(
            "data-not-workbook-too-large-unpacked",
            &[
                ("mib", mib.to_string().into()),
                ("limit_mib", limit_mib.to_string().into()),
            ],
        ),
        NotAWorkbook::SharedStringsOverflow { declared, size } => lang.text_with(
            "data-not-workbook-shared-strings-overflow",
            &[
                ("declared", declared.to_string().into()),
                ("size", size.to_string().into()),
            ],
        ),
        NotAWorkbook::SharedStringsUnreadable { why: w } => {
            lang.text_with("data-not-workbook-shared-strings-unreadable", &why(w))
        }
        NotAWorkbook::Unreadable { why: w } => {
            lang.text_with("data-not-workbook-unreadable", &why(w))
        }
    }
}

fn sheet_failure(failure: &SheetFailure, lang: Lang) -> String {
    match failure {
        SheetFailure::Open { sheet, why } => lang.text_with(
            "data-sheet-open",
            &[
                ("sheet", sheet.as_str().into()),
                ("why", why.as_str().into()),
            ],
        ),
        SheetFailure::OutOfOrder { row, after } => lang.text_with(
            "data-sheet-out-of-order",
            &[
                ("row", row.to_string().into()),
                ("after", after.to_string().into()),
            ],
        ),
        SheetFailure::Broken { why } => {
            lang.text_with("data-sheet-broken", &[("why", why.as_str().into())])
        }
    }
}

/// "`Sheet1` (it is empty); `Notes` (row 1 is not a header: ...)".
fn skipped_sheets(skipped: &[Skipped], lang: Lang) -> String {
    skipped
        .iter()
        .map(|s| format!("`{}` ({})", s.sheet, super::data::message(&s.why, lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn json_shape(shape: &JsonShape, lang: Lang) -> String {
    let id = match shape {
        JsonShape::Empty => "data-json-empty",
        JsonShape::NotArrayOrObject => "data-json-not-array-or-object",
        JsonShape::UnclosedArray => "data-json-unclosed-array",
        JsonShape::TrailingComma => "data-json-trailing-comma",
        JsonShape::CommaForRow => "data-json-comma-for-row",
        JsonShape::NoCommaAfterRow => "data-json-no-comma-after-row",
        JsonShape::UnclosedObject => "data-json-unclosed-object",
        JsonShape::KeyNotQuoted => "data-json-key-not-quoted",
        JsonShape::NoCommaAfterValue => "data-json-no-comma-after-value",
        JsonShape::NoObservations => "data-json-no-observations",
        JsonShape::TextAfterEnd => "data-json-text-after-end",
        JsonShape::BadKey => "data-json-bad-key",
        JsonShape::NoColon => "data-json-no-colon",
        JsonShape::ObservationsNotArray => "data-json-observations-not-array",
        JsonShape::UnclosedValue { line, column } => {
            return lang.text_with(
                "data-json-unclosed-value",
                &[
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                ],
            )
        }
    };
    lang.text(id)
}

pub(super) fn missing_column(problem: &MissingColumn, lang: Lang) -> String {
    match problem {
        MissingColumn::EmptyFile => lang.text("data-empty-file"),
        MissingColumn::EmptySheet => lang.text("data-empty-sheet"),
        MissingColumn::Observations { missing, numbers } => {
            let mut text = lang.text_with(
                "data-missing-observation-columns",
                &[
                    ("count", missing.len().into()),
                    ("missing", missing.join(", ").into()),
                ],
            );
            if *numbers {
                text.push_str(&lang.text("data-missing-columns-numbers"));
            }
            text
        }
        MissingColumn::Submissions { missing } => lang.text_with(
            "data-missing-submission-columns",
            &[
                ("count", missing.len().into()),
                ("missing", ticked(missing, ", ").into()),
            ],
        ),
        MissingColumn::Completions { missing } => lang.text_with(
            "data-missing-completion-columns",
            &[
                ("count", missing.len().into()),
                ("missing", ticked(missing, ", ").into()),
            ],
        ),
    }
}

pub(super) fn bad_header(problem: &BadHeader, lang: Lang) -> String {
    match problem {
        BadHeader::NamedTwice {
            name,
            first,
            second,
        } => lang.text_with(
            "data-column-named-twice",
            &[
                ("name", name.as_str().into()),
                ("first", first.to_string().into()),
                ("second", second.to_string().into()),
            ],
        ),
        BadHeader::Mixed {
            observations,
            submissions,
        } => lang.text_with(
            "data-header-mixed",
            &[
                ("observations", ticked(observations, ", ").into()),
                ("submissions", ticked(submissions, ", ").into()),
            ],
        ),
        BadHeader::MixedCompletions {
            completions,
            others,
        } => lang.text_with(
            "data-header-mixed-completions",
            &[
                ("completions", ticked(completions, ", ").into()),
                ("others", ticked(others, ", ").into()),
            ],
        ),
    }
}

pub(super) fn unknown_column(problem: &UnknownColumn, lang: Lang) -> String {
    let known = || ("known", Arg::from(KNOWN_COLUMNS.join(", ")));
    match problem {
        UnknownColumn::Column { name } => lang.text_with(
            "data-unknown-column",
            &[("name", name.as_str().into()), known()],
        ),
        UnknownColumn::NotSubmissionColumn { name } => lang.text_with(
            "data-not-submission-column",
            &[("name", name.as_str().into())],
        ),
        UnknownColumn::NotCompletionColumn { name } => lang.text_with(
            "data-not-completion-column",
            &[("name", name.as_str().into())],
        ),
        UnknownColumn::Unnamed { columns } => lang.text_with(
            "data-unnamed-columns",
            &[
                ("count", columns.len().into()),
                (
                    "columns",
                    columns
                        .iter()
                        .map(usize::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                ),
            ],
        ),
        UnknownColumn::BadDirective { value } => {
            lang.text_with("data-bad-directive", &[("value", value.as_str().into())])
        }
        UnknownColumn::StyleOverridden { declared } => lang.text_with(
            "data-style-overridden",
            &[("declared", declared.word().into())],
        ),
        UnknownColumn::TopLevelKey { key } => {
            lang.text_with("data-top-level-key", &[("key", key.as_str().into())])
        }
        UnknownColumn::Key { key } => {
            lang.text_with("data-unknown-key", &[("key", key.as_str().into()), known()])
        }
        UnknownColumn::MoreKeys { key, listed } => lang.text_with(
            "data-more-keys",
            &[
                ("key", key.as_str().into()),
                ("listed", listed.to_string().into()),
            ],
        ),
        UnknownColumn::CellsOutside {
            count,
            first,
            header_row,
        } => lang.text_with(
            "data-cells-outside",
            &[
                ("count", Arg::Count(*count)),
                ("first", first.as_str().into()),
                ("header_row", header_row.to_string().into()),
            ],
        ),
    }
}

pub(super) fn not_text(problem: &NotText, lang: Lang) -> String {
    match problem {
        NotText::NotUtf8 {
            column,
            bytes,
            likely,
        } => lang.text_with(
            "data-not-utf8",
            &[
                ("column", column.to_string().into()),
                ("count", bytes.len().into()),
                ("bytes", hex(bytes).into()),
                ("likely", code_page(*likely, lang).into()),
                ("label", likely.label().into()),
            ],
        ),
        NotText::NotInEncoding {
            line,
            offset,
            bytes,
            encoding,
        } => lang.text_with(
            "data-not-in-encoding",
            &[
                ("line", line.to_string().into()),
                ("offset", offset.to_string().into()),
                ("bytes", hex(bytes).into()),
                ("encoding", (*encoding).into()),
            ],
        ),
        NotText::Utf8InCodePage {
            line,
            offset,
            bytes,
            encoding,
        } => lang.text_with(
            "data-utf8-in-code-page",
            &[
                ("line", line.to_string().into()),
                ("offset", offset.to_string().into()),
                ("bytes", hex(bytes).into()),
                ("encoding", (*encoding).into()),
            ],
        ),
    }
}

/// `0xD0 0x20`: bytes as a person looks them up (the first four).
fn hex(bytes: &[u8]) -> String {
    let shown: Vec<String> = bytes.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
    shown.join(" ")
}

fn code_page(page: CodePage, lang: Lang) -> String {
    match page {
        CodePage::Windows1258 => lang.text("data-code-page-1258"),
        CodePage::Windows1252 => lang.text("data-code-page-1252"),
    }
}

pub(super) fn skipped_sheet(problem: &SkippedSheet, lang: Lang) -> String {
    match problem {
        SkippedSheet::Before { sheet, skipped } => lang.text_with(
            "data-sheets-skipped-before",
            &[
                ("sheet", sheet.as_str().into()),
                ("skipped", skipped_sheets(skipped, lang).into()),
            ],
        ),
        SkippedSheet::Others { sheet, others } => {
            let listed: Vec<String> = others
                .iter()
                .map(|o| {
                    if o.hidden {
                        lang.text_with("data-sheet-hidden", &[("sheet", o.name.as_str().into())])
                    } else {
                        format!("`{}`", o.name)
                    }
                })
                .collect();
            lang.text_with(
                "data-other-sheets",
                &[
                    ("count", others.len().into()),
                    ("others", listed.join(", ").into()),
                    ("sheet", sheet.as_str().into()),
                ],
            )
        }
    }
}
