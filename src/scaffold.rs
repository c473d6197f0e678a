//! Scaffolding: a new plan that implements a parent plan (`plan new`).
//!
//! [`new_plan_tree`] builds the syntax tree of a plan for an area (a province under the
//! national program, a district under its province) that imports the parent and takes up
//! every one of its indicators: the parent's objectives re-declared, each indicator and part
//! with the parent's number, title, unit, direction, formula and targets as starting values,
//! `adopts ALIAS.ID`, and `source` and a comment citing the parent's section; [`new_plan`]
//! prints it with [`crate::syntax::print`], so the new file is in the printer's layout and
//! every keyword, quoted text, number and year in it is written as the printer writes them.
//! Comments guide whoever fills the plan in; each stands before the item or field it is about
//! (the built nodes carry synthetic spans, in printing order, for the printer to place them
//! by). What only the new plan's authors know is left with markers the checker reports until
//! it is filled in:
//!
//! - the header's `document`, `issuer` and `signed` are left out, with a comment saying what
//!   to write (`plan::missing_header_field`);
//! - every indicator says `lead ? because "..."` (`plan::lead_to_fill`).
//!
//! Those are the only diagnostics the new file gets, besides any the parent's own
//! indicators already get (a numbering gap in the parent is one in the copy too).
//!
//! ```
//! let parent = planlang::load_str("national.plan", r#"
//!     plan "Chương trình hành động quốc gia vì trẻ em" {
//!         document "23/QĐ-TTg" issuer ttg signed 2021-01-07 period 2021..2030 area "Việt Nam"
//!     }
//!     agency ttg "Thủ tướng Chính phủ"
//!     objective a "Về sức khỏe trẻ em" source "I.2.a"
//!     indicator 1 "Tỷ lệ trẻ em được tiêm chủng" {
//!         objective a  unit percent  direction increase  target 2025 >= 97  lead ttg
//!         source "I.2.a, Chỉ tiêu 5"
//!     }
//! "#);
//! let text = planlang::scaffold::new_plan(&parent.model, "national.plan", "Tỉnh Sơn La");
//! assert!(text.contains(r#"import "national.plan" as viet_nam"#));
//! assert!(text.contains("adopts viet_nam.1"));
//! assert!(text.contains(r#"source "theo 23/QĐ-TTg, I.2.a, Chỉ tiêu 5""#));
//! ```

mod nodes;
mod targets;

use crate::date::DayMonth;
use crate::model::{builtin_unit, Aggregate, Counted, Indicator, Measure, Model, Operand};
use crate::syntax::ast::{
    AgencyDecl, AggregateLit, Annotation, Block, Due, Field, File, Ident, Implements, ImportDecl,
    IndicatorDecl, IndicatorField, Item, Mapping, MeasureField, MeasureFieldKind, ObjectiveDecl,
    Ownership, PartDecl, PartyField, PeriodKind, PlanBlock, PlanFieldKind, ReportFieldKind,
    ReviewFieldKind, Text, TotalOf, UnitRef,
};
use crate::syntax::print::print;
use crate::text::fold;
use nodes::Nodes;
use std::path::{Component, Path};

/// Words that open the name of an area ("Tỉnh Sơn La", "Huyện Mộc Châu"), folded, longest
/// first; they are left out of an import name and written in lower case inside a title.
const AREA_KINDS: &[&str] = &[
    "thanh pho ",
    "thi tran ",
    "thi xa ",
    "phuong ",
    "huyen ",
    "tinh ",
    "quan ",
    "xa ",
];

/// Why every indicator's lead is left to fill in (`lead ? because "..."`).
const LEAD_TO_FILL: &str = "chưa phân công cơ quan chủ trì (kế hoạch mới tạo bằng plan new)";

/// What the header leaves out, said inside it: these fields hold what only the new plan's
/// authors know, and placeholders there would pass for real values.
const HEADER_TO_FILL: &[&str] = &[
    "To fill in (plan::missing_header_field is reported until they are given):",
    "  document \"SỐ/KH-UBND\"   the number of this plan's document",
    "  issuer ID              the agency that issues it (declare it below)",
    "  signed YYYY-MM-DD      the date it is signed",
];

/// How to finish the new plan, said at the top of the file (see [`Scaffold::filled`]).
const HEADER_GUIDE: &str = "\
Written by `plan new` from {doc}, the plan this one implements (imported below as
`{alias}`): every indicator and part of it is taken up (`adopts {alias}.ID`), with its
targets as starting values. To finish this plan (`plan check` lists what is left):
  1. the header: give `document`, `issuer` and `signed` (plan::missing_header_field);
  2. declare this plan's agencies and replace each `lead ? because \"...\"` with
     `lead ID` (plan::lead_to_fill), adding `support ID` where agencies support;
  3. the targets: keep the parent's, or set this plan's and write `adapts {alias}.ID
     because \"...\"`; `waive {alias}.ID because \"...\"` for one it does not take up;
  4. `source` cites the parent's section: cite this plan's own once it has one;
  5. this plan's reports and reviews (at the end of the file).
