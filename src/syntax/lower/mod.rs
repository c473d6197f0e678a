//! From pest pairs to the syntax tree: one small function per grammar rule.
//!
//! The grammar guarantees the shape of the pairs, so a missing child is a bug in planlang,
//! not in the input; it still becomes a `plan::internal` diagnostic rather than a panic.
//! Values the grammar cannot judge (a decimal comma, a 30th of February) become diagnostics
//! at their exact span, and lowering goes on so that one run reports every problem.

mod amendments;
mod declarations;
mod fields;
mod indicators;
mod schedule;
mod spans;
mod values;

use spans::content_end;
pub(crate) use values::offset_in_literal;

use super::ast::*;
use super::grammar::Rule;
use super::keywords::{
    Values, AGGREGATES, COMPARATORS, DIRECTIONS, PERIODS, RATE_CHANGES, RATE_UNITS, RECURRENCES,
    REVIEW_POINTS,
};
use crate::date::{Date, DayMonth, DueMonth, Period};
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

impl Lowerer<'_> {
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

    /// An item `keyword id "title" { fields }`: the id and the title, then each field as
    /// `field` lowers it. `what` names the item for a message.
    fn block<F>(
        &mut self,
        pair: Pair<'_>,
        what: &str,
        mut field: impl FnMut(&mut Self, Pair<'_>) -> Option<F>,
    ) -> Option<Block<F>> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, what)?;
        let title = self.next(&mut kids, span, what)?;
        let fields = self.fields(kids, &mut field)?;
        Some(Block {
            id: self.ident(&id),
            title: self.text(title),
            fields,
            span,
        })
    }

    /// Each of `kids` as `field` lowers it, in a list no larger than it needs to be.
    fn fields<'i, F>(
        &mut self,
        kids: impl Iterator<Item = Pair<'i>>,
        mut field: impl FnMut(&mut Self, Pair<'i>) -> Option<F>,
    ) -> Option<Vec<F>> {
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for kid in kids {
            fields.push(field(self, kid)?);
        }
        Some(fit(fields))
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

    /// The first child of `pair` after its keyword, which the grammar says is there
    /// (`percent` of `unit percent`, the id of `agency yte "Sở Y tế"`), and the children
    /// after it. `span` and `what` place and name the internal diagnostic when it is missing.
    fn after_keyword<'i>(
        &mut self,
        pair: Pair<'i>,
        span: Span,
        what: &str,
    ) -> Option<(Pair<'i>, impl Iterator<Item = Pair<'i>>)> {
        let mut kids = children(pair).skip(1);
        let first = self.next(&mut kids, span, what)?;
        Some((first, kids))
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
    pub(super) fn item(&mut self, pair: Pair<'_>) -> Option<Item> {
        Some(match pair.as_rule() {
            Rule::plan_block => Item::Plan(self.plan_block(pair)?),
            Rule::agency_decl => Item::Agency(self.agency(pair)?),
            Rule::unit_decl => Item::Unit(self.unit_decl(pair)?),
            Rule::dimension_decl => Item::Dimension(self.dimension(pair)?),
            Rule::objective_decl => Item::Objective(self.objective(pair)?),
            Rule::indicator_decl => {
                Item::Indicator(self.block(pair, "`indicator`", Self::indicator_field)?)
            }
            Rule::report_decl => Item::Report(self.block(pair, "`report`", Self::report_field)?),
            Rule::review_decl => Item::Review(self.block(pair, "`review`", Self::review_field)?),
            Rule::area_decl => Item::Area(self.area(pair)?),
            Rule::element_decl => Item::Element(self.named(pair, "`element`")?),
            Rule::import_decl => Item::Import(self.import(pair)?),
            Rule::waive_decl => Item::Waive(self.waive(pair)?),
            Rule::query_decl => Item::Query(self.query_decl(pair)?),
            Rule::amendment_block => Item::Amendment(self.amendment(pair)?),
            Rule::change_decl => Item::Change(self.change(pair)?),
            Rule::change_report => Item::ChangeReport(self.change_report(pair)?),
            Rule::transfer_decl => Item::Transfer(self.transfer(pair)?),
            Rule::project_decl => Item::Project(self.block(pair, "`project`", Self::duty_field)?),
            Rule::task_decl => Item::Task(self.block(pair, "`task`", Self::duty_field)?),
            _ => {
                let span = self.span(&pair);
                self.internal(span, "a top-level item");
                return None;
            }
        })
    }

    // ------------------------------------------------------------ lexical
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
        assert_eq!(source.slice(d.span().unwrap_or_default()), "increase");
    }
}
