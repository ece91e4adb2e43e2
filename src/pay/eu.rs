//! Directive (EU) 2023/970 (pay transparency): the Article 9 indicators (a)–(g) and the
//! Article 10 joint-pay-assessment check per category of workers.
//!
//! Definitions (Art. 3(1)): *pay* is the ordinary basic wage or salary plus complementary or
//! variable components; the *pay level* is gross annual pay and the corresponding gross hourly
//! pay; the *gender pay gap* is the difference between men's and women's average pay levels as a
//! share of men's; the *median gender pay gap* the same with medians; a *quartile pay band* is
//! one of four equal groups of workers ranked by pay level.
//!
//! Choices this module makes where the Directive is silent, stated in the output:
//! - gaps are computed on the **annual** pay level (basic + variable) and, when every worker in
//!   the group has an hourly rate, on the **hourly** pay level too;
//! - the gaps in complementary or variable components ((b), (d)) are taken over the workers who
//!   **receive** such components (as the UK bonus figures are), and (e) gives the proportion who do;
//! - the quartile bands (f) rank workers by hourly pay level when every worker has one, else by
//!   annual pay level, and share ties at the boundaries as UK reg. 13(2) does;
//! - Article 10: a category whose mean gap is at least the threshold (5%) **in either direction**
//!   ("at least 5% inclusive") requires a joint pay assessment unless the input marks the
//!   difference as justified by objective, gender-neutral criteria.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::payroll::NO_TEXT;
use super::ranked::{Among, At, median_ranks, medians_of};
use super::sorted::{self, Bucketing, ByBucket, Kept};
use super::text::{pay_text, recorded};
use super::uk::{QuartileBand, band_ends, bands_at, bands_of_sorted};
use super::{
    ByGender, CountShare, Gap, GapReason, GenderCounts, Justification, PayRules, Payroll, Worker,
};
use crate::i18n::{Lang, Message};
use crate::model::Gender;

/// The basis of a set of pay figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// Gross annual pay level (basic + variable).
    Annual,
    /// Gross hourly pay level.
    Hourly,
}

/// The Article 9 indicators for an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article9 {
    /// Workers counted: women, men, and the non-binary or undisclosed workers left out.
    pub workers: GenderCounts,
    /// (a) the gender pay gap (means) on the annual pay level.
    pub a_mean_gap_annual: Gap,
    /// (a) the same on the hourly pay level, when every woman and man has an hourly rate.
    pub a_mean_gap_hourly: Option<Gap>,
    /// (b) the gap in complementary or variable components (means, over recipients).
    pub b_variable_mean_gap: Gap,
    /// (c) the median gender pay gap on the annual pay level.
    pub c_median_gap_annual: Gap,
    /// (c) the same on the hourly pay level, when available.
    pub c_median_gap_hourly: Option<Gap>,
    /// (d) the median gap in complementary or variable components (over recipients).
    pub d_variable_median_gap: Gap,
    /// (e) women receiving complementary or variable components, of women with it recorded.
    pub e_variable_women: CountShare,
    /// (e) the same for men.
    pub e_variable_men: CountShare,
    /// (f) the basis the quartile bands rank by.
    pub f_basis: Basis,
    /// (f) women and men in each quartile pay band, lowest first.
    pub f_quartiles: [QuartileBand; 4],
    /// (g) gaps by category of workers, broken down by basic pay and variable components, with the Article 10 check.
    pub g_categories: Vec<CategoryGaps>,
    /// Workers without an annual pay level, left out of every figure (count).
    pub without_pay: u64,
}

/// Article 9(g) for one category of workers, with the Article 10 check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryGaps {
    /// The category (workers without a category are grouped as "(no category)").
    pub category: String,
    /// Workers in it.
    pub workers: GenderCounts,
    /// Mean gap in ordinary basic pay (annual).
    pub basic_mean_gap: Gap,
    /// Mean gap in complementary or variable components (over all workers of the category, zeros included, so basic + variable add up to the pay level).
    pub variable_mean_gap: Gap,
    /// Mean gap in the annual pay level (basic + variable): the Article 10 figure.
    pub pay_level_mean_gap: Gap,
    /// The Article 10 check.
    pub article_10: Article10,
    /// The adjusted gap within the category (the same figure as under `adjusted.categories`),
    /// when the payroll names controls or factors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjusted: Option<crate::pay::Outcome<crate::pay::AdjustedGap>>,
}

