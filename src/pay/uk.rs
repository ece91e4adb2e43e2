//! The six figures of UK gender pay gap reporting: The Equality Act 2010 (Gender Pay Gap
//! Information) Regulations 2017 (SI 2017/172), reg. 2(1)(a)-(f), calculated as regs. 8-13 say.
//!
//! | Item | Regulation | Population |
//! |---|---|---|
//! | (a) mean hourly pay gap | reg. 8 | full-pay relevant employees with an hourly rate |
//! | (b) median hourly pay gap | reg. 9 | as (a) |
//! | (c) mean bonus gap | reg. 10 | relevant employees paid bonus pay (> 0) in the 12 months ending with the snapshot date |
//! | (d) median bonus gap | reg. 11 | as (c) |
//! | (e) proportions paid bonus | reg. 12 | relevant employees (with a bonus recorded) |
//! | (f) quartile pay bands | reg. 13 | as (a) |
//!
//! Gaps follow the regulations' formula (A − B) / A with A the men's and B the women's value
//! (see [`super::gap`]); they are fractions, not percentages, and are not rounded here (rounding
//! to whole numbers or one decimal place, as the EHRC guidance allows, happens at presentation).
//! The figures are on women and men, as the regulations define them; every record left out of a
//! figure is counted in [`UkFigures::exclusions`] with the reason.
//!
//! Cost: one pass over the records, one radix sort of the hourly rates (none when
//! [`super::figures`] or the analysis computes them with the Article 9 figures: the UK rates are
//! then the Article 9 ones less and plus the few that differ) and one of the bonuses, in the order
//! of `f64::total_cmp`; the quartile bands by binary searches at their boundaries. O(N) time and
//! memory besides the sort; no allocation per record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::eu::{EuParts, woman_or_man};
use super::ranked::{At, Tie};
use super::sorted;
use super::text::{pay_text, recorded};
use super::{ByGender, CountShare, Gap, GenderCounts, PayRules, Payroll, Worker, share};
use crate::i18n::{Lang, Message};

/// Why records are left out of UK figures ([`Exclusion::reason`]), written in every language
/// ([`ExclusionReason::in_lang`]); serialised as its English text.
///
/// ```
/// use gender_impact::pay::ExclusionReason;
/// assert_eq!(
///     ExclusionReason::Gender.to_string(),
///     "non-binary or undisclosed gender: the regulations' figures are on men and women"
/// );
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ExclusionReason {
    /// Non-binary and undisclosed workers: the statutory figures (SI 2017/172, regs. 8-13) are
    /// on male and female employees.
    Gender,
    /// A relevant employee on reduced or nil pay because of leave, left out of the hourly
    /// figures (a), (b) and (f): not a full-pay relevant employee (SI 2017/172, reg. 1(2)). Such
    /// employees still count for the bonus figures (c)-(e).
    NotFullPay,
    /// A full-pay relevant employee without an hourly rate of pay (SI 2017/172, reg. 6), left out
    /// of the hourly figures (a), (b) and (f).
    NoHourly,
    /// A relevant employee whose bonus pay is not recorded at all (neither bonus pay nor
    /// variable pay), left out of the bonus figures (c)-(e) (regs. 10-12). Such a record is not
    /// counted as a zero bonus: whether the employee was paid bonus pay is unknown.
    NoBonus,
    /// A reason read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl ExclusionReason {
    /// The reason as a catalogue message.
    pub fn message(&self) -> Message {
        Message::new(match self {
            ExclusionReason::Gender => "pay-excluded-gender",
            ExclusionReason::NotFullPay => "pay-excluded-not-full-pay",
            ExclusionReason::NoHourly => "pay-excluded-no-hourly",
            ExclusionReason::NoBonus => "pay-excluded-no-bonus",
            ExclusionReason::Recorded(text) => return recorded(text),
        })
    }

    fn render(&self, lang: Lang, _plain: bool) -> String {
        self.message().in_lang(lang)
    }
}

pay_text!(ExclusionReason);

/// One quartile pay band (SI 2017/172, reg. 13): the numbers of female and male full-pay relevant
/// employees in it and their proportions of the band (Steps 3 and 4).
///
/// ```
/// use gender_impact::pay::quartile_bands;
/// let bands = quartile_bands(&[(9.0, true), (10.0, false), (11.0, true), (12.0, false)]);
/// assert_eq!((bands[0].women, bands[0].men), (1, 0));
/// assert_eq!(bands[0].women_share, Some(1.0));
/// assert_eq!(bands[3].men_share, Some(1.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuartileBand {
    /// Female full-pay relevant employees in the band.
    pub women: u64,
    /// Male full-pay relevant employees in the band.
    pub men: u64,
    /// Women / (women + men) in the band (reg. 13(1), Step 4, as a fraction); absent for an empty band.
    pub women_share: Option<f64>,
    /// Men / (women + men) in the band (reg. 13(1), Step 3, as a fraction); absent for an empty band.
    pub men_share: Option<f64>,
}

