//! `plan man [COMMAND]`: the manual page of `plan`, or of one subcommand (`plan man check` is
//! plan-check(1)), in roff on standard output, as `man` reads it. One page a subcommand, as
//! git and cargo have (`man git-commit`, `man cargo-build`): a reader looks up the one thing
//! they are doing, and `plan(1)` lists the subcommands with their pages. The page is written
//! from the same command as `--help`, so it holds the catalogue's texts in the language
//! chosen; its section headings, which clap_mangen writes in English, are the catalogue's too.

use super::lang::lang;
use super::say::{self, error};
use super::write::out_then;
use super::{EXIT_OK, EXIT_USAGE};
use planlang::i18n::Lang;

#[derive(clap::Args)]
pub struct Args {
    pub command: Option<String>,
}

pub fn run(args: Args) -> u8 {
    let lang = lang();
    let mut plan = super::localized_command();
    // Built, a subcommand knows its page's name (`plan-check`) and its usage (`plan check`).
    plan.build();
    let page = match args.command.as_deref() {
        None => plan,
        Some(name) => match plan.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = plan.get_subcommands().map(|s| s.get_name()).collect();
                error!(
                    "cmd-man-no-such-command",
                    "command" => name,
                    "hint" => say::did_you_mean(name, names),
                );
                return EXIT_USAGE;
            }
        },
    };
    let page = paragraphs(page);
    let title = page
        .get_display_name()
        .unwrap_or_else(|| page.get_name())
        .to_uppercase();
    let man = clap_mangen::Man::new(page)
        .title(title)
        .date(date())
        .source(format!("plan {}", env!("CARGO_PKG_VERSION")))
        .manual(lang.text("cli-man-manual"));
    let mut roff = Vec::new();
    if let Err(e) = man.render(&mut roff) {
        // Rendering into memory cannot fail to write; should it fail otherwise, say why.
        error!("cmd-man-cannot-render", "why" => e.to_string());
        return EXIT_USAGE;
    }
    out_then(&headings(lang, &String::from_utf8_lossy(&roff)), EXIT_OK)
}

/// The date the page is written: today in Vietnam, or the day `SOURCE_DATE_EPOCH` (seconds
/// since 1970) says, as reproducible builds set it so that a package's pages do not change
/// from one build to the next (help2man does the same).
fn date() -> String {
    let fixed = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|seconds| seconds.trim().parse::<i64>().ok())
        .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok());
    let date = planlang::date::today_in_vietnam(fixed.unwrap_or_else(jiff::Timestamp::now));
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// A command whose texts have each line its own paragraph: roff joins the lines of a
/// paragraph, and the help's lists (a format's possible values, one a line) would run together.
fn paragraphs(mut command: clap::Command) -> clap::Command {
    let split = |text: &clap::builder::StyledStr| {
        let text = text.to_string();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        lines.join("\n\n")
    };
    let ids: Vec<clap::Id> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| match arg.get_long_help().map(split) {
            Some(long) => arg.long_help(long),
            None => arg,
        });
    }
    if let Some(long) = command.get_long_about().map(split) {
        command = command.long_about(long);
    }
    command
}

/// The page with its section headings in `lang` and in capitals, as man pages write them
/// (clap_mangen writes NAME, SYNOPSIS... in English and the subcommands' heading as given).
fn headings(lang: Lang, page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        match line.strip_prefix(".SH ") {
            Some(heading) => {
                let heading = heading.trim_matches('"');
                let id = match heading {
                    "NAME" => Some("cli-man-section-name"),
                    "SYNOPSIS" => Some("cli-man-section-synopsis"),
                    "DESCRIPTION" => Some("cli-man-section-description"),
                    "VERSION" => Some("cli-man-section-version"),
                    _ => None,
                };
                let heading = id.map_or_else(|| heading.to_string(), |id| lang.text(id));
                out.push_str(&format!(".SH \"{}\"", heading.to_uppercase()));
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::headings;
    use planlang::i18n::Lang;

    #[test]
    fn section_headings_are_the_languages_in_capitals_and_other_lines_are_kept() {
        let page =
            ".TH plan 1\n.SH NAME\nplan \\- x\n.SH SYNOPSIS\n.SH \"Lệnh\"\n.SH \"TÙY CHỌN\"\n";
        assert_eq!(
            headings(Lang::Vi, page),
            ".TH plan 1\n.SH \"TÊN\"\nplan \\- x\n.SH \"CÁCH DÙNG\"\n.SH \"LỆNH\"\n.SH \"TÙY CHỌN\"\n"
        );
        assert!(headings(Lang::En, page)
            .starts_with(".TH plan 1\n.SH \"NAME\"\nplan \\- x\n.SH \"SYNOPSIS\"\n"));
    }
}