`plan cascade PARENT THIS_FILE` (PARENT: the imported file) shows how this plan takes up
the parent's indicators.";

/// What the indicators are and how to change one, before the first.
const INDICATORS_GUIDE: &str = "\
Every indicator and part of {doc} (imported as `{alias}`), in its order, with its
targets as starting values. Each `adopts` one of the parent's: change its targets and
write `adapts {alias}.ID because \"...\"` instead, or delete it and write `waive {alias}.ID
because \"...\"` when this plan does not take it up.";

/// The text of a new plan for `area` that implements `parent`, which the new file imports as
/// `parent_path_from_output` (the path of the parent relative to the new file's folder): the
/// tree of [`new_plan_tree`], printed.
pub fn new_plan(parent: &Model, parent_path_from_output: &str, area: &str) -> String {
    print(&new_plan_tree(parent, parent_path_from_output, area))
}

/// The syntax tree of the new plan [`new_plan`] writes, comments included; it reads back from
/// its printed text as the same tree.
pub fn new_plan_tree(parent: &Model, parent_path_from_output: &str, area: &str) -> File {
    let mut new = Scaffold {
        parent,
        alias: alias_for(parent, parent_path_from_output),
        doc: document_of(parent),
        nodes: Nodes::new(),
        items: Vec::new(),
    };
    let area = area.trim();
    let title = title_for(parent, area);
    new.header_comment(&title);
    new.import(parent_path_from_output);
    new.plan_block(title, area);
    new.agencies();
    new.objectives();
    new.indicators();
    new.reports_and_reviews();
    new.nodes.into_file(new.items)
}

/// A new plan being built, item by item in the order they are printed, each comment just
/// before what it is about (see [`Nodes`] for why the order matters).
struct Scaffold<'a> {
    parent: &'a Model,
    /// The name the new plan imports its parent as.
    alias: String,
    /// How the new plan names its parent in comments and sources.
    doc: String,
    nodes: Nodes,
    items: Vec<Item>,
}

