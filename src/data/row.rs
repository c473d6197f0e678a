//! Validating one data row against the plan: every field looked up or parsed, every problem
//! a [`DataProblem`] that carries what is wrong (the text written, the column, what it may
//! have meant). Lookups borrow the model's own strings, so a row costs no allocation unless
//! it is rejected.

use super::errors::Rejection;
use super::store::{Entry, Key, ObsStatus, Origin, Series};
use super::suggest::{Field, Suggestions};
use crate::date::Date;
use crate::diagnostic::{
    BadDate, BadNumber, BadPeriod, Column, DataProblem, OutOfRange, PercentCell, PercentWhy,
    Suggestion, UnitRange,
};
use crate::eval::Period;
use crate::model::{Model, Unit};
use crate::numbers::exact;
use crate::text::closest;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::Arc;

pub use super::number::{parse_number, NumberStyle};

/// A field as a file gives it: text (CSV, JSON strings, spreadsheet text cells), or a value
/// the file typed itself (JSON numbers, spreadsheet cells typed as numbers or dates), which
/// needs no reading of decimal marks or date orders.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Text as written, to be trimmed and read (a number by the file's decimal style).
    Text(&'a str),
    /// A JSON number, or a spreadsheet cell typed as a number.
    Number(f64),
    /// A spreadsheet cell typed as a date.
    Date(Date),
    /// A number a spreadsheet shows as a percent: it holds 0.95 and shows `95%`. Read as 95
    /// for a unit counted per 100, refused elsewhere (see [`Validator::row`]).
    Percent(f64),
}

impl<'a> Cell<'a> {
    /// The field as text, trimmed; `None` when it is empty. A typed number is written as
    /// its shortest exact text (`2023`, `9.5`), a date as `YYYY-MM-DD`.
    #[inline(always)]
    pub fn text(self) -> Option<Cow<'a, str>> {
        match self {
            Cell::Text(s) => Some(Cow::Borrowed(trim(s))).filter(|s| !s.is_empty()),
            Cell::Number(n) => Some(Cow::Owned(exact(n))),
            Cell::Date(d) => Some(Cow::Owned(d.to_string())),
            Cell::Percent(p) => Some(Cow::Owned(format!("{}%", exact(percent_points(p))))),
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
    /// `indicator`: the measure or data element a row is for (required).
    pub indicator: Option<usize>,
    /// `area`: the area of the plan a row is for (required).
    pub area: Option<usize>,
    /// `period`: `2023`, `2023-H1`, `2023-Q1` or `2023-01` (required).
    pub period: Option<usize>,
    /// `value`; a row without one gives `numerator` and `denominator`.
    pub value: Option<usize>,
    /// `numerator`: the count the value is a rate of, kept to sum across areas.
    pub numerator: Option<usize>,
    /// `denominator`: the population the value is a rate of; refused when negative, or 0
    /// when the value is computed from it.
    pub denominator: Option<usize>,
    /// `status`: final, provisional or estimated.
    pub status: Option<usize>,
    /// `source`: where a person finds the value; only read to tell a filled row.
    pub source: Option<usize>,
    /// `reported_by`: the agency that reported the value.
    pub reported_by: Option<usize>,
    /// `reported_on`: the day it was reported, which decides between two rows for a key.
    pub reported_on: Option<usize>,
    /// An informational column a person reads (a template fills it in); when it names a
    /// unit, it must be the indicator's.
    pub unit: Option<usize>,
    /// (column, dimension index).
    pub dimensions: Vec<(usize, u16)>,
}

impl Columns {
    /// The columns a person fills in about a value, beside the indicator, area and period a
    /// row is for (and the informational title and unit, and `reported_by`, which a
    /// template fills in for its agency): a row with all of them empty is not filled in yet.
    pub fn filled(&self) -> impl Iterator<Item = usize> + '_ {
        [
            self.value,
            self.numerator,
            self.denominator,
            self.status,
            self.source,
            self.reported_on,
        ]
        .into_iter()
        .flatten()
        .chain(self.dimensions.iter().map(|&(c, _)| c))
    }

    /// Every column a row is read from.
    pub fn used(&self) -> Vec<usize> {
        [
            self.indicator,
            self.area,
            self.period,
            self.value,
            self.numerator,
            self.denominator,
            self.status,
            self.source,
            self.reported_by,
            self.reported_on,
            self.unit,
        ]
        .into_iter()
        .flatten()
        .chain(self.dimensions.iter().map(|&(c, _)| c))
        .collect()
    }
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
    "title",
    "unit",
];

