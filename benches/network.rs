//! Network benchmark: a synthetic network of 10,000 organisations (board of 35, staff of 30
//! each) as one JSON document.
//!
//! Acceptance target: validate + assess in at most 1 s on one core, and the same for validation
//! alone of a document with one error in it (the slow path: the whole document is checked
//! against the schema to report every problem with its pointer).
//!
//! Run: `taskset -c 0 cargo bench --bench network` (results in BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gender_impact::Assessor;
use gender_impact::report::{NdjsonFields, network_ndjson};
use gender_impact::{assess_network, validate_network};

#[path = "synthetic.rs"]
mod synthetic;

#[path = "cpu_time.rs"]
mod cpu_time;
use cpu_time::{cpu_time, thread_cpu_time};

/// Organisations in the network.
const ORGANISATIONS: usize = 10_000;
/// The organisation that carries the one error of the invalid document.
const ERROR_AT: usize = 5_000;
const SEED: u64 = 0x6765_6e64_6572;

fn bench_network(c: &mut Criterion) {
    let valid = synthetic::network(ORGANISATIONS, SEED, None);
    let invalid = synthetic::network(ORGANISATIONS, SEED, Some(ERROR_AT));
    println!(
        "synthetic network: {ORGANISATIONS} organisations, {} bytes ({:.1} MB, {:.1} MiB)",
        valid.len(),
        valid.len() as f64 / 1e6,
        valid.len() as f64 / (1024.0 * 1024.0)
    );

    // Checked once, outside the timing loops.
    let net = validate_network(&valid).expect("the synthetic network is valid");
    assert_eq!(net.organisations.len(), ORGANISATIONS);
    let all = assess_network(&Assessor::new(), &net).expect("the synthetic network assesses");
    assert_eq!(all.len(), ORGANISATIONS);
    drop((net, all));
    let err = validate_network(&invalid).expect_err("the document with one error is rejected");
    assert_eq!(
        err.problems().len(),
        1,
        "exactly one problem expected, found:\n{err}"
    );
    assert_eq!(
        err.problems()[0].pointer(),
        Some(synthetic::error_pointer(ERROR_AT).as_str())
    );
    println!("the injected error: {}", err.problems()[0]);

    // Wall time, as criterion measures by default.
    let mut g = c.benchmark_group("network_10k");
    // Each iteration takes a large fraction of a second: flat sampling (the same number of
    // iterations per sample) and 10 samples keep the run short.
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.bench_function("validate_and_assess", |b| {
        b.iter(|| {
            let net = validate_network(black_box(&valid)).unwrap();
            assess_network(&Assessor::new(), &net).unwrap()
        })
    });
    g.bench_function("validate_one_error", |b| {
        b.iter(|| validate_network(black_box(&invalid)).unwrap_err())
    });
    g.bench_function("validate_only", |b| {
        b.iter(|| validate_network(black_box(&valid)).unwrap())
    });
    // The baseline of issue 14's streaming target (whole NDJSON process within 5x of this):
    // the document parsed into the model, without the schema or the cross-field rules.
    g.bench_function("parse_only", |b| {
        b.iter(|| serde_json::from_str::<gender_impact::Network>(black_box(&valid)).unwrap())
    });
    // The stream `gia assess --network --format ndjson` writes, to a sink (both cores).
    for (name, fields) in [
        ("ndjson_full_to_sink", NdjsonFields::Full),
        ("ndjson_indicators_to_sink", NdjsonFields::Indicators),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let a = Assessor::new();
                network_ndjson(&a, black_box(&valid), fields, &mut std::io::sink()).unwrap()
            })
        });
    }
    g.finish();

    // The same three, timed in CPU time of the benchmark thread: on a machine shared with other
    // work, this is the time on one core that the wall-time figures above are inflated from.
    if thread_cpu_time().is_none() {
        println!("no /proc/thread-self/schedstat: the CPU-time benchmarks are skipped");
        return;
    }
    let mut g = c.benchmark_group("network_10k_cpu_time");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.bench_function("validate_and_assess", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || {
                let net = validate_network(black_box(&valid)).unwrap();
                assess_network(&Assessor::new(), &net).unwrap()
            })
        })
    });
    g.bench_function("validate_one_error", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || validate_network(black_box(&invalid)).unwrap_err())
        })
    });
    g.bench_function("validate_only", |b| {
        b.iter_custom(|iters| cpu_time(iters, || validate_network(black_box(&valid)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench_network);
criterion_main!(benches);
