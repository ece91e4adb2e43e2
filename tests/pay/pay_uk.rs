//! The six UK gender pay gap figures (SI 2017/172): the methods notes' reference case (5.3),
//! hand-made fixtures with ties at every quartile boundary, edge cases and properties.
//!
//! Every expected value here is worked out by hand (in the comments), not by the library.

use gender_impact::Gender;
use gender_impact::pay::{self, QuartileBand, UkFigures, quartile_bands, uk_figures};
use gender_impact::pay::{Money, PayRules, Worker};
use proptest::prelude::*;

use crate::support::rel_close;

const F: bool = true;
const M: bool = false;

fn money(v: f64) -> Option<Money> {
    Some(Money::new(v).unwrap())
}

/// A worker with an hourly rate and a bonus (both optional) and full-pay status.
fn worker(gender: Gender, hourly: Option<f64>, bonus: Option<f64>, full_pay: bool) -> Worker {
    Worker {
        hourly_pay: hourly.and_then(money),
        bonus_pay: bonus.and_then(money),
        full_pay,
        ..Worker::new(gender)
    }
}

fn counts(bands: &[QuartileBand; 4]) -> [(u64, u64); 4] {
    bands.map(|b| (b.women, b.men))
}

// ---------------------------------------------------------------------------------------------
// 1. The methods notes' reference case, 5.3.
// ---------------------------------------------------------------------------------------------

/// The 12 full-pay relevant employees of 5.3: F9 M11 M11 F11 F11 F12 M13 F14 M16 F18 M22 M30.
const REFERENCE_HOURLY: [(f64, bool); 12] = [
    (9.0, F),
    (11.0, M),
    (11.0, M),
    (11.0, F),
    (11.0, F),
    (12.0, F),
    (13.0, M),
    (14.0, F),
    (16.0, M),
    (18.0, F),
    (22.0, M),
    (30.0, M),
];

/// The 14 relevant employees of 5.3: the 12 above plus a man and a woman on reduced-pay leave.
/// Men's bonuses 500, 1000, 1500, 5000 (4 of 7), women's 400, 800, 1200 (3 of 7); the man on
/// leave is one of the men paid bonus. Those on leave have a (reduced) hourly rate of 2.00 that
/// must not enter the hourly figures.
pub(crate) fn reference_workforce() -> Vec<Worker> {
    let men_bonus = [500.0, 1000.0, 0.0, 0.0, 5000.0, 0.0];
    let women_bonus = [400.0, 0.0, 800.0, 0.0, 1200.0, 0.0];
    let (mut mi, mut wi) = (0, 0);
    let mut v: Vec<Worker> = REFERENCE_HOURLY
        .iter()
        .map(|&(pay, is_woman)| {
            let (g, b) = if is_woman {
                wi += 1;
                (Gender::Woman, women_bonus[wi - 1])
            } else {
                mi += 1;
                (Gender::Man, men_bonus[mi - 1])
            };
            worker(g, Some(pay), Some(b), true)
        })
        .collect();
    v.push(worker(Gender::Man, Some(2.0), Some(1500.0), false));
    v.push(worker(Gender::Woman, Some(2.0), Some(0.0), false));
    v
}

#[test]
fn reference_case_hourly_gaps() {
    let f = uk_figures(&reference_workforce(), &PayRules::built_in());
    // Men: 11 + 11 + 13 + 16 + 22 + 30 = 103, mean 103/6 = 17.1667; women: 9 + 11 + 11 + 12 +
    // 14 + 18 = 75, mean 12.50. Gap = (103/6 − 12.5)/(103/6) = 28/103 = 27.18 %.
    let mean = &f.mean_hourly_gap;
    assert!(rel_close(mean.men.unwrap(), 103.0 / 6.0, 1e-15));
    assert!(rel_close(mean.women.unwrap(), 12.5, 1e-15));
    assert!(rel_close(mean.value.unwrap(), 28.0 / 103.0, 1e-14));
    assert!((mean.value.unwrap() * 100.0 - 27.18).abs() < 0.005);
    assert_eq!((mean.n_women, mean.n_men), (6, 6));
    // Medians: men (13 + 16)/2 = 14.50, women (11 + 12)/2 = 11.50; gap 3/14.5 = 20.69 %.
    let median = &f.median_hourly_gap;
    assert_eq!((median.women, median.men), (Some(11.5), Some(14.5)));
    assert!(rel_close(median.value.unwrap(), 3.0 / 14.5, 1e-15));
    assert!((median.value.unwrap() * 100.0 - 20.69).abs() < 0.005);
    assert_eq!(median.not_computable, None);
}

