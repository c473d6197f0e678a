//! Where plan files come from. The resolver reads the files a plan imports through
//! [`Files`], never from the file system itself: the `plan` command and [`crate::load_path`]
//! give it [`Disk`]; an editor gives it its unsaved buffers ([`MemoryFiles`], over the disk or
//! alone); a test gives it texts.

use crate::source::MAX_SOURCE_LEN;
use std::collections::HashMap;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The files a load may read.
pub trait Files {
    /// One name for the file a path names, the same for every path naming it (`a/../b.plan`
    /// and `b.plan`, a link and its target): a file imported twice is read once, and a chain
    /// of imports that comes back to a file is a cycle. An error when there is no such file.
    fn canonical(&self, path: &Path) -> io::Result<PathBuf>;

    /// The text of the file at `path` (as given, not canonical: errors name it as written).
    fn read(&self, path: &Path) -> io::Result<String>;
}

/// The file system.
#[derive(Copy, Clone, Debug, Default)]
pub struct Disk;

impl Files for Disk {
    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }

    fn read(&self, path: &Path) -> io::Result<String> {
        read_plan_text(path)
    }
}

/// Texts held in memory by path, and below them, when given, other files: an editor's open
/// buffers over the disk, or a test's plans alone. A path is found here by its lexical form
/// (`./a/../b.plan` is `b.plan`); links are not followed.
#[derive(Default)]
pub struct MemoryFiles {
    texts: HashMap<PathBuf, String>,
    below: Option<Box<dyn Files>>,
}

impl MemoryFiles {
    /// No files at all.
    pub fn new() -> Self {
        MemoryFiles::default()
    }

    /// These texts over the file system: a path not held here is read from disk.
    pub fn over_disk() -> Self {
        MemoryFiles::over(Disk)
    }

    /// These texts over other files.
    pub fn over(files: impl Files + 'static) -> Self {
        MemoryFiles {
            texts: HashMap::new(),
            below: Some(Box::new(files)),
        }
    }

    /// Holds `text` as the file at `path`, replacing what was held there.
    pub fn insert(&mut self, path: impl AsRef<Path>, text: impl Into<String>) -> &mut Self {
        self.texts.insert(lexical(path.as_ref()), text.into());
        self
    }

    /// Forgets the text held at `path` (the disk's, if below, shows again).
    pub fn remove(&mut self, path: impl AsRef<Path>) -> Option<String> {
        self.texts.remove(&lexical(path.as_ref()))
    }
}

impl Files for MemoryFiles {
    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        let key = lexical(path);
        if self.texts.contains_key(&key) {
            return Ok(key);
        }
        match &self.below {
            Some(files) => files.canonical(path),
            None => Err(io::ErrorKind::NotFound.into()),
        }
    }

    fn read(&self, path: &Path) -> io::Result<String> {
        if let Some(text) = self.texts.get(&lexical(path)) {
            if text.len() > MAX_SOURCE_LEN {
                return Err(too_large());
            }
            return Ok(text.clone());
        }
        match &self.below {
            Some(files) => files.read(path),
            None => Err(io::ErrorKind::NotFound.into()),
        }
    }
}

/// A path with `.` dropped and each `..` taking off the part before it (a `..` at the start
/// is kept): how an import's path is shown, and how [`MemoryFiles`] finds a text.
pub fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(".."),
            },
            other => out.push(other),
        }
    }
    out
}

fn too_large() -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        "a plan file must be smaller than 4 GiB",
    )
}

/// Reads a plan file as text. Only a regular file is read: a device (`/dev/zero`), a FIFO or
/// a folder is refused before it is opened (opening a FIFO would wait for a writer, and
/// reading a device may never end). What is read stops past [`MAX_SOURCE_LEN`] whatever the
/// file's size said, so a file that grows while it is read cannot exhaust memory; a text
/// spans could not point into is refused rather than reported at wrong positions.
pub fn read_plan_text(path: &std::path::Path) -> std::io::Result<String> {
    refuse_special(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    // The path may have been replaced between the look and the opening.
    refuse_special(&file.metadata()?)?;
    read_capped(file, MAX_SOURCE_LEN)
}

/// The UTF-8 text a reader gives, refused once it passes `cap` bytes (nothing past `cap + 1`
/// is held, however long the reader goes on).
fn read_capped(reader: impl std::io::Read, cap: usize) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(cap as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > cap {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// An error for anything but a regular file, naming what it is.
fn refuse_special(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    let what = special_kind(&meta.file_type());
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("it is {what}, not a regular file: give the path of a plan file saved on disk"),
    ))
}

#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "something else"
    }
}

#[cfg(not(unix))]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    if t.is_dir() {
        "a folder"
    } else {
        "a device or other special file"
    }
}

/// Why a plan file could not be read, in words, for every place that reads one (the command
/// line, the REPL, an import).
pub fn unreadable_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::InvalidData => "it is not UTF-8 text (save it as UTF-8)".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::read_capped;

    #[test]
    fn a_reader_that_never_ends_is_cut_at_the_cap() {
        let endless = std::io::repeat(b'x');
        let e = read_capped(endless, 1000).expect_err("refused");
        assert_eq!(e.kind(), std::io::ErrorKind::FileTooLarge);
        assert_eq!(read_capped(&b"abc"[..], 3).expect("read"), "abc");
        let e = read_capped(&[0xff_u8][..], 3).expect_err("not UTF-8");
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
    }
}
