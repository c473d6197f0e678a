//! Data files: the rows refused. A data problem is said in one line, which says what is
//! wrong and how to fix it (the one-line forms `plan eval` prints and writes to JSON), in the
//! language asked for, from the catalogue `src/i18n/*/data.ftl`.

use super::data_file;
use super::number;
use super::reading::date_error;
use super::targets::range;
use crate::data::number::swap_marks;
use crate::data::NumberStyle;
use crate::diagnostic::problem::{
    BadDate, BadNumber, BadPeriod, BrokenIdentity, CellProblem, Column, DataProblem, KeyNames,
    OutOfRange, PercentCell, PercentWhy, RowAt, RowIn, SeriesName, Suggestion, ValueConflict,
};
use crate::i18n::{Arg, Lang};
use crate::model::PeriodKind;
use crate::numbers::{exact, rounded};

/// A computed number as `lang` writes it, to the digits [`rounded`] gives.
fn rounded_number(lang: Lang, value: f64) -> String {
    crate::i18n::number(lang, &rounded(value))
}

/// An argument that is a column's name, as a header writes it.
fn column(c: Column) -> Arg {
    c.as_str().into()
}

/// The message of a data problem, in `lang`.
pub fn message(problem: &DataProblem, lang: Lang) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| lang.text_with(id, args);
    match problem {
        DataProblem::Unreadable(u) => data_file::unreadable(u, lang),
        DataProblem::MissingColumn(m) => data_file::missing_column(m, lang),
        DataProblem::UnknownColumn(u) => data_file::unknown_column(u, lang),
        DataProblem::Encoding(e) => data_file::not_text(e, lang),
        DataProblem::BadHeader(h) => data_file::bad_header(h, lang),
        DataProblem::SkippedSheet(s) => data_file::skipped_sheet(s, lang),
        DataProblem::MissingValue {
            column: Column::Value,
        } => lang.text("data-missing-value"),
        DataProblem::MissingValue { column: c } => {
            say("data-missing-value-in", &[("column", column(*c))])
        }
        DataProblem::UnknownIndicator { indicator, hint } => {
            let indicator = ("indicator", indicator.as_str().into());
            match hint {
                Suggestion::Similar(id) => say(
                    "data-unknown-indicator-similar",
                    &[indicator, ("similar", id.as_str().into())],
                ),
                _ => say("data-unknown-indicator", &[indicator]),
            }
        }
        DataProblem::UnknownArea { area, hint } => {
            let area = ("area", area.as_str().into());
            match hint {
                Suggestion::Similar(id) => say(
                    "data-unknown-area-similar",
                    &[area, ("similar", id.as_str().into())],
                ),
                Suggestion::NoneDeclared => say("data-unknown-area-none-declared", &[area]),
                _ => say("data-unknown-area", &[area]),
            }
        }
        DataProblem::BadPeriod(p) => bad_period(p, lang),
        DataProblem::PeriodOutsidePlan {
            period,
            first,
            start,
            end,
        } => {
            let mut args = vec![
                ("period", period.to_string().into()),
                ("start", start.to_string().into()),
                ("end", end.to_string().into()),
            ];
            if i64::from(*first) < i64::from(*start) - 1 {
                args.push(("first", first.to_string().into()));
                say("data-period-outside-plan-baselines", &args)
            } else {
                args.push(("baseline", (i64::from(*start) - 1).to_string().into()));
                say("data-period-outside-plan", &args)
            }
        }
        DataProblem::BadNumber(b) => bad_number(b, lang),
        // The numbers that tell how a text reads are written with a decimal point and no
        // other marks in every language: as Vietnamese writes numbers, they would be the
        // very text in question again.
        DataProblem::DecimalComma {
            column: c,
            text,
            value,
        } => say(
            "data-decimal-comma",
            &[
                ("column", column(*c)),
                ("text", text.as_str().into()),
                ("value", exact(*value).into()),
            ],
        ),
        DataProblem::AmbiguousNumber {
            column: c,
            text,
            point,
            comma,
        } => say(
            "data-ambiguous-number",
            &[
                ("column", column(*c)),
                ("text", text.as_str().into()),
                ("point", exact(*point).into()),
                ("comma", exact(*comma).into()),
            ],
        ),
        DataProblem::OutOfRange(o) => out_of_range(o, lang),
        DataProblem::ZeroDenominator { denominator } => say(
            "data-zero-denominator",
            &[("denominator", number(*denominator, lang).into())],
        ),
        DataProblem::BadDate(d) => bad_date(d, lang),
        DataProblem::BadStatus { status } => {
            say("data-bad-status", &[("status", status.as_str().into())])
        }
        DataProblem::UnknownAgency {
            column: c,
            agency,
            hint,
        } => similar_or_not(
            lang,
            "data-unknown-agency",
            vec![("column", column(*c)), ("agency", agency.as_str().into())],
            hint,
        ),
        DataProblem::UnknownReport { report, hint } => similar_or_not(
            lang,
            "data-unknown-report",
            vec![("report", report.as_str().into())],
            hint,
        ),
        DataProblem::UnknownTask { task, hint } => similar_or_not(
            lang,
            "data-unknown-task",
            vec![("task", task.as_str().into())],
            hint,
        ),
        DataProblem::NotTaskLead {
            kind,
            task,
            agency,
            leads,
        } => {
            let kind = match *kind {
                "project" => lang.text("data-kind-project"),
                _ => lang.text("data-kind-task"),
            };
            let mut args = vec![
                ("kind", kind.into()),
                ("task", task.as_str().into()),
                ("agency", agency.as_str().into()),
            ];
            if leads.is_empty() {
                say("data-not-task-lead-none", &args)
            } else {
                args.push(("count", leads.len().into()));
                args.push(("leads", ticked(leads, ", ").into()));
                say("data-not-task-lead", &args)
            }
        }
        DataProblem::UnknownDimensionValue {
            value,
            dimension,
            hint,
        } => {
            let mut args = vec![
                ("value", value.as_str().into()),
                ("dimension", dimension.as_str().into()),
            ];
            let id = match hint {
                Suggestion::Similar(id) => {
                    args.push(("similar", id.as_str().into()));
                    "data-unknown-dimension-value-similar"
                }
                Suggestion::OneOf(values) => {
                    args.push(("values", ticked(values, ", ").into()));
                    "data-unknown-dimension-value-one-of"
                }
                Suggestion::NoneDeclared | Suggestion::Nothing => "data-unknown-dimension-value",
            };
            say(id, &args)
        }
        DataProblem::Conflict(c) => conflict(c, lang),
        DataProblem::CompositeIndicator { indicator, parts } => say(
            "data-composite-indicator",
            &[
                ("indicator", indicator.as_str().into()),
                ("parts", or_list(parts, lang).into()),
            ],
        ),
        DataProblem::PercentCell(p) => percent_cell(p, lang),
        DataProblem::WrongUnit { written, unit } => {
            let mut args = vec![
                ("written", written.as_str().into()),
                ("unit", unit.id.as_str().into()),
            ];
            if unit.symbol.is_empty() {
                say("data-wrong-unit", &args)
            } else {
                args.push(("symbol", unit.symbol.as_str().into()));
                say("data-wrong-unit-symbol", &args)
            }
        }
        DataProblem::UnfilledRow { count, first } => match first {
            None => lang.text("data-unfilled-row"),
            Some(first) => say(
                "data-unfilled-rows",
                &[
                    ("count", Arg::Count(*count)),
                    ("row", row_at(first, lang).into()),
                ],
            ),
        },
        DataProblem::IdentityBroken(b) => identity_broken(b, lang),
        DataProblem::NotAHeader { row, problem } => say(
            "data-not-a-header",
            &[
                ("row", row.to_string().into()),
                ("why", message(problem, lang).into()),
            ],
        ),
        DataProblem::AfterBadHeader { header_line, .. } => say(
            "data-after-bad-header",
            &[("line", header_line.to_string().into())],
        ),
    }
}

