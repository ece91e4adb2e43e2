//! Board quotas: the rule in force at a date, the next step, and the seats a board needs.

use serde::Serialize;

use super::rules::{
    Country, Jurisdiction, QuotaBody, QuotaRule, QuotaStep, Rounding, Scope, Source,
};
use super::{LawError, Organisation};
use crate::model::Date;
use crate::stats::{Share, seats_needed as nearest_capped};

/// A quota that concerns the organisation, at a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotaStatus {
    /// The rule's id.
    pub rule: String,
    /// The body counted.
    pub body: QuotaBody,
    /// The step in force at the date; absent when the first step is still to come.
    pub in_force: Option<QuotaStep>,
    /// The next step after the date, with its date; absent when none is set.
    pub next: Option<QuotaStep>,
    /// How a share becomes a number of seats.
    pub rounding: Rounding,
    /// A condition of scope the arguments cannot decide (turnover, an index…), in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// True when the organisation is below the rule's size floor: it applies only if the
    /// organisation is not an SME (which also depends on turnover).
    pub unless_sme: bool,
    /// The legal source.
    pub source: Source,
}

/// The quotas of `country` that concern `org` on `date`: in force, or with a step to come.
///
/// ```
/// use gender_impact::law::{quotas_at, Country, Organisation};
/// let org = Organisation { employees: 2000, listed: true, public_interest: false };
/// let q = quotas_at(Country::Eu, "2026-07-01".parse().unwrap(), org).unwrap();
/// assert_eq!(q[0].in_force.as_ref().unwrap().objectives[0].share, 0.4);
/// ```
pub fn quotas_at(
    country: Country,
    date: Date,
    org: Organisation,
) -> Result<Vec<QuotaStatus>, LawError> {
    if org.employees == 0 {
        return Err(LawError::NoEmployees);
    }
    let j = Jurisdiction::built_in(country);
    Ok(j.boards
        .iter()
        .filter(|r| concerns(r, org) && r.until.is_none_or(|u| u >= date))
        .map(|r| status(r, date, org))
        .collect())
}

pub(super) fn concerns(r: &QuotaRule, org: Organisation) -> bool {
    r.scope.iter().any(|s| match *s {
        Scope::Listed => org.listed,
        Scope::PublicInterest => org.public_interest,
        Scope::EmployeesAtLeast(n) => org.employees >= n,
    })
}

fn status(r: &QuotaRule, date: Date, org: Organisation) -> QuotaStatus {
    QuotaStatus {
        rule: r.id.clone(),
        body: r.body,
        in_force: r.steps.iter().rev().find(|s| s.from <= date).cloned(),
        next: r.steps.iter().find(|s| s.from > date).cloned(),
        rounding: r.rounding,
        condition: r.condition.clone(),
        unless_sme: r.excluded_below.is_some_and(|n| org.employees < n),
        source: r.source.clone(),
    }
}

/// Seats the under-represented sex needs on a body of `seats` seats to meet `share` under
/// `rounding` (0 for an empty body).
///
/// ```
/// use gender_impact::law::{seats_needed, Rounding};
/// assert_eq!(seats_needed(Rounding::NearestCapped49, 0.4, 7), 3); // 2.8 -> 3 (43%)
/// assert_eq!(seats_needed(Rounding::Up, 0.3, 7), 3);               // 2.1 -> 3
/// assert_eq!(seats_needed(Rounding::UpSmallBoardGap2, 0.4, 8), 3); // 3 and 5 differ by 2
/// assert_eq!(seats_needed(Rounding::UpSmallBoardGap2, 0.4, 9), 4); // 3.6 -> 4
/// ```
pub fn seats_needed(rounding: Rounding, share: f64, seats: u32) -> u32 {
    match rounding {
        Rounding::NearestCapped49 => Share::new(share).map_or(0, |s| nearest_capped(seats, s)),
        Rounding::Up => ceil_share(share, seats),
        Rounding::UpSmallBoardGap2 if seats <= 8 => seats.saturating_sub(1) / 2,
        Rounding::UpSmallBoardGap2 => ceil_share(share, seats),
    }
}

/// ⌈share × seats⌉ on integers, the share read to nine decimals (no floating-point overshoot).
fn ceil_share(share: f64, seats: u32) -> u32 {
    const SCALE: u64 = 1_000_000_000;
    if !(share > 0.0 && share <= 1.0) {
        return 0;
    }
    let p = (share * SCALE as f64).round() as u64;
    let k = (p * u64::from(seats)).div_ceil(SCALE);
    u32::try_from(k).unwrap_or(seats)
}
