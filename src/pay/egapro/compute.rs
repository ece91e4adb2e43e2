//! The égapro section from a payroll and its Article 9 figures.

use super::calendar::ANNUAL_FROM;
use super::rules::{balance, level, round4, significant};
use super::{
    CategoryG, CompliancePath, Departure, EGAPRO_COMMIT, EGAPRO_THRESHOLD, Egapro, EgaproCalendar,
    EgaproGap, EgaproQuartile, EmployeesFrom, GapLevel, IndicatorG, TopQuartile,
};
use crate::pay::eu::{Article9, woman_or_man};
use crate::pay::{CountShare, Gap, PayRules, Payroll, QuartileBand, quartile_bands};

/// The égapro section: égapro's readings of the Article 9 figures `eu` of `payroll` (computed
/// with `rules`), its quartiles on both pay levels, and its calendar for `calendar`.
///
/// ```
/// use gender_impact::pay::{EgaproCalendar, EmployeesFrom, GapLevel, Money, PayRules, Payroll, Worker,
///     article_9_payroll, egapro};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()),
///     variable_pay: Some(Money::new(0.0).unwrap()), ..Worker::new(g) };
/// // égapro's gap.test.ts: women 100, men 110: (110 − 100) / 110 = 9.09%, high.
/// let p = Payroll::from_workers(&[w(Gender::Woman, 100.0), w(Gender::Man, 110.0)]);
/// let rules = PayRules::built_in();
/// let eu = article_9_payroll(&p, &[], &rules);
/// let cal = EgaproCalendar::new(120.0, Some(2027)).unwrap();
/// let e = egapro(&p, &eu, &rules, cal, EmployeesFrom::Given);
/// assert!((e.a_mean_gap_annual.value.unwrap() - 10.0 / 110.0).abs() < 1e-15);
/// assert_eq!(e.a_mean_gap_annual.level, Some(GapLevel::High));
/// ```
pub fn egapro(
    payroll: &Payroll,
    eu: &Article9,
    rules: &PayRules,
    calendar: EgaproCalendar,
    employees_from: EmployeesFrom,
) -> Egapro {
    let f_quartiles_annual = quartiles(payroll, |i| payroll.total_annual(i));
    let f_quartiles_hourly = eu
        .a_mean_gap_hourly
        .is_some()
        .then(|| quartiles(payroll, |i| payroll.hourly(i, rules)));
    let top_quartile = top(&f_quartiles_annual, f_quartiles_hourly.as_ref());
    let g = indicator_g(eu);
    let compliance_path = compliance(&calendar, &g);
    let recipients = (eu.e_variable_women.count, eu.e_variable_men.count);
    Egapro {
        source_commit: EGAPRO_COMMIT.to_string(),
        calendar,
        employees_from,
        threshold: EGAPRO_THRESHOLD,
        a_mean_gap_annual: EgaproGap::of(&eu.a_mean_gap_annual),
        a_mean_gap_hourly: eu.a_mean_gap_hourly.as_ref().map(EgaproGap::of),
        b_variable_mean_gap: EgaproGap::of(&eu.b_variable_mean_gap),
        c_median_gap_annual: EgaproGap::of(&eu.c_median_gap_annual),
        c_median_gap_hourly: eu.c_median_gap_hourly.as_ref().map(EgaproGap::of),
        d_variable_median_gap: EgaproGap::of(&eu.d_variable_median_gap),
        e_women_among_recipients: CountShare::new(recipients.0, recipients.0 + recipients.1),
        f_quartiles_annual,
        f_quartiles_hourly,
        top_quartile,
        g,
        compliance_path,
        departures: Departure::ALL.to_vec(),
    }
}

impl EgaproGap {
    /// égapro's readings of an Article 9 gap.
    pub fn of(g: &Gap) -> EgaproGap {
        EgaproGap {
            value: g.value,
            n_women: g.n_women,
            n_men: g.n_men,
            significant: g.value.is_some_and(significant),
            level: g.value.map(level),
        }
    }

    fn high(&self) -> bool {
        self.level == Some(GapLevel::High)
    }
}

impl EgaproQuartile {
    /// A quartile's counts with their shares rounded to 4 decimals.
    pub fn of(women: u64, men: u64) -> EgaproQuartile {
        let n = women + men;
        let share = |k: u64| (n > 0).then(|| round4(k as f64 / n as f64));
        EgaproQuartile {
            women,
            men,
            women_share: share(women),
            men_share: share(men),
        }
    }
}

/// The quartiles of the women and men with an annual pay level, ranked by `value`.
fn quartiles(p: &Payroll, value: impl Fn(usize) -> Option<f64>) -> [EgaproQuartile; 4] {
    let entries: Vec<(f64, bool)> = (0..p.len())
        .filter_map(|i| {
            let woman = woman_or_man(p.gender[i])?;
            p.annual.get(i)?;
            Some((value(i)?, woman))
        })
        .collect();
    quartile_bands(&entries).map(|b: QuartileBand| EgaproQuartile::of(b.women, b.men))
}

/// The top quartile's share of women: égapro's `hasHighQuartileImbalance` (the mean of the
/// annual and hourly ratios, an empty quartile counting as parity; nothing when both are empty).
fn top(annual: &[EgaproQuartile; 4], hourly: Option<&[EgaproQuartile; 4]>) -> TopQuartile {
    let ratio = |q: &EgaproQuartile| {
        let n = q.women + q.men;
        (n > 0).then(|| q.women as f64 / n as f64)
    };
    let women_share = match hourly {
        None => ratio(&annual[3]),
        Some(h) => match (ratio(&annual[3]), ratio(&h[3])) {
            (None, None) => None,
            (a, h) => Some((a.unwrap_or(0.5) + h.unwrap_or(0.5)) / 2.0),
        },
    };
    TopQuartile {
        women_share,
        with_hourly: hourly.is_some(),
        balance: women_share.map(balance),
    }
}

fn indicator_g(eu: &Article9) -> IndicatorG {
    let categories: Vec<CategoryG> = eu
        .g_categories
        .iter()
        .map(|c| {
            let basic = EgaproGap::of(&c.basic_mean_gap);
            let variable = EgaproGap::of(&c.variable_mean_gap);
            CategoryG {
                category: c.category.clone(),
                workers: c.workers,
                at_or_above_threshold: basic.high() || variable.high(),
                basic,
                variable,
            }
        })
        .collect();
    IndicatorG {
        confidential: true,
        at_or_above_threshold: categories
            .iter()
            .filter(|c| c.at_or_above_threshold)
            .count() as u64,
        categories,
    }
}

/// `isComplianceProcessRequired`: 100 or more, G due, a category at or above 5% for men.
fn compliance(calendar: &EgaproCalendar, g: &IndicatorG) -> CompliancePath {
    let size = calendar.employees >= ANNUAL_FROM;
    let gap = g.at_or_above_threshold > 0;
    let required = match calendar.g_due {
        Some(due) => Some(due && size && gap),
        None if !size || !gap => Some(false),
        None => None,
    };
    CompliancePath {
        employees_100_or_more: size,
        g_due: calendar.g_due,
        category_gap_at_or_above_threshold: gap,
        required,
    }
}
