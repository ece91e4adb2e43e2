//! The whole pay analysis: Article 9 and 10, the UK figures, inference (labelled as such), the
//! decomposition of the gap, and disclosure control, stamped with the rules' version.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::csv::Assumption;
use super::disclosure::{Suppression, suppress};
use super::eu::{Article9, EuParts, article_9_parts};
use super::inference::{
    BootstrapInterval, CategoryMeans, Decomposition, NotComputable, PermutationTest, Statistic,
    bootstrap_gap, decompose_from_means, permutation_test_mean_gap,
};
use super::text::{pay_text, recorded};
use super::uk::{UkFigures, uk_parts};
use super::{Justification, PayRules, Payroll, Worker};
use crate::i18n::{Lang, Message};
use crate::model::Stamp;

/// Settings of the inferential figures.
///
/// ```
/// let o = gender_impact::pay::AnalysisOptions::default();
/// assert_eq!((o.resamples, o.permutations, o.level), (2_000, 2_000, 0.95));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AnalysisOptions {
    /// Compute the bootstrap intervals and the permutation test.
    pub inference: bool,
    /// Bootstrap resamples.
    pub resamples: u32,
    /// Permutations of the permutation test.
    pub permutations: u32,
    /// Confidence level of the bootstrap intervals.
    pub level: f64,
    /// Seed: the same seed gives the same numbers.
    pub seed: u64,
    /// The reference year of a Logib data sheet whose ages are years of birth, or whose years
    /// of service are years of entry.
    #[serde(default)]
    pub reference_year: Option<i32>,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            inference: true,
            resamples: 2_000,
            permutations: 2_000,
            level: 0.95,
            seed: 2023,
            reference_year: None,
        }
    }
}

/// A figure that was computed, or the reason it was not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome<T> {
    /// The figure.
    Computed {
        /// Its value.
        result: T,
    },
    /// Why there is no figure.
    NotComputable {
        /// The reason.
        reason: NotComputable,
    },
    /// Not asked for.
    Skipped,
}

impl<T> Outcome<T> {
    pub(crate) fn from(r: Result<T, NotComputable>) -> Outcome<T> {
        match r {
            Ok(result) => Outcome::Computed { result },
            Err(reason) => Outcome::NotComputable { reason },
        }
    }
    /// The figure, if computed.
    pub fn computed(&self) -> Option<&T> {
        match self {
            Outcome::Computed { result } => Some(result),
            _ => None,
        }
    }
}

/// What the inferential figures mean ([`PayInference::note`]), written in every language
/// ([`InferenceNote::in_lang`]); serialised as its English text.
///
/// ```
/// use gender_impact::pay::InferenceNote;
/// assert_eq!(InferenceNote::NotAsked.to_string(), "Inference was not asked for.");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum InferenceNote {
    /// Inference was computed: it answers a different question from the statutory figures.
    Computed,
    /// Inference was not asked for.
    NotAsked,
    /// A note read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl InferenceNote {
    /// The note as a catalogue message.
    pub fn message(&self) -> Message {
        match self {
            InferenceNote::Computed => Message::new("pay-inference-note"),
            InferenceNote::NotAsked => Message::new("pay-inference-not-asked"),
            InferenceNote::Recorded(text) => recorded(text),
        }
    }

    fn render(&self, lang: Lang, _plain: bool) -> String {
        self.message().in_lang(lang)
    }
}

pay_text!(InferenceNote);

/// Inference on the annual pay level: answers whether a gap this size could arise if pay did not
/// depend on gender, not what the gap is (the statutory figures say that).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PayInference {
    /// What the figures mean, in words.
    pub note: InferenceNote,
    /// Percentile bootstrap interval of the mean gap.
    pub mean_gap_interval: Outcome<BootstrapInterval>,
    /// Percentile bootstrap interval of the median gap.
    pub median_gap_interval: Outcome<BootstrapInterval>,
    /// Permutation test of the mean gap.
    pub mean_gap_permutation_test: Outcome<PermutationTest>,
}

/// The pay analysis. Serialises to what `gia pay --format json` prints (full values, with the
/// suppression that published output applies stated in `disclosure`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PayAnalysis {
    /// The crate that produced it.
    pub tool: Stamp,
    /// The jurisdiction profile (`gia pay --profile`): `eu` unless set.
    #[serde(default)]
    pub profile: crate::pay::PayProfile,
    /// The rules (id as `name`) and their version.
    pub rules: Stamp,
    /// Threshold of Article 10 used (e.g. 0.05).
    pub joint_assessment_threshold: f64,
    /// Decimal places of published percentages.
    pub decimals: u8,
    /// Directive (EU) 2023/970, Art. 9 and 10.
    pub eu: Article9,
    /// SI 2017/172, the six figures.
    pub uk: UkFigures,
    /// Inference, labelled as such.
    pub inference: PayInference,
    /// The overall mean gap (annual pay level) split into a part due to the distribution across categories and a part within them.
    pub decomposition: Outcome<Decomposition>,
    /// Disclosure control of the category table (Art. 9(g)) in published output.
    pub disclosure: Suppression,
    /// Assumptions made while reading the payroll (e.g. a default of weekly hours), stated with
    /// the figures in the report's language; in JSON, their English texts.
    pub assumptions: Vec<Assumption>,
    /// The adjusted gap and the Blinder–Oaxaca decomposition, when the payroll names controls
    /// or factors ([`Columns::controls`](crate::pay::Columns::controls),
    /// [`Columns::factors`](crate::pay::Columns::factors)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjusted: Option<Outcome<crate::pay::Adjusted>>,
    /// The employer's measures and evaluations for categories of workers (`gia pay --measures`),
    /// carried to the joint pay assessment (Art. 10(2)(f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<crate::model::PayMeasure>,
    /// Logib's standard analysis model, when the payroll is a Logib data sheet
    /// ([`CsvOptions::logib`](crate::pay::CsvOptions::logib); empty weekly hours take the
    /// default weekly hours read with it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logib: Option<Outcome<crate::pay::Logib>>,
    /// égapro's conventions for indicators A–G (profile `fr`, [`crate::pay::egapro`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egapro: Option<crate::pay::Egapro>,
    /// Spain's registro retributivo (profile `es`; [`registro`](crate::pay::registro())).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registro: Option<crate::pay::Registro>,
}

