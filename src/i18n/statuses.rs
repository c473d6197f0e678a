//! Where a target stands, in words: each status's label and meaning from the catalogue. The
//! status's id (`on_track`) is the JSON's and the query language's and is not translated.

use super::{Arg, Lang};
use crate::eval::method::{NEEDS_ACCELERATION, ON_TRACK};
use crate::eval::Status;

/// The status's label in `lang`: `on track`, `Đúng tiến độ`.
pub fn status_label(lang: Lang, status: Status) -> String {
    lang.text(&format!("status-{}", status.as_str()))
}

/// What the status means in `lang`, in one line, with the growth ratio's thresholds written
/// as percentages (`95%`).
pub fn status_meaning(lang: Lang, status: Status) -> String {
    let percent = |r: f64| {
        let written = crate::numbers::exact((r * 100.0).round());
        Arg::Text(format!("{}%", super::number(lang, &written)))
    };
    lang.text_with(
        &format!("status-{}-means", status.as_str()),
        &[
            ("on_track", percent(ON_TRACK)),
            ("needs_acceleration", percent(NEEDS_ACCELERATION)),
        ],
    )
}
