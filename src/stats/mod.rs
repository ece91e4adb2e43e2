//! Inference for a proportion: confidence intervals and the exact binomial test.
//!
//! A [`Proportion`] is `k` successes out of `n` trials (for instance, women among the members of
//! a board whose gender is known). From it come
//!
//! * an [`Interval`] for the underlying rate by one of three [`IntervalMethod`]s: the Wilson score
//!   interval, the Clopper–Pearson "exact" interval, or the equal-tailed Jeffreys interval;
//! * a [`BinomialTest`]: the exact two-sided binomial test against a reference [`Share`], as R's
//!   `binom.test` and SciPy's `binomtest` compute it.
//!
//! ```
//! use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Proportion, Share};
//!
//! let board = Proportion::new(5, 31).unwrap(); // 5 women among 31 members
//! let ci = board.interval(IntervalMethod::Wilson, ConfidenceLevel::default()).unwrap();
//! assert!((ci.low - 0.0709).abs() < 1e-4 && (ci.high - 0.3263).abs() < 1e-4);
//! let test = board.binomial_test(Share::HALF).unwrap();
//! assert!(test.p_value < 0.001); // far fewer women than a fair coin would seat
//! ```
//!
//! # Accuracy
//!
//! Every interval end and p-value is checked by `tests/indicators/stats_reference.rs` against values computed
//! with SciPy (`scipy.stats.beta.ppf`, `norm.isf`, `binomtest`) for every `k` of `n = 1..=40` and
//! `n = 100`, and a spread of `k` for `n` = 1000, 10 000 and 100 000, at levels 0.90, 0.95 and
//! 0.99, and for the binomial test up to `n = 100 000`, to 1e-9 absolute; the largest deviations
//! measured are below 2e-13. The quantiles of the beta distribution are found by a safeguarded
//! Newton iteration on statrs' regularized incomplete beta function (its `Beta::cdf`): statrs' own
//! `Beta::inverse_cdf` agrees with SciPy to about 4e-12 for small `n`, but never returns for some
//! inputs with `n` of 10⁹ and more, such as `Beta(1, 10⁹)`. Nothing here panics, and no output is
//! NaN or infinite.

mod change;
mod exact_sum;
mod regression;
mod seats;

pub(crate) use exact_sum::ExactSum;
pub(crate) use regression::pick;

pub use change::{Change, share_change};
pub use regression::{
    Coefficient, Design, Detail, FactorColumns, Oaxaca, Ols, Reference, RegressionError, Threefold,
    Twofold, oaxaca, ols,
};
pub use seats::{seats_needed, seats_short};

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use statrs::distribution::{Beta, Continuous, ContinuousCDF, Normal};

/// The largest number of trials a [`Proportion`] accepts. The intervals are checked against
/// SciPy up to 100,000 trials and by property tests up to this bound; beyond about 3·10⁷ the
/// beta quantiles lose the precision to separate the interval from the estimate.
pub const MAX_TRIALS: u64 = 10_000_000;

/// Why a statistical value could not be built.
///
/// ```
/// use gender_impact::stats::{Share, StatsError};
///
/// let err = Share::new(1.5).unwrap_err();
/// assert_eq!(err, StatsError::ShareOutOfRange { value: 1.5 });
/// assert_eq!(err.to_string(), "a share must be a number from 0 to 1, found 1.5");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum StatsError {
    /// A share was not a finite number in `[0, 1]`.
    #[error("a share must be a number from 0 to 1, found {value}")]
    ShareOutOfRange {
        /// The value given.
        value: f64,
    },
    /// A confidence level was not strictly between 0 and 1.
    #[error("a confidence level must be strictly between 0 and 1 (e.g. 0.95), found {value}")]
    LevelOutOfRange {
        /// The value given.
        value: f64,
    },
    /// More trials than the methods are checked for ([`MAX_TRIALS`]).
    #[error(
        "expected at most {} people in a proportion (the range its intervals are checked for), found {trials}",
        MAX_TRIALS
    )]
    TooManyTrials {
        /// The number of trials given.
        trials: u64,
    },
    /// More successes than trials.
    #[error(
        "successes cannot exceed trials: expected at most {trials} successes, found {successes}"
    )]
    SuccessesExceedTrials {
        /// The number of successes given.
        successes: u64,
        /// The number of trials given.
        trials: u64,
    },
    /// A name that is not one of the interval methods.
    #[error(
        "unknown interval method {found:?}: expected \"wilson\", \"clopper-pearson\" (or \"clopper_pearson\") or \"jeffreys\""
    )]
    UnknownMethod {
        /// The name given.
        found: String,
    },
}

/// A share in `[0, 1]`: always a finite number, 0 and 1 included.
///
/// Serialises as a plain number; deserialising a number outside `[0, 1]` fails. Its JSON Schema is
/// `{"type": "number", "minimum": 0, "maximum": 1}`.
///
/// ```
/// use gender_impact::stats::Share;
///
/// let s = Share::new(0.4).unwrap();
/// assert_eq!(s.get(), 0.4);
/// assert_eq!(serde_json::to_string(&s).unwrap(), "0.4");
/// assert_eq!(serde_json::from_str::<Share>("0.4").unwrap(), s);
/// assert!(serde_json::from_str::<Share>("1.5").is_err());
/// assert!(Share::new(f64::NAN).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Share(f64);

impl Share {
    /// One half, the default reference of the binomial test.
    ///
    /// ```
    /// use gender_impact::stats::Share;
    /// assert_eq!(Share::HALF.get(), 0.5);
    /// ```
    pub const HALF: Share = Share(0.5);

    /// A share, if `value` is a number from 0 to 1 (NaN is not).
    ///
    /// ```
    /// use gender_impact::stats::{Share, StatsError};
    ///
    /// assert_eq!(Share::new(0.0).unwrap().get(), 0.0);
    /// assert_eq!(Share::new(1.0).unwrap().get(), 1.0);
    /// assert_eq!(Share::new(-0.1), Err(StatsError::ShareOutOfRange { value: -0.1 }));
    /// ```
    pub fn new(value: f64) -> Result<Share, StatsError> {
        if (0.0..=1.0).contains(&value) {
            // `-0.0` is stored as `0.0`, so that it prints and serialises as 0.
            Ok(Share(value + 0.0))
        } else {
            Err(StatsError::ShareOutOfRange { value })
        }
    }

