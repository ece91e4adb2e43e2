//! Network documents: parsed in one pass when valid, checked organisation by organisation
//! when not, so that every problem is reported with its place in the network.

use std::borrow::Cow;

use rayon::prelude::*;
use serde::Deserialize;

use crate::i18n::Message;
use crate::model::{Input, Network, Text};

use super::{Invalid, Problem};

impl Network {
    /// Checks every organisation's cross-field rules; pointers start with `/organisations/<i>`.
    /// A network without organisations is refused (`/organisations`: at least one item).
    pub fn check(&self) -> Result<(), Invalid> {
        let mut all = Vec::new();
        if self.organisations.is_empty() {
            all.push(no_organisation());
        }
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

/// The problem of a network without organisations, worded as the schema's `minItems` is.
fn no_organisation() -> Problem {
    Problem::localised(
        "/organisations",
        Message::new("input-min-items")
            .count("n", 1)
            .text("n_raw", "1"),
    )
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

/// Every problem of a network whose outer shape holds: its name's, then each organisation's,
/// checked on both cores (in document order all the same: [`Invalid::new`] orders them).
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
    if raw.organisations.is_empty() {
        problems.push(no_organisation());
    }
    let found: Vec<Vec<Problem>> = raw
        .organisations
        .par_iter()
        .enumerate()
        .map(|(i, org)| match validate_organisation(i, org.get()) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems().to_vec(),
        })
        .collect();
    problems.extend(found.into_iter().flatten());
    Invalid::new(problems)
}

/// A network document split into its organisations, each kept as its JSON text: what a
/// stream of assessments needs, one organisation in memory at a time besides the document.
#[derive(Debug, Clone)]
pub struct NetworkParts<'a> {
    /// The network's name.
    pub name: Option<Text>,
    /// Each organisation's JSON text, in document order (read it with [`validate_organisation`]).
    pub organisations: Vec<Cow<'a, str>>,
}

/// Splits a network document into its organisations and validates every one of them (schema,
/// then cross-field rules), reporting every problem of the document at once, as
/// [`validate_network`] does, with pointers under `/organisations/<i>`; no organisation is
/// kept parsed.
///
/// ```
/// let one = gender_impact::METROPOLIS_2023_JSON;
/// let doc = format!(r#"{{"organisations": [{one}, {one}]}}"#);
/// let parts = gender_impact::split_network(&doc).unwrap();
/// assert_eq!(parts.organisations.len(), 2);
/// let first = gender_impact::validate_organisation(0, &parts.organisations[0]).unwrap();
/// assert!(first.organisation.name.to_string().starts_with("Metropolis ("));
/// ```
pub fn split_network(document: &str) -> Result<NetworkParts<'_>, Invalid> {
    let document = crate::document::parse::without_bom(document);
    let raw = match document.len() <= crate::limits::MAX_DOCUMENT_BYTES {
        true => serde_json::from_str::<RawNetwork<'_>>(document).ok(),
        false => None,
    };
    let Some(raw) = raw else {
        // The outer shape does not hold: the whole document's problems, as `validate` finds them.
        return validate_network(document).map(|n| NetworkParts {
            name: n.name,
            organisations: n.organisations.iter().map(owned_text).collect(),
        });
    };
    let invalid = organisation_by_organisation(&raw);
    if !invalid.problems().is_empty() {
        return Err(invalid);
    }
    Ok(NetworkParts {
        name: raw.name.and_then(|n| serde_json::from_str(n.get()).ok()),
        organisations: raw
            .organisations
            .iter()
            .map(|o| Cow::Borrowed(o.get()))
            .collect(),
    })
}

/// An organisation parsed whole by the slow path, written back as JSON text.
fn owned_text(input: &Input) -> Cow<'static, str> {
    Cow::Owned(serde_json::to_string(input).unwrap_or_default())
}

/// Parses and validates organisation `index` of a network from its JSON text: its problems'
/// pointers start with `/organisations/<index>`.
pub fn validate_organisation(index: usize, text: &str) -> Result<Input, Invalid> {
    crate::document::validate(text)
        .map_err(|e| Invalid::new(e.problems().iter().map(|p| within(index, p)).collect()))
}
