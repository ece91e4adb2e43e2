//! The adjusted pay gap and the decomposition: cases worked by hand, the invariants the method
//! promises (row order, the base level of a factor, no controls = the raw gap in mean log pay),
//! and the inputs that cannot give a figure (each with its reason, never NaN, never a panic).

use gender_impact::pay::{CsvOptions, NotComputable, Outcome, PayRules, adjusted, read_payroll};
use gender_impact::stats::{Design, Reference, oaxaca, ols};
use proptest::prelude::*;

/// A payroll CSV with controls and factors read as the CLI reads them.
fn read(csv: &str, controls: &[&str], factors: &[&str]) -> gender_impact::pay::Payroll {
    let mut o = CsvOptions::default();
    o.columns.controls = controls.iter().map(|s| s.to_string()).collect();
    o.columns.factors = factors.iter().map(|s| s.to_string()).collect();
    read_payroll(csv.as_bytes(), &o).unwrap().payroll
}

/// Four workers, no controls: the woman coefficient is the difference in mean log pay, by hand:
/// women ln(30000), ln(36000); men ln(40000), ln(50000).
#[test]
fn without_controls_the_coefficient_is_the_gap_in_mean_log_pay() {
    let p = read(
        "gender,annual_pay,grade\nF,30000,a\nF,36000,b\nM,40000,a\nM,50000,b\n",
        &[],
        &["grade"],
    );
    let a = adjusted(&p, &PayRules::built_in()).unwrap();
    let want = (30000f64.ln() + 36000f64.ln()) / 2.0 - (40000f64.ln() + 50000f64.ln()) / 2.0;
    // With the grade (a and b, one woman and one man each) the coefficient is the mean of the
    // within-grade log gaps, by hand: ((ln 30000 − ln 40000) + (ln 36000 − ln 50000)) / 2,
    // which here equals the raw one.
    let g = a.ols.computed().unwrap();
    assert!(
        (g.coefficient - want).abs() < 1e-12,
        "{} vs {want}",
        g.coefficient
    );
    assert!((g.adjusted_gap - want.exp_m1()).abs() < 1e-12);
    assert_eq!((g.n_women, g.n_men, g.df), (2, 2, 1));
    assert_eq!(a.factors[0].base, "a");
}

#[test]
fn aliased_columns_are_dropped_by_name_as_r_does() {
    // x3 = x1 + x2; `zero` is all zeros; `five` is constant beside the intercept.
    let n = 12;
    let x1: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let x2: Vec<f64> = (0..n).map(|i| ((i * 7) % 5) as f64).collect();
    let x3: Vec<f64> = x1.iter().zip(&x2).map(|(a, b)| a + b).collect();
    let y: Vec<f64> = (0..n)
        .map(|i| 1.0 + 0.3 * i as f64 + ((i * 3) % 4) as f64)
        .collect();
    let mut d = Design::new(n);
    d.intercept();
    d.push("x1", x1).unwrap();
    d.push("zero", vec![0.0; n]).unwrap();
    d.push("x2", x2).unwrap();
    d.push("x3", x3).unwrap();
    d.push("five", vec![5.0; n]).unwrap();
    let fit = ols(&d, &y).unwrap();
    assert_eq!(fit.dropped, ["zero", "x3", "five"]);
    let names: Vec<&str> = fit.coefficients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["(intercept)", "x1", "x2"]);
    assert_eq!(fit.df, n - 3);
}

