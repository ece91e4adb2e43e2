//! The adjusted pay gap in words, for the Markdown and HTML pay reports: the regression (what
//! it explains, the controls the employer named), the overall adjusted gap with its interval
//! and test, the Blinder–Oaxaca decomposition by reference, and the adjusted gap within each
//! category whose figures are published.

use crate::pay::{Adjusted, AdjustedGap, Outcome, PayOutcome};
use crate::report::pay::Words;

/// One row of the decomposition table: reference, explained, unexplained.
pub(crate) type SplitRow = [String; 3];
/// One row of the category table: category, women, men, adjusted gap, interval, p-value.
pub(crate) type CategoryGapRow = [String; 6];

impl Words<'_> {
    /// The adjusted section, when the analysis has one.
    pub(crate) fn adjusted(&self) -> Option<&Outcome<Adjusted>> {
        self.a.adjusted.as_ref()
    }

    /// What the regressions explain, with what, and on whom.
    pub(crate) fn adjusted_intro(&self, a: &Adjusted) -> String {
        let outcome = match a.outcome {
            PayOutcome::LogHourlyPay => "hourly",
            _ => "annual",
        };
        let mut named: Vec<String> = a.controls.clone();
        named.extend(a.factors.iter().map(|f| {
            self.msg(
                "pay-adjusted-factor",
                &[
                    ("factor", f.name.as_str().into()),
                    ("base", f.base.as_str().into()),
                ],
            )
        }));
        let e = &a.excluded;
        self.msg(
            "pay-adjusted-intro",
            &[
                ("outcome", outcome.into()),
                (
                    "controls",
                    if named.is_empty() {
                        "—".to_string()
                    } else {
                        named.join(", ")
                    }
                    .into(),
                ),
                ("other", e.other_gender.into()),
                ("missing", (e.missing_pay + e.missing_control).into()),
                ("zero", e.non_positive_pay.into()),
            ],
        )
    }

    /// The overall adjusted gap in one sentence, or why there is none.
    pub(crate) fn adjusted_gap_line(&self, ols: &Outcome<AdjustedGap>) -> String {
        match ols {
            Outcome::Computed { result: g } => self.msg(
                "pay-adjusted-gap",
                &[
                    ("gap", self.pct(g.adjusted_gap).into()),
                    ("low", self.pct(g.interval.0).into()),
                    ("high", self.pct(g.interval.1).into()),
                    ("kennedy", self.pct(g.kennedy).into()),
                    ("p", self.p(g.p_value, true).into()),
                    ("women", g.n_women.into()),
                    ("men", g.n_men.into()),
                    ("r2", self.pct(g.r_squared.unwrap_or(0.0)).into()),
                ],
            ),
            Outcome::NotComputable { reason } => self.msg(
                "pay-adjusted-not-computable",
                &[("reason", reason.in_lang(self.lang).into())],
            ),
            Outcome::Skipped => self.msg("pay-decomposition-skipped", &[]),
        }
    }

    /// A p-value as people read it: `< 0.001`, else three decimals (after `= ` in a sentence).
    fn p(&self, p: Option<f64>, sentence: bool) -> String {
        match p {
            Some(p) if p < 0.001 => format!("< {}", self.lang.decimal(0.001, 3)),
            Some(p) if sentence => format!("= {}", self.lang.decimal(p, 3)),
            Some(p) => self.lang.decimal(p, 3),
            None => "—".to_string(),
        }
    }

    /// The decomposition's rows (gap in mean log pay, as percentages), or why there is none.
    pub(crate) fn oaxaca_rows(&self, a: &Adjusted) -> Result<(String, Vec<SplitRow>), String> {
        let o = match &a.oaxaca {
            Outcome::Computed { result } => result,
            Outcome::NotComputable { reason } => {
                return Err(self.msg(
                    "pay-adjusted-not-computable",
                    &[("reason", reason.in_lang(self.lang).into())],
                ));
            }
            Outcome::Skipped => return Err(self.msg("pay-decomposition-skipped", &[])),
        };
        let intro = self.msg(
            "pay-oaxaca-intro",
            &[
                ("gap", self.pct(o.gap).into()),
                ("endowments", self.pct(o.threefold.endowments).into()),
                ("coefficients", self.pct(o.threefold.coefficients).into()),
                ("interaction", self.pct(o.threefold.interaction).into()),
            ],
        );
        let rows = o
            .twofold
            .iter()
            .map(|t| {
                [
                    self.msg(
                        "pay-oaxaca-reference",
                        &[("reference", t.reference.as_str().into())],
                    ),
                    self.pct(t.explained),
                    self.pct(t.unexplained),
                ]
            })
            .collect();
        Ok((intro, rows))
    }

    /// The adjusted gap of each category whose figures are published.
    pub(crate) fn adjusted_categories(&self, a: &Adjusted) -> Vec<CategoryGapRow> {
        a.categories
            .iter()
            .filter(|c| !self.is_withheld(&c.category))
            .map(|c| match &c.ols {
                Outcome::Computed { result: g } => [
                    self.category_name(&c.category),
                    g.n_women.to_string(),
                    g.n_men.to_string(),
                    self.pct(g.adjusted_gap),
                    format!("{} – {}", self.pct(g.interval.0), self.pct(g.interval.1)),
                    self.p(g.p_value, false),
                ],
                Outcome::NotComputable { reason } => [
                    self.category_name(&c.category),
                    String::new(),
                    String::new(),
                    reason.in_lang(self.lang),
                    String::new(),
                    String::new(),
                ],
                Outcome::Skipped => Default::default(),
            })
            .collect()
    }
}