/// The message `id` with `args`, or `id-similar` with the close id too when there is one.
fn similar_or_not(lang: Lang, id: &str, mut args: Vec<(&str, Arg)>, hint: &Suggestion) -> String {
    match hint {
        Suggestion::Similar(similar) => {
            args.push(("similar", similar.as_str().into()));
            lang.text_with(&format!("{id}-similar"), &args)
        }
        _ => lang.text_with(id, &args),
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

/// Names in backticks, joined by `or` in `lang`.
fn or_list(names: &[impl AsRef<str>], lang: Lang) -> String {
    ticked(names, &format!(" {} ", lang.text("data-or")))
}

/// The id of a kind of period in the catalogue's selectors (`half_year`).
fn period_kind(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Year => "year",
        PeriodKind::HalfYear => "half_year",
        PeriodKind::Quarter => "quarter",
        PeriodKind::Month => "month",
        PeriodKind::Adhoc => "adhoc",
    }
}

fn bad_period(problem: &BadPeriod, lang: Lang) -> String {
    match problem {
        BadPeriod::Written { text } => {
            lang.text_with("data-bad-period", &[("text", text.as_str().into())])
        }
        BadPeriod::Date { date } => lang.text_with(
            "data-bad-period-date",
            &[("date", crate::i18n::date(lang, *date).into())],
        ),
        // An ad hoc report takes a period of any kind, so it never refuses one.
        BadPeriod::NotOfReport {
            report,
            kind,
            period,
        } => {
            let kind = || Arg::from(period_kind(*kind));
            lang.text_with(
                "data-bad-period-report",
                &[
                    ("report", report.as_str().into()),
                    (
                        "every",
                        lang.text_with("data-every", &[("kind", kind())]).into(),
                    ),
                    (
                        "example",
                        lang.text_with("data-period-example", &[("kind", kind())])
                            .into(),
                    ),
                    ("period", period.to_string().into()),
                ],
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
                PeriodKind::Month | PeriodKind::Adhoc => {
                    (format!("{first}-01"), format!("{last}-12"))
                }
            };
            let every = lang.text_with("data-every", &[("kind", period_kind(*every).into())]);
            lang.text_with(
                "data-bad-period-task",
                &[
                    ("task", task.as_str().into()),
                    ("every", every.into()),
                    ("first", first.to_string().into()),
                    ("last", last.to_string().into()),
                    ("from", a.into()),
                    ("to", b.into()),
                    ("period", period.to_string().into()),
                ],
            )
        }
    }
}

fn bad_number(problem: &BadNumber, lang: Lang) -> String {
    match problem {
        BadNumber::Text { column: c, text } => lang.text_with(
            "data-bad-number",
            &[("column", column(*c)), ("text", text.as_str().into())],
        ),
        BadNumber::AgainstStyle {
            column: c,
            text,
            style,
        } => {
            let id = match style {
                NumberStyle::Comma => "data-bad-number-comma-file",
                // A file that says nothing reads a decimal point too.
                NumberStyle::Point | NumberStyle::Unsaid => "data-bad-number-point-file",
            };
            lang.text_with(
                id,
                &[
                    ("column", column(*c)),
                    ("text", text.as_str().into()),
                    ("fixed", swap_marks(text).into()),
                ],
            )
        }
        BadNumber::NotFinite { column: c, value } => lang.text_with(
            "data-bad-number-infinite",
            &[("column", column(*c)), ("value", value.to_string().into())],
        ),
        BadNumber::Date { column: c, date } => lang.text_with(
            "data-bad-number-date",
            &[
                ("column", column(*c)),
                ("date", crate::i18n::date(lang, *date).into()),
            ],
        ),
        BadNumber::Cell { column, why } => cell_problem(column, why, lang),
    }
}

/// What a workbook cell holds that no column takes, with its column's name.
fn cell_problem(column: &str, problem: &CellProblem, lang: Lang) -> String {
    let column = ("column", Arg::from(column));
    match problem {
        CellProblem::Duration => lang.text_with("data-cell-duration", &[column]),
        CellProblem::Error { error } => lang.text_with(
            "data-cell-error",
            &[column, ("error", error.as_str().into())],
        ),
        CellProblem::TimeOfDay => lang.text_with("data-cell-time-of-day", &[column]),
        CellProblem::PastYear9999 => lang.text_with("data-cell-past-9999", &[column]),
        CellProblem::NoSuchDay { day, month, year } => lang.text_with(
            "data-cell-no-such-day",
            &[
                column,
                ("date", format!("{day:02}/{month:02}/{year}").into()),
            ],
        ),
        CellProblem::IsoDate { text, why } => lang.text_with(
            "data-cell-iso-date",
            &[
                column,
                ("text", text.as_str().into()),
                ("why", date_error(why, lang).into()),
            ],
        ),
    }
}

fn out_of_range(problem: &OutOfRange, lang: Lang) -> String {
    match problem {
        OutOfRange::Unit { value, unit } => lang.text_with(
            "data-out-of-range",
            &[
                ("value", number(*value, lang).into()),
                ("unit", unit.id.as_str().into()),
                ("range", range(unit, lang).into()),
            ],
        ),
        OutOfRange::NegativeCount { column: c, value } => lang.text_with(
            "data-negative-count",
            &[
                ("column", column(*c)),
                ("value", number(*value, lang).into()),
            ],
        ),
        OutOfRange::NegativeElement { value } => lang.text_with(
            "data-negative-element",
            &[("value", number(*value, lang).into())],
        ),
    }
}

fn bad_date(problem: &BadDate, lang: Lang) -> String {
    match problem {
        BadDate::Number { column: c, value } => lang.text_with(
            "data-bad-date-number",
            &[
                ("column", column(*c)),
                ("value", number(*value, lang).into()),
            ],
        ),
        BadDate::Text {
            column: c,
            text,
            why,
        } => lang.text_with(
            "data-bad-date",
            &[
                ("column", column(*c)),
                ("text", text.as_str().into()),
                ("why", date_error(why, lang).into()),
            ],
        ),
    }
}

fn percent_cell(problem: &PercentCell, lang: Lang) -> String {
    match problem {
        PercentCell::Refused {
            column: c,
            points,
            stored,
            why,
        } => {
            let why = match why {
                PercentWhy::Count => {
                    lang.text_with("data-percent-why-count", &[("column", column(*c))])
                }
                PercentWhy::Unit(unit) => {
                    lang.text_with("data-percent-why-unit", &[("unit", unit.as_str().into())])
                }
                PercentWhy::Element => lang.text("data-percent-why-element"),
            };
            lang.text_with(
                "data-percent-refused",
                &[
                    ("column", column(*c)),
                    ("points", number(*points, lang).into()),
                    ("stored", number(*stored, lang).into()),
                    ("why", why.into()),
                ],
            )
        }
        PercentCell::Shown { column: c, points } => lang.text_with(
            "data-percent-shown",
            &[
                ("column", column(*c)),
                ("points", number(*points, lang).into()),
            ],
        ),
    }
}

fn identity_broken(b: &BrokenIdentity, lang: Lang) -> String {
    let parts: Vec<String> = b
        .parts
        .iter()
        .map(|p| {
            let mut args = vec![
                ("id", Arg::from(p.id.as_str())),
                ("value", number(p.value, lang).into()),
                ("row", row_in(&p.row, lang).into()),
            ];
            if p.scale == 1.0 {
                lang.text_with("data-identity-part", &args)
            } else {
                args.push(("scale", number(p.scale, lang).into()));
                lang.text_with("data-identity-part-scaled", &args)
            }
        })
        .collect();
    let difference = (b.total - b.sum).abs();
    let share = if b.sum == 0.0 {
        String::new()
    } else {
        let share = difference / b.sum.abs() * 100.0;
        lang.text_with(
            "data-identity-share",
            &[("share", rounded_number(lang, share).into())],
        )
    };
    let allowed = ("allowed", Arg::from(rounded_number(lang, b.allowed)));
    let allowed = match b.tolerance {
        // The plan's own words (`within 0.5 points`), as the plan writes them.
        Some(t) => lang.text_with(
            "data-identity-within",
            &[
                ("amount", exact(t.amount).into()),
                ("unit", t.unit.as_str().into()),
                allowed,
            ],
        ),
        None => lang.text_with("data-identity-rounding", &[allowed]),
    };
    lang.text_with(
        "data-identity-broken",
        &[
            ("key", key(&b.key, lang).into()),
            ("total", number(b.total, lang).into()),
            ("total_row", row_in(&b.total_row, lang).into()),
            ("sum", rounded_number(lang, b.sum).into()),
            ("parts", parts.join(" + ").into()),
            ("difference", rounded_number(lang, difference).into()),
            ("share", share.into()),
            ("allowed", allowed.into()),
        ],
    )
}

fn conflict(c: &ValueConflict, lang: Lang) -> String {
    lang.text_with(
        "data-conflict",
        &[
            ("key", key(&c.key, lang).into()),
            ("value", number(c.value, lang).into()),
            ("first_value", number(c.first_value, lang).into()),
            ("first_row", row_in(&c.first, lang).into()),
        ],
    )
}

/// "indicator 3, area son_la, period 2023 (sex = female)".
pub fn key(key: &KeyNames, lang: Lang) -> String {
    let series = match &key.series {
        Some(SeriesName::Indicator(id)) => {
            lang.text_with("data-key-indicator", &[("id", id.as_str().into())])
        }
        Some(SeriesName::Element(id)) => {
            lang.text_with("data-key-element", &[("id", id.as_str().into())])
        }
        None => String::new(),
    };
    let mut text = lang.text_with(
        "data-key",
        &[
            ("series", series.into()),
            ("area", key.area.as_str().into()),
            ("period", key.period.to_string().into()),
        ],
    );
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

/// "indicator 1, area son_la, period 2023: 50.73 (line 7 of a.csv) replaced by 61.5 (line
/// 555 of a.csv)": a value given again with a later `reported_on`, and the one it replaced.
pub fn revision(
    key_names: &KeyNames,
    old: (f64, &RowIn),
    new: (f64, &RowIn),
    lang: Lang,
) -> String {
    lang.text_with(
        "data-revision",
        &[
            ("key", key(key_names, lang).into()),
            ("old", number(old.0, lang).into()),
            ("old_row", row_in(old.1, lang).into()),
            ("new", number(new.0, lang).into()),
            ("new_row", row_in(new.1, lang).into()),
        ],
    )
}

/// "line 12 of data.csv", "row 14 of sheet Sheet1 in data.xlsx".
pub fn row_in(row: &RowIn, lang: Lang) -> String {
    let line = ("line", Arg::from(row.line.to_string()));
    let file = ("file", Arg::from(row.file.as_str()));
    match &row.sheet {
        Some(sheet) => lang.text_with(
            "data-row-of-sheet",
            &[line, ("sheet", sheet.as_str().into()), file],
        ),
        None => lang.text_with("data-line-of", &[line, file]),
    }
}

/// "line 12", or a workbook's reference as it is (`Sheet1!14`).
pub fn row_at(row: &RowAt, lang: Lang) -> String {
    match row {
        RowAt::Line(line) => lang.text_with("data-line", &[("line", line.to_string().into())]),
        RowAt::Reference(reference) => reference.clone(),
    }
}

#[cfg(test)]
mod samples;
#[cfg(test)]
mod tests;
