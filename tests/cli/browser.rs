//! The real-browser harness (`tests/common/chromium.rs`) itself: it must see a page wider than
//! its window, and write a screenshot and a PDF a person can open. The pages planlang writes
//! are checked with it in their own tests.

use crate::common::chromium::{self, chromium};

const FITS: &str = "<!doctype html><html><body style='margin:0'><p>Vừa khổ</p></body></html>";
const TOO_WIDE: &str =
    "<!doctype html><html><body style='margin:0'><div style='width:2000px'>Quá rộng</div></body></html>";

/// `[content width, window width]` of `html` in a window 800 pixels wide.
fn widths(browser: &std::path::Path, html: &str) -> (u64, u64) {
    let got = chromium::evaluate(browser, html, 800, chromium::WIDTHS).expect("evaluated");
    let numbers: Vec<u64> = got
        .trim_matches(['[', ']'])
        .split(',')
        .map(|n| n.trim().parse().expect("a width"))
        .collect();
    (numbers[0], numbers[1])
}

#[test]
fn the_browser_sees_a_page_wider_than_its_window() {
    let Some(browser) = chromium() else { return };
    let (content, window) = widths(&browser, FITS);
    assert_eq!(window, 800);
    assert!(content <= window, "{content} > {window}");
    let (content, window) = widths(&browser, TOO_WIDE);
    assert!(content >= 2000 && window == 800, "{content}, {window}");
}

#[test]
fn a_page_is_photographed_and_printed() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("trang.html");
    std::fs::write(&page, FITS).expect("write");
    let png = chromium::artifacts().join("harness.png");
    let _ = std::fs::remove_file(&png);
    chromium::screenshot(&browser, &page, (400, 300), &png).expect("a screenshot");
    let bytes = std::fs::read(&png).expect("the screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let pdf = dir.path().join("trang.pdf");
    chromium::print_pdf(&browser, &page, &pdf).expect("a PDF");
    let bytes = std::fs::read(&pdf).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
}
