//! The `:commands` of a session.

use super::help;
use super::session::{Reload, Reply, Session};
use crate::date::Date;
use crate::i18n::Arg;
use crate::query::{self, Context};
use crate::render::{self, format::Output};
use crate::source::Source;
use std::path::PathBuf;

/// Every command and its arguments, as `:help commands` lists them; what each does is the
/// catalogue's `repl-command-NAME`.
pub(super) const COMMANDS: &[(&str, &str)] = &[
    ("load", "PLAN"),
    ("data", "[FILE...]"),
    ("reload", ""),
    ("as-of", "[DATE]"),
    ("format", "[table|json|csv]"),
    ("errors", ""),
    ("explain", "ID"),
    ("queries", ""),
    ("run", "NAME"),
    ("help", "[TOPIC]"),
    ("quit", ""),
];

/// A path as typed, with surrounding quotes taken off.
fn path(text: &str) -> PathBuf {
    PathBuf::from(text.trim().trim_matches(|c| c == '"' || c == '\''))
}

impl Session {
    /// The error of a command that needs a plan when none is loaded.
    fn no_plan(&self) -> Reply {
        self.fail("repl-no-plan", &[])
    }

    /// `did you mean `NAME`?` when `given` is close to one of `names`, else `otherwise`.
    fn hint<'a>(
        &self,
        given: &str,
        names: impl IntoIterator<Item = &'a str>,
        otherwise: String,
    ) -> String {
        crate::text::closest(given, names).map_or(otherwise, |name| {
            self.say("diag-did-you-mean", &[("name", name.into())])
        })
    }

    pub(super) fn command(&mut self, text: &str) -> Reply {
        let text = text.trim();
        let (name, rest) = match text.split_once(char::is_whitespace) {
            Some((n, r)) => (n, r.trim()),
            None => (text, ""),
        };
        match name {
            "load" | "l" if rest.is_empty() => self.fail("repl-load-needs-file", &[]),
            "load" | "l" => self.load_plan(&path(rest)),
            "data" | "d" if rest.is_empty() => Reply::out(self.summary()),
            "data" | "d" => {
                let paths: Vec<PathBuf> = rest.split_whitespace().map(path).collect();
                self.add_data(&paths)
            }
            "reload" | "r" => self.reload(true, Reload::Asked),
            "as-of" | "asof" => self.as_of(rest),
            "format" | "f" => self.format(rest),
            "errors" | "e" => self.errors(),
            "explain" | "x" if rest.is_empty() => self.fail("repl-explain-needs-id", &[]),
            "explain" | "x" => self.explain(rest),
            "queries" => self.queries(),
            "run" if rest.is_empty() => self.fail("repl-run-needs-name", &[]),
            "run" => self.run_named(rest),
            "help" | "h" | "?" => help::help(self.options.lang, rest),
            "quit" | "q" | "exit" => Reply {
                quit: true,
                ..Reply::default()
            },
            _ => {
                let commands: Vec<String> = COMMANDS.iter().map(|c| format!(":{}", c.0)).collect();
                let hint = self.hint(
                    &format!(":{name}"),
                    commands.iter().map(String::as_str),
                    self.say("repl-commands-listed", &[]),
                );
                self.fail(
                    "repl-unknown-command",
                    &[("name", name.into()), ("hint", hint.into())],
                )
            }
        }
    }

    fn as_of(&mut self, rest: &str) -> Reply {
        let as_of = |date| {
            let date = crate::i18n::date(self.options.lang, date);
            format!("{}\n", self.say("repl-as-of", &[("date", date.into())]))
        };
        if rest.is_empty() {
            return Reply::out(as_of(self.options.as_of));
        }
        match Date::parse_written(rest) {
            Ok(date) => {
                let note = as_of(date);
                self.options.as_of = date;
                self.recompute();
                Reply::note(note)
            }
            Err(why) => self.fail(
                "repl-not-a-date",
                &[
                    ("given", rest.into()),
                    (
                        "why",
                        crate::diagnostic::words::date_error(&why, self.options.lang).into(),
                    ),
                ],
            ),
        }
    }

    fn format(&mut self, rest: &str) -> Reply {
        let format = |f: crate::render::format::Format| {
            format!(
                "{}\n",
                self.say("repl-format", &[("format", f.name().into())])
            )
        };
        if rest.is_empty() {
            return Reply::out(format(self.options.format));
        }
        match Output::Answer.parse(rest) {
            Some(f) => {
                let note = format(f);
                self.options.format = f;
                Reply::note(note)
            }
            None => {
                let hint = self.hint(
                    rest,
                    Output::Answer.names(),
                    self.say("repl-formats-listed", &[]),
                );
                self.fail(
                    "repl-unknown-format",
                    &[("given", rest.into()), ("hint", hint.into())],
                )
            }
        }
    }

    fn errors(&mut self) -> Reply {
        let notes = self.refresh();
        let Some(plan) = &self.plan else {
            return notes.then(Reply::out(format!(
                "{}\n",
                self.say("repl-nothing-loaded", &[])
            )));
        };
        let mut out = String::new();
        for d in &plan.checked.diagnostics {
            out.push_str(&crate::render::diagnostics::short(d, self.options.lang));
            out.push('\n');
        }
        for e in self.data.data.errors.iter().chain(&self.data.data.warnings) {
            out.push_str(&crate::render::diagnostics::short(e, self.options.lang));
            out.push('\n');
        }
        // A named query is checked here, against the plan it is stored in.
        let mut bad_queries: usize = 0;
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
                    let problem = self.say(
                        "repl-named-query-problem",
                        &[
                            ("name", q.id.as_str().into()),
                            (
                                "problem",
                                crate::render::diagnostics::short_with_help(&e, self.options.lang)
                                    .into(),
                            ),
                        ],
                    );
                    out.push_str(&format!(
                        "{}:{line}:{column}: {problem}\n",
                        plan.path.display()
                    ));
                }
            }
        }
        if let Some(why) = self.facts.as_ref().and_then(|f| f.eval_error.as_ref()) {
            let line = self.say("repl-no-evaluation", &[("why", why.to_string().into())]);
            out.push_str(&format!("{line}\n"));
        }
        let tally = plan.checked.tally();
        let counts: [(&str, Arg); 6] = [
            ("errors", tally.errors.into()),
            ("warnings", tally.warnings.into()),
            ("rejected", self.data.data.rejected.into()),
            ("read", self.data.data.rows_read.into()),
            ("data_warnings", self.data.data.warnings.len().into()),
            ("bad_queries", bad_queries.into()),
        ];
        out.push_str(&format!("{}\n", self.say("repl-errors-tally", &counts)));
        notes.then(Reply::out(out))
    }

    fn explain(&mut self, rest: &str) -> Reply {
        let notes = self.refresh();
        let (Some(plan), Some(facts)) = (&self.plan, &self.facts) else {
            return notes.then(self.no_plan());
        };
        let model = &plan.checked.model;
        match query::measures_named(model, rest) {
            Ok(measures) => {
                let explained =
                    render::query::explain(Context { model, facts }, &measures, self.options.lang);
                let out = render::query::explanation(&explained, self.options.format);
                notes.then(Reply::out(out))
            }
            Err(closest) => {
                let hint = match closest {
                    Some(name) => self.say("diag-did-you-mean", &[("name", name.into())]),
                    None => self.say("repl-name-a-measure", &[]),
                };
                notes.then(self.fail(
                    "repl-no-such-measure",
                    &[("id", rest.into()), ("hint", hint.into())],
                ))
            }
        }
    }

    fn queries(&mut self) -> Reply {
        let notes = self.refresh();
        let Some(plan) = &self.plan else {
            return notes.then(Reply::out(format!(
                "{}\n",
                self.say("repl-nothing-loaded", &[])
            )));
        };
        let queries = &plan.checked.model.queries;
        if queries.is_empty() {
            return notes.then(Reply::out(format!(
                "{}\n",
                self.say("repl-no-named-queries", &[])
            )));
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
            return notes.then(self.no_plan());
        };
        let queries = &plan.checked.model.queries;
        match queries.get(rest) {
            Some(q) => {
                let text = q.text.clone();
                let name = format!("query {rest}");
                notes.then(self.query(&text, &name))
            }
            None => {
                let hint = self.hint(
                    rest,
                    queries.keys().map(String::as_str),
                    self.say("repl-queries-listed", &[]),
                );
                notes.then(self.fail(
                    "repl-no-such-query",
                    &[("name", rest.into()), ("hint", hint.into())],
                ))
            }
        }
    }
}
