//! Issue target: a 1,000,000-row payroll CSV (about 50 MB, 20 categories of workers): parse,
//! validate and compute every Article 9 and UK figure in at most 0.5 s on one core.
//!
//! Run: `taskset -c 0 cargo bench --bench payroll` (one core). The CSV is generated in memory,
//! deterministically (a fixed linear congruential sequence), so every run measures the same data.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gender_impact::pay::csv::{Columns, CsvOptions, read_workers};
use gender_impact::pay::{PayRules, eu::article_9, uk::uk_figures};

/// One row per worker: gender, annual pay, variable pay, weekly hours, category, grade.
fn payroll_csv(rows: usize) -> Vec<u8> {
    let mut out = String::with_capacity(rows * 52);
    out.push_str("gender,annual_pay,variable_pay,weekly_hours,category,grade\n");
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        x >> 33
    };
    for _ in 0..rows {
        let r = next();
        let woman = r % 100 < 45;
        let category = (r >> 8) % 20;
        let base = 28_000 + category * 3_500 + next() % 9_000 - if woman { 1_200 } else { 0 };
        let cents = next() % 100;
        let variable = if next() % 3 == 0 { next() % 4_000 } else { 0 };
        let hours = if next() % 5 == 0 { "20" } else { "37.5" };
        out.push_str(&format!(
            "{},{base}.{cents:02},{variable},{hours},CAT{category:02},G{}\n",
            if woman { "F" } else { "M" },
            category / 4
        ));
    }
    out.into_bytes()
}

fn options() -> CsvOptions {
    CsvOptions {
        columns: Columns {
            variable_pay: vec!["variable_pay".to_string()],
            weekly_hours: Some("weekly_hours".to_string()),
            category: Some("category".to_string()),
            grade: Some("grade".to_string()),
            ..Columns::default()
        },
        ..CsvOptions::default()
    }
}

fn bench(c: &mut Criterion) {
    let csv = payroll_csv(1_000_000);
    println!(
        "payroll CSV: {} rows, {:.1} MB",
        1_000_000,
        csv.len() as f64 / 1e6
    );
    let rules = PayRules::built_in();
    let opts = options();
    // Outside the timing: the figures exist and cover every row.
    let parsed = read_workers(&csv[..], &opts).expect("the generated CSV is valid");
    assert_eq!(parsed.workers.len(), 1_000_000);
    let a9 = article_9(&parsed.workers, &[], &rules);
    assert_eq!(a9.g_categories.len(), 20);
    assert!(a9.a_mean_gap_hourly.is_some());
    drop(parsed);

    let mut g = c.benchmark_group("payroll_1m_rows");
    g.sample_size(10);
    g.bench_function("parse_validate_article9_uk", |b| {
        b.iter(|| {
            let parsed = read_workers(black_box(&csv[..]), &opts).unwrap();
            let eu = article_9(&parsed.workers, &[], &rules);
            let uk = uk_figures(&parsed.workers, &rules);
            black_box((eu, uk))
        })
    });
    g.bench_function("parse_validate_only", |b| {
        b.iter(|| black_box(read_workers(black_box(&csv[..]), &opts).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
