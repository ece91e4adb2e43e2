//! Inference for pay gaps: bootstrap intervals, permutation tests and the shift-share
//! decomposition (src/pay/inference.rs).

use gender_impact::pay::{ByGender, gap};
use gender_impact::pay::{
    DecompositionMethod, Statistic, bootstrap_gap, decompose_mean_gap,
    exact_permutation_test_mean_gap, permutation_test_mean_gap,
};
use rayon::ThreadPoolBuilder;

/// A deterministic, well-behaved sample: `n` values around `centre`, spread ±20 %.
fn sample(n: usize, centre: f64, salt: u64) -> Vec<f64> {
    let mut x = salt.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let u = (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64;
            (centre * (0.8 + 0.4 * u) * 100.0).round() / 100.0
        })
        .collect()
}

fn observed(women: &[f64], men: &[f64], statistic: Statistic) -> f64 {
    let mut b = ByGender {
        women: women.to_vec(),
        men: men.to_vec(),
    };
    b.women.sort_by(f64::total_cmp);
    b.men.sort_by(f64::total_cmp);
    match statistic {
        Statistic::Median => b.median_gap(),
        _ => b.mean_gap(),
    }
    .value
    .unwrap()
}

fn pool(threads: usize) -> rayon::ThreadPool {
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
}

#[test]
fn bootstrap_is_reproducible_for_a_seed() {
    let (w, m) = (sample(301, 40_000.0, 1), sample(450, 45_000.0, 2));
    for statistic in [Statistic::Mean, Statistic::Median] {
        let a = bootstrap_gap(&w, &m, statistic, 999, 0.95, 42).unwrap();
        let b = bootstrap_gap(&w, &m, statistic, 999, 0.95, 42).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.low.to_bits(), b.low.to_bits());
        let c = bootstrap_gap(&w, &m, statistic, 999, 0.95, 43).unwrap();
        assert_ne!(
            (a.low, a.high),
            (c.low, c.high),
            "another seed, other numbers"
        );
        assert_eq!(
            (a.statistic, a.level, a.resamples, a.seed),
            (statistic, 0.95, 999, 42)
        );
    }
}

#[test]
fn bootstrap_does_not_depend_on_thread_count_or_record_order() {
    let (w, m) = (sample(200, 30_000.0, 3), sample(257, 33_000.0, 4));
    for statistic in [Statistic::Mean, Statistic::Median] {
        let one = pool(1).install(|| bootstrap_gap(&w, &m, statistic, 1_000, 0.9, 7).unwrap());
        let two = pool(2).install(|| bootstrap_gap(&w, &m, statistic, 1_000, 0.9, 7).unwrap());
        let three = pool(3).install(|| bootstrap_gap(&w, &m, statistic, 1_000, 0.9, 7).unwrap());
        assert_eq!(one.low.to_bits(), two.low.to_bits());
        assert_eq!(one.high.to_bits(), two.high.to_bits());
        assert_eq!(one, three);
        let (mut wr, mut mr) = (w.clone(), m.clone());
        wr.reverse();
        mr.reverse();
        assert_eq!(
            one,
            bootstrap_gap(&wr, &mr, statistic, 1_000, 0.9, 7).unwrap()
        );
    }
}

#[test]
fn bootstrap_interval_contains_the_observed_gap() {
    let (w, m) = (sample(400, 38_000.0, 5), sample(600, 42_000.0, 6));
    for statistic in [Statistic::Mean, Statistic::Median] {
        let g = observed(&w, &m, statistic);
        let ci = bootstrap_gap(&w, &m, statistic, 1_000, 0.95, 11).unwrap();
        assert!(ci.low < g && g < ci.high, "{statistic:?}: {ci:?} vs {g}");
        // Roughly the right width: the mean gap's standard error here is about 0.007.
        assert!(ci.high - ci.low < 0.1, "{ci:?}");
        // A wider level gives a wider interval from the same resamples.
        let wide = bootstrap_gap(&w, &m, statistic, 1_000, 0.99, 11).unwrap();
        assert!(wide.low <= ci.low && wide.high >= ci.high);
    }
}

