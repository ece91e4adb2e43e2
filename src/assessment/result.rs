//! The result types of an assessment, at the bottom of the assessment layer so that its
//! helpers (composite, disclosure, progress) import them without importing the assessor.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::indicators::{Subject, Unit};
use crate::model::Stamp;
use crate::model::{BuiltinTitle, Rating};
use crate::model::{FigureUnit, Period, Relation};
use crate::stats::{BinomialTest, Interval, IntervalMethod};

/// The result of an assessment. Serialises to the JSON that `gia assess --format json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    /// The crate that produced it, with its version.
    pub tool: Stamp,
    /// The organisation's name.
    pub organisation: String,
    /// The period assessed.
    pub period: Period,
    /// Where the records come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The framework (id as `name`) and its version.
    pub framework: Stamp,
    /// The framework's name for people.
    pub framework_name: String,
    /// Statistical settings.
    pub settings: Settings,
    /// Pillar and overall ratings, with how they were derived.
    pub summary: Summary,
    /// Every indicator, in the order computed.
    pub indicators: Vec<IndicatorResult>,
    /// Plain-language findings.
    pub findings: Vec<Finding>,
    /// Published figures checked against the records.
    pub reconciliation: Vec<Reconciliation>,
    /// Data-quality warnings.
    pub warnings: Vec<Warning>,
    /// How the figures were computed.
    pub notes: Vec<String>,
    /// What disclosure control withholds from published reports.
    pub disclosure: crate::assessment::disclosure::DisclosureSummary,
    /// Series over the periods of the input, changes, breaks and progress towards targets:
    /// only when the input has other periods or targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<crate::assessment::progress::Progress>,
    /// The people listed in the records, with their names: only when asked for
    /// ([`Assessor::show_names`](crate::Assessor::show_names)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<crate::indicators::people::Person>>,
    /// The pay-gap analysis, when the input has a `pay` section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<crate::pay::PayAnalysis>,
    /// The board quotas of the organisation's `jurisdiction` applied to its bodies, each at
    /// its date: only when the input names a jurisdiction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotas: Option<crate::law::QuotaReview>,
    /// True when the framework is a built-in one, unchanged: reports then give its name and
    /// its pillars' titles in their language (a framework of one's own keeps its words).
    #[serde(skip)]
    pub builtin_framework: Beside<bool>,
}

/// Typed facts kept beside the English texts of an assessment, for reports in other
/// languages: not in JSON (an assessment read back from JSON has the default, and its reports
/// keep its English texts), and no part of comparisons, since they say again what the texts
/// beside them say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Beside<T>(pub T);

impl<T> PartialEq for Beside<T> {
    fn eq(&self, _: &Beside<T>) -> bool {
        true
    }
}

impl<T> Eq for Beside<T> {}

impl<T> std::ops::Deref for Beside<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl Assessment {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorResult> {
        self.indicators.iter().find(|r| r.id == id)
    }

    /// The summary of the framework pillar with this id.
    ///
    /// ```
    /// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    /// let leadership = a.pillar("leadership").unwrap();
    /// assert_eq!(leadership.rated, 3);
    /// ```
    pub fn pillar(&self, id: &str) -> Option<&PillarSummary> {
        self.summary.pillars.iter().find(|p| p.id == id)
    }

    /// The assessment as reports for people may show it: every withheld indicator
    /// ([`IndicatorResult::withheld`]) loses its value, counts, interval, test and rating, and
    /// the findings, warnings and reconciliations about it are left out, and so are the series
    /// of the progress section with a withheld value in any period and the targets about them.
    /// The pillar and overall summaries are kept (they count indicators, not people).
    ///
    /// ```
    /// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    /// let p = a.published();
    /// let mgmt = p.indicator("staff.management.women_share").unwrap();
    /// assert!(mgmt.withheld.is_some() && mgmt.value.is_none() && mgmt.numerator.is_none());
    /// assert!(p.findings.iter().all(|f| f.indicator.as_deref() != Some(mgmt.id.as_str())));
    /// ```
    pub fn published(&self) -> Assessment {
        let mut a = self.clone();
        let hidden: std::collections::BTreeSet<String> = a
            .indicators
            .iter()
            .filter(|r| r.withheld.is_some())
            .map(|r| r.id.clone())
            .collect();
        let reason = Message::new("reason-withheld").text("k", a.disclosure.policy.k.to_string());
        let english = reason.in_lang(crate::i18n::Lang::En);
        let k = u64::from(a.disclosure.policy.k);
        for r in a.indicators.iter_mut().filter(|r| r.undisclosed_withheld) {
            // A count from 1 to k − 1 is worded "fewer than k"; any other is removed.
            if !matches!(r.undisclosed, Some(u) if u >= 1 && u < k) {
                r.undisclosed = None;
            }
        }
        for r in a.indicators.iter_mut().filter(|r| r.withheld.is_some()) {
            r.value = None;
            r.numerator = None;
            r.denominator = None;
            r.undisclosed = None;
            r.interval = None;
            r.test = None;
            r.small_count = false;
            r.rating = Rating::NotApplicable;
            r.not_computable = Some(english.clone());
            r.wording.0.reason = Some(reason.clone());
        }
        let about_hidden = |id: &Option<String>| id.as_ref().is_some_and(|i| hidden.contains(i));
        a.findings.retain(|f| !about_hidden(&f.indicator));
        a.warnings.retain(|w| !about_hidden(&w.indicator));
        a.reconciliation.retain(|r| !hidden.contains(&r.indicator));
        if let Some(q) = &mut a.quotas {
            // A quota check gives the seats each sex holds: withheld with the body's share.
            q.withhold(|body| hidden.contains(&format!("body.{body}.women_share")));
        }
        if let Some(p) = &mut a.progress {
            // A series with a withheld value in any period is left out, and so are the targets
            // about it: a value of one period, or a change, could reveal a withheld one.
            let series_hidden: std::collections::BTreeSet<String> = p
                .series
                .iter()
                .filter(|s| hidden.contains(&s.indicator) || s.points.iter().any(|x| x.withheld))
                .map(|s| s.indicator.clone())
                .collect();
            p.series.retain(|s| !series_hidden.contains(&s.indicator));
            p.targets.retain(|t| {
                !series_hidden.contains(&t.indicator) && !hidden.contains(&t.indicator)
            });
        }
        a
    }
}

