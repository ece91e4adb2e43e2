//! Inference for pay gaps: a bootstrap interval, a permutation test and a shift-share
//! decomposition, each labelled as what it is.
//!
//! The statutory figures ([`super::eu`], [`super::uk`]) are census values: every worker is
//! counted, and a gap is what it is. Inference answers a different question, about the process
//! that produced the pay (would a gap this size arise if pay did not depend on gender?), and is
//! reported beside the statutory figures, never in their place:
//!
//! * [`bootstrap_gap`]: a percentile bootstrap interval for the mean or median gap, resampling
//!   women and men separately, seeded and reproducible whatever the number of threads;
//! * [`permutation_test_mean_gap`]: a two-sided Monte Carlo permutation test of the mean gap, and
//!   [`exact_permutation_test_mean_gap`], its exact counterpart by enumeration for tiny groups;
//! * [`decompose_mean_gap`]: how much of the overall mean gap comes from women and men being spread
//!   differently across categories of workers, and how much from pay differences within them.
//!
//! Sign convention, as everywhere in [`crate::pay`]: gap = (men − women) / men.
//!
//! ```
//! use gender_impact::pay::{Statistic, bootstrap_gap, permutation_test_mean_gap};
//!
//! let women = [11.0, 12.5, 13.0, 12.0, 14.0, 11.5, 12.5, 13.5];
//! let men = [14.0, 15.5, 16.0, 13.0, 17.0, 15.0, 16.5, 14.5];
//! let ci = bootstrap_gap(&women, &men, Statistic::Mean, 2_000, 0.95, 7).unwrap();
//! assert!(ci.low > 0.0 && ci.low < ci.high); // men paid more, and not by chance alone
//! let test = permutation_test_mean_gap(&women, &men, 9_999, 7).unwrap();
//! assert!(test.p_value < 0.01);
//! ```
//!
//! Pay values never appear in error messages.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::{number, pay_text, recorded};
use super::{exact_sum, mean, median_sorted};
use crate::i18n::{Lang, Message};

/// The summary statistic whose gap is studied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Statistic {
    /// The arithmetic mean (the Directive's "average pay level").
    Mean,
    /// The median: the middle value, or the mean of the two middle values.
    Median,
}

/// A percentile bootstrap interval for a gap (men − women) / men.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BootstrapInterval {
    /// The statistic whose gap the interval is for.
    pub statistic: Statistic,
    /// Confidence level, strictly between 0 and 1 (e.g. 0.95).
    pub level: f64,
    /// Number of bootstrap resamples.
    pub resamples: u32,
    /// Seed of the random stream: the same seed gives the same interval.
    pub seed: u64,
    /// Lower end: the (1 − level)/2 quantile of the resampled gaps.
    pub low: f64,
    /// Upper end: the (1 + level)/2 quantile of the resampled gaps.
    pub high: f64,
}

/// A two-sided permutation test of the mean gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PermutationTest {
    /// Number of random relabellings drawn.
    pub permutations: u32,
    /// Seed of the random stream: the same seed gives the same p-value.
    pub seed: u64,
    /// The mean gap (men − women) / men of the data as recorded.
    pub observed_gap: f64,
    /// (1 + #{|gap_perm| ≥ |gap_obs|}) / (1 + permutations).
    pub p_value: f64,
}

/// The exact permutation test of the mean gap, by enumeration of every split (tiny groups only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExactPermutationTest {
    /// Number of ways to split the pooled workers into groups of the women's and men's sizes.
    pub splits: u64,
    /// The mean gap (men − women) / men of the data as recorded.
    pub observed_gap: f64,
    /// #{splits with |gap| ≥ |gap_obs|} / splits (the observed split is one of them).
    pub p_value: f64,
}