    /// The share as a number in `[0, 1]`.
    ///
    /// ```
    /// use gender_impact::stats::Share;
    /// assert_eq!(Share::new(0.25).unwrap().get(), 0.25);
    /// ```
    pub fn get(self) -> f64 {
        self.0
    }
}

/// Same as [`Share::new`].
///
/// ```
/// use gender_impact::stats::Share;
/// assert_eq!(Share::try_from(0.5), Ok(Share::HALF));
/// assert!(Share::try_from(2.0).is_err());
/// ```
impl TryFrom<f64> for Share {
    type Error = StatsError;

    fn try_from(value: f64) -> Result<Share, StatsError> {
        Share::new(value)
    }
}

/// Same as [`Share::get`].
///
/// ```
/// use gender_impact::stats::Share;
/// assert_eq!(f64::from(Share::HALF), 0.5);
/// ```
impl From<Share> for f64 {
    fn from(share: Share) -> f64 {
        share.0
    }
}

impl fmt::Display for Share {
    /// The number, as `f64` prints it.
    ///
    /// ```
    /// use gender_impact::stats::Share;
    /// assert_eq!(Share::HALF.to_string(), "0.5");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The JSON Schema `{"type": "number", "minimum": 0, "maximum": 1}`.
///
/// ```
/// use gender_impact::stats::Share;
/// let schema = serde_json::to_value(schemars::schema_for!(Share)).unwrap();
/// assert_eq!(schema["type"], "number");
/// assert_eq!(schema["minimum"], 0);
/// assert_eq!(schema["maximum"], 1);
/// ```
impl JsonSchema for Share {
    fn schema_name() -> Cow<'static, str> {
        "Share".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "number", "minimum": 0, "maximum": 1})
    }
}

/// A confidence level, strictly between 0 and 1; the default is 0.95.
///
/// Serialises as a plain number; deserialising a number outside `(0, 1)` fails. Its JSON Schema is
/// `{"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}`.
///
/// ```
/// use gender_impact::stats::ConfidenceLevel;
///
/// assert_eq!(ConfidenceLevel::default().get(), 0.95);
/// assert_eq!(ConfidenceLevel::new(0.99).unwrap().get(), 0.99);
/// assert!(ConfidenceLevel::new(1.0).is_err());
/// assert!(serde_json::from_str::<ConfidenceLevel>("0").is_err());
/// assert_eq!(serde_json::to_string(&ConfidenceLevel::default()).unwrap(), "0.95");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct ConfidenceLevel(f64);

impl ConfidenceLevel {
    /// A confidence level, if `value` is strictly between 0 and 1 (NaN is not).
    ///
    /// ```
    /// use gender_impact::stats::{ConfidenceLevel, StatsError};
    ///
    /// assert!(ConfidenceLevel::new(0.9).is_ok());
    /// assert_eq!(ConfidenceLevel::new(95.0), Err(StatsError::LevelOutOfRange { value: 95.0 }));
    /// assert!(ConfidenceLevel::new(0.0).is_err());
    /// ```
    pub fn new(value: f64) -> Result<ConfidenceLevel, StatsError> {
        if value > 0.0 && value < 1.0 {
            Ok(ConfidenceLevel(value))
        } else {
            Err(StatsError::LevelOutOfRange { value })
        }
    }

    /// The level as a number in `(0, 1)`.
    ///
    /// ```
    /// use gender_impact::stats::ConfidenceLevel;
    /// assert_eq!(ConfidenceLevel::new(0.9).unwrap().get(), 0.9);
    /// ```
    pub fn get(self) -> f64 {
        self.0
    }
}

/// 0.95.
///
/// ```
/// use gender_impact::stats::ConfidenceLevel;
/// assert_eq!(ConfidenceLevel::default().get(), 0.95);
/// ```
impl Default for ConfidenceLevel {
    fn default() -> ConfidenceLevel {
        ConfidenceLevel(0.95)
    }
}

/// Same as [`ConfidenceLevel::new`].
///
/// ```
/// use gender_impact::stats::ConfidenceLevel;
/// assert_eq!(ConfidenceLevel::try_from(0.95), Ok(ConfidenceLevel::default()));
/// assert!(ConfidenceLevel::try_from(f64::NAN).is_err());
/// ```
impl TryFrom<f64> for ConfidenceLevel {
    type Error = StatsError;

    fn try_from(value: f64) -> Result<ConfidenceLevel, StatsError> {
        ConfidenceLevel::new(value)
    }
}

/// Same as [`ConfidenceLevel::get`].
///
/// ```
/// use gender_impact::stats::ConfidenceLevel;
/// assert_eq!(f64::from(ConfidenceLevel::default()), 0.95);
/// ```
impl From<ConfidenceLevel> for f64 {
    fn from(level: ConfidenceLevel) -> f64 {
        level.0
    }
}

impl fmt::Display for ConfidenceLevel {
    /// The number, as `f64` prints it.
    ///
    /// ```
    /// use gender_impact::stats::ConfidenceLevel;
    /// assert_eq!(ConfidenceLevel::default().to_string(), "0.95");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The JSON Schema `{"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}`.
///
/// ```
/// use gender_impact::stats::ConfidenceLevel;
/// let schema = serde_json::to_value(schemars::schema_for!(ConfidenceLevel)).unwrap();
/// assert_eq!(schema["exclusiveMinimum"], 0);
/// assert_eq!(schema["exclusiveMaximum"], 1);
/// ```
impl JsonSchema for ConfidenceLevel {
    fn schema_name() -> Cow<'static, str> {
        "ConfidenceLevel".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1})
    }
}

