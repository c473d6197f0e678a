//! `textDocument/formatting`: the open plan in the one canonical layout
//! (`syntax::format`), sent as one edit that replaces only the lines that change (from the
//! first byte that differs to the last), or none when the plan is laid out already. The
//! client's options (tab size, spaces) are not asked: the layout is the language's own. A
//! plan with syntax errors cannot be laid out: the answer is an error that names the first,
//! which the diagnostics show already.

use crate::lsp::dispatch::{Failure, OnRequest};
use crate::lsp::server::Server;
use crate::source::Source;
use crate::syntax::format::format;
use lsp_server::ErrorCode;
use lsp_types::request::Formatting;
use lsp_types::{DocumentFormattingParams, TextEdit};

impl OnRequest for Formatting {
    fn handle(
        server: &mut Server,
        params: DocumentFormattingParams,
    ) -> Result<Option<Vec<TextEdit>>, Failure> {
        let (encoding, lang) = (server.encoding, server.settings.lang);
        let view = server.view(&params.text_document.uri)?;
        let document = view.document;
        let text = &document.text;
        let source = Source::new(view.analysis.source().name(), text.as_str());
        let formatted = format(&source).map_err(|problems| {
            let first = problems
                .first()
                .map(|d| {
                    let (line, column) = d.line_col();
                    format!("{line}:{column}: {}", d.message(lang))
                })
                .unwrap_or_default();
            let words = lang.text_with("lsp-format-refused", &[("problem", first.into())]);
            Failure::new(ErrorCode::RequestFailed, words)
        })?;
        let Some((changed, replacement)) = difference(text, &formatted) else {
            return Ok(Some(Vec::new()));
        };
        let range = document.lines.range(text, changed, encoding);
        Ok(Some(vec![TextEdit::new(range, replacement.to_string())]))
    }
}

/// The bytes of `old` that differ from `new` and what `new` has in their place, from the first
/// byte that differs to the last (on character boundaries); `None` when they are the same.
fn difference<'n>(old: &str, new: &'n str) -> Option<(std::ops::Range<usize>, &'n str)> {
    if old == new {
        return None;
    }
    let mut start = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(start) || !new.is_char_boundary(start) {
        start -= 1;
    }
    let longest = old.len().min(new.len()) - start;
    let mut common_end = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(longest)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - common_end)
        || !new.is_char_boundary(new.len() - common_end)
    {
        common_end -= 1;
    }
    Some((
        start..old.len() - common_end,
        &new[start..new.len() - common_end],
    ))
}

#[cfg(test)]
mod tests {
    use super::difference;

    fn applied(old: &str, new: &str) -> String {
        match difference(old, new) {
            Some((range, replacement)) => {
                let mut text = old.to_string();
                text.replace_range(range, replacement);
                text
            }
            None => old.to_string(),
        }
    }

    #[test]
    fn the_edit_covers_only_what_differs_and_gives_the_new_text() {
        assert_eq!(difference("lead  yte\n", "lead yte\n"), Some((5..6, "")));
        assert_eq!(difference("same", "same"), None);
        for (old, new) in [
            ("a\n  b\nc\n", "a\n    b\nc\n"),
            ("tỉnh  Sơn La", "tỉnh Sơn La"),
            // Two letters that share their first byte (ế and ề): the edit starts on a
            // character's first byte.
            ("tế", "tề"),
            ("xx", "xxx"),
            ("", "plan"),
            ("plan", ""),
        ] {
            assert_eq!(applied(old, new), new, "{old:?} -> {new:?}");
        }
        let (range, _) = difference("tế", "tề").expect("differs");
        assert_eq!(range.start, 1);
    }
}