#[test]
fn reference_case_quartiles_share_the_tie_per_reg_13_2() {
    // Q1 {F9, M11, F11}, Q2 {M11, F11, F12}, Q3 {M13, F14, M16}, Q4 {F18, M22, M30}.
    let expected = [(2, 1), (2, 1), (1, 2), (1, 2)];
    let bands = quartile_bands(&REFERENCE_HOURLY);
    assert_eq!(counts(&bands), expected);
    // The naive men-first tie-break, Q1 {F9, M11, M11} and Q2 {F11, F11, F12}, is wrong.
    assert_ne!((bands[0].women, bands[0].men), (1, 2));
    assert_ne!((bands[1].women, bands[1].men), (3, 0));
    // Shares: M 33.3 / F 66.7 in Q1 and Q2; M 66.7 / F 33.3 in Q3 and Q4.
    for b in &bands[..2] {
        assert!(rel_close(b.women_share.unwrap(), 2.0 / 3.0, 1e-15));
        assert!(rel_close(b.men_share.unwrap(), 1.0 / 3.0, 1e-15));
    }
    for b in &bands[2..] {
        assert!(rel_close(b.women_share.unwrap(), 1.0 / 3.0, 1e-15));
        assert!(rel_close(b.men_share.unwrap(), 2.0 / 3.0, 1e-15));
    }
    // The same from the pay records, whose two employees on leave are not in the bands.
    let f = uk_figures(&reference_workforce(), &PayRules::built_in());
    assert_eq!(f.quartiles, bands);
    // And whatever the order of input (men first, then reversed).
    let mut men_first = REFERENCE_HOURLY.to_vec();
    men_first.sort_by_key(|e| e.1);
    assert_eq!(quartile_bands(&men_first), bands);
    men_first.reverse();
    assert_eq!(quartile_bands(&men_first), bands);
}

#[test]
fn reference_case_bonus_figures() {
    let f = uk_figures(&reference_workforce(), &PayRules::built_in());
    // Recipients only: men (500 + 1000 + 1500 + 5000)/4 = 2000, women (400 + 800 + 1200)/3 =
    // 800; gap (2000 − 800)/2000 = 60.0 %.
    let mean = &f.mean_bonus_gap;
    assert_eq!((mean.women, mean.men), (Some(800.0), Some(2000.0)));
    assert!(rel_close(mean.value.unwrap(), 0.6, 1e-15));
    assert_eq!((mean.n_women, mean.n_men), (3, 4));
    // Not 70 %: the gap with the zeros of non-recipients, (8000/7 − 2400/7)/(8000/7).
    assert!((mean.value.unwrap() - 0.7).abs() > 0.05);
    // Medians: men (1000 + 1500)/2 = 1250, women 800; gap 450/1250 = 36.0 %.
    let median = &f.median_bonus_gap;
    assert_eq!((median.women, median.men), (Some(800.0), Some(1250.0)));
    assert!(rel_close(median.value.unwrap(), 0.36, 1e-15));
    // Proportions paid bonus: M 4/7 = 57.1 %, F 3/7 = 42.9 %, over all 14 relevant employees.
    assert_eq!((f.bonus_men.count, f.bonus_men.of), (4, 7));
    assert_eq!((f.bonus_women.count, f.bonus_women.of), (3, 7));
    assert!((f.bonus_men.share.unwrap() * 100.0 - 57.1).abs() < 0.05);
    assert!((f.bonus_women.share.unwrap() * 100.0 - 42.9).abs() < 0.05);
}

