//! France: égapro's conventions (`gia pay --profile fr`, `gender_impact::pay::egapro`).
//!
//! The cases marked "égapro" reproduce the test cases of égapro's own source,
//! github.com/SocialGouv/egapro at commit dd3040e0f2ad62d53e69075fd73d867de4b0d393 (23 July
//! 2026), files under `packages/app/src/modules/`: their inputs and expected outputs only (the
//! code is not copied). Each case names its file. The other cases are worked by hand, with the
//! arithmetic in a comment, and properties over generated payrolls.

use gender_impact::pay::{
    CalendarError, EGAPRO_THRESHOLD, Egapro, EgaproCalendar, EgaproGap, EgaproQuartile, EgaproSize,
    EmployeesFrom, GapLevel, Money, PayRules, Payroll, QuartileBalance, Worker, article_9_payroll,
    egapro, gap, gap_ratio,
};
use gender_impact::{Gender, Text};
use proptest::prelude::*;

/// A worker with an annual basic pay, variable pay and, when given, a category and an hourly rate.
fn worker(g: Gender, basic: f64, variable: f64, category: &str, hourly: Option<f64>) -> Worker {
    let mut w = Worker::new(g);
    w.annual_pay = Some(Money::new(basic).unwrap());
    w.variable_pay = Some(Money::new(variable).unwrap());
    w.hourly_pay = hourly.map(|h| Money::new(h).unwrap());
    if !category.is_empty() {
        w.category = Some(Text::new(category).unwrap());
    }
    w
}

fn section(workers: &[Worker], employees: f64, year: Option<i32>) -> Egapro {
    let p = Payroll::from_workers(workers);
    let rules = PayRules::built_in();
    let eu = article_9_payroll(&p, &[], &rules);
    let cal = EgaproCalendar::new(employees, year).unwrap();
    egapro(&p, &eu, &rules, cal, EmployeesFrom::Given)
}

fn g_due(employees: f64, year: i32) -> bool {
    EgaproCalendar::new(employees, Some(year))
        .unwrap()
        .g_due
        .unwrap()
}

fn declaration_due(employees: f64, year: i32) -> bool {
    let c = EgaproCalendar::new(employees, Some(year)).unwrap();
    c.declaration_due.unwrap()
}

/// égapro, domain/__tests__/gap.test.ts: `computeGapRatio`, `computeGap`, `computeGapBetween`
/// (percentages there, fractions here).
#[test]
fn egapro_gap_ratios() {
    let r = |w: f64, m: f64| gap_ratio(w, m).unwrap();
    assert!((r(100.0, 110.0) - (110.0 - 100.0) / 110.0).abs() < 1e-15);
    assert!((r(110.0, 100.0) - -0.1).abs() < 1e-15);
    assert_eq!(r(100.0, 100.0), 0.0);
    assert!(gap_ratio(100.0, 0.0).is_err()); // men 0: null
    assert!((r(100.0, 200.0) - 0.5).abs() < 1e-15); // 50
    assert!((r(200.0, 100.0) - -1.0).abs() < 1e-15); // -100
    assert_eq!(r(0.0, 100.0), 1.0); // 100
    assert_eq!(r(90.0, 100.0), 0.1); // computeGapBetween(90, 100) = 10
    assert_eq!(r(110.0, 100.0), -0.1); // computeGapBetween(110, 100) = -10
    // An empty women's value: null; here, no women in the group.
    assert_eq!(gap(None, Some(100.0), 0, 3).value, None);
}

/// égapro, domain/__tests__/gap.test.ts and demarcheDecisionTable.test.ts: `gapLevel`
/// (positive-only, 5% inclusive) and `isSignificantGap` (either direction).
#[test]
fn egapro_gap_level_and_significance() {
    let of = |pct: f64| EgaproGap::of(&gap(Some(100.0 - pct), Some(100.0), 1, 1));
    // (level, significant) for gaps of −6, 4, 5, 6, −5, −4 and 0 percent.
    let cases = [
        (-6.0, GapLevel::Low, true),
        (4.0, GapLevel::Low, false),
        (5.0, GapLevel::High, true),
        (6.0, GapLevel::High, true),
        (-5.0, GapLevel::Low, true), // égapro #3963: "low" today, contested
        (-4.0, GapLevel::Low, false),
        (0.0, GapLevel::Low, false),
    ];
    for (pct, level, significant) in cases {
        let g = of(pct);
        assert_eq!(g.level, Some(level), "gapLevel({pct})");
        assert_eq!(g.significant, significant, "isSignificantGap({pct})");
    }
    // gapLevel(null) = null, isSignificantGap(null) = false.
    let none = EgaproGap::of(&gap(Some(1.0), Some(0.0), 1, 1));
    assert_eq!((none.level, none.significant), (None, false));
    assert_eq!(EGAPRO_THRESHOLD, 0.05); // "pins the gap alert threshold at 5%"
}

