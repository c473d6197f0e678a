//! The tokens planlang's own parser reads in a plan, each with the class an editor should
//! colour it as (a keyword, a string, a date, an id declared, ...): what the TextMate grammar
//! is compared with (`editors_vscode.rs`). Positions are as editors count them: lines from 1,
//! columns and lengths in UTF-16 code units; a token over several lines (a block comment) is
//! given line by line.

use pest::iterators::Pair;
use pest::Parser;
use planlang::syntax::grammar::{PlanParser, Rule};
use planlang::syntax::keywords::{BUILTIN_UNITS, KEYWORDS};
use serde_json::{json, Value};

/// The rules that declare an id: their first id is the one declared.
const DECLARING: &[Rule] = &[
    Rule::agency_decl,
    Rule::unit_decl,
    Rule::dimension_decl,
    Rule::dimension_value,
    Rule::objective_decl,
    Rule::indicator_decl,
    Rule::part_decl,
    Rule::area_decl,
    Rule::element_decl,
    Rule::report_decl,
    Rule::review_decl,
    Rule::query_decl,
    Rule::project_decl,
    Rule::task_decl,
];

/// The rules whose text is one value word of the keyword table.
const VALUES: &[Rule] = &[
    Rule::direction,
    Rule::rate_direction,
    Rule::rate_unit,
    Rule::period_kind,
    Rule::recurrence_kind,
    Rule::review_point,
    Rule::aggregate_kind,
];

/// The rules that read a date, a year, or a day and month.
const DATES: &[Rule] = &[
    Rule::year,
    Rule::date,
    Rule::sub_year,
    Rule::day_month,
    Rule::day_month_year,
    Rule::month_of_year,
];

/// The class of a pair the parser read, or `None` for a pair whose parts are classed instead.
fn class(pair: &Pair<Rule>, declares: bool) -> Option<&'static str> {
    let rule = pair.as_rule();
    let text = pair.as_str();
    let is_keyword_word = KEYWORDS.iter().any(|k| k.word == text);
    Some(match rule {
        _ if KEYWORDS.iter().any(|k| k.rule == rule) => "keyword",
        Rule::string => "string",
        Rule::COMMENT => "comment",
        Rule::number => "number",
        Rule::comparator => "comparison",
        _ if DATES.contains(&rule) => "date",
        _ if VALUES.contains(&rule) && is_keyword_word => "keyword-value",
        _ if VALUES.contains(&rule) => "value",
        Rule::unit_name if BUILTIN_UNITS.meaning(text).is_some() => "value",
        Rule::unit_name => "reference",
        Rule::ident if declares => "declared",
        Rule::ident => "reference",
        _ => return None,
    })
}

/// The classed tokens of a plan's text, as JSON objects `{line, column, length, text, class}`;
/// `None` when the text does not parse.
pub fn tokens(text: &str) -> Option<Vec<Value>> {
    let file = PlanParser::parse(Rule::file, text).ok()?;
    let mut found = Vec::new();
    for pair in file {
        walk(pair, text, &mut found);
    }
    Some(found)
}

fn walk(pair: Pair<Rule>, text: &str, found: &mut Vec<Value>) {
    let rule = pair.as_rule();
    let mut first_id = DECLARING.contains(&rule) || rule == Rule::import_decl;
    for inner in pair.into_inner() {
        let declares = first_id && inner.as_rule() == Rule::ident;
        if declares {
            first_id = false;
        }
        let class = match class(&inner, declares) {
            Some("declared") if rule == Rule::import_decl => Some("alias"),
            other => other,
        };
        match class {
            Some(class) => push(&inner, class, text, found),
            None => walk(inner, text, found),
        }
    }
}

/// The token of `pair`, one entry per line it covers.
fn push(pair: &Pair<Rule>, class: &str, text: &str, found: &mut Vec<Value>) {
    let span = pair.as_span();
    let mut start = span.start();
    for raw in span.as_str().split('\n') {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].encode_utf16().count();
        let piece = raw.trim_end_matches('\r');
        if !piece.trim().is_empty() {
            found.push(json!({
                "line": line,
                "column": column,
                "length": piece.encode_utf16().count(),
                "text": piece,
                "class": class,
            }));
        }
        start += raw.len() + 1;
    }
}
