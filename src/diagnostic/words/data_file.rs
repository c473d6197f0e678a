//! Data files as a whole: files that cannot be read, headers, sheets, encodings, and what
//! nothing reads.

use super::data::ticked;
use crate::data::row::KNOWN_COLUMNS;
use crate::diagnostic::problem::{
    BadHeader, CodePage, JsonShape, MissingColumn, NotAWorkbook, NotText, ReadFailure,
    SheetFailure, Skipped, SkippedSheet, UnknownColumn, Unreadable,
};

/// How to make a file of another kind readable: save it from the program that opens it.
const SAVE_AS: &str =
    "open it in Excel or LibreOffice Calc and save it as an Excel Workbook (.xlsx)";

/// The example every "a row must be an object" message gives.
const ROW_EXAMPLE: &str =
    "{\"indicator\": \"3\", \"area\": \"son_la\", \"period\": \"2023\", \"value\": 11.5}";

pub(super) fn unreadable(problem: &Unreadable) -> String {
    match problem {
        Unreadable::File(failure) => format!("cannot read the file: {}", read_failure(failure)),
        Unreadable::WorkbookTooLarge { mib } => format!(
            "the workbook is larger than {mib} MiB, more than a sheet of Excel's million rows takes; split it, or save its sheet as CSV (CSV files stream, whatever their size)"
        ),
        Unreadable::Workbook(what) => {
            format!("cannot read the workbook: {}", not_a_workbook(what))
        }
        Unreadable::WorkbookDamaged => "the workbook cannot be read: its content is damaged; open it in Excel or LibreOffice and save it again".into(),
        Unreadable::NoSuchSheet { wanted, sheets } => format!(
            "the workbook has no sheet `{wanted}`; its sheets are {}: give one of them with --sheet",
            ticked(sheets, ", ")
        ),
        Unreadable::NoWorksheet => "the workbook has no worksheet".into(),
        Unreadable::NoSheetShown { sheets } => format!(
            "the workbook shows no sheet (its sheets {} are hidden); name the one to read with --sheet",
            ticked(sheets, ", ")
        ),
        Unreadable::NoHeader { skipped } => format!(
            "no sheet of the workbook starts with a header naming its columns (indicator,area,period,value or agency,report,period,received): {}",
            skipped_sheets(skipped)
        ),
        Unreadable::Sheet(failure) => sheet_failure(failure),
        Unreadable::JsonShape {
            shape,
            line,
            column,
        } => format!(
            "not a JSON array of rows nor an object with `observations`: {} at line {line} column {column}",
            json_shape(shape)
        ),
        Unreadable::RowNotObject => format!("a row must be a JSON object such as {ROW_EXAMPLE}"),
        Unreadable::RowTooLong { mib } => format!(
            "the row object is longer than {mib} MiB, so it is skipped; a row holds a few short fields: look for a `{{` or `\"` that is not closed"
        ),
        Unreadable::RowNotJson { why, line, column } => {
            format!("the row is not valid JSON: {why} at line {line} column {column}")
        }
        Unreadable::BadDecimal { written } => format!(
            "`\"decimal\": {written}` is not a decimal separator; write `\"decimal\": \"comma\"` (numbers like 9,5) or `\"decimal\": \"point\"` (9.5)"
        ),
        Unreadable::LateDecimal { style } => format!(
            "`\"decimal\": \"{}\"` comes after the rows it is meant for, which were read otherwise; put `\"decimal\"` before `\"observations\"` (rows are read as the file streams)",
            style.word()
        ),
    }
}

fn read_failure(failure: &ReadFailure) -> String {
    match failure {
        ReadFailure::Folder => "it is a folder, not a file".into(),
        ReadFailure::NotFound => "no such file".into(),
        ReadFailure::Io(why) => why.clone(),
        ReadFailure::NotUtf16 { encoding } => format!(
            "the file is not {encoding}: its first characters have none of the NUL bytes UTF-16 gives every letter of a header; read it without --encoding"
        ),
        ReadFailure::LineTooLong { mib } => format!(
            "the first line is longer than {mib} MiB: the file has no line ends, or is not CSV"
        ),
        ReadFailure::RecordTooLong { line, mib } => format!(
            "the record starting on line {line} is longer than {mib} MiB: a quote (\") that is never closed, or a file without line ends; close the quote, or save the file again as CSV"
        ),
    }
}

