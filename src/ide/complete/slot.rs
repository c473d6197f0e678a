//! Which kind of name the grammar's `ident` at the cursor stands for: that depends on the
//! keyword written before it (`lead` an agency, `objective` an objective, `adopts` a parent
//! indicator), and on the item or block it is in (`to` an agency in a report and in a
//! `transfer`, `in` an area in an area and a project in a project).

use super::context::{Container, Place};
use crate::ide::scan::{Kind, Scan};
use crate::syntax::grammar::Rule;

/// The kind of name expected at the cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    /// No name of the plan: a new id being declared, or no name at all.
    Nothing,
    /// An agency (`lead`, `support`, `issuer`, a report's `from` and `to`, `transfer`).
    Agency,
    /// An objective (an indicator's `objective`, an objective's `in`).
    Objective,
    /// A unit (an indicator's `unit`).
    Unit,
    /// A dimension (`where`, `scope where`).
    Dimension,
    /// A value of the dimension named before `=` (`where khu_vuc = `).
    DimensionValue(String),
    /// An area (`scope`, an area's `in`).
    Area,
    /// The kind of an area (`kind district`).
    AreaKind,
    /// A project (a project's `in`).
    Project,
    /// A formula's operand: a data element, an indicator or a part.
    Operand,
    /// A data element (`weighted by`).
    Element,
    /// An indicator or part of this plan (`total of`).
    Measure,
    /// What a project covers: an indicator, a part or a task.
    Covered,
    /// An indicator or part of the plan this one implements (`adopts`, `adapts`, `waive`).
    Parent,
    /// An import (`implements`, `amends`).
    Import,
    /// An indicator or part of the plan amended (`change`).
    Amended,
    /// A report of the plan amended (`change report`).
    AmendedReport,
}

/// The kind of name the grammar takes at the cursor, from the keyword before it.
pub(super) fn slot(
    scan: &Scan<'_>,
    place: &Place,
    container: Option<&Container>,
    expected: &[Rule],
) -> Slot {
    let takes_name = expected
        .iter()
        .any(|r| matches!(r, Rule::ident | Rule::ident_list | Rule::unit_name));
    if !takes_name {
        return Slot::Nothing;
    }
    let tokens = &scan.tokens[..place.before];
    // Back over the names and marks of the field (`lead a, b, `, `where k = `, `x / `) to
    // its keyword.
    let mut dimension = None;
    let mut equals = false;
    let mut at = None;
    for (i, t) in tokens.iter().enumerate().rev() {
        let word = scan.word(t);
        match t.kind {
            Kind::Word if scan.is_keyword(t) => {
                at = Some(i);
                break;
            }
            Kind::Word => {
                if equals && dimension.is_none() {
                    dimension = Some(word.to_string());
                }
            }
            Kind::Mark if word == "=" => equals = true,
            Kind::Mark if matches!(word, "," | "/" | "*") => {}
            _ => return Slot::Nothing,
        }
    }
    let Some(at) = at else {
        return Slot::Nothing;
    };
    let keyword = scan.word(&tokens[at]);
    let previous = at.checked_sub(1).map(|p| scan.word(&tokens[p]));
    let declares = Some(at) == place.item;
    let rule = container.map(|c| c.rule);
    let in_schedule = matches!(
        rule,
        Some(Rule::report_decl | Rule::review_decl | Rule::change_report)
    );
    match keyword {
        "lead" | "support" | "issuer" => Slot::Agency,
        "from" if in_schedule => Slot::Agency,
        "to" if in_schedule || rule == Some(Rule::transfer_decl) => Slot::Agency,
        "transfer" => Slot::Agency,
        "objective" if !declares => Slot::Objective,
        "unit" if !declares => Slot::Unit,
        "where" if equals => dimension.map_or(Slot::Nothing, Slot::DimensionValue),
        "where" => Slot::Dimension,
        "scope" => Slot::Area,
        "kind" => Slot::AreaKind,
        "in" => match rule {
            Some(Rule::objective_decl) => Slot::Objective,
            Some(Rule::area_decl) => Slot::Area,
            Some(Rule::project_decl) => Slot::Project,
            _ => Slot::Nothing,
        },
        "formula" => Slot::Operand,
        "by" if previous == Some("weighted") => Slot::Element,
        "of" if previous == Some("total") => Slot::Measure,
        "covers" => Slot::Covered,
        "adopts" | "adapts" | "waive" => Slot::Parent,
        "amends" | "implements" => Slot::Import,
        "change" => Slot::Amended,
        "report" if previous == Some("change") => Slot::AmendedReport,
        _ => Slot::Nothing,
    }
}
