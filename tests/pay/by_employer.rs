//! `pay::analyse_by`: per-employer figures against pandas (the extract and its reference are
//! written by `tests/reference/gen_by_employer_reference.py`), and against the analysis of each
//! employer's rows alone, in any row order (property).

use gender_impact::pay::{
    AnalysisOptions, CsvOptions, GroupAnalysis, PayAnalysis, PayRules, analyse_by, analyse_payroll,
    read_payroll,
};
use proptest::prelude::*;
use serde_json::Value;

fn options() -> CsvOptions {
    let mut o = CsvOptions::default();
    o.columns.gender = "sex".into();
    o.columns.variable_pay = vec!["bonus".into()];
    o.columns.category = Some("category".into());
    o.columns.group = Some("employer".into());
    o
}

fn no_inference() -> AnalysisOptions {
    AnalysisOptions {
        inference: false,
        ..Default::default()
    }
}

fn groups(csv: &str) -> Vec<GroupAnalysis> {
    analysed(read_payroll(csv.as_bytes(), &options()).unwrap())
}

fn analysed(read: gender_impact::pay::PayrollCsv) -> Vec<GroupAnalysis> {
    let rules = PayRules::built_in();
    analyse_by(&read.payroll, &rules, &no_inference(), &read.assumptions)
        .unwrap()
        .collect()
}

/// `got` and pandas' `want` (null: not computable) agree to 1e-9.
fn close(got: Option<f64>, want: &Value, what: &str) {
    match (got, want.as_f64()) {
        (None, None) => {}
        (Some(g), Some(w)) => assert!(
            (g - w).abs() <= 1e-9 * w.abs().max(1.0),
            "{what}: {g} vs {w}"
        ),
        _ => panic!("{what}: {got:?} vs {want}"),
    }
}

#[test]
fn per_employer_figures_agree_with_pandas() {
    let csv = std::fs::read_to_string("tests/fixtures/by_employer/extract.csv").unwrap();
    agree_with_pandas(&groups(&csv));
}

/// The same rows written as Parquet (with the `parquet` crate's writer: `employer`, `sex`,
/// `category` and `region` as UTF8 text, the empty cells null; `annual_pay` as DOUBLE, `bonus`
/// as DECIMAL(18, 2) in INT64; row groups of 97 rows, so that employers straddle them), read
/// by `read_payroll_parquet`: the same figures, against the same pandas reference.
#[cfg(feature = "parquet")]
#[test]
fn per_employer_figures_from_parquet_agree_with_pandas() {
    use crate::support::parquet::{As, Layout, csv_to_parquet};
    let csv = std::fs::read_to_string("tests/fixtures/by_employer/extract.csv").unwrap();
    let path = crate::support::scratch_dir("by_employer_parquet").join("extract.parquet");
    let kind = |name: &str| match name {
        "annual_pay" => As::Double,
        "bonus" => As::Decimal(2),
        _ => As::Text,
    };
    let layout = Layout {
        rows_per_group: 97,
        ..Layout::default()
    };
    csv_to_parquet(&csv, &path, kind, &layout);
    let read = gender_impact::pay::read_payroll_parquet(&path, &options()).unwrap();
    assert_eq!(read.rows, 2400);
    agree_with_pandas(&analysed(read));
}