/// The Article 10 check for a category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article10 {
    /// |mean gap| ≥ the threshold.
    pub gap_at_or_above_threshold: bool,
    /// The justification by objective, gender-neutral criteria, when the input gives one.
    pub justification: Option<String>,
    /// A joint pay assessment is required (gap at or above the threshold and not justified). The
    /// third condition, no remedy within six months of the report, is outside the records.
    pub joint_assessment_required: bool,
    /// Why not decided (e.g. no women or no men in the category).
    pub not_decided: Option<NotDecided>,
}

/// Why the Article 10 check of a category is not decided ([`Article10::not_decided`]), written
/// in every language ([`NotDecided::in_lang`]); serialised as its English text.
///
/// ```
/// use gender_impact::pay::{GapReason, NotDecided};
/// let n = NotDecided::MeanGapNotComputable(GapReason::NoWomen);
/// assert_eq!(n.to_string(), "the mean gap is not computable (no women in the group)");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum NotDecided {
    /// The category's mean gap (pay level) is not computable, for this reason.
    MeanGapNotComputable(GapReason),
    /// A reason read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl NotDecided {
    fn render(&self, lang: Lang, plain: bool) -> String {
        match self {
            NotDecided::MeanGapNotComputable(why) => Message::new("pay-reason-gap-not-computable")
                .text("reason", why.render(lang, plain))
                .in_lang(lang),
            NotDecided::Recorded(text) => recorded(text).in_lang(lang),
        }
    }
}

pay_text!(NotDecided);

/// Label of workers without a category.
pub const NO_CATEGORY: &str = "(no category)";

/// Computes the Article 9 indicators and the Article 10 checks.
///
/// ```
/// use gender_impact::pay::{PayRules, Worker, Money, article_9};
/// use gender_impact::Gender;
/// // Methods notes, Article 10 reference case: category A, women €48,000, men €51,000.
/// let mut ws = Vec::new();
/// for (g, pay) in [(Gender::Woman, 48_000.0), (Gender::Man, 51_000.0)] {
///     let mut w = Worker::new(g);
///     w.category = Some(gender_impact::Text::new("A").unwrap());
///     w.annual_pay = Some(Money::new(pay).unwrap());
///     w.variable_pay = Some(Money::new(0.0).unwrap());
///     ws.push(w);
/// }
/// let a = article_9(&ws, &[], &PayRules::built_in());
/// let cat = &a.g_categories[0];
/// assert!((cat.pay_level_mean_gap.value.unwrap() - 3_000.0 / 51_000.0).abs() < 1e-12); // 5.88%
/// assert!(cat.article_10.joint_assessment_required);
/// ```
pub fn article_9(
    workers: &[Worker],
    justifications: &[Justification],
    rules: &PayRules,
) -> Article9 {
    article_9_payroll(&Payroll::from_workers(workers), justifications, rules)
}

/// [`article_9`] on a [`Payroll`] (what the payroll CSV reader produces).
pub fn article_9_payroll(
    payroll: &Payroll,
    justifications: &[Justification],
    rules: &PayRules,
) -> Article9 {
    article_9_parts(payroll, justifications, rules).article_9
}

/// Article 9 with the values behind it, for the UK figures and the analysis to share.
pub(crate) struct EuParts {
    pub(crate) article_9: Article9,
    /// Annual pay level of women and men with one (the population of (a) and (c)), unsorted.
    pub(crate) level: Kept,
    /// Hourly pay level of the same workers, when every one of them has one.
    pub(crate) hourly: Option<ByGender>,
    /// The medians of the variable components of the recipients (more than 0) among them, and
    /// their counts.
    pub(crate) variable: sorted::Medians,
    /// Their mean gap (from their exact sums).
    pub(crate) variable_mean_gap: Gap,
    /// Whether the UK bonus figures rest on exactly the workers and values of `variable` (no
    /// bonus column, and every woman and man has annual pay).
    pub(crate) variable_is_uk_bonus: bool,
}

/// Categories of workers in name order, as indices: the rank of each interned text of a payroll
/// that is a category (texts equal as strings share a rank; rows with no category have the rank
/// of [`NO_CATEGORY`]). Only the texts of the category column are ranked: a grade or factor
/// column of many distinct texts adds no buckets.
pub(crate) struct CategoryRanks<'p> {
    /// The names, in order.
    pub(crate) names: Vec<&'p str>,
    rank: Vec<u32>,
}

