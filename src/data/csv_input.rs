//! CSV files: a header naming the columns, one observation a row. A first line
//! `#decimal=comma` says the file writes `9,5`; a header with `;` and no `,` switches the
//! separator to `;` (as spreadsheets set to Vietnamese conventions export).

use super::row::{NumberStyle, Validator};
use super::store::Origin;
use super::{DataCode, DataSet};
use std::io::{BufRead, BufReader, Read};

pub(super) fn read(
    set: &mut DataSet,
    validator: &Validator<'_>,
    name: &str,
    file: u16,
    reader: impl Read,
    options: super::LoadOptions,
) {
    let mut reader = BufReader::new(reader);
    // Peek the first lines: the decimal declaration and the separator.
    let mut style = NumberStyle {
        decimal_comma: options.decimal_comma,
    };
    let mut skipped_lines = 0u64;
    let mut header_line = String::new();
    loop {
        header_line.clear();
        match reader.read_line(&mut header_line) {
            Ok(0) => {
                set.file_error(name, 1, DataCode::MissingColumn, "the file is empty: it needs a header line naming its columns (indicator,area,period,value)".into());
                return;
            }
            Ok(_) => {}
            Err(e) => {
                set.file_error(
                    name,
                    skipped_lines + 1,
                    DataCode::Unreadable,
                    format!("cannot read the file: {e}"),
                );
                return;
            }
        }
        let trimmed = header_line.trim().trim_start_matches('\u{feff}');
        if let Some(directive) = trimmed.strip_prefix('#') {
            skipped_lines += 1;
            if directive.replace(' ', "") == "decimal=comma" {
                style.decimal_comma = true;
            }
            continue;
        }
        if trimmed.is_empty() {
            skipped_lines += 1;
            continue;
        }
        break;
    }
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let chained = std::io::Cursor::new(header_line.clone().into_bytes()).chain(reader);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(chained);
    let header_line_no = skipped_lines + 1;
    let header: Vec<String> = match csv.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => {
            set.file_error(
                name,
                header_line_no,
                DataCode::Unreadable,
                format!("the header is not CSV: {e}"),
            );
            return;
        }
    };
    let (columns, unknown) = validator.columns(header.iter().map(String::as_str));
    for (_, column) in unknown {
        set.file_error(
            name,
            header_line_no,
            DataCode::UnknownColumn,
            format!(
                "column `{column}` is neither a documented column ({}) nor a dimension of the plan; it is ignored",
                super::row::KNOWN_COLUMNS.join(", ")
            ),
        );
    }
    let missing = validator.missing_columns(&columns);
    if !missing.is_empty() {
        set.file_error(
            name,
            header_line_no,
            DataCode::MissingColumn,
            format!(
                "the header lacks the column{} {}; no row can be read",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", ")
            ),
        );
        // Every row is still counted, and rejected for the same reason.
        let mut record = csv::ByteRecord::new();
        while let Ok(true) = csv.read_byte_record(&mut record) {
            let line = record.position().map_or(0, |p| p.line()) + skipped_lines;
            set.rows_read += 1;
            set.rejected += 1;
            set.file_error(
                name,
                line,
                DataCode::MissingColumn,
                format!(
                    "the row cannot be read: the header lacks {}",
                    missing.join(", ")
                ),
            );
        }
        return;
    }
    let mut record = csv::ByteRecord::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line()) + skipped_lines;
                if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                    continue; // a blank line is not a row
                }
                let result = match std::str::from_utf8(record.as_slice()) {
                    Ok(_) => validator.row(
                        &columns,
                        |i| record.get(i).and_then(|f| std::str::from_utf8(f).ok()),
                        style,
                        name,
                        Origin::new(file, line),
                    ),
                    Err(_) => Err(super::DataError {
                        file: name.to_string(),
                        line,
                        code: DataCode::Unreadable,
                        message: "the row is not UTF-8 text; save the file as UTF-8".into(),
                    }),
                };
                set.take(validator.model, name, result);
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) + skipped_lines;
                set.rows_read += 1;
                set.rejected += 1;
                set.file_error(
                    name,
                    line,
                    DataCode::Unreadable,
                    format!("the row is not valid CSV: {e}"),
                );
                if !matches!(
                    e.kind(),
                    csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. }
                ) {
                    break;
                }
            }
        }
    }
}
