//! The pay rules document (`frameworks/pay.json`): the thresholds, rounding and validity rules
//! of the pay figures, as data. Loaded by `document` ([`PayRules::built_in`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Text;

/// The method as data: thresholds, rounding and validity rules of the pay figures.
///
/// ```
/// let r = gender_impact::pay::PayRules::built_in();
/// assert_eq!(r.joint_assessment_threshold, 0.05);
/// assert_eq!(r.min_cell, 5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayRules {
    /// Optional reference to the JSON Schema this document follows.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of the rules (e.g. `eu-2023-970-uk-2017`).
    pub id: Text,
    /// Version of the rules; stamped into every output.
    pub version: Text,
    /// The legal texts the rules implement.
    pub sources: Vec<Text>,
    /// Article 10: a mean gap in a category at least this large (in either direction), unless justified, requires a joint pay assessment.
    pub joint_assessment_threshold: f64,
    /// Disclosure control: a cell with fewer women or fewer men than this is suppressed in published output.
    pub min_cell: u32,
    /// Decimal places of published percentages (UK guidance: whole numbers or one decimal place).
    pub decimals: u8,
    /// Days in a year, for the hourly rate derived from annual pay (7 / days_per_year × annual = weekly pay).
    pub days_per_year: f64,
    /// UK: a relevant employer has at least this many relevant employees on the snapshot date.
    pub uk_relevant_employer: u32,
}