/// Why an inferential figure could not be computed (pay values are never part of the reason).
/// Written in every language ([`NotComputable::in_lang`]); serialised as its English text.
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::{NotComputable, Statistic, bootstrap_gap};
/// let e = bootstrap_gap(&[1.0], &[1.0, 2.0], Statistic::Mean, 10, 0.95, 1).unwrap_err();
/// assert_eq!(e, NotComputable::OneWoman);
/// assert_eq!(
///     e.english(),
///     "fewer than 2 women in the group: a single value has no sampling variation to resample"
/// );
/// assert!(e.in_lang(Lang::Fr).starts_with("moins de 2 femmes"));
/// ```
#[derive(Debug, Clone, thiserror::Error)]
#[error("not computable: {}", self.english())]
#[non_exhaustive]
pub enum NotComputable {
    /// No women in the group.
    NoWomen,
    /// No men in the group.
    NoMen,
    /// A single woman: no sampling variation to resample.
    OneWoman,
    /// A single man: no sampling variation to resample.
    OneMan,
    /// More women than a `u32` can index.
    TooManyWomen,
    /// More men than a `u32` can index.
    TooManyMen,
    /// A woman's value is not an amount of money (a finite number, zero or more).
    WomenNotMoney,
    /// A man's value is not an amount of money.
    MenNotMoney,
    /// A value (of a decomposition) is not an amount of money.
    ValueNotMoney,
    /// No bootstrap resamples were asked for.
    NoResamples,
    /// The confidence level is not strictly between 0 and 1.
    Level,
    /// Men's value is zero, so the gap, a share of it, is undefined.
    MenZero,
    /// Men's value is so small beside the women's that the gap is not a finite number.
    MenTiny,
    /// Men's value is zero (or too small for a finite gap) in some bootstrap resamples.
    ZeroInResamples {
        /// Resamples where the gap is undefined.
        undefined: u64,
        /// All resamples.
        resamples: u64,
    },
    /// No permutations were asked for.
    NoPermutations,
    /// More than [`MAX_EXACT_SPLITS`] splits for the exact permutation test.
    TooManySplits,
    /// No categories to decompose by.
    NoCategories,
    /// A category is listed more than once.
    CategoryTwice,
    /// No women in any category.
    NoWomenAny,
    /// No men in any category.
    NoMenAny,
    /// A regression with as many parameters as observations (or more): nothing left to
    /// estimate the error from.
    NoResidualDf {
        /// Observations.
        rows: u64,
        /// Parameters.
        parameters: u64,
    },
    /// A factor of the regression with a single level among the workers analysed.
    OneLevel {
        /// The factor.
        factor: String,
    },
    /// The woman indicator is a combination of the controls (a control tells women from men):
    /// the regression cannot separate them.
    WomanAliased,
    /// The fit is perfect (or its figures are not finite numbers): the standard error is zero
    /// and the tests are not defined.
    PerfectFit,
    /// Fewer valid employees than Logib's standard analysis model needs
    /// ([`LOGIB_MIN_EMPLOYEES`](crate::pay::LOGIB_MIN_EMPLOYEES)).
    LogibTooFew {
        /// Valid employees (population 1, passing the package's checks).
        employees: u64,
    },
    /// Weekly hours are missing and no usual weekly hours were given.
    LogibNoWeeklyHours,
    /// A column of the Logib data sheet holds years (of birth, of entry) and no reference year
    /// was given to count them back from.
    LogibYearsWithoutReference {
        /// The column (`age` or `years_of_service`).
        column: String,
    },
    /// A column of the Logib data sheet mixes 4-digit years with counts (or has numbers of 5
    /// digits or more).
    LogibYearFormat {
        /// The column (`age` or `years_of_service`).
        column: String,
    },
    /// The payroll lacks columns of the Logib data sheet.
    LogibColumns {
        /// The missing columns, comma-separated.
        missing: String,
    },
    /// A reason read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl NotComputable {
    /// The reason as a catalogue message (numbers as counts).
    pub fn message(&self) -> Message {
        self.message_with(false)
    }

