//! Properties of the pay gaps (Directive (EU) 2023/970 Art. 9 and the UK figures), on generated
//! payrolls within the input bounds (amounts 0 to 1e12, weekly hours 0.01 to 168):
//!
//! - swapping women and men flips the sign of every gap (Art. 9 (a)-(d), (g) per category, UK
//!   mean and median hourly and bonus gaps); a zero gap stays zero; a gap not computable for want
//!   of women or men stays not computable;
//! - scaling all pay by a power of two changes no gap, bit for bit, and scales every mean and
//!   median exactly; scaling by 1.1 changes no gap beyond rounding;
//! - the order of the rows changes nothing, bit for bit;
//! - quartile-band shares lie in [0, 1] and sum to 1 in each non-empty band;
//! - the shared computation (`pay::figures` on a `Payroll`), the separate ones on workers, and a
//!   payroll read back from CSV give the same figures.

use gender_impact::pay::{Article9, article_9};
use gender_impact::pay::{Columns, CsvOptions, read_payroll};
use gender_impact::pay::{Gap, Hours, Money, PayRules, Payroll, Worker, figures};
use gender_impact::pay::{QuartileBand, UkFigures, uk_figures};
use gender_impact::{Gender, Text};
use proptest::prelude::*;

const CATEGORIES: [&str; 3] = ["Cleaning", "Nursing", "Teaching"];

/// Amounts within the bounds, with room to scale by 8 (at most 1.25e11): cents, zeros and large
/// whole amounts.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => (0u64..=10_000_000).prop_map(|c| c as f64 / 100.0),
        1 => Just(0.0),
        1 => (0u64..=125_000_000_000).prop_map(|v| v as f64),
    ]
}

fn hours() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(37.5),
        Just(20.0),
        Just(0.01),
        Just(168.0),
        (1u32..=16_800).prop_map(|h| f64::from(h) / 100.0),
    ]
}

fn gender() -> impl Strategy<Value = Gender> {
    prop_oneof![
        4 => Just(Gender::Woman),
        4 => Just(Gender::Man),
        1 => Just(Gender::NonBinary),
        1 => Just(Gender::Undisclosed),
    ]
}

fn money(v: f64) -> Money {
    Money::new(v).expect("generated within the bounds")
}

/// A worker with any of the fields recorded or not.
fn worker() -> impl Strategy<Value = Worker> {
    (
        gender(),
        prop::option::weighted(0.8, 0..CATEGORIES.len()),
        prop::option::weighted(0.9, amount()),
        prop::option::weighted(0.7, amount()),
        prop::option::weighted(0.15, amount()),
        prop::option::weighted(0.8, hours()),
        prop::option::weighted(0.5, amount()),
        prop::bool::weighted(0.9),
    )
        .prop_map(
            |(gender, category, annual, variable, hourly, weekly, bonus, full_pay)| Worker {
                category: category.map(|c| Text::new(CATEGORIES[c]).expect("a text")),
                annual_pay: annual.map(money),
                variable_pay: variable.map(money),
                hourly_pay: hourly.map(money),
                weekly_hours: weekly.map(|h| Hours::new(h).expect("generated within the bounds")),
                bonus_pay: bonus.map(money),
                full_pay,
                ..Worker::new(gender)
            },
        )
}

fn workers() -> impl Strategy<Value = Vec<Worker>> {
    prop::collection::vec(worker(), 0..60)
}

/// Every field recorded (as a payroll CSV with all columns has them); no hourly pay, so the
/// hourly rates come from annual pay and hours.
fn complete_worker() -> impl Strategy<Value = Worker> {
    (
        gender(),
        0..CATEGORIES.len(),
        amount(),
        amount(),
        hours(),
        amount(),
        prop::bool::weighted(0.9),
    )
        .prop_map(
            |(gender, category, annual, variable, weekly, bonus, full_pay)| Worker {
                category: Some(Text::new(CATEGORIES[category]).expect("a text")),
                annual_pay: Some(money(annual)),
                variable_pay: Some(money(variable)),
                weekly_hours: Some(Hours::new(weekly).expect("generated within the bounds")),
                bonus_pay: Some(money(bonus)),
                full_pay,
                ..Worker::new(gender)
            },
        )
}

fn swap(w: &Worker) -> Worker {
    let gender = match w.gender {
        Gender::Woman => Gender::Man,
        Gender::Man => Gender::Woman,
        g => g,
    };
    Worker {
        gender,
        ..w.clone()
    }
}

fn scale(w: &Worker, c: f64) -> Worker {
    let s = |m: Option<Money>| m.map(|m| money(m.get() * c));
    Worker {
        annual_pay: s(w.annual_pay),
        variable_pay: s(w.variable_pay),
        hourly_pay: s(w.hourly_pay),
        bonus_pay: s(w.bonus_pay),
        ..w.clone()
    }
}

/// The figures the properties look at, through the shared computation.
fn both(ws: &[Worker]) -> (Article9, UkFigures) {
    figures(&Payroll::from_workers(ws), &[], &PayRules::built_in())
}

