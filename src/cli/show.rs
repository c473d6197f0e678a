//! `plan show FILE [--as-of DATE --amendment FILE...]`

use super::output::as_of;
use super::write::out_then;
use super::EXIT_OK;
use planlang::render::format::{Format, Output};
use planlang::render::{model_json, model_text};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(long, value_parser = super::formats(Output::Model), default_value_t = Output::Model.default_format())]
    pub format: Format,
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long = "amendment", value_name = "FILE")]
    pub amendments: Vec<PathBuf>,
}

pub fn run(args: Args) -> u8 {
    let path: &Path = &args.file;
    let as_of = match as_of(args.as_of.as_deref()) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let (checked, amendments) = match super::amendments::load_amended(path, &args.amendments) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let files: Vec<&planlang::Model> = amendments.iter().map(|a| &a.model).collect();
    let amended;
    let model = if files.is_empty() {
        &checked.model
    } else {
        amended = planlang::amend::as_of(&checked.model, &files, as_of);
        &amended
    };
    // `--format` offers text and json (render::format::Output::Model).
    match args.format {
        Format::Json => out_then(&format!("{}\n", model_json::to_json(model)), EXIT_OK),
        _ => out_then(
            &planlang::render::terminal::visible(&model_text::to_text(model, super::lang::lang())),
            EXIT_OK,
        ),
    }
}
