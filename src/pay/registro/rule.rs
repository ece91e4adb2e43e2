//! The 25% rule of the Estatuto de los Trabajadores, art. 28.3: in a company of at least 50
//! workers, when the average pay of the workers of one sex is higher than that of the other by
//! 25% or more, the register must carry a justification that the difference has nothing to do
//! with sex.
//!
//! "Higher by 25% or more" is read as the text says: the higher mean is at least 1.25 times the
//! lower (a gap (men − women) / men of 20% or more when men are paid more). The article does not
//! say whether actual or equalised amounts are meant: the crate checks the mean total of both and
//! flags either.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ConceptKind, RegistroRow};
use crate::pay::Justification;

/// Companies with at least this many workers must justify a difference of 25% or more.
pub const RULE_25_MIN_EMPLOYEES: u64 = 50;
/// The difference that must be justified: the higher mean is at least 1.25 times the lower.
pub const RULE_25_THRESHOLD: f64 = 0.25;

/// Which sex's mean total pay is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Higher {
    /// Women's.
    Women,
    /// Men's.
    Men,
    /// Neither: the means are equal.
    Equal,
}

/// The 25% rule's check of all groups together or of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Rule25Check {
    /// The group (`null`: all groups together).
    pub group: Option<String>,
    /// Whose mean total pay (actually received) is higher; `null` without women or men.
    pub higher: Option<Higher>,
    /// How much higher: higher mean ÷ lower mean − 1; `null` when the lower mean is 0 (then any
    /// positive higher mean exceeds) or a sex is missing.
    pub excess: Option<f64>,
    /// Whose mean equalised total pay is higher.
    pub higher_equalised: Option<Higher>,
    /// The same on the equalised amounts.
    pub excess_equalised: Option<f64>,
    /// The difference is 25% or more, on the actual or on the equalised amounts.
    pub exceeds: bool,
    /// The company has 50 workers or more and the difference is 25% or more: a justification is
    /// due in the register.
    pub justification_required: bool,
    /// The employer's justification (`--justifications`, by group; `*` for all groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
}

/// The 25% rule over the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Rule25 {
    /// Workers of the company (every row of the payroll).
    pub employees: u64,
    /// The company has at least 50 workers: the rule applies.
    pub applies: bool,
    /// The threshold (0.25).
    pub threshold: f64,
    /// All groups together, then each group.
    pub checks: Vec<Rule25Check>,
}

/// The higher of two means and by how much (higher ÷ lower − 1), and whether that reaches 25%.
fn compare(women: Option<f64>, men: Option<f64>) -> (Option<Higher>, Option<f64>, bool) {
    let (Some(w), Some(m)) = (women, men) else {
        return (None, None, false);
    };
    let (higher, hi, lo) = if w > m {
        (Higher::Women, w, m)
    } else if m > w {
        (Higher::Men, m, w)
    } else {
        (Higher::Equal, m, w)
    };
    let exceeds = hi >= (1.0 + RULE_25_THRESHOLD) * lo && hi > lo;
    let excess = (lo > 0.0).then(|| hi / lo - 1.0).filter(|x| x.is_finite());
    (Some(higher), excess, exceeds)
}

/// The rule checked on the total rows of `rows` (computed with amounts, before any are left
/// out for an audience).
pub(super) fn check(
    employees: u64,
    rows: &[RegistroRow],
    justifications: &[Justification],
) -> Rule25 {
    let applies = employees >= RULE_25_MIN_EMPLOYEES;
    let checks = rows
        .iter()
        .filter(|r| r.kind == ConceptKind::Total)
        .map(|r| {
            let (higher, excess, a) = compare(r.women.mean, r.men.mean);
            let (higher_equalised, excess_equalised, b) =
                compare(r.women.mean_equalised, r.men.mean_equalised);
            let key = r.group.as_deref().unwrap_or("*");
            Rule25Check {
                group: r.group.clone(),
                higher,
                excess,
                higher_equalised,
                excess_equalised,
                exceeds: a || b,
                justification_required: applies && (a || b),
                justification: justifications
                    .iter()
                    .find(|j| j.category.as_str() == key)
                    .map(|j| j.text.as_str().to_string()),
            }
        })
        .collect();
    Rule25 {
        employees,
        applies,
        threshold: RULE_25_THRESHOLD,
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_a_quarter_more_exceeds_and_just_under_does_not() {
        // 50,000 = 1.25 × 40,000: higher by exactly 25%.
        assert_eq!(
            compare(Some(40_000.0), Some(50_000.0)),
            (Some(Higher::Men), Some(0.25), true)
        );
        // 49,999 / 40,000 − 1 = 0.249975: under.
        let (_, excess, exceeds) = compare(Some(40_000.0), Some(49_999.0));
        assert!(!exceeds && (excess.unwrap() - 0.249975).abs() < 1e-12);
        // Women higher: 30,000 / 20,000 − 1 = 0.5.
        assert_eq!(
            compare(Some(30_000.0), Some(20_000.0)),
            (Some(Higher::Women), Some(0.5), true)
        );
        // A lower mean of 0: any positive higher mean exceeds, by no finite ratio.
        assert_eq!(
            compare(Some(0.0), Some(1.0)),
            (Some(Higher::Men), None, true)
        );
        assert_eq!(
            compare(Some(0.0), Some(0.0)),
            (Some(Higher::Equal), None, false)
        );
        assert_eq!(compare(None, Some(1.0)), (None, None, false));
    }
}
