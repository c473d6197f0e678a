//! LibreOffice run headless on the workbooks planlang writes, to show that a spreadsheet
//! program opens them. Without `soffice` on the PATH the tests that need it skip, with one
//! line on stderr; with `PLANLANG_REQUIRE_SOFFICE` set (CI sets it, and installs
//! LibreOffice), a missing `soffice` fails them instead.

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
