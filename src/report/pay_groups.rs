//! The per-group (per-employer) table of `gia pay --by COL --format csv`: one row per group,
//! the headline figures of Article 9 and the UK regulations, each with the counts it rests on.
//!
//! Values are written in full precision (Rust's shortest representation that reads back to
//! the same `f64`); an empty cell means "not computable" (the reason of the overall mean gap is
//! in `not_computable`) or "not applicable" (hourly figures when not every worker has an hourly
//! rate). Shares are fractions (0.25, not 25%). Codes are quoted as RFC 4180 requires.
//!
//! ```
//! use gender_impact::report::{PAY_GROUPS_CSV_COLUMNS, pay_groups_csv_header};
//! assert!(pay_groups_csv_header().starts_with("group,rows,women,men,"));
//! assert!(PAY_GROUPS_CSV_COLUMNS.contains(&"a_mean_gap_annual_n_women"));
//! ```

use crate::pay::{CountShare, Gap, GroupAnalysis, QuartileBand};

/// The columns of the per-group table, in order (documented in REFERENCE.md).
pub const PAY_GROUPS_CSV_COLUMNS: &[&str] = &[
    "group",
    "rows",
    "women",
    "men",
    "excluded",
    "without_pay",
    "a_mean_gap_annual",
    "a_mean_gap_annual_women",
    "a_mean_gap_annual_men",
    "a_mean_gap_annual_n_women",
    "a_mean_gap_annual_n_men",
    "a_mean_gap_hourly",
    "a_mean_gap_hourly_women",
    "a_mean_gap_hourly_men",
    "a_mean_gap_hourly_n_women",
    "a_mean_gap_hourly_n_men",
    "b_variable_mean_gap",
    "b_variable_mean_gap_women",
    "b_variable_mean_gap_men",
    "b_variable_mean_gap_n_women",
    "b_variable_mean_gap_n_men",
    "c_median_gap_annual",
    "c_median_gap_annual_women",
    "c_median_gap_annual_men",
    "c_median_gap_annual_n_women",
    "c_median_gap_annual_n_men",
    "c_median_gap_hourly",
    "c_median_gap_hourly_women",
    "c_median_gap_hourly_men",
    "c_median_gap_hourly_n_women",
    "c_median_gap_hourly_n_men",
    "d_variable_median_gap",
    "d_variable_median_gap_women",
    "d_variable_median_gap_men",
    "d_variable_median_gap_n_women",
    "d_variable_median_gap_n_men",
    "e_variable_women",
    "e_variable_women_of",
    "e_variable_women_share",
    "e_variable_men",
    "e_variable_men_of",
    "e_variable_men_share",
    "f_basis",
    "f_q1_women",
    "f_q1_men",
    "f_q1_women_share",
    "f_q2_women",
    "f_q2_men",
    "f_q2_women_share",
    "f_q3_women",
    "f_q3_men",
    "f_q3_women_share",
    "f_q4_women",
    "f_q4_men",
    "f_q4_women_share",
    "g_categories",
    "g_joint_assessment_required",
    "uk_relevant_employer",
    "uk_mean_hourly_gap",
    "uk_mean_hourly_gap_n_women",
    "uk_mean_hourly_gap_n_men",
    "uk_median_hourly_gap",
    "uk_mean_bonus_gap",
    "uk_mean_bonus_gap_n_women",
    "uk_mean_bonus_gap_n_men",
    "uk_median_bonus_gap",
    "uk_bonus_women",
    "uk_bonus_women_of",
    "uk_bonus_women_share",
    "uk_bonus_men",
    "uk_bonus_men_of",
    "uk_bonus_men_share",
    "uk_q1_women_share",
    "uk_q2_women_share",
    "uk_q3_women_share",
    "uk_q4_women_share",
    "disclosure_k",
    "small_cell",
    "disclosure_total_suppressed",
    "disclosure_categories_withheld",
    "not_computable",
];

/// The header line of the per-group table, ending with a newline.
pub fn pay_groups_csv_header() -> String {
    let mut s = PAY_GROUPS_CSV_COLUMNS.join(",");
    s.push('\n');
    s
}