/// égapro, domain/__tests__/indicatorG.test.ts.
#[test]
fn egapro_indicator_g_calendar() {
    assert!(g_due(200.0, 2030));
    for w in [50.0, 70.0, 100.0, 249.0] {
        assert!(g_due(w, 2030), "{w} in 2030");
    }
    assert!(g_due(70.0, 2033));
    assert!(!g_due(70.0, 2031) && !g_due(200.0, 2031) && !g_due(249.0, 2032));
    assert!(!g_due(49.0, 2030) && !g_due(0.0, 2033));
    assert!(g_due(250.0, 2030) && g_due(300.0, 2030) && g_due(300.0, 2035));
    // getApplicableIndicators: G or not.
    assert!(g_due(300.0, 2027));
    assert!(!g_due(100.0, 2026));
    assert!(!g_due(200.0, 2028));
    assert!(g_due(200.0, 2027));
    assert!(g_due(100.0, 2030));
    assert!(!g_due(100.0, 2031));
    assert!(g_due(250.0, 2030));
    // The triennial cycle (demarcheDecisionTable.test.ts): 2026 no, 2027 yes, 2028 no, 2030 yes.
    let tri = |y| EgaproCalendar::new(60.0, Some(y)).unwrap().triennial_year;
    assert_eq!(
        [tri(2026), tri(2027), tri(2028), tri(2030)],
        [Some(false), Some(true), Some(false), Some(true)]
    );
    // égapro's pre-base guard (isTriennialYear(2024) is false): this crate refuses the year,
    // which égapro's rules for A–G do not cover.
    assert_eq!(
        EgaproCalendar::new(60.0, Some(2024)),
        Err(CalendarError::Year(2024))
    );
}

/// égapro, domain/__tests__/companyObligation.test.ts (`isObligatedForYear`).
#[test]
fn egapro_declaration_calendar() {
    assert!(!declaration_due(10.0, 2026));
    assert!(!declaration_due(49.0, 2027));
    assert!(!declaration_due(0.0, 2026) && !declaration_due(0.0, 2027));
    for w in [50.0, 75.0, 99.0] {
        assert!(declaration_due(w, 2027), "{w} in 2027");
    }
    assert!(declaration_due(60.0, 2030) && declaration_due(60.0, 2033));
    for y in [2026, 2028, 2029] {
        assert!(!declaration_due(60.0, y), "60 in {y}");
    }
    for y in [2026, 2027, 2028] {
        assert!(declaration_due(100.0, y), "100 in {y}");
    }
    assert!(declaration_due(200.0, 2026) && declaration_due(5000.0, 2026));
}

/// égapro, domain/__tests__/demarcheDecisionTable.test.ts, "size boundaries" and "GIP
/// workforce": the tiers, the CSE opinion, decimal workforces compared exactly, and a company
/// absent from the GIP file (workforce 0) owing nothing.
#[test]
fn egapro_size_boundaries() {
    let c = |w: f64| EgaproCalendar::new(w, None).unwrap();
    assert_eq!(c(49.0).size, EgaproSize::Voluntary);
    assert_eq!(c(50.0).size, EgaproSize::Triennial);
    assert_eq!(c(99.0).size, EgaproSize::Triennial);
    assert_eq!(c(100.0).size, EgaproSize::Annual);
    assert!(!c(99.0).cse_opinion_required);
    assert!(c(100.0).cse_opinion_required && c(101.0).cse_opinion_required);
    assert!(!c(99.97).cse_opinion_required); // #3929: 99.97 is not 100
    assert!(!g_due(149.5, 2027));
    assert!(!g_due(249.9, 2028));
    assert!(!g_due(0.0, 2027));
    assert!(g_due(150.0, 2027) && !g_due(149.0, 2027));
    assert!(!g_due(249.0, 2028) && g_due(250.0, 2028) && g_due(251.0, 2028));
    // #3934: 97 and 70 never owe G before 2030, even in a triennial year.
    assert!(!g_due(97.0, 2027) && !g_due(70.0, 2027));
}