/// Statistical settings of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Settings {
    /// Interval method for shares.
    pub interval_method: IntervalMethod,
    /// Confidence level.
    pub level: f64,
    /// Default reference share of the binomial tests.
    pub reference: f64,
    /// The framework's small-count threshold: shares over fewer people are flagged.
    #[serde(default)]
    pub small_count: u32,
    /// The framework's share of undisclosed genders above which a warning is given.
    #[serde(default)]
    pub undisclosed_warning: f64,
    /// The framework's seat target of the under-represented gender (the EU directive's 40%).
    #[serde(default)]
    pub seat_target: f64,
}

/// One indicator's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorResult {
    /// Stable id (e.g. `body.board.women_share`).
    pub id: String,
    /// The id without its subject (e.g. `body.women_share`).
    pub key: String,
    /// Title for people.
    pub title: String,
    /// Unit of `value`.
    pub unit: Unit,
    /// The method in one sentence.
    pub method: String,
    /// What the indicator is about.
    pub subject: Subject,
    /// The value (a share in [0, 1], a count, a ratio, or 1/0 for a flag); absent when not computable.
    pub value: Option<f64>,
    /// For shares: the count of women.
    pub numerator: Option<u64>,
    /// For shares: the count of people whose gender is known.
    pub denominator: Option<u64>,
    /// People left out of the share because their gender is undisclosed.
    pub undisclosed: Option<u64>,
    /// True when the records are a complete count (a census), not a sample.
    pub complete_count: bool,
    /// Interval for the underlying rate (shares only).
    pub interval: Option<Interval>,
    /// Exact two-sided binomial test against the reference share (shares only).
    pub test: Option<BinomialTest>,
    /// The framework pillar that rates this indicator.
    pub pillar: Option<String>,
    /// The rating.
    pub rating: Rating,
    /// True when the denominator is below the framework's small-count threshold.
    pub small_count: bool,
    /// Why the value could not be computed.
    pub not_computable: Option<String>,
    /// Set when published reports withhold this indicator (disclosure control; see
    /// [`DisclosurePolicy`](crate::assessment::DisclosurePolicy)). The values above are kept for machines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<crate::assessment::disclosure::Withheld>,
    /// Set when published reports withhold `undisclosed` (disclosure control): a count from 1
    /// to k − 1, or an aggregate's count that would give back a grade's withheld one (the
    /// staff's total less its other grades). Written in JSON only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undisclosed_withheld: bool,
    /// False for a share of records rather than of people (e.g. initiatives with a gender
    /// marker): no binomial test, no small-count flag, and no balance band in comparisons.
    /// Written in JSON only when false.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub about_people: bool,
    /// The typed facts behind `title` and `not_computable`.
    #[serde(skip)]
    pub wording: Beside<ResultWording>,
}

/// What reports need to word an indicator's result in any language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultWording {
    /// A built-in indicator's key and subject name; `None` for an indicator of one's own.
    pub builtin: Option<BuiltinTitle>,
    /// Why the value could not be computed: the message `not_computable` is written from.
    pub reason: Option<Message>,
    /// True when a count is a lower bound (a source said "more than").
    pub lower_bound: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

/// A finding: a sentence a person would write, with the counts in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// The indicator it is about.
    pub indicator: Option<String>,
    /// The sentence.
    pub text: String,
    /// What the finding is about, for reports in other languages.
    #[serde(skip)]
    pub about: Beside<FindingAbout>,
}

