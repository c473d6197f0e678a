//! LibreOffice run headless on the workbooks and documents planlang writes, to show that a
//! spreadsheet program and a word processor open them. Without `soffice` on the PATH (or
//! without its Writer, for documents) the tests that need it skip, with one line on stderr;
//! with `PLANLANG_REQUIRE_SOFFICE` set (CI sets it, and installs LibreOffice), a missing
//! `soffice` fails them instead.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The variable that makes a missing `soffice` a failure.
pub const REQUIRE: &str = "PLANLANG_REQUIRE_SOFFICE";

/// The `soffice` program, or `None` (said once) when it is not installed.
pub fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        if std::env::var_os(REQUIRE).is_some_and(|v| !v.is_empty()) {
            panic!("{REQUIRE} is set, but `soffice` is not on the PATH: install LibreOffice (Debian: apt-get install libreoffice-calc-nogui)");
        }
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let _ = writeln!(
                std::io::stderr(),
                "note: the checks that LibreOffice opens the workbooks were skipped: `soffice` is not on the PATH (apt-get install libreoffice-calc-nogui to run them)"
            );
        });
    }
    found
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
    if std::env::var_os(REQUIRE).is_some_and(|v| !v.is_empty()) {
        panic!("{REQUIRE} is set, but LibreOffice Writer is not installed beside `{}`: install it (Debian: apt-get install libreoffice-writer-nogui)", soffice.display());
    }
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "note: the checks that LibreOffice lays out the documents were skipped: LibreOffice Writer is not installed (apt-get install libreoffice-writer-nogui to run them)"
        );
    });
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
