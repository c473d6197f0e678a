//! A data file's bytes as UTF-8 text, whatever program wrote them.
//!
//! Agencies send files saved by Excel and LibreOffice in several ways: "CSV UTF-8" starts with
//! a byte-order mark; "Unicode Text" is UTF-16 (little-endian, with a mark); "CSV (Comma
//! delimited)" on a Vietnamese Windows is Windows-1258, on a Western one Windows-1252. This
//! module finds the encoding where the bytes make it certain (a byte-order mark, or the NUL
//! bytes of UTF-16 without one), takes the one the user names otherwise (`--encoding`), and
//! hands the readers UTF-8 without the mark. UTF-8 itself passes through untouched (the
//! readers check it row by row, on every core); other encodings are transcoded as they
//! stream (`encoding_rs`), and a byte sequence they cannot decode stops the file with its line.
//!
//! A named encoding is given for every file of a command, so it must not turn a UTF-8 file
//! into mojibake: a file whose first bytes are UTF-8 with letters beyond ASCII is UTF-8 (a
//! Windows code page almost never writes valid UTF-8 sequences: its accented capitals are
//! not followed by its punctuation bytes), and a UTF-8 sequence met later in a file read with
//! a single-byte code page stops it. A file named UTF-16 must show UTF-16's NUL bytes.

use crate::diagnostic::{CodePage, NotText};
use std::io::{self, Cursor, Read};

pub use encoding_rs::Encoding;

/// The encoding a user names: any WHATWG label (`utf-8`, `utf-16le`, `windows-1258`,
/// `cp1258`, `windows-1252`, `latin1`...), case and surrounding spaces ignored; `Err` says, in
/// `lang`, that it names none.
pub fn encoding_for_label(
    label: &str,
    lang: crate::i18n::Lang,
) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| lang.text_with("data-unknown-encoding", &[("label", label.into())]))
}

/// How the encoding of a file was settled.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A byte-order mark at the start.
    Mark,
    /// UTF-16 recognised by its NUL bytes (a text file has none otherwise).
    NulBytes,
    /// Named by the user.
    Named,
    /// Named otherwise by the user, but its first bytes are UTF-8 beyond ASCII.
    Utf8Text,
    /// Nothing said otherwise: UTF-8.
    Default,
}

/// A reader of UTF-8 text from a file in any encoding.
pub struct TextReader<R> {
    /// The encoding the file is read in.
    pub encoding: &'static Encoding,
    /// How that encoding was settled: a mark, NUL bytes, the user, or the default.
    pub found: Found,
    inner: Inner<R>,
}

enum Inner<R> {
    /// UTF-8: the bytes read to look for a mark (the mark itself dropped), then the rest.
    Utf8(io::Chain<Cursor<Vec<u8>>, R>),
    Transcode(Box<Transcoder<R>>),
}

/// Bytes read first to recognise the encoding: a mark is at most 3 bytes; UTF-16 without
/// one shows in the NUL bytes of its first characters; UTF-8 shows in its multi-byte
/// sequences, within the first lines.
const SNIFF: usize = 4;
const SNIFF_TEXT: usize = 1 << 16;

impl<R: Read> TextReader<R> {
    /// Recognises the encoding of `reader` (see the module); `named` is the user's choice,
    /// which a byte-order mark overrides (the mark is certain, a flag given for many files
    /// is not).
    pub fn new(mut reader: R, named: Option<&'static Encoding>) -> io::Result<TextReader<R>> {
        let mut head = Vec::with_capacity(SNIFF_TEXT);
        (&mut reader)
            .take(SNIFF_TEXT as u64)
            .read_to_end(&mut head)?;
        let (encoding, found, mark_len) = match Encoding::for_bom(&head) {
            Some((encoding, len)) => (encoding, Found::Mark, len),
            None => match (utf16_without_mark(&head), named) {
                (Some(encoding), _) => (encoding, Found::NulBytes, 0),
                (None, None) => (encoding_rs::UTF_8, Found::Default, 0),
                (None, Some(named))
                    if named == encoding_rs::UTF_16LE || named == encoding_rs::UTF_16BE =>
                {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        NotUtf16 {
                            encoding: named.name(),
                        },
                    ));
                }
                (None, Some(_)) if is_utf8_text(&head) => (encoding_rs::UTF_8, Found::Utf8Text, 0),
                (None, Some(named)) => (named, Found::Named, 0),
            },
        };
        head.drain(..mark_len);
        let inner = if encoding == encoding_rs::UTF_8 {
            Inner::Utf8(Cursor::new(head).chain(reader))
        } else {
            let transcoder = Transcoder::new(head, reader, encoding, mark_len as u64);
            Inner::Transcode(Box::new(transcoder))
        };
        Ok(TextReader {
            encoding,
            found,
            inner,
        })
    }

    /// Whether the text comes through unchanged, so it may still hold bytes that are not
    /// UTF-8 (the readers check it).
    pub fn is_passthrough(&self) -> bool {
        matches!(self.inner, Inner::Utf8(_))
    }
}

