//! When projects and tasks are due: a deadline says the year it falls once in, or how often
//! it recurs, and its year lies in the plan.

use super::Checks;
use crate::diagnostic::{Duties, Item, Problem, ValueOf};
use crate::model::Duty;
use crate::source::Span;

pub(super) fn check(c: &mut Checks<'_>) {
    let model = c.model;
    let projects =
        (model.projects.values()).map(|p| (Item::Project(p.id.clone()), &p.duty, p.id_span));
    let tasks = (model.tasks.values()).map(|t| (Item::Task(t.id.clone()), &t.duty, t.id_span));
    for (item, duty, span) in projects.chain(tasks) {
        deadline(c, item, duty, span);
    }
}

fn deadline(c: &mut Checks<'_>, item: Item, duty: &Duty, span: Span) {
    let Some(due) = duty.due else {
        return;
    };
    match due.year() {
        Some(year) => {
            super::targets::year_in_period(c, year, span, || ValueOf::DeadlineOf(item.clone()))
        }
        // A day or a month that does not exist is reported where it is written.
        None if duty.every.is_none() && (due.day_month().is_some() || due.month().is_some()) => {
            let first_year = c.model.plan.period.map(|(first, _)| first);
            let problem = Duties::DueNoYear {
                item,
                due,
                first_year,
            };
            c.report(Problem::Duties(problem), span);
        }
        None => {}
    }
}
