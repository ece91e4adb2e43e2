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

use crate::bodies::share_or_reason;
use crate::indicator::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use crate::input::{Date, Id, Input, Text};

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
/// let s: gender_impact::policies::StageRecord = serde_json::from_str(
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
/// use gender_impact::policies::{Policy, PolicyStage};
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

/// The built-in indicators of the policies pillar (produced only when the input lists policies):
///
/// | id | unit | what |
/// |---|---|---|
/// | `policies.identified` | count | policies in the catalogue |
/// | `policies.documented` | count | policies with a `documented` stage |
/// | `policies.shared` | count | policies with a `shared` stage |
/// | `policies.shared.share` | share | shared policies, of all identified |
/// | `policies.members_reached` | count | members reached, summed over the policies that give the figure |
/// | `policies.adoptions` | count | adoptions elsewhere, over the policies whose adoptions are followed or recorded |
///
/// ```
/// use gender_impact::indicator::{Indicator, Context};
/// let input = gender_impact::dataset::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::policies::PolicyIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "policies.identified");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PolicyIndicators;

fn measurement(suffix: &str, title: &str, unit: Unit, method: &str, q: Quantity) -> Measurement {
    let id = format!("policies.{suffix}");
    let mut m = Measurement::new(id.clone(), id, title, unit, method, Subject::Policies, q);
    m.complete_count = true;
    m.about_people = false;
    m
}

impl Indicator for PolicyIndicators {
    fn name(&self) -> &str {
        "policies"
    }

    fn measure(&self, input: &Input, _ctx: &Context<'_>) -> Vec<Measurement> {
        let list = &input.policies;
        if list.is_empty() {
            return Vec::new();
        }
        let n = list.len() as u64;
        let with = |s: PolicyStage| list.iter().filter(|p| p.reached(s)).count() as u64;
        let (documented, shared) = (with(PolicyStage::Documented), with(PolicyStage::Shared));
        let mut out = Vec::with_capacity(6);

        let mut m = measurement(
            "identified",
            "Policies identified",
            Unit::Count,
            "Policies, strategies and instruments favouring gender equality in the catalogue.",
            Quantity::Count(n),
        );
        m.finding = Some(format!(
            "{n} polic{} favouring gender equality {} identified",
            if n == 1 { "y" } else { "ies" },
            if n == 1 { "is" } else { "are" }
        ));
        out.push(m);
        out.push(measurement(
            "documented",
            "Policies documented",
            Unit::Count,
            "Policies of the catalogue with a `documented` stage (a written description exists).",
            Quantity::Count(documented),
        ));
        let mut m = measurement(
            "shared",
            "Policies shared",
            Unit::Count,
            "Policies of the catalogue with a `shared` stage (presented to other members).",
            Quantity::Count(shared),
        );
        m.finding = Some(format!(
            "{shared} of {n} identified policies {} shared",
            if shared == 1 { "was" } else { "were" }
        ));
        out.push(m);
        let m = measurement(
            "shared.share",
            "Share of identified policies that were shared",
            Unit::Share,
            "Policies with a `shared` stage, of all policies in the catalogue.",
            share_or_reason(shared, n, "no policy is recorded"),
        );
        out.push(m);
        let counted: Vec<u32> = list.iter().filter_map(|p| p.members_reached).collect();
        let mut m = measurement(
            "members_reached",
            "Members reached by shared policies",
            Unit::Count,
            "Members reached, summed over the policies that give the figure (a member reached by two policies counts twice).",
            if counted.is_empty() {
                Quantity::NotComputable("no policy gives the number of members reached".to_string())
            } else {
                Quantity::Count(counted.iter().map(|&c| u64::from(c)).sum())
            },
        );
        if !counted.is_empty() {
            m.finding = Some(format!(
                "Shared policies reached {} members (summed over the policies that give the figure)",
                counted.iter().map(|&c| u64::from(c)).sum::<u64>(),
            ));
        }
        out.push(m);
        let followed = list
            .iter()
            .filter(|p| p.adoptions_followed || p.adoptions() > 0)
            .count() as u64;
        let adoptions: u64 = list.iter().map(Policy::adoptions).sum();
        let mut m = measurement(
            "adoptions",
            "Adoptions by other members",
            Unit::Count,
            "Adoptions elsewhere (`adopted_elsewhere` stages), over the policies whose adoptions are followed up or recorded; without either, unknown rather than 0.",
            if followed == 0 {
                Quantity::NotComputable("no policy's adoptions are followed up".to_string())
            } else {
                Quantity::Count(adoptions)
            },
        );
        if followed > 0 {
            m.finding = Some(format!(
                "{adoptions} adoption{} by other members {} recorded (over the policies whose adoptions are followed)",
                if adoptions == 1 { "" } else { "s" },
                if adoptions == 1 { "is" } else { "are" }
            ));
        }
        out.push(m);
        out
    }
}
