//! Queries.

use super::{similar_or, Words};
use crate::diagnostic::problem::{QueryProblem, ValueHint, Wanted};
use crate::i18n::Lang;
use crate::query::schema::{Domain, Subject};

pub(super) fn words(problem: &QueryProblem) -> Words {
    match problem {
        QueryProblem::Syntax {
            expected,
            found,
            similar,
        } => {
            let wanted = wanted_words(expected);
            Words::new(
                format!("expected {wanted}, found `{found}`"),
                format!("{wanted} expected here"),
                similar_or(
                    similar.as_deref(),
                    "see `:help syntax` for the forms a query takes", Lang::En),
            )
        }
        QueryProblem::Incomplete { expected } => {
            let wanted = wanted_words(expected);
            Words::new(
                format!("the query stops here, but {wanted} should follow"),
                "something is missing here",
                format!("finish the query with {wanted}"),
            )
        }
        QueryProblem::Unclosed { text } => {
            let (message, help) = if *text {
                ("this text is never closed", "close it with `\"`")
            } else {
                ("this parenthesis is never closed", "close it with `)`")
            };
            Words::new(message.into(), "opened here", help)
        }
        QueryProblem::TooDeep { limit } => Words::new(
            format!("the query nests parentheses more than {limit} deep"),
            crate::query::limits::too_deep_label(Lang::En),
            crate::query::limits::too_deep_help(Lang::En),
        ),
        QueryProblem::UnknownStart { word, similar } => Words::new(
            format!("unknown query `{word}`"),
            "not a kind of query",
            similar_or(
                similar.as_deref(),
                "a query starts with indicators, targets, agencies, objectives, reports, late, missing, count or show; commands start with `:` (`:help`)", Lang::En),
        ),
        QueryProblem::DatesReversed { from, to } => Words::new(
            format!("the dates are in the wrong order: {from} is after {to}"),
            "from .. to",
            format!("write the earlier date first: `due {to}..{from}`"),
        ),
        QueryProblem::BadDate { written, why } => Words::new(
            format!("`{written}` is not a date: {why}"),
            "not a date",
            "write dates as YYYY-MM-DD, e.g. 2025-06-30",
        ),
        QueryProblem::BadLimit { written } => Words::new(
            format!("`limit {written}` is not a whole number of rows"),
            "a whole number is needed here",
            "write how many rows to keep, e.g. `limit 10`",
        ),
        QueryProblem::NumberTooLarge { written } => Words::new(
            format!("`{written}` is too large to be a number"),
            "this number",
            "write a smaller number",
        ),
        QueryProblem::Internal => Words {
            message: "internal error: unexpected syntax tree while reading the query".into(),
            label: String::new(),
            related: Vec::new(),
            help: Some(
                "this is a bug in planlang; please report it with the query that caused it".into(),
            ),
        },
        QueryProblem::UnknownId { id, similar } => Words::new(
            format!("the plan has no indicator, part, agency, task or project `{id}`"),
            "not an id of the plan",
            similar_or(
                similar.as_deref(),
                "`show` takes an indicator (3), a part (16a), an agency (yte), a task or a project; `indicators`, `agencies`, `tasks` and `projects` list them", Lang::En),
        ),
        QueryProblem::UnknownSubject {
            word,
            similar,
            subjects,
        } => Words::new(
            format!("unknown query `{word}`"),
            "not something a query can list",
            similar_or(similar.as_deref(), format!("a query lists {}", listing(subjects)), Lang::En),
        ),
        QueryProblem::UnknownField {
            field,
            subject,
            similar,
            fields,
        } => Words::new(
            format!("unknown field `{field}`"),
            format!("not a field of {subject}"),
            similar_or(
                similar.as_deref(),
                format!("{subject} have the fields {}", listing(fields)), Lang::En),
        ),
        QueryProblem::CountSortField {
            field,
            similar,
            columns,
        } => Words::new(
            format!("a count cannot be sorted by `{field}`"),
            "not a column of the count",
            similar_or(
                similar.as_deref(),
                format!("sort by one of its columns: {}", columns.join(", ")), Lang::En),
        ),
        QueryProblem::RepeatedClause { clause } => Words::new(
            format!("`{clause}` is written twice"),
            "second one",
            format!("keep one `{clause}`"),
        ),
        QueryProblem::StateNotApplicable { state, subject } => {
            let takes: Vec<&str> = (Subject::ALL.iter())
                .filter(|s| s.states().contains(&state.as_str()))
                .map(|s| s.as_str())
                .collect();
            let names = match takes.as_slice() {
                [] => "nothing".to_string(),
                [one] => one.to_string(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
            };
            Words::new(
                format!("`{state}` applies to {names}, not to {subject}"),
                format!("only {names} are {state}"),
                format!("write `{state} {}`", takes.first().unwrap_or(&"reports")),
            )
        }
        QueryProblem::DueNotApplicable { subject, year } => Words::new(
            format!("`due` applies to targets, reports, tasks and projects, not to {subject}"),
            "no due dates here",
            format!("write `targets due {year}` for the targets of that year, or `reports due ...` for deadlines"),
        ),
        QueryProblem::ColumnsInCount => Words::new(
            "a count shows its groups and `count`, so `columns` does not apply".into(),
            "remove this",
            "choose the groups with `by`: `count indicators by status, lead`",
        ),
        QueryProblem::RepeatedField { field } => Words::new(
            format!("`{field}` is named twice after `by`"),
            "named again here",
            format!("group by each field once: remove this `{field}`"),
        ),
        QueryProblem::ContainsOnNumbers { field, kind } => Words::new(
            format!("`~` looks for text, but `{field}` is {}", kind.describe()),
            "contains",
            "compare it with =, !=, <, <=, > or >=",
        ),
        QueryProblem::OrderingOnText { op, field, kind } => Words::new(
            format!(
                "`{op}` orders numbers and dates, but `{field}` is {}",
                kind.describe()
            ),
            "an ordering",
            format!("use `=`, `!=` or `~` (contains) with `{field}`"),
        ),
        QueryProblem::NotANumber { field, written } => Words::new(
            format!("`{field}` is a number, and `{written}` is not"),
            "a number is needed here",
            format!("compare `{field}` with a number, e.g. `{field} >= 2025`"),
        ),
        QueryProblem::NotADate { field, written } => Words::new(
            format!("`{field}` is a date, and `{written}` is not"),
            "a date is needed here",
            format!("write a date as YYYY-MM-DD, e.g. `{field} >= 2025-01-01`"),
        ),
        QueryProblem::UnknownValue {
            value,
            field,
            domain,
            hint,
        } => {
            let what = domain_name(*domain);
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
            let message = if from_plan {
                format!("the plan has no {what} `{value}`")
            } else {
                format!("`{value}` is not a {what}")
            };
            let help = match hint {
                ValueHint::PartsOf(parts) => format!(
                    "indicator {value} has parts {}: name one of them, or use `number = {value}` on indicators",
                    parts.join(", ")
                ),
                ValueHint::Similar(s) => format!("did you mean `{s}`?"),
                ValueHint::OneOf(values) => {
                    format!("`{field}` takes one of: {}", listing(values))
                }
            };
            Words::new(message, format!("not a value of `{field}`"), help)
        }
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

fn domain_name(domain: Domain) -> &'static str {
    match domain {
        Domain::Free => "value",
        Domain::Measures => "indicator or part",
        Domain::Agencies => "agency",
        Domain::Objectives => "objective",
        Domain::Reports => "report",
        Domain::Units => "unit",
        Domain::Directions => "direction",
        Domain::Statuses => "status",
        Domain::TargetKinds => "kind of target",
        Domain::YesNo => "value (yes or no)",
        Domain::ReportStatuses => "report status",
        Domain::Tasks => "task",
        Domain::Projects => "project",
        Domain::Assignments => "indicator, part, project or task",
        Domain::Covered => "indicator, part or task",
        Domain::TaskStatuses => "task status",
        Domain::AgencyRoles => "role (assigned or requested)",
    }
}

/// "a, b or c"; "a query" when nothing in particular was expected.
fn wanted_words(expected: &[Wanted]) -> String {
    let items: Vec<String> = expected.iter().map(|w| wanted(*w)).collect();
    match items.as_slice() {
        [] => "a query".into(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn wanted(w: Wanted) -> String {
    match w {
        Wanted::Keyword(k) => format!("`{k}`"),
        Wanted::SortOrder => "`asc` or `desc`".into(),
        Wanted::ReportState => "`late`, `missing` or `overdue`".into(),
        Wanted::Subject => {
            "what to list (indicators, targets, agencies, objectives or reports)".into()
        }
        Wanted::Field => "a field".into(),
        Wanted::Comparison => "a comparison (=, !=, <, <=, >, >= or ~)".into(),
        Wanted::Value => "a value (a word, a number, a date or a quoted text)".into(),
        Wanted::Text => "a quoted text".into(),
        Wanted::Word => "a word".into(),
        Wanted::Number => "a number".into(),
        Wanted::Dates => "a year (2025) or two dates (2025-01-01..2025-06-30)".into(),
        Wanted::Condition => "a condition".into(),
        Wanted::EndOfQuery => "the end of the query".into(),
    }
}
