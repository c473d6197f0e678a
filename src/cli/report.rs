//! `plan report PLAN [DATA...] [--as-of D] [--area A] [--amendment F]... -o FILE.html
//! [--force]`: the evaluation's report as a file to read, print or file
//! (`planlang::render::report`), in the language chosen (`--lang`).

use super::data::DataArgs;
use super::evaluated::{data_status, evaluate, Asked};
use super::file::{has_extension, write_file, Replace};
use super::say::{self, error};
use super::write::outln;
use super::{formats, EXIT_USAGE};
use planlang::query::Facts;
use planlang::render::evaluation::{words, GroupBy};
use planlang::render::format::{Format, Output};
use planlang::render::report::{self, Report};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    pub plan: PathBuf,
    pub data: Vec<PathBuf>,
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(long, value_name = "ID")]
    pub area: Option<String>,
    #[arg(long = "amendment", value_name = "FILE")]
    pub amendments: Vec<PathBuf>,
    #[arg(long, value_parser = formats(Output::Report), default_value_t = Output::Report.default_format())]
    pub format: Format,
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub keep_going: bool,
    #[command(flatten)]
    pub data_args: DataArgs,
}

pub fn run(args: Args) -> u8 {
    // `--format` offers the formats of `render::format::Output::Report`, each a kind of file.
    let Some(ends) = report::extensions(args.format) else {
        return EXIT_USAGE;
    };
    if !has_extension(&args.output, ends) {
        error!(
            "cmd-report-wrong-extension",
            "path" => say::path(&args.output),
            "format" => args.format.name(),
            "extension" => ends[0],
        );
        return EXIT_USAGE;
    }
    let evaluated = match evaluate(Asked {
        plan: &args.plan,
        amendments: &args.amendments,
        data: &args.data,
        options: args.data_args.options(),
        as_of: args.as_of.as_deref(),
        area: args.area.as_deref(),
    }) {
        Ok(evaluated) => evaluated,
        Err(status) => return status,
    };
    let model = evaluated.model();
    let facts = Facts::of_evaluation(model, &evaluated.data, evaluated.evaluation.clone());
    let Some(report) = Report::build(model, &facts, GroupBy::Objective) else {
        return EXIT_USAGE;
    };
    let lang = super::lang::lang();
    let bytes = match report::write(&report, args.format, lang) {
        Some(Ok(bytes)) => bytes,
        Some(Err(why)) => {
            error!("cmd-cannot-write", "path" => say::path(&args.output), "why" => why.to_string());
            return EXIT_USAGE;
        }
        None => return EXIT_USAGE,
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
    let charts = report
        .indicators()
        .filter(|i| !i.chart.is_empty(true))
        .count();
    outln!(
        "{}",
        say::say(
            "cmd-report-wrote",
            &[
                ("path", say::path(&args.output)),
                ("targets", report.targets.into()),
                ("indicators", report.indicators().count().into()),
                ("area", report.area.as_str().into()),
                ("date", words::date(lang, report.as_of).into()),
                ("charts", charts.into()),
                ("format", args.format.name().into()),
            ]
        )
    );
    data_status(&evaluated.data, args.keep_going, "cmd-data-rejected-report")
}