    fn message_with(&self, plain: bool) -> Message {
        let id = match self {
            NotComputable::NoWomen => "pay-reason-no-women",
            NotComputable::NoMen => "pay-reason-no-men",
            NotComputable::OneWoman => "pay-reason-one-woman",
            NotComputable::OneMan => "pay-reason-one-man",
            NotComputable::TooManyWomen | NotComputable::TooManyMen => {
                let id = if matches!(self, NotComputable::TooManyWomen) {
                    "pay-reason-too-many-women"
                } else {
                    "pay-reason-too-many-men"
                };
                return number(Message::new(id), "max", u64::from(u32::MAX), plain);
            }
            NotComputable::WomenNotMoney => "pay-reason-women-not-money",
            NotComputable::MenNotMoney => "pay-reason-men-not-money",
            NotComputable::ValueNotMoney => "pay-reason-value-not-money",
            NotComputable::NoResamples => "pay-reason-no-resamples",
            NotComputable::Level => "pay-reason-level",
            NotComputable::MenZero => "pay-reason-men-zero",
            NotComputable::MenTiny => "pay-reason-men-tiny",
            NotComputable::ZeroInResamples {
                undefined,
                resamples,
            } => {
                let m = Message::new("pay-reason-zero-in-resamples");
                return number(number(m, "k", *undefined, plain), "n", *resamples, plain);
            }
            NotComputable::NoPermutations => "pay-reason-no-permutations",
            NotComputable::TooManySplits => {
                let m = Message::new("pay-reason-too-many-splits");
                return number(m, "max", MAX_EXACT_SPLITS, plain);
            }
            NotComputable::NoCategories => "pay-reason-no-categories",
            NotComputable::CategoryTwice => "pay-reason-category-twice",
            NotComputable::NoWomenAny => "pay-reason-no-women-any",
            NotComputable::NoMenAny => "pay-reason-no-men-any",
            NotComputable::NoResidualDf { rows, parameters } => {
                let m = Message::new("pay-reason-no-residual-df");
                return number(
                    number(m, "rows", *rows, plain),
                    "parameters",
                    *parameters,
                    plain,
                );
            }
            NotComputable::OneLevel { factor } => {
                return Message::new("pay-reason-one-level").text("factor", factor.clone());
            }
            NotComputable::WomanAliased => "pay-reason-woman-aliased",
            NotComputable::PerfectFit => "pay-reason-perfect-fit",
            NotComputable::LogibTooFew { employees } => {
                let m = Message::new("pay-reason-logib-too-few");
                let m = number(m, "employees", *employees, plain);
                return number(m, "min", crate::pay::LOGIB_MIN_EMPLOYEES, plain);
            }
            NotComputable::LogibNoWeeklyHours => "pay-reason-logib-no-weekly-hours",
            NotComputable::LogibYearsWithoutReference { column } => {
                return Message::new("pay-reason-logib-years-without-reference")
                    .text("column", column.clone());
            }
            NotComputable::LogibYearFormat { column } => {
                return Message::new("pay-reason-logib-year-format").text("column", column.clone());
            }
            NotComputable::LogibColumns { missing } => {
                return Message::new("pay-reason-logib-columns").text("columns", missing.clone());
            }
            NotComputable::Recorded(text) => return recorded(text),
        };
        Message::new(id)
    }

    fn render(&self, lang: Lang, plain: bool) -> String {
        self.message_with(plain).in_lang(lang)
    }
}

pay_text!(NotComputable, no_display);

impl From<crate::pay::GapRatioError> for NotComputable {
    fn from(e: crate::pay::GapRatioError) -> NotComputable {
        match e {
            crate::pay::GapRatioError::MenZero => NotComputable::MenZero,
            crate::pay::GapRatioError::NotFinite => NotComputable::MenTiny,
        }
    }
}

impl From<crate::stats::RegressionError> for NotComputable {
    fn from(e: crate::stats::RegressionError) -> NotComputable {
        use crate::stats::RegressionError as E;
        match e {
            E::NoResidualDf { rows, parameters } => NotComputable::NoResidualDf {
                rows: rows as u64,
                parameters: parameters as u64,
            },
            E::OneLevel { factor } => NotComputable::OneLevel { factor },
            // The others cannot come from a payroll read by the crate (lengths agree, values
            // are finite, bases are levels): a value that is not an amount is the nearest.
            _ => NotComputable::ValueNotMoney,
        }
    }
}

/// The women or the men, for the checks of a group's values.
#[derive(Clone, Copy)]
enum Side {
    Women,
    Men,
}

impl Side {
    /// `women` if the group is the women's, else `men`.
    fn pick(self, women: NotComputable, men: NotComputable) -> NotComputable {
        match self {
            Side::Women => women,
            Side::Men => men,
        }
    }
}

/// Shift-share decomposition of the overall mean gap by category of workers.
///
/// `between + within == total_gap` up to rounding (a few ulps): the identity is exact in real
/// arithmetic; see [`decompose_mean_gap`] for the formula.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decomposition {
    /// The overall mean gap (mean_M − mean_F) / mean_M.
    pub total_gap: f64,
    /// Part due to the different distribution of women and men across categories (composition).
    pub between: f64,
    /// Part due to pay differences within categories.
    pub within: f64,
    /// One row per category, in the order given.
    pub categories: Vec<DecompositionRow>,
    /// The formula and the treatment of one-gender categories, in words.
    pub method: DecompositionMethod,
}

/// One category's contribution to a [`Decomposition`] (both parts are shares of men's overall mean).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DecompositionRow {
    /// The category of workers.
    pub category: String,
    /// Women in the category.
    pub women: u64,
    /// Men in the category.
    pub men: u64,
    /// Women's mean pay in the category; absent without women.
    pub women_mean: Option<f64>,
    /// Men's mean pay in the category; absent without men.
    pub men_mean: Option<f64>,
    /// The category's part of [`Decomposition::between`].
    pub between: f64,
    /// The category's part of [`Decomposition::within`].
    pub within: f64,
}