impl QuartileBand {
    fn of(women: u64, men: u64) -> QuartileBand {
        QuartileBand {
            women,
            men,
            women_share: share(women, women + men),
            men_share: share(men, women + men),
        }
    }
}

/// Splits people ranked by pay into the four quartile pay bands of SI 2017/172, reg. 13:
/// lower, lower middle, upper middle and upper.
///
/// `entries` are `(hourly rate of pay, is_woman)`; the order of input does not matter. Pay should
/// be finite (rates of pay from [`Worker::hourly`] always are); entries are ranked in the order
/// of `f64::total_cmp`, and equal rates form one group (-0.0 and 0.0 are the same rate).
///
/// **Band sizes (reg. 13(1), Step 2: "four sections, each comprising (so far as possible) an equal
/// number of employees").** With the N people ranked 1..=N from lowest to highest paid (Step 1),
/// the person of rank i is in band j (1..=4) when (j − 1)/4 < i/N ≤ j/4, that is, band j ends at
/// rank ⌊j·N/4⌋. So band sizes differ by at most one (each differs from N/4 by less than one);
/// every boundary is within less than one person of its exact quarter point j·N/4, so for even
/// N the lower two bands are exactly the lower half; a person's band depends on their rank alone,
/// with no convention for rounding halves; and the upper band always has ⌈N/4⌉ people, the lower
/// ⌊N/4⌋. Sizes for N = 8, 9, 10, 11: 2-2-2-2, 2-2-2-3, 2-3-2-3, 2-3-3-3. With N < 4 some bands
/// are empty (N = 1: 0-0-0-1; 2: 0-1-0-1; 3: 0-1-1-1) and their shares are absent.
///
/// **Ties (reg. 13(2)).** When people with the same rate of pay fall in more than one band, the
/// group's women are shared among its parts in proportion to the part sizes, so that the
/// proportion of women and men with that rate is, so far as possible, the same in each band:
/// part k of size n_k of a group of g people with W women gets ⌊W·n_k/g⌋ women, and the women
/// left over go one each to the parts with the largest remainders (W·n_k mod g), an exact tie
/// going to the lower band. Every part's women count is then within less than one of its exact
/// proportional share W·n_k/g, and the women and men of each part, band and group are whole
/// numbers that add up.
///
/// O(N log N): one copy and one sort of `entries`, then a linear pass.
///
/// ```
/// use gender_impact::pay::quartile_bands;
/// // The methods notes' reference case (5.3): the four £11 earners (2 women, 2 men) straddle
/// // the lower and lower-middle bands; each band gets one woman and one man of them.
/// let (f, m) = (true, false);
/// let entries = [(9.0, f), (11.0, m), (11.0, m), (11.0, f), (11.0, f), (12.0, f),
///                (13.0, m), (14.0, f), (16.0, m), (18.0, f), (22.0, m), (30.0, m)];
/// let bands = quartile_bands(&entries);
/// let counts: Vec<(u64, u64)> = bands.iter().map(|b| (b.women, b.men)).collect();
/// assert_eq!(counts, [(2, 1), (2, 1), (1, 2), (1, 2)]);
/// ```
pub fn quartile_bands(entries: &[(f64, bool)]) -> [QuartileBand; 4] {
    bands_of_ranked(&Ranked::new(entries).keys)
}

/// Entries ranked by pay, lowest first, in the order of `f64::total_cmp`, each packed in a `u64`
/// key `(code << 1) | is_woman`: equal codes are equal pay. For pay that is zero or more (every
/// rate and bonus from [`Worker`] records, whose amounts are [`super::Money`]) the code is the
/// pay's bit pattern, whose integer order is its numeric order, so the one sort runs on plain
/// integers; otherwise (negative pay or NaN: not from valid records and rules) the
/// entries are sorted with `f64::total_cmp` and the code is the index of the distinct pay.
struct Ranked {
    keys: Vec<u64>,
    /// The distinct pays, ascending, when codes are indices into it.
    #[cfg_attr(not(test), allow(dead_code))] // the ranking needs only the codes
    distinct: Option<Vec<f64>>,
}

