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
    Encoding = "data::encoding", "the file's bytes are not text in its encoding (UTF-8, unless a byte-order mark or --encoding says otherwise): the file is unusable";
    BadHeader = "data::bad_header", "the header names a column twice, or mixes columns of observations and of reports received: the file is unusable";
    AmbiguousNumber = "data::ambiguous_number", "a number that reads differently with a decimal point and a decimal comma (210.500, 1,234) in a file that does not say which it writes";
}

/// One rejected row (or a problem with a whole file, `line` then being its header line).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataError {
    pub file: String,
    pub line: u64,
    pub code: DataCode,
    pub message: String,
}

impl DataError {
    /// `file:line: error[code]: message`.
    pub fn short(&self) -> String {
        self.short_as("error")
    }

    /// `file:line: SEVERITY[code]: message` (`file: ...` for a problem with no line, such as
    /// a file that cannot be opened).
    pub fn short_as(&self, severity: &str) -> String {
        format!(
            "{}{}: {severity}[{}]: {}",
            self.file,
            self.at(),
            self.code.as_str(),
            self.message
        )
    }

    /// `:12`, or nothing when the problem has no line.
    fn at(&self) -> String {
        if self.line == 0 {
            String::new()
        } else {
            format!(":{}", self.line)
        }
    }
}
