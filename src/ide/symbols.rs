//! The outline of a plan file: what it declares, each with its kind, its name (`indicator
//! 16`, `agency yte`), its title and where it is written, arranged as the plan is: objectives
//! hold their indicators (and the objectives nested in them), indicators their parts,
//! dimensions their values, projects the projects under them and the tasks they cover; the
//! rest (agencies, units, reports, reviews, areas, imports...) at the top, in written order.
//!
//! The syntax tree gives every item and where it is; the checked model, when there is one,
//! which item belongs under which (the ids the resolver linked), so that an indicator is
//! placed under the objective its `objective` names even when that is declared later.

use super::names::Kind;
use crate::model::Model;
use crate::source::Span;
use crate::syntax::ast::{File, IndicatorField, Item};
use std::collections::HashMap;

/// What a symbol is: a name the plan declares, of one of the kinds the index of names knows
/// (an agency, an indicator, a project...), or an item that declares no name of its own.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    /// A name declared, of the kinds [`Kind`] lists.
    Declared(Kind),
    /// The `plan` header.
    Plan,
    /// `waive national.15`.
    Waiver,
    /// The `amendment` header of an amendment's file.
    Amendment,
    /// `change son_la.14 { ... }` or `change report ...`.
    Change,
    /// `transfer son_la.ldtbxh to son_la.yte`.
    Transfer,
}

/// One thing a plan file declares, with what belongs under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    /// What it is.
    pub kind: SymbolKind,
    /// How the plan writes it: its keyword and id (`indicator 16`, `part 16a`, `agency yte`,
    /// `import national`, `plan`).
    pub name: String,
    /// Its id (`16`, `16a`, `yte`; empty for a header).
    pub id: String,
    /// Its title, name or what it says (`"Tỷ lệ trẻ em..."` without quotes; an import's path).
    pub title: String,
    /// The whole item.
    pub span: Span,
    /// Where its id (or, for a header, its keyword) is written.
    pub name_span: Span,
    /// What belongs under it, in written order.
    pub children: Vec<Symbol>,
}

impl Symbol {
    fn new(
        kind: SymbolKind,
        keyword: &str,
        id: &str,
        title: &str,
        span: Span,
        name_span: Span,
    ) -> Symbol {
        let name = if id.is_empty() {
            keyword.to_string()
        } else {
            format!("{keyword} {id}")
        };
        Symbol {
            kind,
            name,
            id: id.to_string(),
            title: title.to_string(),
            span,
            name_span,
            children: Vec::new(),
        }
    }

    /// How well `query` finds it, by its name or its title, folded (see
    /// [`crate::text::fuzzy_score`]); `None` when it does not.
    pub fn score(&self, query: &str) -> Option<u32> {
        let by_name = crate::text::fuzzy_score(query, &self.name);
        let by_id = crate::text::fuzzy_score(query, &self.id);
        let by_title = crate::text::fuzzy_score(query, &self.title);
        by_name.max(by_id).max(by_title)
    }
}

/// The outline of `file`, arranged by what `model` (the same text, resolved) links; without a
/// model, objectives, projects and tasks are not nested.
pub fn outline(file: &File, model: Option<&Model>) -> Vec<Symbol> {
    let flat: Vec<Symbol> = file.items.iter().filter_map(symbol).collect();
    let links = model.map(parents).unwrap_or_default();
    nest(flat, &links)
}

/// Every symbol of an outline with the name of what it is under (`None` at the top), in
/// outline order.
pub fn flatten(outline: &[Symbol]) -> Vec<(&Symbol, Option<&str>)> {
    let mut out = Vec::new();
    fn add<'s>(
        symbols: &'s [Symbol],
        container: Option<&'s str>,
        out: &mut Vec<(&'s Symbol, Option<&'s str>)>,
    ) {
        for symbol in symbols {
            out.push((symbol, container));
            add(&symbol.children, Some(&symbol.name), out);
        }
    }
    add(outline, None, &mut out);
    out
}

