//! Pay equity: the indicators of Article 9 of Directive (EU) 2023/970 (pay transparency), the
//! Article 10 joint-pay-assessment check, and the six figures of the UK Gender Pay Gap
//! Information Regulations 2017, from per-worker pay records.
//!
//! Records come from the JSON input's `pay` section ([`PaySection`]) or from a payroll CSV
//! ([`read_payroll`]). The thresholds, rounding and validity rules are data ([`PayRules`], built in as
//! `frameworks/pay.json`), versioned and stamped into every output.
//!
//! Sign convention (both laws): gap = (men − women) / men. A positive gap means men are paid
//! more; a negative gap, women. Statutory figures are computed on women and men as the laws
//! define them; non-binary and undisclosed workers are counted and reported beside them.
//!
//! Every mean is the exact sum of its values, rounded once to the nearest `f64`, over their
//! count: the same whatever the order of the records (a compensated sum would need the values
//! sorted first), and the same whether the values are summed by category and then merged or
//! all at once. Medians and quartile bands rank the values: each kind sorted at most once, or,
//! where only a few ranks are needed, those ranks found by counting with no sort.
//!
//! Pay values never appear in error messages.

mod adjusted;
mod analysis;
mod by_group;
mod csv;
mod disclosure;
mod egapro;
mod eu;
mod inference;
mod logib;
mod payroll;
mod profile;
mod ranked;
mod registro;
mod select;
mod sorted;
mod text;
mod uk;

pub use adjusted::{
    Adjusted, AdjustedGap, CategoryAdjusted, Excluded, FactorBase, PayOaxaca, PayOutcome,
    PayTwofold, adjusted,
};
pub use analysis::{
    AnalysisOptions, InferenceNote, Outcome, PayAnalysis, PayInference, analyse, analyse_payroll,
};
pub use by_group::{ByGroup, ByGroupError, GroupAnalysis, MapEach, analyse_by};
pub use csv::{
    Assumption, Columns, CsvErrors, CsvOptionError, CsvOptions, DecimalSeparator, Encoding,
    GENDER_WORDS, MAX_PROBLEMS, MAX_WORKBOOK_BYTES, PayCsv, PayrollCsv, gender_code, read_payroll,
    read_payroll_workbook, read_workers,
};
#[cfg(feature = "parquet")]
pub use csv::{is_parquet, is_parquet_bytes, read_payroll_parquet, read_payroll_parquet_bytes};
pub use disclosure::{Statement, Suppression, suppress};
pub use egapro::{
    CalendarError, CategoryG, CompliancePath, Departure, EGAPRO_COMMIT, EGAPRO_FIRST_YEAR,
    EGAPRO_THRESHOLD, Egapro, EgaproCalendar, EgaproGap, EgaproQuartile, EgaproSize, EmployeesFrom,
    GapLevel, IndicatorG, QuartileBalance, TopQuartile, egapro,
};
pub use eu::{
    Article9, Article10, Basis, CategoryGaps, NO_CATEGORY, NotDecided, article_9, article_9_payroll,
};
pub use inference::{
    BootstrapInterval, Decomposition, DecompositionMethod, DecompositionRow, ExactPermutationTest,
    MAX_EXACT_SPLITS, NotComputable, PermutationTest, Statistic, bootstrap_gap, decompose_mean_gap,
    exact_permutation_test_mean_gap, permutation_test_mean_gap,
};
pub use logib::{
    LIMIT_VALUE, LOGIB_COLUMNS, LOGIB_MIN_EMPLOYEES, Logib, LogibExcluded, SIGNIFICANCE,
    TARGET_VALUE, ToleranceTest, is_logib_sheet, kennedy, logib, logib_rating,
};
pub use payroll::Payroll;
pub use profile::{PayProfile, UnknownProfile};
pub use registro::{
    Audience, Averages, ConceptKind, Higher, RULE_25_MIN_EMPLOYEES, RULE_25_THRESHOLD, Registro,
    RegistroOptions, RegistroRow, Rule25, Rule25Check, SexFigures, registro,
};

pub use uk::{
    Exclusion, ExclusionReason, QuartileBand, UkFigures, quartile_bands, uk_figures,
    uk_figures_payroll,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Message};
use crate::model::Gender;
pub use crate::model::{Hours, Justification, Money, PayMeasure, PayRules, PaySection, Worker};

/// Counts of workers by gender, with the share of women among women and men.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct GenderCounts {
    /// Women.
    pub women: u64,
    /// Men.
    pub men: u64,
    /// Non-binary and undisclosed workers, left out of the statutory figures.
    pub excluded: u64,
}

