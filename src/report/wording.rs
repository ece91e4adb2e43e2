//! The words of a report in one language, from what an [`Assessment`] holds.
//!
//! The assessment keeps its texts in English (they are part of its JSON); this module words
//! the same facts again in the report's language from the structured fields: indicator keys and
//! counts, ratings, settings, warning codes and their figures. Text the library cannot know in
//! another language (indicators of a user's own, a framework of one's own, names from the
//! records) is kept as it is.

use crate::assessment::Withheld;
use crate::assessment::{Assessment, Finding, IndicatorResult, PillarSummary, Reconciliation};
use crate::assessment::{Warning, WarningCode};
use crate::i18n::{Arg, Lang};
use crate::indicators::{Subject, Unit};
use crate::model::Rating;
use crate::model::{FigureUnit, Period, Relation};
use crate::stats::IntervalMethod;

/// Built-in indicator keys and the message ids of their titles.
const TITLES: [(&str, &str); 11] = [
    ("body.women_share", "title-body-women-share"),
    (
        "body.leadership.women_share",
        "title-body-leadership-women-share",
    ),
    ("body.presidency_woman", "title-body-presidency-woman"),
    ("body.unfilled_seats", "title-body-unfilled-seats"),
    ("body.undisclosed", "title-body-undisclosed"),
    ("body.seats_short", "title-body-seats-short"),
    ("staff.women_share", "title-staff-women-share"),
    ("staff.grade.women_share", "title-staff-grade-women-share"),
    (
        "staff.management.women_share",
        "title-staff-management-women-share",
    ),
    (
        "staff.glass_ceiling_ratio",
        "title-staff-glass-ceiling-ratio",
    ),
    ("staff.undisclosed", "title-staff-undisclosed"),
];

/// Initiative and policy indicator keys and the message ids of their titles (titles without a
/// name).
const RECORD_TITLES: [(&str, &str); 22] = [
    ("initiatives.count", "title-initiatives-count"),
    (
        "initiatives.marker_principal.share",
        "title-initiatives-marker-principal",
    ),
    (
        "initiatives.marker_targeted.share",
        "title-initiatives-marker-targeted",
    ),
    (
        "initiatives.marker_unscreened",
        "title-initiatives-marker-unscreened",
    ),
    ("initiatives.participants", "title-initiatives-participants"),
    (
        "initiatives.participants.women_share",
        "title-initiatives-participants-women-share",
    ),
    (
        "initiatives.speakers.women_share",
        "title-initiatives-speakers-women-share",
    ),
    (
        "initiatives.all_male_panels",
        "title-initiatives-all-male-panels",
    ),
    (
        "initiatives.audience_missing.share",
        "title-initiatives-audience-missing",
    ),
    ("policies.identified", "title-policies-identified"),
    ("policies.documented", "title-policies-documented"),
    ("policies.shared", "title-policies-shared"),
    ("policies.shared.share", "title-policies-shared-share"),
    ("policies.members_reached", "title-policies-members-reached"),
    ("policies.adoptions", "title-policies-adoptions"),
    ("projects.count", "title-projects-count"),
    (
        "projects.marker_targeted.share",
        "title-projects-marker-targeted",
    ),
    (
        "projects.budget_targeted.share",
        "title-projects-budget-targeted",
    ),
    (
        "projects.outcomes.on_track.share",
        "title-projects-outcomes-on-track",
    ),
    (
        "projects.outcomes.not_assessable",
        "title-projects-outcomes-not-assessable",
    ),
    ("resources.gender_funds", "title-resources-gender-funds"),
    (
        "resources.gender_funds.share",
        "title-resources-gender-funds-share",
    ),
];

/// Reasons for a value that cannot be computed, without arguments, as the built-in indicators
/// give them in English.
const REASONS: [&str; 29] = [
    "reason-aggregate-counts",
    "reason-no-president",
    "reason-president-undisclosed",
    "reason-no-seats",
    "reason-body-no-known",
    "reason-leaders-no-known",
    "reason-staff-no-known",
    "reason-grade-no-known",
    "reason-management-no-known",
    "reason-no-management",
    "reason-glass-no-known",
    "reason-no-women",
    "reason-not-finite",
    "reason-no-initiative",
    "reason-no-audience",
    "reason-no-participant-gender",
    "reason-no-speakers",
    "reason-no-speaker-gender",
    "reason-no-policy",
    "reason-no-members-reached",
    "reason-no-adoptions-followed",
    "reason-no-project",
    "reason-project-budget-missing",
    "reason-project-budget-zero",
    "reason-no-outcome",
    "reason-no-assessable-outcome",
    "reason-no-budget",
    "reason-fund-amount-missing",
    "reason-budget-zero",
];