impl Scaffold<'_> {
    fn comments<S: AsRef<str>>(&mut self, lines: impl IntoIterator<Item = S>) {
        for line in lines {
            self.nodes.comment(line.as_ref());
        }
    }

    /// A section rule (as the bundled plans draw them) and what the section is for, then `//`
    /// to part it from what follows: the printer keeps no blank line between comments.
    fn section<S: AsRef<str>>(&mut self, title: &str, lines: impl IntoIterator<Item = S>) {
        self.nodes.comment(&rule(title));
        self.comments(lines);
        self.nodes.comment("");
    }

    /// `ALIAS.name`: something the parent declares, named through the import.
    fn qualified(&self, name: &str) -> String {
        format!("{}.{name}", self.alias)
    }

    /// What the file is, where it comes from and how to finish it, before its first item.
    fn header_comment(&mut self, title: &str) {
        let guide = self.filled(HEADER_GUIDE);
        self.nodes.comment(title);
        self.nodes.comment("");
        self.comments(guide.lines());
    }

    /// `template` with `{doc}` and `{alias}` standing for the parent's document and import
    /// name (the alias first: the document's own text is not searched for placeholders).
    fn filled(&self, template: &str) -> String {
        template
            .replace("{alias}", &self.alias)
            .replace("{doc}", &self.doc)
    }

    fn import(&mut self, path: &str) {
        let n = &mut self.nodes;
        let start = n.start();
        let path = n.text(path);
        let alias = n.ident(self.alias.clone());
        let span = n.since(start);
        self.items
            .push(Item::Import(ImportDecl { path, alias, span }));
    }

    /// The header: the parent's period, the new area, what it implements, and a comment on
    /// what is left out.
    fn plan_block(&mut self, title: String, area: &str) {
        let parent = self.parent;
        let n = &mut self.nodes;
        let start = n.start();
        let keyword = n.word();
        let title = n.text(title);
        for line in HEADER_TO_FILL {
            n.comment(line);
        }
        let mut fields = Vec::new();
        if let Some((from, to)) = parent.plan.period {
            fields.push(n.field(|n| PlanFieldKind::Period {
                start: n.year(from),
                end: n.year(to),
            }));
        }
        // The parent's vision, so that the targets taken up from it stand.
        if let Some((_, horizon)) = parent.plan.vision() {
            fields.push(n.field(|n| PlanFieldKind::Horizon(n.year(horizon))));
        }
        if !area.is_empty() {
            fields.push(n.field(|n| PlanFieldKind::Area(n.text(area))));
        }
        if let Some(document) = &parent.plan.document {
            fields.push(n.field(|n| {
                PlanFieldKind::Implements(Implements::Document(n.text(document.clone())))
            }));
        }
        fields.push(
            n.field(|n| PlanFieldKind::Implements(Implements::Plan(n.ident(self.alias.clone())))),
        );
        let span = n.since(start);
        self.items.push(Item::Plan(PlanBlock {
            keyword,
            title,
            fields,
            span,
        }));
    }

    /// No agencies: who leads and supports is the new plan's authors' to say; a comment
    /// shows how to declare them.
    fn agencies(&mut self) {
        let mut lines = vec![
            "This plan's agencies: the issuer, the leads and supports of its indicators, who"
                .to_string(),
            "submits and receives its reports, e.g.".to_string(),
        ];
        lines.extend(example_lines(example_agency()));
        lines.push(format!(
            "The parent's agencies can be named too, as `{}`.",
            self.qualified("ID")
        ));
        self.section("agencies", lines);
    }

    /// Every objective of the parent, with the same ids and titles, each citing the
    /// parent's section as its indicators do; those without indicators too (a general
    /// objective: `plan::empty_objective` says so of the parent as of the new plan).
    fn objectives(&mut self) {
        let parent = self.parent;
        let own: Vec<_> = parent.objectives.values().collect();
        if own.is_empty() {
            return;
        }
        let intro = format!(
            "The objectives of {}, with the same ids and titles.",
            self.doc
        );
        self.section("objectives", [intro]);
        for o in own {
            let cite = match &o.source {
                Some(s) => format!("theo {}, {s}", self.doc),
                None => format!("theo {}", self.doc),
            };
            let n = &mut self.nodes;
            let start = n.start();
            let id = n.ident(o.id.clone());
            let title = n.text(o.title.clone());
            // Nested as the parent nests them.
            let parent = o.parent.as_ref().map(|p| n.ident(p.name.clone()));
            let source = Some(n.text(cite));
            let span = n.since(start);
            self.items.push(Item::Objective(ObjectiveDecl {
                id,
                title,
                parent,
                source,
                span,
            }));
        }
    }

    fn indicators(&mut self) {
        let guide = self.filled(INDICATORS_GUIDE);
        self.section("indicators", guide.lines());
        let parent = self.parent;
        for indicator in parent.indicators.values() {
            let item = self.indicator(indicator);
            self.items.push(Item::Indicator(item));
        }
    }

    /// An indicator with its parent's fields, after a comment citing the parent's section.
    fn indicator(&mut self, i: &Indicator) -> IndicatorDecl {
        let section = i
            .source
            .clone()
            .unwrap_or_else(|| format!("Chỉ tiêu {}", i.number));
        self.nodes.comment(&format!("{}, {section}", self.doc));
        let start = self.nodes.start();
        let id = self.nodes.ident(i.number.clone());
        let title = self.nodes.text(i.title.clone());
        let mut fields = Vec::new();
        if let Some(o) = &i.objective {
            fields.push(IndicatorField::Objective(self.nodes.ident(o.name.clone())));
        }
        let parent = self.parent;
        let measures: Vec<&Measure> = parent.measures_of(i).collect();
        if i.is_composite {
            // Parts inherit the lead and source of their indicator.
            let own = self.lead_and_source(&section);
            fields.extend(own.into_iter().map(IndicatorField::Measure));
            for m in measures {
                fields.push(IndicatorField::Part(self.part(i, m)));
            }
        } else {
            let mut own = Vec::new();
            for m in &measures {
                own.extend(self.measure_fields(m));
            }
            own.extend(self.lead_and_source(&section));
            for m in &measures {
                own.push(self.adopts(m));
            }
            fields.extend(own.into_iter().map(IndicatorField::Measure));
        }
        IndicatorDecl {
            id,
            title,
            fields,
            span: self.nodes.since(start),
        }
    }

    /// A part of a composite indicator; its own `source` only where it cites another section
    /// than its indicator.
    fn part(&mut self, i: &Indicator, m: &Measure) -> PartDecl {
        let start = self.nodes.start();
        let letter = m.id.strip_prefix(i.number.as_str()).unwrap_or(&m.id);
        let id = self.nodes.ident(letter);
        let title = self.nodes.text(m.title.clone());
        let mut fields = self.measure_fields(m);
        if let Some(own) = m.source.as_ref().filter(|s| Some(*s) != i.source.as_ref()) {
            fields.push(self.source(own));
        }
        fields.push(self.adopts(m));
        PartDecl {
            id,
            title,
            fields,
            span: self.nodes.since(start),
        }
    }

    /// `lead ? because "..."` and the `source` citing the parent's `section`.
    fn lead_and_source(&mut self, section: &str) -> [MeasureField; 2] {
        let lead = self
            .nodes
            .field(|n| MeasureFieldKind::Owner(Ownership::LeadUnknown(Some(n.text(LEAD_TO_FILL)))));
        [lead, self.source(section)]
    }

    /// `source "theo DOC, SECTION"`.
    fn source(&mut self, section: &str) -> MeasureField {
        let cite = format!("theo {}, {section}", self.doc);
        self.nodes
            .field(|n| MeasureFieldKind::Annotation(Annotation::Source(n.text(cite))))
    }

    /// `adopts ALIAS.ID`.
    fn adopts(&mut self, m: &Measure) -> MeasureField {
        let parent = self.qualified(&m.id);
        self.nodes.field(|n| {
            MeasureFieldKind::Maps(Box::new(Mapping {
                parent: n.ident(parent),
                adapted_because: None,
                reference: None,
            }))
        })
    }

    /// The fields of one measure: unit, direction, flow, formula or aggregate, targets.
    fn measure_fields(&mut self, m: &Measure) -> Vec<MeasureField> {
        let mut fields: Vec<MeasureField> = self.unit(m).into_iter().collect();
        if let Some(d) = m.direction {
            fields.push(
                self.nodes
                    .field(|n| MeasureFieldKind::Direction(n.direction(d))),
            );
        }
        // A flow stays a flow in the plan that takes it up: its yearly totals are judged.
        if let Some(flow) = m.flow {
            fields.push(self.nodes.field(|n| {
                MeasureFieldKind::Flow(crate::syntax::ast::FlowLit {
                    cumulative: flow == crate::model::Flow::Cumulative,
                    span: n.word(),
                })
            }));
        }
        fields.extend(self.formula_or_aggregate(m));
        fields.extend(self.total(m));
        // A baseline that names its year only ("giảm 20% so với mức năm 2024") belongs to the
        // targets counted from it: the new plan counts from its own value of that year. A
        // baseline with a value is the parent's own figure, not the new plan's.
        if let Some(b) = m.baseline.as_ref().filter(|b| b.value.is_none()) {
            fields.push(self.nodes.field(|n| MeasureFieldKind::Baseline {
                year: n.year(b.year),
                value: None,
                reference: b.reference.as_ref().map(|r| n.text(r.clone())),
            }));
        }
        // A target the document restates in other sections is written once per section, as
        // the parent writes it.
        let written = m.targets.iter().flat_map(|t| {
            let restated = t.restated_in.iter().map(|r| crate::model::Target {
                reference: Some(r.clone()),
                restated_in: Vec::new(),
                ..t.clone()
            });
            std::iter::once(t.clone()).chain(restated)
        });
        for t in written {
            let alias = &self.alias;
            let dimension = |d: &str| format!("{alias}.{d}");
            match targets::target(&mut self.nodes, &t, &dimension) {
                Some(spec) => fields.push(
                    self.nodes
                        .field(|_| MeasureFieldKind::Target(Box::new(spec))),
                ),
                // Said where it would stand: before the next field.
                None => self
                    .nodes
                    .comment("a target of the parent that the language cannot write is left out"),
            }
        }
        fields
    }

    /// `unit ALIAS.ID` for a unit the parent declares, a built-in one by its name, with the
    /// population (`of`) where the parent's use names another than the unit's own.
    fn unit(&mut self, m: &Measure) -> Option<MeasureField> {
        let used = m.unit.as_ref()?;
        let unit = used.unit.as_ref()?;
        let declared = self.parent.units.get(&unit.id);
        let name = match declared {
            Some(_) => self.qualified(&unit.id),
            None if builtin_unit(&unit.id).is_some() => unit.id.clone(),
            // A unit the parent could not resolve is reported there; name it as written.
            None => used.written.name.clone(),
        };
        let declared_of = declared.and_then(|d| d.of.as_ref());
        let of = unit.of.as_ref().filter(|of| Some(*of) != declared_of);
        Some(self.nodes.field(|n| {
            MeasureFieldKind::Unit(UnitRef {
                name: n.ident(name),
                of: of.map(|of| n.text(of.clone())),
            })
        }))
    }

    /// `formula ALIAS.NUM / ALIAS.DEN * FACTOR` over the parent's data elements, else how
    /// values add up, if the parent says.
    fn formula_or_aggregate(&mut self, m: &Measure) -> Option<MeasureField> {
        let kind = match (&m.formula, &m.aggregate) {
            (Some(f), _) => {
                let (num, den) = (self.operand(&f.numerator), self.operand(&f.denominator));
                return Some(self.nodes.field(|n| MeasureFieldKind::Formula {
                    numerator: n.ident(num),
                    denominator: n.ident(den),
                    factor: Some(n.number(f.factor)),
                }));
            }
            (None, Aggregate::None) => return None,
            (None, Aggregate::Sum) => AggregateLit::Sum,
            (None, Aggregate::Mean) => AggregateLit::Mean,
            (None, Aggregate::Weighted(by)) => {
                AggregateLit::Weighted(self.nodes.ident(self.qualified(&by.name)))
            }
        };
        Some(self.nodes.field(|_| MeasureFieldKind::Aggregate(kind)))
    }

    /// A formula's operand in the new plan: the parent's data element through its import
    /// (`son_la.births`); an indicator or part by its own id, which the new plan takes up
    /// with the same id.
    fn operand(&self, o: &Operand) -> String {
        match o.id {
            Some(Counted::Measure(_)) => o.name.clone(),
            _ => self.qualified(&o.name),
        }
    }

    /// `total of 2a, 2b within 0.5 points`: the parent's parts are the new plan's, with
    /// the same ids.
    fn total(&mut self, m: &Measure) -> Option<MeasureField> {
        let total = m.total.as_ref()?;
        Some(self.nodes.field(|n| {
            let parts = total
                .parts
                .iter()
                .map(|p| n.ident(p.name.clone()))
                .collect();
            let within = total.tolerance.map(|t| n.tolerance(t));
            MeasureFieldKind::Total(Box::new(TotalOf { parts, within }))
        }))
    }

    /// No reports or reviews (they are the new plan's own), but a comment at the end of the
    /// file with one of each to start from.
    fn reports_and_reviews(&mut self) {
        self.nodes.comment(&rule("reports and reviews"));
        let mut lines = vec!["This plan's reports and reviews, e.g.".to_string()];
        lines.extend(example_lines(example_report()));
        lines.extend(example_lines(example_review()));
        self.comments(lines);
    }
}