#[test]
fn reference_case_populations_and_exclusions() {
    let f = uk_figures(&reference_workforce(), &PayRules::built_in());
    assert_eq!(
        (f.relevant_employees.women, f.relevant_employees.men),
        (7, 7)
    );
    assert_eq!(f.relevant_employees.excluded, 0);
    assert_eq!(
        (
            f.full_pay_relevant_employees.women,
            f.full_pay_relevant_employees.men
        ),
        (6, 6)
    );
    assert!(!f.relevant_employer);
    assert_eq!(
        f.exclusions,
        [pay::Exclusion {
            reason: pay::ExclusionReason::NotFullPay,
            count: 2
        }]
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Hand-made fixtures. Band sizes (band j ends at rank ⌊j·N/4⌋): N = 8: 2-2-2-2; 9: 2-2-2-3;
// 10: 2-3-2-3; 11: 2-3-3-3.
// ---------------------------------------------------------------------------------------------

#[test]
fn n8_one_tie_group_across_all_three_boundaries() {
    // Ranks: 1 M5 | 2..7 six at 10 (W W W W M M) | 8 W20. Bands: ranks 1-2, 3-4, 5-6, 7-8.
    // The group of six is split 1-2-2-1; women's exact shares 4·(1, 2, 2, 1)/6 = 0.67, 1.33,
    // 1.33, 0.67 → floors 0, 1, 1, 0 and the two left over go to the largest remainders (the
    // two parts of one): 1, 1, 1, 1. Men 0, 1, 1, 0.
    let entries = [
        (10.0, F),
        (10.0, M),
        (5.0, M),
        (10.0, F),
        (20.0, F),
        (10.0, F),
        (10.0, M),
        (10.0, F),
    ];
    let b = quartile_bands(&entries);
    assert_eq!(counts(&b), [(1, 1), (1, 1), (1, 1), (2, 0)]);
    assert_eq!(b[3].men_share, Some(0.0));
    assert_eq!(b[3].women_share, Some(1.0));
}

#[test]
fn n9_ties_at_every_boundary() {
    // Sizes 2-2-2-3: bands are ranks 1-2, 3-4, 5-6, 7-9.
    // 10: W W M at ranks 1-3, split 2 | 1. Women 2·(2, 1)/3 = 1.33, 0.67 → 1, 1. Men 1, 0.
    // 20: W M at ranks 4-5, split 1 | 1. Women 0.5, 0.5: an exact tie goes to the lower band
    //     (Q2 gets the woman, Q3 the man).
    // 30: M M at ranks 6-7, split 1 | 1: Q3 M, Q4 M.
    // 40: W W at ranks 8-9 in Q4.
    let entries = [
        (40.0, F),
        (30.0, M),
        (20.0, M),
        (10.0, M),
        (10.0, F),
        (20.0, F),
        (30.0, M),
        (10.0, F),
        (40.0, F),
    ];
    let b = quartile_bands(&entries);
    assert_eq!(counts(&b), [(1, 1), (2, 0), (0, 2), (2, 1)]);
}

#[test]
fn n10_one_group_of_eight_over_all_bands() {
    // Sizes 2-3-2-3: bands are ranks 1-2, 3-5, 6-7, 8-10.
    // Rank 1 W10; ranks 2-9 eight at 15 with 3 women; rank 10 M99.
    // The group is split 1-3-2-2; women 3·(1, 3, 2, 2)/8 = 0.375, 1.125, 0.75, 0.75 → floors
    // 0, 1, 0, 0 and the two left over go to the remainders 0.75, 0.75: 0, 1, 1, 1.
    // Men of the group 1, 2, 1, 1.
    let mut entries = vec![(10.0, F), (99.0, M)];
    entries.extend([F, M, M, F, M, M, F, M].map(|g| (15.0, g)));
    let b = quartile_bands(&entries);
    assert_eq!(counts(&b), [(1, 1), (1, 2), (1, 1), (1, 2)]);
}

#[test]
fn n11_ties_at_every_boundary() {
    // Sizes 2-3-3-3: bands are ranks 1-2, 3-5, 6-8, 9-11.
    // 8:  W M M at ranks 1-3, split 2 | 1: women 1·(2, 1)/3 = 0.67, 0.33 → 1, 0; men 1, 1.
    // 9:  W W M at ranks 4-6, split 2 | 1: women 2·(2, 1)/3 = 1.33, 0.67 → 1, 1; men 1, 0.
    // 12: M W W at ranks 7-9, split 2 | 1: the same, women 1, 1; men 1, 0.
    // 20: W M at ranks 10-11 in Q4.
    let entries = [
        (20.0, M),
        (12.0, F),
        (9.0, M),
        (8.0, M),
        (12.0, M),
        (9.0, F),
        (8.0, F),
        (20.0, F),
        (12.0, F),
        (8.0, M),
        (9.0, F),
    ];
    let b = quartile_bands(&entries);
    assert_eq!(counts(&b), [(1, 1), (1, 2), (2, 1), (2, 1)]);
}

#[test]
fn all_equal_pay() {
    // N = 10 at one rate, 4 women: one group split 2-3-2-3; women 4·(2, 3, 2, 3)/10 = 0.8, 1.2,
    // 0.8, 1.2 → floors 0, 1, 0, 1, and the two left over to the remainders 0.8: 1, 1, 1, 1.
    let mut entries = vec![(12.0, F); 4];
    entries.extend([(12.0, M); 6]);
    let b = quartile_bands(&entries);
    assert_eq!(counts(&b), [(1, 1), (1, 2), (1, 1), (1, 2)]);
    // N = 8, 4 women and 4 men: exactly one of each per band.
    let mut entries = vec![(7.5, F); 4];
    entries.extend([(7.5, M); 4]);
    assert_eq!(counts(&quartile_bands(&entries)), [(1, 1); 4]);
    // The gaps of equal pay are 0.
    let staff: Vec<Worker> = (0..8)
        .map(|i| {
            let g = if i % 2 == 0 {
                Gender::Woman
            } else {
                Gender::Man
            };
            worker(g, Some(7.5), Some(100.0), true)
        })
        .collect();
    let f = uk_figures(&staff, &PayRules::built_in());
    assert_eq!(f.mean_hourly_gap.value, Some(0.0));
    assert_eq!(f.median_hourly_gap.value, Some(0.0));
    assert_eq!(f.mean_bonus_gap.value, Some(0.0));
    assert_eq!(counts(&f.quartiles), [(1, 1); 4]);
}

#[test]
fn one_gender_only() {
    let staff: Vec<Worker> = [10.0, 11.0, 12.0, 13.0, 14.0]
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            worker(
                Gender::Woman,
                Some(p),
                Some(if i < 2 { 50.0 } else { 0.0 }),
                true,
            )
        })
        .collect();
    let f = uk_figures(&staff, &PayRules::built_in());
    for g in [&f.mean_hourly_gap, &f.median_hourly_gap] {
        assert_eq!(g.value, None);
        assert_eq!(g.women, Some(12.0));
        assert_eq!(g.men, None);
        assert_eq!((g.n_women, g.n_men), (5, 0));
        assert!(
            g.not_computable
                .as_ref()
                .unwrap()
                .english()
                .contains("no men")
        );
    }
    assert_eq!(f.mean_bonus_gap.value, None);
    assert!(f.mean_bonus_gap.not_computable.is_some());
    assert_eq!(f.mean_bonus_gap.women, Some(50.0));
    // Shares are still defined: 2 of 5 women paid bonus; no men, so no men's share.
    assert_eq!((f.bonus_women.count, f.bonus_women.of), (2, 5));
    assert_eq!(f.bonus_women.share, Some(0.4));
    assert_eq!(
        (f.bonus_men.count, f.bonus_men.of, f.bonus_men.share),
        (0, 0, None)
    );
    // Sizes 1-1-1-2, all women.
    assert_eq!(counts(&f.quartiles), [(1, 0), (1, 0), (1, 0), (2, 0)]);
    for b in &f.quartiles {
        assert_eq!((b.women_share, b.men_share), (Some(1.0), Some(0.0)));
    }
}

