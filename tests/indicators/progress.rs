//! Progress over periods: series, changes with their uncertainty, breaks and targets, against
//! values computed by hand or by independent implementations (SciPy's `fisher_exact`,
//! statsmodels' `confint_proportions_2indep(method="newcomb")`), and the properties that series
//! do not depend on the order periods are given in and that a break stands wherever a
//! definition changes.

use gender_impact::assessment::{BreakCause, Progress, TargetStatus};
use gender_impact::{Assessment, Input};
use proptest::prelude::*;

use crate::support::close_within;

fn fixture() -> Input {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/progress-three-periods.json"
    ))
    .unwrap();
    gender_impact::validate(&text).unwrap()
}

fn progress(a: &Assessment) -> &Progress {
    a.progress.as_ref().expect("a progress section")
}

#[test]
fn series_changes_and_breaks_by_hand() {
    let a = gender_impact::assess(&fixture()).unwrap();
    let p = progress(&a);
    // Given as 2023 (main), then 2022 and 2021: sorted by date.
    let years: Vec<String> = p.periods.iter().map(|p| p.to_string()).collect();
    assert_eq!(years, ["2021", "2022", "2023"]);

    let board = p
        .series
        .iter()
        .find(|s| s.indicator == "body.board.women_share")
        .unwrap();
    let counts: Vec<(Option<u64>, Option<u64>)> = board
        .points
        .iter()
        .map(|x| (x.numerator, x.denominator))
        .collect();
    assert_eq!(
        counts,
        [
            (Some(5), Some(31)),
            (Some(10), Some(31)),
            (Some(11), Some(30))
        ]
    );
    // 2021 -> 2022: 5/31 -> 10/31, +5/31 = +16.1 points. Fisher's two-sided p 0.235112
    // (SciPy fisher_exact([[5, 26], [10, 21]])); Newcombe's interval -0.053140 to 0.359141
    // (statsmodels, method "newcomb").
    let c = board.points[1].change.unwrap();
    close_within(c.difference, 5.0 / 31.0, 1e-12, "difference");
    close_within(c.p_value.unwrap(), 0.235_111_820_906_397, 1e-9, "Fisher p");
    assert!(c.exact);
    let i = c.interval.unwrap();
    close_within(i.low, -0.053_140_191_424_341, 1e-9, "Newcombe low");
    close_within(i.high, 0.359_141_091_707_025, 1e-9, "Newcombe high");
    // 2022 -> 2023: the board went from 31 to 30 seats: a break, no change.
    let b = board.points[2].break_before.as_ref().unwrap();
    assert_eq!(
        (b.cause, b.from.as_deref(), b.to.as_deref()),
        (BreakCause::Seats, Some("31"), Some("30"))
    );
    assert!(board.points[2].change.is_none());

    // Staff: no records in 2021 (missing, not 0); 12/30 in 2022, 20/30 in 2023, but the
    // definition of staff.women_share changed: a break. The grade's share has no new
    // definition, so its change is computed: +8/30 = +26.7 points, Fisher p 0.069206 (SciPy
    // fisher_exact([[12, 18], [20, 10]])).
    let staff = p
        .series
        .iter()
        .find(|s| s.indicator == "staff.women_share")
        .unwrap();
    assert_eq!(staff.points[0].value, None);
    let b = staff.points[2].break_before.as_ref().unwrap();
    assert_eq!(
        (b.cause, b.from.as_deref(), b.to.as_deref()),
        (BreakCause::Definition, None, Some("head count v2"))
    );
    let grade = p
        .series
        .iter()
        .find(|s| s.indicator == "staff.grade.all.women_share")
        .unwrap();
    let c = grade.points[2].change.unwrap();
    close_within(c.difference, 8.0 / 30.0, 1e-12, "grade difference");
    close_within(
        c.p_value.unwrap(),
        0.069_205_806_312_317,
        1e-9,
        "grade Fisher p",
    );

    // Presidency: 1/8, 2/8, 3/8 (seats 8 throughout): two changes of +12.5 points; Fisher's p
    // of 1 of 8 against 2 of 8 is 1 (SciPy).
    let pres = p
        .series
        .iter()
        .find(|s| s.indicator == "body.presidency.women_share")
        .unwrap();
    close_within(
        pres.points[1].change.unwrap().p_value.unwrap(),
        1.0,
        1e-12,
        "1/8 vs 2/8",
    );
    assert!(pres.points.iter().all(|x| x.break_before.is_none()));
}