/// An item shown in a comment, as the printer writes it, each line indented under the text
/// that introduces it.
fn example_lines(item: Item) -> Vec<String> {
    let text = print(&File {
        items: vec![item],
        comments: Vec::new(),
    });
    text.lines().map(|line| format!("  {line}")).collect()
}

/// `agency ubnd "Ủy ban nhân dân ..." short "UBND ..."`. Examples are built with their own
/// [`Nodes`]: they are printed on their own, so their spans mean nothing to the new plan.
fn example_agency() -> Item {
    let mut n = Nodes::new();
    Item::Agency(AgencyDecl {
        id: n.ident("ubnd"),
        name: n.text("Ủy ban nhân dân ..."),
        short: Some(n.text("UBND ...")),
        requested: None,
        span: n.word(),
    })
}

/// A yearly report due before 5 December, from and to agencies left to name.
fn example_report() -> Item {
    let mut n = Nodes::new();
    let start = n.start();
    let (id, title) = (n.ident("baocao_nam"), n.text("Báo cáo năm"));
    let due = Due::Day {
        before: true,
        day_month: Some(DayMonth { day: 5, month: 12 }),
    };
    let kinds = vec![
        ReportFieldKind::Period(PeriodKind::Year),
        ReportFieldKind::Due(due),
        ReportFieldKind::Party(PartyField::From(vec![n.ident("ID")])),
        ReportFieldKind::Party(PartyField::To(vec![n.ident("ID")])),
    ];
    Item::Report(example_block(&mut n, start, (id, title), kinds))
}