impl<'p> CategoryRanks<'p> {
    pub(crate) fn new(p: &'p Payroll) -> CategoryRanks<'p> {
        let mut used = vec![false; p.names.len()];
        for &c in &p.category {
            if let Some(u) = used.get_mut(c as usize) {
                *u = true;
            }
        }
        let mut keyed: Vec<(&str, usize)> = p
            .names
            .iter()
            .enumerate()
            .filter(|&(i, _)| used[i])
            .map(|(i, t)| (t.as_str(), i))
            .collect();
        keyed.push((NO_CATEGORY, p.names.len()));
        keyed.sort_unstable();
        let mut names: Vec<&str> = Vec::new();
        // Texts that are no row's category keep rank 0: never asked for.
        let mut rank = vec![0u32; p.names.len() + 1];
        for (name, i) in keyed {
            if names.last().is_none_or(|&last| last != name) {
                names.push(name);
            }
            rank[i] = (names.len() - 1) as u32;
        }
        CategoryRanks { names, rank }
    }

    /// The rank of row `i`'s category.
    #[inline]
    pub(crate) fn of(&self, p: &Payroll, i: usize) -> usize {
        let c = p.category_index(i);
        let k = if c == NO_TEXT {
            self.rank.len() - 1
        } else {
            c as usize
        };
        self.rank[k] as usize
    }

    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }
}

/// `Some(is_woman)` for women and men, `None` for the workers the statutory figures leave out.
#[inline]
pub(crate) fn woman_or_man(g: Gender) -> Option<bool> {
    match g {
        Gender::Woman => Some(true),
        Gender::Man => Some(false),
        _ => None,
    }
}

/// What one pass over rows counts for Article 9.
struct RowCounts {
    counts: GenderCounts,
    /// By category rank, the workers with annual pay.
    by_category: Vec<GenderCounts>,
    without_pay: u64,
    /// Every woman and man with annual pay has an hourly rate.
    all_hourly: bool,
    women_men_without_pay: u64,
    /// Women and men with annual pay whose variable pay is recorded, indexed by
    /// `usize::from(is_woman)`: [men, women].
    recorded: [u64; 2],
}

impl RowCounts {
    /// No row counted yet, of `k` categories.
    fn new(k: usize) -> RowCounts {
        RowCounts {
            counts: GenderCounts::default(),
            by_category: vec![GenderCounts::default(); k],
            without_pay: 0,
            all_hourly: true,
            women_men_without_pay: 0,
            recorded: [0; 2],
        }
    }

    /// The counts of both parts, this one's rows first.
    fn plus(mut self, other: RowCounts) -> RowCounts {
        self.counts.add(other.counts);
        for (a, b) in self.by_category.iter_mut().zip(other.by_category) {
            a.add(b);
        }
        self.without_pay += other.without_pay;
        self.all_hourly &= other.all_hourly;
        self.women_men_without_pay += other.women_men_without_pay;
        self.recorded = [
            self.recorded[0] + other.recorded[0],
            self.recorded[1] + other.recorded[1],
        ];
        self
    }
}

/// Counts a woman (`Some(true)`), a man (`Some(false)`) or another worker.
#[inline]
fn count(c: &mut GenderCounts, wm: Option<bool>) {
    match wm {
        Some(true) => c.women += 1,
        Some(false) => c.men += 1,
        None => c.excluded += 1,
    }
}

/// Each kind of value of the women and men with annual pay, by bucket ([`Bucketing`]), and the
/// hourly rates when every one of them has one.
struct Summed {
    /// The annual pay level: (a), (c), (g) and the Article 10 check; its values, unsorted.
    level: (ByBucket, Kept),
    /// Basic pay, when variable pay is recorded (else it is the pay level).
    basic: Option<ByBucket>,
    /// The variable pay of the recipients: (b), (d), (e); its medians (never sorted: nothing
    /// else needs its ranks).
    variable: (ByBucket, sorted::Medians),
    /// Hourly pay: (a), (c), (f).
    hourly: Option<ByGender>,
}

/// The values of one part of the rows, by bucket, and its counts.
type Part = (RowCounts, Bucketing, Bucketing, Bucketing);

