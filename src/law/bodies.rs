//! The organisation's bodies against the board quotas of its jurisdiction, each at its own
//! date: the rule in force, the seats still needed, the next step.
//!
//! Which bodies: a body counted as a `board`, `senior_executives` or `management_bodies`
//! ([`Body::quota_body`]; absent, a body of kind `board` counts as a board and no other kind
//! counts) is checked against every rule of the jurisdiction for that kind that concerns the
//! organisation. Which seats: the seats of the body (its `seats`, or the members recorded when
//! more), as the director positions its `directors` names (`all` when absent, said in the
//! result): an objective on the other kind of seats is not evaluated. Which sexes: the
//! under-represented sex is the one with fewer members recorded, women or men; non-binary and
//! undisclosed members hold seats but count for neither.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::board::{quotas_at, seats_needed};
use super::rules::{Country, Jurisdiction, QuotaBody, QuotaStep, Scope, Seats, Source};
use super::{LawError, Organisation};
use crate::model::{Body, BodyKind, Date, Gender};

/// The board quotas of a jurisdiction applied to an organisation's bodies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuotaReview {
    /// The jurisdiction.
    pub country: Country,
    /// The headcount the size thresholds were read against.
    pub employees: u32,
    /// Whether the organisation was read as listed.
    pub listed: bool,
    /// Whether it was read as a public-interest entity.
    pub public_interest: bool,
    /// Each body counted by a rule that concerns the organisation, one entry per rule.
    pub bodies: Vec<BodyQuota>,
    /// Rules that concern the organisation but count a kind of body it records none of.
    pub unmatched: Vec<RuleRef>,
    /// Rules of the jurisdiction that do not concern the organisation (out of scope).
    pub outside: Vec<RuleRef>,
    /// Ids of the bodies whose checks a published report withholds (disclosure control: the
    /// seats each sex holds would give back a withheld share).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld: Vec<String>,
}

impl QuotaReview {
    /// Removes the checks of the bodies `hidden` names, and lists those bodies in `withheld`.
    pub fn withhold(&mut self, hidden: impl Fn(&str) -> bool) {
        for b in self.bodies.iter().filter(|b| hidden(&b.body)) {
            if !self.withheld.contains(&b.body) {
                self.withheld.push(b.body.clone());
            }
        }
        self.bodies.retain(|b| !hidden(&b.body));
    }
}

/// A rule named without a body: its id, the body it counts, who it applies to and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RuleRef {
    /// The rule's id.
    pub rule: String,
    /// The kind of body it counts.
    pub counts: QuotaBody,
    /// Who it applies to: an organisation meeting any one of these.
    pub scope: Vec<Scope>,
    /// The legal source.
    pub source: Source,
}

/// One body against one rule, at the body's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BodyQuota {
    /// The body's id.
    pub body: String,
    /// The body's name.
    pub name: String,
    /// The kind of body the rule counts it as.
    pub counted_as: QuotaBody,
    /// The date of the check: the body's `as_of`, or the period's end.
    pub date: Date,
    /// True when `date` is the period's end (the body has no `as_of`).
    pub date_is_period_end: bool,
    /// Which director positions the seats are.
    pub directors: Seats,
    /// True when the document does not say (`directors` read as `all`).
    pub directors_assumed: bool,
    /// Seats counted: the body's seats, or the members recorded when more.
    pub seats: u32,
    /// Women recorded.
    pub women: u32,
    /// Men recorded.
    pub men: u32,
    /// Members recorded non-binary or undisclosed (counted for neither sex).
    pub neither: u32,
    /// The sex with fewer seats; absent when women and men hold as many.
    pub under_represented: Option<Gender>,
    /// Seats the under-represented sex holds (the smaller of women and men).
    pub held: u32,
    /// The rule's id.
    pub rule: String,
    /// The legal source, and whether its text was read.
    pub source: Source,
    /// A condition of scope the document cannot decide, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// True when the organisation is below the rule's size floor: the rule applies only if
    /// it is not an SME.
    pub unless_sme: bool,
    /// The step in force at the date; absent when the rule's first step is still to come.
    pub in_force: Option<StepCheck>,
    /// The next step after the date; absent when none is set.
    pub next: Option<StepCheck>,
    /// Whether the body meets the step in force (any one objective suffices); absent when no
    /// step is in force, or when no objective it can be checked against is met and some cannot
    /// be checked.
    pub met: Option<bool>,
}

/// A step's objectives applied to a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StepCheck {
    /// The date from which the step applies.
    pub from: Date,
    /// Each objective; meeting any one complies.
    pub objectives: Vec<ObjectiveCheck>,
}

/// One objective applied to a body.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ObjectiveCheck {
    /// The share, between 0 and 1.
    pub share: f64,
    /// Which seats it is a share of.
    pub of: Seats,
    /// Seats the under-represented sex needs, by the rule's rounding; absent when the
    /// objective counts seats the document does not record (`of` differs from `directors`).
    pub needed: Option<u32>,
    /// Seats still needed beyond those held (0 when met); absent as `needed` is.
    pub short: Option<u32>,
}