impl GenderCounts {
    /// Adds the counts of `other` (another part of the same workers).
    pub(crate) fn add(&mut self, other: GenderCounts) {
        self.women += other.women;
        self.men += other.men;
        self.excluded += other.excluded;
    }

    /// Counts the genders of workers.
    pub fn of<'a>(workers: impl IntoIterator<Item = &'a Worker>) -> GenderCounts {
        let mut c = GenderCounts::default();
        for w in workers {
            match w.gender {
                Gender::Woman => c.women += 1,
                Gender::Man => c.men += 1,
                _ => c.excluded += 1,
            }
        }
        c
    }

    /// Counts the genders of a payroll's rows.
    pub(crate) fn of_payroll(p: &Payroll) -> GenderCounts {
        let mut c = GenderCounts::default();
        for g in &p.gender {
            match g {
                Gender::Woman => c.women += 1,
                Gender::Man => c.men += 1,
                _ => c.excluded += 1,
            }
        }
        c
    }
}

/// A gap: (men − women) / men, with the two values it compares. `None` value when men's value is 0
/// or a group is empty (the reason says which).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Gap {
    /// (men − women) / men; positive when men are paid more.
    pub value: Option<f64>,
    /// Women's mean or median.
    pub women: Option<f64>,
    /// Men's mean or median.
    pub men: Option<f64>,
    /// Number of women the figure rests on.
    pub n_women: u64,
    /// Number of men the figure rests on.
    pub n_men: u64,
    /// Why the gap could not be computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_computable: Option<GapReason>,
}

/// Why a [`Gap`] is not computable. Written in every language ([`GapReason::in_lang`]);
/// serialised as its English text.
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::{GapReason, gap};
/// let g = gap(Some(10.0), None, 3, 0);
/// assert_eq!(g.not_computable, Some(GapReason::NoMen));
/// assert_eq!(GapReason::NoMen.to_string(), "no men in the group");
/// assert_eq!(GapReason::NoMen.in_lang(Lang::Fr), "aucun homme dans le groupe");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GapReason {
    /// No value at all (a gap without its reason).
    NoValue,
    /// Neither women nor men have a value.
    NoWomenNoMen,
    /// No men in the group.
    NoMen,
    /// No women in the group.
    NoWomen,
    /// Men's value is zero, so the gap, a share of it, is undefined.
    MenZero,
    /// Men's value is so small beside the women's that the gap is not a finite number.
    MenTiny,
    /// A reason read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl GapReason {
    /// The reason as a catalogue message.
    pub fn message(&self) -> Message {
        Message::new(match self {
            GapReason::NoValue => "pay-reason-no-value",
            GapReason::NoWomenNoMen => "pay-reason-no-women-no-men",
            GapReason::NoMen => "pay-reason-no-men",
            GapReason::NoWomen => "pay-reason-no-women",
            GapReason::MenZero => "pay-reason-men-zero",
            GapReason::MenTiny => "pay-reason-men-tiny",
            GapReason::Recorded(text) => return text::recorded(text),
        })
    }

    fn render(&self, lang: Lang, _plain: bool) -> String {
        self.message().in_lang(lang)
    }
}

text::pay_text!(GapReason);

impl From<GapRatioError> for GapReason {
    fn from(e: GapRatioError) -> GapReason {
        match e {
            GapRatioError::MenZero => GapReason::MenZero,
            GapRatioError::NotFinite => GapReason::MenTiny,
        }
    }
}

/// Why the ratio (men − women) / men is undefined ([`gap_ratio`]). Its text is the English of
/// the matching [`GapReason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", GapReason::from(*self).english())]
#[non_exhaustive]
pub enum GapRatioError {
    /// Men's value is zero.
    MenZero,
    /// Men's value is so small beside the women's that the ratio is not a finite number.
    NotFinite,
}

/// Share of a value used in proportions (women's share of a band, share receiving a bonus).
pub(crate) fn share(k: u64, n: u64) -> Option<f64> {
    (n > 0).then(|| k as f64 / n as f64)
}

/// Mean of values: their exact sum, rounded once ([`exact_sum`]), over their count. The order of
/// the values does not matter.
pub(crate) fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(exact_sum(values.iter().copied()) / values.len() as f64)
}

/// The exact sum of values, rounded once to the nearest `f64` ([`crate::stats::ExactSum`]): the
/// same whatever their order, so no sort is needed for a mean that does not depend on the order
/// of the records.
pub(crate) fn exact_sum(values: impl Iterator<Item = f64>) -> f64 {
    let mut s = crate::stats::ExactSum::default();
    values.for_each(|v| s.add(v));
    s.value()
}

