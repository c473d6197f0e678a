//! From pest pairs to the syntax tree: one small function per grammar rule.
//!
//! The grammar guarantees the shape of the pairs, so a missing child is a bug in planlang,
//! not in the input; it still becomes a `plan::internal` diagnostic rather than a panic.
//! Values the grammar cannot judge (a decimal comma, a 30th of February) become diagnostics
//! at their exact span, and lowering goes on so that one run reports every problem.

use super::ast::*;
use super::grammar::Rule;
use super::keywords::{
    Values, AGGREGATES, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS,
};
use crate::date::{Date, DayMonth, DueMonth};
use crate::diagnostic::{Diagnostic, Reading};
use crate::source::{Source, Span};
use crate::text::normalize_ident;

type Pair<'i> = pest::iterators::Pair<'i, Rule>;

/// Lowers the pairs of one chunk of the source, which starts at byte `base`.
pub(crate) struct Lowerer<'s> {
    pub source: &'s Source,
    pub base: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// The children of a pair, comments left out (they are collected separately).
fn children(pair: Pair<'_>) -> impl Iterator<Item = Pair<'_>> {
    pair.into_inner().filter(|p| p.as_rule() != Rule::COMMENT)
}

impl<'s> Lowerer<'s> {
    fn span(&self, pair: &Pair<'_>) -> Span {
        self.span_of(pair, pair.as_span())
    }

    /// `span` for a pair whose pest span is already at hand.
    fn span_of(&self, pair: &Pair<'_>, pest_span: pest::Span<'_>) -> Span {
        Span::new(
            pest_span.start() + self.base,
            content_end(pair, pest_span) + self.base,
        )
    }

    fn internal(&mut self, span: Span, what: &str) {
        let what = what.to_string();
        self.problem(Reading::Internal { what }, span);
    }

    fn problem(&mut self, problem: Reading, span: Span) {
        let d = Diagnostic::of(problem.into(), self.source, span);
        self.diagnostics.push(d);
    }

    /// Takes the next child, which the grammar says is there.
    fn next<'i>(
        &mut self,
        kids: &mut impl Iterator<Item = Pair<'i>>,
        parent: Span,
        what: &str,
    ) -> Option<Pair<'i>> {
        let next = kids.next();
        if next.is_none() {
            self.internal(parent, what);
        }
        next
    }

    /// Takes the next child of `parent`, whose span is worked out only if the child is missing.
    fn next_in<'i>(
        &mut self,
        kids: &mut impl Iterator<Item = Pair<'i>>,
        parent: &Pair<'i>,
        what: &str,
    ) -> Option<Pair<'i>> {
        let next = kids.next();
        if next.is_none() {
            let span = self.span(parent);
            self.internal(span, what);
        }
        next
    }

    /// Lowers one top-level item pair; `None` only after an internal diagnostic.
    pub fn item(&mut self, pair: Pair<'_>) -> Option<Item> {
        Some(match pair.as_rule() {
            Rule::plan_block => Item::Plan(self.plan_block(pair)?),
            Rule::agency_decl => Item::Agency(self.agency(pair)?),
            Rule::unit_decl => Item::Unit(self.unit_decl(pair)?),
            Rule::dimension_decl => Item::Dimension(self.dimension(pair)?),
            Rule::objective_decl => Item::Objective(self.objective(pair)?),
            Rule::indicator_decl => Item::Indicator(self.indicator(pair)?),
            Rule::report_decl => Item::Report(self.report(pair)?),
            Rule::review_decl => Item::Review(self.review(pair)?),
            Rule::area_decl => Item::Area(self.area(pair)?),
            Rule::element_decl => Item::Element(self.element(pair)?),
            Rule::import_decl => Item::Import(self.import(pair)?),
            Rule::waive_decl => Item::Waive(self.waive(pair)?),
            Rule::query_decl => Item::Query(self.query_decl(pair)?),
            Rule::amendment_block => Item::Amendment(self.amendment(pair)?),
            Rule::change_decl => Item::Change(self.change(pair)?),
            Rule::change_report => Item::ChangeReport(self.change_report(pair)?),
            Rule::transfer_decl => Item::Transfer(self.transfer(pair)?),
            Rule::project_decl => {
                let (id, title, fields, span) = self.duty(pair, "a project")?;
                Item::Project(ProjectDecl {
                    id,
                    title,
                    fields,
                    span,
                })
            }
            Rule::task_decl => {
                let (id, title, fields, span) = self.duty(pair, "a task")?;
                Item::Task(TaskDecl {
                    id,
                    title,
                    fields,
                    span,
                })
            }
            _ => {
                let span = self.span(&pair);
                self.internal(span, "a top-level item");
                return None;
            }
        })
    }

    // ------------------------------------------------------------ lexical

    fn ident(&self, pair: &Pair<'_>) -> Ident {
        let pest_span = pair.as_span();
        Ident {
            name: ident_name(pest_span.as_str()),
            span: self.span_of(pair, pest_span),
        }
    }

    /// A `string` pair (quotes included) or its inner `string_text`.
    fn text(&self, pair: Pair<'_>) -> Text {
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

    fn number(&mut self, pair: &Pair<'_>) -> Number {
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

    fn year(&self, pair: &Pair<'_>) -> Year {
        Year {
            // Four ASCII digits by the grammar: always fits.
            value: pair.as_str().parse().unwrap_or(0),
            span: self.span(pair),
        }
    }

    fn date(&mut self, pair: &Pair<'_>) -> DateLit {
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

    fn day_month(&mut self, pair: &Pair<'_>) -> Option<DayMonth> {
        match DayMonth::parse(pair.as_str()) {
            Ok(dm) => Some(dm),
            Err(why) => {
                let span = self.span(pair);
                let problem = Reading::BadDueDate {
                    written: pair.as_str().to_string(),
                    why,
                    month: false,
                };
                self.problem(problem, span);
                None
            }
        }
    }

    /// A `month_of_year` pair: `6` or `11/2025`.
    fn due_month(&mut self, pair: &Pair<'_>) -> Option<DueMonth> {
        match DueMonth::parse(pair.as_str()) {
            Ok(m) => Some(m),
            Err(why) => {
                let span = self.span(pair);
                let problem = Reading::BadDueDate {
                    written: pair.as_str().to_string(),
                    why,
                    month: true,
                };
                self.problem(problem, span);
                None
            }
        }
    }

    /// A `due_field` or `due_month_field`.
    fn due(&mut self, pair: Pair<'_>) -> Due {
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

    fn ident_list(&self, pair: Pair<'_>) -> Vec<Ident> {
        let kids = children(pair);
        let mut list = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        list.extend(kids.map(|p| self.ident(&p)));
        fit(list)
    }

    /// The text of an optional trailing `ref "..."` or `source "..."` clause.
    fn clause_text(&self, pair: Pair<'_>) -> Option<Text> {
        children(pair)
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text(p))
    }

    /// The single string of a `keyword "text"` field.
    fn field_text(&mut self, pair: Pair<'_>, what: &str) -> Option<Text> {
        let text = self.clause_text(pair.clone());
        if text.is_none() {
            let span = self.span(&pair);
            self.internal(span, what);
        }
        text
    }

    // ------------------------------------------------------------ plan header

    fn plan_block(&mut self, pair: Pair<'_>) -> Option<PlanBlock> {
        let span = self.span(&pair);
        let mut kids = children(pair);
        let keyword = self.next(&mut kids, span, "`plan`")?;
        let keyword = self.span(&keyword);
        let title = self.next(&mut kids, span, "the plan title")?;
        let title = self.text(title);
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            fields.push(self.plan_field(field)?);
        }
        Some(PlanBlock {
            keyword,
            title,
            fields: fit(fields),
            span,
        })
    }

    fn plan_field(&mut self, pair: Pair<'_>) -> Option<PlanField> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let kind = match rule {
            Rule::document_field => PlanFieldKind::Document(self.field_text(pair, "`document`")?),
            Rule::area_field => PlanFieldKind::Area(self.field_text(pair, "`area`")?),
            Rule::implements_field => {
                let mut kids = children(pair).skip(1);
                let what = self.next(&mut kids, span, "`implements`")?;
                PlanFieldKind::Implements(if what.as_rule() == Rule::ident {
                    Implements::Plan(self.ident(&what))
                } else {
                    Implements::Document(self.text(what))
                })
            }
            Rule::basis_field => PlanFieldKind::Basis(self.field_text(pair, "`basis`")?),
            Rule::source_clause => PlanFieldKind::Source(self.field_text(pair, "`source`")?),
            Rule::note_field => PlanFieldKind::Note(self.field_text(pair, "`note`")?),
            Rule::issuer_field => {
                let mut kids = children(pair).skip(1);
                let id = self.next(&mut kids, span, "`issuer`")?;
                PlanFieldKind::Issuer(self.ident(&id))
            }
            Rule::signed_field => {
                let mut kids = children(pair).skip(1);
                let date = self.next(&mut kids, span, "`signed`")?;
                let date = self.date(&date);
                let reference = kids.next().and_then(|r| self.clause_text(r));
                PlanFieldKind::Signed { date, reference }
            }
            Rule::period_field => {
                let mut kids = children(pair).skip(1);
                let start = self.next(&mut kids, span, "`period`")?;
                let end = self.next(&mut kids, span, "`period`")?;
                PlanFieldKind::Period {
                    start: self.year(&start),
                    end: self.year(&end),
                }
            }
            _ => {
                self.internal(span, "a plan header field");
                return None;
            }
        };
        Some(PlanField { kind, span })
    }

    // ------------------------------------------------------------ declarations

    fn agency(&mut self, pair: Pair<'_>) -> Option<AgencyDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "an agency id")?;
        let name = self.next(&mut kids, span, "an agency name")?;
        let short = kids
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text(p));
        Some(AgencyDecl {
            id: self.ident(&id),
            name: self.text(name),
            short,
            span,
        })
    }

    fn unit_decl(&mut self, pair: Pair<'_>) -> Option<UnitDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a unit id")?;
        let symbol = self.next(&mut kids, span, "a unit symbol")?;
        let mut decl = UnitDecl {
            id: self.ident(&id),
            symbol: self.text(symbol),
            ranges: Vec::new(),
            pers: Vec::new(),
            span,
        };
        for clause in kids {
            let clause_span = self.span(&clause);
            match clause.as_rule() {
                Rule::unit_range => {
                    let (mut min, mut max, mut seen_dots) = (None, None, false);
                    // `range MIN? .. MAX?`: the literal `..` is not a pair, so a number's
                    // side is told by its position against the dots in the source.
                    let dots = clause.as_str().find("..").unwrap_or(0) + clause.as_span().start();
                    for p in children(clause).skip(1) {
                        if p.as_rule() == Rule::number {
                            seen_dots |= p.as_span().start() > dots;
                            let n = self.number(&p);
                            if seen_dots {
                                max = Some(n);
                            } else {
                                min = Some(n);
                            }
                        }
                    }
                    decl.ranges.push(UnitRange {
                        min,
                        max,
                        span: clause_span,
                    });
                }
                Rule::unit_per => {
                    let mut kids = children(clause).skip(1);
                    let factor = self.next(&mut kids, clause_span, "`per`")?;
                    let factor = self.number(&factor);
                    let of = kids
                        .find(|p| p.as_rule() == Rule::string)
                        .map(|p| self.text(p));
                    decl.pers.push(UnitPer {
                        factor,
                        of,
                        span: clause_span,
                    });
                }
                _ => self.internal(clause_span, "a unit declaration"),
            }
        }
        Some(decl)
    }

    fn dimension(&mut self, pair: Pair<'_>) -> Option<DimensionDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a dimension id")?;
        let title = self.next(&mut kids, span, "a dimension title")?;
        let mut values = Vec::new();
        for value in kids {
            let value_span = self.span(&value);
            let mut parts = children(value);
            let id = self.next(&mut parts, value_span, "a dimension value")?;
            let title = self.next(&mut parts, value_span, "a dimension value title")?;
            values.push((self.ident(&id), self.text(title)));
        }
        Some(DimensionDecl {
            id: self.ident(&id),
            title: self.text(title),
            values,
            span,
        })
    }

    fn objective(&mut self, pair: Pair<'_>) -> Option<ObjectiveDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "an objective id")?;
        let title = self.next(&mut kids, span, "an objective title")?;
        let source = kids.next().and_then(|s| self.clause_text(s));
        Some(ObjectiveDecl {
            id: self.ident(&id),
            title: self.text(title),
            source,
            span,
        })
    }

    fn area(&mut self, pair: Pair<'_>) -> Option<AreaDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "an area id")?;
        let name = self.next(&mut kids, span, "an area name")?;
        let (mut parents, mut kinds) = (Vec::new(), Vec::new());
        for clause in kids {
            let rule = clause.as_rule();
            let clause_span = self.span(&clause);
            let mut parts = children(clause).skip(1);
            let value = self.next(&mut parts, clause_span, "`in` or `kind`")?;
            let value = self.ident(&value);
            if rule == Rule::area_parent {
                parents.push(value);
            } else {
                kinds.push(value);
            }
        }
        Some(AreaDecl {
            id: self.ident(&id),
            name: self.text(name),
            parents,
            kinds,
            span,
        })
    }

    fn element(&mut self, pair: Pair<'_>) -> Option<ElementDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "an element id")?;
        let title = self.next(&mut kids, span, "an element title")?;
        let source = kids.next().and_then(|s| self.clause_text(s));
        Some(ElementDecl {
            id: self.ident(&id),
            title: self.text(title),
            source,
            span,
        })
    }

    fn import(&mut self, pair: Pair<'_>) -> Option<ImportDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let path = self.next(&mut kids, span, "the path of the imported file")?;
        let alias = kids.nth(1);
        let alias = self.next(&mut alias.into_iter(), span, "the name of the import")?;
        Some(ImportDecl {
            path: self.text(path),
            alias: self.ident(&alias),
            span,
        })
    }

    fn waive(&mut self, pair: Pair<'_>) -> Option<WaiveDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let parent = self.next(&mut kids, span, "the parent indicator waived")?;
        let reason = kids.nth(1);
        let reason = self.next(&mut reason.into_iter(), span, "the reason for waiving")?;
        let source = kids.next().and_then(|s| self.clause_text(s));
        Some(WaiveDecl {
            parent: self.ident(&parent),
            reason: self.text(reason),
            source,
            span,
        })
    }

    fn amendment(&mut self, pair: Pair<'_>) -> Option<AmendmentBlock> {
        let span = self.span(&pair);
        let mut kids = children(pair);
        let keyword = self.next(&mut kids, span, "`amendment`")?;
        let keyword = self.span(&keyword);
        let document = self.next(&mut kids, span, "the amending document's number")?;
        let document = self.text(document);
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::amends_field => {
                    let id = children(field).nth(1);
                    let id = self.next(&mut id.into_iter(), field_span, "the plan amended")?;
                    AmendmentFieldKind::Amends(self.ident(&id))
                }
                Rule::effective_field => {
                    let mut parts = children(field).skip(1);
                    let date = self.next(&mut parts, field_span, "`effective`")?;
                    let date = self.date(&date);
                    let reference = parts.next().and_then(|r| self.clause_text(r));
                    AmendmentFieldKind::Effective { date, reference }
                }
                _ => AmendmentFieldKind::Header(self.plan_field(field)?.kind),
            };
            fields.push(AmendmentField {
                kind,
                span: field_span,
            });
        }
        Some(AmendmentBlock {
            keyword,
            document,
            fields: fit(fields),
            span,
        })
    }

    fn change(&mut self, pair: Pair<'_>) -> Option<ChangeDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let measure = self.next(&mut kids, span, "the indicator changed")?;
        Some(ChangeDecl {
            measure: self.ident(&measure),
            fields: self.measure_fields(kids)?,
            span,
        })
    }

    fn change_report(&mut self, pair: Pair<'_>) -> Option<ChangeReportDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(2);
        let report = self.next(&mut kids, span, "the report changed")?;
        let fields = self.report_fields(kids)?;
        Some(ChangeReportDecl {
            report: self.ident(&report),
            fields,
            span,
        })
    }

    fn transfer(&mut self, pair: Pair<'_>) -> Option<TransferDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let from = self.next(&mut kids, span, "the agency whose roles pass")?;
        let to = kids.nth(1);
        let to = self.next(&mut to.into_iter(), span, "the agency that takes them")?;
        let reference = kids.next().and_then(|r| self.clause_text(r));
        Some(TransferDecl {
            from: self.ident(&from),
            to: self.ident(&to),
            reference,
            span,
        })
    }

    fn query_decl(&mut self, pair: Pair<'_>) -> Option<QueryDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a query name")?;
        let text = self.next(&mut kids, span, "a query text")?;
        Some(QueryDecl {
            id: self.ident(&id),
            text: self.text(text),
            span,
        })
    }

    // ------------------------------------------------------------ indicators

    fn indicator(&mut self, pair: Pair<'_>) -> Option<IndicatorDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "an indicator number")?;
        let title = self.next(&mut kids, span, "an indicator title")?;
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            fields.push(match field.as_rule() {
                Rule::objective_field => {
                    let field_span = self.span(&field);
                    let mut parts = children(field).skip(1);
                    let id = self.next(&mut parts, field_span, "`objective`")?;
                    IndicatorField::Objective(self.ident(&id))
                }
                Rule::part_decl => IndicatorField::Part(self.part(field)?),
                _ => IndicatorField::Measure(self.measure_field(field)?),
            });
        }
        Some(IndicatorDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields: fit(fields),
            span,
        })
    }

    /// The fields of a part (or of an amendment's change to a measure).
    fn measure_fields<'i>(
        &mut self,
        kids: impl Iterator<Item = Pair<'i>>,
    ) -> Option<Vec<MeasureField>> {
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            fields.push(self.measure_field(field)?);
        }
        Some(fit(fields))
    }

    fn part(&mut self, pair: Pair<'_>) -> Option<PartDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a part letter")?;
        let title = self.next(&mut kids, span, "a part title")?;
        Some(PartDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields: self.measure_fields(kids)?,
            span,
        })
    }

    fn measure_field(&mut self, pair: Pair<'_>) -> Option<MeasureField> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::unit_field => {
                let mut kids = children(pair).skip(1);
                let name = self.next(&mut kids, span, "`unit`")?;
                let of = kids
                    .find(|p| p.as_rule() == Rule::string)
                    .map(|p| self.text(p));
                MeasureFieldKind::Unit(UnitRef {
                    name: self.ident(&name),
                    of,
                })
            }
            Rule::direction_field => {
                let mut kids = children(pair).skip(1);
                let d = self.next(&mut kids, span, "`direction`")?;
                let value = self.word(&d, &DIRECTIONS, "a direction")?;
                MeasureFieldKind::Direction(DirectionLit {
                    value,
                    span: self.span(&d),
                })
            }
            Rule::baseline_field => {
                let mut kids = children(pair).skip(1);
                let year = self.next(&mut kids, span, "`baseline`")?;
                let value = self.next(&mut kids, span, "`baseline`")?;
                MeasureFieldKind::Baseline {
                    year: self.year(&year),
                    value: self.number(&value),
                    reference: kids.next().and_then(|r| self.clause_text(r)),
                }
            }
            Rule::target_field => MeasureFieldKind::Target(Box::new(self.target(pair, span)?)),
            Rule::lead_field | Rule::support_field => {
                let is_lead = pair.as_rule() == Rule::lead_field;
                let mut kids = children(pair).skip(1);
                let list = self.next(&mut kids, span, "an owner list")?;
                if list.as_rule() == Rule::lead_unknown {
                    let reason = children(list).nth(1).map(|r| self.text(r));
                    return Some(MeasureField {
                        kind: MeasureFieldKind::LeadUnknown(reason),
                        span,
                    });
                }
                let owners = Owners {
                    agencies: self.ident_list(list),
                    reference: kids.next().and_then(|r| self.clause_text(r)),
                };
                if is_lead {
                    MeasureFieldKind::Lead(owners)
                } else {
                    MeasureFieldKind::Support(owners)
                }
            }
            Rule::source_clause => MeasureFieldKind::Source(self.field_text(pair, "`source`")?),
            Rule::note_field => MeasureFieldKind::Note(self.field_text(pair, "`note`")?),
            Rule::formula_field => {
                let mut kids = children(pair).skip(1);
                let numerator = self.next(&mut kids, span, "a numerator")?;
                let denominator = self.next(&mut kids, span, "a denominator")?;
                let factor = kids.next().map(|f| self.number(&f));
                MeasureFieldKind::Formula {
                    numerator: self.ident(&numerator),
                    denominator: self.ident(&denominator),
                    factor,
                }
            }
            Rule::aggregate_field => {
                let mut kids = children(pair).skip(1);
                let how = self.next(&mut kids, span, "an aggregation")?;
                MeasureFieldKind::Aggregate(if how.as_rule() == Rule::aggregate_weighted {
                    let weight = children(how).nth(2);
                    let weight = self.next(&mut weight.into_iter(), span, "a weight")?;
                    AggregateLit::Weighted(self.ident(&weight))
                } else {
                    self.word(&how, &AGGREGATES, "an aggregation")?
                })
            }
            Rule::maps_field => {
                let mut kids = children(pair);
                let keyword = self.next(&mut kids, span, "`adopts` or `adapts`")?;
                let parent = self.next(&mut kids, span, "a parent indicator")?;
                let mut mapping = Mapping {
                    parent: self.ident(&parent),
                    adapted_because: None,
                    reference: None,
                };
                if keyword.as_rule() == Rule::k_adapts {
                    let reason = kids.nth(1);
                    let reason = self.next(&mut reason.into_iter(), span, "a reason")?;
                    mapping.adapted_because = Some(self.text(reason));
                }
                mapping.reference = kids.next().and_then(|r| self.clause_text(r));
                MeasureFieldKind::Maps(Box::new(mapping))
            }
            _ => {
                self.internal(span, "an indicator field");
                return None;
            }
        };
        Some(MeasureField { kind, span })
    }

    fn comparator(&mut self, pair: &Pair<'_>) -> Option<ComparatorLit> {
        Some(ComparatorLit {
            value: self.word(pair, &COMPARATORS, "a comparison")?,
            span: self.span(pair),
        })
    }

    /// What a word the grammar reads from a fixed list means (`increase`, `half-year`...).
    fn word<T: Clone>(&mut self, pair: &Pair<'_>, values: &Values<T>, what: &str) -> Option<T> {
        let meaning = values.meaning(pair.as_str());
        if meaning.is_none() {
            let span = self.span(pair);
            self.internal(span, what);
        }
        meaning
    }

    fn value_range(&mut self, pair: Pair<'_>) -> Option<ValueRange> {
        let span = self.span(&pair);
        let mut numbers = children(pair).filter(|p| p.as_rule() == Rule::number);
        let min = self.next(&mut numbers, span, "a value")?;
        let min = self.number(&min);
        let max = numbers.next().map(|p| self.number(&p));
        Some(ValueRange { min, max, span })
    }

    /// A `target` field, whose span the caller has already worked out.
    fn target(&mut self, pair: Pair<'_>, span: Span) -> Option<TargetSpec> {
        let mut kids = children(pair).skip(1);
        let body = self.next(&mut kids, span, "a target")?;
        let kind = match body.as_rule() {
            Rule::level_target => self.level_target(body)?,
            Rule::maintain_target => self.maintain_target(body)?,
            Rule::rate_target | Rule::change_target => self.rate_target(body)?,
            Rule::yearly_target => self.yearly_target(body)?,
            _ => {
                self.internal(span, "a target");
                return None;
            }
        };
        let mut spec = TargetSpec {
            kind,
            strive: false,
            split: None,
            reference: None,
        };
        for modifier in kids {
            match modifier.as_rule() {
                Rule::strive => spec.strive = true,
                Rule::ref_clause => spec.reference = self.clause_text(modifier),
                Rule::where_clause => {
                    let mut parts = children(modifier).skip(1);
                    let dimension = self.next(&mut parts, span, "`where`")?;
                    let value = self.next(&mut parts, span, "`where`")?;
                    spec.split = Some(Box::new(Split {
                        dimension: self.ident(&dimension),
                        value: self.ident(&value),
                    }));
                }
                _ => self.internal(span, "a target modifier"),
            }
        }
        Some(spec)
    }

    fn level_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let mut kids = children(pair).peekable();
        let year = match kids.peek() {
            Some(p) if p.as_rule() == Rule::year => kids.next().map(|p| self.year(&p)),
            _ => None,
        };
        let op = self.next_in(&mut kids, &whole, "a comparator")?;
        let value = self.next_in(&mut kids, &whole, "a target value")?;
        Some(TargetKind::Level {
            year,
            op: self.comparator(&op)?,
            value: self.value_range(value)?,
        })
    }

    fn maintain_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let mut kids = children(pair).filter(|p| {
            matches!(
                p.as_rule(),
                Rule::comparator | Rule::value_range | Rule::year
            )
        });
        let op = self.next_in(&mut kids, &whole, "a comparator")?;
        let value = self.next_in(&mut kids, &whole, "a value")?;
        let from = self.next_in(&mut kids, &whole, "`from`")?;
        let until = self.next_in(&mut kids, &whole, "`until`")?;
        Some(TargetKind::Maintain {
            op: self.comparator(&op)?,
            value: self.value_range(value)?,
            from: self.year(&from),
            until: self.year(&until),
        })
    }

    /// A `rate_target` (per year) or a `change_target` (over a span): the same words but
    /// `per year`.
    fn rate_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let per_year = pair.as_rule() == Rule::rate_target;
        let (mut change, mut value, mut unit) = (None, None, None);
        let (mut from, mut until, mut op) = (None, None, None);
        let mut last_keyword = Rule::k_by;
        for p in children(pair) {
            match p.as_rule() {
                Rule::comparator => op = Some(self.comparator(&p)?),
                Rule::rate_direction => {
                    change = Some(self.word(&p, &RATE_CHANGES, "a change")?);
                }
                Rule::value_range => value = self.value_range(p),
                Rule::rate_unit => unit = Some(self.word(&p, &RATE_UNITS, "a rate unit")?),
                Rule::year if last_keyword == Rule::k_from => from = Some(self.year(&p)),
                Rule::year => until = Some(self.year(&p)),
                other => last_keyword = other,
            }
        }
        match (change, value, unit) {
            (Some(change), Some(value), Some(unit)) if per_year => Some(TargetKind::Rate {
                change,
                op,
                value,
                unit,
                from,
                until,
            }),
            (Some(change), Some(value), Some(unit)) => Some(TargetKind::Change {
                change,
                op,
                value,
                unit,
                from,
                until,
            }),
            _ => {
                let span = self.span(&whole);
                self.internal(span, "a rate target");
                None
            }
        }
    }

    /// `reduce every year from 2025 until 2030`.
    fn yearly_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let (mut change, mut from, mut until) = (None, None, None);
        let mut last_keyword = Rule::k_every;
        for p in children(pair) {
            match p.as_rule() {
                Rule::rate_direction => {
                    change = Some(self.word(&p, &RATE_CHANGES, "a change")?);
                }
                Rule::year if last_keyword == Rule::k_from => from = Some(self.year(&p)),
                Rule::year => until = Some(self.year(&p)),
                other => last_keyword = other,
            }
        }
        match change {
            Some(change) => Some(TargetKind::EveryYear {
                change,
                from,
                until,
            }),
            None => {
                let span = self.span(&whole);
                self.internal(span, "a yearly target");
                None
            }
        }
    }

    // ------------------------------------------------------------ projects and tasks

    /// A project or a task: its id, title and fields.
    fn duty(&mut self, pair: Pair<'_>, what: &str) -> Option<(Ident, Text, Vec<DutyField>, Span)> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, what)?;
        let title = self.next(&mut kids, span, what)?;
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::lead_field | Rule::support_field | Rule::covers_field => {
                    let rule = field.as_rule();
                    let mut parts = children(field).skip(1);
                    let list = self.next(&mut parts, field_span, "an agency list")?;
                    if list.as_rule() == Rule::lead_unknown {
                        let reason = children(list).nth(1).map(|r| self.text(r));
                        DutyFieldKind::LeadUnknown(reason)
                    } else {
                        let ids = self.ident_list(list);
                        let reference = parts.next().and_then(|r| self.clause_text(r));
                        match rule {
                            Rule::covers_field => DutyFieldKind::Covers(Covers { ids, reference }),
                            Rule::lead_field => DutyFieldKind::Lead(Owners {
                                agencies: ids,
                                reference,
                            }),
                            Rule::support_field => DutyFieldKind::Support(Owners {
                                agencies: ids,
                                reference,
                            }),
                            _ => {
                                self.internal(field_span, "a project or task field");
                                return None;
                            }
                        }
                    }
                }
                Rule::project_parent => {
                    let mut parts = children(field).skip(1);
                    let parent = self.next(&mut parts, field_span, "`in`")?;
                    DutyFieldKind::Parent(self.ident(&parent))
                }
                Rule::due_field | Rule::due_month_field => DutyFieldKind::Due(self.due(field)),
                Rule::source_clause => DutyFieldKind::Source(self.field_text(field, "`source`")?),
                Rule::note_field => DutyFieldKind::Note(self.field_text(field, "`note`")?),
                _ => {
                    self.internal(field_span, "a project or task field");
                    return None;
                }
            };
            fields.push(DutyField {
                kind,
                span: field_span,
            });
        }
        Some((self.ident(&id), self.text(title), fit(fields), span))
    }

    // ------------------------------------------------------------ reporting

    fn report(&mut self, pair: Pair<'_>) -> Option<ReportDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a report id")?;
        let title = self.next(&mut kids, span, "a report title")?;
        let fields = self.report_fields(kids)?;
        Some(ReportDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields,
            span,
        })
    }

    /// The fields of a report (or of a change to one).
    fn report_fields<'i>(
        &mut self,
        kids: impl Iterator<Item = Pair<'i>>,
    ) -> Option<Vec<ReportField>> {
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::report_period => {
                    let mut parts = children(field).skip(1);
                    let p = self.next(&mut parts, field_span, "`period`")?;
                    ReportFieldKind::Period(self.word(&p, &PERIODS, "a reporting period")?)
                }
                Rule::due_field | Rule::due_month_field => match self.due(field) {
                    Due::Day { before, day_month } => ReportFieldKind::Due { before, day_month },
                    Due::Month { before, month } => ReportFieldKind::DueMonth { before, month },
                },
                rule => self.party_field(field, rule, field_span)?.into_report(),
            };
            fields.push(ReportField {
                kind,
                span: field_span,
            });
        }
        Some(fit(fields))
    }

    fn review(&mut self, pair: Pair<'_>) -> Option<ReviewDecl> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let id = self.next(&mut kids, span, "a review id")?;
        let title = self.next(&mut kids, span, "a review title")?;
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            let field_span = self.span(&field);
            let kind = match field.as_rule() {
                Rule::review_year => {
                    let mut parts = children(field).skip(1);
                    let y = self.next(&mut parts, field_span, "`year`")?;
                    ReviewFieldKind::Year(self.year(&y))
                }
                rule => self.party_field(field, rule, field_span)?.into_review(),
            };
            fields.push(ReviewField {
                kind,
                span: field_span,
            });
        }
        Some(ReviewDecl {
            id: self.ident(&id),
            title: self.text(title),
            fields: fit(fields),
            span,
        })
    }

    /// The fields reports and reviews share: `from`, `to`, `source`, `note`.
    fn party_field(&mut self, pair: Pair<'_>, rule: Rule, span: Span) -> Option<PartyField> {
        Some(match rule {
            Rule::from_field => {
                let mut kids = children(pair).skip(1);
                let list = self.next(&mut kids, span, "`from`")?;
                PartyField::From(self.ident_list(list))
            }
            Rule::to_field => {
                let mut kids = children(pair).skip(1);
                let to = self.next(&mut kids, span, "`to`")?;
                PartyField::To(self.ident(&to))
            }
            Rule::source_clause => PartyField::Source(self.field_text(pair, "`source`")?),
            Rule::note_field => PartyField::Note(self.field_text(pair, "`note`")?),
            _ => {
                self.internal(span, "a report or review field");
                return None;
            }
        })
    }
}

