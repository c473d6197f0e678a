//! Numbers as data files write them, never read wrong without a word.
//!
//! Vietnamese documents and spreadsheets set to Vietnamese conventions write `9,5` and
//! `8.900.000`; programs and English-language spreadsheets write `9.5` and `8,900,000`. The
//! same text can mean two numbers: `210.500` is 210.5 with a decimal point and 210500 with
//! a thousands point. The rule, in full:
//!
//! - A file says how it writes numbers (`#decimal=comma` or `#decimal=point` on a first line
//!   of a CSV file, `"decimal": "comma"` or `"point"` in a JSON file, `--decimal-comma` or
//!   `--decimal-point` for every file); a file that says nothing is read with a decimal
//!   point ([`NumberStyle::Unsaid`]).
//! - The decimal mark appears at most once, with digits after it. The other mark only
//!   separates thousands: between groups of exactly three digits, after a first group of one
//!   to three digits that is not `0`.
//! - In a file that says nothing, a number that would read differently with a decimal comma
//!   is refused with `data::ambiguous_number`: a single point or comma followed by exactly
//!   three digits after one to three digits (`210.500`, `1,234`). A number only a decimal
//!   comma explains (`9,5`, `8.900.000`, `1.234,5`) is refused with `data::decimal_comma`.
//!   Both messages say how to declare the file's style.
//! - In a file that declares its style, a number that breaks it is refused with
//!   `data::bad_number` and the number written as the style wants it.
//! - A sign (`-` or `+`) may lead; an exponent (`1.5E+3`, as Excel writes large numbers)
//!   may follow the mantissa. Spaces, currency and percent signs are not numbers.
//!
//! Typed numbers (JSON numbers, spreadsheet cells typed as numbers) are not text and need
//! none of this.

use crate::diagnostic::{NumberRefusal, UnknownColumn};

/// How a file writes its numbers.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum NumberStyle {
    /// Not said: a decimal point, and no text that a decimal comma would read otherwise.
    #[default]
    Unsaid,
    /// `#decimal=point`: `9.5`; a comma only separates thousands (`1,234,567.5`).
    Point,
    /// `#decimal=comma`: `9,5`; a point only separates thousands (`1.234.567,5`).
    Comma,
}

impl NumberStyle {
    /// The word a declaration uses for the style.
    pub fn word(self) -> &'static str {
        match self {
            NumberStyle::Unsaid => "unsaid",
            NumberStyle::Point => "point",
            NumberStyle::Comma => "comma",
        }
    }

    /// The style a declaration names: `comma` or `point`.
    pub fn from_word(word: &str) -> Option<NumberStyle> {
        match word.trim() {
            "comma" => Some(NumberStyle::Comma),
            "point" => Some(NumberStyle::Point),
            _ => None,
        }
    }
}

/// A `#` line (or row) before a file's header, the `#` left out: `decimal=comma` or
/// `decimal=point` declares the file's style; another `decimal=` is a mistake worth a
/// warning (the `Err`); anything else is a comment (`None`).
pub fn directive(text: &str) -> Option<Result<NumberStyle, UnknownColumn>> {
    let text = text.replace(' ', "");
    let value = text.strip_prefix("decimal=")?;
    Some(
        NumberStyle::from_word(value).ok_or_else(|| UnknownColumn::BadDirective {
            value: value.to_string(),
        }),
    )
}

/// A file's number style: its own declaration, else the one given for every file. When
/// they disagree the file's wins, and the warning says so.
pub fn chosen(
    declared: Option<NumberStyle>,
    given: NumberStyle,
) -> (NumberStyle, Option<UnknownColumn>) {
    match declared {
        None => (given, None),
        Some(style) if given != NumberStyle::Unsaid && given != style => (
            style,
            Some(UnknownColumn::StyleOverridden { declared: style }),
        ),
        Some(style) => (style, None),
    }
}

/// Parses a number written in a file of the given style (see the module).
pub fn parse_number(text: &str, style: NumberStyle) -> Result<f64, NumberRefusal> {
    // The usual case, read at once: digits with at most one point (`12`, `9.5`, `-0.25`).
    if style != NumberStyle::Comma {
        if let Some(plain) = plain(text) {
            return plain;
        }
    }
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'-') => (-1.0, &text[1..]),
        Some(b'+') => (1.0, &text[1..]),
        _ => (1.0, text),
    };
    let (mantissa, exponent) = split_exponent(rest);
    let Some(shape) = Shape::of(mantissa) else {
        return Err(NumberRefusal::NotANumber);
    };
    let value = |digits: String| -> Result<f64, NumberRefusal> {
        let full = format!("{digits}{exponent}");
        match full.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(sign * v),
            _ => Err(NumberRefusal::NotANumber),
        }
    };
    match (style, shape.reading()) {
        (_, Reading::Invalid) => Err(NumberRefusal::NotANumber),
        (_, Reading::Same(digits)) => value(digits),
        (NumberStyle::Comma, Reading::Comma(digits) | Reading::Either { comma: digits, .. }) => {
            value(digits)
        }
        (NumberStyle::Comma, Reading::Point(_)) => Err(NumberRefusal::AgainstStyle(style)),
        (NumberStyle::Point, Reading::Point(digits) | Reading::Either { point: digits, .. }) => {
            value(digits)
        }
        (NumberStyle::Point, Reading::Comma(_)) => Err(NumberRefusal::AgainstStyle(style)),
        (NumberStyle::Unsaid, Reading::Point(digits)) => value(digits),
        (NumberStyle::Unsaid, Reading::Comma(digits)) => {
            let value = value(digits)?;
            Err(NumberRefusal::DecimalComma { value })
        }
        (NumberStyle::Unsaid, Reading::Either { point, comma }) => {
            let (point, comma) = (value(point)?, value(comma)?);
            Err(NumberRefusal::Ambiguous { point, comma })
        }
    }
}

