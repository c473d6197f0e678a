//! The state of a REPL or a `plan query` run, and running one line against it.

use super::files::{read_data, read_plan, DataFiles, PlanFile, Stamp};
use crate::date::Date;
use crate::i18n::{Arg, Lang};
use crate::query::{self, Context, Facts, QueryError};
use crate::render;
use crate::render::format::Format;
use crate::source::Source;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// How query errors are drawn.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorStyle {
    /// miette's drawing of the query with the problem marked.
    Human {
        /// Whether to draw with colour escape codes (a terminal), or plain Unicode.
        color: bool,
        /// The columns the drawing may take, as the terminal is wide.
        width: usize,
    },
    /// `query:1:12: error[query::unknown_field]: ...; help`, one line.
    Short,
}

/// What a session evaluates against and how it writes its answers; `:as-of` and `:format`
/// change them while it runs.
#[derive(Clone, Debug)]
pub struct Options {
    /// The day the plan is evaluated on: what is due, late or current depends on it.
    pub as_of: Date,
    /// How answers are written (`:format`): a table, JSON or CSV.
    pub format: Format,
    /// How a query's errors are written.
    pub errors: ErrorStyle,
    /// How data files are read (their decimal mark and encoding when they do not say).
    pub data: crate::data::LoadOptions,
    /// The language the session speaks in (its notes, errors and help; the answers' field
    /// names and ids stay as the query language spells them).
    pub lang: Lang,
}

/// What running a line gave: text for standard output, text for standard error (notes and
/// errors), whether it failed, and whether the session should end.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reply {
    /// The answer, for standard output; empty when there is none.
    pub out: String,
    /// Notes and errors, for standard error.
    pub err: String,
    /// Whether the line failed (a `plan query` run exits with an error status).
    pub failed: bool,
    /// Whether the line was `:quit`, so the REPL should end.
    pub quit: bool,
}

impl Reply {
    /// An answer: `text` for standard output.
    pub fn out(text: impl Into<String>) -> Reply {
        Reply {
            out: text.into(),
            ..Reply::default()
        }
    }

    /// A note that is not a failure ("reloaded ...").
    pub fn note(text: impl Into<String>) -> Reply {
        Reply {
            err: text.into(),
            ..Reply::default()
        }
    }

    /// A failure: `text` for standard error, saying why.
    pub fn error(text: impl Into<String>) -> Reply {
        Reply {
            err: text.into(),
            failed: true,
            ..Reply::default()
        }
    }

    /// This reply followed by another: texts joined, failed if either failed.
    pub fn then(mut self, next: Reply) -> Reply {
        self.out.push_str(&next.out);
        self.err.push_str(&next.err);
        self.failed |= next.failed;
        self.quit |= next.quit;
        self
    }
}

/// A REPL or `plan query` run: the plan and data files loaded (read again when they change on
/// disk), their evaluation, and the options in force.
pub struct Session {
    pub(super) plan: Option<PlanFile>,
    pub(super) data: DataFiles,
    pub(super) facts: Option<Facts>,
    pub(super) options: Options,
}

impl Session {
    /// The session's message `id` with its arguments, in its language.
    pub(super) fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.options.lang.text_with(id, args)
    }

    /// `error: ...` and a line end, in the session's language.
    pub(super) fn error_line(&self, message: impl Into<String>) -> String {
        format!(
            "{}\n",
            self.say("error-line", &[("message", Arg::Text(message.into()))])
        )
    }

    /// The error `id` (with its arguments) as a failed reply.
    pub(super) fn fail(&self, id: &str, args: &[(&str, Arg)]) -> Reply {
        Reply::error(self.error_line(self.say(id, args)))
    }
}

impl Session {
    /// A session with nothing loaded yet: load a plan with [`Session::load_plan`] or `:load`.
    pub fn new(options: Options) -> Session {
        Session {
            plan: None,
            data: DataFiles::default(),
            facts: None,
            options,
        }
    }

    /// The options in force now, after any `:as-of` or `:format`.
    pub fn options(&self) -> Options {
        self.options.clone()
    }

    /// The loaded plan, if any.
    pub fn plan(&self) -> Option<&crate::Checked> {
        self.plan.as_ref().map(|p| &p.checked)
    }

    /// The data files loaded, in the order they were added.
    pub fn data_paths(&self) -> &[PathBuf] {
        &self.data.paths
    }

    /// Runs one line: a `:command`, a query, or nothing (an empty line). `name` is how
    /// errors in a query cite it (`query`, `-e 2`, `stdin:3`).
    pub fn run(&mut self, line: &str, name: &str) -> Reply {
        let text = line.trim();
        if text.is_empty() {
            return Reply::default();
        }
        if let Some(command) = text.strip_prefix(':') {
            return self.command(command);
        }
        let notes = self.refresh();
        notes.then(self.query(line, name))
    }