/// Fields common to reports and reviews, lowered once and placed in either.
enum PartyField {
    From(Vec<Ident>),
    To(Ident),
    Source(Text),
    Note(Text),
}

impl PartyField {
    fn into_report(self) -> ReportFieldKind {
        match self {
            PartyField::From(v) => ReportFieldKind::From(v),
            PartyField::To(v) => ReportFieldKind::To(v),
            PartyField::Source(v) => ReportFieldKind::Source(v),
            PartyField::Note(v) => ReportFieldKind::Note(v),
        }
    }

    fn into_review(self) -> ReviewFieldKind {
        match self {
            PartyField::From(v) => ReviewFieldKind::From(v),
            PartyField::To(v) => ReviewFieldKind::To(v),
            PartyField::Source(v) => ReviewFieldKind::Source(v),
            PartyField::Note(v) => ReviewFieldKind::Note(v),
        }
    }
}

/// An identifier's name, NFC-normalised; ASCII is NFC already, so the common case skips the
/// Unicode check.
fn ident_name(text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        normalize_ident(text)
    }
}

/// Where a pair's own text ends. pest's span also covers the whitespace and comments it
/// skipped before an optional part that turned out to be absent (`target 2030 >= 105` then a
/// new line: the span would run into the next line); a label must stop at the last token.
fn content_end(pair: &Pair<'_>, pest_span: pest::Span<'_>) -> usize {
    let end = pest_span.end();
    if end < pair.get_input().len() && ends_with_token(pest_span.as_str()) {
        return end;
    }
    // The ends of the chain of last children (comments left out), outermost first, read from
    // the pair's tokens backwards: no child list is built.
    let mut chain = [0usize; 16];
    let mut depth = 0;
    let mut tokens = pair.clone().tokens().rev();
    tokens.next(); // the pair's own end
    while let Some(token) = tokens.next() {
        match token {
            // The start of the innermost pair reached: it has no other child.
            pest::Token::Start { .. } => break,
            pest::Token::End {
                rule: Rule::COMMENT,
                ..
            } => {
                tokens.next(); // the comment's start
            }
            pest::Token::End { pos, .. } => {
                if depth == chain.len() {
                    return content_end_nested(pair);
                }
                chain[depth] = pos.pos();
                depth += 1;
            }
        }
    }
    let input = pair.get_input();
    let mut content = end;
    if let Some((&innermost, outer)) = chain[..depth].split_last() {
        content = innermost;
        for &outer_end in outer.iter().rev().chain(std::iter::once(&end)) {
            if !is_trivia(input.get(content..outer_end).unwrap_or("")) {
                content = outer_end;
            }
        }
    }
    content
}

