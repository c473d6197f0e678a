//! A plan as amended: the amendments in force on a date applied in order, the target in force at
//! each milestone for evaluation, the versions of an indicator, and amendments that conflict.
//!
//! An amendment is a file of its own that imports the plan it amends (`amends son_la`) and
//! writes the plan's names through that import (`son_la.14`). Amendments apply in the order
//! of their effective dates (then signing dates); one takes effect on its effective date.

use crate::date::{Date, Period};
use crate::diagnostic::{Amendments, Conflict, Diagnostic, Problem, SetTo, Setting};
use crate::model::{
    Agency, AmendedBy, Amendment, Change, Ident, Model, Owner, Ref, SharedRewrites, Target, Through,
};
use crate::model::{Deadline, Keyed};
use crate::source::Span;
use rustc_hash::FxHashMap as HashMap;

/// An amendment file's model with its amendment (files without one are left out).
fn amendment_of(model: &Model) -> Option<&Amendment> {
    model.amendment.as_deref()
}

/// The amendments in force on `date`, in the order they apply.
fn in_force<'m>(amendments: &[&'m Model], date: Date) -> Vec<&'m Model> {
    let mut list: Vec<&Model> = amendments
        .iter()
        .copied()
        .filter(|m| {
            amendment_of(m)
                .and_then(|a| a.effective)
                .is_some_and(|e| e <= date)
        })
        .collect();
    list.sort_by_key(|m| amendment_of(m).map(|a| (a.effective, a.signed)));
    list
}

/// The plan as it stands on `date`: `base` with every amendment in force then applied.
pub fn as_of(base: &Model, amendments: &[&Model], date: Date) -> Model {
    let mut model = base.clone();
    for amendment in in_force(amendments, date) {
        apply(&mut model, amendment);
    }
    model
}

/// The plan to judge data against on `as_of`: owners and schedule as amended on that date,
/// and each milestone's target as it stood at the end of its period (a target amended after
/// its milestone does not change how that milestone is judged).
pub fn for_evaluation(base: &Model, amendments: &[&Model], as_of_date: Date) -> Model {
    let mut now = as_of(base, amendments, as_of_date);
    let mut at_end: HashMap<Period, Model> = HashMap::default();
    for m in now.measures.values_mut() {
        for t in &mut m.targets {
            let Some(milestone) = t.milestone_period() else {
                continue;
            };
            let end = milestone.end().min(as_of_date);
            let then = at_end
                .entry(milestone)
                .or_insert_with(|| as_of(base, amendments, end));
            let same = then
                .measures
                .get(&m.id)
                .and_then(|old| old.targets.iter().find(|o| same_target(o, t)));
            if let Some(old) = same {
                *t = old.clone();
            }
        }
    }
    now
}

/// Applies one amendment to the model.
fn apply(model: &mut Model, file: &Model) {
    let Some(a) = amendment_of(file) else { return };
    let names = Names { file, amendment: a };
    // The transfers take effect together, before the other changes: `transfer a to b` with
    // `transfer b to a` swaps the two (one after the other, the first would be undone), and
    // a change that names an agency names it as the amended plan stands after the transfers.
    let moves: Transfers = a
        .changes
        .iter()
        .filter_map(|change| match change {
            Change::Transfer { from, to, .. } => {
                let (from, _) = names.amended(from)?;
                Some((from.to_string(), names.agency(model, to)))
            }
            _ => None,
        })
        .collect();
    if !moves.is_empty() {
        transfer(model, &moves);
    }
    for change in &a.changes {
        match change {
            Change::Measure {
                measure,
                lead,
                support,
                targets,
                ..
            } => {
                let lead: Vec<Owner> = lead.iter().map(|o| names.owner(model, o)).collect();
                let support: Vec<Owner> = support.iter().map(|o| names.owner(model, o)).collect();
                let targets: Vec<Target> = targets
                    .iter()
                    .map(|t| {
                        let mut t = t.clone();
                        if t.reference.is_none() {
                            t.reference = Some(a.document.clone());
                        }
                        // The amendment names the plan's dimension through its import
                        // (`son_la.sex`); the plan's own targets name it `sex`.
                        if let Some(split) = &mut t.split {
                            let dimension = &mut split.0;
                            if let Some(local) = names.local(dimension) {
                                dimension.written.name = local.to_string();
                            }
                            dimension.link(&model.dimensions);
                        }
                        t
                    })
                    .collect();
                let Some(m) = names.entry(model, measure) else {
                    continue;
                };
                if !lead.is_empty() {
                    m.lead = lead.into();
                    m.lead_to_fill = None;
                }
                if !support.is_empty() {
                    m.support = support.into();
                }
                for t in targets {
                    match m.targets.iter_mut().find(|o| same_target(o, &t)) {
                        Some(old) => *old = t,
                        None => m.targets.push(t),
                    }
                }
            }
            Change::Report { report, fields, .. } => {
                let from: Vec<Ref<Agency>> = fields
                    .party
                    .from
                    .iter()
                    .map(|i| names.agency(model, i))
                    .collect();
                let to: Vec<Ref<Agency>> = (fields.party.to.iter())
                    .map(|i| names.agency(model, i))
                    .collect();
                let Some(r) = names.entry(model, report) else {
                    continue;
                };
                if fields.period.is_some() {
                    r.period = fields.period;
                }
                if fields.due.is_some() {
                    r.due = fields.due;
                }
                if !from.is_empty() {
                    r.party.from = from;
                }
                if !to.is_empty() {
                    r.party.to = to;
                }
            }
            Change::Transfer { .. } => {}
        }
    }
    model.plan.amended_by.push(AmendedBy {
        document: a.document.clone(),
        effective: a.effective,
    });
}

