//! Turns pest's errors into diagnostics in plain words: what was expected (never an internal
//! rule name), what was found, and a guess at the fix where one can be made (a misspelled
//! keyword, an unclosed block or text).

use super::grammar::Rule;
use super::ITEM_KEYWORDS;
use crate::diagnostic::{Code, Diagnostic};
use crate::source::{Source, Span};
use crate::text::did_you_mean;

/// What a rule stands for in a message, and the keyword it starts with if it is one.
fn describe(rule: Rule) -> Option<(&'static str, Option<&'static str>)> {
    use Rule::*;
    // Keywords are shown in backticks; the bare word is what a misspelling is compared with.
    let kw = |quoted: &'static str| Some((quoted, Some(quoted.trim_matches('`'))));
    match rule {
        k_plan | plan_block => kw("`plan`"),
        k_document | document_field => kw("`document`"),
        k_issuer | issuer_field => kw("`issuer`"),
        k_signed | signed_field => kw("`signed`"),
        k_period | period_field | report_period => kw("`period`"),
        k_area | area_field => kw("`area`"),
        k_implements | implements_field => kw("`implements`"),
        k_basis | basis_field => kw("`basis`"),
        k_agency | agency_decl => kw("`agency`"),
        k_short => kw("`short`"),
        k_unit | unit_decl | unit_field => kw("`unit`"),
        k_range | unit_range => kw("`range`"),
        k_per | unit_per => kw("`per`"),
        k_of => kw("`of`"),
        k_dimension | dimension_decl => kw("`dimension`"),
        k_objective | objective_decl | objective_field => kw("`objective`"),
        k_indicator | indicator_decl => kw("`indicator`"),
        k_part | part_decl => kw("`part`"),
        k_direction | direction_field => kw("`direction`"),
        k_baseline | baseline_field => kw("`baseline`"),
        k_target | target_field => kw("`target`"),
        k_maintain | maintain_target => kw("`maintain`"),
        k_by => kw("`by`"),
        k_year | review_year => kw("`year`"),
        k_from | from_field => kw("`from`"),
        k_until => kw("`until`"),
        k_to | to_field => kw("`to`"),
        k_where | where_clause => kw("`where`"),
        k_lead | lead_field => kw("`lead`"),
        k_support | support_field => kw("`support`"),
        k_source | source_clause => kw("`source`"),
        k_ref | ref_clause => kw("`ref`"),
        k_note | note_field => kw("`note`"),
        k_report | report_decl => kw("`report`"),
        k_due | due_field | due_month_field => kw("`due`"),
        k_before => kw("`before`"),
        k_review | review_decl => kw("`review`"),
        area_decl => kw("`area`"),
        k_element | element_decl => kw("`element`"),
        k_import | import_decl => kw("`import`"),
        k_as => kw("`as`"),
        k_waive | waive_decl => kw("`waive`"),
        k_because => kw("`because`"),
        k_adopts | maps_field => kw("`adopts`"),
        k_adapts => kw("`adapts`"),
        k_amendment | amendment_block => kw("`amendment`"),
        k_amends | amends_field => kw("`amends`"),
        k_effective | effective_field => kw("`effective`"),
        k_change | change_decl | change_report => kw("`change`"),
        k_transfer | transfer_decl => kw("`transfer`"),
        k_query | query_decl => kw("`query`"),
        k_in | area_parent | project_parent => kw("`in`"),
        k_every => kw("`every`"),
        k_month => kw("`month`"),
        k_project | project_decl => kw("`project`"),
        k_task | task_decl => kw("`task`"),
        k_covers | covers_field => kw("`covers`"),
        month_of_year => Some(("a month such as 6 or 11/2025", None)),
        k_kind | area_kind => kw("`kind`"),
        k_formula | formula_field => kw("`formula`"),
        k_aggregate | aggregate_field => kw("`aggregate`"),
        k_weighted | aggregate_weighted => kw("`weighted`"),
        aggregate_kind => Some((
            "an aggregation (none, sum, mean or weighted by ELEMENT)",
            None,
        )),
        strive => kw("`strive`"),
        ident | ident_list => Some(("a name", None)),
        lead_unknown => Some(("`?` (no lead named yet)", None)),
        string | string_text => Some(("a quoted text", None)),
        number | value_range => Some(("a number", None)),
        year => Some(("a year such as 2025", None)),
        date => Some(("a date such as 2021-04-28", None)),
        day_month => Some(("a day and month such as 05/12", None)),
        comparator => Some(("a comparison (>=, <=, <, >, = or ~)", None)),
        level_target => Some(("a milestone year or a comparison", None)),
        rate_target | yearly_target | change_target => Some(("`increase` or `reduce`", None)),
        direction => Some(("a direction (increase, decrease or maintain)", None)),
        rate_direction => Some(("`increase` or `reduce`", None)),
        rate_unit => Some(("`points` or `percent`", None)),
        period_kind => Some((
            "a reporting period (half-year, year, quarter, month or adhoc)",
            None,
        )),
        unit_name => Some((
            "a unit (percent, per_mille, per_100k, count or a declared unit)",
            None,
        )),
        dimension_value => Some(("a dimension value (a name and its title)", None)),
        EOI => Some((END_OF_FILE, None)),
        _ => None,
    }
}

/// Keywords a misspelling may be compared with, for words the grammar lists by value.
fn values_of(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::direction => &["increase", "decrease", "maintain"],
        Rule::rate_direction | Rule::rate_target | Rule::yearly_target | Rule::change_target => {
            &["increase", "reduce"]
        }
        Rule::rate_unit => &["points", "percent"],
        Rule::period_kind => &["half-year", "year", "quarter", "month", "adhoc"],
        Rule::unit_name => &["percent", "per_mille", "per_100k", "count"],
        Rule::aggregate_kind => &["none", "sum", "mean", "weighted"],
        _ => &[],
    }
}

/// Builds the diagnostic for a pest error in the chunk of `source` starting at `base`.
pub(crate) fn syntax_error(
    source: &Source,
    base: usize,
    error: pest::error::Error<Rule>,
) -> Diagnostic {
    let text = source.text();
    let pos = base
        + match error.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((p, _)) => p,
        };
    let positives = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    // pest may report the end of the previous token; the problem is the next real one.
    let pos = skip_trivia(text, pos);
    let found = found_at(text, pos);
    let depth = open_braces(text, base, pos);

    if let Some(&open) = depth.last() {
        // The file ends, or a new top-level item starts on a line of its own, inside a block.
        let field_expected = positives
            .iter()
            .any(|r| describe(*r).is_some_and(|(_, keyword)| keyword.is_some()));
        let next_item = found.kind == Found::Word
            && field_expected
            && starts_line(text, pos)
            && ITEM_KEYWORDS.contains(&source.slice(found.span));
        if found.kind == Found::End || next_item {
            let (place, text_of_place) = if next_item {
                (
                    found.span,
                    format!("`{}` starts here", source.slice(found.span)),
                )
            } else {
                (last_char(text), "the file ends here".to_string())
            };
            let help = if next_item {
                format!("add `}}` before `{}`", source.slice(found.span))
            } else {
                "add `}` where the block should end".to_string()
            };
            return Diagnostic::new(
                Code::UnclosedBlock,
                source,
                Span::new(open, open + 1),
                "this block is never closed",
            )
            .label("this `{` has no matching `}`")
            .related(place, text_of_place)
            .help(help);
        }
    }
    if found.kind == Found::UnclosedText {
        return Diagnostic::new(
            Code::Syntax,
            source,
            found.span,
            "this text is never closed",
        )
        .label("the quote opened here has no closing `\"` on this line")
        .help("add `\"` at the end of the text; a text cannot span several lines");
    }

    let positives = if positives.contains(&Rule::next_item) {
        // Nothing of an item matched: pest names only the entry rule.
        ITEM_RULES.to_vec()
    } else {
        positives
    };
    let mut described: Vec<(&str, Option<&str>)> = Vec::new();
    let mut keywords: Vec<&str> = Vec::new();
    for rule in &positives {
        if let Some(d) = describe(*rule) {
            if !described.contains(&d) {
                described.push(d);
            }
            keywords.extend(d.1);
        }
        keywords.extend(values_of(*rule));
    }
    // Descriptions first, then keywords in a fixed order, the end of the file last, so
    // messages are stable whatever order pest tried the rules in.
    described.sort_by_key(|(text, keyword)| match keyword {
        Some(k) => 1 + KEYWORD_ORDER.iter().position(|o| o == k).unwrap_or(0),
        None if *text == END_OF_FILE => usize::MAX,
        None => 0,
    });
    let may_start_field = described.iter().any(|(_, k)| k.is_some());
    let mut expected: Vec<&str> = described.iter().map(|(text, _)| *text).collect();
    // A block may also end where a field may start.
    if !depth.is_empty() && found.kind != Found::End && may_start_field {
        expected.push("`}`");
    }
    let expected = list(&expected);

    // A value missing at the end of a line: the next line's first word is not the problem,
    // the end of this line is.
    let line_end = text[..pos].trim_end().len();
    if !may_start_field && !expected.is_empty() && text[line_end..pos].contains('\n') {
        let last = text[..line_end]
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        return Diagnostic::new(
            Code::Syntax,
            source,
            Span::new(line_end - last.min(line_end), line_end),
            format!("expected {expected} at the end of this line"),
        )
        .label(format!("expected {expected} after this"))
        .help(
            "complete the line; a statement cannot continue on the next line after a missing value",
        );
    }

    let message = if expected.is_empty() {
        format!("unexpected {}", found.text)
    } else {
        format!("expected {expected}, found {}", found.text)
    };
    let help = if found.kind == Found::Word {
        did_you_mean(source.slice(found.span), keywords.iter().copied())
    } else {
        None
    };
    let help = help
        .or_else(|| decimal_comma_hint(text, pos))
        .or_else(|| symbol_hint(text, pos));
    Diagnostic::new(Code::Syntax, source, found.span, message)
        .label("not expected here")
        .maybe_help(help)
}

