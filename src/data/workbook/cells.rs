//! A workbook cell as a data field: text, a typed number, a date, or a number shown as a
//! percent; or why no column can take it (an error such as `#DIV/0!`, a time of day, a
//! duration).
//!
//! Whether a number is shown as a percent is told by its number format, read from the
//! workbook's styles: a `%` in the format's section for the number, outside quotes,
//! brackets and escapes (Excel multiplies by 100 exactly then: `0%`, `0.0%`, `#,##0.00%`).
//! `0\%` and `0"%"` show a literal sign without multiplying, so they are plain numbers.

use crate::data::row::Cell;
use crate::date::Date;
use crate::diagnostic::CellProblem;
use calamine::DataRef;

/// One cell as the sheet holds it.
pub(super) type Raw<'a> = DataRef<'a>;

/// What a cell gives a field: `Ok(None)` when it is empty, `Err` with what it holds when
/// no column can take it. `format` is the cell's number format (`General`, `0.0%`).
pub(super) fn field<'c>(raw: &'c Raw<'_>, format: &str) -> Result<Option<Cell<'c>>, CellProblem> {
    let number = |n: f64| {
        if is_percent(format, n) {
            Cell::Percent(n)
        } else {
            Cell::Number(n)
        }
    };
    Ok(match raw {
        DataRef::Empty => None,
        DataRef::String(s) => Some(Cell::Text(s)),
        DataRef::SharedString(s) => Some(Cell::Text(s)),
        DataRef::Int(i) => Some(number(*i as f64)),
        DataRef::Float(f) => Some(number(*f)),
        DataRef::Bool(true) => Some(Cell::Text("TRUE")),
        DataRef::Bool(false) => Some(Cell::Text("FALSE")),
        DataRef::DateTime(dt) if dt.is_duration() => return Err(CellProblem::Duration),
        DataRef::DateTime(dt) => Some(Cell::Date(serial_date(dt.as_f64(), dt.to_ymd_hms_milli())?)),
        DataRef::DateTimeIso(text) => Some(Cell::Date(iso_date(text)?)),
        DataRef::DurationIso(_) => return Err(CellProblem::Duration),
        DataRef::Error(e) => {
            return Err(CellProblem::Error {
                error: e.to_string(),
            })
        }
    })
}

/// The date of a cell typed as a date (its time of day, if any, dropped). A serial below 1
/// is a time of day alone; one past 9999-12-31, or Excel's 29 February 1900 (a day that did
/// not exist, kept for Lotus 1-2-3), is no date.
fn serial_date(
    serial: f64,
    (y, m, d, ..): (u16, u8, u8, u8, u8, u8, u16),
) -> Result<Date, CellProblem> {
    if serial < 1.0 {
        return Err(CellProblem::TimeOfDay);
    }
    if serial >= 2_958_466.0 {
        return Err(CellProblem::PastYear9999);
    }
    Date::new(i32::from(y), u32::from(m), u32::from(d)).ok_or(CellProblem::NoSuchDay {
        day: d,
        month: m,
        year: y,
    })
}

/// A date written `YYYY-MM-DD`, perhaps with a time after it, as a cell of type `d` holds it.
fn iso_date(text: &str) -> Result<Date, CellProblem> {
    let day = text.split(['T', ' ']).next().unwrap_or_default();
    Date::parse(day).map_err(|why| CellProblem::IsoDate {
        text: text.to_string(),
        why: Box::new(why),
    })
}

/// Whether `format` shows `value` as a percent (see the module).
pub(super) fn is_percent(format: &str, value: f64) -> bool {
    let sections = sections(format);
    // Excel's sections: positive; negative; zero; text. A number without its own section
    // takes the first.
    let index = if value < 0.0 {
        1
    } else if value == 0.0 {
        2
    } else {
        0
    };
    let section = sections
        .get(index)
        .filter(|s| !s.is_empty())
        .or(sections.first())
        .copied()
        .unwrap_or_default();
    has_unescaped(section, '%')
}

/// The sections of a number format, split at each `;` that is not quoted or escaped.
fn sections(format: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in format.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' | '_' | '*' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                out.push(&format[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&format[start..]);
    out
}

/// Whether `wanted` appears in a section outside quotes, brackets (`[Red]`, `[>=100]`,
/// `[$-42A]`) and escapes (`\%`, and the character after `_` or `*`).
fn has_unescaped(section: &str, wanted: char) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    let mut bracket = false;
    for c in section.chars() {
        match c {
            _ if escaped => escaped = false,
            '"' if !bracket => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => escaped = true,
            '[' => bracket = true,
            ']' => bracket = false,
            _ if bracket => {}
            c if c == wanted => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_formats_are_told_from_literal_percent_signs() {
        for format in [
            "0%",
            "0.00%",
            "#,##0.0%",
            "[Red]0%",
            "0%;-0%",
            "0.0%;[Red]-0.0%",
        ] {
            assert!(is_percent(format, 0.95), "{format}");
        }
        for format in [
            "General",
            "0",
            "0.00",
            "#,##0",
            "0\\%",
            "0\"%\"",
            "0.0_%",
            "@",
            "mm-dd-yy",
            "[$%-42A]0",
            "0*%",
        ] {
            assert!(!is_percent(format, 0.95), "{format}");
        }
    }

    #[test]
    fn the_section_for_the_number_decides() {
        // Positive shown as a percent, negative and zero as plain numbers.
        let format = "0%;-0;\"none\"";
        assert!(is_percent(format, 0.5));
        assert!(!is_percent(format, -0.5));
        assert!(!is_percent(format, 0.0));
        // Without a negative section, the first serves.
        assert!(is_percent("0%", -0.5));
        assert!(is_percent("0%;;", 0.0));
    }

    #[test]
    fn dates_times_and_errors() {
        assert_eq!(
            serial_date(45_261.0, (2023, 12, 1, 0, 0, 0, 0)),
            Ok(Date::new(2023, 12, 1).unwrap())
        );
        assert_eq!(
            serial_date(45_261.75, (2023, 12, 1, 18, 0, 0, 0)),
            Ok(Date::new(2023, 12, 1).unwrap())
        );
        assert_eq!(
            serial_date(0.5, (1900, 1, 0, 12, 0, 0, 0)),
            Err(CellProblem::TimeOfDay)
        );
        assert_eq!(
            serial_date(60.0, (1900, 2, 29, 0, 0, 0, 0)),
            Err(CellProblem::NoSuchDay {
                day: 29,
                month: 2,
                year: 1900
            })
        );
        assert_eq!(
            iso_date("2023-12-01T00:00:00"),
            Ok(Date::new(2023, 12, 1).unwrap())
        );
        let error = DataRef::Error(calamine::CellErrorType::Div0);
        assert_eq!(
            field(&error, "General"),
            Err(CellProblem::Error {
                error: "#DIV/0!".into()
            })
        );
    }
}