/// The method of a [`Decomposition`], described in words in every language
/// ([`DecompositionMethod::in_lang`]); serialised as its English description.
///
/// ```
/// use gender_impact::pay::DecompositionMethod;
/// let m = DecompositionMethod::ShiftShare.english();
/// assert!(m.starts_with("Shift-share decomposition of the mean gap: "));
/// assert!(m.ends_with("The identity between + within = total gap is exact."));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DecompositionMethod {
    /// The shift-share decomposition of [`decompose_mean_gap`]: composition valued at men's
    /// category means, pay differences weighted by women's distribution, one-gender categories
    /// counted as between.
    ShiftShare,
    /// A description read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl DecompositionMethod {
    /// The description as a catalogue message.
    pub fn message(&self) -> Message {
        match self {
            DecompositionMethod::ShiftShare => Message::new("pay-decomposition-method"),
            DecompositionMethod::Recorded(text) => recorded(text),
        }
    }

    fn render(&self, lang: Lang, _plain: bool) -> String {
        self.message().in_lang(lang)
    }
}

pay_text!(DecompositionMethod);

/// Largest number of splits [`exact_permutation_test_mean_gap`] enumerates.
pub const MAX_EXACT_SPLITS: u64 = 1_000_000;

/// Relative tolerance under which a permuted gap counts as equal to the observed one (rounding
/// differs between the two ways of summing the same values).
const TIE_TOLERANCE: f64 = 1e-9;

/// Checks one group's values: non-empty, at least two, finite and zero or more, indexable by u32.
fn check_group(values: &[f64], side: Side) -> Result<(), NotComputable> {
    use NotComputable as N;
    match values.len() {
        0 => return Err(side.pick(N::NoWomen, N::NoMen)),
        1 => return Err(side.pick(N::OneWoman, N::OneMan)),
        n if n > u32::MAX as usize => return Err(side.pick(N::TooManyWomen, N::TooManyMen)),
        _ => {}
    }
    if values.iter().any(|v| !v.is_finite() || *v < 0.0) {
        return Err(side.pick(N::WomenNotMoney, N::MenNotMoney));
    }
    Ok(())
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

fn statistic_of_sorted(values: &[f64], statistic: Statistic) -> Option<f64> {
    match statistic {
        Statistic::Mean => mean(values),
        Statistic::Median => median_sorted(values),
    }
}

/// An unbiased integer in `0..n` (`n > 0`) from the raw 32-bit stream: Lemire's multiply-and-reject
/// method (ACM TOMS 2019). Written out here so that the numbers depend on the ChaCha8 stream only,
/// not on a library's sampling algorithm.
#[inline]
fn below(rng: &mut ChaCha8Rng, n: u32) -> u32 {
    debug_assert!(n > 0);
    let mut m = u64::from(rng.next_u32()) * u64::from(n);
    if (m as u32) < n {
        let threshold = n.wrapping_neg() % n;
        while (m as u32) < threshold {
            m = u64::from(rng.next_u32()) * u64::from(n);
        }
    }
    (m >> 32) as u32
}

/// The random stream of resample (or permutation) `index`: the ChaCha8 key from `seed`, stream
/// number `index`. Independent of which thread runs it and of what ran before.
fn stream(key: [u8; 32], index: u32) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::from_seed(key);
    rng.set_stream(u64::from(index));
    rng
}

/// The statistic of one resample (with replacement) of `sorted` values.
///
/// The median is taken over resampled *indices* into the sorted values: as the values are sorted,
/// the k-th smallest resampled index points at the k-th smallest resampled value, so selecting
/// among `u32` indices (cheap to compare, and no gather) gives the same median.
#[inline]
fn resample_statistic(
    sorted: &[f64],
    statistic: Statistic,
    rng: &mut ChaCha8Rng,
    buffer: &mut Vec<u32>,
) -> f64 {
    let n = sorted.len() as u32;
    match statistic {
        Statistic::Mean => {
            // Four running sums, filled in turn: the additions no longer wait on one another
            // (twice as fast), and the order stays fixed, so the result is still reproducible.
            let (mut a, mut b, mut c, mut d) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
            for _ in 0..n / 4 {
                a += sorted[below(rng, n) as usize];
                b += sorted[below(rng, n) as usize];
                c += sorted[below(rng, n) as usize];
                d += sorted[below(rng, n) as usize];
            }
            for _ in 0..n % 4 {
                a += sorted[below(rng, n) as usize];
            }
            ((a + b) + (c + d)) / f64::from(n)
        }
        Statistic::Median => {
            buffer.clear();
            buffer.extend((0..n).map(|_| below(rng, n)));
            let k = n as usize / 2;
            let (lower, upper_mid, _) = buffer.select_nth_unstable(k);
            let upper = sorted[*upper_mid as usize];
            if n % 2 == 1 {
                upper
            } else {
                // The lower middle value is the largest of the k smallest.
                let lower_mid = lower.iter().copied().max().expect("k >= 1 when n >= 2");
                (sorted[lower_mid as usize] + upper) / 2.0
            }
        }
    }
}

