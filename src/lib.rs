//! planlang: public action plans as text — written, checked, and (later) evaluated.
//!
//! One pipeline, each stage a plain function over plain data:
//!
//! ```text
//! text ──pest──▶ pairs ──lower──▶ AST (spanned) ──resolve──▶ Model ──check──▶ Diagnostics
//!      syntax::parse              syntax::ast     resolve::resolve   check::check
//! ```
//!
//! Questions about a plan and its data go through the query language ([`query`]); the REPL's
//! back end ([`repl::Session`]) holds what is loaded and runs one line at a time:
//!
//! ```text
//! query text ──pest──▶ query::ast ──check──▶ plan ──run(model, facts)──▶ Answer
//!                                       render::query ──▶ table/JSON/CSV ◀──┘
//! ```
//!
//! Rendering happens only at the edges ([`render`]): fancy miette output for people,
//! `file:line:col: severity[code]: message` for editors, JSON for programs.
//!
//! # Embedding
//!
//! ```
//! let plan = planlang::load_str("demo.plan", r#"
//!     plan "Demo" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
//!     agency ubnd "Ủy ban nhân dân" short "UBND"
//!     objective a "Trẻ em khỏe mạnh" source "II.1"
//!     indicator 1 "Tỷ lệ trẻ em được tiêm chủng" {
//!         objective a  unit percent  direction increase
//!         target 2025 >= 95  target 2030 >= 105
//!         lead ubnd  source "II.1, Chỉ tiêu 1"
//!     }
//! "#);
//! assert_eq!(plan.model.measures["1"].targets.len(), 2);
//! let problem = &plan.diagnostics[0];
//! assert_eq!(problem.code().as_str(), "plan::value_out_of_range");
//! assert_eq!(problem.line_col(), (7, 43)); // line 7, column 43: the `105`
//! assert!(plan.has_errors());
//! ```

// Every public item says what it holds or does; nothing is `pub` that no one outside can reach.
#![warn(missing_docs, unreachable_pub)]

pub mod amend;
/// The pipeline, the modules and the rules that keep them apart (ARCHITECTURE.md).
pub mod architecture {
    #![doc = include_str!("../ARCHITECTURE.md")]
}
pub mod cascade;
pub mod check;
pub mod data;
pub mod date;
pub mod diagnostic;
pub mod eval;
pub mod files;
pub mod i18n;
pub mod ide;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod model;
pub mod numbers;
pub mod properties;
pub mod query;
pub mod render;
pub mod repl;
pub mod resolve;
pub mod scaffold;
pub mod source;
pub mod syntax;
pub mod target_text;
pub mod template;
pub mod text;

pub use diagnostic::{Code, Diagnostic, Severity, Tally};
pub use model::Model;
pub use source::{Source, Span};

use std::path::Path;
use std::rc::Rc;

/// A plan read, resolved and checked. The syntax tree is not kept (a large plan's tree is
/// several times its text): [`syntax::parse`] gives it, comments included.
#[derive(Debug)]
pub struct Checked {
    /// The plan's text and name, which the diagnostics' spans point into.
    pub source: Source,
    /// The resolved model (partial when the text had syntax errors).
    pub model: Model,
    /// Every problem found, in the order of the phases that found them.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Whether any problem is an error (the plan cannot be trusted until it is fixed).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// How many errors and warnings were found.
    pub fn tally(&self) -> Tally {
        Tally::of(&self.diagnostics)
    }
}

/// Reads, resolves and checks a plan given as text; `name` is how diagnostics cite it.
pub fn load_str(name: &str, text: &str) -> Checked {
    load_source(Source::new(name, text))
}

/// Reads, resolves and checks the plan file at `path`.
pub fn load_path(path: impl AsRef<Path>) -> std::io::Result<Checked> {
    let path = path.as_ref();
    let text = files::read_plan_text(path)?;
    Ok(load_source(Source::new(path.display().to_string(), text)))
}

/// Runs the whole pipeline on a source. Files it imports are read from the disk, relative to
/// the folder of its name; their problems come first, each under its own file's name.
pub fn load_source(source: Source) -> Checked {
    load_source_from(source, Rc::new(files::Disk))
}

/// [`load_source`] with the files it imports read from `files`: an editor's unsaved buffers
/// ([`files::MemoryFiles`]), or texts a program holds.
///
/// ```
/// use planlang::files::MemoryFiles;
/// let mut files = MemoryFiles::new();
/// files.insert("shared.plan", r#"
///     plan "Shared" { document "1/KH" issuer ubnd signed 2021-01-05 period 2021..2030 }
///     agency ubnd "Ủy ban nhân dân"
/// "#);
/// let text = r#"
///     plan "P" { document "2/KH" issuer shared.ubnd signed 2021-02-01 period 2021..2030 }
///     import "shared.plan" as shared
/// "#;
/// let plan = planlang::load_source_from(
///     planlang::Source::new("p.plan", text),
///     std::rc::Rc::new(files),
/// );
/// assert!(plan.diagnostics.is_empty(), "{:?}", plan.diagnostics);
/// assert!(plan.model.imports["shared"].readable);
/// ```
pub fn load_source_from(source: Source, files: Rc<dyn files::Files>) -> Checked {
    let loader = resolve::Loader::starting_at(&source, files);
    let (model, own) = load_with(&source, &loader);
    let mut diagnostics = std::mem::take(&mut loader.borrow_mut().diagnostics);
    diagnostics.extend(own);
    Checked {
        source,
        model,
        diagnostics,
    }
}

/// [`load_source_from`] for a source whose syntax tree the caller has already read (`parsed`,
/// from [`syntax::parse`]) and keeps: the text is read once, not once for the tree and again
/// for the model. The files it imports are read as `load_source_from` reads them.
pub fn load_parsed(
    source: Source,
    parsed: &syntax::Parsed,
    files: Rc<dyn files::Files>,
) -> Checked {
    let loader = resolve::Loader::starting_at(&source, files);
    let (model, resolve_diagnostics) = resolve::resolve_loading(&parsed.file, &source, &loader);
    let own = checked(
        parsed.diagnostics.clone(),
        parsed.has_syntax_errors,
        &model,
        resolve_diagnostics,
    );
    let mut diagnostics = std::mem::take(&mut loader.borrow_mut().diagnostics);
    diagnostics.extend(own);
    Checked {
        source,
        model,
        diagnostics,
    }
}

/// Reads, resolves and checks one file of a load (the first, or one it imports).
pub(crate) fn load_with(
    source: &Source,
    loader: &resolve::SharedLoader,
) -> (Model, Vec<Diagnostic>) {
    let (read, model, resolve_diagnostics) = resolve::parse_and_resolve(source, loader);
    let diagnostics = checked(
        read.diagnostics,
        read.has_syntax_errors,
        &model,
        resolve_diagnostics,
    );
    (model, diagnostics)
}

/// A file's problems in the order they are shown: those met reading it, then, unless the
/// text had syntax errors, those met resolving and checking its model.
fn checked(
    mut read: Vec<Diagnostic>,
    has_syntax_errors: bool,
    model: &Model,
    resolved: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    // After a syntax error the model misses whole items: checking it would report problems
    // that are only echoes of the syntax error, so only the syntax errors are shown.
    if !has_syntax_errors {
        read.extend(resolved);
        read.extend(check::check(model));
    }
    read
}
