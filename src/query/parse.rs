//! From query text to the syntax tree: pest pairs lowered by one small function per rule,
//! and pest's errors turned into plain words with the place in the query and a guess at the
//! fix.

use super::ast::*;
use super::error::{query_error, QueryError};
use super::grammar::{QueryParser, Rule};
use super::limits::{Brackets, Open, MAX_DEPTH};
use crate::date::Date;
use crate::diagnostic::{Code, QueryProblem, Wanted};
use crate::source::{Source, Span};
use crate::text::closest;
use pest::Parser;

type Pair<'i> = pest::iterators::Pair<'i, Rule>;

/// The words a query may start with.
pub const STARTS: &[&str] = &[
    "indicators",
    "targets",
    "agencies",
    "objectives",
    "reports",
    "tasks",
    "projects",
    "count",
    "show",
    "late",
    "missing",
    "overdue",
];

/// Every keyword of the grammar, for completion.
pub const KEYWORDS: &[&str] = &[
    "show", "count", "where", "due", "and", "or", "not", "in", "sort", "by", "asc", "desc",
    "limit", "columns", "late", "missing", "overdue",
];

/// Parses one query; the source's name is how errors cite it.
pub fn parse(source: &Source) -> Result<Query, QueryError> {
    let text = source.text();
    // The parser recurses on each parenthesis: a text nested too deep never reaches it.
    let brackets = Brackets::of(text);
    if let Some(at) = brackets.too_deep() {
        return Err(too_deep(source, at));
    }
    let mut pairs =
        QueryParser::parse(Rule::query, text).map_err(|e| syntax_error(source, &brackets, e))?;
    let Some(top) = pairs.next() else {
        return Err(internal(source, Span::at(0)));
    };
    let lower = Lower { source };
    let Some(form) = top.into_inner().find(|p| !matches!(p.as_rule(), Rule::EOI)) else {
        return Err(internal(source, Span::at(0)));
    };
    match form.as_rule() {
        Rule::show_query => lower.show(form),
        Rule::list_query => Ok(Query::List(lower.select(form)?.0)),
        Rule::count_query => {
            let (select, by) = lower.select(form)?;
            Ok(Query::Count {
                select,
                by: by.unwrap_or_default(),
            })
        }
        _ => Err(internal(source, lower.span(&form))),
    }
}

/// Whether the text is a query that stops before it is finished, so a REPL should read
/// another line rather than report an error: the real parser decides, helped by counting
/// quotes and parentheses (pest reports an unclosed text at its opening quote).
pub fn is_incomplete(text: &str) -> bool {
    is_incomplete_scanned(text, &Brackets::of(text))
}

/// [`is_incomplete`] with the text's quotes and parentheses already scanned (a REPL scans each
/// line once, as it comes). A text or parenthesis left open answers without running the
/// parser, as the parser would answer (it fails on them, and `syntax_error` calls that
/// unfinished unless the query starts with an unknown word): a query typed over many lines
/// inside a parenthesis costs a scan of each line, not a parse of all of them each time.
pub fn is_incomplete_scanned(text: &str, brackets: &Brackets) -> bool {
    is_incomplete_with(text, brackets, || {
        let source = Source::new("query", text);
        matches!(parse(&source), Err(e) if e.code() == Code::QueryIncomplete)
    })
}

/// Whether a query is unfinished: too deep or empty, it is not (the one an error, the other
/// nothing); with a text or parenthesis open, it is unless it starts with an unknown word (as
/// `syntax_error` says); otherwise `balanced` decides.
pub fn is_incomplete_with(
    text: &str,
    brackets: &Brackets,
    balanced: impl FnOnce() -> bool,
) -> bool {
    if text.trim().is_empty() || brackets.too_deep().is_some() {
        return false;
    }
    if brackets.open().is_some() {
        return unknown_start_word(text).is_none();
    }
    balanced()
}

