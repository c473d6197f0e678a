//! Workbooks written for people who work in Excel: the data-entry template of
//! `plan template` ([`template`]) and the results of `plan eval --format xlsx`
//! ([`evaluation`]). Both are bytes, for the caller to save.

pub mod evaluation;
pub mod template;

use rust_xlsxwriter::{Color, Format, FormatBorder, Worksheet, XlsxError};

/// The bold, shaded format of a header row.
fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin)
}

/// Writes a header row of names, bold and shaded.
fn write_header(sheet: &mut Worksheet, row: u32, names: &[&str]) -> Result<(), XlsxError> {
    let format = header_format();
    for (column, name) in names.iter().enumerate() {
        sheet.write_string_with_format(row, column as u16, *name, &format)?;
    }
    Ok(())
}

/// Why a workbook could not be written (rust_xlsxwriter's words).
#[derive(Debug)]
pub struct WriteError(pub String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the workbook could not be made: {}", self.0)
    }
}

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> WriteError {
        WriteError(e.to_string())
    }
}
