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

use std::borrow::Cow;

use crate::pay::{CountShare, Gap, GapReason, GroupAnalysis, QuartileBand};

/// The kind of a column of the per-group table: how its cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A text that is always there (the group's code, the quartiles' basis).
    Text,
    /// A count (empty when the figure it belongs to does not apply).
    Count,
    /// A figure (empty when not computable or not applicable).
    Figure,
    /// `true` or `false`.
    Flag,
    /// The reason a figure is not computable (empty when it is).
    Reason,
}

/// The columns of the per-group table and their kinds, in order.
pub(super) const COLUMNS: &[(&str, Kind)] = &[
    ("group", Kind::Text),
    ("rows", Kind::Count),
    ("women", Kind::Count),
    ("men", Kind::Count),
    ("excluded", Kind::Count),
    ("without_pay", Kind::Count),
    ("a_mean_gap_annual", Kind::Figure),
    ("a_mean_gap_annual_women", Kind::Figure),
    ("a_mean_gap_annual_men", Kind::Figure),
    ("a_mean_gap_annual_n_women", Kind::Count),
    ("a_mean_gap_annual_n_men", Kind::Count),
    ("a_mean_gap_hourly", Kind::Figure),
    ("a_mean_gap_hourly_women", Kind::Figure),
    ("a_mean_gap_hourly_men", Kind::Figure),
    ("a_mean_gap_hourly_n_women", Kind::Count),
    ("a_mean_gap_hourly_n_men", Kind::Count),
    ("b_variable_mean_gap", Kind::Figure),
    ("b_variable_mean_gap_women", Kind::Figure),
    ("b_variable_mean_gap_men", Kind::Figure),
    ("b_variable_mean_gap_n_women", Kind::Count),
    ("b_variable_mean_gap_n_men", Kind::Count),
    ("c_median_gap_annual", Kind::Figure),
    ("c_median_gap_annual_women", Kind::Figure),
    ("c_median_gap_annual_men", Kind::Figure),
    ("c_median_gap_annual_n_women", Kind::Count),
    ("c_median_gap_annual_n_men", Kind::Count),
    ("c_median_gap_hourly", Kind::Figure),
    ("c_median_gap_hourly_women", Kind::Figure),
    ("c_median_gap_hourly_men", Kind::Figure),
    ("c_median_gap_hourly_n_women", Kind::Count),
    ("c_median_gap_hourly_n_men", Kind::Count),
    ("d_variable_median_gap", Kind::Figure),
    ("d_variable_median_gap_women", Kind::Figure),
    ("d_variable_median_gap_men", Kind::Figure),
    ("d_variable_median_gap_n_women", Kind::Count),
    ("d_variable_median_gap_n_men", Kind::Count),
    ("e_variable_women", Kind::Count),
    ("e_variable_women_of", Kind::Count),
    ("e_variable_women_share", Kind::Figure),
    ("e_variable_men", Kind::Count),
    ("e_variable_men_of", Kind::Count),
    ("e_variable_men_share", Kind::Figure),
    ("f_basis", Kind::Text),
    ("f_q1_women", Kind::Count),
    ("f_q1_men", Kind::Count),
    ("f_q1_women_share", Kind::Figure),
    ("f_q2_women", Kind::Count),
    ("f_q2_men", Kind::Count),
    ("f_q2_women_share", Kind::Figure),
    ("f_q3_women", Kind::Count),
    ("f_q3_men", Kind::Count),
    ("f_q3_women_share", Kind::Figure),
    ("f_q4_women", Kind::Count),
    ("f_q4_men", Kind::Count),
    ("f_q4_women_share", Kind::Figure),
    ("g_categories", Kind::Count),
    ("g_joint_assessment_required", Kind::Count),
    ("uk_relevant_employer", Kind::Flag),
    ("uk_mean_hourly_gap", Kind::Figure),
    ("uk_mean_hourly_gap_n_women", Kind::Count),
    ("uk_mean_hourly_gap_n_men", Kind::Count),
    ("uk_median_hourly_gap", Kind::Figure),
    ("uk_mean_bonus_gap", Kind::Figure),
    ("uk_mean_bonus_gap_n_women", Kind::Count),
    ("uk_mean_bonus_gap_n_men", Kind::Count),
    ("uk_median_bonus_gap", Kind::Figure),
    ("uk_bonus_women", Kind::Count),
    ("uk_bonus_women_of", Kind::Count),
    ("uk_bonus_women_share", Kind::Figure),
    ("uk_bonus_men", Kind::Count),
    ("uk_bonus_men_of", Kind::Count),
    ("uk_bonus_men_share", Kind::Figure),
    ("uk_q1_women_share", Kind::Figure),
    ("uk_q2_women_share", Kind::Figure),
    ("uk_q3_women_share", Kind::Figure),
    ("uk_q4_women_share", Kind::Figure),
    ("disclosure_k", Kind::Count),
    ("small_cell", Kind::Flag),
    ("disclosure_total_suppressed", Kind::Flag),
    ("disclosure_categories_withheld", Kind::Count),
    ("not_computable", Kind::Reason),
];

