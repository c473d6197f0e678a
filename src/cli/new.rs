//! `plan new --implements PARENT --area NAME -o FILE`: a new plan that implements PARENT,
//! written by [`planlang::scaffold::new_plan`], saved atomically.

use super::file::{write_file, Replace};
use super::output::load;
use super::say::{self, error};
use super::write::{errln, out_then, outln};
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use planlang::render::diagnostics::short;
use planlang::{Checked, Model};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_name = "PARENT")]
    implements: PathBuf,
    #[arg(long, value_name = "NAME")]
    area: String,
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: PathBuf,
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> u8 {
    let area = args.area.trim();
    if area.is_empty() {
        error!("cmd-new-empty-area");
        return EXIT_USAGE;
    }
    let Some(parent) = load(&args.implements) else {
        return EXIT_USAGE;
    };
    if let Some(code) = refuse_parent(&args.implements, &parent) {
        return code;
    }
    let parent_canonical = match std::fs::canonicalize(&args.implements) {
        Ok(p) => p,
        Err(e) => {
            error!("cmd-cannot-read", "path" => say::path(&args.implements), "why" => e.to_string());
            return EXIT_USAGE;
        }
    };
    if args.output.as_os_str() == "-" {
        let here = std::env::current_dir().and_then(std::fs::canonicalize);
        let path = here
            .ok()
            .and_then(|dir| planlang::scaffold::relative_path(&dir, &parent_canonical))
            .unwrap_or_else(|| parent_canonical.display().to_string());
        let text = planlang::scaffold::new_plan(&parent.model, &path, area);
        return out_then(&text, EXIT_OK);
    }
    let target = match Target::of(&args.output) {
        Ok(t) => t,
        Err(why) => {
            error!("cmd-cannot-write", "path" => say::path(&args.output), "why" => why);
            return EXIT_USAGE;
        }
    };
    if target.path == parent_canonical || imports_of(&parent.model).contains(&target.path) {
        error!("cmd-new-over-parent", "path" => say::path(&args.output));
        return EXIT_USAGE;
    }
    let Some(relative) = planlang::scaffold::relative_path(&target.dir, &parent_canonical)
        .or_else(|| parent_canonical.to_str().map(str::to_string))
    else {
        error!("cmd-new-path-not-utf8", "path" => say::path(&args.implements));
        return EXIT_USAGE;
    };
    let text = planlang::scaffold::new_plan(&parent.model, &relative, area);
    let replace = if args.force {
        Replace::RegularFile
    } else {
        Replace::Never
    };
    if let Err(why) = write_file(&target.path, text.as_bytes(), replace) {
        error!("cmd-cannot-write", "path" => say::path(&args.output), "why" => why);
        return EXIT_USAGE;
    }
    report(&args.output, &args.implements)
}

/// A parent with errors would give a new plan of what its file does not really say; one
/// without indicators gives nothing to implement.
fn refuse_parent(path: &Path, parent: &Checked) -> Option<u8> {
    if super::output::refuse_errors(path, parent) {
        return Some(EXIT_PROBLEMS);
    }
    if parent.model.indicators.is_empty() {
        error!("cmd-new-no-indicators", "path" => say::path(path));
        return Some(EXIT_PROBLEMS);
    }
    None
}

/// The canonical paths of every file a model imports, directly or not.
fn imports_of(model: &Model) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<&Model> = vec![model];
    while let Some(m) = stack.pop() {
        for i in m.imports.values() {
            if let Ok(p) = std::fs::canonicalize(i.model.source.name()) {
                if !out.contains(&p) {
                    out.push(p);
                    stack.push(&i.model);
                }
            }
        }
    }
    out
}

/// Where the new plan goes: its existing folder (canonical) and its path in it.
struct Target {
    dir: PathBuf,
    path: PathBuf,
}

impl Target {
    fn of(output: &Path) -> Result<Target, String> {
        let (name, folder) = super::file::name_and_folder(output)?;
        let dir = std::fs::canonicalize(folder).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("the folder `{}` does not exist", folder.display())
            }
            _ => format!("the folder `{}` cannot be read: {e}", folder.display()),
        })?;
        if !dir.is_dir() {
            return Err(format!("`{}` is not a folder", folder.display()));
        }
        let path = dir.join(name);
        if path.is_dir() {
            return Err("it is a folder".to_string());
        }
        Ok(Target { dir, path })
    }
}

/// Checks the new file and says what is left to fill in.
fn report(output: &Path, parent_path: &Path) -> u8 {
    let Some(new) = load(output) else {
        return EXIT_USAGE;
    };
    let own: Vec<_> = new
        .diagnostics
        .iter()
        .filter(|d| d.file() == new.source.name())
        .collect();
    let errors: Vec<_> = own.iter().filter(|d| d.is_error()).collect();
    let to_fill = own
        .iter()
        .filter(|d| {
            matches!(
                d.code().as_str(),
                "plan::lead_to_fill" | "plan::missing_header_field"
            )
        })
        .count();
    outln!(
        "{}",
        say::say(
            "cmd-new-wrote",
            &[
                ("path", say::path(output)),
                ("indicators", new.model.indicators.len().into()),
                ("measures", new.model.measures.len().into()),
                ("parent", say::path(parent_path)),
            ],
        )
    );
    if !errors.is_empty() {
        // A bug of `plan new`: what it writes must check without errors.
        for d in &errors {
            errln!("{}", short(d, super::lang::lang()));
        }
        error!("cmd-new-has-errors", "parent" => say::path(parent_path));
        return EXIT_PROBLEMS;
    }
    let lead_count = new
        .model
        .indicators
        .values()
        .filter(|i| {
            new.model
                .measures_of(i)
                .any(|m| m.lead_to_fill.is_some() && m.lead.is_empty())
        })
        .count();
    // The count `plan check` prints, of which `to_fill` are what is left to fill in.
    let warnings = new.tally().warnings;
    let others = warnings - to_fill.min(warnings);
    outln!(
        "{}",
        say::say(
            "cmd-new-to-fill",
            &[
                ("leads", lead_count.into()),
                ("warnings", warnings.into()),
                ("to_fill", to_fill.into()),
                ("others", others.into()),
                ("path", say::path(output)),
            ],
        )
    );
    EXIT_OK
}
