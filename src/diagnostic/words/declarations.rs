//! Declarations and their fields.

use super::{measure, similar_or, Words};
use crate::diagnostic::problem::{AmendedKind, DeclKind, Declarations, HeaderField, Item, Stray};

pub(super) fn words(problem: &Declarations) -> Words {
    use Declarations::*;
    match problem {
        DuplicateHeader { first, amendment } => {
            let (message, help) = if *amendment {
                (
                    "the file has a second header",
                    "a file is one plan or one amendment: keep one header",
                )
            } else {
                (
                    "the file has a second plan header",
                    "a file describes one plan: merge the two headers",
                )
            };
            Words::new(message.to_string(), "second header", help).and(*first, "first header here")
        }
        MissingHeader => Words::new(
            "the file has no plan header".into(),
            "expected `plan \"title\" { ... }` in this file",
            "start the file with `plan \"TITLE\" { document \"NUMBER\" issuer AGENCY signed 2021-04-28 period 2021..2030 }`",
        ),
        BadPeriod { start, end } => Words::new(
            format!("the period {start}..{end} ends before it starts"),
            "end is before start",
            format!("write the first year first: `period {end}..{start}`"),
        ),
        MissingPeriod => Words::new(
            "the plan header gives no period".into(),
            "this header has no `period`",
            "add the years the plan covers, e.g. `period 2021..2030`",
        ),
        MissingHeaderFields { missing } => {
            let list: Vec<String> = missing
                .iter()
                .map(|f| format!("`{}`", header_field(*f)))
                .collect();
            Words::new(
                format!("the plan header lacks {}", list.join(", ")),
                "incomplete header",
                "give the document's number (`document \"196/QĐ-UBND\"`), its issuer (`issuer ubnd_tinh`) and its signing date (`signed 2021-04-28`)",
            )
        }
        AmendmentIncomplete { missing } => {
            let list: Vec<String> = missing.iter().map(|f| format!("`{f}`")).collect();
            Words::new(
                format!("the amendment lacks {}", list.join(" and ")),
                "incomplete amendment header",
                "name the plan it amends through its import and the date its changes hold from: `amends son_la  effective 2025-03-01`",
            )
        }
        DuplicateId { kind, id, first } => {
            let kind = decl_kind(*kind);
            Words::new(
                format!("{kind} `{id}` is declared twice"),
                "declared again here",
                format!("give this {kind} another id, or remove one of the two"),
            )
            .and(*first, "first declared here")
        }
        BuiltinUnitDeclared { unit } => Words::new(
            format!("unit `{unit}` is built in and cannot be declared again"),
            "built-in unit",
            "choose another id for this unit",
        ),
        DuplicateValue {
            value,
            dimension,
            first,
        } => Words::new(
            format!("value `{value}` of dimension `{dimension}` is declared twice"),
            "declared again here",
            "remove one of the two",
        )
        .and(*first, "first declared here"),
        DuplicateField { field, item, first } => Words::new(
            format!("`{field}` is given twice for {}", item_words(item)),
            format!("second `{field}`"),
            format!("keep one `{field}` and remove the other"),
        )
        .and(*first, "first given here"),
        DottedId { kind, id } => Words::new(
            format!("the {} id `{id}` contains a `.`", decl_kind(*kind)),
            "`.` is not allowed in an id declared here",
            format!(
                "a `.` joins an import's name to the names it declares (`national.9`); write `{}`",
                id.replace('.', "_")
            ),
        ),
        ImportClash { alias, first } => Words::new(
            format!("two imports are named `{alias}`"),
            "second import of this name",
            "give each import its own name after `as`",
        )
        .and(*first, "first import of this name"),
        ImportUnreadable {
            path,
            reason,
            folder,
        } => Words::new(
            format!("cannot import `{path}`: {reason}"),
            "this file cannot be read",
            match folder {
                Some(folder) => {
                    format!("the path is relative to the folder of this file (`{folder}`)")
                }
                None => "import a plan file saved as UTF-8 text".to_string(),
            },
        ),
        ImportCycle { path, chain } => Words::new(
            format!("importing `{path}` here makes a cycle: {}", chain.join(" → ")),
            "imports a file that is already importing this one",
            "move what these files share into a file that each imports, and that imports none of them",
        ),
        ImportTooDeep { path, chain, limit } => Words::new(
            format!(
                "importing `{path}` here nests imports deeper than {limit} files: {}",
                chain.join(" → ")
            ),
            format!("file {} of this chain", limit + 1),
            "import what the files far down the chain declare from a file nearer the top, so that fewer files stand between them",
        ),
        DuplicateWaiver { parent, first } => Words::new(
            format!("`{parent}` is waived twice"),
            "waived again here",
            "keep one `waive` line for each parent indicator",
        )
        .and(*first, "first waived here"),
        UnitRangeBackwards { unit, upper } => Words::new(
            format!("the range of unit `{unit}` starts after it ends"),
            "lower bound",
            "write the smaller bound first",
        )
        .and(*upper, "upper bound"),
        AreaCycle { path } => Words::new(
            format!("areas contain each other: {}", path.join(" in ")),
            "this `in` closes the circle",
            "an area lies in one larger area; remove the `in` that points back down",
        ),
        ObjectiveCycle { path } => Words::new(
            format!("objectives are nested in each other: {}", path.join(" in ")),
            "this `in` closes the circle",
            "a specific objective lies under one more general objective (mục tiêu chung); remove the `in` that points back down",
        ),
        CompositeWithMeasure { indicator, stray } => match stray {
            Stray::Target => Words::new(
                format!("indicator {indicator} has parts, so its baselines and targets belong to them"),
                "given on the composite indicator",
                "move this line into the `part` it measures",
            ),
            Stray::Mapping => Words::new(
                format!("indicator {indicator} has parts, so each part names the parent indicator it takes up"),
                "given on the composite indicator",
                "move this line into the `part` that takes up the parent indicator",
            ),
            Stray::Total => Words::new(
                format!("indicator {indicator} has parts, so it has no value of its own to be a total"),
                "given on the composite indicator",
                "write `total of` in the part that is the total (`part a \"Tổng số\" { total of 12b, 12c }`), or make the total an indicator without parts",
            ),
        },
        MissingUnit { measure: m } => Words::new(
            format!("{} has no unit", measure(m)),
            "no `unit` given",
            "add a unit, e.g. `unit percent`, `unit per_mille of \"trẻ đẻ sống\"` or `unit count`",
        ),
        MissingDirection { measure: m } => Words::new(
            format!("{} has no direction", measure(m)),
            "no `direction` given",
            "say which way is better: `direction increase`, `direction decrease` or `direction maintain`",
        ),
        AggregateWithFormula { measure: m } => Words::new(
            format!(
                "{} has a formula, so its areas always add up by numerators and denominators",
                measure(m)
            ),
            "not used",
            "remove `aggregate`: a formula's rate is recomputed from the summed counts, never averaged",
        ),
        UnknownCovered {
            project,
            id,
            indicators,
            similar,
        } => {
            let help = match (indicators, similar) {
                (Some(numbers), _) => format!(
                    "check the number against the document; the plan's indicators are {}",
                    numbers.join(", ")
                ),
                (None, Some(s)) => format!("did you mean `{s}`?"),
                (None, None) => {
                    "a project covers indicators (`8`), parts (`7b`) or tasks of this plan".into()
                }
            };
            Words::new(
                format!("project `{project}` covers `{id}`, which is not an indicator, part or task of this plan"),
                "nothing has this id",
                help,
            )
        }
        UnchangeableField { field } => Words::new(
            format!("an amendment cannot change `{field}`"),
            "not changeable by an amendment",
            "an amendment changes an indicator's `lead`, `support` and `target`s; a new unit or direction makes a new indicator, in a new plan",
        ),
        StrayChange => Words::new(
            "this file changes a plan but is not an amendment".into(),
            "a change outside an amendment",
            "an amendment is a file of its own: `import \"PLAN\" as p` then `amendment \"DOCUMENT\" { amends p  effective 2025-03-01 }`; to change this plan, edit it",
        ),
        AmendsUnknownImport { alias, similar } => Words::new(
            format!("the amendment amends `{alias}`, but no file is imported under that name"),
            "not an import",
            similar_or(
                similar.as_deref(),
                format!("import the plan first: `import \"PATH\" as {alias}`"),
            ),
        ),
        UnknownAmendedItem {
            alias,
            kind,
            name,
            similar,
        } => {
            let kind = amended_kind(*kind);
            Words::new(
                format!("the amended plan `{alias}` has no {kind} `{name}`"),
                format!("not a {kind} of `{alias}`"),
                match similar {
                    Some(id) => format!("did you mean `{alias}.{id}`?"),
                    None => format!(
                        "write the {kind} of the amended plan through its import: `{alias}.ID`"
                    ),
                },
            )
        }
    }
}

