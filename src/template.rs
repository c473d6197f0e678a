//! What a data-entry template asks an agency for (`plan template`): a row for each measure it
//! owes and each period, for one area. Plain data; [`crate::render::workbook::template`]
//! writes it as a workbook.
//!
//! - Owed measures: the measures (indicators, and the parts of composite ones) the agency
//!   leads; every measure of the plan when no agency is named. Supporting agencies report to
//!   the lead, so they owe no row of their own.
//! - Periods: every year from `from` to `to`; the plan's first year to the current year (at
//!   most the plan's last) by default. A half-year, quarter or month given as `from` or `to`
//!   makes rows of that kind (`2024-H1` to `2025-H2`: four half-years).
//! - Area: the plan's own top area, unless one is named.

use crate::date::Date;
use crate::eval::Period;
use crate::i18n::{Arg, Lang};
use crate::model::{Model, PeriodKind};
use crate::text::Unknown;

/// What to ask for.
#[derive(Clone, Debug, Default)]
pub struct Request {
    /// The agency whose measures the rows are for (all measures when `None`).
    pub agency: Option<String>,
    /// The area the rows are for (the plan's top area when `None`).
    pub area: Option<String>,
    /// The first period asked for (`--from`); its kind (year, half-year, quarter, month) is
    /// the kind of every row. The plan's first year when `None`.
    pub from: Option<Period>,
    /// The last period asked for (`--to`), of the same kind as `from`. The current year's last
    /// period of that kind when `None`, kept inside the plan's years.
    pub to: Option<Period>,
}

/// A template's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    /// The plan's title and document number, for the instructions.
    pub plan: String,
    /// The agency (id, name) the rows are for, if one was named.
    pub agency: Option<(String, String)>,
    /// The area (id, name).
    pub area: (String, String),
    /// Every period asked for, oldest first, all of one kind.
    pub periods: Vec<Period>,
    /// A row for each owed measure and each of `periods`: measure by measure, in the plan's
    /// order, and the periods in order within each.
    pub rows: Vec<Row>,
}

/// One row to fill in.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index of the measure in `Model::measures`.
    pub measure: usize,
    /// The period the value to fill in is for.
    pub period: Period,
}

/// Why a template cannot be made.
#[derive(Clone, Debug, PartialEq)]
pub enum TemplateError {
    /// The agency asked for is not declared.
    UnknownAgency(Unknown),
    /// The area asked for is not declared.
    UnknownArea(Unknown),
    /// No area was asked for and the plan declares none to default to.
    NoArea,
    /// The plan has no `period`, so neither the default years nor the accepted ones are known.
    NoPeriod,
    /// `--from` and `--to` are periods of different kinds.
    PeriodKinds(Period, Period),
    /// `--to` comes before `--from`.
    PeriodsReversed(Period, Period),
    /// A period lies outside the plan's years (the year before them holds baselines).
    PeriodOutside(Period, (i32, i32)),
    /// The agency asked for (its id) leads no measure, so it owes no row.
    NothingOwed(String),
}

