//! `plan eval PLAN DATA...`

use super::data::DataArgs;
use super::evaluated::{data_status, evaluate, Asked};
use super::file::{write_file, Replace};
use super::say::{self, error};
use super::write::{errln, out_then};
use super::{EvalGroup, EvalRows, EXIT_USAGE};
use planlang::query::Facts;
use planlang::render::evaluation::{self, GroupBy};
use planlang::render::format::{Format, Output};
use planlang::render::report::markdown::markdown;
use planlang::render::report::Report;
use planlang::render::terminal::visible;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    pub plan: PathBuf,
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub area: Option<String>,
    #[arg(long, value_enum)]
    pub by: Option<EvalGroup>,
    #[arg(long, value_parser = super::formats(Output::Evaluation), default_value_t = Output::Evaluation.default_format())]
    pub format: Format,
    #[arg(long, value_enum, default_value = "targets")]
    pub rows: EvalRows,
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub keep_going: bool,
    #[command(flatten)]
    pub data_args: DataArgs,
    #[arg(long = "amendment", value_name = "FILE")]
    pub amendments: Vec<PathBuf>,
}

pub fn run(args: Args) -> u8 {
    if let (Format::Xlsx, None) = (args.format, &args.output) {
        error!("cmd-xlsx-needs-file");
        return EXIT_USAGE;
    }
    if let (Format::Xlsx, Some(path)) = (args.format, &args.output) {
        if !super::file::has_extension(path, &["xlsx"]) {
            error!("cmd-eval-not-xlsx", "path" => say::path(path));
            return EXIT_USAGE;
        }
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
    let evaluation = &evaluated.evaluation;
    let by = match args.by {
        None => GroupBy::None,
        Some(EvalGroup::Objective) => GroupBy::Objective,
        Some(EvalGroup::Owner) => GroupBy::Owner,
    };
    let lang = super::lang::lang();
    // `--format` offers table, json, csv, md and xlsx (render::format::Output::Evaluation).
    let out = match args.format {
        Format::Md => {
            // The report's charts are not drawn in Markdown, but it is the same model as the
            // page's: the evaluation's facts are gathered for it.
            let facts = Facts::of_evaluation(model, &evaluated.data, evaluation.clone());
            let Some(report) = Report::build(model, &facts, by) else {
                return EXIT_USAGE;
            };
            visible(&markdown(&report, lang)).into_owned().into_bytes()
        }
        Format::Csv => match args.rows {
            EvalRows::Targets => evaluation::csv(model, evaluation),
            EvalRows::Reporting => evaluation::reporting_csv(evaluation),
            EvalRows::Tasks => evaluation::tasks_csv(evaluation),
        }
        .into_bytes(),
        Format::Json => format!("{}\n", evaluation::json(model, evaluation)).into_bytes(),
        Format::Xlsx => match planlang::render::workbook::evaluation::workbook(model, evaluation) {
            Ok(bytes) => bytes,
            Err(e) => {
                errln!("{}", say::error_line(e.to_string()));
                return EXIT_USAGE;
            }
        },
        // Text for people: a title's or a cell's control characters shown, not obeyed.
        _ => visible(&evaluation::table(model, evaluation, by, lang))
            .into_owned()
            .into_bytes(),
    };
    if !matches!(args.format, Format::Table) || args.output.is_some() {
        errln!("{}", evaluation::data_line(evaluation, lang));
        errln!("{}", evaluation::summary(evaluation, lang));
    }
    let status = data_status(
        &evaluated.data,
        args.keep_going,
        "cmd-data-rejected-evaluation",
    );
    match &args.output {
        None => out_then(&String::from_utf8_lossy(&out), status),
        Some(path) => match write_file(path, &out, Replace::RegularFile) {
            Ok(()) => status,
            Err(why) => {
                error!("cmd-cannot-write", "path" => say::path(path), "why" => why);
                EXIT_USAGE
            }
        },
    }
}
