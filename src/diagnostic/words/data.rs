//! Data files: the rows refused. A data problem is said in one line, which says what is
//! wrong and how to fix it (the one-line forms `plan eval` prints and writes to JSON).

use super::data_file;
use super::targets::range;
use crate::data::number::swap_marks;
use crate::data::NumberStyle;
use crate::diagnostic::problem::{
    BadDate, BadNumber, BadPeriod, BrokenIdentity, CellProblem, Column, DataProblem, KeyNames,
    OutOfRange, PercentCell, PercentWhy, RowAt, RowIn, SeriesName, Suggestion, ValueConflict,
};
use crate::i18n::Lang;
use crate::model::PeriodKind;
use crate::numbers::{exact, rounded};

/// How to declare a file's style of numbers, the end of every message about one.
const DECLARE: &str = "say how the file writes numbers: a first line `#decimal=comma` (9,5 and 1.234.567) or `#decimal=point` (9.5 and 1,234,567) in CSV, `\"decimal\": \"comma\"` or `\"point\"` in JSON, or --decimal-comma / --decimal-point";

/// The message of a data problem.
pub(super) fn message(problem: &DataProblem) -> String {
    match problem {
        DataProblem::Unreadable(u) => data_file::unreadable(u),
        DataProblem::MissingColumn(m) => data_file::missing_column(m),
        DataProblem::UnknownColumn(u) => data_file::unknown_column(u),
        DataProblem::Encoding(e) => data_file::not_text(e),
        DataProblem::BadHeader(h) => data_file::bad_header(h),
        DataProblem::SkippedSheet(s) => data_file::skipped_sheet(s),
        DataProblem::MissingValue {
            column: Column::Value,
        } => "the row has no value: give `value`, or `numerator` and `denominator`".into(),
        DataProblem::MissingValue { column } => format!("the row has no `{}`", column.as_str()),
        DataProblem::UnknownIndicator { indicator, hint } => match hint {
            Suggestion::Similar(id) => {
                format!("unknown indicator `{indicator}`; did you mean `{id}`?")
            }
            _ => format!("unknown indicator `{indicator}` (use an indicator or part id such as `3` or `16a`, or a data element of the plan)"),
        },
        DataProblem::UnknownArea { area, hint } => match hint {
            Suggestion::Similar(id) => format!("unknown area `{area}`; did you mean `{id}`?"),
            Suggestion::NoneDeclared => format!(
                "unknown area `{area}`; the plan declares no areas (`area ID \"Name\"`)"
            ),
            _ => format!("unknown area `{area}`"),
        },
        DataProblem::BadPeriod(p) => bad_period(p),
        DataProblem::PeriodOutsidePlan {
            period,
            first,
            start,
            end,
        } if i64::from(*first) < i64::from(*start) - 1 => format!(
            "period {period} lies outside the plan ({start}..{end}; the years from {first} are accepted as baseline years)"
        ),
        DataProblem::PeriodOutsidePlan { period, start, end, .. } => format!(
            "period {period} lies outside the plan ({start}..{end}; {} is accepted as a baseline year)",
            i64::from(*start) - 1
        ),
        DataProblem::BadNumber(b) => bad_number(b),
        DataProblem::DecimalComma {
            column,
            text,
            value,
        } => format!(
            "{} `{text}` is written with a decimal comma (it would be {}), but the file does not say so; {DECLARE}",
            column.as_str(),
            exact(*value)
        ),
        DataProblem::AmbiguousNumber {
            column,
            text,
            point,
            comma,
        } => format!(
            "{} `{text}` reads {} in a file with a decimal point but {} in a file with a decimal comma (as Vietnamese documents write numbers); {DECLARE}",
            column.as_str(),
            exact(*point),
            exact(*comma)
        ),
        DataProblem::OutOfRange(o) => out_of_range(o),
        DataProblem::ZeroDenominator { denominator } => format!(
            "denominator {}: a rate needs a positive denominator",
            exact(*denominator)
        ),
        DataProblem::BadDate(d) => bad_date(d),
        DataProblem::BadStatus { status } => {
            format!("status `{status}` is not `final`, `provisional` or `estimated`")
        }
        DataProblem::UnknownAgency {
            column,
            agency,
            hint,
        } => format!(
            "{} `{agency}` is not an agency of the plan{}",
            column.as_str(),
            did_you_mean(hint)
        ),
        DataProblem::UnknownReport { report, hint } => format!(
            "report `{report}` is not a report of the plan{}",
            did_you_mean(hint)
        ),
        DataProblem::UnknownTask { task, hint } => format!(
            "`{task}` is not a task or project of the plan{}",
            did_you_mean(hint)
        ),
        DataProblem::NotTaskLead {
            kind,
            task,
            agency,
            leads,
        } => match &leads[..] {
            [] => format!(
                "{kind} `{task}` has no lead agency yet, so no agency owes it: `{agency}` cannot have done it for the plan"
            ),
            [lead] => format!(
                "agency `{agency}` does not lead {kind} `{task}`, so it does not owe it; its lead is `{lead}`"
            ),
            _ => format!(
                "agency `{agency}` does not lead {kind} `{task}`, so it does not owe it; its leads are {}",
                ticked(leads, ", ")
            ),
        },
        DataProblem::UnknownDimensionValue {
            value,
            dimension,
            hint,
        } => {
            let not = format!("`{value}` is not a value of dimension `{dimension}`");
            match hint {
                Suggestion::Similar(id) => format!("{not}; did you mean `{id}`?"),
                Suggestion::OneOf(values) => format!("{not}; it has {}", ticked(values, ", ")),
                Suggestion::NoneDeclared | Suggestion::Nothing => not,
            }
        }
        DataProblem::Conflict(c) => conflict(c),
        DataProblem::CompositeIndicator { indicator, parts } => format!(
            "indicator {indicator} is made of parts: give the data for {}",
            ticked(parts, " or ")
        ),
        DataProblem::PercentCell(p) => percent_cell(p),
        DataProblem::WrongUnit { written, unit } => format!(
            "unit `{written}` is not the indicator's unit, `{}`{}; give the value in `{}`, or correct the unit",
            unit.id,
            if unit.symbol.is_empty() {
                String::new()
            } else {
                format!(" ({})", unit.symbol)
            },
            unit.id
        ),
        DataProblem::UnfilledRow { count, first } => match first {
            None => "the row names only what it is for (indicator, area, period), with no value".into(),
            Some(first) if *count == 1 => format!(
                "the row at {} names only what it is for (indicator, area, period), with nothing filled in, so it is not read; fill in its value, or delete it",
                row_at(first)
            ),
            Some(first) => format!(
                "{count} rows name only what they are for (indicator, area, period), with nothing filled in (the first at {}), so they are not read; fill in their values, or delete them",
                row_at(first)
            ),
        },
        DataProblem::IdentityBroken(b) => identity_broken(b),
        DataProblem::NotAHeader { row, problem } => {
            format!("row {row} is not a header: {}", message(problem))
        }
        DataProblem::AfterBadHeader { header_line, .. } => {
            format!("the row cannot be read: the header on line {header_line} cannot be")
        }
    }
}