/// Whether bytes are UTF-8 with something beyond ASCII (a sequence cut at the end of the
/// bytes read is allowed).
fn is_utf8_text(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(text) => !text.is_ascii(),
        Err(e) => {
            e.error_len().is_none() && e.valid_up_to() > 0 && !head[..e.valid_up_to()].is_ascii()
        }
    }
}

/// Where the first valid UTF-8 multi-byte sequence starts, if any.
fn first_utf8_sequence(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < bytes.len() {
        let len = match bytes[i] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => {
                i += 1;
                continue;
            }
        };
        if let Some(sequence) = bytes.get(i..i + len) {
            if std::str::from_utf8(sequence).is_ok() {
                return Some((i, len));
            }
        }
        i += 1;
    }
    None
}

/// UTF-16 without a mark: a text file has no NUL byte, but UTF-16 has one in every ASCII
/// character, on the odd bytes (little-endian) or the even ones (big-endian).
fn utf16_without_mark(head: &[u8]) -> Option<&'static Encoding> {
    let head = head.get(..SNIFF)?;
    let even_nul = head.iter().step_by(2).all(|&b| b == 0);
    let odd_nul = head.iter().skip(1).step_by(2).all(|&b| b == 0);
    let even_text = head.iter().step_by(2).all(|&b| b != 0);
    let odd_text = head.iter().skip(1).step_by(2).all(|&b| b != 0);
    if odd_nul && even_text {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul && odd_text {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

impl<R: Read> Read for TextReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Utf8(r) => r.read(buf),
            Inner::Transcode(t) => t.read(buf),
        }
    }
}

/// Bytes that cannot be decoded in the file's encoding, where they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The name of the encoding the file was read in (`windows-1258`).
    pub encoding: &'static str,
    /// The line (1-based) and the byte offset in the file.
    pub line: u64,
    /// How many bytes of the file come before the first one that cannot be decoded.
    pub offset: u64,
    /// The bytes that cannot be decoded, as the file holds them.
    pub bytes: Vec<u8>,
    /// The bytes are a UTF-8 sequence in a file read with a single-byte code page.
    pub utf8: bool,
}

impl DecodeError {
    /// The problem these bytes make for the file.
    pub fn problem(&self) -> NotText {
        let (line, offset, bytes, encoding) =
            (self.line, self.offset, self.bytes.clone(), self.encoding);
        if self.utf8 {
            NotText::Utf8InCodePage {
                line,
                offset,
                bytes,
                encoding,
            }
        } else {
            NotText::NotInEncoding {
                line,
                offset,
                bytes,
                encoding,
            }
        }
    }
}

/// What the reader stops with (the file's problem, with what to do, is [`Self::problem`]).
impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, offset, bytes) = (self.line, self.offset, hex(&self.bytes));
        if self.utf8 {
            write!(f, "line {line} (byte {offset}) holds {bytes}, UTF-8 in a file read as {}: read it without --encoding", self.encoding)
        } else {
            write!(
                f,
                "line {line} (byte {offset}) holds {bytes}, which is not {} text",
                self.encoding
            )
        }
    }
}

impl std::error::Error for DecodeError {}

