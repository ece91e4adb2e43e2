//! Disclosure control for the counts about people in an assessment: which indicators a
//! published report must withhold so that no small group of people can be singled out.
//!
//! The rule is the pay tables' ([`crate::pay::disclosure`]), applied to the staff: a grade with
//! fewer than `k` women or fewer than `k` men (default 5) is withheld, and further grades are
//! withheld (*complementary* suppression) so that no withheld grade can be worked out from the
//! staff total and the grades published. Aggregates are checked too:
//!
//! - the staff total is withheld when the staff has fewer than `k` women or `k` men in all (and
//!   then every grade, management and the glass-ceiling ratio with it);
//! - women's share in management is withheld when management has fewer than `k` women or `k` men,
//!   or when publishing it would let a withheld grade be worked out: the withheld grades inside
//!   management (management minus its published grades), and those outside it (the staff total
//!   minus management minus the published grades), must each be none, or at least two grades
//!   holding together at least `k` women and `k` men; the glass-ceiling ratio (management's share
//!   over the staff's) goes with it;
//! - a count of people whose gender is undisclosed from 1 to `k − 1` is withheld
//!   ([`Withheld::SmallCount`]: the rule is about the number of people, not about women and
//!   men); when that count is a body's and the body's seats are recorded, the seats would give
//!   it back (seats − vacant seats − members of known gender), so the body's women's share is
//!   withheld too ([`Withheld::Complementary`]), with the seats still needed (derived from it)
//!   and a leadership share that counts every member of the body.
//!
//! Statutory bodies (boards, presidencies, assemblies) are public offices whose members are
//! published by the organisation itself, so they are not withheld unless
//! [`DisclosurePolicy::protect_bodies`] asks for it; then a body's share (and the indicators
//! derived from it: seats still needed, presidency held by a woman) is withheld when the body has
//! fewer than `k` women or fewer than `k` people of other genders, and the share of its
//! leadership roles likewise.
//!
//! Machine output (JSON) keeps every value and marks each withheld indicator
//! ([`IndicatorResult::withheld`](crate::IndicatorResult::withheld)); reports for people print
//! [`Assessment::published`](crate::Assessment::published), in which the withheld values are gone.
//!
//! ```
//! use gender_impact::assessment::{DisclosurePolicy, Withheld};
//! let input = gender_impact::metropolis_2023();
//! let a = gender_impact::Assessor::new().assess(&input).unwrap();
//! // Executive: 1 woman and 1 man; Manager: 2 and 2 (default k = 5).
//! let exec = a.indicator("staff.grade.executive.women_share").unwrap();
//! assert_eq!(exec.withheld, Some(Withheld::SmallCell));
//! assert_eq!(exec.numerator, Some(1)); // the JSON for machines keeps the value...
//! let published = a.published();
//! let exec = published.indicator("staff.grade.executive.women_share").unwrap();
//! assert_eq!((exec.value, exec.numerator), (None, None)); // ...the report does not.
//! // With k = 1 nothing is withheld.
//! let a = gender_impact::Assessor::new()
//!     .disclosure(DisclosurePolicy { k: 1, ..DisclosurePolicy::default() })
//!     .assess(&input)
//!     .unwrap();
//! assert!(a.indicators.iter().all(|r| r.withheld.is_none()));
//! ```

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assessment::IndicatorResult;
use crate::model::BuiltinKey::{self, *};
use crate::model::Input;
use crate::pay::suppress;

/// The disclosure settings of an assessment.
///
/// ```
/// let p = gender_impact::assessment::DisclosurePolicy::default();
/// assert_eq!((p.k, p.protect_bodies), (5, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DisclosurePolicy {
    /// The threshold: a group with fewer than `k` women or fewer than `k` men is withheld.
    /// `k = 0` or `1` withholds nothing.
    pub k: u32,
    /// Whether statutory bodies are protected too (by default they are not: their members hold
    /// public office and are published by the organisation).
    pub protect_bodies: bool,
}

impl Default for DisclosurePolicy {
    fn default() -> Self {
        DisclosurePolicy {
            k: 5,
            protect_bodies: false,
        }
    }
}

/// Why an indicator is withheld from published reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Withheld {
    /// The group has fewer than `k` women or fewer than `k` men (primary suppression).
    SmallCell,
    /// Withheld so that another withheld figure cannot be worked out from the totals.
    Complementary,
    /// A count of people from 1 to `k − 1` (people whose gender is undisclosed): a handful of
    /// people is itself identifying, whatever their gender.
    SmallCount,
    /// Computed from a withheld figure (e.g. the glass-ceiling ratio from management's share).
    Derived,
}

