//! CSV files: a header naming the columns, one observation (or one report received) a row.
//!
//! Before the header, lines starting with `#` are comments, and `#decimal=comma` or
//! `#decimal=point` says how the file writes numbers (see [`super::number`]). The separator
//! is the header's: `,`, else `;` (as spreadsheets set to Vietnamese conventions export),
//! else a tab (Excel's "Unicode Text"). The bytes are decoded first ([`super::decode`]).

use super::csv_reader::{CsvReader, Record, TooLong, MAX_RECORD};
use super::decode;
use super::header::{self, CompletionColumns, Header, SubmissionColumns};
use super::number::NumberStyle;
use super::row::{Cell, Validator};
use super::store::Origin;
use super::{DataSet, TextFile};
use crate::diagnostic::{DataProblem, MissingColumn, ReadFailure, Unreadable};
use std::io::{BufRead, BufReader, Cursor, Read};
use std::sync::Arc;

pub(super) fn read(set: &mut DataSet, validator: &Validator<'_>, input: TextFile<impl Read>) {
    let file = input.file;
    let fail = |set: &mut DataSet, line: u64, problem: DataProblem| {
        set.fail_file(file, line, problem);
    };
    let decimal = input.decimal;
    let mut input = BufReader::with_capacity(1 << 16, input.text);
    let mut declared = None;
    let mut line_no = 0u64;
    let header_line = loop {
        line_no += 1;
        let line = match raw_line(&mut input) {
            Ok(Some(line)) => line,
            Ok(None) => {
                return fail(
                    set,
                    (line_no - 1).max(1),
                    DataProblem::MissingColumn(MissingColumn::EmptyFile),
                )
            }
            Err(e) => return fail(set, line_no, read_problem(&e)),
        };
        let content = line.trim_ascii();
        if let Some(directive) = content.strip_prefix(b"#") {
            if let Some(style) = directive_style(set, file, line_no, directive) {
                declared = Some(style);
            }
            continue;
        }
        if !content.is_empty() {
            break line;
        }
    };
    let header_text = std::str::from_utf8(&header_line);
    let delimiter = separator(header_text.unwrap_or_default());
    let style = style_of(set, file, line_no, declared, decimal);
    let mut csv = CsvReader::new(
        Cursor::new(header_line.clone()).chain(input),
        delimiter,
        line_no,
    );
    let mut record = Record::default();
    if let Err(e) = csv.read(&mut record) {
        return fail(set, line_no, read_problem(&e));
    }
    let read = match header_text {
        Err(e) => Err(DataProblem::Encoding(decode::not_utf8(&header_line, e))),
        Ok(_) => {
            let names: Vec<&str> = (0..record.len())
                .map(|i| {
                    record
                        .get(i)
                        .and_then(|f| std::str::from_utf8(f).ok())
                        .unwrap_or_default()
                })
                .collect();
            header::read(validator, &names)
        }
    };
    let read = match read {
        Ok(read) => read,
        Err(problem) => {
            let problem = Arc::new(problem);
            fail(set, line_no, (*problem).clone());
            return reject_every_row(set, file, (line_no, problem), &mut csv);
        }
    };
    for warning in read.warnings() {
        set.file_warning(file, line_no, DataProblem::UnknownColumn(warning));
    }
    match read.header {
        Header::Submissions(columns) => read_submissions(set, validator, file, &columns, csv),
        Header::Completions(columns) => read_completions(set, validator, file, &columns, csv),
        Header::Observations(columns) => {
            let job = Job {
                validator,
                columns: &columns,
                style,
                name: set.name(file),
                file,
            };
            read_rows(set, &job, &mut csv);
        }
    }
}

/// Hands each record that is not a blank line to `row`; a read error makes the file
/// unusable at its line and ends it.
fn each_record(
    set: &mut DataSet,
    file: u16,
    csv: &mut CsvReader<impl Read>,
    mut row: impl FnMut(&mut DataSet, &Record),
) {
    let mut record = Record::default();
    loop {
        match csv.read(&mut record) {
            Ok(false) => break,
            Ok(true) if record.is_blank() => continue,
            Ok(true) => row(set, &record),
            Err(e) => {
                let line = decode::decode_error(&e).map_or(record.line, |d| d.line);
                return set.fail_file(file, line, read_problem(&e));
            }
        }
    }
}

/// After a header that cannot be read, each row is rejected with the header's problem (each
/// row read is accounted for), and the file is unusable.
fn reject_every_row(
    set: &mut DataSet,
    file: u16,
    (header_line, problem): (u64, Arc<DataProblem>),
    csv: &mut CsvReader<impl Read>,
) {
    each_record(set, file, csv, |set, record| {
        set.rows_read += 1;
        set.rejected += 1;
        let problem = DataProblem::AfterBadHeader {
            header_line,
            problem: Arc::clone(&problem),
        };
        set.file_error(file, record.line, problem);
    });
}