impl TemplateError {
    /// Why the template cannot be made, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        let period = |p: &Period| Arg::from(p.to_string());
        match self {
            TemplateError::UnknownAgency(unknown) => unknown.words("agency", lang),
            TemplateError::UnknownArea(unknown) => unknown.words("area", lang),
            TemplateError::NoArea => lang.text("refuse-no-area"),
            TemplateError::NoPeriod => lang.text("refuse-template-no-period"),
            TemplateError::PeriodKinds(from, to) => lang.text_with(
                "refuse-period-kinds",
                &[("from", period(from)), ("to", period(to))],
            ),
            TemplateError::PeriodsReversed(from, to) => lang.text_with(
                "refuse-periods-reversed",
                &[("from", period(from)), ("to", period(to))],
            ),
            TemplateError::PeriodOutside(p, (first, last)) => lang.text_with(
                "refuse-period-outside",
                &[
                    ("period", period(p)),
                    ("first", first.to_string().into()),
                    ("last", last.to_string().into()),
                    ("baseline", (first - 1).to_string().into()),
                ],
            ),
            TemplateError::NothingOwed(id) => {
                lang.text_with("refuse-nothing-owed", &[("agency", id.as_str().into())])
            }
        }
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

/// The rows `request` asks for, `today` deciding the default last year.
pub fn template(model: &Model, request: &Request, today: Date) -> Result<Template, TemplateError> {
    let (first_year, last_year) = model.plan.period.ok_or(TemplateError::NoPeriod)?;
    let agency = match &request.agency {
        None => None,
        Some(id) => {
            let agency = model.agencies.get(id).ok_or_else(|| {
                TemplateError::UnknownAgency(Unknown::among(id, model.agencies.keys()))
            })?;
            Some((agency.id.clone(), agency.name.clone()))
        }
    };
    let area = match &request.area {
        Some(id) => model
            .areas
            .get(id)
            .ok_or_else(|| TemplateError::UnknownArea(Unknown::among(id, model.areas.keys())))?,
        None => crate::eval::evaluate::top_area(model)
            .and_then(|i| model.areas.get_index(i))
            .map(|(_, a)| a)
            .ok_or(TemplateError::NoArea)?,
    };
    let periods = periods(request, (first_year, last_year), today)?;
    let measures: Vec<usize> = model
        .measures
        .values()
        .enumerate()
        .filter(|(_, m)| match &agency {
            None => true,
            Some((id, _)) => m.lead.iter().any(|o| &o.agency.name == id),
        })
        .map(|(i, _)| i)
        .collect();
    if let (Some((id, _)), true) = (&agency, measures.is_empty()) {
        return Err(TemplateError::NothingOwed(id.clone()));
    }
    let rows = measures
        .iter()
        .flat_map(|&measure| periods.iter().map(move |&period| Row { measure, period }))
        .collect();
    let plan = match &model.plan.document {
        Some(document) => format!("{} ({document})", model.plan.title),
        None => model.plan.title.clone(),
    };
    Ok(Template {
        plan,
        agency,
        area: (area.id.clone(), area.name.clone()),
        periods,
        rows,
    })
}

/// "did you mean" help, or the list of what there is.
/// The periods from `from` to `to` (see the module).
fn periods(
    request: &Request,
    (first_year, last_year): (i32, i32),
    today: Date,
) -> Result<Vec<Period>, TemplateError> {
    let kind = match (request.from, request.to) {
        (Some(a), Some(b)) if a.kind() != b.kind() => return Err(TemplateError::PeriodKinds(a, b)),
        (Some(p), _) | (_, Some(p)) => p.kind(),
        (None, None) => PeriodKind::Year,
    };
    let this_year = today.year.clamp(first_year, last_year);
    let from = request.from.unwrap_or_else(|| of_kind(kind, first_year)[0]);
    let to = request
        .to
        .unwrap_or_else(|| *of_kind(kind, this_year).last().unwrap_or(&from));
    if to.end() < from.end() {
        return Err(TemplateError::PeriodsReversed(from, to));
    }
    // The year before the plan holds baselines, as data files may.
    for p in [from, to] {
        if p.year() < first_year - 1 || p.year() > last_year {
            return Err(TemplateError::PeriodOutside(p, (first_year, last_year)));
        }
    }
    Ok((from.year()..=to.year())
        .flat_map(|year| of_kind(kind, year))
        .filter(|p| p.end() >= from.end() && p.end() <= to.end())
        .collect())
}

/// The periods of a kind in a year, in order.
fn of_kind(kind: PeriodKind, year: i32) -> Vec<Period> {
    match kind {
        PeriodKind::HalfYear => (1..=2).map(|h| Period::Half(year, h)).collect(),
        PeriodKind::Quarter => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
        PeriodKind::Month => (1..=12).map(|m| Period::Month(year, m)).collect(),
        PeriodKind::Year | PeriodKind::Adhoc => vec![Period::Year(year)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2024, 6, 30).unwrap()
    }

    fn ask(from: Option<&str>, to: Option<&str>) -> Result<Vec<String>, TemplateError> {
        let request = Request {
            from: from.map(|p| Period::parse(p).unwrap()),
            to: to.map(|p| Period::parse(p).unwrap()),
            ..Request::default()
        };
        let periods = periods(&request, (2021, 2030), today())?;
        Ok(periods.iter().map(Period::to_string).collect())
    }

    #[test]
    fn years_from_the_plans_start_to_this_year_by_default() {
        assert_eq!(ask(None, None).unwrap(), ["2021", "2022", "2023", "2024"]);
        assert_eq!(
            ask(Some("2023"), Some("2025")).unwrap(),
            ["2023", "2024", "2025"]
        );
        assert_eq!(ask(Some("2020"), Some("2020")).unwrap(), ["2020"]);
    }

    #[test]
    fn half_years_and_quarters_when_asked_for() {
        assert_eq!(
            ask(Some("2024-H1"), Some("2025-H1")).unwrap(),
            ["2024-H1", "2024-H2", "2025-H1"]
        );
        assert_eq!(ask(None, Some("2021-Q2")).unwrap(), ["2021-Q1", "2021-Q2"]);
    }

    #[test]
    fn ranges_that_cannot_be_are_refused() {
        assert!(ask(Some("2024"), Some("2024-H1")).is_err());
        assert!(ask(Some("2025"), Some("2024")).is_err());
        assert!(ask(Some("2019"), None).is_err());
        assert!(ask(None, Some("2031")).is_err());
    }
}
