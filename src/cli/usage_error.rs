//! A command line clap refused, said in the language chosen. clap words its errors in
//! English only; the kinds a person meets (a wrong value, an unknown option or command, a
//! missing argument, two options that exclude each other) are worded here from the error's
//! own context, through the catalogue (`cli-error-*` in `interface.ftl`). Any other kind
//! keeps clap's words.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use planlang::i18n::{Arg, Lang};

/// A context value as text (`--format <FORMAT>`, `yaml`).
fn text(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A context value that is a list, one text an item.
fn list(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::StyledStrs(list)) => list.iter().map(|s| s.to_string()).collect(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

/// The message `id` with the arguments given.
fn say(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::from(value.as_str())))
        .collect();
    lang.text_with(id, &args)
}

/// A tip, set off under the error as clap sets it (after a blank line, indented).
fn tip(text: String) -> String {
    format!("\n  {text}")
}

/// The error's first line and the lines that follow it (values to choose from, tips), or
/// `None` for a kind left to clap.
fn lines(lang: Lang, error: &clap::Error) -> Option<(String, Vec<String>)> {
    let arg = || text(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || text(error, ContextKind::InvalidValue).unwrap_or_default();
    let mut after = Vec::new();
    let valid = list(error, ContextKind::ValidValue);
    let first = match error.kind() {
        ErrorKind::InvalidValue if value().is_empty() => {
            say(lang, "cli-error-value-required", &[("arg", arg())])
        }
        ErrorKind::InvalidValue => say(
            lang,
            "cli-error-invalid-value",
            &[("value", value()), ("arg", arg())],
        ),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|e| e.to_string())
                .unwrap_or_default();
            say(
                lang,
                "cli-error-validation",
                &[("value", value()), ("arg", arg()), ("reason", reason)],
            )
        }
        ErrorKind::UnknownArgument => {
            for similar in list(error, ContextKind::SuggestedArg) {
                after.push(tip(say(
                    lang,
                    "cli-error-similar-argument",
                    &[("arg", similar)],
                )));
            }
            if let Some(ContextValue::Bool(true)) = error.get(ContextKind::TrailingArg) {
                after.push(tip(say(lang, "cli-error-dash-value", &[("arg", arg())])));
            }
            say(lang, "cli-error-unknown-argument", &[("arg", arg())])
        }
        ErrorKind::InvalidSubcommand => {
            for similar in list(error, ContextKind::SuggestedSubcommand) {
                after.push(tip(say(
                    lang,
                    "cli-error-similar-subcommand",
                    &[("subcommand", similar)],
                )));
            }
            let name = text(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            say(
                lang,
                "cli-error-unknown-subcommand",
                &[("subcommand", name)],
            )
        }
        ErrorKind::ArgumentConflict => {
            let other = text(error, ContextKind::PriorArg).unwrap_or_default();
            say(
                lang,
                "cli-error-conflict",
                &[("arg", arg()), ("other", other)],
            )
        }
        ErrorKind::MissingRequiredArgument => {
            after.extend(
                list(error, ContextKind::InvalidArg)
                    .into_iter()
                    .map(|a| format!("  {a}")),
            );
            lang.text("cli-error-missing")
        }
        ErrorKind::TooManyValues => say(
            lang,
            "cli-error-too-many",
            &[("value", value()), ("arg", arg())],
        ),
        _ => return None,
    };
    if !valid.is_empty() {
        after.insert(
            0,
            format!(
                "  [{}: {}]",
                lang.text("cli-possible-values"),
                valid.join(", ")
            ),
        );
    }
    Some((first, after))
}

/// The whole text of a refused command line, as it is printed; `None` for a kind whose
/// words are clap's.
pub fn render(lang: Lang, error: &clap::Error) -> Option<String> {
    let (first, after) = lines(lang, error)?;
    let mut out = format!("{}: {first}\n", lang.text("cli-error"));
    if !after.is_empty() {
        out.push_str(&after.join("\n"));
        out.push('\n');
    }
    if let Some(usage) = text(error, ContextKind::Usage) {
        // clap's usage starts with its English heading; ours is the catalogue's.
        let usage = usage.trim_start();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        out.push_str(&format!("\n{} {usage}\n", lang.text("cli-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", lang.text("cli-error-more")));
    Some(out)
}
