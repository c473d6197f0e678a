//! What each word of a plan file is, for an editor to colour it: keywords, ids (those being
//! declared apart from those referred to), value words (`increase`, `half-year`), strings,
//! numbers, dates and years, comparisons, comments. A lexical pass over the parser's own
//! tokens, so the colours always follow the grammar; where the text does not parse, the
//! items around the error are still coloured.

use crate::source::{Source, Span};
use crate::syntax::grammar::{PlanParser, Rule};
use crate::syntax::keywords::KEYWORDS;
use pest::iterators::Pair;
use pest::Parser;

/// What a token is. The order is the legend's: a kind's number is its place in [`Kind::ALL`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A keyword of the language (`indicator`, `lead`, `target`).
    Keyword,
    /// An id: of an agency, an objective, an indicator, a unit...
    Name,
    /// A word a field takes as its value (`increase`, `half-year`, `sum`, `strive`).
    Value,
    /// A quoted text.
    String,
    /// A number (`95`, `0.5`).
    Number,
    /// A date, a year or a period (`2021-04-28`, `2025`, `2026-Q2`, `30/06`, `11/2025`).
    Date,
    /// A comparison (`>=`, `~`, `about`).
    Operator,
    /// A comment.
    Comment,
}

impl Kind {
    /// Every kind, in the legend's order.
    pub const ALL: [Kind; 8] = [
        Kind::Keyword,
        Kind::Name,
        Kind::Value,
        Kind::String,
        Kind::Number,
        Kind::Date,
        Kind::Operator,
        Kind::Comment,
    ];

    /// The kind's name among the protocol's token types (a date has none there: `date` is
    /// planlang's own, which an editor may colour as a number).
    pub fn protocol_name(self) -> &'static str {
        match self {
            Kind::Keyword => "keyword",
            Kind::Name => "variable",
            Kind::Value => "enumMember",
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Operator => "operator",
            Kind::Comment => "comment",
        }
    }

    /// The kind's number in the legend.
    pub fn index(self) -> u32 {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u32
    }
}

/// What a token is besides its kind. The order is the legend's; a modifier's bit is its
/// place in [`Modifier::ALL`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Modifier {
    /// An id where it is declared (`agency yte`), not where it is referred to (`lead yte`).
    Declaration,
}

impl Modifier {
    /// Every modifier, in the legend's order.
    pub const ALL: [Modifier; 1] = [Modifier::Declaration];

    /// The modifier's name among the protocol's.
    pub fn protocol_name(self) -> &'static str {
        match self {
            Modifier::Declaration => "declaration",
        }
    }

    /// The modifier's bit in the legend's set.
    pub fn bit(self) -> u32 {
        1 << Modifier::ALL.iter().position(|m| *m == self).unwrap_or(0)
    }
}

/// One token: where it is written, and what it is.
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Token {
    /// The bytes it covers (a block comment may cover several lines).
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// An id being declared.
    pub declaration: bool,
}

/// The tokens of `source`, in written order, none overlapping another.
pub fn tokens(source: &Source) -> Vec<Token> {
    let text = source.text();
    let mut out = Vec::new();
    // A file that parses (the usual case) is read at once, its comments after the last item
    // included.
    if let Ok(pairs) = PlanParser::parse(Rule::file, text) {
        for pair in pairs {
            walk(pair, 0, false, &mut out);
        }
        return out;
    }
    let mut offset = 0;
    while offset < text.len() {
        let rest = &text[offset..];
        let end = match PlanParser::parse(Rule::next_items, rest) {
            Ok(pairs) => {
                let mut end = 0;
                for pair in pairs {
                    end = pair.as_span().end();
                    walk(pair, offset, false, &mut out);
                }
                end
            }
            Err(_) => 0,
        };
        // Where the items that parse stop is an error: reading resumes at the next line
        // that starts an item.
        match crate::syntax::next_item_line(text, offset + end.max(1)) {
            Some(next) => offset = next,
            None => break,
        }
    }
    out
}

/// The tokens of `pair` (read from the text at `base`), added to `out`; `declares` when the
/// pair's first id is the id its item declares.
fn walk(pair: Pair<'_, Rule>, base: usize, declares: bool, out: &mut Vec<Token>) {
    let span = pair.as_span();
    let span = Span::new(span.start() + base, span.end() + base);
    let rule = pair.as_rule();
    let leaf = |kind| Token {
        span,
        kind,
        declaration: false,
    };
    match rule {
        Rule::COMMENT => out.push(leaf(Kind::Comment)),
        Rule::string => out.push(leaf(Kind::String)),
        Rule::number => out.push(leaf(Kind::Number)),
        Rule::year
        | Rule::date
        | Rule::sub_year
        | Rule::day_month
        | Rule::day_month_year
        | Rule::month_of_year => out.push(leaf(Kind::Date)),
        Rule::comparator => out.push(leaf(Kind::Operator)),
        Rule::ident | Rule::unit_name => out.push(Token {
            declaration: declares,
            ..leaf(Kind::Name)
        }),
        _ if KEYWORDS.iter().any(|k| k.rule == rule) => out.push(leaf(Kind::Keyword)),
        _ if is_value(rule) => out.push(leaf(Kind::Value)),
        _ => {
            let mut declares = declares_its_id(rule);
            for inner in pair.into_inner() {
                let is_id = inner.as_rule() == Rule::ident;
                walk(inner, base, declares && is_id, out);
                // Only the first id of a declaration is declared (`objective a ... in chung`
                // declares `a`; `chung` is read by a rule of its own anyway).
                declares &= !is_id;
            }
        }
    }
}