/// `; did you mean `x`?` after a message, or nothing.
fn did_you_mean(hint: &Suggestion) -> String {
    match hint {
        Suggestion::Similar(id) => format!("; did you mean `{id}`?"),
        _ => String::new(),
    }
}

/// Names in backticks, joined by `separator`.
pub(super) fn ticked(names: &[impl AsRef<str>], separator: &str) -> String {
    names
        .iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(separator)
}

fn bad_period(problem: &BadPeriod) -> String {
    match problem {
        BadPeriod::Written { text } => format!("`{text}` is not a period: write a year (`2023`), a half-year (`2023-H1`, `2023-H2`), a quarter (`2023-Q1` to `2023-Q4`) or a month (`2023-01` to `2023-12`)"),
        BadPeriod::Date { date } => format!("period is the date {date}, not a period: a spreadsheet turned what was typed into a date; format the column as text and write the year (`2023`), half-year (`2023-H1`), quarter (`2023-Q1`) or month (`2023-01`)"),
        BadPeriod::NotOfReport {
            report,
            kind,
            period,
        } => {
            let example = match kind {
                PeriodKind::Year => "`2023`",
                PeriodKind::HalfYear => "`2023-H1` or `2023-H2`",
                PeriodKind::Quarter => "`2023-Q1` to `2023-Q4`",
                PeriodKind::Month => "`2023-01` to `2023-12`",
                // An ad hoc report takes a period of any kind, so it never refuses one.
                PeriodKind::Adhoc => "any period",
            };
            format!(
                "report `{report}` is due every {}, so its period is written like {example}, not `{period}`",
                kind.as_str()
            )
        }
        BadPeriod::NotOfTask {
            task,
            every,
            first,
            last,
            period,
        } => {
            let (a, b) = match every {
                PeriodKind::Year => (first.to_string(), last.to_string()),
                PeriodKind::HalfYear => (format!("{first}-H1"), format!("{last}-H2")),
                PeriodKind::Quarter => (format!("{first}-Q1"), format!("{last}-Q4")),
                PeriodKind::Month | PeriodKind::Adhoc => (format!("{first}-01"), format!("{last}-12")),
            };
            format!(
                "`{task}` is due every {} from {first} to {last}, so its period is one of `{a}` to `{b}`, not `{period}`",
                every.as_str()
            )
        }
    }
}