/// `0xD0 0x20`: bytes as a person looks them up (the first four).
pub fn hex(bytes: &[u8]) -> String {
    let shown: Vec<String> = bytes.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
    shown.join(" ")
}

/// Why a line read as UTF-8 is not: where, and the code page it most likely is in.
pub fn not_utf8(line: &[u8], error: std::str::Utf8Error) -> NotText {
    let at = error.valid_up_to();
    let column = String::from_utf8_lossy(&line[..at]).chars().count() + 1;
    let len = error.error_len().unwrap_or(line.len() - at).max(1);
    NotText::NotUtf8 {
        column,
        bytes: line[at..(at + len).min(line.len())].to_vec(),
        likely: likely_code_page(line),
    }
}

/// The Windows code page bytes that are not UTF-8 most likely come from: Windows-1258 when
/// they hold its Vietnamese letters or tone marks (Đ đ Ư ư and the combining marks), else
/// Windows-1252. A guess for the message only, never applied.
fn likely_code_page(bytes: &[u8]) -> CodePage {
    const VIETNAMESE: [u8; 9] = [0xD0, 0xF0, 0xDD, 0xFD, 0xCC, 0xEC, 0xDE, 0xD2, 0xF2];
    if bytes.iter().any(|b| VIETNAMESE.contains(b)) {
        CodePage::Windows1258
    } else {
        CodePage::Windows1252
    }
}

/// `--encoding` named UTF-16 for a file without UTF-16's NUL bytes, inside the
/// `io::Error` [`TextReader::new`] returns.
#[derive(Debug)]
pub struct NotUtf16 {
    /// The name of the encoding named (`UTF-16LE`).
    pub encoding: &'static str,
}

impl std::fmt::Display for NotUtf16 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the file is not {}: it has none of UTF-16's NUL bytes",
            self.encoding
        )
    }
}

impl std::error::Error for NotUtf16 {}

/// The decode error inside an I/O error, if that is what it is.
pub fn decode_error(e: &io::Error) -> Option<&DecodeError> {
    e.get_ref()?.downcast_ref::<DecodeError>()
}

/// Streams a file in another encoding as UTF-8 (`encoding_rs`), refusing what it cannot
/// decode (never a silent U+FFFD in an id or a number).
struct Transcoder<R> {
    reader: R,
    decoder: encoding_rs::Decoder,
    encoding: &'static Encoding,
    input: Vec<u8>,
    /// Unread input is `input[start..end]`.
    start: usize,
    end: usize,
    output: Vec<u8>,
    /// Unread output is `output[out_start..out_end]`.
    out_start: usize,
    out_end: usize,
    eof: bool,
    /// Decoding is over: the input ended, or a byte could not be decoded.
    finished: bool,
    /// The undecodable bytes, given once the text before them has been read.
    pending_error: Option<DecodeError>,
    /// Input bytes consumed before `input[0]`, and line breaks decoded so far, for errors.
    consumed: u64,
    lines: u64,
    /// The last byte decoded was `\r` (a `\n` after it ends no second line).
    after_cr: bool,
    /// A single-byte code page: a UTF-8 sequence in its input means the file is UTF-8.
    single_byte: bool,
}

const CHUNK: usize = 1 << 16;

impl<R: Read> Transcoder<R> {
    /// `skipped`: the bytes of the file before `head` (its mark).
    fn new(head: Vec<u8>, reader: R, encoding: &'static Encoding, skipped: u64) -> Transcoder<R> {
        let end = head.len();
        let mut input = head;
        input.resize(CHUNK.max(end), 0);
        Transcoder {
            reader,
            decoder: encoding.new_decoder_without_bom_handling(),
            encoding,
            input,
            start: 0,
            end,
            // Every input byte becomes at most three bytes of UTF-8.
            output: vec![0; CHUNK * 3 + 16],
            out_start: 0,
            out_end: 0,
            eof: false,
            finished: false,
            pending_error: None,
            consumed: skipped,
            lines: 0,
            after_cr: false,
            single_byte: encoding.is_single_byte(),
        }
    }

