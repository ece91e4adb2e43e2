//! The law where you stand: pay-reporting duties and board quotas of the EU, France, Spain and
//! the United Kingdom, as versioned data (`jurisdictions/*.json`, schema
//! `schema/jurisdiction.schema.json`), and what an organisation owes in a given year.
//!
//! Every rule names its legal source and says whether its text was read
//! ([`Source::verified`]); reports list the rules that were not checked against the text.
//!
//! ```
//! use gender_impact::law::{obligations, Country, Letter, Organisation};
//! let org = Organisation { employees: 260, listed: false, public_interest: false };
//! let o = obligations(Country::Eu, org, 2027).unwrap();
//! assert_eq!(o.pay.indicators.len(), 7); // a to g, yearly from 2027 at 250 or more
//! assert_eq!(o.pay.indicators[6], Letter::G);
//! ```

mod board;
mod bodies;
mod load;
mod obligations;
mod rules;

pub use board::{QuotaStatus, quotas_at, seats_needed};
pub use bodies::{BodyQuota, ObjectiveCheck, QuotaReview, RuleRef, StepCheck, review_bodies};
pub use load::built_in_json;
pub use obligations::{Deadline, DutyStatus, Obligations, PayObligations, obligations};
pub use rules::{
    Cadence, Country, Covers, Duty, Headcount, Jurisdiction, Letter, MonthDay, Objective, PayRule,
    QuotaBody, QuotaRule, QuotaStep, Rounding, Scope, Seats, Sector, Source, UkFigure,
};

use crate::i18n::Message;

/// What the law asks about the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Organisation {
    /// The headcount (employees, or workers) at the time the duty is assessed; at least 1.
    pub employees: u32,
    /// Shares admitted to trading on a regulated market.
    pub listed: bool,
    /// A public-interest entity as the national law defines it.
    pub public_interest: bool,
}

/// Why the rules could not be read or applied.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LawError {
    /// A jurisdiction document is not what the schema and the checks expect.
    #[error("{pointer}: {problem}")]
    Document {
        /// Where, as a JSON Pointer (empty: the whole document).
        pointer: String,
        /// What was expected there and what was found (serde's words, with the line and
        /// column, or the check's).
        problem: String,
    },
    /// The country code is not one the crate holds rules for.
    #[error("country: expected one of eu, fr, es, uk, found `{0}`")]
    UnknownCountry(String),
    /// A headcount of zero: no employer to apply the rules to.
    #[error("employees: expected a headcount of at least 1, found 0")]
    NoEmployees,
    /// The year comes before the first pay rule the crate holds for the country.
    #[error(
        "year: the pay rules held for {country} begin in {first}; for {year} the crate holds none"
    )]
    BeforeRules {
        /// The country code.
        country: &'static str,
        /// The year asked for.
        year: i16,
        /// The first year of the rules held.
        first: i16,
    },
}

impl LawError {
    /// The error as a catalogue message (`locales/*/law.ftl`), for `--lang`.
    pub fn message(&self) -> Message {
        match self {
            LawError::Document { pointer, problem } => Message::new("law-error-document")
                .text("pointer", pointer.as_str())
                .text("problem", problem.as_str()),
            LawError::UnknownCountry(found) => {
                Message::new("law-error-country").text("found", found.as_str())
            }
            LawError::NoEmployees => Message::new("law-error-no-employees"),
            LawError::BeforeRules {
                country,
                year,
                first,
            } => Message::new("law-error-before-rules")
                .text("country", *country)
                .text("year", year.to_string())
                .text("first", first.to_string()),
        }
    }
}

impl std::str::FromStr for Country {
    type Err = LawError;

    /// `eu`, `fr`, `es` or `uk` (any case).
    fn from_str(s: &str) -> Result<Country, LawError> {
        Country::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| LawError::UnknownCountry(s.to_string()))
    }
}

/// The JSON Schema of a jurisdiction document (draft 2020-12), generated from [`Jurisdiction`],
/// pretty-printed and ending with a newline (`schema/jurisdiction.schema.json`).
pub fn jurisdiction_schema_json() -> String {
    let schema = schemars::schema_for!(Jurisdiction);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