#[test]
fn bootstrap_mean_interval_agrees_with_the_normal_approximation() {
    // Large, smooth samples: the percentile interval of the mean gap should be close to the delta
    // method's gap ± 1.96·se.
    let (w, m) = (sample(800, 40_000.0, 7), sample(1_200, 44_000.0, 8));
    let var = |x: &[f64]| {
        let mu = x.iter().sum::<f64>() / x.len() as f64;
        x.iter().map(|v| (v - mu).powi(2)).sum::<f64>() / (x.len() - 1) as f64 / x.len() as f64
    };
    let mw = w.iter().sum::<f64>() / w.len() as f64;
    let mm = m.iter().sum::<f64>() / m.len() as f64;
    // gap = 1 − mw/mm; se² ≈ var(mw)/mm² + mw²·var(mm)/mm⁴
    let se = (var(&w) / mm.powi(2) + mw.powi(2) * var(&m) / mm.powi(4)).sqrt();
    let g = 1.0 - mw / mm;
    let ci = bootstrap_gap(&w, &m, Statistic::Mean, 2_000, 0.95, 1).unwrap();
    assert!((ci.low - (g - 1.959964 * se)).abs() < 0.25 * se, "{ci:?}");
    assert!((ci.high - (g + 1.959964 * se)).abs() < 0.25 * se, "{ci:?}");
}

#[test]
fn bootstrap_median_of_constant_groups_is_exact() {
    let w = [10.0; 7];
    let m = [12.5; 8];
    let ci = bootstrap_gap(&w, &m, Statistic::Median, 50, 0.95, 0).unwrap();
    assert_eq!((ci.low, ci.high), (0.2, 0.2));
}

#[test]
fn bootstrap_not_computable() {
    let some = [1.0, 2.0, 3.0];
    let err =
        |w: &[f64], m: &[f64]| bootstrap_gap(w, m, Statistic::Mean, 100, 0.95, 1).unwrap_err();
    assert!(err(&[], &some).to_string().contains("no women"));
    assert!(err(&some, &[]).to_string().contains("no men"));
    assert!(
        err(&[5.0], &some)
            .to_string()
            .contains("fewer than 2 women")
    );
    assert!(err(&some, &[5.0]).to_string().contains("fewer than 2 men"));
    assert!(err(&some, &[0.0, 0.0]).to_string().contains("zero"));
    assert!(!err(&[1.0, f64::NAN], &some).to_string().contains("NaN"));
    let negative = err(&[1.0, -123.45], &some);
    assert!(
        !negative.to_string().contains("123"),
        "pay values never appear"
    );
    assert!(bootstrap_gap(&some, &some, Statistic::Mean, 0, 0.95, 1).is_err());
    for level in [0.0, 1.0, f64::NAN, 1.5] {
        assert!(bootstrap_gap(&some, &some, Statistic::Mean, 10, level, 1).is_err());
    }
    // Men's median is 0 in some resamples (two of three men earn 0): undefined gaps.
    let e = bootstrap_gap(
        &some,
        &[0.0, 0.0, 5.0, 6.0, 7.0],
        Statistic::Median,
        500,
        0.95,
        1,
    );
    assert!(e.unwrap_err().to_string().contains("resamples"));
    assert_eq!(
        err(&[], &some).to_string(),
        "not computable: no women in the group"
    );
}

/// The exact p-value by brute force over all 2^n labellings with the women's count: an independent
/// check written without the library's enumeration.
fn brute_force_p(women: &[f64], men: &[f64]) -> f64 {
    let all: Vec<f64> = women.iter().chain(men).copied().collect();
    let n = all.len();
    let g = |w: &[f64], m: &[f64]| {
        let (mw, mm) = (
            w.iter().sum::<f64>() / w.len() as f64,
            m.iter().sum::<f64>() / m.len() as f64,
        );
        (mm - mw) / mm
    };
    let observed = g(women, men).abs();
    let (mut splits, mut extreme) = (0u32, 0u32);
    for mask in 0u32..(1 << n) {
        if mask.count_ones() as usize != women.len() {
            continue;
        }
        let (w, m): (Vec<f64>, Vec<f64>) = {
            let (a, b): (Vec<_>, Vec<_>) = (0..n).partition(|i| mask & (1 << i) != 0);
            (
                a.iter().map(|&i| all[i]).collect(),
                b.iter().map(|&i| all[i]).collect(),
            )
        };
        splits += 1;
        if g(&w, &m).abs() >= observed - 1e-12 {
            extreme += 1;
        }
    }
    extreme as f64 / splits as f64
}