    /// [`Session::run`] with errors cited as `query`.
    pub fn run_line(&mut self, line: &str) -> Reply {
        self.run(line, "query")
    }

    /// Whether a line is finished: a command always is; a query is when the query parser
    /// does not find it cut short. (A REPL reading line by line keeps an [`super::Entry`].)
    pub fn is_complete(&self, text: &str) -> bool {
        let mut entry = super::Entry::default();
        entry.push_line(text);
        entry.is_complete()
    }

    pub(super) fn query_error(&self, e: &QueryError) -> String {
        match self.options.errors {
            ErrorStyle::Human { color, width } => {
                crate::render::diagnostics::human(e, self.options.lang, color, width)
            }
            ErrorStyle::Short => format!(
                "{}\n",
                crate::render::diagnostics::short_with_help(e, self.options.lang)
            ),
        }
    }

    /// Runs a query on the current state.
    pub(super) fn query(&mut self, text: &str, name: &str) -> Reply {
        let (Some(plan), Some(facts)) = (&self.plan, &self.facts) else {
            return self.fail("repl-no-plan-for-query", &[]);
        };
        let ctx = Context {
            model: &plan.checked.model,
            facts,
        };
        let source = Source::new(name, text.trim_end());
        match query::run(ctx, &source) {
            Ok(answer) => Reply::out(render::query::render(&answer, self.options.format)),
            Err(e) => Reply::error(self.query_error(&e)),
        }
    }

    /// Recomputes the evaluation after the plan, the data or the date changed.
    pub(super) fn recompute(&mut self) {
        self.facts = self
            .plan
            .as_ref()
            .map(|p| Facts::new(&p.checked.model, &self.data.data, self.options.as_of));
    }

    /// Loads a plan (and reads the data files again against it). A plan that cannot be
    /// read or has errors leaves the previous state loaded, and says so.
    pub fn load_plan(&mut self, path: &Path) -> Reply {
        let plan = match read_plan(path, self.options.lang) {
            Ok(p) => p,
            Err(why) => return Reply::error(format!("{}{}", self.error_line(why), self.kept())),
        };
        let data = match read_data(
            &plan.checked.model,
            &self.data.paths,
            &self.options.data,
            self.options.lang,
        ) {
            Ok(d) => d,
            Err(why) => {
                let why = self.say("repl-against-new-plan", &[("why", why.into())]);
                return Reply::error(format!("{}{}", self.error_line(why), self.kept()));
            }
        };
        let plan_words = self.describe_plan(&plan);
        let mut note = format!(
            "{}\n",
            self.say("repl-loaded", &[("plan", plan_words.into())])
        );
        note.push_str(&self.data_note(&data));
        self.plan = Some(plan);
        self.data = data;
        self.recompute();
        Reply::note(note)
    }

    /// Adds data files. A file that cannot be read leaves the data loaded before in place.
    pub fn add_data(&mut self, paths: &[PathBuf]) -> Reply {
        let Some(plan) = &self.plan else {
            return self.fail("repl-data-before-plan", &[]);
        };
        let mut all = self.data.paths.clone();
        all.extend(paths.iter().cloned());
        match read_data(
            &plan.checked.model,
            &all,
            &self.options.data,
            self.options.lang,
        ) {
            Ok(data) => {
                let note = self.data_note(&data);
                self.data = data;
                self.recompute();
                Reply::note(note)
            }
            Err(why) => Reply::error(format!("{}{}", self.error_line(why), self.kept())),
        }
    }

    /// "the previous plan and data stay loaded" (or that nothing is).
    fn kept(&self) -> String {
        let text = match &self.plan {
            Some(p) => self.say(
                "repl-kept",
                &[
                    ("plan", p.path.display().to_string().into()),
                    ("files", self.data.paths.len().into()),
                ],
            ),
            None => self.say("repl-nothing-loaded", &[]),
        };
        format!("{text}\n")
    }

    /// Reads again whatever changed on disk since it was read. Notes say what was reloaded
    /// and what failed (the previous state then stays).
    pub(super) fn refresh(&mut self) -> Reply {
        let Some(plan) = &self.plan else {
            return Reply::default();
        };
        let plan_changed = Stamp::of(&plan.path) != plan.stamp;
        let data_changed = self
            .data
            .paths
            .iter()
            .zip(&self.data.stamps)
            .any(|(p, s)| Stamp::of(p) != *s);
        if !plan_changed && !data_changed {
            return Reply::default();
        }
        self.reload(plan_changed, Reload::ChangedOnDisk)
    }

