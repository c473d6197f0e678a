//! Any bytes as a csv data file for the plan of the agency-file fixtures (areas, a
//! dimension, several units): see `planlang::properties::data` (the plan is read once,
//! in `agency_plan`).
#![no_main]

mod agency_plan;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    agency_plan::data(planlang::data::FileKind::Csv, bytes);
});