/// A number of digits and at most one point, with an optional `-`: read directly, refused
/// when it is ambiguous. `None` for anything else (the general path decides).
fn plain(text: &str) -> Option<Result<f64, NumberRefusal>> {
    let digits = text.as_bytes();
    let digits = digits.strip_prefix(b"-").unwrap_or(digits);
    let (&first, &last) = (digits.first()?, digits.last()?);
    if !(first.is_ascii_digit() && last.is_ascii_digit()) {
        return None;
    }
    // `210.500`: one to three digits, not a lone 0, then a point and exactly three: also a
    // thousands point; the general path says so.
    let n = digits.len();
    if (5..=7).contains(&n) && digits[n - 4] == b'.' && first != b'0' {
        return None;
    }
    // `f64::from_str` takes what the rule takes here, and more: `1,5` fails it, and an
    // exponent (the only other form with a digit at both ends) goes to the general path.
    if digits.iter().any(|&b| b | 0x20 == b'e') {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite()).map(Ok)
}

/// `1.5E+3` → (`1.5`, `E+3`): the exponent when what follows `e` or `E` is a signed integer.
fn split_exponent(text: &str) -> (&str, &str) {
    if let Some(at) = text.find(['e', 'E']) {
        let exp = &text[at + 1..];
        let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return (&text[..at], &text[at..]);
        }
    }
    (text, "")
}

/// `9.5` ↔ `9,5`: the text with its two marks exchanged, as the other style writes it.
pub fn swap_marks(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect()
}

/// The digit runs of a mantissa and the marks between them.
struct Shape<'a> {
    /// Runs of digits, each followed by a mark but the last.
    runs: Vec<&'a str>,
    marks: Vec<u8>,
}

/// What a mantissa can be: digits for `f64::from_str` under each style that reads it.
enum Reading {
    Invalid,
    /// No mark, or marks both styles read alike.
    Same(String),
    Point(String),
    Comma(String),
    /// Both styles read it, differently (`210.500`, `1,234`).
    Either {
        point: String,
        comma: String,
    },
}

impl<'a> Shape<'a> {
    /// Digits separated by single `.` or `,`; `None` for anything else.
    fn of(text: &'a str) -> Option<Shape<'a>> {
        let mut runs = Vec::new();
        let mut marks = Vec::new();
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            match b {
                b'0'..=b'9' => {}
                b'.' | b',' => {
                    runs.push(&text[start..i]);
                    marks.push(b);
                    start = i + 1;
                }
                _ => return None,
            }
        }
        runs.push(&text[start..]);
        runs.iter()
            .all(|r| !r.is_empty())
            .then_some(Shape { runs, marks })
    }

