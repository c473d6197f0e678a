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
    let job = Job {
        validator,
        columns: &columns,
        missing: &missing,
        style,
        name,
        file,
    };
    read_rows(set, &job, &mut csv);
}

/// What validating a row needs, shared by the threads that validate.
struct Job<'a, 'm> {
    validator: &'a Validator<'m>,
    columns: &'a super::row::Columns,
    missing: &'a [&'static str],
    style: NumberStyle,
    name: &'a str,
    file: u16,
}

type Row = Result<(super::Key, super::Entry), super::DataError>;

impl Job<'_, '_> {
    fn row(&self, bytes: &[u8], ends: &[usize], line: u64) -> Row {
        let error = |code, message: String| super::DataError {
            file: self.name.to_string(),
            line,
            code,
            message,
        };
        if !self.missing.is_empty() {
            return Err(error(
                DataCode::MissingColumn,
                format!(
                    "the row cannot be read: the header lacks {}",
                    self.missing.join(", ")
                ),
            ));
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            return Err(error(
                DataCode::Unreadable,
                "the row is not UTF-8 text; save the file as UTF-8".into(),
            ));
        };
        // Separators are ASCII, so every field boundary is a char boundary.
        let field = |i: usize| {
            let end = *ends.get(i)?;
            let start = if i == 0 { 0 } else { ends[i - 1] + 1 };
            text.get(start..end)
        };
        self.validator.row(
            self.columns,
            field,
            self.style,
            self.name,
            Origin::new(self.file, line),
        )
    }
}

/// Rows read together and validated by one thread: their bytes back to back, the field
/// ends (relative to each row's start), and each row's line, start and field count.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    rows: Vec<(u64, usize, usize, usize)>,
}

const BATCH_ROWS: usize = 8192;

impl Batch {
    fn push(&mut self, record: &Record) {
        let (start, first_end) = (self.bytes.len(), self.ends.len());
        self.bytes.extend_from_slice(&record.bytes);
        self.ends.extend_from_slice(&record.ends);
        self.rows
            .push((record.line, start, first_end, record.ends.len()));
    }

    fn validate(&self, job: &Job<'_, '_>) -> Vec<Row> {
        let mut out = Vec::with_capacity(self.rows.len());
        for (i, &(line, start, first_end, fields)) in self.rows.iter().enumerate() {
            let end = self.rows.get(i + 1).map_or(self.bytes.len(), |r| r.1);
            out.push(job.row(
                &self.bytes[start..end],
                &self.ends[first_end..first_end + fields],
                line,
            ));
        }
        out
    }
}

/// Reads a batch of rows; `Err` carries a read error after the rows read before it.
fn read_batch(
    csv: &mut CsvReader<impl Read>,
    record: &mut Record,
) -> (Batch, Option<(u64, std::io::Error)>) {
    let mut batch = Batch::default();
    while batch.rows.len() < BATCH_ROWS {
        match csv.read(record) {
            Ok(false) => break,
            Ok(true) if record.is_blank() => continue, // a blank line is not a row
            Ok(true) => batch.push(record),
            Err(e) => return (batch, Some((record.line, e))),
        }
    }
    (batch, None)
}