/// A query nested deeper than [`MAX_DEPTH`] parentheses, refused at the first parenthesis
/// too deep.
fn too_deep(source: &Source, at: usize) -> QueryError {
    let problem = QueryProblem::TooDeep { limit: MAX_DEPTH };
    query_error(problem, source, Span::new(at, at + 1))
}

/// Whether a query whose last token is `token` (a word, or a run of symbols) cannot end there:
/// a connector, a clause keyword or an operator, after which the grammar needs more. A REPL
/// uses it for a query too long to parse again at every line; the parser decides the rest.
pub fn ends_unfinished(token: &str) -> bool {
    const NEED_MORE: &[&str] = &[
        "and", "or", "not", "where", "by", "sort", "limit", "columns", "due", "in", "count", "show",
    ];
    NEED_MORE.contains(&token)
        || token.ends_with("..")
        || token.ends_with([',', '(', '=', '<', '>', '~', '≥', '≤', '≠'])
}

/// The grammar guarantees the shape of the pairs; a missing child is a bug in planlang, and
/// still an error value rather than a panic.
fn internal(source: &Source, span: Span) -> QueryError {
    query_error(QueryProblem::Internal, source, span)
}

struct Lower<'s> {
    source: &'s Source,
}

impl Lower<'_> {
    fn span(&self, pair: &Pair<'_>) -> Span {
        let s = pair.as_span();
        Span::new(s.start(), s.end())
    }

    fn missing(&self, parent: &Pair<'_>) -> QueryError {
        internal(self.source, self.span(parent))
    }

    fn word(&self, pair: &Pair<'_>) -> Word {
        // `subject` and `field` wrap a `word`; their text and span are the word's.
        Word {
            text: crate::text::normalize_ident(pair.as_str()),
            span: self.span(pair),
        }
    }

    fn show(&self, pair: Pair<'_>) -> Result<Query, QueryError> {
        let id = pair
            .clone()
            .into_inner()
            .find(|p| p.as_rule() == Rule::word)
            .ok_or_else(|| self.missing(&pair))?;
        Ok(Query::Show(self.word(&id)))
    }

    /// A list or count query: the selection, and the `by` fields of a count.
    fn select(&self, pair: Pair<'_>) -> Result<(Select, Option<Vec<Word>>), QueryError> {
        let parent = pair.clone();
        let mut select = Select {
            state: None,
            subject: Word {
                text: String::new(),
                span: Span::at(0),
            },
            due: None,
            filter: None,
            sort: Vec::new(),
            sort_clauses: Vec::new(),
            limit: None,
            limit_clauses: Vec::new(),
            columns: None,
            columns_clauses: Vec::new(),
        };
        let mut by = None;
        let mut subject = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::report_state => select.state = Some(self.word(&part)),
                Rule::subject => subject = Some(self.word(&part)),
                Rule::due_clause => select.due = Some(self.due(part)?),
                Rule::where_clause => {
                    let cond = part
                        .clone()
                        .into_inner()
                        .find(|p| p.as_rule() == Rule::or_cond)
                        .ok_or_else(|| self.missing(&part))?;
                    select.filter = Some(self.or_cond(cond)?);
                }
                Rule::field_list => by = Some(self.fields(part)),
                Rule::sort_clause => {
                    select.sort_clauses.push(self.span(&part));
                    select.sort = self.sort(part)?;
                }
                Rule::limit_clause => {
                    select.limit_clauses.push(self.span(&part));
                    select.limit = Some(self.limit(part)?);
                }
                Rule::columns_clause => {
                    select.columns_clauses.push(self.span(&part));
                    let list = part
                        .clone()
                        .into_inner()
                        .find(|p| p.as_rule() == Rule::field_list)
                        .ok_or_else(|| self.missing(&part))?;
                    select.columns = Some(self.fields(list));
                }
                _ => {}
            }
        }
        select.subject = subject.ok_or_else(|| self.missing(&parent))?;
        Ok((select, by))
    }

    fn fields(&self, pair: Pair<'_>) -> Vec<Word> {
        pair.into_inner()
            .filter(|p| p.as_rule() == Rule::field)
            .map(|p| self.word(&p))
            .collect()
    }

    fn due(&self, pair: Pair<'_>) -> Result<Due, QueryError> {
        let span = self.span(&pair);
        let inner = pair
            .clone()
            .into_inner()
            .find(|p| matches!(p.as_rule(), Rule::year | Rule::date_range))
            .ok_or_else(|| self.missing(&pair))?;
        match inner.as_rule() {
            Rule::year => {
                let year: i32 = inner.as_str().parse().map_err(|_| self.missing(&inner))?;
                let (Some(from), Some(to)) = (Date::new(year, 1, 1), Date::new(year, 12, 31))
                else {
                    return Err(self.missing(&inner));
                };
                Ok(Due { from, to, span })
            }
            _ => {
                let dates: Vec<Pair<'_>> = inner.clone().into_inner().collect();
                let [a, b] = dates.as_slice() else {
                    return Err(self.missing(&inner));
                };
                let (from, to) = (self.date(a)?, self.date(b)?);
                if to < from {
                    let problem = QueryProblem::DatesReversed { from, to };
                    return Err(query_error(problem, self.source, self.span(&inner)));
                }
                Ok(Due { from, to, span })
            }
        }
    }

    fn date(&self, pair: &Pair<'_>) -> Result<Date, QueryError> {
        Date::parse(pair.as_str()).map_err(|why| {
            let written = pair.as_str().to_string();
            query_error(
                QueryProblem::BadDate { written, why },
                self.source,
                self.span(pair),
            )
        })
    }

    fn sort(&self, pair: Pair<'_>) -> Result<Vec<SortKey>, QueryError> {
        let mut keys = Vec::new();
        for key in pair.into_inner().filter(|p| p.as_rule() == Rule::sort_key) {
            let mut field = None;
            let mut descending = false;
            for p in key.clone().into_inner() {
                match p.as_rule() {
                    Rule::field => field = Some(self.word(&p)),
                    Rule::sort_order => descending = p.as_str() == "desc",
                    _ => {}
                }
            }
            let field = field.ok_or_else(|| self.missing(&key))?;
            keys.push(SortKey { field, descending });
        }
        Ok(keys)
    }

    fn limit(&self, pair: Pair<'_>) -> Result<(usize, Span), QueryError> {
        let number = pair
            .clone()
            .into_inner()
            .find(|p| p.as_rule() == Rule::number)
            .ok_or_else(|| self.missing(&pair))?;
        let span = self.span(&number);
        number
            .as_str()
            .parse::<usize>()
            .map(|n| (n, span))
            .map_err(|_| {
                let written = number.as_str().to_string();
                query_error(QueryProblem::BadLimit { written }, self.source, span)
            })
    }

    /// `a or b or c`: one node for the whole chain, so a long chain is a list to iterate,
    /// never a tree as deep as the chain is long.
    fn or_cond(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        self.chain(pair, Rule::and_cond, Self::and_cond, Condition::Or)
    }

    fn and_cond(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        self.chain(pair, Rule::not_cond, Self::not_cond, Condition::And)
    }

    /// The terms of `pair`, each a pair of rule `term` read by `read`: one term alone is
    /// itself, several are joined by `join`.
    fn chain(
        &self,
        pair: Pair<'_>,
        term: Rule,
        read: fn(&Self, Pair<'_>) -> Result<Condition, QueryError>,
        join: fn(Vec<Condition>) -> Condition,
    ) -> Result<Condition, QueryError> {
        let mut terms = pair
            .into_inner()
            .filter(|p| p.as_rule() == term)
            .map(|p| read(self, p))
            .collect::<Result<Vec<_>, _>>()?;
        match terms.len() {
            0 => Err(internal(self.source, Span::at(0))),
            1 => Ok(terms.swap_remove(0)),
            _ => Ok(join(terms)),
        }
    }

    /// `not not x` is `x`: only whether the count of `not`s is odd matters, so a long run
    /// of them is one node at most.
    fn not_cond(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        let mut negated = false;
        let mut atom = None;
        for p in pair.clone().into_inner() {
            match p.as_rule() {
                Rule::k_not => negated = !negated,
                _ => atom = Some(p),
            }
        }
        let atom = atom.ok_or_else(|| self.missing(&pair))?;
        let cond = self.atom(atom)?;
        Ok(if negated {
            Condition::Not(Box::new(cond))
        } else {
            cond
        })
    }

    fn atom(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        match pair.as_rule() {
            Rule::or_cond => self.or_cond(pair),
            Rule::comparison => self.comparison(pair),
            Rule::in_test => self.in_test(pair),
            Rule::bare_text => {
                let string = pair
                    .clone()
                    .into_inner()
                    .next()
                    .ok_or_else(|| self.missing(&pair))?;
                Ok(Condition::Text(self.literal_of(string)?))
            }
            _ => Err(self.missing(&pair)),
        }
    }

    fn comparison(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        let kids: Vec<Pair<'_>> = pair.clone().into_inner().collect();
        let [field, op, value] = kids.as_slice() else {
            return Err(self.missing(&pair));
        };
        let op_value = match op.as_str() {
            "=" => Op::Eq,
            "!=" | "≠" => Op::Ne,
            "<" => Op::Lt,
            "<=" | "≤" => Op::Le,
            ">" => Op::Gt,
            ">=" | "≥" => Op::Ge,
            _ => Op::Contains,
        };
        Ok(Condition::Compare {
            field: self.word(field),
            op: op_value,
            op_span: self.span(op),
            value: self.literal(value.clone())?,
        })
    }

    fn in_test(&self, pair: Pair<'_>) -> Result<Condition, QueryError> {
        let mut field = None;
        let mut values = Vec::new();
        for p in pair.clone().into_inner() {
            match p.as_rule() {
                Rule::field => field = Some(self.word(&p)),
                Rule::value => values.push(self.literal(p)?),
                _ => {}
            }
        }
        Ok(Condition::In {
            field: field.ok_or_else(|| self.missing(&pair))?,
            values,
        })
    }

    /// A `value` pair: its one child is a string, date, number or word.
    fn literal(&self, pair: Pair<'_>) -> Result<Literal, QueryError> {
        let inner = pair
            .clone()
            .into_inner()
            .next()
            .ok_or_else(|| self.missing(&pair))?;
        self.literal_of(inner)
    }

    fn literal_of(&self, pair: Pair<'_>) -> Result<Literal, QueryError> {
        let span = self.span(&pair);
        let raw = pair.as_str();
        let value = match pair.as_rule() {
            Rule::string => {
                let inner = raw
                    .strip_prefix('"')
                    .and_then(|r| r.strip_suffix('"'))
                    .unwrap_or(raw);
                LiteralValue::Text(unescape(inner))
            }
            Rule::date => LiteralValue::Date(self.date(&pair)?),
            Rule::number => match raw.parse::<f64>() {
                Ok(value) if value.is_finite() => LiteralValue::Number {
                    value,
                    raw: raw.to_string(),
                },
                _ => {
                    let written = raw.to_string();
                    return Err(query_error(
                        QueryProblem::NumberTooLarge { written },
                        self.source,
                        span,
                    ));
                }
            },
            _ => LiteralValue::Word(crate::text::normalize_ident(raw)),
        };
        Ok(Literal { value, span })
    }
}

