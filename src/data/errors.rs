//! Why a data row was rejected: a stable code, the place, a message that says how to fix it.

use serde::Serialize;

macro_rules! data_codes {
    ($( $variant:ident = $code:literal, $summary:literal; )*) => {
        /// A stable code such as `data::unknown_area`.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum DataCode { $($variant),* }

        impl DataCode {
            pub const ALL: &'static [DataCode] = &[$(DataCode::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(DataCode::$variant => $code),* }
            }

            pub fn summary(self) -> &'static str {
                match self { $(DataCode::$variant => $summary),* }
            }
        }

        impl Serialize for DataCode {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

data_codes! {
    Unreadable = "data::unreadable", "the file cannot be read, or is not CSV or JSON of the documented shape";
    MissingColumn = "data::missing_column", "a required column (indicator, area, period, value) is absent";
    UnknownColumn = "data::unknown_column", "a column that is neither documented nor a dimension of the plan (it is ignored)";
    MissingValue = "data::missing_value", "a row leaves a required field empty";
    UnknownIndicator = "data::unknown_indicator", "the indicator is not in the plan (nor a data element)";
    UnknownArea = "data::unknown_area", "the area is not declared in the plan";
    BadPeriod = "data::bad_period", "the period is not a year (2023), half-year (2023-H1), quarter (2023-Q1) or month (2023-01), or not one the report covers";
    PeriodOutsidePlan = "data::period_outside_plan", "the period lies outside the plan (the year before it counts, for baselines)";
    BadNumber = "data::bad_number", "a value, numerator or denominator is not a number";
    DecimalComma = "data::decimal_comma", "a number only a decimal comma explains (9,5 or 8.900.000) in a file that does not say it writes one";
    OutOfRange = "data::out_of_range", "the value lies outside its unit's range";
    ZeroDenominator = "data::zero_denominator", "a denominator is zero or negative";
    BadDate = "data::bad_date", "reported_on or received is not a real date in YYYY-MM-DD or DD/MM/YYYY";
    BadStatus = "data::bad_status", "status is not final, provisional or estimated";
    UnknownAgency = "data::unknown_agency", "reported_by names an agency the plan does not declare";
    UnknownDimensionValue = "data::unknown_dimension_value", "a disaggregation value the plan's dimension does not have";
    Conflict = "data::conflict", "another row gives a different value for the same indicator, area, period and disaggregation";
    CompositeIndicator = "data::composite_indicator", "data given for a composite indicator instead of its parts";
    UnknownReport = "data::unknown_report", "a submissions row names a report the plan does not declare";
    Encoding = "data::encoding", "the file's bytes are not text in its encoding (UTF-8, unless a byte-order mark or `--encoding` says otherwise): the file is unusable";
    BadHeader = "data::bad_header", "the header names a column twice, or mixes columns of observations and of reports received: the file is unusable";
    AmbiguousNumber = "data::ambiguous_number", "a number that reads differently with a decimal point and a decimal comma (`210.500`, `1,234`) in a file that does not say which it writes";
    PercentCell = "data::percent_cell", "a workbook cell formatted as a percent (95% holds 0.95) where the indicator's unit is not a percent, or in a numerator or denominator";
    WrongUnit = "data::wrong_unit", "the row's `unit` names another unit than the indicator's, so its value may be in that unit";
    SkippedSheet = "data::skipped_sheet", "a warning: a sheet of a workbook is not read (it comes before the first sheet that starts with a header, or after it)";
    UnfilledRow = "data::unfilled_row", "a warning: rows that name only their indicator, area and period, nothing filled in (a template's rows before they are filled), are not read; counted once per file";
}

/// One rejected row (or a problem with a whole file, `line` then being its header line).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataError {
    pub file: String,
    /// The line of a text file; the row of a workbook's sheet (counted from 1, as
    /// spreadsheets number them); 0 for a problem with no line.
    pub line: u64,
    /// In a workbook, the cell of the offending field as a spreadsheet names it
    /// (`Sheet1!C14`, `'Số liệu'!C14`), or the row when no one field is to blame
    /// (`Sheet1!14`); `None` in text files, where `line` says it all.
    pub location: Option<String>,
    pub code: DataCode,
    pub message: String,
}

impl DataError {
    /// A problem at a line of a text file (or, with line 0, with a whole file).
    pub fn at_line(file: &str, line: u64, code: DataCode, message: String) -> DataError {
        DataError {
            file: file.to_string(),
            line,
            location: None,
            code,
            message,
        }
    }

    /// `file:line: error[code]: message`.
    pub fn short(&self) -> String {
        self.short_as("error")
    }

    /// `file:line: SEVERITY[code]: message`, `file:Sheet1!C14: ...` in a workbook (`file:
    /// ...` for a problem with no line, such as a file that cannot be opened). A cell's
    /// control characters are shown by their stand-ins, never sent to the terminal.
    pub fn short_as(&self, severity: &str) -> String {
        format!(
            "{}{}: {severity}[{}]: {}",
            self.file,
            self.at(),
            self.code.as_str(),
            crate::render::terminal::visible(&self.message)
        )
    }

    /// Where in its file the problem is, in words: `line 12`, `Sheet1!C14`; `None` for a
    /// problem with the whole file.
    pub fn place(&self) -> Option<String> {
        match (&self.location, self.line) {
            (Some(location), _) => Some(location.clone()),
            (None, 0) => None,
            (None, line) => Some(format!("line {line}")),
        }
    }

    /// `:12`, `:Sheet1!C14`, or nothing when the problem has no line.
    fn at(&self) -> String {
        match (&self.location, self.line) {
            (Some(location), _) => format!(":{location}"),
            (None, 0) => String::new(),
            (None, line) => format!(":{line}"),
        }
    }
}

/// Why a row was refused, before the reader says where: the code, the message, and the
/// column of the offending field when one field is to blame (a workbook cites its cell).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub code: DataCode,
    pub message: String,
    /// Index of the column in the row, as the header numbers them from 0.
    pub column: Option<usize>,
}

impl Rejection {
    pub fn new(code: DataCode, column: Option<usize>, message: String) -> Rejection {
        Rejection {
            code,
            message,
            column,
        }
    }

    /// The rejection of a row at a line of a text file.
    pub fn at_line(self, file: &str, line: u64) -> DataError {
        DataError::at_line(file, line, self.code, self.message)
    }
}