#[test]
fn men_paid_bonus_but_no_women() {
    let staff = [
        worker(Gender::Woman, Some(10.0), Some(0.0), true),
        worker(Gender::Man, Some(10.0), Some(200.0), true),
    ];
    let f = uk_figures(&staff, &PayRules::built_in());
    assert_eq!(f.mean_bonus_gap.value, None);
    assert!(
        f.mean_bonus_gap
            .not_computable
            .as_ref()
            .unwrap()
            .english()
            .contains("no women")
    );
    assert_eq!(f.bonus_women.share, Some(0.0));
    assert_eq!(f.bonus_men.share, Some(1.0));
}

#[test]
fn fewer_than_four_people() {
    let empty = quartile_bands(&[]);
    for b in &empty {
        assert_eq!(
            (b.women, b.men, b.women_share, b.men_share),
            (0, 0, None, None)
        );
    }
    // N = 1: 0-0-0-1.
    assert_eq!(
        counts(&quartile_bands(&[(5.0, F)])),
        [(0, 0), (0, 0), (0, 0), (1, 0)]
    );
    // N = 2: 0-1-0-1.
    let b = quartile_bands(&[(6.0, M), (5.0, F)]);
    assert_eq!(counts(&b), [(0, 0), (1, 0), (0, 0), (0, 1)]);
    assert_eq!(b[0].women_share, None);
    assert_eq!(b[2].men_share, None);
    // N = 2 tied: one woman, one man, an exact tie: the woman to the lower band.
    assert_eq!(
        counts(&quartile_bands(&[(5.0, M), (5.0, F)])),
        [(0, 0), (1, 0), (0, 0), (0, 1)]
    );
    // N = 3: 0-1-1-1.
    let b = quartile_bands(&[(3.0, F), (1.0, M), (2.0, F)]);
    assert_eq!(counts(&b), [(0, 0), (0, 1), (1, 0), (1, 0)]);
    // uk_figures with no one at all.
    let f = uk_figures(&[], &PayRules::built_in());
    assert_eq!(f.mean_hourly_gap.value, None);
    assert_eq!(f.bonus_women.share, None);
    assert!(f.exclusions.is_empty());
    assert!(!f.relevant_employer);
}

