//! `plan history ID PLAN --amendment FILE...`

use super::write::{errln, out_then};
use super::{EXIT_OK, EXIT_USAGE};
use planlang::render::format::{Format, Output};
use planlang::text::did_you_mean_suffix;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// An indicator or part of the plan (`14`, `16a`).
    pub id: String,
    /// The plan file.
    pub plan: PathBuf,
    /// An amendment of the plan (repeatable).
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
        errln!(
            "error: `{}` has no indicator or part `{}`{}",
            args.plan.display(),
            args.id,
            did_you_mean_suffix(&args.id, ids)
        );
        return EXIT_USAGE;
    };
    let text = match args.format {
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&versions).unwrap_or_default()
        ),
        // `--format` offers text and json (render::format::Output::Model).
        _ => {
            let title = model
                .measures
                .get(&args.id)
                .map_or("", |m| m.title.as_str());
            let mut out = format!("{}  {title}\n", args.id);
            for v in &versions {
                let from = v.from.map_or(String::new(), |d| format!(", from {d}"));
                let _ = writeln!(out, "\n  {}{from}", v.document);
                let _ = writeln!(out, "    lead     {}", list(&v.lead));
                if !v.support.is_empty() {
                    let _ = writeln!(out, "    support  {}", list(&v.support));
                }
                for t in &v.targets {
                    let _ = writeln!(out, "    target   {t}");
                }
            }
            out
        }
    };
    out_then(&text, EXIT_OK)
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "?".into()
    } else {
        items.join(", ")
    }
}