/// Median of sorted values: the middle value, or the mean of the two middle values.
pub(crate) fn median_sorted(values: &[f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// The gap (men − women) / men between two groups' summary values.
///
/// ```
/// // Methods notes, reference case: men's mean hourly pay 17.1667, women's 12.50.
/// let g = gender_impact::pay::gap(Some(12.5), Some(103.0 / 6.0), 5, 6);
/// assert!((g.value.unwrap() - 0.27184466).abs() < 1e-8);
/// ```
pub fn gap(women: Option<f64>, men: Option<f64>, n_women: u64, n_men: u64) -> Gap {
    let (value, not_computable) = match (women, men) {
        (None, None) => (None, Some(GapReason::NoWomenNoMen)),
        (_, None) => (None, Some(GapReason::NoMen)),
        (None, _) => (None, Some(GapReason::NoWomen)),
        (Some(w), Some(m)) => match gap_ratio(w, m) {
            Ok(g) => (Some(g), None),
            Err(e) => (None, Some(e.into())),
        },
    };
    Gap {
        value,
        women,
        men,
        n_women,
        n_men,
        not_computable,
    }
}

/// The ratio (men − women) / men, or why it is undefined: men's value is zero, or so small
/// beside the women's that the ratio is not a finite number (a men's value of 5e-324 and a
/// women's of 1 would give −∞; found by fuzzing).
///
/// ```
/// use gender_impact::pay::{GapRatioError, gap_ratio};
/// assert_eq!(gap_ratio(75.0, 100.0), Ok(0.25));
/// assert_eq!(gap_ratio(1.0, 0.0), Err(GapRatioError::MenZero));
/// assert_eq!(gap_ratio(1.0, 5e-324), Err(GapRatioError::NotFinite));
/// ```
pub fn gap_ratio(women: f64, men: f64) -> Result<f64, GapRatioError> {
    if men == 0.0 {
        return Err(GapRatioError::MenZero);
    }
    let g = (men - women) / men;
    if g.is_finite() {
        Ok(g)
    } else {
        Err(GapRatioError::NotFinite)
    }
}

/// The Article 9 indicators (with the Article 10 checks) and the six UK figures of a payroll,
/// sharing the ranks of each kind of value: the same figures as [`eu::article_9_payroll`] and
/// [`uk::uk_figures_payroll`].
pub fn figures(
    payroll: &Payroll,
    justifications: &[Justification],
    rules: &PayRules,
) -> (eu::Article9, uk::UkFigures) {
    let parts = eu::article_9_parts(payroll, justifications, rules);
    let uk = uk::uk_parts(payroll, rules, Some(&parts));
    (parts.article_9, uk)
}

/// Values of women and men, each sorted ascending (non-finite values cannot occur: [`Money`]).
#[derive(Debug, Clone, Default)]
pub struct ByGender {
    /// Women's values, ascending.
    pub women: Vec<f64>,
    /// Men's values, ascending.
    pub men: Vec<f64>,
}

impl ByGender {
    /// Collects `value(w)` for women and men (others are left out), skipping `None`, and sorts.
    pub fn collect<'a>(
        workers: impl IntoIterator<Item = &'a Worker>,
        value: impl Fn(&Worker) -> Option<f64>,
    ) -> ByGender {
        let mut b = ByGender::default();
        for w in workers {
            let slot = match w.gender {
                Gender::Woman => &mut b.women,
                Gender::Man => &mut b.men,
                _ => continue,
            };
            if let Some(v) = value(w) {
                slot.push(v);
            }
        }
        b.women.sort_by(f64::total_cmp);
        b.men.sort_by(f64::total_cmp);
        b
    }
    /// The mean gap.
    pub fn mean_gap(&self) -> Gap {
        gap(
            mean(&self.women),
            mean(&self.men),
            self.women.len() as u64,
            self.men.len() as u64,
        )
    }
    /// The median gap.
    pub fn median_gap(&self) -> Gap {
        gap(
            median_sorted(&self.women),
            median_sorted(&self.men),
            self.women.len() as u64,
            self.men.len() as u64,
        )
    }
}

/// A share with the counts it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CountShare {
    /// Numerator.
    pub count: u64,
    /// Denominator.
    pub of: u64,
    /// count / of; absent when `of` is 0.
    pub share: Option<f64>,
}

impl CountShare {
    /// count of `of`.
    pub fn new(count: u64, of: u64) -> CountShare {
        CountShare {
            count,
            of,
            share: share(count, of),
        }
    }
}
