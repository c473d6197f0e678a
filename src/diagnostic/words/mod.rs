//! The words of every problem, made from its values in the language asked for: one function
//! per kind of problem, each taking its sentence, label and help from the catalogue
//! (`src/i18n/<lang>/diagnostics.ftl`: one message per kind of problem, its label and help
//! as the attributes `.label` and `.help`, other places' texts as further attributes).

mod amendments;
mod cascade;
mod characters;
pub mod data;
mod data_file;
mod declarations;
mod derived;
mod duties;
mod names;
mod owners;
mod query;
mod reading;
pub use reading::date_error;
mod schedule;
mod structure;
mod targets;
#[cfg(test)]
mod tests;

use super::problem::{Label, MeasureRef, Problem};
use crate::i18n::{Arg, Lang};

/// What a person reads of a problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    /// The problem in one sentence, without its place (`unknown agency `so_yt``).
    pub message: String,
    /// Text shown at the problem's place (may be empty).
    pub label: String,
    /// Other places involved, each with its text.
    pub related: Vec<Label>,
    /// How to put it right, when there is advice (`did you mean `so_yte`?`).
    pub help: Option<String>,
}

/// The words of a problem in `lang`.
pub fn words(problem: &Problem, lang: Lang) -> Words {
    match problem {
        Problem::UnknownName(u) => names::unknown_name(u, lang),
        Problem::Reading(r) => reading::words(r, lang),
        Problem::Declarations(d) => declarations::words(d, lang),
        Problem::Derivations(d) => derived::words(d, lang),
        Problem::Structure(s) => structure::words(s, lang),
        Problem::Owners(o) => owners::words(o, lang),
        Problem::Schedule(s) => schedule::words(s, lang),
        Problem::Duties(d) => duties::words(d, lang),
        Problem::Targets(t) => targets::words(t, lang),
        Problem::Cascade(c) => cascade::words(c, lang),
        Problem::Characters(c) => characters::words(c, lang),
        Problem::Query(q) => query::words(q, lang),
        Problem::QueryTooDeep { query, limit } => Words::new(
            Entry::new(lang, "diag-named-query-too-deep")
                .arg("query", query.as_str())
                .arg("limit", limit.to_string())
                .message(),
            crate::query::limits::too_deep_label(lang),
            crate::query::limits::too_deep_help(lang),
        ),
        Problem::Data(d) => Words {
            message: data::message(d, lang),
            label: String::new(),
            related: Vec::new(),
            help: None,
        },
        Problem::Amendments(a) => amendments::words(a, lang),
    }
}

impl Words {
    /// Words with a label and help, no other places.
    pub(super) fn new(message: String, label: impl Into<String>, help: impl Into<String>) -> Self {
        Words {
            message,
            label: label.into(),
            related: Vec::new(),
            help: Some(help.into()),
        }
    }

    /// Another place involved.
    pub(super) fn and(mut self, span: crate::source::Span, text: impl Into<String>) -> Self {
        self.related.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// The same words with other help.
    pub(super) fn helped(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// A message of the catalogue and the arguments it is filled with: a problem's sentence,
/// and its attributes (`.label`, `.help`, the text at another place such as `.first`).
pub(super) struct Entry<'a> {
    lang: Lang,
    id: &'a str,
    args: Vec<(&'a str, Arg)>,
}

impl<'a> Entry<'a> {
    /// Message `id` of `lang`'s catalogue, with no arguments yet.
    pub(super) fn new(lang: Lang, id: &'a str) -> Self {
        Entry {
            lang,
            id,
            args: Vec::new(),
        }
    }

    /// The argument `$name`.
    pub(super) fn arg(mut self, name: &'a str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message itself.
    pub(super) fn message(&self) -> String {
        self.lang.text_with(self.id, &self.args)
    }

    /// The message's attribute `.name`.
    pub(super) fn attr(&self, name: &str) -> String {
        self.lang.attribute(self.id, name, &self.args)
    }

    /// The message, its `.label` and its `.help`.
    pub(super) fn words(&self) -> Words {
        Words::new(self.message(), self.attr("label"), self.attr("help"))
    }
}

/// "indicator 3" or "part 16a".
pub(super) fn measure(m: &MeasureRef, lang: Lang) -> String {
    let id = if m.is_part {
        "diag-part"
    } else {
        "diag-indicator"
    };
    lang.text_with(id, &[("id", m.id.as_str().into())])
}

/// Help that names what was probably meant when a close name was found (`did you mean
/// `so_yte`?`), else `otherwise`.
pub(super) fn similar_or(
    similar: Option<&str>,
    otherwise: impl Into<String>,
    lang: Lang,
) -> String {
    match similar {
        Some(s) => did_you_mean(s, lang),
        None => otherwise.into(),
    }
}

/// `did you mean `so_yte`?`
pub(super) fn did_you_mean(name: &str, lang: Lang) -> String {
    lang.text_with("diag-did-you-mean", &[("name", name.into())])
}

/// Names in backticks, joined by commas.
pub(super) fn ticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A number of a message's prose (not of plan text quoted in backticks), as `lang` writes
/// it: `9.5`, `9,5`.
pub(super) fn number(value: f64, lang: Lang) -> String {
    crate::i18n::number(lang, &crate::numbers::exact(value))
}

/// Items joined as `lang` joins a list: `a, b or c`, `a, b hoặc c`.
pub(super) fn either(items: &[String], lang: Lang) -> String {
    joined(items, "diag-list-or", lang)
}

/// Items joined as `lang` joins a list: `a, b and c`, `a, b và c`.
pub(super) fn both(items: &[String], lang: Lang) -> String {
    joined(items, "diag-list-and", lang)
}

fn joined(items: &[String], id: &str, lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => lang.text_with(
            id,
            &[
                ("first", init.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}