/// The columns of the per-group table, in order (documented in REFERENCE.md).
pub const PAY_GROUPS_CSV_COLUMNS: &[&str] = &names::<{ COLUMNS.len() }>();

const fn names<const N: usize>() -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = COLUMNS[i].0;
        i += 1;
    }
    out
}

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
    let mut s = String::with_capacity(16 * COLUMNS.len());
    // Each cell written as it comes, with no vector of cells in between.
    let mut first = true;
    each_cell(g, &mut |cell| {
        if !first {
            s.push(',');
        }
        first = false;
        cell.write_csv(&mut s);
    });
    s.push('\n');
    s
}

/// One cell of the per-group table, typed.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell<'a> {
    Text(&'a str),
    Count(Option<u64>),
    Figure(Option<f64>),
    Flag(bool),
    Reason(Option<Cow<'a, str>>),
}

impl Cell<'_> {
    /// The kind of column the cell belongs in.
    #[cfg(any(test, feature = "parquet"))]
    pub(super) fn kind(&self) -> Kind {
        match self {
            Cell::Text(_) => Kind::Text,
            Cell::Count(_) => Kind::Count,
            Cell::Figure(_) => Kind::Figure,
            Cell::Flag(_) => Kind::Flag,
            Cell::Reason(_) => Kind::Reason,
        }
    }

    /// Writes the cell as in the CSV table: nothing for a value that is not there. Counts are
    /// written by `itoa` and texts pushed as they are, not through `format!`'s machinery (which
    /// took two fifths of the time of a small employer's row).
    fn write_csv(&self, out: &mut String) {
        match self {
            Cell::Text(t) => push_text(t, out),
            Cell::Reason(Some(t)) => push_text(t, out),
            Cell::Count(Some(n)) => out.push_str(itoa::Buffer::new().format(*n)),
            Cell::Figure(Some(x)) => {
                use std::fmt::Write;
                // Writing to a String cannot fail.
                let _ = write!(out, "{x}");
            }
            Cell::Flag(b) => out.push_str(if *b { "true" } else { "false" }),
            Cell::Count(None) | Cell::Figure(None) | Cell::Reason(None) => {}
        }
    }
}

fn count(n: impl Into<u64>) -> Cell<'static> {
    Cell::Count(Some(n.into()))
}

/// A text cell, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn push_text(t: &str, out: &mut String) {
    if t.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&t.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(t);
    }
}

/// The English text of why the overall mean gap is not computable: the fixed reasons are
/// rendered by the message catalogue once, not once per group (most groups of a national
/// extract have one or two workers, and so no such gap).
fn reason_text(r: &GapReason) -> Cow<'static, str> {
    static FIXED: std::sync::OnceLock<[String; 6]> = std::sync::OnceLock::new();
    let fixed = FIXED.get_or_init(|| {
        [
            GapReason::NoValue,
            GapReason::NoWomenNoMen,
            GapReason::NoMen,
            GapReason::NoWomen,
            GapReason::MenZero,
            GapReason::MenTiny,
        ]
        .map(|r| r.to_string())
    });
    let i = match r {
        GapReason::NoValue => 0,
        GapReason::NoWomenNoMen => 1,
        GapReason::NoMen => 2,
        GapReason::NoWomen => 3,
        GapReason::MenZero => 4,
        GapReason::MenTiny => 5,
        other => return Cow::Owned(other.to_string()),
    };
    Cow::Borrowed(fixed[i].as_str())
}

/// value, women, men, n_women, n_men (all empty when the gap does not apply).
fn gap5<'a>(g: Option<&Gap>, f: &mut impl FnMut(Cell<'a>)) {
    match g {
        Some(g) => {
            f(Cell::Figure(g.value));
            f(Cell::Figure(g.women));
            f(Cell::Figure(g.men));
            f(count(g.n_women));
            f(count(g.n_men));
        }
        None => {
            (0..3).for_each(|_| f(Cell::Figure(None)));
            (0..2).for_each(|_| f(Cell::Count(None)));
        }
    }
}

/// value, n_women, n_men.
fn gap3<'a>(g: &Gap, f: &mut impl FnMut(Cell<'a>)) {
    f(Cell::Figure(g.value));
    f(count(g.n_women));
    f(count(g.n_men));
}

fn count_share<'a>(c: &CountShare, f: &mut impl FnMut(Cell<'a>)) {
    f(count(c.count));
    f(count(c.of));
    f(Cell::Figure(c.share));
}

fn band<'a>(q: &QuartileBand, f: &mut impl FnMut(Cell<'a>)) {
    f(count(q.women));
    f(count(q.men));
    f(Cell::Figure(q.women_share));
}

/// The cells of one group's row, in the order of [`COLUMNS`] (for the Parquet table).
#[cfg(any(test, feature = "parquet"))]
pub(super) fn cells(g: &GroupAnalysis) -> Vec<Cell<'_>> {
    let mut out = Vec::with_capacity(COLUMNS.len());
    each_cell(g, &mut |c| out.push(c));
    debug_assert_eq!(out.len(), COLUMNS.len());
    out
}

