//! Report benchmark: the comparative HTML report of the synthetic 10,000-organisation network
//! (see `synthetic.rs`), in French (the language with the most formatting work: digit groups
//! and decimal commas), from the assessments (validation and assessment are `network`'s bench).
//!
//! Acceptance target: at most 2 s (release build). Run: `cargo bench --bench report`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use gender_impact::Assessor;
use gender_impact::i18n::Lang;
use gender_impact::report::{comparison_html, html};
use gender_impact::{assess_network, validate_network};

#[path = "synthetic.rs"]
mod synthetic;

fn bench_report(c: &mut Criterion) {
    let doc = synthetic::network(10_000, 0x6765_6e64_6572, None);
    let net = validate_network(&doc).expect("the synthetic network is valid");
    let all = assess_network(&Assessor::new(), &net).expect("the synthetic network assesses");
    let page = comparison_html(net.name.as_ref().map(|n| n.as_str()), &all, Lang::Fr);
    println!(
        "comparative report of {} organisations: {} bytes, {} charts",
        all.len(),
        page.len(),
        page.matches("<svg").count()
    );
    let mut g = c.benchmark_group("report");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    g.bench_function("network_10k_comparative_html_fr", |b| {
        b.iter(|| comparison_html(Some("synthetic"), black_box(&all), Lang::Fr))
    });
    let one = &all[0];
    g.bench_function("one_organisation_html_fr", |b| {
        b.iter(|| html(black_box(one), Lang::Fr))
    });
    g.finish();
}

criterion_group!(benches, bench_report);
criterion_main!(benches);