#[test]
fn what_cannot_be_computed_says_why() {
    let rules = PayRules::built_in();
    // A factor with one level among the workers.
    let p = read(
        "gender,annual_pay,grade\nF,1,a\nM,2,a\nF,3,a\n",
        &[],
        &["grade"],
    );
    assert!(
        matches!(adjusted(&p, &rules), Err(NotComputable::OneLevel { factor }) if factor == "grade")
    );
    // As many parameters as workers.
    let p = read(
        "gender,annual_pay,age\nF,10,30\nM,20,40\nF,15,35\n",
        &["age"],
        &[],
    );
    let a = adjusted(&p, &rules).unwrap();
    assert!(
        matches!(
            a.ols,
            Outcome::NotComputable {
                reason: NotComputable::NoResidualDf {
                    rows: 3,
                    parameters: 3
                }
            }
        ),
        "{:?}",
        a.ols
    );
    // A control that is the woman indicator.
    let p = read(
        "gender,annual_pay,f\nF,10,1\nM,20,0\nF,15,1\nM,25,0\nM,21,0\n",
        &["f"],
        &[],
    );
    let a = adjusted(&p, &rules).unwrap();
    assert!(matches!(
        a.ols,
        Outcome::NotComputable {
            reason: NotComputable::WomanAliased
        }
    ));
    // No woman.
    let p = read(
        "gender,annual_pay,age\nM,10,30\nM,20,40\nM,15,35\n",
        &["age"],
        &[],
    );
    let a = adjusted(&p, &rules).unwrap();
    assert!(matches!(
        a.ols,
        Outcome::NotComputable {
            reason: NotComputable::NoWomen
        }
    ));
    // Zero pay, a missing control, a non-binary worker: left out and counted.
    let p = read(
        "gender,annual_pay,age\nF,0,30\nM,20,\nX,15,35\nF,10,31\nM,12,33\nF,11,36\nM,14,41\n",
        &["age"],
        &[],
    );
    let a = adjusted(&p, &rules).unwrap();
    assert_eq!(
        (
            a.excluded.non_positive_pay,
            a.excluded.missing_control,
            a.excluded.other_gender
        ),
        (1, 1, 1)
    );
    let g = a.ols.computed().unwrap();
    let (lo, hi) = g.interval;
    for v in [
        g.coefficient,
        g.std_error,
        g.robust_std_error,
        g.adjusted_gap,
        g.kennedy,
        lo,
        hi,
    ] {
        assert!(v.is_finite());
    }
    assert!(lo <= g.adjusted_gap && g.adjusted_gap <= hi);
}

/// A payroll strategy: n workers with an age, a grade among four and log pay.
fn payroll() -> impl Strategy<Value = Vec<(bool, f64, u8, f64)>> {
    prop::collection::vec((any::<bool>(), 20.0..65.0f64, 0u8..4, 9.0..12.0f64), 24..80).prop_filter(
        "both sexes in every grade",
        |rows| {
            (0..4).all(|g| {
                rows.iter().filter(|r| r.2 == g && r.0).count() >= 2
                    && rows.iter().filter(|r| r.2 == g && !r.0).count() >= 2
            })
        },
    )
}