/// A review in 2025, from and to agencies left to name.
fn example_review() -> Item {
    let mut n = Nodes::new();
    let start = n.start();
    let (id, title) = (n.ident("soket_2025"), n.text("Sơ kết"));
    let kinds = vec![
        ReviewFieldKind::Year(n.year(2025)),
        ReviewFieldKind::Party(PartyField::From(vec![n.ident("ID")])),
        ReviewFieldKind::Party(PartyField::To(vec![n.ident("ID")])),
    ];
    Item::Review(example_block(&mut n, start, (id, title), kinds))
}

/// An example's block from `start`, holding fields of `kinds`: each is given a word of its
/// own, after the words of what they say (an example is printed on its own, so its spans
/// only need to increase).
fn example_block<K>(
    n: &mut Nodes,
    start: usize,
    (id, title): (Ident, Text),
    kinds: Vec<K>,
) -> Block<Field<K>> {
    let fields = kinds.into_iter().map(|kind| Field {
        kind,
        span: n.word(),
    });
    Block {
        id,
        title,
        fields: fields.collect(),
        span: n.since(start),
    }
}

/// A section rule, as the bundled plans draw them.
fn rule(title: &str) -> String {
    let bar = "=".repeat(70);
    format!("{bar} {title}")
}

/// The name the new plan imports its parent as: from the parent's area ("Tỉnh Sơn La" gives
/// `son_la`, "Việt Nam" `viet_nam`), else from its file name; lower-case ASCII letters, digits
/// and `_`, never empty, never with a dot.
pub fn alias_for(parent: &Model, parent_path: &str) -> String {
    let from_area = parent.plan.area.as_deref().map(|a| {
        let folded = fold(a.trim());
        let rest = AREA_KINDS
            .iter()
            .find_map(|kind| folded.strip_prefix(kind))
            .unwrap_or(&folded);
        id_from(rest)
    });
    let from_file = || {
        let stem = Path::new(parent_path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        id_from(&fold(&stem))
    };
    match from_area {
        Some(id) if !id.is_empty() => id,
        _ => Some(from_file())
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "parent".to_string()),
    }
}

/// ASCII letters and digits of a folded text, each other run of characters one `_`.
fn id_from(folded: &str) -> String {
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    while id.ends_with('_') {
        id.pop();
    }
    id
}