/// `content_end` by recursion, for chains deeper than its buffer (none in the grammar today).
fn content_end_nested(pair: &Pair<'_>) -> usize {
    let end = pair.as_span().end();
    let last = pair
        .clone()
        .into_inner()
        .rev()
        .find(|p| p.as_rule() != Rule::COMMENT);
    match last {
        None => end,
        Some(child) => {
            let child_end = content_end_nested(&child);
            let gap = pair.get_input().get(child_end..end).unwrap_or("");
            if is_trivia(gap) {
                child_end
            } else {
                end
            }
        }
    }
}

/// Whether a pair's text surely ends with a token, so that it is its own content end. The gap
/// `content_end` trims is whitespace and comments: it ends in whitespace, in `*/`, or inside a
/// `//` comment; the last only at the end of the input, since the whitespace skipped after a
/// line comment takes its line break too (the caller rules that case out).
fn ends_with_token(text: &str) -> bool {
    match text.chars().next_back() {
        None => true,
        Some(last) => !last.is_whitespace() && !text.ends_with("*/"),
    }
}

/// Whether a text holds only whitespace and comments.
fn is_trivia(mut text: &str) -> bool {
    // The usual gap: a line break and indentation.
    if text
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return true;
    }
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return true;
        }
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = text.strip_prefix("/*") {
            match rest.split_once("*/") {
                Some((_, after)) => text = after,
                None => return false,
            }
        } else {
            return false;
        }
    }
}

