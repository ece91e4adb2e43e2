//! The records of other periods, dated targets and versions of indicator definitions: what a
//! document says about progress over the years (the assessment computes on them in
//! `assessment::progress`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Body, Date, Id, Input, Period, Staff, Text};

/// The version of an indicator's definition in a period (e.g. after a change of method).
///
/// ```
/// let d: gender_impact::Definition = serde_json::from_str(
///     r#"{"indicator": "staff.women_share", "version": "head count v2"}"#).unwrap();
/// assert_eq!(d.version.as_str(), "head count v2");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// The indicator key (the id without its subject, e.g. `body.women_share`) or a full id.
    pub indicator: String,
    /// The version or a short name of the definition used in the period.
    pub version: Text,
}

/// The records of another period of the same organisation (earlier or later than the main one).
///
/// ```
/// use gender_impact::PeriodRecords;
/// let p: PeriodRecords = serde_json::from_str(r#"{"period": {"year": 2022},
///     "bodies": [{"id": "board", "name": "Board", "kind": "board", "counts": {"women": 4, "men": 27}}]}"#).unwrap();
/// assert_eq!(p.bodies.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodRecords {
    /// The period these records cover; periods may not overlap.
    pub period: Period,
    /// Where these records come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The bodies in that period.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Body, { crate::limits::MAX_BODIES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_BODIES))]
    pub bodies: Vec<Body>,
    /// The staff in that period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<Staff>,
    /// The initiatives of that period.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Initiative, { crate::limits::MAX_INITIATIVES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_INITIATIVES))]
    pub initiatives: Vec<crate::model::Initiative>,
    /// The policy catalogue in that period.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, crate::model::Policy, { crate::limits::MAX_POLICIES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_POLICIES))]
    pub policies: Vec<crate::model::Policy>,
    /// Versions of indicator definitions used in that period.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Definition, { crate::limits::MAX_DEFINITIONS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_DEFINITIONS))]
    pub definitions: Vec<Definition>,
    /// Notes on the source or its gaps (for example: no records yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl PeriodRecords {
    /// These records as an input of their own (same organisation, no other periods or targets).
    pub fn to_input(&self, main: &Input) -> Input {
        Input {
            schema: None,
            organisation: main.organisation.clone(),
            period: self.period,
            source: self.source.clone(),
            framework: main.framework.clone(),
            bodies: self.bodies.clone(),
            staff: self.staff.clone(),
            reported: Vec::new(),
            initiatives: self.initiatives.clone(),
            policies: self.policies.clone(),
            projects: Vec::new(),
            resources: None,
            periods: Vec::new(),
            targets: Vec::new(),
            definitions: self.definitions.clone(),
            pay: None,
        }
    }
}

/// A dated target for one indicator, such as "40% women on the board by 2026".
///
/// ```
/// use gender_impact::Target;
/// let t: Target = serde_json::from_str(r#"{"id": "board-40", "indicator": "body.board.women_share",
///     "value": 0.4, "by": "2026-12-31"}"#).unwrap();
/// assert_eq!(t.value, Some(0.4));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Stable identifier, unique among the targets.
    pub id: Id,
    /// The indicator id the target is about (e.g. `body.board.women_share`).
    pub indicator: String,
    /// The level to reach, in the indicator's unit (a share from 0 to 1, a count); absent when the source states a direction but no figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The date by which the level is to be reached.
    pub by: Date,
    /// Where the target is stated (a plan, a decision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Notes on the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