/// Analyses pay records.
///
/// ```
/// use gender_impact::pay::{Money, PayRules, Worker, analyse, AnalysisOptions};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()),
///     variable_pay: Some(Money::new(0.0).unwrap()), ..Worker::new(g) };
/// let ws = [w(Gender::Woman, 47_500.0), w(Gender::Man, 50_000.0)];
/// let a = analyse(&ws, &[], &PayRules::built_in(), &AnalysisOptions { inference: false, ..Default::default() }, Vec::new());
/// assert!((a.eu.a_mean_gap_annual.value.unwrap() - 0.05).abs() < 1e-12);
/// assert!(a.eu.g_categories[0].article_10.joint_assessment_required); // exactly 5%: inclusive
/// ```
pub fn analyse(
    workers: &[Worker],
    justifications: &[Justification],
    rules: &PayRules,
    options: &AnalysisOptions,
    assumptions: Vec<Assumption>,
) -> PayAnalysis {
    analyse_payroll(
        &Payroll::from_workers(workers),
        justifications,
        rules,
        options,
        assumptions,
    )
}

/// [`analyse`] on a [`Payroll`] (what the payroll CSV reader produces). The Article 9 and UK
/// figures, the inference and the decomposition share the ranks of each kind of value (the pay
/// level is sorted only for the inference).
pub fn analyse_payroll(
    payroll: &Payroll,
    justifications: &[Justification],
    rules: &PayRules,
    options: &AnalysisOptions,
    assumptions: Vec<Assumption>,
) -> PayAnalysis {
    let parts = article_9_parts(payroll, justifications, rules);
    let uk = uk_parts(payroll, rules, Some(&parts));
    let EuParts {
        article_9: eu,
        level,
        ..
    } = parts;
    let inference = if options.inference {
        let level = level.sorted(payroll.len());
        PayInference {
            note: InferenceNote::Computed,
            mean_gap_interval: Outcome::from(bootstrap_gap(
                &level.women,
                &level.men,
                Statistic::Mean,
                options.resamples,
                options.level,
                options.seed,
            )),
            median_gap_interval: Outcome::from(bootstrap_gap(
                &level.women,
                &level.men,
                Statistic::Median,
                options.resamples,
                options.level,
                options.seed,
            )),
            mean_gap_permutation_test: Outcome::from(permutation_test_mean_gap(
                &level.women,
                &level.men,
                options.permutations,
                options.seed,
            )),
        }
    } else {
        drop(level);
        PayInference {
            note: InferenceNote::NotAsked,
            mean_gap_interval: Outcome::Skipped,
            median_gap_interval: Outcome::Skipped,
            mean_gap_permutation_test: Outcome::Skipped,
        }
    };
    // Decomposition by category, on the annual pay level: from the category means of (g), which
    // rest on the same sorted values as the groups `decompose_mean_gap` would sort.
    let decomposition = Outcome::from(decompose_from_means(
        &eu.g_categories
            .iter()
            .map(|c| {
                let g = &c.pay_level_mean_gap;
                CategoryMeans {
                    category: &c.category,
                    women: g.n_women,
                    men: g.n_men,
                    women_mean: g.women,
                    men_mean: g.men,
                }
            })
            .collect::<Vec<_>>(),
        &eu.a_mean_gap_annual,
    ));
    let cells: Vec<(String, u64, u64)> = eu
        .g_categories
        .iter()
        .map(|c| (c.category.clone(), c.workers.women, c.workers.men))
        .collect();
    let disclosure = suppress(&cells, rules.min_cell);
    let adjusted = (!payroll.controls.is_empty() || !payroll.factors.is_empty())
        .then(|| Outcome::from(crate::pay::adjusted(payroll, rules)));
    let mut eu = eu;
    if let Some(Outcome::Computed { result }) = &adjusted {
        for c in &mut eu.g_categories {
            c.adjusted = result
                .categories
                .iter()
                .find(|a| a.category == c.category)
                .map(|a| a.ols.clone());
        }
    }
    PayAnalysis {
        profile: crate::pay::PayProfile::Eu,
        tool: Stamp {
            name: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        rules: Stamp {
            name: rules.id.to_string(),
            version: rules.version.to_string(),
        },
        joint_assessment_threshold: rules.joint_assessment_threshold,
        decimals: rules.decimals,
        eu,
        uk,
        inference,
        decomposition,
        disclosure,
        assumptions,
        adjusted,
        measures: Vec::new(),
        logib: crate::pay::is_logib_sheet(payroll).then(|| {
            let usual = match payroll.weekly_hours {
                super::payroll::Col::All(h) => Some(h),
                _ => None,
            };
            Outcome::from(crate::pay::logib(payroll, usual, options.reference_year))
        }),
        egapro: None,
        registro: None,
    }
}
