//! The layout Decree 30/2020/NĐ-CP (Phụ lục I) prescribes for administrative documents, as
//! numbers, and the few shapes every part of the document is made of: a line of text in a
//! font, a blank a person fills, a short rule, a table without borders, a table with them.
//!
//! Lengths are in twips (1/20 point, 1/1440 inch), sizes in half-points, as WordprocessingML
//! writes them.

use docx_rs::{
    AlignmentType, BorderType, BreakType, HeightRule, LineSpacing, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType, Table,
    TableBorder, TableBorderPosition, TableBorders, TableCell, TableCellBorder,
    TableCellBorderPosition, TableCellBorders, TableCellMargins, TableLayoutType, TableRow,
    VAlignType, WidthType,
};

/// The decree's font: Times New Roman (Unicode, TCVN 6909:2001), in black.
pub(super) const FONT: &str = "Times New Roman";

/// Twips in `mm` millimetres, to the nearest.
pub(super) const fn mm(mm: u32) -> u32 {
    (mm * 14400 + 127) / 254
}

/// A4, 210 × 297 mm.
pub(super) const PAGE: (u32, u32) = (mm(210), mm(297));
/// Top margin: 20–25 mm.
pub(super) const TOP: u32 = mm(20);
/// Bottom margin: 20–25 mm.
pub(super) const BOTTOM: u32 = mm(20);
/// Left margin: 30–35 mm (the side that is bound).
pub(super) const LEFT: u32 = mm(30);
/// Right margin: 15–20 mm.
pub(super) const RIGHT: u32 = mm(15);
/// Where the page number sits: in the top margin, centred.
pub(super) const HEADER: u32 = mm(10);
/// The width text runs across.
pub(super) const TEXT_WIDTH: u32 = PAGE.0 - LEFT - RIGHT;

/// The first page's two columns: the bodies and the number on the left, the national name
/// and the place and date on the right, wide enough for the national name on one line.
pub(super) const LEFT_COLUMN: u32 = mm(70);
/// See [`LEFT_COLUMN`].
pub(super) const RIGHT_COLUMN: u32 = TEXT_WIDTH - LEFT_COLUMN;
/// The space inside a table's cell, left and right (Word's default).
pub(super) const CELL_MARGIN: u32 = 108;

/// The sizes, in half-points, each within the range the decree gives.
pub(super) mod size {
    /// The text: 13–14.
    pub(in crate::render::report::docx) const BODY: usize = 28;
    /// The national name (quốc hiệu): 12–13; 12 keeps it on one line beside the bodies.
    pub(in crate::render::report::docx) const NATIONAL_NAME: usize = 24;
    /// The motto (tiêu ngữ): 13–14.
    pub(in crate::render::report::docx) const MOTTO: usize = 26;
    /// The governing and issuing bodies: 12–13, as the national name beside them.
    pub(in crate::render::report::docx) const BODIES: usize = 24;
    /// The number and symbol: 13.
    pub(in crate::render::report::docx) const NUMBER: usize = 26;
    /// The place and date: 13–14.
    pub(in crate::render::report::docx) const PLACE_DATE: usize = 28;
    /// The kind of document and its summary: 13–14.
    pub(in crate::render::report::docx) const KIND: usize = 28;
    /// The signer's authority, title and name: 13–14.
    pub(in crate::render::report::docx) const SIGNER: usize = 28;
    /// "Nơi nhận:": 12.
    pub(in crate::render::report::docx) const RECIPIENTS_HEADING: usize = 24;
    /// The recipients: 11.
    pub(in crate::render::report::docx) const RECIPIENTS: usize = 22;
    /// The page number: 13–14.
    pub(in crate::render::report::docx) const PAGE_NUMBER: usize = 28;
    /// The tables' text: the decree sets no size for tables; 12 keeps seven columns readable
    /// on a portrait page.
    pub(in crate::render::report::docx) const TABLE: usize = 24;
}

/// The colour a blank is highlighted in, so that nobody files it unfilled.
pub(super) const BLANK_HIGHLIGHT: &str = "yellow";

/// Around the text of a blank inside a line (private-use characters, which no plan's text
/// holds): [`runs`] highlights what is between them.
const BLANK_OPEN: char = '\u{E000}';
const BLANK_CLOSE: char = '\u{E001}';

