//! The composite: contributions that add up to the scores, and the sensitivity check of the
//! overall rating to a 20% move of any one weight, against values computed by hand.

use gender_impact::{Assessor, Framework, Rating};

use crate::support::close;

#[test]
fn metropolis_contributions_and_sensitivity_by_hand() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    // Pillar scores 0.4, 2, 1, 4/3, weights 1 each: contributions are a quarter of each.
    let c: Vec<f64> = a
        .summary
        .pillars
        .iter()
        .map(|p| p.contribution.unwrap())
        .collect();
    for (got, want) in c.iter().zip([0.1, 0.5, 0.25, 1.0 / 3.0]) {
        close(*got, want, "pillar contribution");
    }
    close(
        c.iter().sum(),
        71.0 / 60.0,
        "contributions add up to the overall score",
    );
    // Secretariat: staff approaches (1), management exceeds (3), glass ceiling missing (0),
    // weights 1: contributions 1/3, 1, 0, adding up to the pillar's 4/3.
    let sec = a.pillar("secretariat").unwrap();
    let cc: Vec<f64> = sec
        .components
        .iter()
        .map(|c| c.contribution.unwrap())
        .collect();
    for (got, want) in cc.iter().zip([1.0 / 3.0, 1.0, 0.0]) {
        close(*got, want, "component contribution");
    }
    // A component that is not rated contributes nothing (and says so by having none).
    let aw = a.pillar("awareness").unwrap();
    assert_eq!(
        aw.components
            .iter()
            .filter(|c| c.contribution.is_none())
            .count(),
        3
    );

    // Sensitivity: 4 pillar weights and 2 + 4 + 2 + 3 = 11 criterion weights, each × 0.8 and
    // × 1.2: 30 cases. Lowest: awareness × 0.8, (0.4 + 0.8·2 + 1 + 4/3) / 3.8 = 65/57 = 1.140;
    // highest: leadership × 0.8, (0.8·0.4 + 2 + 1 + 4/3) / 3.8 = 349/285 = 1.225. All in
    // [1, 2): approaches, stable.
    let s = &a.summary.sensitivity;
    assert_eq!(s.cases.len(), 30);
    assert!(s.stable);
    let scores: Vec<f64> = s.cases.iter().map(|c| c.score.unwrap()).collect();
    close(
        scores.iter().copied().fold(f64::INFINITY, f64::min),
        65.0 / 57.0,
        "lowest",
    );
    close(
        scores.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        349.0 / 285.0,
        "highest",
    );
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains(
        "Sensitivity: moving any one of the 15 weights (pillars and criteria) 20% down or up (30 cases) leaves the overall rating unchanged (scores from 1.14 to 1.22)."
    ));
}

#[test]
fn a_rating_on_the_edge_is_reported_as_sensitive() {
    // Staff: management 0 women of 4 (missing), all staff 9 of 20 = 45% (meets).
    let input = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
            "staff": {"grades": [{"id": "exec", "management": true}, {"id": "prof"}],
                      "counts": [{"grade": "exec", "counts": {"women": 0, "men": 4}},
                                 {"grade": "prof", "counts": {"women": 9, "men": 7}}]}}"#,
    )
    .unwrap();
    let bands = r#"[{"rating": "exceeds", "min": 0.47, "max": 0.53},
                    {"rating": "meets", "min": 0.4, "max": 0.6},
                    {"rating": "approaches", "min": 0.3, "max": 0.7}]"#;
    let fw = Framework::from_json(&format!(
        r#"{{"id": "edge", "version": "1", "name": "Edge", "leadership_roles": ["president"],
            "seat_target": 0.4, "undisclosed_warning": 0.1, "small_count": 5,
            "pillars": [
              {{"id": "a", "title": "A", "weight": 1, "criteria": [
                {{"indicator": "staff.women_share", "weight": 1, "label": "balance", "bands": {bands}}}]}},
              {{"id": "b", "title": "B", "weight": 1, "criteria": [
                {{"indicator": "staff.management.women_share", "weight": 1, "label": "balance", "bands": {bands}}}]}}]}}"#
    ))
    .unwrap();
    let a = Assessor::new().framework(fw).assess(&input).unwrap();
    // Pillars: a = 2 (meets), b = 0 (missing); overall (2 + 0) / 2 = 1: approaches, on the edge.
    assert_eq!(a.summary.overall.rating, Rating::Approaches);
    close(a.summary.overall.score.unwrap(), 1.0, "overall");
    let s = &a.summary.sensitivity;
    // 2 pillar + 2 criterion weights, down and up: 8 cases. a × 0.8: 1.6/1.8 = 0.889 and
    // b × 1.2: 2/2.2 = 0.909 fall to missing; a × 1.2 (2.4/2.2 = 1.09), b × 0.8 (2/1.8 = 1.11)
    // and the criteria (one per pillar: the pillar's score cannot move) do not.
    assert_eq!(s.cases.len(), 8);
    assert!(!s.stable);
    let flips: Vec<(&str, f64, f64)> = s
        .changes(Rating::Approaches)
        .map(|c| (c.pillar.as_str(), c.factor, c.score.unwrap()))
        .collect();
    assert_eq!(flips.len(), 2);
    assert_eq!((flips[0].0, flips[0].1), ("a", 0.8));
    close(flips[0].2, 1.6 / 1.8, "a x 0.8");
    assert_eq!((flips[1].0, flips[1].1), ("b", 1.2));
    close(flips[1].2, 2.0 / 2.2, "b x 1.2");
    assert!(
        s.changes(Rating::Approaches)
            .all(|c| c.rating == Rating::Missing)
    );
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains(
        "Sensitivity: moving one weight 20% down or up changes the overall rating in 2 of 8 cases: the weight of “A” × 0.8 gives missing requirements (0.89); the weight of “B” × 1.2 gives missing requirements (0.91)."
    ), "{md}");
}
