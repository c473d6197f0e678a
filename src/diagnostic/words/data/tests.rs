use super::samples::every_data_problem;
use super::*;
use crate::i18n::Lang;

/// Each sample's code and English message, one after the other.
fn english() -> String {
    let mut out = String::new();
    for p in every_data_problem() {
        out.push_str(&format!(
            "{}\n  {}\n",
            p.code().as_str(),
            message(&p, Lang::En)
        ));
    }
    out
}

#[test]
fn the_english_words_of_every_data_problem() {
    insta::assert_snapshot!(english());
}