    /// Counts the line breaks (LF, CR, CRLF) in `output[..written]`.
    fn count_lines(&mut self, written: usize) {
        for &b in &self.output[..written] {
            if b == b'\r' || (b == b'\n' && !self.after_cr) {
                self.lines += 1;
            }
            self.after_cr = b == b'\r';
        }
    }

    /// Decodes the next piece of input into `output`; `false` when nothing is left.
    fn decode_more(&mut self) -> io::Result<bool> {
        use encoding_rs::DecoderResult;
        while !self.finished {
            if self.start == self.end && !self.eof {
                self.consumed += self.end as u64;
                let n = loop {
                    match self.reader.read(&mut self.input) {
                        Ok(n) => break n,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(e),
                    }
                };
                (self.start, self.end, self.eof) = (0, n, n == 0);
            }
            // A UTF-8 sequence in a single-byte code page: decode up to it, then stop there.
            let utf8 = if self.single_byte {
                first_utf8_sequence(&self.input[self.start..self.end])
            } else {
                None
            };
            let until = utf8.map_or(self.end, |(at, _)| self.start + at);
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.input[self.start..until],
                &mut self.output,
                self.eof && utf8.is_none(),
            );
            self.count_lines(written);
            (self.out_start, self.out_end) = (0, written);
            let at = self.start;
            self.start += read;
            match result {
                DecoderResult::Malformed(bad, after) => {
                    // The undecodable bytes end `after` bytes before the end of those read.
                    let end = at + read - usize::from(after);
                    let begin = end.saturating_sub(usize::from(bad)).max(at);
                    self.finished = true;
                    self.pending_error = Some(DecodeError {
                        encoding: self.encoding.name(),
                        line: self.lines + 1,
                        offset: self.consumed + begin as u64,
                        bytes: self.input[begin..end].to_vec(),
                        utf8: false,
                    });
                }
                DecoderResult::InputEmpty if utf8.is_some() => {
                    // All the input before the sequence is decoded: it starts here.
                    let (begin, len) = (self.start, utf8.map_or(0, |(_, len)| len));
                    self.finished = true;
                    self.pending_error = Some(DecodeError {
                        encoding: self.encoding.name(),
                        line: self.lines + 1,
                        offset: self.consumed + begin as u64,
                        bytes: self.input[begin..begin + len].to_vec(),
                        utf8: true,
                    });
                }
                DecoderResult::InputEmpty if self.eof => self.finished = true,
                DecoderResult::InputEmpty | DecoderResult::OutputFull => {}
            }
            if written > 0 {
                return Ok(true);
            }
        }
        match self.pending_error.take() {
            Some(e) => Err(io::Error::new(io::ErrorKind::InvalidData, e)),
            None => Ok(false),
        }
    }

    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_start == self.out_end && !self.decode_more()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out_end - self.out_start);
        buf[..n].copy_from_slice(&self.output[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8], named: Option<&'static Encoding>) -> io::Result<(String, Found)> {
        let mut reader = TextReader::new(bytes, named)?;
        let mut out = Vec::new();
        reader.read_to_end(&mut out)?;
        Ok((String::from_utf8(out).expect("UTF-8"), reader.found))
    }

    fn utf16(text: &str, big_endian: bool, mark: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = mark
            .then_some(0xFEFF)
            .into_iter()
            .chain(text.encode_utf16());
        for unit in units {
            let bytes = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&bytes);
        }
        out
    }

    #[test]
    fn a_utf8_mark_is_dropped_and_the_rest_passes_through() {
        let (t, found) = text("\u{feff}area,value\nsở_y_tế,1\n".as_bytes(), None).unwrap();
        assert_eq!(t, "area,value\nsở_y_tế,1\n");
        assert_eq!(found, Found::Mark);
        let (t, found) = text(b"ab", None).unwrap();
        assert_eq!((t.as_str(), found), ("ab", Found::Default));
    }

    #[test]
    fn utf16_with_or_without_a_mark_in_either_order() {
        let sample = "chỉ_tiêu\tgiá_trị\r\nĐắk Lắk\t9,5\r\n";
        for big in [false, true] {
            for mark in [true, false] {
                let (t, found) = text(&utf16(sample, big, mark), None).unwrap();
                assert_eq!(t, sample, "big-endian {big}, mark {mark}");
                assert_eq!(found, if mark { Found::Mark } else { Found::NulBytes });
            }
        }
    }

    #[test]
    fn windows_1258_is_decoded_when_named() {
        // "Đà" in Windows-1258: Đ is 0xD0, à is a followed by the combining grave 0xCC.
        let bytes = b"area\n\xD0a\xCC\n";
        let cp1258 = encoding_for_label("cp1258", crate::i18n::Lang::En).unwrap();
        let (t, found) = text(bytes, Some(cp1258)).unwrap();
        assert_eq!(t, "area\nĐa\u{300}\n");
        assert_eq!(found, Found::Named);
        // A mark overrides the name.
        let (t, _) = text("\u{feff}Đà".as_bytes(), Some(cp1258)).unwrap();
        assert_eq!(t, "Đà");
    }

    #[test]
    fn undecodable_bytes_stop_the_file_at_their_line() {
        // An unpaired surrogate on the third line of a UTF-16 file.
        let mut bytes = utf16("a\r\nb\nc", false, true);
        bytes.extend_from_slice(&[0x00, 0xD8, b'x', 0]);
        let mut reader = TextReader::new(&bytes[..], None).unwrap();
        let mut out = Vec::new();
        let e = reader.read_to_end(&mut out).unwrap_err();
        let d = decode_error(&e).expect("a decode error");
        assert_eq!(d.line, 3);
        assert_eq!(d.bytes, [0x00, 0xD8]);
        assert_eq!(d.offset, 2 + 2 * 6);
        assert_eq!(String::from_utf8(out).unwrap(), "a\r\nb\nc");
        assert!(e.to_string().contains("line 3"), "{e}");
    }

    #[test]
    fn a_named_code_page_does_not_turn_utf8_into_mojibake() {
        let cp1258 = encoding_for_label("windows-1258", crate::i18n::Lang::En).unwrap();
        // UTF-8 with Vietnamese letters from the start: read as UTF-8.
        let (t, found) = text("area\nsở_y_tế\n".as_bytes(), Some(cp1258)).unwrap();
        assert_eq!((t.as_str(), found), ("area\nsở_y_tế\n", Found::Utf8Text));
        // ASCII at first, UTF-8 later: stopped at the UTF-8, on its line.
        let mut bytes = "a\n".repeat(SNIFF_TEXT).into_bytes();
        bytes.extend_from_slice("x\nsở\n".as_bytes());
        let mut reader = TextReader::new(&bytes[..], Some(cp1258)).unwrap();
        assert_eq!(reader.found, Found::Named);
        let mut out = Vec::new();
        let e = reader.read_to_end(&mut out).unwrap_err();
        let d = decode_error(&e).expect("a decode error");
        assert!(d.utf8);
        assert_eq!(
            (d.line, d.bytes.as_slice()),
            (SNIFF_TEXT as u64 + 2, &[0xE1, 0xBB, 0x9F][..])
        );
        assert!(e.to_string().contains("read it without --encoding"), "{e}");
        // Windows-1258's own letters are not UTF-8: "Sở" is S, o with horn (0xF5), hook (0xD2).
        let (t, _) = text(b"area\nS\xF5\xD2 Y t\xEA\xD2\n", Some(cp1258)).unwrap();
        assert_eq!(t, "area\nS\u{1a1}\u{309} Y t\u{ea}\u{309}\n");
        // A file named UTF-16 must look it.
        let e = TextReader::new(&b"area,value\n"[..], Some(encoding_rs::UTF_16LE))
            .err()
            .unwrap();
        assert!(e.to_string().contains("not UTF-16LE"), "{e}");
    }

    #[test]
    fn labels() {
        assert_eq!(
            encoding_for_label(" Windows-1258 ", crate::i18n::Lang::En)
                .unwrap()
                .name(),
            "windows-1258"
        );
        assert_eq!(
            encoding_for_label("latin1", crate::i18n::Lang::En)
                .unwrap()
                .name(),
            "windows-1252"
        );
        assert!(encoding_for_label("klingon", crate::i18n::Lang::En)
            .unwrap_err()
            .contains("windows-1258"));
    }
}
