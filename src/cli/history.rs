//! `plan history ID PLAN --amendment FILE...`

use super::say::{self, error};
use super::write::out_then;
use super::{EXIT_OK, EXIT_USAGE};
use planlang::render::format::{Format, Output};
use planlang::render::history;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    pub id: String,
    pub plan: PathBuf,
    #[arg(long = "amendment", value_name = "FILE")]
    pub amendments: Vec<PathBuf>,
    #[arg(long, value_parser = super::formats(Output::Model), default_value_t = Output::Model.default_format())]
    pub format: Format,
}

pub fn run(args: Args) -> u8 {
    let (checked, amendments) = match super::amendments::load_amended(&args.plan, &args.amendments)
    {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let files: Vec<&planlang::Model> = amendments.iter().map(|a| &a.model).collect();
    let model = &checked.model;
    let Some(versions) = planlang::amend::history(model, &files, &args.id) else {
        let ids = model.measures.keys().map(String::as_str);
        error!(
            "cmd-no-such-measure",
            "path" => say::path(&args.plan),
            "id" => args.id.as_str(),
            "hint" => say::did_you_mean(&args.id, ids),
        );
        return EXIT_USAGE;
    };
    let text = match args.format {
        Format::Json => format!("{}\n", history::to_json(&versions)),
        // `--format` offers text and json (render::format::Output::Model).
        _ => {
            let title = model
                .measures
                .get(&args.id)
                .map_or("", |m| m.title.as_str());
            history::to_text(&args.id, title, &versions, super::lang::lang())
        }
    };
    out_then(&text, EXIT_OK)
}