/// A title for the new plan: the parent's whole title, with its own "trên địa bàn ..." (the
/// parent's area) replaced by the new area's, or the new area's added where it has none, as
/// a plan ("Kế hoạch triển khai thực hiện ..."): "... trên địa bàn huyện Mộc Châu giai đoạn
/// 2021-2025". What follows the parent's area (the years, a scope) is kept.
pub fn title_for(parent: &Model, area: &str) -> String {
    let title = parent.plan.title.trim();
    let (head, tail) = without_area(parent, title);
    let base = head.trim_end();
    let mut out = if fold(base).starts_with("ke hoach") {
        base.to_string()
    } else if base.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch triển khai thực hiện {base}")
    };
    let area = area.trim();
    if !area.is_empty() {
        out.push_str(" trên địa bàn ");
        let folded_area = fold(area);
        if AREA_KINDS.iter().any(|k| folded_area.starts_with(k)) {
            let mut chars = area.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_lowercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(area);
        }
    }
    out.push_str(tail);
    out
}

/// Where the words after an area's name in a title may start: its years, a clause, its end.
const AFTER_AREA: &[&str] = &[" giai doan ", " den nam ", " nam ", ",", " - ", " ("];

/// The title before its "trên địa bàn <the parent's area>", and what follows that area (the
/// whole title and nothing when it names no area). The area ends with the parent's own
/// area name (its header's `area`, else its top area's), else where its years begin.
fn without_area<'t>(parent: &Model, title: &'t str) -> (&'t str, &'t str) {
    const MARK: &str = " tren dia ban ";
    let folded = fold(title);
    // Folding keeps one char for each char of the NFC text, so a char index found in the
    // folded text is a char index of the title; the byte offset is looked up by chars.
    if folded.chars().count() != title.chars().count() {
        return (title, "");
    }
    let to_title = |byte: usize| {
        let chars = folded[..byte].chars().count();
        title
            .char_indices()
            .nth(chars)
            .map_or(title.len(), |(i, _)| i)
    };
    let Some(at) = folded.find(MARK) else {
        return (title, "");
    };
    let after = at + MARK.len();
    let rest = &folded[after..];
    let own = parent.plan.area.clone().or_else(|| {
        crate::eval::evaluate::top_area(parent)
            .and_then(|i| parent.areas.get_index(i))
            .map(|(_, a)| a.name.clone())
    });
    let end = match own.map(|a| fold(a.trim())) {
        Some(name) if !name.is_empty() && rest.starts_with(&name) => after + name.len(),
        _ => AFTER_AREA
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .map_or(folded.len(), |i| after + i),
    };
    (&title[..to_title(at)], &title[to_title(end)..])
}

/// How the new plan names its parent in comments and sources: its document number, else its
/// title.
fn document_of(parent: &Model) -> String {
    match parent.plan.document.as_deref().map(str::trim) {
        Some(doc) if !doc.is_empty() => doc.to_string(),
        _ if !parent.plan.title.trim().is_empty() => parent.plan.title.trim().to_string(),
        _ => "the parent plan".to_string(),
    }
}

