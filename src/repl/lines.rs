//! Lines of text from a stream of bytes: queries piped into `plan query` or `plan repl`, and
//! the REPL's history file. A line that is not UTF-8 is reported by its number and the rest
//! are still read (`BufRead::lines` would end the stream there, dropping every line after it).

use std::fmt;
use std::io::BufRead;

/// A line that is not UTF-8 text: where, and the first byte that is not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotUtf8 {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters: the column of the bad byte.
    pub column: usize,
    /// The first byte that does not begin or continue a UTF-8 character.
    pub byte: u8,
}

impl NotUtf8 {
    /// `line 2 is not UTF-8 text (byte 0xFF at column 7)`, in `lang`.
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        lang.text_with(
            "input-not-utf8",
            &[
                ("line", self.line.into()),
                ("column", self.column.into()),
                ("byte", format!("0x{:02X}", self.byte).into()),
            ],
        )
    }
}

impl fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(crate::i18n::Lang::En))
    }
}

/// One line read: its text, or why it is not text.
pub type Line = Result<String, NotUtf8>;

/// The lines of `reader`, numbered from 1, without their `\n` or `\r\n`. An error of the
/// reader itself (the stream failed) ends the lines.
pub struct Lines<R> {
    reader: R,
    number: usize,
    failed: bool,
}

impl<R: BufRead> Lines<R> {
    /// The lines of `reader`, from its current position; the first is numbered 1.
    pub fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            number: 0,
            failed: false,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    /// The line's number and the line.
    type Item = std::io::Result<(usize, Line)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let mut bytes = Vec::new();
        match self.reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                self.failed = true;
                return Some(Err(e));
            }
        }
        self.number += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        let line = String::from_utf8(bytes).map_err(|e| {
            let bytes = e.as_bytes();
            let valid = e.utf8_error().valid_up_to();
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            NotUtf8 {
                line: self.number,
                column: before.chars().count() + 1,
                byte: bytes[valid],
            }
        });
        Some(Ok((self.number, line)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_is_reported_and_the_next_ones_are_read() {
        let input: &[u8] = b"indicators\r\nshow \xc3\xa9\xff3\n\nagencies";
        let lines: Vec<(usize, Line)> = Lines::new(input).map(|l| l.expect("read")).collect();
        assert_eq!(
            lines,
            [
                (1, Ok("indicators".to_string())),
                (
                    2,
                    Err(NotUtf8 {
                        line: 2,
                        column: 7,
                        byte: 0xFF
                    })
                ),
                (3, Ok(String::new())),
                (4, Ok("agencies".to_string())),
            ]
        );
        let bad = lines[1].1.clone().expect_err("not UTF-8");
        assert_eq!(
            bad.to_string(),
            "line 2 is not UTF-8 text (byte 0xFF at column 7)"
        );
    }

    #[test]
    fn a_failing_stream_ends_the_lines() {
        struct Failing;
        impl std::io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("gone"))
            }
        }
        let mut lines = Lines::new(std::io::BufReader::new(Failing));
        assert!(matches!(lines.next(), Some(Err(_))));
        assert!(lines.next().is_none());
    }
}
