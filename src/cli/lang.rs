//! The language the `plan` command speaks in, chosen once before the command line is parsed
//! (so that `--help` itself is in it): `--lang`, else `PLANLANG_LANG`, else the locale, else
//! English ([`planlang::i18n::Lang::choose`]).

use planlang::i18n::{Lang, UnknownLang};
use std::ffi::OsString;
use std::sync::OnceLock;

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// The language chosen for this run (English until [`choose`] has run).
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or_default()
}

/// The value of `--lang` among the arguments (`--lang vi` or `--lang=vi`), before `--`.
fn flag(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return Some(args.next().map(|v| v.into_owned()).unwrap_or_default());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// Chooses the language from the command line `args` and the environment, once.
pub fn choose(args: &[OsString]) -> Result<Lang, UnknownLang> {
    let lang = Lang::choose(flag(args).as_deref(), |name| std::env::var(name).ok())?;
    Ok(*CHOSEN.get_or_init(|| lang))
}

#[cfg(test)]
mod tests {
    use super::flag;

    fn args(words: &[&str]) -> Vec<std::ffi::OsString> {
        words.iter().map(Into::into).collect()
    }

    #[test]
    fn the_flag_is_found_in_either_spelling_and_not_after_a_double_dash() {
        assert_eq!(
            flag(&args(&["plan", "check", "--lang", "vi", "x"])).as_deref(),
            Some("vi")
        );
        assert_eq!(
            flag(&args(&["plan", "--lang=en", "check"])).as_deref(),
            Some("en")
        );
        assert_eq!(flag(&args(&["plan", "check", "--", "--lang", "vi"])), None);
        assert_eq!(
            flag(&args(&["plan", "check", "--lang"])).as_deref(),
            Some("")
        );
        assert_eq!(flag(&args(&["plan", "check"])), None);
    }
}