/// The words of one assessment in one language.
pub(crate) struct Words<'a> {
    pub lang: Lang,
    pub a: &'a Assessment,
}

impl<'a> Words<'a> {
    /// The table of the people in the records (`--show-names`): its headers and one row per
    /// person (group, index, name, title, gender, whether it is uncertain, role code).
    pub fn people_table(
        &self,
        people: &[crate::indicators::people::Person],
    ) -> (Vec<String>, Vec<Vec<String>>) {
        let headers = [
            "people-group",
            "people-index",
            "people-name",
            "people-title",
            "people-gender",
            "people-uncertain",
            "people-role",
        ]
        .iter()
        .map(|id| self.msg(id, &[]))
        .collect();
        let dash = || "–".to_string();
        let rows = people
            .iter()
            .map(|p| {
                let gender = match p.gender {
                    crate::model::Gender::Woman => "people-gender-woman",
                    crate::model::Gender::Man => "people-gender-man",
                    crate::model::Gender::NonBinary => "people-gender-non-binary",
                    _ => "people-gender-undisclosed",
                };
                vec![
                    p.group.clone(),
                    p.index.to_string(),
                    p.name.clone().unwrap_or_else(dash),
                    p.title.clone().unwrap_or_else(dash),
                    self.msg(gender, &[]),
                    self.msg(
                        if p.gender_uncertain {
                            "value-yes"
                        } else {
                            "value-no"
                        },
                        &[],
                    ),
                    p.role
                        .and_then(|r| serde_json::to_value(r).ok())
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_else(dash),
                ]
            })
            .collect();
        (headers, rows)
    }

    pub fn new(a: &'a Assessment, lang: Lang) -> Words<'a> {
        Words { lang, a }
    }

    pub fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.lang.message(id, args)
    }

    pub fn pct(&self, share: f64) -> String {
        self.lang.percent(share, 0)
    }

    pub fn pct1(&self, share: f64) -> String {
        self.lang.percent(share, 1)
    }

    pub fn int(&self, n: u64) -> String {
        self.lang.integer(n)
    }

    pub fn rating(&self, r: Rating) -> String {
        rating(self.lang, r)
    }

    pub fn period(&self) -> String {
        match self.a.period {
            Period::Range(r) => self.msg(
                "report-period-range",
                &[
                    ("start", r.start.to_string().into()),
                    ("end", r.end.to_string().into()),
                ],
            ),
            p => p.to_string(),
        }
    }

    pub fn title(&self) -> String {
        self.msg(
            "report-title",
            &[
                ("organisation", self.a.organisation.as_str().into()),
                ("period", self.period().into()),
            ],
        )
    }

    /// The framework's name: the translation for a built-in framework whose name is unchanged.
    pub fn framework_name(&self) -> String {
        translated(
            self.lang,
            &format!("framework-{}", self.a.framework.name),
            &self.a.framework_name,
        )
    }

    pub fn framework_line(&self) -> String {
        self.msg(
            "report-framework",
            &[
                ("framework", self.framework_name().into()),
                ("id", self.a.framework.name.as_str().into()),
                ("version", self.a.framework.version.as_str().into()),
                ("tool", self.a.tool.name.as_str().into()),
                ("toolversion", self.a.tool.version.as_str().into()),
            ],
        )
    }

    pub fn pillar_title(&self, p: &PillarSummary) -> String {
        translated(
            self.lang,
            &format!("pillar-{}-{}", self.a.framework.name, p.id),
            &p.title,
        )
    }

    pub fn pillar_derivation(&self, p: &PillarSummary) -> String {
        if p.rated == 0 {
            return if p.derivation == Lang::En.message("pillar-no-criterion", &[]) {
                self.msg("pillar-no-criterion", &[])
            } else {
                self.msg("pillar-none-rated", &[])
            };
        }
        let mut s = self.msg(
            "pillar-derivation",
            &[
                ("rated", p.rated.into()),
                ("score", self.lang.decimal(p.score.unwrap_or(0.0), 2).into()),
                ("meets", p.meets_or_exceeds.into()),
            ],
        );
        if !p.unrated.is_empty() {
            s.push(' ');
            s.push_str(&self.msg(
                "pillar-left-out",
                &[("count", (p.unrated.len() as u64).into())],
            ));
        }
        s
    }

