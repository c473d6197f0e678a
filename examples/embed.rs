//! Embedding planlang: load a plan, look at its model, print its problems.
//!
//! Run with `cargo run --example embed -- plans/son-la-children-2021-2030.plan`.

use planlang::render::diagnostics::short;

fn main() -> std::process::ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "plans/son-la-children-2021-2030.plan".to_string());
    let checked = match planlang::load_path(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let model = &checked.model;
    println!(
        "{} ({})",
        model.plan.title,
        model.plan.document.as_deref().unwrap_or("?")
    );
    // Which indicators does each agency lead?
    for agency in model.agencies.values() {
        let led: Vec<&str> = model
            .measures
            .values()
            .filter(|m| m.lead.iter().any(|o| o.agency.name == agency.id))
            .map(|m| m.id.as_str())
            .collect();
        if !led.is_empty() {
            println!("{:<14} leads {}", agency.id, led.join(", "));
        }
    }
    for d in &checked.diagnostics {
        println!("{}", short(d));
    }
    let tally = checked.tally();
    println!("{} errors, {} warnings", tally.errors, tally.warnings);
    std::process::ExitCode::from(u8::from(checked.has_errors()))
}