/// The separator a header uses: `,` unless it has none and has `;` (or else a tab).
fn separator(header: &str) -> u8 {
    if header.contains(',') {
        b','
    } else if header.contains(';') {
        b';'
    } else if header.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// A `#` line before the header: a declaration of the file's number style, or a comment
/// (see [`super::number::directive`]).
fn directive_style(
    set: &mut DataSet,
    file: u16,
    line: u64,
    directive: &[u8],
) -> Option<NumberStyle> {
    match super::number::directive(&String::from_utf8_lossy(directive))? {
        Ok(style) => Some(style),
        Err(warning) => {
            set.file_warning(file, line, DataProblem::UnknownColumn(warning));
            None
        }
    }
}

/// The file's number style (see [`super::number::chosen`]), a disagreement said at `line`.
pub(super) fn style_of(
    set: &mut DataSet,
    file: u16,
    line: u64,
    declared: Option<NumberStyle>,
    given: NumberStyle,
) -> NumberStyle {
    let (style, warning) = super::number::chosen(declared, given);
    if let Some(warning) = warning {
        set.file_warning(file, line, DataProblem::UnknownColumn(warning));
    }
    style
}

/// One line as it is in the file, its line end included (LF, CRLF or a lone CR), at most
/// [`MAX_RECORD`] bytes; `None` at the end of the input.
fn raw_line(input: &mut impl BufRead) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok((!line.is_empty()).then_some(line));
        }
        if line.last() == Some(&b'\r') {
            // A CR was the last byte of the previous buffer: a LF now belongs to it.
            if available[0] == b'\n' {
                line.push(b'\n');
                input.consume(1);
            }
            return Ok(Some(line));
        }
        match memchr::memchr2(b'\n', b'\r', available) {
            Some(at) => {
                let crlf = available[at] == b'\r' && available.get(at + 1) == Some(&b'\n');
                // A CR last in the buffer may be the first half of a CRLF.
                let ended = available[at] == b'\n' || at + 1 < available.len();
                let end = at + 1 + usize::from(crlf);
                line.extend_from_slice(&available[..end]);
                input.consume(end);
                if ended {
                    return Ok(Some(line));
                }
            }
            None => {
                let n = available.len();
                line.extend_from_slice(available);
                input.consume(n);
            }
        }
        if line.len() > MAX_RECORD {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                TooLong::Line {
                    mib: MAX_RECORD >> 20,
                },
            ));
        }
    }
}

/// The problem of a reading error: bytes that cannot be decoded, or a file that cannot be
/// read (for a reason of ours, such as a record too long, or the system's).
pub(super) fn read_problem(e: &std::io::Error) -> DataProblem {
    if let Some(d) = decode::decode_error(e) {
        return DataProblem::Encoding(d.problem());
    }
    let failure = match e.get_ref() {
        Some(inner) => match (
            inner.downcast_ref::<TooLong>(),
            inner.downcast_ref::<decode::NotUtf16>(),
        ) {
            (Some(TooLong::Line { mib }), _) => ReadFailure::LineTooLong { mib: *mib },
            (Some(TooLong::Record { line, mib }), _) => ReadFailure::RecordTooLong {
                line: *line,
                mib: *mib,
            },
            (None, Some(not)) => ReadFailure::NotUtf16 {
                encoding: not.encoding,
            },
            (None, None) => ReadFailure::Io(e.to_string()),
        },
        None => ReadFailure::Io(e.to_string()),
    };
    DataProblem::Unreadable(Unreadable::File(failure))
}

/// What validating a row needs, shared by the threads that validate.
struct Job<'a, 'm> {
    validator: &'a Validator<'m>,
    columns: &'a super::row::Columns,
    style: NumberStyle,
    /// The file's name, which each problem shares.
    name: Arc<str>,
    file: u16,
}

/// A row validated: kept, or refused at its line. The reading thread puts a refusal at its
/// place in the file, so what the threads pass each other stays as small as a row kept.
type Row = Result<(super::Key, super::Entry), (super::Rejection, u64)>;