/// Quantile `p` of ascending `sorted` values by linear interpolation between order statistics
/// (Hyndman & Fan type 7, R's default): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
fn quantile_type7(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// Percentile bootstrap interval for the gap (men − women)/men of `statistic`, resampling women and
/// men separately (stratified), seeded: same seed, same numbers, whatever the number of threads.
///
/// Each resample draws `women.len()` values with replacement from the women and `men.len()` from
/// the men and computes the gap of their `statistic` (the median of an even number of values is the
/// mean of the two middle ones, as in the statutory median). The interval ends are the (1 − level)/2
/// and (1 + level)/2 quantiles of the `resamples` gaps, by linear interpolation between order
/// statistics (Hyndman & Fan type 7, R's `quantile` default).
///
/// Reproducibility: resample `i` draws from its own ChaCha8 stream (key from `seed`, stream number
/// `i`), women first then men, with integers below `n` by Lemire's unbiased method; resamples run
/// in parallel (rayon) and their gaps are gathered by index, so the interval is the same bit for bit
/// on any number of threads and any platform. Values are sorted first, so the order of the records
/// does not matter either.
///
/// Not computable when a group is empty or has fewer than 2 values, a value is not a finite amount
/// zero or more, `resamples` is 0, `level` is not strictly between 0 and 1, men's statistic is 0 in
/// the data, or men's statistic is 0 in any resample (the gap is then undefined there, and dropping
/// such resamples would bias the interval; such data — e.g. bonus pay mostly zero — call for a
/// difference rather than a ratio).
///
/// A percentile interval of a median from data with many tied values is coarse: its ends are
/// (averages of) observed values.
pub fn bootstrap_gap(
    women: &[f64],
    men: &[f64],
    statistic: Statistic,
    resamples: u32,
    level: f64,
    seed: u64,
) -> Result<BootstrapInterval, NotComputable> {
    check_group(women, Side::Women)?;
    check_group(men, Side::Men)?;
    if resamples == 0 {
        return Err(NotComputable::NoResamples);
    }
    if !(level > 0.0 && level < 1.0) {
        return Err(NotComputable::Level);
    }
    let women = sorted(women);
    let men = sorted(men);
    if statistic_of_sorted(&men, statistic) == Some(0.0) {
        return Err(NotComputable::MenZero);
    }

    let key = ChaCha8Rng::seed_from_u64(seed).get_seed();
    let buffers = || {
        if statistic == Statistic::Median {
            (
                Vec::with_capacity(women.len()),
                Vec::with_capacity(men.len()),
            )
        } else {
            (Vec::new(), Vec::new())
        }
    };
    let gaps: Vec<Option<f64>> = (0..resamples)
        .into_par_iter()
        .map_init(buffers, |(bw, bm), i| {
            let mut rng = stream(key, i);
            let w = resample_statistic(&women, statistic, &mut rng, bw);
            let m = resample_statistic(&men, statistic, &mut rng, bm);
            crate::pay::gap_ratio(w, m).ok()
        })
        .collect();

    let undefined = gaps.iter().filter(|g| g.is_none()).count();
    if undefined > 0 {
        return Err(NotComputable::ZeroInResamples {
            undefined: undefined as u64,
            resamples: u64::from(resamples),
        });
    }
    let mut gaps: Vec<f64> = gaps.into_iter().flatten().collect();
    gaps.sort_by(f64::total_cmp);
    let alpha = 1.0 - level;
    Ok(BootstrapInterval {
        statistic,
        level,
        resamples,
        seed,
        low: quantile_type7(&gaps, alpha / 2.0),
        high: quantile_type7(&gaps, 1.0 - alpha / 2.0),
    })
}

/// Pooled values and the facts shared by the exact and Monte Carlo permutation tests.
struct Pooled {
    /// Women's and men's values together, ascending (so the order of the records does not matter).
    values: Vec<f64>,
    total: f64,
    n_women: usize,
    n_men: usize,
    observed_gap: f64,
}

impl Pooled {
    fn new(women: &[f64], men: &[f64]) -> Result<Pooled, NotComputable> {
        check_group(women, Side::Women)?;
        check_group(men, Side::Men)?;
        let w = sorted(women);
        let m = sorted(men);
        let (mw, mm) = (mean(&w).expect("non-empty"), mean(&m).expect("non-empty"));
        let observed_gap = crate::pay::gap_ratio(mw, mm)?;
        let mut values = w;
        values.extend_from_slice(&m);
        values.sort_by(f64::total_cmp);
        let total = exact_sum(values.iter().copied());
        Ok(Pooled {
            values,
            total,
            n_women: women.len(),
            n_men: men.len(),
            observed_gap,
        })
    }

    /// Whether a split whose women's values sum to `women_sum` is at least as extreme as observed.
    /// A split whose men's mean is 0 (or below, by rounding) has a gap of −∞ in the limit: extreme.
    #[inline]
    fn extreme(&self, women_sum: f64) -> bool {
        let mean_m = (self.total - women_sum) / self.n_men as f64;
        if mean_m <= 0.0 {
            return true;
        }
        let mean_w = women_sum / self.n_women as f64;
        let gap = (mean_m - mean_w) / mean_m;
        gap.abs() >= self.observed_gap.abs() * (1.0 - TIE_TOLERANCE)
    }

    /// The size of the smaller group, whose members a split chooses, and whether it is the women.
    fn chosen(&self) -> (usize, bool) {
        if self.n_women <= self.n_men {
            (self.n_women, true)
        } else {
            (self.n_men, false)
        }
    }
}

/// Two-sided permutation test of the mean gap: p = (1 + #{|gap_perm| >= |gap_obs|}) / (1 + permutations).
///
/// Under the null hypothesis that pay does not depend on gender, the gender labels are
/// exchangeable: each permutation draws, uniformly at random, which of the pooled workers are "the
/// women" (as many as there are women) and computes the mean gap of that split. The p-value counts
/// the observed data as one of the permutations, so it is never 0 and the test is valid (Phipson &
/// Smyth 2010). A permuted gap within a relative 1e-9 of the observed one counts as a tie (at least
/// as extreme): the same split summed in another order can differ in the last bits. A split whose
/// men's mean is 0 counts as extreme (its gap tends to −∞).
///
/// Permutation `i` draws from its own ChaCha8 stream (key from `seed`, stream number `i`) by a
/// partial Fisher–Yates shuffle of the sorted pooled values, so the p-value is the same on any
/// number of threads and does not depend on the order of the records.
///
/// Not computable when a group is empty or has fewer than 2 values, a value is not a finite amount
/// zero or more, `permutations` is 0, or men's mean is 0.
pub fn permutation_test_mean_gap(
    women: &[f64],
    men: &[f64],
    permutations: u32,
    seed: u64,
) -> Result<PermutationTest, NotComputable> {
    let pooled = Pooled::new(women, men)?;
    if permutations == 0 {
        return Err(NotComputable::NoPermutations);
    }
    let key = ChaCha8Rng::seed_from_u64(seed).get_seed();
    let (k, chosen_are_women) = pooled.chosen();
    let n = pooled.values.len() as u32;
    let extreme: usize = (0..permutations)
        .into_par_iter()
        .map_init(
            || pooled.values.clone(),
            |buffer, i| {
                // Start from the same (sorted) order every time: the result must not depend on
                // what this thread's buffer held before.
                buffer.copy_from_slice(&pooled.values);
                let mut rng = stream(key, i);
                let mut sum = 0.0;
                for j in 0..k {
                    let pick = j + below(&mut rng, n - j as u32) as usize;
                    buffer.swap(j, pick);
                    sum += buffer[j];
                }
                let women_sum = if chosen_are_women {
                    sum
                } else {
                    pooled.total - sum
                };
                usize::from(pooled.extreme(women_sum))
            },
        )
        .sum();
    Ok(PermutationTest {
        permutations,
        seed,
        observed_gap: pooled.observed_gap,
        p_value: (1 + extreme) as f64 / (1.0 + f64::from(permutations)),
    })
}

/// Binomial coefficient C(n, k), or `None` above `u64::MAX`.
fn binomial(n: u64, k: u64) -> Option<u64> {
    let k = k.min(n - k);
    let mut c: u128 = 1;
    for i in 0..k {
        // c·(n − i) / (i + 1) is exact: c·(n − i) is divisible by i + 1 at every step.
        c = c * u128::from(n - i) / u128::from(i + 1);
        if c > u128::from(u64::MAX) {
            return None;
        }
    }
    Some(c as u64)
}

/// The exact two-sided permutation test of the mean gap, enumerating every way to split the pooled
/// workers into groups of the women's and men's sizes: p = #{splits with |gap| ≥ |gap_obs|} / splits.
///
/// The Monte Carlo p-value of [`permutation_test_mean_gap`] tends to this one as the number of
/// permutations grows. Ties and zero men's means are treated as there. Only for tiny groups: not
/// computable above [`MAX_EXACT_SPLITS`] splits (3 women and 3 men have 20; 10 and 10, 184,756), or
/// on the same grounds as the Monte Carlo test.
pub fn exact_permutation_test_mean_gap(
    women: &[f64],
    men: &[f64],
) -> Result<ExactPermutationTest, NotComputable> {
    let pooled = Pooled::new(women, men)?;
    let n = pooled.values.len();
    let (k, chosen_are_women) = pooled.chosen();
    let splits = binomial(n as u64, k as u64)
        .filter(|&s| s <= MAX_EXACT_SPLITS)
        .ok_or(NotComputable::TooManySplits)?;
    // Combinations of k positions out of n in lexicographic order.
    let mut chosen: Vec<usize> = (0..k).collect();
    let mut extreme: u64 = 0;
    loop {
        let sum: f64 = chosen.iter().map(|&i| pooled.values[i]).sum();
        let women_sum = if chosen_are_women {
            sum
        } else {
            pooled.total - sum
        };
        extreme += u64::from(pooled.extreme(women_sum));
        // Next combination: the rightmost position that can move right, then reset those after it.
        let Some(j) = (0..k).rev().find(|&j| chosen[j] < n - k + j) else {
            break;
        };
        chosen[j] += 1;
        for t in j + 1..k {
            chosen[t] = chosen[t - 1] + 1;
        }
    }
    Ok(ExactPermutationTest {
        splits,
        observed_gap: pooled.observed_gap,
        p_value: extreme as f64 / splits as f64,
    })
}

/// Exact shift-share decomposition of the overall mean gap by category.
///
/// With N_F women and N_M men in all, s_Fc = n_Fc / N_F and s_Mc = n_Mc / N_M the shares of all
/// women and of all men who are in category c, and m̄_Fc, m̄_Mc the category means,
/// mean_F = Σ_c s_Fc·m̄_Fc and mean_M = Σ_c s_Mc·m̄_Mc, so that
///
/// ```text
/// mean_M − mean_F = Σ_c (s_Mc − s_Fc)·m̄_Mc    (between: composition, valued at men's category means)
///                 + Σ_c s_Fc·(m̄_Mc − m̄_Fc)    (within: pay differences, weighted by women's distribution)
/// ```
///
/// Both parts are divided by mean_M, so that `between + within = total_gap`, the overall mean gap
/// (mean_M − mean_F)/mean_M, exactly in real arithmetic (to rounding in floating point).
///
/// One-gender categories: a category with women only has no men's mean and no within-category
/// comparison; its whole contribution −s_Fc·m̄_Fc/mean_M is counted as between (as if its reference
/// pay were the women's own mean: the women are there *because of* the distribution across
/// categories). A category with men only has s_Fc = 0 and contributes s_Mc·m̄_Mc/mean_M, also
/// between. Empty categories contribute nothing. Every category's two parts add up to
/// (s_Mc·m̄_Mc − s_Fc·m̄_Fc)/mean_M whatever the treatment, so the identity stays exact.
/// [`DecompositionMethod::ShiftShare`] says this in words and is carried in the result.
///
/// ```
/// use gender_impact::pay::decompose_mean_gap;
/// let d = decompose_mean_gap(&[
///     ("A".to_string(), vec![9.0, 10.0, 11.0], vec![12.0]),
///     ("B".to_string(), vec![20.0], vec![19.0, 20.0, 21.0]),
/// ]).unwrap();
/// assert!((d.total_gap - 5.5 / 18.0).abs() < 1e-12);
/// assert!((d.between - 4.0 / 18.0).abs() < 1e-12 && (d.within - 1.5 / 18.0).abs() < 1e-12);
/// ```
///
/// Not computable without categories, with a category named twice, without women or without men
/// in all, with a value that is not a finite amount zero or more, or when men's overall mean is 0.
pub fn decompose_mean_gap(
    groups: &[(String, Vec<f64>, Vec<f64>)],
) -> Result<Decomposition, NotComputable> {
    if groups.is_empty() {
        return Err(NotComputable::NoCategories);
    }
    let mut names: Vec<&str> = groups.iter().map(|(c, _, _)| c.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|w| w[0] == w[1]) {
        return Err(NotComputable::CategoryTwice);
    }
    let valid = |v: &f64| v.is_finite() && *v >= 0.0;
    if groups
        .iter()
        .any(|(_, w, m)| !w.iter().all(valid) || !m.iter().all(valid))
    {
        return Err(NotComputable::ValueNotMoney);
    }
    let all_women = sorted(
        &groups
            .iter()
            .flat_map(|g| g.1.iter().copied())
            .collect::<Vec<_>>(),
    );
    let all_men = sorted(
        &groups
            .iter()
            .flat_map(|g| g.2.iter().copied())
            .collect::<Vec<_>>(),
    );
    let rows: Vec<CategoryMeans> = groups
        .iter()
        .map(|(category, w, m)| CategoryMeans {
            category,
            women: w.len() as u64,
            men: m.len() as u64,
            women_mean: mean(&sorted(w)),
            men_mean: mean(&sorted(m)),
        })
        .collect();
    decompose_from_means(
        &rows,
        &crate::pay::gap(
            mean(&all_women),
            mean(&all_men),
            all_women.len() as u64,
            all_men.len() as u64,
        ),
    )
}

/// One category's counts and means, for [`decompose_from_means`].
pub(crate) struct CategoryMeans<'a> {
    pub(crate) category: &'a str,
    pub(crate) women: u64,
    pub(crate) men: u64,
    pub(crate) women_mean: Option<f64>,
    pub(crate) men_mean: Option<f64>,
}