fn not_a_workbook(what: &NotAWorkbook) -> String {
    match what {
        NotAWorkbook::Empty => "the file is empty; a workbook holds at least one sheet".into(),
        NotAWorkbook::Password => "the workbook is protected by a password; open it in Excel, remove the password (File, Info, Protect Workbook) and save a copy".into(),
        NotAWorkbook::Xls => format!("it is an Excel 97-2003 workbook (.xls), whose number formats cannot be read, so a cell shown as 95% could not be told from 0.95; {SAVE_AS}"),
        NotAWorkbook::Html => format!("it is an HTML or XML page, not a workbook (web systems often export such a page as \"Excel\"); {SAVE_AS}"),
        NotAWorkbook::Text => "it is text, not a workbook: if it is CSV, name it .csv".into(),
        NotAWorkbook::Other => format!("it is not an Excel workbook; {SAVE_AS}"),
        NotAWorkbook::NotZip { why } => format!(
            "it is not a readable zip archive, as an .xlsx workbook is ({why}); {SAVE_AS}"
        ),
        NotAWorkbook::ZipDirectory { why } => {
            format!("its zip directory cannot be read ({why}); {SAVE_AS}")
        }
        NotAWorkbook::Ods => format!("it is an OpenDocument spreadsheet (.ods), whose number formats are not read, so a cell shown as 95% could not be told from 0.95; {SAVE_AS}"),
        NotAWorkbook::Xlsb => format!("it is an Excel binary workbook (.xlsb), whose number formats are not read, so a cell shown as 95% could not be told from 0.95; {SAVE_AS}"),
        NotAWorkbook::NoWorkbookPart => {
            format!("it is a zip archive without a workbook in it; {SAVE_AS}")
        }
        NotAWorkbook::TooLargeUnpacked { mib, limit_mib } => format!(
            "its parts unpack to {mib} MiB, more than the {limit_mib} MiB read from a workbook (a file this size is damaged, or made to fill memory); save its sheet as CSV, which streams"
        ),
        NotAWorkbook::SharedStringsOverflow { declared, size } => format!(
            "its shared strings table declares {declared} strings, more than its {size} bytes can hold: the file is damaged; {SAVE_AS}"
        ),
        NotAWorkbook::SharedStringsUnreadable { why } => {
            format!("its shared strings cannot be read ({why}); {SAVE_AS}")
        }
        NotAWorkbook::Unreadable { why } => {
            format!("it is not a readable Excel workbook ({why}); {SAVE_AS}")
        }
    }
}

fn sheet_failure(failure: &SheetFailure) -> String {
    match failure {
        SheetFailure::Open { sheet, why } => format!("sheet `{sheet}` cannot be read: {why}"),
        SheetFailure::OutOfOrder { row, after } => format!(
            "the sheet's rows are out of order (row {row} after row {after}): the file is damaged; open it in Excel or LibreOffice and save it again"
        ),
        SheetFailure::Broken { why } => format!(
            "the sheet cannot be read: {why}; open it in Excel or LibreOffice and save it again"
        ),
    }
}

