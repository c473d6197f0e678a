//! What must hold for any input, however malformed: the properties the fuzz targets
//! (`fuzz/`) and the fixed-seed mutation test (`tests/language/mutation.rs`) check, written once so
//! that both check the same thing. Each function reads the input the way the `plan` command
//! does, renders every answer and problem the way it prints them, and panics when a property
//! fails; a panic inside planlang fails it too.
//!
//! - plan text: loading gives diagnostics whose places lie inside the text, and every
//!   diagnostic renders;
//! - query text: a query gives an answer that renders in every format, or an error that
//!   renders;
//! - data (CSV, JSON, xlsx bytes): rows read = rows accepted + rows rejected, every problem
//!   names its file, and the plan evaluates against what was accepted;
//! - plan text to format (`plan fmt`): a text without syntax errors formats, to a text that
//!   reads to the same syntax tree with the same comments in the same order, and formats
//!   again unchanged.

use crate::data::{DataSet, FileKind, LoadOptions, NumberStyle};
use crate::date::Date;
use crate::i18n::Lang;
use crate::query::{self, Context, Facts};
use crate::render::diagnostics::{human, short};
use crate::render::format::Format;
use crate::{Checked, Model, Source};

/// Loads `bytes` as a plan named `name` (imports are read relative to its folder).
pub fn plan_text(name: &str, bytes: &[u8]) -> Option<Checked> {
    // Files that are not UTF-8 are refused before parsing, by `files::read_plan_text`.
    let text = std::str::from_utf8(bytes).ok()?;
    let checked = crate::load_str(name, text);
    for d in &checked.diagnostics {
        let len = d.source().map_or(0, |s| s.text().len());
        let primary = d.span().unwrap_or_default();
        let related = d.words(Lang::En).related;
        for span in std::iter::once(primary).chain(related.iter().map(|l| l.span)) {
            assert!(
                span.start() <= span.end() && span.end() <= len,
                "{}: span {span:?} outside a text of {len} bytes",
                short(d, Lang::En)
            );
        }
        for lang in Lang::ALL {
            assert!(!short(d, lang).is_empty());
            assert!(!human(d, lang, false, 100).is_empty());
        }
    }
    Some(checked)
}

/// Formats `bytes` as `plan fmt` does; the formatted text when it is a plan without syntax
/// errors (a text with them is refused, with them: nothing to compare).
pub fn formatted(name: &str, bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let source = Source::new(name, text);
    let formatted = match crate::syntax::format::format(&source) {
        Ok(formatted) => formatted,
        Err(diagnostics) => {
            let parsed = crate::syntax::parse(&source);
            assert!(
                parsed.has_syntax_errors,
                "{name}: a text without syntax errors refused: {:?}",
                diagnostics
                    .iter()
                    .map(|d| short(d, Lang::En))
                    .collect::<Vec<_>>()
            );
            return None;
        }
    };
    let original = crate::syntax::parse(&source);
    let again = crate::syntax::parse(&Source::new(name, formatted.as_str()));
    assert!(
        !again.has_syntax_errors,
        "{name}: the formatted text has syntax errors:\n{formatted}"
    );
    assert!(
        original.file.items == again.file.items
            || without_spans(&original.file.items) == without_spans(&again.file.items),
        "{name}: the formatted text reads to another tree:\n{formatted}"
    );
    // The formatter drops the blanks at the ends of a comment's lines.
    let comments = |file: &crate::syntax::ast::File| -> Vec<Vec<String>> {
        let lines = |c: &str| c.split('\n').map(|l| l.trim_end().to_string()).collect();
        file.comments.iter().map(|c| lines(&c.text)).collect()
    };
    assert_eq!(
        comments(&original.file),
        comments(&again.file),
        "{name}: the comments differ:\n{formatted}"
    );
    let twice = crate::syntax::format::format(&Source::new(name, formatted.as_str()));
    assert_eq!(
        twice.as_deref().ok(),
        Some(formatted.as_str()),
        "{name}: formatting twice changes the text"
    );
    Some(formatted)
}

/// The `Debug` of `value` without its spans (`12..34`): a tree holding NaN (a number too
/// large) is not equal to itself, so trees that may hold one are compared so.
fn without_spans(value: &impl std::fmt::Debug) -> String {
    let debug = format!("{value:?}");
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug.as_str();
    while let Some(c) = rest.chars().next() {
        let (start, after) = (digits(rest), &rest[digits(rest)..]);
        let end = after.strip_prefix("..").map_or(0, digits);
        if start > 0 && end > 0 {
            out.push('_');
            rest = &after[2 + end..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Runs `bytes` as a query on a plan and its facts.
pub fn query_text(model: &Model, facts: &Facts, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let source = Source::new("query", text.as_ref());
    match query::run(Context { model, facts }, &source) {
        Ok(answer) => {
            for format in [Format::Table, Format::Json, Format::Csv] {
                let _ = crate::render::query::render(&answer, format, crate::i18n::Lang::En);
            }
        }
        Err(e) => {
            for lang in Lang::ALL {
                assert!(!crate::render::diagnostics::short_with_help(&e, lang).is_empty());
                assert!(!crate::render::diagnostics::human(&e, lang, false, 100).is_empty());
            }
        }
    }
}

/// Reads `bytes` as a data file of `kind` for a plan, in each number style, and evaluates
/// the plan against what was accepted, and draws the chart of each measure.
pub fn data(model: &Model, kind: FileKind, bytes: &[u8]) {
    for decimal in [NumberStyle::Unsaid, NumberStyle::Comma, NumberStyle::Point] {
        let options = LoadOptions {
            decimal,
            ..LoadOptions::default()
        };
        let mut set = DataSet::default();
        set.load_reader(model, "fuzz", kind, bytes, options);
        assert_eq!(
            set.rows_read,
            set.accepted + set.rejected,
            "rows read = accepted + rejected ({kind:?}, {decimal:?})"
        );
        for e in set.errors.iter().chain(&set.warnings) {
            let line = short(e, Lang::En);
            assert!(line.starts_with("fuzz"), "{line}");
        }
        let as_of = Date::parse("2025-06-30").expect("a date");
        let _ = crate::eval::evaluate(model, &set, as_of);
        let facts = Facts::new(model, &set, as_of);
        // Every measure's chart is drawn from whatever the data held, as text and as SVG.
        let ctx = crate::query::Context {
            model,
            facts: &facts,
        };
        for index in 0..model.measures.len() {
            if let Some(chart) = crate::render::chart::Chart::of_measure(ctx, index) {
                for lang in crate::i18n::Lang::ALL {
                    let _ = crate::render::chart::text::text(&chart, lang);
                    let _ = crate::render::chart::svg::svg(&chart, lang);
                }
            }
        }
        // The report of whatever was evaluated, as Markdown and as a page, in every language.
        use crate::render::evaluation::GroupBy;
        if let Some(report) = crate::render::report::Report::build(model, &facts, GroupBy::None) {
            for lang in crate::i18n::Lang::ALL {
                let _ = crate::render::report::markdown::markdown(&report, lang);
                let _ = crate::render::report::html::html(&report, lang);
            }
        }
    }
}
