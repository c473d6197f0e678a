//! `file:` URIs, as the protocol names documents, and the paths they stand for.
//!
//! A path's bytes outside the unreserved characters of RFC 3986 are percent-encoded, UTF-8
//! for a Vietnamese name (`Kế hoạch.plan` is `K%E1%BA%BF%20ho%E1%BA%A1ch.plan`), as editors
//! write them; reading, any escape is decoded and characters a lenient client left raw are
//! taken as they are.

use lsp_types::Uri;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The local path a `file:` URI names; `None` for another scheme (`untitled:`) or a file on
/// another host.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    path_of(uri.as_str())
}

/// The local path the text of a `file:` URI names.
fn path_of(uri: &str) -> Option<PathBuf> {
    let scheme_end = uri.find(':')?;
    if !uri[..scheme_end].eq_ignore_ascii_case("file") {
        return None;
    }
    let rest = &uri[scheme_end + 1..];
    // What follows the path (`?query`, `#fragment`) names no part of a file.
    let rest = &rest[..rest.find(['?', '#']).unwrap_or(rest.len())];
    let path = match rest.strip_prefix("//") {
        Some(after) => {
            let slash = after.find('/').unwrap_or(after.len());
            let host = &after[..slash];
            if !host.is_empty() && !host.eq_ignore_ascii_case("localhost") {
                return None;
            }
            &after[slash..]
        }
        None => rest,
    };
    if !path.starts_with('/') {
        return None;
    }
    local_path(decode(path))
}

/// The bytes of a URI's path, each `%XX` decoded (a `%` without two hex digits is kept).
fn decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escaped = (bytes[at] == b'%')
            .then(|| bytes.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                at += 3;
            }
            None => {
                out.push(bytes[at]);
                at += 1;
            }
        }
    }
    out
}

/// The path of a decoded URI path: its bytes as they are on Unix.
#[cfg(unix)]
fn local_path(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

/// The path of a decoded URI path: `/C:/x` is `C:\x`.
#[cfg(not(unix))]
fn local_path(bytes: Vec<u8>) -> Option<PathBuf> {
    let text = String::from_utf8(bytes).ok()?;
    let text = match text.as_bytes() {
        [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => &text[1..],
        _ => &text,
    };
    Some(PathBuf::from(text.replace('/', "\\")))
}

/// The `file:` URI of an absolute path; `None` for a relative one.
pub fn from_path(path: &Path) -> Option<Uri> {
    if !path.is_absolute() {
        return None;
    }
    let mut uri = String::from("file://");
    for byte in path_bytes(path) {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&uri).ok()
}

/// A path's bytes, `/`-separated.
#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

/// A path's bytes, `/`-separated, with a `/` before a drive letter (`/C:/x`).
#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = if text.starts_with('/') {
        text
    } else {
        format!("/{text}")
    };
    text.into_bytes()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn uri(text: &str) -> Uri {
        Uri::from_str(text).expect("a URI")
    }

    #[test]
    fn a_vietnamese_file_name_is_percent_encoded_as_utf8_and_read_back() {
        let path = Path::new("/srv/cán bộ/Kế hoạch Sơn La.plan");
        let written = from_path(path).expect("absolute");
        assert_eq!(
            written.as_str(),
            "file:///srv/c%C3%A1n%20b%E1%BB%99/K%E1%BA%BF%20ho%E1%BA%A1ch%20S%C6%A1n%20La.plan"
        );
        assert_eq!(to_path(&written).as_deref(), Some(path));
    }

    #[test]
    fn escapes_in_either_case_a_host_and_a_query_are_read() {
        let lower = uri("file:///tmp/k%e1%ba%bf.plan");
        assert_eq!(to_path(&lower).as_deref(), Some(Path::new("/tmp/kế.plan")));
        let localhost = uri("file://localhost/tmp/a%2Bb.plan?x=1#top");
        assert_eq!(
            to_path(&localhost).as_deref(),
            Some(Path::new("/tmp/a+b.plan"))
        );
        assert_eq!(
            path_of("file:/tmp/a.plan").as_deref(),
            Some(Path::new("/tmp/a.plan"))
        );
        // A `%` that escapes nothing is kept; characters a client left raw are taken.
        assert_eq!(
            path_of("file:///tmp/100%.plan").as_deref(),
            Some(Path::new("/tmp/100%.plan"))
        );
        assert_eq!(
            path_of("file:///tmp/tế.plan").as_deref(),
            Some(Path::new("/tmp/tế.plan"))
        );
    }

    #[test]
    fn other_schemes_other_hosts_and_relative_paths_name_no_local_file() {
        assert_eq!(to_path(&uri("untitled:Untitled-1")), None);
        assert_eq!(to_path(&uri("file://server/share/a.plan")), None);
        assert_eq!(from_path(Path::new("plans/a.plan")), None);
    }
}