/// What a finding is about: reports word it again from this.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub enum FindingAbout {
    /// Nothing known beyond the text (e.g. an assessment read back from JSON): kept as given.
    #[default]
    Text,
    /// The value of its indicator.
    Value,
    /// A published figure checked against the records.
    Reconciliation(Box<Reconciliation>),
}

/// Kinds of data-quality warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningCode {
    /// A share rests on few people.
    SmallCount,
    /// Many people have an undisclosed gender.
    Undisclosed,
    /// Some records' gender is uncertain.
    UncertainGender,
    /// A body has more seats than members recorded.
    UnfilledSeats,
    /// A published figure disagrees with the records beyond rounding.
    ReportedFigureDiscrepancy,
    /// A published figure names an indicator the assessment did not produce.
    ReportedFigureUnmatched,
    /// A rated indicator could not be computed.
    NotComputable,
}

/// A data-quality warning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    /// The kind of warning.
    pub code: WarningCode,
    /// The indicator concerned.
    pub indicator: Option<String>,
    /// What is wrong and what it means for the figures.
    pub message: String,
    /// For `uncertain_gender`: the figures of the message, for reports in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<UncertainGender>,
}

/// The figures of an `uncertain_gender` warning: how many records are uncertain, and where
/// women's share would lie had each of them been recorded otherwise.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let w = a.warnings.iter().find_map(|w| w.uncertain.as_ref()).unwrap();
/// assert_eq!((w.women, w.men), (1, 6)); // on the board: 1 woman and 6 men recorded with doubt
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UncertainGender {
    /// The body's or the staff's name.
    pub name: String,
    /// Where the notes are (a JSON Pointer to the members).
    pub pointer: String,
    /// Records of women whose gender is uncertain.
    pub women: u64,
    /// Records of men whose gender is uncertain.
    pub men: u64,
    /// Women's share as recorded.
    pub share: f64,
    /// The lowest share, had each uncertain woman been a man.
    pub low: f64,
    /// The highest share, had each uncertain man been a woman.
    pub high: f64,
}

/// A published figure checked against the records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reconciliation {
    /// The indicator.
    pub indicator: String,
    /// The figure as published.
    pub published: f64,
    /// Its unit.
    pub unit: FigureUnit,
    /// Its decimal places.
    pub decimals: u8,
    /// How it relates to the value.
    pub relation: Relation,
    /// Where it was published.
    pub source: Option<String>,
    /// The value from the records, in the same unit.
    pub computed: Option<f64>,
    /// The records' numerator (shares).
    pub numerator: Option<u64>,
    /// The records' denominator (shares).
    pub denominator: Option<u64>,
    /// Whether the two agree within rounding; absent when the records give no value.
    pub consistent: Option<bool>,
    /// The check in words.
    pub message: String,
}

/// Pillar and overall ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// The overall rating.
    pub overall: OverallSummary,
    /// One entry per framework pillar, in framework order (pillars without data included).
    pub pillars: Vec<PillarSummary>,
    /// Whether the overall rating holds when any one weight moves by 20%.
    #[serde(default)]
    pub sensitivity: crate::assessment::composite::Sensitivity,
}

/// The overall rating and how it was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OverallSummary {
    /// The rating.
    pub rating: Rating,
    /// Weighted mean of pillar scores (0 to 3).
    pub score: Option<f64>,
    /// Pillars left out because they could not be rated.
    pub pillars_not_rated: Vec<String>,
    /// How the rating was derived.
    pub derivation: String,
}

/// A pillar's rating and how it was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PillarSummary {
    /// Pillar id.
    pub id: String,
    /// Pillar title.
    pub title: String,
    /// Weight in the overall summary.
    pub weight: f64,
    /// The rating.
    pub rating: Rating,
    /// Weighted mean of the rated indicators' scores (0 to 3).
    pub score: Option<f64>,
    /// What the pillar adds to the overall score: its weight × its score ÷ the weights of the
    /// rated pillars (the contributions add up to the overall score); absent when not rated.
    #[serde(default)]
    pub contribution: Option<f64>,
    /// Number of rated indicators.
    pub rated: u32,
    /// Number of them that meet or exceed requirements (the UN-SWAP count).
    pub meets_or_exceeds: u32,
    /// Indicators of the pillar left out as not rated (insufficient data).
    pub unrated: Vec<String>,
    /// Each indicator's rating and weight.
    pub components: Vec<Component>,
    /// How the rating was derived.
    pub derivation: String,
    /// Why the pillar is not rated (the message `derivation` is written from), when no
    /// indicator of it is rated.
    #[serde(skip)]
    pub unrated_why: Beside<Option<Message>>,
}

/// One indicator's part in a pillar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Component {
    /// The indicator.
    pub indicator: String,
    /// Its rating.
    pub rating: Rating,
    /// Its weight in the pillar.
    pub weight: f64,
    /// What it adds to the pillar's score: its weight × its score ÷ the weights of the rated
    /// indicators (the contributions add up to the pillar's score); absent when not rated.
    #[serde(default)]
    pub contribution: Option<f64>,
}