/// The symbol of one item, with the parts or values it holds.
fn symbol(item: &Item) -> Option<Symbol> {
    use SymbolKind as K;
    let block =
        |kind,
         keyword: &str,
         id: &crate::syntax::ast::Ident,
         title: &crate::syntax::ast::Text,
         span| { Symbol::new(kind, keyword, &id.name, &title.value, span, id.span) };
    Some(match item {
        Item::Plan(plan) => Symbol::new(
            K::Plan,
            "plan",
            "",
            &plan.title.value,
            plan.span,
            plan.keyword,
        ),
        Item::Import(i) => Symbol::new(
            K::Declared(Kind::Import),
            "import",
            &i.alias.name,
            &i.path.value,
            i.span,
            i.alias.span,
        ),
        Item::Agency(a) => block(K::Declared(Kind::Agency), "agency", &a.id, &a.name, a.span),
        Item::Unit(u) => block(K::Declared(Kind::Unit), "unit", &u.id, &u.symbol, u.span),
        Item::Dimension(d) => {
            let mut symbol = block(
                K::Declared(Kind::Dimension),
                "dimension",
                &d.id,
                &d.title,
                d.span,
            );
            symbol.children = d
                .values
                .iter()
                .map(|(id, title)| {
                    let span = Span::new(id.span.start(), title.span.end());
                    Symbol::new(
                        K::Declared(Kind::DimensionValue),
                        "",
                        &id.name,
                        &title.value,
                        span,
                        id.span,
                    )
                    .named(&id.name)
                })
                .collect();
            symbol
        }
        Item::Objective(o) => block(
            K::Declared(Kind::Objective),
            "objective",
            &o.id,
            &o.title,
            o.span,
        ),
        Item::Indicator(i) => {
            let mut symbol = block(
                K::Declared(Kind::Indicator),
                "indicator",
                &i.id,
                &i.title,
                i.span,
            );
            symbol.children = i
                .fields
                .iter()
                .filter_map(|f| match f {
                    IndicatorField::Part(part) => {
                        let address = format!("{}{}", i.id.name, part.id.name);
                        Some(Symbol::new(
                            K::Declared(Kind::Part),
                            "part",
                            &address,
                            &part.title.value,
                            part.span,
                            part.id.span,
                        ))
                    }
                    _ => None,
                })
                .collect();
            symbol
        }
        Item::Report(r) => block(K::Declared(Kind::Report), "report", &r.id, &r.title, r.span),
        Item::Review(r) => block(K::Declared(Kind::Review), "review", &r.id, &r.title, r.span),
        Item::Area(a) => block(K::Declared(Kind::Area), "area", &a.id, &a.name, a.span),
        Item::Element(e) => block(
            K::Declared(Kind::Element),
            "element",
            &e.id,
            &e.title,
            e.span,
        ),
        Item::Waive(w) => Symbol::new(
            K::Waiver,
            "waive",
            &w.parent.name,
            &w.reason.value,
            w.span,
            w.parent.span,
        ),
        Item::Query(q) => block(K::Declared(Kind::Query), "query", &q.id, &q.text, q.span),
        Item::Amendment(a) => Symbol::new(
            K::Amendment,
            "amendment",
            "",
            &a.document.value,
            a.span,
            a.keyword,
        ),
        Item::Change(c) => Symbol::new(
            K::Change,
            "change",
            &c.measure.name,
            "",
            c.span,
            c.measure.span,
        ),
        Item::ChangeReport(c) => Symbol::new(
            K::Change,
            "change report",
            &c.report.name,
            "",
            c.span,
            c.report.span,
        ),
        Item::Transfer(t) => Symbol::new(
            K::Transfer,
            "transfer",
            &t.from.name,
            &t.to.name,
            t.span,
            t.from.span,
        ),
        Item::Project(p) => block(
            K::Declared(Kind::Project),
            "project",
            &p.id,
            &p.title,
            p.span,
        ),
        Item::Task(t) => block(K::Declared(Kind::Task), "task", &t.id, &t.title, t.span),
    })
}

