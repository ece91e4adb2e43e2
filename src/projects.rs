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

use crate::bodies::share_or_reason;
use crate::format::pct;
use crate::indicator::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use crate::initiatives::GenderMarker;
use crate::input::{Date, Id, Input, Relation, Text};
use crate::pay::Money;

/// A value of an outcome indicator: a number, how it relates to the truth (`equals`, or a
/// bound: `below` for "under 2%", `above` for "over 600"), and its date when known.
///
/// ```
/// use gender_impact::input::Relation;
/// let v: gender_impact::projects::OutcomeValue =
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
/// use gender_impact::projects::{Outcome, OutcomeStatus};
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
/// use gender_impact::projects::Project;
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
/// use gender_impact::indicator::{Indicator, Context};
/// let input = gender_impact::dataset::metropolis_2023();
/// let framework = gender_impact::Framework::metropolis();
/// let ctx = Context { framework: &framework, interval: Default::default(), level: Default::default() };
/// let m = gender_impact::projects::ProjectIndicators.measure(&input, &ctx);
/// assert_eq!(m[0].id, "projects.count");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ProjectIndicators;

fn measurement(suffix: &str, title: &str, unit: Unit, method: &str, q: Quantity) -> Measurement {
    let id = format!("projects.{suffix}");
    let mut m = Measurement::new(id.clone(), id, title, unit, method, Subject::Projects, q);
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
            "count",
            "Projects recorded",
            Unit::Count,
            "Number of projects and programmes in the records.",
            Quantity::Count(n),
        );
        m.finding = Some(format!(
            "{n} project{} recorded",
            if n == 1 { " is" } else { "s are" }
        ));
        out.push(m);

        let mut m = measurement(
            "marker_targeted.share",
            "Projects targeting gender equality (DAC marker 1 or 2)",
            Unit::Share,
            "Projects marked 1 or 2 on the OECD DAC gender equality policy marker, of all projects recorded (unscreened projects count in the denominator only).",
            share_or_reason(targeted, n, "no project is recorded"),
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
            "budget_targeted.share",
            "Project budget targeting gender equality (DAC marker 1 or 2)",
            Unit::Share,
            "Budget of the projects marked 1 or 2, of the budget of all projects; computed only when every project gives its budget (a partial sum would mislead).",
            if without > 0 {
                Quantity::NotComputable("not every project gives its budget".to_string())
            } else if total <= 0.0 {
                Quantity::NotComputable("the projects' budgets add up to 0".to_string())
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
            "outcomes.on_track.share",
            "Gender outcomes met or on track",
            Unit::Share,
            "Outcome indicators met or on track (progress from the baseline at least the share of the time elapsed to the target's date), of those that can be assessed.",
            if statuses.is_empty() {
                Quantity::NotComputable("no project records a gender outcome".to_string())
            } else {
                share_or_reason(
                    good,
                    assessable,
                    "no outcome has the baseline, target, observed value and dates needed",
                )
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
            "outcomes.not_assessable",
            "Gender outcomes that cannot be assessed",
            Unit::Count,
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