/// What disclosure control did, for the record: the policy, how many indicators were withheld,
/// and a sentence for the report that names `k` but no withheld value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DisclosureSummary {
    /// The policy applied.
    pub policy: DisclosurePolicy,
    /// Number of indicators withheld from published reports.
    pub withheld: usize,
    /// The statement printed in reports.
    pub statement: String,
}

/// Decides which indicators are withheld under `policy`, by id.
pub(crate) fn withheld(
    input: &Input,
    indicators: &[IndicatorResult],
    policy: DisclosurePolicy,
) -> BTreeMap<String, Withheld> {
    let mut out = BTreeMap::new();
    if policy.k <= 1 {
        return out;
    }
    let k = u64::from(policy.k);
    staff(input, k, &mut out);
    for r in indicators {
        // Small counts of undisclosed gender, staff or bodies.
        if r.key.ends_with("undisclosed") && matches!(r.value, Some(v) if v >= 1.0 && v < k as f64)
        {
            out.entry(r.id.clone()).or_insert(Withheld::SmallCount);
        }
    }
    if policy.protect_bodies {
        bodies(input, indicators, k, &mut out);
    }
    seats_give_back(input, indicators, &mut out);
    if grade_undisclosed_small(input, k) {
        // The staff's count would give back a grade's withheld one (total less the others).
        out.entry(StaffUndisclosed.id(None))
            .or_insert(Withheld::Complementary);
    }
    out
}

/// The results whose count of people of undisclosed gender published reports withhold: every
/// count from 1 to k − 1, and, when a grade's count is one, the counts of the aggregates that
/// hold that grade (the staff's, and management's when the grade is a management one), which
/// less their other grades would give it back.
pub(crate) fn undisclosed_withheld(
    input: &Input,
    indicators: &[IndicatorResult],
    policy: DisclosurePolicy,
) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    if policy.k <= 1 {
        return out;
    }
    let k = u64::from(policy.k);
    let small = |u: u64| u >= 1 && u < k;
    for r in indicators {
        if r.undisclosed.is_some_and(small) {
            out.insert(r.id.clone());
        }
    }
    let Some(staff) = &input.staff else {
        return out;
    };
    let grades = staff.counts_by_grade();
    let hidden = |management: bool| {
        grades
            .iter()
            .any(|(g, c)| (!management || g.management) && small(u64::from(c.undisclosed)))
    };
    if hidden(false) {
        out.insert(StaffWomenShare.id(None));
    }
    if hidden(true) {
        out.insert(StaffManagementWomenShare.id(None));
    }
    out
}

/// Whether some grade's count of undisclosed gender is from 1 to k − 1.
fn grade_undisclosed_small(input: &Input, k: u64) -> bool {
    input.staff.as_ref().is_some_and(|s| {
        s.counts_by_grade()
            .iter()
            .any(|(_, c)| c.undisclosed >= 1 && u64::from(c.undisclosed) < k)
    })
}

/// Complementary suppression for bodies: a body's withheld count of undisclosed genders is its
/// seats minus its vacant seats minus its members of known gender, all published; so the
/// women's share (whose count is the members of known gender) is withheld too, with the seats
/// still needed (computed from it), and the leadership share when it counts every member.
fn seats_give_back(
    input: &Input,
    indicators: &[IndicatorResult],
    out: &mut BTreeMap<String, Withheld>,
) {
    for b in input.bodies.iter().filter(|b| b.seats.is_some()) {
        let id = |key: BuiltinKey| key.id(Some(b.id.as_str()));
        if !out.contains_key(&id(BodyUndisclosed)) {
            continue;
        }
        let find = |key: BuiltinKey| indicators.iter().find(|r| r.id == id(key));
        let known = find(BodyWomenShare).and_then(|r| r.denominator);
        let mut complementary = vec![BodyWomenShare];
        if find(BodyLeadershipWomenShare).is_some_and(|r| r.denominator == known) {
            complementary.push(BodyLeadershipWomenShare);
        }
        for key in complementary {
            out.entry(id(key)).or_insert(Withheld::Complementary);
        }
        if find(BodySeatsShort).is_some() {
            out.entry(id(BodySeatsShort)).or_insert(Withheld::Derived);
        }
    }
}

