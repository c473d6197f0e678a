//! The `:commands` of a session.

use super::help;
use super::session::{count, Reply, Session};
use crate::date::Date;
use crate::i18n::Lang;
use crate::query::{self, Context};
use crate::render::{self, format::Output};
use crate::source::Source;
use crate::text::did_you_mean;
use std::path::PathBuf;

/// Every command, with its arguments and what it does, as `:help commands` lists them.
pub(super) const COMMANDS: &[(&str, &str, &str)] = &[
    (
        "load",
        "PLAN",
        "load a plan (the data files are read again against it)",
    ),
    (
        "data",
        "[FILE...]",
        "add data files (CSV, JSON, xlsx: observations, reports received, tasks done); alone, list what is loaded",
    ),
    (
        "reload",
        "",
        "read the plan and data again (also done before a query when a file changed)",
    ),
    (
        "as-of",
        "[DATE]",
        "evaluate as of a date, YYYY-MM-DD; alone, show it",
    ),
    (
        "format",
        "[table|json|csv]",
        "how answers are printed; alone, show it",
    ),
    (
        "errors",
        "",
        "the plan's diagnostics, rejected data rows, and problems in named queries",
    ),
    (
        "explain",
        "ID",
        "how each status of an indicator was computed, step by step",
    ),
    ("queries", "", "list the plan's named queries"),
    ("run", "NAME", "run a named query"),
    (
        "help",
        "[TOPIC]",
        "help: syntax, fields, commands, examples",
    ),
    ("quit", "", "leave (also :q, :exit, Ctrl-D)"),
];

/// A path as typed, with surrounding quotes taken off.
fn path(text: &str) -> PathBuf {
    PathBuf::from(text.trim().trim_matches(|c| c == '"' || c == '\''))
}

/// The error of a command that needs a plan when none is loaded.
fn no_plan() -> Reply {
    Reply::error("error: no plan is loaded; load one with `:load PLAN`\n")
}

impl Session {
    pub(super) fn command(&mut self, text: &str) -> Reply {
        let text = text.trim();
        let (name, rest) = match text.split_once(char::is_whitespace) {
            Some((n, r)) => (n, r.trim()),
            None => (text, ""),
        };
        match name {
            "load" | "l" if rest.is_empty() => Reply::error(
                "error: `:load` needs a plan file, e.g. `:load plans/son-la-children-2021-2030.plan`\n",
            ),
            "load" | "l" => self.load_plan(&path(rest)),
            "data" | "d" if rest.is_empty() => Reply::out(self.summary()),
            "data" | "d" => {
                let paths: Vec<PathBuf> = rest.split_whitespace().map(path).collect();
                self.add_data(&paths)
            }
            "reload" | "r" => self.reload(true, "is read again"),
            "as-of" | "asof" => self.as_of(rest),
            "format" | "f" => self.format(rest),
            "errors" | "e" => self.errors(),
            "explain" | "x" if rest.is_empty() => Reply::error(
                "error: `:explain` needs an indicator or part, e.g. `:explain 3`\n",
            ),
            "explain" | "x" => self.explain(rest),
            "queries" => self.queries(),
            "run" if rest.is_empty() => Reply::error(
                "error: `:run` needs the name of a query; `:queries` lists them\n",
            ),
            "run" => self.run_named(rest),
            "help" | "h" | "?" => help::help(rest),
            "quit" | "q" | "exit" => Reply {
                quit: true,
                ..Reply::default()
            },
            _ => {
                let names = COMMANDS.iter().map(|c| c.0);
                let hint = crate::text::closest(name, names)
                    .map(|c| format!("did you mean `:{c}`?"))
                    .unwrap_or_else(|| "`:help commands` lists them".to_string());
                Reply::error(format!("error: unknown command `:{name}`; {hint}\n"))
            }
        }
    }

    fn as_of(&mut self, rest: &str) -> Reply {
        if rest.is_empty() {
            return Reply::out(format!("as of {}\n", self.options.as_of));
        }
        match Date::parse_written(rest) {
            Ok(date) => {
                self.options.as_of = date;
                self.recompute();
                Reply::note(format!("as of {date}\n"))
            }
            Err(why) => Reply::error(format!(
                "error: `{rest}` is not a date: {why}; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. `:as-of 2025-06-30`\n"
            )),
        }
    }

