//! Characters that make the text read otherwise than it is.

use super::{both, Entry, Words};
use crate::diagnostic::problem::Characters;
use crate::i18n::Lang;

pub(super) fn words(problem: &Characters, lang: Lang) -> Words {
    match problem {
        Characters::MixedScript { id, scripts, odd } => {
            let names: Vec<String> = scripts.iter().map(|s| script(s, lang)).collect();
            let e = match odd {
                Some((ch, name)) => Entry::new(lang, "diag-mixed-script-odd")
                    .arg("char", ch.to_string())
                    .arg("code", format!("U+{:04X}", *ch as u32))
                    .arg("script", script(name, lang)),
                None => Entry::new(lang, "diag-mixed-script"),
            };
            e.arg("id", id.as_str())
                .arg("scripts", both(&names, lang))
                .words()
        }
        Characters::BidiControl { control } => Entry::new(lang, "diag-bidi-control")
            .arg("code", format!("U+{:04X}", *control as u32))
            .words(),
    }
}

/// A script's name (Unicode's English name, `Cyrillic`) in `lang`.
fn script(name: &str, lang: Lang) -> String {
    lang.text_with("diag-script", &[("script", name.into())])
}