impl Symbol {
    /// The same symbol named `name`.
    fn named(mut self, name: &str) -> Symbol {
        self.name = name.to_string();
        self
    }
}

/// Which item goes under which, by kind and id, from the ids the resolver linked: an
/// objective under the objective it is `in`, an indicator under its objective, a project
/// under the project it is `in`, a task under the first project that covers it.
fn parents(model: &Model) -> HashMap<(SymbolKind, String), (SymbolKind, String)> {
    use SymbolKind as K;
    let mut links = HashMap::new();
    for (id, objective) in &model.objectives {
        if let Some(parent) = objective.parent.as_ref().and_then(|p| model.get(p)) {
            links.insert(
                (K::Declared(Kind::Objective), id.clone()),
                (K::Declared(Kind::Objective), parent.id.clone()),
            );
        }
    }
    for (number, indicator) in &model.indicators {
        if let Some(objective) = indicator.objective.as_ref().and_then(|o| model.get(o)) {
            links.insert(
                (K::Declared(Kind::Indicator), number.clone()),
                (K::Declared(Kind::Objective), objective.id.clone()),
            );
        }
    }
    for (id, project) in &model.projects {
        if let Some(parent) = project.parent.as_ref().and_then(|p| model.get(p)) {
            links.insert(
                (K::Declared(Kind::Project), id.clone()),
                (K::Declared(Kind::Project), parent.id.clone()),
            );
        }
        for task in project.tasks.iter().filter_map(|t| model.at(*t)) {
            links
                .entry((K::Declared(Kind::Task), task.id.clone()))
                .or_insert((K::Declared(Kind::Project), id.clone()));
        }
    }
    links
}

