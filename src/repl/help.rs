//! `:help [TOPIC]`. Every example works on the bundled Sơn La plan and its sample data
//! (a test runs them all).

use super::commands::COMMANDS;
use super::session::Reply;
use crate::eval::Status;
use crate::i18n::Lang;
use crate::query::schema::Subject;
use crate::render::evaluation::words::status_meaning;

/// The topics `:help TOPIC` knows, as `:help` lists them and tab completion offers them.
pub const TOPICS: [&str; 4] = ["syntax", "fields", "commands", "examples"];

/// Queries shown by `:help examples`, each with the catalogue's message of what it answers.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("indicators", "repl-example-indicators"),
    ("indicators where lead = yte and status != achieved", "repl-example-lead-not-achieved"),
    ("indicators where \"tre em\" and objective = b", "repl-example-title-text"),
    ("indicators where lead ~ \"y te\" sort by latest desc limit 3", "repl-example-lead-by-name"),
    ("indicators where target_year = 2030 and not target_year = 2025 columns id, title, target_value", "repl-example-2030-only"),
    ("targets due 2025 where status in (regressing, limited_progress)", "repl-example-in-trouble"),
    ("targets where ratio < 0.6 columns id, target, status, ratio", "repl-example-low-ratio"),
    ("show 3", "repl-example-show-indicator"),
    ("show 16", "repl-example-show-composite"),
    ("show gddt", "repl-example-show-agency"),
    ("agencies where late > 0 or missing > 0", "repl-example-agencies-behind"),
    ("reports due 2025-01-01..2025-06-30 where agency = gddt", "repl-example-reports-half-year"),
    ("late reports sort by days_late desc limit 5", "repl-example-latest-reports"),
    ("missing reports", "repl-example-missing-reports"),
    ("count indicators by status, owner", "repl-example-count-status-owner"),
    ("count reports due 2024 by status", "repl-example-count-reports"),
    ("objectives", "repl-example-objectives"),
];

/// Queries about tasks and projects, shown by `:help examples` for a plan that has them (the
/// Sơn La plan has none; they run on it and find nothing).
pub const TASK_EXAMPLES: &[(&str, &str)] = &[
    (
        "overdue tasks where agency = yte",
        "repl-example-overdue-tasks",
    ),
    (
        "tasks where lead = yte columns id, agency, period, due, done_on, status",
        "repl-example-tasks-of-lead",
    ),
    ("count tasks by agency, status", "repl-example-count-tasks"),
    (
        "agencies where tasks_overdue > 0 columns id, tasks_owed, tasks_done, tasks_overdue",
        "repl-example-agencies-tasks-behind",
    ),
    (
        "projects where status = overdue",
        "repl-example-overdue-projects",
    ),
];

fn syntax(lang: Lang) -> String {
    format!("{}\n", lang.text("repl-help-syntax"))
}

fn fields(lang: Lang) -> String {
    let mut out = String::new();
    for subject in Subject::ALL {
        let shown = subject.default_columns().join(", ");
        let heading = lang.text_with(
            "repl-help-subject",
            &[
                ("subject", subject.as_str().into()),
                ("shown", shown.into()),
            ],
        );
        out.push_str(&format!("{heading}\n"));
        for f in subject.fields() {
            out.push_str(&format!(
                "  {:<13} {:<18} {}\n",
                f.name,
                f.kind.words(lang),
                subject.field_about(lang, f.name)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n", lang.text("repl-help-statuses")));
    // The meanings `plan eval --format md` gives in its legend, from the same words.
    for status in Status::ALL {
        out.push_str(&format!(
            "  {:<19} {}\n",
            status.as_str(),
            status_meaning(lang, status)
        ));
    }
    out.push_str(&format!("{}\n", lang.text("repl-help-other-statuses")));
    out
}

fn commands(lang: Lang) -> String {
    let mut out = format!("{}\n", lang.text("repl-help-commands"));
    for (name, args) in COMMANDS {
        let head = format!(":{name} {args}");
        let about = lang.text(&format!("repl-command-{name}"));
        out.push_str(&format!("  {head:<26} {about}\n"));
    }
    out
}

fn examples(lang: Lang) -> String {
    let mut out = format!("{}\n", lang.text("repl-help-examples"));
    for (q, about) in EXAMPLES {
        out.push_str(&format!("  {q}\n      {}\n", lang.text(about)));
    }
    for (q, about) in [
        (":explain 3", "repl-example-explain"),
        (":run off_track", "repl-example-run"),
    ] {
        out.push_str(&format!("  {q}\n      {}\n", lang.text(about)));
    }
    out.push_str(&format!("\n{}\n", lang.text("repl-help-task-examples")));
    for (q, about) in TASK_EXAMPLES {
        out.push_str(&format!("  {q}\n      {}\n", lang.text(about)));
    }
    out
}

fn overview(lang: Lang) -> String {
    let intro = lang.text_with(
        "repl-help-overview",
        &[("topics", TOPICS.join(", ").into())],
    );
    format!(
        "{intro}\n  indicators where lead = yte\n  show 3\n  count indicators by status, owner\n  late reports\n  :explain 3\n\n{}",
        commands(lang)
    )
}

/// The reply to `:help topic` in `lang`: the overview when `topic` is empty, an error with
/// a "did you mean" when there is no such topic.
pub fn help(lang: Lang, topic: &str) -> Reply {
    let text = match topic {
        "" => overview(lang),
        "syntax" | "query" | "queries" => syntax(lang),
        "fields" => fields(lang),
        "commands" => commands(lang),
        "examples" => examples(lang),
        other => {
            let hint = crate::text::closest(other, TOPICS).map_or_else(
                || lang.text_with("repl-topics-are", &[("topics", TOPICS.join(", ").into())]),
                |name| lang.text_with("diag-did-you-mean", &[("name", name.into())]),
            );
            let message = lang.text_with(
                "repl-no-such-topic",
                &[("topic", other.into()), ("hint", hint.into())],
            );
            return Reply::error(format!(
                "{}\n",
                lang.text_with("error-line", &[("message", message.into())])
            ));
        }
    };
    Reply::out(text)
}