/// `\"` and `\\` (and any escaped character) stand for themselves.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------- syntax errors

/// What a rule stands for in a message, and the keyword it is if it is one.
fn describe(rule: Rule) -> Option<Wanted> {
    use Rule::*;
    let kw = |k: &'static str| Some(Wanted::Keyword(k));
    match rule {
        k_show | show_query => kw("show"),
        k_count | count_query => kw("count"),
        k_where | where_clause => kw("where"),
        k_due | due_clause => kw("due"),
        k_and => kw("and"),
        k_or => kw("or"),
        k_not => kw("not"),
        k_in => kw("in"),
        k_sort | sort_clause => kw("sort"),
        k_by => kw("by"),
        k_limit | limit_clause => kw("limit"),
        k_columns | columns_clause => kw("columns"),
        sort_order => Some(Wanted::SortOrder),
        report_state => Some(Wanted::ReportState),
        list_query | subject => Some(Wanted::Subject),
        field | field_list | sort_key => Some(Wanted::Field),
        operator | comparison => Some(Wanted::Comparison),
        value | in_test => Some(Wanted::Value),
        bare_text | string | string_text => Some(Wanted::Text),
        word => Some(Wanted::Word),
        number => Some(Wanted::Number),
        year | date_range | date => Some(Wanted::Dates),
        or_cond | and_cond | not_cond => Some(Wanted::Condition),
        EOI => Some(Wanted::EndOfQuery),
        _ => None,
    }
}

