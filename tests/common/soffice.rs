//! LibreOffice run headless on the workbooks and documents planlang writes, to show that a
//! spreadsheet program and a word processor open them. Without `soffice` on the PATH (or
//! without its Writer, for documents) the tests that need it skip, with one line on stderr;
//! with `PLANLANG_REQUIRE_SOFFICE` set (CI sets it, and installs LibreOffice), a missing
//! `soffice` fails them instead.

use super::required::Program;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The variable that makes a missing `soffice` a failure.
pub const REQUIRE: &str = "PLANLANG_REQUIRE_SOFFICE";

/// LibreOffice's `soffice`, which Debian's `libreoffice-calc-nogui` installs.
const SOFFICE: Program = Program {
    names: &["soffice"],
    require: REQUIRE,
    checks: "the checks that LibreOffice opens the workbooks",
    package: "libreoffice-calc-nogui",
};

/// LibreOffice Writer, a library beside `soffice` (Debian's `libreoffice-writer-nogui`).
const WRITER: Program = Program {
    names: &["libswlo"],
    require: REQUIRE,
    checks: "the checks that LibreOffice lays out the documents",
    package: "libreoffice-writer-nogui",
};

/// The `soffice` program, or `None` (said once) when it is not installed.
pub fn soffice() -> Option<PathBuf> {
    SOFFICE.find()
}

/// The `soffice` program when LibreOffice Writer is installed with it (a document is laid out
/// by Writer; Debian's libreoffice-calc-nogui has only Calc), or `None` (said once).
pub fn writer() -> Option<PathBuf> {
    let soffice = soffice()?;
    // Writer's library sits beside the program: libswlo.so, libswlo.dylib, swlo.dll.
    let program = std::fs::canonicalize(&soffice).unwrap_or_else(|_| soffice.clone());
    let has_writer = program
        .parent()
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .is_some_and(|entries| {
            entries.flatten().any(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                name.starts_with("libswlo.") || name.starts_with("swlo.")
            })
        });
    if has_writer {
        return Some(soffice);
    }
    WRITER.missing(&format!(
        "LibreOffice Writer is not installed beside `{}`",
        soffice.display()
    ));
    None
}

/// Converts `file` to `format` (`csv`, `pdf`) into `out` with its own LibreOffice profile (two
/// instances sharing one would hand their work to each other); the converted file's path,
/// or why LibreOffice failed.
pub fn convert(soffice: &Path, file: &Path, format: &str, out: &Path) -> Result<PathBuf, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let run = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(out)
        .arg(file)
        .output()
        .map_err(|e| e.to_string())?;
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let converted = out.join(format!("{stem}.{format}"));
    if run.status.success() && converted.is_file() {
        Ok(converted)
    } else {
        Err(format!(
            "soffice failed ({}): {}{}",
            run.status,
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        ))
    }
}