impl Job<'_, '_> {
    fn row(&self, bytes: &[u8], ends: &[usize], line: u64) -> Row {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let problem = DataProblem::Encoding(decode::not_utf8(bytes, e));
                return Err((super::Rejection::new(problem, None), line));
            }
        };
        // Separators are ASCII, so every field boundary is a char boundary.
        let field = |i: usize| {
            let end = *ends.get(i)?;
            let start = if i == 0 { 0 } else { ends[i - 1] + 1 };
            text.get(start..end).map(Cell::Text)
        };
        self.validator
            .row(
                self.columns,
                field,
                self.style,
                Origin::new(self.file, line),
            )
            .map_err(|rejection| (rejection, line))
    }

    /// Counts a row validated, or records why it was refused, at its line and column.
    fn take(&self, set: &mut DataSet, row: Row) {
        match row {
            Ok((key, entry)) => set.keep(self.validator.model, key, entry),
            Err((rejection, line)) => set.refuse(self.file, rejection.at_line(&self.name, line)),
        }
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
    /// Reads the next record straight into the batch; `false` at the end of the input. A
    /// blank line is read and dropped: it is not a row.
    fn read(&mut self, csv: &mut CsvReader<impl Read>) -> std::io::Result<bool> {
        let (start, first_end) = (self.bytes.len(), self.ends.len());
        let Some(line) = csv.read_append(&mut self.bytes, &mut self.ends)? else {
            return Ok(false);
        };
        if self.bytes[start..].iter().all(u8::is_ascii_whitespace) {
            self.bytes.truncate(start);
            self.ends.truncate(first_end);
        } else {
            let fields = self.ends.len() - first_end;
            self.rows.push((line, start, first_end, fields));
        }
        Ok(true)
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

/// Reads a batch of rows; `Err` carries a read error (and the line it happened on) after
/// the rows read before it.
fn read_batch(csv: &mut CsvReader<impl Read>) -> (Batch, Option<(u64, std::io::Error)>) {
    let mut batch = Batch::default();
    while batch.rows.len() < BATCH_ROWS {
        match batch.read(csv) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return (batch, Some((csv.record_line(), e))),
        }
    }
    (batch, None)
}

/// Reads every row: the reading thread splits lines and keeps rows in file order, while
/// the other cores validate batches. A file of one batch is validated on the spot.
fn read_rows(set: &mut DataSet, job: &Job<'_, '_>, csv: &mut CsvReader<impl Read>) {
    let (first, mut failure) = read_batch(csv);
    if first.rows.len() < BATCH_ROWS || failure.is_some() {
        for row in first.validate(job) {
            job.take(set, row);
        }
    } else {
        // One thread a core: this one reads and stores, the others validate, and this one
        // validates too when they are behind (a thread more than the cores would take time
        // from this one, which every row goes through).
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .saturating_sub(1)
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
                        job.take(set, row);
                    }
                    *taken += 1;
                }
            };
            let mut batch = Some(first);
            while let Some(b) = batch.take() {
                match job_tx.try_send((sent, b)) {
                    Ok(()) => {}
                    Err(std::sync::mpsc::TrySendError::Full((n, b))) => {
                        pending.insert(n, b.validate(job));
                    }
                    Err(std::sync::mpsc::TrySendError::Disconnected(_)) => break,
                }
                sent += 1;
                while let Ok((n, rows)) = done_rx.try_recv() {
                    pending.insert(n, rows);
                }
                take_ready(set, &mut pending, &mut taken);
                if failure.is_none() {
                    let (next, error) = read_batch(csv);
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
        let line = decode::decode_error(&e).map_or(line, |d| d.line);
        set.fail_file(job.file, line, read_problem(&e));
    }
}

/// A submissions file: `agency,report,period,received`, one report received a row.
fn read_submissions(
    set: &mut DataSet,
    validator: &Validator<'_>,
    file: u16,
    columns: &SubmissionColumns,
    csv: CsvReader<impl Read>,
) {
    read_text_rows(
        set,
        file,
        csv,
        |field| validator.submission(columns, field),
        DataSet::take_submission,
    );
}

/// A file of tasks done: `task,agency,period,done_on,note`, one task done a row.
fn read_completions(
    set: &mut DataSet,
    validator: &Validator<'_>,
    file: u16,
    columns: &CompletionColumns,
    csv: CsvReader<impl Read>,
) {
    read_text_rows(
        set,
        file,
        csv,
        |field| validator.completion(columns, field),
        DataSet::take_completion,
    );
}

/// The rows of a file whose fields are all text (submissions, tasks done): each row read by
/// `read` from its fields, then counted and kept by `take`; a row that is not UTF-8 is
/// refused at its line.
fn read_text_rows<T>(
    set: &mut DataSet,
    file: u16,
    mut csv: CsvReader<impl Read>,
    read: impl for<'r> Fn(&dyn Fn(usize) -> Option<Cell<'r>>) -> Result<T, super::Rejection>,
    take: fn(&mut DataSet, u16, Result<T, crate::diagnostic::Diagnostic>),
) {
    let name = set.name(file);
    each_record(set, file, &mut csv, |set, record| {
        let line = record.line;
        let result = match std::str::from_utf8(&record.bytes) {
            Err(e) => {
                let problem = DataProblem::Encoding(decode::not_utf8(&record.bytes, e));
                Err(super::Rejection::new(problem, None).at_line(&name, line))
            }
            Ok(_) => read(&|i| {
                record
                    .get(i)
                    .and_then(|f| std::str::from_utf8(f).ok())
                    .map(Cell::Text)
            })
            .map_err(|rejection| rejection.at_line(&name, line)),
        };
        take(set, file, result);
    });
}