    pub fn overall_derivation(&self) -> String {
        let o = &self.a.summary.overall;
        let Some(score) = o.score else {
            return self.msg("overall-none", &[]);
        };
        let mut s = self.msg(
            "overall-derivation",
            &[("score", self.lang.decimal(score, 2).into())],
        );
        if !o.pillars_not_rated.is_empty() {
            let names: Vec<String> = o
                .pillars_not_rated
                .iter()
                .map(|id| {
                    self.a
                        .summary
                        .pillars
                        .iter()
                        .find(|p| &p.id == id)
                        .map(|p| self.pillar_title(p))
                        .unwrap_or_else(|| id.clone())
                })
                .collect();
            s.push(' ');
            s.push_str(&self.msg("overall-not-rated", &[("pillars", names.join(", ").into())]));
        }
        s
    }

    /// Each rated pillar's contribution to the overall score, in one sentence; `None` when no
    /// pillar is rated.
    pub fn contributions(&self) -> Option<String> {
        let items: Vec<String> = self
            .a
            .summary
            .pillars
            .iter()
            .filter_map(|p| {
                Some(self.msg(
                    "contribution-item",
                    &[
                        ("pillar", self.pillar_title(p).into()),
                        ("value", self.lang.decimal(p.contribution?, 2).into()),
                    ],
                ))
            })
            .collect();
        (!items.is_empty()).then(|| self.msg("contributions", &[("list", items.join("; ").into())]))
    }

    /// The sensitivity check of the overall rating, in one sentence.
    pub fn sensitivity(&self) -> String {
        let s = &self.a.summary.sensitivity;
        let overall = self.a.summary.overall.rating;
        let scores: Vec<f64> = s.cases.iter().filter_map(|c| c.score).collect();
        if self.a.summary.overall.score.is_none() || scores.is_empty() {
            return self.msg("sensitivity-none", &[]);
        }
        let cases = s.cases.len() as u64;
        if s.stable {
            let low = scores.iter().copied().fold(f64::INFINITY, f64::min);
            let high = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            return self.msg(
                "sensitivity-stable",
                &[
                    ("weights", (cases / 2).into()),
                    ("cases", cases.into()),
                    ("low", self.lang.decimal(low, 2).into()),
                    ("high", self.lang.decimal(high, 2).into()),
                ],
            );
        }
        let title = |id: &str| {
            self.a
                .summary
                .pillars
                .iter()
                .find(|p| p.id == id)
                .map(|p| self.pillar_title(p))
                .unwrap_or_else(|| id.to_string())
        };
        let changed: Vec<String> = s
            .changes(overall)
            .map(|c| {
                let mut args: Vec<(&str, Arg<'_>)> = vec![
                    ("pillar", title(&c.pillar).into()),
                    ("factor", self.lang.decimal(c.factor, 1).into()),
                    ("rating", self.rating(c.rating).into()),
                    (
                        "score",
                        c.score
                            .map(|x| self.lang.decimal(x, 2))
                            .unwrap_or_else(|| "–".to_string())
                            .into(),
                    ),
                ];
                match &c.criterion {
                    Some(k) => {
                        args.push(("indicator", k.as_str().into()));
                        self.msg("sensitivity-case-criterion", &args)
                    }
                    None => self.msg("sensitivity-case-pillar", &args),
                }
            })
            .collect();
        self.msg(
            "sensitivity-unstable",
            &[
                ("changed", (changed.len() as u64).into()),
                ("cases", cases.into()),
                ("list", changed.join("; ").into()),
            ],
        )
    }

    /// The indicator's title in this language (built-in indicators), or as given.
    pub fn indicator_title(&self, r: &IndicatorResult) -> String {
        if let Some(id) = record_title_id(&r.key) {
            return self.msg(id, &[]);
        }
        match (title_id(&r.key), subject_name(r)) {
            (Some(id), Some(name)) => self.msg(id, &[("name", name.into())]),
            _ => r.title.clone(),
        }
    }

