//! Writing a command's output file (`-o FILE`) atomically: a temporary file beside it, moved
//! into place, so FILE is either untouched or complete; and never in place of anything that
//! is not a regular file (a folder, a link, a device, a FIFO). `plan fmt` rewrites a plan file
//! the same way, keeping its permissions.

use super::say::say;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether an existing FILE may be replaced.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Replace {
    /// Never (a filled-in file may be there): `--force` says otherwise.
    Never,
    /// A regular file is replaced (results written again).
    RegularFile,
}

/// The file name `path` ends in and the folder it is in (`.` for a bare name); `Err` when it
/// names no file (`..`, `/`).
pub fn name_and_folder(path: &Path) -> Result<(&std::ffi::OsStr, &Path), String> {
    let name = path
        .file_name()
        .ok_or_else(|| say("cmd-write-no-file-name", &[]))?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Ok((name, folder))
}

/// Whether `path` ends in one of `extensions` (in any case): the check of every command that
/// writes a file of one kind (`.xlsx`, `.svg`, `.html`, `.docx`).
pub fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Writes `bytes` to `path`; `Err` says why not, in words that follow "cannot write FILE: ".
pub fn write_file(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), String> {
    let (name, folder) = name_and_folder(path)?;
    if !folder.is_dir() {
        return Err(say(
            "cmd-write-no-folder",
            &[("folder", super::say::path(folder))],
        ));
    }
    let exists = match std::fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => return Err(say("cmd-write-not-regular", &[])),
        Ok(_) => true,
        Err(_) => false,
    };
    if exists && replace == Replace::Never {
        return Err(say("cmd-write-exists", &[]));
    }
    let temp = write_temp(folder, name, bytes, None)?;
    let placed = match replace {
        Replace::RegularFile => std::fs::rename(&temp, path).map_err(|e| describe(&e)),
        // A hard link never replaces a file created meanwhile; where links are not supported,
        // the check above has to do.
        Replace::Never => match std::fs::hard_link(&temp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(say("cmd-write-created-meanwhile", &[]))
            }
            Err(_) => std::fs::rename(&temp, path).map_err(|e| describe(&e)),
        },
    };
    let _ = std::fs::remove_file(&temp);
    placed
}

/// Writes `bytes` in place of the regular file at `path` (through a link, in place of the file
/// it names), keeping its permissions, unless it is read-only: a temporary file beside it, moved over it, so the file
/// is either untouched or complete. `Err` says why not, as `write_file` does.
pub fn rewrite_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let path = std::fs::canonicalize(path).map_err(|e| describe(&e))?;
    let meta = std::fs::metadata(&path).map_err(|e| describe(&e))?;
    if !meta.is_file() {
        return Err(say("cmd-write-not-regular", &[]));
    }
    // A file made read-only is one its owner does not want changed.
    if meta.permissions().readonly() {
        return Err(say("cmd-write-permission-denied", &[]));
    }
    let (name, folder) = name_and_folder(&path)?;
    let temp = write_temp(folder, name, bytes, Some(meta.permissions()))?;
    let placed = std::fs::rename(&temp, &path).map_err(|e| describe(&e));
    let _ = std::fs::remove_file(&temp);
    placed
}

/// A new file `.NAME.PID.tmp` in `folder` holding `bytes` (with `permissions` when given),
/// written to the disk; removed again when it cannot be written whole.
fn write_temp(
    folder: &Path,
    name: &std::ffi::OsStr,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> Result<PathBuf, String> {
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp: PathBuf = folder.join(temp_name);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            if let Some(permissions) = permissions {
                f.set_permissions(permissions)?;
            }
            f.sync_all()
        });
    match written {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(describe(&e))
        }
    }
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => say("cmd-write-permission-denied", &[]),
        _ => e.to_string(),
    }
}