/// A payroll with one category whose basic pay gap is `pct` percent: women 100 − pct, men 100.
fn one_category(pct: f64) -> Vec<Worker> {
    vec![
        worker(Gender::Woman, 100.0 - pct, 0.0, "C", None),
        worker(Gender::Man, 100.0, 0.0, "C", None),
    ]
}

/// égapro, domain/__tests__/demarcheDecisionTable.test.ts: the decision table, workforce ×
/// G gap × regime, for G and the compliance path (100+, G due, a G gap ≥ 5% for men).
#[test]
fn egapro_decision_table() {
    let workforces = [
        49.0, 50.0, 99.0, 100.0, 149.0, 150.0, 151.0, 249.0, 250.0, 251.0,
    ];
    // (gap in percent, triggers)
    let gaps = [
        (0.0, false),
        (4.0, false),
        (5.0, true),
        (6.0, true),
        (-5.0, false),
    ];
    for w in workforces {
        for (pct, triggers) in gaps {
            for (year, triennial) in [(2027, true), (2028, false)] {
                let e = section(&one_category(pct), w, Some(year));
                let g = w >= 250.0 || (w >= 150.0 && triennial);
                assert_eq!(e.calendar.g_due, Some(g), "G: {w} {year}");
                assert_eq!(e.calendar.cse_opinion_required, w >= 100.0);
                let want = w >= 100.0 && g && triggers;
                assert_eq!(e.compliance_path.required, Some(want), "{w} {pct}% {year}");
            }
        }
    }
}

/// égapro, domain/__tests__/gap.test.ts (`hasGapsAboveThreshold`): a category at 90 against
/// 100 is above; 97 is not; 110 (women paid more) is not; no category, none.
#[test]
fn egapro_categories_above_threshold() {
    let above = |women: f64| {
        let ws = [
            worker(Gender::Woman, women, 0.0, "C", None),
            worker(Gender::Man, 100.0, 0.0, "C", None),
        ];
        section(&ws, 300.0, Some(2027)).g.at_or_above_threshold
    };
    assert_eq!(above(90.0), 1);
    assert_eq!(above(97.0), 0);
    assert_eq!(above(110.0), 0);
    // A gap in variable pay alone is enough: basic equal, variable 0 against 10 (gap 100%).
    let ws = [
        worker(Gender::Woman, 100.0, 0.0, "C", None),
        worker(Gender::Man, 100.0, 10.0, "C", None),
    ];
    let e = section(&ws, 300.0, Some(2027));
    assert_eq!(e.g.categories[0].variable.level, Some(GapLevel::High));
    assert_eq!(e.g.at_or_above_threshold, 1);
    assert!(e.g.confidential);
}

/// égapro, declaration-remuneration/__tests__/computeIndicatorPercentages.test.ts: F shares
/// rounded to 4 decimals (1 of 3: 0.3333 and 0.6667; 10 of 100: 0.1 and 0.9); an empty quartile
/// has no share. domain/__tests__/percentage.test.ts: 3 of 8 stays 0.375.
#[test]
fn egapro_quartile_rounding() {
    let q = EgaproQuartile::of(1, 2);
    assert_eq!((q.women_share, q.men_share), (Some(0.3333), Some(0.6667)));
    let q = EgaproQuartile::of(10, 90);
    assert_eq!((q.women_share, q.men_share), (Some(0.1), Some(0.9)));
    assert_eq!(EgaproQuartile::of(0, 0).women_share, None);
    assert_eq!(EgaproQuartile::of(3, 5).women_share, Some(0.375));
}

/// égapro, computeIndicatorPercentages.test.ts: E with 30 women and 70 men among recipients is
/// 0.3 (30 / 100); with no recipient, none.
#[test]
fn egapro_e_women_among_recipients() {
    let mut ws: Vec<Worker> = (0..30)
        .map(|_| worker(Gender::Woman, 100.0, 5.0, "", None))
        .collect();
    ws.extend((0..70).map(|_| worker(Gender::Man, 100.0, 5.0, "", None)));
    // Non-recipients do not count: 20 women without variable pay.
    ws.extend((0..20).map(|_| worker(Gender::Woman, 100.0, 0.0, "", None)));
    let e = section(&ws, 120.0, None).e_women_among_recipients;
    assert_eq!((e.count, e.of, e.share), (30, 100, Some(0.3)));
    let none = section(&one_category(0.0), 120.0, None).e_women_among_recipients;
    assert_eq!((none.of, none.share), (0, None));
}

