//! Projects and tasks: who the document puts in charge of what, outside the indicators' own
//! `lead` lines. A project's owners reach the indicators it `covers`: its lead when they name
//! none of their own, and its supports.

use super::{AnnotationSlots, Once, OwnerSlots, Resolver};
use crate::diagnostic::{Declarations, Diagnostic, Item, NameHint, NameKind, UnknownName};
use crate::model::{
    Covered, CoveredId, Duty, Id, LeadToFill, Measure, Owner, Project, Ref, SharedRewrites, Task,
};
use crate::syntax::ast::{self, DutyField, DutyFieldKind, ProjectDecl, TaskDecl};
use crate::text::closest;
use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

/// The fields of a project or task, folded.
#[derive(Default)]
struct Folded {
    duty: Duty,
    parent: Option<ast::Ident>,
    covers: Vec<Covered>,
}

impl Resolver<'_> {
    pub(super) fn project(&mut self, decl: &ProjectDecl) {
        let owner = &Item::Project(decl.id.name.clone());
        let folded = self.fold_duty(&decl.fields, owner);
        let project = Project {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            parent: folded.parent.map(Ref::unresolved),
            duty: folded.duty,
            covers: folded.covers,
            measures: Vec::new(),
            tasks: Vec::new(),
            span: decl.span,
            id_span: decl.id.span,
        };
        self.declared(&decl.id, project);
    }

    pub(super) fn task(&mut self, decl: &TaskDecl) {
        let owner = &Item::Task(decl.id.name.clone());
        let folded = self.fold_duty(&decl.fields, owner);
        // The grammar gives tasks neither `in` nor `covers`.
        let task = Task {
            id: decl.id.name.clone(),
            title: decl.title.value.clone(),
            duty: folded.duty,
            span: decl.span,
            id_span: decl.id.span,
        };
        self.declared(&decl.id, task);
    }

    fn fold_duty(&mut self, fields: &[DutyField], owner: &Item) -> Folded {
        let mut out = Folded::default();
        let (mut due, mut source, mut parent, mut unknown) = (
            Once::default(),
            Once::default(),
            Once::default(),
            Once::default(),
        );
        for field in fields {
            let span = field.span;
            match &field.kind {
                DutyFieldKind::Owner(o) => {
                    let slots = OwnerSlots {
                        lead: &mut out.duty.lead,
                        support: &mut out.duty.support,
                        unknown: &mut unknown,
                    };
                    self.ownership(o, slots, span, owner)
                }
                DutyFieldKind::Covers(c) => {
                    let reference = c.reference.as_ref().map(|r| r.value.clone());
                    out.covers.extend(c.ids.iter().map(|id| Covered {
                        id: id.clone(),
                        reference: reference.clone(),
                        names: None,
                    }))
                }
                DutyFieldKind::Parent(id) => self.once(&mut parent, id.clone(), span, "in", owner),
                DutyFieldKind::Due(d) => self.once(&mut due, *d, span, "due", owner),
                DutyFieldKind::Annotation(a) => {
                    let slots = AnnotationSlots {
                        source: &mut source,
                        notes: &mut out.duty.notes,
                    };
                    self.annotation(a, slots, span, owner)
                }
            }
        }
        if let (Some(reason), Some(span)) = (unknown.get(), unknown.span()) {
            out.duty.lead_to_fill = Some(Arc::new(LeadToFill {
                reason: reason.clone(),
                span,
            }));
        }
        let due = due.into_inner();
        out.duty.due = due.map(|d| d.due);
        out.duty.every = due.and_then(|d| d.every);
        out.duty.source = source.into_inner();
        out.parent = parent.into_inner();
        out
    }

    /// Looks up each project's `in` and `covers`, and hands its owners to the measures it
    /// covers: its leads to those that name no lead (nor `lead ?`) of their own, its supports
    /// to all. Runs once the whole file is read (a project may come before its indicators).
    pub(super) fn covers(&mut self) {
        let model = &self.model;
        let mut found = Vec::new();
        let mut resolved: Vec<Resolved> = Vec::new();
        for p in model.projects.values() {
            let parent = p.parent.as_ref().map(|parent| {
                let id = model.projects.get_index_of(&parent.name).map(Id::at);
                if id.is_none() {
                    let known = model.projects.keys().map(String::as_str);
                    let hint = match closest(&parent.name, known) {
                        Some(close) => NameHint::Similar(close.to_string()),
                        None => NameHint::Declare,
                    };
                    let problem = UnknownName {
                        kind: NameKind::Project,
                        name: parent.name.clone(),
                        within: None,
                        hint,
                    };
                    found.push(Diagnostic::of(problem.into(), self.source, parent.span));
                }
                id
            });
            let (mut measures, mut tasks, mut names) = (Vec::new(), Vec::new(), Vec::new());
            // A part or an indicator without parts, else a composite, else a task.
            let named = |id: &str| {
                let measure = model.measures.get_index_of(id).map(Id::at);
                (measure.map(CoveredId::Measure))
                    .or_else(|| {
                        model
                            .indicators
                            .get_index_of(id)
                            .map(|i| CoveredId::Indicator(Id::at(i)))
                    })
                    .or_else(|| {
                        model
                            .tasks
                            .get_index_of(id)
                            .map(|t| CoveredId::Task(Id::at(t)))
                    })
            };
            for c in &p.covers {
                let id = c.id.name.as_str();
                let found_id = named(id);
                names.push(found_id);
                match found_id {
                    Some(CoveredId::Measure(m)) => measures.push(m),
                    Some(CoveredId::Indicator(i)) => {
                        measures.extend(model.at(i).into_iter().flat_map(|i| &i.measures))
                    }
                    Some(CoveredId::Task(t)) => tasks.push(t),
                    None if self.names_unreadable_import(id) => {}
                    None => {
                        let known = model
                            .measures
                            .keys()
                            .chain(model.indicators.keys())
                            .chain(model.tasks.keys())
                            .map(String::as_str);
                        // A number one off another is a different indicator, not a typo.
                        let numbered = id.starts_with(|c: char| c.is_ascii_digit());
                        let problem = Declarations::UnknownCovered {
                            project: p.id.clone(),
                            id: id.to_string(),
                            indicators: numbered
                                .then(|| model.indicators.keys().cloned().collect()),
                            similar: if numbered {
                                None
                            } else {
                                closest(id, known).map(str::to_string)
                            },
                        };
                        found.push(Diagnostic::of(problem.into(), self.source, c.id.span));
                    }
                }
            }
            resolved.push(Resolved {
                parent,
                measures,
                tasks,
                names,
            });
        }
        for d in found {
            self.push(d);
        }

        // Measures that name their lead (or say `lead ?`) keep it.
        let own_lead: Vec<bool> = (self.model.measures.values())
            .map(|m| !m.lead.is_empty() || m.lead_to_fill.is_some())
            .collect();
        let model = &mut self.model;
        for (index, found) in resolved.into_iter().enumerate() {
            let Some((_, project)) = model.projects.get_index_mut(index) else {
                continue;
            };
            if let Some(parent) = &mut project.parent {
                parent.id = found.parent.flatten();
            }
            project.measures = found.measures;
            project.tasks = found.tasks;
            for (covered, names) in project.covers.iter_mut().zip(found.names) {
                covered.names = names;
            }
            let project = &model.projects[index];
            // The parts of a composite that share a list go on sharing what it becomes; one
            // record for leads, one for supports, as each grows by other owners (and an
            // empty list is one list, whichever role it fills).
            let (mut leads, mut supports) = <(SharedRewrites, SharedRewrites)>::default();
            for id in &project.measures {
                let Some((_, m)) = model.measures.get_index_mut(id.index()) else {
                    continue;
                };
                if !own_lead[id.index()] {
                    leads.rewrite(&mut m.lead, |list| grown(list, &project.duty.lead));
                }
                supports.rewrite(&mut m.support, |list| grown(list, &project.duty.support));
            }
        }
        // A measure no covering project names a lead for takes the first `lead ?` among them
        // (the checker then says the lead is still to fill, rather than missing).
        for project in model.projects.values() {
            let Some(fill) = &project.duty.lead_to_fill else {
                continue;
            };
            for id in &project.measures {
                if let Some((_, m)) = model.measures.get_index_mut(id.index()) {
                    if m.lead.is_empty() && m.lead_to_fill.is_none() {
                        m.lead_to_fill = Some(fill.clone());
                    }
                }
            }
        }
    }
}

/// What a project's `in` and `covers` name: the project it is part of (`None` without `in`;
/// `Some(None)` when it names no project), the measures and the tasks.
struct Resolved {
    parent: Option<Option<Id<Project>>>,
    measures: Vec<Id<Measure>>,
    tasks: Vec<Id<Task>>,
    /// What each of its `covers` names, in their order.
    names: Vec<Option<CoveredId>>,
}

/// Appends to `list` the owners of `more` it does not list yet: a new list, or none when
/// there is nothing to add.
fn grown(list: &[Owner], more: &[Owner]) -> Option<Vec<Owner>> {
    let mut listed: HashSet<&str> = list.iter().map(|l| l.agency.name.as_str()).collect();
    let added: Vec<&Owner> = more
        .iter()
        .filter(|o| listed.insert(o.agency.name.as_str()))
        .collect();
    (!added.is_empty()).then(|| list.iter().chain(added).cloned().collect())
}
