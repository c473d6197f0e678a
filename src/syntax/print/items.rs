//! The walk of a syntax tree: top-level items, the one-line declarations and the blocks with
//! their fields, handed to a [`Layout`] piece by piece in source order.

use super::fields::{
    amendment_field, duty_field, measure_field, plan_field, report_field, review_field,
};
use super::layout::Layout;
use super::lexical::Line;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::grammar::Rule;

/// Whether an item is written as a block (`{ ... }`) rather than on one line.
pub(super) fn is_block(item: &Item) -> bool {
    head_end(item).is_some()
}

/// Comments that start before this offset are written before the item: a one-line item's
/// end (a comment inside it moves before it), or the end of a block's head (its title); those
/// further inside a block are written inside it.
pub(super) fn lead_end(item: &Item) -> usize {
    head_end(item).unwrap_or_else(|| item_span(item).end())
}

/// Where a block's head ends (its title, or what it changes); `None` for an item written on
/// one line (those are listed in `one_line`, whose match the compiler keeps complete).
fn head_end(item: &Item) -> Option<usize> {
    let head = match item {
        Item::Plan(p) => p.title.span,
        Item::Amendment(a) => a.document.span,
        Item::Dimension(d) => d.title.span,
        Item::Indicator(i) => i.title.span,
        Item::Report(r) => r.title.span,
        Item::Review(r) => r.title.span,
        Item::Change(c) => c.measure.span,
        Item::ChangeReport(c) => c.report.span,
        Item::Project(p) => p.title.span,
        Item::Task(t) => t.title.span,
        _ => return None,
    };
    Some(head.end())
}

fn item_span(item: &Item) -> Span {
    match item {
        Item::Plan(i) => i.span,
        Item::Agency(i) => i.span,
        Item::Unit(i) => i.span,
        Item::Dimension(i) => i.span,
        Item::Objective(i) => i.span,
        Item::Indicator(i) => i.span,
        Item::Report(i) => i.span,
        Item::Review(i) => i.span,
        Item::Area(i) => i.span,
        Item::Element(i) => i.span,
        Item::Import(i) => i.span,
        Item::Waive(i) => i.span,
        Item::Query(i) => i.span,
        Item::Amendment(i) => i.span,
        Item::Change(i) => i.span,
        Item::ChangeReport(i) => i.span,
        Item::Transfer(i) => i.span,
        Item::Project(i) => i.span,
        Item::Task(i) => i.span,
    }
}

/// The text of an item written on one line; `None` for a block.
fn one_line(item: &Item) -> Option<String> {
    let line = Line::new();
    let line = match item {
        Item::Agency(a) => line
            .kw(Rule::k_agency)
            .ident(&a.id)
            .text(&a.name)
            .clause(Rule::k_short, a.short.as_ref())
            .flag(Rule::k_requested, a.requested.is_some()),
        Item::Unit(u) => unit(line, u),
        Item::Objective(o) => {
            let line = line.kw(Rule::k_objective).ident(&o.id).text(&o.title);
            let line = match &o.parent {
                Some(parent) => line.kw(Rule::k_in).ident(parent),
                None => line,
            };
            line.clause(Rule::k_source, o.source.as_ref())
        }
        Item::Area(a) => area(line, a),
        Item::Element(e) => named(line.kw(Rule::k_element), e),
        Item::Import(i) => line
            .kw(Rule::k_import)
            .text(&i.path)
            .kw(Rule::k_as)
            .ident(&i.alias),
        Item::Waive(w) => line
            .kw(Rule::k_waive)
            .ident(&w.parent)
            .kw(Rule::k_because)
            .text(&w.reason)
            .clause(Rule::k_source, w.source.as_ref()),
        Item::Query(q) => line.kw(Rule::k_query).ident(&q.id).text(&q.text),
        Item::Transfer(t) => line
            .kw(Rule::k_transfer)
            .ident(&t.from)
            .kw(Rule::k_to)
            .ident(&t.to)
            .clause(Rule::k_ref, t.reference.as_ref()),
        Item::Plan(_)
        | Item::Dimension(_)
        | Item::Indicator(_)
        | Item::Report(_)
        | Item::Review(_)
        | Item::Amendment(_)
        | Item::Change(_)
        | Item::ChangeReport(_)
        | Item::Project(_)
        | Item::Task(_) => return None,
    };
    Some(line.finish())
}

/// `element id "title" source "..."`, after the keyword.
fn named(line: Line, n: &Named) -> Line {
    line.ident(&n.id)
        .text(&n.title)
        .clause(Rule::k_source, n.source.as_ref())
}

/// `unit id "symbol" range 0..100 per 1000 of "..."`: the tree keeps ranges and pers apart,
/// so all ranges come first.
fn unit(line: Line, u: &UnitDecl) -> Line {
    let mut line = line.kw(Rule::k_unit).ident(&u.id).text(&u.symbol);
    for range in &u.ranges {
        let min = range.min.as_ref().map(super::lexical::number);
        let max = range.max.as_ref().map(super::lexical::number);
        let bounds = format!("{}..{}", min.unwrap_or_default(), max.unwrap_or_default());
        line = line.kw(Rule::k_range).word(&bounds);
    }
    for per in &u.pers {
        line = line
            .kw(Rule::k_per)
            .number(&per.factor)
            .clause(Rule::k_of, per.of.as_ref());
    }
    for scale in &u.scales {
        line = line.word("=").number(&scale.factor).ident(&scale.of);
    }
    for _ in &u.growth {
        line = line.kw(Rule::k_growth);
    }
    line
}