/// One amendment's transfers: the agency whose roles pass on (as the amended plan names it),
/// and the agency they pass to.
type Transfers = HashMap<String, Ref<Agency>>;

/// Every role of each agency in `moves` passes to its recipient, all at once; an agency
/// listed twice in a role is kept once.
fn transfer(model: &mut Model, moves: &Transfers) {
    // A list the parts of a composite share stays shared: it is swapped once.
    let mut swapped = SharedRewrites::default();
    for m in model.measures.values_mut() {
        for owners in [&mut m.lead, &mut m.support] {
            swapped.rewrite(owners, |list| {
                let mut list = list.to_vec();
                swap_agency(&mut list, |o| &mut o.agency, moves);
                Some(list)
            });
        }
    }
    let parties = model.reports.values_mut().map(|r| &mut r.party);
    for party in parties.chain(model.reviews.values_mut().map(|r| &mut r.party)) {
        swap_agency(&mut party.from, |i| i, moves);
        swap_agency(&mut party.to, |i| i, moves);
    }
    // A project's or a task's lead owes it: what is owed passes on with the role.
    let projects = model.projects.values_mut().map(|p| &mut p.duty);
    for d in projects.chain(model.tasks.values_mut().map(|t| &mut t.duty)) {
        swap_agency(&mut d.lead, |o| &mut o.agency, moves);
        swap_agency(&mut d.support, |o| &mut o.agency, moves);
    }
}

/// In a list of roles, each agency in `moves` becomes its recipient; of two entries naming
/// the same agency, the first stays.
fn swap_agency<T>(
    list: &mut Vec<T>,
    agency: impl Fn(&mut T) -> &mut Ref<Agency>,
    moves: &Transfers,
) {
    let mut seen: rustc_hash::FxHashSet<String> = Default::default();
    list.retain_mut(|entry| {
        let a = agency(entry);
        if let Some(to) = moves.get(&a.name) {
            *a = to.clone();
        }
        seen.insert(a.name.clone())
    });
}

/// How an amendment's names become the plan's.
struct Names<'a> {
    file: &'a Model,
    amendment: &'a Amendment,
}

impl<'a> Names<'a> {
    /// The amended plan's entry a name of the amendment reaches (`son_la.14`), as the
    /// resolver linked it: its id and the entry in the amended file. `None` for a name that
    /// reaches nothing of the amended plan (reported when the file was read).
    fn amended<T: Keyed>(&self, name: &Through<T>) -> Option<(&'a str, &'a T)> {
        let at = name.id?;
        let amends = self.amendment.amends.as_ref()?.id?;
        (at.file == amends)
            .then(|| self.file.imported(at))
            .flatten()
    }

