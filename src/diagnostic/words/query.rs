//! Queries: what is wrong with one, where, and how to put it right, in the language asked for,
//! from the catalogue `src/i18n/*/data.ftl` (a message with `.label` and `.help`).

use super::{both, did_you_mean, either, Words};
use crate::diagnostic::problem::{QueryProblem, ValueHint, Wanted};
use crate::i18n::{Arg, Lang};
use crate::query::schema::{Domain, Subject};

/// The message `id` with its label and help, made from the same arguments; the help is
/// "did you mean `similar`?" when a close word was found.
fn said(lang: Lang, id: &str, args: &[(&str, Arg)], similar: Option<&str>) -> Words {
    Words {
        message: lang.text_with(id, args),
        label: lang.attribute(id, "label", args),
        related: Vec::new(),
        help: Some(match similar {
            Some(s) => did_you_mean(s, lang),
            None => lang.attribute(id, "help", args),
        }),
    }
}

pub(super) fn words(problem: &QueryProblem, lang: Lang) -> Words {
    let text = |s: &str| Arg::from(s);
    match problem {
        QueryProblem::Syntax {
            expected,
            found,
            similar,
        } => said(
            lang,
            "query-syntax",
            &[
                ("wanted", wanted_words(expected, lang).into()),
                ("found", text(found)),
            ],
            similar.as_deref(),
        ),
        QueryProblem::Incomplete { expected } => said(
            lang,
            "query-incomplete",
            &[("wanted", wanted_words(expected, lang).into())],
            None,
        ),
        QueryProblem::Unclosed { text: quote } => {
            let id = if *quote {
                "query-unclosed-text"
            } else {
                "query-unclosed-parenthesis"
            };
            said(lang, id, &[], None)
        }
        // The label and help are those of a plan's named query nested too deep.
        QueryProblem::TooDeep { limit } => Words::new(
            lang.text_with("query-too-deep", &[("limit", limit.to_string().into())]),
            crate::query::limits::too_deep_label(lang),
            crate::query::limits::too_deep_help(lang),
        ),
        QueryProblem::UnknownStart { word, similar } => said(
            lang,
            "query-unknown-start",
            &[("word", text(word))],
            similar.as_deref(),
        ),
        // The message names the dates as the language writes them; the help writes the
        // query, whose dates are ISO 8601.
        QueryProblem::DatesReversed { from, to } => said(
            lang,
            "query-dates-reversed",
            &[
                ("from", crate::i18n::date(lang, *from).into()),
                ("to", crate::i18n::date(lang, *to).into()),
                ("from_written", from.to_string().into()),
                ("to_written", to.to_string().into()),
            ],
            None,
        ),
        QueryProblem::BadDate { written, why } => said(
            lang,
            "query-bad-date",
            &[
                ("written", text(written)),
                ("why", super::reading::date_error(why, lang).into()),
            ],
            None,
        ),
        QueryProblem::BadLimit { written } => {
            said(lang, "query-bad-limit", &[("written", text(written))], None)
        }
        QueryProblem::NumberTooLarge { written } => said(
            lang,
            "query-number-too-large",
            &[("written", text(written))],
            None,
        ),
        QueryProblem::Internal => Words {
            message: lang.text("query-internal"),
            label: String::new(),
            related: Vec::new(),
            help: Some(lang.attribute("query-internal", "help", &[])),
        },
        QueryProblem::UnknownId { id, similar } => said(
            lang,
            "query-unknown-id",
            &[("id", text(id))],
            similar.as_deref(),
        ),
        QueryProblem::UnknownSubject {
            word,
            similar,
            subjects,
        } => said(
            lang,
            "query-unknown-subject",
            &[("word", text(word)), ("subjects", listing(subjects).into())],
            similar.as_deref(),
        ),
        QueryProblem::UnknownField {
            field,
            subject,
            similar,
            fields,
        } => said(
            lang,
            "query-unknown-field",
            &[
                ("field", text(field)),
                ("subject", text(subject)),
                ("fields", listing(fields).into()),
            ],
            similar.as_deref(),
        ),
        QueryProblem::CountSortField {
            field,
            similar,
            columns,
        } => said(
            lang,
            "query-count-sort-field",
            &[
                ("field", text(field)),
                ("columns", columns.join(", ").into()),
            ],
            similar.as_deref(),
        ),
        QueryProblem::RepeatedClause { clause } => said(
            lang,
            "query-repeated-clause",
            &[("clause", text(clause))],
            None,
        ),
        QueryProblem::StateNotApplicable { state, subject } => {
            let takes: Vec<&str> = (Subject::ALL.iter())
                .filter(|s| s.states().contains(&state.as_str()))
                .map(|s| s.as_str())
                .collect();
            let subjects = match takes.as_slice() {
                [] => lang.text("query-state-applies-to-nothing"),
                names => both(
                    &names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                    lang,
                ),
            };
            said(
                lang,
                "query-state-not-applicable",
                &[
                    ("state", text(state)),
                    ("subjects", subjects.into()),
                    ("subject", text(subject)),
                    ("example", text(takes.first().unwrap_or(&"reports"))),
                ],
                None,
            )
        }
        QueryProblem::DueNotApplicable { subject, year } => said(
            lang,
            "query-due-not-applicable",
            &[
                ("subject", text(subject)),
                ("year", year.to_string().into()),
            ],
            None,
        ),
        QueryProblem::ColumnsInCount => said(lang, "query-columns-in-count", &[], None),
        QueryProblem::RepeatedField { field } => said(
            lang,
            "query-repeated-field",
            &[("field", text(field))],
            None,
        ),
        QueryProblem::ContainsOnNumbers { field, kind } => said(
            lang,
            "query-contains-on-numbers",
            &[("field", text(field)), ("kind", kind.words(lang).into())],
            None,
        ),
        QueryProblem::OrderingOnText { op, field, kind } => said(
            lang,
            "query-ordering-on-text",
            &[
                ("op", text(op)),
                ("field", text(field)),
                ("kind", kind.words(lang).into()),
            ],
            None,
        ),
        QueryProblem::NotANumber { field, written } => said(
            lang,
            "query-not-a-number",
            &[("field", text(field)), ("written", text(written))],
            None,
        ),
        QueryProblem::NotADate { field, written } => said(
            lang,
            "query-not-a-date",
            &[("field", text(field)), ("written", text(written))],
            None,
        ),
        QueryProblem::UnknownValue {
            value,
            field,
            domain,
            hint,
        } => unknown_value(value, field, *domain, hint, lang),
    }
}