/// "`Sheet1` (it is empty); `Notes` (row 1 is not a header: ...)".
fn skipped_sheets(skipped: &[Skipped]) -> String {
    skipped
        .iter()
        .map(|s| format!("`{}` ({})", s.sheet, super::data::message(&s.why)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn json_shape(shape: &JsonShape) -> String {
    match shape {
        JsonShape::Empty => {
            "the file is empty; write an array of rows, `[ {\"indicator\": \"3\", ...}, ... ]`"
                .into()
        }
        JsonShape::NotArrayOrObject => {
            "expected `[` (an array of rows) or `{` (an object with `observations`)".into()
        }
        JsonShape::UnclosedArray => {
            "the file ends inside the array of rows (no closing `]`)".into()
        }
        JsonShape::TrailingComma => {
            "a `,` must be followed by another row (remove the last `,`)".into()
        }
        JsonShape::CommaForRow => "expected a row, found `,`".into(),
        JsonShape::NoCommaAfterRow => "expected `,` or `]` after a row".into(),
        JsonShape::UnclosedObject => "the file ends inside the object (no closing `}`)".into(),
        JsonShape::KeyNotQuoted => {
            "expected a key in double quotes, such as \"observations\"".into()
        }
        JsonShape::NoCommaAfterValue => "expected `,` or `}` after a value".into(),
        JsonShape::NoObservations => "the object has no `observations` key holding the rows".into(),
        JsonShape::TextAfterEnd => "unexpected text after the end of the JSON value".into(),
        JsonShape::BadKey => "a key that is not a valid JSON string".into(),
        JsonShape::NoColon => "expected `:` after the key".into(),
        JsonShape::ObservationsNotArray => {
            "`observations` must be an array of rows, `[ ... ]`".into()
        }
        JsonShape::UnclosedValue { line, column } => {
            format!("the file ends inside the value that starts at line {line} column {column}")
        }
    }
}

pub(super) fn missing_column(problem: &MissingColumn) -> String {
    match problem {
        MissingColumn::EmptyFile => "the file is empty: it needs a header line naming its columns (indicator,area,period,value)".into(),
        MissingColumn::EmptySheet => "it is empty".into(),
        MissingColumn::Observations { missing, numbers } => format!(
            "the header lacks the column{} {}, so no row can be read; the header of observations is `indicator,area,period,value` (docs/data-and-evaluation.md lists the other columns){}",
            if missing.len() > 1 { "s" } else { "" },
            missing.join(", "),
            if *numbers {
                "; the first line holds numbers, so the file may have no header line: add one"
            } else {
                ""
            }
        ),
        MissingColumn::Submissions { missing } => format!(
            "the header of reports received lacks the column{} {}; it is `agency,report,period,received`",
            if missing.len() > 1 { "s" } else { "" },
            ticked(missing, ", ")
        ),
        MissingColumn::Completions { missing } => format!(
            "the header of tasks done lacks the column{} {}; it is `task,agency,period,done_on,note` (`note` may be left out)",
            if missing.len() > 1 { "s" } else { "" },
            ticked(missing, ", ")
        ),
    }
}

pub(super) fn bad_header(problem: &BadHeader) -> String {
    match problem {
        BadHeader::NamedTwice {
            name,
            first,
            second,
        } => format!(
            "column `{name}` is named twice (columns {first} and {second}), so which one to read cannot be told; remove or rename one"
        ),
        BadHeader::Mixed {
            observations,
            submissions,
        } => format!(
            "the header mixes columns of observations ({}) with columns of reports received ({}); a file holds one kind of row: observations (indicator,area,period,value) or reports received (agency,report,period,received); split it in two",
            ticked(observations, ", "),
            ticked(submissions, ", ")
        ),
        BadHeader::MixedCompletions {
            completions,
            others,
        } => format!(
            "the header mixes columns of tasks done ({}) with columns of observations or reports received ({}); a file of tasks done has the columns task,agency,period,done_on,note; split it",
            ticked(completions, ", "),
            ticked(others, ", ")
        ),
    }
}

pub(super) fn unknown_column(problem: &UnknownColumn) -> String {
    match problem {
        UnknownColumn::Column { name } => format!(
            "column `{name}` is neither a documented column ({}) nor a dimension of the plan; it is ignored",
            KNOWN_COLUMNS.join(", ")
        ),
        UnknownColumn::NotSubmissionColumn { name } => format!(
            "column `{name}` is not a column of reports received (agency, report, period, received); it is ignored"
        ),
        UnknownColumn::NotCompletionColumn { name } => format!(
            "column `{name}` is not a column of tasks done (task, agency, period, done_on, note); it is ignored"
        ),
        UnknownColumn::Unnamed { columns } => match &columns[..] {
            [column] => format!("column {column} has no name, so its cells are ignored"),
            _ => format!(
                "columns {} have no name, so their cells are ignored",
                columns
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
        UnknownColumn::BadDirective { value } => format!(
            "`#decimal={value}` is not a decimal mark: write `#decimal=comma` (9,5) or `#decimal=point` (9.5); the line is ignored"
        ),
        UnknownColumn::StyleOverridden { declared } => format!(
            "the file declares its decimal mark ({}), which is used instead of the option given for every file",
            declared.word()
        ),
        UnknownColumn::TopLevelKey { key } => format!(
            "key `{key}` of the top-level object is neither `decimal` nor `observations`; it is ignored"
        ),
        UnknownColumn::Key { key } => format!(
            "key `{key}` is neither a documented column ({}) nor a dimension of the plan; it is ignored",
            KNOWN_COLUMNS.join(", ")
        ),
        UnknownColumn::MoreKeys { key, listed } => format!(
            "more keys that are neither documented columns nor dimensions of the plan, such as `{key}`, are ignored too; only the first {listed} are listed"
        ),
        UnknownColumn::CellsOutside {
            count,
            first,
            header_row,
        } => {
            let one = *count == 1;
            format!(
                "{} outside the header's columns (the first at {first}) {} ignored; to read {}, name {} column in the header (row {header_row})",
                if one { "1 cell".to_string() } else { format!("{count} cells") },
                if one { "is" } else { "are" },
                if one { "it" } else { "them" },
                if one { "its" } else { "their" },
            )
        }
    }
}

pub(super) fn not_text(problem: &NotText) -> String {
    match problem {
        NotText::NotUtf8 {
            column,
            bytes,
            likely,
        } => format!(
            "the line is not UTF-8 text: column {column} holds the byte{} {}; the file was saved in another encoding, most likely {}: save it again as \"CSV UTF-8\", or read it with --encoding {}",
            if bytes.len() > 1 { "s" } else { "" },
            hex(bytes),
            code_page(*likely),
            likely.label()
        ),
        NotText::NotInEncoding {
            line,
            offset,
            bytes,
            encoding,
        } => format!(
            "line {line} (byte {offset}) holds {} which is not {encoding} text; the file was saved in another encoding: save it again as \"CSV UTF-8\", or give the one it is in with --encoding",
            hex(bytes)
        ),
        NotText::Utf8InCodePage {
            line,
            offset,
            bytes,
            encoding,
        } => format!(
            "line {line} (byte {offset}) holds {}, a letter written in UTF-8, but the file is read as {encoding} (--encoding): the file is UTF-8, so read it without --encoding (in a command of its own if other files need it)",
            hex(bytes)
        ),
    }
}

/// `0xD0 0x20`: bytes as a person looks them up (the first four).
fn hex(bytes: &[u8]) -> String {
    let shown: Vec<String> = bytes.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
    shown.join(" ")
}

fn code_page(page: CodePage) -> &'static str {
    match page {
        CodePage::Windows1258 => "Windows-1258 (Vietnamese, as Excel saves \"CSV (Comma delimited)\" on a Vietnamese Windows)",
        CodePage::Windows1252 => {
            "Windows-1252 (as Excel saves \"CSV (Comma delimited)\" on a Western Windows)"
        }
    }
}

pub(super) fn skipped_sheet(problem: &SkippedSheet) -> String {
    match problem {
        SkippedSheet::Before { sheet, skipped } => format!(
            "rows are read from sheet `{sheet}`, the first that starts with a header; skipped before it: {}",
            skipped_sheets(skipped)
        ),
        SkippedSheet::Others { sheet, others } => {
            let one = others.len() == 1;
            let listed: Vec<String> = others
                .iter()
                .map(|o| {
                    if o.hidden {
                        format!("`{}` (hidden)", o.name)
                    } else {
                        format!("`{}`", o.name)
                    }
                })
                .collect();
            format!(
                "sheet{} {} also start{} with a header but {} not read: one sheet of a workbook is read, `{sheet}` here; to read another, save it as a file of its own, or name it with --sheet",
                if one { "" } else { "s" },
                listed.join(", "),
                if one { "s" } else { "" },
                if one { "is" } else { "are" },
            )
        }
    }
}