#[test]
fn exact_permutation_p_by_hand() {
    // Women 1, 2, 3 and men 4, 5, 6: gap = (5 − 2)/5 = 0.6. Of the 20 splits, with women's sum S,
    // gap = 1 − S/(21 − S): |gap| ≥ 0.6 when S ≤ 6 ({1,2,3}, a tie with the observed split) or
    // S ≥ 12.92 ({4,5,6}, {3,5,6}, {2,5,6}, {3,4,6}): 5 of 20, p = 0.25.
    let (w, m) = ([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]);
    let exact = exact_permutation_test_mean_gap(&w, &m).unwrap();
    assert_eq!(exact.splits, 20);
    assert!((exact.observed_gap - 0.6).abs() < 1e-15);
    assert_eq!(exact.p_value, 0.25);
    assert_eq!(brute_force_p(&w, &m), 0.25);
}

#[test]
fn monte_carlo_permutation_p_converges_to_the_exact_one() {
    let cases: [(&[f64], &[f64]); 4] = [
        (&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]),
        (&[10.0, 12.0, 11.0], &[13.0, 9.0, 15.0]),
        (&[3.0, 3.0, 7.0, 1.0], &[2.0, 8.0, 5.0]),
        (
            &[20.0, 22.5, 19.0, 30.0, 18.0],
            &[25.0, 21.0, 35.0, 24.0, 19.5, 28.0],
        ),
    ];
    for (w, m) in cases {
        let exact = exact_permutation_test_mean_gap(w, m).unwrap();
        assert!(
            (exact.p_value - brute_force_p(w, m)).abs() < 1e-12,
            "{w:?} {m:?}"
        );
        // Exact and Monte Carlo with the groups swapped in size (the smaller group is drawn).
        let b = 40_000;
        let mc = permutation_test_mean_gap(w, m, b, 2024).unwrap();
        let p = exact.p_value;
        let se = (p * (1.0 - p) / f64::from(b)).sqrt();
        assert!(
            (mc.p_value - p).abs() < 5.0 * se + 1e-5,
            "{w:?} {m:?}: Monte Carlo {} vs exact {p}",
            mc.p_value
        );
        assert_eq!(mc.observed_gap, exact.observed_gap);
        assert_eq!((mc.permutations, mc.seed), (b, 2024));
    }
}

#[test]
fn permutation_test_is_reproducible_and_thread_independent() {
    let (w, m) = (sample(60, 20.0, 9), sample(90, 21.0, 10));
    let one = pool(1).install(|| permutation_test_mean_gap(&w, &m, 4_999, 5).unwrap());
    let two = pool(2).install(|| permutation_test_mean_gap(&w, &m, 4_999, 5).unwrap());
    assert_eq!(one, two);
    let mut wr = w.clone();
    wr.reverse();
    assert_eq!(one, permutation_test_mean_gap(&wr, &m, 4_999, 5).unwrap());
    // p = (1 + count) / (1 + B): a multiple of 1/5000, never 0.
    let count = one.p_value * 5_000.0;
    assert!((count - count.round()).abs() < 1e-6 && count >= 1.0);
    assert!((one.observed_gap - observed(&w, &m, Statistic::Mean)).abs() < 1e-15);
}

