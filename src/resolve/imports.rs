//! Imports: another plan file read, resolved and checked, and what it declares named
//! `ALIAS.ID` in the importing file.
//!
//! The agencies, units, dimensions, areas and elements of an imported file that the importing
//! file names are brought into its tables under their qualified names
//! ([`Resolver::bring_in`]), so every later lookup works the same for them; the rest, and its
//! indicators, objectives, reports and reviews, stay in its own model ([`Import::model`]),
//! where a cascade finds them. Each file is read once however often it is imported, held once
//! however many files import it, and its errors are reported once, under its own name and
//! lines. Imports nest at most [`MAX_IMPORT_DEPTH`] files deep.

use super::Resolver;
use crate::diagnostic::{DeclKind, Declarations, Diagnostic, ImportFailure};
use crate::files::{lexical, Files};
use crate::model::{Agency, Area, Dimension, Element, Import, Model, Origin, Ref, Through, Unit};
use crate::source::{Source, Span};
use crate::syntax::ast::{Ident, ImportDecl, WaiveDecl};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// How many files a chain of imports may hold, the first file included. Real plans nest a
/// handful (a district imports its province, which imports the national program); each file
/// of a chain is read while the one importing it is still being read, so an unbounded chain
/// would exhaust the stack.
pub(super) const MAX_IMPORT_DEPTH: usize = 32;

/// What the files of one load share: where they come from, which are being read (a cycle),
/// which are read.
pub(crate) struct Loader {
    files: Rc<dyn Files>,
    /// Files being read, outermost first, by canonical path and by the name they are shown as.
    reading: Vec<(PathBuf, String)>,
    /// Files read, by canonical path.
    read: HashMap<PathBuf, Arc<Model>>,
    /// The problems found in imported files, each file's once.
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) type SharedLoader = Rc<RefCell<Loader>>;

impl Loader {
    /// A loader for a load that starts at `source` (a file importing itself is a cycle) and
    /// reads what it imports from `files`.
    pub(crate) fn starting_at(source: &Source, files: Rc<dyn Files>) -> SharedLoader {
        // A text that is not a file (`load_str`) still counts as the first file of a chain.
        let name = Path::new(source.name());
        let path = files.canonical(name).unwrap_or_else(|_| lexical(name));
        Rc::new(RefCell::new(Loader {
            files,
            reading: vec![(path, source.name().to_string())],
            read: HashMap::new(),
            diagnostics: Vec::new(),
        }))
    }
}

impl Resolver<'_> {
    pub(super) fn import(&mut self, decl: &ImportDecl) {
        let alias = &decl.alias;
        if !self.plain_id(alias, DeclKind::Import) {
            return;
        }
        if let Some(first) = self.model.imports.get_mut(&alias.name) {
            let problem = Declarations::ImportClash {
                alias: alias.name.clone(),
                first: first.span,
            };
            // The name means neither file until one is renamed: what is named through it
            // is looked up in none, as for a file that cannot be read, so that no problem
            // depends on which import is written first.
            first.readable = false;
            first.model = Arc::new(Model::empty(self.source.clone()));
            self.problem(problem, alias.span);
            return;
        }
        let read = self.read_import(decl);
        let readable = read.is_some();
        let model = read.unwrap_or_else(|| Arc::new(Model::empty(self.source.clone())));
        self.model.imports.insert(
            alias.name.clone(),
            Import {
                alias: alias.name.clone(),
                path: decl.path.value.clone(),
                model,
                readable,
                span: decl.span,
                alias_span: alias.span,
            },
        );
    }

    /// Whether a name is qualified by an import whose file could not be read.
    pub(super) fn names_unreadable_import(&self, name: &str) -> bool {
        name.split_once('.')
            .and_then(|(alias, _)| self.model.imports.get(alias))
            .is_some_and(|i| !i.readable)
    }

    /// The imported file's model, read now or earlier in this load; `None` after a diagnostic.
    fn read_import(&mut self, decl: &ImportDecl) -> Option<Arc<Model>> {
        let base = Path::new(self.source.name())
            .parent()
            .unwrap_or(Path::new(""));
        let path = lexical(&base.join(&decl.path.value));
        let files = self.loader.borrow().files.clone();
        let shown = path.display().to_string();
        let here = decl.path.span;
        let canonical = match files.canonical(&path) {
            Ok(p) => p,
            Err(e) => {
                let problem = Declarations::ImportUnreadable {
                    path: shown,
                    reason: ImportFailure::of(&e),
                    folder: Some(folder(base)),
                };
                self.problem(problem, here);
                return None;
            }
        };
        let loader = self.loader.clone();
        let cycle = {
            let l = loader.borrow();
            l.reading
                .iter()
                .position(|(p, _)| *p == canonical)
                .map(|at| {
                    let mut chain: Vec<String> =
                        l.reading[at..].iter().map(|(_, n)| n.clone()).collect();
                    chain.push(shown.clone());
                    chain
                })
        };
        if let Some(chain) = cycle {
            let problem = Declarations::ImportCycle { path: shown, chain };
            self.problem(problem, here);
            return None;
        }
        if let Some(model) = loader.borrow().read.get(&canonical) {
            return Some(model.clone());
        }
        let too_deep = {
            let l = loader.borrow();
            (l.reading.len() >= MAX_IMPORT_DEPTH).then(|| {
                let mut chain: Vec<String> = l.reading.iter().map(|(_, n)| n.clone()).collect();
                chain.push(shown.clone());
                chain
            })
        };
        if let Some(chain) = too_deep {
            let problem = Declarations::ImportTooDeep {
                path: shown,
                chain,
                limit: MAX_IMPORT_DEPTH,
            };
            self.problem(problem, here);
            return None;
        }
        let text = files.read(&path).map_err(|e| ImportFailure::of(&e));
        let text = match text {
            Ok(text) => text,
            Err(reason) => {
                let problem = Declarations::ImportUnreadable {
                    path: shown,
                    reason,
                    folder: None,
                };
                self.problem(problem, here);
                return None;
            }
        };
        let source = Source::new(shown.as_str(), text);
        loader
            .borrow_mut()
            .reading
            .push((canonical.clone(), shown.clone()));
        let (model, diagnostics) = crate::load_with(&source, &loader);
        let model = Arc::new(model);
        let mut l = loader.borrow_mut();
        l.reading.pop();
        // Its errors break what imports it, so they are shown here; its warnings are its
        // own business (`plan check` on that file shows them), not repeated in every importer.
        l.diagnostics
            .extend(diagnostics.into_iter().filter(Diagnostic::is_error));
        l.read.insert(canonical, model.clone());
        Some(model)
    }

    /// Brings the imported declaration `name` names (`national.bo_yte`, see
    /// [`Model::find_declared`]) into this file's table under that name, pointing at the
    /// import line that brings it in, with its own references qualified the same way; an area
    /// comes with the areas that contain it. Only what a file names is brought in: an
    /// imported file's tables are not copied into every importer (a file imported under four
    /// names by a file imported under four names... would be copied 4, 16, 64... times).
    /// Whether `name` is now in the table.
    pub(super) fn bring_in<T: Imported>(&mut self, name: &str) -> bool {
        let mut name = name.to_string();
        loop {
            if T::table(&self.model).contains_key(&name) {
                return true;
            }
            let Some((prefix, entry, holder)) = self.model.find_declared(&name, T::table) else {
                return false;
            };
            let prefix = prefix.to_string();
            let entry = entry.clone();
            let alias = name.split('.').next().unwrap_or_default();
            let brought = Brought {
                at: self
                    .model
                    .imports
                    .get(alias)
                    .map_or(Span::default(), |i| i.span),
                holder: holder.source.clone(),
            };
            let (entry, next) = entry.qualified(&name, &prefix, &brought);
            T::table_mut(&mut self.model).insert(name, entry);
            match next {
                Some(next) => name = next,
                None => return true,
            }
        }
    }
    /// `waive national.15 because "..."`.
    pub(super) fn waive(&mut self, decl: &WaiveDecl) {
        let waiver = crate::model::Waiver {
            parent: Through::unresolved(decl.parent.clone()),
            reason: decl.reason.value.clone(),
            source: decl.source.as_ref().map(|s| s.value.clone()),
            span: decl.span,
        };
        if let Some(first) = self.model.waivers.get(&decl.parent.name) {
            let problem = Declarations::DuplicateWaiver {
                parent: decl.parent.name.clone(),
                first: first.parent.span,
            };
            self.problem(problem, decl.parent.span);
            return;
        }
        self.model.waivers.insert(decl.parent.name.clone(), waiver);
    }

    /// Whether an id being declared is free of dots; reports it if not.
    pub(super) fn plain_id(&mut self, id: &Ident, kind: DeclKind) -> bool {
        if !crate::model::is_qualified(&id.name) {
            return true;
        }
        let problem = Declarations::DottedId {
            kind,
            id: id.name.clone(),
        };
        self.problem(problem, id.span);
        false
    }
}

