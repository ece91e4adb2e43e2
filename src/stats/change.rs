//! The change of a share between two periods, with its uncertainty: the difference, Newcombe's
//! hybrid score interval for it, and Fisher's exact test of equal underlying rates.
//!
//! - **Newcombe's interval** (Newcombe 1998, "Interval estimation for the difference between
//!   independent proportions", *Statistics in Medicine* 17, method 10): with `p1, p2` the shares
//!   and `[l1, u1]`, `[l2, u2]` their Wilson intervals, the difference `d = p2 − p1` has the
//!   interval `[d − √((p2 − l2)² + (u1 − p1)²), d + √((u2 − p2)² + (p1 − l1)²)]`.
//! - **Fisher's exact test**, two-sided as R's `fisher.test` computes it: the sum of the
//!   hypergeometric probabilities of all tables with the same margins that are no more likely
//!   than the one observed (with a relative tolerance of 10⁻⁷). When the table has more than a
//!   million possible values the two-proportion z-test with pooled variance is used instead
//!   (the exact sum would take too long; the normal approximation is then very close).
//!
//! Both treat the two periods as independent samples. When the same people are counted in both
//! (a board re-elected in part), the test is approximate: it asks whether the counts could come
//! from one unchanged rate, not whether particular people changed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::stats::{ConfidenceLevel, Interval, IntervalMethod, Proportion};

/// The change of a value since the previous period.
///
/// ```
/// use gender_impact::stats::share_change;
/// use gender_impact::stats::Proportion;
/// let c = share_change(Proportion::new(5, 31).unwrap(), Proportion::new(10, 31).unwrap(),
///     Default::default()).unwrap();
/// assert!(c.exact && c.interval.unwrap().low < 0.0); // the interval includes no change
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// This period's value minus the previous one's (for shares, in proportion: 0.05 is 5 points).
    pub difference: f64,
    /// Newcombe's hybrid score interval for the difference of two shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// Two-sided p-value of the test that both periods share one underlying rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p_value: Option<f64>,
    /// True when the p-value is Fisher's exact test; false for the z-test approximation.
    #[serde(default)]
    pub exact: bool,
}

/// The change from `before` to `after`, two shares with their counts.
///
/// ```
/// use gender_impact::stats::share_change;
/// use gender_impact::stats::Proportion;
/// // 1 of 4 women, then 3 of 4: Fisher's two-sided p = (1 + 16 + 16 + 1) / 70 = 0.4857.
/// let c = share_change(Proportion::new(1, 4).unwrap(), Proportion::new(3, 4).unwrap(),
///     Default::default()).unwrap();
/// assert!((c.difference - 0.5).abs() < 1e-12);
/// assert!((c.p_value.unwrap() - 34.0 / 70.0).abs() < 1e-12);
/// ```
pub fn share_change(
    before: Proportion,
    after: Proportion,
    level: ConfidenceLevel,
) -> Option<Change> {
    let p1 = before.share()?.get();
    let p2 = after.share()?.get();
    let i1 = before.interval(IntervalMethod::Wilson, level)?;
    let i2 = after.interval(IntervalMethod::Wilson, level)?;
    let d = p2 - p1;
    let low = d - ((p2 - i2.low).powi(2) + (i1.high - p1).powi(2)).sqrt();
    let high = d + ((i2.high - p2).powi(2) + (p1 - i1.low).powi(2)).sqrt();
    let (p_value, exact) = fisher_or_z(
        before.successes(),
        before.trials(),
        after.successes(),
        after.trials(),
    );
    Some(Change {
        difference: d,
        interval: Some(Interval {
            method: IntervalMethod::Wilson,
            level: level.get(),
            low: low.max(-1.0),
            high: high.min(1.0),
        }),
        p_value: p_value.filter(|p| p.is_finite()),
        exact,
    })
}

/// Largest number of tables Fisher's test sums over before the z-test is used instead.
const EXACT_LIMIT: u64 = 1_000_000;

fn fisher_or_z(x1: u64, n1: u64, x2: u64, n2: u64) -> (Option<f64>, bool) {
    let m = x1 + x2;
    let lo = m.saturating_sub(n2);
    let hi = n1.min(m);
    if hi - lo <= EXACT_LIMIT {
        (Some(fisher_two_sided(x1, n1, n2, m, lo, hi)), true)
    } else {
        (z_test(x1, n1, x2, n2), false)
    }
}

/// Fisher's exact two-sided p-value for `x1` of `n1` against the rest of `m` successes among
/// `n2` (hypergeometric over `k` from `lo` to `hi`).
fn fisher_two_sided(x1: u64, n1: u64, n2: u64, m: u64, lo: u64, hi: u64) -> f64 {
    use statrs::function::factorial::ln_binomial;
    let ln_total = ln_binomial(n1 + n2, m);
    let ln_p = |k: u64| ln_binomial(n1, k) + ln_binomial(n2, m - k) - ln_total;
    let observed = ln_p(x1);
    let cut = observed + (1.0 + 1e-7f64).ln();
    let p: f64 = (lo..=hi)
        .map(ln_p)
        .filter(|&l| l <= cut)
        .map(f64::exp)
        .sum();
    p.min(1.0)
}

/// The two-proportion z-test with pooled variance, two-sided.
fn z_test(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<f64> {
    use statrs::distribution::{ContinuousCDF, Normal};
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let pooled = (x1 + x2) as f64 / (n1f + n2f);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1f + 1.0 / n2f)).sqrt();
    if se.is_nan() || se <= 0.0 {
        return Some(1.0);
    }
    let z = (x2 as f64 / n2f - x1 as f64 / n1f) / se;
    let normal = Normal::new(0.0, 1.0).ok()?;
    Some((2.0 * (1.0 - normal.cdf(z.abs()))).min(1.0))
}
