//! Network documents: many organisations in one document.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Input, Text};

/// Many organisations' records in one document: `{"name": ..., "organisations": [<input>, ...]}`.
///
/// ```
/// let one = gender_impact::METROPOLIS_2023_JSON;
/// let doc = format!(r#"{{"name": "Two copies", "organisations": [{one}, {one}]}}"#);
/// let net = gender_impact::validate_network(&doc).unwrap();
/// let all = gender_impact::assess_network(&gender_impact::Assessor::new(), &net).unwrap();
/// assert_eq!(all.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "gender-impact network")]
pub struct Network {
    /// Optional reference to the JSON Schema this document follows (for editors); ignored otherwise.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The network's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// One input document per organisation; at least one.
    #[serde(
        deserialize_with = "crate::limits::bounded::<_, Input, { crate::limits::MAX_ORGANISATIONS }>"
    )]
    #[schemars(length(min = 1, max = crate::limits::MAX_ORGANISATIONS))]
    pub organisations: Vec<Input>,
}
