//! Splits a JSON data file into its rows as it streams, without holding the file.
//!
//! A data file is an array of row objects, or an object `{ "decimal": "comma",
//! "observations": [ ... ] }`. This scanner reads either through a fixed buffer and hands
//! out one top-level item at a time: each row object's text with the line and column it
//! starts on (serde_json then parses the row alone), a value of the array that is not an
//! object, the wrapper's `decimal` value, or a wrapper key it does not know. Only the
//! structure around the rows is checked here; a row's own text is checked by serde_json, so
//! one malformed row is rejected while the rows after it are still read.
//!
//! Why not `serde_json::Deserializer::deserialize_seq`: it reports no position for an item
//! that parsed, and every rejected row must name the line its object starts on.
//!
//! Memory is the buffer plus the current row (at most [`MAX_ROW`] bytes), whatever the
//! number of rows.

use super::read_buffer::ReadBuffer;
use crate::diagnostic::JsonShape;
use std::io::{self, Read};

/// Longest row object kept: a row holds a few short fields, so a longer "row" is an unclosed
/// `{` or `"` swallowing the rest of the file, skipped rather than buffered.
pub(super) const MAX_ROW: usize = 1 << 20;

const CHUNK: usize = 1 << 16;

/// One top-level item of the file.
#[derive(Debug, PartialEq)]
pub(super) enum Item<'a> {
    /// A row object: its text, and the line and column (1-based, in bytes) of its `{`.
    Row {
        text: &'a [u8],
        line: u64,
        column: u64,
    },
    /// A row object longer than [`MAX_ROW`]: skipped whole.
    TooLong { line: u64 },
    /// A value of the rows array that is not an object (`[1, 2]`, `"x"`, `3`).
    NotObject { line: u64 },
    /// The wrapper's `decimal` value as JSON text; `after_rows` when it follows
    /// `observations`, whose rows were then read without it.
    Decimal {
        text: &'a [u8],
        line: u64,
        after_rows: bool,
    },
    /// A key of the wrapper object other than `decimal` and `observations` (its value is
    /// skipped).
    OtherKey { key: String, line: u64 },
}

