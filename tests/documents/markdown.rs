//! Reading the seeds that come as public Markdown conversions (`*.md`): bold and italic
//! markers around words, hard line-wraps in the middle of sentences, and tables written as
//! one cell after another, each cell opened by a line holding only `|`.
//!
//! The model tests of the plans encoded from those documents compare numbers and names with
//! this flattened text, so that a wrap or a bold marker in the conversion never hides a
//! number from the comparison.

#![allow(dead_code)]

/// The text with its emphasis markers (`**`, `*`) removed and every run of whitespace, line
/// breaks included, made one space: "Kinh\ntế **số**" → "Kinh tế số".
pub fn flat(text: &str) -> String {
    text.replace("**", "")
        .replace('*', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraphs of `text`, each flattened (see [`flat`]) and none empty: a paragraph ends
/// at a blank line or at a line that holds only `|` (a table cell's bound). Joined by line
/// breaks, the section headings of a conversion ("**1. Thể\nchế**", "*3.1.\nThương mại*")
/// and its lettered points then each start a line, as `seed::section` reads them.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() || line.trim() == "|" {
            out.push(flat(&current.join("\n")));
            current.clear();
        } else {
            current.push(line);
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The cells of the tables in `text`, in the conversion's order, each flattened: a cell is
/// the text between two lines that hold only `|`. The conversion writes a row's end as an
/// empty cell, and a merged cell as one cell, so rows are for the caller to cut, knowing its
/// table; the text before the first `|` line is not a cell.
pub fn cells(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in text.lines() {
        if line.trim() == "|" {
            if let Some(cell) = current.take() {
                out.push(flat(&cell.join("\n")));
            }
            current = Some(Vec::new());
        } else if let Some(cell) = current.as_mut() {
            cell.push(line);
        }
    }
    if let Some(cell) = current {
        let last = flat(&cell.join("\n"));
        if !last.is_empty() {
            out.push(last);
        }
    }
    out
}

/// The rows of the tables in `text`: its [`cells`] cut at each empty cell (the conversion ends
/// a row with one), the empty cells left out. A row whose first cells are merged with the row
/// above has fewer cells; the caller, knowing its table, tells them apart by their count.
pub fn rows(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut row = Vec::new();
    for cell in cells(text) {
        if cell.is_empty() {
            if !row.is_empty() {
                out.push(std::mem::take(&mut row));
            }
        } else {
            row.push(cell);
        }
    }
    if !row.is_empty() {
        out.push(row);
    }
    out
}

/// The part of `text` from the first line whose flattened text starts with `from` to the
/// first later line whose flattened text starts with `to` (or the end), e.g. a Roman part
/// from its heading to the next one. `None` when no line starts with `from`.
pub fn between<'a>(text: &'a str, from: &str, to: Option<&str>) -> Option<&'a str> {
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = flat(line);
        match start {
            None if here.starts_with(from) => start = Some(offset),
            Some(s) if to.is_some_and(|t| here.starts_with(t)) => {
                return Some(&text[s..offset]);
            }
            _ => {}
        }
        offset += line.len();
    }
    start.map(|s| &text[s..])
}

/// A number as these documents write it: a dot between thousands and a comma before decimals
/// ("46.200" is 46200, "48,3" is 48.3, "05" is 5); `None` for an empty cell or a word.
pub fn number(written: &str) -> Option<f64> {
    let plain: String = written.trim().replace('.', "").replace(',', ".");
    plain.parse().ok()
}

#[test]
fn emphasis_and_wraps_are_flattened() {
    assert_eq!(flat("**I. Kinh\ntế số**  "), "I. Kinh tế số");
    assert_eq!(
        flat("*Bắc Ninh, ngày 24\ntháng 11 năm 2025*"),
        "Bắc Ninh, ngày 24 tháng 11 năm 2025"
    );
}

#[test]
fn paragraphs_are_joined_and_split_at_blank_and_bar_lines() {
    let text = "**1. Thể\nchế**\n\na) Hoàn thiện\nchính sách.\n|\nSở Tài chính\n|\n\n\n";
    assert_eq!(
        paragraphs(text),
        ["1. Thể chế", "a) Hoàn thiện chính sách.", "Sở Tài chính"]
    );
}

#[test]
fn cells_run_from_one_bar_line_to_the_next() {
    let table = "before\n|\n**TT**\n|\nKinh tế số chiếm\n45% GRDP.\n|\n|\n|\n1\n";
    assert_eq!(
        cells(table),
        ["TT", "Kinh tế số chiếm 45% GRDP.", "", "", "1"]
    );
}

#[test]
fn rows_end_at_empty_cells() {
    let table = "|\nA.\n|\nBỘ\n|\n|\n|\n1\n|\nx\n|\n|\ny\n";
    assert_eq!(rows(table), [vec!["A.", "BỘ"], vec!["1", "x"], vec!["y"]]);
}

#[test]
fn a_part_runs_to_the_next_heading() {
    let text = "x\n**I. MỤC TIÊU**\na\nb\n**II. NHIỆM VỤ**\nc\n";
    assert_eq!(
        between(text, "I. MỤC", Some("II.")),
        Some("**I. MỤC TIÊU**\na\nb\n")
    );
    assert_eq!(between(text, "II.", None), Some("**II. NHIỆM VỤ**\nc\n"));
    assert_eq!(between(text, "III.", None), None);
}

#[test]
fn paragraphs_are_split_at_blank_lines() {
    assert_eq!(
        paragraphs("**1. Sở\nCông Thương**\n\n** **\n\n- Tổ chức\ntập huấn.\n"),
        ["1. Sở Công Thương", "- Tổ chức tập huấn."]
    );
}

#[test]
fn numbers_read_with_thousands_dots_and_decimal_commas() {
    assert_eq!(number("46.200"), Some(46200.0));
    assert_eq!(number("48,3"), Some(48.3));
    assert_eq!(number("05"), Some(5.0));
    assert_eq!(number(""), None);
    assert_eq!(number("Ha"), None);
}
