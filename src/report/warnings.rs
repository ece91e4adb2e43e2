//! Data-quality warnings in the report's language, from their codes and figures.

use crate::assessment::{Warning, WarningCode};
use crate::report::titles::subject_name;
use crate::report::wording::Words;

impl Words<'_> {
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
                if r.undisclosed_withheld && r.undisclosed.is_none() {
                    // The count would give back a grade's withheld one: no number at all.
                    let threshold = self.pct(self.a.settings.undisclosed_warning);
                    return Some(self.msg(
                        "warning-undisclosed-withheld",
                        &[
                            ("title", self.indicator_title(r).into()),
                            ("threshold", threshold.into()),
                        ],
                    ));
                }
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
                // A staff without a name of its own is called "staff" in the JSON; in words,
                // the language's word for it.
                let unnamed = r
                    .and_then(|r| r.wording.0.builtin.as_ref())
                    .is_some_and(|t| t.name.is_none());
                let name = if unnamed {
                    self.msg("staff-unnamed-name", &[])
                } else {
                    g.name.clone()
                };
                self.msg(
                    "warning-uncertain",
                    &[
                        ("name", name.as_str().into()),
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
                let name = subject_name(r)?;
                let Some(filled) = self.filled(r) else {
                    return Some(self.msg(
                        "warning-unfilled-only",
                        &[("name", name.into()), ("other", unfilled.into())],
                    ));
                };
                self.msg(
                    "warning-unfilled",
                    &[
                        ("name", name.into()),
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
                r.not_computable.as_ref()?;
                self.msg(
                    "warning-not-computable",
                    &[
                        ("title", self.indicator_title(r).into()),
                        ("reason", self.reason(r).into()),
                    ],
                )
            }
        })
    }
}