/// Lookup tables built once per model.
pub struct Validator<'m> {
    /// The plan rows are checked against.
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
    /// The plan's first year.
    plan_first_year: i32,
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
    /// The tables for `model`; a model without a period accepts any year, one with a
    /// vision (`horizon 2045`) the years up to its horizon.
    pub fn new(model: &'m Model) -> Validator<'m> {
        let (first, last) = model.plan.period.unwrap_or((i32::MIN + 1, i32::MAX));
        let last = model.plan.vision().map_or(last, |(_, horizon)| horizon);
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
            // The year before the plan is accepted: it is where baselines usually sit; so is
            // an earlier year a `baseline` names ("so với mức năm 2024").
            first_year: model
                .measures
                .values()
                .filter_map(|m| m.baseline.as_ref().map(|b| b.year))
                .fold(first.saturating_sub(1), i32::min),
            plan_first_year: first,
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
                "unit" => &mut c.unit,
                // The indicator's title, for the person filling the row in: not read.
                "title" => continue,
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

    /// Validates one row. `field(i)` gives column `i`'s cell (`None` past the row's end). A
    /// rejection names the column of the field to blame, for a reader that cites cells.
    pub fn row<'r>(
        &self,
        columns: &Columns,
        field: impl Fn(usize) -> Option<Cell<'r>>,
        style: NumberStyle,
        origin: Origin,
    ) -> Result<(Key, Entry), Rejection> {
        let err = |problem: DataProblem, column: Option<usize>| Rejection::new(problem, column);
        let cell = |col: Option<usize>| col.and_then(&field);
        // Ids are looked up as written, and in NFC only when that fails ([`lookup`]).
        let get = |col: Option<usize>| cell(col).and_then(Cell::text);
        let id = get;
        if columns.filled().all(|col| get(Some(col)).is_none()) {
            let unfilled = DataProblem::UnfilledRow {
                count: 1,
                first: None,
            };
            return Err(err(unfilled, None));
        }
        let required = |value: Option<Cow<'r, str>>, col: Option<usize>, column: Column| {
            value.ok_or_else(|| err(DataProblem::MissingValue { column }, col))
        };

        let indicator = required(id(columns.indicator), columns.indicator, Column::Indicator)?;
        let series = self
            .series(&indicator)
            .map_err(|problem| err(problem, columns.indicator))?;
        let scale = match id(columns.unit) {
            Some(written) => self
                .unit_scale(series, &written)
                .map_err(|problem| err(problem, columns.unit))?,
            None => 1.0,
        };
        let area_id = required(id(columns.area), columns.area, Column::Area)?;
        let area_id = area_id.as_ref();
        let area = lookup(&self.areas, area_id).ok_or_else(|| {
            let hint = self.suggestions.help(Field::Area, area_id, || {
                match closest(area_id, self.model.areas.keys().map(String::as_str)) {
                    Some(id) => Suggestion::Similar(id.to_string()),
                    None if self.model.areas.is_empty() => Suggestion::NoneDeclared,
                    None => Suggestion::Nothing,
                }
            });
            let area = area_id.to_string();
            err(DataProblem::UnknownArea { area, hint }, columns.area)
        })?;
        let period = match cell(columns.period) {
            Some(Cell::Date(date)) => {
                let problem = DataProblem::BadPeriod(BadPeriod::Date { date });
                return Err(err(problem, columns.period));
            }
            other => {
                let text = required(other.and_then(Cell::text), columns.period, Column::Period)?;
                Period::read(&text).ok_or_else(|| {
                    let text = text.to_string();
                    err(
                        DataProblem::BadPeriod(BadPeriod::Written { text }),
                        columns.period,
                    )
                })?
            }
        };
        if period.year() < self.first_year || period.year() > self.last_year {
            let problem = DataProblem::PeriodOutsidePlan {
                period,
                first: self.first_year,
                start: self.plan_first_year,
                end: self.last_year,
            };
            return Err(err(problem, columns.period));
        }

        let number = |col: Option<usize>, column: Column| -> Result<Option<f64>, Rejection> {
            let value = match cell(col) {
                Some(Cell::Percent(shown)) => self.percent_cell(series, shown, column),
                other => cell_number(other, style, column),
            };
            value.map_err(|problem| err(problem, col))
        };
        let value = number(columns.value, Column::Value)?;
        let numerator = number(columns.numerator, Column::Numerator)?;
        let denominator = number(columns.denominator, Column::Denominator)?;
        // A value out of range is blamed on its cell; one computed from a numerator and a
        // denominator, on the row.
        let value_column = columns.value.filter(|_| value.is_some());
        let value = match (value, numerator, denominator) {
            (Some(v), _, _) => v,
            (None, Some(n), Some(d)) => {
                if d <= 0.0 {
                    let problem = DataProblem::ZeroDenominator { denominator: d };
                    return Err(err(problem, columns.denominator));
                }
                let factor = match series {
                    Series::Measure(i) => self.factors[i as usize],
                    Series::Element(_) => 1.0,
                };
                n / d * factor
            }
            _ => {
                let problem = DataProblem::MissingValue {
                    column: Column::Value,
                };
                return Err(err(problem, columns.value));
            }
        };
        // In the indicator's unit: 1500 `trieu_dong` of an indicator in `ty_dong` is 1.5.
        let value = value * scale;
        self.check_range(series, value)
            .map_err(|problem| err(problem, value_column))?;
        for (column, v, col) in [
            (Column::Numerator, numerator, columns.numerator),
            (Column::Denominator, denominator, columns.denominator),
        ] {
            if let Some(value) = v.filter(|v| *v < 0.0) {
                let problem = DataProblem::OutOfRange(OutOfRange::NegativeCount { column, value });
                return Err(err(problem, col));
            }
        }

        let status = match get(columns.status).as_deref() {
            None => None,
            Some("final") => Some(ObsStatus::Final),
            Some("provisional") => Some(ObsStatus::Provisional),
            Some("estimated") => Some(ObsStatus::Estimated),
            Some(other) => {
                let status = other.to_string();
                return Err(err(DataProblem::BadStatus { status }, columns.status));
            }
        };
        let reported_by = match id(columns.reported_by) {
            None => None,
            Some(id) => Some(lookup(&self.agencies, &id).ok_or_else(|| {
                let hint = self.suggestions.help(Field::Agency, &id, || {
                    similar(&id, self.model.agencies.keys())
                });
                let problem = DataProblem::UnknownAgency {
                    column: Column::ReportedBy,
                    agency: id.to_string(),
                    hint,
                };
                err(problem, columns.reported_by)
            })?),
        };
        let reported_on = cell_date(cell(columns.reported_on), Column::ReportedOn)
            .map_err(|problem| err(problem, columns.reported_on))?;

        let mut disaggregation = Vec::new();
        for &(col, dim) in &columns.dimensions {
            let Some(text) = id(Some(col)) else { continue };
            let text = text.as_ref();
            let values = &self.dimensions[dim as usize];
            let Some(v) = lookup(values, text) else {
                let d = &self.model.dimensions[dim as usize];
                let hint = self.suggestions.help(Field::Dimension(dim), text, || {
                    match closest(text, d.values.keys().map(String::as_str)) {
                        Some(id) => Suggestion::Similar(id.to_string()),
                        None => Suggestion::OneOf(d.values.keys().cloned().collect()),
                    }
                });
                let problem = DataProblem::UnknownDimensionValue {
                    value: text.to_string(),
                    dimension: d.id.clone(),
                    hint,
                };
                return Err(err(problem, Some(col)));
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

    /// A cell a spreadsheet shows as a percent (`95%`, holding 0.95): the value in points
    /// (95) for a measure whose unit is counted per 100; refused anywhere else, where
    /// neither 0.95 nor 95 is sure to be what the person meant.
    fn percent_cell(
        &self,
        series: Series,
        stored: f64,
        column: Column,
    ) -> Result<Option<f64>, DataProblem> {
        let points = percent_points(stored);
        let unit = match series {
            Series::Measure(i) => self.units[i as usize].as_ref(),
            Series::Element(_) => None,
        };
        let why = match unit {
            _ if column != Column::Value => PercentWhy::Count,
            Some(u) if u.per == Some(100.0) => return Ok(Some(points)),
            Some(u) => PercentWhy::Unit(u.id.clone()),
            None => PercentWhy::Element,
        };
        Err(DataProblem::PercentCell(PercentCell::Refused {
            column,
            points,
            stored,
            why,
        }))
    }

    fn series(&self, id: &str) -> Result<Series, DataProblem> {
        if let Some(i) = lookup(&self.measures, id) {
            return Ok(Series::Measure(i));
        }
        if let Some(i) = lookup(&self.elements, id) {
            return Ok(Series::Element(i));
        }
        if let Some(indicator) = self.model.indicators.get(id) {
            return Err(DataProblem::CompositeIndicator {
                indicator: id.to_string(),
                parts: self.model.measure_ids(indicator),
            });
        }
        let hint = self.suggestions.help(Field::Indicator, id, || {
            let candidates = self.model.measures.keys().chain(self.model.elements.keys());
            similar(id, candidates)
        });
        Err(DataProblem::UnknownIndicator {
            indicator: id.to_string(),
            hint,
        })
    }

    /// What a value in the `unit` cell's unit is in the indicator's: 1 for the indicator's
    /// own unit (by id or symbol, `percent` or `%`), the ratio of their scales for a unit
    /// that is a multiple of the same one (`trieu_dong` for an indicator in `ty_dong`:
    /// 0.001). Any other unit refuses the row: a row copied from another indicator may carry
    /// a value in another unit.
    fn unit_scale(&self, series: Series, written: &str) -> Result<f64, DataProblem> {
        let Series::Measure(i) = series else {
            return Ok(1.0);
        };
        let Some(u) = self.units[i as usize].as_ref() else {
            return Ok(1.0);
        };
        let names =
            |unit: &Unit| written == unit.id || (!unit.symbol.is_empty() && written == unit.symbol);
        if names(u) {
            return Ok(1.0);
        }
        let model = self.model;
        let row_unit = model
            .units
            .values()
            .find(|other| names(other))
            .cloned()
            .or_else(|| model.unit(written));
        let converted = row_unit.and_then(|row_unit| {
            let (root, row_factor) = model.unit_root(&row_unit)?;
            let (own_root, own_factor) = model.unit_root(u)?;
            (root == own_root).then(|| row_factor / own_factor)
        });
        converted.ok_or_else(|| DataProblem::WrongUnit {
            written: written.to_string(),
            unit: Box::new(UnitRange::of(u)),
        })
    }

    fn check_range(&self, series: Series, value: f64) -> Result<(), DataProblem> {
        let unit = match series {
            Series::Measure(i) => self.units[i as usize].as_ref(),
            Series::Element(_) => None,
        };
        match unit {
            Some(u) if !u.admits(value) => Err(DataProblem::OutOfRange(OutOfRange::Unit {
                value,
                unit: Box::new(UnitRange::of(u)),
            })),
            None if matches!(series, Series::Element(_)) && value < 0.0 => {
                Err(DataProblem::OutOfRange(OutOfRange::NegativeElement {
                    value,
                }))
            }
            _ => Ok(()),
        }
    }
}

/// The id among `ids` close to `id`, if any.
pub(super) fn similar<'m>(id: &str, ids: impl IntoIterator<Item = &'m String>) -> Suggestion {
    closest(id, ids.into_iter().map(String::as_str))
        .map_or(Suggestion::Nothing, |s| Suggestion::Similar(s.to_string()))
}

/// A number cell: typed, or text read in the file's style; `None` when it is empty.
/// `column` is the one the cell is in, for the problem.
#[inline(always)]
pub fn cell_number(
    cell: Option<Cell<'_>>,
    style: NumberStyle,
    column: Column,
) -> Result<Option<f64>, DataProblem> {
    match cell {
        None => Ok(None),
        Some(Cell::Number(n)) if n.is_finite() => Ok(Some(n)),
        Some(Cell::Number(value)) => Err(DataProblem::BadNumber(BadNumber::NotFinite {
            column,
            value,
        })),
        Some(Cell::Date(date)) => Err(DataProblem::BadNumber(BadNumber::Date { column, date })),
        Some(Cell::Percent(p)) => Err(DataProblem::PercentCell(PercentCell::Shown {
            column,
            points: percent_points(p),
        })),
        Some(Cell::Text(text)) => {
            let text = trim(text);
            if text.is_empty() {
                return Ok(None);
            }
            parse_number(text, style)
                .map(Some)
                .map_err(|refusal| DataProblem::number(column, text, refusal))
        }
    }
}

/// What a cell holding `stored` shows as a percent, in points: 0.29 shows 29, exactly (the
/// decimal point moved two places in the shortest digits of `stored`, where `stored * 100`
/// gives 28.999999999999996).
pub fn percent_points(stored: f64) -> f64 {
    let digits = format!("{stored:e}");
    match digits.split_once('e') {
        Some((mantissa, exponent)) => exponent
            .parse::<i32>()
            .ok()
            .and_then(|e| format!("{mantissa}e{}", e + 2).parse().ok())
            .unwrap_or(stored * 100.0),
        None => stored * 100.0,
    }
}

/// A date cell (`reported_on`, `received`): typed, or text in `YYYY-MM-DD` or `DD/MM/YYYY`;
/// `Ok(None)` when it is empty. `column` is the one the cell is in, for the problem.
#[inline(always)]
pub fn cell_date(cell: Option<Cell<'_>>, column: Column) -> Result<Option<Date>, DataProblem> {
    match cell {
        None => Ok(None),
        Some(Cell::Date(d)) => Ok(Some(d)),
        Some(Cell::Number(value) | Cell::Percent(value)) => {
            Err(DataProblem::BadDate(BadDate::Number { column, value }))
        }
        Some(Cell::Text(text)) => match trim(text) {
            "" => Ok(None),
            text => Date::parse_written(text).map(Some).map_err(|why| {
                DataProblem::BadDate(BadDate::Text {
                    column,
                    text: text.to_string(),
                    why,
                })
            }),
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