/// The top quartile of a payroll of 400: 300 at pay 1, then 100 at pay 2 of which `women` women.
fn top_of(women: usize) -> Option<QuartileBalance> {
    let mut ws = Vec::new();
    for i in 0..300 {
        let g = if i % 2 == 0 {
            Gender::Woman
        } else {
            Gender::Man
        };
        ws.push(worker(g, 1.0, 0.0, "", None));
    }
    for i in 0..100 {
        let g = if i < women {
            Gender::Woman
        } else {
            Gender::Man
        };
        ws.push(worker(g, 2.0, 0.0, "", None));
    }
    section(&ws, 400.0, None).top_quartile.balance
}

/// égapro, domain/__tests__/quartile.test.ts and QuartileInterpretationCallout.test.tsx: 40%
/// women in the top quartile: women under-represented; 60%: men; 50%, 45% and 55%: balanced;
/// 44%: imbalanced.
#[test]
fn egapro_top_quartile_balance() {
    assert_eq!(top_of(40), Some(QuartileBalance::WomenUnderRepresented));
    assert_eq!(top_of(60), Some(QuartileBalance::MenUnderRepresented));
    for w in [50, 45, 55] {
        assert_eq!(top_of(w), Some(QuartileBalance::Balanced), "{w}%");
    }
    assert_eq!(top_of(44), Some(QuartileBalance::WomenUnderRepresented));
    assert_eq!(section(&[], 0.0, None).top_quartile.balance, None);
}

/// Worked by hand: two categories, hourly rates for everyone, 150 employees in 2027.
///
/// | who | category | basic | variable | hourly |
/// |---|---|---|---|---|
/// | W1 | A | 30,000 | 0 | 15 |
/// | W2 | A | 32,000 | 1,000 | 16 |
/// | M1 | A | 34,000 | 2,000 | 17 |
/// | M2 | A | 36,000 | 0 | 18 |
/// | W3 | B | 50,000 | 5,000 | 25 |
/// | M3 | B | 48,000 | 0 | 24 |
/// | W4 | B | 40,000 | 0 | 20 |
/// | M4 | B | 60,000 | 6,000 | 30 |
#[test]
fn hand_worked() {
    let h = |g, b, v, c, r| worker(g, b, v, c, Some(r));
    let ws = [
        h(Gender::Woman, 30_000.0, 0.0, "A", 15.0),
        h(Gender::Woman, 32_000.0, 1_000.0, "A", 16.0),
        h(Gender::Man, 34_000.0, 2_000.0, "A", 17.0),
        h(Gender::Man, 36_000.0, 0.0, "A", 18.0),
        h(Gender::Woman, 50_000.0, 5_000.0, "B", 25.0),
        h(Gender::Man, 48_000.0, 0.0, "B", 24.0),
        h(Gender::Woman, 40_000.0, 0.0, "B", 20.0),
        h(Gender::Man, 60_000.0, 6_000.0, "B", 30.0),
    ];
    let e = section(&ws, 150.0, Some(2027));
    // A annual: women's levels 30,000, 33,000, 55,000, 40,000: mean 158,000 / 4 = 39,500; men's
    // 36,000, 36,000, 48,000, 66,000: mean 186,000 / 4 = 46,500. Gap 7,000 / 46,500 = 0.150538.
    let a = e.a_mean_gap_annual;
    assert!((a.value.unwrap() - 7_000.0 / 46_500.0).abs() < 1e-15);
    assert_eq!((a.level, a.significant), (Some(GapLevel::High), true));
    // A hourly: women 15, 16, 25, 20: 19; men 17, 18, 24, 30: 22.25. (22.25 − 19) / 22.25.
    let ah = e.a_mean_gap_hourly.unwrap();
    assert!((ah.value.unwrap() - 3.25 / 22.25).abs() < 1e-15);
    // B (recipients): women 1,000 and 5,000: 3,000; men 2,000 and 6,000: 4,000. Gap 0.25.
    assert_eq!(e.b_variable_mean_gap.value, Some(0.25));
    // E: 2 women of the 4 recipients: 0.5.
    assert_eq!(e.e_women_among_recipients.share, Some(0.5));
    // F annual: ranked 30,000 W, 33,000 W, 36,000 M, 36,000 M, 40,000 W, 48,000 M, 55,000 W,
    // 66,000 M: quartiles (2 W), (2 M), (W, M), (W, M).
    let counts: Vec<(u64, u64)> = e
        .f_quartiles_annual
        .iter()
        .map(|q| (q.women, q.men))
        .collect();
    assert_eq!(counts, [(2, 0), (0, 2), (1, 1), (1, 1)]);
    // F hourly: 15 W, 16 W, 17 M, 18 M, 20 W, 24 M, 25 W, 30 M: the same quartiles.
    let hourly = e.f_quartiles_hourly.unwrap();
    let counts: Vec<(u64, u64)> = hourly.iter().map(|q| (q.women, q.men)).collect();
    assert_eq!(counts, [(2, 0), (0, 2), (1, 1), (1, 1)]);
    // Top quartile: (0.5 + 0.5) / 2 = 0.5: balanced.
    assert_eq!(e.top_quartile.women_share, Some(0.5));
    assert_eq!(e.top_quartile.balance, Some(QuartileBalance::Balanced));
    // G, A: basic 31,000 vs 35,000: 4,000 / 35,000 = 11.4%, high. B: basic women 45,000, men
    // 54,000: 9,000 / 54,000 = 16.7%, high. Both categories above.
    let a_basic = e.g.categories[0].basic.value.unwrap();
    assert!((a_basic - 4_000.0 / 35_000.0).abs() < 1e-15);
    assert_eq!(e.g.at_or_above_threshold, 2);
    // 150 in 2027 (triennial): G due; 150 ≥ 100; a category above: the path is required.
    assert_eq!(e.calendar.g_due, Some(true));
    assert_eq!(e.compliance_path.required, Some(true));
    // The same in 2028: G not due, no path. Without a year: not decided.
    assert_eq!(
        section(&ws, 150.0, Some(2028)).compliance_path.required,
        Some(false)
    );
    assert_eq!(section(&ws, 150.0, None).compliance_path.required, None);
    // Under 100 it is decided without a year: no path.
    assert_eq!(
        section(&ws, 99.0, None).compliance_path.required,
        Some(false)
    );
}