/// Why reading stopped before the end of the file.
#[derive(Debug)]
pub(super) enum ScanError {
    Io {
        error: io::Error,
        line: u64,
    },
    /// The file is not an array of rows nor an object with `observations`.
    Shape {
        line: u64,
        column: u64,
        shape: JsonShape,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum State {
    Start,
    /// After `[`: a row or `]`.
    ArrayFirst,
    /// After `,` in the array: a row.
    ArrayNext,
    /// After a row: `,` or `]`.
    AfterRow,
    /// After the wrapper's `{`: a key or `}`.
    KeyFirst,
    /// After `,` in the wrapper: a key.
    KeyNext,
    /// After a wrapper value: `,` or `}`.
    AfterValue,
    /// After the outermost value: only white space may follow.
    End,
    Done,
}

pub(super) struct JsonScanner<R> {
    input: ReadBuffer<R>,
    /// Where the first unread byte is: line and column, 1-based (columns count bytes, as
    /// serde_json's).
    line: u64,
    column: u64,
    state: State,
    /// The current item's text.
    item: Vec<u8>,
    wrapped: bool,
    seen_rows: bool,
}

/// What a skipped or kept value was.
struct Scanned {
    object: bool,
    too_long: bool,
}

impl<R: Read> JsonScanner<R> {
    pub(super) fn new(reader: R) -> Self {
        JsonScanner {
            input: ReadBuffer::new(reader, CHUNK),
            line: 1,
            column: 1,
            state: State::Start,
            item: Vec::new(),
            wrapped: false,
            seen_rows: false,
        }
    }

    /// The next item, `None` at the end of the file. After an error, always `None`.
    pub(super) fn next_item(&mut self) -> Result<Option<Item<'_>>, ScanError> {
        let result = self.advance();
        if result.is_err() {
            self.state = State::Done;
        }
        match result? {
            None => Ok(None),
            Some(Found::Row { line, column }) => Ok(Some(Item::Row {
                text: &self.item,
                line,
                column,
            })),
            Some(Found::Other(item)) => Ok(Some(item)),
            Some(Found::Decimal { line, after_rows }) => Ok(Some(Item::Decimal {
                text: &self.item,
                line,
                after_rows,
            })),
        }
    }

    /// Moves through the structure to the next item.
    fn advance(&mut self) -> Result<Option<Found>, ScanError> {
        loop {
            if self.state == State::Done {
                return Ok(None);
            }
            let next = self.skip_space()?;
            match (self.state, next) {
                (State::Done, _) => return Ok(None),
                (State::Start, None) => return Err(self.shape(JsonShape::Empty)),
                (State::Start, Some(b'[')) => self.step_to(State::ArrayFirst),
                (State::Start, Some(b'{')) => {
                    self.wrapped = true;
                    self.step_to(State::KeyFirst);
                }
                (State::Start, Some(_)) => return Err(self.shape(JsonShape::NotArrayOrObject)),
                (State::ArrayFirst | State::ArrayNext | State::AfterRow, None) => {
                    return Err(self.shape(JsonShape::UnclosedArray))
                }
                (State::ArrayFirst | State::AfterRow, Some(b']')) => {
                    self.step_to(if self.wrapped {
                        State::AfterValue
                    } else {
                        State::End
                    });
                }
                (State::ArrayNext, Some(b']')) => return Err(self.shape(JsonShape::TrailingComma)),
                (State::ArrayFirst | State::ArrayNext, Some(b',')) => {
                    return Err(self.shape(JsonShape::CommaForRow))
                }
                (State::ArrayFirst | State::ArrayNext, Some(_)) => {
                    let (line, column) = (self.line, self.column);
                    self.state = State::AfterRow;
                    let scanned = self.value(true)?;
                    return Ok(Some(match scanned {
                        Scanned {
                            object: true,
                            too_long: false,
                        } => Found::Row { line, column },
                        Scanned { object: true, .. } => Found::Other(Item::TooLong { line }),
                        Scanned { object: false, .. } => Found::Other(Item::NotObject { line }),
                    }));
                }
                (State::AfterRow, Some(b',')) => self.step_to(State::ArrayNext),
                (State::AfterRow, Some(_)) => return Err(self.shape(JsonShape::NoCommaAfterRow)),
                (State::KeyFirst | State::KeyNext | State::AfterValue, None) => {
                    return Err(self.shape(JsonShape::UnclosedObject))
                }
                (State::KeyFirst | State::AfterValue, Some(b'}')) => self.step_to(State::End),
                (State::KeyFirst | State::KeyNext, Some(b'"')) => {
                    if let Some(found) = self.wrapper_entry()? {
                        return Ok(Some(found));
                    }
                }
                (State::KeyFirst | State::KeyNext, Some(_)) => {
                    return Err(self.shape(JsonShape::KeyNotQuoted))
                }
                (State::AfterValue, Some(b',')) => self.step_to(State::KeyNext),
                (State::AfterValue, Some(_)) => {
                    return Err(self.shape(JsonShape::NoCommaAfterValue))
                }
                (State::End, None) => {
                    self.state = State::Done;
                    if self.wrapped && !self.seen_rows {
                        return Err(self.shape(JsonShape::NoObservations));
                    }
                    return Ok(None);
                }
                (State::End, Some(_)) => return Err(self.shape(JsonShape::TextAfterEnd)),
            }
        }
    }

    /// One `"key": value` of the wrapper object, from its opening quote.
    fn wrapper_entry(&mut self) -> Result<Option<Found>, ScanError> {
        let line = self.line;
        self.item.clear();
        let scanned = self.value(true)?;
        let key: String = match serde_json::from_slice(&self.item) {
            Ok(key) if !scanned.too_long => key,
            _ => return Err(self.shape_at(line, JsonShape::BadKey)),
        };
        match self.skip_space()? {
            Some(b':') => self.bump(),
            _ => return Err(self.shape(JsonShape::NoColon)),
        }
        let next = self.skip_space()?;
        match key.as_str() {
            // `completions` holds tasks done, as a bare array of them may.
            "observations" | "completions" => {
                if next != Some(b'[') {
                    return Err(self.shape(JsonShape::ObservationsNotArray));
                }
                self.seen_rows = true;
                self.step_to(State::ArrayFirst);
                Ok(None)
            }
            "decimal" => {
                let line = self.line;
                self.state = State::AfterValue;
                self.value(true)?;
                Ok(Some(Found::Decimal {
                    line,
                    after_rows: self.seen_rows,
                }))
            }
            _ => {
                self.state = State::AfterValue;
                self.value(false)?;
                Ok(Some(Found::Other(Item::OtherKey { key, line })))
            }
        }
    }

    /// Reads one JSON value from the next byte: into `self.item` when `keep` (up to
    /// [`MAX_ROW`] bytes), else only past it.
    fn value(&mut self, keep: bool) -> Result<Scanned, ScanError> {
        self.item.clear();
        let first = self.peek()?;
        let (line, column) = (self.line, self.column);
        let mut scan = Scan {
            depth: 0,
            in_string: false,
            escaped: false,
            scalar: !matches!(first, Some(b'{' | b'[' | b'"')),
        };
        let mut too_long = false;
        loop {
            if !self.has_more()? {
                if scan.scalar {
                    break; // a number or literal at the very end of the input
                }
                return Err(self.shape(JsonShape::UnclosedValue { line, column }));
            }
            let chunk = self.input.unread();
            let (used, done) = scan.run(chunk);
            if keep && !too_long {
                if self.item.len() + used <= MAX_ROW {
                    self.item.extend_from_slice(&chunk[..used]);
                } else {
                    too_long = true;
                    self.item.clear();
                }
            }
            self.consume(used);
            if done {
                break;
            }
        }
        Ok(Scanned {
            object: first == Some(b'{'),
            too_long,
        })
    }

    /// Skips white space (and a byte order mark at the very start); the next byte, if any.
    fn skip_space(&mut self) -> Result<Option<u8>, ScanError> {
        loop {
            let Some(b) = self.peek()? else {
                return Ok(None);
            };
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.bump(),
                0xEF if self.state == State::Start && self.line == 1 && self.column == 1 => {
                    self.skip_bom()?
                }
                _ => return Ok(Some(b)),
            }
        }
    }

