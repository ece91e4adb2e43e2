//! The indicators of the policies pillar: the catalogue of policies identified, documented,
//! shared and adopted elsewhere.

use crate::indicators::bodies::{not_computable, share_or_reason};
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::{BuiltinKey, Input, Policy, PolicyStage};

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
/// use gender_impact::indicators::{Indicator, Context};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::PolicyIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "policies.identified");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PolicyIndicators;

fn measurement(key: BuiltinKey, method: &str, q: Quantity) -> Measurement {
    let mut m = Measurement::builtin(key, None, None, method, Subject::Policies, q);
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
            BuiltinKey::PoliciesIdentified,
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
            BuiltinKey::PoliciesDocumented,
            "Policies of the catalogue with a `documented` stage (a written description exists).",
            Quantity::Count(documented),
        ));
        let mut m = measurement(
            BuiltinKey::PoliciesShared,
            "Policies of the catalogue with a `shared` stage (presented to other members).",
            Quantity::Count(shared),
        );
        m.finding = Some(format!(
            "{shared} of {n} identified policies {} shared",
            if shared == 1 { "was" } else { "were" }
        ));
        out.push(m);
        let m = measurement(
            BuiltinKey::PoliciesSharedShare,
            "Policies with a `shared` stage, of all policies in the catalogue.",
            share_or_reason(shared, n, "reason-no-policy"),
        );
        out.push(m);
        let counted: Vec<u32> = list.iter().filter_map(|p| p.members_reached).collect();
        let mut m = measurement(
            BuiltinKey::PoliciesMembersReached,
            "Members reached, summed over the policies that give the figure (a member reached by two policies counts twice).",
            if counted.is_empty() {
                not_computable("reason-no-members-reached")
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
            BuiltinKey::PoliciesAdoptions,
            "Adoptions elsewhere (`adopted_elsewhere` stages), over the policies whose adoptions are followed up or recorded; without either, unknown rather than 0.",
            if followed == 0 {
                not_computable("reason-no-adoptions-followed")
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
