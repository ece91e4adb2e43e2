//! Frameworks: which indicators count, grouped in pillars, with targets, rating bands and weights.
//!
//! A framework is data (JSON, with its own published schema `schema/framework.schema.json`), so a
//! new target or a new grouping is a data change. Two are built in:
//! - [`Framework::metropolis`]: the three pillars of Metropolis' gender mainstreaming strategy plus
//!   the secretariat;
//! - [`Framework::eu_gender_balance`]: gender balance (each gender between 40% and 60%), the EU
//!   board directive's 40% objective and the 30% critical mass.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{BodyKind, Id, Role, Text};
use crate::stats::Share;

/// A rating on the UN-SWAP scale, plus the two states where no rating can be given.
///
/// ```
/// use gender_impact::Rating;
/// assert!(Rating::Meets.score() > Rating::Approaches.score());
/// assert_eq!(Rating::NotApplicable.score(), None);
/// assert_eq!(serde_json::to_string(&Rating::InsufficientData).unwrap(), "\"insufficient_data\"");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rating {
    /// Exceeds requirements.
    Exceeds,
    /// Meets requirements.
    Meets,
    /// Approaches requirements.
    Approaches,
    /// Missing: the requirement is not met.
    Missing,
    /// The framework sets no requirement for this indicator.
    NotApplicable,
    /// The records do not allow a rating (e.g. nobody whose gender is known).
    InsufficientData,
}

impl Rating {
    /// Score used in pillar and overall summaries: missing 0, approaches 1, meets 2, exceeds 3;
    /// `None` for ratings left out of summaries.
    pub fn score(self) -> Option<u8> {
        match self {
            Rating::Missing => Some(0),
            Rating::Approaches => Some(1),
            Rating::Meets => Some(2),
            Rating::Exceeds => Some(3),
            Rating::NotApplicable | Rating::InsufficientData => None,
        }
    }
    /// The rating a summary score falls in (rounded down: a pillar meets requirements only when its
    /// weighted mean score reaches 2).
    pub fn from_score(score: f64) -> Rating {
        if score >= 3.0 {
            Rating::Exceeds
        } else if score >= 2.0 {
            Rating::Meets
        } else if score >= 1.0 {
            Rating::Approaches
        } else {
            Rating::Missing
        }
    }
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Exceeds => "exceeds",
            Rating::Meets => "meets",
            Rating::Approaches => "approaches",
            Rating::Missing => "missing",
            Rating::NotApplicable => "not_applicable",
            Rating::InsufficientData => "insufficient_data",
        }
    }
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Rating::Exceeds => "exceeds requirements",
            Rating::Meets => "meets requirements",
            Rating::Approaches => "approaches requirements",
            Rating::Missing => "missing requirements",
            Rating::NotApplicable => "not applicable",
            Rating::InsufficientData => "insufficient data",
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A framework: pillars of criteria, each rating one family of indicators.
///
/// ```
/// use gender_impact::Framework;
/// let f = Framework::metropolis();
/// assert_eq!(f.id.as_str(), "metropolis");
/// assert_eq!(f.pillars.len(), 4);
/// let same = Framework::from_json(&serde_json::to_string(&f).unwrap()).unwrap();
/// assert_eq!(same, f);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "gender-impact framework")]
pub struct Framework {
    /// Optional reference to the JSON Schema this document follows (for editors); ignored otherwise.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable identifier (e.g. `metropolis`).
    pub id: Id,
    /// Version of the framework's content; stamped into every assessment.
    pub version: Text,
    /// Name for reports.
    pub name: Text,
    /// What the framework is for and where its targets come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The texts the targets and thresholds come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Text>,
    /// Roles that count as leadership roles in a body.
    pub leadership_roles: Vec<Role>,
    /// Target share of seats for the under-represented gender; the seats still needed are rounded as Directive (EU) 2022/2381 does.
    pub seat_target: Share,
    /// A data-quality warning is raised when the share of people with undisclosed gender exceeds this.
    pub undisclosed_warning: Share,
    /// Counts of people below this are flagged as small (shares move by large steps; people may be identifiable).
    #[schemars(range(min = 1))]
    pub small_count: u32,
    /// The pillars, each with its criteria.
    #[schemars(length(min = 1))]
    pub pillars: Vec<Pillar>,
}

/// A pillar of a framework: a group of criteria summarised together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    /// Stable identifier (e.g. `leadership`).
    pub id: Id,
    /// Title for reports.
    pub title: Text,
    /// What the pillar covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Weight of the pillar in the overall summary (positive).
    pub weight: f64,
    /// The criteria; a pillar without criteria (or whose indicators the records do not allow) is reported as insufficient data, never dropped.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
}

/// A criterion: which indicators it rates and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Indicator key: the id with its subject left out (e.g. `body.women_share` rates `body.board.women_share`).
    pub indicator: String,
    /// For body indicators: the kinds of bodies this criterion applies to (empty: all bodies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body_kinds: Vec<BodyKind>,
    /// Weight within the pillar (positive).
    pub weight: f64,
    /// The name of the threshold in findings (e.g. "balance" gives "below the 40% balance threshold").
    pub label: Text,
    /// Rating bands, tried in order; the first whose bounds (inclusive) contain the value gives the rating; no match gives `missing`. The band rated `meets` is the target quoted in findings.
    #[schemars(length(min = 1))]
    pub bands: Vec<Band>,
}

/// A band of values and the rating it gives. Bounds are inclusive; a missing bound is open.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The rating given to values in the band.
    pub rating: Rating,
    /// Smallest value in the band (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest value in the band (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Band {
    /// Whether `v` lies in the band.
    pub fn contains(&self, v: f64) -> bool {
        self.min.is_none_or(|m| v >= m) && self.max.is_none_or(|m| v <= m)
    }
}

impl Criterion {
    /// Rates a value: the first band that contains it, else `missing`.
    ///
    /// ```
    /// let f = gender_impact::Framework::eu_gender_balance();
    /// let c = &f.pillars[0].criteria[0];
    /// assert_eq!(c.rate(0.16), gender_impact::Rating::Missing);
    /// assert_eq!(c.rate(0.35), gender_impact::Rating::Approaches);
    /// assert_eq!(c.rate(0.40), gender_impact::Rating::Meets);
    /// ```
    pub fn rate(&self, value: f64) -> Rating {
        self.bands
            .iter()
            .find(|b| b.contains(value))
            .map(|b| b.rating)
            .unwrap_or(Rating::Missing)
    }
    /// The band rated `meets`, the target quoted in findings.
    pub fn target(&self) -> Option<&Band> {
        self.bands.iter().find(|b| b.rating == Rating::Meets)
    }
    /// Whether this criterion applies to an indicator with this key and (for body indicators) body kind.
    pub fn applies(&self, key: &str, body_kind: Option<BodyKind>) -> bool {
        self.indicator == key
            && (self.body_kinds.is_empty()
                || body_kind.is_some_and(|k| self.body_kinds.contains(&k)))
    }
}

impl Framework {
    /// The criterion (with its pillar) that rates an indicator, if any: the first that applies.
    pub fn criterion_for(
        &self,
        key: &str,
        body_kind: Option<BodyKind>,
    ) -> Option<(&Pillar, &Criterion)> {
        self.pillars
            .iter()
            .flat_map(|p| p.criteria.iter().map(move |c| (p, c)))
            .find(|(_, c)| c.applies(key, body_kind))
    }

    /// Whether a role counts as leadership in this framework.
    pub fn is_leadership(&self, role: Role) -> bool {
        self.leadership_roles.contains(&role)
    }
}