    pub fn value(&self, r: &IndicatorResult) -> String {
        let k = self.a.disclosure.policy.k;
        match (r.value, r.unit) {
            (None, _) if r.withheld.is_some() => match r.withheld {
                Some(Withheld::SmallCell) => self.msg("value-withheld-small", &[("k", k.into())]),
                Some(Withheld::Derived) => self.msg("value-withheld-derived", &[]),
                _ => self.msg("value-withheld-complementary", &[]),
            },
            (None, _) => self.msg(
                "value-not-computable",
                &[(
                    "reason",
                    self.reason(r.not_computable.as_deref().unwrap_or(""))
                        .into(),
                )],
            ),
            (Some(v), Unit::Share) => self.pct1(v),
            (Some(v), Unit::Ratio) => self.lang.decimal(v, 2),
            (Some(v), Unit::Flag) => self.msg(if v > 0.5 { "value-yes" } else { "value-no" }, &[]),
            (Some(v), Unit::Count) if v >= 0.0 && v.fract() == 0.0 && v < 1e15 => {
                self.int(v as u64)
            }
            (Some(v), _) => self.lang.decimal(v, 2),
        }
    }

    /// The number of people of undisclosed gender beside a share: "fewer than k" from 1 to
    /// k − 1 (a handful of people who did not disclose their gender is itself disclosive).
    pub fn undisclosed(&self, r: &IndicatorResult) -> Option<String> {
        let k = u64::from(self.a.disclosure.policy.k);
        r.undisclosed.map(|u| {
            if u >= 1 && u < k {
                self.msg("undisclosed-fewer", &[("k", k.into())])
            } else {
                self.int(u)
            }
        })
    }

    pub fn count(&self, r: &IndicatorResult) -> Option<String> {
        match (r.numerator, r.denominator) {
            (Some(k), Some(n)) => Some(self.msg("count-of", &[("k", k.into()), ("n", n.into())])),
            _ => None,
        }
    }

    pub fn interval(&self, r: &IndicatorResult) -> Option<String> {
        r.interval
            .map(|i| format!("{}–{}", self.pct1(i.low), self.pct1(i.high)))
    }

    pub fn p_value(&self, r: &IndicatorResult) -> Option<String> {
        r.test.map(|t| {
            let p = if t.p_value < 0.0001 {
                self.msg("p-below", &[("p", self.lang.decimal(0.0001, 4).into())])
            } else {
                self.lang.decimal(t.p_value, 4)
            };
            self.msg(
                "p-versus",
                &[("p", p.into()), ("reference", self.pct(t.reference).into())],
            )
        })
    }

    /// A reason a value is not computable, in this language when it is a built-in one.
    pub fn reason(&self, english: &str) -> String {
        for id in REASONS {
            if Lang::En.message(id, &[]) == english {
                return self.msg(id, &[]);
            }
        }
        if let Some(k) = english
            .strip_prefix("withheld (disclosure control, k = ")
            .and_then(|r| r.strip_suffix(')'))
        {
            return self.msg("reason-withheld", &[("k", k.into())]);
        }
        if let Some(roles) = english
            .strip_prefix("no member holds a leadership role (")
            .and_then(|r| r.strip_suffix(')'))
        {
            return self.msg("reason-no-leader", &[("roles", roles.into())]);
        }
        english.to_string()
    }

    pub fn interval_method(&self, long: bool) -> String {
        let id = match (self.a.settings.interval_method, long) {
            (IntervalMethod::Wilson, false) => "method-wilson",
            (IntervalMethod::ClopperPearson, false) => "method-clopper-pearson",
            (IntervalMethod::Jeffreys, false) => "method-jeffreys",
            (IntervalMethod::Wilson, true) => "method-wilson-long",
            (IntervalMethod::ClopperPearson, true) => "method-clopper-pearson-long",
            (IntervalMethod::Jeffreys, true) => "method-jeffreys-long",
        };
        self.msg(id, &[])
    }

    pub fn indicators_intro(&self) -> String {
        let s = &self.a.settings;
        self.msg(
            "indicators-intro",
            &[
                ("method", self.interval_method(false).into()),
                ("level", self.pct(s.level).into()),
                ("reference", self.pct(s.reference).into()),
                ("threshold", s.small_count.into()),
            ],
        )
    }

