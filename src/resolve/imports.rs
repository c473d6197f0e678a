//! Imports: another plan file read, resolved and checked, and what it declares named
//! `ALIAS.ID` in the importing file.
//!
//! Agencies, units, dimensions, areas and elements of an imported file are copied into the
//! importing model's tables under their qualified names, so every lookup works the same for
//! them; its indicators, objectives, reports and reviews stay in its own model
//! ([`Import::model`]), where a cascade finds them. Each file is read once however often it is
//! imported, and its errors are reported once, under its own name and lines.

use super::Resolver;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Agency, Area, Dimension, Element, Import, Model, Unit};
use crate::source::{read_plan_text, unreadable_reason, Source, Span};
use crate::syntax::ast::{Ident, ImportDecl, WaiveDecl};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// What the files of one load share: which are being read (a cycle), which are read.
#[derive(Default)]
pub(crate) struct Loader {
    /// Files being read, outermost first, by canonical path and by the name they are shown as.
    reading: Vec<(PathBuf, String)>,
    /// Files read, by canonical path.
    read: HashMap<PathBuf, Arc<Model>>,
    /// The problems found in imported files, each file's once.
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) type SharedLoader = Rc<RefCell<Loader>>;

impl Loader {
    /// A loader for a load that starts at `source` (a file importing itself is a cycle).
    pub fn starting_at(source: &Source) -> SharedLoader {
        let mut loader = Loader::default();
        if let Ok(path) = std::fs::canonicalize(source.name()) {
            loader.reading.push((path, source.name().to_string()));
        }
        Rc::new(RefCell::new(loader))
    }
}

