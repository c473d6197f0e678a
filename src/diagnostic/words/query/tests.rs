use super::samples::every_query_problem;
use super::*;
use crate::i18n::Lang;

/// Each sample's code and English words, one after the other.
fn english() -> String {
    let mut out = String::new();
    for p in every_query_problem() {
        let w = words(&p, Lang::En);
        out.push_str(&format!(
            "{}\n  {}\n  label: {}\n  help: {}\n",
            p.code().as_str(),
            w.message,
            w.label,
            w.help.unwrap_or_default()
        ));
    }
    out
}

#[test]
fn the_english_words_of_every_query_problem() {
    insta::assert_snapshot!(english());
}
