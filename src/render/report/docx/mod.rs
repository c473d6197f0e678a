//! The [`Report`] as the document officers file: a draft "Báo cáo kết quả thực hiện Kế
//! hoạch …" in Word's format (.docx), laid out as Decree 30/2020/NĐ-CP (Phụ lục I) lays out
//! administrative documents: Times New Roman on A4 with the decree's margins, the bodies and
//! the national name side by side at the top, the kind of document and its summary, the text
//! with its tables, then the recipients and the signer.
//!
//! What only a person can give (the number, the place and date of signing, the recipients,
//! the signer, the issuing body when the plan names none) is a blank, highlighted, never
//! guessed. The national name and motto are Vietnamese in every language (they are
//! prescribed); every other word comes from the catalogue (`document.ftl`, and the report's
//! own words), in the language asked for. Written with `docx-rs`.

mod body;
mod closing;
mod layout;
mod masthead;
mod measure;
mod owed;
mod results;
#[cfg(test)]
mod tests;

use super::Report;
use crate::date::Date;
use crate::i18n::{Arg, Lang};
use docx_rs::{AlignmentType, Docx, FieldCharType, Header, InstrText, PageMargin, Paragraph, Run};
use layout::blank;
use std::io::Cursor;

/// The document, in `lang`: the bytes of a .docx file.
pub fn document(report: &Report, lang: Lang) -> Result<Vec<u8>, std::io::Error> {
    let docx = Docx::new()
        .page_size(layout::PAGE.0, layout::PAGE.1)
        .page_margin(PageMargin {
            top: layout::TOP as i32,
            left: layout::LEFT as i32,
            bottom: layout::BOTTOM as i32,
            right: layout::RIGHT as i32,
            header: layout::HEADER as i32,
            footer: layout::HEADER as i32,
            gutter: 0,
        })
        .default_fonts(layout::fonts())
        .default_size(layout::size::BODY)
        // The page number from the second page on, centred in the top margin; none on the
        // first (the decree's rule).
        .header(Header::new().add_paragraph(page_number()))
        .first_header(Header::new().add_paragraph(Paragraph::new()));
    let docx = masthead::masthead(docx, report, lang);
    let docx = body::body(docx, report, lang);
    let docx = closing::closing(docx, lang);
    let mut xml = docx.build();
    xml.document = repeat_headings(&xml.document);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(std::io::Error::other)?;
    Ok(out.into_inner())
}

/// The page's number, as a field Word and LibreOffice fill in.
fn page_number() -> Paragraph {
    let run = Run::new()
        .size(layout::size::PAGE_NUMBER)
        .fonts(layout::fonts())
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(docx_rs::InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("2")
        .add_field_char(FieldCharType::End, false);
    Paragraph::new().align(AlignmentType::Center).add_run(run)
}

/// `document.xml` with the heading row of each lined table marked to repeat on every page
/// the table runs onto. `docx-rs` writes no such mark; the heading rows are the only rows of
/// least height [`layout::HEADING_ROW_HEIGHT`], so the mark goes beside that height.
fn repeat_headings(document: &[u8]) -> Vec<u8> {
    let height = format!(
        "<w:trHeight w:val=\"{}\" w:hRule=\"atLeast\" />",
        layout::HEADING_ROW_HEIGHT
    );
    let repeated = format!("{height}<w:tblHeader />");
    match std::str::from_utf8(document) {
        Ok(text) => text.replace(&height, &repeated).into_bytes(),
        Err(_) => document.to_vec(),
    }
}

/// A date as the document writes it: `ngày 05 tháng 02 năm 2021` (the decree's zeros),
/// `5 February 2021`.
fn long_date(lang: Lang, date: Date) -> String {
    lang.text_with(
        "document-date",
        &[
            ("day", u64::from(date.day).into()),
            ("month", u64::from(date.month).into()),
            ("year", date.year.to_string().into()),
        ],
    )
}

/// The date line's date, left for the signer: `ngày … tháng … năm …`.
fn blank_date(lang: Lang) -> String {
    let dots = || Arg::from(blank(&lang.text("document-blank")));
    lang.text_with(
        "document-date",
        &[("day", dots()), ("month", dots()), ("year", dots())],
    )
}

/// The body that reports: the plan's issuer, by name; else a blank.
fn reporter(report: &Report, lang: Lang) -> String {
    report
        .issuer
        .clone()
        .unwrap_or_else(|| blank(&lang.text("document-issuer-blank")))
}

/// The issuing body's abbreviation in the plan's own symbol (`UBND` of `196/QĐ-UBND`), which
/// the report's symbol ends with (`…/BC-UBND`) when the same body issues both; `None` when the
/// plan names no issuer or its document has no such symbol.
fn issuer_symbol(report: &Report) -> Option<&str> {
    report.issuer.as_ref()?;
    let symbol = report.document.as_deref()?.split_once('/')?.1;
    let issuer = symbol.split_once('-')?.1.trim();
    let plain = !issuer.is_empty()
        && issuer
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&' | '.'));
    plain.then_some(issuer)
}
