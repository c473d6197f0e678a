//! Whole items to fill in where a new item may start: an indicator with the fields every
//! indicator needs, an agency, an objective, a report. Their defaults come from the plan (the
//! next indicator number, its objectives and agencies to choose from, the last year of its
//! period) and their layout from the file (the indentation its blocks use).

use super::snippet::Snippet;
use super::{Completion, CompletionKind};
use crate::i18n::Lang;
use crate::ide::scan::{Kind, Scan};
use crate::model::Model;
use crate::source::Span;
use crate::syntax::keywords::{DIRECTIONS, PERIODS};

/// The snippets offered where an item may start.
pub(super) fn snippets(
    scan: &Scan<'_>,
    model: &Model,
    replace: Span,
    lang: Lang,
) -> Vec<Completion> {
    let indent = indentation(scan);
    let declared = |keyword: &str, own: Vec<String>| {
        let mut ids = own;
        for id in written(scan, keyword) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    };
    let objectives = declared("objective", model.objectives.keys().cloned().collect());
    let agencies = declared(
        "agency",
        (model.agencies.values())
            .filter(|a| a.origin.is_none())
            .map(|a| a.id.clone())
            .collect(),
    );
    let number = next_number(scan, model);
    let words = |id: &str| lang.text(id);
    let year = model.plan.period.map(|(_, end)| end.to_string());

    let mut s = Snippet::default();
    s.text("indicator ")
        .placeholder(&number)
        .text(" \"")
        .placeholder(&words("ide-placeholder-title"))
        .text("\" {\n");
    if !objectives.is_empty() {
        s.text(&format!("{indent}objective "))
            .choice(&objectives)
            .text("\n");
    }
    s.text(&format!("{indent}unit "))
        .placeholder("percent")
        .text(&format!("\n{indent}direction "))
        .choice(&DIRECTIONS.words().collect::<Vec<_>>())
        .text(&format!("\n{indent}target "));
    if let Some(year) = &year {
        s.placeholder(year).text(" ");
    }
    s.choice(&[">=", "<=", "<", ">", "~"])
        .text(" ")
        .placeholder("0")
        .text(&format!("\n{indent}lead "));
    if agencies.is_empty() {
        s.placeholder("?");
    } else {
        s.choice(&agencies);
    }
    s.text(&format!("\n{indent}source \""))
        .placeholder(&words("ide-placeholder-section"))
        .text("\"\n}");
    let indicator = s.finish();

    let agency = Snippet::default()
        .text("agency ")
        .placeholder(&words("ide-placeholder-id"))
        .text(" \"")
        .placeholder(&words("ide-placeholder-name"))
        .text("\"")
        .finish();

    let objective = Snippet::default()
        .text("objective ")
        .placeholder(&words("ide-placeholder-id"))
        .text(" \"")
        .placeholder(&words("ide-placeholder-title"))
        .text("\" source \"")
        .placeholder(&words("ide-placeholder-section"))
        .text("\"")
        .finish();

    let mut s = Snippet::default();
    s.text("report ")
        .placeholder(&words("ide-placeholder-id"))
        .text(" \"")
        .placeholder(&words("ide-placeholder-title"))
        .text(&format!("\" {{\n{indent}period "))
        .choice(&PERIODS.words().collect::<Vec<_>>())
        .text(&format!("\n{indent}due before "))
        .placeholder("31/12")
        .text(&format!("\n{indent}from "))
        .choice(&agencies)
        .text(&format!("\n{indent}to "))
        .choice(&agencies)
        .text("\n}");
    let report = s.finish();

    [
        ("indicator", indicator),
        ("agency", agency),
        ("objective", objective),
        ("report", report),
    ]
    .into_iter()
    .map(|(keyword, text)| Completion {
        label: keyword.to_string(),
        kind: CompletionKind::Snippet,
        detail: Some(lang.text(&format!("ide-snippet-{keyword}"))),
        documentation: None,
        replace,
        insert_text: text,
        is_snippet: true,
    })
    .collect()
}

/// The indentation of the first field written on a line of its own in a block; four spaces
/// in a file that has none.
fn indentation(scan: &Scan<'_>) -> String {
    scan.tokens
        .iter()
        .find(|t| t.depth == 1 && t.starts_line && t.kind == Kind::Word)
        .map(|t| {
            let line_start = scan.text[..t.span.start()].rfind('\n').map_or(0, |i| i + 1);
            scan.text[line_start..t.span.start()].to_string()
        })
        .filter(|indent| !indent.is_empty() && indent.chars().all(|c| c == ' ' || c == '\t'))
        .unwrap_or_else(|| "    ".to_string())
}

/// The ids of the items `keyword` starts in the current text.
fn written<'t>(scan: &'t Scan<'_>, keyword: &str) -> impl Iterator<Item = String> + 't {
    let keyword = keyword.to_string();
    (0..scan.tokens.len())
        .filter(move |&i| scan.word(&scan.tokens[i]) == keyword && scan.starts_item(i))
        .filter_map(|i| scan.tokens.get(i + 1))
        .filter(|t| t.kind == Kind::Word)
        .map(|t| scan.word(t).to_string())
}

/// The number after the highest numbered indicator, of the model or the current text.
fn next_number(scan: &Scan<'_>, model: &Model) -> String {
    let highest = (model.indicators.keys().cloned())
        .chain(written(scan, "indicator"))
        .filter_map(|id| id.parse::<u64>().ok())
        .max();
    highest.map_or(1, |n| n.saturating_add(1)).to_string()
}
