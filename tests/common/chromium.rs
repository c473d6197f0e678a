//! A real browser, headless Chromium, on the pages and drawings planlang writes: a screenshot
//! (kept under `target/browser/` for a person to look at), a PDF as printing makes it, and
//! what a script finds on the page once the browser has laid it out (its width against the
//! window's, the charts it holds). Without Chromium the tests that need it skip, with one line
//! on stderr; with `PLANLANG_REQUIRE_CHROMIUM` set (CI sets it, and installs Debian's
//! `chromium`), a missing browser fails them instead.

use super::required::Program;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Headless Chromium, which Debian's `chromium` installs.
const CHROMIUM: Program = Program {
    names: &["chromium", "chromium-browser", "google-chrome"],
    require: "PLANLANG_REQUIRE_CHROMIUM",
    checks: "the checks in a real browser",
    package: "chromium",
};

/// The browser, or `None` (said once) when none is installed.
pub fn chromium() -> Option<PathBuf> {
    CHROMIUM.find()
}

/// Chromium headless with its own profile (two instances sharing one would hand their work to
/// each other), the window `width` × `height`, no sandbox (tests may run as root, which the
/// sandbox refuses), then `args`; its standard output, or why it failed.
fn run(browser: &Path, (width, height): (u32, u32), args: &[String]) -> Result<String, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-extensions",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={width},{height}"))
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "chromium failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn url(page: &Path) -> Result<String, String> {
    let page = page
        .canonicalize()
        .map_err(|e| format!("{}: {e}", page.display()))?;
    Ok(format!("file://{}", page.display()))
}

/// A screenshot of `page` in a window `size` wide and high, written to `png`.
pub fn screenshot(browser: &Path, page: &Path, size: (u32, u32), png: &Path) -> Result<(), String> {
    run(
        browser,
        size,
        &[format!("--screenshot={}", png.display()), url(page)?],
    )?;
    if png.is_file() {
        Ok(())
    } else {
        Err(format!("chromium wrote no {}", png.display()))
    }
}

/// `page` printed to `pdf` as the browser prints it (A4 unless the page's CSS says otherwise),
/// without the browser's own header and footer.
pub fn print_pdf(browser: &Path, page: &Path, pdf: &Path) -> Result<(), String> {
    run(
        browser,
        (1200, 1600),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_string(),
            url(page)?,
        ],
    )?;
    if pdf.is_file() {
        Ok(())
    } else {
        Err(format!("chromium wrote no {}", pdf.display()))
    }
}

/// What `script` (the body of a JavaScript function, returning a value) returns on `html`
/// once the browser has laid it out in a window `width` pixels wide, as JSON text. The page is
/// written to a temporary file with the script appended, and the browser's DOM after scripts
/// ran is read back.
pub fn evaluate(browser: &Path, html: &str, width: u32, script: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let page = dir.path().join("page.html");
    let probe = format!(
        "<script>document.documentElement.setAttribute('data-probe', JSON.stringify((function(){{{script}}})()));</script>"
    );
    std::fs::write(&page, format!("{html}{probe}")).map_err(|e| e.to_string())?;
    let dom = run(
        browser,
        (width, 900),
        &[
            "--dump-dom".to_string(),
            "--virtual-time-budget=2000".to_string(),
            url(&page)?,
        ],
    )?;
    let start = dom
        .find("data-probe=\"")
        .ok_or_else(|| format!("the script left no result:\n{dom}"))?
        + "data-probe=\"".len();
    let end = dom[start..].find('"').ok_or("an unterminated result")? + start;
    Ok(dom[start..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&"))
}

/// The script for [`evaluate`] that measures whether the page fits its window: `[content
/// width, window width]`.
pub const WIDTHS: &str = "return [document.documentElement.scrollWidth, window.innerWidth];";

/// Where screenshots and PDFs are kept for a person to look at: `target/browser/`.
pub fn artifacts() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).expect("target/browser");
    dir
}
