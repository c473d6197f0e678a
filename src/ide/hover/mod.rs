//! Hover: what the name under the cursor stands for, in a few lines of Markdown, in the
//! language asked for.
//!
//! The words are those the other outputs use for the same facts: the report page's labels
//! (`page-unit`, `page-lead`...), a unit as [`render::units`](crate::render::units) writes
//! it, targets as the evaluation's table writes them
//! ([`words::target`](crate::render::evaluation::words::target)), agencies by the name a
//! report gives them ([`names::agency`](crate::render::evaluation::names::agency)),
//! statuses' labels ([`crate::i18n::status_label`]) and what `show` gathers of an agency
//! ([`crate::query::show`]); the few labels only a hover needs are in the catalogue's
//! `ide.ftl`.

mod agency;
mod data;
mod declarations;
mod measure;

use super::data::PlanData;
use super::markdown::escaped;
use super::names::{self, Named};
use super::Analysis;
use crate::eval::evaluate::Evaluation;
use crate::i18n::Lang;
use crate::source::Span;

/// What a hover shows: the name it is about and the Markdown to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    /// The name under the cursor (for `national.5a`, `5a`).
    pub span: Span,
    /// Its kind and id, then one line per fact.
    pub markdown: String,
}

/// What the name at byte `offset` stands for, in `lang`: an indicator's or part's title,
/// unit, targets, owners and the parent indicator it takes up (with `evaluation`, an
/// evaluation of this file's plan, also its current status and latest value); an agency's
/// names and roles; an objective's, a unit's, an area's, a report's, an import's... own
/// facts. `None` off a name and on one that names nothing.
pub fn hover(
    analysis: &Analysis,
    offset: usize,
    lang: Lang,
    evaluation: Option<&Evaluation>,
) -> Option<Hover> {
    let judged = || Judged {
        evaluation,
        data: None,
    };
    about(analysis, offset, lang, judged)
}

/// [`hover`] with the plan's data read and evaluated ([`evaluate`](super::data::evaluate)):
/// an indicator or part of this file's plan also says its status, the data files it comes
/// from, and what went wrong with them (a file that could not be used, rows refused, a plan
/// that is not evaluated until its errors are fixed). `data` is asked only for such an
/// indicator, so that a hover elsewhere reads no file; it gives `None` when the plan has no
/// data files.
pub fn hover_with_data<'d>(
    analysis: &Analysis,
    offset: usize,
    lang: Lang,
    data: impl FnOnce() -> Option<&'d PlanData>,
) -> Option<Hover> {
    let judged = || {
        let data = data();
        Judged {
            evaluation: data.and_then(|d| d.evaluation.as_ref().ok()),
            data,
        }
    };
    about(analysis, offset, lang, judged)
}

/// What this file's plan's indicators are judged by: an evaluation, and the data it was
/// made from.
#[derive(Clone, Copy, Default)]
pub(super) struct Judged<'a> {
    /// The evaluation of this file's plan.
    pub(super) evaluation: Option<&'a Evaluation>,
    /// The data read for it, and their problems.
    pub(super) data: Option<&'a PlanData>,
}

/// The hover at `offset`; `judged` is asked for an indicator or part of this file's plan.
fn about<'a>(
    analysis: &Analysis,
    offset: usize,
    lang: Lang,
    judged: impl FnOnce() -> Judged<'a>,
) -> Option<Hover> {
    let found = names::occurrences(&analysis.checked.model);
    let at = names::at(&found, offset)?;
    let target = at.target;
    // Statuses are of this file's plan: an imported file's indicators were not evaluated.
    let own = std::ptr::eq(target.model, &analysis.checked.model);
    let judge = |wanted: bool| match wanted {
        true => judged(),
        false => Judged::default(),
    };
    let mut lines = Lines::new(lang);
    match target.named {
        Named::Measure(m) => measure::measure(&mut lines, target.model, m, judge(own)),
        // A composite indicator lists its parts, each judged on its own.
        Named::Indicator(i) => {
            let judged = judge(own && !i.is_composite);
            measure::indicator(&mut lines, target.model, i, judged);
        }
        Named::Agency(a) => agency::agency(&mut lines, target.model, a),
        other => declarations::declaration(&mut lines, target.model, other),
    }
    Some(Hover {
        span: at.span,
        markdown: lines.markdown(),
    })
}

/// The lines of a hover as they are gathered: a heading, then `label: value` lines.
pub(super) struct Lines {
    lang: Lang,
    heading: String,
    lines: Vec<String>,
}

impl Lines {
    fn new(lang: Lang) -> Lines {
        Lines {
            lang,
            heading: String::new(),
            lines: Vec::new(),
        }
    }

    /// The language the hover speaks.
    pub(super) fn lang(&self) -> Lang {
        self.lang
    }

    /// The heading: the kind in words, the id as written in the file that declares it,
    /// and its title.
    pub(super) fn heading(&mut self, kind: names::Kind, id: &str, title: &str) {
        let kind = kind.words(self.lang);
        self.heading = match title.is_empty() {
            true => format!("*{kind}* **{}**", escaped(id)),
            false => format!("*{kind}* **{}**: {}", escaped(id), escaped(title)),
        };
    }

    /// A `label: value` line, the label a catalogue message's.
    pub(super) fn field(&mut self, label: &str, value: impl AsRef<str>) {
        let label = self.lang.text(label);
        self.labelled(&label, value);
    }

    /// A `label: value` line whose label is already in words.
    pub(super) fn labelled(&mut self, label: &str, value: impl AsRef<str>) {
        self.lines
            .push(format!("**{}:** {}", label, escaped(value.as_ref())));
    }

    /// A line of its own, already in words.
    pub(super) fn line(&mut self, text: impl AsRef<str>) {
        self.lines.push(escaped(text.as_ref()));
    }

    /// A fenced block of text as it is written (a named query).
    pub(super) fn code(&mut self, text: &str) {
        let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
        self.lines.push(format!("{fence}\n{text}\n{fence}"));
    }

    fn markdown(self) -> String {
        let mut out = self.heading;
        for line in self.lines {
            out.push_str("\n\n");
            out.push_str(&line);
        }
        out
    }
}

/// The longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}
