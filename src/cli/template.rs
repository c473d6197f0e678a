//! `plan template PLAN [--agency ID] [--area ID] [--from PERIOD --to PERIOD] -o FILE.xlsx`:
//! a data-entry workbook in Vietnamese for what an agency (or everyone) owes, which goes back
//! into `plan eval`, `plan query` and the REPL once filled in.

use super::file::{has_extension, write_file, Replace};
use super::output::{load_clean, today};
use super::say::{self, error};
use super::write::{errln, outln};
use super::{EXIT_OK, EXIT_USAGE};
use planlang::eval::Period;
use planlang::template::{template, Request};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    pub plan: PathBuf,
    #[arg(long, value_name = "ID")]
    pub agency: Option<String>,
    #[arg(long, value_name = "ID")]
    pub area: Option<String>,
    #[arg(long, value_name = "PERIOD", value_parser = period)]
    pub from: Option<Period>,
    #[arg(long, value_name = "PERIOD", value_parser = period)]
    pub to: Option<Period>,
    #[arg(short = 'o', long = "output", value_name = "FILE.xlsx")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
}

fn period(text: &str) -> Result<Period, String> {
    Period::parse(text)
}

pub fn run(args: Args) -> u8 {
    if !has_extension(&args.output, &["xlsx"]) {
        error!("cmd-template-not-xlsx", "path" => say::path(&args.output));
        return EXIT_USAGE;
    }
    let checked = match load_clean(&args.plan) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let request = Request {
        agency: args.agency,
        area: args.area,
        from: args.from,
        to: args.to,
    };
    let template = match template(&checked.model, &request, today()) {
        Ok(t) => t,
        Err(e) => {
            errln!("{}", super::say::error_line(e.words(super::lang::lang())));
            return EXIT_USAGE;
        }
    };
    let bytes = match planlang::render::workbook::template::workbook(&checked.model, &template) {
        Ok(bytes) => bytes,
        Err(e) => {
            errln!("{}", super::say::error_line(e.to_string()));
            return EXIT_USAGE;
        }
    };
    let replace = if args.force {
        Replace::RegularFile
    } else {
        Replace::Never
    };
    if let Err(why) = write_file(&args.output, &bytes, replace) {
        error!("cmd-cannot-write", "path" => say::path(&args.output), "why" => why);
        return EXIT_USAGE;
    }
    let periods: Vec<String> = template.periods.iter().map(Period::to_string).collect();
    outln!(
        "{}",
        say::say(
            "cmd-template-wrote",
            &[
                ("path", say::path(&args.output)),
                ("rows", template.rows.len().into()),
                (
                    "indicators",
                    (template.rows.len() / template.periods.len().max(1)).into()
                ),
                ("periods", template.periods.len().into()),
                ("listed", periods.join(", ").into()),
                ("area", template.area.0.as_str().into()),
            ],
        )
    );
    EXIT_OK
}