    /// Reads the plan (when `plan_too`) and the data again.
    pub(super) fn reload(&mut self, plan_too: bool, why: Reload) -> Reply {
        let Some(current) = &self.plan else {
            return self.fail("repl-nothing-to-reload", &[]);
        };
        let why = match why {
            Reload::ChangedOnDisk => "changed",
            Reload::Asked => "asked",
        };
        let path = current.path.clone();
        let mut reply = Reply::default();
        if plan_too {
            match read_plan(&path, self.options.lang) {
                Ok(plan) => {
                    let note = self.say(
                        "repl-reloaded",
                        &[
                            ("path", path.display().to_string().into()),
                            ("why", why.into()),
                            ("plan", self.describe_plan(&plan).into()),
                        ],
                    );
                    reply.err.push_str(&format!("{note}\n"));
                    self.plan = Some(plan);
                }
                Err(e) => {
                    // Keep the old stamp's successor so the same broken file is not reread
                    // before every query; a later save is noticed again.
                    if let Some(p) = &mut self.plan {
                        p.stamp = Stamp::of(&path);
                    }
                    reply.failed = true;
                    let why = self.say(
                        "repl-reload-unusable",
                        &[
                            ("path", path.display().to_string().into()),
                            ("why", why.into()),
                            ("error", e.into()),
                        ],
                    );
                    reply.err.push_str(&self.error_line(why));
                    reply.err.push_str(&self.kept());
                }
            }
        }
        let Some(plan) = &self.plan else {
            return reply;
        };
        match read_data(
            &plan.checked.model,
            &self.data.paths,
            &self.options.data,
            self.options.lang,
        ) {
            Ok(data) => {
                if !self.data.paths.is_empty() {
                    let note = self.data_note(&data);
                    reply.err.push_str(&self.say(
                        "repl-data-reloaded",
                        &[("note", note.trim_end().to_string().into())],
                    ));
                    reply.err.push('\n');
                }
                self.data = data;
            }
            Err(e) => {
                for (p, s) in self.data.paths.iter().zip(self.data.stamps.iter_mut()) {
                    *s = Stamp::of(p);
                }
                reply.failed = true;
                let why = self.say("repl-data-kept", &[("error", e.into())]);
                reply.err.push_str(&self.error_line(why));
            }
        }
        self.recompute();
        reply
    }

    /// What is loaded, for the REPL's banner and `:data`.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let plan = match &self.plan {
            Some(p) => self.describe_plan(p),
            None => self.say("repl-no-plan-yet", &[]),
        };
        let _ = writeln!(
            out,
            "{}",
            self.say("repl-summary-plan", &[("plan", plan.into())])
        );
        if self.data.paths.is_empty() {
            let _ = writeln!(out, "{}", self.say("repl-no-data-yet", &[]));
        } else {
            out.push_str(&self.data_note(&self.data));
        }
        let _ = writeln!(
            out,
            "{}",
            self.say(
                "repl-summary-options",
                &[
                    (
                        "date",
                        crate::i18n::date(self.options.lang, self.options.as_of).into()
                    ),
                    ("format", self.options.format.name().into()),
                ]
            )
        );
        out
    }

    /// "plans/x.plan (29 indicators, 33 measures, 5 named queries)".
    pub(super) fn describe_plan(&self, p: &PlanFile) -> String {
        let m = &p.checked.model;
        self.say(
            "repl-plan-described",
            &[
                ("path", p.path.display().to_string().into()),
                ("indicators", m.indicators.len().into()),
                ("measures", m.measures.len().into()),
                ("queries", m.queries.len().into()),
                ("warnings", p.checked.tally().warnings.into()),
            ],
        )
    }

    /// "data: FILES: 645 rows read = 645 accepted + 0 rejected" and a line end; nothing
    /// when no data file is loaded.
    pub(super) fn data_note(&self, d: &DataFiles) -> String {
        if d.paths.is_empty() {
            return String::new();
        }
        let names: Vec<String> = d.paths.iter().map(|p| p.display().to_string()).collect();
        let problems = !d.data.errors.is_empty() || !d.data.warnings.is_empty();
        format!(
            "{}\n",
            self.say(
                "repl-data-note",
                &[
                    ("files", names.join(", ").into()),
                    ("read", d.data.rows_read.into()),
                    ("accepted", d.data.accepted.into()),
                    ("rejected", d.data.rejected.into()),
                    ("problems", if problems { "yes" } else { "no" }.into()),
                ],
            )
        )
    }
}

/// Why the files are read again: they changed on disk, or `:reload` asked.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Reload {
    ChangedOnDisk,
    Asked,
}
