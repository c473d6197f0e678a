//! Positions as the protocol writes them (a line and a column counted in UTF-8 or UTF-16
//! code units) and as planlang keeps them (byte offsets into the text), each turned into the
//! other by one [`LineIndex`] of the text.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol says and as [`crate::Source`]
//! reads them. A column past the end of its line is the line's end, a line past the end of
//! the text is the text's end, and a column inside a character (half of a surrogate pair)
//! is that character's start: a client's slip never panics or lands inside a character.

use lsp_types::{Position, PositionEncodingKind, Range};

/// How columns are counted: the encoding the client and the server agreed on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes of UTF-8, planlang's own offsets: no counting along the line.
    Utf8,
    /// UTF-16 code units, the protocol's default: a letter outside the Basic Multilingual
    /// Plane (an emoji) counts two.
    Utf16,
}

impl Encoding {
    /// The encoding the server uses with a client that offers `offered`
    /// (`general.positionEncodings`, most preferred first): UTF-8 when the client offers it,
    /// since planlang's spans are UTF-8 offsets already; else UTF-16, which every client
    /// speaks.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offers_utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
        if offers_utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    /// The encoding's name in the protocol.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    /// How many code units `text` counts.
    pub fn len(self, text: &str) -> usize {
        match self {
            Encoding::Utf8 => text.len(),
            Encoding::Utf16 => text.chars().map(char::len_utf16).sum(),
        }
    }
}

/// Where each line of a text starts, to turn byte offsets into positions and back.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// The byte offset of each line's first byte; the first line starts at 0.
    starts: Vec<usize>,
}

impl LineIndex {
    /// The lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // A CR followed by LF ends its line at the LF.
            if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                continue;
            }
            starts.push(at + 1);
        }
        LineIndex { starts }
    }

    /// How many lines the text has (a last line without its end counts; an empty text has
    /// one line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The bytes of line `line` (from 0), without its end; the text's end past the last line.
    fn line(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let Some(&start) = self.starts.get(line) else {
            return text.len()..text.len();
        };
        let next = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let content = &text.as_bytes()[start..next];
        let ending = if content.ends_with(b"\r\n") {
            2
        } else {
            usize::from(content.ends_with(b"\n") || content.ends_with(b"\r"))
        };
        start..next - ending
    }

    /// The position of the byte offset `offset` of `text` (the start of the character it
    /// falls in; the text's end past it).
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let start = self.starts[line];
        let column = encoding.len(&text[start..offset]);
        Position::new(to_u32(line), to_u32(column))
    }

    /// The byte offset of `position` in `text`, clamped to the text, its line and the
    /// characters of its line.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = self.line(text, position.line as usize);
        let wanted = position.character as usize;
        let content = &text[line.clone()];
        let within = match encoding {
            Encoding::Utf8 => {
                let mut at = wanted.min(content.len());
                while !content.is_char_boundary(at) {
                    at -= 1;
                }
                at
            }
            Encoding::Utf16 => {
                let mut units = 0;
                let mut at = content.len();
                for (offset, c) in content.char_indices() {
                    if units + c.len_utf16() > wanted {
                        at = offset;
                        break;
                    }
                    units += c.len_utf16();
                }
                at
            }
        };
        line.start + within
    }

    /// The range of the bytes `start..end` of `text`.
    pub fn range(&self, text: &str, span: std::ops::Range<usize>, encoding: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, encoding),
            self.position(text, span.end.max(span.start), encoding),
        )
    }

    /// The bytes of `text` that `range` covers (an end before its start is taken as the start).
    pub fn span(&self, text: &str, range: Range, encoding: Encoding) -> std::ops::Range<usize> {
        let start = self.offset(text, range.start, encoding);
        let end = self.offset(text, range.end, encoding);
        start..end.max(start)
    }
}