impl Resolver<'_> {
    pub fn import(&mut self, decl: &ImportDecl) {
        let alias = &decl.alias;
        if !self.plain_id(alias, "import") {
            return;
        }
        if let Some(first) = self.model.imports.get(&alias.name) {
            let d = self
                .diag(
                    Code::ImportClash,
                    alias.span,
                    format!("two imports are named `{}`", alias.name),
                )
                .label("second import of this name")
                .related(first.span, "first import of this name")
                .help("give each import its own name after `as`");
            self.push(d);
            return;
        }
        let read = self.read_import(decl);
        let readable = read.is_some();
        let model = read.unwrap_or_else(|| Arc::new(Model::empty(self.source.clone())));
        self.merge(&alias.name, &model, decl.span);
        self.model.imports.insert(
            alias.name.clone(),
            Import {
                alias: alias.name.clone(),
                path: decl.path.value.clone(),
                model,
                readable,
                span: decl.span,
            },
        );
    }

    /// Whether a name is qualified by an import whose file could not be read.
    pub fn names_unreadable_import(&self, name: &str) -> bool {
        name.split_once('.')
            .and_then(|(alias, _)| self.model.imports.get(alias))
            .is_some_and(|i| !i.readable)
    }

    /// The imported file's model, read now or earlier in this load; `None` after a diagnostic.
    fn read_import(&mut self, decl: &ImportDecl) -> Option<Arc<Model>> {
        let base = Path::new(self.source.name())
            .parent()
            .unwrap_or(Path::new(""));
        let path = tidy(&base.join(&decl.path.value));
        let shown = path.display().to_string();
        let here = decl.path.span;
        let canonical = match std::fs::canonicalize(&path) {
            Ok(p) => p,
            Err(e) => {
                let d = self
                    .diag(
                        Code::ImportMissing,
                        here,
                        format!("cannot import `{shown}`: {}", unreadable_reason(&e)),
                    )
                    .label("this file cannot be read")
                    .help(format!(
                        "the path is relative to the folder of this file (`{}`)",
                        folder(base)
                    ));
                self.push(d);
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
                    let mut chain: Vec<&str> =
                        l.reading[at..].iter().map(|(_, n)| n.as_str()).collect();
                    chain.push(&shown);
                    chain.join(" → ")
                })
        };
        if let Some(chain) = cycle {
            let d = self
                .diag(
                    Code::ImportCycle,
                    here,
                    format!("importing `{shown}` here makes a cycle: {chain}"),
                )
                .label("imports a file that is already importing this one")
                .help("move what these files share into a file that each imports, and that imports none of them");
            self.push(d);
            return None;
        }
        if let Some(model) = loader.borrow().read.get(&canonical) {
            return Some(model.clone());
        }
        let text = read_plan_text(&path).map_err(|e| unreadable_reason(&e));
        let text = match text {
            Ok(text) => text,
            Err(why) => {
                let d = self
                    .diag(
                        Code::ImportMissing,
                        here,
                        format!("cannot import `{shown}`: {why}"),
                    )
                    .label("this file cannot be read")
                    .help("import a plan file saved as UTF-8 text");
                self.push(d);
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

    /// Copies the shared declarations of an imported model under `alias.`; each points at the
    /// import line, the place in this file that brings it in.
    fn merge(&mut self, alias: &str, imported: &Model, at: Span) {
        let q = |id: &str| format!("{alias}.{id}");
        let m = &mut self.model;
        for a in imported.agencies.values() {
            let agency = Agency {
                id: q(&a.id),
                span: at,
                ..a.clone()
            };
            m.agencies.insert(agency.id.clone(), agency);
        }
        for u in imported.units.values() {
            let unit = Unit {
                id: q(&u.id),
                ..u.clone()
            };
            m.units.insert(unit.id.clone(), unit);
        }
        for d in imported.dimensions.values() {
            let dimension = Dimension {
                id: q(&d.id),
                span: at,
                ..d.clone()
            };
            m.dimensions.insert(dimension.id.clone(), dimension);
        }
        for a in imported.areas.values() {
            let area = Area {
                id: q(&a.id),
                parent: a.parent.as_ref().map(|p| Ident {
                    name: q(&p.name),
                    span: at,
                }),
                span: at,
                ..a.clone()
            };
            m.areas.insert(area.id.clone(), area);
        }
        for e in imported.elements.values() {
            let element = Element {
                id: q(&e.id),
                span: at,
                ..e.clone()
            };
            m.elements.insert(element.id.clone(), element);
        }
    }

    /// `waive national.15 because "..."`.
    pub fn waive(&mut self, decl: &WaiveDecl) {
        let waiver = crate::model::Waiver {
            parent: decl.parent.clone(),
            reason: decl.reason.value.clone(),
            source: decl.source.as_ref().map(|s| s.value.clone()),
            span: decl.span,
        };
        if let Some(first) = self.model.waivers.get(&decl.parent.name) {
            let d = self
                .diag(
                    Code::DuplicateId,
                    decl.parent.span,
                    format!("`{}` is waived twice", decl.parent.name),
                )
                .label("waived again here")
                .related(first.parent.span, "first waived here")
                .help("keep one `waive` line for each parent indicator");
            self.push(d);
            return;
        }
        self.model.waivers.insert(decl.parent.name.clone(), waiver);
    }

    /// Whether an id being declared is free of dots; reports it if not.
    pub fn plain_id(&mut self, id: &Ident, kind: &str) -> bool {
        if !crate::model::is_imported(&id.name) {
            return true;
        }
        let suggestion = id.name.replace('.', "_");
        let d = self
            .diag(
                Code::DottedId,
                id.span,
                format!("the {kind} id `{}` contains a `.`", id.name),
            )
            .label("`.` is not allowed in an id declared here")
            .help(format!(
                "a `.` joins an import's name to the names it declares (`national.9`); write `{suggestion}`"
            ));
        self.push(d);
        false
    }
}

/// A path without the `a/..` detours a relative import makes (`plans/x/../y.plan` is shown
/// as `plans/y.plan`); a `..` with nothing before it to undo stays.
fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            _ => out.push(c),
        }
    }
    out.iter().collect()
}

/// A folder as shown in a message (`.` for the current one).
fn folder(path: &Path) -> String {
    if path.as_os_str().is_empty() {
        ".".into()
    } else {
        path.display().to_string()
    }
}
