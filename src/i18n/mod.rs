//! The languages planlang speaks to people in, and its words in each: one catalogue per
//! language (`en.ftl`, `vi.ftl`, in Fluent's format, read with the `fluent-bundle` crate), the
//! choice of language (`--lang`, else `PLANLANG_LANG`, else the locale, else English), and
//! numbers and dates written as each language's documents write them (`9,5`, `1.234.567`,
//! `30/06/2025` in Vietnamese).
//!
//! Ids that programs read (status ids, codes, JSON keys) are not words: they stay English and
//! never pass through here; their labels for people do.

mod catalogue;
mod format;
mod statuses;
#[cfg(test)]
mod tests;

pub use catalogue::Arg;

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}
pub use format::{date, number};
pub use statuses::{status_label, status_meaning};

use std::fmt;

/// A language of planlang's output.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Vietnamese.
    Vi,
}

/// The variable that names the language when no `--lang` is given.
pub const LANG_VARIABLE: &str = "PLANLANG_LANG";

/// A language name that is neither `vi` nor `en`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang {
    /// The name given.
    pub given: String,
    /// Where it was given: `--lang` or the variable.
    pub from: &'static str,
}

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} names no language planlang speaks: `{}`; write `vi` (tiếng Việt) or `en` (English)",
            self.from, self.given
        )
    }
}

impl std::error::Error for UnknownLang {}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The language's code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// A language code as `--lang` and `PLANLANG_LANG` take it (`vi`, `en`, in any case).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language chosen: `flag` (`--lang`) if given, else the variable `PLANLANG_LANG`,
    /// else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set, as POSIX
    /// orders them: `vi_VN.UTF-8` is Vietnamese), else English. `env` reads a variable, so
    /// that tests and embedding programs pass their own environment. A flag or a variable
    /// naming no language is an error; a locale that is not Vietnamese is English.
    pub fn choose(
        flag: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Lang, UnknownLang> {
        let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        if let Some(given) = flag {
            return Lang::parse(given).ok_or_else(|| UnknownLang {
                given: given.to_string(),
                from: "--lang",
            });
        }
        if let Some(given) = set(LANG_VARIABLE) {
            return Lang::parse(&given).ok_or(UnknownLang {
                given,
                from: LANG_VARIABLE,
            });
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| set(v));
        Ok(match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("vi") => Lang::Vi,
            _ => Lang::En,
        })
    }

    /// The message `id` of this language's catalogue.
    pub fn text(self, id: &str) -> String {
        catalogue::format(self, id, None, &[])
    }

    /// The message `id` with its arguments (`{ $name }` in the catalogue).
    pub fn text_with(self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self, id, None, args)
    }

    /// Whether this language's catalogue holds the message `id` (for words that one place
    /// may have of its own and otherwise shares, as a command's option does).
    pub fn has(self, id: &str) -> bool {
        catalogue::catalogue(self).has_message(id)
    }

    /// Whether the message `id` has the attribute `attribute`.
    pub fn has_attribute(self, id: &str, attribute: &str) -> bool {
        catalogue::catalogue(self)
            .get_message(id)
            .is_some_and(|m| m.get_attribute(attribute).is_some())
    }

    /// The attribute `attribute` of message `id` (`.label`, `.help` under the message, as a
    /// diagnostic keeps its three texts together), with its arguments.
    pub fn attribute(self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self, id, Some(attribute), args)
    }
}
