//! `plan eval PLAN DATA...`

use super::output::{as_of, load, refuse_errors};
use super::progress::Progress;
use super::write::{errln, out_then};
use super::{EvalFormat, EvalGroup, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::data::{DataSet, LoadOptions};
use planlang::render::evaluation::{self, GroupBy};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    pub plan: PathBuf,
    /// Data files: CSV, or JSON (by the `.json` extension).
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    /// The date of the evaluation, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// The area to evaluate (default: the plan's top area).
    #[arg(long)]
    pub area: Option<String>,
    /// Group the table by objective or by lead agency.
    #[arg(long, value_enum)]
    pub by: Option<EvalGroup>,
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
    /// Exit 0 even when some data rows were rejected.
    #[arg(long)]
    pub keep_going: bool,
    /// Read `9,5` as 9.5 (and `1.000` as 1000) in every data file.
    #[arg(long)]
    pub decimal_comma: bool,
    /// An amendment of the plan (repeatable): each milestone is judged against the target in
    /// force at the end of its year, owners and schedule as amended on --as-of.
    #[arg(long = "amendment", value_name = "FILE")]
    pub amendments: Vec<PathBuf>,
}

pub fn run(args: Args) -> u8 {
    let as_of = match as_of(args.as_of.as_deref()) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let Some(checked) = load(&args.plan) else {
        return EXIT_USAGE;
    };
    if refuse_errors(&args.plan, &checked) {
        return EXIT_PROBLEMS;
    }
    let amendments = match super::amendments::load_for(&args.plan, &args.amendments) {
        Ok(a) => a,
        Err(status) => return status,
    };
    let amended;
    let model = if amendments.is_empty() {
        &checked.model
    } else {
        let files: Vec<&planlang::Model> = amendments.iter().map(|a| &a.model).collect();
        amended = planlang::amend::for_evaluation(&checked.model, &files, as_of);
        &amended
    };
    let mut data = DataSet::default();
    let options = LoadOptions {
        decimal_comma: args.decimal_comma,
    };
    let mut unreadable = false;
    for path in &args.data {
        if !path.is_file() {
            errln!("error: cannot read `{}`: no such file", path.display());
            unreadable = true;
            continue;
        }
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let size = std::fs::metadata(path).map_or(0, |m| m.len());
        let name = path.display().to_string();
        match std::fs::File::open(path) {
            // A large file read from a terminal shows its progress on stderr.
            Ok(file) => match Progress::wrap(file, &name, size) {
                Ok(progress) if is_json => data.load_json(model, &name, progress, options),
                Ok(progress) => data.load_csv(model, &name, progress, options),
                Err(file) if is_json => data.load_json(model, &name, file, options),
                Err(file) => data.load_csv(model, &name, file, options),
            },
            // Reported as the file's `data::unreadable` error.
            Err(_) => data.load_path(model, path, options),
        }
    }
    if unreadable {
        return EXIT_USAGE;
    }
    for e in &data.errors {
        errln!("{}", e.short());
    }
    for w in &data.warnings {
        errln!("{}", w.short_as("warning"));
    }
    let evaluation = match planlang::eval::evaluate_area(model, &data, as_of, args.area.as_deref())
    {
        Ok(e) => e,
        Err(e) => {
            errln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let by = match args.by {
        None => GroupBy::None,
        Some(EvalGroup::Objective) => GroupBy::Objective,
        Some(EvalGroup::Owner) => GroupBy::Owner,
    };
    let out = match args.format {
        EvalFormat::Table => evaluation::table(model, &evaluation, by),
        EvalFormat::Md => evaluation::markdown(model, &evaluation, by),
        EvalFormat::Csv => evaluation::csv(&evaluation),
        EvalFormat::Json => format!("{}\n", evaluation::json(&evaluation)),
    };
    if !matches!(args.format, EvalFormat::Table) {
        errln!("{}", evaluation::data_line(&evaluation));
        errln!("{}", evaluation::summary(&evaluation));
    }
    let status = if data.has_errors() && !args.keep_going {
        errln!(
            "error: the data had {} problem{}; fix them, or pass --keep-going to accept the evaluation of the rows that were read",
            data.errors.len(),
            if data.errors.len() == 1 { "" } else { "s" }
        );
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    };
    out_then(&out, status)
}