#[test]
fn targets_by_hand() {
    let a = gender_impact::assess(&fixture()).unwrap();
    let t = &progress(&a).targets;
    let status: Vec<(&str, TargetStatus)> =
        t.iter().map(|t| (t.target.as_str(), t.status)).collect();
    assert_eq!(
        status,
        [
            // 11/30 = 36.7% < 40%, and the series broke before 2023: a single value since.
            ("board-40", TargetStatus::TooEarly),
            // 50% by 2025-12-31 from 1/8 at 2021-12-31: after 730 of 1,461 days the line is at
            // 0.125 + 0.375 × 730/1461 = 0.312; 3/8 = 0.375 is above it.
            ("presidency-parity", TargetStatus::OnTrack),
            // 75% by 2024-12-31: the line is at 0.125 + 0.625 × 730/1096 = 0.541 > 0.375.
            ("presidency-75", TargetStatus::OffTrack),
            ("staff-direction", TargetStatus::NoLevel),
            ("initiatives-half", TargetStatus::NoData),
        ]
    );
    // Seats: 40% of 30 seats is 12 (the directive's rounding), women hold 11: 1 more. 50% of 8
    // is 4 (rounded up above 49%), women hold 3: 1 more; 75% of 8 is 6: 3 more.
    let seats: Vec<Option<(u32, u32, u32, u32)>> = t
        .iter()
        .map(|t| t.seats.map(|s| (s.seats, s.held, s.needed, s.short)))
        .collect();
    assert_eq!(
        seats,
        [
            Some((30, 11, 12, 1)),
            Some((8, 3, 4, 1)),
            Some((8, 3, 6, 3)),
            None,
            None
        ]
    );
    // The reports show each target and the series as a chart.
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains("- Target `presidency-75` (75% by 2024-12-31): Women's share of filled seats: Presidency, 37.5% in 2023: off track. Women hold 3 of 8 seats and need 6 (3 more)."));
    assert!(md.contains("2022 ██████░░░░░░░░░░░░░░ 32.3%"));
    assert!(md.contains("| *break: the seats of Board changed from 31 to 30* | | | | | |"));
    let fr = gender_impact::report::markdown_in(&a, gender_impact::i18n::Lang::Fr);
    assert!(fr.contains("Cible `presidency-75` (75\u{202f}% d’ici le 2024-12-31)\u{a0}: "));
    assert!(fr.contains(
        "en retard. Les femmes occupent 3 sièges sur 8 et en ont besoin de 6 (3 de plus)."
    ));
    let html = gender_impact::report::html(&a, gender_impact::i18n::Lang::Es);
    assert!(html.contains("<section id=\"progress\""));
    assert!(html.contains("id=\"progress-0-t\""));
    assert!(html.contains("con retraso"));
}

#[test]
fn a_met_target_and_the_directive_rounding() {
    // 3 of 8 seats reach 40% as Directive (EU) 2022/2381 rounds (3/8 is the closest to 40%).
    let input = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
            "bodies": [{"id": "b", "name": "B", "kind": "board", "seats": 8,
                        "counts": {"women": 3, "men": 5}}],
            "targets": [{"id": "t", "indicator": "body.b.women_share", "value": 0.4,
                         "by": "2030-12-31"}]}"#,
    )
    .unwrap();
    let a = gender_impact::assess(&input).unwrap();
    let t = &progress(&a).targets[0];
    assert_eq!(t.status, TargetStatus::Met);
    assert_eq!(t.seats.map(|s| (s.needed, s.short)), Some((3, 0)));
}