/// One pass over the rows (in two halves on two threads for a large payroll) counts the workers
/// and sums exactly, by bucket (of `2 * k`: the women's categories, then the men's), the pay
/// level, the basic pay and the variable pay of the women and men with annual pay; then the
/// hourly rates are sorted and the variable pay's medians found by counting, on two threads for
/// a large payroll. The pay level's values are kept, unsorted.
fn summed(p: &Payroll, rules: &PayRules, cats: &CategoryRanks) -> (RowCounts, Summed) {
    let (n, k) = (p.len(), cats.len());
    let has_variable = !p.variable.is_absent();
    let pass = |rows: std::ops::Range<usize>| -> Part {
        // Room for every row's value (untouched room costs no memory).
        let room = Some([rows.len(); 2]);
        let mut level = Bucketing::new(2 * k, k, room);
        let mut basic = Bucketing::new(if has_variable { 2 * k } else { 0 }, k, None);
        let mut variable = Bucketing::new(2 * k, k, room);
        let mut c = RowCounts::new(k);
        for i in rows {
            let wm = woman_or_man(p.gender[i]);
            count(&mut c.counts, wm);
            let Some(annual) = p.annual.get(i) else {
                c.without_pay += 1;
                c.women_men_without_pay += u64::from(wm.is_some());
                continue;
            };
            let r = cats.of(p, i);
            count(&mut c.by_category[r], wm);
            let Some(w) = wm else { continue };
            if c.all_hourly && !p.has_hourly(i) {
                c.all_hourly = false;
            }
            let v = p.variable.get(i);
            c.recorded[usize::from(w)] += u64::from(v.is_some());
            let b = r + if w { 0 } else { k };
            // As `Payroll::total_annual`.
            level.add(b, annual + v.unwrap_or(0.0));
            if has_variable {
                basic.add(b, annual);
            }
            if let Some(v) = v.filter(|v| *v > 0.0) {
                variable.add(b, v);
            }
        }
        (c, level, basic, variable)
    };
    let join = |a: Part, b: Part| (a.0.plus(b.0), a.1.plus(b.1), a.2.plus(b.2), a.3.plus(b.3));
    // Two halves hold two sets of buckets: only when there are far fewer buckets than rows.
    let (counts, level, basic, variable) = sorted::in_halves(n, k <= n / 64, pass, join);
    let all_hourly = counts.all_hourly;
    let hourly_part = || {
        all_hourly.then(|| {
            sorted::by_gender((0..n).filter_map(|i| {
                let w = woman_or_man(p.gender[i])?;
                p.annual.get(i)?;
                Some((p.hourly(i, rules)?, w))
            }))
        })
    };
    let variable_medians = || {
        let (by_bucket, kept) = variable.finish();
        (by_bucket, kept.medians(n))
    };
    let ((level, variable), (basic, hourly)) = sorted::join_when_large(
        n,
        || (level.finish(), variable_medians()),
        || (has_variable.then(|| basic.finish().0), hourly_part()),
    );
    let summed = Summed {
        level,
        basic,
        variable,
        hourly,
    };
    (counts, summed)
}

pub(crate) fn article_9_parts(
    p: &Payroll,
    justifications: &[Justification],
    rules: &PayRules,
) -> EuParts {
    let cats = CategoryRanks::new(p);
    let (
        RowCounts {
            counts,
            by_category,
            without_pay,
            all_hourly: _,
            women_men_without_pay,
            recorded,
        },
        Summed {
            level: (level_buckets, level),
            basic,
            variable: (variable_buckets, variable),
            hourly,
        },
    ) = summed(p, rules, &cats);
    let g_categories = categories_of(
        &cats,
        &by_category,
        [
            &level_buckets,
            basic.as_ref().unwrap_or(&level_buckets),
            &variable_buckets,
        ],
        justifications,
        rules,
    );
    let variable_mean_gap = variable_buckets.mean_gap;
    let e_w = CountShare::new(variable.n_women, recorded[1]);
    let e_m = CountShare::new(variable.n_men, recorded[0]);
    let (level_medians, (f_basis, f_quartiles)) = level_ranks(&level, p.len(), hourly.as_ref());

    let article_9 = Article9 {
        workers: counts,
        a_mean_gap_annual: level_buckets.mean_gap,
        a_mean_gap_hourly: hourly.as_ref().map(ByGender::mean_gap),
        b_variable_mean_gap: variable_mean_gap.clone(),
        c_median_gap_annual: level_medians.gap(),
        c_median_gap_hourly: hourly.as_ref().map(ByGender::median_gap),
        d_variable_median_gap: variable.gap(),
        e_variable_women: e_w,
        e_variable_men: e_m,
        f_basis,
        f_quartiles,
        g_categories,
        without_pay,
    };
    EuParts {
        article_9,
        level,
        hourly,
        variable,
        variable_mean_gap,
        variable_is_uk_bonus: p.bonus.is_absent() && women_men_without_pay == 0,
    }
}