#[test]
fn every_left_out_record_is_reported() {
    let mut derived = Worker::new(Gender::Woman);
    // 36500 a year at 35 hours a week: 36500 × 7 / 365 / 35 = 20.00 an hour.
    derived.annual_pay = money(36500.0);
    derived.weekly_hours = Some(gender_impact::Hours::new(35.0).unwrap());
    derived.variable_pay = money(0.0); // bonus falls back to variable pay: recorded, none paid
    let mut no_hours = Worker::new(Gender::Woman);
    no_hours.annual_pay = money(30000.0);
    no_hours.bonus_pay = money(300.0);
    let staff = vec![
        worker(Gender::NonBinary, Some(50.0), Some(9999.0), true),
        worker(Gender::Undisclosed, Some(1.0), None, false),
        derived,
        no_hours,
        worker(Gender::Man, Some(25.0), None, true),
        worker(Gender::Woman, Some(3.0), None, false),
        worker(Gender::Man, Some(10.0), Some(100.0), true),
    ];
    let f = uk_figures(&staff, &PayRules::built_in());
    let found: Vec<(pay::ExclusionReason, u64)> = f
        .exclusions
        .iter()
        .map(|e| (e.reason.clone(), e.count))
        .collect();
    assert_eq!(
        found,
        [
            (pay::ExclusionReason::Gender, 2),
            (pay::ExclusionReason::NotFullPay, 1),
            (pay::ExclusionReason::NoHourly, 1),
            (pay::ExclusionReason::NoBonus, 2),
        ]
    );
    assert_eq!(f.relevant_employees.excluded, 2);
    assert_eq!(f.full_pay_relevant_employees.excluded, 1);
    assert_eq!(
        (
            f.full_pay_relevant_employees.women,
            f.full_pay_relevant_employees.men
        ),
        (2, 2)
    );
    // Hourly: women {20.00} (derived), men {10, 25}.
    assert_eq!(f.mean_hourly_gap.women, Some(20.0));
    assert_eq!(f.mean_hourly_gap.men, Some(17.5));
    assert_eq!((f.mean_hourly_gap.n_women, f.mean_hourly_gap.n_men), (1, 2));
    // Bonus recorded: women {0 (variable pay), 300}, men {100}; the two with none recorded are
    // not zeros.
    assert_eq!((f.bonus_women.count, f.bonus_women.of), (1, 2));
    assert_eq!((f.bonus_men.count, f.bonus_men.of), (1, 1));
    assert_eq!(f.mean_bonus_gap.women, Some(300.0));
    assert_eq!(f.mean_bonus_gap.men, Some(100.0));
    assert!(rel_close(f.mean_bonus_gap.value.unwrap(), -2.0, 1e-15));
    assert_eq!(counts(&f.quartiles), [(0, 0), (0, 1), (1, 0), (0, 1)]);
}

#[test]
fn relevant_employer_threshold_counts_everyone() {
    let rules = PayRules::built_in();
    let mut staff: Vec<Worker> = (0..248)
        .map(|i| {
            worker(
                if i % 2 == 0 {
                    Gender::Woman
                } else {
                    Gender::Man
                },
                Some(10.0),
                Some(0.0),
                true,
            )
        })
        .collect();
    staff.push(worker(Gender::Man, None, None, false));
    assert!(!uk_figures(&staff, &rules).relevant_employer); // 249
    staff.push(Worker::new(Gender::Undisclosed));
    assert!(uk_figures(&staff, &rules).relevant_employer); // 250
}

#[test]
fn figures_serialise_and_round_trip() {
    let f = uk_figures(&reference_workforce(), &PayRules::built_in());
    let json = serde_json::to_string(&f).unwrap();
    let back: UkFigures = serde_json::from_str(&json).unwrap();
    assert_eq!(back, f);
    let schema = schemars::schema_for!(UkFigures);
    assert!(
        serde_json::to_string(&schema)
            .unwrap()
            .contains("quartiles")
    );
}