fn bad_number(problem: &BadNumber) -> String {
    match problem {
        BadNumber::Text { column, text } => {
            format!("{} `{text}` is not a number", column.as_str())
        }
        BadNumber::AgainstStyle {
            column,
            text,
            style,
        } => {
            let rule = match style {
                NumberStyle::Comma => {
                    "which writes a decimal comma: a point only separates thousands (1.234.567)"
                }
                // A file that says nothing reads a decimal point too.
                NumberStyle::Point | NumberStyle::Unsaid => {
                    "which writes a decimal point: a comma only separates thousands (1,234,567)"
                }
            };
            format!(
                "{} `{text}` is not a number in this file, {rule}; write `{}`",
                column.as_str(),
                swap_marks(text)
            )
        }
        BadNumber::NotFinite { column, value } => {
            format!("{} {value} is not a number", column.as_str())
        }
        BadNumber::Date { column, date } => format!(
            "{} is the date {date}, not a number; format the cell as a number",
            column.as_str()
        ),
        BadNumber::Cell { column, why } => format!("`{column}` {}", cell_problem(why)),
    }
}

/// What a workbook cell holds that no column takes, after its column's name.
fn cell_problem(problem: &CellProblem) -> String {
    match problem {
        CellProblem::Duration => {
            "holds a duration, not a date nor a number; format the cell as a number or a date"
                .into()
        }
        CellProblem::Error { error } => format!(
            "holds the error {error} (what its formula gave); correct the formula or type the value"
        ),
        CellProblem::TimeOfDay => {
            "holds a time of day, not a date; type the date (DD/MM/YYYY)".into()
        }
        CellProblem::PastYear9999 => {
            "holds a date past the year 9999; type the date (DD/MM/YYYY)".into()
        }
        CellProblem::NoSuchDay { day, month, year } => format!(
            "holds {day:02}/{month:02}/{year}, which is not a real date; type the date (DD/MM/YYYY)"
        ),
        CellProblem::IsoDate { text, why } => {
            format!("holds the date `{text}`, which cannot be read: {why}")
        }
    }
}

fn out_of_range(problem: &OutOfRange) -> String {
    match problem {
        OutOfRange::Unit { value, unit } => format!(
            "value {} is outside the range of unit `{}` ({})",
            exact(*value),
            unit.id,
            range(unit, Lang::En)
        ),
        OutOfRange::NegativeCount { column, value } => format!(
            "{} {} is negative; counts are 0 or more",
            column.as_str(),
            exact(*value)
        ),
        OutOfRange::NegativeElement { value } => format!(
            "value {} is negative; a data element counts, so it is 0 or more",
            exact(*value)
        ),
    }
}

