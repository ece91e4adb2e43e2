//! Policies, strategies and instruments that favour gender equality, identified among members and
//! shared across the network: a structured catalogue, and the indicators of the policies pillar.
//!
//! Each policy moves through stages, each dated when known and backed by evidence:
//! **identified** (the network knows of it), **documented** (a written description exists),
//! **shared** (presented to other members), **adopted elsewhere** (another member took it up).
//! What the records do not follow is not counted as zero: adoptions are counted only over the
//! policies whose adoptions are followed up (`adoptions_followed`), and members reached only
//! over the policies that give the figure.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Date, Id, Text};

/// What a policy is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PolicyCategory {
    /// Care systems and the care economy.
    Care,
    /// Mobility and transport.
    Mobility,
    /// Safety in public space and prevention of gender-based violence.
    Safety,
    /// Economic empowerment, employment and entrepreneurship.
    Economy,
    /// Governance, participation and leadership.
    Governance,
    /// Gender statistics, data and budgeting.
    Data,
    /// Anything else.
    Other,
}

/// A stage of a policy in the catalogue.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PolicyStage {
    /// The network knows of the policy.
    Identified,
    /// A written description of it exists (a case study, a factsheet).
    Documented,
    /// It was presented to other members (an event, a publication, a platform).
    Shared,
    /// Another member adopted it (name the member in `member`).
    AdoptedElsewhere,
}

/// One dated stage of a policy, with its evidence.
///
/// ```
/// let s: gender_impact::StageRecord = serde_json::from_str(
///     r#"{"stage": "adopted_elsewhere", "evidence": "Council decision", "member": "Dakar"}"#).unwrap();
/// assert_eq!(s.member.unwrap().as_str(), "Dakar");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageRecord {
    /// The stage reached.
    pub stage: PolicyStage,
    /// When it was reached, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What shows it (a quotation, a document, a link).
    pub evidence: Text,
    /// For `adopted_elsewhere`: the member that adopted the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Text>,
}

/// A policy, strategy or instrument in the catalogue.
///
/// ```
/// use gender_impact::{Policy, PolicyStage};
/// let p: Policy = serde_json::from_str(r#"{"id": "care-blocks", "title": "Care blocks",
///     "category": "care", "origin": "Bogotá",
///     "stages": [{"stage": "identified", "evidence": "Annual report 2023"},
///                {"stage": "shared", "evidence": "Presented at network events in 2023"}]}"#).unwrap();
/// assert!(p.reached(PolicyStage::Shared));
/// assert!(!p.reached(PolicyStage::AdoptedElsewhere));
/// assert_eq!(p.members_reached, None); // not given: unknown, not 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Stable identifier, unique in the catalogue.
    pub id: Id,
    /// Title as it should appear in reports.
    pub title: Text,
    /// What the policy is about.
    pub category: PolicyCategory,
    /// The member (city, region, government) where the policy comes from.
    pub origin: Text,
    /// The stages reached, each with its evidence (at least one).
    #[serde(
        deserialize_with = "crate::limits::bounded::<_, StageRecord, { crate::limits::MAX_POLICY_STAGES }>"
    )]
    #[schemars(length(min = 1, max = crate::limits::MAX_POLICY_STAGES))]
    pub stages: Vec<StageRecord>,
    /// Members the sharing reached, when counted; absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 10_000_000))]
    pub members_reached: Option<u32>,
    /// True when adoptions by other members are followed up, so that no `adopted_elsewhere` stage means none is known; false (the default) when nobody followed them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub adoptions_followed: bool,
    /// Notes on the source or its gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl Policy {
    /// Whether the policy has a record of `stage`.
    pub fn reached(&self, stage: PolicyStage) -> bool {
        self.stages.iter().any(|s| s.stage == stage)
    }
    /// Adoptions recorded (stages `adopted_elsewhere`).
    pub fn adoptions(&self) -> u64 {
        self.stages
            .iter()
            .filter(|s| s.stage == PolicyStage::AdoptedElsewhere)
            .count() as u64
    }
}