/// 1,000,000 records within the 0.5 s budget (release build):
/// `cargo test --release --test pay pay_uk::million_rows_timing -- --ignored --nocapture`.
#[test]
#[ignore]
fn million_rows_timing() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let staff: Vec<Worker> = (0..1_000_000)
        .map(|_| {
            let r = next();
            let g = if r & 1 == 0 {
                Gender::Woman
            } else {
                Gender::Man
            };
            let hourly = 8.0 + (r >> 8) as f64 % 4000.0 / 100.0;
            let bonus = if r & 6 == 0 {
                (r >> 20) as f64 % 5000.0
            } else {
                0.0
            };
            worker(g, Some(hourly), Some(bonus), r & 0xF0 != 0)
        })
        .collect();
    let rules = PayRules::built_in();
    // The best of three runs, so that other work on the machine does not count.
    let mut elapsed = std::time::Duration::MAX;
    let mut f = uk_figures(&[], &rules);
    for _ in 0..3 {
        let t = std::time::Instant::now();
        f = uk_figures(&staff, &rules);
        elapsed = elapsed.min(t.elapsed());
    }
    eprintln!("uk_figures on 1,000,000 records: {elapsed:?}");
    assert_eq!(
        f.quartiles.iter().map(|b| b.women + b.men).sum::<u64>(),
        f.full_pay_relevant_employees.women + f.full_pay_relevant_employees.men
    );
    if !cfg!(debug_assertions) {
        assert!(elapsed.as_secs_f64() < 0.5);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Properties.
// ---------------------------------------------------------------------------------------------

/// Checks the bands of `entries` against reg. 13: sizes, totals, and the tie sharing of 13(2).
///
/// The women of each tie group's part in each band are recovered from the band totals alone:
/// walking the bands from the lowest, every part but a band's last belongs to a group that ends in
/// that band, so its women are the group's women not yet placed; the band's last part gets the
/// rest of the band's women.
fn check_bands(entries: &[(f64, bool)], bands: &[QuartileBand; 4]) -> Result<(), String> {
    let n = entries.len();
    let sizes: Vec<usize> = bands.iter().map(|b| (b.women + b.men) as usize).collect();
    if sizes.iter().sum::<usize>() != n {
        return Err(format!("band sizes {sizes:?} do not sum to {n}"));
    }
    for (j, &s) in sizes.iter().enumerate() {
        // |size − N/4| < 1, in integers; and the documented rule ⌊j·N/4⌋ − ⌊(j−1)·N/4⌋.
        if (4 * s).abs_diff(n) >= 4 {
            return Err(format!("band {j} has {s} of {n}"));
        }
        if s != (j + 1) * n / 4 - j * n / 4 {
            return Err(format!(
                "band {j} has {s} of {n}, not the floor rule's size"
            ));
        }
    }
    let women = entries.iter().filter(|e| e.1).count() as u64;
    if bands.iter().map(|b| b.women).sum::<u64>() != women {
        return Err("band women do not sum to the women".into());
    }
    for b in bands {
        let t = b.women + b.men;
        if t == 0 {
            if b.women_share.is_some() || b.men_share.is_some() {
                return Err("an empty band has shares".into());
            }
        } else if b.women_share != Some(b.women as f64 / t as f64)
            || b.men_share != Some(b.men as f64 / t as f64)
        {
            return Err("shares are not counts over the band size".into());
        }
    }

    let mut sorted = entries.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Tie groups: (start, end, women).
    let mut groups: Vec<(usize, usize, u64)> = Vec::new();
    for (i, e) in sorted.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if sorted[g.0].0 == e.0 => {
                g.1 = i + 1;
                g.2 += u64::from(e.1);
            }
            _ => groups.push((i, i + 1, u64::from(e.1))),
        }
    }
    let mut placed = vec![0u64; groups.len()];
    let mut start = 0;
    for (j, band) in bands.iter().enumerate() {
        let end = start + sizes[j];
        let parts: Vec<(usize, u64)> = groups
            .iter()
            .enumerate()
            .filter_map(|(k, &(s, e, _))| {
                let (lo, hi) = (s.max(start), e.min(end));
                (hi > lo).then(|| (k, (hi - lo) as u64))
            })
            .collect();
        let mut left = band.women as i64;
        for (p, &(k, size)) in parts.iter().enumerate() {
            let w = if p + 1 < parts.len() {
                (groups[k].2 - placed[k]) as i64
            } else {
                left
            };
            if w < 0 || w as u64 > size {
                return Err(format!(
                    "band {j}: part of group {k} would hold {w} women of {size}"
                ));
            }
            let (g, gw) = ((groups[k].1 - groups[k].0) as u64, groups[k].2);
            // |w/size − W/g| < 1/size, i.e. |w·g − W·size| < g.
            if (w as u64 * g).abs_diff(gw * size) >= g {
                return Err(format!(
                    "band {j}: {w} women of {size} from a group of {g} with {gw} women"
                ));
            }
            placed[k] += w as u64;
            left -= w;
        }
        start = end;
    }
    for (k, g) in groups.iter().enumerate() {
        if placed[k] != g.2 {
            return Err(format!("group {k}: {} women placed of {}", placed[k], g.2));
        }
    }
    Ok(())
}

#[test]
fn the_band_checker_rejects_wrong_bands() {
    let band = |women, men| QuartileBand {
        women,
        men,
        women_share: Some(women as f64 / (women + men) as f64),
        men_share: Some(men as f64 / (women + men) as f64),
    };
    let right = quartile_bands(&REFERENCE_HOURLY);
    assert_eq!(check_bands(&REFERENCE_HOURLY, &right), Ok(()));
    // The naive men-first split of the £11 earners breaks reg. 13(2).
    let naive = [band(1, 2), band(3, 0), band(1, 2), band(1, 2)];
    assert!(check_bands(&REFERENCE_HOURLY, &naive).is_err());
    // Unequal band sizes break Step 2.
    let uneven = [band(2, 2), band(2, 0), band(1, 2), band(1, 2)];
    assert!(check_bands(&REFERENCE_HOURLY, &uneven).is_err());
}

/// Pay in whole pence from a small range (many ties) or a wide one.
fn pay() -> impl Strategy<Value = f64> {
    prop_oneof![
        (1u32..8).prop_map(|p| p as f64 * 1.25),
        (100u32..10_000).prop_map(|p| p as f64 / 100.0),
    ]
}

