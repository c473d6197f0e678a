//! Opening a workbook's bytes: what kind of file they really are, and limits that keep an
//! absurd or hostile file (a zip bomb) from taking the machine's memory.
//!
//! calamine reads a workbook from memory: the file whole, then the shared strings table and
//! the styles whole, then each sheet as it streams. So the file is read at most
//! [`MAX_FILE`] bytes, its parts may unpack to at most [`MAX_UNPACKED`] bytes in all (the
//! sizes its zip directory declares; the zip reader refuses a part that unpacks to more than
//! it declared), and the count of shared strings it declares (which calamine reserves room
//! for at once) must be one its table can hold.

use crate::diagnostic::{NotAWorkbook, ReadFailure, Unreadable};
use calamine::{Reader, Xlsx, XlsxError};
use std::io::{Cursor, Read};

/// The largest workbook file read: 128 MiB, several times a sheet of Excel's full million
/// rows of observations.
pub const MAX_FILE: u64 = 128 << 20;

/// The most a workbook's parts may unpack to, in all: 1 GiB.
pub const MAX_UNPACKED: u64 = 1 << 30;

/// An opened workbook over its bytes.
pub type Workbook<'b> = Xlsx<Cursor<&'b [u8]>>;

/// Reads a workbook file whole, refusing one larger than [`MAX_FILE`].
pub fn read_bytes(reader: impl Read) -> Result<Vec<u8>, Unreadable> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Unreadable::File(ReadFailure::Io(e.to_string())))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(Unreadable::WorkbookTooLarge {
            mib: MAX_FILE >> 20,
        });
    }
    Ok(bytes)
}

/// Opens an Excel workbook (`.xlsx`, `.xlsm`), or says what the bytes are instead.
pub fn workbook(bytes: &[u8]) -> Result<Workbook<'_>, NotAWorkbook> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.is_empty() {
        return Err(NotAWorkbook::Empty);
    }
    if bytes.starts_with(OLE) {
        // An old binary workbook, or an .xlsx encrypted with a password (calamine tells).
        return Err(match Xlsx::new(Cursor::new(bytes)) {
            Err(XlsxError::Password) => NotAWorkbook::Password,
            _ => NotAWorkbook::Xls,
        });
    }
    if !bytes.starts_with(ZIP) {
        return Err(not_a_workbook(bytes));
    }
    check_parts(bytes)?;
    Xlsx::new(Cursor::new(bytes)).map_err(|e| NotAWorkbook::Unreadable { why: e.to_string() })
}

/// What bytes that are not a zip archive are.
fn not_a_workbook(bytes: &[u8]) -> NotAWorkbook {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let start = start.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') {
        NotAWorkbook::Html
    } else if !bytes[..bytes.len().min(4096)].contains(&0) {
        NotAWorkbook::Text
    } else {
        NotAWorkbook::Other
    }
}

/// Checks a zip archive's directory before calamine reads it: an Excel workbook (not an
/// OpenDocument or binary one), within [`MAX_UNPACKED`], with a shared strings count its
/// table can hold.
fn check_parts(bytes: &[u8]) -> Result<(), NotAWorkbook> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| NotAWorkbook::NotZip { why: e.to_string() })?;
    let mut unpacked: u64 = 0;
    let mut shared_strings = Vec::new();
    let mut kind = Kind::Unknown;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| NotAWorkbook::ZipDirectory { why: e.to_string() })?;
        unpacked = unpacked.saturating_add(entry.size());
        let name = entry
            .name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if name.ends_with("sharedstrings.xml") {
            shared_strings.push((i, entry.size()));
        }
        kind = kind.or(Kind::of_part(&name));
    }
    match kind {
        Kind::Excel => {}
        Kind::OpenDocument => return Err(NotAWorkbook::Ods),
        Kind::Binary => return Err(NotAWorkbook::Xlsb),
        Kind::Unknown => return Err(NotAWorkbook::NoWorkbookPart),
    }
    if unpacked > MAX_UNPACKED {
        return Err(NotAWorkbook::TooLargeUnpacked {
            mib: unpacked >> 20,
            limit_mib: MAX_UNPACKED >> 20,
        });
    }
    for (index, size) in shared_strings {
        let declared = declared_strings(&mut zip, index)?;
        // The shortest entry of the table, `<si/>`, takes 5 bytes.
        if declared > size / 5 {
            return Err(NotAWorkbook::SharedStringsOverflow { declared, size });
        }
    }
    Ok(())
}

/// Which kind of zipped document a part's name shows.
#[derive(Copy, Clone, PartialEq)]
enum Kind {
    Unknown,
    Excel,
    OpenDocument,
    Binary,
}

impl Kind {
    fn of_part(name: &str) -> Kind {
        match name {
            "xl/workbook.xml" => Kind::Excel,
            "xl/workbook.bin" => Kind::Binary,
            "content.xml" | "mimetype" => Kind::OpenDocument,
            _ => Kind::Unknown,
        }
    }

    fn or(self, other: Kind) -> Kind {
        match (self, other) {
            (Kind::Excel, _) | (_, Kind::Excel) => Kind::Excel,
            (Kind::Unknown, other) => other,
            (known, _) => known,
        }
    }
}

/// The `uniqueCount` the shared strings table declares on its first element (0 when it
/// declares none), read from the part's first 4 KiB.
fn declared_strings(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    index: usize,
) -> Result<u64, NotAWorkbook> {
    let mut start = Vec::new();
    zip.by_index(index)
        .and_then(|part| Ok(part.take(4096).read_to_end(&mut start)?))
        .map_err(|e| NotAWorkbook::SharedStringsUnreadable { why: e.to_string() })?;
    let text = String::from_utf8_lossy(&start);
    let Some(at) = text.find("uniqueCount=") else {
        return Ok(0);
    };
    let digits: String = text[at + "uniqueCount=".len()..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // More digits than a u64 holds is more strings than any table holds.
    Ok(digits.parse().unwrap_or(u64::MAX))
}

/// The names of a workbook's worksheets, in its order, each with whether it is shown (a
/// hidden sheet is never chosen without being named).
pub fn worksheets(workbook: &Workbook<'_>) -> Vec<(String, bool)> {
    workbook
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible == calamine::SheetVisible::Visible))
        .collect()
}