/// A folder as shown in a message (`.` for the current one).
fn folder(path: &Path) -> String {
    if path.as_os_str().is_empty() {
        ".".into()
    } else {
        path.display().to_string()
    }
}

/// A declaration an importing file can name through an import: how to find its table, and
/// the copy named from the importing file.
pub(crate) trait Imported: crate::model::Keyed + Clone {
    /// The entry named `name` in the importing file, found through `prefix` (`national.`),
    /// pointing at the import line that brings it in; with the name of another entry it
    /// brings along.
    fn qualified(self, name: &str, prefix: &str, brought: &Brought) -> (Self, Option<String>);
}

/// How an entry is brought in: the import line it points at here, and the file that holds it.
pub(crate) struct Brought {
    pub at: Span,
    pub holder: Source,
}

impl Brought {
    /// Where an entry was declared: where it already says (brought into the file that holds
    /// it through another import), else at `span` of the file that holds it.
    fn origin(&self, kept: Option<Box<Origin>>, span: Span) -> Option<Box<Origin>> {
        kept.or_else(|| {
            Some(Box::new(Origin {
                source: self.holder.clone(),
                span,
            }))
        })
    }
}

/// Agencies, dimensions, elements and units are named from the importing file and point at the
/// import line.
macro_rules! renamed {
    ($($kind:ty),* $(,)?) => {$(
        impl Imported for $kind {
            fn qualified(mut self, name: &str, _: &str, b: &Brought) -> (Self, Option<String>) {
                self.origin = b.origin(self.origin.take(), self.span);
                (self.id, self.span) = (name.to_string(), b.at);
                (self, None)
            }
        }
    )*};
}

renamed!(Agency, Dimension, Element, Unit);

/// An area comes with the area that contains it, so that the hierarchy data add up along is
/// whole in the importing file.
impl Imported for Area {
    fn qualified(mut self, name: &str, prefix: &str, b: &Brought) -> (Self, Option<String>) {
        // Named from the importing file, and looked up in its table (the id the imported
        // file gave it is a position in that file's).
        let parent = self.parent.as_ref().map(|p| {
            Ref::unresolved(Ident {
                name: format!("{prefix}{}", p.name),
                span: b.at,
            })
        });
        let next = parent.as_ref().map(|p| p.name.clone());
        let area = Area {
            id: name.to_string(),
            parent,
            span: b.at,
            origin: b.origin(self.origin.take(), self.span),
            ..self
        };
        (area, next)
    }
}
