//! The `plan` command's own sentences (what it wrote, why it refuses), in the language
//! chosen: `say` words one from the catalogue (`cmd-*` in `interface.ftl`), `error!` prints
//! one as an error on standard error.

use super::lang::lang;
use planlang::i18n::Arg;
use std::path::Path;

/// The message `id` with its arguments, in the language chosen.
pub fn say(id: &str, args: &[(&str, Arg)]) -> String {
    lang().text_with(id, args)
}

/// `error: ` and the message `id`, as the command prints it on standard error.
pub fn error_text(id: &str, args: &[(&str, Arg)]) -> String {
    error_line(say(id, args))
}

/// `error: ` and a message already worded (a reason made by another part).
pub fn error_line(message: impl Into<String>) -> String {
    lang().text_with("error-line", &[("message", Arg::Text(message.into()))])
}

/// A path as a message shows it.
pub fn path(path: &Path) -> Arg {
    Arg::from(path.display().to_string())
}

/// Prints `error: ...` (the message `id`) on standard error.
macro_rules! error {
    ($id:expr) => {
        $crate::cli::write::errln!("{}", $crate::cli::say::error_text($id, &[]))
    };
    ($id:expr, $($name:literal => $value:expr),+ $(,)?) => {
        $crate::cli::write::errln!(
            "{}",
            $crate::cli::say::error_text($id, &[$(($name, ::planlang::i18n::Arg::from($value))),+])
        )
    };
}

pub(crate) use error;

/// `; did you mean `NAME`?` when `word` is close to one of `candidates`, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    planlang::text::closest(word, candidates).map_or(String::new(), |name| {
        format!("; {}", say("diag-did-you-mean", &[("name", name.into())]))
    })
}