fn entries() -> impl Strategy<Value = Vec<(f64, bool)>> {
    prop::collection::vec((pay(), any::<bool>()), 0..80)
}

fn workers() -> impl Strategy<Value = Vec<Worker>> {
    let gender = prop_oneof![
        6 => Just(Gender::Woman),
        6 => Just(Gender::Man),
        1 => Just(Gender::NonBinary),
        1 => Just(Gender::Undisclosed),
    ];
    let hourly = prop::option::weighted(0.9, pay());
    let bonus = prop::option::weighted(
        0.9,
        prop_oneof![Just(0.0), (1u32..500_000).prop_map(|p| p as f64 / 100.0)],
    );
    let full = prop::bool::weighted(0.85);
    prop::collection::vec((gender, hourly, bonus, full), 0..60).prop_map(|v| {
        v.into_iter()
            .map(|(g, h, b, fp)| worker(g, h, b, fp))
            .collect()
    })
}

fn swap_gender(w: &Worker) -> Worker {
    let mut w = w.clone();
    w.gender = match w.gender {
        Gender::Woman => Gender::Man,
        Gender::Man => Gender::Woman,
        g => g,
    };
    w
}

fn scale(w: &Worker, c: f64) -> Worker {
    let mut w = w.clone();
    w.hourly_pay = w.hourly_pay.map(|m| Money::new(m.get() * c).unwrap());
    w.bonus_pay = w.bonus_pay.map(|m| Money::new(m.get() * c).unwrap());
    w
}