fn header_field(f: HeaderField) -> &'static str {
    match f {
        HeaderField::Document => "document",
        HeaderField::Issuer => "issuer",
        HeaderField::Signed => "signed",
    }
}

fn amended_kind(k: AmendedKind) -> &'static str {
    match k {
        AmendedKind::Measure => "indicator or part",
        AmendedKind::Report => "report",
        AmendedKind::Agency => "agency",
    }
}

pub(super) fn decl_kind(kind: DeclKind) -> &'static str {
    match kind {
        DeclKind::Agency => "agency",
        DeclKind::Unit => "unit",
        DeclKind::Dimension => "dimension",
        DeclKind::Area => "area",
        DeclKind::Element => "data element",
        DeclKind::Objective => "objective",
        DeclKind::Indicator => "indicator",
        DeclKind::Part => "part",
        DeclKind::Report => "report",
        DeclKind::Review => "review",
        DeclKind::Query => "query",
        DeclKind::Project => "project",
        DeclKind::Task => "task",
        DeclKind::Import => "import",
    }
}

/// What a field belongs to: "the plan", "indicator 3", "report `r1`".
pub(super) fn item_words(item: &Item) -> String {
    match item {
        Item::Plan => "the plan".into(),
        Item::Amendment => "the amendment".into(),
        Item::Measure(m) => measure(m),
        Item::ChangeTo(id) => format!("the change to {id}"),
        Item::Unit(id) => format!("unit `{id}`"),
        Item::Area(id) => format!("area `{id}`"),
        Item::Report(id) => format!("report `{id}`"),
        Item::Review(id) => format!("review `{id}`"),
        Item::Project(id) => format!("project `{id}`"),
        Item::Task(id) => format!("task `{id}`"),
    }
}