/// The pay level's medians, and the quartile bands of (f) with their basis: of the hourly
/// rates when every worker has one (sorted already), else of the pay level. The pay level's are
/// found by counting ([`Kept::at`]), medians and band boundaries in one set of passes; from the
/// sorted values only when the pay at a boundary is zero, because the bands take -0.0 and 0.0
/// for the same pay and the keys tell them apart.
fn level_ranks(
    level: &Kept,
    rows: usize,
    hourly: Option<&ByGender>,
) -> (sorted::Medians, (Basis, [QuartileBand; 4])) {
    let [n_women, n_men] = level.len();
    let mut wanted = median_ranks(Among::Women, n_women);
    wanted.extend(median_ranks(Among::Men, n_men));
    let medians_end = wanted.len();
    let n = n_women + n_men;
    if hourly.is_none() {
        let ends = band_ends(n);
        wanted.extend(
            ends[..3]
                .iter()
                .filter(|&&e| e < n)
                .map(|&e| (Among::Both, e)),
        );
    }
    let found = level.at(rows, &wanted);
    let medians = medians_of(&found[..medians_end], [n_women, n_men]);
    let bands = match hourly {
        Some(h) => (Basis::Hourly, bands_of_sorted(&h.women, &h.men)),
        None => (
            Basis::Annual,
            level_bands(level, rows, &wanted[medians_end..], &found[medians_end..]),
        ),
    };
    (medians, bands)
}

/// The pay level's quartile bands from what was `found` at the `boundaries` (ranks of both
/// genders merged).
fn level_bands(
    level: &Kept,
    rows: usize,
    boundaries: &[(Among, usize)],
    found: &[Option<At>],
) -> [QuartileBand; 4] {
    let zero = [sorted::key(0.0), sorted::key(-0.0)];
    if found.iter().flatten().any(|a| zero.contains(&a.key)) {
        let s = level.clone().sorted(rows);
        return bands_of_sorted(&s.women, &s.men);
    }
    bands_at(level.len(), |e| {
        let i = boundaries.iter().position(|&(_, r)| r == e)?;
        found[i]
    })
}

/// Article 9(g) for every category with a worker: the mean gaps of basic pay, variable pay and
/// the pay level from the buckets of `[level, basic, variable]` (basic pay is the pay level when
/// no variable pay is recorded), and the Article 10 check.
fn categories_of(
    cats: &CategoryRanks,
    by_category: &[GenderCounts],
    [level, basic, variable]: [&ByBucket; 3],
    justifications: &[Justification],
    rules: &PayRules,
) -> Vec<CategoryGaps> {
    let k = cats.len();
    let level_sizes = &level.counts;
    let level_means: Vec<Option<f64>> = (0..2 * k).map(|b| level.mean(b)).collect();
    let basic_means: Vec<Option<f64>> = (0..2 * k).map(|b| basic.mean(b)).collect();
    // By category, over every worker of the category (a zero adds nothing to an exact sum, so
    // the recipients' sum is the category's).
    let variable_means: Vec<Option<f64>> = (0..2 * k)
        .map(|b| (level_sizes[b] > 0).then(|| variable.sums[b] / level_sizes[b] as f64))
        .collect();
    let gap_of = |means: &[Option<f64>], r: usize| {
        super::gap(
            means[r],
            means[r + k],
            level_sizes[r] as u64,
            level_sizes[r + k] as u64,
        )
    };
    (0..k)
        .filter(|&r| {
            let c = &by_category[r];
            c.women + c.men + c.excluded > 0
        })
        .map(|r| {
            category_gaps(
                cats.names[r],
                by_category[r],
                gap_of(&basic_means, r),
                gap_of(&variable_means, r),
                gap_of(&level_means, r),
                justifications,
                rules,
            )
        })
        .collect()
}

