//! Policies identified and shared: each indicator against values computed by hand on a fixture,
//! the policies pillar's score, the Metropolis 2023 catalogue and validation problems.

use gender_impact::Rating;

use crate::support::ind;

/// Four policies:
/// - p1: identified, documented, shared (12 members reached), adopted by two members;
/// - p2: identified, shared (no figure for members reached), adoptions followed, none;
/// - p3: identified, documented;
/// - p4: identified only.
// Rated against Metropolis, whose policies pillar the tests below work out (the document
// names its framework; the general framework does not rate policies).
const FIXTURE: &str = r#"{
  "framework": "metropolis",
  "organisation": {"name": "Example network"},
  "period": {"year": 2023},
  "policies": [
    {"id": "p1", "title": "Care blocks", "category": "care", "origin": "City A",
     "members_reached": 12,
     "stages": [
       {"stage": "identified", "date": "2022-03-01", "evidence": "Call for practices"},
       {"stage": "documented", "evidence": "Case study"},
       {"stage": "shared", "date": "2023-06-13", "evidence": "Congress session"},
       {"stage": "adopted_elsewhere", "evidence": "Council decision", "member": "City B"},
       {"stage": "adopted_elsewhere", "evidence": "Press release", "member": "City C"}]},
    {"id": "p2", "title": "Safe night transport", "category": "mobility", "origin": "City D",
     "adoptions_followed": true,
     "stages": [{"stage": "identified", "evidence": "Survey"},
                {"stage": "shared", "evidence": "Webinar"}]},
    {"id": "p3", "title": "Gender budgeting", "category": "data", "origin": "City E",
     "stages": [{"stage": "identified", "evidence": "Survey"},
                {"stage": "documented", "evidence": "Factsheet"}]},
    {"id": "p4", "title": "Parity rule", "category": "governance", "origin": "City F",
     "stages": [{"stage": "identified", "evidence": "Survey"}]}
  ]
}"#;

#[test]
fn policy_indicators_by_hand() {
    let a = gender_impact::assess(&gender_impact::validate(FIXTURE).unwrap()).unwrap();
    assert_eq!(ind(&a, "policies.identified").value, Some(4.0));
    assert_eq!(ind(&a, "policies.documented").value, Some(2.0)); // p1, p3
    // Shared: p1 and p2 = 2: approaches (1 <= 2 < 3).
    let s = ind(&a, "policies.shared");
    assert_eq!((s.value, s.rating), (Some(2.0), Rating::Approaches));
    // 2 of 4 = 50%; a share of records: no binomial test.
    let sh = ind(&a, "policies.shared.share");
    assert_eq!((sh.numerator, sh.denominator), (Some(2), Some(4)));
    assert!(sh.test.is_none());
    // Members reached: only p1 gives the figure: 12.
    assert_eq!(ind(&a, "policies.members_reached").value, Some(12.0));
    // Adoptions: 2 (p1), over p1 (recorded) and p2 (followed, none): meets (1 <= 2 < 3).
    let ad = ind(&a, "policies.adoptions");
    assert_eq!((ad.value, ad.rating), (Some(2.0), Rating::Meets));
    // Pillar: shared approaches (1) × 2 + adoptions meets (2) × 1 = 4, over 3: 1.333, approaches.
    let p = a.pillar("policies").unwrap();
    assert!((p.score.unwrap() - 4.0 / 3.0).abs() < 1e-12);
    assert_eq!((p.rating, p.rated), (Rating::Approaches, 2));
    assert!(a.findings.iter().any(|f| f.text
        == "2 adoptions by other members are recorded (over the policies whose adoptions are followed), at or above the 1 adoptions threshold. Rating: meets requirements."));
}

#[test]
fn unknown_is_not_zero() {
    // One policy, shared, nothing else followed: members reached and adoptions are unknown.
    let a = gender_impact::assess(
        &gender_impact::validate(
            r#"{"framework": "metropolis", "organisation": {"name": "X"}, "period": {"year": 2023}, "policies": [
                {"id": "p", "title": "P", "category": "other", "origin": "City",
                 "stages": [{"stage": "shared", "evidence": "Talk"}]}]}"#,
        )
        .unwrap(),
    )
    .unwrap();
    for id in ["policies.members_reached", "policies.adoptions"] {
        let r = ind(&a, id);
        assert!(r.value.is_none() && r.not_computable.is_some(), "{id}");
    }
    assert_eq!(
        ind(&a, "policies.adoptions").rating,
        Rating::InsufficientData
    );
}

#[test]
fn metropolis_2023_policies() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    // Bogotá's care blocks: identified, documented (the OECD OPSI case study the report links)
    // and shared (the president spoke of them at Metropolis events in 2023).
    assert_eq!(ind(&a, "policies.identified").value, Some(1.0));
    assert_eq!(ind(&a, "policies.documented").value, Some(1.0));
    let s = ind(&a, "policies.shared");
    assert_eq!((s.value, s.rating), (Some(1.0), Rating::Approaches));
    // The report gives no number of members reached and follows no adoption: unknown.
    assert_eq!(ind(&a, "policies.members_reached").value, None);
    assert_eq!(
        ind(&a, "policies.adoptions").rating,
        Rating::InsufficientData
    );
    // Pillar: only `policies.shared` is rated (approaches, 1): score 1.
    let p = a.pillar("policies").unwrap();
    assert_eq!(
        (p.rating, p.score, p.rated),
        (Rating::Approaches, Some(1.0), 1)
    );
    assert_eq!(p.unrated, ["policies.adoptions"]);
    for (lang, text) in [
        (
            gender_impact::i18n::Lang::Fr,
            "1 politique identifiée sur 1 a été partagée.",
        ),
        (
            gender_impact::i18n::Lang::Es,
            "Se compartió 1 de 1 políticas identificadas.",
        ),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(md.contains(text), "{lang:?}");
    }
}

#[test]
fn validation_problems_have_pointers() {
    let err = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023}, "policies": [
            {"id": "p", "title": "P", "category": "care", "origin": "A",
             "stages": [{"stage": "adopted_elsewhere", "evidence": "E"},
                        {"stage": "shared", "evidence": "E", "member": "B",
                         "date": "2024-03-01"}]},
            {"id": "p", "title": "Q", "category": "care", "origin": "A",
             "stages": [{"stage": "identified", "evidence": "E"}]}]}"#,
    )
    .unwrap_err();
    let got: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        [
            "/policies/0/stages/0/member: expected the member that adopted the policy for an `adopted_elsewhere` stage, found it missing",
            "/policies/0/stages/1/date: expected a date on or before the end of the period (2023-12-31), found 2024-03-01",
            "/policies/0/stages/1/member: expected `member` only on an `adopted_elsewhere` stage, found it on another stage",
            "/policies/1/id: expected a unique policy id, found `p` again (first at /policies/0/id)",
        ]
    );
}

/// Issue 5's acceptance: the Metropolis 2023 assessment covers the three pillars of the
/// strategy and the secretariat, each rated and with findings.
#[test]
fn metropolis_2023_covers_every_pillar_with_findings() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    for id in ["leadership", "awareness", "policies", "secretariat"] {
        let p = a.pillar(id).unwrap();
        assert!(p.score.is_some(), "{id} is not rated");
        let findings = a
            .findings
            .iter()
            .filter(|f| {
                f.indicator
                    .as_deref()
                    .and_then(|i| a.indicator(i))
                    .is_some_and(|r| r.pillar.as_deref() == Some(id))
            })
            .count();
        assert!(findings > 0, "{id} has no finding");
    }
}