fn fpre_hourly(staff: &[Worker], rules: &PayRules) -> Vec<(f64, bool)> {
    staff
        .iter()
        .filter(|w| w.full_pay && matches!(w.gender, Gender::Woman | Gender::Man))
        .filter_map(|w| {
            w.hourly(rules.days_per_year)
                .map(|h| (h, w.gender == Gender::Woman))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bands_have_equal_sizes_and_share_ties(e in entries()) {
        let bands = quartile_bands(&e);
        prop_assert_eq!(check_bands(&e, &bands), Ok(()));
    }

    #[test]
    fn bands_of_big_tie_groups_share_ties(
        e in prop::collection::vec(((0u32..3).prop_map(f64::from), any::<bool>()), 0..200)
    ) {
        let bands = quartile_bands(&e);
        prop_assert_eq!(check_bands(&e, &bands), Ok(()));
    }

    #[test]
    fn bands_of_negative_pay_are_those_of_shifted_pay(
        e in prop::collection::vec(((-20i32..20).prop_map(|p| f64::from(p) * 0.5), any::<bool>()), 0..80)
    ) {
        // Negative pay (only possible through `quartile_bands`) is ranked like any other: adding
        // 100 (exactly, to halves) keeps the order and the ties.
        let shifted: Vec<(f64, bool)> = e.iter().map(|&(p, g)| (p + 100.0, g)).collect();
        let bands = quartile_bands(&e);
        prop_assert_eq!(check_bands(&e, &bands), Ok(()));
        prop_assert_eq!(bands, quartile_bands(&shifted));
    }

    #[test]
    fn bands_do_not_depend_on_input_order(
        (e, shuffled) in entries().prop_flat_map(|e| (Just(e.clone()), Just(e).prop_shuffle()))
    ) {
        prop_assert_eq!(quartile_bands(&e), quartile_bands(&shuffled));
    }

    #[test]
    fn bands_with_genders_swapped(e in entries()) {
        let swapped: Vec<(f64, bool)> = e.iter().map(|&(p, g)| (p, !g)).collect();
        let (a, b) = (quartile_bands(&e), quartile_bands(&swapped));
        prop_assert_eq!(check_bands(&swapped, &b), Ok(()));
        for j in 0..4 {
            prop_assert_eq!(a[j].women + a[j].men, b[j].women + b[j].men);
            // Equal but for exact ties of the largest remainder (at most one per group part,
            // and a band holds at most two shared parts).
            prop_assert!(a[j].women.abs_diff(b[j].men) <= 2);
        }
    }

    #[test]
    fn bands_do_not_change_when_pay_is_scaled(e in entries(), c in 0.01f64..100.0) {
        let scaled: Vec<(f64, bool)> = e.iter().map(|&(p, g)| (p * c, g)).collect();
        prop_assert_eq!(counts(&quartile_bands(&e)), counts(&quartile_bands(&scaled)));
    }

    #[test]
    fn figures_do_not_depend_on_record_order(
        (staff, shuffled) in workers().prop_flat_map(|w| (Just(w.clone()), Just(w).prop_shuffle()))
    ) {
        let rules = PayRules::built_in();
        prop_assert_eq!(uk_figures(&staff, &rules), uk_figures(&shuffled, &rules));
    }

    #[test]
    fn figures_are_consistent(staff in workers()) {
        let rules = PayRules::built_in();
        let f = uk_figures(&staff, &rules);
        let hourly = fpre_hourly(&staff, &rules);
        prop_assert_eq!(f.quartiles, quartile_bands(&hourly));
        prop_assert_eq!(check_bands(&hourly, &f.quartiles), Ok(()));
        let n = f.relevant_employees;
        prop_assert_eq!(n.women + n.men + n.excluded, staff.len() as u64);
        prop_assert_eq!(f.mean_hourly_gap.n_women + f.mean_hourly_gap.n_men, hourly.len() as u64);
        prop_assert_eq!(f.mean_bonus_gap.n_women, f.bonus_women.count);
        prop_assert_eq!(f.mean_bonus_gap.n_men, f.bonus_men.count);
        // Every woman and man is either in the hourly figures or in an hourly exclusion, and
        // either has a recorded bonus or is in the bonus exclusion.
        let count = |r: pay::ExclusionReason| f.exclusions.iter().find(|e| e.reason == r).map_or(0, |e| e.count);
        prop_assert!(f.exclusions.iter().all(|e| e.count > 0));
        prop_assert_eq!(count(pay::ExclusionReason::Gender), n.excluded);
        prop_assert_eq!(
            hourly.len() as u64 + count(pay::ExclusionReason::NotFullPay) + count(pay::ExclusionReason::NoHourly),
            n.women + n.men
        );
        prop_assert_eq!(
            f.bonus_women.of + f.bonus_men.of + count(pay::ExclusionReason::NoBonus),
            n.women + n.men
        );
    }

    #[test]
    fn swapping_women_and_men_swaps_the_values(staff in workers()) {
        let rules = PayRules::built_in();
        let swapped: Vec<Worker> = staff.iter().map(swap_gender).collect();
        let (a, b) = (uk_figures(&staff, &rules), uk_figures(&swapped, &rules));
        for (ga, gb) in [
            (&a.mean_hourly_gap, &b.mean_hourly_gap),
            (&a.median_hourly_gap, &b.median_hourly_gap),
            (&a.mean_bonus_gap, &b.mean_bonus_gap),
            (&a.median_bonus_gap, &b.median_bonus_gap),
        ] {
            prop_assert_eq!(ga.women, gb.men);
            prop_assert_eq!(ga.men, gb.women);
            prop_assert_eq!((ga.n_women, ga.n_men), (gb.n_men, gb.n_women));
            // gap(w, m) = 1 − w/m and gap(m, w) = 1 − m/w: (1 − g)(1 − g') = 1 when both exist
            // (to 1e-8: 1 − g loses digits when w/m is as small as 1e-6).
            if let (Some(x), Some(y)) = (ga.value, gb.value) {
                prop_assert!(rel_close((1.0 - x) * (1.0 - y), 1.0, 1e-8));
            }
        }
        prop_assert_eq!(a.bonus_women, b.bonus_men);
        prop_assert_eq!(a.bonus_men, b.bonus_women);
        prop_assert_eq!(
            (a.relevant_employees.women, a.relevant_employees.men),
            (b.relevant_employees.men, b.relevant_employees.women)
        );
        for j in 0..4 {
            let (x, y) = (a.quartiles[j], b.quartiles[j]);
            prop_assert_eq!(x.women + x.men, y.women + y.men);
            prop_assert!(x.women.abs_diff(y.men) <= 2);
        }
        prop_assert_eq!(a.exclusions, b.exclusions);
    }

    #[test]
    fn scaling_pay_changes_no_gap_and_no_band(staff in workers(), c in 0.01f64..100.0) {
        let rules = PayRules::built_in();
        let scaled: Vec<Worker> = staff.iter().map(|w| scale(w, c)).collect();
        let (a, b) = (uk_figures(&staff, &rules), uk_figures(&scaled, &rules));
        for (ga, gb) in [
            (&a.mean_hourly_gap, &b.mean_hourly_gap),
            (&a.median_hourly_gap, &b.median_hourly_gap),
            (&a.mean_bonus_gap, &b.mean_bonus_gap),
            (&a.median_bonus_gap, &b.median_bonus_gap),
        ] {
            prop_assert_eq!(ga.value.is_some(), gb.value.is_some());
            if let (Some(x), Some(y)) = (ga.value, gb.value) {
                prop_assert!(rel_close(x, y, 1e-12), "gap {} vs {} scaled by {}", x, y, c);
            }
            if let (Some(x), Some(y)) = (ga.women, gb.women) {
                prop_assert!(rel_close(x * c, y, 1e-12));
            }
            prop_assert_eq!((ga.n_women, ga.n_men), (gb.n_women, gb.n_men));
        }
        prop_assert_eq!(counts(&a.quartiles), counts(&b.quartiles));
        prop_assert_eq!(a.bonus_women, b.bonus_women);
        prop_assert_eq!(a.bonus_men, b.bonus_men);
    }
}
