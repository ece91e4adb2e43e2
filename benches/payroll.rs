//! Issue target: a 1,000,000-row payroll CSV (about 50 MB, 20 categories of workers): parse,
//! validate and compute every Article 9 and UK figure in at most 0.5 s on one core.
//!
//! Run: `taskset -c 0 cargo bench --bench payroll` (one core). The CSV is generated in memory by
//! `examples/gen_payroll.rs` (ten columns, as an HR export has them: employee id, gender, job
//! family, grade, salary, overtime, bonus, weekly hours, FTE, full-pay flag; 49.6 MB for
//! 1,000,000 rows), deterministically, so every run measures the same data; the same generator
//! writes the file for the peak-memory measurement of `gia pay`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gender_impact::pay::read_payroll;
use gender_impact::pay::{PayRules, figures};

#[path = "../examples/gen_payroll.rs"]
#[allow(dead_code)]
mod gen_payroll;
use gen_payroll::payroll_csv;

#[path = "cpu_time.rs"]
mod cpu_time;
use cpu_time::{cpu_time, thread_cpu_time};

fn bench(c: &mut Criterion) {
    let csv = payroll_csv(1_000_000);
    println!(
        "payroll CSV: {} rows, {:.1} MB",
        1_000_000,
        csv.len() as f64 / 1e6
    );
    let rules = PayRules::built_in();
    let opts = gen_payroll::csv_options();
    // Outside the timing: the figures exist and cover every row.
    let parsed = read_payroll(&csv[..], &opts).expect("the generated CSV is valid");
    assert_eq!(parsed.payroll.len(), 1_000_000);
    let (eu, uk) = figures(&parsed.payroll, &[], &rules);
    assert_eq!(eu.g_categories.len(), 20);
    assert!(eu.a_mean_gap_hourly.is_some());
    assert_eq!(
        uk.relevant_employees.women + uk.relevant_employees.men + uk.relevant_employees.excluded,
        1_000_000
    );
    drop(parsed);

    let mut g = c.benchmark_group("payroll_1m_rows");
    g.sample_size(10);
    g.bench_function("parse_validate_article9_uk", |b| {
        b.iter(|| {
            let parsed = read_payroll(black_box(&csv[..]), &opts).unwrap();
            black_box(figures(&parsed.payroll, &[], &rules))
        })
    });
    g.bench_function("parse_validate_only", |b| {
        b.iter(|| black_box(read_payroll(black_box(&csv[..]), &opts).unwrap()))
    });
    g.finish();

    if thread_cpu_time().is_none() {
        println!("no /proc/thread-self/schedstat: the CPU-time benchmarks are skipped");
        return;
    }
    let mut g = c.benchmark_group("payroll_1m_rows_cpu_time");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("parse_validate_article9_uk", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || {
                let parsed = read_payroll(black_box(&csv[..]), &opts).unwrap();
                figures(&parsed.payroll, &[], &rules)
            })
        })
    });
    g.bench_function("parse_validate_only", |b| {
        b.iter_custom(|iters| cpu_time(iters, || read_payroll(black_box(&csv[..]), &opts).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
