//! The fixed buffer the streaming readers of data files read through: CSV records
//! ([`super::csv_reader`]) and JSON rows ([`super::json_scan`]). Memory stays the buffer's
//! size whatever the size of the file; each reader keeps its own place in the text (a line,
//! a column) as it uses the bytes.

use std::io::{self, Read};

/// A reader's bytes read ahead into a buffer of a fixed size, used from the front.
pub(super) struct ReadBuffer<R> {
    reader: R,
    buf: Vec<u8>,
    /// Unread bytes are `buf[start..end]`.
    start: usize,
    end: usize,
    eof: bool,
}

impl<R: Read> ReadBuffer<R> {
    /// A buffer of `capacity` bytes over `reader`, nothing read yet.
    pub(super) fn new(reader: R, capacity: usize) -> Self {
        ReadBuffer {
            reader,
            buf: vec![0; capacity],
            start: 0,
            end: 0,
            eof: false,
        }
    }

    /// The bytes read and not used yet.
    pub(super) fn unread(&self) -> &[u8] {
        &self.buf[self.start..self.end]
    }

    /// Marks the first `n` unread bytes as used.
    pub(super) fn consume(&mut self, n: usize) {
        debug_assert!(n <= self.end - self.start);
        self.start += n;
    }

    /// Whether a byte is left to use, reading more input only once every byte read has been
    /// used (the readers copy out what they keep as they go, so the buffer never grows);
    /// `false` at the end of the input.
    pub(super) fn has_more(&mut self) -> io::Result<bool> {
        if self.start < self.end {
            return Ok(true);
        }
        self.fill()
    }

    /// The next byte, reading more input if needed; `None` at the end of the input.
    pub(super) fn peek(&mut self) -> io::Result<Option<u8>> {
        Ok(self.has_more()?.then(|| self.buf[self.start]))
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
}
