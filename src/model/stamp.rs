//! A name and a version, stamped into outputs (the tool, the framework, the pay rules).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A name and a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Stamp {
    /// Name or id.
    pub name: String,
    /// Version.
    pub version: String,
}
