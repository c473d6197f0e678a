//! CSV output that is safe to open in a spreadsheet.
//!
//! A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula
//! to Excel and LibreOffice, so a title or a data cell such as `=HYPERLINK(...)` copied into
//! a report would run when the file is opened (CSV injection). As OWASP recommends, such a
//! text cell is written with a leading `'`, which spreadsheets show as text and programs
//! can strip; the full-width forms (`＝`, `＋`, `－`, `＠`) are treated alike. Numbers are
//! written as they are: `-0.42` is a number, and the program wrote it, not the user.

use std::borrow::Cow;

/// A cell of a CSV table.
pub enum Field<'a> {
    /// Text from a plan, a data file or a query: neutralised when it could be a formula.
    Text(Cow<'a, str>),
    /// A number (or numbers) the program formatted itself.
    Number(String),
}

impl<'a> Field<'a> {
    /// A cell of text from outside the program, written with a leading `'` when a spreadsheet
    /// would take it for a formula.
    pub fn text(text: impl Into<Cow<'a, str>>) -> Field<'a> {
        Field::Text(text.into())
    }

    /// A cell holding `n` written exactly (`9.5`, `105`), never neutralised (`-0.42`).
    pub fn number(n: f64) -> Field<'a> {
        Field::Number(crate::numbers::exact(n))
    }

    /// A number or nothing.
    pub fn opt_number(n: Option<f64>) -> Field<'a> {
        n.map_or(Field::Text(Cow::Borrowed("")), Field::number)
    }

    fn as_str(&self) -> Cow<'_, str> {
        match self {
            Field::Text(t) => neutralise(t),
            Field::Number(n) => Cow::Borrowed(n),
        }
    }
}

/// The characters that make a spreadsheet read a cell as a formula when they come first.
const FORMULA_START: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// `'=1+1` for `=1+1`; other texts unchanged.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A whole table as CSV: the header, then the rows.
pub fn table<'a>(header: &[&str], rows: impl IntoIterator<Item = Vec<Field<'a>>>) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(
        header
            .iter()
            .map(|h| neutralise(h))
            .collect::<Vec<_>>()
            .iter()
            .map(|h| h.as_bytes()),
    );
    for row in rows {
        let cells: Vec<Cow<'_, str>> = row.iter().map(Field::as_str).collect();
        let _ = w.write_record(cells.iter().map(|c| c.as_bytes()));
    }
    w.into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_text_are_neutralised_and_numbers_kept() {
        let out = table(
            &["title", "value"],
            [
                vec![
                    Field::text("=HYPERLINK(\"http://x\",\"y\")"),
                    Field::number(-0.42),
                ],
                vec![Field::text("+1"), Field::number(3.0)],
                vec![
                    Field::text("-2+3+cmd|' /C calc'!A0"),
                    Field::opt_number(None),
                ],
                vec![Field::text("@SUM(A1)"), Field::text("\tx")],
                vec![Field::text("＝1"), Field::text("Sở Y tế")],
                vec![Field::text("a=b"), Field::text("")],
            ],
        );
        assert_eq!(
            out,
            "title,value\n\
             \"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.42\n\
             '+1,3\n\
             '-2+3+cmd|' /C calc'!A0,\n\
             '@SUM(A1),'\tx\n\
             '＝1,Sở Y tế\n\
             a=b,\n"
        );
    }
}