impl Ranked {
    fn new(entries: &[(f64, bool)]) -> Ranked {
        let mut keys = Vec::with_capacity(entries.len());
        for &(pay, is_woman) in entries {
            // + 0.0 turns -0.0 into 0.0: the same rate of pay.
            let pay = pay + 0.0;
            if pay.is_sign_negative() || pay.is_nan() {
                return Ranked::by_total_cmp(entries);
            }
            keys.push((pay.to_bits() << 1) | u64::from(is_woman));
        }
        keys.sort_unstable();
        Ranked {
            keys,
            distinct: None,
        }
    }

    fn by_total_cmp(entries: &[(f64, bool)]) -> Ranked {
        let mut sorted: Vec<(f64, bool)> = entries.iter().map(|&(p, w)| (p + 0.0, w)).collect();
        sorted.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut distinct: Vec<f64> = Vec::new();
        let keys = sorted
            .iter()
            .map(|&(pay, is_woman)| {
                if distinct.last().is_none_or(|&d| d.total_cmp(&pay).is_ne()) {
                    distinct.push(pay);
                }
                ((distinct.len() as u64 - 1) << 1) | u64::from(is_woman)
            })
            .collect();
        Ranked {
            keys,
            distinct: Some(distinct),
        }
    }

    /// The pay of a key.
    #[cfg(test)]
    fn pay(&self, key: u64) -> f64 {
        match &self.distinct {
            None => f64::from_bits(key >> 1),
            Some(d) => d[(key >> 1) as usize],
        }
    }

    /// Women's and men's pay, each ascending.
    #[cfg(test)]
    fn by_gender(&self) -> ByGender {
        let n_women = self.keys.iter().filter(|&&k| k & 1 == 1).count();
        let mut b = ByGender {
            women: Vec::with_capacity(n_women),
            men: Vec::with_capacity(self.keys.len() - n_women),
        };
        for &k in &self.keys {
            if k & 1 == 1 {
                b.women.push(self.pay(k));
            } else {
                b.men.push(self.pay(k));
            }
        }
        b
    }
}

/// The end (exclusive, 0-based) of each band among `n` ranked people: ⌊j·n/4⌋ for j = 1..=4.
pub(crate) fn band_ends(n: usize) -> [usize; 4] {
    // j·(n/4) + ⌊j·(n mod 4)/4⌋ = ⌊j·n/4⌋, without overflow.
    let (q, r) = (n / 4, n % 4);
    [q + r / 4, 2 * q + 2 * r / 4, 3 * q + 3 * r / 4, n]
}

/// Shares `women` of a tie group of `g` people among its parts (`parts[j]` people in band j,
/// summing to `g`) by largest remainder; exact ties in the remainder go to the lower band.
fn share_out(women: u64, g: u64, parts: [u64; 4]) -> [u64; 4] {
    let mut out = [0u64; 4];
    let mut rem = [0u128; 4];
    let mut given = 0u64;
    for j in 0..4 {
        let p = women as u128 * parts[j] as u128;
        out[j] = (p / g as u128) as u64;
        rem[j] = p % g as u128;
        given += out[j];
    }
    // The remainders sum to (women − given)·g, and each is < g, so fewer parts than `left` have a
    // zero remainder; the largest `left` remainders are all positive.
    let mut left = women - given;
    let mut bumped = [false; 4];
    while left > 0 {
        let mut best: Option<usize> = None;
        for j in 0..4 {
            if bumped[j] || rem[j] == 0 {
                continue;
            }
            if best.is_none_or(|b| rem[j] > rem[b]) {
                best = Some(j);
            }
        }
        let j = best.expect("a positive remainder is left for each woman left over");
        out[j] += 1;
        bumped[j] = true;
        left -= 1;
    }
    out
}

/// The four bands of ranked keys (see [`Ranked`]).
fn bands_of_ranked(keys: &[u64]) -> [QuartileBand; 4] {
    let n = keys.len();
    let ends = band_ends(n);
    let starts = [0, ends[0], ends[1], ends[2]];
    let mut women = [0u64; 4];
    let mut men = [0u64; 4];
    let mut s = 0;
    while s < n {
        let code = keys[s] >> 1;
        let mut e = s;
        let mut w = 0u64;
        while e < n && keys[e] >> 1 == code {
            w += keys[e] & 1;
            e += 1;
        }
        let g = (e - s) as u64;
        let mut parts = [0u64; 4];
        for j in 0..4 {
            let lo = s.max(starts[j]);
            let hi = e.min(ends[j]);
            parts[j] = hi.saturating_sub(lo) as u64;
        }
        let alloc = if parts.contains(&g) {
            // The whole group is in one band (the usual case): no sharing.
            parts.map(|p| if p == g { w } else { 0 })
        } else {
            share_out(w, g, parts)
        };
        for j in 0..4 {
            women[j] += alloc[j];
            men[j] += parts[j] - alloc[j];
        }
        s = e;
    }
    std::array::from_fn(|j| QuartileBand::of(women[j], men[j]))
}

