//! `plan chart ID PLAN DATA... [--area A] [--as-of D] -o FILE.svg [--force]`: the chart
//! `show ID` draws in the terminal, as an SVG picture (`planlang::render::chart`).

use super::data::DataArgs;
use super::file::{has_extension, write_file, Replace};
use super::output::{as_of, load_clean};
use super::say::{self, error};
use super::write::{errln, outln};
use super::{EXIT_PROBLEMS, EXIT_USAGE};
use planlang::query::{Context, Facts};
use planlang::render::chart::{svg, Chart};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    pub id: String,
    pub plan: PathBuf,
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    #[arg(long, value_name = "ID")]
    pub area: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[arg(short = 'o', long = "output", value_name = "FILE.svg")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub keep_going: bool,
    #[command(flatten)]
    pub data_args: DataArgs,
}

pub fn run(args: Args) -> u8 {
    if !has_extension(&args.output, &["svg"]) {
        error!("cmd-chart-not-svg", "path" => say::path(&args.output));
        return EXIT_USAGE;
    }
    let as_of = match as_of(args.as_of.as_deref()) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let checked = match load_clean(&args.plan) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    let model = &checked.model;
    let index = match measure(model, &args.plan, &args.id) {
        Ok(index) => index,
        Err(status) => return status,
    };
    let data = super::data::load(model, &args.data, args.data_args.options());
    if let Err(status) = super::data::report(&data) {
        return status;
    }
    let facts = match Facts::in_area(model, &data, as_of, args.area.as_deref()) {
        Ok(facts) => facts,
        Err(e) => {
            errln!("{}", super::say::error_line(e.words(super::lang::lang())));
            return EXIT_USAGE;
        }
    };
    let Some(chart) = Chart::of_measure(
        Context {
            model,
            facts: &facts,
        },
        index,
    ) else {
        return EXIT_USAGE;
    };
    if chart.is_empty(true) {
        error!(
            "cmd-chart-nothing",
            "id" => chart.id.as_str(),
            "area" => chart.area.as_str(),
            "date" => planlang::i18n::date(super::lang::lang(), chart.as_of),
        );
        return EXIT_PROBLEMS;
    }
    let replace = if args.force {
        Replace::RegularFile
    } else {
        Replace::Never
    };
    if let Err(why) = write_file(
        &args.output,
        svg::svg(&chart, super::lang::lang()).as_bytes(),
        replace,
    ) {
        error!("cmd-cannot-write", "path" => say::path(&args.output), "why" => why);
        return EXIT_USAGE;
    }
    outln!(
        "{}",
        say::say(
            "cmd-chart-wrote",
            &[
                ("path", say::path(&args.output)),
                ("id", chart.id.as_str().into()),
                ("area", chart.area.as_str().into()),
                (
                    "date",
                    planlang::i18n::date(super::lang::lang(), chart.as_of).into()
                ),
                ("values", chart.observed.len().into()),
                ("milestones", chart.milestones.len().into()),
                ("groups", chart.groups.len().into()),
            ],
        )
    );
    super::evaluated::data_status(&data, args.keep_going, "cmd-data-rejected-chart")
}

/// The index of the measure `id` names; an indicator with parts, or a name that names
/// nothing, is said on stderr with what to write instead, and the usage status returned.
fn measure(model: &planlang::Model, plan: &Path, id: &str) -> Result<usize, u8> {
    if let Some(index) = model.measures.get_index_of(id) {
        return Ok(index);
    }
    if let Some(indicator) = model.indicators.get(id) {
        let parts: Vec<&str> = indicator
            .measures
            .iter()
            .filter_map(|&m| model.measures.get_index(m.index()))
            .map(|(id, _)| id.as_str())
            .collect();
        error!("cmd-chart-has-parts", "id" => id, "parts" => parts.join(", "));
        return Err(EXIT_USAGE);
    }
    let ids = model
        .measures
        .keys()
        .chain(model.indicators.keys())
        .map(String::as_str);
    error!(
        "cmd-no-such-measure",
        "path" => say::path(plan),
        "id" => id,
        "hint" => say::did_you_mean(id, ids),
    );
    Err(EXIT_USAGE)
}
