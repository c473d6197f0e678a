//! `:help [TOPIC]`. Every example works on the bundled Sơn La plan and its sample data
//! (a test runs them all).

use super::commands::COMMANDS;
use super::session::Reply;
use crate::eval::Status;
use crate::query::schema::Subject;
use crate::render::evaluation::words::status_meaning;
use crate::text::did_you_mean;

/// The topics `:help TOPIC` knows, as `:help` lists them and tab completion offers them.
pub const TOPICS: [&str; 4] = ["syntax", "fields", "commands", "examples"];

/// Queries shown by `:help examples`, with what each answers.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("indicators", "every indicator and part, its lead, current milestone, status and latest value"),
    ("indicators where lead = yte and status != achieved", "Sở Y tế's indicators not yet achieved"),
    ("indicators where \"tre em\" and objective = b", "titles with \"trẻ em\" (case and diacritics ignored) in objective b"),
    ("indicators where lead ~ \"y te\" sort by latest desc limit 3", "agencies match by name too"),
    ("indicators where target_year = 2030 and not target_year = 2025 columns id, title, target_value", "indicators with a 2030 target only"),
    ("targets due 2025 where status in (regressing, limited_progress)", "2025 targets in trouble"),
    ("targets where ratio < 0.6 columns id, target, status, ratio", "targets whose growth ratio is below 0.6"),
    ("show 3", "everything about indicator 3: targets, owners, source, data, status per milestone"),
    ("show 16", "a composite indicator: each part"),
    ("show gddt", "an agency: what it leads and supports, the reports it owes"),
    ("agencies where late > 0 or missing > 0", "agencies behind with their reports"),
    ("reports due 2025-01-01..2025-06-30 where agency = gddt", "reports due in the first half of 2025"),
    ("late reports sort by days_late desc limit 5", "the latest reports"),
    ("missing reports", "reports that never arrived"),
    ("count indicators by status, owner", "how many indicators per status per owner"),
    ("count reports due 2024 by status", "2024's reporting in numbers"),
    ("objectives", "the objectives and their indicators"),
];

/// Queries about tasks and projects, shown by `:help examples` for a plan that has them (the
/// Sơn La plan has none; they run on it and find nothing).
pub const TASK_EXAMPLES: &[(&str, &str)] = &[
    (
        "overdue tasks where agency = yte",
        "the tasks Sở Y tế owes whose deadline has passed, not done",
    ),
    (
        "tasks where lead = yte columns id, agency, period, due, done_on, status",
        "every task Sở Y tế leads, each time it is owed",
    ),
    (
        "count tasks by agency, status",
        "how many tasks each agency has done, late, overdue or upcoming",
    ),
    (
        "agencies where tasks_overdue > 0 columns id, tasks_owed, tasks_done, tasks_overdue",
        "agencies behind with their tasks",
    ),
    (
        "projects where status = overdue",
        "projects whose deadline has passed",
    ),
];

fn syntax() -> String {
    "A query is one of:

  SUBJECT [due WHEN] [where CONDITION] [sort by FIELD [asc|desc], ...] [limit N] [columns FIELD, ...]
  late reports ...  |  missing reports ...        (reports with that status)
  late tasks ...    |  overdue tasks ...          (tasks, or projects, with that status)
  count SUBJECT [due WHEN] [where CONDITION] by FIELD, ... [sort by FIELD|count [desc]] [limit N]
  show ID                                          (an indicator, a part, an agency, a task or a project)

SUBJECT is indicators, targets, agencies, objectives, reports, tasks or projects.
WHEN is a year (`due 2025`) or two dates (`due 2025-01-01..2025-06-30`); it applies to targets
(their milestone or the span they hold over), reports, tasks and projects (their deadline).
CONDITION combines comparisons with and, or, not and parentheses:
  FIELD = VALUE    FIELD != VALUE    FIELD < VALUE  (<=, >, >=; also ≤ ≥ ≠)
  FIELD ~ \"text\"   contains, ignoring case and Vietnamese diacritics (\"y te\" finds \"Y tế\")
  FIELD in (VALUE, VALUE, ...)
  \"text\"           the title (an agency's name) contains the text
VALUE is a word (yte, 16a, on_track), a number, a date (2025-06-30) or a quoted text.
A field that holds several values (lead, owner, target_year...) matches when one of them does.
Ids also match by name: `lead = \"Sở Y tế\"` is `lead = yte`.
A query may span lines: an unfinished one (an open parenthesis, a trailing `and`) continues
on the next line. `:help fields` lists the fields, `:help examples` shows queries.
"
    .to_string()
}