/// The path of `to` relative to the folder `from_dir`, with `/` between components (as an
/// import writes it on every platform): `../son-la.plan`. Both should be absolute and
/// canonical. `None` when there is no relative path (another drive) or a component is not
/// UTF-8.
pub fn relative_path(from_dir: &Path, to: &Path) -> Option<String> {
    let from: Vec<Component<'_>> = from_dir.components().collect();
    let target: Vec<Component<'_>> = to.components().collect();
    fn root<'a>(c: &[Component<'a>]) -> Vec<Component<'a>> {
        c.iter()
            .take_while(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
            .copied()
            .collect()
    }
    if root(&from) != root(&target) {
        return None;
    }
    let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = Vec::new();
    for c in &from[common..] {
        match c {
            Component::CurDir => {}
            _ => parts.push("..".to_string()),
        }
    }
    for c in &target[common..] {
        match c {
            Component::Normal(name) => parts.push(name.to_str()?.to_string()),
            Component::ParentDir => parts.push("..".to_string()),
            Component::CurDir => {}
            Component::Prefix(_) | Component::RootDir => return None,
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parent(text: &str) -> Model {
        crate::load_str("parent.plan", text).model
    }

    const SMALL_PARENT: &str = r#"plan "Chương trình \"P\"" {
        document "1/QĐ" issuer u signed 2021-01-01 period 2021..2030 area "Tỉnh Sơn La"
    }
    agency u "U"
    element deaths "Số tử vong"
    element births "Số trẻ đẻ sống"
    objective a "A" source "I.1"
    objective b "B"
    indicator 1 "X" {
        objective a  unit percent  direction increase  target 2030 >= 5 strive ref "I.1"
        lead u  source "I.1, Chỉ tiêu 1"
    }
    indicator 2 "Y" {
        objective a  lead u  source "I.2"
        part a "Ya" { unit per_mille of "trẻ đẻ sống"  direction decrease
            formula deaths / births * 1000  target reduce by 0.5 points per year until 2030 }
        part b "Yb" { unit count  direction decrease  aggregate sum  source "I.3"
            target 2025 <= -0.5 }
    }"#;

    /// The whole of a new plan: every comment before the item or field it is about, every
    /// value written by the printer.
    #[test]
    fn a_new_plan_in_the_printers_layout() {
        let text = new_plan(&parent(SMALL_PARENT), "../parent.plan", " Huyện Mộc Châu ");
        let expected = r#"// Kế hoạch triển khai thực hiện Chương trình "P" trên địa bàn huyện Mộc Châu
//
// Written by `plan new` from 1/QĐ, the plan this one implements (imported below as
// `son_la`): every indicator and part of it is taken up (`adopts son_la.ID`), with its
// targets as starting values. To finish this plan (`plan check` lists what is left):
//   1. the header: give `document`, `issuer` and `signed` (plan::missing_header_field);
//   2. declare this plan's agencies and replace each `lead ? because "..."` with
//      `lead ID` (plan::lead_to_fill), adding `support ID` where agencies support;
//   3. the targets: keep the parent's, or set this plan's and write `adapts son_la.ID
//      because "..."`; `waive son_la.ID because "..."` for one it does not take up;
//   4. `source` cites the parent's section: cite this plan's own once it has one;
//   5. this plan's reports and reviews (at the end of the file).
// `plan cascade PARENT THIS_FILE` (PARENT: the imported file) shows how this plan takes up
// the parent's indicators.
import "../parent.plan" as son_la

plan "Kế hoạch triển khai thực hiện Chương trình \"P\" trên địa bàn huyện Mộc Châu" {
    // To fill in (plan::missing_header_field is reported until they are given):
    //   document "SỐ/KH-UBND"   the number of this plan's document
    //   issuer ID              the agency that issues it (declare it below)
    //   signed YYYY-MM-DD      the date it is signed
    period 2021..2030
    area "Huyện Mộc Châu"
    implements "1/QĐ"
    implements son_la
}

// ====================================================================== agencies
// This plan's agencies: the issuer, the leads and supports of its indicators, who
// submits and receives its reports, e.g.
//   agency ubnd "Ủy ban nhân dân ..." short "UBND ..."
// The parent's agencies can be named too, as `son_la.ID`.
//
// ====================================================================== objectives
// The objectives of 1/QĐ, with the same ids and titles.
//
objective a "A" source "theo 1/QĐ, I.1"
objective b "B" source "theo 1/QĐ"

// ====================================================================== indicators
// Every indicator and part of 1/QĐ (imported as `son_la`), in its order, with its
// targets as starting values. Each `adopts` one of the parent's: change its targets and
// write `adapts son_la.ID because "..."` instead, or delete it and write `waive son_la.ID
// because "..."` when this plan does not take it up.
//
// 1/QĐ, I.1, Chỉ tiêu 1
indicator 1 "X" {
    objective a
    unit percent
    direction increase
    target 2030 >= 5 strive ref "I.1"
    lead ? because "chưa phân công cơ quan chủ trì (kế hoạch mới tạo bằng plan new)"
    source "theo 1/QĐ, I.1, Chỉ tiêu 1"
    adopts son_la.1
}

// 1/QĐ, I.2
indicator 2 "Y" {
    objective a
    lead ? because "chưa phân công cơ quan chủ trì (kế hoạch mới tạo bằng plan new)"
    source "theo 1/QĐ, I.2"
    part a "Ya" {
        unit per_mille of "trẻ đẻ sống"
        direction decrease
        formula son_la.deaths / son_la.births * 1000
        target reduce by 0.5 points per year until 2030
        adopts son_la.2a
    }
    part b "Yb" {
        unit count
        direction decrease
        aggregate sum
        target 2025 <= -0.5
        source "theo 1/QĐ, I.3"
        adopts son_la.2b
    }
}

// ====================================================================== reports and reviews
// This plan's reports and reviews, e.g.
//   report baocao_nam "Báo cáo năm" {
//       period year
//       due before 05/12
//       from ID
//       to ID
//   }
//   review soket_2025 "Sơ kết" {
//       year 2025
//       from ID
//       to ID
//   }
"#;
        assert_eq!(text, expected);
    }

    /// The tree the scaffold builds is the one its printed text reads back as: the same items,
    /// fields and comments, in the same order.
    #[test]
    fn the_built_tree_reads_back_from_its_text() {
        let tree = new_plan_tree(&parent(SMALL_PARENT), "../parent.plan", "Huyện Mộc Châu");
        let text = print(&tree);
        let parsed = crate::syntax::parse(&crate::source::Source::new("new.plan", text.as_str()));
        assert!(!parsed.has_syntax_errors, "{:?}", parsed.diagnostics);
        assert_eq!(parsed.file, tree);
    }

    /// A parent's derived measures stay derived in the new plan: its totals with their
    /// tolerance, its formulas over measures naming the new plan's own (same ids), its
    /// formulas over data elements naming the parent's through the import.
    #[test]
    fn derived_measures_are_taken_up_as_they_are_derived() {
        let parent_text = SMALL_PARENT.replace(
            "part b \"Yb\" {",
            "part c \"Yc\" { unit count  direction decrease  total of 2b, 2d within 0.5 percent }
        part d \"Yd\" { unit count  direction decrease  formula 2b / births * 100 }
        part e \"Ye\" { unit percent  direction decrease  formula 2b / 2c * 100 }
        part b \"Yb\" {",
        );
        let parent = parent(&parent_text);
        let text = new_plan(&parent, "parent.plan", "Huyện Mộc Châu");
        for line in [
            "        total of 2b, 2d within 0.5 percent",
            "        formula 2b / son_la.births * 100",
            "        formula 2b / 2c * 100",
        ] {
            assert!(text.lines().any(|l| l == line), "{line}\n{text}");
        }
        let mut files = crate::files::MemoryFiles::new();
        files.insert("parent.plan", parent_text.as_str());
        let new = crate::load_source_from(
            crate::source::Source::new("moc_chau.plan", text.as_str()),
            std::rc::Rc::new(files),
        );
        // The parent's own problems (a count below zero) come along; none of names.
        let codes: Vec<&str> = new.diagnostics.iter().map(|d| d.code().as_str()).collect();
        assert!(
            codes.iter().all(|c| !c.contains("unknown")
                && !c.contains("total")
                && *c != "plan::ambiguous_operand"
                && *c != "plan::derivation_cycle"),
            "{codes:?}"
        );
        let m = &new.model.measures["2e"];
        let f = m.formula.as_ref().unwrap();
        assert_eq!(
            (f.numerator.id, f.denominator.id),
            (
                Some(crate::model::Counted::Measure(crate::model::Id::at(
                    new.model.measures.get_index_of("2b").unwrap()
                ))),
                Some(crate::model::Counted::Measure(crate::model::Id::at(
                    new.model.measures.get_index_of("2c").unwrap()
                )))
            )
        );
    }

    #[test]
    fn aliases_come_from_the_area_without_its_kind() {
        let m = |area: &str| {
            parent(&format!(
                "plan \"P\" {{ period 2021..2030 area \"{area}\" }}"
            ))
        };
        assert_eq!(alias_for(&m("Tỉnh Sơn La"), "x.plan"), "son_la");
        assert_eq!(alias_for(&m("Việt Nam"), "x.plan"), "viet_nam");
        assert_eq!(alias_for(&m("Thành phố Đà Nẵng"), "x.plan"), "da_nang");
        assert_eq!(alias_for(&m("Huyện Mộc Châu"), "x.plan"), "moc_chau");
        assert_eq!(
            alias_for(&m("  "), "plans/son-la-children-2021-2030.plan"),
            "son_la_children_2021_2030"
        );
        assert_eq!(alias_for(&m("***"), "***.plan"), "parent");
    }

    #[test]
    fn titles_name_the_new_area() {
        let m = parent(
            "plan \"Kế hoạch triển khai thực hiện Chương trình X trên địa bàn tỉnh Sơn La\" { period 2021..2030 }",
        );
        assert_eq!(
            title_for(&m, "Huyện Mộc Châu"),
            "Kế hoạch triển khai thực hiện Chương trình X trên địa bàn huyện Mộc Châu"
        );
        let m = parent("plan \"Chương trình hành động quốc gia vì trẻ em\" { period 2021..2030 }");
        assert_eq!(
            title_for(&m, "Tỉnh Điện Biên"),
            "Kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em trên địa bàn tỉnh Điện Biên"
        );
        assert_eq!(
            title_for(&m, "Việt Nam"),
            "Kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em trên địa bàn Việt Nam"
        );
        // The whole title: what follows the parent's area is kept, the area replaced.
        let m = parent(
            "plan \"Kế hoạch phát triển giáo dục mầm non trên địa bàn tỉnh Bắc Ninh giai đoạn 2021-2025\" { period 2021..2025 }\narea bn \"Tỉnh Bắc Ninh\"",
        );
        assert_eq!(
            title_for(&m, "Huyện Yên Phong"),
            "Kế hoạch phát triển giáo dục mầm non trên địa bàn huyện Yên Phong giai đoạn 2021-2025"
        );
        let m = parent(
            "plan \"Kế hoạch thực hiện Đề án X trên địa bàn các khu công nghiệp, năm 2026\" { period 2026..2026 }",
        );
        assert_eq!(
            title_for(&m, "Huyện Y"),
            "Kế hoạch thực hiện Đề án X trên địa bàn huyện Y, năm 2026"
        );
    }

    #[test]
    fn relative_paths_between_folders() {
        let p = |s: &str| std::path::PathBuf::from(s);
        assert_eq!(
            relative_path(&p("/w/plans/districts"), &p("/w/plans/son-la.plan")).as_deref(),
            Some("../son-la.plan")
        );
        assert_eq!(
            relative_path(&p("/w/plans"), &p("/w/plans/national/c.plan")).as_deref(),
            Some("national/c.plan")
        );
        assert_eq!(
            relative_path(&p("/a/b"), &p("/c/d.plan")).as_deref(),
            Some("../../c/d.plan")
        );
        assert_eq!(relative_path(&p("/a"), &p("/a")), None);
    }
}
