//! The exact functions give, for every employer, the figures the library gives for the
//! employer's rows (`analyse_by`, what `gia pay --group employer` prints), to 1e-12.

use gender_impact::pay::{AnalysisOptions, Basis, CsvOptions, PayRules, analyse_by, read_payroll};

use super::dataset::{Row, Stream, csv, employer, floats, session, texts, write_parquet};

/// Twelve employers: large and small, balanced and not, pay in cents or in steps of 1,000
/// (ties), one with women only, one with men only, one of two people (empty bands).
fn rows() -> Vec<Row> {
    let mut s = Stream::new(2023);
    let mut rows = Vec::new();
    let specs: [(&str, usize, f64, f64, f64, f64); 12] = [
        ("E01", 3000, 0.5, 42_000.0, 0.12, 0.01),
        ("E02", 1200, 0.7, 35_000.0, 0.05, 1_000.0),
        ("E03", 800, 0.3, 61_000.0, 0.20, 0.01),
        ("E04", 400, 0.5, 28_000.0, -0.04, 500.0),
        ("E05", 97, 0.45, 39_000.0, 0.08, 0.01),
        ("E06", 33, 0.6, 30_000.0, 0.10, 2_000.0),
        ("E07", 9, 0.5, 25_000.0, 0.00, 1_000.0),
        ("E08", 5, 0.5, 50_000.0, 0.15, 0.01),
        ("E09", 2500, 0.52, 47_000.0, 0.09, 100.0),
        ("E10", 1500, 0.48, 33_000.0, 0.11, 0.01),
        ("E11", 40, 1.0, 31_000.0, 0.0, 0.01),
        ("E12", 40, 0.0, 31_000.0, 0.0, 0.01),
    ];
    for (code, n, women, median, premium, step) in specs {
        rows.extend(employer(&mut s, code, n, women, median, premium, step));
    }
    // A woman and a man alone: bands 1 and 3 are empty.
    for (gender, pay) in [("woman", 30_000.0), ("man", 40_000.0)] {
        rows.push(Row {
            employer: "E13".into(),
            gender,
            pay: Some(pay),
        });
    }
    // Shuffle, so that each file holds every employer's rows in no particular order.
    for i in (1..rows.len()).rev() {
        let j = (s.next_u64() % (i as u64 + 1)) as usize;
        rows.swap(i, j);
    }
    rows
}

/// The library's figures per employer: (code, mean gap, median gap, women's share of bands 1–4).
type Figures = (String, Option<f64>, Option<f64>, [Option<f64>; 4]);

fn library_figures(rows: &[Row]) -> Vec<Figures> {
    let data = csv(rows);
    let mut o = CsvOptions::default();
    o.columns.group = Some("employer".into());
    let read = read_payroll(data.as_bytes(), &o).unwrap();
    let options = AnalysisOptions {
        inference: false,
        ..Default::default()
    };
    let rules = PayRules::built_in();
    analyse_by(&read.payroll, &rules, &options, &[])
        .unwrap()
        .map(|g| {
            let eu = &g.analysis.eu;
            // No hourly pay in the data: the bands rank by the annual pay level, as the SQL does.
            assert_eq!(eu.f_basis, Basis::Annual);
            let shares = eu.f_quartiles.map(|b| b.women_share);
            let gaps = (eu.a_mean_gap_annual.value, eu.c_median_gap_annual.value);
            (g.group, gaps.0, gaps.1, shares)
        })
        .collect()
}