/// How a confidence interval for a proportion is computed.
///
/// With `x` successes out of `n` trials, `α = 1 − level` and `z` the standard normal quantile at
/// `1 − α/2`:
///
/// * [`Wilson`](IntervalMethod::Wilson) (the default): the score interval,
///   centre `(x + z²/2)/(n + z²)`, half-width `z/(n + z²)·√(x(n − x)/n + z²/4)`.
/// * [`ClopperPearson`](IntervalMethod::ClopperPearson): the "exact" interval from beta
///   quantiles, `[B(α/2; x, n − x + 1), B(1 − α/2; x + 1, n − x)]`, 0 when `x = 0` and 1 when
///   `x = n`. Conservative: it covers the true rate at least `level` of the time.
/// * [`Jeffreys`](IntervalMethod::Jeffreys): the equal-tailed interval of the Jeffreys posterior
///   `Beta(x + ½, n − x + ½)`, with the boundary modification of Brown, Cai and DasGupta (2001):
///   the lower end is 0 when `x = 0` and the upper end 1 when `x = n`. statsmodels'
///   `proportion_confint(method="jeffreys")` does not apply that modification, so it differs at
///   `x = 0` and `x = n` only.
///
/// Serialises in snake_case: `"wilson"`, `"clopper_pearson"`, `"jeffreys"`.
///
/// ```
/// use gender_impact::stats::IntervalMethod;
///
/// let m: IntervalMethod = "clopper-pearson".parse().unwrap();
/// assert_eq!(m, IntervalMethod::ClopperPearson);
/// assert_eq!(m.to_string(), "clopper_pearson");
/// assert_eq!(serde_json::to_string(&m).unwrap(), "\"clopper_pearson\"");
/// assert_eq!(IntervalMethod::default(), IntervalMethod::Wilson);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IntervalMethod {
    /// The Wilson score interval.
    #[default]
    Wilson,
    /// The Clopper–Pearson interval, from beta quantiles.
    ClopperPearson,
    /// The equal-tailed Jeffreys interval, with the Brown–Cai–DasGupta boundary modification.
    Jeffreys,
}

impl IntervalMethod {
    /// Every method, in the order of declaration.
    ///
    /// ```
    /// use gender_impact::stats::IntervalMethod;
    /// assert_eq!(IntervalMethod::ALL.len(), 3);
    /// assert_eq!(IntervalMethod::ALL[0], IntervalMethod::Wilson);
    /// ```
    pub const ALL: [IntervalMethod; 3] = [
        IntervalMethod::Wilson,
        IntervalMethod::ClopperPearson,
        IntervalMethod::Jeffreys,
    ];

    /// The snake_case name, as serialised: `"wilson"`, `"clopper_pearson"` or `"jeffreys"`.
    ///
    /// ```
    /// use gender_impact::stats::IntervalMethod;
    /// assert_eq!(IntervalMethod::Jeffreys.name(), "jeffreys");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            IntervalMethod::Wilson => "wilson",
            IntervalMethod::ClopperPearson => "clopper_pearson",
            IntervalMethod::Jeffreys => "jeffreys",
        }
    }
}

/// Parses `"wilson"`, `"clopper-pearson"` or `"clopper_pearson"`, and `"jeffreys"`, ignoring ASCII
/// case and surrounding white space.
///
/// ```
/// use gender_impact::stats::{IntervalMethod, StatsError};
///
/// assert_eq!("wilson".parse(), Ok(IntervalMethod::Wilson));
/// assert_eq!("clopper_pearson".parse(), Ok(IntervalMethod::ClopperPearson));
/// assert_eq!("Jeffreys".parse(), Ok(IntervalMethod::Jeffreys));
/// assert_eq!(
///     "wald".parse::<IntervalMethod>(),
///     Err(StatsError::UnknownMethod { found: "wald".to_string() })
/// );
/// ```
impl FromStr for IntervalMethod {
    type Err = StatsError;

    fn from_str(s: &str) -> Result<IntervalMethod, StatsError> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("wilson") {
            Ok(IntervalMethod::Wilson)
        } else if t.eq_ignore_ascii_case("clopper-pearson")
            || t.eq_ignore_ascii_case("clopper_pearson")
        {
            Ok(IntervalMethod::ClopperPearson)
        } else if t.eq_ignore_ascii_case("jeffreys") {
            Ok(IntervalMethod::Jeffreys)
        } else {
            Err(StatsError::UnknownMethod {
                found: s.to_string(),
            })
        }
    }
}

/// The snake_case name (see [`IntervalMethod::name`]).
///
/// ```
/// use gender_impact::stats::IntervalMethod;
/// assert_eq!(IntervalMethod::ClopperPearson.to_string(), "clopper_pearson");
/// ```
impl fmt::Display for IntervalMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `successes` out of `trials`; `successes <= trials` always holds.
///
/// Serialises as `{"successes": k, "trials": n}`; deserialising `k > n` (or an unknown field) fails.
///
/// ```
/// use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Proportion, Share};
///
/// let p = Proportion::new(3, 10).unwrap();
/// assert_eq!(p.share().unwrap().get(), 0.3);
/// let ci = p.interval(IntervalMethod::Wilson, ConfidenceLevel::default()).unwrap();
/// assert!((ci.low - 0.1078).abs() < 1e-4 && (ci.high - 0.6032).abs() < 1e-4);
/// let t = p.binomial_test(Share::HALF).unwrap();
/// assert!((t.p_value - 0.34375).abs() < 1e-12);
///
/// assert!(Proportion::new(11, 10).is_err());
/// assert!(serde_json::from_str::<Proportion>(r#"{"successes": 11, "trials": 10}"#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawProportion")]
pub struct Proportion {
    successes: u64,
    trials: u64,
}

/// The serialised form of a [`Proportion`], before its check.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProportion {
    successes: u64,
    trials: u64,
}

impl TryFrom<RawProportion> for Proportion {
    type Error = StatsError;

    fn try_from(raw: RawProportion) -> Result<Proportion, StatsError> {
        Proportion::new(raw.successes, raw.trials)
    }
}