/// [`decompose_mean_gap`] from each category's counts and means and the overall means and counts
/// (`overall.women`, `overall.men`, `overall.n_women`, `overall.n_men`), with the categories'
/// names distinct and the values checked.
pub(crate) fn decompose_from_means(
    rows: &[CategoryMeans],
    overall: &crate::pay::Gap,
) -> Result<Decomposition, NotComputable> {
    if rows.is_empty() {
        return Err(NotComputable::NoCategories);
    }
    let (Some(mean_f), Some(mean_m)) = (overall.women, overall.men) else {
        return Err(if overall.women.is_none() {
            NotComputable::NoWomenAny
        } else {
            NotComputable::NoMenAny
        });
    };
    let total_gap = crate::pay::gap_ratio(mean_f, mean_m)?;
    let (n_f, n_m) = (overall.n_women as f64, overall.n_men as f64);

    let categories: Vec<DecompositionRow> = rows
        .iter()
        .map(|r| {
            let s_f = r.women as f64 / n_f;
            let s_m = r.men as f64 / n_m;
            let (between, within) = match (r.women_mean, r.men_mean) {
                (Some(mf), Some(mm)) => ((s_m - s_f) * mm, s_f * (mm - mf)),
                (Some(mf), None) => (-s_f * mf, 0.0),
                (None, Some(mm)) => (s_m * mm, 0.0),
                (None, None) => (0.0, 0.0),
            };
            DecompositionRow {
                category: r.category.to_string(),
                women: r.women,
                men: r.men,
                women_mean: r.women_mean,
                men_mean: r.men_mean,
                between: between / mean_m,
                within: within / mean_m,
            }
        })
        .collect();
    let between = categories.iter().map(|r| r.between).sum();
    let within = categories.iter().map(|r| r.within).sum();
    Ok(Decomposition {
        total_gap,
        between,
        within,
        categories,
        method: DecompositionMethod::ShiftShare,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type7_quantiles() {
        let x = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile_type7(&x, 0.0), 1.0);
        assert_eq!(quantile_type7(&x, 1.0), 5.0);
        assert_eq!(quantile_type7(&x, 0.5), 3.0);
        // R: quantile(1:5, 0.1) = 1.4
        assert!((quantile_type7(&x, 0.1) - 1.4).abs() < 1e-12);
        assert_eq!(quantile_type7(&[7.0], 0.3), 7.0);
    }

    #[test]
    fn below_is_in_range_and_covers_it() {
        let mut rng = stream([1; 32], 0);
        let mut seen = [0u32; 7];
        for _ in 0..7_000 {
            seen[below(&mut rng, 7) as usize] += 1;
        }
        assert!(seen.iter().all(|&c| c > 800 && c < 1_200), "{seen:?}");
        assert_eq!(below(&mut rng, 1), 0);
    }

    #[test]
    fn binomial_coefficients() {
        assert_eq!(binomial(6, 3), Some(20));
        assert_eq!(binomial(20, 10), Some(184_756));
        assert_eq!(binomial(5, 0), Some(1));
        assert_eq!(binomial(200, 100), None);
    }

    #[test]
    fn index_median_matches_value_median() {
        let values = sorted(&[5.0, 1.0, 4.0, 4.0, 9.0, 2.0]);
        let mut rng = stream([3; 32], 5);
        let mut rng2 = rng.clone();
        let mut buffer = Vec::new();
        let m = resample_statistic(&values, Statistic::Median, &mut rng, &mut buffer);
        let mut drawn: Vec<f64> = (0..6)
            .map(|_| values[below(&mut rng2, 6) as usize])
            .collect();
        drawn.sort_by(f64::total_cmp);
        assert_eq!(Some(m), median_sorted(&drawn));
    }
}