    /// The entry of `model` (the plan being amended) a name of the amendment reaches. The
    /// plan is the file the amendment imports, so the entry is at the position the resolver
    /// found there; its name is compared too, so that a caller who hands another plan
    /// changes nothing rather than the wrong entry.
    fn entry<'m, T: Keyed>(&self, model: &'m mut Model, name: &Through<T>) -> Option<&'m mut T> {
        let (id, _) = self.amended(name)?;
        let at = name.id?.id.index();
        match T::table_mut(model).get_index_mut(at) {
            Some((key, entry)) if key == id => Some(entry),
            _ => None,
        }
    }

    /// `son_la.yte` → `yte`; `None` for a name that is not the amended plan's (an agency
    /// the amendment declares itself).
    fn local<'n>(&self, name: &'n Ident) -> Option<&'n str> {
        let alias = self.amendment.amends.as_ref()?;
        name.name
            .strip_prefix(alias.name.as_str())?
            .strip_prefix('.')
    }

    /// An agency as the plan names it, and where it is in the plan's table; one the
    /// amendment declares joins the plan.
    fn agency(&self, model: &mut Model, name: &Ident) -> Ref<Agency> {
        let written = match self.local(name) {
            Some(local) => Ident {
                name: local.to_string(),
                span: name.span,
            },
            None => {
                if let Some(agency) = self.file.agencies.get(&name.name) {
                    model
                        .agencies
                        .entry(name.name.clone())
                        .or_insert_with(|| agency.clone());
                }
                name.clone()
            }
        };
        let mut agency = Ref::unresolved(written);
        agency.link(&model.agencies);
        agency
    }

    fn owner(&self, model: &mut Model, o: &Owner) -> Owner {
        Owner {
            agency: self.agency(model, &o.agency),
            reference: o.reference.clone(),
        }
    }
}

/// Whether two targets are the same target (one replaces the other): same kind, first year
/// and split (spans take no part in equality).
fn same_target(a: &Target, b: &Target) -> bool {
    a.kind.name() == b.kind.name()
        && a.kind.first_year() == b.kind.first_year()
        && a.split == b.split
}

/// One version of an indicator: what a document set, from when.
#[derive(Clone, Debug)]
pub struct Version {
    /// The number of the document that set it: the plan's for the first version, then the
    /// amendment's (`196/QĐ-UBND`); empty when the plan gives no number.
    pub document: String,
    /// When it took effect (the plan's signing date for the first version).
    pub from: Option<Date>,
    /// The agencies that lead the measure in this version, by id (`yte`).
    pub lead: Vec<String>,
    /// The agencies that support it in this version, by id.
    pub support: Vec<String>,
    /// All the measure's targets in this version, the ones the document left alone included.
    pub targets: Vec<Target>,
}

impl Version {
    /// Whether two versions set the same owners and targets (a target's `reference`, the
    /// document that set it, is no change).
    fn sets_same(&self, other: &Version) -> bool {
        self.lead == other.lead
            && self.support == other.support
            && self.targets.len() == other.targets.len()
            && self
                .targets
                .iter()
                .zip(&other.targets)
                .all(|(a, b)| a.asks_same(b))
    }
}

/// The versions of a measure's owners and targets: the plan's, then one for each amendment
/// that changed them, in the order they took effect. `None` if the plan has no such measure.
pub fn history(base: &Model, amendments: &[&Model], id: &str) -> Option<Vec<Version>> {
    let version = |model: &Model, document: String, from: Option<Date>| {
        model.measures.get(id).map(|m| Version {
            document,
            from,
            lead: m.lead.iter().map(|o| o.agency.name.clone()).collect(),
            support: m.support.iter().map(|o| o.agency.name.clone()).collect(),
            targets: m.targets.clone(),
        })
    };
    let first = version(
        base,
        base.plan.document.clone().unwrap_or_default(),
        base.plan.signed.first().map(|s| s.date),
    )?;
    let mut out = vec![first];
    let mut model = base.clone();
    let mut ordered: Vec<&Model> = amendments.to_vec();
    ordered.sort_by_key(|m| amendment_of(m).map(|a| (a.effective, a.signed)));
    for file in ordered {
        let Some(a) = amendment_of(file) else {
            continue;
        };
        apply(&mut model, file);
        let Some(v) = version(&model, a.document.clone(), a.effective) else {
            continue;
        };
        if out.last().is_none_or(|last| !v.sets_same(last)) {
            out.push(v);
        }
    }
    Some(out)
}