impl Proportion {
    /// `successes` out of `trials`, if `successes <= trials`.
    ///
    /// ```
    /// use gender_impact::stats::{Proportion, StatsError};
    ///
    /// assert!(Proportion::new(0, 0).is_ok());
    /// assert_eq!(
    ///     Proportion::new(4, 3),
    ///     Err(StatsError::SuccessesExceedTrials { successes: 4, trials: 3 })
    /// );
    /// ```
    pub fn new(successes: u64, trials: u64) -> Result<Proportion, StatsError> {
        if successes > trials {
            Err(StatsError::SuccessesExceedTrials { successes, trials })
        } else if trials > MAX_TRIALS {
            Err(StatsError::TooManyTrials { trials })
        } else {
            Ok(Proportion { successes, trials })
        }
    }

    /// The number of successes, `k`.
    ///
    /// ```
    /// use gender_impact::stats::Proportion;
    /// assert_eq!(Proportion::new(2, 5).unwrap().successes(), 2);
    /// ```
    pub fn successes(&self) -> u64 {
        self.successes
    }

    /// The number of trials, `n`.
    ///
    /// ```
    /// use gender_impact::stats::Proportion;
    /// assert_eq!(Proportion::new(2, 5).unwrap().trials(), 5);
    /// ```
    pub fn trials(&self) -> u64 {
        self.trials
    }

    /// The observed share `k / n`; `None` when there are no trials.
    ///
    /// ```
    /// use gender_impact::stats::Proportion;
    /// assert_eq!(Proportion::new(2, 5).unwrap().share().unwrap().get(), 0.4);
    /// assert_eq!(Proportion::new(0, 0).unwrap().share(), None);
    /// ```
    pub fn share(&self) -> Option<Share> {
        if self.trials == 0 {
            return None;
        }
        // k <= n, so the quotient is in [0, 1] (division rounds monotonically).
        Some(Share(self.successes as f64 / self.trials as f64))
    }

    /// A confidence interval for the underlying rate, by `method` at `level` (see
    /// [`IntervalMethod`] for the formulas); `None` when there are no trials.
    ///
    /// The ends are in `[0, 1]` and finite. The lower end is exactly 0 when `k = 0` and the upper
    /// end exactly 1 when `k = n`, for every method.
    ///
    /// ```
    /// use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Proportion};
    ///
    /// let level = ConfidenceLevel::default();
    /// let cp = Proportion::new(1, 5).unwrap().interval(IntervalMethod::ClopperPearson, level).unwrap();
    /// assert!((cp.low - 0.0051).abs() < 1e-4 && (cp.high - 0.7164).abs() < 1e-4);
    /// let none = Proportion::new(0, 7).unwrap().interval(IntervalMethod::Jeffreys, level).unwrap();
    /// assert_eq!(none.low, 0.0);
    /// assert!(Proportion::new(0, 0).unwrap().interval(IntervalMethod::Wilson, level).is_none());
    /// ```
    pub fn interval(&self, method: IntervalMethod, level: ConfidenceLevel) -> Option<Interval> {
        if self.trials == 0 {
            return None;
        }
        let (x, n) = (self.successes, self.trials);
        let alpha = 1.0 - level.get();
        let (low, high) = match method {
            IntervalMethod::Wilson => wilson(x, n, alpha),
            IntervalMethod::ClopperPearson => clopper_pearson(x, n, alpha),
            IntervalMethod::Jeffreys => jeffreys(x, n, alpha),
        };
        Some(Interval {
            method,
            level: level.get(),
            low,
            high,
        })
    }

    /// The exact two-sided binomial test of "the rate is `reference`"; `None` when there are no
    /// trials.
    ///
    /// The p-value is the probability, under the reference rate, of an outcome no more likely
    /// than the one observed: the sum of `P(X = i)` over every `i` with
    /// `P(X = i) <= P(X = k)·(1 + 10⁻⁷)`, capped at 1, exactly as R's `binom.test` and SciPy's
    /// `binomtest(alternative="two-sided")` compute it (the `1 + 10⁻⁷` absorbs rounding in ties).
    /// It is 1 when `k = n·reference`. A reference of 0 (or 1) gives 1 when `k = 0` (or `k = n`),
    /// the only possible outcome, and 0 otherwise.
    ///
    /// The probabilities are summed outwards from the mode, so the cost is linear in `n` for small
    /// `n` and grows like `√(n·p·(1 − p))` for large `n` (outcomes below 10⁻³⁰⁰ times the
    /// probability of the mode are left out); nothing is allocated.
    ///
    /// ```
    /// use gender_impact::stats::{Proportion, Share};
    ///
    /// let t = Proportion::new(3, 10).unwrap().binomial_test(Share::HALF).unwrap();
    /// assert!((t.p_value - 0.34375).abs() < 1e-12); // = 2·P(X <= 3) = 2·176/1024
    /// assert_eq!(t.reference, 0.5);
    ///
    /// let zero = Share::new(0.0).unwrap();
    /// assert_eq!(Proportion::new(0, 8).unwrap().binomial_test(zero).unwrap().p_value, 1.0);
    /// assert_eq!(Proportion::new(1, 8).unwrap().binomial_test(zero).unwrap().p_value, 0.0);
    /// assert!(Proportion::new(0, 0).unwrap().binomial_test(Share::HALF).is_none());
    /// ```
    pub fn binomial_test(&self, reference: Share) -> Option<BinomialTest> {
        if self.trials == 0 {
            return None;
        }
        Some(BinomialTest {
            reference: reference.get(),
            p_value: binomial_two_sided(self.successes, self.trials, reference.get()),
        })
    }
}

/// A confidence interval for a rate.
///
/// ```
/// use gender_impact::stats::{ConfidenceLevel, Interval, IntervalMethod, Proportion};
///
/// let ci: Interval = Proportion::new(12, 30).unwrap()
///     .interval(IntervalMethod::Jeffreys, ConfidenceLevel::default())
///     .unwrap();
/// assert_eq!((ci.method, ci.level), (IntervalMethod::Jeffreys, 0.95));
/// assert!((ci.low - 0.2405).abs() < 1e-4 && (ci.high - 0.5778).abs() < 1e-4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Interval {
    /// How the interval was computed.
    pub method: IntervalMethod,
    /// The confidence level, in `(0, 1)`.
    pub level: f64,
    /// The lower end, in `[0, 1]`.
    pub low: f64,
    /// The upper end, in `[low, 1]`.
    pub high: f64,
}

