//! Findings in the report's language: each built-in indicator's finding worded from its
//! result, published figures checked against the records, and the key findings.

use crate::assessment::{Finding, FindingAbout, IndicatorResult, Reconciliation};
use crate::i18n::Arg;
use crate::indicators::Subject;
use crate::indicators::resources;
use crate::model::{BuiltinKey, FigureUnit, KeyFamily, Rating, Relation};
use crate::report::titles::subject_name;
use crate::report::wording::Words;

impl Words<'_> {
    /// The finding about a built-in indicator, in this language; `None` for other indicators.
    pub fn indicator_finding(&self, r: &IndicatorResult) -> Option<String> {
        let key = r.wording.builtin.as_ref()?.key;
        let text = match key.family() {
            KeyFamily::Policies => self.policy_finding(r, key)?,
            KeyFamily::Projects => self.project_finding(r, key)?,
            KeyFamily::Resources => resources::finding(key, r.value)?.in_lang(self.lang),
            KeyFamily::Initiatives => self.initiative_finding(r, key)?,
            _ => self.body_or_staff_finding(r, key)?,
        };
        Some(match r.rating {
            Rating::NotApplicable | Rating::InsufficientData => text,
            rating => format!(
                "{text} {}",
                self.msg("rating-sentence", &[("rating", self.rating(rating).into())])
            ),
        })
    }

    /// The result of the built-in indicator `key` without a subject (initiatives, policies...).
    fn builtin(&self, key: BuiltinKey) -> Option<&IndicatorResult> {
        self.a.indicator(&key.id(None))
    }

    /// The finding about an initiative indicator (without its rating).
    fn initiative_finding(&self, r: &IndicatorResult, key: BuiltinKey) -> Option<String> {
        let all = self
            .builtin(BuiltinKey::InitiativesCount)
            .and_then(|c| c.value)
            .map(|v| v as u64)?;
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        Some(match key {
            BuiltinKey::InitiativesCount => {
                self.msg("finding-initiatives-count", &[("n", all.into())])
            }
            BuiltinKey::InitiativesMarkerPrincipal => {
                self.msg("finding-initiatives-principal", &share(r)?)
            }
            BuiltinKey::InitiativesMarkerTargeted => {
                self.msg("finding-initiatives-targeted", &share(r)?)
            }
            BuiltinKey::InitiativesMarkerUnscreened => {
                let k = r.value? as u64;
                if k == 0 {
                    return None;
                }
                self.msg(
                    "finding-initiatives-unscreened",
                    &[("k", k.into()), ("n", all.into())],
                )
            }
            BuiltinKey::InitiativesParticipants => {
                let missing = self
                    .builtin(BuiltinKey::InitiativesAudienceMissing)
                    .and_then(|m| m.numerator)?;
                let at_least = r.wording.lower_bound;
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
            BuiltinKey::InitiativesParticipantsWomenShare => {
                self.msg("finding-initiatives-participants-women", &share(r)?)
            }
            BuiltinKey::InitiativesSpeakersWomenShare => {
                self.msg("finding-initiatives-speakers-women", &share(r)?)
            }
            BuiltinKey::InitiativesAllMalePanels => self.msg(
                "finding-initiatives-all-male",
                &[("k", (r.value? as u64).into())],
            ),
            BuiltinKey::InitiativesAudienceMissing => {
                self.msg("finding-initiatives-audience-missing", &share(r)?)
            }
            _ => return None,
        })
    }

    /// The finding about a project or resource indicator (without its rating); the budget
    /// shares' findings quote amounts and are kept as the assessment words them.
    fn project_finding(&self, r: &IndicatorResult, key: BuiltinKey) -> Option<String> {
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        let count = |r: &IndicatorResult| r.value.map(|v| v as u64);
        Some(match key {
            BuiltinKey::ProjectsCount => {
                self.msg("finding-projects-count", &[("n", count(r)?.into())])
            }
            BuiltinKey::ProjectsMarkerTargeted => self.msg("finding-projects-targeted", &share(r)?),
            BuiltinKey::ProjectsOutcomesOnTrack => {
                self.msg("finding-projects-on-track", &share(r)?)
            }
            BuiltinKey::ProjectsOutcomesNotAssessable => {
                let k = count(r)?;
                if k == 0 {
                    return None;
                }
                self.msg("finding-projects-not-assessable", &[("k", k.into())])
            }
            _ => return None,
        })
    }

    /// The finding about a policy indicator (without its rating).
    fn policy_finding(&self, r: &IndicatorResult, key: BuiltinKey) -> Option<String> {
        let all = self
            .builtin(BuiltinKey::PoliciesIdentified)
            .and_then(|c| c.value)
            .map(|v| v as u64)?;
        let k = r.value? as u64;
        Some(match key {
            BuiltinKey::PoliciesIdentified => {
                self.msg("finding-policies-identified", &[("n", all.into())])
            }
            BuiltinKey::PoliciesShared => self.msg(
                "finding-policies-shared",
                &[("k", k.into()), ("n", all.into())],
            ),
            BuiltinKey::PoliciesMembersReached => {
                self.msg("finding-policies-members-reached", &[("k", k.into())])
            }
            BuiltinKey::PoliciesAdoptions => {
                self.msg("finding-policies-adoptions", &[("k", k.into())])
            }
            _ => return None,
        })
    }

    /// The finding about a body or staff indicator (without its rating).
    fn body_or_staff_finding(&self, r: &IndicatorResult, key: BuiltinKey) -> Option<String> {
        // An unnamed staff's findings leave the name out; any other subject has a name.
        let unnamed_staff = key.unnamed_title_id().is_some() && subject_name(r).is_none();
        let name = if unnamed_staff { "" } else { subject_name(r)? };
        let share = |r: &IndicatorResult| -> Option<Vec<(&str, Arg<'_>)>> {
            Some(vec![
                ("name", name.into()),
                ("k", r.numerator?.into()),
                ("n", r.denominator?.into()),
                ("share", self.pct(r.value?).into()),
            ])
        };
        let text = match key {
            BuiltinKey::BodyWomenShare => self.msg("finding-body-women-share", &share(r)?),
            BuiltinKey::BodyLeadershipWomenShare => self.msg("finding-body-leadership", &share(r)?),
            BuiltinKey::StaffWomenShare if unnamed_staff => {
                self.msg("finding-staff-women-share-unnamed", &share(r)?)
            }
            BuiltinKey::StaffWomenShare => self.msg("finding-staff-women-share", &share(r)?),
            BuiltinKey::StaffGradeWomenShare => self.msg("finding-grade-women-share", &share(r)?),
            BuiltinKey::StaffManagementWomenShare => {
                self.msg("finding-management-women-share", &share(r)?)
            }
            BuiltinKey::BodyPresidencyWoman => self.msg(
                if r.value? > 0.5 {
                    "finding-presidency-woman"
                } else {
                    "finding-presidency-man"
                },
                &[("name", name.into())],
            ),
            BuiltinKey::StaffGlassCeilingRatio => self.msg(
                "finding-glass-ceiling",
                &[("ratio", self.lang.decimal(r.value?, 2).into())],
            ),
            BuiltinKey::BodyUnfilledSeats => {
                let unfilled = r.value? as u64;
                if unfilled == 0 {
                    return None;
                }
                let Some(filled) = self.filled(r) else {
                    return Some(self.msg(
                        "finding-unfilled-seats-only",
                        &[("name", name.into()), ("unfilled", unfilled.into())],
                    ));
                };
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
            BuiltinKey::BodySeatsShort => {
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
    pub(super) fn filled(&self, r: &IndicatorResult) -> Option<u64> {
        let Subject::Body { id, .. } = &r.subject else {
            return None;
        };
        let share = self.a.indicator(&BuiltinKey::BodyWomenShare.id(Some(id)))?;
        if share.withheld.is_some() {
            // Its counts are withheld, so the members recorded are not told either.
            return None;
        }
        Some(share.denominator.unwrap_or(0) + share.undisclosed.unwrap_or(0))
    }

    /// A finding of the assessment, in this language where the library knows how to word it.
    pub fn finding(&self, f: &Finding) -> String {
        match (&*f.about, &f.indicator) {
            (FindingAbout::Reconciliation(rec), _) => self.reconciliation(rec),
            (FindingAbout::Value, Some(id)) => self
                .a
                .indicator(id)
                .and_then(|r| self.indicator_finding(r))
                .unwrap_or_else(|| f.text.clone()),
            _ => f.text.clone(),
        }
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
            let score = match &*f.about {
                FindingAbout::Reconciliation(rec) if rec.consistent == Some(false) => Some(4),
                FindingAbout::Reconciliation(_) => None,
                _ => self.a.indicator(id).and_then(|r| r.rating.score()),
            };
            if let Some(score) = score {
                ranked.push((score, i, f));
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
}