fn assert_close(what: &str, employer: &str, sql: Option<f64>, library: Option<f64>) {
    match (sql, library) {
        (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-12, "{employer} {what}: {a} vs {b}"),
        (a, b) => assert_eq!(a, b, "{employer} {what}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_employer_as_the_library_computes_it() {
    let rows = rows();
    let dir = tempfile::tempdir().unwrap();
    write_parquet(dir.path(), &rows, 5, 700);
    let ctx = session(dir.path()).await;
    let sql = "SELECT employer, pay_gap_mean(pay, gender), pay_gap_median(pay, gender), \
               quartile_women_share(pay, gender, 1), quartile_women_share(pay, gender, 2), \
               quartile_women_share(pay, gender, 3), quartile_women_share(pay, gender, 4) \
               FROM payroll GROUP BY employer ORDER BY employer";
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let employers = texts(&batches, 0);
    let columns: Vec<Vec<Option<f64>>> = (1..=6).map(|c| floats(&batches, c)).collect();
    let library = library_figures(&rows);
    assert_eq!(employers.len(), 13);
    assert_eq!(
        employers,
        library.iter().map(|f| f.0.clone()).collect::<Vec<_>>()
    );
    for (i, (code, mean, median, shares)) in library.iter().enumerate() {
        assert_close("mean gap", code, columns[0][i], *mean);
        assert_close("median gap", code, columns[1][i], *median);
        for b in 0..4 {
            assert_close(
                &format!("band {}", b + 1),
                code,
                columns[2 + b][i],
                shares[b],
            );
        }
    }
    // The controls the comparison rests on: figures exist, and the NULL rules are met.
    let at = |code: &str| employers.iter().position(|e| e == code).unwrap();
    assert!(columns[0][at("E01")].unwrap() > 0.05);
    assert_eq!(columns[0][at("E11")], None, "women only: no gap");
    assert_eq!(columns[1][at("E12")], None, "men only: no gap");
    assert_eq!(
        columns[5][at("E11")],
        Some(1.0),
        "women only: band 4 all women"
    );
    assert_eq!(
        columns[5][at("E12")],
        Some(0.0),
        "men only: no woman in band 4"
    );
    assert_eq!(columns[2][at("E13")], None, "two people: band 1 empty");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_has_a_partial_and_a_final_phase_in_four_partitions() {
    let rows = rows();
    let dir = tempfile::tempdir().unwrap();
    write_parquet(dir.path(), &rows, 5, 700);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 5);
    let ctx = session(dir.path()).await;
    let sql = "EXPLAIN SELECT employer, pay_gap_median(pay, gender) FROM payroll GROUP BY employer";
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let plan = texts(&batches, 1).join("\n");
    assert!(plan.contains("AggregateExec: mode=Partial"), "{plan}");
    assert!(
        plan.contains("AggregateExec: mode=FinalPartitioned"),
        "{plan}"
    );
    // The final phase runs in four partitions, fed by the partial phase's four.
    assert!(
        plan.contains("partitioning=Hash([employer@0], 4), input_partitions=4"),
        "{plan}"
    );
}

#[tokio::test]
async fn a_null_pay_leaves_the_row_out_and_a_group_of_one_gender_gives_null() {
    // By hand: women 30, 40 (mean 35), men 50: (50 − 35) / 50 = 0.3; the NULL pays are
    // left out (with them counted as 0 the gap would be 0.5 or 1).
    let rows = [
        ("A", "woman", Some(30.0)),
        ("A", "woman", Some(40.0)),
        ("A", "woman", None),
        ("A", "man", Some(50.0)),
        ("A", "man", None),
        ("B", "woman", Some(10.0)),
        ("B", "undisclosed", Some(99.0)),
    ]
    .map(|(employer, gender, pay)| Row {
        employer: employer.into(),
        gender,
        pay,
    });
    let dir = tempfile::tempdir().unwrap();
    write_parquet(dir.path(), &rows, 2, 2);
    let ctx = session(dir.path()).await;
    let sql = "SELECT employer, pay_gap_mean(pay, gender), pay_gap_median(pay, gender), \
               approx_pay_gap_median(pay, gender) FROM payroll GROUP BY employer ORDER BY employer";
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let mean = floats(&batches, 1);
    assert!((mean[0].unwrap() - 0.3).abs() < 1e-15);
    assert!((floats(&batches, 2)[0].unwrap() - 0.3).abs() < 1e-15);
    assert_eq!(mean[1], None);
    assert_eq!(floats(&batches, 2)[1], None);
    assert_eq!(floats(&batches, 3)[1], None);
}
