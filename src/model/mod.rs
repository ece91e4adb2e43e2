//! The document model: every type of the documents the crate reads (input, framework, network),
//! with serde and schemars derives, and validated scalars that carry their range in their type.
//! Nothing here computes; everything above reads these types.

mod error;
mod framework;
mod initiatives;
mod input;
mod jurisdiction;
mod keys;
mod network;
mod pay;
mod pay_rules;
mod policies;
mod progress;
mod projects;
mod resources;
mod scalar;
mod stamp;

pub use error::ValueError;
pub use framework::*;
pub use initiatives::*;
pub use input::*;
pub use jurisdiction::{Country, QuotaBody, Seats};
pub use keys::*;
pub use network::*;
pub use pay::*;
pub use pay_rules::PayRules;
pub use policies::*;
pub use progress::*;
pub use projects::*;
pub use resources::*;
pub use scalar::{Date, Fte, Hours, Id, Money, Text, Year};
pub use stamp::*;