    /// The finding about a built-in indicator, in this language; `None` for other indicators.
    pub fn indicator_finding(&self, r: &IndicatorResult) -> Option<String> {
        let text = if r.key.starts_with("policies.") {
            self.policy_finding(r)?
        } else if r.key.starts_with("projects.") || r.key.starts_with("resources.") {
            self.project_finding(r)?
        } else if record_title_id(&r.key).is_some() {
            self.initiative_finding(r)?
        } else {
            self.body_or_staff_finding(r)?
        };
        Some(match r.rating {
            Rating::NotApplicable | Rating::InsufficientData => text,
            rating => format!(
                "{text} {}",
                self.msg("rating-sentence", &[("rating", self.rating(rating).into())])
            ),
        })
    }

    /// The finding about an initiative indicator (without its rating).
    fn initiative_finding(&self, r: &IndicatorResult) -> Option<String> {
        let all = self
            .a
            .indicator("initiatives.count")
            .and_then(|c| c.value)
            .map(|v| v as u64)?;
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        Some(match r.key.as_str() {
            "initiatives.count" => self.msg("finding-initiatives-count", &[("n", all.into())]),
            "initiatives.marker_principal.share" => {
                self.msg("finding-initiatives-principal", &share(r)?)
            }
            "initiatives.marker_targeted.share" => {
                self.msg("finding-initiatives-targeted", &share(r)?)
            }
            "initiatives.marker_unscreened" => {
                let k = r.value? as u64;
                if k == 0 {
                    return None;
                }
                self.msg(
                    "finding-initiatives-unscreened",
                    &[("k", k.into()), ("n", all.into())],
                )
            }
            "initiatives.participants" => {
                let missing = self
                    .a
                    .indicator("initiatives.audience_missing.share")
                    .and_then(|m| m.numerator)?;
                // The library writes "At least" in the English finding when a source gave a
                // lower bound; the assessment keeps no other trace of it.
                let at_least = self.a.findings.iter().any(|f| {
                    f.indicator.as_deref() == Some(r.id.as_str()) && f.text.starts_with("At least")
                });
                self.msg(
                    if at_least {
                        "finding-initiatives-participants-at-least"
                    } else {
                        "finding-initiatives-participants"
                    },
                    &[
                        ("k", (r.value? as u64).into()),
                        ("with", all.saturating_sub(missing).into()),
                        ("n", all.into()),
                    ],
                )
            }
            "initiatives.participants.women_share" => {
                self.msg("finding-initiatives-participants-women", &share(r)?)
            }
            "initiatives.speakers.women_share" => {
                self.msg("finding-initiatives-speakers-women", &share(r)?)
            }
            "initiatives.all_male_panels" => self.msg(
                "finding-initiatives-all-male",
                &[("k", (r.value? as u64).into())],
            ),
            "initiatives.audience_missing.share" => {
                self.msg("finding-initiatives-audience-missing", &share(r)?)
            }
            _ => return None,
        })
    }

    /// The finding about a project or resource indicator (without its rating); the budget
    /// shares' findings quote amounts and are kept as the assessment words them.
    fn project_finding(&self, r: &IndicatorResult) -> Option<String> {
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        let count = |r: &IndicatorResult| r.value.map(|v| v as u64);
        Some(match r.key.as_str() {
            "projects.count" => self.msg("finding-projects-count", &[("n", count(r)?.into())]),
            "projects.marker_targeted.share" => self.msg("finding-projects-targeted", &share(r)?),
            "projects.outcomes.on_track.share" => self.msg("finding-projects-on-track", &share(r)?),
            "projects.outcomes.not_assessable" => {
                let k = count(r)?;
                if k == 0 {
                    return None;
                }
                self.msg("finding-projects-not-assessable", &[("k", k.into())])
            }
            "resources.gender_funds" => {
                self.msg("finding-resources-funds", &[("n", count(r)?.into())])
            }
            _ => return None,
        })
    }

    /// The finding about a policy indicator (without its rating).
    fn policy_finding(&self, r: &IndicatorResult) -> Option<String> {
        let all = self
            .a
            .indicator("policies.identified")
            .and_then(|c| c.value)
            .map(|v| v as u64)?;
        let k = r.value? as u64;
        Some(match r.key.as_str() {
            "policies.identified" => self.msg("finding-policies-identified", &[("n", all.into())]),
            "policies.shared" => self.msg(
                "finding-policies-shared",
                &[("k", k.into()), ("n", all.into())],
            ),
            "policies.members_reached" => {
                self.msg("finding-policies-members-reached", &[("k", k.into())])
            }
            "policies.adoptions" => self.msg("finding-policies-adoptions", &[("k", k.into())]),
            _ => return None,
        })
    }