/// Resolves `\"`, `\\`, `\n` and `\t`; any other escaped character stands for itself.
fn unescape(raw: &str) -> String {
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

/// A list without spare capacity: the tree of a large file keeps every list it reads.
fn fit<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use pest::Parser;

    /// A word the grammar let through that lowering does not know is `plan::internal` at the
    /// word, never a default meaning (a direction read as `maintain`).
    #[test]
    fn an_unknown_value_word_is_an_internal_error_not_a_default() {
        let source = Source::new("t.plan", "x increase");
        let mut pairs = super::super::grammar::PlanParser::parse(Rule::direction, "increase")
            .expect("a direction");
        let pair = pairs.next().expect("one pair");
        let mut lowerer = Lowerer {
            source: &source,
            base: 2,
            diagnostics: Vec::new(),
        };
        assert_eq!(
            lowerer.word(&pair, &DIRECTIONS, "a direction"),
            Some(Direction::Increase)
        );
        assert!(lowerer.diagnostics.is_empty());
        assert_eq!(lowerer.word(&pair, &PERIODS, "a reporting period"), None);
        let [d] = &lowerer.diagnostics[..] else {
            panic!("{:?}", lowerer.diagnostics)
        };
        assert_eq!(d.code(), crate::diagnostic::Code::Internal);
        assert_eq!(d.line_col(), (1, 3));
        assert_eq!(source.slice(d.span), "increase");
    }
}
