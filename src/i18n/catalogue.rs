//! The catalogues: each language's `.ftl` files (one per part of the program, the same names
//! in every language's folder), compiled into the program and read once.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

/// The files of a catalogue, by name: every language has each of them.
macro_rules! files {
    ($lang:literal) => {
        &[
            (
                "evaluation.ftl",
                include_str!(concat!($lang, "/evaluation.ftl")),
            ),
            ("report.ftl", include_str!(concat!($lang, "/report.ftl"))),
            ("query.ftl", include_str!(concat!($lang, "/query.ftl"))),
            (
                "document.ftl",
                include_str!(concat!($lang, "/document.ftl")),
            ),
            (
                "diagnostics.ftl",
                include_str!(concat!($lang, "/diagnostics.ftl")),
            ),
            (
                "interface.ftl",
                include_str!(concat!($lang, "/interface.ftl")),
            ),
            ("data.ftl", include_str!(concat!($lang, "/data.ftl"))),
            ("ide.ftl", include_str!(concat!($lang, "/ide.ftl"))),
            ("lsp.ftl", include_str!(concat!($lang, "/lsp.ftl"))),
        ]
    };
}

/// The files of one language's catalogue: each one's name and text.
pub(super) type Files = &'static [(&'static str, &'static str)];

/// The text of each catalogue, file by file.
pub(super) const SOURCES: [(Lang, Files); 2] = [(Lang::En, files!("en")), (Lang::Vi, files!("vi"))];

/// An argument of a message: a text or a number (numbers are written by the caller, as the
/// language writes them, and passed as text; a number argument serves Fluent's plural rules).
#[derive(Clone, Debug)]
pub enum Arg {
    /// Words or an id, as they are.
    Text(String),
    /// A count, for plural forms.
    Count(u64),
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let (_, files) = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has a catalogue");
    let id = lang.code().parse().expect("a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output and files: no bidirectional isolation marks around arguments.
    bundle.set_use_isolating(false);
    // A count is written as the language writes numbers (`1.234` in Vietnamese).
    bundle.set_formatter(Some(match lang {
        Lang::En => written_in_english,
        Lang::Vi => written_in_vietnamese,
    }));
    for (name, text) in *files {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{}/{name}: {errors:?}", lang.code()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{}/{name}: {errors:?}", lang.code()));
    }
    bundle
}

/// A number argument as `lang` writes it; other values as Fluent writes them.
fn written(lang: Lang, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(super::number(lang, &crate::numbers::exact(n.value))),
        _ => None,
    }
}

fn written_in_english<M>(value: &FluentValue, _: &M) -> Option<String> {
    written(Lang::En, value)
}

fn written_in_vietnamese<M>(value: &FluentValue, _: &M) -> Option<String> {
    written(Lang::Vi, value)
}

static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::En));
static VI: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Vi));

pub(super) fn catalogue(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    }
}

/// The message `id` in `lang`, or its attribute `attribute` (`.label`, `.help`) when given.
/// An id no catalogue holds is a bug in planlang, which the catalogue tests catch: it is
/// written as the id itself rather than stopping the program.
pub(super) fn format(
    lang: Lang,
    id: &str,
    attribute: Option<&str>,
    args: &[(&str, Arg)],
) -> String {
    let bundle = catalogue(lang);
    let message = bundle.get_message(id);
    let pattern = match attribute {
        None => message.and_then(|m| m.value()),
        Some(name) => message
            .and_then(|m| m.get_attribute(name))
            .map(|a| a.value()),
    };
    let Some(pattern) = pattern else {
        // Debug builds (the tests) stop here, so that a word asked for under a wrong id is
        // found before a person reads the id.
        debug_assert!(false, "{}: no message `{id}` {attribute:?}", lang.code());
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    // An argument the message needs and was not given is written `{$name}`: a bug the tests
    // find here.
    debug_assert!(errors.is_empty(), "{}: `{id}`: {errors:?}", lang.code());
    text
}
