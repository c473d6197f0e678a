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

/// Reads a plan's text from a reader (standard input) as [`read_plan_text`] reads a file:
/// UTF-8, and refused past [`MAX_SOURCE_LEN`].
pub fn read_plan_from(reader: impl std::io::Read) -> std::io::Result<String> {
    read_capped(reader, MAX_SOURCE_LEN)
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

/// A path that names something other than a regular file, by what it names: the error an
/// [`io::Error`] carries when such a file is refused, so that its words can be said in any
/// language ([`unreadable_reason`]); its `Display` is English.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NotRegular {
    /// A folder.
    Folder,
    /// A FIFO (named pipe): opening it would wait for a writer.
    Fifo,
    /// A character device (`/dev/zero`): reading it may never end.
    CharDevice,
    /// A block device (a disk).
    BlockDevice,
    /// A socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl NotRegular {
    /// What `t` is, when it is not a regular file.
    fn of(t: &std::fs::FileType) -> NotRegular {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return NotRegular::Fifo;
            } else if t.is_char_device() {
                return NotRegular::CharDevice;
            } else if t.is_block_device() {
                return NotRegular::BlockDevice;
            } else if t.is_socket() {
                return NotRegular::Socket;
            }
        }
        if t.is_dir() {
            NotRegular::Folder
        } else {
            NotRegular::Other
        }
    }

    /// Its name in the catalogue's selectors.
    fn id(self) -> &'static str {
        match self {
            NotRegular::Folder => "folder",
            NotRegular::Fifo => "fifo",
            NotRegular::CharDevice => "char_device",
            NotRegular::BlockDevice => "block_device",
            NotRegular::Socket => "socket",
            NotRegular::Other => "other",
        }
    }

    /// The refusal in `lang`.
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        lang.text_with("file-not-regular", &[("kind", self.id().into())])
    }
}

impl std::fmt::Display for NotRegular {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::i18n::Lang::En))
    }
}

impl std::error::Error for NotRegular {}

/// An error for anything but a regular file, naming what it is.
fn refuse_special(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        NotRegular::of(&meta.file_type()),
    ))
}

/// Why a plan file could not be read, in words, for every place that reads one (the command
/// line, the REPL, an import).
pub fn unreadable_reason(e: &std::io::Error, lang: crate::i18n::Lang) -> String {
    // The words an import that cannot be read is refused with, the same for a plan named on
    // the command line.
    if let Some(not_regular) = e.get_ref().and_then(|e| e.downcast_ref::<NotRegular>()) {
        return not_regular.words(lang);
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => lang.text("diag-import-not-found"),
        std::io::ErrorKind::InvalidData => lang.text("diag-import-not-utf8"),
        std::io::ErrorKind::FileTooLarge => lang.text("file-too-large"),
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
