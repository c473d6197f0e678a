//! A plan's words in Markdown, for what an editor shows as Markdown (a hover, a
//! completion's documentation).

/// `text` as Markdown shows it as written: the characters Markdown reads as marks (`*` of a
/// strived target, `_` of an id, `<` of a comparison...) escaped.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn marks_are_escaped_and_letters_kept() {
        assert_eq!(escaped("sở_y_tế"), "sở\\_y\\_tế");
        assert_eq!(escaped("≥ 95* <x>"), "≥ 95\\* \\<x\\>");
        assert_eq!(escaped("II.1.a"), "II.1.a");
    }
}
