//! What the tests of the bundled plans share beyond reading their documents (`seed`): the
//! plan and its document read together, the agencies the document names, and the checks
//! that read alike for every plan.

use crate::seed;

use planlang::model::{Duty, Model};
use planlang::{Checked, Diagnostic};
use std::collections::BTreeSet;

/// A bundled plan and the source document it encodes.
pub struct Document {
    /// The plan file, from the crate's root.
    pub plan: &'static str,
    /// The document's file in the folder `PLANLANG_SOURCES` names.
    pub seed: &'static str,
    /// The agency each id of the plan stands for, as the document names it.
    pub agencies: &'static [(&'static str, &'static str)],
    /// The plan's header, as the document gives it.
    pub header: Header,
}

/// The plan's header, as the document gives it.
pub struct Header {
    /// "165/KH-UBND".
    pub number: &'static str,
    /// The day it was signed, "2025-11-21".
    pub signed: &'static str,
    /// That day as the document writes it: "ngày 21 tháng 11 năm 2025".
    pub signed_as: &'static str,
    pub period: (i32, i32),
    /// The document it implements.
    pub implements: &'static str,
}

impl Document {
    pub fn checked(&self) -> Checked {
        planlang::load_path(self.plan)
            .unwrap_or_else(|e| panic!("{} is not readable: {e:?}", self.plan))
    }

    /// The plan's model; the plan has no errors.
    pub fn model(&self) -> Model {
        let checked = self.checked();
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        checked.model
    }

    /// The document's text, or `None` when the documents are not at hand (see
    /// [`seed::read`]).
    pub fn text(&self) -> Option<String> {
        seed::read(self.seed)
    }

    /// The model, checked even when the documents are not at hand, and the document's text:
    /// `None` when the documents are not at hand (the comparison is then skipped).
    pub fn read(&self) -> Option<(Model, String)> {
        let m = self.model();
        Some((m, self.text()?))
    }

    /// The checker's diagnostics of the plan, each as `show` writes it.
    pub fn diagnostics(&self, show: impl Fn(&Checked, &Diagnostic) -> String) -> Vec<String> {
        let checked = self.checked();
        checked
            .diagnostics
            .iter()
            .map(|d| show(&checked, d))
            .collect()
    }

    /// The words the document names `agency` by.
    pub fn phrase(&self, agency: &str) -> &'static str {
        self.agencies
            .iter()
            .find(|(id, _)| *id == agency)
            .map(|(_, p)| *p)
            .unwrap_or_else(|| panic!("no phrase for agency `{agency}`"))
    }

    /// The agencies the numbered section of `label` addresses: those its heading names
    /// ("2.5. Sở Y tế").
    pub fn addressed(&self, seed: &str, label: &str) -> Vec<&'static str> {
        let section = numbered_section(seed, label);
        let heading = section.lines().next().unwrap_or_default();
        self.agencies
            .iter()
            .filter(|(_, p)| heading.contains(p))
            .map(|(id, _)| *id)
            .collect()
    }

    /// The section `label` addresses at least one of `owners`, the agencies of `element`.
    pub fn assert_addresses_an_owner(
        &self,
        seed: &str,
        label: &str,
        element: &str,
        owners: &BTreeSet<&str>,
    ) {
        let addressed = self.addressed(seed, label);
        assert!(
            addressed.iter().any(|a| owners.contains(a)),
            "{element}: {label} addresses {addressed:?}, the task has {owners:?}"
        );
    }

    /// The plan's agencies are exactly those listed, and the document names each.
    fn assert_every_agency_named(&self, m: &Model, seed: &str) {
        let ids: BTreeSet<&str> = m.agencies.keys().map(String::as_str).collect();
        let listed: BTreeSet<&str> = self.agencies.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, listed, "{}", self.plan);
        for (id, words) in self.agencies {
            assert!(seed.contains(words), "{}: {id}: {words}", self.plan);
        }
    }

    /// The model's header is the document's, and the document names every basis the plan
    /// gives.
    pub fn assert_header(&self, m: &Model, seed: &str) {
        let header = &self.header;
        assert_eq!(m.plan.document.as_deref(), Some(header.number));
        assert!(seed.contains(&format!("Số: {}", header.number)));
        let dates: Vec<String> = m.plan.signed.iter().map(|s| s.date.to_string()).collect();
        assert_eq!(dates, [header.signed]);
        assert!(seed.contains(header.signed_as));
        assert_eq!(m.plan.period, Some(header.period));
        assert_eq!(m.plan.implements.as_deref(), Some(header.implements));
        for basis in &m.plan.bases {
            let number = basis.split(' ').nth(2).expect("số ...");
            assert!(seed.contains(number), "{number}");
        }
    }
}

/// The section a label's numbers name, its letter left out: its heading names the agency it
/// addresses.
pub fn numbered_section(seed: &str, label: &str) -> String {
    let numbered: Vec<&str> = label
        .split('.')
        .filter(|p| !p.chars().all(|c| c.is_lowercase()))
        .collect();
    seed::section(seed, &numbered.join("."))
        .unwrap_or_else(|| panic!("the document has no section {label}"))
}

/// The agencies that lead or support a duty.
pub fn owners(duty: &Duty) -> BTreeSet<&str> {
    duty.lead
        .iter()
        .chain(duty.support.iter())
        .map(|o| o.agency.name.as_str())
        .collect()
}

/// The leaves of the document's `parts` are `count` sections, and the model cites each.
pub fn assert_every_leaf_cited(seed: &str, parts: &[&str], count: usize, cited: &BTreeSet<String>) {
    let leaves: Vec<String> = parts.iter().flat_map(|p| seed::leaves(seed, p)).collect();
    assert_eq!(leaves.len(), count, "{leaves:?}");
    let missing: Vec<&String> = leaves.iter().filter(|l| !cited.contains(*l)).collect();
    assert!(missing.is_empty(), "sections no element cites: {missing:?}");
}

/// The indicators are numbered 1 to `count`, in order; `composites` are those made of parts;
/// with the parts, the plan has `measures` measures.
pub fn assert_numbered(m: &Model, count: u32, composites: &[&str], measures: usize) {
    let numbers: Vec<String> = m.indicators.keys().cloned().collect();
    let expected: Vec<String> = (1..=count).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected);
    let found: Vec<&str> = m
        .indicators
        .values()
        .filter(|i| i.is_composite)
        .map(|i| i.number.as_str())
        .collect();
    assert_eq!(found, composites);
    assert_eq!(m.measures.len(), measures);
}

/// Every indicator cites `source(n)` (n from 1, in order) and serves `objective`.
pub fn assert_sources_and_objective(m: &Model, source: impl Fn(usize) -> String, objective: &str) {
    for (n, i) in m.indicators.values().enumerate() {
        assert_eq!(i.source.as_deref(), Some(source(n + 1).as_str()));
        assert_eq!(
            i.objective.as_ref().map(|o| o.name.as_str()),
            Some(objective)
        );
    }
}

/// For each plan that lists the agencies its document names (Cần Thơ, Đồng Nai).
#[test]
fn every_agency_is_named_by_the_document() {
    for doc in [crate::can_tho_model::DOC, crate::dong_nai_model::DOC] {
        let Some((m, seed)) = doc.read() else {
            continue;
        };
        doc.assert_every_agency_named(&m, &seed);
    }
}
