//! Validating one data row against the plan: every field looked up or parsed, every problem
//! a [`DataError`] that says what is wrong and how to fix it. Lookups borrow the model's own
//! strings, so a row costs no allocation unless it is rejected.

use super::errors::{DataCode, DataError};
use super::store::{Entry, Key, ObsStatus, Origin, Series};
use super::suggest::{Field, Suggestions};
use crate::date::Date;
use crate::eval::Period;
use crate::model::{fmt_num, Model, Unit};
use crate::text::{did_you_mean, did_you_mean_suffix};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// Which column holds which field (indexes into a record).
#[derive(Clone, Debug, Default)]
pub struct Columns {
    pub indicator: Option<usize>,
    pub area: Option<usize>,
    pub period: Option<usize>,
    pub value: Option<usize>,
    pub numerator: Option<usize>,
    pub denominator: Option<usize>,
    pub status: Option<usize>,
    pub source: Option<usize>,
    pub reported_by: Option<usize>,
    pub reported_on: Option<usize>,
    /// (column, dimension index).
    pub dimensions: Vec<(usize, u16)>,
}

/// The documented column names.
pub const KNOWN_COLUMNS: &[&str] = &[
    "indicator",
    "area",
    "period",
    "value",
    "numerator",
    "denominator",
    "status",
    "source",
    "reported_by",
    "reported_on",
];

/// Lookup tables built once per model.
pub struct Validator<'m> {
    pub model: &'m Model,
    measures: HashMap<&'m str, u32>,
    elements: HashMap<&'m str, u32>,
    areas: HashMap<&'m str, u32>,
    agencies: HashMap<&'m str, u32>,
    dimensions: Vec<HashMap<&'m str, u16>>,
    /// Units of measures, by index.
    units: Vec<Option<Arc<Unit>>>,
    /// Factor of each measure's formula, or its unit's `per`, for numerator/denominator rows.
    factors: Vec<f64>,
    first_year: i32,
    last_year: i32,
    /// "Did you mean" help per distinct unknown value.
    pub(super) suggestions: Suggestions,
}

/// Each key of a table with its position, borrowing the model's strings.
fn index<'m>(keys: impl Iterator<Item = &'m String>) -> HashMap<&'m str, u32> {
    keys.enumerate()
        .map(|(i, k)| (k.as_str(), i as u32))
        .collect()
}

/// How to read numbers.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct NumberStyle {
    /// `9,5` is nine and a half, and `1.000` a thousand.
    pub decimal_comma: bool,
}

impl<'m> Validator<'m> {
    pub fn new(model: &'m Model) -> Validator<'m> {
        let (first, last) = model.plan.period.unwrap_or((i32::MIN + 1, i32::MAX));
        Validator {
            model,
            measures: index(model.measures.keys()),
            elements: index(model.elements.keys()),
            areas: index(model.areas.keys()),
            agencies: index(model.agencies.keys()),
            dimensions: model
                .dimensions
                .values()
                .map(|d| {
                    d.values
                        .keys()
                        .enumerate()
                        .map(|(i, k)| (k.as_str(), i as u16))
                        .collect()
                })
                .collect(),
            units: model
                .measures
                .values()
                .map(|m| m.unit.as_ref().and_then(|u| u.unit.clone()))
                .collect(),
            factors: model
                .measures
                .values()
                .map(|m| {
                    m.formula.as_ref().map(|f| f.factor).unwrap_or_else(|| {
                        m.unit
                            .as_ref()
                            .and_then(|u| u.unit.as_ref())
                            .and_then(|u| u.per)
                            .unwrap_or(1.0)
                    })
                })
                .collect(),
            // The year before the plan is accepted: it is where baselines usually sit.
            first_year: first - 1,
            last_year: last,
            suggestions: Suggestions::default(),
        }
    }

    /// Maps a header to columns; unknown columns are returned for a notice.
    pub fn columns<'h>(
        &self,
        header: impl IntoIterator<Item = &'h str>,
    ) -> (Columns, Vec<(usize, String)>) {
        let mut c = Columns::default();
        let mut unknown = Vec::new();
        for (i, name) in header.into_iter().enumerate() {
            let name = name.trim().trim_start_matches('\u{feff}');
            let slot = match name {
                "indicator" => &mut c.indicator,
                "area" => &mut c.area,
                "period" => &mut c.period,
                "value" => &mut c.value,
                "numerator" => &mut c.numerator,
                "denominator" => &mut c.denominator,
                "status" => &mut c.status,
                "source" => &mut c.source,
                "reported_by" => &mut c.reported_by,
                "reported_on" => &mut c.reported_on,
                other => {
                    match self.model.dimensions.get_index_of(other) {
                        Some(d) => c.dimensions.push((i, d as u16)),
                        None => unknown.push((i, other.to_string())),
                    }
                    continue;
                }
            };
            *slot = Some(i);
        }
        (c, unknown)
    }

