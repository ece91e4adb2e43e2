//! Input documents: validation, fixtures, messages and their translations, the bad-input catalogue,
//! the schema files, network documents, locale catalogues and fuzz regressions.
//!
//! One test binary for this concern (each file of `tests/document/` is a module of it), sharing
//! the helpers of `tests/support/mod.rs`.

mod support;

#[path = "document/bad_input_catalogue.rs"]
mod bad_input_catalogue;

#[path = "document/document_messages.rs"]
mod document_messages;

#[path = "document/fixtures_validation.rs"]
mod fixtures_validation;

#[path = "document/fuzz_regressions.rs"]
mod fuzz_regressions;

#[path = "document/input_messages.rs"]
mod input_messages;

#[path = "document/locale.rs"]
mod locale;

#[path = "document/network.rs"]
mod network;

#[path = "document/schema_files.rs"]
mod schema_files;

#[path = "document/workbooks.rs"]
mod workbooks;
