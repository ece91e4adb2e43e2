//! Projects and resources: each indicator against values computed by hand on a fixture, the
//! outcome statuses, the Metropolis 2023 records and validation problems.

use gender_impact::{Outcome, OutcomeStatus};

use crate::support::{close, ind};

/// Three projects and a budget:
/// - p1: marker 2, budget 600,000; o1 on track (10 -> 30 from 2022-01-01 to 2026-01-01,
///   22 on 2024-01-01: 730 of 1,461 days = 0.4997 elapsed, 12 of 20 = 0.6 done); o2 off track
///   (40 -> 20 from 2022-01-01 to 2025-01-01, 35 on 2024-01-01: 730 of 1,096 days = 0.666
///   elapsed, 5 of 20 = 0.25 done);
/// - p2: marker 0, budget 300,000; o1 met (5 -> 8, 9 observed, no dates needed); o2 not
///   assessable (baseline "under 2", no target);
/// - p3: marker 1, budget 100,000, no outcome.
///
/// Resources: budget 2,000,000 EUR, funds of 50,000 and 30,000.
const FIXTURE: &str = r#"{
  "organisation": {"name": "Example network"},
  "period": {"year": 2024},
  "projects": [
    {"id": "p1", "title": "Safe mobility", "gender_marker": 2, "budget": 600000,
     "outcomes": [
       {"id": "o1", "title": "Women among drivers (%)",
        "baseline": {"value": 10, "date": "2022-01-01"},
        "target": {"value": 30, "date": "2026-01-01"},
        "observed": {"value": 22, "date": "2024-01-01"}},
       {"id": "o2", "title": "Harassment reports per 1,000 trips",
        "baseline": {"value": 40, "date": "2022-01-01"},
        "target": {"value": 20, "date": "2025-01-01"},
        "observed": {"value": 35, "date": "2024-01-01"}}]},
    {"id": "p2", "title": "Urban forests", "gender_marker": 0, "budget": 300000,
     "outcomes": [
       {"id": "o1", "title": "Women in the steering group",
        "baseline": {"value": 5}, "target": {"value": 8}, "observed": {"value": 9}},
       {"id": "o2", "title": "Women among staff (%)",
        "baseline": {"value": 2, "relation": "below"}}]},
    {"id": "p3", "title": "Care pilots", "gender_marker": 1, "budget": 100000}
  ],
  "resources": {"budget": 2000000, "currency": "EUR", "gender_funds": [
    {"id": "a", "title": "Grant A", "amount": 50000, "years": 3},
    {"id": "b", "title": "Grant B", "amount": 30000}]}
}"#;

#[test]
fn project_and_resource_indicators_by_hand() {
    let a = gender_impact::assess(&gender_impact::validate(FIXTURE).unwrap()).unwrap();
    assert_eq!(ind(&a, "projects.count").value, Some(3.0));
    // Marker 1 or 2: p1 and p3, 2 of 3.
    let t = ind(&a, "projects.marker_targeted.share");
    assert_eq!((t.numerator, t.denominator), (Some(2), Some(3)));
    assert!(t.test.is_none());
    // Budget: (600,000 + 100,000) / 1,000,000 = 0.7.
    close(
        ind(&a, "projects.budget_targeted.share").value.unwrap(),
        0.7,
        "budget share",
    );
    assert!(a.findings.iter().any(|f| f.text
        == "Projects that target gender equality hold 700000 of the 1000000 in project budgets (70%)."));
    // Outcomes: on track, off track, met, not assessable: 2 of 3 assessable are met or on track.
    let o = ind(&a, "projects.outcomes.on_track.share");
    assert_eq!((o.numerator, o.denominator), (Some(2), Some(3)));
    assert_eq!(ind(&a, "projects.outcomes.not_assessable").value, Some(1.0));
    // Funds: 80,000 of 2,000,000 = 4%.
    assert_eq!(ind(&a, "resources.gender_funds").value, Some(2.0));
    close(
        ind(&a, "resources.gender_funds.share").value.unwrap(),
        0.04,
        "funds share",
    );
    assert!(a.findings.iter().any(|f| f.text
        == "Funds dedicated to gender equality are 80000 EUR of a budget of 2000000 EUR (4%)."));
}

