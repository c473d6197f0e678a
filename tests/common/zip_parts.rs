//! Taking a workbook (a zip archive) apart and putting it back together, to change one of
//! its parts as a damaged file or a person typing into a sheet would.

use std::io::{Cursor, Read, Write};

/// The parts of a zip archive, in order.
pub fn parts_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).expect("a part");
            let mut content = Vec::new();
            part.read_to_end(&mut content).expect("the part unpacks");
            (part.name().expect("a name").to_string(), content)
        })
        .collect()
}

/// A zip archive of the given parts, stored (not compressed).
pub fn zip_of<N: AsRef<str>, B: AsRef<[u8]>>(parts: &[(N, B)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(name.as_ref(), stored)
            .expect("a part starts");
        zip.write_all(bytes.as_ref()).expect("the part is written");
    }
    zip.finish().expect("the archive ends").into_inner()
}

/// The archive with the part whose name ends with `suffix` changed by `change`.
pub fn with_part(bytes: &[u8], suffix: &str, change: impl Fn(String) -> String) -> Vec<u8> {
    let parts: Vec<(String, Vec<u8>)> = parts_of(bytes)
        .into_iter()
        .map(|(name, content)| {
            if name.ends_with(suffix) {
                let text = String::from_utf8(content).expect("an XML part");
                (name, change(text).into_bytes())
            } else {
                (name, content)
            }
        })
        .collect();
    zip_of(&parts)
}
