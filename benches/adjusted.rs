//! The adjusted pay gap's regressions: 1,000,000 workers, 8 numeric controls and one 50-level
//! factor (59 columns with the intercept and the woman indicator): the least-squares fit with
//! the woman indicator, and the Blinder–Oaxaca decomposition (a fit per group and the two
//! pooled fits).
//!
//! Acceptance target (issue 12): OLS + Oaxaca in at most 1.5 s on one core (release build),
//! memory within 2× the columnar payroll (here the design: 1,000,000 × 58 f64, 464 MB).
//!
//! Run: `taskset -c 1 cargo bench --bench adjusted`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use gender_impact::stats::{Design, oaxaca, ols};

const N: usize = 1_000_000;
const CONTROLS: usize = 8;
const LEVELS: usize = 50;

/// A deterministic uniform stream (xorshift64*).
fn stream(salt: u64) -> impl FnMut() -> f64 {
    let mut x = salt.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    move || {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        ((x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
}

/// The design (intercept, 8 controls, 49 dummies), the woman flags and log pay.
fn data() -> (Design, Vec<bool>, Vec<f64>) {
    let mut u = stream(7);
    let woman: Vec<bool> = (0..N).map(|_| u() < 0.45).collect();
    let grade: Vec<usize> = (0..N)
        .map(|_| (u() * LEVELS as f64) as usize % LEVELS)
        .collect();
    let controls: Vec<Vec<f64>> = (0..CONTROLS)
        .map(|_| (0..N).map(|_| u() * 10.0).collect())
        .collect();
    let y: Vec<f64> = (0..N)
        .map(|i| {
            let c: f64 = controls
                .iter()
                .enumerate()
                .map(|(k, c)| 0.01 * (k + 1) as f64 * c[i])
                .sum();
            10.0 + c + 0.02 * grade[i] as f64 - 0.05 * f64::from(u8::from(woman[i]))
                + 0.1 * (u() - 0.5)
        })
        .collect();
    let mut x = Design::new(N);
    x.intercept();
    for (k, c) in controls.into_iter().enumerate() {
        x.push(&format!("c{k}"), c).unwrap();
    }
    let levels: Vec<String> = grade.iter().map(|g| format!("g{g:02}")).collect();
    x.factor("grade", &levels, None).unwrap();
    (x, woman, y)
}

fn bench(c: &mut Criterion) {
    let (x, woman, y) = data();
    let men: Vec<bool> = woman.iter().map(|w| !w).collect();
    let pick = |keep: &[bool]| -> Vec<f64> {
        y.iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(v, _)| *v)
            .collect()
    };
    let (xm, xw) = (x.select(&men), x.select(&woman));
    let (ym, yw) = (pick(&men), pick(&woman));
    let mut xi = x.clone();
    xi.push(
        "woman",
        woman.iter().map(|w| f64::from(u8::from(*w))).collect(),
    )
    .unwrap();
    let fit = ols(&xi, &y).unwrap();
    println!(
        "{N} rows, {} columns: woman coefficient {:.6} (se {:.6})",
        xi.cols(),
        fit.coefficient("woman").unwrap().estimate,
        fit.coefficient("woman").unwrap().std_error
    );
    let mut group = c.benchmark_group("adjusted");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("ols_1m_x59", |b| {
        b.iter(|| ols(black_box(&xi), black_box(&y)).unwrap())
    });
    group.bench_function("oaxaca_1m_x58", |b| {
        b.iter(|| {
            oaxaca(
                black_box(&xm),
                black_box(&ym),
                black_box(&xw),
                black_box(&yw),
            )
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