/// Help for symbols written where planlang wants something else: `=>` for `>=`, a unit sign
/// after a number.
fn symbol_hint(text: &str, pos: usize) -> Option<String> {
    let before = text[..pos].trim_end();
    let next = text[pos..].chars().next()?;
    match (before.chars().next_back()?, next) {
        ('=', '>') => Some("write `>=` (at least): the `=` comes second".into()),
        ('=', '<') => Some("write `<=` (at most): the `=` comes second".into()),
        (c, '%' | '‰') if c.is_ascii_digit() => Some(format!(
            "write the number alone; the unit belongs in the indicator's `unit` line (`unit {}`)",
            if next == '%' { "percent" } else { "per_mille" }
        )),
        _ => None,
    }
}

/// Whether `pos` is at the very start of a line, where top-level items begin.
fn starts_line(text: &str, pos: usize) -> bool {
    pos == 0 || text[..pos].ends_with('\n')
}

/// The span of the last character that is not whitespace (where a reader sees the file end).
fn last_char(text: &str) -> Span {
    let end = text.trim_end().len();
    let len = text[..end].chars().next_back().map_or(0, char::len_utf8);
    Span::new(end - len, end)
}

const END_OF_FILE: &str = "the end of the file";

/// The top-level items, expected where an item may start.
const ITEM_RULES: &[Rule] = &[
    Rule::plan_block,
    Rule::agency_decl,
    Rule::unit_decl,
    Rule::dimension_decl,
    Rule::objective_decl,
    Rule::indicator_decl,
    Rule::report_decl,
    Rule::review_decl,
    Rule::area_decl,
    Rule::element_decl,
    Rule::import_decl,
    Rule::waive_decl,
    Rule::query_decl,
    Rule::amendment_block,
    Rule::change_decl,
    Rule::transfer_decl,
    Rule::project_decl,
    Rule::task_decl,
    Rule::EOI,
];

