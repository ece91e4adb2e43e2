//! The pay analysis as Markdown: the Article 9 table, the Article 10 flags, the UK figures, a
//! quartile chart, inference (labelled as such) and the decomposition. Disclosure control is
//! applied: categories withheld by [`super::disclosure`] show no value, and the statement says so.

use super::Gap;
use super::analysis::{Outcome, PayAnalysis};
use super::eu::Basis;
use super::uk::QuartileBand;

/// The pay analysis as a Markdown document (published output: suppression applied).
///
/// ```
/// use gender_impact::pay::{Money, PayRules, Worker, analysis::{analyse, AnalysisOptions}};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()),
///     variable_pay: Some(Money::new(0.0).unwrap()), ..Worker::new(g) };
/// let ws: Vec<Worker> = (0..6).map(|i| w(Gender::Woman, 40_000.0 + 1_000.0 * i as f64))
///     .chain((0..6).map(|i| w(Gender::Man, 42_000.0 + 1_000.0 * i as f64))).collect();
/// let a = analyse(&ws, &[], &PayRules::built_in(), &AnalysisOptions { inference: false, ..Default::default() }, vec![]);
/// let md = gender_impact::pay::report::markdown(&a);
/// assert!(md.contains("| (a) Gender pay gap (mean), annual pay level | 4.5% |"));
/// ```
pub fn markdown(a: &PayAnalysis) -> String {
    let d = usize::from(a.decimals);
    let pct = |v: f64| format!("{:.*}%", d, v * 100.0);
    let gapv = |g: &Gap| match g.value {
        Some(v) => pct(v),
        None => format!(
            "not computable ({})",
            g.not_computable.as_deref().unwrap_or("no value")
        ),
    };
    let hidden = a.disclosure.total_suppressed;
    let mut o = String::new();
    let mut line = |s: String| {
        o.push_str(&s);
        o.push('\n');
    };
    line("# Pay gap report\n".to_string());
    line(format!(
        "Rules `{}` version {} ({} {}). Gap = (men − women) / men: positive when men are paid more. Figures are rounded to {d} decimal place(s) here only; the JSON output carries them unrounded.\n",
        a.rules.name, a.rules.version, a.tool.name, a.tool.version
    ));
    let w = &a.eu.workers;
    line(format!(
        "Workers: {} women, {} men; {} non-binary or undisclosed workers are left out of the statutory figures, which the laws define on women and men.{}\n",
        w.women,
        w.men,
        w.excluded,
        if a.eu.without_pay > 0 {
            format!(
                " {} records without an annual pay level are left out.",
                a.eu.without_pay
            )
        } else {
            String::new()
        }
    ));
    for s in &a.assumptions {
        line(format!("Assumption: {s}\n"));
    }
    if hidden {
        line(format!(
            "**{}** No figure is published.\n",
            a.disclosure.statement
        ));
    }

    line("## Directive (EU) 2023/970, Article 9\n".to_string());
    line("| Indicator | Value | Women | Men |".to_string());
    line("|---|---|---|---|".to_string());
    let row = |name: &str, g: &Gap| {
        if hidden {
            format!("| {name} | withheld | – | – |")
        } else {
            format!("| {name} | {} | {} | {} |", gapv(g), g.n_women, g.n_men)
        }
    };
    let e = &a.eu;
    line(row(
        "(a) Gender pay gap (mean), annual pay level",
        &e.a_mean_gap_annual,
    ));
    if let Some(g) = &e.a_mean_gap_hourly {
        line(row("(a) Gender pay gap (mean), hourly pay level", g));
    }
    line(row(
        "(b) Gap in complementary or variable components (mean, recipients)",
        &e.b_variable_mean_gap,
    ));
    line(row(
        "(c) Median gender pay gap, annual pay level",
        &e.c_median_gap_annual,
    ));
    if let Some(g) = &e.c_median_gap_hourly {
        line(row("(c) Median gender pay gap, hourly pay level", g));
    }
    line(row(
        "(d) Median gap in complementary or variable components (recipients)",
        &e.d_variable_median_gap,
    ));
    let cs = |c: &super::CountShare| match c.share {
        Some(s) if !hidden => format!("{} ({} of {})", pct(s), c.count, c.of),
        _ if hidden => "withheld".to_string(),
        _ => "no one recorded".to_string(),
    };
    line(format!(
        "| (e) Receiving complementary or variable components | | {} | {} |",
        cs(&e.e_variable_women),
        cs(&e.e_variable_men)
    ));
    line(String::new());
    let basis = match e.f_basis {
        Basis::Hourly => "hourly pay level",
        Basis::Annual => "annual pay level (not every worker has an hourly rate)",
    };
    line(format!("(f) Quartile pay bands, ranked by {basis}:\n"));
    quartile_table(&mut line, &e.f_quartiles, hidden, &pct);

    line("\n### (g) By category of workers, and the Article 10 check\n".to_string());
    line(format!("{}\n", a.disclosure.statement));
    line("| Category | Women | Men | Basic pay gap | Variable components gap | Pay level gap | Joint pay assessment |".to_string());
    line("|---|---|---|---|---|---|---|".to_string());
    for c in &e.g_categories {
        let flag = if let Some(reason) = &c.article_10.not_decided {
            format!("not decided: {reason}")
        } else if c.article_10.joint_assessment_required {
            "**required**".to_string()
        } else if c.article_10.gap_at_or_above_threshold {
            "not required: justified".to_string()
        } else {
            "not required".to_string()
        };
        if hidden || a.disclosure.is_suppressed(&c.category) {
            line(format!(
                "| {} | withheld | withheld | withheld | withheld | withheld | {flag} |",
                cell(&c.category)
            ));
        } else {
            line(format!(
                "| {} | {} | {} | {} | {} | {} | {flag} |",
                cell(&c.category),
                c.workers.women,
                c.workers.men,
                gapv(&c.basic_mean_gap),
                gapv(&c.variable_mean_gap),
                gapv(&c.pay_level_mean_gap)
            ));
        }
    }
    let required: Vec<&str> = e
        .g_categories
        .iter()
        .filter(|c| c.article_10.joint_assessment_required)
        .map(|c| c.category.as_str())
        .collect();
    line(String::new());
    line(format!(
        "Article 10: {} of {} categories show a difference in average pay level of at least {} in either direction that the records do not mark as justified{}. A joint pay assessment is required if the difference is not remedied within six months of the report.",
        required.len(),
        e.g_categories.len(),
        pct(a.joint_assessment_threshold),
        if required.is_empty() {
            String::new()
        } else {
            format!(": {}", required.join(", "))
        }
    ));
    for c in e
        .g_categories
        .iter()
        .filter(|c| c.article_10.justification.is_some())
    {
        line(format!(
            "- {}: justified by objective, gender-neutral criteria: {}",
            c.category,
            c.article_10.justification.as_deref().unwrap_or("")
        ));
    }

    line("\n## UK: the six figures (SI 2017/172)\n".to_string());
    let u = &a.uk;
    line(format!(
        "Relevant employees: {} ({} women, {} men, {} others); {} a relevant employer (250 or more). Full-pay relevant employees: {} women, {} men.\n",
        u.relevant_employees.women + u.relevant_employees.men + u.relevant_employees.excluded,
        u.relevant_employees.women,
        u.relevant_employees.men,
        u.relevant_employees.excluded,
        if u.relevant_employer { "so" } else { "not" },
        u.full_pay_relevant_employees.women,
        u.full_pay_relevant_employees.men
    ));
    line("| Figure | Value | Women | Men |".to_string());
    line("|---|---|---|---|".to_string());
    line(row("Mean hourly pay gap (reg. 8)", &u.mean_hourly_gap));
    line(row("Median hourly pay gap (reg. 9)", &u.median_hourly_gap));
    line(row("Mean bonus gap (reg. 10)", &u.mean_bonus_gap));
    line(row("Median bonus gap (reg. 11)", &u.median_bonus_gap));
    line(format!(
        "| Proportion receiving bonus pay (reg. 12) | | {} | {} |",
        cs(&u.bonus_women),
        cs(&u.bonus_men)
    ));
    line(
        "\nQuartile pay bands (reg. 13), hourly rates of full-pay relevant employees:\n"
            .to_string(),
    );
    quartile_table(&mut line, &u.quartiles, hidden, &pct);
    for x in &u.exclusions {
        line(format!("- Left out: {} ({}).", x.reason, x.count));
    }

    line("\n## Inference (not a statutory figure)\n".to_string());
    line(format!("{}\n", a.inference.note));
    if !hidden {
        let boot = |name: &str, o: &Outcome<super::inference::BootstrapInterval>| match o {
            Outcome::Computed { result: b } => format!(
                "- {name}: {} bootstrap interval {} to {} ({} resamples, seed {}).",
                pct(b.level),
                pct(b.low),
                pct(b.high),
                b.resamples,
                b.seed
            ),
            Outcome::NotComputable { reason } => format!("- {name}: not computable ({reason})."),
            Outcome::Skipped => format!("- {name}: not computed."),
        };
        line(boot(
            "Mean gap, annual pay level",
            &a.inference.mean_gap_interval,
        ));
        line(boot(
            "Median gap, annual pay level",
            &a.inference.median_gap_interval,
        ));
        line(match &a.inference.mean_gap_permutation_test {
            Outcome::Computed { result: t } => {
                let floor = 1.0 / (f64::from(t.permutations) + 1.0);
                if t.p_value <= floor * (1.0 + 1e-9) {
                    format!(
                        "- Permutation test of the mean gap: p ≤ {:.4}, the smallest value {} permutations can give (seed {}): no relabelling produced a gap as large.",
                        t.p_value, t.permutations, t.seed
                    )
                } else {
                    format!(
                        "- Permutation test of the mean gap: p = {:.4} ({} permutations, seed {}).",
                        t.p_value, t.permutations, t.seed
                    )
                }
            }
            Outcome::NotComputable { reason } => {
                format!("- Permutation test: not computable ({reason}).")
            }
            Outcome::Skipped => "- Permutation test: not computed.".to_string(),
        });
        line("\n## Where the gap comes from\n".to_string());
        line(match &a.decomposition {
            Outcome::Computed { result: dcp } => format!(
                "Of the overall mean gap of {}, {} comes from women and men being in different categories of workers and {} from pay differences within categories. {}",
                pct(dcp.total_gap),
                pct(dcp.between),
                pct(dcp.within),
                dcp.method
            ),
            Outcome::NotComputable { reason } => {
                format!("The decomposition is not computable ({reason}).")
            }
            Outcome::Skipped => "The decomposition was not computed.".to_string(),
        });
    }
    o
}

fn quartile_table(
    line: &mut impl FnMut(String),
    q: &[QuartileBand; 4],
    hidden: bool,
    pct: &impl Fn(f64) -> String,
) {
    line("| Band | Women | Men | Women's share | |".to_string());
    line("|---|---|---|---|---|".to_string());
    for (i, b) in q.iter().enumerate() {
        let name = ["Lower", "Lower middle", "Upper middle", "Upper"][i];
        if hidden {
            line(format!("| {name} | withheld | withheld | withheld | |"));
            continue;
        }
        let (share, bar) = match b.women_share {
            Some(s) => {
                let filled = (s * 20.0).round() as usize;
                (
                    pct(s),
                    format!(
                        "`{}{}`",
                        "█".repeat(filled),
                        "·".repeat(20 - filled.min(20))
                    ),
                )
            }
            None => ("–".to_string(), String::new()),
        };
        line(format!(
            "| {name} | {} | {} | {share} | {bar} |",
            b.women, b.men
        ));
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