fn bad_date(problem: &BadDate) -> String {
    match problem {
        BadDate::Number { column, value } => format!(
            "{} is the number {}, not a date; format the cell as a date, or write it as YYYY-MM-DD or DD/MM/YYYY",
            column.as_str(),
            exact(*value)
        ),
        BadDate::Text { column, text, why } => {
            format!("{} `{text}` is not a real date: {why}", column.as_str())
        }
    }
}

fn percent_cell(problem: &PercentCell) -> String {
    match problem {
        PercentCell::Refused {
            column,
            points,
            stored,
            why,
        } => {
            let name = column.as_str();
            let why = match why {
                PercentWhy::Count => format!("a {name} is a count"),
                PercentWhy::Unit(unit) => {
                    format!("the indicator's unit is `{unit}`, not a percent")
                }
                PercentWhy::Element => "a data element is a count, not a percent".into(),
            };
            format!(
                "{name} is formatted as a percent ({}%, which the spreadsheet stores as {}), but {why}; format the cell as a number and write the {name} itself",
                exact(*points),
                exact(*stored)
            )
        }
        PercentCell::Shown { column, points } => format!(
            "{} is formatted as a percent ({}%); format the cell as a number",
            column.as_str(),
            exact(*points)
        ),
    }
}

fn identity_broken(b: &BrokenIdentity) -> String {
    let parts: Vec<String> = b
        .parts
        .iter()
        .map(|p| {
            let scale = if p.scale == 1.0 {
                String::new()
            } else {
                format!(" × {}", exact(p.scale))
            };
            format!("{} {}{scale} ({})", p.id, exact(p.value), row_in(&p.row))
        })
        .collect();
    let difference = (b.total - b.sum).abs();
    let share = if b.sum == 0.0 {
        String::new()
    } else {
        let share = difference / b.sum.abs() * 100.0;
        format!(", {} % of the sum", rounded(share))
    };
    let allowed = match b.tolerance {
        Some(t) => format!(
            "`within {} {}` allows ({})",
            exact(t.amount),
            t.unit.as_str(),
            rounded(b.allowed)
        ),
        None => format!(
            "the rounding of the figures explains ({})",
            rounded(b.allowed)
        ),
    };
    format!(
        "{}: the total {} ({}) is not the sum of its parts, {} = {}; they differ by {}{share}, more than {allowed}; correct the rows, or write the tolerance the figures have (`total of ... within 0.5 points`)",
        key(&b.key),
        exact(b.total),
        row_in(&b.total_row),
        rounded(b.sum),
        parts.join(" + "),
        rounded(difference)
    )
}

fn conflict(c: &ValueConflict) -> String {
    format!(
        "{}: value {} conflicts with {} on {}; give both rows a `reported_on` date to mark the later one as a revision, or remove one",
        key(&c.key),
        exact(c.value),
        exact(c.first_value),
        row_in(&c.first)
    )
}

/// "indicator 3, area son_la, period 2023 (sex = female)".
pub fn key(key: &KeyNames) -> String {
    let series = match &key.series {
        Some(SeriesName::Indicator(id)) => format!("indicator {id}"),
        Some(SeriesName::Element(id)) => format!("element {id}"),
        None => String::new(),
    };
    let mut text = format!("{series}, area {}, period {}", key.area, key.period);
    if !key.disaggregation.is_empty() {
        let parts: Vec<String> = key
            .disaggregation
            .iter()
            .map(|(dimension, value)| format!("{dimension} = {value}"))
            .collect();
        text.push_str(&format!(" ({})", parts.join(", ")));
    }
    text
}

/// "line 12 of data.csv", "row 14 of sheet Sheet1 in data.xlsx".
pub fn row_in(row: &RowIn) -> String {
    match &row.sheet {
        Some(sheet) => format!("row {} of sheet {sheet} in {}", row.line, row.file),
        None => format!("line {} of {}", row.line, row.file),
    }
}

/// "line 12", or a workbook's reference as it is (`Sheet1!14`).
pub fn row_at(row: &RowAt) -> String {
    match row {
        RowAt::Line(line) => format!("line {line}"),
        RowAt::Reference(reference) => reference.clone(),
    }
}
