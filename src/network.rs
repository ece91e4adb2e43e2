//! Networks: many organisations in one document, validated and assessed together.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assessment::{Assessment, Assessor};
use crate::input::{Input, Text};
use crate::validate::{Invalid, Problem};

/// Many organisations' records in one document: `{"name": ..., "organisations": [<input>, ...]}`.
///
/// ```
/// let one = gender_impact::dataset::METROPOLIS_2023_JSON;
/// let doc = format!(r#"{{"name": "Two copies", "organisations": [{one}, {one}]}}"#);
/// let net = gender_impact::network::validate_network(&doc).unwrap();
/// let all = gender_impact::network::assess_network(&gender_impact::Assessor::new(), &net).unwrap();
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
    /// One input document per organisation.
    pub organisations: Vec<Input>,
}

impl Network {
    /// Checks every organisation's cross-field rules; pointers start with `/organisations/<i>`.
    pub fn check(&self) -> Result<(), Invalid> {
        let mut all = Vec::new();
        for (i, o) in self.organisations.iter().enumerate() {
            if let Err(e) = o.check() {
                all.extend(e.problems().iter().map(|p| {
                    Problem::new(
                        format!("/organisations/{i}{}", p.pointer),
                        p.message.clone(),
                    )
                }));
            }
        }
        if all.is_empty() {
            Ok(())
        } else {
            Err(Invalid::new(all))
        }
    }
}

/// Parses and validates a network document (schema, then every organisation's rules), reporting every problem.
pub fn validate_network(document: &str) -> Result<Network, Invalid> {
    let n: Network = crate::validate::parse_with_schema(
        document,
        crate::validate::network_validator(),
        crate::schema::network_schema_value(),
    )?;
    n.check()?;
    Ok(n)
}

/// Assesses every organisation of a network with the same assessor, in document order.
pub fn assess_network(assessor: &Assessor, network: &Network) -> Result<Vec<Assessment>, Invalid> {
    network.check()?;
    network
        .organisations
        .iter()
        .map(|o| assessor.assess_checked(o))
        .collect()
}
