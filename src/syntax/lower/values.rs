//! Lowering the values of plan text: names, texts, numbers, years, dates, due dates.

use super::*;

impl Lowerer<'_> {
    pub(super) fn ident(&self, pair: &Pair<'_>) -> Ident {
        let pest_span = pair.as_span();
        Ident {
            name: ident_name(pest_span.as_str()),
            span: self.span_of(pair, pest_span),
        }
    }

    /// A `string` pair (quotes included) or its inner `string_text`.
    pub(super) fn text(&self, pair: Pair<'_>) -> Text {
        let pest_span = pair.as_span();
        let span = self.span_of(&pair, pest_span);
        let raw = pest_span.as_str();
        let raw = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw);
        Text {
            value: unescape(raw),
            span,
        }
    }

    pub(super) fn number(&mut self, pair: &Pair<'_>) -> Number {
        let span = self.span(pair);
        let raw = pair.as_str();
        // Only a decimal comma needs a corrected copy; the text parses as it is otherwise.
        let text = if raw.contains(',') {
            let fixed = raw.replace(',', ".");
            let written = raw.to_string();
            self.problem(Reading::DecimalComma { written }, span);
            Some(fixed)
        } else {
            None
        };
        let value = text
            .as_deref()
            .unwrap_or(raw)
            .parse::<f64>()
            .unwrap_or(f64::NAN);
        if !value.is_finite() || value.abs() > 1e15 {
            let written = raw.to_string();
            self.problem(Reading::BadNumber { written }, span);
            // NaN: the number is unusable, and checks that compare values skip it.
            return Number {
                value: f64::NAN,
                span,
            };
        }
        Number { value, span }
    }

    pub(super) fn year(&self, pair: &Pair<'_>) -> Year {
        Year {
            // Four ASCII digits by the grammar: always fits.
            value: pair.as_str().parse().unwrap_or(0),
            span: self.span(pair),
        }
    }

    /// A target's milestone: a year, or a period within one (`2026-Q2`), and `cumulative`.
    /// A period the calendar has not (`2026-Q5`) is reported here and kept as its year, which
    /// the grammar has read for certain, so the rest of the indicator is still checked.
    pub(super) fn milestone(&mut self, pair: Pair<'_>) -> Option<Milestone> {
        let whole = pair.clone();
        let mut kids = children(pair);
        let written = self.next_in(&mut kids, &whole, "a milestone")?;
        let span = self.span(&written);
        let text = written.as_str();
        let period = match written.as_rule() {
            Rule::year => Some(Period::Year(self.year(&written).value)),
            _ => Period::read(text).filter(|p| p.months() < 12),
        };
        let readable = period.is_some();
        let period = period.unwrap_or_else(|| {
            let written = text.to_string();
            self.problem(Reading::BadMilestone { written }, span);
            // Four ASCII digits by the grammar: always a year.
            Period::Year(text[..4].parse().unwrap_or(0))
        });
        let to_date = kids.next().map(|k| self.span(&k));
        Some(Milestone {
            period,
            to_date,
            span,
            readable,
        })
    }

    pub(super) fn date(&mut self, pair: &Pair<'_>) -> DateLit {
        let span = self.span(pair);
        let date = match Date::parse(pair.as_str()) {
            Ok(d) => Some(d),
            Err(why) => {
                let written = pair.as_str().to_string();
                self.problem(Reading::BadDate { written, why }, span);
                None
            }
        };
        DateLit { date, span }
    }

    pub(super) fn day_month(&mut self, pair: &Pair<'_>) -> Option<DayMonth> {
        self.due_date(pair, DayMonth::parse(pair.as_str()), false)
    }

    /// A `month_of_year` pair: `6` or `11/2025`.
    pub(super) fn due_month(&mut self, pair: &Pair<'_>) -> Option<DueMonth> {
        self.due_date(pair, DueMonth::parse(pair.as_str()), true)
    }

    /// A deadline as `parsed` from `pair`, or `None` with the problem said: a day and month,
    /// or a `month` (`due in month 13`), that does not exist.
    fn due_date<T>(
        &mut self,
        pair: &Pair<'_>,
        parsed: Result<T, crate::date::DateError>,
        month: bool,
    ) -> Option<T> {
        match parsed {
            Ok(due) => Some(due),
            Err(why) => {
                let span = self.span(pair);
                let written = pair.as_str().to_string();
                let problem = Reading::BadDueDate {
                    written,
                    why,
                    month,
                };
                self.problem(problem, span);
                None
            }
        }
    }

    /// A `due_field` or `due_month_field`.
    pub(super) fn due(&mut self, pair: Pair<'_>) -> Due {
        let is_month = pair.as_rule() == Rule::due_month_field;
        let (mut before, mut day_month, mut month) = (false, None, None);
        for p in children(pair) {
            match p.as_rule() {
                Rule::k_before => before = true,
                Rule::day_month => day_month = self.day_month(&p),
                Rule::month_of_year => month = self.due_month(&p),
                // The words around the date: `due`, `in`, `month`.
                Rule::k_due | Rule::k_in | Rule::k_month => {}
                _ => {
                    let span = self.span(&p);
                    self.internal(span, "a due date");
                }
            }
        }
        if is_month {
            Due::Month { before, month }
        } else {
            Due::Day { before, day_month }
        }
    }

    /// A `duty_due`: a project's or a task's deadline, as a report's `due` or a day of a
    /// given year (`due 30/06/2026`), and `every year` when it recurs.
    pub(super) fn duty_due(&mut self, pair: Pair<'_>) -> Option<DutyDue> {
        let span = self.span(&pair);
        let (mut before, mut every) = (false, None);
        let mut due = None;
        for p in children(pair) {
            match p.as_rule() {
                Rule::k_before => before = true,
                Rule::day_month => {
                    let day_month = self.day_month(&p);
                    due = Some(Due::Day { before, day_month });
                }
                Rule::day_month_year => {
                    let date = self.due_date(&p, Date::parse_written(p.as_str()), false);
                    due = Some(Due::Date { before, date });
                }
                Rule::month_of_year => {
                    let month = self.due_month(&p);
                    due = Some(Due::Month { before, month });
                }
                Rule::recurrence => {
                    let (kind, _) = self.after_keyword(p, span, "`every`")?;
                    every = Some(self.word(&kind, &RECURRENCES, "how often it recurs")?);
                }
                // The words around the date: `due`, `in`, `month`.
                Rule::k_due | Rule::k_in | Rule::k_month => {}
                _ => {
                    let span = self.span(&p);
                    self.internal(span, "a due date");
                }
            }
        }
        let Some(due) = due else {
            self.internal(span, "a due date");
            return None;
        };
        Some(DutyDue { due, every })
    }

    pub(super) fn ident_list(&self, pair: Pair<'_>) -> Vec<Ident> {
        let kids = children(pair);
        let mut list = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        list.extend(kids.map(|p| self.ident(&p)));
        fit(list)
    }

    /// The text of an optional trailing `ref "..."` or `source "..."` clause.
    pub(super) fn clause_text(&self, pair: Pair<'_>) -> Option<Text> {
        children(pair)
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text(p))
    }

    /// The single string of a `keyword "text"` field.
    pub(super) fn field_text(&mut self, pair: Pair<'_>, what: &str) -> Option<Text> {
        let text = self.clause_text(pair.clone());
        if text.is_none() {
            let span = self.span(&pair);
            self.internal(span, what);
        }
        text
    }

    // ------------------------------------------------------------ plan header
}

/// An identifier's name, NFC-normalised; ASCII is NFC already, so the common case skips the
/// Unicode check.
pub(super) fn ident_name(text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        normalize_ident(text)
    }
}

/// Resolves `\"`, `\\`, `\n` and `\t`; any other escaped character stands for itself.
pub(super) fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Where, in a quoted text as the file writes it (quotes and escapes included), the byte
/// `offset` of its value falls: each escape is two characters written for one.
pub(crate) fn offset_in_literal(literal: &str, offset: usize) -> usize {
    let mut value = 0;
    let mut chars = literal.char_indices().skip(1); // the opening quote
    while let Some((at, c)) = chars.next() {
        if value >= offset || c == '"' {
            return at;
        }
        let written = if c == '\\' {
            chars.next().map_or(c, |(_, escaped)| match escaped {
                'n' => '\n',
                't' => '\t',
                other => other,
            })
        } else {
            c
        };
        value += written.len_utf8();
    }
    literal.len()
}