    fn format(&mut self, rest: &str) -> Reply {
        if rest.is_empty() {
            return Reply::out(format!("format {}\n", self.options.format.name()));
        }
        match Output::Answer.parse(rest) {
            Some(f) => {
                self.options.format = f;
                Reply::note(format!("format {}\n", f.name()))
            }
            None => {
                let hint = did_you_mean(rest, Output::Answer.names()).unwrap_or_else(|| {
                    "write `:format table`, `:format json` or `:format csv`".into()
                });
                Reply::error(format!("error: unknown format `{rest}`; {hint}\n"))
            }
        }
    }

    fn errors(&mut self) -> Reply {
        let notes = self.refresh();
        let Some(plan) = &self.plan else {
            return notes.then(Reply::out("nothing is loaded\n"));
        };
        let mut out = String::new();
        for d in &plan.checked.diagnostics {
            out.push_str(&crate::render::diagnostics::short(d, Lang::En));
            out.push('\n');
        }
        for e in self.data.data.errors.iter().chain(&self.data.data.warnings) {
            out.push_str(&crate::render::diagnostics::short(e, Lang::En));
            out.push('\n');
        }
        // A named query is checked here, against the plan it is stored in.
        let mut bad_queries = 0;
        if let Some(facts) = &self.facts {
            let ctx = Context {
                model: &plan.checked.model,
                facts,
            };
            for q in plan.checked.model.queries.values() {
                let source = Source::new(format!("query {}", q.id), q.text.as_str());
                if let Err(e) = query::run(ctx, &source) {
                    bad_queries += 1;
                    let (line, column) = plan.checked.source.line_col(q.span.start());
                    out.push_str(&format!(
                        "{}:{line}:{column}: in the named query `{}`: {}\n",
                        plan.path.display(),
                        q.id,
                        crate::render::diagnostics::short_with_help(&e, Lang::En)
                    ));
                }
            }
        }
        if let Some(why) = self.facts.as_ref().and_then(|f| f.eval_error.as_ref()) {
            out.push_str(&format!(
                "evaluation: {why}; queries answer from the plan alone, without statuses\n"
            ));
        }
        let tally = plan.checked.tally();
        out.push_str(&format!(
            "plan: {}, {}; data: {} rejected of {} read, {}; named queries: {} with errors\n",
            count(tally.errors, "error", "errors"),
            count(tally.warnings, "warning", "warnings"),
            self.data.data.rejected,
            self.data.data.rows_read,
            count(self.data.data.warnings.len(), "warning", "warnings"),
            bad_queries
        ));
        notes.then(Reply::out(out))
    }

    fn explain(&mut self, rest: &str) -> Reply {
        let notes = self.refresh();
        let (Some(plan), Some(facts)) = (&self.plan, &self.facts) else {
            return notes.then(no_plan());
        };
        let model = &plan.checked.model;
        match query::measures_named(model, rest) {
            Ok(measures) => {
                let explained = render::query::explain(Context { model, facts }, &measures);
                let out = render::query::explanation(&explained, self.options.format);
                notes.then(Reply::out(out))
            }
            Err(help) => notes.then(Reply::error(format!(
                "error: the plan has no indicator or part `{rest}`; {help}\n"
            ))),
        }
    }

    fn queries(&mut self) -> Reply {
        let notes = self.refresh();
        let Some(plan) = &self.plan else {
            return notes.then(Reply::out("nothing is loaded\n"));
        };
        let queries = &plan.checked.model.queries;
        if queries.is_empty() {
            return notes.then(Reply::out(
                "the plan has no named queries; add one to the plan file: query NAME \"indicators where ...\"\n",
            ));
        }
        let width = queries.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        let mut out = String::new();
        for q in queries.values() {
            out.push_str(&format!("{:<width$}  {}\n", q.id, q.text));
        }
        notes.then(Reply::out(out))
    }

    fn run_named(&mut self, rest: &str) -> Reply {
        let notes = self.refresh();
        let Some(plan) = &self.plan else {
            return notes.then(no_plan());
        };
        let queries = &plan.checked.model.queries;
        match queries.get(rest) {
            Some(q) => {
                let text = q.text.clone();
                let name = format!("query {rest}");
                notes.then(self.query(&text, &name))
            }
            None => {
                let hint = did_you_mean(rest, queries.keys().map(String::as_str))
                    .unwrap_or_else(|| "`:queries` lists them".to_string());
                notes.then(Reply::error(format!(
                    "error: the plan has no query named `{rest}`; {hint}\n"
                )))
            }
        }
    }
}
