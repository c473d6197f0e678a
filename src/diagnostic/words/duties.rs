//! When projects and tasks are due.

use super::declarations::item_words;
use super::{Entry, Words};
use crate::diagnostic::problem::Duties;
use crate::i18n::Lang;
use crate::syntax::ast::Due;

pub(super) fn words(problem: &Duties, lang: Lang) -> Words {
    match problem {
        Duties::DueNoYear {
            item,
            due,
            first_year,
        } => {
            let year = first_year.map_or("YYYY".to_string(), |y| format!("{y:04}"));
            let (written, once, every) = match due_forms(due, &year) {
                Some(forms) => forms,
                None => (
                    lang.text("diag-due-as-written"),
                    format!("30/06/{year}"),
                    "30/06".into(),
                ),
            };
            Entry::new(lang, "diag-due-no-year")
                .arg("item", item_words(item, lang))
                .arg("written", written)
                .arg("once", once)
                .arg("every", every)
                .words()
        }
    }
}

/// A deadline as written, and written with `year` and with `every` (`before 15/12`,
/// `before 15/12/2021`, `before 15/12`): plan text, the same in every language. `None` for
/// a deadline without its day or month.
fn due_forms(due: &Due, year: &str) -> Option<(String, String, String)> {
    let before = if due.before() { "before " } else { "" };
    match due {
        Due::Day {
            day_month: Some(d), ..
        } => {
            let dm = format!("{before}{:02}/{:02}", d.day, d.month);
            Some((dm.clone(), format!("{dm}/{year}"), dm))
        }
        Due::Month { month: Some(m), .. } => {
            let how = if due.before() { "before" } else { "in" };
            let m = m.month;
            Some((
                format!("{how} month {m}"),
                format!("{how} month {m}/{year}"),
                format!("{how} month {m}"),
            ))
        }
        _ => None,
    }
}
