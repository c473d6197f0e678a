//! CSV files: a header naming the columns, one observation a row. A first line
//! `#decimal=comma` says the file writes `9,5`; a header with `;` and no `,` switches the
//! separator to `;` (as spreadsheets set to Vietnamese conventions export).

use super::csv_reader::{CsvReader, Record};
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
    let header_line_no = skipped_lines + 1;
    let chained = std::io::Cursor::new(header_line.clone().into_bytes()).chain(reader);
    let mut csv = CsvReader::new(chained, delimiter, header_line_no);
    let mut record = Record::default();
    let header: Vec<String> = match csv.read(&mut record) {
        Ok(true) => (0..record.len())
            .map(|i| String::from_utf8_lossy(record.get(i).unwrap_or_default()).into_owned())
            .collect(),
        Ok(false) => Vec::new(),
        Err(e) => {
            set.file_error(
                name,
                header_line_no,
                DataCode::Unreadable,
                format!("cannot read the file: {e}"),
            );
            return;
        }
    };
    let is_submissions = ["agency", "report", "period", "received"]
        .iter()
        .all(|c| header.iter().any(|h| h.trim() == *c));
    if is_submissions {
        read_submissions(set, validator, name, &header, csv);
        return;
    }
    let (columns, unknown) = validator.columns(header.iter().map(String::as_str));
    for (_, column) in unknown {
        set.file_warning(
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
    }
    loop {
        match csv.read(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                if record.is_blank() {
                    continue; // a blank line is not a row
                }
                let line = record.line;
                let result = if !missing.is_empty() {
                    Err(super::DataError {
                        file: name.to_string(),
                        line,
                        code: DataCode::MissingColumn,
                        message: format!(
                            "the row cannot be read: the header lacks {}",
                            missing.join(", ")
                        ),
                    })
                } else {
                    match std::str::from_utf8(&record.bytes) {
                        // Separators are ASCII, so every field boundary is a char boundary.
                        Ok(text) => validator.row(
                            &columns,
                            |i| record.span(i).and_then(|r| text.get(r)),
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
                    }
                };
                set.take(validator.model, name, result);
            }
            Err(e) => {
                set.file_error(
                    name,
                    record.line,
                    DataCode::Unreadable,
                    format!("cannot read the file: {e}"),
                );
                break;
            }
        }
    }
}

/// A submissions file: `agency,report,period,received`, one report received a row.
fn read_submissions(
    set: &mut DataSet,
    validator: &Validator<'_>,
    name: &str,
    header: &[String],
    mut csv: CsvReader<impl Read>,
) {
    let col = |n: &str| header.iter().position(|h| h.trim() == n);
    let cols = [col("agency"), col("report"), col("period"), col("received")];
    let mut record = Record::default();
    loop {
        match csv.read(&mut record) {
            Ok(false) => break,
            Ok(true) if record.is_blank() => continue,
            Ok(true) => {
                set.rows_read += 1;
                match submission(validator.model, &record, cols) {
                    Ok(s) => {
                        set.accepted += 1;
                        set.submissions.push(s);
                    }
                    Err((code, message)) => {
                        set.rejected += 1;
                        set.file_error(name, record.line, code, message);
                    }
                }
            }
            Err(e) => {
                set.file_error(
                    name,
                    record.line,
                    DataCode::Unreadable,
                    format!("cannot read the file: {e}"),
                );
                break;
            }
        }
    }
}

fn submission(
    model: &crate::model::Model,
    record: &Record,
    cols: [Option<usize>; 4],
) -> Result<super::Submission, (DataCode, String)> {
    let get = |i: usize, what: &str| {
        cols[i]
            .and_then(|c| record.get(c))
            .and_then(|f| std::str::from_utf8(f).ok())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or((DataCode::MissingValue, format!("the row has no `{what}`")))
    };
    let agency_id = get(0, "agency")?;
    let agency = model.agencies.get_index_of(agency_id).ok_or_else(|| {
        let help = crate::text::did_you_mean(agency_id, model.agencies.keys().map(String::as_str))
            .map(|h| format!("; {h}"))
            .unwrap_or_default();
        (
            DataCode::UnknownAgency,
            format!("agency `{agency_id}` is not an agency of the plan{help}"),
        )
    })?;
    let report_id = get(1, "report")?;
    let report = model.reports.get_index_of(report_id).ok_or_else(|| {
        let help = crate::text::did_you_mean(report_id, model.reports.keys().map(String::as_str))
            .map(|h| format!("; {h}"))
            .unwrap_or_default();
        (
            DataCode::UnknownReport,
            format!("report `{report_id}` is not a report of the plan{help}"),
        )
    })?;
    let period =
        crate::eval::Period::parse(get(2, "period")?).map_err(|m| (DataCode::BadPeriod, m))?;
    let received_text = get(3, "received")?;
    let received = crate::date::Date::parse(received_text).map_err(|why| {
        (
            DataCode::BadDate,
            format!("received `{received_text}` is not a real date: {why}"),
        )
    })?;
    Ok(super::Submission {
        agency: agency as u32,
        report: report as u32,
        period,
        received,
    })
}