#[test]
fn permutation_test_detects_a_real_gap_and_not_a_null_one() {
    let (w, m) = (sample(80, 30_000.0, 11), sample(80, 36_000.0, 12));
    assert!(permutation_test_mean_gap(&w, &m, 999, 1).unwrap().p_value <= 0.001 + 1e-12);
    let same = sample(160, 30_000.0, 13);
    let t = permutation_test_mean_gap(&same[..80], &same[80..], 999, 1).unwrap();
    assert!(t.p_value > 0.05, "{t:?}");
    // A zero gap: every split is at least as extreme.
    let t = permutation_test_mean_gap(&[1.0, 3.0], &[2.0, 2.0], 99, 1).unwrap();
    assert_eq!(t.p_value, 1.0);
}

#[test]
fn permutation_not_computable() {
    assert!(permutation_test_mean_gap(&[], &[1.0, 2.0], 10, 1).is_err());
    assert!(permutation_test_mean_gap(&[1.0, 2.0], &[], 10, 1).is_err());
    assert!(permutation_test_mean_gap(&[1.0, 2.0], &[0.0, 0.0], 10, 1).is_err());
    assert!(permutation_test_mean_gap(&[1.0, 2.0], &[3.0, 4.0], 0, 1).is_err());
    assert!(exact_permutation_test_mean_gap(&[1.0], &[3.0, 4.0]).is_err());
    let big: Vec<f64> = (0..40).map(f64::from).collect();
    let e = exact_permutation_test_mean_gap(&big[..20], &big[20..]).unwrap_err();
    assert!(e.to_string().contains("splits"));
}

#[test]
fn decomposition_by_hand_two_categories() {
    // A: women 9, 10, 11 (mean 10), a man at 12. B: a woman at 20, men 19, 20, 21 (mean 20).
    // Shares: women (3/4, 1/4), men (1/4, 3/4). mean_F = 12.5, mean_M = 18, gap = 5.5/18.
    // between = [(1/4 − 3/4)·12 + (3/4 − 1/4)·20] / 18 = (−6 + 10)/18 = 4/18
    // within  = [3/4·(12 − 10) + 1/4·(20 − 20)] / 18 = 1.5/18
    let d = decompose_mean_gap(&[
        ("A".into(), vec![9.0, 10.0, 11.0], vec![12.0]),
        ("B".into(), vec![20.0], vec![19.0, 20.0, 21.0]),
    ])
    .unwrap();
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert!(close(d.total_gap, 5.5 / 18.0));
    assert!(close(d.between, 4.0 / 18.0));
    assert!(close(d.within, 1.5 / 18.0));
    let (a, b) = (&d.categories[0], &d.categories[1]);
    assert_eq!((a.category.as_str(), a.women, a.men), ("A", 3, 1));
    assert_eq!((a.women_mean, a.men_mean), (Some(10.0), Some(12.0)));
    assert!(close(a.between, -6.0 / 18.0) && close(a.within, 1.5 / 18.0));
    assert!(close(b.between, 10.0 / 18.0) && close(b.within, 0.0));
    assert_eq!(d.method, DecompositionMethod::ShiftShare);
    // The total is the published mean gap.
    let g = gap(
        Some(50.0 / 4.0), // women: 9, 10, 11, 20
        Some(72.0 / 4.0), // men: 12, 19, 20, 21
        4,
        4,
    );
    assert!(close(d.total_gap, g.value.unwrap()));
}

#[test]
fn decomposition_one_gender_categories_go_to_between() {
    // C has women only, D men only, E nobody.
    // Women: A 2 at mean 10, C 2 at mean 6 → N_F = 4, mean_F = 8.
    // Men: A 2 at mean 12, D 2 at mean 20 → N_M = 4, mean_M = 16. gap = 0.5.
    // A: between (1/2 − 1/2)·12 = 0, within 1/2·(12 − 10) = 1; C: between −1/2·6 = −3;
    // D: between 1/2·20 = 10. Sums: between 7/16, within 1/16.
    let d = decompose_mean_gap(&[
        ("A".into(), vec![9.0, 11.0], vec![12.0, 12.0]),
        ("C".into(), vec![5.0, 7.0], vec![]),
        ("D".into(), vec![], vec![18.0, 22.0]),
        ("E".into(), vec![], vec![]),
    ])
    .unwrap();
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert!(close(d.total_gap, 0.5));
    assert!(close(d.between, 7.0 / 16.0) && close(d.within, 1.0 / 16.0));
    let c = &d.categories[1];
    assert_eq!((c.women_mean, c.men_mean), (Some(6.0), None));
    assert!(close(c.between, -3.0 / 16.0) && c.within == 0.0);
    assert!(close(d.categories[2].between, 10.0 / 16.0) && d.categories[2].within == 0.0);
    assert_eq!(
        (d.categories[3].between, d.categories[3].within),
        (0.0, 0.0)
    );
    assert!(d.method.english().contains("women only"));
}

