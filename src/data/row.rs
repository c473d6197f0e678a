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
use std::borrow::Cow;
use std::sync::Arc;

pub use super::number::{parse_number, NumberStyle};

/// A field as a file gives it: text (CSV, JSON strings, spreadsheet text cells), or a value
/// the file typed itself (JSON numbers, spreadsheet cells typed as numbers or dates), which
/// needs no reading of decimal marks or date orders.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Date(Date),
}

impl<'a> Cell<'a> {
    /// The field as text, trimmed; `None` when it is empty. A typed number is written as
    /// its shortest exact text (`2023`, `9.5`), a date as `YYYY-MM-DD`.
    #[inline(always)]
    pub fn text(self) -> Option<Cow<'a, str>> {
        match self {
            Cell::Text(s) => Some(Cow::Borrowed(trim(s))).filter(|s| !s.is_empty()),
            Cell::Number(n) => Some(Cow::Owned(fmt_num(n))),
            Cell::Date(d) => Some(Cow::Owned(d.to_string())),
        }
    }

    /// The field as an id: its text in Unicode NFC, as the plan's ids are, so that `sở_y_tế`
    /// typed with combining accents (as Windows-1258 writes them) is the plan's `sở_y_tế`.
    #[inline]
    pub fn id(self) -> Option<Cow<'a, str>> {
        self.text().map(nfc)
    }
}

/// An id's entry in a table of the plan's ids (which are in NFC): looked up as written
/// first, which is all a row usually needs, then in NFC when it has letters beyond ASCII
/// (`sở_y_tế` typed with combining accents, as Windows-1258 writes them).
#[inline(always)]
fn lookup<V: Copy>(table: &HashMap<&str, V>, id: &str) -> Option<V> {
    if let Some(&v) = table.get(id) {
        return Some(v);
    }
    if id.is_ascii() {
        return None;
    }
    table.get(nfc(Cow::Borrowed(id)).as_ref()).copied()
}

/// Text in Unicode NFC, borrowed when it already is (always, for ASCII).
#[inline]
pub fn nfc(text: Cow<'_, str>) -> Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

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

    /// Validates one row. `field(i)` gives column `i`'s cell (`None` past the row's end).
    pub fn row<'r>(
        &self,
        columns: &Columns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
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
        let cell = |col: Option<usize>| col.and_then(&field);
        // Ids are looked up as written, and in NFC only when that fails ([`lookup`]).
        let get = |col: Option<usize>| cell(col).and_then(Cell::text);
        let id = get;
        let required = |value: Option<Cow<'r, str>>, name: &str| {
            value.ok_or_else(|| err(DataCode::MissingValue, format!("the row has no `{name}`")))
        };

        let indicator = required(id(columns.indicator), "indicator")?;
        let series = self.series(&indicator).map_err(|m| err(m.0, m.1))?;
        let area_id = required(id(columns.area), "area")?;
        let area_id = area_id.as_ref();
        let area = lookup(&self.areas, area_id).ok_or_else(|| {
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
        let period = match cell(columns.period) {
            Some(Cell::Date(d)) => {
                return Err(err(
                    DataCode::BadPeriod,
                    format!("period is the date {d}, not a period: a spreadsheet turned what was typed into a date; format the column as text and write the year (`2023`), half-year (`2023-H1`), quarter (`2023-Q1`) or month (`2023-01`)"),
                ))
            }
            other => {
                let text = required(other.and_then(Cell::text), "period")?;
                Period::parse(&text).map_err(|m| err(DataCode::BadPeriod, m))?
            }
        };
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
            cell_number(cell(col), style).map_err(|(code, why)| err(code, format!("{name} {why}")))
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

        let status = match get(columns.status).as_deref() {
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
        let reported_by = match id(columns.reported_by) {
            None => None,
            Some(id) => Some(lookup(&self.agencies, &id).ok_or_else(|| {
                let help = self.suggestions.help(Field::Agency, &id, || {
                    did_you_mean_suffix(&id, self.model.agencies.keys().map(String::as_str))
                });
                err(
                    DataCode::UnknownAgency,
                    format!("reported_by `{id}` is not an agency of the plan{help}"),
                )
            })?),
        };
        let reported_on = cell_date(cell(columns.reported_on), "reported_on")
            .map_err(|why| err(DataCode::BadDate, why))?;

        let mut disaggregation = Vec::new();
        for &(col, dim) in &columns.dimensions {
            let Some(text) = id(Some(col)) else { continue };
            let text = text.as_ref();
            let values = &self.dimensions[dim as usize];
            let Some(v) = lookup(values, text) else {
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
        if let Some(i) = lookup(&self.measures, id) {
            return Ok(Series::Measure(i));
        }
        if let Some(i) = lookup(&self.elements, id) {
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

/// A number cell: typed, or text read in the file's style; `None` when it is empty.
#[inline(always)]
pub fn cell_number(
    cell: Option<Cell<'_>>,
    style: NumberStyle,
) -> Result<Option<f64>, (DataCode, String)> {
    match cell {
        None => Ok(None),
        Some(Cell::Number(n)) if n.is_finite() => Ok(Some(n)),
        Some(Cell::Number(n)) => Err((DataCode::BadNumber, format!("{n} is not a number"))),
        Some(Cell::Date(d)) => Err((
            DataCode::BadNumber,
            format!("is the date {d}, not a number; format the cell as a number"),
        )),
        Some(Cell::Text(text)) => {
            let text = trim(text);
            if text.is_empty() {
                return Ok(None);
            }
            parse_number(text, style).map(Some)
        }
    }
}

/// A date cell (`reported_on`, `received`): typed, or text in `YYYY-MM-DD` or `DD/MM/YYYY`;
/// `Ok(None)` when it is empty, else `Err` with the whole message.
#[inline(always)]
pub fn cell_date(cell: Option<Cell<'_>>, name: &str) -> Result<Option<Date>, String> {
    match cell {
        None => Ok(None),
        Some(Cell::Date(d)) => Ok(Some(d)),
        Some(Cell::Number(n)) => Err(format!(
            "{name} is the number {}, not a date; format the cell as a date, or write it as YYYY-MM-DD or DD/MM/YYYY",
            fmt_num(n)
        )),
        Some(Cell::Text(text)) => match trim(text) {
            "" => Ok(None),
            text => Date::parse_written(text)
                .map(Some)
                .map_err(|why| format!("{name} `{text}` is not a real date: {why}")),
        },
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
