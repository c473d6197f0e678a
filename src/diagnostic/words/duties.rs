//! When projects and tasks are due.

use super::declarations::item_words;
use super::Words;
use crate::diagnostic::problem::Duties;
use crate::syntax::ast::Due;

pub(super) fn words(problem: &Duties) -> Words {
    match problem {
        Duties::DueNoYear {
            item,
            due,
            first_year,
        } => {
            let year = first_year.map_or("YYYY".to_string(), |y| format!("{y:04}"));
            let (written, once, every) = due_forms(due, &year);
            Words::new(
                format!(
                    "{} is due {written}, but says neither in which year nor how often",
                    item_words(item)
                ),
                "once, or every year?",
                format!(
                    "write the year it falls once in (`due {once}`), or how often it recurs (`due {every} every year`, \"hằng năm\"); until then it is not tracked"
                ),
            )
        }
    }
}

/// A deadline as written, and written with `year` and with `every` (`before 15/12`,
/// `before 15/12/2021`, `before 15/12`).
fn due_forms(due: &Due, year: &str) -> (String, String, String) {
    let before = if due.before() { "before " } else { "" };
    match due {
        Due::Day {
            day_month: Some(d), ..
        } => {
            let dm = format!("{before}{:02}/{:02}", d.day, d.month);
            (dm.clone(), format!("{dm}/{year}"), dm)
        }
        Due::Month { month: Some(m), .. } => {
            let how = if due.before() { "before" } else { "in" };
            let m = m.month;
            (
                format!("{how} month {m}"),
                format!("{how} month {m}/{year}"),
                format!("{how} month {m}"),
            )
        }
        _ => ("as written".into(), format!("30/06/{year}"), "30/06".into()),
    }
}
