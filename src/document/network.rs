//! Network documents: parsed in one pass when valid, checked organisation by organisation
//! when not, so that every problem is reported with its place in the network.

use serde::Deserialize;

use crate::i18n::Message;
use crate::model::{Network, Text};

use super::{Invalid, Problem};

impl Network {
    /// Checks every organisation's cross-field rules; pointers start with `/organisations/<i>`.
    pub fn check(&self) -> Result<(), Invalid> {
        let mut all = Vec::new();
        for (i, o) in self.organisations.iter().enumerate() {
            if let Err(e) = o.check() {
                all.extend(e.problems().iter().map(|p| within(i, p)));
            }
        }
        if all.is_empty() {
            Ok(())
        } else {
            Err(Invalid::new(all))
        }
    }
}

/// A problem of organisation `i`, its pointer moved under `/organisations/<i>` (its message
/// kept in every language).
fn within(i: usize, p: &Problem) -> Problem {
    p.within(&format!("/organisations/{i}"))
}

/// Parses and validates a network document (schema, then every organisation's rules), reporting every problem.
///
/// A valid document is parsed in one pass. A document with problems is checked organisation by
/// organisation, so that one mistake in a large network costs a re-parse of that organisation
/// against the input schema, not of the whole document.
pub fn validate_network(document: &str) -> Result<Network, Invalid> {
    let document = crate::document::parse::without_bom(document);
    if document.len() <= crate::limits::MAX_DOCUMENT_BYTES {
        if let Ok(n) = serde_json::from_str::<Network>(document) {
            n.check()?;
            return Ok(n);
        }
        if let Ok(raw) = serde_json::from_str::<RawNetwork<'_>>(document) {
            return Err(organisation_by_organisation(&raw));
        }
    }
    // Not even the outer shape holds: the schema describes everything wrong.
    let n: Network = crate::document::parse::parse_with_schema(
        document,
        crate::document::parse::network_validator(),
        crate::document::network_schema_value(),
    )?;
    n.check()?;
    Ok(n)
}

/// The outer shape of a network document, organisations left unparsed.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNetwork<'a> {
    #[serde(rename = "$schema", default)]
    #[allow(dead_code)]
    schema: Option<String>,
    #[serde(default, borrow)]
    name: Option<&'a serde_json::value::RawValue>,
    #[serde(
        borrow,
        deserialize_with = "crate::limits::bounded::<_, &'a serde_json::value::RawValue, { crate::limits::MAX_ORGANISATIONS }>"
    )]
    organisations: Vec<&'a serde_json::value::RawValue>,
}

fn organisation_by_organisation(raw: &RawNetwork<'_>) -> Invalid {
    let mut problems = Vec::new();
    if let Some(name) = raw.name
        && serde_json::from_str::<Text>(name.get()).is_err()
    {
        problems.push(Problem::localised(
            "/name",
            Message::new("doc-network-name").count("max", Text::MAX_CHARS as u64),
        ));
    }
    for (i, org) in raw.organisations.iter().enumerate() {
        let found = match crate::document::validate(org.get()) {
            Ok(_) => continue,
            Err(e) => e,
        };
        problems.extend(found.problems().iter().map(|p| within(i, p)));
    }
    Invalid::new(problems)
}
