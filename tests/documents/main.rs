//! The bundled plans compared with the documents they encode, number by number.
//!
//! One test binary for these files, so that `cargo test` links the crate a few times rather
//! than once per file.

mod bac_ninh_model;
mod can_tho_model;
mod dong_nai_model;
mod markdown;
mod national_air_model;
mod national_model;
mod seed;
mod son_la_exports_model;
mod son_la_model;
mod support;
