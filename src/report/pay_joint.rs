//! The joint pay assessment (Directive (EU) 2023/970, Art. 10(2)(a)–(f)) in words, for each
//! category of workers whose mean gap reaches the threshold without a justification and whose
//! figures are published: the shares of women and men, their average pay and variable
//! components and the differences, the reasons (the adjusted gap within the category, with the
//! controls the employer named), the return from leave (not in payroll records), and the
//! employer's measures and their evaluation as written.

use crate::pay::{CategoryGaps, Gap, Outcome};
use crate::report::pay::Words;

/// One category's joint pay assessment: its name and its points (a) to (f).
pub(crate) struct JointText {
    pub(crate) category: String,
    pub(crate) points: [String; 6],
}

impl Words<'_> {
    /// The joint pay assessments due (none when nothing is published).
    pub(crate) fn joint_assessments(&self) -> Vec<JointText> {
        if self.hidden() {
            return Vec::new();
        }
        self.a
            .eu
            .g_categories
            .iter()
            .filter(|c| c.article_10.joint_assessment_required && !self.is_withheld(&c.category))
            .map(|c| JointText {
                category: self.category_name(&c.category),
                points: [
                    self.joint_shares(c),
                    self.joint_pay(c),
                    self.joint_differences(c),
                    self.joint_reasons(&c.category),
                    self.msg("pay-joint-leave", &[]),
                    self.joint_measures(&c.category),
                ],
            })
            .collect()
    }

    /// Why the assessments below are due.
    pub(crate) fn joint_intro(&self) -> String {
        let t = self.pct(self.a.joint_assessment_threshold);
        self.msg("pay-joint-intro", &[("threshold", t.into())])
    }

    /// (a) The shares of women and men in the category.
    fn joint_shares(&self, c: &CategoryGaps) -> String {
        let (w, m) = (c.workers.women, c.workers.men);
        let total = (w + m).max(1) as f64;
        self.msg(
            "pay-joint-shares",
            &[
                ("women", w.into()),
                ("men", m.into()),
                ("women_share", self.pct(w as f64 / total).into()),
                ("men_share", self.pct(m as f64 / total).into()),
            ],
        )
    }

    /// (b) Average pay and variable components of women and men.
    fn joint_pay(&self, c: &CategoryGaps) -> String {
        let amount = |g: &Gap, women: bool| {
            let v = if women { g.women } else { g.men };
            v.map_or_else(|| "–".to_string(), |v| self.lang.decimal(v, 0))
        };
        let (b, v) = (&c.basic_mean_gap, &c.variable_mean_gap);
        self.msg(
            "pay-joint-pay",
            &[
                ("basic_women", amount(b, true).into()),
                ("basic_men", amount(b, false).into()),
                ("variable_women", amount(v, true).into()),
                ("variable_men", amount(v, false).into()),
            ],
        )
    }

    /// (c) The differences.
    fn joint_differences(&self, c: &CategoryGaps) -> String {
        self.msg(
            "pay-joint-differences",
            &[
                ("basic", self.gap(&c.basic_mean_gap).into()),
                ("variable", self.gap(&c.variable_mean_gap).into()),
                ("level", self.gap(&c.pay_level_mean_gap).into()),
            ],
        )
    }

    /// (d) The reasons: the adjusted gap within the category, with the employer's controls.
    fn joint_reasons(&self, category: &str) -> String {
        let Some(Outcome::Computed { result: a }) = self.adjusted() else {
            return self.msg("pay-joint-reasons-none", &[]);
        };
        let within = a.categories.iter().find(|c| c.category == category);
        match within.map(|c| &c.ols) {
            Some(ols @ Outcome::Computed { .. }) => self.msg(
                "pay-joint-reasons",
                &[("adjusted", self.adjusted_gap_line(ols).into())],
            ),
            Some(other) => self.adjusted_gap_line(other),
            None => self.msg("pay-joint-reasons-none", &[]),
        }
    }

    /// (f) The employer's measures and their evaluation, as written.
    fn joint_measures(&self, category: &str) -> String {
        match self
            .a
            .measures
            .iter()
            .find(|m| m.category.as_str() == category)
        {
            Some(m) => self.msg(
                "pay-joint-measures",
                &[
                    ("measures", m.measures.as_str().into()),
                    (
                        "evaluation",
                        m.evaluation.as_ref().map_or("–", |e| e.as_str()).into(),
                    ),
                ],
            ),
            None => self.msg("pay-joint-measures-none", &[]),
        }
    }
}
