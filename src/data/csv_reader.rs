//! A streaming CSV record reader that knows each record's line.
//!
//! Why not the `csv` crate here: it reports the line of a record that follows blank lines as
//! the first blank line's, and every rejected row must name its own line. This reader keeps
//! a fixed-size buffer (memory does not grow with the file), handles RFC 4180 quoting (a
//! quoted field may hold the separator, `""` and line breaks), ends lines at LF, CRLF or a
//! lone CR (older Excel on a Mac writes CR only) in any mix, and hands out each record's
//! fields without allocating per row.
//!
//! A record longer than [`MAX_RECORD`] is an error, not a larger buffer: it is a quote that
//! is never closed, or a file with no line ends, and holding it would hold the whole file.

use super::read_buffer::ReadBuffer;
use std::io::{self, Read};

const CHUNK: usize = 1 << 20;

/// The longest record read: a row holds a few short fields.
pub const MAX_RECORD: usize = 4 << 20;

/// Reads the records of a CSV text one at a time, each with the line it starts on.
pub struct CsvReader<R> {
    input: ReadBuffer<R>,
    /// The line the first unread byte is on (1-based).
    line: u64,
    /// The line the record being read starts on.
    record_line: u64,
    delimiter: u8,
}

/// A line or record longer than the reader holds, inside the `io::Error` it stops with
/// (the reader of the file makes it a [`crate::diagnostic::ReadFailure`]).
#[derive(Debug)]
pub enum TooLong {
    /// The first line, while looking for the header.
    Line {
        /// The most a line may hold, in MiB.
        mib: usize,
    },
    /// A record starting on `line`.
    Record {
        /// The line the record starts on, from 1.
        line: u64,
        /// The most a record may hold, in MiB.
        mib: usize,
    },
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TooLong::Line { mib } => write!(f, "the first line is longer than {mib} MiB"),
            TooLong::Record { line, mib } => write!(
                f,
                "the record starting on line {line} is longer than {mib} MiB"
            ),
        }
    }
}

impl std::error::Error for TooLong {}

/// One record: its unescaped bytes, separators included, and where each field ends in them.
#[derive(Default, Debug)]
pub struct Record {
    /// The fields' bytes, quotes undone, with one separator between each two.
    pub bytes: Vec<u8>,
    /// Where each field ends in `bytes`, one per field.
    pub ends: Vec<usize>,
    /// The line the record starts on.
    pub line: u64,
}

impl Record {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the record has no field: none was read into it (a blank line has one, empty).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The bytes of field `i` (from 0), quotes undone; `None` past the last field.
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        self.bytes.get(self.span(i)?)
    }

    /// Where field `i` lies in `bytes`.
    pub fn span(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] + 1 };
        Some(start..end)
    }

    /// Whether the line is empty or white space (a line of separators is a row, empty).
    pub fn is_blank(&self) -> bool {
        self.bytes.iter().all(u8::is_ascii_whitespace)
    }
}

impl<R: Read> CsvReader<R> {
    /// `first_line` is the line number of the reader's first byte.
    pub fn new(reader: R, delimiter: u8, first_line: u64) -> Self {
        CsvReader {
            input: ReadBuffer::new(reader, CHUNK),
            line: first_line,
            record_line: first_line,
            delimiter,
        }
    }

    /// The line the record read last starts on (the one that failed, after an error).
    pub fn record_line(&self) -> u64 {
        self.record_line
    }

    /// Reads the next record into `record`; `false` at the end of the input. Blank lines
    /// are records too (the caller skips them), so line numbers never drift.
    pub fn read(&mut self, record: &mut Record) -> io::Result<bool> {
        record.bytes.clear();
        record.ends.clear();
        record.line = self.line;
        Ok(self
            .read_append(&mut record.bytes, &mut record.ends)?
            .is_some())
    }

    /// Reads the next record onto the end of `bytes` and `ends` (its field ends counted from
    /// its own first byte), so that a batch of records is read without copying each one
    /// again; the record's line, or `None` at the end of the input.
    pub fn read_append(
        &mut self,
        bytes: &mut Vec<u8>,
        ends: &mut Vec<usize>,
    ) -> io::Result<Option<u64>> {
        let line = self.line;
        self.record_line = line;
        if !self.input.has_more()? {
            return Ok(None);
        }
        if !self.read_plain(bytes, ends) {
            self.read_quoted(bytes, ends)?;
        }
        Ok(Some(line))
    }

    /// The fast path: a whole line in the buffer with no quote in it is split at the
    /// separators with `memchr`, the way most data lines are. `false` leaves the input
    /// untouched for the general path.
    fn read_plain(&mut self, bytes: &mut Vec<u8>, ends: &mut Vec<usize>) -> bool {
        let unread = self.input.unread();
        let Some(at) = memchr::memchr2(b'\n', b'\r', unread) else {
            return false;
        };
        let line = &unread[..at];
        let ending = match (unread[at], unread.get(at + 1)) {
            (b'\n', _) => 1,
            (_, Some(b'\n')) => 2,
            (_, Some(_)) => 1,
            // A CR last in the buffer: whether a LF follows is not known yet.
            (_, None) => return false,
        };
        // One pass over the line for separators and quotes: lines are short, and a loop
        // costs less than starting a search for each field.
        let first_end = ends.len();
        for (i, &b) in line.iter().enumerate() {
            if b == self.delimiter {
                ends.push(i);
            } else if b == b'"' {
                ends.truncate(first_end);
                return false;
            }
        }
        ends.push(line.len());
        bytes.extend_from_slice(line);
        self.input.consume(at + ending);
        self.line += 1;
        true
    }