/// The board quotas of `country` applied to `bodies`, each at its `as_of` date or `period_end`.
///
/// ```
/// use gender_impact::law::{review_bodies, Country, Organisation};
/// let org = Organisation { employees: 2000, listed: true, public_interest: false };
/// let r = review_bodies(Country::Eu, org, &[], "2026-12-31".parse().unwrap()).unwrap();
/// assert_eq!(r.unmatched[0].rule, "eu.2022-2381.art5"); // no body counted as a board
/// ```
pub fn review_bodies(
    country: Country,
    org: Organisation,
    bodies: &[Body],
    period_end: Date,
) -> Result<QuotaReview, LawError> {
    if org.employees == 0 {
        return Err(LawError::NoEmployees);
    }
    let j = Jurisdiction::built_in(country);
    let (inside, outside): (Vec<_>, Vec<_>) = j
        .boards
        .iter()
        .partition(|r| super::board::concerns(r, org));
    let mut checked = Vec::new();
    for b in bodies {
        let Some(kind) = counted_as(b) else { continue };
        let date = b.as_of.unwrap_or(period_end);
        for q in quotas_at(country, date, org)?
            .iter()
            .filter(|q| q.body == kind)
        {
            checked.push(check(b, kind, date, period_end, q));
        }
    }
    let matched = |id: &str| checked.iter().any(|c: &BodyQuota| c.rule == id);
    let unmatched = inside.into_iter().filter(|r| !matched(&r.id)).map(rule_ref);
    Ok(QuotaReview {
        country,
        employees: org.employees,
        listed: org.listed,
        public_interest: org.public_interest,
        unmatched: unmatched.collect(),
        outside: outside.into_iter().map(rule_ref).collect(),
        bodies: checked,
        withheld: Vec::new(),
    })
}

fn rule_ref(r: &super::rules::QuotaRule) -> RuleRef {
    RuleRef {
        rule: r.id.clone(),
        counts: r.body,
        scope: r.scope.clone(),
        source: r.source.clone(),
    }
}

/// What a quota counts the body as: its `quota_body`, else a board for a body of kind board.
fn counted_as(b: &Body) -> Option<QuotaBody> {
    b.quota_body
        .or((b.kind == BodyKind::Board).then_some(QuotaBody::Board))
}

fn check(
    b: &Body,
    kind: QuotaBody,
    date: Date,
    period_end: Date,
    q: &super::board::QuotaStatus,
) -> BodyQuota {
    let c = b.counts();
    let seats = b.seats.unwrap_or(0).max(clamp(c.total()));
    let held = c.women.min(c.men);
    let directors = b.directors.unwrap_or(Seats::All);
    let step = |s: &QuotaStep| step_check(s, q.rounding, directors, seats, held);
    let in_force = q.in_force.as_ref().map(step);
    BodyQuota {
        body: b.id.to_string(),
        name: b.name.to_string(),
        counted_as: kind,
        date,
        date_is_period_end: b.as_of.is_none() && date == period_end,
        directors,
        directors_assumed: b.directors.is_none(),
        seats,
        women: c.women,
        men: c.men,
        neither: c.non_binary.saturating_add(c.undisclosed),
        under_represented: under_represented(c.women, c.men),
        held,
        rule: q.rule.clone(),
        source: q.source.clone(),
        condition: q.condition.clone(),
        unless_sme: q.unless_sme,
        met: in_force.as_ref().and_then(met),
        in_force,
        next: q.next.as_ref().map(step),
    }
}

fn clamp(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn under_represented(women: u32, men: u32) -> Option<Gender> {
    match women.cmp(&men) {
        std::cmp::Ordering::Less => Some(Gender::Woman),
        std::cmp::Ordering::Greater => Some(Gender::Man),
        std::cmp::Ordering::Equal => None,
    }
}

fn step_check(
    s: &QuotaStep,
    rounding: super::rules::Rounding,
    directors: Seats,
    seats: u32,
    held: u32,
) -> StepCheck {
    let objectives = s.objectives.iter().map(|o| {
        let needed = (o.of == directors).then(|| seats_needed(rounding, o.share, seats));
        ObjectiveCheck {
            share: o.share,
            of: o.of,
            needed,
            short: needed.map(|n| n.saturating_sub(held)),
        }
    });
    StepCheck {
        from: s.from,
        objectives: objectives.collect(),
    }
}

/// Met when one objective is met; not met when every objective was checked and none is;
/// undecided otherwise.
fn met(s: &StepCheck) -> Option<bool> {
    if s.objectives.iter().any(|o| o.short == Some(0)) {
        Some(true)
    } else if s.objectives.iter().all(|o| o.short.is_some()) {
        Some(false)
    } else {
        None
    }
}
