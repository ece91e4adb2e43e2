//! Bootstrap benchmark: 2,000 resamples of the median pay gap on 100,000 workers (40,000 women,
//! 60,000 men), and the same for the mean gap, on all cores (rayon).
//!
//! Acceptance target: the median-gap bootstrap in at most 2 s on a 2-core machine (release build).
//!
//! Run: `cargo bench --bench bootstrap`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use gender_impact::pay::{Statistic, bootstrap_gap, permutation_test_mean_gap};

const WOMEN: usize = 40_000;
const MEN: usize = 60_000;
const RESAMPLES: u32 = 2_000;
const SEED: u64 = 0x6761_7073;

/// Log-normal-ish synthetic annual pay, rounded to cents: deterministic (xorshift64*).
fn pay(n: usize, median: f64, salt: u64) -> Vec<f64> {
    let mut x = salt.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut uniform = move || {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        ((x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            // Box–Muller: a standard normal, then pay = median · exp(0.4·z).
            let z = (-2.0 * uniform().ln()).sqrt() * (std::f64::consts::TAU * uniform()).cos();
            (median * (0.4 * z).exp() * 100.0).round() / 100.0
        })
        .collect()
}

fn bench_bootstrap(c: &mut Criterion) {
    let women = pay(WOMEN, 38_000.0, 1);
    let men = pay(MEN, 42_000.0, 2);
    println!(
        "synthetic payroll: {WOMEN} women, {MEN} men; {RESAMPLES} resamples; {} threads",
        rayon::current_num_threads()
    );
    for statistic in [Statistic::Median, Statistic::Mean] {
        let ci = bootstrap_gap(&women, &men, statistic, RESAMPLES, 0.95, SEED).unwrap();
        println!(
            "{statistic:?} gap, 95% percentile interval: [{:.5}, {:.5}]",
            ci.low, ci.high
        );
    }

    let mut group = c.benchmark_group("bootstrap");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("median_gap_2000x100k", |b| {
        b.iter(|| {
            bootstrap_gap(
                black_box(&women),
                black_box(&men),
                Statistic::Median,
                RESAMPLES,
                0.95,
                SEED,
            )
            .unwrap()
        })
    });
    group.bench_function("mean_gap_2000x100k", |b| {
        b.iter(|| {
            bootstrap_gap(
                black_box(&women),
                black_box(&men),
                Statistic::Mean,
                RESAMPLES,
                0.95,
                SEED,
            )
            .unwrap()
        })
    });
    group.bench_function("permutation_mean_gap_2000x100k", |b| {
        b.iter(|| {
            permutation_test_mean_gap(black_box(&women), black_box(&men), RESAMPLES, SEED).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_bootstrap);
criterion_main!(benches);