    /// The digits when `decimal` is the decimal mark and the other separates thousands.
    fn read_as(&self, decimal: u8) -> Option<String> {
        let decimal_at = self.marks.iter().position(|&m| m == decimal);
        if self.marks.iter().filter(|&&m| m == decimal).count() > 1
            || decimal_at.is_some_and(|at| at + 1 != self.marks.len())
        {
            return None;
        }
        // The runs before the decimal mark are the integer part's groups.
        let groups = &self.runs[..decimal_at.map_or(self.runs.len(), |at| at + 1)];
        if groups.len() > 1 {
            let first = groups[0];
            let grouped = (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && groups[1..].iter().all(|g| g.len() == 3);
            if !grouped {
                return None;
            }
        }
        let mut digits = groups.concat();
        if let Some(at) = decimal_at {
            digits.push('.');
            digits.push_str(self.runs[at + 1]);
        }
        Some(digits)
    }

    fn reading(&self) -> Reading {
        match (self.read_as(b'.'), self.read_as(b',')) {
            (Some(point), Some(comma)) if point == comma => Reading::Same(point),
            (Some(point), Some(comma)) => Reading::Either { point, comma },
            (Some(point), _) => Reading::Point(point),
            (None, Some(comma)) => Reading::Comma(comma),
            (None, None) => Reading::Invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use NumberStyle::{Comma, Point, Unsaid};

    fn ok(text: &str, style: NumberStyle) -> f64 {
        parse_number(text, style).unwrap_or_else(|e| panic!("{text} in {style:?}: {e:?}"))
    }

    /// Each text reads in `style` as its number.
    fn reads(style: NumberStyle, cases: &[(&str, f64)]) {
        for &(text, v) in cases {
            assert_eq!(ok(text, style), v, "{text} in {style:?}");
        }
    }

    fn code(text: &str, style: NumberStyle) -> Code {
        match parse_number(text, style) {
            Ok(v) => panic!("{text} in {style:?} was read as {v}"),
            Err(refusal) => refusal.code(),
        }
    }

    #[test]
    fn plain_numbers_read_the_same_in_every_style_that_allows_them() {
        let with_points = [
            ("12", 12.0),
            ("9.5", 9.5),
            ("-0.25", -0.25),
            ("0.125", 0.125),
            ("1234.567", 1234.567),
            ("12.3456", 12.3456),
            ("007", 7.0),
            ("+3", 3.0),
            ("1.5E+3", 1500.0),
            ("2e-2", 0.02),
        ];
        reads(Unsaid, &with_points);
        reads(Point, &with_points);
        let with_commas = [
            ("12", 12.0),
            ("9,5", 9.5),
            ("-0,25", -0.25),
            ("1,5E+3", 1500.0),
        ];
        reads(Comma, &with_commas);
    }

    #[test]
    fn thousands_separators_in_a_declared_style() {
        reads(
            Comma,
            &[
                ("8.900.000", 8_900_000.0),
                ("1.234,5", 1234.5),
                ("210.500", 210_500.0),
                ("-1.234.567,25", -1_234_567.25),
                ("1,234", 1.234),
            ],
        );
        reads(
            Point,
            &[
                ("8,900,000", 8_900_000.0),
                ("1,234.5", 1234.5),
                ("210.500", 210.5),
                ("1,234", 1234.0),
            ],
        );
    }

    #[test]
    fn a_mark_against_the_declared_style_is_refused_with_the_number_rewritten() {
        for text in [
            "9.5",
            "0.500",
            "1.2345",
            "12.34.567",
            "1.234.56",
            "1,234.5",
            "1.2,3,4",
        ] {
            assert_eq!(code(text, Comma), Code::DataBadNumber, "{text}");
        }
        assert_eq!(
            parse_number("9.5", Comma),
            Err(NumberRefusal::AgainstStyle(Comma))
        );
        assert_eq!(swap_marks("9.5"), "9,5");
        for text in ["9,5", "0,500", "1,2345", "1.234,5", "12,34,567"] {
            assert_eq!(code(text, Point), Code::DataBadNumber, "{text}");
        }
        assert_eq!(
            parse_number("9,5", Point),
            Err(NumberRefusal::AgainstStyle(Point))
        );
        assert_eq!(swap_marks("9,5"), "9.5");
    }

    #[test]
    fn a_file_that_says_nothing_refuses_what_a_comma_would_read_otherwise() {
        // Ambiguous: a point or a comma, then exactly three digits after one to three.
        for text in ["210.500", "1.234", "999.999", "-12.345", "1,234", "100,000"] {
            assert_eq!(code(text, Unsaid), Code::DataAmbiguousNumber, "{text}");
        }
        assert_eq!(
            parse_number("210.500", Unsaid),
            Err(NumberRefusal::Ambiguous {
                point: 210.5,
                comma: 210_500.0
            })
        );
        // Only a decimal comma explains these.
        for text in ["9,5", "8.900.000", "1.234,5", "0,25", "12,3456"] {
            assert_eq!(code(text, Unsaid), Code::DataDecimalComma, "{text}");
        }
        assert_eq!(
            parse_number("8.900.000", Unsaid),
            Err(NumberRefusal::DecimalComma { value: 8_900_000.0 })
        );
        // Not ambiguous: a leading zero, four digits before, two or four after, or commas
        // that can only group thousands.
        reads(
            Unsaid,
            &[
                ("0.500", 0.5),
                ("1234.500", 1234.5),
                ("21.50", 21.5),
                ("2.1500", 2.15),
                ("8,900,000", 8_900_000.0),
                ("1,234.5", 1234.5),
            ],
        );
    }

    #[test]
    fn what_is_not_a_number() {
        for style in [Unsaid, Point, Comma] {
            for text in [
                "", "-", ".", ",", "1.", ".5", ",5", "1..2", "1,,2", "abc", "1 234", "95%", "1e",
                "1e+", "inf", "NaN", "--1", "1-", "1.2.3", "0x10", "1_000", "1e999",
            ] {
                assert_eq!(
                    code(text, style),
                    Code::DataBadNumber,
                    "{text:?} in {style:?}"
                );
            }
        }
    }

    #[test]
    fn declarations() {
        assert_eq!(NumberStyle::from_word(" comma "), Some(Comma));
        assert_eq!(NumberStyle::from_word("point"), Some(Point));
        assert_eq!(NumberStyle::from_word("dot"), None);
    }
}