/// Records left out of a figure for one reason, and how many.
///
/// The reasons are the variants of [`ExclusionReason`]. A record may be left out of the hourly figures for one reason and out
/// of the bonus figures for another, so counts of different reasons may overlap.
///
/// ```
/// use gender_impact::pay::{ExclusionReason, PayRules, Worker, uk_figures};
/// use gender_impact::Gender;
/// let f = uk_figures(&[Worker::new(Gender::Undisclosed)], &PayRules::built_in());
/// assert!(matches!(f.exclusions[0].reason, ExclusionReason::Gender));
/// assert_eq!(f.exclusions[0].count, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Exclusion {
    /// Why the records were left out, and of which figures.
    pub reason: ExclusionReason,
    /// How many records.
    pub count: u64,
}

/// The six items a relevant employer must publish (SI 2017/172, reg. 2(1)(a)-(f)), with the
/// populations they rest on. Values are fractions, unrounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UkFigures {
    /// Relevant employees (reg. 1(2): employed on the snapshot date): every record, by gender.
    pub relevant_employees: GenderCounts,
    /// Full-pay relevant employees (reg. 1(2): not paid at a reduced rate or nil in the relevant
    /// pay period because of leave), by gender.
    pub full_pay_relevant_employees: GenderCounts,
    /// Whether the employer is a relevant employer (reg. 1(2)): relevant employees (all genders)
    /// at least [`PayRules::uk_relevant_employer`] (250).
    pub relevant_employer: bool,
    /// (a) Mean hourly pay gap (reg. 8), over full-pay relevant employees with an hourly rate.
    pub mean_hourly_gap: Gap,
    /// (b) Median hourly pay gap (reg. 9), over the same employees as (a).
    pub median_hourly_gap: Gap,
    /// (c) Mean bonus gap (reg. 10), over relevant employees paid bonus pay (more than 0) in the 12
    /// months ending with the snapshot date; employees paid no bonus are not counted as zeros.
    pub mean_bonus_gap: Gap,
    /// (d) Median bonus gap (reg. 11), over the same employees as (c).
    pub median_bonus_gap: Gap,
    /// (e) Proportion of female relevant employees paid bonus pay (reg. 12(2)): women paid bonus
    /// over women whose bonus is recorded.
    pub bonus_women: CountShare,
    /// (e) Proportion of male relevant employees paid bonus pay (reg. 12(1)): men paid bonus over
    /// men whose bonus is recorded.
    pub bonus_men: CountShare,
    /// (f) Quartile pay bands (reg. 13), lower to upper, on the hourly rates of full-pay relevant
    /// employees (see [`quartile_bands`]).
    pub quartiles: [QuartileBand; 4],
    /// Every record left out of any figure, with the reason and count; reasons with no record are
    /// not listed.
    pub exclusions: Vec<Exclusion>,
}

/// Computes the six UK figures (SI 2017/172, reg. 2(1)(a)-(f)) from pay records.
///
/// - Hourly rate of pay (reg. 6): [`Worker::hourly`]; full-pay status: [`Worker::full_pay`].
///   Items (a), (b) and (f) rest on female and male full-pay relevant employees with an hourly
///   rate.
/// - Bonus pay (reg. 4) in the 12 months ending with the snapshot date: [`Worker::bonus`]. Items
///   (c) and (d) rest on female and male relevant employees (full pay or not) paid bonus pay
///   (more than 0); item (e) on those whose bonus is recorded (0 meaning none paid). A record
///   with no bonus recorded at all is left out of (c)-(e), not counted as 0.
/// - Non-binary and undisclosed workers count as relevant employees (and towards the relevant
///   employer threshold) but are left out of the figures.
///
/// ```
/// use gender_impact::pay::{Money, PayRules, Worker, uk_figures};
/// use gender_impact::Gender;
/// let worker = |g, hourly: f64, bonus: f64| Worker {
///     hourly_pay: Some(Money::new(hourly).unwrap()),
///     bonus_pay: Some(Money::new(bonus).unwrap()),
///     ..Worker::new(g)
/// };
/// let staff = [
///     worker(Gender::Woman, 12.0, 0.0),
///     worker(Gender::Woman, 14.0, 300.0),
///     worker(Gender::Man, 15.0, 500.0),
///     worker(Gender::Man, 17.0, 0.0),
/// ];
/// let f = uk_figures(&staff, &PayRules::built_in());
/// assert_eq!(f.mean_hourly_gap.value, Some((16.0 - 13.0) / 16.0));
/// assert_eq!(f.mean_bonus_gap.value, Some((500.0 - 300.0) / 500.0));
/// assert_eq!(f.bonus_women.share, Some(0.5));
/// assert!(!f.relevant_employer);
/// assert!(f.exclusions.is_empty());
/// ```
pub fn uk_figures(workers: &[Worker], rules: &PayRules) -> UkFigures {
    uk_figures_payroll(&Payroll::from_workers(workers), rules)
}

