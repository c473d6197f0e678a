//! Declared units: the unit a scale (`= 1000 trieu_dong`) counts in must be one the plan
//! knows, and a chain of scales must end, so that data in one unit convert to another.

use super::Checks;
use crate::diagnostic::{NameHint, NameKind, Problem, UnknownName};
use crate::text::closest;

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    for unit in model.units.values() {
        let Some(scale) = &unit.scale else { continue };
        if model.unit(&scale.of).is_some() {
            continue;
        }
        let known = model
            .units
            .keys()
            .map(String::as_str)
            .chain(crate::model::BUILTIN_UNITS.iter().map(|(id, _)| *id));
        let hint = match closest(&scale.of, known) {
            Some(close) => NameHint::Similar(close.to_string()),
            None => NameHint::Declare,
        };
        let problem = Problem::UnknownName(UnknownName {
            kind: NameKind::Unit,
            name: scale.of.clone(),
            within: None,
            hint,
        });
        c.report(problem, scale.span);
    }
}
