//! The catalogues: each language's `.ftl` file, compiled into the program and read once.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

/// The text of each catalogue.
pub(super) const SOURCES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("en.ftl")),
    (Lang::Vi, include_str!("vi.ftl")),
];

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
    let (_, text) = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has a catalogue");
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the {} catalogue: {errors:?}", lang.code()));
    let id = lang.code().parse().expect("a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output and files: no bidirectional isolation marks around arguments.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("the {} catalogue: {errors:?}", lang.code()));
    bundle
}

static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::En));
static VI: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Vi));

pub(super) fn catalogue(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    }
}

/// The message `id` in `lang`. An id no catalogue holds is a bug in planlang, which the
/// catalogue tests catch: it is written as the id itself rather than stopping the program.
pub(super) fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = catalogue(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
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
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}