/// [`uk_figures`] on a [`Payroll`] (what the payroll CSV reader produces).
pub fn uk_figures_payroll(payroll: &Payroll, rules: &PayRules) -> UkFigures {
    uk_parts(payroll, rules, None)
}

/// What one pass over rows counts and collects for the UK figures.
#[derive(Default)]
struct UkRows {
    relevant_employees: GenderCounts,
    full_pay_relevant_employees: GenderCounts,
    not_full_pay: u64,
    no_hourly: u64,
    no_bonus: u64,
    /// Indexed by `usize::from(is_woman)`: [men, women].
    bonus_known: [u64; 2],
    bonus_paid: [u64; 2],
    /// Rates of pay as the bands rank them: -0.0 is the same rate as 0.0 (+ 0.0). Without the
    /// Article 9 rates, every full-pay relevant employee's rate (`hourly`); with them (the rates
    /// of every woman and man with annual pay, sorted once), only the differences: the rates of
    /// those with annual pay who are not full-pay relevant employees with a rate (`less`), and
    /// of those who are, without annual pay (`more`).
    hourly: Vec<(f64, bool)>,
    less: Vec<(f64, bool)>,
    more: Vec<(f64, bool)>,
    /// The bonuses paid (more than 0), unless the Article 9 variable pay is the bonus.
    bonus: Vec<(f64, bool)>,
}

impl UkRows {
    fn of(
        p: &Payroll,
        rules: &PayRules,
        rows: std::ops::Range<usize>,
        with_eu_hourly: bool,
        own_bonus: bool,
    ) -> UkRows {
        let mut u = UkRows::default();
        for i in rows {
            let Some(is_woman) = woman_or_man(p.gender[i]) else {
                u.relevant_employees.excluded += 1;
                u.full_pay_relevant_employees.excluded += u64::from(p.full_pay(i));
                continue;
            };
            let full_pay = p.full_pay(i);
            let has_rate = p.has_hourly(i);
            u.count(is_woman, full_pay, has_rate);
            let in_uk = full_pay && has_rate;
            let rate = || p.hourly(i, rules).map(|h| (h + 0.0, is_woman));
            if !with_eu_hourly {
                if in_uk {
                    u.hourly.extend(rate());
                }
            } else {
                match (p.annual.get(i).is_some(), in_uk) {
                    (true, false) => u.less.extend(rate()),
                    (false, true) => u.more.extend(rate()),
                    _ => {}
                }
            }
            match p.bonus(i) {
                Some(b) => {
                    u.bonus_known[usize::from(is_woman)] += 1;
                    if b > 0.0 {
                        u.bonus_paid[usize::from(is_woman)] += 1;
                        if own_bonus {
                            u.bonus.push((b + 0.0, is_woman));
                        }
                    }
                }
                None => u.no_bonus += 1,
            }
        }
        u
    }

    /// Counts a woman or a man.
    fn count(&mut self, is_woman: bool, full_pay: bool, has_rate: bool) {
        let (relevant, full) = if is_woman {
            (
                &mut self.relevant_employees.women,
                &mut self.full_pay_relevant_employees.women,
            )
        } else {
            (
                &mut self.relevant_employees.men,
                &mut self.full_pay_relevant_employees.men,
            )
        };
        *relevant += 1;
        if !full_pay {
            self.not_full_pay += 1;
        } else {
            *full += 1;
            if !has_rate {
                self.no_hourly += 1;
            }
        }
    }