/// The result of an exact two-sided binomial test (see [`Proportion::binomial_test`]).
///
/// ```
/// use gender_impact::stats::{BinomialTest, Proportion, Share};
///
/// let t: BinomialTest = Proportion::new(45, 100).unwrap().binomial_test(Share::HALF).unwrap();
/// assert_eq!(t.reference, 0.5);
/// assert!((t.p_value - 0.3682).abs() < 1e-4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BinomialTest {
    /// The rate tested against, in `[0, 1]`.
    pub reference: f64,
    /// The two-sided p-value, in `[0, 1]`.
    pub p_value: f64,
}

// ---------------------------------------------------------------------------------------------
// Intervals

/// The standard normal quantile at `1 − alpha/2`, computed as `−Φ⁻¹(alpha/2)`, which is the same
/// number without the rounding of `1 − alpha/2` (so it stays finite as `alpha → 0`).
/// `alpha` is in `(0, 1)`.
fn z_value(alpha: f64) -> f64 {
    let tail = (0.5 * alpha).clamp(f64::MIN_POSITIVE, 0.5);
    let z = -Normal::standard().inverse_cdf(tail);
    if z.is_finite() { z.max(0.0) } else { 0.0 }
}

fn wilson(x: u64, n: u64, alpha: f64) -> (f64, f64) {
    let (xf, nf) = (x as f64, n as f64);
    let z = z_value(alpha);
    let z2 = z * z;
    let centre = (xf + z2 / 2.0) / (nf + z2);
    let half = z / (nf + z2) * (xf * (nf - xf) / nf + z2 / 4.0).sqrt();
    // The interval always contains x/n; min/max only remove rounding error.
    let share = xf / nf;
    let low = if x == 0 {
        0.0
    } else {
        (centre - half).clamp(0.0, share)
    };
    let high = if x == n {
        1.0
    } else {
        (centre + half).clamp(share, 1.0)
    };
    (low, high)
}

fn clopper_pearson(x: u64, n: u64, alpha: f64) -> (f64, f64) {
    let (xf, nf) = (x as f64, n as f64);
    let tail = 0.5 * alpha;
    let low = if x == 0 {
        0.0
    } else {
        beta_quantile(xf, nf - xf + 1.0, tail, 1.0 - tail).unwrap_or(0.0)
    };
    let high = if x == n {
        1.0
    } else {
        beta_quantile(xf + 1.0, nf - xf, 1.0 - tail, tail).unwrap_or(1.0)
    };
    (low, high.max(low))
}

fn jeffreys(x: u64, n: u64, alpha: f64) -> (f64, f64) {
    let (a, b) = (x as f64 + 0.5, (n - x) as f64 + 0.5);
    let tail = 0.5 * alpha;
    let low = if x == 0 {
        0.0
    } else {
        beta_quantile(a, b, tail, 1.0 - tail).unwrap_or(0.0)
    };
    let high = if x == n {
        1.0
    } else {
        beta_quantile(a, b, 1.0 - tail, tail).unwrap_or(1.0)
    };
    (low, high.max(low))
}

/// The quantile of `Beta(a, b)` at lower-tail probability `lower` (`upper = 1 − lower`, passed
/// separately so that neither is rounded through the other): the `x` in `[0, 1]` with
/// `I_x(a, b) = lower`. `None` only if statrs refuses the parameters.
///
/// The root is sought in whichever half of `[0, 1]` holds it, as `x` or as `1 − x` (by the
/// symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)`), so that small ends keep their relative precision.
fn beta_quantile(a: f64, b: f64, lower: f64, upper: f64) -> Option<f64> {
    if lower <= 0.0 {
        return Some(0.0);
    }
    if upper <= 0.0 {
        return Some(1.0);
    }
    let dist = Beta::new(a, b).ok()?;
    if lower <= dist.cdf(0.5) {
        lower_half_root(&dist, a, b, lower)
    } else {
        let mirror = Beta::new(b, a).ok()?;
        lower_half_root(&mirror, b, a, upper).map(|y| 1.0 - y)
    }
}

/// The root of `I_x(a, b) = p` in `(0, ½]`, where `dist` is `Beta(a, b)` and `0 < p <= I_½(a, b)`.
///
/// Newton's method on statrs' regularized incomplete beta function (its cdf), kept inside a
/// bracket that shrinks at every step; a step that would leave the bracket is replaced by a
/// bisection (geometric when the bracket spans orders of magnitude). It stops when a step is below
/// a few ulps, and after 200 iterations whatever happens.
fn lower_half_root(dist: &Beta, a: f64, b: f64, p: f64) -> Option<f64> {
    let (mut lo, mut hi) = (0.0_f64, 0.5_f64);
    let guess = if a > 1.0 && b > 1.0 {
        // Carter's (1947) normal approximation, as in algorithm AS 109 (Cran et al. 1977).
        let y = -Normal::standard().inverse_cdf(p);
        let r = (y * y - 3.0) / 6.0;
        let (s, t) = (1.0 / (2.0 * a - 1.0), 1.0 / (2.0 * b - 1.0));
        let h = 2.0 / (s + t);
        let w = y * (h + r).sqrt() / h - (t - s) * (r + 5.0 / 6.0 - 2.0 / (3.0 * h));
        a / (a + b * (2.0 * w).exp())
    } else {
        // The leading term of the series at 0: I_x(a, b) ≈ x^a / (a·B(a, b)).
        let ln_beta = statrs::function::beta::checked_ln_beta(a, b).ok()?;
        ((p.ln() + a.ln() + ln_beta) / a).exp()
    };
    let mut x = if guess > 0.0 && guess < hi { guess } else { hi };
    for _ in 0..200 {
        let f = dist.cdf(x) - p;
        if f == 0.0 {
            return Some(x);
        }
        if f < 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let step = f / dist.pdf(x);
        if step.abs() <= 4.0 * f64::EPSILON * x {
            return Some((x - step).clamp(lo, hi));
        }
        let newton = x - step;
        x = if newton > lo && newton < hi {
            newton
        } else if lo > 0.0 && hi > 8.0 * lo {
            (lo * hi).sqrt()
        } else if lo > 0.0 {
            0.5 * (lo + hi)
        } else {
            hi / 16.0
        };
        if hi - lo <= 4.0 * f64::EPSILON * hi {
            return Some(x);
        }
    }
    Some(x)
}

