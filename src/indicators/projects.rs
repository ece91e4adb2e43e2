//! The project indicators: gender markers, budgets and gender outcomes of projects.

use crate::i18n::format::pct;
use crate::indicators::bodies::{not_computable, share_or_reason};
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject};
use crate::model::{BuiltinKey, Money};
use crate::model::{Input, Outcome, OutcomeStatus, Project};

/// The built-in project indicators (produced only when the input lists projects):
///
/// | id | unit | what |
/// |---|---|---|
/// | `projects.count` | count | projects recorded |
/// | `projects.marker_targeted.share` | share | projects with DAC marker 1 or 2, of all projects |
/// | `projects.budget_targeted.share` | share | budget of the projects with marker 1 or 2, of the budget of all projects (only when every project gives its budget) |
/// | `projects.outcomes.on_track.share` | share | outcomes met or on track, of the outcomes that can be assessed |
/// | `projects.outcomes.not_assessable` | count | outcomes that cannot be assessed |
///
/// ```
/// use gender_impact::indicators::{Indicator, Context};
/// let input = gender_impact::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::indicators::ProjectIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "projects.count");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ProjectIndicators;

fn measurement(key: BuiltinKey, method: &str, q: Quantity) -> Measurement {
    let mut m = Measurement::builtin(key, None, None, method, Subject::Projects, q);
    m.complete_count = true;
    m.about_people = false;
    m
}

impl Indicator for ProjectIndicators {
    fn name(&self) -> &str {
        "projects"
    }

    fn measure(&self, input: &Input, _ctx: &Context<'_>) -> Vec<Measurement> {
        let list = &input.projects;
        if list.is_empty() {
            return Vec::new();
        }
        let n = list.len() as u64;
        let targets = |p: &Project| p.gender_marker.is_some_and(|m| m.targets_gender_equality());
        let targeted = list.iter().filter(|p| targets(p)).count() as u64;
        let mut out = Vec::with_capacity(5);

        let mut m = measurement(
            BuiltinKey::ProjectsCount,
            "Number of projects and programmes in the records.",
            Quantity::Count(n),
        );
        m.finding = Some(format!(
            "{n} project{} recorded",
            if n == 1 { " is" } else { "s are" }
        ));
        out.push(m);

        let mut m = measurement(
            BuiltinKey::ProjectsMarkerTargeted,
            "Projects marked 1 or 2 on the OECD DAC gender equality policy marker, of all projects recorded (unscreened projects count in the denominator only).",
            share_or_reason(targeted, n, "reason-no-project"),
        );
        m.finding = Some(format!(
            "{targeted} of {n} projects target{} gender equality (DAC marker 1 or 2: {})",
            if targeted == 1 { "s" } else { "" },
            pct(targeted as f64 / n as f64)
        ));
        out.push(m);

        let without = list.iter().filter(|p| p.budget.is_none()).count() as u64;
        let total: f64 = list.iter().filter_map(|p| p.budget).map(Money::get).sum();
        let focused: f64 = list
            .iter()
            .filter(|p| targets(p))
            .filter_map(|p| p.budget)
            .map(Money::get)
            .sum();
        let mut m = measurement(
            BuiltinKey::ProjectsBudgetTargeted,
            "Budget of the projects marked 1 or 2, of the budget of all projects; computed only when every project gives its budget (a partial sum would mislead).",
            if without > 0 {
                not_computable("reason-project-budget-missing")
            } else if total <= 0.0 {
                not_computable("reason-project-budget-zero")
            } else {
                Quantity::Ratio(focused / total)
            },
        );
        if without == 0 && total > 0.0 {
            m.finding = Some(format!(
                "Projects that target gender equality hold {} of the {} in project budgets ({})",
                amount(focused),
                amount(total),
                pct(focused / total)
            ));
        }
        out.push(m);

        let statuses: Vec<OutcomeStatus> = list
            .iter()
            .flat_map(|p| p.outcomes.iter().map(Outcome::status))
            .collect();
        let assessable = statuses
            .iter()
            .filter(|s| **s != OutcomeStatus::NotAssessable)
            .count() as u64;
        let good = statuses
            .iter()
            .filter(|s| matches!(s, OutcomeStatus::Met | OutcomeStatus::OnTrack))
            .count() as u64;
        let unassessed = statuses.len() as u64 - assessable;
        let mut m = measurement(
            BuiltinKey::ProjectsOutcomesOnTrack,
            "Outcome indicators met or on track (progress from the baseline at least the share of the time elapsed to the target's date), of those that can be assessed.",
            if statuses.is_empty() {
                not_computable("reason-no-outcome")
            } else {
                share_or_reason(good, assessable, "reason-no-assessable-outcome")
            },
        );
        if assessable > 0 {
            m.finding = Some(format!(
                "{good} of {assessable} gender outcomes that can be assessed are met or on track ({})",
                pct(good as f64 / assessable as f64)
            ));
        }
        out.push(m);
        let mut m = measurement(
            BuiltinKey::ProjectsOutcomesNotAssessable,
            "Outcome indicators without the baseline, target, observed value or dates needed, or whose values are bounds that do not settle them.",
            Quantity::Count(unassessed),
        );
        if unassessed > 0 {
            m.finding = Some(format!(
                "{unassessed} gender outcome{} be assessed: a baseline, target, observed value or date is missing",
                if unassessed == 1 {
                    " cannot"
                } else {
                    "s cannot"
                }
            ));
        }
        out.push(m);
        out
    }
}

/// An amount for a finding, without decimals when it is whole.
pub(crate) fn amount(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x:.2}")
    }
}
