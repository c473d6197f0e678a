//! Renames.