    /// Both parts, this one's rows first.
    fn plus(mut self, other: UkRows) -> UkRows {
        self.relevant_employees.add(other.relevant_employees);
        self.full_pay_relevant_employees
            .add(other.full_pay_relevant_employees);
        self.not_full_pay += other.not_full_pay;
        self.no_hourly += other.no_hourly;
        self.no_bonus += other.no_bonus;
        for g in 0..2 {
            self.bonus_known[g] += other.bonus_known[g];
            self.bonus_paid[g] += other.bonus_paid[g];
        }
        self.hourly.extend(other.hourly);
        self.less.extend(other.less);
        self.more.extend(other.more);
        self.bonus.extend(other.bonus);
        self
    }
}

/// The UK figures, reusing the values the Article 9 figures sorted when they rest on the same
/// workers (see [`EuParts`]).
pub(crate) fn uk_parts(p: &Payroll, rules: &PayRules, eu: Option<&EuParts>) -> UkFigures {
    // The Article 9 hourly rates when they exist and need no canonical form (no -0.0 nor NaN,
    // possible only with rules of a zero or negative number of days).
    let eu_hourly = eu.and_then(|e| e.hourly.as_ref()).filter(|h| {
        h.women
            .iter()
            .chain(&h.men)
            .all(|v| v.to_bits() != (-0.0f64).to_bits() && !v.is_nan())
    });
    let shared = eu.filter(|e| e.variable_is_uk_bonus);
    // One pass over the records (as `GenderCounts::of` counts them); for a large payroll, in
    // two halves on two threads.
    let (n, with_eu_hourly, own_bonus) = (p.len(), eu_hourly.is_some(), shared.is_none());
    let of = |rows| UkRows::of(p, rules, rows, with_eu_hourly, own_bonus);
    let UkRows {
        relevant_employees,
        full_pay_relevant_employees,
        not_full_pay,
        no_hourly,
        no_bonus,
        bonus_known,
        bonus_paid,
        hourly,
        less,
        more,
        bonus,
    } = sorted::in_halves(n, true, of, UkRows::plus);
    let excluded_gender = relevant_employees.excluded;

    let own_hourly;
    let hourly_by_gender = match eu_hourly {
        Some(h) if less.is_empty() && more.is_empty() => h,
        Some(h) => {
            let (less, more) = (
                sorted::by_gender(less.into_iter()),
                sorted::by_gender(more.into_iter()),
            );
            own_hourly = ByGender {
                women: sorted::less_plus(&h.women, &less.women, &more.women),
                men: sorted::less_plus(&h.men, &less.men, &more.men),
            };
            &own_hourly
        }
        None => {
            own_hourly = sorted::by_gender(hourly.into_iter());
            &own_hourly
        }
    };
    // The bonus gaps: Article 9's variable pay when it is the same, else the bonus sorted here.
    let (mean_bonus_gap, median_bonus_gap) = match shared {
        Some(e) => (e.variable_mean_gap.clone(), e.variable.gap()),
        None => {
            let b = sorted::by_gender(bonus.into_iter());
            (b.mean_gap(), b.median_gap())
        }
    };

    let exclusions = [
        (ExclusionReason::Gender, excluded_gender),
        (ExclusionReason::NotFullPay, not_full_pay),
        (ExclusionReason::NoHourly, no_hourly),
        (ExclusionReason::NoBonus, no_bonus),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(reason, count)| Exclusion { reason, count })
    .collect();

    let total = relevant_employees.women + relevant_employees.men + relevant_employees.excluded;
    UkFigures {
        relevant_employees,
        full_pay_relevant_employees,
        relevant_employer: total >= u64::from(rules.uk_relevant_employer),
        mean_hourly_gap: hourly_by_gender.mean_gap(),
        median_hourly_gap: hourly_by_gender.median_gap(),
        mean_bonus_gap,
        median_bonus_gap,
        bonus_women: CountShare::new(bonus_paid[1], bonus_known[1]),
        bonus_men: CountShare::new(bonus_paid[0], bonus_known[0]),
        quartiles: bands_of_sorted(&hourly_by_gender.women, &hourly_by_gender.men),
        exclusions,
    }
}

/// The four bands (as [`quartile_bands`] gives them) of women's and men's pay, each sorted
/// ascending in the order of `f64::total_cmp`: one merging pass over the two.
pub(crate) fn bands_of_sorted(women: &[f64], men: &[f64]) -> [QuartileBand; 4] {
    // Pay that is zero or more (every rate from valid records) ranks as its bit pattern; else
    // by the `total_cmp` key of the pay + 0.0 (-0.0 and 0.0 are the same rate of pay).
    let plain = |s: &[f64]| {
        s.first().is_none_or(|v| v.is_sign_positive()) && s.last().is_none_or(|v| !v.is_nan())
    };
    if plain(women) && plain(men) {
        bands_by_key(women, men, f64::to_bits)
    } else {
        bands_by_key(women, men, |v| sorted::key(v + 0.0))
    }
}