/// The gaps named by the issue, with a label: Art. 9 (a)-(d), (g) per category (basic,
/// variable, pay level), UK mean and median hourly and bonus gaps.
fn gaps(eu: &Article9, uk: &UkFigures) -> Vec<(String, Gap)> {
    let mut out = vec![
        ("a annual".to_string(), eu.a_mean_gap_annual.clone()),
        ("b variable".to_string(), eu.b_variable_mean_gap.clone()),
        ("c annual".to_string(), eu.c_median_gap_annual.clone()),
        ("d variable".to_string(), eu.d_variable_median_gap.clone()),
        ("uk mean hourly".to_string(), uk.mean_hourly_gap.clone()),
        ("uk median hourly".to_string(), uk.median_hourly_gap.clone()),
        ("uk mean bonus".to_string(), uk.mean_bonus_gap.clone()),
        ("uk median bonus".to_string(), uk.median_bonus_gap.clone()),
    ];
    if let Some(g) = &eu.a_mean_gap_hourly {
        out.push(("a hourly".to_string(), g.clone()));
    }
    if let Some(g) = &eu.c_median_gap_hourly {
        out.push(("c hourly".to_string(), g.clone()));
    }
    for c in &eu.g_categories {
        out.push((format!("g basic {}", c.category), c.basic_mean_gap.clone()));
        out.push((
            format!("g variable {}", c.category),
            c.variable_mean_gap.clone(),
        ));
        out.push((
            format!("g level {}", c.category),
            c.pay_level_mean_gap.clone(),
        ));
    }
    out
}

/// -1, 0 or 1.
fn sign(x: f64) -> i8 {
    if x > 0.0 {
        1
    } else if x < 0.0 {
        -1
    } else {
        0
    }
}

fn check_shares(bands: &[QuartileBand; 4]) -> Result<(), TestCaseError> {
    for b in bands {
        match (b.women_share, b.men_share) {
            (Some(w), Some(m)) => {
                prop_assert!((0.0..=1.0).contains(&w) && (0.0..=1.0).contains(&m));
                prop_assert!((w + m - 1.0).abs() <= 2.0 * f64::EPSILON, "{} + {}", w, m);
                prop_assert!(b.women + b.men > 0);
            }
            (None, None) => prop_assert_eq!(b.women + b.men, 0),
            _ => prop_assert!(false, "one share without the other: {:?}", b),
        }
    }
    Ok(())
}