/// A value the field never takes: "the plan has no agency `ytee`" for the plan's ids,
/// "`x` is not a status" for the fixed words.
fn unknown_value(value: &str, field: &str, domain: Domain, hint: &ValueHint, lang: Lang) -> Words {
    let from_plan = matches!(
        domain,
        Domain::Measures
            | Domain::Agencies
            | Domain::Objectives
            | Domain::Reports
            | Domain::Units
            | Domain::Tasks
            | Domain::Projects
            | Domain::Assignments
            | Domain::Covered
    );
    let id = if from_plan {
        "query-unknown-value-of-plan"
    } else {
        "query-unknown-value"
    };
    let args = [
        ("value", Arg::from(value)),
        ("field", field.into()),
        (
            "what",
            lang.text_with("query-domain", &[("domain", domain_id(domain).into())])
                .into(),
        ),
    ];
    let help = match hint {
        ValueHint::PartsOf(parts) => lang.text_with(
            "query-value-parts-of",
            &[("value", value.into()), ("parts", parts.join(", ").into())],
        ),
        ValueHint::Similar(s) => did_you_mean(s, lang),
        ValueHint::OneOf(values) => lang.text_with(
            "query-value-one-of",
            &[("field", field.into()), ("values", listing(values).into())],
        ),
    };
    Words {
        message: lang.text_with(id, &args),
        label: lang.attribute(id, "label", &args),
        related: Vec::new(),
        help: Some(help),
    }
}

/// A list of names, cut after 24.
fn listing(names: &[String]) -> String {
    if names.len() > 24 {
        format!("{}, …", names[..24].join(", "))
    } else {
        names.join(", ")
    }
}

/// The catalogue's name of a field's domain, for `query-domain`.
fn domain_id(domain: Domain) -> &'static str {
    match domain {
        Domain::Free => "free",
        Domain::Measures => "measures",
        Domain::Agencies => "agencies",
        Domain::Objectives => "objectives",
        Domain::Reports => "reports",
        Domain::Units => "units",
        Domain::Directions => "directions",
        Domain::Statuses => "statuses",
        Domain::TargetKinds => "target_kinds",
        Domain::YesNo => "yes_no",
        Domain::ReportStatuses => "report_statuses",
        Domain::Tasks => "tasks",
        Domain::Projects => "projects",
        Domain::Assignments => "assignments",
        Domain::Covered => "covered",
        Domain::TaskStatuses => "task_statuses",
        Domain::AgencyRoles => "agency_roles",
    }
}

/// "a, b or c"; "a query" when nothing in particular was expected.
fn wanted_words(expected: &[Wanted], lang: Lang) -> String {
    let items: Vec<String> = expected.iter().map(|w| wanted(*w, lang)).collect();
    match items.as_slice() {
        [] => lang.text("query-wanted-anything"),
        items => either(items, lang),
    }
}

fn wanted(w: Wanted, lang: Lang) -> String {
    let id = match w {
        Wanted::Keyword(k) => return format!("`{k}`"),
        Wanted::SortOrder => "query-wanted-sort-order",
        Wanted::ReportState => "query-wanted-report-state",
        Wanted::Subject => "query-wanted-subject",
        Wanted::Field => "query-wanted-field",
        Wanted::Comparison => "query-wanted-comparison",
        Wanted::Value => "query-wanted-value",
        Wanted::Text => "query-wanted-text",
        Wanted::Word => "query-wanted-word",
        Wanted::Number => "query-wanted-number",
        Wanted::Dates => "query-wanted-dates",
        Wanted::Condition => "query-wanted-condition",
        Wanted::EndOfQuery => "query-wanted-end",
    };
    lang.text(id)
}

#[cfg(test)]
mod samples;
#[cfg(test)]
mod tests;
