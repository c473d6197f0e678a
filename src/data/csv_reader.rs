//! A streaming CSV record reader that knows each record's line.
//!
//! Why not the `csv` crate here: it reports the line of a record that follows blank lines as
//! the first blank line's, and every rejected row must name its own line. This reader keeps
//! a fixed-size buffer (memory does not grow with the file), handles RFC 4180 quoting (a
//! quoted field may hold the separator, `""` and line breaks) and CRLF, and hands out each
//! record's fields without allocating per row.

use std::io::{self, Read};

const CHUNK: usize = 1 << 20;

pub struct CsvReader<R> {
    reader: R,
    buf: Vec<u8>,
    /// Unread bytes are `buf[start..end]`.
    start: usize,
    end: usize,
    eof: bool,
    /// The line `buf[start]` is on (1-based).
    line: u64,
    delimiter: u8,
}

/// One record: its unescaped bytes, separators included, and where each field ends in them.
#[derive(Default, Debug)]
pub struct Record {
    pub bytes: Vec<u8>,
    pub ends: Vec<usize>,
    /// The line the record starts on.
    pub line: u64,
}

impl Record {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

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
            reader,
            buf: vec![0; CHUNK],
            start: 0,
            end: 0,
            eof: false,
            line: first_line,
            delimiter,
        }
    }

    /// Reads more input, keeping the unread bytes; `false` at the end of the input.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            // A record longer than the buffer: grow for it.
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = loop {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.end += n;
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    /// Reads the next record into `record`; `false` at the end of the input. Blank lines
    /// are records too (the caller skips them), so line numbers never drift.
    pub fn read(&mut self, record: &mut Record) -> io::Result<bool> {
        record.bytes.clear();
        record.ends.clear();
        record.line = self.line;
        if self.start == self.end && !self.fill()? {
            return Ok(false);
        }
        if self.read_plain(record) {
            return Ok(true);
        }
        self.read_quoted(record)
    }

    /// The fast path: a whole line in the buffer with no quote in it is split at the
    /// separators with `memchr`, the way most data lines are. `false` leaves the input
    /// untouched for the general path.
    fn read_plain(&mut self, record: &mut Record) -> bool {
        let unread = &self.buf[self.start..self.end];
        let Some(newline) = memchr::memchr(b'\n', unread) else {
            return false;
        };
        let mut line = &unread[..newline];
        if memchr::memchr(b'"', line).is_some() {
            return false;
        }
        if line.last() == Some(&b'\r') {
            line = &line[..line.len() - 1];
        }
        record.bytes.extend_from_slice(line);
        for at in memchr::memchr_iter(self.delimiter, line) {
            record.ends.push(at);
        }
        record.ends.push(line.len());
        self.start += newline + 1;
        self.line += 1;
        true
    }

    /// The general path, byte by byte: quotes, `""`, line breaks inside quotes.
    fn read_quoted(&mut self, record: &mut Record) -> io::Result<bool> {
        let mut in_quotes = false;
        let mut at_field_start = true;
        // A `\r` outside quotes is held back: dropped before `\n` (CRLF), kept otherwise.
        let mut held_cr = false;
        loop {
            if self.start == self.end && !self.fill()? {
                // End of input: the last record has no line break.
                if held_cr {
                    record.bytes.push(b'\r');
                }
                record.ends.push(record.bytes.len());
                return Ok(true);
            }
            let byte = self.buf[self.start];
            self.start += 1;
            if held_cr && byte != b'\n' {
                record.bytes.push(b'\r');
            }
            held_cr = false;
            if in_quotes {
                match byte {
                    b'"' => {
                        if self.start == self.end {
                            self.fill()?;
                        }
                        if self.start < self.end && self.buf[self.start] == b'"' {
                            record.bytes.push(b'"');
                            self.start += 1;
                        } else {
                            in_quotes = false;
                        }
                    }
                    b'\n' => {
                        self.line += 1;
                        record.bytes.push(byte);
                    }
                    _ => record.bytes.push(byte),
                }
                continue;
            }
            match byte {
                b'"' if at_field_start => {
                    in_quotes = true;
                    at_field_start = false;
                }
                b'\n' => {
                    self.line += 1;
                    record.ends.push(record.bytes.len());
                    return Ok(true);
                }
                b'\r' => held_cr = true,
                d if d == self.delimiter => {
                    // The separator stays in `bytes`, as on the fast path: a field is the
                    // text between two ends.
                    record.ends.push(record.bytes.len());
                    record.bytes.push(d);
                    at_field_start = true;
                }
                _ => {
                    at_field_start = false;
                    record.bytes.push(byte);
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
    fn crlf_and_semicolons() {
        let mut r = CsvReader::new("a;b\r\n1;2\r\n".as_bytes(), b';', 1);
        let mut rec = Record::default();
        assert!(r.read(&mut rec).unwrap());
        assert!(r.read(&mut rec).unwrap());
        assert_eq!(rec.get(1), Some(&b"2"[..]));
        assert_eq!(rec.line, 2);
    }
}