/// Each employer's figures agree with pandas' (`tests/reference/by_employer_reference.json`).
fn agree_with_pandas(got: &[GroupAnalysis]) {
    let reference: serde_json::Map<String, Value> = serde_json::from_str(
        &std::fs::read_to_string("tests/reference/by_employer_reference.json").unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = got.iter().map(|g| g.group.as_str()).collect();
    let want: Vec<&str> = reference.keys().map(String::as_str).collect();
    assert_eq!(names, want, "every employer, in byte order");
    for g in got {
        let r = &reference[&g.group];
        let eu = &g.analysis.eu;
        let at = |what: &str| format!("{} {what}", g.group);
        assert_eq!(g.rows, r["rows"].as_u64().unwrap());
        assert_eq!(eu.workers.women, r["women"].as_u64().unwrap());
        assert_eq!(eu.workers.men, r["men"].as_u64().unwrap());
        assert_eq!(eu.workers.excluded, r["excluded"].as_u64().unwrap());
        let a = &eu.a_mean_gap_annual;
        close(a.value, &r["mean_gap"], &at("mean gap"));
        close(a.women, &r["women_mean"], &at("women's mean"));
        close(a.men, &r["men_mean"], &at("men's mean"));
        let c = &eu.c_median_gap_annual;
        close(c.value, &r["median_gap"], &at("median gap"));
        close(c.women, &r["women_median"], &at("women's median"));
        close(c.men, &r["men_median"], &at("men's median"));
        close(
            eu.b_variable_mean_gap.value,
            &r["bonus_mean_gap"],
            &at("bonus mean gap"),
        );
        close(
            eu.d_variable_median_gap.value,
            &r["bonus_median_gap"],
            &at("bonus median gap"),
        );
        assert_eq!(
            eu.e_variable_women.count,
            r["bonus_women"].as_u64().unwrap()
        );
        assert_eq!(eu.e_variable_men.count, r["bonus_men"].as_u64().unwrap());
        for (q, band) in eu.f_quartiles.iter().zip(r["bands"].as_array().unwrap()) {
            assert_eq!(q.women, band["women"].as_u64().unwrap(), "{}", at("band"));
            assert_eq!(q.women + q.men, band["people"].as_u64().unwrap());
        }
    }
    // The employers of one sex only (E000057-E000059 by design, and small ones by chance) are
    // listed, with the reason.
    let reasons: Vec<(&str, String)> = got
        .iter()
        .filter_map(|g| {
            let why = g.analysis.eu.a_mean_gap_annual.not_computable.as_ref()?;
            Some((g.group.as_str(), why.to_string()))
        })
        .collect();
    let expected: Vec<(&str, String)> = reference
        .iter()
        .filter_map(|(e, r)| match (r["women"].as_u64(), r["men"].as_u64()) {
            (Some(0), _) => Some((e.as_str(), "no women in the group".to_string())),
            (_, Some(0)) => Some((e.as_str(), "no men in the group".to_string())),
            _ => None,
        })
        .collect();
    assert_eq!(reasons, expected);
    for e in ["E000057", "E000058", "E000059"] {
        assert!(reasons.iter().any(|(g, _)| *g == e), "{e}");
    }
}

/// The analysis of `rows` alone (a CSV of them, read without the group column).
fn alone(header: &str, rows: &[&str]) -> PayAnalysis {
    let text = std::iter::once(header)
        .chain(rows.iter().copied())
        .collect::<Vec<_>>()
        .join("\n");
    let mut o = options();
    o.columns.group = None;
    let read = read_payroll(text.as_bytes(), &o).unwrap();
    analyse_payroll(
        &read.payroll,
        &[],
        &PayRules::built_in(),
        &no_inference(),
        read.assumptions,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Each group's analysis is `analyse_payroll` on the group's rows alone, whatever the order
    /// of the rows in the file.
    #[test]
    fn each_group_is_its_rows_alone(
        rows in prop::collection::vec(
            (0u8..5, prop::sample::select(vec!["F", "M", "X"]), 0u32..2000, 0u32..3, 0u8..4),
            1..80,
        ),
        seed in any::<u64>(),
    ) {
        let header = "employer,sex,annual_pay,bonus,category";
        let lines: Vec<String> = rows
            .iter()
            .map(|(e, s, pay, bonus, cat)| {
                let cat = if *cat == 3 { String::new() } else { format!("C{cat}") };
                format!("G{e},{s},{}.5,{},{cat}", pay, bonus * 100)
            })
            .collect();
        // The same rows shuffled: the groups' figures do not change.
        let mut shuffled = lines.clone();
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            shuffled.swap(i, (x >> 33) as usize % (i + 1));
        }
        let file = |ls: &[String]| format!("{header}\n{}\n", ls.join("\n"));
        let by = groups(&file(&lines));
        let by_shuffled = groups(&file(&shuffled));
        prop_assert_eq!(&by, &by_shuffled);
        let mut codes: Vec<&str> = lines.iter().map(|l| &l[..2]).collect();
        codes.sort_unstable();
        codes.dedup();
        prop_assert_eq!(by.len(), codes.len());
        for g in &by {
            let own: Vec<&str> = lines
                .iter()
                .filter(|l| l.starts_with(&format!("{},", g.group)))
                .map(|l| &l[3..])
                .collect();
            let expected = alone("sex,annual_pay,bonus,category", &own);
            prop_assert_eq!(&g.analysis, &expected);
            prop_assert_eq!(g.rows, own.len() as u64);
        }
    }
}

#[test]
fn a_payroll_without_a_group_column_is_refused() {
    let mut o = options();
    o.columns.group = None;
    let read = read_payroll("sex,annual_pay,bonus,category\nF,1,0,\n".as_bytes(), &o).unwrap();
    let rules = PayRules::built_in();
    let e = analyse_by(&read.payroll, &rules, &no_inference(), &[]).err();
    assert_eq!(e, Some(gender_impact::pay::ByGroupError::NoGroupColumn));
}

/// Pay in a column found to have a decimal comma: `3.000` is three thousand, though it reads as
/// a plain decimal with a point. By hand: E2's mean gap is (4,500 - 3,000) /
/// 4,500 = 1/3 (read as 3.0 it would be 0.99933).
#[test]
fn pay_with_a_decimal_comma_is_read_as_such_per_employer() {
    let text = "employer;sex;annual_pay;bonus;category\n\
                E1;F;1.234;0;A\n\
                E1;M;2.000,50;0;A\n\
                E2;F;3.000;0;A\n\
                E2;M;4500;0;A\n";
    let g = groups(text);
    let e2 = g.iter().find(|g| g.group == "E2").unwrap();
    let gap = e2.analysis.eu.a_mean_gap_annual.value.unwrap();
    assert!((gap - 1.0 / 3.0).abs() < 1e-12, "{gap}");
    let e1 = g.iter().find(|g| g.group == "E1").unwrap();
    let gap = e1.analysis.eu.a_mean_gap_annual.value.unwrap();
    assert!((gap - (2000.5 - 1234.0) / 2000.5).abs() < 1e-12, "{gap}");
}

#[test]
fn an_empty_employer_cell_is_an_error_at_its_line_and_column() {
    let text = "employer,sex,annual_pay,bonus,category\nE1,F,10,0,\n ,M,12,0,\n";
    let e = read_payroll(text.as_bytes(), &options()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 3, column 1 (employer): expected the code of the row's group (--by), found an \
         empty cell: every row must name its employer\n"
    );
}

/// Wrong employer cells among blank lines, rows of the wrong width and other problems: each is
/// reported at its own line, in file order (the employer codes are interned on the thread that
/// splits the file, the other cells on the other thread).
#[test]
fn wrong_employer_cells_are_reported_in_order_among_other_problems() {
    let mut text = String::from("employer,sex,annual_pay,bonus,category\n");
    text.push_str("E1,F,10,0,\n"); // line 2
    text.push_str(" ,M,12,0,\n"); // line 3: empty employer
    text.push('\n'); // line 4: blank
    text.push_str("E2,M,12\n"); // line 5: three fields
    text.push_str("E2,F,abc,0,\n"); // line 6: a pay that is not a number
    text.push_str("\"\",F,11,0,\n"); // line 7: empty employer, quoted
    text.push_str("   \r\n"); // line 8: blank, with a carriage return
    text.push_str(",M,9,0,\n"); // line 9: empty employer
    let e = read_payroll(text.as_bytes(), &options()).unwrap_err();
    let text = e.to_string();
    let places: Vec<&str> = text.lines().filter_map(|l| l.split(':').next()).collect();
    assert_eq!(
        places,
        [
            "line 3, column 1 (employer)",
            "line 5",
            "line 6, column 3 (annual_pay)",
            "line 7, column 1 (employer)",
            "line 9, column 1 (employer)",
        ],
        "{text}"
    );
}

/// `map_each` hands out, in order, what the iterator gives, across batches (over 1,024 groups),
/// also after some groups were taken with `next`; its length is exact throughout.
#[test]
fn map_each_gives_the_iterators_groups_in_order() {
    let mut csv = String::from("employer,sex,annual_pay,bonus,category\n");
    for i in 0..2_500u32 {
        // Interleaved: employer i's two rows are far apart in the file.
        csv.push_str(&format!("E{i:05},F,{}.25,0,C{}\n", 20_000 + i, i % 3));
    }
    for i in 0..2_500u32 {
        csv.push_str(&format!(
            "E{i:05},M,{},{},C{}\n",
            30_000 + 7 * i,
            i % 5,
            i % 3
        ));
    }
    let read = read_payroll(csv.as_bytes(), &options()).unwrap();
    let rules = PayRules::built_in();
    let by = || analyse_by(&read.payroll, &rules, &no_inference(), &read.assumptions).unwrap();
    let all: Vec<GroupAnalysis> = by().collect();
    assert_eq!(all.len(), 2_500);
    let mut it = by();
    let first: Vec<GroupAnalysis> = it.by_ref().take(3).collect();
    let mut rest = it.map_each(|g| (g.group.clone(), g));
    assert_eq!(rest.len(), 2_497);
    // Exact after taking part of a batch, and across the batch boundary (1,024 groups).
    let mut taken: Vec<(String, GroupAnalysis)> = rest.by_ref().take(1_018).collect();
    assert_eq!(rest.len(), 2_497 - 1_018);
    taken.extend(rest.by_ref().take(500));
    assert_eq!(rest.len(), 2_497 - 1_518);
    taken.extend(rest);
    let rest = taken;
    assert_eq!(first, all[..3]);
    assert_eq!(rest.len(), 2_497);
    for ((code, g), want) in rest.iter().zip(&all[3..]) {
        assert_eq!((code, g), (&want.group, want));
    }
    // E00004: women 20,004.25 + 0; men 30,028 + a bonus of 4 (annual pay is base plus
    // variable): (30,032 − 20,004.25) / 30,032 = 0.333902…
    let e4 = &rest[1].1;
    assert_eq!(e4.group, "E00004");
    let gap = e4.analysis.eu.a_mean_gap_annual.value.unwrap();
    assert!(
        (gap - (30_032.0 - 20_004.25) / 30_032.0).abs() < 1e-12,
        "{gap}"
    );
}
