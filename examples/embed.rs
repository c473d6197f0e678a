//! planlang embedded in a program: check a plan, read its data, judge every target.
//! `cargo run --example embed` runs it on the bundled Sơn La plan and its sample data
//! (docs/embedding.md shows this code; a test keeps the two the same).

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let checked = planlang::load_path("plans/son-la-children-2021-2030.plan")?;
    for measure in checked.model.measures.values() {
        println!("{} {:?}", measure.id, measure.targets.len());
    }
    for d in &checked.diagnostics {
        let lang = planlang::i18n::Lang::En; // or Lang::Vi: the words in Vietnamese
        println!("{}", planlang::render::diagnostics::short(d, lang));
    }

    let mut data = planlang::data::DataSet::default();
    let sample = Path::new("plans/data/son-la-sample.csv");
    data.load_path(&checked.model, sample, Default::default());
    let as_of = planlang::date::Date::parse("2025-06-30")?;
    let evaluation =
        planlang::eval::evaluate(&checked.model, &data, as_of).map_err(|e| format!("{e:?}"))?;
    for result in &evaluation.results {
        println!("{} {}", result.indicator, result.status.as_str());
    }
    Ok(())
}
