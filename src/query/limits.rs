//! How deep a query may nest, and the one scan of its quotes and parentheses that enforces
//! it before the parser runs.
//!
//! The grammar's parser (pest) recurses once per parenthesis, several calls deep, and so do
//! the steps after it; a query nested a few thousand parentheses deep would overflow the
//! stack and abort the program. The scan below is a loop: it finds such a query, and
//! `query::too_deep` refuses it at the parenthesis that goes too deep. The same scan says
//! which text or parenthesis is left open, for "the query is unfinished", and can be fed a
//! query line by line (a REPL's continuation lines) without reading the lines before again.

/// The deepest a query may nest parentheses. Real questions use two or three levels; in a
/// debug build the parser takes 4 to 8 KiB of stack per level (measured), so 64 levels stay
/// well inside the 2 MiB stack of a thread (a test's, an embedding program's worker).
pub const MAX_DEPTH: usize = 64;

use crate::i18n::Lang;

/// The label of `query::too_deep`, the same for a query and a plan's named query (the
/// catalogue keeps it with the named query's message).
pub fn too_deep_label(lang: Lang) -> String {
    too_deep_attribute("label", lang)
}

/// The help of `query::too_deep`: the limit, and two ways to stay under it.
pub fn too_deep_help(lang: Lang) -> String {
    too_deep_attribute("help", lang)
}

fn too_deep_attribute(name: &str, lang: Lang) -> String {
    lang.attribute(
        "diag-named-query-too-deep",
        name,
        &[
            ("limit", MAX_DEPTH.to_string().into()),
            ("level", (MAX_DEPTH + 1).to_string().into()),
        ],
    )
}

/// What is open at the end of the text scanned so far.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Open {
    /// A quoted text, opened at this byte offset.
    Text(usize),
    /// A parenthesis, opened at this byte offset (the innermost one still open).
    Paren(usize),
}

/// The quotes and parentheses of a query text, as far as it has been scanned. Offsets are
/// bytes from the start of the whole text.
#[derive(Clone, Debug, Default)]
pub struct Brackets {
    /// Bytes scanned so far.
    len: usize,
    /// The opening quote of a text not closed yet.
    text: Option<usize>,
    /// Whether the last character inside a text was a backslash.
    escaped: bool,
    /// The open parentheses, innermost last; at most `MAX_DEPTH` are kept (a text nested
    /// deeper is refused whatever else is open).
    open: Vec<usize>,
    depth: usize,
    /// The first parenthesis that opened level `MAX_DEPTH + 1`.
    too_deep: Option<usize>,
}

impl Brackets {
    /// Scans a whole text.
    pub fn of(text: &str) -> Brackets {
        let mut brackets = Brackets::default();
        brackets.feed(text);
        brackets
    }

    /// Scans more text, as if appended to what was scanned before.
    pub fn feed(&mut self, more: &str) {
        for (i, c) in more.char_indices() {
            let at = self.len + i;
            if self.text.is_some() {
                match c {
                    _ if self.escaped => self.escaped = false,
                    '\\' => self.escaped = true,
                    '"' => self.text = None,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => self.text = Some(at),
                '(' => {
                    self.depth += 1;
                    if self.depth <= MAX_DEPTH {
                        self.open.push(at);
                    } else if self.too_deep.is_none() {
                        self.too_deep = Some(at);
                    }
                }
                // A `)` with nothing open is the parser's to report.
                ')' if self.depth > 0 => {
                    if self.depth <= MAX_DEPTH {
                        self.open.pop();
                    }
                    self.depth -= 1;
                }
                _ => {}
            }
        }
        self.len += more.len();
    }

    /// The parenthesis that first nests deeper than [`MAX_DEPTH`], if one does.
    pub fn too_deep(&self) -> Option<usize> {
        self.too_deep
    }

    /// The text or parenthesis left open at the end, if any: an open text first (inside it
    /// parentheses do not count), else the innermost open parenthesis.
    pub fn open(&self) -> Option<Open> {
        match (self.text, self.open.last()) {
            (Some(at), _) => Some(Open::Text(at)),
            (None, Some(&at)) => Some(Open::Paren(at)),
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_parentheses_are_followed() {
        assert_eq!(
            Brackets::of("a (b = \"x(\") or (c").open(),
            Some(Open::Paren(16))
        );
        assert_eq!(Brackets::of("a (b = \"x\\\"(").open(), Some(Open::Text(7)));
        assert_eq!(Brackets::of("(a) (b)").open(), None);
        assert_eq!(Brackets::of(") a").open(), None);
    }

    #[test]
    fn the_first_parenthesis_too_deep_is_found() {
        let ok = format!("{}x{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert_eq!(Brackets::of(&ok).too_deep(), None);
        let deep = format!("w {}x", "(".repeat(MAX_DEPTH + 5));
        assert_eq!(Brackets::of(&deep).too_deep(), Some(2 + MAX_DEPTH));
        // Parentheses inside a text are text.
        let quoted = format!("\"{}\"", "(".repeat(MAX_DEPTH + 5));
        assert_eq!(Brackets::of(&quoted).too_deep(), None);
    }

    #[test]
    fn feeding_line_by_line_is_scanning_the_whole() {
        let text = "indicators where (lead = \"y (te\"\n or (lead = gddt\n";
        let mut fed = Brackets::default();
        for line in text.split_inclusive('\n') {
            fed.feed(line);
        }
        assert_eq!(fed.open(), Brackets::of(text).open());
        assert_eq!(fed.open(), Some(Open::Paren(37)));
    }
}