/// Amendments in force from the same date that change the same thing to different values
/// (or one amendment that says two things of it): which applies is undecidable, so each such
/// pair is an error at the later change.
pub fn conflicts(amendments: &[&Model]) -> Vec<Diagnostic> {
    let mut seen: HashMap<(Option<Date>, Setting), (&str, SetTo, Span)> = HashMap::default();
    let mut out = Vec::new();
    for file in amendments {
        let Some(a) = amendment_of(file) else {
            continue;
        };
        for change in &a.changes {
            for (setting, now) in settings(change) {
                let slot = (a.effective, setting);
                match seen.get(&slot) {
                    Some((earlier, was, was_at)) if *was != now => {
                        let same_file = *earlier == a.document;
                        // Two changes of one document: told in the order of what they set,
                        // at the one that sets the later, whichever is written first.
                        let ((was, _), (now, at)) = if same_file {
                            let mut pair = [(was.clone(), *was_at), (now, change.span())];
                            pair.sort_by_cached_key(|(v, _)| order_of(v));
                            let [a, b] = pair;
                            (a, b)
                        } else {
                            ((was.clone(), *was_at), (now, change.span()))
                        };
                        let conflict = Conflict {
                            document: a.document.clone(),
                            earlier: (!same_file).then(|| earlier.to_string()),
                            setting: slot.1,
                            was,
                            now,
                        };
                        let problem = Problem::from(Amendments::Conflict(Box::new(conflict)));
                        out.push(Diagnostic::of(problem, &file.source, at));
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(slot, (a.document.as_str(), now, change.span()));
                    }
                }
            }
        }
    }
    out
}

/// A key that orders what changes set, the same whatever order they are written in: the
/// agencies, the target as a plan writes it, the period or the deadline.
fn order_of(v: &SetTo) -> String {
    match v {
        SetTo::Agencies(ids) => ids.join(" "),
        SetTo::Agency(id) => id.clone(),
        SetTo::Target(t) => crate::target_text::write(t, crate::target_text::Form::Plan),
        SetTo::Period(kind) => kind.as_str().to_string(),
        SetTo::Due { day, before } => format!("{day} {before}"),
    }
}

/// What a change sets, and to what.
fn settings(change: &Change) -> Vec<(Setting, SetTo)> {
    let names = |ids: &mut dyn Iterator<Item = &Ident>| {
        let mut v: Vec<String> = ids.map(|i| i.name.clone()).collect();
        v.sort_unstable();
        SetTo::Agencies(v)
    };
    match change {
        Change::Measure {
            measure,
            lead,
            support,
            targets,
            ..
        } => {
            let measure = &measure.name;
            let mut out = Vec::new();
            if !lead.is_empty() {
                let setting = Setting::Lead {
                    measure: measure.clone(),
                };
                out.push((setting, names(&mut lead.iter().map(|o| &*o.agency))));
            }
            if !support.is_empty() {
                let setting = Setting::Support {
                    measure: measure.clone(),
                };
                out.push((setting, names(&mut support.iter().map(|o| &*o.agency))));
            }
            for t in targets {
                let setting = Setting::Target {
                    measure: measure.clone(),
                    year: t.kind.first_year(),
                    kind: t.kind.name(),
                };
                let mut t = t.clone();
                t.reference = None;
                out.push((setting, SetTo::Target(Box::new(t))));
            }
            out
        }
        Change::Report { report, fields, .. } => {
            let report = &report.name;
            let mut out = Vec::new();
            if let Some(p) = fields.period {
                let setting = Setting::Period {
                    report: report.clone(),
                };
                out.push((setting, SetTo::Period(p)));
            }
            if let Some(day) = fields.due_day() {
                let setting = Setting::Due {
                    report: report.clone(),
                };
                let before = fields.due_before();
                out.push((setting, SetTo::Due { day, before }));
            }
            if !fields.party.from.is_empty() {
                let setting = Setting::Submitters {
                    report: report.clone(),
                };
                out.push((setting, names(&mut fields.party.from.iter().map(|r| &**r))));
            }
            if !fields.party.to.is_empty() {
                let setting = Setting::Recipient {
                    report: report.clone(),
                };
                out.push((setting, names(&mut fields.party.to.iter().map(|r| &**r))));
            }
            out
        }
        Change::Transfer { from, to, .. } => {
            let setting = Setting::Roles {
                agency: from.name.clone(),
            };
            vec![(setting, SetTo::Agency(to.name.clone()))]
        }
    }
}