    /// Skips the UTF-8 byte order mark `EF BB BF` that some editors write first.
    fn skip_bom(&mut self) -> Result<(), ScanError> {
        for expected in [0xEF, 0xBB, 0xBF] {
            if self.peek()? != Some(expected) {
                return Err(self.shape(JsonShape::NotArrayOrObject));
            }
            self.input.consume(1);
        }
        Ok(())
    }

    fn peek(&mut self) -> Result<Option<u8>, ScanError> {
        self.input.peek().map_err(|error| self.io_error(error))
    }

    /// Whether a byte is left to read (see [`ReadBuffer::has_more`]).
    fn has_more(&mut self) -> Result<bool, ScanError> {
        self.input.has_more().map_err(|error| self.io_error(error))
    }

    /// Steps over the byte just peeked (a bracket, a comma), which puts the scanner in `state`.
    fn step_to(&mut self, state: State) {
        self.bump();
        self.state = state;
    }

    /// Steps over the byte just peeked.
    fn bump(&mut self) {
        self.consume(1);
    }

    /// Steps over `n` buffered bytes, counting lines and columns.
    fn consume(&mut self, n: usize) {
        let bytes = &self.input.unread()[..n];
        match memchr::memrchr(b'\n', bytes) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', bytes).count() as u64;
                self.column = (n - last) as u64;
            }
            None => self.column += n as u64,
        }
        self.input.consume(n);
    }

    /// A read error where it happened. It is reported once, not retried: the scanner is
    /// done after any error (see [`JsonScanner::next_item`]).
    fn io_error(&self, error: io::Error) -> ScanError {
        ScanError::Io {
            error,
            line: self.line,
        }
    }

    fn shape(&self, shape: JsonShape) -> ScanError {
        ScanError::Shape {
            line: self.line,
            column: self.column,
            shape,
        }
    }

    fn shape_at(&self, line: u64, shape: JsonShape) -> ScanError {
        ScanError::Shape {
            line,
            column: 1,
            shape,
        }
    }
}