    /// The required columns a header lacks, in words.
    pub fn missing_columns(&self, c: &Columns) -> Vec<&'static str> {
        let mut missing = Vec::new();
        for (name, col) in [
            ("indicator", c.indicator),
            ("area", c.area),
            ("period", c.period),
        ] {
            if col.is_none() {
                missing.push(name);
            }
        }
        if c.value.is_none() && (c.numerator.is_none() || c.denominator.is_none()) {
            missing.push("value (or numerator and denominator)");
        }
        missing
    }

    /// Validates one row. `field(i)` gives column `i`'s text (`None` past the row's end).
    pub fn row<'r>(
        &self,
        columns: &Columns,
        field: impl Fn(usize) -> Option<&'r str>,
        style: NumberStyle,
        file: &str,
        origin: Origin,
    ) -> Result<(Key, Entry), DataError> {
        let err = |code: DataCode, message: String| DataError {
            file: file.to_string(),
            line: origin.line,
            code,
            message,
        };
        let get = |col: Option<usize>| col.and_then(&field).map(trim).filter(|s| !s.is_empty());
        let required = |col: Option<usize>, name: &str| {
            get(col).ok_or_else(|| err(DataCode::MissingValue, format!("the row has no `{name}`")))
        };

        let indicator = required(columns.indicator, "indicator")?;
        let series = self.series(indicator).map_err(|m| err(m.0, m.1))?;
        let area_id = required(columns.area, "area")?;
        let area = *self.areas.get(area_id).ok_or_else(|| {
            let help = self.suggestions.help(Field::Area, area_id, || {
                did_you_mean(area_id, self.model.areas.keys().map(String::as_str))
                    .map(|h| format!("; {h}"))
                    .unwrap_or_else(|| {
                        if self.model.areas.is_empty() {
                            "; the plan declares no areas (`area ID \"Name\"`)".to_string()
                        } else {
                            String::new()
                        }
                    })
            });
            err(
                DataCode::UnknownArea,
                format!("unknown area `{area_id}`{help}"),
            )
        })?;
        let period_text = required(columns.period, "period")?;
        let period = Period::parse(period_text).map_err(|m| err(DataCode::BadPeriod, m))?;
        if period.year() < self.first_year || period.year() > self.last_year {
            return Err(err(
                DataCode::PeriodOutsidePlan,
                format!(
                    "period {period} lies outside the plan ({}..{}; {} is accepted as a baseline year)",
                    self.first_year + 1,
                    self.last_year,
                    self.first_year
                ),
            ));
        }

        let number = |col: Option<usize>, name: &str| -> Result<Option<f64>, DataError> {
            match get(col) {
                None => Ok(None),
                Some(text) => parse_number(text, style)
                    .map(Some)
                    .map_err(|(code, why)| err(code, format!("{name} {why}"))),
            }
        };
        let value = number(columns.value, "value")?;
        let numerator = number(columns.numerator, "numerator")?;
        let denominator = number(columns.denominator, "denominator")?;
        let value = match (value, numerator, denominator) {
            (Some(v), _, _) => v,
            (None, Some(n), Some(d)) => {
                if d <= 0.0 {
                    return Err(err(
                        DataCode::ZeroDenominator,
                        format!(
                            "denominator {}: a rate needs a positive denominator",
                            fmt_num(d)
                        ),
                    ));
                }
                let factor = match series {
                    Series::Measure(i) => self.factors[i as usize],
                    Series::Element(_) => 1.0,
                };
                n / d * factor
            }
            _ => {
                return Err(err(
                    DataCode::MissingValue,
                    "the row has no value: give `value`, or `numerator` and `denominator`".into(),
                ))
            }
        };
        self.check_range(series, value)
            .map_err(|m| err(DataCode::OutOfRange, m))?;
        for (name, v) in [("numerator", numerator), ("denominator", denominator)] {
            if v.is_some_and(|v| v < 0.0) {
                return Err(err(
                    DataCode::OutOfRange,
                    format!(
                        "{name} {} is negative; counts are 0 or more",
                        fmt_num(v.unwrap_or(0.0))
                    ),
                ));
            }
        }

        let status = match get(columns.status) {
            None => None,
            Some("final") => Some(ObsStatus::Final),
            Some("provisional") => Some(ObsStatus::Provisional),
            Some("estimated") => Some(ObsStatus::Estimated),
            Some(other) => {
                return Err(err(
                    DataCode::BadStatus,
                    format!("status `{other}` is not `final`, `provisional` or `estimated`"),
                ))
            }
        };
        let reported_by = match get(columns.reported_by) {
            None => None,
            Some(id) => Some(*self.agencies.get(id).ok_or_else(|| {
                let help = self.suggestions.help(Field::Agency, id, || {
                    did_you_mean_suffix(id, self.model.agencies.keys().map(String::as_str))
                });
                err(
                    DataCode::UnknownAgency,
                    format!("reported_by `{id}` is not an agency of the plan{help}"),
                )
            })?),
        };
        let reported_on = match get(columns.reported_on) {
            None => None,
            Some(text) => Some(Date::parse(text).map_err(|why| {
                err(
                    DataCode::BadDate,
                    format!("reported_on `{text}` is not a real date: {why}"),
                )
            })?),
        };

        let mut disaggregation = Vec::new();
        for &(col, dim) in &columns.dimensions {
            let Some(text) = get(Some(col)) else { continue };
            let values = &self.dimensions[dim as usize];
            let Some(&v) = values.get(text) else {
                let d = &self.model.dimensions[dim as usize];
                let help = self.suggestions.help(Field::Dimension(dim), text, || {
                    did_you_mean(text, d.values.keys().map(String::as_str)).unwrap_or_else(|| {
                        let known: Vec<String> =
                            d.values.keys().map(|v| format!("`{v}`")).collect();
                        format!("it has {}", known.join(", "))
                    })
                });
                return Err(err(
                    DataCode::UnknownDimensionValue,
                    format!("`{text}` is not a value of dimension `{}`; {help}", d.id),
                ));
            };
            disaggregation.push((dim, v));
        }
        disaggregation.sort_unstable();

        Ok((
            Key {
                series,
                area,
                period,
                disaggregation: disaggregation.into_boxed_slice(),
            },
            Entry {
                value,
                numerator,
                denominator,
                status,
                reported_by,
                reported_on,
                origin,
            },
        ))
    }

    fn series(&self, id: &str) -> Result<Series, (DataCode, String)> {
        if let Some(&i) = self.measures.get(id) {
            return Ok(Series::Measure(i));
        }
        if let Some(&i) = self.elements.get(id) {
            return Ok(Series::Element(i));
        }
        if let Some(indicator) = self.model.indicators.get(id) {
            let parts: Vec<String> = indicator
                .measures
                .iter()
                .map(|m| format!("`{m}`"))
                .collect();
            return Err((
                DataCode::CompositeIndicator,
                format!(
                    "indicator {id} is made of parts: give the data for {}",
                    parts.join(" or ")
                ),
            ));
        }
        let help = self.suggestions.help(Field::Indicator, id, || {
            let candidates = self
                .model
                .measures
                .keys()
                .chain(self.model.elements.keys())
                .map(String::as_str);
            did_you_mean(id, candidates)
                .map(|h| format!("; {h}"))
                .unwrap_or_else(|| {
                    " (use an indicator or part id such as `3` or `16a`, or a data element of the plan)"
                        .into()
                })
        });
        Err((
            DataCode::UnknownIndicator,
            format!("unknown indicator `{id}`{help}"),
        ))
    }

    fn check_range(&self, series: Series, value: f64) -> Result<(), String> {
        let unit = match series {
            Series::Measure(i) => self.units[i as usize].as_ref(),
            Series::Element(_) => None,
        };
        match unit {
            Some(u) if !u.admits(value) => Err(format!(
                "value {} is outside the range of unit `{}` ({})",
                fmt_num(value),
                u.id,
                u.range_text()
            )),
            None if matches!(series, Series::Element(_)) && value < 0.0 => Err(format!(
                "value {} is negative; a data element counts, so it is 0 or more",
                fmt_num(value)
            )),
            _ => Ok(()),
        }
    }
}