/// Hands each cell of one group's row to `f`, in the order of [`COLUMNS`].
fn each_cell<'a>(g: &'a GroupAnalysis, f: &mut impl FnMut(Cell<'a>)) {
    let (a, eu, uk) = (&g.analysis, &g.analysis.eu, &g.analysis.uk);
    let w = &eu.workers;
    f(Cell::Text(&g.group));
    f(count(g.rows));
    f(count(w.women));
    f(count(w.men));
    f(count(w.excluded));
    f(count(eu.without_pay));
    gap5(Some(&eu.a_mean_gap_annual), f);
    gap5(eu.a_mean_gap_hourly.as_ref(), f);
    gap5(Some(&eu.b_variable_mean_gap), f);
    gap5(Some(&eu.c_median_gap_annual), f);
    gap5(eu.c_median_gap_hourly.as_ref(), f);
    gap5(Some(&eu.d_variable_median_gap), f);
    count_share(&eu.e_variable_women, f);
    count_share(&eu.e_variable_men, f);
    f(Cell::Text(match eu.f_basis {
        crate::pay::Basis::Hourly => "hourly",
        _ => "annual",
    }));
    eu.f_quartiles.iter().for_each(|q| band(q, f));
    let flagged = eu
        .g_categories
        .iter()
        .filter(|c| c.article_10.joint_assessment_required)
        .count();
    f(count(eu.g_categories.len() as u64));
    f(count(flagged as u64));
    f(Cell::Flag(uk.relevant_employer));
    gap3(&uk.mean_hourly_gap, f);
    f(Cell::Figure(uk.median_hourly_gap.value));
    gap3(&uk.mean_bonus_gap, f);
    f(Cell::Figure(uk.median_bonus_gap.value));
    count_share(&uk.bonus_women, f);
    count_share(&uk.bonus_men, f);
    uk.quartiles
        .iter()
        .for_each(|q| f(Cell::Figure(q.women_share)));
    let d = &a.disclosure;
    let k = u64::from(d.k);
    f(count(d.k));
    f(Cell::Flag(w.women < k || w.men < k));
    f(Cell::Flag(d.total_suppressed));
    f(count((d.primary.len() + d.complementary.len()) as u64));
    let reason = eu.a_mean_gap_annual.not_computable.as_ref();
    f(Cell::Reason(reason.map(reason_text)));
}

#[cfg(test)]
mod tests {
    use super::{COLUMNS, PAY_GROUPS_CSV_COLUMNS, cells, pay_group_csv_row};
    use crate::pay::{
        AnalysisOptions, CsvOptions, GroupAnalysis, PayRules, analyse_by, read_payroll,
    };

    /// The groups of a CSV payroll grouped by its `employer` column (`hourly`: the hourly pay
    /// column, if any), analysed without inference.
    fn groups(data: &str, hourly: Option<&str>) -> Vec<GroupAnalysis> {
        let mut o = CsvOptions::default();
        o.columns.group = Some("employer".into());
        o.columns.hourly_pay = hourly.map(str::to_string);
        let read = read_payroll(data.as_bytes(), &o).unwrap();
        let options = AnalysisOptions {
            inference: false,
            ..Default::default()
        };
        let rules = PayRules::built_in();
        analyse_by(&read.payroll, &rules, &options, &[])
            .unwrap()
            .collect()
    }

    /// A code with a comma and a quote is quoted as RFC 4180 says, and the reason a group's gap
    /// is not computable is written in English, for each group (the fixed texts are kept).
    #[test]
    fn codes_are_quoted_and_reasons_written() {
        let data = "employer,gender,annual_pay\n\"A,\"\"1\",F,45\nB,M,50\nC,M,52\n";
        let rows: Vec<String> = groups(data, None).iter().map(pay_group_csv_row).collect();
        // The code A,"1 (one woman, no man), then B and C (one man, no woman).
        assert!(rows[0].starts_with("\"A,\"\"1\",1,1,0,0,0,"), "{}", rows[0]);
        assert!(rows[0].ends_with(",no men in the group\n"), "{}", rows[0]);
        for row in &rows[1..] {
            assert!(row.ends_with(",no women in the group\n"), "{row}");
            assert_eq!(row.matches(',').count(), COLUMNS.len() - 1);
        }
    }

    /// Every row's cells are of their column's kind, with and without hourly figures (whose
    /// counts are then empty), and a group of one sex (its gaps not computable).
    #[test]
    fn cells_are_of_their_columns_kind() {
        let data = "employer,gender,annual_pay,hourly_pay\nA,F,45,20\nA,M,50,22\nB,F,40,18\n";
        for hourly in [None, Some("hourly_pay")] {
            for g in groups(data, hourly) {
                let kinds: Vec<_> = cells(&g).iter().map(|c| c.kind()).collect();
                let want: Vec<_> = COLUMNS.iter().map(|c| c.1).collect();
                assert_eq!(kinds, want, "group {}", g.group);
            }
        }
        assert_eq!(PAY_GROUPS_CSV_COLUMNS.len(), COLUMNS.len());
        assert_eq!(PAY_GROUPS_CSV_COLUMNS[80], "not_computable");
    }
}