/// Whether `rule` reads a value word.
fn is_value(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::direction
            | Rule::rate_direction
            | Rule::rate_unit
            | Rule::period_kind
            | Rule::recurrence_kind
            | Rule::review_point
            | Rule::aggregate_kind
    )
}

/// Whether the first id of `rule` is the id the item declares; the import's is its alias.
fn declares_its_id(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::agency_decl
            | Rule::unit_decl
            | Rule::dimension_decl
            | Rule::dimension_value
            | Rule::objective_decl
            | Rule::area_decl
            | Rule::element_decl
            | Rule::indicator_decl
            | Rule::part_decl
            | Rule::report_decl
            | Rule::review_decl
            | Rule::query_decl
            | Rule::project_decl
            | Rule::task_decl
            | Rule::import_decl
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind, bool)> {
        let source = Source::new("t.plan", text);
        tokens(&source)
            .into_iter()
            .map(|t| (source.slice(t.span).to_string(), t.kind, t.declaration))
            .collect()
    }

    fn has(found: &[(String, Kind, bool)], text: &str, kind: Kind, declaration: bool) -> bool {
        found
            .iter()
            .any(|(t, k, d)| t == text && *k == kind && *d == declaration)
    }

    #[test]
    fn keywords_ids_values_strings_numbers_dates_and_comments_are_told_apart() {
        let text = "// Kế hoạch\nplan \"Kế hoạch\" { document \"1/KH\" issuer yte signed 2021-04-28 period 2021..2030 }\n\
                    agency yte \"Sở Y tế\"\n\
                    indicator 1 \"Tỷ lệ\" { objective a unit percent direction increase\n  target 2025 >= 9.5 strive lead yte /* chủ trì */ }\n\
                    report bc \"Báo cáo\" { period half-year due before 05/12 from yte to yte }\n";
        let found = kinds(text);
        assert!(has(&found, "// Kế hoạch", Kind::Comment, false));
        assert!(has(&found, "/* chủ trì */", Kind::Comment, false));
        assert!(has(&found, "plan", Kind::Keyword, false));
        assert!(has(&found, "\"Sở Y tế\"", Kind::String, false));
        assert!(has(&found, "yte", Kind::Name, true), "{found:?}");
        assert!(has(&found, "yte", Kind::Name, false));
        assert!(has(&found, "1", Kind::Name, true));
        assert!(has(&found, "a", Kind::Name, false));
        assert!(has(&found, "percent", Kind::Name, false));
        assert!(has(&found, "increase", Kind::Value, false));
        assert!(has(&found, "strive", Kind::Keyword, false));
        assert!(has(&found, "half-year", Kind::Value, false));
        assert!(has(&found, "2021-04-28", Kind::Date, false));
        assert!(has(&found, "2025", Kind::Date, false));
        assert!(has(&found, "05/12", Kind::Date, false));
        assert!(has(&found, ">=", Kind::Operator, false));
        assert!(has(&found, "9.5", Kind::Number, false));
        assert!(has(&found, "bc", Kind::Name, true));
        // In written order, none overlapping.
        let source = Source::new("t.plan", text);
        let spans: Vec<Span> = tokens(&source).into_iter().map(|t| t.span).collect();
        assert!(spans.windows(2).all(|w| w[0].end() <= w[1].start()));
    }

    #[test]
    fn the_items_around_a_syntax_error_are_still_read() {
        let text = "agency yte \"Sở Y tế\"\nindicator 1 \"x\" { lead }\nagency gd \"Sở GD\"\n";
        let found = kinds(text);
        assert!(has(&found, "yte", Kind::Name, true));
        assert!(has(&found, "gd", Kind::Name, true), "{found:?}");
    }

    #[test]
    fn the_import_declares_its_alias_and_a_change_refers_to_its_measure() {
        let found = kinds("import \"../tw.plan\" as tw\nchange tw.14 { lead tw.yte }\n");
        assert!(has(&found, "tw", Kind::Name, true));
        assert!(has(&found, "tw.14", Kind::Name, false));
    }
}