/// Parses a number, refusing a decimal comma unless the style allows it.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<f64, (DataCode, String)> {
    if !style.decimal_comma {
        // The common case first: a plain number needs no further look.
        if let Ok(v) = text.parse::<f64>() {
            if v.is_finite() {
                return Ok(v);
            }
        }
    }
    let parsed = if style.decimal_comma {
        let normal: String = text
            .chars()
            .filter(|c| *c != '.')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        normal.parse::<f64>()
    } else {
        let thousands = text.split_once(',').is_some_and(|(a, b)| {
            !a.is_empty() && a.len() <= 3 && b.len() == 3 && b.bytes().all(|c| c.is_ascii_digit())
        });
        if thousands && text.replace(',', "").parse::<f64>().is_ok() {
            return Err((
                DataCode::DecimalComma,
                format!(
                    "`{text}` has a comma, which could separate thousands (write `{}`) or decimals (write `{}`); numbers are written without thousands separators and with a decimal point",
                    text.replace(',', ""),
                    text.replace(',', ".")
                ),
            ));
        }
        if text.contains(',') && text.replace(',', ".").parse::<f64>().is_ok() {
            return Err((
                DataCode::DecimalComma,
                format!(
                    "`{text}` uses a decimal comma; write `{}`, or declare the file's decimal comma (a first line `#decimal=comma` in CSV, `\"decimal\": \"comma\"` in JSON, or `--decimal-comma`)",
                    text.replace(',', ".")
                ),
            ));
        }
        text.parse::<f64>()
    };
    match parsed {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err((DataCode::BadNumber, format!("`{text}` is not a number"))),
    }
}

/// `str::trim`, with a shortcut for the usual field that has no space at either end.
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b))
            if !a.is_ascii_whitespace()
                && !b.is_ascii_whitespace()
                && a.is_ascii()
                && b.is_ascii() =>
        {
            s
        }
        _ => s.trim(),
    }
}
