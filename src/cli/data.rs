//! How `eval`, `query` and `repl` read data files: the options they share, and one loader
//! that refuses (exit 2) when a file cannot be used at all.

use super::progress::Progress;
use super::say::error;
use super::write::errln;
use planlang::data::decode::{encoding_for_label, Encoding};
use planlang::data::{DataSet, FileKind, LoadOptions, NumberStyle};
use std::path::PathBuf;

/// The options every command that reads data files takes.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct DataArgs {
    #[arg(long, conflicts_with = "decimal_point")]
    pub decimal_comma: bool,
    #[arg(long)]
    pub decimal_point: bool,
    #[arg(long, value_name = "ENCODING", value_parser = encoding)]
    pub encoding: Option<&'static Encoding>,
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

fn encoding(label: &str) -> Result<&'static Encoding, String> {
    encoding_for_label(label, super::lang::lang())
}

impl DataArgs {
    pub fn options(&self) -> LoadOptions {
        let decimal = if self.decimal_comma {
            NumberStyle::Comma
        } else if self.decimal_point {
            NumberStyle::Point
        } else {
            NumberStyle::Unsaid
        };
        LoadOptions {
            decimal,
            encoding: self.encoding,
            sheet: self.sheet.clone(),
        }
    }
}

/// Reads every data file against the model, showing progress on a terminal for large ones.
pub fn load(model: &planlang::Model, paths: &[PathBuf], options: LoadOptions) -> DataSet {
    let mut data = DataSet::default();
    for path in paths {
        let name = path.display().to_string();
        let regular = std::fs::metadata(path).ok().filter(|m| m.is_file());
        match (regular, std::fs::File::open(path)) {
            (Some(meta), Ok(file)) => {
                let kind = FileKind::of(path);
                match Progress::wrap(file, &name, meta.len()) {
                    Ok(progress) => data.load_reader(model, &name, kind, progress, options.clone()),
                    Err(file) => data.load_reader(model, &name, kind, file, options.clone()),
                }
            }
            // Not a regular file (a FIFO, standard input) or not openable: read as it comes,
            // or reported as the file's `data::unreadable` error.
            _ => data.load_path(model, path, options.clone()),
        }
    }
    data
}

/// Prints the data's problems on stderr, then, when a file could not be used at all, says
/// so and returns the usage exit status: an evaluation without one of its files is not
/// what the user asked for, whatever `--keep-going` says.
pub fn report(data: &DataSet) -> Result<(), u8> {
    for problem in data.errors.iter().chain(&data.warnings) {
        errln!(
            "{}",
            planlang::render::diagnostics::short(problem, super::lang::lang())
        );
    }
    refuse_unusable(data)
}

/// The usage exit status when a file could not be used, with a line saying which.
pub fn refuse_unusable(data: &DataSet) -> Result<(), u8> {
    let unusable = data.unusable_files();
    if unusable.is_empty() {
        return Ok(());
    }
    let files: Vec<String> = unusable.iter().map(|n| format!("`{n}`")).collect();
    error!("data-files-unusable", "count" => files.len(), "files" => files.join(", "));
    Err(super::EXIT_USAGE)
}