    /// The finding about a body or staff indicator (without its rating).
    fn body_or_staff_finding(&self, r: &IndicatorResult) -> Option<String> {
        let name = subject_name(r)?;
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("name", name.into()),
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        let text = match r.key.as_str() {
            "body.women_share" => self.msg("finding-body-women-share", &share(r)?),
            "body.leadership.women_share" => self.msg("finding-body-leadership", &share(r)?),
            "staff.women_share" => self.msg("finding-staff-women-share", &share(r)?),
            "staff.grade.women_share" => self.msg("finding-grade-women-share", &share(r)?),
            "staff.management.women_share" => {
                self.msg("finding-management-women-share", &share(r)?)
            }
            "body.presidency_woman" => self.msg(
                if r.value? > 0.5 {
                    "finding-presidency-woman"
                } else {
                    "finding-presidency-man"
                },
                &[("name", name.into())],
            ),
            "staff.glass_ceiling_ratio" => self.msg(
                "finding-glass-ceiling",
                &[("ratio", self.lang.decimal(r.value?, 2).into())],
            ),
            "body.unfilled_seats" => {
                let unfilled = r.value? as u64;
                if unfilled == 0 {
                    return None;
                }
                let filled = self.filled(r)?;
                self.msg(
                    "finding-unfilled-seats",
                    &[
                        ("name", name.into()),
                        ("seats", (filled + unfilled).into()),
                        ("filled", filled.into()),
                        ("unfilled", unfilled.into()),
                    ],
                )
            }
            "body.seats_short" => {
                let short = r.value? as u64;
                let target = self.pct(self.a.settings.seat_target);
                if short > 0 {
                    self.msg(
                        "finding-seats-short",
                        &[
                            ("name", name.into()),
                            ("target", target.into()),
                            ("short", short.into()),
                        ],
                    )
                } else {
                    self.msg(
                        "finding-seats-reached",
                        &[("name", name.into()), ("target", target.into())],
                    )
                }
            }
            _ => return None,
        };
        Some(text)
    }

    /// Members recorded on the body of `r` (women, men, non-binary and undisclosed).
    fn filled(&self, r: &IndicatorResult) -> Option<u64> {
        let Subject::Body { id, .. } = &r.subject else {
            return None;
        };
        let share = self.a.indicator(&format!("body.{id}.women_share"))?;
        Some(share.denominator.unwrap_or(0) + share.undisclosed.unwrap_or(0))
    }

    /// A finding of the assessment, in this language where the library knows how to word it.
    pub fn finding(&self, f: &Finding) -> String {
        let Some(id) = &f.indicator else {
            return f.text.clone();
        };
        if let Some(rec) = self
            .a
            .reconciliation
            .iter()
            .find(|rc| &rc.indicator == id && rc.message == f.text)
        {
            return self.reconciliation(rec);
        }
        self.a
            .indicator(id)
            .and_then(|r| self.indicator_finding(r))
            .unwrap_or_else(|| f.text.clone())
    }

    /// All findings, in the assessment's order.
    pub fn findings(&self) -> Vec<String> {
        self.a.findings.iter().map(|f| self.finding(f)).collect()
    }

    /// The findings that matter most: those of rated indicators, the lowest ratings first (in
    /// the assessment's order among equals), then published figures that disagree; at most four.
    pub fn key_findings(&self) -> Vec<String> {
        let mut ranked: Vec<(u8, usize, &Finding)> = Vec::new();
        for (i, f) in self.a.findings.iter().enumerate() {
            let Some(id) = &f.indicator else { continue };
            let discrepancy = self.a.reconciliation.iter().any(|rc| {
                &rc.indicator == id && rc.message == f.text && rc.consistent == Some(false)
            });
            if discrepancy {
                ranked.push((4, i, f));
                continue;
            }
            if let Some(score) = self.a.indicator(id).and_then(|r| r.rating.score()) {
                if self
                    .a
                    .reconciliation
                    .iter()
                    .all(|rc| !(&rc.indicator == id && rc.message == f.text))
                {
                    ranked.push((score, i, f));
                }
            }
        }
        ranked.sort_by_key(|(score, i, _)| (*score, *i));
        ranked
            .into_iter()
            .take(4)
            .map(|(_, _, f)| self.finding(f))
            .collect()
    }