fn fields() -> String {
    let mut out = String::new();
    for subject in Subject::ALL {
        out.push_str(&format!(
            "{} (shown by default: {})\n",
            subject.as_str(),
            subject.default_columns().join(", ")
        ));
        for f in subject.fields() {
            out.push_str(&format!(
                "  {:<13} {:<18} {}\n",
                f.name,
                f.kind.describe(),
                f.about
            ));
        }
        out.push('\n');
    }
    out.push_str(
        "An indicator's status is the status of its current target: the next milestone not yet past,\nor the last one. `targets` has one row per target with its own status. Statuses:\n",
    );
    // The meanings `plan eval --format md` gives in its legend, from the same words.
    for status in Status::ALL {
        out.push_str(&format!(
            "  {:<19} {}\n",
            status.as_str(),
            status_meaning(crate::i18n::Lang::En, status)
        ));
    }
    out.push_str(
        "Report statuses: on_time, late, missing, upcoming.\n`tasks` and `projects` have one row per lead agency and period owed; their statuses: done,\nlate, overdue, upcoming (empty for one without a deadline).\n",
    );
    out
}

fn commands() -> String {
    let mut out = String::from("Commands (a line that starts with `:`):\n");
    for (name, args, about) in COMMANDS {
        let head = format!(":{name} {args}");
        out.push_str(&format!("  {head:<26} {about}\n"));
    }
    out
}

fn examples() -> String {
    let mut out =
        String::from("Examples (on plans/son-la-children-2021-2030.plan and its sample data):\n");
    for (q, about) in EXAMPLES {
        out.push_str(&format!("  {q}\n      {about}\n"));
    }
    out.push_str("  :explain 3\n      how each status of indicator 3 was computed\n");
    out.push_str(
        "  :run off_track\n      a named query stored in the plan (`:queries` lists them)\n",
    );
    out.push_str(
        "\nOn a plan with tasks and completion records (plans/dong-nai-drugs-2025.plan and\nplans/data/dong-nai-tasks-done.csv; `show TASK` shows one):\n",
    );
    for (q, about) in TASK_EXAMPLES {
        out.push_str(&format!("  {q}\n      {about}\n"));
    }
    out
}

fn overview() -> String {
    format!(
        "Ask questions about a plan and its data. Type a query, or a command starting with `:`.\n\
         Topics: {}  (`:help TOPIC`)\n\n\
         Try:\n  indicators where lead = yte\n  show 3\n  count indicators by status, owner\n  late reports\n  :explain 3\n\n{}",
        TOPICS.join(", "),
        commands()
    )
}

/// The reply to `:help topic`: the overview when `topic` is empty, an error with a
/// "did you mean" when there is no such topic.
pub fn help(topic: &str) -> Reply {
    let text = match topic {
        "" => overview(),
        "syntax" | "query" | "queries" => syntax(),
        "fields" => fields(),
        "commands" => commands(),
        "examples" => examples(),
        other => {
            let hint = did_you_mean(other, TOPICS)
                .unwrap_or_else(|| format!("the topics are {}", TOPICS.join(", ")));
            return Reply::error(format!("error: no help on `{other}`; {hint}\n"));
        }
    };
    Reply::out(text)
}
