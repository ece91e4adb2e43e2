//! The words of a report in one language, from what an [`Assessment`] holds.
//!
//! The assessment keeps its texts in English (they are part of its JSON); the report words the
//! same facts again in its language from the typed fields beside them: indicator keys and
//! counts, reasons and titles as catalogue messages, ratings, settings, warning codes and their
//! figures. It never reads the English texts back. Text the library cannot know in another
//! language (indicators of a user's own, a framework of one's own, names from the records) is
//! kept as it is.
//!
//! The words are split by concern: titles and reasons (`titles.rs`), findings and published
//! figures (`findings.rs`), data-quality warnings (`warnings.rs`), and the rest here.

use crate::assessment::Withheld;
use crate::assessment::{Assessment, IndicatorResult, PillarSummary};
use crate::i18n::{Arg, Lang};
use crate::indicators::Unit;
use crate::model::Period;
use crate::model::Rating;
use crate::stats::IntervalMethod;

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

    pub fn pillar_derivation(&self, p: &PillarSummary) -> String {
        if p.rated == 0 {
            return match &*p.unrated_why {
                Some(why) => why.in_lang(self.lang),
                None => p.derivation.clone(),
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

    pub fn value(&self, r: &IndicatorResult) -> String {
        let k = self.a.disclosure.policy.k;
        match (r.value, r.unit) {
            (None, _) if r.withheld.is_some() => match r.withheld {
                Some(Withheld::SmallCell) => self.msg("value-withheld-small", &[("k", k.into())]),
                Some(Withheld::Derived) => self.msg("value-withheld-derived", &[]),
                Some(Withheld::SmallCount) => {
                    self.msg("value-withheld-small-count", &[("k", k.into())])
                }
                _ => self.msg("value-withheld-complementary", &[]),
            },
            (None, _) => self.msg("value-not-computable", &[("reason", self.reason(r).into())]),
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
        if r.undisclosed_withheld && r.undisclosed.is_none() {
            // An aggregate's count that would give back a grade's withheld one.
            return Some(self.msg("value-withheld-complementary", &[]));
        }
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
