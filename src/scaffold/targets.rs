//! A target of the parent's model as the syntax tree writes it: the inverse of how the
//! resolver normalises a written target (see [`crate::model::Target`]).

use super::nodes::Nodes;
use crate::model::{Comparator, RateUnit, Target, TargetKind, Year};
use crate::syntax::ast::{self, ComparatorLit, RateChange, Split, TargetSpec};

/// The target `t` as written (`2025 >= 95 strive`, `maintain >= 95 from 2025 until 2030`,
/// `reduce by 0.5 points per year until 2030`, `2025 < 5 where national.khu_vuc = nong_thon`).
/// `dimension` names the dimension of a split as the new file must (through its import).
/// `None` for what no text can say, and no parsed plan holds: a value that is not a finite
/// number.
pub(super) fn target(
    n: &mut Nodes,
    t: &Target,
    dimension: &dyn Fn(&str) -> String,
) -> Option<TargetSpec> {
    if !t.value.is_finite() || t.value_max.is_some_and(|v| !v.is_finite()) {
        return None;
    }
    let kind = kind(n, t);
    let split = t.split.as_deref().map(|(d, v)| {
        Box::new(Split {
            dimension: n.ident(dimension(&d.name)),
            value: n.ident(v.name.clone()),
        })
    });
    Some(TargetSpec {
        kind,
        strive: t.strive,
        split,
        // The section of the document the target comes from: a child restating a target in
        // two sections (as the parent does) checks only with both refs.
        reference: t.reference.as_ref().map(|r| n.text(r.clone())),
    })
}

fn kind(n: &mut Nodes, t: &Target) -> ast::TargetKind {
    // The model's years keep no place in this file: each is written anew.
    let mut year = |y: Option<Year>| y.map(|y| n.year(y.value));
    match t.kind {
        TargetKind::Level { at } => ast::TargetKind::Level {
            at: at.map(|at| n.milestone(at)),
            op: n.comparator(t.op),
            value: n.range_within(t.value, t.value_max, t.tolerance),
        },
        TargetKind::Maintain { from, until } => ast::TargetKind::Maintain {
            op: n.comparator(t.op),
            value: n.range_within(t.value, t.value_max, t.tolerance),
            from: n.year(from.value),
            until: n.year(until.value),
        },
        TargetKind::Rate { from, until, .. } if is_every_year(t) => ast::TargetKind::EveryYear {
            change: if t.op == Comparator::Below {
                RateChange::Reduce
            } else {
                RateChange::Increase
            },
            from: year(from),
            until: year(until),
        },
        TargetKind::Rate { from, until, unit } => {
            ast::TargetKind::Rate(change_by(n, t, unit, (from, until)))
        }
        TargetKind::Change { from, until, unit } => {
            ast::TargetKind::Change(change_by(n, t, unit, (from, until)))
        }
    }
}

/// `reduce every year`: the resolver keeps it as a yearly change below (above) zero, of any
/// size.
fn is_every_year(t: &Target) -> bool {
    t.value == 0.0 && t.value_max.is_none() && matches!(t.op, Comparator::Below | Comparator::Above)
}

/// A rate or a change as written: `reduce` or `increase`, the comparison before the amount,
/// and the amount. The resolver stores "reduce by 3" as a change of at most -3, and turns
/// round a comparison written in a reduction ("reduce by > 3": below -3).
fn change_by(
    n: &mut Nodes,
    t: &Target,
    unit: RateUnit,
    (from, until): (Option<Year>, Option<Year>),
) -> ast::ChangeBy {
    let (change, op, value) = match (t.op, t.value_max) {
        (_, Some(max)) if max <= 0.0 => (RateChange::Reduce, None, n.range(-max, Some(-t.value))),
        (_, Some(max)) => (RateChange::Increase, None, n.range(t.value, Some(max))),
        (op, None)
            if t.value < 0.0
                || (t.value == 0.0 && matches!(op, Comparator::AtMost | Comparator::Below)) =>
        {
            let op = written_comparison(n, op.mirrored());
            (RateChange::Reduce, op, n.range(-t.value, None))
        }
        (op, None) => {
            let op = written_comparison(n, op);
            (RateChange::Increase, op, n.range(t.value, None))
        }
    };
    ast::ChangeBy {
        change,
        op,
        value,
        unit,
        from: from.map(|y| n.year(y.value)),
        until: until.map(|y| n.year(y.value)),
    }
}

/// The comparison written before an amount: none for "at least", which the amount alone says.
fn written_comparison(n: &mut Nodes, op: Comparator) -> Option<ComparatorLit> {
    (op != Comparator::AtLeast).then(|| n.comparator(op))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{IndicatorDecl, IndicatorField, Item, MeasureFieldKind};
    use crate::syntax::print::print;

    /// The printed lines of the targets of the parent's measure 1, as the scaffold builds them.
    fn written(parent: &str) -> Vec<String> {
        let m = crate::load_str("parent.plan", parent).model;
        let mut n = Nodes::new();
        let start = n.start();
        let (id, title) = (n.ident("1"), n.text("X"));
        let qualify = |d: &str| format!("p.{d}");
        let mut fields = Vec::new();
        for t in &m.measures["1"].targets {
            let spec = target(&mut n, t, &qualify).expect("a target the language writes");
            let field = n.field(|_| MeasureFieldKind::Target(Box::new(spec)));
            fields.push(IndicatorField::Measure(field));
        }
        let span = n.since(start);
        let item = Item::Indicator(IndicatorDecl {
            id,
            title,
            fields,
            span,
        });
        print(&n.into_file(vec![item]))
            .lines()
            .filter_map(|l| l.trim().strip_prefix("target "))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn targets_are_written_as_the_language_writes_them() {
        let texts = written(
            r#"plan "P" { period 2021..2030 }
            dimension kv "Khu vực" { a "A" b "B" }
            indicator 1 "X" { unit percent direction decrease
                target 2025 < 9.5 strive
                target maintain <= 4 from 2025 until 2030
                target reduce by 0.5 points per year until 2030
                target reduce by 2 to 3 percent per year from 2025 until 2030
                target increase by 1 percent per year from 2022
                target increase by 1 to 2 points per year
                target 2030 = 2 to 3
                target <= 100
                target 2025 ~ 5 where kv = a ref "II.1"
                target reduce every year from 2025
                target reduce by > 3 points per year
                target reduce by 50 percent from 2025 until 2030 strive
                target reduce by 0 points
            }"#,
        );
        assert_eq!(
            texts,
            [
                "2025 < 9.5 strive",
                "maintain <= 4 from 2025 until 2030",
                "reduce by 0.5 points per year until 2030",
                "reduce by 2 to 3 percent per year from 2025 until 2030",
                "increase by 1 percent per year from 2022",
                "increase by 1 to 2 points per year",
                "2030 = 2 to 3",
                "<= 100",
                "2025 ~ 5 where p.kv = a ref \"II.1\"",
                "reduce every year from 2025",
                "reduce by > 3 points per year",
                "reduce by 50 percent from 2025 until 2030 strive",
                "reduce by 0 points",
            ]
        );
    }
}
