//! What the client sets: the language the server speaks (`lang`) and the data files a hover
//! judges the plan's targets against (`data`), from `initializationOptions` and
//! `workspace/didChangeConfiguration`, in either of the shapes editors send:
//! `{ "lang": "vi", "data": ["số-liệu.csv"] }` or the same under `"planlang"`.

use crate::i18n::Lang;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The settings the handlers work with.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// The language of every message the server sends (diagnostics, errors).
    pub lang: Lang,
    /// Data files (CSV, JSON, xlsx) of observed values, absolute.
    pub data: Vec<PathBuf>,
}

/// A setting the client gave that was not taken, by what was wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// `lang` names no language planlang speaks.
    Lang(String),
    /// `data` is not a list of paths.
    Data,
}

impl Refused {
    /// Why it was refused, in `lang`.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Refused::Lang(given) => {
                lang.text_with("lsp-setting-lang", &[("given", given.as_str().into())])
            }
            Refused::Data => lang.text("lsp-setting-data"),
        }
    }
}

impl Settings {
    /// Speaking `lang`, with no data.
    pub fn new(lang: Lang) -> Settings {
        Settings {
            lang,
            data: Vec::new(),
        }
    }

    /// Takes what `given` sets (a setting it does not name is left as it is); a relative
    /// data path is taken from `base` (the first workspace folder). Returns what was refused.
    pub fn take(&mut self, given: &Value, base: Option<&Path>) -> Vec<Refused> {
        let given = given.get("planlang").unwrap_or(given);
        let mut refused = Vec::new();
        match given.get("lang") {
            None | Some(Value::Null) => {}
            Some(Value::String(code)) => match Lang::parse(code) {
                Some(lang) => self.lang = lang,
                None => refused.push(Refused::Lang(code.clone())),
            },
            Some(other) => refused.push(Refused::Lang(other.to_string())),
        }
        match given.get("data") {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                let paths: Option<Vec<PathBuf>> = items
                    .iter()
                    .map(|item| item.as_str().map(|path| absolute(path, base)))
                    .collect();
                match paths {
                    Some(paths) => self.data = paths,
                    None => refused.push(Refused::Data),
                }
            }
            Some(_) => refused.push(Refused::Data),
        }
        refused
    }
}

/// `path`, taken from `base` when relative.
fn absolute(path: &str, base: Option<&Path>) -> PathBuf {
    let path = Path::new(path);
    match base {
        Some(base) if path.is_relative() => crate::files::lexical(&base.join(path)),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_are_taken_flat_or_under_planlang_and_relative_data_from_the_folder() {
        let mut settings = Settings::new(Lang::En);
        let refused = settings.take(
            &json!({ "lang": "vi", "data": ["số-liệu/2025.csv", "/abs/x.json"] }),
            Some(Path::new("/kh")),
        );
        assert!(refused.is_empty());
        assert_eq!(settings.lang, Lang::Vi);
        assert_eq!(
            settings.data,
            [
                PathBuf::from("/kh/số-liệu/2025.csv"),
                PathBuf::from("/abs/x.json")
            ]
        );
        settings.take(&json!({ "planlang": { "lang": "EN" } }), None);
        assert_eq!(settings.lang, Lang::En);
        // What is not named stays.
        assert_eq!(settings.data.len(), 2);
    }

    #[test]
    fn a_setting_that_cannot_be_taken_is_refused_and_the_old_value_kept() {
        let mut settings = Settings::new(Lang::Vi);
        let refused = settings.take(&json!({ "lang": "fr", "data": "a.csv" }), None);
        assert_eq!(refused, [Refused::Lang("fr".into()), Refused::Data]);
        assert_eq!(settings, Settings::new(Lang::Vi));
        assert!(refused[0].words(Lang::Vi).contains("`fr`"));
        let refused = settings.take(&json!({ "data": ["a.csv", 3] }), None);
        assert_eq!(refused, [Refused::Data]);
        assert!(settings.data.is_empty());
    }
}