fn staff(input: &Input, k: u64, out: &mut BTreeMap<String, Withheld>) {
    let Some(staff) = &input.staff else { return };
    let by_grade = staff.counts_by_grade();
    let cells: Vec<(String, u64, u64)> = by_grade
        .iter()
        .map(|(g, c)| (g.id.to_string(), u64::from(c.women), u64::from(c.men)))
        .collect();
    let s = suppress(&cells, u32::try_from(k).unwrap_or(u32::MAX));
    let grade_id = |g: &str| BuiltinKey::StaffGradeWomenShare.id(Some(g));
    for g in &s.primary {
        out.insert(grade_id(g), Withheld::SmallCell);
    }
    for g in &s.complementary {
        out.insert(grade_id(g), Withheld::Complementary);
    }
    if s.total_suppressed {
        out.insert(StaffWomenShare.id(None), Withheld::SmallCell);
        out.insert(StaffManagementWomenShare.id(None), Withheld::SmallCell);
        out.insert(StaffGlassCeilingRatio.id(None), Withheld::Derived);
        return;
    }
    // Management: its own size, then whether it would expose a withheld grade.
    let (mut w, mut m) = (0u64, 0u64);
    let (mut inside, mut outside) = (Vec::new(), Vec::new());
    let mut any_management = false;
    for ((g, c), cell) in by_grade.iter().zip(&cells) {
        let hidden = s.is_suppressed(&cell.0);
        if g.management {
            any_management = true;
            w += u64::from(c.women);
            m += u64::from(c.men);
            if hidden {
                inside.push(cell);
            }
        } else if hidden {
            outside.push(cell);
        }
    }
    if !any_management {
        return;
    }
    let safe = |group: &[&(String, u64, u64)]| {
        group.is_empty()
            || (group.len() >= 2
                && group.iter().map(|c| c.1).sum::<u64>() >= k
                && group.iter().map(|c| c.2).sum::<u64>() >= k)
    };
    let reason = if w < k || m < k {
        Some(Withheld::SmallCell)
    } else if !safe(&inside) || !safe(&outside) {
        Some(Withheld::Complementary)
    } else {
        None
    };
    if let Some(reason) = reason {
        out.insert(StaffManagementWomenShare.id(None), reason);
        out.insert(StaffGlassCeilingRatio.id(None), Withheld::Derived);
    }
}

fn bodies(
    input: &Input,
    indicators: &[IndicatorResult],
    k: u64,
    out: &mut BTreeMap<String, Withheld>,
) {
    let small = |r: &IndicatorResult| match (r.numerator, r.denominator) {
        (Some(w), Some(n)) => w < k || n.saturating_sub(w) < k,
        _ => false,
    };
    for b in &input.bodies {
        let id = |key: BuiltinKey| key.id(Some(b.id.as_str()));
        let find = |key: BuiltinKey| indicators.iter().find(|r| r.id == id(key));
        if find(BodyWomenShare).is_some_and(small) {
            out.insert(id(BodyWomenShare), Withheld::SmallCell);
            for derived in [BodySeatsShort, BodyPresidencyWoman] {
                if find(derived).is_some() {
                    out.insert(id(derived), Withheld::Derived);
                }
            }
        }
        if find(BodyLeadershipWomenShare).is_some_and(small) {
            out.insert(id(BodyLeadershipWomenShare), Withheld::SmallCell);
        }
    }
}

/// The statement for reports: names `k` and the number withheld, never a withheld value.
pub(crate) fn statement(policy: DisclosurePolicy, withheld: usize) -> String {
    let k = policy.k;
    let scope = if policy.protect_bodies {
        "staff and statutory bodies"
    } else {
        "staff (statutory bodies are public offices and are published in full)"
    };
    if k <= 1 {
        return "Disclosure control is off (threshold k ≤ 1): every figure is published.".into();
    }
    match withheld {
        0 => format!(
            "Disclosure control (threshold k = {k}, {scope}): no group has fewer than {k} women or fewer than {k} men; nothing is withheld."
        ),
        n => format!(
            "Disclosure control (threshold k = {k}, {scope}): {n} indicator{} withheld: those about groups with fewer than {k} women or fewer than {k} men, those computed from them, and as many others as needed so that none can be worked out from the published totals. Counts of undisclosed gender from 1 to {} are withheld too.",
            if n == 1 { " is" } else { "s are" },
            k - 1
        ),
    }
}
