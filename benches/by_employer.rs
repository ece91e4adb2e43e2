//! Issue 14: per-employer figures of a national-style extract, 3,000,000 rows over about 90,000
//! employers of very different sizes, rows interleaved: parse, validate, group and analyse every
//! employer (Article 9, Article 10 per category, the UK figures, disclosure control), one core.
//!
//! Run: `taskset -c 0 cargo bench --bench by_employer`. The CSV is generated in memory (the
//! columns of `tests/reference/gen_by_employer_reference.py`: employer, sex, annual_pay, bonus,
//! category, region; employer sizes by a Zipf-like law), deterministically. The whole-process
//! figures against DuckDB, on the file the Python generator writes, are in BENCHMARKS.md.
//!
//! With the `parquet` feature (on by default), the same extract is also written as Parquet (the
//! tests' writer, `tests/support/parquet.rs`: texts UTF8, amounts DOUBLE, snappy, row groups of
//! 1,000,000 rows) to the target's temporary directory and read with `read_payroll_parquet`.

#[cfg(feature = "parquet")]
#[path = "../tests/support/parquet.rs"]
#[allow(dead_code)]
mod parquet_writer;

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gender_impact::pay::{AnalysisOptions, CsvOptions, PayRules, analyse_by, read_payroll};

const ROWS: usize = 3_000_000;
const EMPLOYERS: usize = 90_000;

/// The extract: row `i`'s employer drawn by inverse transform from weights 1/(e + 1)^1.3.
fn extract() -> String {
    let weights: Vec<f64> = (0..EMPLOYERS)
        .map(|e| 1.0 / (e as f64 + 1.0).powf(1.3))
        .collect();
    let total: f64 = weights.iter().sum();
    let mut cumulative = Vec::with_capacity(EMPLOYERS);
    let mut acc = 0.0;
    for w in &weights {
        acc += w / total;
        cumulative.push(acc);
    }
    let mut x: u64 = 14;
    let mut next = || {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (x >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut s = String::with_capacity(ROWS * 40);
    s.push_str("employer,sex,annual_pay,bonus,category,region\n");
    for _ in 0..ROWS {
        let e = cumulative
            .partition_point(|&c| c < next())
            .min(EMPLOYERS - 1);
        let u = next();
        let sex = if u < 0.48 {
            "F"
        } else if u < 0.99 {
            "M"
        } else {
            "X"
        };
        let pay = (22_000.0 + (e % 17) as f64 * 1_500.0) * (0.6 + 0.8 * next());
        let bonus = if next() < 0.3 {
            100.0 + 8_900.0 * next()
        } else {
            0.0
        };
        let cat = ["C1", "C2", "C3", "C4", ""][(next() * 5.0) as usize % 5];
        let _ = writeln!(s, "E{e:06},{sex},{pay:.2},{bonus:.2},{cat},");
    }
    s
}

fn options() -> CsvOptions {
    let mut o = CsvOptions::default();
    o.columns.gender = "sex".into();
    o.columns.variable_pay = vec!["bonus".into()];
    o.columns.category = Some("category".into());
    o.columns.group = Some("employer".into());
    o
}

fn bench(c: &mut Criterion) {
    let csv = extract();
    let (o, rules) = (options(), PayRules::built_in());
    let analysis = AnalysisOptions {
        inference: false,
        ..Default::default()
    };
    let read = read_payroll(csv.as_bytes(), &o).expect("the generated CSV is valid");
    let groups = analyse_by(&read.payroll, &rules, &analysis, &[])
        .unwrap()
        .len();
    println!(
        "extract: {ROWS} rows, {groups} employers, {:.1} MB",
        csv.len() as f64 / 1e6
    );
    drop(read);
    let mut g = c.benchmark_group("by_employer_3m_rows");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(20));
    g.bench_function("parse_group_analyse_every_employer", |b| {
        b.iter(|| {
            let read = read_payroll(black_box(csv.as_bytes()), &o).unwrap();
            let by = analyse_by(&read.payroll, &rules, &analysis, &[]).unwrap();
            // Consumed as `gia pay --by` consumes it: one group at a time.
            black_box(
                by.map(|g| g.analysis.eu.a_mean_gap_annual.n_women)
                    .sum::<u64>(),
            )
        })
    });
    g.bench_function("parse_only", |b| {
        b.iter(|| black_box(read_payroll(black_box(csv.as_bytes()), &o).unwrap()))
    });
    #[cfg(feature = "parquet")]
    {
        use gender_impact::pay::read_payroll_parquet;
        use parquet_writer::{As, Layout, csv_to_parquet};
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("by_employer_3m.parquet");
        let kind = |n: &str| match n {
            "annual_pay" | "bonus" => As::Double,
            _ => As::Text,
        };
        let layout = Layout {
            rows_per_group: 1_000_000,
            ..Layout::default()
        };
        csv_to_parquet(&csv, &path, kind, &layout);
        g.bench_function("parquet_parse_group_analyse_every_employer", |b| {
            b.iter(|| {
                let read = read_payroll_parquet(black_box(&path), &o).unwrap();
                let by = analyse_by(&read.payroll, &rules, &analysis, &[]).unwrap();
                black_box(
                    by.map(|g| g.analysis.eu.a_mean_gap_annual.n_women)
                        .sum::<u64>(),
                )
            })
        });
        g.bench_function("parquet_parse_only", |b| {
            b.iter(|| black_box(read_payroll_parquet(black_box(&path), &o).unwrap()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