/// A CSV with every column of `complete_worker`.
fn to_csv(ws: &[Worker]) -> String {
    let mut s = String::from("gender,category,annual,variable,bonus,hours,full_pay\n");
    let code = |g: Gender| match g {
        Gender::Woman => "F",
        Gender::Man => "M",
        Gender::NonBinary => "X",
        _ => "U",
    };
    let v = |m: Option<Money>| m.map_or(String::new(), |m| m.get().to_string());
    for w in ws {
        s.push_str(&format!(
            "{},{},{},{},{},{},{}\n",
            code(w.gender),
            w.category.as_ref().map_or("", |c| c.as_str()),
            v(w.annual_pay),
            v(w.variable_pay),
            v(w.bonus_pay),
            w.weekly_hours
                .map_or(String::new(), |h| h.get().to_string()),
            if w.full_pay { "yes" } else { "no" },
        ));
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn swapping_women_and_men_flips_the_sign_of_every_gap(ws in workers()) {
        let swapped: Vec<Worker> = ws.iter().map(swap).collect();
        let (eu, uk) = both(&ws);
        let (eu_s, uk_s) = both(&swapped);
        // The same categories, in the same order; the hourly gaps exist for both or neither.
        prop_assert_eq!(eu.a_mean_gap_hourly.is_some(), eu_s.a_mean_gap_hourly.is_some());
        let (a, b) = (gaps(&eu, &uk), gaps(&eu_s, &uk_s));
        prop_assert_eq!(a.len(), b.len());
        for ((label, g), (label_s, g_s)) in a.iter().zip(&b) {
            prop_assert_eq!(label, label_s);
            prop_assert_eq!((g.women, g.men), (g_s.men, g_s.women), "{}", label);
            prop_assert_eq!((g.n_women, g.n_men), (g_s.n_men, g_s.n_women), "{}", label);
            match (g.value, g_s.value) {
                (Some(x), Some(y)) => {
                    prop_assert_eq!(sign(y), -sign(x), "{}: {} swapped to {}", label, x, y);
                    if x == 0.0 {
                        prop_assert_eq!(y, 0.0, "{}: zero stays zero", label);
                    }
                }
                (None, None) => {}
                // Not symmetric: one side's value is zero (men's 0: undefined; women's 0: 100%).
                (Some(_), None) | (None, Some(_)) => {
                    prop_assert!(g.women == Some(0.0) || g.men == Some(0.0), "{}", label);
                }
            }
            // Not computable for want of women or of men: so is the swapped gap.
            if g.women.is_none() || g.men.is_none() {
                prop_assert!(g.value.is_none() && g_s.value.is_none(), "{}", label);
            }
        }
        // (e) and the UK bonus proportions swap too.
        prop_assert_eq!(eu.e_variable_women, eu_s.e_variable_men);
        prop_assert_eq!(uk.bonus_women, uk_s.bonus_men);
    }

    #[test]
    fn scaling_pay_by_a_power_of_two_changes_no_gap(ws in workers(), k in -10i32..=3) {
        let c = 2f64.powi(k);
        let scaled: Vec<Worker> = ws.iter().map(|w| scale(w, c)).collect();
        let (eu, uk) = both(&ws);
        let (eu_s, uk_s) = both(&scaled);
        for ((label, g), (_, g_s)) in gaps(&eu, &uk).iter().zip(&gaps(&eu_s, &uk_s)) {
            prop_assert_eq!(g.value, g_s.value, "{} scaled by {}", label, c);
            prop_assert_eq!(g.women.map(|v| v * c), g_s.women, "{}", label);
            prop_assert_eq!(g.men.map(|v| v * c), g_s.men, "{}", label);
            prop_assert_eq!((g.n_women, g.n_men), (g_s.n_women, g_s.n_men));
        }
        prop_assert_eq!(eu.f_quartiles, eu_s.f_quartiles);
        prop_assert_eq!(uk.quartiles, uk_s.quartiles);
    }

    #[test]
    fn scaling_pay_by_1_1_changes_no_gap_beyond_rounding(ws in workers()) {
        let c = 1.1;
        let scaled: Vec<Worker> = ws.iter().map(|w| scale(w, c)).collect();
        let (eu, uk) = both(&ws);
        let (eu_s, uk_s) = both(&scaled);
        for ((label, g), (_, g_s)) in gaps(&eu, &uk).iter().zip(&gaps(&eu_s, &uk_s)) {
            prop_assert_eq!(g.value.is_some(), g_s.value.is_some(), "{}", label);
            if let (Some(x), Some(y), Some(w), Some(m)) = (g.value, g_s.value, g.women, g.men) {
                // gap = 1 − w/m: a relative error of a few units of 1e-16 in w/m.
                let tol = 1e-13 * (1.0 + w / m);
                prop_assert!((x - y).abs() <= tol, "{}: {} vs {} (tolerance {})", label, x, y, tol);
            }
            prop_assert_eq!((g.n_women, g.n_men), (g_s.n_women, g_s.n_men));
        }
    }

    #[test]
    fn row_order_changes_nothing(
        (ws, shuffled) in workers().prop_flat_map(|w| (Just(w.clone()), Just(w).prop_shuffle()))
    ) {
        // Bit for bit: every figure is computed on sorted values.
        prop_assert_eq!(both(&ws), both(&shuffled));
    }

    #[test]
    fn quartile_shares_lie_in_0_1_and_sum_to_1(ws in workers()) {
        let (eu, uk) = both(&ws);
        check_shares(&eu.f_quartiles)?;
        check_shares(&uk.quartiles)?;
    }

    #[test]
    fn shared_separate_and_csv_computations_agree(
        ws in prop::collection::vec(complete_worker(), 1..60)
    ) {
        let rules = PayRules::built_in();
        let shared = both(&ws);
        prop_assert_eq!(&shared.0, &article_9(&ws, &[], &rules));
        prop_assert_eq!(&shared.1, &uk_figures(&ws, &rules));
        let options = CsvOptions {
            columns: Columns {
                annual_pay: Some("annual".to_string()),
                variable_pay: vec!["variable".to_string()],
                bonus_pay: Some("bonus".to_string()),
                weekly_hours: Some("hours".to_string()),
                category: Some("category".to_string()),
                full_pay: Some("full_pay".to_string()),
                ..Columns::default()
            },
            ..CsvOptions::default()
        };
        let read = read_payroll(to_csv(&ws).as_bytes(), &options).expect("a valid CSV");
        prop_assert_eq!(read.payroll.to_workers(), ws.clone());
        prop_assert_eq!(figures(&read.payroll, &[], &rules), shared);
    }
}

/// The columns a CSV reader stores in their compact forms (one value for every row: assumed
/// weekly hours; one column for category and grade: the Montgomery preset) give the same figures
/// as the same rows stored one value per row.
#[test]
fn compact_columns_give_the_figures_of_per_row_columns() {
    let rules = PayRules::built_in();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/montgomery-county-employee-salaries-2023.csv");
    let options = CsvOptions {
        default_weekly_hours: Some(Hours::new(37.5).expect("valid hours")),
        ..CsvOptions::montgomery()
    };
    let file = std::fs::File::open(path).expect("the Montgomery payroll");
    let read = read_payroll(file, &options).expect("a valid CSV");
    let workers = read.payroll.to_workers();
    assert_eq!(workers.len(), 10_291);
    assert!(
        workers
            .iter()
            .all(|w| w.weekly_hours.map(Hours::get) == Some(37.5))
    );
    assert!(workers.iter().all(|w| w.grade == w.category));
    let (eu, uk) = figures(&read.payroll, &[], &rules);
    assert!(eu.a_mean_gap_hourly.is_some() && uk.mean_hourly_gap.value.is_some());
    assert_eq!((eu, uk), both(&workers));
}