#[test]
fn outcome_statuses() {
    let outcome = |json: &str| -> Outcome { serde_json::from_str(json).unwrap() };
    let p = gender_impact::validate(FIXTURE).unwrap();
    let statuses: Vec<OutcomeStatus> = p
        .projects
        .iter()
        .flat_map(|p| p.outcomes.iter().map(Outcome::status))
        .collect();
    assert_eq!(
        statuses,
        [
            OutcomeStatus::OnTrack,
            OutcomeStatus::OffTrack,
            OutcomeStatus::Met,
            OutcomeStatus::NotAssessable
        ]
    );
    // A bound settles "met" when it is beyond the target: over 12 against a target of 10.
    let o = outcome(
        r#"{"id": "o", "title": "T", "baseline": {"value": 2, "relation": "below"},
            "target": {"value": 10}, "observed": {"value": 12, "relation": "above"}}"#,
    );
    assert_eq!(o.status(), OutcomeStatus::Met);
    // ... but "over 5" against a target of 10 settles nothing.
    let o = outcome(
        r#"{"id": "o", "title": "T", "baseline": {"value": 2, "date": "2022-01-01"},
            "target": {"value": 10, "date": "2026-01-01"},
            "observed": {"value": 5, "relation": "above", "date": "2024-01-01"}}"#,
    );
    assert_eq!(o.status(), OutcomeStatus::NotAssessable);
    // A target equal to the baseline gives no direction.
    let o = outcome(
        r#"{"id": "o", "title": "T", "baseline": {"value": 5}, "target": {"value": 5},
            "observed": {"value": 5}}"#,
    );
    assert_eq!(o.status(), OutcomeStatus::NotAssessable);
}

#[test]
fn unknown_amounts_are_not_zero() {
    let a = gender_impact::assess(
        &gender_impact::validate(
            r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
                "projects": [{"id": "p", "title": "P", "gender_marker": 2, "budget": 10},
                             {"id": "q", "title": "Q"}],
                "resources": {"budget": 100, "gender_funds": [
                    {"id": "a", "title": "A", "amount": 5}, {"id": "b", "title": "B"}]}}"#,
        )
        .unwrap(),
    )
    .unwrap();
    for id in [
        "projects.budget_targeted.share",
        "resources.gender_funds.share",
        "projects.outcomes.on_track.share",
    ] {
        let r = ind(&a, id);
        assert!(r.value.is_none() && r.not_computable.is_some(), "{id}");
    }
}

#[test]
fn metropolis_2023_projects_and_resources() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    // Avantia, marker 2 (the encoder's reading of « au cœur du projet »): 1 of 1.
    let t = ind(&a, "projects.marker_targeted.share");
    assert_eq!((t.numerator, t.denominator), (Some(1), Some(1)));
    // No budget given: the budget share is unknown.
    assert_eq!(ind(&a, "projects.budget_targeted.share").value, None);
    // Its outcome (women under 2% of Trasmilenio's staff) has no target or later value.
    assert_eq!(ind(&a, "projects.outcomes.on_track.share").value, None);
    assert_eq!(ind(&a, "projects.outcomes.not_assessable").value, Some(1.0));
    // The Open Society Foundation funding, amount and budget not given.
    assert_eq!(ind(&a, "resources.gender_funds").value, Some(1.0));
    assert_eq!(
        ind(&a, "resources.gender_funds.share")
            .not_computable
            .as_deref(),
        Some("the budget is not recorded")
    );
    let fr = gender_impact::report::markdown_in(&a, gender_impact::i18n::Lang::Fr);
    assert!(fr.contains("1 projet sur 1 vise l’égalité des sexes"));
    assert!(fr.contains("non calculable\u{a0}: le budget n’est pas renseigné"));
}

#[test]
fn validation_problems_have_pointers() {
    let err = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
            "projects": [
              {"id": "p", "title": "P", "outcomes": [
                 {"id": "o", "title": "O", "observed": {"value": 1e300}},
                 {"id": "o", "title": "O2"}]},
              {"id": "p", "title": "Q"}],
            "resources": {"gender_funds": [{"id": "f", "title": "F"}, {"id": "f", "title": "G"}]}}"#,
    )
    .unwrap_err();
    let got: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        [
            "/projects/0/outcomes/0/observed/value: expected a number from -1e12 to 1e12, found one outside that range",
            "/projects/0/outcomes/1/id: expected a unique outcome id in the project, found `o` again (first at /projects/0/outcomes/0/id)",
            "/projects/1/id: expected a unique project id, found `p` again (first at /projects/0/id)",
            "/resources/gender_funds/1/id: expected a unique fund id, found `f` again (first at /resources/gender_funds/0/id)",
        ]
    );
}