/// `text` marked as a blank a person must fill, to place inside a line of text.
pub(super) fn blank(text: &str) -> String {
    format!("{BLANK_OPEN}{text}{BLANK_CLOSE}")
}

/// How a piece of text is set.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) struct Font {
    /// In half-points.
    pub(super) size: usize,
    pub(super) bold: bool,
    pub(super) italic: bool,
}

impl Font {
    /// Upright, regular, at `size` half-points.
    pub(in crate::render::report::docx) const fn regular(size: usize) -> Font {
        Font {
            size,
            bold: false,
            italic: false,
        }
    }

    /// Upright and bold.
    pub(in crate::render::report::docx) const fn bold(size: usize) -> Font {
        Font {
            size,
            bold: true,
            italic: false,
        }
    }

    /// Italic.
    pub(in crate::render::report::docx) const fn italic(self) -> Font {
        Font {
            italic: true,
            ..self
        }
    }

    /// A run of `text` in this font.
    fn run(self, text: &str) -> Run {
        let mut run = Run::new().add_text(text).size(self.size).fonts(fonts());
        if self.bold {
            run = run.bold();
        }
        if self.italic {
            run = run.italic();
        }
        run
    }
}

/// Times New Roman for every script, so that a piece copied into another document keeps it.
pub(super) fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// The runs of `text` in `font`, each blank ([`blank`]) highlighted.
pub(super) fn runs(text: &str, font: Font) -> Vec<Run> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(open) = rest.find(BLANK_OPEN) else {
            out.push(font.run(rest));
            break;
        };
        if open > 0 {
            out.push(font.run(&rest[..open]));
        }
        let inside = &rest[open + BLANK_OPEN.len_utf8()..];
        let (filled, after) = inside.split_once(BLANK_CLOSE).unwrap_or((inside, ""));
        out.push(font.run(filled).highlight(BLANK_HIGHLIGHT));
        rest = after;
    }
    out
}

/// A paragraph of `text` (blanks highlighted) in `font`, aligned as `align`, single-spaced,
/// with no space before or after.
pub(super) fn line(text: &str, font: Font, align: AlignmentType) -> Paragraph {
    runs(text, font)
        .into_iter()
        .fold(Paragraph::new(), Paragraph::add_run)
        .size(font.size)
        .align(align)
        .line_spacing(LineSpacing::new().before(0).after(0).line(240))
}

/// A paragraph of `lines`, each on a line of its own (a break between them), centred.
pub(super) fn centred_lines(lines: &[String], font: Font) -> Paragraph {
    let mut p = Paragraph::new()
        .size(font.size)
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0).line(240));
    for (n, text) in lines.iter().enumerate() {
        if n > 0 {
            p = p.add_run(
                Run::new()
                    .size(font.size)
                    .fonts(fonts())
                    .add_break(BreakType::TextWrapping),
            );
        }
        for run in runs(text, font) {
            p = p.add_run(run);
        }
    }
    p
}

/// A paragraph of the text: justified, its first line indented 1.27 cm, 6 pt after it, its
/// lines 1.15 apart (the decree: from single to 1.5).
pub(super) fn body(text: &str, font: Font) -> Paragraph {
    line(text, font, AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None)
        .line_spacing(LineSpacing::new().before(0).after(120).line(276))
}

/// A paragraph of the text that follows a table: as [`body`], with 6 pt above it.
pub(super) fn body_after_table(text: &str, font: Font) -> Paragraph {
    body(text, font).line_spacing(LineSpacing::new().before(120).after(120).line(276))
}

/// A heading of the text (`I. KẾT QUẢ …`, `1. Tổng hợp chung`): bold, from the margin, kept
/// with what follows it.
pub(super) fn heading(text: &str) -> Paragraph {
    line(text, Font::bold(size::BODY), AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(720)), None, None)
        .line_spacing(LineSpacing::new().before(120).after(120).line(276))
        .keep_next(true)
}

