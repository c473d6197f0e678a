//! The options a REPL session is started with by the tests and the query benchmark (which
//! reads this file by its path).

use planlang::date::Date;
use planlang::render::format::Format;
use planlang::repl::{ErrorStyle, Options};

/// As of 2025-06-30, answers as tables, errors in their short form, data files read as they
/// say.
pub fn options() -> Options {
    Options {
        as_of: Date::parse("2025-06-30").expect("date"),
        format: Format::Table,
        errors: ErrorStyle::Short,
        data: Default::default(),
        lang: Default::default(),
    }
}
