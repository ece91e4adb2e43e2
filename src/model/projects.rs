//! Projects and programmes: their DAC gender marker, budget and gender outcome indicators
//! (baseline, target, observed value), and the indicators over them.
//!
//! An outcome is **met** when the observed value has reached the target; **on track** when the
//! progress from the baseline is at least the share of the time elapsed from the baseline's date
//! to the target's date (a straight line from baseline to target: a choice of this library);
//! **off track** otherwise; **not assessable** when a value or a date needed is missing, or a
//! value is only a bound ("under 2%") that does not settle it. A missing value is never taken as
//! 0.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::GenderMarker;
use super::Money;
use super::{Date, Id, Relation, Text};

/// A value of an outcome indicator: a number, how it relates to the truth (`equals`, or a
/// bound: `below` for "under 2%", `above` for "over 600"), and its date when known.
///
/// ```
/// use gender_impact::Relation;
/// let v: gender_impact::OutcomeValue =
///     serde_json::from_str(r#"{"value": 2, "relation": "below"}"#).unwrap();
/// assert_eq!(v.relation, Relation::Below); // "under 2%"
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeValue {
    /// The number, in the outcome's unit (2 for 2%), from -1e12 to 1e12.
    #[schemars(range(min = -1e12, max = 1e12))]
    pub value: f64,
    /// Whether the number is the value (`equals`, the default) or a bound (`below`, `above`).
    #[serde(default)]
    pub relation: Relation,
    /// When the value was measured (for a target: the date it is due).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// A gender outcome indicator of a project.
///
/// ```
/// use gender_impact::{Outcome, OutcomeStatus};
/// let o: Outcome = serde_json::from_str(r#"{"id": "women-drivers", "title": "Women among drivers (%)",
///     "baseline": {"value": 10, "date": "2022-01-01"},
///     "target": {"value": 30, "date": "2026-01-01"},
///     "observed": {"value": 22, "date": "2024-01-01"}}"#).unwrap();
/// // Half the time has gone and 60% of the way is done: on track.
/// assert_eq!(o.status(), OutcomeStatus::OnTrack);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable identifier, unique within the project.
    pub id: Id,
    /// What is measured, with its unit (e.g. "Women among the operator's staff (%)").
    pub title: Text,
    /// The value at the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<OutcomeValue>,
    /// The value aimed at, with its due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<OutcomeValue>,
    /// The latest value observed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<OutcomeValue>,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Where an outcome stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OutcomeStatus {
    /// The observed value has reached the target.
    Met,
    /// Progress is at least the share of the time elapsed.
    OnTrack,
    /// Progress is behind the share of the time elapsed.
    OffTrack,
    /// A value or date needed is missing, or a bound does not settle it.
    NotAssessable,
}

impl Outcome {
    /// The outcome's status (see the module documentation).
    pub fn status(&self) -> OutcomeStatus {
        let (Some(b), Some(t), Some(o)) = (self.baseline, self.target, self.observed) else {
            return OutcomeStatus::NotAssessable;
        };
        if t.relation != Relation::Equals || b.value == t.value {
            return OutcomeStatus::NotAssessable;
        }
        let up = t.value > b.value;
        // Met when the observed value, or the bound it is known to be beyond, reaches the target.
        let met = match (up, o.relation) {
            (true, Relation::Equals | Relation::Above) => o.value >= t.value,
            (false, Relation::Equals | Relation::Below) => o.value <= t.value,
            _ => false,
        };
        if met {
            return OutcomeStatus::Met;
        }
        if b.relation != Relation::Equals || o.relation != Relation::Equals {
            return OutcomeStatus::NotAssessable;
        }
        let (Some(bd), Some(td), Some(od)) = (b.date, t.date, o.date) else {
            return OutcomeStatus::NotAssessable;
        };
        let days = |from: Date, to: Date| (to.civil() - from.civil()).get_days() as f64;
        let span = days(bd, td);
        if span <= 0.0 {
            return OutcomeStatus::NotAssessable;
        }
        let elapsed = (days(bd, od) / span).clamp(0.0, 1.0);
        let progress = (o.value - b.value) / (t.value - b.value);
        if progress >= elapsed {
            OutcomeStatus::OnTrack
        } else {
            OutcomeStatus::OffTrack
        }
    }
}

/// A project or programme.
///
/// ```
/// use gender_impact::Project;
/// let p: Project = serde_json::from_str(r#"{"id": "avantia", "title": "Avantia",
///     "gender_marker": 2}"#).unwrap();
/// assert!(p.budget.is_none()); // not given: unknown, not 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable identifier, unique among the projects.
    pub id: Id,
    /// Title as it should appear in reports.
    pub title: Text,
    /// The DAC gender equality policy marker (0, 1 or 2); absent when the project was not screened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_marker: Option<GenderMarker>,
    /// The project's budget, in the currency of `resources` (absent when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// Partner organisations, as named in the source.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Text, { crate::limits::MAX_PARTNERS }>"
    )]
    #[schemars(length(max = crate::limits::MAX_PARTNERS))]
    pub partners: Vec<Text>,
    /// The project's gender outcome indicators.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::limits::bounded::<_, Outcome, { crate::limits::MAX_OUTCOMES }>"
    )]
    #[schemars(length(max = crate::limits::MAX_OUTCOMES))]
    pub outcomes: Vec<Outcome>,
    /// Notes on the source, its gaps, or how the marker was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
