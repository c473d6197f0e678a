//! Reading the PDFs LibreOffice makes of planlang's documents, with poppler's tools
//! (`pdftotext`, `pdfinfo`, `pdftoppm`, Debian's poppler-utils): their text, page by page,
//! their pages' count and size, a page as a picture. Without the tools the tests that need
//! them skip, with one line on stderr; with `PLANLANG_REQUIRE_SOFFICE` set (the variable that
//! asks for LibreOffice, which these checks go with; CI installs both), they fail instead.

use super::required::Program;
use super::soffice::REQUIRE;
use std::path::{Path, PathBuf};
use std::process::Command;

/// poppler's tools, which Debian's `poppler-utils` installs.
const POPPLER: Program = Program {
    names: &["pdftotext"],
    require: REQUIRE,
    checks: "the checks of the documents' pages",
    package: "poppler-utils",
};

/// Whether poppler's tools are on the PATH (said once when not).
pub fn poppler() -> bool {
    POPPLER.find().is_some()
}

/// `program ARGS`' standard output.
fn run(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{program}: {e}"))
}

/// The text of each page of `pdf`, its lines in the order they are drawn (`pdftotext -raw`:
/// a table's cells one after the other).
pub fn pages(pdf: &Path) -> Vec<String> {
    let text = run(
        "pdftotext",
        &["-raw".as_ref(), pdf.as_os_str(), "-".as_ref()],
    );
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends every page with a form feed, the last one too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// `pdfinfo`'s `Page size:` line (`595.304 x 841.89 pts (A4)`).
pub fn page_size(pdf: &Path) -> String {
    let info = run("pdfinfo", &[pdf.as_os_str()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| panic!("no page size in {info}"))
}

/// Page `page` of `pdf` as a PNG at `dpi`, written to `png`.
pub fn picture(pdf: &Path, page: usize, dpi: usize, png: &Path) {
    let stem: PathBuf = png.with_extension("");
    let (page, dpi) = (page.to_string(), dpi.to_string());
    run(
        "pdftoppm",
        &[
            "-png".as_ref(),
            "-singlefile".as_ref(),
            "-r".as_ref(),
            dpi.as_ref(),
            "-f".as_ref(),
            page.as_ref(),
            "-l".as_ref(),
            page.as_ref(),
            pdf.as_os_str(),
            stem.as_os_str(),
        ],
    );
}