/// The top-level symbols arranged under their parents: a symbol whose parent is missing stays
/// at the top, and a chain of parents that comes back to where it started is cut there (the
/// first symbol of the cycle stays at the top, the others under it), so each is shown once.
fn nest(
    flat: Vec<Symbol>,
    links: &HashMap<(SymbolKind, String), (SymbolKind, String)>,
) -> Vec<Symbol> {
    let mut at: HashMap<(SymbolKind, String), usize> = HashMap::new();
    for (index, symbol) in flat.iter().enumerate() {
        at.entry((symbol.kind, symbol.id.clone())).or_insert(index);
    }
    let parent_of = |index: usize| -> Option<usize> {
        let symbol = &flat[index];
        let parent = links.get(&(symbol.kind, symbol.id.clone()))?;
        at.get(parent).copied().filter(|&p| p != index)
    };
    let mut parent: Vec<Option<usize>> = (0..flat.len()).map(parent_of).collect();
    // A chain longer than the symbols comes back to one of them: a cycle, kept at the top.
    for index in 0..flat.len() {
        let mut step = parent[index];
        let mut count = 0;
        while let Some(up) = step {
            count += 1;
            if up == index || count > flat.len() {
                parent[index] = None;
                break;
            }
            step = parent[up];
        }
    }
    let mut under: Vec<Vec<usize>> = vec![Vec::new(); flat.len()];
    let mut roots = Vec::new();
    for (index, p) in parent.iter().enumerate() {
        match p {
            Some(p) => under[*p].push(index),
            None => roots.push(index),
        }
    }
    let mut slots: Vec<Option<Symbol>> = flat.into_iter().map(Some).collect();
    fn build(index: usize, under: &[Vec<usize>], slots: &mut [Option<Symbol>]) -> Option<Symbol> {
        let mut symbol = slots[index].take()?;
        for &child in &under[index] {
            if let Some(child) = build(child, under, slots) {
                symbol.children.push(child);
            }
        }
        Some(symbol)
    }
    roots
        .into_iter()
        .filter_map(|root| build(root, &under, &mut slots))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::MemoryFiles;
    use crate::ide::Analysis;
    use crate::source::Source;
    use std::rc::Rc;

    const PLAN: &str = r#"plan "Kế hoạch" { document "1/KH" issuer yte signed 2021-01-05 period 2021..2030 }
agency yte "Sở Y tế"
indicator 2 "Tỷ lệ trẻ em được tiêm chủng" {
    objective b  unit percent  direction increase
    part a "Dưới 1 tuổi" { target 2025 >= 95 }
    part b "Dưới 5 tuổi" { target 2025 >= 90 }
    lead yte  source "II.1"
}
objective chung "Mục tiêu chung"
objective b "Mục tiêu cụ thể" in chung
task phan_cap "Phân cấp quản lý" { lead yte }
project da1 "Dự án 1" { lead yte covers phan_cap }
objective x "Vòng 1" in y
objective y "Vòng 2" in x
"#;

    fn outline_of(text: &str) -> Vec<Symbol> {
        let analysis = Analysis::new(Source::new("p.plan", text), Rc::new(MemoryFiles::new()));
        outline(&analysis.syntax.file, Some(&analysis.checked.model))
    }

    fn names(symbols: &[Symbol]) -> Vec<&str> {
        symbols.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn objectives_hold_their_indicators_which_hold_their_parts() {
        let outline = outline_of(PLAN);
        assert_eq!(
            names(&outline),
            [
                "plan",
                "agency yte",
                "objective chung",
                "project da1",
                "objective x"
            ]
        );
        let chung = &outline[2];
        assert_eq!(chung.title, "Mục tiêu chung");
        assert_eq!(names(&chung.children), ["objective b"]);
        let b = &chung.children[0];
        assert_eq!(names(&b.children), ["indicator 2"]);
        let indicator = &b.children[0];
        assert_eq!(indicator.kind, SymbolKind::Declared(Kind::Indicator));
        assert_eq!(indicator.title, "Tỷ lệ trẻ em được tiêm chủng");
        assert_eq!(names(&indicator.children), ["part 2a", "part 2b"]);
        assert_eq!(
            &PLAN[indicator.name_span.start()..indicator.name_span.end()],
            "2"
        );
        assert!(PLAN[indicator.span.start()..indicator.span.end()].ends_with('}'));
        // A project holds the task it covers; objectives in a cycle are cut where the cycle
        // is first met, each shown once.
        assert_eq!(names(&outline[3].children), ["task phan_cap"]);
        assert_eq!(names(&outline[4].children), ["objective y"]);
        assert!(outline[4].children[0].children.is_empty());
    }

    #[test]
    fn without_a_model_the_items_stay_flat_and_flatten_names_each_container() {
        let analysis = Analysis::new(Source::new("p.plan", PLAN), Rc::new(MemoryFiles::new()));
        let flat = outline(&analysis.syntax.file, None);
        assert_eq!(flat.len(), 9);
        let nested = outline(&analysis.syntax.file, Some(&analysis.checked.model));
        let all = flatten(&nested);
        assert_eq!(all.len(), 11);
        let part = all.iter().find(|(s, _)| s.name == "part 2b").expect("part");
        assert_eq!(part.1, Some("indicator 2"));
    }

    #[test]
    fn a_symbol_is_found_by_its_id_or_its_title_without_diacritics() {
        let outline = outline_of(PLAN);
        let all = flatten(&outline);
        let found: Vec<&str> = all
            .iter()
            .filter(|(s, _)| s.score("tiem chung").is_some())
            .map(|(s, _)| s.name.as_str())
            .collect();
        assert_eq!(found, ["indicator 2"]);
        assert!(all
            .iter()
            .any(|(s, _)| s.name == "agency yte" && s.score("yte") == Some(3)));
    }
}