/// [`bands_of_sorted`] with equal pay meaning equal keys, and keys ascending in each slice:
/// the pay at each boundary and its tie group found by a few binary searches, not a pass over
/// the ranks ([`bands_at`]).
#[inline(always)]
fn bands_by_key(women: &[f64], men: &[f64], key: impl Fn(f64) -> u64) -> [QuartileBand; 4] {
    let at_most = |s: &[f64], k: u64| s.partition_point(|&x| key(x) <= k);
    // The key at rank `e` (0-based) of the two merged: the least key with more than `e` values
    // at or below it, found among each slice's values.
    let key_at = |e: usize| -> Option<u64> {
        let first_over = |s: &[f64]| {
            let i = s.partition_point(|&x| {
                let k = key(x);
                at_most(women, k) + at_most(men, k) <= e
            });
            s.get(i).map(|&x| key(x))
        };
        match (first_over(women), first_over(men)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    };
    let tie = |s: &[f64], k: u64| Tie::of(s, k, &key, 0);
    bands_at([women.len(), men.len()], |e| {
        let key = key_at(e)?;
        Some(At {
            key,
            women: tie(women, key),
            men: tie(men, key),
        })
    })
}

/// The four bands of `n[0]` women and `n[1]` men from what is at the boundaries between them:
/// `at(e)` is the pay at rank `e` (0-based) of the women's and men's pay merged ascending, with
/// the women and the men paid less and paid the same (`None` only past the last rank).
///
/// Only the tie groups at the three boundaries matter: the women before boundary `e` are the
/// women paid less than the pay `v` at rank `e`, plus those of `v`'s tie group that go to the
/// bands before `e` (all of the group's women that fall in one band, or shared as
/// [`share_out`] shares them when the group straddles bands).
pub(crate) fn bands_at(
    [n_women, n_men]: [usize; 2],
    at: impl Fn(usize) -> Option<At>,
) -> [QuartileBand; 4] {
    let n = n_women + n_men;
    let ends = band_ends(n);
    let starts = [0, ends[0], ends[1], ends[2]];
    // Women in the bands before each boundary (ranks below `ends[j]`).
    let mut women_before = [0u64; 4];
    women_before[3] = n_women as u64;
    for j in 0..3 {
        let e = ends[j];
        let Some(At { women, men, .. }) = (e < n).then(|| at(e)).flatten() else {
            women_before[j] = n_women as u64;
            continue;
        };
        let s = women.below + men.below;
        let g = (women.equal + men.equal) as u64;
        let mut parts = [0u64; 4];
        for b in 0..4 {
            let lo = s.max(starts[b]);
            let hi = (s + g as usize).min(ends[b]);
            parts[b] = hi.saturating_sub(lo) as u64;
        }
        let w = women.equal as u64;
        let alloc = if parts.contains(&g) {
            // The whole group is in one band (the usual case): no sharing.
            parts.map(|x| if x == g { w } else { 0 })
        } else {
            share_out(w, g, parts)
        };
        women_before[j] = women.below as u64 + alloc[..=j].iter().sum::<u64>();
    }
    std::array::from_fn(|b| {
        let size = (ends[b] - starts[b]) as u64;
        let w = women_before[b] - if b == 0 { 0 } else { women_before[b - 1] };
        QuartileBand::of(w, size - w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_ends_follow_floor_of_j_n_over_4() {
        for n in 0..200usize {
            let ends = band_ends(n);
            for j in 1..=4 {
                assert_eq!(ends[j - 1], j * n / 4, "n = {n}, j = {j}");
            }
        }
        assert_eq!(band_ends(9), [2, 4, 6, 9]);
        assert_eq!(band_ends(10), [2, 5, 7, 10]);
        assert_eq!(band_ends(11), [2, 5, 8, 11]);
        assert_eq!(band_ends(usize::MAX)[3], usize::MAX);
        assert_eq!(band_ends(usize::MAX)[2], usize::MAX / 4 * 3 + 2);
    }

    #[test]
    fn share_out_largest_remainder() {
        // 4 women in a group of 6 split 1-2-2-1: exact shares 2/3, 4/3, 4/3, 2/3.
        assert_eq!(share_out(4, 6, [1, 2, 2, 1]), [1, 1, 1, 1]);
        // 3 women in a group of 8 split 1-3-2-2: 0.375, 1.125, 0.75, 0.75.
        assert_eq!(share_out(3, 8, [1, 3, 2, 2]), [0, 1, 1, 1]);
        // Exact tie (one woman, two parts of one): the lower band.
        assert_eq!(share_out(1, 2, [0, 1, 1, 0]), [0, 1, 0, 0]);
        // Exact proportions need no remainder.
        assert_eq!(share_out(2, 4, [0, 2, 2, 0]), [0, 1, 1, 0]);
        assert_eq!(share_out(0, 5, [2, 3, 0, 0]), [0, 0, 0, 0]);
        assert_eq!(share_out(5, 5, [2, 3, 0, 0]), [2, 3, 0, 0]);
    }

    #[test]
    fn share_out_is_within_one_of_the_exact_share() {
        for g in 1..=12u64 {
            for a in 0..=g {
                for b in 0..=g - a {
                    for c in 0..=g - a - b {
                        let parts = [a, b, c, g - a - b - c];
                        for w in 0..=g {
                            let out = share_out(w, g, parts);
                            assert_eq!(out.iter().sum::<u64>(), w);
                            for j in 0..4 {
                                assert!(out[j] <= parts[j]);
                                let diff = (out[j] * g).abs_diff(w * parts[j]);
                                assert!(diff < g, "w {w} g {g} parts {parts:?} -> {out:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn negative_pay_is_ranked_like_shifted_pay() {
        // Negative pay takes the `total_cmp` path; shifting every pay by a whole number keeps the
        // order and the ties, so the bands must be those of the packed-key path.
        let pays = [-3.0, -1.0, -1.0, 0.0, 2.0, -3.0, 5.0, -1.0, 2.0, 0.0, -0.0];
        let entries: Vec<(f64, bool)> = pays
            .iter()
            .enumerate()
            .map(|(i, &p)| (p, i % 3 == 0))
            .collect();
        let shifted: Vec<(f64, bool)> = entries.iter().map(|&(p, w)| (p + 10.0, w)).collect();
        let r = Ranked::new(&entries);
        assert!(r.distinct.is_some());
        assert!(Ranked::new(&shifted).distinct.is_none());
        assert_eq!(quartile_bands(&entries), quartile_bands(&shifted));
        let b = r.by_gender();
        // Women are entries 0, 3, 6, 9: -3, 0, 5, 0; men the rest (-0.0 read as 0.0).
        assert_eq!(b.women, [-3.0, 0.0, 0.0, 5.0]);
        assert_eq!(b.men, [-3.0, -1.0, -1.0, -1.0, 0.0, 2.0, 2.0]);
        assert!(b.men[4].is_sign_positive());
    }

    #[test]
    fn packed_keys_recover_the_pay() {
        let entries = [
            (12.5, true),
            (0.0, false),
            (-0.0, true),
            (1e300, false),
            (7.0, true),
        ];
        let r = Ranked::new(&entries);
        assert!(r.distinct.is_none());
        let b = r.by_gender();
        assert_eq!(b.women, [0.0, 7.0, 12.5]);
        assert!(b.women[0].is_sign_positive());
        assert_eq!(b.men, [0.0, 1e300]);
    }

    #[test]
    fn bands_of_sorted_agree_with_the_ranked_bands() {
        let mut x: u64 = 99;
        for n in 0..300usize {
            for spread in [1u64, 3, 10, 1000] {
                let entries: Vec<(f64, bool)> = (0..n)
                    .map(|_| {
                        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                        let pay = ((x >> 33) % spread) as f64 - if spread == 3 { 1.0 } else { 0.0 };
                        // Some -0.0 among the zeros: the same rate of pay.
                        let pay = if pay == 0.0 && x & 1 == 1 { -0.0 } else { pay };
                        (pay, (x >> 20).is_multiple_of(3))
                    })
                    .collect();
                let pick = |woman: bool| {
                    let mut v: Vec<f64> = entries
                        .iter()
                        .filter(|e| e.1 == woman)
                        .map(|e| e.0)
                        .collect();
                    v.sort_by(f64::total_cmp);
                    v
                };
                assert_eq!(
                    bands_of_sorted(&pick(true), &pick(false)),
                    quartile_bands(&entries),
                    "n {n} spread {spread}"
                );
            }
        }
    }

    #[test]
    fn negative_zero_and_zero_are_one_tie_group() {
        let bands = quartile_bands(&[(0.0, true), (-0.0, false)]);
        // One group of two, split 0-1-0-1: the woman goes to the lower band (exact tie).
        assert_eq!((bands[1].women, bands[1].men), (1, 0));
        assert_eq!((bands[3].women, bands[3].men), (0, 1));
    }
}