/// `area id "name" in parent kind district`: parents first, then kinds, as the tree keeps
/// them apart.
fn area(line: Line, a: &AreaDecl) -> Line {
    let mut line = line.kw(Rule::k_area).ident(&a.id).text(&a.name);
    for parent in &a.parents {
        line = line.kw(Rule::k_in).ident(parent);
    }
    for kind in &a.kinds {
        line = line.kw(Rule::k_kind).ident(kind);
    }
    line
}

/// Hands `item` to `layout`: a one-line item as one line, a block as its head, its entries
/// and its end.
pub(crate) fn item(layout: &mut dyn Layout, item: &Item) {
    if let Some(text) = one_line(item) {
        layout.line(item_span(item).end(), text.into());
        return;
    }
    block_item(layout, item);
}

fn block_item(layout: &mut dyn Layout, item: &Item) {
    let head = Line::new();
    match item {
        Item::Plan(p) => {
            let head = head.kw(Rule::k_plan).text(&p.title);
            block(layout, head, p.title.span, p.span, &p.fields, |l, f| {
                l.line(f.span.end(), plan_field(&f.kind).into());
            });
        }
        Item::Amendment(a) => {
            let head = head.kw(Rule::k_amendment).text(&a.document);
            block(layout, head, a.document.span, a.span, &a.fields, |l, f| {
                l.line(f.span.end(), amendment_field(&f.kind).into());
            });
        }
        Item::Dimension(d) => {
            let head = head.kw(Rule::k_dimension).ident(&d.id).text(&d.title);
            block(
                layout,
                head,
                d.title.span,
                d.span,
                &d.values,
                |l, (id, title)| {
                    let words = Line::new().ident(id).text(title).finish();
                    l.line(title.span.end(), words.into());
                },
            );
        }
        Item::Indicator(i) => indicator(layout, i),
        Item::Report(r) => titled(layout, Rule::k_report, r, report_node),
        Item::Review(r) => titled(layout, Rule::k_review, r, |l, f| {
            l.line(f.span.end(), review_field(&f.kind).into());
        }),
        Item::Change(c) => {
            let head = head.kw(Rule::k_change).ident(&c.measure);
            block(
                layout,
                head,
                c.measure.span,
                c.span,
                &c.fields,
                measure_node,
            );
        }
        Item::ChangeReport(c) => {
            let head = head.kw(Rule::k_change).kw(Rule::k_report).ident(&c.report);
            block(layout, head, c.report.span, c.span, &c.fields, report_node);
        }
        Item::Project(p) => titled(layout, Rule::k_project, p, duty_node),
        Item::Task(t) => titled(layout, Rule::k_task, t, duty_node),
        // Written on one line by `item`.
        Item::Agency(_)
        | Item::Unit(_)
        | Item::Objective(_)
        | Item::Area(_)
        | Item::Element(_)
        | Item::Import(_)
        | Item::Waive(_)
        | Item::Query(_)
        | Item::Transfer(_) => {}
    }
}

fn indicator(layout: &mut dyn Layout, i: &IndicatorDecl) {
    titled(layout, Rule::k_indicator, i, |l, field| match field {
        IndicatorField::Objective(id) => {
            let words = Line::new().kw(Rule::k_objective).ident(id).finish();
            l.line(id.span.end(), words.into());
        }
        IndicatorField::Part(part) => titled(l, Rule::k_part, part, measure_node),
        IndicatorField::Measure(m) => measure_node(l, m),
    });
}

/// `keyword id "title" { fields }`, each field handed over by `entry`.
fn titled<F>(
    layout: &mut dyn Layout,
    keyword: Rule,
    b: &Block<F>,
    entry: impl Fn(&mut dyn Layout, &F),
) {
    let head = Line::new().kw(keyword).ident(&b.id).text(&b.title);
    block(layout, head, b.title.span, b.span, &b.fields, entry);
}

/// `head { entries }`: the head, whose last word ends at `title`'s end, each entry of `body`
/// handed over by `entry`, and the end of the block `span`.
fn block<T>(
    layout: &mut dyn Layout,
    head: Line,
    title: Span,
    span: Span,
    body: &[T],
    entry: impl Fn(&mut dyn Layout, &T),
) {
    layout.open(head.words(), title.end(), span, body.is_empty());
    for e in body {
        entry(layout, e);
    }
    layout.close(span);
}

fn measure_node(layout: &mut dyn Layout, field: &MeasureField) {
    layout.line(field.span.end(), measure_field(&field.kind));
}

fn report_node(layout: &mut dyn Layout, field: &ReportField) {
    layout.line(field.span.end(), report_field(&field.kind).into());
}

fn duty_node(layout: &mut dyn Layout, field: &DutyField) {
    layout.line(field.span.end(), duty_field(&field.kind).into());
}
