//! The versions of an indicator (`plan history`) as text or JSON.

use crate::amend::Version;
use crate::date::Date;
use crate::i18n::Lang;
use crate::target_text::{self, Form};
use serde::Serialize;
use std::fmt::Write;

/// One version in the JSON: the targets in words, as `plan show` writes them.
#[derive(Serialize)]
struct VersionJson<'v> {
    document: &'v str,
    from: Option<Date>,
    lead: &'v [String],
    support: &'v [String],
    targets: Vec<String>,
}

/// The versions as pretty JSON.
pub fn to_json(versions: &[Version]) -> String {
    let view: Vec<VersionJson<'_>> = versions
        .iter()
        .map(|v| VersionJson {
            document: &v.document,
            from: v.from,
            lead: &v.lead,
            support: &v.support,
            targets: v
                .targets
                .iter()
                .map(|t| target_text::write(t, Form::Plan))
                .collect(),
        })
        .collect();
    // Serialising plain data into a String cannot fail.
    serde_json::to_string_pretty(&view).unwrap_or_default()
}

/// The indicator `id` (titled `title`), then each version: its document and date, owners
/// and targets (owners and targets as plans write them, the date in `lang`).
pub fn to_text(id: &str, title: &str, versions: &[Version], lang: Lang) -> String {
    let mut out = format!("{id}  {title}\n");
    for v in versions {
        let from = v.from.map_or(String::new(), |d| {
            let date = crate::i18n::date(lang, d);
            format!(
                ", {}",
                lang.text_with("history-from", &[("date", date.into())])
            )
        });
        let _ = writeln!(out, "\n  {}{from}", v.document);
        let _ = writeln!(out, "    lead     {}", list(&v.lead));
        if !v.support.is_empty() {
            let _ = writeln!(out, "    support  {}", list(&v.support));
        }
        for t in &v.targets {
            let _ = writeln!(out, "    target   {}", target_text::write(t, Form::Plan));
        }
    }
    out
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "?".into()
    } else {
        items.join(", ")
    }
}