/// What [`JsonScanner::advance`] found, before it is lent out as an [`Item`].
enum Found {
    Row { line: u64, column: u64 },
    Decimal { line: u64, after_rows: bool },
    Other(Item<'static>),
}

/// Where a value's scan is: nesting depth, inside a string, after a backslash, or a scalar
/// (number, `true`...) that ends at the first separator.
struct Scan {
    depth: u64,
    in_string: bool,
    escaped: bool,
    scalar: bool,
}

impl Scan {
    /// Scans `chunk`: how many bytes belong to the value, and whether it ended.
    fn run(&mut self, chunk: &[u8]) -> (usize, bool) {
        for (i, &b) in chunk.iter().enumerate() {
            if self.scalar {
                if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                    return (i, true);
                }
                continue;
            }
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                    if self.depth == 0 {
                        return (i + 1, true); // a string on its own
                    }
                }
                continue;
            }
            match b {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.depth += 1,
                b'}' | b']' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        return (i + 1, true);
                    }
                }
                _ => {}
            }
        }
        (chunk.len(), false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every item as text, or the error, reading through a reader that returns `step` bytes
    /// at a time (so values straddle buffer refills).
    fn items(text: &str, step: usize) -> Vec<String> {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.1.min(self.0.len()).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut s = JsonScanner::new(Trickle(text.as_bytes(), step));
        let mut out = Vec::new();
        loop {
            match s.next_item() {
                Ok(None) => break,
                Ok(Some(Item::Row { text, line, column })) => out.push(format!(
                    "row {line}:{column} {}",
                    String::from_utf8_lossy(text)
                )),
                Ok(Some(Item::Decimal {
                    text,
                    line,
                    after_rows,
                })) => out.push(format!(
                    "decimal {line} {} {after_rows}",
                    String::from_utf8_lossy(text)
                )),
                Ok(Some(other)) => out.push(format!("{other:?}")),
                Err(ScanError::Shape {
                    line,
                    column,
                    shape,
                }) => {
                    let message = shape_words(shape, line, column);
                    out.push(format!("error {line}:{column} {message}"));
                    assert!(matches!(s.next_item(), Ok(None)));
                    break;
                }
                Err(e) => panic!("{e:?}"),
            }
        }
        out
    }

    /// The words of a shape problem, as the file's problem says them.
    fn shape_words(shape: JsonShape, line: u64, column: u64) -> String {
        use crate::diagnostic::{DataProblem, Problem, Unreadable};
        let problem = Problem::Data(DataProblem::Unreadable(Unreadable::JsonShape {
            shape,
            line,
            column,
        }));
        let message = crate::diagnostic::words::words(&problem, crate::i18n::Lang::En).message;
        let prefix = "not a JSON array of rows nor an object with `observations`: ";
        let suffix = format!(" at line {line} column {column}");
        message
            .strip_prefix(prefix)
            .and_then(|m| m.strip_suffix(&suffix))
            .unwrap_or(&message)
            .to_string()
    }

    fn both(text: &str) -> Vec<String> {
        let whole = items(text, usize::MAX);
        assert_eq!(items(text, 1), whole, "byte by byte");
        assert_eq!(items(text, 7), whole, "7 bytes at a time");
        whole
    }

    #[test]
    fn rows_of_an_array_with_their_places() {
        let got = both("[\n  {\"a\": \"}\\\"{\", \"b\": [1, {\"c\": 2}]},\n{}\n,  {\"x\":\n1} ]\n");
        assert_eq!(
            got,
            [
                "row 2:3 {\"a\": \"}\\\"{\", \"b\": [1, {\"c\": 2}]}",
                "row 3:1 {}",
                "row 4:4 {\"x\":\n1}",
            ]
        );
        assert!(both("[]").is_empty());
        assert!(both("\u{feff} [ ] \n").is_empty());
    }

    #[test]
    fn values_that_are_not_objects() {
        let got = both("[1, \"x,]\", [2, [3]], true,\n{\"a\": 1}, -2.5e3]");
        assert_eq!(
            got,
            [
                "NotObject { line: 1 }",
                "NotObject { line: 1 }",
                "NotObject { line: 1 }",
                "NotObject { line: 1 }",
                "row 2:1 {\"a\": 1}",
                "NotObject { line: 2 }",
            ]
        );
    }

    #[test]
    fn the_wrapper_object_in_any_order() {
        let got = both(
            "{ \"source\": {\"x\": [1]},\n \"decimal\": \"comma\",\n \"observations\": [ {\"a\": 1} ],\n \"decimal\": \"point\" }",
        );
        assert_eq!(
            got,
            [
                "OtherKey { key: \"source\", line: 1 }",
                "decimal 2 \"comma\" false",
                "row 3:20 {\"a\": 1}",
                "decimal 4 \"point\" true",
            ]
        );
    }

    #[test]
    fn broken_structure_stops_with_its_place() {
        let cases = [
            ("", "error 1:1 the file is empty; write an array of rows, `[ {\"indicator\": \"3\", ...}, ... ]`"),
            ("  \n 3", "error 2:2 expected `[` (an array of rows) or `{` (an object with `observations`)"),
            ("[{\"a\": 1}\n {\"b\": 2}]", "error 2:2 expected `,` or `]` after a row"),
            ("[{\"a\": 1},]", "error 1:11 a `,` must be followed by another row (remove the last `,`)"),
            ("[,{}]", "error 1:2 expected a row, found `,`"),
            ("[{\"a\": 1}", "error 1:10 the file ends inside the array of rows (no closing `]`)"),
            ("[{\"a\": [1}", "error 1:11 the file ends inside the value that starts at line 1 column 2"),
            ("[{\"a\": \"x]}", "error 1:12 the file ends inside the value that starts at line 1 column 2"),
            ("[] []", "error 1:4 unexpected text after the end of the JSON value"),
            ("{\"decimal\": \"comma\"}", "error 1:21 the object has no `observations` key holding the rows"),
            ("{}", "error 1:3 the object has no `observations` key holding the rows"),
            ("{\"observations\": 3}", "error 1:18 `observations` must be an array of rows, `[ ... ]`"),
            ("{\"observations\" [", "error 1:17 expected `:` after the key"),
            ("{observations: []}", "error 1:2 expected a key in double quotes, such as \"observations\""),
            ("{\"observations\": [] \"x\": 1}", "error 1:21 expected `,` or `}` after a value"),
            ("{\"observations\": []", "error 1:20 the file ends inside the object (no closing `}`)"),
        ];
        for (text, expected) in cases {
            let got = both(text);
            assert_eq!(got.last().map(String::as_str), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn rows_before_a_broken_place_are_handed_out() {
        let got = both("[{\"a\": 1}, {\"b\": 2} {\"c\": 3}]");
        assert_eq!(
            got,
            [
                "row 1:2 {\"a\": 1}",
                "row 1:12 {\"b\": 2}",
                "error 1:21 expected `,` or `]` after a row",
            ]
        );
    }

    #[test]
    fn a_row_longer_than_the_limit_is_skipped_whole() {
        let long = format!("[{{\"a\": \"{}\"}},\n{{\"b\": 1}}]", "x".repeat(MAX_ROW));
        let got = items(&long, usize::MAX);
        assert_eq!(got, ["TooLong { line: 1 }", "row 2:1 {\"b\": 1}"]);
    }

    #[test]
    fn read_errors_are_reported_with_their_line() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::other("disk gone"));
                }
                self.0 -= 1;
                buf[..3].copy_from_slice(b"[\n{");
                Ok(3)
            }
        }
        let mut s = JsonScanner::new(Failing(1));
        match s.next_item() {
            Err(ScanError::Io { error, line }) => {
                assert_eq!((error.to_string().as_str(), line), ("disk gone", 2))
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(s.next_item(), Ok(None)));
    }
}
