//! The words of every problem, made from its values: one function per kind of problem.
//! (Issue 13 moves them into the catalogues, `src/i18n/*/diagnostics.ftl`, in every language.)

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
mod schedule;
mod structure;
mod targets;

use super::problem::{Label, MeasureRef, Problem};

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

/// The English words of a problem.
pub fn words(problem: &Problem) -> Words {
    match problem {
        Problem::UnknownName(u) => names::unknown_name(u),
        Problem::Reading(r) => reading::words(r),
        Problem::Declarations(d) => declarations::words(d),
        Problem::Derivations(d) => derived::words(d),
        Problem::Structure(s) => structure::words(s),
        Problem::Owners(o) => owners::words(o),
        Problem::Schedule(s) => schedule::words(s),
        Problem::Duties(d) => duties::words(d),
        Problem::Targets(t) => targets::words(t),
        Problem::Cascade(c) => cascade::words(c),
        Problem::Characters(c) => characters::words(c),
        Problem::Query(q) => query::words(q, crate::i18n::Lang::En),
        Problem::QueryTooDeep { query, limit } => Words::new(
            format!("the named query `{query}` nests parentheses more than {limit} deep"),
            crate::query::limits::too_deep_label(),
            crate::query::limits::too_deep_help(),
        ),
        Problem::Data(d) => Words {
            message: data::message(d, crate::i18n::Lang::En),
            label: String::new(),
            related: Vec::new(),
            help: None,
        },
        Problem::Amendments(a) => amendments::words(a),
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
}

/// "indicator 3" or "part 16a".
pub(super) fn measure(m: &MeasureRef) -> String {
    if m.is_part {
        format!("part {}", m.id)
    } else {
        format!("indicator {}", m.id)
    }
}

/// Help that names what was probably meant when a close name was found (`did you mean
/// `so_yte`?`), else `otherwise`.
pub(super) fn similar_or(similar: Option<&str>, otherwise: impl Into<String>) -> String {
    match similar {
        Some(s) => format!("did you mean `{s}`?"),
        None => otherwise.into(),
    }
}

/// Names in backticks, joined by commas.
pub(super) fn ticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