/// Article 9(g) and the Article 10 check for one category.
fn category_gaps(
    name: &str,
    workers: GenderCounts,
    basic_mean_gap: Gap,
    variable_mean_gap: Gap,
    pay_level_mean_gap: Gap,
    justifications: &[Justification],
    rules: &PayRules,
) -> CategoryGaps {
    let justification = justifications
        .iter()
        .find(|j| j.category.as_str() == name)
        .map(|j| j.text.to_string());
    let article_10 = match pay_level_mean_gap.value {
        None => Article10 {
            gap_at_or_above_threshold: false,
            justification,
            joint_assessment_required: false,
            not_decided: Some(NotDecided::MeanGapNotComputable(
                pay_level_mean_gap
                    .not_computable
                    .clone()
                    .unwrap_or(GapReason::NoValue),
            )),
        },
        Some(g) => {
            // "At least 5%": inclusive, with a tolerance for binary floating point
            // (47,500 vs 50,000 is exactly 5%).
            let at_or_above = g.abs() >= rules.joint_assessment_threshold - 1e-12;
            Article10 {
                gap_at_or_above_threshold: at_or_above,
                joint_assessment_required: at_or_above && justification.is_none(),
                justification,
                not_decided: None,
            }
        }
    };
    CategoryGaps {
        category: name.to_string(),
        workers,
        basic_mean_gap,
        variable_mean_gap,
        pay_level_mean_gap,
        article_10,
        adjusted: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Gender, Money, Text, Worker};
    use proptest::prelude::*;

    #[test]
    fn only_the_category_texts_are_ranked() {
        let worker = |category: &str, grade: &str| Worker {
            annual_pay: Some(Money::new(1000.0).unwrap()),
            category: Some(Text::new(category).unwrap()),
            grade: Some(Text::new(grade).unwrap()),
            ..Worker::new(Gender::Woman)
        };
        let p = Payroll::from_workers(&[
            worker("B", "G1"),
            worker("A", "G2"),
            worker("B", "G3"),
            Worker::new(Gender::Man),
        ]);
        let cats = CategoryRanks::new(&p);
        // The three grades are interned texts of the payroll too, but no row's category.
        assert_eq!(cats.names, ["(no category)", "A", "B"]);
        let ranks: Vec<usize> = (0..4).map(|i| cats.of(&p, i)).collect();
        assert_eq!(ranks, [2, 1, 2, 0]);
    }

    proptest! {
        /// The pay level's medians and bands found by counting are those of its values sorted:
        /// ties at the boundaries, zero pay at a boundary (-0.0 and 0.0 the same pay), no hourly
        /// rates; and with hourly rates, the bands are theirs.
        #[test]
        fn level_ranks_are_those_of_the_sorted_values(
            values in proptest::collection::vec(
                (
                    prop_oneof![
                        (0u32..8).prop_map(|x| f64::from(x) * 100.0),
                        Just(-0.0),
                        (1u32..1_000_000).prop_map(|x| f64::from(x) / 8.0),
                    ],
                    any::<bool>(),
                ),
                // Below and above `ranked::FEW` values.
                0..1500,
            ),
            split in 0usize..1500,
            rows in prop_oneof![Just(10usize), Just(100_000)],
        ) {
            let keys = |vs: &[(f64, bool)], woman: bool| -> Vec<u64> {
                vs.iter().filter(|v| v.1 == woman).map(|v| sorted::key(v.0)).collect()
            };
            let (a, b) = values.split_at(split.min(values.len()));
            let kept = Kept {
                women: vec![keys(a, true), keys(b, true)],
                men: vec![keys(a, false), keys(b, false)],
            };
            let by_gender = sorted::by_gender(values.iter().copied());
            let (medians, (basis, bands)) = level_ranks(&kept, rows, None);
            prop_assert_eq!(medians.gap(), by_gender.median_gap());
            prop_assert_eq!(basis, Basis::Annual);
            prop_assert_eq!(bands, bands_of_sorted(&by_gender.women, &by_gender.men));
            let hourly = sorted::by_gender(values.iter().map(|&(v, w)| (v * 2.0 + 1.0, w)));
            let (_, (basis, bands)) = level_ranks(&kept, rows, Some(&hourly));
            prop_assert_eq!(basis, Basis::Hourly);
            prop_assert_eq!(bands, bands_of_sorted(&hourly.women, &hourly.men));
        }
    }
}