#[test]
fn calendar_refuses_bad_headcounts_and_years() {
    for bad in [-1.0, f64::NAN, f64::INFINITY] {
        assert!(matches!(
            EgaproCalendar::new(bad, None),
            Err(CalendarError::Employees(_))
        ));
    }
    assert_eq!(
        EgaproCalendar::new(10.0, Some(2025)),
        Err(CalendarError::Year(2025))
    );
    assert_eq!(
        EgaproCalendar::new(10.0, Some(10_000)),
        Err(CalendarError::Year(10_000))
    );
    assert!(EgaproCalendar::new(0.0, Some(2026)).is_ok());
}

fn arb_worker() -> impl Strategy<Value = Worker> {
    let gender = prop_oneof![
        Just(Gender::Woman),
        Just(Gender::Man),
        Just(Gender::Undisclosed)
    ];
    let amount = (0u64..=20_000_000).prop_map(|c| c as f64 / 100.0);
    let variable = prop_oneof![Just(0.0), (0u64..=500_000).prop_map(|c| c as f64 / 100.0)];
    let category = prop_oneof![Just(""), Just("A"), Just("B")];
    (gender, amount, variable, category).prop_map(|(g, b, v, c)| worker(g, b, v, c, None))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The order of the rows changes nothing; every share lies in [0, 1]; the quartiles hold
    /// every woman and man with pay.
    #[test]
    fn order_independent_and_shares_in_range(
        ws in proptest::collection::vec(arb_worker(), 0..40),
        seed in any::<u64>(),
    ) {
        let e = section(&ws, 120.0, Some(2027));
        let mut shuffled = ws.clone();
        let n = shuffled.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize;
            shuffled.swap(i, j);
        }
        prop_assert_eq!(&section(&shuffled, 120.0, Some(2027)), &e);
        let in_range = |s: Option<f64>| s.is_none_or(|s| (0.0..=1.0).contains(&s));
        for q in &e.f_quartiles_annual {
            prop_assert!(in_range(q.women_share) && in_range(q.men_share));
        }
        prop_assert!(in_range(e.top_quartile.women_share));
        prop_assert!(in_range(e.e_women_among_recipients.share));
        let held: u64 = e.f_quartiles_annual.iter().map(|q| q.women + q.men).sum();
        let wm = ws.iter().filter(|w| matches!(w.gender, Gender::Woman | Gender::Man)).count();
        prop_assert_eq!(held, wm as u64);
        prop_assert_eq!(e.compliance_path.required.is_some(), true);
    }
}