    fn published(&self, rec: &Reconciliation) -> String {
        let d = usize::from(rec.decimals);
        let figure = match rec.unit {
            FigureUnit::Percent => self.lang.percent(rec.published / 100.0, d),
            FigureUnit::Count => self.lang.decimal(rec.published, d),
        };
        match rec.relation {
            Relation::Equals => figure,
            Relation::Below => self.msg("relation-under", &[("figure", figure.into())]),
            Relation::Above => self.msg("relation-over", &[("figure", figure.into())]),
        }
    }

    /// A published figure checked against the records, in words.
    pub fn reconciliation(&self, rec: &Reconciliation) -> String {
        let title = self
            .a
            .indicator(&rec.indicator)
            .map(|r| self.indicator_title(r))
            .unwrap_or_else(|| rec.indicator.clone());
        let records = match (rec.numerator, rec.denominator, rec.computed) {
            (Some(k), Some(n), Some(c)) if rec.unit == FigureUnit::Percent => self.msg(
                "reconcile-records",
                &[
                    ("k", k.into()),
                    ("n", n.into()),
                    ("share", self.pct1(c / 100.0).into()),
                ],
            ),
            (_, _, Some(c)) => self.lang.decimal(c, usize::from(rec.decimals)),
            _ => self.msg("reconcile-no-value", &[]),
        };
        let id = match rec.consistent {
            Some(true) => "reconcile-agrees",
            Some(false) => "reconcile-disagrees",
            None => "reconcile-unchecked",
        };
        self.msg(
            id,
            &[
                ("figure", self.published(rec).into()),
                ("title", title.into()),
                ("records", records.into()),
            ],
        )
    }

    pub fn reconciliation_mark(&self, rec: &Reconciliation) -> String {
        self.msg(
            match rec.consistent {
                Some(true) => "mark-agrees",
                Some(false) => "mark-discrepancy",
                None => "mark-unchecked",
            },
            &[],
        )
    }

    /// A data-quality warning in this language, from its code and figures (as given when the
    /// library cannot word it).
    pub fn warning(&self, w: &Warning) -> String {
        self.warning_localised(w)
            .unwrap_or_else(|| w.message.clone())
    }

    fn warning_localised(&self, w: &Warning) -> Option<String> {
        let r = w.indicator.as_deref().and_then(|id| self.a.indicator(id));
        Some(match w.code {
            WarningCode::SmallCount => {
                let r = r?;
                let n = r.denominator?;
                self.msg(
                    "warning-small-count",
                    &[
                        ("title", self.indicator_title(r).into()),
                        ("n", n.into()),
                        ("points", format!("{:.0}", 100.0 / n.max(1) as f64).into()),
                    ],
                )
            }
            WarningCode::Undisclosed => {
                let r = r?;
                let (u, n) = (r.undisclosed?, r.denominator?);
                let total = u + n;
                let k = u64::from(self.a.disclosure.policy.k);
                if u >= 1 && u < k {
                    // A handful of people who did not disclose their gender is itself
                    // disclosive: neither their number nor the total it could be worked out from.
                    return Some(self.msg(
                        "warning-undisclosed-few",
                        &[
                            ("title", self.indicator_title(r).into()),
                            ("k", k.into()),
                            (
                                "threshold",
                                self.pct(self.a.settings.undisclosed_warning).into(),
                            ),
                        ],
                    ));
                }
                self.msg(
                    "warning-undisclosed",
                    &[
                        ("title", self.indicator_title(r).into()),
                        ("u", u.into()),
                        ("total", total.into()),
                        ("share", self.pct(u as f64 / total.max(1) as f64).into()),
                        (
                            "threshold",
                            self.pct(self.a.settings.undisclosed_warning).into(),
                        ),
                        ("n", n.into()),
                    ],
                )
            }
            WarningCode::UncertainGender => {
                let g = w.uncertain.as_ref()?;
                self.msg(
                    "warning-uncertain",
                    &[
                        ("name", g.name.as_str().into()),
                        ("count", (g.women + g.men).into()),
                        ("women", g.women.into()),
                        ("men", g.men.into()),
                        ("pointer", g.pointer.as_str().into()),
                        ("low", self.pct1(g.low).into()),
                        ("high", self.pct1(g.high).into()),
                        ("share", self.pct1(g.share).into()),
                    ],
                )
            }
            WarningCode::UnfilledSeats => {
                let r = r?;
                let unfilled = r.value? as u64;
                let filled = self.filled(r)?;
                self.msg(
                    "warning-unfilled",
                    &[
                        ("name", subject_name(r)?.into()),
                        ("seats", (filled + unfilled).into()),
                        ("filled", filled.into()),
                        ("other", unfilled.into()),
                    ],
                )
            }
            WarningCode::ReportedFigureDiscrepancy => {
                let rec = self.a.reconciliation.iter().find(|rc| {
                    Some(rc.indicator.as_str()) == w.indicator.as_deref()
                        && rc.consistent == Some(false)
                })?;
                self.reconciliation(rec)
            }
            WarningCode::ReportedFigureUnmatched => self.msg(
                "warning-unmatched",
                &[("id", w.indicator.as_deref()?.into())],
            ),
            WarningCode::NotComputable => {
                let r = r?;
                self.msg(
                    "warning-not-computable",
                    &[
                        ("title", self.indicator_title(r).into()),
                        ("reason", self.reason(r.not_computable.as_deref()?).into()),
                    ],
                )
            }
        })
    }

