//! Resources: the funds dedicated to gender equality, as a share of the organisation's budget.
//!
//! A fund whose amount is not recorded makes the share unknown (never a partial sum that reads as
//! the whole), and so does a missing budget.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Money;
use super::{Id, Text};

/// A fund dedicated to gender equality (a grant, a budget line).
///
/// ```
/// use gender_impact::Fund;
/// let f: Fund = serde_json::from_str(r#"{"id": "osf", "title": "Feminist leadership grant",
///     "source": "Open Society Foundations", "years": 3}"#).unwrap();
/// assert!(f.amount.is_none()); // not given: unknown, not 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fund {
    /// Stable identifier, unique among the funds.
    pub id: Id,
    /// Title as it should appear in reports.
    pub title: Text,
    /// Who provides the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The part of the fund that falls in the period, in the budget's currency (absent when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// How many years the fund runs, from 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    pub years: Option<u8>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The organisation's resources for the period.
///
/// ```
/// use gender_impact::Resources;
/// let r: Resources = serde_json::from_str(r#"{"budget": 1000000, "currency": "EUR",
///     "gender_funds": [{"id": "g", "title": "Grant", "amount": 50000}]}"#).unwrap();
/// assert_eq!(r.gender_funds.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The organisation's budget for the period (absent when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// The currency of the amounts (e.g. `EUR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Text>,
    /// Funds dedicated to gender equality.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Fund, { crate::limits::MAX_FUNDS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_FUNDS))]
    pub gender_funds: Vec<Fund>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
