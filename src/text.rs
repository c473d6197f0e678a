//! Text helpers shared by the checker and (later) the query language: Vietnamese-aware
//! folding and "did you mean" suggestions.

use unicode_normalization::UnicodeNormalization;

/// Lower-cases and removes diacritics, so "Sở Y tế" and "so y te" fold to the same text.
/// `đ` is a letter of its own in Unicode, not `d` plus a mark, so it is mapped by hand.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Normalises an identifier to NFC, so a name typed with combining marks (`tế` as `te` +
/// two marks) is the same name as one typed with precomposed letters.
pub fn normalize_ident(name: &str) -> String {
    if unicode_normalization::is_nfc(name) {
        name.to_string()
    } else {
        name.nfc().collect()
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
/// Distances are measured on folded text, so a missing diacritic costs nothing.
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(word);
    let limit = (folded.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&folded, &fold(c)), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A name asked for (`--area`, `--agency`) that the plan does not declare: what was asked,
/// the closest name it declares, and every name it declares, for the words that refuse it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    /// The name asked for.
    pub given: String,
    /// The declared name closest to it, when one is close.
    pub similar: Option<String>,
    /// Every declared name, in the plan's order.
    pub known: Vec<String>,
}

impl Unknown {
    /// `given`, unknown among `known`.
    pub fn among<'a>(given: &str, known: impl IntoIterator<Item = &'a String>) -> Unknown {
        let known: Vec<String> = known.into_iter().cloned().collect();
        Unknown {
            given: given.to_string(),
            similar: closest(given, known.iter().map(String::as_str)).map(str::to_string),
            known,
        }
    }

    /// `unknown area `x`; did you mean `y`?` (or the names there are), in `lang`; `what` is
    /// `area` or `agency`.
    pub fn words(&self, what: &str, lang: crate::i18n::Lang) -> String {
        let hint = match &self.similar {
            Some(name) => lang.text_with("diag-did-you-mean", &[("name", name.as_str().into())]),
            None => lang.text_with(
                "refuse-names-are",
                &[
                    ("what", what.into()),
                    ("names", self.known.join(", ").into()),
                ],
            ),
        };
        lang.text_with(
            "refuse-unknown-name",
            &[
                ("what", what.into()),
                ("given", self.given.as_str().into()),
                ("hint", hint.into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_vietnamese_diacritics() {
        assert_eq!(fold("Sở Y tế"), "so y te");
        assert_eq!(fold("Đoàn Thanh niên"), "doan thanh nien");
        assert_eq!(fold("trẻ em"), "tre em");
    }

    #[test]
    fn closest_finds_typos_and_ignores_far_words() {
        let names = ["indicator", "objective", "agency"];
        assert_eq!(closest("indicatr", names), Some("indicator"));
        assert_eq!(closest("agnecy", names), Some("agency"));
        assert_eq!(closest("zzz", names), None);
    }

    #[test]
    fn closest_ignores_missing_diacritics() {
        assert_eq!(
            closest("so_y_te", ["sở_y_tế", "sở_tư_pháp"]),
            Some("sở_y_tế")
        );
    }

    #[test]
    fn normalize_ident_composes_marks() {
        let decomposed = "te\u{302}\u{301}";
        assert_eq!(normalize_ident(decomposed), "tế");
    }
}
