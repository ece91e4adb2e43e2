//! Framework documents: the built-in frameworks, parsing against the framework schema, and the
//! rules the schema cannot express.

use crate::i18n::Message;
use crate::model::{Framework, PayRules};

use super::{Invalid, Problem};

/// The largest weight accepted: weighted sums then stay finite (found by fuzzing: weights near
/// f64::MAX overflowed the pillar score).
pub const MAX_WEIGHT: f64 = 1e6;

const METROPOLIS: &str = include_str!("../../frameworks/metropolis.json");
const GENERAL: &str = include_str!("../../frameworks/general.json");
const EU_GENDER_BALANCE: &str = include_str!("../../frameworks/eu-gender-balance.json");
const PAY_RULES: &str = include_str!("../../frameworks/pay.json");

impl PayRules {
    /// The built-in rules (`frameworks/pay.json`).
    pub fn built_in() -> PayRules {
        static R: std::sync::OnceLock<PayRules> = std::sync::OnceLock::new();
        R.get_or_init(|| serde_json::from_str(PAY_RULES).expect("the built-in pay rules are valid"))
            .clone()
    }
}

impl Framework {
    /// The built-in frameworks' ids.
    pub const BUILT_IN: [&'static str; 3] = ["general", "metropolis", "eu-gender-balance"];

    /// The framework of a document that names none: `general`.
    pub const DEFAULT: &'static str = "general";

    /// The general framework, for any organisation: statutory bodies, boards and assemblies;
    /// staff and grades; initiatives (`frameworks/general.json`).
    pub fn general() -> Framework {
        Framework::built_in_ref("general")
            .expect("general is built in")
            .clone()
    }

    /// The Metropolis framework: leadership in statutory bodies, awareness, shared policies, secretariat.
    pub fn metropolis() -> Framework {
        Framework::built_in_ref("metropolis")
            .expect("metropolis is built in")
            .clone()
    }

    /// The EU gender-balance framework: each gender between 40% and 60%; critical mass 30%.
    pub fn eu_gender_balance() -> Framework {
        Framework::built_in_ref("eu-gender-balance")
            .expect("eu-gender-balance is built in")
            .clone()
    }

    /// A built-in framework by id.
    ///
    /// ```
    /// assert!(gender_impact::Framework::built_in("eu-gender-balance").is_some());
    /// assert!(gender_impact::Framework::built_in("nope").is_none());
    /// ```
    pub fn built_in(id: &str) -> Option<Framework> {
        Framework::built_in_ref(id).cloned()
    }

    /// A built-in framework by id, parsed once and shared (no copy: an assessment asks whether
    /// its framework is a built-in one).
    pub(crate) fn built_in_ref(id: &str) -> Option<&'static Framework> {
        use std::sync::OnceLock;
        static M: OnceLock<Framework> = OnceLock::new();
        static E: OnceLock<Framework> = OnceLock::new();
        static G: OnceLock<Framework> = OnceLock::new();
        let (cell, text) = match id {
            "general" => (&G, GENERAL),
            "metropolis" => (&M, METROPOLIS),
            "eu-gender-balance" => (&E, EU_GENDER_BALANCE),
            _ => return None,
        };
        Some(cell.get_or_init(|| {
            Framework::from_json(text).expect("the built-in frameworks are valid (tested)")
        }))
    }

    /// Parses and validates a framework document (schema, then cross-field rules), reporting every problem.
    pub fn from_json(document: &str) -> Result<Framework, Invalid> {
        let f: Framework = crate::document::parse::parse_with_schema(
            document,
            crate::document::parse::framework_validator(),
            crate::document::framework_schema_value(),
        )?;
        f.check()?;
        Ok(f)
    }

    /// Checks the rules the schema cannot express: unique pillar ids, positive finite weights,
    /// bands with `min <= max` and bounds that are finite numbers.
    pub fn check(&self) -> Result<(), Invalid> {
        let mut p = Vec::new();
        if self.pillars.is_empty() {
            p.push(Problem::localised(
                "/pillars",
                Message::new("doc-no-pillars"),
            ));
        }
        if self.small_count == 0 {
            p.push(Problem::localised(
                "/small_count",
                Message::new("doc-small-count-zero"),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, pillar) in self.pillars.iter().enumerate() {
            if !seen.insert(pillar.id.as_str()) {
                p.push(Problem::localised(
                    format!("/pillars/{i}/id"),
                    Message::new("doc-pillar-id-repeated").text("id", pillar.id.as_str()),
                ));
            }
            if !(pillar.weight.is_finite() && pillar.weight > 0.0 && pillar.weight <= MAX_WEIGHT) {
                p.push(Problem::localised(
                    format!("/pillars/{i}/weight"),
                    Message::new("doc-weight-out-of-range"),
                ));
            }
            for (j, c) in pillar.criteria.iter().enumerate() {
                if !(c.weight.is_finite() && c.weight > 0.0 && c.weight <= MAX_WEIGHT) {
                    p.push(Problem::localised(
                        format!("/pillars/{i}/criteria/{j}/weight"),
                        Message::new("doc-weight-out-of-range"),
                    ));
                }
                if c.indicator.trim().is_empty() {
                    p.push(Problem::localised(
                        format!("/pillars/{i}/criteria/{j}/indicator"),
                        Message::new("doc-indicator-key-empty"),
                    ));
                }
                if c.bands.is_empty() {
                    p.push(Problem::localised(
                        format!("/pillars/{i}/criteria/{j}/bands"),
                        Message::new("doc-no-bands"),
                    ));
                }
                for (k, b) in c.bands.iter().enumerate() {
                    if let (Some(lo), Some(hi)) = (b.min, b.max)
                        && lo > hi
                    {
                        // The bounds as the document writes them (JSON numbers).
                        p.push(Problem::localised(
                            format!("/pillars/{i}/criteria/{j}/bands/{k}"),
                            Message::new("doc-band-min-above-max")
                                .text("min", lo.to_string())
                                .text("max", hi.to_string()),
                        ));
                    }
                }
            }
        }
        if p.is_empty() {
            Ok(())
        } else {
            Err(Invalid::new(p))
        }
    }
}