#[test]
fn decomposition_identity_holds_on_many_tables() {
    for salt in 0..200u64 {
        let n_cat = 1 + (salt % 7) as usize;
        let groups: Vec<(String, Vec<f64>, Vec<f64>)> = (0..n_cat)
            .map(|c| {
                let s = salt * 31 + c as u64;
                let nw = ((s * 7) % 13) as usize; // 0..12, sometimes 0
                let nm = ((s * 5) % 11) as usize;
                (
                    format!("cat{c}"),
                    sample(nw, 20_000.0 + 5_000.0 * c as f64, s),
                    sample(nm, 24_000.0 + 4_000.0 * c as f64, s + 1_000),
                )
            })
            .collect();
        let Ok(d) = decompose_mean_gap(&groups) else {
            // Only when there are no women or no men in all.
            let nw: usize = groups.iter().map(|g| g.1.len()).sum();
            let nm: usize = groups.iter().map(|g| g.2.len()).sum();
            assert!(nw == 0 || nm == 0);
            continue;
        };
        assert!(
            (d.between + d.within - d.total_gap).abs() < 1e-12,
            "salt {salt}: {d:?}"
        );
        let rows_between: f64 = d.categories.iter().map(|r| r.between).sum();
        assert!((rows_between - d.between).abs() < 1e-15);
    }
}

#[test]
fn decomposition_with_equal_pay_in_every_category_is_all_between() {
    // Same pay for women and men in each category: the whole gap is composition.
    let d = decompose_mean_gap(&[
        ("low".into(), vec![10.0; 8], vec![10.0; 2]),
        ("high".into(), vec![30.0; 2], vec![30.0; 8]),
    ])
    .unwrap();
    assert!(d.within.abs() < 1e-15);
    assert!((d.between - d.total_gap).abs() < 1e-15 && d.total_gap > 0.0);
}

#[test]
fn decomposition_not_computable() {
    assert!(decompose_mean_gap(&[]).is_err());
    let only_women = [("A".to_string(), vec![1.0], vec![])];
    assert!(
        decompose_mean_gap(&only_women)
            .unwrap_err()
            .to_string()
            .contains("no men")
    );
    let only_men = [("A".to_string(), vec![], vec![1.0])];
    assert!(
        decompose_mean_gap(&only_men)
            .unwrap_err()
            .to_string()
            .contains("no women")
    );
    let twice = [
        ("A".to_string(), vec![1.0], vec![2.0]),
        ("A".to_string(), vec![1.0], vec![2.0]),
    ];
    assert!(decompose_mean_gap(&twice).is_err());
    let zero_men = [("A".to_string(), vec![1.0], vec![0.0])];
    assert!(decompose_mean_gap(&zero_men).is_err());
    let nan = [("A".to_string(), vec![f64::NAN], vec![2.0])];
    assert!(decompose_mean_gap(&nan).is_err());
}

#[test]
fn results_serialize() {
    let ci = bootstrap_gap(
        &[1.0, 2.0, 3.0],
        &[2.0, 3.0, 4.0],
        Statistic::Median,
        10,
        0.9,
        3,
    )
    .unwrap();
    let json = serde_json::to_value(&ci).unwrap();
    assert_eq!(json["statistic"], "median");
    assert_eq!(
        serde_json::from_value::<gender_impact::pay::BootstrapInterval>(json).unwrap(),
        ci
    );
    let schema = schemars::schema_for!(gender_impact::pay::Decomposition);
    assert!(serde_json::to_string(&schema).unwrap().contains("within"));
}