/// The word or character at `pos`, for "found ...".
fn found_at(text: &str, pos: usize) -> Option<(String, Span)> {
    let rest = text.get(pos..)?;
    let first = rest.chars().next()?;
    let len = if crate::text::fold(&first.to_string())
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_')
    {
        rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len())
    } else {
        first.len_utf8()
    };
    Some((rest[..len].to_string(), Span::new(pos, pos + len)))
}

fn syntax_error(
    source: &Source,
    brackets: &Brackets,
    error: pest::error::Error<Rule>,
) -> QueryError {
    let text = source.text();
    if let Some(e) = unknown_start(source) {
        return e;
    }
    let pos = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((p, _)) => p,
    };
    if let Some(e) = unclosed(source, brackets) {
        return e;
    }
    let positives = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let mut expected: Vec<Wanted> = Vec::new();
    let mut keywords: Vec<&str> = Vec::new();
    for rule in positives {
        if let Some(wanted) = describe(rule) {
            if !expected.contains(&wanted) {
                expected.push(wanted);
            }
            if let Wanted::Keyword(word) = wanted {
                keywords.push(word);
            }
        }
    }
    // "the end of the query" reads best last.
    if let Some(i) = expected.iter().position(|e| *e == Wanted::EndOfQuery) {
        let end = expected.remove(i);
        expected.push(end);
    }
    let at_end = text[pos.min(text.len())..].trim().is_empty();
    if at_end {
        let end = text.trim_end().len();
        return query_error(QueryProblem::Incomplete { expected }, source, Span::at(end));
    }
    let (found, span) = found_at(text, pos).unwrap_or((String::new(), Span::at(pos)));
    let similar = closest(&found, keywords.iter().copied())
        .filter(|_| found.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .map(str::to_string);
    let problem = QueryProblem::Syntax {
        expected,
        found,
        similar,
    };
    query_error(problem, source, span)
}

/// The first word of a text when it is a word no query starts with, and its place.
fn unknown_start_word(text: &str) -> Option<(String, Span)> {
    let start = text.len() - text.trim_start().len();
    let (word, span) = found_at(text, start)?;
    let is_word = word.chars().all(|c| c.is_alphanumeric() || c == '_');
    (is_word && !STARTS.contains(&word.as_str())).then_some((word, span))
}

/// A query that starts with an unknown word: name the word and the ones that may start a
/// query, rather than what the grammar expected after it.
fn unknown_start(source: &Source) -> Option<QueryError> {
    let (word, span) = unknown_start_word(source.text())?;
    let similar = closest(&word, STARTS.iter().copied()).map(str::to_string);
    Some(query_error(
        QueryProblem::UnknownStart { word, similar },
        source,
        span,
    ))
}

/// An open quote or parenthesis that is never closed: the query is unfinished.
fn unclosed(source: &Source, brackets: &Brackets) -> Option<QueryError> {
    let (at, text) = match brackets.open()? {
        Open::Text(at) => (at, true),
        Open::Paren(at) => (at, false),
    };
    Some(query_error(
        QueryProblem::Unclosed { text },
        source,
        Span::new(at, at + 1),
    ))
}

#[cfg(test)]
mod tests;