/// Keywords in the order messages list them.
const KEYWORD_ORDER: &[&str] = &[
    "plan",
    "import",
    "agency",
    "area",
    "element",
    "unit",
    "dimension",
    "objective",
    "indicator",
    "report",
    "review",
    "waive",
    "query",
    "amendment",
    "change",
    "transfer",
    "project",
    "task",
    "document",
    "issuer",
    "signed",
    "period",
    "implements",
    "basis",
    "short",
    "range",
    "per",
    "of",
    "part",
    "direction",
    "baseline",
    "target",
    "maintain",
    "by",
    "year",
    "from",
    "until",
    "to",
    "where",
    "lead",
    "support",
    "formula",
    "aggregate",
    "weighted",
    "in",
    "kind",
    "due",
    "before",
    "month",
    "every",
    "covers",
    "strive",
    "ref",
    "source",
    "note",
    "as",
    "because",
    "adopts",
    "adapts",
    "amends",
    "effective",
];

/// The first offset at or after `pos` that is not whitespace or a comment.
fn skip_trivia(text: &str, mut pos: usize) -> usize {
    loop {
        let rest = text.get(pos..).unwrap_or("");
        let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{FEFF}']);
        pos += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            pos += trimmed.find('\n').unwrap_or(trimmed.len());
        } else if trimmed.starts_with("/*") {
            match trimmed.find("*/") {
                Some(end) => pos += end + 2,
                None => return text.len(),
            }
        } else {
            return pos;
        }
    }
}