/// One group's row of the per-group table, ending with a newline.
///
/// ```
/// use gender_impact::pay::{AnalysisOptions, CsvOptions, PayRules, analyse_by, read_payroll};
/// use gender_impact::report::{PAY_GROUPS_CSV_COLUMNS, pay_group_csv_row};
/// let data = "employer,gender,annual_pay\nA,F,45\nA,M,50\n";
/// let mut o = CsvOptions::default();
/// o.columns.group = Some("employer".into());
/// let read = read_payroll(data.as_bytes(), &o).unwrap();
/// let options = AnalysisOptions { inference: false, ..Default::default() };
/// let rules = PayRules::built_in();
/// let g = analyse_by(&read.payroll, &rules, &options, &[]).unwrap().next().unwrap();
/// let row = pay_group_csv_row(&g);
/// assert_eq!(row.trim_end().split(',').count(), PAY_GROUPS_CSV_COLUMNS.len());
/// // (50 − 45) / 50 = 0.1, on 1 woman and 1 man: a small cell (k = 5).
/// assert!(row.starts_with("A,2,1,1,0,0,0.1,45,50,1,1,"));
/// assert!(row.contains(",5,true,true,"));
/// ```
pub fn pay_group_csv_row(g: &GroupAnalysis) -> String {
    let cells = cells(g);
    debug_assert_eq!(cells.len(), PAY_GROUPS_CSV_COLUMNS.len());
    let mut s = cells.join(",");
    s.push('\n');
    s
}

fn num(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// A text cell, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn text(t: &str) -> String {
    if t.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t.to_string()
    }
}

/// value, women, men, n_women, n_men (all empty when the gap does not apply).
fn gap5(g: Option<&Gap>, out: &mut Vec<String>) {
    match g {
        Some(g) => out.extend([
            num(g.value),
            num(g.women),
            num(g.men),
            g.n_women.to_string(),
            g.n_men.to_string(),
        ]),
        None => out.extend(std::iter::repeat_n(String::new(), 5)),
    }
}

/// value, n_women, n_men.
fn gap3(g: &Gap, out: &mut Vec<String>) {
    out.extend([num(g.value), g.n_women.to_string(), g.n_men.to_string()]);
}

fn count_share(c: &CountShare, out: &mut Vec<String>) {
    out.extend([c.count.to_string(), c.of.to_string(), num(c.share)]);
}

fn band(q: &QuartileBand, out: &mut Vec<String>) {
    out.extend([q.women.to_string(), q.men.to_string(), num(q.women_share)]);
}

fn cells(g: &GroupAnalysis) -> Vec<String> {
    let (a, eu, uk) = (&g.analysis, &g.analysis.eu, &g.analysis.uk);
    let w = &eu.workers;
    let mut out = vec![
        text(&g.group),
        g.rows.to_string(),
        w.women.to_string(),
        w.men.to_string(),
        w.excluded.to_string(),
        eu.without_pay.to_string(),
    ];
    gap5(Some(&eu.a_mean_gap_annual), &mut out);
    gap5(eu.a_mean_gap_hourly.as_ref(), &mut out);
    gap5(Some(&eu.b_variable_mean_gap), &mut out);
    gap5(Some(&eu.c_median_gap_annual), &mut out);
    gap5(eu.c_median_gap_hourly.as_ref(), &mut out);
    gap5(Some(&eu.d_variable_median_gap), &mut out);
    count_share(&eu.e_variable_women, &mut out);
    count_share(&eu.e_variable_men, &mut out);
    out.push(match eu.f_basis {
        crate::pay::Basis::Hourly => "hourly".to_string(),
        _ => "annual".to_string(),
    });
    eu.f_quartiles.iter().for_each(|q| band(q, &mut out));
    let flagged = eu
        .g_categories
        .iter()
        .filter(|c| c.article_10.joint_assessment_required)
        .count();
    out.extend([eu.g_categories.len().to_string(), flagged.to_string()]);
    out.push(uk.relevant_employer.to_string());
    gap3(&uk.mean_hourly_gap, &mut out);
    out.push(num(uk.median_hourly_gap.value));
    gap3(&uk.mean_bonus_gap, &mut out);
    out.push(num(uk.median_bonus_gap.value));
    count_share(&uk.bonus_women, &mut out);
    count_share(&uk.bonus_men, &mut out);
    out.extend(uk.quartiles.iter().map(|q| num(q.women_share)));
    let d = &a.disclosure;
    let k = u64::from(d.k);
    out.extend([
        d.k.to_string(),
        (w.women < k || w.men < k).to_string(),
        d.total_suppressed.to_string(),
        (d.primary.len() + d.complementary.len()).to_string(),
        eu.a_mean_gap_annual
            .not_computable
            .as_ref()
            .map(|r| text(&r.to_string()))
            .unwrap_or_default(),
    ]);
    out
}