fn design_of(rows: &[&(bool, f64, u8, f64)], base: Option<&str>) -> (Design, Vec<f64>) {
    let mut d = Design::new(rows.len());
    d.intercept();
    d.push("age", rows.iter().map(|r| r.1).collect()).unwrap();
    let grades: Vec<String> = rows.iter().map(|r| format!("g{}", r.2)).collect();
    d.factor("grade", &grades, base).unwrap();
    (d, rows.iter().map(|r| r.3).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The overall decomposition does not depend on the order of the rows nor on the base level
    /// of the factor, and the detail by variable (factors normalised) does not either; the
    /// detail sums to the totals.
    #[test]
    fn decomposition_invariants(rows in payroll(), rotate in 0usize..50) {
        let men: Vec<&(bool, f64, u8, f64)> = rows.iter().filter(|r| !r.0).collect();
        let women: Vec<&(bool, f64, u8, f64)> = rows.iter().filter(|r| r.0).collect();
        let (xm, ym) = design_of(&men, None);
        let (xw, yw) = design_of(&women, None);
        let o = oaxaca(&xm, &ym, &xw, &yw).unwrap();
        let mut men2 = men.clone();
        let k = rotate % men2.len();
        men2.rotate_left(k);
        men2.reverse();
        let (xm2, ym2) = design_of(&men2, Some("g3"));
        let (xw2, yw2) = design_of(&women, Some("g3"));
        let o2 = oaxaca(&xm2, &ym2, &xw2, &yw2).unwrap();
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(1.0);
        prop_assert!(close(o.gap, o2.gap));
        prop_assert!(close(o.threefold.endowments, o2.threefold.endowments));
        prop_assert!(close(o.threefold.coefficients, o2.threefold.coefficients));
        for (t, t2) in o.twofold.iter().zip(&o2.twofold) {
            prop_assert!(close(t.explained, t2.explained), "{:?}", t.reference);
            prop_assert!(close(t.unexplained, t2.unexplained), "{:?}", t.reference);
            for (d, d2) in t.detailed.iter().zip(&t2.detailed) {
                prop_assert_eq!(&d.variable, &d2.variable);
                prop_assert!(close(d.explained, d2.explained), "{} explained", d.variable);
                prop_assert!(close(d.unexplained, d2.unexplained), "{} unexplained", d.variable);
            }
            let e: f64 = t.detailed.iter().map(|d| d.explained).sum();
            let u: f64 = t.detailed.iter().map(|d| d.unexplained).sum();
            prop_assert!(close(e, t.explained) && close(u, t.unexplained));
        }
        // The twofold parts add up to the gap, whatever the reference.
        for t in &o.twofold {
            prop_assert!(close(t.explained + t.unexplained, o.gap), "{:?}", t.reference);
        }
        let r = o.twofold.iter().find(|t| t.reference == Reference::B).unwrap();
        prop_assert!(close(r.explained, o.threefold.endowments));
    }

    /// With no controls the adjusted coefficient is the gap in mean log pay (women − men), and
    /// it does not depend on the order of the rows.
    #[test]
    fn no_controls_gives_the_raw_log_gap(rows in payroll()) {
        let n = rows.len();
        let mut d = Design::new(n);
        d.intercept();
        d.push("woman", rows.iter().map(|r| f64::from(u8::from(r.0))).collect()).unwrap();
        let y: Vec<f64> = rows.iter().map(|r| r.3).collect();
        let fit = ols(&d, &y).unwrap();
        let mean = |w: bool| {
            let v: Vec<f64> = rows.iter().filter(|r| r.0 == w).map(|r| r.3).collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        let b = fit.coefficient("woman").unwrap().estimate;
        prop_assert!((b - (mean(true) - mean(false))).abs() < 1e-10);
        let mut rev = rows.clone();
        rev.reverse();
        let mut d2 = Design::new(n);
        d2.intercept();
        d2.push("woman", rev.iter().map(|r| f64::from(u8::from(r.0))).collect()).unwrap();
        let y2: Vec<f64> = rev.iter().map(|r| r.3).collect();
        let b2 = ols(&d2, &y2).unwrap().coefficient("woman").unwrap().estimate;
        prop_assert!((b - b2).abs() < 1e-12);
    }
}

/// The report words the adjusted gap in each language, with the figures of the JSON, and
/// publishes the categories that disclosure control publishes.
#[test]
fn the_report_shows_the_adjusted_gap_in_every_language() {
    use gender_impact::i18n::Lang;
    let mut csv = String::from("gender,annual_pay,category,age\n");
    for i in 0..40 {
        let (g, cat) = (
            if i % 2 == 0 { "F" } else { "M" },
            if i < 20 { "A" } else { "B" },
        );
        let pay = 30_000.0 + 500.0 * i as f64 + if g == "M" { 1_500.0 } else { 0.0 };
        csv.push_str(&format!("{g},{pay},{cat},{}\n", 25 + i));
    }
    let mut o = CsvOptions::default();
    o.columns.category = Some("category".into());
    o.columns.controls = vec!["age".into()];
    let read = read_payroll(csv.as_bytes(), &o).unwrap();
    let a = crate::support::analysed_without_inference(read);
    let adj = match a.adjusted.as_ref().unwrap() {
        Outcome::Computed { result } => result,
        other => panic!("{other:?}"),
    };
    let g = adj.ols.computed().unwrap();
    assert_eq!(adj.categories.len(), 2);
    // The same figures under each category of Article 9(g).
    for c in &a.eu.g_categories {
        let within = adj
            .categories
            .iter()
            .find(|x| x.category == c.category)
            .unwrap();
        assert_eq!(c.adjusted.as_ref(), Some(&within.ols), "{}", c.category);
    }
    for (lang, heading) in [
        (Lang::En, "The adjusted gap"),
        (Lang::Fr, "L’écart ajusté"),
        (Lang::Es, "La brecha ajustada"),
    ] {
        let md = gender_impact::report::pay_markdown_in(&a, lang, 1);
        assert!(md.contains(heading), "{lang:?}");
        assert!(
            md.contains(&lang.percent(g.adjusted_gap, 1)),
            "{lang:?}: {md}"
        );
        // Both categories (10 women and 10 men each) are published.
        assert_eq!(
            md.matches("| A |").count() + md.matches("| B |").count(),
            4,
            "{lang:?}"
        );
        let html = gender_impact::report::pay_html(&a, lang);
        assert!(html.contains(&lang.percent(g.adjusted_gap, 1)), "{lang:?}");
    }
}

/// A level only men hold is aliased among women: it is dropped from both fits and named, and
/// each split still adds up to the gap (with an intercept: a fit without one does not pass
/// through the means, so its parts add up to x̄_Aᵀβ_A − x̄_Bᵀβ_B instead); without an intercept
/// the pooled reference is fitted on the rows (the R factors cannot give its indicator).
#[test]
fn decomposition_with_a_level_one_group_lacks_and_without_intercept() {
    let mut u = 0u64;
    let mut next = || {
        u = u
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (u >> 11) as f64 / (1u64 << 53) as f64
    };
    let rows: Vec<(bool, f64, usize, f64)> = (0..200)
        .map(|i| {
            let woman = i % 2 == 0;
            let grade = if woman { (i / 2) % 3 } else { (i / 2) % 4 };
            (
                woman,
                20.0 + 40.0 * next(),
                grade,
                10.0 + 0.1 * grade as f64 + 0.2 * next(),
            )
        })
        .collect();
    let build = |keep: bool, intercept: bool| {
        let sel: Vec<&(bool, f64, usize, f64)> = rows.iter().filter(|r| r.0 == keep).collect();
        let mut d = Design::new(sel.len());
        if intercept {
            d.intercept();
        }
        d.push("age", sel.iter().map(|r| r.1).collect()).unwrap();
        let g: Vec<String> = sel.iter().map(|r| format!("g{}", r.2)).collect();
        // The same levels in both designs: women's have a column of zeros for g3.
        let mut d2 = Design::new(sel.len());
        if intercept {
            d2.intercept();
        }
        d2.push("age", sel.iter().map(|r| r.1).collect()).unwrap();
        for level in ["g1", "g2", "g3"] {
            d2.push(
                &format!("grade={level}"),
                g.iter().map(|x| f64::from(u8::from(x == level))).collect(),
            )
            .unwrap();
        }
        (d2, sel.iter().map(|r| r.3).collect::<Vec<f64>>())
    };
    for intercept in [true, false] {
        let (xm, ym) = build(false, intercept);
        let (xw, yw) = build(true, intercept);
        let o = oaxaca(&xm, &ym, &xw, &yw).unwrap();
        assert_eq!(o.dropped, ["grade=g3"], "intercept {intercept}");
        let th = &o.threefold;
        let total = th.endowments + th.coefficients + th.interaction;
        if intercept {
            assert!((total - o.gap).abs() < 1e-9);
        }
        for t in &o.twofold {
            assert!(
                (t.explained + t.unexplained - total).abs() < 1e-9,
                "{:?}",
                t.reference
            );
            assert!(t.explained.is_finite() && t.unexplained.is_finite());
        }
    }
}

/// The delta-method standard errors against a Monte Carlo: 400 samples drawn from one model
/// (stochastic regressors: an age and a three-level grade whose distributions differ between
/// the groups, normal errors); the standard deviation of each part across the samples and the
/// mean of its delta-method standard error agree within 12% (the Monte Carlo's own error is
/// about 4%).
#[test]
fn delta_method_standard_errors_match_a_monte_carlo() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut uniform = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        ((state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    };
    let mut normal = move |u: &mut dyn FnMut() -> f64| {
        (-2.0 * u().ln()).sqrt() * (std::f64::consts::TAU * u()).cos()
    };
    let group = |n: usize,
                 men: bool,
                 u: &mut dyn FnMut() -> f64,
                 z: &mut dyn FnMut(&mut dyn FnMut() -> f64) -> f64| {
        let mut d = Design::new(n);
        d.intercept();
        let age: Vec<f64> = (0..n)
            .map(|_| {
                if men {
                    25.0 + 35.0 * u()
                } else {
                    22.0 + 35.0 * u()
                }
            })
            .collect();
        let grade: Vec<String> = (0..n)
            .map(|_| {
                let v = u();
                let cut = if men { (0.3, 0.7) } else { (0.45, 0.85) };
                if v < cut.0 {
                    "g1"
                } else if v < cut.1 {
                    "g2"
                } else {
                    "g3"
                }
                .to_string()
            })
            .collect();
        let y: Vec<f64> = (0..n)
            .map(|i| {
                let g = match grade[i].as_str() {
                    "g1" => 0.0,
                    "g2" => 0.2,
                    _ => 0.5,
                };
                let b = if men { 0.012 } else { 0.010 };
                10.0 + b * age[i] + g + if men { 0.05 } else { 0.0 } + 0.15 * z(&mut *u)
            })
            .collect();
        d.push("age", age).unwrap();
        d.factor("grade", &grade, Some("g1")).unwrap();
        (d, y)
    };
    let reps = 400;
    let mut draws: Vec<[f64; 9]> = Vec::new();
    let mut ses: Vec<[f64; 9]> = Vec::new();
    for _ in 0..reps {
        let (xa, ya) = group(300, true, &mut uniform, &mut normal);
        let (xb, yb) = group(250, false, &mut uniform, &mut normal);
        let o = oaxaca(&xa, &ya, &xb, &yb).unwrap();
        let t = &o.threefold;
        let by = |r: Reference| o.twofold.iter().find(|t| t.reference == r).unwrap();
        let (reimers, men) = (by(Reference::Reimers), by(Reference::A));
        let (neumark, pooled) = (by(Reference::Neumark), by(Reference::Pooled));
        draws.push([
            t.endowments,
            t.coefficients,
            t.interaction,
            reimers.explained,
            men.unexplained,
            neumark.explained,
            neumark.unexplained,
            pooled.explained,
            pooled.unexplained,
        ]);
        ses.push([
            t.endowments_std_error,
            t.coefficients_std_error,
            t.interaction_std_error,
            reimers.explained_std_error.unwrap(),
            men.unexplained_std_error.unwrap(),
            neumark.explained_std_error.unwrap(),
            neumark.unexplained_std_error.unwrap(),
            pooled.explained_std_error.unwrap(),
            pooled.unexplained_std_error.unwrap(),
        ]);
    }
    let names = [
        "endowments",
        "coefficients",
        "interaction",
        "reimers explained",
        "men unexplained",
        "neumark explained",
        "neumark unexplained",
        "pooled explained",
        "pooled unexplained",
    ];
    for k in 0..names.len() {
        let mean = draws.iter().map(|d| d[k]).sum::<f64>() / reps as f64;
        let sd =
            (draws.iter().map(|d| (d[k] - mean).powi(2)).sum::<f64>() / (reps - 1) as f64).sqrt();
        let se = ses.iter().map(|s| s[k]).sum::<f64>() / reps as f64;
        let ratio = se / sd;
        eprintln!(
            "{}: delta {se:.5}, Monte Carlo {sd:.5}, ratio {ratio:.3}",
            names[k]
        );
        assert!(
            (0.88..=1.12).contains(&ratio),
            "{}: delta {se:.5}, Monte Carlo {sd:.5}, ratio {ratio:.3}",
            names[k]
        );
    }
}