/// A solid horizontal rule `length` twips long, centred in `width` twips: an empty paragraph
/// three points high with a bottom border, drawn just under the line above it.
pub(super) fn rule(length: u32, width: u32) -> Paragraph {
    let side = width.saturating_sub(length) / 2;
    let side = i32::try_from(side).unwrap_or(0);
    let mut p = Paragraph::new()
        .size(4)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(60)
                .line(60)
                .line_rule(docx_rs::LineSpacingType::Exact),
        )
        .indent(Some(side), None, Some(side), None);
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(0)
                .color("000000"),
        ),
    );
    p
}

/// An empty line of `font`'s height.
pub(super) fn gap(font: Font) -> Paragraph {
    line("", font, AlignmentType::Left)
}

/// Every border of a table, each `kind`.
fn borders(kind: BorderType) -> TableBorders {
    [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::with_empty(), |b, position| {
        let border = TableBorder::new(position).border_type(kind);
        b.set(if kind == BorderType::Nil {
            border.size(0)
        } else {
            border.size(4).color("000000")
        })
    })
}

/// A table of `rows` whose columns are `widths` twips, fixed (Word and LibreOffice lay it
/// out alike), `lined` with single borders or with none.
pub(super) fn table(rows: Vec<TableRow>, widths: &[u32], lined: bool) -> Table {
    let total: u32 = widths.iter().sum();
    Table::new(rows)
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .width(total as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, CELL_MARGIN as usize, 0, CELL_MARGIN as usize))
        .set_borders(borders(if lined {
            BorderType::Single
        } else {
            BorderType::Nil
        }))
}

/// A cell `width` twips wide holding `paragraphs`.
pub(super) fn cell(paragraphs: Vec<Paragraph>, width: u32) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width as usize, WidthType::Dxa)
}

/// A cell of a lined table: `text` in the tables' size, left or centred.
pub(super) fn text_cell(text: &str, width: u32, align: AlignmentType) -> TableCell {
    cell(
        vec![line(text, Font::regular(size::TABLE), align)
            .line_spacing(LineSpacing::new().before(40).after(40).line(240))],
        width,
    )
    .vertical_align(VAlignType::Center)
}

/// A row of a lined table: never split across pages, so that a row is read whole.
pub(super) fn row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

/// A cell of an indicator's title, unit or lead, written once over all its targets' rows:
/// in the first row (`first`) it holds `text`, in the others nothing; no line is drawn
/// between them (`more` when a row of the indicator follows), so they read as one cell. Not
/// a merged cell: LibreOffice drops what a merged cell holds past the end of a page when its
/// rows may not split.
pub(super) fn group_cell(text: &str, width: u32, first: bool, more: bool) -> TableCell {
    // The other sides are the table's.
    let mut borders = TableCellBorders::with_empty();
    if !first {
        borders = borders
            .set(TableCellBorder::new(TableCellBorderPosition::Top).border_type(BorderType::Nil));
    }
    if more {
        borders = borders.set(
            TableCellBorder::new(TableCellBorderPosition::Bottom).border_type(BorderType::Nil),
        );
    }
    text_cell(if first { text } else { "" }, width, AlignmentType::Left).set_borders(borders)
}

/// The least height of a heading row, in twips: one, which lays nothing out differently and
/// is no other row's, so that [`super::repeat_headings`] finds the heading rows by it.
pub(super) const HEADING_ROW_HEIGHT: f32 = 1.0;

/// `text` with its first letter a capital, as a table's heading and cells begin (the
/// catalogue's English words are lowercase where a sentence takes them in).
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The heading row of a lined table: bold, centred, never split, repeated on every page the
/// table runs onto ([`super::repeat_headings`]); each name begins with a capital.
pub(super) fn heading_row(names: &[String], widths: &[u32]) -> TableRow {
    let cells = names
        .iter()
        .zip(widths)
        .map(|(name, width)| {
            cell(
                vec![line(
                    &capitalized(name),
                    Font::bold(size::TABLE),
                    AlignmentType::Center,
                )
                .line_spacing(LineSpacing::new().before(40).after(40).line(240))],
                *width,
            )
            .vertical_align(VAlignType::Center)
        })
        .collect();
    TableRow::new(cells)
        .cant_split()
        .row_height(HEADING_ROW_HEIGHT)
        .height_rule(HeightRule::AtLeast)
}
