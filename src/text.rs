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

/// How well `query` matches `candidate`, both folded (case and diacritics ignored, so `tiem
/// chung` finds "tiêm chủng"), as a search box matches: `None` when the query's letters are
/// not all in the candidate in order; else higher for a closer match: the candidate starts
/// with the query (3), holds it whole (2), or holds its letters scattered (1). An empty query
/// matches everything (0).
pub fn fuzzy_score(query: &str, candidate: &str) -> Option<u32> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Some(0);
    }
    let candidate = fold(candidate);
    if candidate.starts_with(&query) {
        return Some(3);
    }
    if candidate.contains(&query) {
        return Some(2);
    }
    let mut letters = candidate.chars();
    let scattered = query
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|wanted| letters.any(|c| c == wanted));
    scattered.then_some(1)
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
    fn fuzzy_scores_rank_a_start_above_a_substring_above_scattered_letters() {
        assert_eq!(fuzzy_score("tỷ lệ", "Tỷ lệ trẻ em"), Some(3));
        assert_eq!(
            fuzzy_score("tiem chung", "Tỷ lệ tiêm chủng đầy đủ"),
            Some(2)
        );
        assert_eq!(fuzzy_score("TLTE", "Tỷ lệ trẻ em"), Some(1));
        assert_eq!(fuzzy_score("tđ", "tiêm đủ"), Some(1));
        assert_eq!(fuzzy_score("xyz", "Tỷ lệ trẻ em"), None);
        assert_eq!(fuzzy_score("  ", "bất kỳ"), Some(0));
    }

    #[test]
    fn normalize_ident_composes_marks() {
        let decomposed = "te\u{302}\u{301}";
        assert_eq!(normalize_ident(decomposed), "tế");
    }
}
