//! Documents: parsing, the published JSON Schemas, and validation (structure first, then the
//! cross-field rules), every problem at once, each located by a JSON Pointer (or, in a payroll
//! CSV, by its line and cell: [`Location`]).

mod dataset;
mod framework;
mod messages;
mod network;
mod parse;
mod problem;
mod reported;
mod rules;
mod schema;
mod template;
mod workbook;

pub use dataset::{METROPOLIS_2023_JSON, metropolis_2023};
pub use framework::MAX_WEIGHT;
pub use network::{NetworkParts, split_network, validate_network, validate_organisation};
pub use parse::{schema_problems, validate, validate_value};
pub use problem::{Invalid, Location, Problem};
#[cfg(test)]
pub(crate) use reported::builtin_unit;
pub use schema::*;
pub use template::input_template;
pub use workbook::{input_template_workbook, records_workbook, validate_workbook};