/// A line or column as the protocol's unsigned 32 bits (a text spans could point into is
/// below 4 GiB, so nothing is clamped in practice).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    /// Every character boundary of `text` goes to a position and back to itself.
    fn round_trips(text: &str, encoding: Encoding) {
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let position = index.position(text, offset, encoding);
            let back = index.offset(text, position, encoding);
            // An offset between the CR and the LF of a line's end comes back as the line's end.
            let line_end = index.line(text, position.line as usize).end;
            assert_eq!(back, offset.min(line_end), "{text:?} {offset}");
        }
    }

    #[test]
    fn vietnamese_letters_count_one_unit_in_utf16_and_two_or_three_bytes_in_utf8() {
        // "Sở Y tế": ở and ế are one character each, three bytes of UTF-8.
        let text = "agency yte \"Sở Y tế\"\nlead yte";
        let index = LineIndex::new(text);
        let lead = text.find("lead").expect("lead");
        assert_eq!(index.position(text, lead, Encoding::Utf16), pos(1, 0));
        let close = text.rfind('"').expect("quote");
        assert_eq!(index.position(text, close, Encoding::Utf16), pos(0, 19));
        assert_eq!(index.position(text, close, Encoding::Utf8), pos(0, 23));
        assert_eq!(index.offset(text, pos(0, 19), Encoding::Utf16), close);
        assert_eq!(index.offset(text, pos(0, 23), Encoding::Utf8), close);
        round_trips(text, Encoding::Utf16);
        round_trips(text, Encoding::Utf8);
    }

    #[test]
    fn combining_marks_are_characters_of_their_own() {
        // "tế" written as t, e, a circumflex and an acute: four characters, four UTF-16 units.
        let text = "te\u{302}\u{301}x";
        let index = LineIndex::new(text);
        let x = text.find('x').expect("x");
        assert_eq!(index.position(text, x, Encoding::Utf16), pos(0, 4));
        assert_eq!(index.offset(text, pos(0, 4), Encoding::Utf16), x);
        assert_eq!(index.offset(text, pos(0, 3), Encoding::Utf16), 4);
        round_trips(text, Encoding::Utf16);
    }

    #[test]
    fn an_astral_character_counts_two_utf16_units_and_its_middle_is_its_start() {
        let text = "\"𝔸\" x";
        let index = LineIndex::new(text);
        let x = text.find('x').expect("x");
        assert_eq!(index.position(text, x, Encoding::Utf16), pos(0, 5));
        assert_eq!(index.position(text, x, Encoding::Utf8), pos(0, 7));
        // Between the two halves of the surrogate pair: the character's start.
        assert_eq!(index.offset(text, pos(0, 2), Encoding::Utf16), 1);
        // Inside its four bytes: the character's start.
        assert_eq!(index.offset(text, pos(0, 3), Encoding::Utf8), 1);
        round_trips(text, Encoding::Utf16);
        round_trips(text, Encoding::Utf8);
    }

    #[test]
    fn crlf_lone_cr_and_lf_each_end_one_line() {
        let text = "a\r\nbố\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(
            index.position(text, text.find('b').expect("b"), Encoding::Utf16),
            pos(1, 0)
        );
        assert_eq!(
            index.position(text, text.find('c').expect("c"), Encoding::Utf16),
            pos(2, 0)
        );
        assert_eq!(
            index.position(text, text.find('d').expect("d"), Encoding::Utf16),
            pos(3, 0)
        );
        // A column past the end of a CRLF line is the line's end, before its CR.
        assert_eq!(index.offset(text, pos(0, 9), Encoding::Utf16), 1);
        assert_eq!(
            index.offset(text, pos(1, 9), Encoding::Utf16),
            3 + "bố".len()
        );
        round_trips(text, Encoding::Utf16);
    }

    #[test]
    fn positions_past_the_text_are_its_end() {
        let text = "ab\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 2);
        assert_eq!(index.offset(text, pos(1, 0), Encoding::Utf16), 3);
        assert_eq!(index.offset(text, pos(7, 4), Encoding::Utf16), 3);
        assert_eq!(index.position(text, 99, Encoding::Utf16), pos(1, 0));
        assert_eq!(LineIndex::new("").offset("", pos(0, 5), Encoding::Utf8), 0);
    }

    #[test]
    fn utf8_is_chosen_only_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(Some(&both[..1])), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
