//! The decision rules: Kennedy's estimator, today's rating (logib 0.2), and the tolerance test
//! used before 2024 (logib 0.1, removed in 0.2.0).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, StudentsT};

/// The significance level of both tests.
pub const SIGNIFICANCE: f64 = 0.05;
/// The target value of today's rule: a voluntary benchmark.
pub const TARGET_VALUE: f64 = 0.025;
/// The limit value of today's rule (the Gender Equality Act, federal procurement), also the
/// tolerance threshold of the pre-2024 test.
pub const LIMIT_VALUE: f64 = 0.05;

/// Kennedy's (1981) estimator of a dummy's effect in a semi-logarithmic regression, as the
/// package writes it: `exp(b) / exp(v / 2) − 1` (`v`: the variance of `b`).
///
/// ```
/// let k = gender_impact::pay::kennedy(-0.02646259506633175, 0.003339070649566622_f64.powi(2));
/// assert!((k - -0.026120957856828775).abs() < 1e-15);
/// ```
pub fn kennedy(coefficient: f64, variance: f64) -> f64 {
    coefficient.exp() / (variance / 2.0).exp() - 1.0
}

/// Today's rating (`summary.analysis_model`): 1 when the two-sided test at 5% does not reject
/// a difference of zero (`p > 0.05`); else, with |Kennedy| cut (not rounded) to three decimals
/// as the package does, 2 up to the target value 2.5%, 3 up to the limit value 5%, and 4 above.
///
/// ```
/// use gender_impact::pay::logib_rating;
/// assert_eq!(logib_rating(0.06, -0.20), 1);
/// assert_eq!(logib_rating(0.01, -0.0259), 2); // cut to 0.025
/// assert_eq!(logib_rating(0.01, 0.0261), 3);
/// assert_eq!(logib_rating(0.01, -0.0509), 3); // cut to 0.050
/// assert_eq!(logib_rating(0.01, -0.051), 4);
/// ```
pub fn logib_rating(p_value: f64, kennedy: f64) -> u8 {
    if p_value > SIGNIFICANCE {
        return 1;
    }
    let cut = (kennedy.abs() * 1000.0).floor() / 1000.0;
    if cut <= TARGET_VALUE {
        2
    } else if cut <= LIMIT_VALUE {
        3
    } else {
        4
    }
}

/// The pre-2024 tolerance test (logib 0.1): does the difference significantly exceed the
/// tolerance threshold of 5%? H0: |difference| = 5%, HA: |difference| > 5%, one-sided at 5%.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ToleranceTest {
    /// `(|β| − 0.05) / se`.
    pub t: f64,
    /// The critical value, Student's t quantile 0.95 on the residual degrees of freedom.
    pub critical_t: f64,
    /// The one-sided p-value, `1 − F(t)`.
    pub p_value: f64,
    /// Whether the tolerance threshold is significantly exceeded (`p ≤ 0.05`; the package's
    /// rating 3 of logib 0.1, when the test of zero also rejects).
    pub exceeded: bool,
}

/// The tolerance test of `coefficient` with standard error `se` (positive) on `df` (positive)
/// degrees of freedom; `None` when Student's t cannot be built.
pub(super) fn tolerance_test(coefficient: f64, se: f64, df: f64) -> Option<ToleranceTest> {
    let dist = StudentsT::new(0.0, 1.0, df).ok()?;
    let t = (coefficient.abs() - LIMIT_VALUE) / se;
    let p_value = dist.sf(t);
    Some(ToleranceTest {
        t,
        critical_t: dist.inverse_cdf(1.0 - SIGNIFICANCE),
        p_value,
        exceeded: p_value <= SIGNIFICANCE,
    })
}