#[test]
fn metropolis_2023_progress() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    let p = progress(&a);
    assert_eq!(p.periods.len(), 2); // 2023 and the 2024-2026 plan period
    let board = p
        .series
        .iter()
        .find(|s| s.indicator == "body.board.women_share")
        .unwrap();
    // 2023: 5 of 31; the plan period has no records (missing, not 0).
    assert_eq!(board.points[0].numerator, Some(5));
    assert_eq!(board.points[1].value, None);
    // The plan's target states a direction but no level.
    assert!(p.targets.iter().all(|t| t.status == TargetStatus::NoLevel));
    assert_eq!(p.targets.len(), 2);
}

#[test]
fn validation_problems_have_pointers() {
    let err = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
            "periods": [
              {"period": {"start": "2023-06-01", "end": "2024-05-31"}},
              {"period": {"year": 2021},
               "bodies": [{"id": "b", "name": "B", "kind": "board", "seats": 1,
                           "counts": {"women": 1, "men": 1}}]}],
            "targets": [{"id": "t", "indicator": "body.b.women_share", "value": 40, "by": "2026-12-31"},
                        {"id": "t", "indicator": "body.b.seats_short", "value": 2, "by": "2026-12-31"}]}"#,
    )
    .unwrap_err();
    let got: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        [
            "/periods/0/period: expected a period that overlaps no other, found 2023-06-01 to 2024-05-31 overlapping the period at /period",
            "/periods/1/bodies/0/counts: expected at most 1 people (the body's seats), found 2",
            "/targets/0/value: expected a share from 0 to 1 for a share indicator (0.4 for 40%), found a number outside that range",
            "/targets/1/id: expected a unique target id, found `t` again (first at /targets/0/id)",
        ]
    );
}

/// An input with one board over `seats.len()` years from 2000, the main period being the one at
/// `main`; the others are listed in the order `order` gives.
fn board_years(seats: &[(u32, u32)], main: usize, order: &[usize]) -> Input {
    board_years_defined(seats, &vec![None; seats.len()], main, order)
}

/// As [`board_years`], with the version of the definition of `body.women_share` in each period
/// (`None`: the default).
fn board_years_defined(
    seats: &[(u32, u32)],
    versions: &[Option<u8>],
    main: usize,
    order: &[usize],
) -> Input {
    let body = |i: usize| {
        let (s, w) = seats[i];
        serde_json::json!([{"id": "board", "name": "Board", "kind": "board", "seats": s,
            "counts": {"women": w, "men": s - w}}])
    };
    let definitions = |i: usize| match versions[i] {
        Some(v) => {
            serde_json::json!([{"indicator": "body.women_share", "version": format!("v{v}")}])
        }
        None => serde_json::json!([]),
    };
    let others: Vec<serde_json::Value> = order
        .iter()
        .filter(|&&i| i != main)
        .map(|&i| {
            serde_json::json!({"period": {"year": 2000 + i}, "bodies": body(i),
                "definitions": definitions(i)})
        })
        .collect();
    let doc = serde_json::json!({"organisation": {"name": "X"},
        "period": {"year": 2000 + main}, "bodies": body(main), "periods": others,
        "definitions": definitions(main),
        "targets": [{"id": "t", "indicator": "body.board.women_share", "value": 0.4,
                     "by": "2040-12-31"}]});
    gender_impact::validate_value(&doc).unwrap()
}

