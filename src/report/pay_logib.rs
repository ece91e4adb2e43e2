//! Logib's standard analysis model in words, for the Markdown and HTML pay reports: who was
//! analysed, the sex coefficient as Kennedy's estimate with its test, today's rating and the
//! pre-2024 tolerance test.

use crate::pay::{Logib, Outcome};
use crate::report::pay::Words;

impl Words<'_> {
    /// The Logib section's paragraphs, when the analysis has one.
    pub(crate) fn logib_lines(&self) -> Option<Vec<String>> {
        let lines = match self.a.logib.as_ref()? {
            Outcome::Computed { result } => self.logib_result(result),
            Outcome::NotComputable { reason } => vec![self.msg(
                "pay-logib-not-computable",
                &[("reason", reason.in_lang(self.lang).into())],
            )],
            Outcome::Skipped => return None,
        };
        Some(lines)
    }

    fn logib_result(&self, l: &Logib) -> Vec<String> {
        let e = &l.excluded;
        let who = self.msg(
            "pay-logib-sample",
            &[
                ("employees", l.employees.into()),
                ("women", l.n_women.into()),
                ("men", l.n_men.into()),
                ("population", e.population.into()),
                ("invalid", e.invalid.into()),
                ("no_salary", e.no_salary.into()),
                (
                    "hours",
                    self.lang.decimal(l.reference_weekly_hours, 1).into(),
                ),
            ],
        );
        let p = if l.p_value < 0.001 {
            format!("< {}", self.lang.decimal(0.001, 3))
        } else {
            format!("= {}", self.lang.decimal(l.p_value, 3))
        };
        let effect = self.msg(
            "pay-logib-effect",
            &[
                ("kennedy", self.pct(l.kennedy).into()),
                ("coefficient", self.lang.decimal(l.coefficient, 4).into()),
                ("se", self.lang.decimal(l.std_error, 4).into()),
                ("t", self.lang.decimal(l.t, 2).into()),
                ("df", l.df.into()),
                ("p", p.into()),
                ("r2", self.lang.decimal(l.r_squared, 3).into()),
            ],
        );
        let rating = self.msg(
            "pay-logib-rating",
            &[("rating", u64::from(l.rating).into())],
        );
        let tolerance = self.msg(
            "pay-logib-tolerance",
            &[
                (
                    "exceeded",
                    if l.tolerance_test.exceeded {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ),
                ("p", self.lang.decimal(l.tolerance_test.p_value, 3).into()),
            ],
        );
        let mut lines = vec![who];
        if l.age_from_birth_years || l.service_from_entry_years {
            let yes_no = |b: bool| if b { "yes" } else { "no" };
            lines.push(self.msg(
                "pay-logib-years",
                &[
                    ("age", yes_no(l.age_from_birth_years).into()),
                    ("service", yes_no(l.service_from_entry_years).into()),
                ],
            ));
        }
        lines.extend([effect, rating, tolerance]);
        lines
    }
}
