//! The assessor: a framework, statistical settings and indicators; it measures, rates and
//! words every indicator, then reconciles, warns and summarises.

use crate::document::{Invalid, Problem};
use crate::i18n::format::{pct, ratio};
use crate::i18n::{Lang, Message};
use crate::indicators::BodyIndicators;
use crate::indicators::InitiativeIndicators;
use crate::indicators::PolicyIndicators;
use crate::indicators::ProjectIndicators;
use crate::indicators::ResourceIndicators;
use crate::indicators::StaffIndicators;
use crate::indicators::{Context, Indicator, Measurement, Quantity, Unit};
use crate::model::Input;
use crate::model::Stamp;
use crate::model::{Criterion, Framework, Rating};
use crate::stats::{ConfidenceLevel, IntervalMethod, Share};

use super::*;

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
    /// The framework chosen; `None`: each document's own (`general` when it names none).
    framework: Option<Framework>,
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
            .field("framework", &self.framework.as_ref().map(|f| f.id.as_str()))
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
    /// The framework each document names (`general` when it names none), Wilson intervals at
    /// 95%, reference share 0.5, built-in indicators.
    pub fn new() -> Assessor {
        Assessor {
            framework: None,
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
    /// Uses another disclosure policy (threshold `k`, default 5; see [`DisclosurePolicy`](crate::assessment::DisclosurePolicy)). The
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
    /// Uses this framework for every document, whichever framework the document names.
    pub fn framework(mut self, framework: Framework) -> Assessor {
        self.framework = Some(framework);
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
    /// The framework chosen with [`Assessor::framework`], or else the default one (`general`),
    /// which a document may replace by naming another built-in framework.
    pub fn framework_ref(&self) -> &Framework {
        self.framework.as_ref().unwrap_or_else(|| {
            Framework::built_in_ref(Framework::DEFAULT).expect("the default framework is built in")
        })
    }

    /// The framework `input` is rated against: the one chosen, else the one it names.
    fn framework_for(&self, input: &Input) -> &Framework {
        match (&self.framework, &input.framework) {
            (Some(f), _) => f,
            (None, Some(id)) => {
                Framework::built_in_ref(id.as_str()).unwrap_or_else(|| self.framework_ref())
            }
            (None, None) => self.framework_ref(),
        }
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
            framework: self.framework_for(input),
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
        let fw = self.framework_for(input);
        let mut findings = Vec::new();
        let mut warnings = Vec::new();
        let mut indicators = Vec::with_capacity(measurements.len());
        for m in measurements {
            let criterion = fw.criterion_for(&m.key, m.subject.body_kind());
            let r = self.result(
                fw,
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
        let undisclosed = crate::assessment::disclosure::undisclosed_withheld(
            input,
            &indicators,
            self.disclosure,
        );
        for r in &mut indicators {
            r.withheld = withheld.get(&r.id).copied();
            r.undisclosed_withheld = undisclosed.contains(&r.id);
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
            builtin_framework: Beside(is_builtin(fw)),
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
            notes: method_notes(self, fw),
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
            quotas: quotas(input),
            pay: input
                .pay
                .as_ref()
                .map(|section| pay_analysis(input, section, &pay_rules)),
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
        fw: &Framework,
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
            undisclosed_withheld: false,
            about_people: m.about_people,
            wording: Beside(ResultWording {
                builtin: m.builtin,
                reason: None,
                lower_bound: m.lower_bound,
            }),
        };
        let mut reason = None;
        match m.quantity {
            Quantity::Share(p) => {
                r.numerator = Some(p.successes());
                r.denominator = Some(p.trials());
                r.value = p.share().map(|s| s.get());
                r.interval = p.interval(self.interval, self.level);
                if m.about_people {
                    r.test = p.binomial_test(m.reference.unwrap_or(self.reference));
                    r.small_count = p.trials() < u64::from(fw.small_count);
                }
            }
            Quantity::Count(c) => r.value = Some(c as f64),
            Quantity::Ratio(x) if x.is_finite() => r.value = Some(x),
            Quantity::Ratio(_) => reason = Some(Message::new("reason-not-finite")),
            Quantity::Flag(b) => r.value = Some(if b { 1.0 } else { 0.0 }),
            Quantity::NotComputable(why) => reason = Some(why),
        }
        r.not_computable = reason.as_ref().map(|m| m.in_lang(Lang::En));
        r.wording.0.reason = reason;
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
                about: Beside(FindingAbout::Value),
            });
        }
        r
    }
}

/// Whether `fw` is a built-in framework as the library has it (read from a copy of its file
/// too): its name and pillar titles are then the library's, which reports translate.
fn is_builtin(fw: &Framework) -> bool {
    Framework::built_in_ref(fw.id.as_str()).is_some_and(|b| b == fw)
}

/// Where a value stands against the criterion's `meets` band, as a clause (", below the 40% balance threshold").
pub(super) fn threshold_phrase(c: &Criterion, v: f64, unit: Unit) -> String {
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

pub(super) fn method_notes(a: &Assessor, fw: &Framework) -> Vec<String> {
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
            fw.id, fw.version
        ),
        format!(
            "Counts below {} are flagged as small: a single person moves the share a long way, and people may be identifiable.",
            fw.small_count
        ),
    ]
}

/// The board quotas of the input's jurisdiction applied to its bodies; `None` without a
/// jurisdiction. The one error, a headcount of 0 or none, is refused by [`Input::check`] before
/// any assessment.
/// The pay section analysed under the profile of the document's jurisdiction (`eu` when it
/// names none): France adds égapro's section (the headcount the organisation gives, else the
/// section's workers; the declaration year after the period's end), Spain the registro.
fn pay_analysis(
    input: &Input,
    section: &crate::PaySection,
    rules: &crate::pay::PayRules,
) -> crate::pay::PayAnalysis {
    use crate::pay::{EgaproCalendar, EmployeesFrom, PayProfile, Payroll};
    let payroll = Payroll::from_workers(&section.workers);
    let options = crate::pay::AnalysisOptions::default();
    let justifications = &section.justifications;
    let mut a = crate::pay::analyse_payroll(&payroll, justifications, rules, &options, Vec::new());
    let o = &input.organisation;
    a.profile = match o.jurisdiction {
        Some(crate::law::Country::Fr) => PayProfile::Fr,
        Some(crate::law::Country::Es) => PayProfile::Es,
        Some(crate::law::Country::Uk) => PayProfile::Uk,
        _ => PayProfile::Eu,
    };
    if a.profile == PayProfile::Fr {
        let (employees, from) = match o.employees {
            Some(n) => (f64::from(n), EmployeesFrom::Given),
            None => (payroll.len() as f64, EmployeesFrom::Payroll),
        };
        let year = i32::from(input.period.end().civil().year()) + 1;
        let calendar = EgaproCalendar::new(employees, Some(year))
            .or_else(|_| EgaproCalendar::new(employees, None));
        a.egapro = calendar
            .ok()
            .map(|c| crate::pay::egapro(&payroll, &a.eu, rules, c, from));
    }
    if a.profile == PayProfile::Es {
        let r = crate::pay::RegistroOptions::default();
        a.registro = Some(crate::pay::registro(&payroll, justifications, rules, &r));
    }
    a
}

fn quotas(input: &Input) -> Option<crate::law::QuotaReview> {
    let o = &input.organisation;
    let org = crate::law::Organisation {
        employees: o.employees?,
        listed: o.listed,
        public_interest: o.public_interest,
    };
    crate::law::review_bodies(o.jurisdiction?, org, &input.bodies, input.period.end()).ok()
}