    fn too_long(&self) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            TooLong::Record {
                line: self.record_line,
                mib: MAX_RECORD >> 20,
            },
        )
    }

    /// After a CR: a LF right after it belongs to the same line end.
    fn skip_lf_after_cr(&mut self) -> io::Result<()> {
        if self.input.peek()? == Some(b'\n') {
            self.input.consume(1);
        }
        Ok(())
    }

    /// The general path, byte by byte: quotes, `""`, line breaks inside quotes.
    fn read_quoted(&mut self, bytes: &mut Vec<u8>, ends: &mut Vec<usize>) -> io::Result<()> {
        let base = bytes.len();
        let mut in_quotes = false;
        let mut at_field_start = true;
        loop {
            let Some(byte) = self.input.peek()? else {
                // End of input: the last record has no line break.
                ends.push(bytes.len() - base);
                return Ok(());
            };
            self.input.consume(1);
            if bytes.len() - base >= MAX_RECORD {
                return Err(self.too_long());
            }
            if in_quotes {
                match byte {
                    b'"' => {
                        if self.input.peek()? == Some(b'"') {
                            bytes.push(b'"');
                            self.input.consume(1);
                        } else {
                            in_quotes = false;
                        }
                    }
                    b'\n' => {
                        self.line += 1;
                        bytes.push(byte);
                    }
                    b'\r' => {
                        // A line break inside a field is kept as it was written.
                        self.line += 1;
                        bytes.push(byte);
                        if self.input.peek()? == Some(b'\n') {
                            bytes.push(b'\n');
                            self.input.consume(1);
                        }
                    }
                    _ => bytes.push(byte),
                }
                continue;
            }
            match byte {
                b'"' if at_field_start => {
                    in_quotes = true;
                    at_field_start = false;
                }
                b'\n' | b'\r' => {
                    if byte == b'\r' {
                        self.skip_lf_after_cr()?;
                    }
                    self.line += 1;
                    ends.push(bytes.len() - base);
                    return Ok(());
                }
                d if d == self.delimiter => {
                    // The separator stays in `bytes`, as on the fast path: a field is the
                    // text between two ends.
                    ends.push(bytes.len() - base);
                    bytes.push(d);
                    at_field_start = true;
                }
                _ => {
                    at_field_start = false;
                    bytes.push(byte);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(u64, Vec<String>)> {
        let mut r = CsvReader::new(text.as_bytes(), b',', 1);
        let mut rec = Record::default();
        let mut out = Vec::new();
        while r.read(&mut rec).unwrap() {
            let fields = (0..rec.len())
                .map(|i| String::from_utf8_lossy(rec.get(i).unwrap()).into_owned())
                .collect();
            out.push((rec.line, fields));
        }
        out
    }

    #[test]
    fn lines_survive_blank_lines_and_quoted_breaks() {
        let got = records("a,b\n1,2\n\n3,\"x\ny\"\n4,\"q\"\"q\"\r\n5,6");
        let lines: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 2, 3, 4, 6, 7]);
        assert_eq!(got[3].1, ["3", "x\ny"]);
        assert_eq!(got[4].1, ["4", "q\"q"]);
        assert_eq!(got[5].1, ["5", "6"]);
        assert_eq!(got[2].1, [""]);
    }

    #[test]
    fn records_longer_than_the_buffer_are_read_whole() {
        let long = "x".repeat(CHUNK * 2 + 7);
        let got = records(&format!("a,b\n1,{long}\n2,3\n"));
        assert_eq!(got[1].1[1].len(), long.len());
        assert_eq!(got[2], (3, vec!["2".to_string(), "3".to_string()]));
    }

    #[test]
    fn cr_only_crlf_and_mixed_line_ends() {
        for text in [
            "a,b\r1,2\r3,4\r",
            "a,b\r\n1,2\r\n3,4\r\n",
            "a,b\n1,2\r3,4",
            "a,b\r\n1,2\n3,4\r",
        ] {
            let got = records(text);
            let lines: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
            assert_eq!(lines, [1, 2, 3], "{text:?}");
            assert_eq!(got[2].1, ["3", "4"], "{text:?}");
        }
        // Quoted line breaks of each kind are kept, and counted as lines.
        let got = records("a,b\r1,\"x\ry\"\r2,\"p\r\nq\"\r3,4");
        assert_eq!(got[1], (2, vec!["1".into(), "x\ry".into()]));
        assert_eq!(got[2], (4, vec!["2".into(), "p\r\nq".into()]));
        assert_eq!(got[3].0, 6);
    }

    #[test]
    fn a_cr_at_the_end_of_the_buffer_waits_for_the_next_byte() {
        // The CR of a CRLF falls last in the first buffer: one line end, not two.
        let first = "x".repeat(CHUNK - 1);
        let got = records(&format!("{first}\r\n1,2\n"));
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], (2, vec!["1".to_string(), "2".to_string()]));
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_record_limit() {
        let text = format!("a,b\n1,\"{}", "x,y\n".repeat(MAX_RECORD / 3));
        let mut r = CsvReader::new(text.as_bytes(), b',', 1);
        let mut rec = Record::default();
        assert!(r.read(&mut rec).unwrap());
        let e = r.read(&mut rec).unwrap_err();
        assert!(e.to_string().contains("line 2 is longer than 4 MiB"), "{e}");
    }

    #[test]
    fn crlf_and_semicolons() {
        let mut r = CsvReader::new("a;b\r\n1;2\r\n".as_bytes(), b';', 1);
        let mut rec = Record::default();
        assert!(r.read(&mut rec).unwrap());
        assert!(r.read(&mut rec).unwrap());
        assert_eq!(rec.get(1), Some(&b"2"[..]));
        assert_eq!(rec.line, 2);
    }
}
