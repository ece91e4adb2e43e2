//! The assessment: every indicator with its counts, interval, test and rating; pillar and overall
//! summaries; findings in plain language; reconciliation of published figures; data-quality
//! warnings; method notes.

mod composite;
mod disclosure;
mod network;
mod progress;

pub use composite::{Sensitivity, SensitivityCase, WEIGHT_CHANGE};
pub use disclosure::{DisclosurePolicy, DisclosureSummary, Withheld};
pub use network::assess_network;
pub use progress::{
    Break, BreakCause, Point, Progress, SeatsNeeded, Series, TargetProgress, TargetStatus,
    definition_break,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::{Invalid, Problem};
use crate::i18n::Message;
use crate::i18n::format::{pct, pct1, ratio};
use crate::indicators::BodyIndicators;
use crate::indicators::InitiativeIndicators;
use crate::indicators::PolicyIndicators;
use crate::indicators::ProjectIndicators;
use crate::indicators::ResourceIndicators;
use crate::indicators::StaffIndicators;
use crate::indicators::{Context, Indicator, Measurement, Quantity, Subject, Unit};
use crate::model::Stamp;
use crate::model::{Composition, FigureUnit, Input, Period, Relation, StaffComposition};
use crate::model::{Criterion, Framework, Rating};
use crate::stats::{BinomialTest, ConfidenceLevel, Interval, IntervalMethod, Share};

/// Runs assessments: a framework, statistical settings and a set of indicators.
///
/// ```
/// use gender_impact::{Assessor, Framework, Rating};
/// use gender_impact::stats::IntervalMethod;
///
/// let input = gender_impact::metropolis_2023();
/// let a = Assessor::new()
///     .framework(Framework::eu_gender_balance())
///     .interval(IntervalMethod::ClopperPearson)
///     .assess(&input)
///     .unwrap();
/// let board = a.indicator("body.board.women_share").unwrap();
/// assert_eq!((board.numerator, board.denominator), (Some(5), Some(31)));
/// assert_eq!(board.rating, Rating::Missing);
/// ```
pub struct Assessor {
    framework: Framework,
    interval: IntervalMethod,
    level: ConfidenceLevel,
    reference: Share,
    indicators: Vec<Box<dyn Indicator>>,
    disclosure: crate::assessment::disclosure::DisclosurePolicy,
    show_names: bool,
}

impl Default for Assessor {
    fn default() -> Self {
        Assessor::new()
    }
}

impl std::fmt::Debug for Assessor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Assessor")
            .field("framework", &self.framework.id)
            .field("interval", &self.interval)
            .field("level", &self.level)
            .field("reference", &self.reference)
            .field(
                "indicators",
                &self
                    .indicators
                    .iter()
                    .map(|i| i.name().to_string())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Assessor {
    /// The Metropolis framework, Wilson intervals at 95%, reference share 0.5, built-in indicators.
    pub fn new() -> Assessor {
        Assessor {
            framework: Framework::metropolis(),
            interval: IntervalMethod::default(),
            level: ConfidenceLevel::default(),
            reference: Share::HALF,
            indicators: vec![
                Box::new(BodyIndicators),
                Box::new(StaffIndicators),
                Box::new(InitiativeIndicators),
                Box::new(PolicyIndicators),
                Box::new(ProjectIndicators),
                Box::new(ResourceIndicators),
            ],
            disclosure: crate::assessment::disclosure::DisclosurePolicy::default(),
            show_names: false,
        }
    }
    /// Uses another disclosure policy (threshold `k`, default 5; see [`crate::assessment::disclosure`]). The
    /// pay tables of a `pay` section use the same `k`.
    pub fn disclosure(
        mut self,
        policy: crate::assessment::disclosure::DisclosurePolicy,
    ) -> Assessor {
        self.disclosure = policy;
        self
    }
    /// Puts the names of the people listed in the records into the assessment
    /// ([`Assessment::people`]), for a report that shows them; off by default.
    pub fn show_names(mut self, show: bool) -> Assessor {
        self.show_names = show;
        self
    }
    /// Uses another framework.
    pub fn framework(mut self, framework: Framework) -> Assessor {
        self.framework = framework;
        self
    }
    /// Uses another interval method for shares.
    pub fn interval(mut self, method: IntervalMethod) -> Assessor {
        self.interval = method;
        self
    }
    /// Uses another confidence level.
    pub fn level(mut self, level: ConfidenceLevel) -> Assessor {
        self.level = level;
        self
    }
    /// Uses another default reference share for the binomial tests (a body's own `reference_share` wins).
    pub fn reference(mut self, reference: Share) -> Assessor {
        self.reference = reference;
        self
    }
    /// Adds an indicator of your own.
    pub fn with_indicator(mut self, indicator: impl Indicator + 'static) -> Assessor {
        self.indicators.push(Box::new(indicator));
        self
    }
    /// The framework in use.
    pub fn framework_ref(&self) -> &Framework {
        &self.framework
    }

    /// Assesses one organisation. Checks the cross-field rules first (an [`Input`] built in Rust
    /// may break them), and reports duplicate indicator ids from added indicators as problems.
    pub fn assess(&self, input: &Input) -> Result<Assessment, Invalid> {
        input.check()?;
        self.assess_checked(input)
    }

    /// Assesses an input whose cross-field rules were already checked (by [`crate::document`]).
    pub(crate) fn assess_checked(&self, input: &Input) -> Result<Assessment, Invalid> {
        let ctx = Context {
            framework: &self.framework,
            interval: self.interval,
            level: self.level,
        };
        let mut measurements = Vec::new();
        for ind in &self.indicators {
            measurements.extend(ind.measure(input, &ctx));
        }
        let mut seen = std::collections::HashSet::new();
        let dups: Vec<Problem> = measurements
            .iter()
            .filter(|m| !seen.insert(m.id.as_str()))
            .map(|m| {
                Problem::localised(
                    "",
                    Message::new("doc-indicator-id-repeated").text("id", m.id.as_str()),
                )
            })
            .collect();
        if !dups.is_empty() {
            return Err(Invalid::new(dups));
        }
        Ok(self.build(input, measurements))
    }

    fn build(&self, input: &Input, measurements: Vec<Measurement>) -> Assessment {
        let fw = &self.framework;
        let mut findings = Vec::new();
        let mut warnings = Vec::new();
        let mut indicators = Vec::with_capacity(measurements.len());
        for m in measurements {
            let criterion = fw.criterion_for(&m.key, m.subject.body_kind());
            let r = self.result(
                m,
                criterion.map(|(p, c)| (p.id.as_str(), c)),
                &mut findings,
                &mut warnings,
            );
            indicators.push(r);
        }
        data_quality(input, fw, &indicators, &mut warnings);
        let reconciliation = reconcile(input, &indicators, &mut findings, &mut warnings);
        let summary = summarise(fw, &indicators);
        let withheld = crate::assessment::disclosure::withheld(input, &indicators, self.disclosure);
        for r in &mut indicators {
            r.withheld = withheld.get(&r.id).copied();
        }
        // After disclosure control, so that the series know which of their values are withheld.
        let progress = self.progress(input, &indicators);
        let mut pay_rules = crate::pay::PayRules::built_in();
        pay_rules.min_cell = self.disclosure.k;
        Assessment {
            tool: Stamp {
                name: env!("CARGO_PKG_NAME").to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            organisation: input.organisation.name.to_string(),
            period: input.period,
            source: input.source.as_ref().map(|s| s.to_string()),
            framework: Stamp {
                name: fw.id.to_string(),
                version: fw.version.to_string(),
            },
            framework_name: fw.name.to_string(),
            settings: Settings {
                interval_method: self.interval,
                level: self.level.get(),
                reference: self.reference.get(),
                small_count: fw.small_count,
                undisclosed_warning: fw.undisclosed_warning.get(),
                seat_target: fw.seat_target.get(),
            },
            summary,
            indicators,
            findings,
            reconciliation,
            warnings,
            notes: method_notes(self),
            disclosure: crate::assessment::disclosure::DisclosureSummary {
                policy: self.disclosure,
                withheld: withheld.len(),
                statement: crate::assessment::disclosure::statement(
                    self.disclosure,
                    withheld.len(),
                ),
            },
            progress,
            people: self
                .show_names
                .then(|| crate::indicators::people::people(input)),
            pay: input.pay.as_ref().map(|section| {
                crate::pay::analyse(
                    &section.workers,
                    &section.justifications,
                    &pay_rules,
                    &crate::pay::AnalysisOptions::default(),
                    Vec::new(),
                )
            }),
        }
    }

    /// The series over this period and the input's other periods, and progress towards its
    /// targets; `None` when the input has neither.
    fn progress(
        &self,
        input: &Input,
        indicators: &[IndicatorResult],
    ) -> Option<crate::assessment::progress::Progress> {
        if input.periods.is_empty() && input.targets.is_empty() {
            return None;
        }
        let others: Vec<(Input, Vec<IndicatorResult>)> = input
            .periods
            .iter()
            .map(|p| {
                let other = p.to_input(input);
                // The other periods' records were checked with the input (`Input::check`).
                let results = self
                    .assess_checked(&other)
                    .map(|a| a.indicators)
                    .unwrap_or_default();
                (other, results)
            })
            .collect();
        let mut snapshots = vec![crate::assessment::progress::Snapshot { input, indicators }];
        snapshots.extend(
            others
                .iter()
                .map(|(i, r)| crate::assessment::progress::Snapshot {
                    input: i,
                    indicators: r,
                }),
        );
        Some(crate::assessment::progress::progress(
            &mut snapshots,
            &input.targets,
            self.level,
        ))
    }

    fn result(
        &self,
        m: Measurement,
        criterion: Option<(&str, &Criterion)>,
        findings: &mut Vec<Finding>,
        warnings: &mut Vec<Warning>,
    ) -> IndicatorResult {
        let mut r = IndicatorResult {
            id: m.id,
            key: m.key,
            title: m.title,
            unit: m.unit,
            method: m.method,
            subject: m.subject,
            value: None,
            numerator: None,
            denominator: None,
            undisclosed: m.undisclosed,
            complete_count: m.complete_count,
            interval: None,
            test: None,
            pillar: criterion.map(|(p, _)| p.to_string()),
            rating: Rating::NotApplicable,
            small_count: false,
            not_computable: None,
            withheld: None,
            about_people: m.about_people,
        };
        match m.quantity {
            Quantity::Share(p) => {
                r.numerator = Some(p.successes());
                r.denominator = Some(p.trials());
                r.value = p.share().map(|s| s.get());
                r.interval = p.interval(self.interval, self.level);
                if m.about_people {
                    r.test = p.binomial_test(m.reference.unwrap_or(self.reference));
                    r.small_count = p.trials() < u64::from(self.framework.small_count);
                }
            }
            Quantity::Count(c) => r.value = Some(c as f64),
            Quantity::Ratio(x) if x.is_finite() => r.value = Some(x),
            Quantity::Ratio(_) => {
                r.not_computable = Some("the ratio is not a finite number".to_string())
            }
            Quantity::Flag(b) => r.value = Some(if b { 1.0 } else { 0.0 }),
            Quantity::NotComputable(reason) => r.not_computable = Some(reason),
        }
        r.rating = match (criterion, r.value) {
            (None, _) => Rating::NotApplicable,
            (Some(_), None) => Rating::InsufficientData,
            (Some((_, c)), Some(v)) => c.rate(v),
        };
        if r.small_count {
            warnings.push(Warning {
                code: WarningCode::SmallCount,
                indicator: Some(r.id.clone()),
                message: format!(
                    "{}: only {} people with a known gender; one person moves the share by {} points. Read the counts, not only the percentage; people may be identifiable.",
                    r.title,
                    r.denominator.unwrap_or(0),
                    pct(1.0 / r.denominator.unwrap_or(1).max(1) as f64).trim_end_matches('%')
                ),
                uncertain: None,
            });
        }
        if let Some(text) = m.finding {
            let tail = match (criterion, r.value) {
                (Some((_, c)), Some(v)) => threshold_phrase(c, v, r.unit),
                _ => String::new(),
            };
            let rated = match r.rating {
                Rating::NotApplicable | Rating::InsufficientData => String::new(),
                rating => format!(" Rating: {}.", rating.label()),
            };
            findings.push(Finding {
                indicator: Some(r.id.clone()),
                text: format!("{text}{tail}.{rated}"),
            });
        }
        r
    }
}

/// Where a value stands against the criterion's `meets` band, as a clause (", below the 40% balance threshold").
fn threshold_phrase(c: &Criterion, v: f64, unit: Unit) -> String {
    let Some(band) = c.target() else {
        return String::new();
    };
    let show = |x: f64| match unit {
        Unit::Share => pct(x),
        Unit::Count => format!("{x}"),
        _ => ratio(x),
    };
    let label = c.label.as_str();
    match (band.min, band.max) {
        (Some(lo), _) if v < lo => format!(", below the {} {label} threshold", show(lo)),
        (_, Some(hi)) if v > hi => format!(", above the {} {label} ceiling", show(hi)),
        (Some(lo), Some(hi)) => format!(", within the {}–{} {label} band", show(lo), show(hi)),
        (Some(lo), None) => format!(", at or above the {} {label} threshold", show(lo)),
        (None, Some(hi)) => format!(", at or below the {} {label} ceiling", show(hi)),
        (None, None) => String::new(),
    }
}

fn reconcile(
    input: &Input,
    indicators: &[IndicatorResult],
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<Warning>,
) -> Vec<Reconciliation> {
    let mut out = Vec::new();
    for f in &input.reported {
        let found = indicators.iter().find(|r| r.id == f.indicator);
        let Some(r) = found else {
            warnings.push(Warning {
                code: WarningCode::ReportedFigureUnmatched,
                indicator: Some(f.indicator.clone()),
                message: format!(
                    "A published figure refers to `{}`, which no indicator of this assessment produced; it could not be reconciled.",
                    f.indicator
                ),
                uncertain: None,
            });
            continue;
        };
        let computed = r.value.map(|v| {
            if f.unit == FigureUnit::Percent {
                v * 100.0
            } else {
                v
            }
        });
        let tolerance = 0.5 * 10f64.powi(-i32::from(f.decimals));
        let consistent = computed.map(|c| match f.relation {
            Relation::Equals => (c - f.value).abs() <= tolerance + 1e-9,
            Relation::Below => c < f.value,
            Relation::Above => c > f.value,
        });
        let published = match f.unit {
            FigureUnit::Percent => format!("{:.*}%", usize::from(f.decimals), f.value),
            FigureUnit::Count => format!("{:.*}", usize::from(f.decimals), f.value),
        };
        let relation = match f.relation {
            Relation::Equals => "",
            Relation::Below => "under ",
            Relation::Above => "over ",
        };
        let records = match (r.unit, r.numerator, r.denominator, r.value) {
            (Unit::Share, Some(k), Some(n), Some(v)) => format!("{k} of {n} ({})", pct1(v)),
            (_, _, _, Some(v)) => format!("{v}"),
            _ => "no value".to_string(),
        };
        let message = match consistent {
            Some(true) => format!(
                "The published figure ({relation}{published}) for {} agrees with the records: {records}.",
                r.title
            ),
            Some(false) => format!(
                "The published figure ({relation}{published}) for {} does not agree with the records, which give {records}: a discrepancy beyond rounding.",
                r.title
            ),
            None => format!(
                "The published figure ({relation}{published}) for {} cannot be checked: the records give no value.",
                r.title
            ),
        };
        if consistent == Some(false) {
            warnings.push(Warning {
                code: WarningCode::ReportedFigureDiscrepancy,
                indicator: Some(r.id.clone()),
                message: message.clone(),
                uncertain: None,
            });
        }
        findings.push(Finding {
            indicator: Some(r.id.clone()),
            text: message.clone(),
        });
        out.push(Reconciliation {
            indicator: r.id.clone(),
            published: f.value,
            unit: f.unit,
            decimals: f.decimals,
            relation: f.relation,
            source: f.source.as_ref().map(|s| s.to_string()),
            computed,
            numerator: r.numerator,
            denominator: r.denominator,
            consistent,
            message,
        });
    }
    out
}

fn data_quality(
    input: &Input,
    fw: &Framework,
    indicators: &[IndicatorResult],
    warnings: &mut Vec<Warning>,
) {
    for r in indicators {
        if let (Some(u), Some(n)) = (r.undisclosed, r.denominator) {
            let total = u + n;
            if u > 0 && (u as f64) > fw.undisclosed_warning.get() * total as f64 {
                warnings.push(Warning {
                    code: WarningCode::Undisclosed,
                    indicator: Some(r.id.clone()),
                    message: format!(
                        "{}: {u} of {total} people ({}) have an undisclosed gender, above the {} threshold; the share is taken over the {n} others.",
                        r.title,
                        pct(u as f64 / total as f64),
                        pct(fw.undisclosed_warning.get())
                    ),
                    uncertain: None,
                });
            }
        }
        if let Some(reason) = &r.not_computable {
            if r.rating == Rating::InsufficientData {
                warnings.push(Warning {
                    code: WarningCode::NotComputable,
                    indicator: Some(r.id.clone()),
                    message: format!(
                        "{}: not computable ({reason}), so it is not rated.",
                        r.title
                    ),
                    uncertain: None,
                });
            }
        }
    }
    for (i, b) in input.bodies.iter().enumerate() {
        if let Composition::Members(ms) = &b.composition {
            uncertain_warning(
                format!("body.{}.women_share", b.id),
                b.name.as_str(),
                &format!("/bodies/{i}/members"),
                ms.iter().map(|m| (m.gender, m.gender_uncertain)),
                warnings,
            );
        }
        if let (Some(s), f) = (b.seats, b.filled_seats()) {
            if f < u64::from(s) {
                warnings.push(Warning {
                    code: WarningCode::UnfilledSeats,
                    indicator: Some(format!("body.{}.unfilled_seats", b.id)),
                    message: format!(
                        "{}: {s} seats but {f} members recorded; the shares are over the members recorded, and the {} other seats could change them.",
                        b.name,
                        u64::from(s) - f
                    ),
                    uncertain: None,
                });
            }
        }
    }
    if let Some(staff) = &input.staff {
        if let StaffComposition::Members(ms) = &staff.composition {
            uncertain_warning(
                "staff.women_share".to_string(),
                staff.name.as_ref().map(|n| n.as_str()).unwrap_or("staff"),
                "/staff/members",
                ms.iter().map(|m| (m.gender, m.gender_uncertain)),
                warnings,
            );
        }
    }
}

/// Warns about records whose gender is uncertain, with the range of the share if each of them were recorded otherwise.
fn uncertain_warning(
    indicator: String,
    name: &str,
    pointer: &str,
    people: impl Iterator<Item = (crate::model::Gender, bool)>,
    warnings: &mut Vec<Warning>,
) {
    use crate::model::Gender;
    let (mut women, mut known, mut uw, mut um) = (0u64, 0u64, 0u64, 0u64);
    for (g, uncertain) in people {
        match g {
            Gender::Woman => {
                women += 1;
                known += 1;
                uw += u64::from(uncertain);
            }
            Gender::Man => {
                known += 1;
                um += u64::from(uncertain);
            }
            Gender::NonBinary => known += 1,
            _ => {}
        }
    }
    if uw + um == 0 || known == 0 {
        return;
    }
    let lo = (women - uw) as f64 / known as f64;
    let hi = (women + um) as f64 / known as f64;
    warnings.push(Warning {
        code: WarningCode::UncertainGender,
        indicator: Some(indicator),
        message: format!(
            "{name}: the gender of {} records is uncertain ({uw} recorded as women, {um} as men; see the notes at {pointer}). Had each been recorded otherwise, women's share would lie between {} and {} instead of {}.",
            uw + um,
            pct1(lo),
            pct1(hi),
            pct1(women as f64 / known as f64)
        ),
        uncertain: Some(UncertainGender {
            name: name.to_string(),
            pointer: pointer.to_string(),
            women: uw,
            men: um,
            share: women as f64 / known as f64,
            low: lo,
            high: hi,
        }),
    });
}

fn summarise(fw: &Framework, indicators: &[IndicatorResult]) -> Summary {
    let mut summary = scores(fw, indicators);
    summary.sensitivity = crate::assessment::composite::sensitivity(fw, indicators, &summary);
    summary
}

/// Pillar and overall scores with each component's contribution (no sensitivity check).
pub(crate) fn scores(fw: &Framework, indicators: &[IndicatorResult]) -> Summary {
    let mut pillars = Vec::new();
    for p in &fw.pillars {
        let mut components = Vec::new();
        let (mut wsum, mut ssum, mut meets, mut rated) = (0.0, 0.0, 0u32, 0u32);
        let mut unrated = Vec::new();
        for r in indicators
            .iter()
            .filter(|r| r.pillar.as_deref() == Some(p.id.as_str()))
        {
            let weight = fw
                .criterion_for(&r.key, r.subject.body_kind())
                .map(|(_, c)| c.weight)
                .unwrap_or(0.0);
            match r.rating.score() {
                Some(s) => {
                    wsum += weight;
                    ssum += weight * f64::from(s);
                    rated += 1;
                    if s >= 2 {
                        meets += 1;
                    }
                }
                None => unrated.push(r.id.clone()),
            }
            components.push(Component {
                indicator: r.id.clone(),
                rating: r.rating,
                weight,
                contribution: None,
            });
        }
        let score = (wsum > 0.0).then(|| ssum / wsum);
        for c in &mut components {
            c.contribution = c
                .rating
                .score()
                .filter(|_| wsum > 0.0)
                .map(|s| c.weight * f64::from(s) / wsum);
        }
        let rating = score
            .map(Rating::from_score)
            .unwrap_or(Rating::InsufficientData);
        let derivation = if rated == 0 {
            if p.criteria.is_empty() {
                "The framework sets no criterion for this pillar yet, so it is not rated."
                    .to_string()
            } else {
                "No indicator of this pillar could be rated from the records.".to_string()
            }
        } else {
            format!(
                "Weighted mean of the {rated} rated indicators' scores (missing 0, approaches 1, meets 2, exceeds 3) = {:.2}, rounded down to a rating; {meets} of {rated} meet or exceed requirements{}.",
                score.unwrap_or(0.0),
                if unrated.is_empty() {
                    String::new()
                } else {
                    format!("; {} left out as not rated", unrated.len())
                }
            )
        };
        pillars.push(PillarSummary {
            id: p.id.to_string(),
            title: p.title.to_string(),
            weight: p.weight,
            rating,
            score,
            contribution: None,
            rated,
            meets_or_exceeds: meets,
            unrated,
            components,
            derivation,
        });
    }
    let (mut w, mut s) = (0.0, 0.0);
    let mut without = Vec::new();
    for p in &pillars {
        match p.score {
            Some(x) => {
                w += p.weight;
                s += p.weight * x;
            }
            None => without.push(p.id.clone()),
        }
    }
    let score = (w > 0.0).then(|| s / w);
    for p in &mut pillars {
        p.contribution = p.score.filter(|_| w > 0.0).map(|x| p.weight * x / w);
    }
    let rating = score
        .map(Rating::from_score)
        .unwrap_or(Rating::InsufficientData);
    let derivation = match score {
        Some(x) => format!(
            "Weighted mean of the pillar scores (pillar weights from the framework) = {x:.2}, rounded down to a rating.{}",
            if without.is_empty() {
                String::new()
            } else {
                format!(
                    " Not rated, and left out rather than counted as zero: {}. The overall rating therefore covers only part of the framework.",
                    without.join(", ")
                )
            }
        ),
        None => "No pillar could be rated from the records.".to_string(),
    };
    Summary {
        overall: OverallSummary {
            rating,
            score,
            pillars_not_rated: without,
            derivation,
        },
        pillars,
        sensitivity: crate::assessment::composite::Sensitivity::default(),
    }
}

fn method_notes(a: &Assessor) -> Vec<String> {
    vec![
        "Shares of women are taken over the people whose gender is known (women, men and non-binary people); people whose gender is undisclosed are counted beside each share.".to_string(),
        "A body's or a staff's records are usually a complete count, not a sample: the share is then a fact, with no sampling error. The interval and the test answer a different question: could a gender-neutral selection process have produced this composition? The interval is the range of underlying rates compatible with the count; the test asks whether the count is compatible with the reference share.".to_string(),
        format!(
            "Intervals: {} at {}; tests: exact two-sided binomial test (the sum of the probabilities of all outcomes no more likely than the one observed, as R's binom.test computes it) against the reference share ({} unless a body gives its own pool share).",
            match a.interval {
                IntervalMethod::Wilson => "Wilson score interval",
                IntervalMethod::ClopperPearson => "Clopper-Pearson exact interval",
                IntervalMethod::Jeffreys => "Jeffreys interval (equal-tailed, with the Brown-Cai-DasGupta boundary modification)",
            },
            pct(a.level.get()),
            pct(a.reference.get())
        ),
        format!(
            "Ratings follow the framework `{}` version {} on the UN-SWAP scale (exceeds, meets, approaches, missing); indicators the framework does not rate are marked not applicable.",
            a.framework.id, a.framework.version
        ),
        format!(
            "Counts below {} are flagged as small: a single person moves the share a long way, and people may be identifiable.",
            a.framework.small_count
        ),
    ]
}

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
    /// ([`Assessor::show_names`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<crate::indicators::people::Person>>,
    /// The pay-gap analysis, when the input has a `pay` section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<crate::pay::PayAnalysis>,
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
        for r in a.indicators.iter_mut().filter(|r| r.withheld.is_some()) {
            r.value = None;
            r.numerator = None;
            r.denominator = None;
            r.undisclosed = None;
            r.interval = None;
            r.test = None;
            r.small_count = false;
            r.rating = Rating::NotApplicable;
            r.not_computable = Some(format!(
                "withheld (disclosure control, k = {})",
                a.disclosure.policy.k
            ));
        }
        let about_hidden = |id: &Option<String>| id.as_ref().is_some_and(|i| hidden.contains(i));
        a.findings.retain(|f| !about_hidden(&f.indicator));
        a.warnings.retain(|w| !about_hidden(&w.indicator));
        a.reconciliation.retain(|r| !hidden.contains(&r.indicator));
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
    /// [`crate::assessment::disclosure`]). The values above are kept for machines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<crate::assessment::disclosure::Withheld>,
    /// False for a share of records rather than of people (e.g. initiatives with a gender
    /// marker): no binomial test, no small-count flag, and no balance band in comparisons.
    /// Written in JSON only when false.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub about_people: bool,
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
