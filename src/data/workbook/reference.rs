//! Places in a workbook named as spreadsheets name them: `Sheet1!C14` for a cell, `Sheet1!14`
//! for a row, a sheet name quoted where Excel quotes it (`'Số liệu'!C14`), so that a person
//! can paste the reference into Excel's Name Box (or LibreOffice's) and land on the cell.

/// The letters of a column counted from 0: `A`, `Z`, `AA`, `XFD`.
pub fn column(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// `Sheet1!C14`: the cell at `column` (from 0) of `row` (from 1, as spreadsheets count).
pub fn cell(sheet: &str, row: u64, column_index: usize) -> String {
    format!("{}!{}{row}", quoted(sheet), column(column_index))
}

/// `Sheet1!14`: a whole row (from 1).
pub fn row(sheet: &str, row: u64) -> String {
    format!("{}!{row}", quoted(sheet))
}

/// A sheet name as a reference writes it: as it is when it is one word of letters, digits
/// and `_` not starting with a digit, else between `'` with each `'` doubled.
pub fn quoted(sheet: &str) -> String {
    let plain = !sheet.is_empty()
        && !sheet.starts_with(|c: char| c.is_ascii_digit())
        && sheet.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !looks_like_a_cell(sheet);
    if plain {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    }
}

/// Whether a name reads as a cell reference (`A1`, `XFD12`), which a reference must quote.
fn looks_like_a_cell(name: &str) -> bool {
    let letters = name.chars().take_while(char::is_ascii_alphabetic).count();
    let rest = &name[letters..];
    (1..=3).contains(&letters) && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_letter_them() {
        let cases = [
            (0, "A"),
            (2, "C"),
            (25, "Z"),
            (26, "AA"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
            (16383, "XFD"),
        ];
        for (index, letters) in cases {
            assert_eq!(column(index), letters, "{index}");
        }
    }

    #[test]
    fn sheet_names_are_quoted_where_excel_quotes_them() {
        assert_eq!(cell("Sheet1", 14, 2), "Sheet1!C14");
        assert_eq!(cell("Số_liệu", 2, 0), "Số_liệu!A2");
        assert_eq!(cell("Số liệu", 2, 0), "'Số liệu'!A2");
        assert_eq!(row("Dữ liệu 2023", 7), "'Dữ liệu 2023'!7");
        assert_eq!(row("It's", 3), "'It''s'!3");
        assert_eq!(row("2023", 3), "'2023'!3");
        assert_eq!(row("AB12", 3), "'AB12'!3");
        assert_eq!(row("Data-2", 3), "'Data-2'!3");
    }
}