/// Reads every row: the reading thread splits lines and keeps rows in file order, while
/// the other cores validate batches. A file of one batch is validated on the spot.
fn read_rows(set: &mut DataSet, job: &Job<'_, '_>, csv: &mut CsvReader<impl Read>) {
    let mut record = Record::default();
    let (first, mut failure) = read_batch(csv, &mut record);
    if first.rows.len() < BATCH_ROWS || failure.is_some() {
        for row in first.validate(job) {
            set.take(job.validator.model, job.name, row);
        }
    } else {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .max(1);
        let (job_tx, job_rx) = std::sync::mpsc::sync_channel::<(usize, Batch)>(workers * 2);
        let job_rx = std::sync::Mutex::new(job_rx);
        let (done_tx, done_rx) = std::sync::mpsc::channel::<(usize, Vec<Row>)>();
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let (job_rx, done_tx) = (&job_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let next = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((n, batch))) = next else { break };
                    if done_tx.send((n, batch.validate(job))).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            let mut pending: std::collections::BTreeMap<usize, Vec<Row>> = Default::default();
            let (mut sent, mut taken) = (0usize, 0usize);
            let take_ready = |set: &mut DataSet,
                              pending: &mut std::collections::BTreeMap<usize, Vec<Row>>,
                              taken: &mut usize| {
                while let Some(rows) = pending.remove(taken) {
                    for row in rows {
                        set.take(job.validator.model, job.name, row);
                    }
                    *taken += 1;
                }
            };
            let mut batch = Some(first);
            while let Some(b) = batch.take() {
                if job_tx.send((sent, b)).is_err() {
                    break;
                }
                sent += 1;
                while let Ok((n, rows)) = done_rx.try_recv() {
                    pending.insert(n, rows);
                }
                take_ready(set, &mut pending, &mut taken);
                if failure.is_none() {
                    let (next, error) = read_batch(csv, &mut record);
                    failure = error;
                    if !next.rows.is_empty() {
                        batch = Some(next);
                    }
                }
            }
            drop(job_tx);
            while taken < sent {
                match done_rx.recv() {
                    Ok((n, rows)) => {
                        pending.insert(n, rows);
                        take_ready(set, &mut pending, &mut taken);
                    }
                    Err(_) => break,
                }
            }
        });
    }
    if let Some((line, e)) = failure {
        set.file_error(
            job.name,
            line,
            DataCode::Unreadable,
            format!("cannot read the file: {e}"),
        );
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
                match submission(validator, &record, cols) {
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
    validator: &Validator<'_>,
    record: &Record,
    cols: [Option<usize>; 4],
) -> Result<super::Submission, (DataCode, String)> {
    use super::suggest::Field;
    let model = validator.model;
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
        let help = validator.suggestions.help(Field::Agency, agency_id, || {
            crate::text::did_you_mean_suffix(agency_id, model.agencies.keys().map(String::as_str))
        });
        (
            DataCode::UnknownAgency,
            format!("agency `{agency_id}` is not an agency of the plan{help}"),
        )
    })?;
    let report_id = get(1, "report")?;
    let report = model.reports.get_index_of(report_id).ok_or_else(|| {
        let help = validator.suggestions.help(Field::Report, report_id, || {
            crate::text::did_you_mean_suffix(report_id, model.reports.keys().map(String::as_str))
        });
        (
            DataCode::UnknownReport,
            format!("report `{report_id}` is not a report of the plan{help}"),
        )
    })?;
    let period =
        crate::eval::Period::parse(get(2, "period")?).map_err(|m| (DataCode::BadPeriod, m))?;
    if let Some((_, declared)) = model.reports.get_index(report) {
        check_report_period(declared, period)?;
    }
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

/// A submission's period must be one the report covers: a yearly report's period is a year,
/// a quarterly one's a quarter... (an `adhoc` report, or one without `period`, takes any).
fn check_report_period(
    report: &crate::model::Report,
    period: crate::eval::Period,
) -> Result<(), (DataCode, String)> {
    use crate::model::PeriodKind;
    let example = match report.period {
        None | Some(PeriodKind::Adhoc) => return Ok(()),
        Some(kind) if kind == period.kind() => return Ok(()),
        Some(PeriodKind::Year) => "`2023`",
        Some(PeriodKind::HalfYear) => "`2023-H1` or `2023-H2`",
        Some(PeriodKind::Quarter) => "`2023-Q1` to `2023-Q4`",
        Some(PeriodKind::Month) => "`2023-01` to `2023-12`",
    };
    let kind = report.period.map_or("", |k| k.as_str());
    Err((
        DataCode::BadPeriod,
        format!(
            "report `{}` is due every {kind}, so its period is written like {example}, not `{period}`",
            report.id
        ),
    ))
}