    /// What disclosure control withheld, in this language.
    pub fn disclosure(&self) -> String {
        let d = &self.a.disclosure;
        let k = d.policy.k;
        if k <= 1 {
            return self.msg("disclosure-off", &[]);
        }
        let scope = self.msg(
            if d.policy.protect_bodies {
                "disclosure-scope-all"
            } else {
                "disclosure-scope-staff"
            },
            &[],
        );
        let mut args: Vec<(&str, Arg<'_>)> = vec![("k", k.into()), ("scope", scope.into())];
        if d.withheld == 0 {
            return self.msg("disclosure-none", &args);
        }
        args.push(("n", (d.withheld as u64).into()));
        args.push(("k1", (k - 1).into()));
        self.msg("disclosure-some", &args)
    }

    /// The method notes, in this language.
    pub fn notes(&self) -> Vec<String> {
        let s = &self.a.settings;
        vec![
            self.msg("note-shares", &[]),
            self.msg("note-census", &[]),
            self.msg(
                "note-intervals",
                &[
                    ("method", self.interval_method(true).into()),
                    ("level", self.pct(s.level).into()),
                    ("reference", self.pct(s.reference).into()),
                ],
            ),
            self.msg(
                "note-ratings",
                &[
                    ("id", self.a.framework.name.as_str().into()),
                    ("version", self.a.framework.version.as_str().into()),
                ],
            ),
            self.msg("note-small", &[("threshold", s.small_count.into())]),
        ]
    }
}

/// A rating's words in a language.
pub(crate) fn rating(lang: Lang, r: Rating) -> String {
    lang.message(
        match r {
            Rating::Exceeds => "rating-exceeds",
            Rating::Meets => "rating-meets",
            Rating::Approaches => "rating-approaches",
            Rating::Missing => "rating-missing",
            Rating::NotApplicable => "rating-not-applicable",
            Rating::InsufficientData => "rating-insufficient-data",
        },
        &[],
    )
}

/// The message `id` in `lang` when `given` is that message's English text; `given` otherwise
/// (a framework of one's own keeps its own words).
fn translated(lang: Lang, id: &str, given: &str) -> String {
    if Lang::En.has(id) && Lang::En.message(id, &[]) == given {
        lang.message(id, &[])
    } else {
        given.to_string()
    }
}

/// The message id of an initiative or policy indicator's title.
fn record_title_id(key: &str) -> Option<&'static str> {
    RECORD_TITLES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, id)| *id)
}

/// The message id of a built-in indicator's title.
fn title_id(key: &str) -> Option<&'static str> {
    TITLES.iter().find(|(k, _)| *k == key).map(|(_, id)| *id)
}

/// The name of what a built-in indicator is about (a body, the staff, a grade): the built-in
/// indicators title themselves `<what>: <name>`.
pub(crate) fn subject_name(r: &IndicatorResult) -> Option<&str> {
    title_id(&r.key)?;
    r.title.split_once(": ").map(|(_, name)| name)
}