// ---------------------------------------------------------------------------------------------
// The exact binomial test

/// R's and SciPy's tolerance for "no more likely than the observation".
const REL_ERR: f64 = 1.0 + 1e-7;

/// Outcomes whose probability is below this fraction of the mode's are left out of the sums
/// (their total is below `n·10⁻³⁰⁰`).
const NEGLIGIBLE: f64 = 1e-300;

/// The two-sided p-value of observing `x` out of `n` (`0 < n`, `x <= n`) when the rate is `p`.
///
/// The algorithm of R's `binom.test`: with `d = P(X = x)` and `m = n·p`,
/// if `x = m` the p-value is 1; if `x < m` it is `P(X <= x)` plus the probability of the
/// outcomes `i >= m` with `P(X = i) <= d·(1 + 10⁻⁷)`; symmetrically if `x > m`.
///
/// The probabilities are computed relative to the one at the mode (which is then 1), walking
/// outwards with the ratio of successive probabilities, `P(i + 1)/P(i) = (n − i)p / ((i + 1)q)`,
/// and normalised by their sum at the end: no logarithms of factorials, no overflow or
/// underflow near the mode, and a relative error of about `n·ε` at worst.
fn binomial_two_sided(x: u64, n: u64, p: f64) -> f64 {
    if p <= 0.0 {
        return if x == 0 { 1.0 } else { 0.0 };
    }
    if p >= 1.0 {
        return if x == n { 1.0 } else { 0.0 };
    }
    let q = 1.0 - p;
    let (xf, nf) = (x as f64, n as f64);
    let m = nf * p;
    if xf == m {
        return 1.0;
    }
    // The mode, floor((n + 1)p); `as` saturates, and NaN cannot occur.
    let mode_f = ((nf + 1.0) * p).floor();
    let mode = if mode_f >= nf { n } else { mode_f as u64 };
    // w(i + 1) / w(i) and w(i − 1) / w(i).
    let up = |i: u64| ((n - i) as f64 * p) / ((i + 1) as f64 * q);
    let down = |i: u64| (i as f64 * q) / ((n - i + 1) as f64 * p);

    let mut total = 0.0;
    let mut tail = 0.0;
    if xf < m {
        // x <= mode: walk down from the mode through x to 0, then up from the mode to n.
        let start = mode.max(x);
        let (mut i, mut w, mut wx) = (start, 1.0_f64, 0.0_f64);
        loop {
            total += w;
            if i <= x {
                tail += w;
                if i == x {
                    wx = w;
                }
            }
            if i == 0 || w < NEGLIGIBLE {
                break;
            }
            w *= down(i);
            i -= 1;
        }
        if wx == 0.0 {
            // P(X = x) is negligible, and so is every outcome at most as likely.
            return 0.0;
        }
        // The other side, from the mode (already counted in `total`) up.
        let cut = wx * REL_ERR;
        let (mut i, mut w) = (start, 1.0_f64);
        loop {
            if i as f64 >= m && w <= cut {
                tail += w;
            }
            if i == n || w < NEGLIGIBLE {
                break;
            }
            w *= up(i);
            i += 1;
            total += w;
        }
    } else {
        // x >= mode: walk up from the mode through x to n, then down from the mode to 0.
        let start = mode.min(x);
        let (mut i, mut w, mut wx) = (start, 1.0_f64, 0.0_f64);
        loop {
            total += w;
            if i >= x {
                tail += w;
                if i == x {
                    wx = w;
                }
            }
            if i == n || w < NEGLIGIBLE {
                break;
            }
            w *= up(i);
            i += 1;
        }
        if wx == 0.0 {
            return 0.0;
        }
        let cut = wx * REL_ERR;
        let (mut i, mut w) = (start, 1.0_f64);
        loop {
            if i as f64 <= m && w <= cut {
                tail += w;
            }
            if i == 0 || w < NEGLIGIBLE {
                break;
            }
            w *= down(i);
            i -= 1;
            total += w;
        }
    }
    let value = tail / total;
    if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        // Not reachable for p in (0, 1) (total >= 1 and every weight is finite); the honest
        // answer to "no evidence could be computed" is 1.
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn level(v: f64) -> ConfidenceLevel {
        ConfidenceLevel::new(v).unwrap()
    }

    fn ci(k: u64, n: u64, method: IntervalMethod, lvl: f64) -> Interval {
        Proportion::new(k, n)
            .unwrap()
            .interval(method, level(lvl))
            .unwrap()
    }

    fn p_value(k: u64, n: u64, reference: f64) -> f64 {
        Proportion::new(k, n)
            .unwrap()
            .binomial_test(Share::new(reference).unwrap())
            .unwrap()
            .p_value
    }

    #[test]
    fn wilson_three_of_ten() {
        // z = 1.959964, z² = 3.841459; centre = (3 + 1.920729)/13.841459 = 0.355506,
        // half = 1.959964/13.841459 · √(2.1 + 0.960365) = 0.141602 · 1.749390 = 0.247717.
        let w = ci(3, 10, IntervalMethod::Wilson, 0.95);
        let centre = (w.low + w.high) / 2.0;
        let half = (w.high - w.low) / 2.0;
        assert!((centre - 0.35551).abs() < 1e-5, "{centre}");
        assert!((half - 0.24772).abs() < 1e-5, "{half}");
        assert!((w.low - 0.1078).abs() < 1e-4 && (w.high - 0.6032).abs() < 1e-4);
        assert_eq!((w.method, w.level), (IntervalMethod::Wilson, 0.95));
    }

    #[test]
    fn z_values() {
        assert!((z_value(0.05) - 1.959_963_984_540_054).abs() < 1e-14);
        assert!((z_value(0.10) - 1.644_853_626_951_472_7).abs() < 1e-14);
        assert!((z_value(0.01) - 2.575_829_303_548_900_4).abs() < 1e-14);
        // Levels at the edges of (0, 1) stay finite.
        let tiny_alpha = 1.0
            - ConfidenceLevel::new(1.0 - f64::EPSILON / 2.0)
                .unwrap()
                .get();
        assert!(z_value(tiny_alpha).is_finite() && z_value(tiny_alpha) > 8.0);
        assert!(z_value(1.0) >= 0.0 && z_value(1.0) < 1e-12);
    }

    #[test]
    fn clopper_pearson_closed_forms() {
        // x = 0: upper end 1 − (α/2)^(1/n); x = n: lower end (α/2)^(1/n).
        for n in [1_u64, 2, 7, 50, 1000] {
            let nf = n as f64;
            let zero = ci(0, n, IntervalMethod::ClopperPearson, 0.95);
            assert_eq!(zero.low, 0.0);
            assert!((zero.high - (1.0 - 0.025_f64.powf(1.0 / nf))).abs() < 1e-13);
            let all = ci(n, n, IntervalMethod::ClopperPearson, 0.95);
            assert_eq!(all.high, 1.0);
            assert!((all.low - 0.025_f64.powf(1.0 / nf)).abs() < 1e-13);
        }
        // 1 of 1: [α/2, 1].
        let one = ci(1, 1, IntervalMethod::ClopperPearson, 0.95);
        assert!((one.low - 0.025).abs() < 1e-15 && one.high == 1.0);
    }

    #[test]
    fn edges_k_zero_and_k_n() {
        for method in IntervalMethod::ALL {
            for n in [1_u64, 2, 7, 40, 1000] {
                let zero = ci(0, n, method, 0.95);
                assert_eq!(zero.low, 0.0, "{method} 0/{n}");
                assert!(zero.high > 0.0 && zero.high < 1.0, "{method} 0/{n}");
                let all = ci(n, n, method, 0.95);
                assert_eq!(all.high, 1.0, "{method} {n}/{n}");
                assert!(all.low > 0.0 && all.low < 1.0, "{method} {n}/{n}");
                // Mirror images.
                assert!((zero.high - (1.0 - all.low)).abs() < 1e-12, "{method} {n}");
            }
        }
        // Published values (statsmodels, 4 decimals).
        let w = ci(0, 7, IntervalMethod::Wilson, 0.95);
        assert!((w.high - 0.3543).abs() < 1e-4);
        let cp = ci(0, 7, IntervalMethod::ClopperPearson, 0.95);
        assert!((cp.high - 0.4096).abs() < 1e-4);
        // Jeffreys at k = n = 1: lower end is the α/2 quantile of Beta(1.5, 0.5).
        let j = ci(1, 1, IntervalMethod::Jeffreys, 0.95);
        assert!(j.low > 0.0 && j.high == 1.0);
    }

    #[test]
    fn no_trials_gives_none() {
        let p = Proportion::new(0, 0).unwrap();
        assert_eq!(p.share(), None);
        for method in IntervalMethod::ALL {
            assert_eq!(p.interval(method, ConfidenceLevel::default()), None);
        }
        assert_eq!(p.binomial_test(Share::HALF), None);
    }

    #[test]
    fn errors() {
        assert_eq!(
            Proportion::new(6, 5),
            Err(StatsError::SuccessesExceedTrials {
                successes: 6,
                trials: 5
            })
        );
        assert_eq!(
            Share::new(1.5),
            Err(StatsError::ShareOutOfRange { value: 1.5 })
        );
        assert!(matches!(
            Share::new(f64::NAN),
            Err(StatsError::ShareOutOfRange { value }) if value.is_nan()
        ));
        assert!(Share::new(f64::INFINITY).is_err());
        assert_eq!(
            ConfidenceLevel::new(1.0),
            Err(StatsError::LevelOutOfRange { value: 1.0 })
        );
        assert!(matches!(
            ConfidenceLevel::new(f64::NAN),
            Err(StatsError::LevelOutOfRange { value }) if value.is_nan()
        ));
        assert!(ConfidenceLevel::new(0.0).is_err());
        assert!(ConfidenceLevel::new(-0.5).is_err());
        assert_eq!(
            StatsError::SuccessesExceedTrials {
                successes: 6,
                trials: 5
            }
            .to_string(),
            "successes cannot exceed trials: expected at most 5 successes, found 6"
        );
        assert_eq!(
            StatsError::LevelOutOfRange { value: 1.0 }.to_string(),
            "a confidence level must be strictly between 0 and 1 (e.g. 0.95), found 1"
        );
        assert!("".parse::<IntervalMethod>().is_err());
        assert!("clopper pearson".parse::<IntervalMethod>().is_err());
    }

    #[test]
    fn serde_round_trips() {
        assert_eq!(Share::new(-0.0).unwrap().to_string(), "0");
        assert!(serde_json::from_str::<Share>("-0.01").is_err());
        assert!(serde_json::from_str::<ConfidenceLevel>("1").is_err());
        let p = Proportion::new(2, 9).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"{"successes":2,"trials":9}"#);
        assert_eq!(serde_json::from_str::<Proportion>(&json).unwrap(), p);
        assert!(serde_json::from_str::<Proportion>(r#"{"successes":2,"trials":9,"x":1}"#).is_err());
        let i = ci(2, 9, IntervalMethod::ClopperPearson, 0.9);
        let back: Interval = serde_json::from_str(&serde_json::to_string(&i).unwrap()).unwrap();
        assert_eq!(back, i);
        for m in IntervalMethod::ALL {
            let s = serde_json::to_string(&m).unwrap();
            assert_eq!(s, format!("\"{m}\""));
            assert_eq!(m.to_string().parse::<IntervalMethod>(), Ok(m));
        }
    }

    #[test]
    fn binomial_test_hand_values() {
        // 3 of 10 against ½: P(X <= 3) = 176/1024, doubled by symmetry.
        assert!((p_value(3, 10, 0.5) - 352.0 / 1024.0).abs() < 1e-15);
        assert!((p_value(7, 10, 0.5) - 352.0 / 1024.0).abs() < 1e-15);
        // 5 of 10 is the expectation.
        assert_eq!(p_value(5, 10, 0.5), 1.0);
        assert_eq!(p_value(3, 10, 0.3), 1.0);
        // 0 of 10 against ½: 2·2⁻¹⁰.
        assert!((p_value(0, 10, 0.5) - 2.0 / 1024.0).abs() < 1e-16);
        // 16 of 33 against ½: P(16) = P(17) are the two modes, so p = 1 (capped).
        assert_eq!(p_value(16, 33, 0.5), 1.0);
        assert_eq!(p_value(17, 33, 0.5), 1.0);
        // 1 of 1 against 0.3: P(X = 1) = 0.3 <= P(X = 0) = 0.7, so p = 0.3.
        assert!((p_value(1, 1, 0.3) - 0.3).abs() < 1e-15);
        assert_eq!(p_value(0, 1, 0.3), 1.0);
        // References 0 and 1.
        assert_eq!(p_value(0, 5, 0.0), 1.0);
        assert_eq!(p_value(2, 5, 0.0), 0.0);
        assert_eq!(p_value(5, 5, 1.0), 1.0);
        assert_eq!(p_value(4, 5, 1.0), 0.0);
    }

    #[test]
    fn proportions_beyond_the_checked_range_are_refused() {
        assert_eq!(
            Proportion::new(1, MAX_TRIALS + 1),
            Err(StatsError::TooManyTrials {
                trials: MAX_TRIALS + 1
            })
        );
        assert!(Proportion::new(MAX_TRIALS, MAX_TRIALS).is_ok());
    }

    #[test]
    fn binomial_test_extremes_stay_finite() {
        let refs = [
            f64::MIN_POSITIVE,
            5e-324,
            1e-300,
            1e-12,
            0.0375,
            0.5,
            1.0 - 1e-12,
            1.0 - f64::EPSILON / 2.0,
        ];
        for n in [1_u64, 2, 100, 100_000, 10_000_000] {
            for k in [0, 1, n / 3, n / 2, n - 1, n] {
                for r in refs {
                    let v = p_value(k, n, r);
                    assert!((0.0..=1.0).contains(&v), "{k}/{n} at {r}: {v}");
                }
            }
        }
        // Large n: one standard deviation (2¹⁷) below the mean of Bin(2³⁶, ½) gives about
        // 2·Φ(−1) = 0.3173; forty below, a negligible p-value.
        // (Beyond MAX_TRIALS a Proportion cannot be built: the computation itself is checked.)
        let n = 1_u64 << 36;
        assert_eq!(binomial_two_sided(n / 2, n, 0.5), 1.0);
        let v = binomial_two_sided(n / 2 - (1 << 17), n, 0.5);
        assert!((v - 0.3173).abs() < 1e-3, "{v}");
        let v = binomial_two_sided(n / 2 - 40 * (1 << 17), n, 0.5);
        assert!((0.0..1e-300).contains(&v), "{v}");
    }

    #[test]
    fn intervals_extremes_stay_finite() {
        let levels = [
            1e-300,
            1e-6,
            0.5,
            0.95,
            1.0 - 1e-9,
            1.0 - f64::EPSILON / 2.0,
        ];
        for n in [1_u64, 3, 1000, 1_000_000, 1 << 40, u64::MAX] {
            for k in [0, 1, n / 2, n - 1, n] {
                for method in IntervalMethod::ALL {
                    for l in levels {
                        // Beyond MAX_TRIALS a Proportion cannot be built: check the computation.
                        let alpha = 1.0 - l;
                        let (low, high) = match method {
                            IntervalMethod::Wilson => wilson(k, n, alpha),
                            IntervalMethod::ClopperPearson => clopper_pearson(k, n, alpha),
                            IntervalMethod::Jeffreys => jeffreys(k, n, alpha),
                        };
                        let i = Interval {
                            method,
                            level: l,
                            low,
                            high,
                        };
                        assert!(
                            i.low.is_finite()
                                && i.high.is_finite()
                                && 0.0 <= i.low
                                && i.low <= i.high
                                && i.high <= 1.0,
                            "{method} {k}/{n} at {l}: {i:?}"
                        );
                    }
                }
            }
        }
    }

    /// Any `n` in `1..=2000` and any `k <= n`.
    fn trials_and_successes() -> impl Strategy<Value = (u64, u64)> {
        (1_u64..=2000).prop_flat_map(|n| (Just(n), 0..=n))
    }

    proptest! {
        #[test]
        fn intervals_are_ordered_and_widen(
            (n, k) in trials_and_successes(),
            method in prop::sample::select(IntervalMethod::ALL.to_vec()),
            l1 in 0.5_f64..=0.999,
            l2 in 0.5_f64..=0.999,
        ) {
            let share = k as f64 / n as f64;
            let (lo_l, hi_l) = if l1 <= l2 { (l1, l2) } else { (l2, l1) };
            let narrow = ci(k, n, method, lo_l);
            let wide = ci(k, n, method, hi_l);
            for i in [narrow, wide] {
                prop_assert!(i.low.is_finite() && i.high.is_finite());
                prop_assert!(0.0 <= i.low && i.low <= share && share <= i.high && i.high <= 1.0,
                    "{:?} for {}/{}", i, k, n);
            }
            // Widening, up to the floating-point resolution of the ends.
            prop_assert!(wide.low <= narrow.low + 1e-12, "{:?} vs {:?}", wide, narrow);
            prop_assert!(wide.high >= narrow.high - 1e-12, "{:?} vs {:?}", wide, narrow);
        }

        #[test]
        fn p_values_are_probabilities_and_mirror(
            (n, k) in trials_and_successes(),
            reference in 0.0_f64..=1.0,
        ) {
            let v = p_value(k, n, reference);
            prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v));
            let mirrored = p_value(n - k, n, 1.0 - reference);
            prop_assert!((v - mirrored).abs() <= 1e-12, "{} vs {}", v, mirrored);
        }

        #[test]
        fn p_values_at_grid_references_mirror(
            (n, k) in trials_and_successes(),
            reference in prop::sample::select(vec![0.0, 0.0375, 0.3, 0.5, 0.62, 1.0]),
        ) {
            let v = p_value(k, n, reference);
            prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v));
            prop_assert!((v - p_value(n - k, n, 1.0 - reference)).abs() <= 1e-12);
        }
    }
}