fn years() -> impl Strategy<Value = Vec<(u32, u32)>> {
    proptest::collection::vec((1u32..12).prop_flat_map(|s| (Just(s), 0..=s)), 2..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The progress section is the same whatever period is the main one and whatever order the
    /// others are given in.
    #[test]
    fn series_do_not_depend_on_the_order_of_periods(
        seats in years(),
        main_a in 0usize..6, main_b in 0usize..6,
        shuffle in proptest::collection::vec(0u32..1000, 6),
    ) {
        let n = seats.len();
        let (main_a, main_b) = (main_a % n, main_b % n);
        let forward: Vec<usize> = (0..n).collect();
        let mut shuffled = forward.clone();
        shuffled.sort_by_key(|&i| shuffle[i]);
        let a = gender_impact::assess(&board_years(&seats, main_a, &forward)).unwrap();
        let b = gender_impact::assess(&board_years(&seats, main_b, &shuffled)).unwrap();
        prop_assert_eq!(a.progress, b.progress);
    }

    /// A break stands before a period exactly when the board's seats or the version of the
    /// definition of its share differ from the previous period's, and no change is computed
    /// across it.
    #[test]
    fn a_break_wherever_a_definition_changes(
        seats in years(),
        versions in proptest::collection::vec(proptest::option::of(0u8..3), 6),
    ) {
        let versions = &versions[..seats.len()];
        let order: Vec<usize> = (0..seats.len()).rev().collect();
        let a = gender_impact::assess(&board_years_defined(&seats, versions, 0, &order)).unwrap();
        let p = a.progress.unwrap();
        let s = p.series.iter().find(|s| s.indicator == "body.board.women_share").unwrap();
        for i in 1..seats.len() {
            let changed = seats[i].0 != seats[i - 1].0 || versions[i] != versions[i - 1];
            prop_assert_eq!(s.points[i].break_before.is_some(), changed, "period {}", i);
            if changed {
                prop_assert!(s.points[i].change.is_none());
            } else {
                let d = s.points[i].change.unwrap().difference;
                let want = f64::from(seats[i].1) / f64::from(seats[i].0)
                    - f64::from(seats[i - 1].1) / f64::from(seats[i - 1].0);
                prop_assert!((d - want).abs() < 1e-12);
            }
        }
    }
}

#[test]
fn published_reports_leave_out_series_with_a_withheld_value() {
    // One grade of 3 women and 4 men in 2022 (withheld with k = 5: fewer than 5 women), 6 and 6
    // in 2023 (published on its own). The series of that grade would show the 2022 value, so
    // published reports leave it out, and the target about it; the JSON keeps it, marked.
    let input = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
            "staff": {"grades": [{"id": "g"}], "counts": [{"grade": "g", "counts": {"women": 6, "men": 6}}]},
            "periods": [{"period": {"year": 2022},
              "staff": {"grades": [{"id": "g"}], "counts": [{"grade": "g", "counts": {"women": 3, "men": 4}}]}}],
            "targets": [{"id": "t", "indicator": "staff.grade.g.women_share", "value": 0.5, "by": "2030-12-31"}]}"#,
    )
    .unwrap();
    let a = gender_impact::assess(&input).unwrap();
    let p = progress(&a);
    let g = p
        .series
        .iter()
        .find(|s| s.indicator == "staff.grade.g.women_share")
        .unwrap();
    assert_eq!(
        g.points.iter().map(|x| x.withheld).collect::<Vec<_>>(),
        [true, false]
    );
    let published = a.published();
    let pp = published.progress.as_ref().unwrap();
    let left: Vec<&str> = pp.series.iter().map(|s| s.indicator.as_str()).collect();
    // The staff's share is withheld in 2022 too (the total would reveal the only grade); the
    // count of undisclosed genders (0 in both years) is not.
    assert_eq!(left, ["staff.undisclosed"]);
    assert!(pp.targets.is_empty());
    for lang in gender_impact::i18n::Lang::ALL {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(!md.contains("3 of 7") && !md.contains("3 sur 7") && !md.contains("3 de 7"));
    }
    assert!(!gender_impact::report::markdown(&a).contains("42.9%"));
}