/// "a, b or c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[derive(PartialEq, Debug)]
enum Found {
    End,
    Word,
    UnclosedText,
    Other,
}

struct FoundToken {
    kind: Found,
    text: String,
    span: Span,
}

/// What stands at `pos`: a word, a text, a symbol or the end of the file.
fn found_at(text: &str, pos: usize) -> FoundToken {
    let pos = pos.min(text.len());
    let rest = &text[pos..];
    let mut chars = rest.chars();
    match chars.next() {
        None => FoundToken {
            kind: Found::End,
            text: "the end of the file".into(),
            span: Span::at(pos),
        },
        Some('"') => {
            let line = rest.split('\n').next().unwrap_or(rest);
            match line[1..].find('"') {
                None => FoundToken {
                    kind: Found::UnclosedText,
                    text: String::new(),
                    span: Span::new(pos, pos + 1),
                },
                Some(close) => FoundToken {
                    kind: Found::Other,
                    text: format!("the text `{}`", &line[..close + 2]),
                    span: Span::new(pos, pos + close + 2),
                },
            }
        }
        Some(c) if is_word_char(c) => {
            let len: usize = rest
                .chars()
                .take_while(|&c| is_word_char(c) || c == '-')
                .map(char::len_utf8)
                .sum();
            FoundToken {
                kind: Found::Word,
                text: format!("`{}`", &rest[..len]),
                span: Span::new(pos, pos + len),
            }
        }
        Some('\n') | Some('\r') => FoundToken {
            kind: Found::Other,
            text: "the end of the line".into(),
            span: Span::new(pos, pos + 1),
        },
        Some(c) => FoundToken {
            kind: Found::Other,
            text: format!("`{c}`"),
            span: Span::new(pos, pos + c.len_utf8()),
        },
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '.' || c == ','
}

/// When the failing token is a number written with a decimal comma in a place that takes no
/// list (`target 2025 < 9,5.`), say so.
fn decimal_comma_hint(text: &str, pos: usize) -> Option<String> {
    let before = text.get(..pos)?;
    let trimmed = before.trim_end_matches(|c: char| c.is_ascii_digit());
    (trimmed.ends_with(',') && trimmed.len() < before.len())
        .then(|| "plan files use a decimal point: write `9.5`, not `9,5`".to_string())
}

/// Offsets of the `{` still open at `pos`, scanning from `start` and skipping texts and
/// comments, innermost last.
fn open_braces(text: &str, start: usize, pos: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let end = pos.min(bytes.len());
    let mut open = Vec::new();
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < end && bytes[i] != b'"' && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < end && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'{' => open.push(i),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    open
}
