//! The command line's help in the language chosen: every subcommand's and argument's text
//! comes from the catalogue (`interface.ftl`), as do the headings clap would write in
//! English. The parser's structure stays in the `clap` derives; only its words are set here.
//!
//! Ids: `cli-plan` for the command itself, `cli-NAME` for a subcommand, `cli-NAME-ARG` for an
//! argument of one subcommand, else `cli-arg-ARG` for an argument several share (the data
//! options, `--as-of`, `--force`). A `.long` attribute is the longer text `--help` shows.
//! Possible values and defaults are written into the help by us, so that their words
//! ("possible values", "default") are in the language too; a value's meaning is
//! `cli-value-ARG-VALUE`.

use clap::{Arg, ArgAction, Command};
use planlang::i18n::Lang;

/// The message of `specific`, else of `shared`; the first one the catalogue holds.
fn pick(lang: Lang, specific: &str, shared: &str) -> String {
    if lang.has(specific) {
        specific.to_string()
    } else {
        shared.to_string()
    }
}

/// The text of a message, and its longer form when it has one.
fn texts(lang: Lang, id: &str) -> (String, Option<String>) {
    let long = lang
        .has_attribute(id, "long")
        .then(|| lang.attribute(id, "long", &[]));
    (lang.text(id), long)
}

/// What the possible value `value` of the argument `arg_name` means, in `lang`: the
/// catalogue's `cli-value-ARG-VALUE`, where it has one.
pub fn value_meaning(lang: Lang, arg_name: &str, value: &str) -> Option<String> {
    let id = format!("cli-value-{arg_name}-{value}");
    lang.has(&id).then(|| lang.text(&id))
}

/// What the help adds after an argument's text, short (`-h`) and long (`--help`): its
/// possible values, each with its meaning when it has one, and its default.
fn values_and_default(lang: Lang, arg: &Arg, arg_name: &str) -> (String, String) {
    // A flag's possible values (`true`, `false`) and implied default are no choice a person
    // writes.
    if !arg.get_action().takes_values() {
        return (String::new(), String::new());
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let mut short = Vec::new();
    let mut long = Vec::new();
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let listed = format!(
            "[{}: {}]",
            lang.text("cli-possible-values"),
            names.join(", ")
        );
        let meaning = |name: &str| value_meaning(lang, arg_name, name);
        if names.iter().any(|name| meaning(name).is_some()) {
            let mut lines = vec![lang.text("cli-possible-values-heading")];
            for name in &names {
                lines.push(match meaning(name) {
                    Some(text) => format!("- {name}: {text}"),
                    None => format!("- {name}"),
                });
            }
            long.push(lines.join("\n"));
        } else {
            long.push(listed.clone());
        }
        short.push(listed);
    }
    if !defaults.is_empty() {
        let default = format!("[{}: {}]", lang.text("cli-default"), defaults.join(", "));
        short.push(default.clone());
        long.push(default);
    }
    (short.join(" "), long.join("\n\n"))
}

/// One argument in `lang`, shown `order`th (as declared: clap would sort arguments under
/// a heading of ours by name).
fn argument(lang: Lang, command: &str, order: usize, arg: Arg) -> Arg {
    let name = arg.get_id().as_str().to_string();
    let id = pick(
        lang,
        &format!("cli-{command}-{name}"),
        &format!("cli-arg-{name}"),
    );
    let (short, long) = texts(lang, &id);
    let (values_short, values_long) = values_and_default(lang, &arg, &name);
    let with = |text: &str, extra: &str| {
        if extra.is_empty() {
            text.to_string()
        } else {
            format!("{text}\n\n{extra}")
        }
    };
    let heading = if arg.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    let long_text = with(long.as_deref().unwrap_or(&short), &values_long);
    let short_text = if values_short.is_empty() {
        short
    } else {
        format!("{short} {values_short}")
    };
    let takes_value = arg.get_action().takes_values();
    let arg = arg
        .help(short_text)
        .long_help(long_text)
        .help_heading(lang.text(heading))
        .display_order(order);
    // Written into the help above, in the language; clap would add them in English.
    if takes_value {
        arg.hide_possible_values(true).hide_default_value(true)
    } else {
        arg
    }
}

/// Where the help and version flags are shown: after every argument of the command.
const LAST: usize = 1000;

/// The help and version flags, in `lang` (clap's own are English).
fn own_flags(lang: Lang, command: Command, top: bool) -> Command {
    let command = command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(lang.text("cli-help"))
            .display_order(LAST)
            .help_heading(lang.text("cli-heading-options")),
    );
    if !top {
        return command;
    }
    command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(lang.text("cli-version"))
            .display_order(LAST)
            .help_heading(lang.text("cli-heading-options")),
    )
}

/// A command and its arguments in `lang`; `id` names it in the catalogue (`plan`, `eval`).
fn command(lang: Lang, mut command: Command, id: &str, top: bool) -> Command {
    let (about, long_about) = texts(lang, &format!("cli-{id}"));
    let names: Vec<clap::Id> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    for (order, name) in names.into_iter().enumerate() {
        command = command.mut_arg(name, |arg| argument(lang, id, order, arg));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| {
            let id = name.clone();
            self::command(lang, sub, &id, false)
        });
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.text("cli-heading-usage")
    );
    let command = match long_about {
        Some(long) => command.long_about(long),
        None => command.long_about(None),
    };
    own_flags(lang, command, top)
        .about(about)
        .help_template(template)
        .subcommand_help_heading(lang.text("cli-heading-commands"))
        .subcommand_value_name(lang.text("cli-command-placeholder"))
        .disable_help_subcommand(true)
}

/// The `plan` command with every text in `lang`.
pub fn localized(lang: Lang, plan: Command) -> Command {
    command(lang, plan, "plan", true)
}

/// `plan help [COMMAND]` as `plan [COMMAND] --help`: clap's own `help` subcommand would list
/// itself in English, so it is turned off and its spelling kept.
pub fn help_subcommand(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    args
}
