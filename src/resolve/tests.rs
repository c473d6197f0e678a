//! Resolving item by item as the text is read must say exactly what resolving a whole tree
//! says: same model, same diagnostics in the same order.

use crate::i18n::Lang;
use crate::source::Source;
use crate::syntax;

/// The two paths: the whole syntax tree resolved, and items resolved as they are read.
fn both(text: &str) -> (String, String) {
    let source = Source::new("t.plan", text);
    let parsed = syntax::parse(&source);
    let (tree_model, tree_diags) = super::resolve(&parsed.file, &source);
    let loader = super::Loader::starting_at(&source, std::rc::Rc::new(crate::files::Disk));
    let (read, streamed_model, streamed_diags) = super::parse_and_resolve(&source, &loader);
    assert_eq!(read.diagnostics.len(), parsed.diagnostics.len());
    let show = |model: &crate::Model, diags: &[crate::Diagnostic]| {
        let messages: Vec<String> = diags
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {}",
                    d.code().as_str(),
                    d.line_col(),
                    d.message(Lang::En)
                )
            })
            .collect();
        format!("{:#?}\n{}", model.measures, messages.join("\n"))
    };
    (
        show(&tree_model, &tree_diags),
        show(&streamed_model, &streamed_diags),
    )
}

const HEADER: &str =
    "plan \"P\" { document \"1\" issuer a signed 2021-01-01 period 2021..2030 }\nagency a \"A\"\n";

#[test]
fn a_unit_declared_below_its_first_use_is_found_and_gives_its_factor() {
    let text = format!(
        "{HEADER}element d \"D\"\nelement b \"B\"\n\
         indicator 1 \"x\" {{ unit per_k direction decrease formula d / b lead a target 2030 <= 5 source \"I\" }}\n\
         unit per_k \"/1000\" per 1000 range 0..\n"
    );
    let (tree, streamed) = both(&text);
    assert_eq!(tree, streamed);
    let plan = crate::load_str("t.plan", &text);
    assert!(plan.diagnostics.is_empty(), "{:?}", plan.diagnostics);
    let m = &plan.model.measures["1"];
    assert_eq!(m.unit.as_ref().unwrap().unit.as_ref().unwrap().id, "per_k");
    assert_eq!(m.formula.as_ref().unwrap().factor, 1000.0);
}

#[test]
fn an_unknown_unit_keeps_its_place_among_the_other_problems() {
    let text = format!(
        "{HEADER}indicator 1 \"x\" {{ unit nope lead a }}\n\
         indicator 2 \"y\" {{ unit percent lead a }}\n\
         unit later \"l\"\nindicator 3 \"z\" {{ unit nope2 lead zz direction increase }}\n"
    );
    let (tree, streamed) = both(&text);
    assert_eq!(tree, streamed);
    let plan = crate::load_str("t.plan", &text);
    let codes: Vec<&str> = plan.diagnostics.iter().map(|d| d.code().as_str()).collect();
    let first_unknown = codes.iter().position(|c| *c == "plan::unknown_unit");
    let first_direction = codes.iter().position(|c| *c == "plan::missing_direction");
    assert!(first_unknown < first_direction, "{codes:?}");
}

#[test]
fn headers_missing_or_repeated_are_reported_first_either_way() {
    for text in [
        "agency a \"A\"\nindicator 1 \"x\" { unit percent lead a }\n".to_string(),
        format!("agency b \"B\" short \"b\"\n{HEADER}plan \"Q\" {{ period 2030..2021 }}\n"),
    ] {
        let (tree, streamed) = both(&text);
        assert_eq!(tree, streamed);
        let plan = crate::load_str("t.plan", &text);
        let first = plan.diagnostics[0].code().as_str();
        assert!(
            matches!(first, "plan::missing_header" | "plan::duplicate_header"),
            "{first}"
        );
    }
}

#[test]
fn every_invalid_case_and_the_son_la_plan_resolve_the_same_streamed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/invalid");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/plans/son-la-children-2021-2030.plan"
        )
        .into(),
    );
    assert!(paths.len() > 60);
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let (tree, streamed) = both(&text);
        assert_eq!(tree, streamed, "{}", path.display());
    }
}
