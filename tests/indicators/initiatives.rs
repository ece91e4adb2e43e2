//! Awareness initiatives: each indicator against values computed by hand on a fixture, the
//! awareness pillar's score, the Metropolis 2023 initiatives, validation problems, and the
//! property that an initiative with marker 0 never raises a marker share.

use gender_impact::Rating;
use proptest::prelude::*;

use crate::support::{close, ind};

/// Five initiatives:
/// - a: marker 2; audience 30 women, 10 men, 5 undisclosed; speakers 3 men (all-male panel);
/// - b: marker 1; audience 11 women, 19 men, a lower bound; speakers 1 woman, 1 man;
/// - c: marker 0; no audience; speakers 2 men and 1 undisclosed (not counted as all-male);
/// - d: no marker (not screened); audience 20 undisclosed;
/// - e: marker 0; no audience; no speakers.
// Rated against Metropolis, whose awareness pillar the tests below work out (the document
// names its framework).
const FIXTURE: &str = r#"{
  "framework": "metropolis",
  "organisation": {"name": "Example network"},
  "period": {"year": 2023},
  "initiatives": [
    {"id": "a", "title": "Care summit session", "kind": "session", "date": "2023-06-13",
     "gender_marker": 2, "audience": {"women": 30, "men": 10, "undisclosed": 5},
     "speakers": {"men": 3}, "partners": ["City A"], "reach": {"views": 1200}},
    {"id": "b", "title": "Training", "kind": "training", "gender_marker": 1,
     "audience": {"women": 11, "men": 19, "at_least": true},
     "speakers": {"women": 1, "men": 1}},
    {"id": "c", "title": "Panel", "kind": "event", "gender_marker": 0,
     "speakers": {"men": 2, "undisclosed": 1}},
    {"id": "d", "title": "Webinar", "kind": "webinar", "audience": {"undisclosed": 20}},
    {"id": "e", "title": "Guide", "kind": "publication", "gender_marker": 0}
  ]
}"#;

#[test]
fn initiative_indicators_by_hand() {
    let input = gender_impact::validate(FIXTURE).unwrap();
    let a = gender_impact::assess(&input).unwrap();

    assert_eq!(ind(&a, "initiatives.count").value, Some(5.0));
    // Marker 2: a only, 1 of 5 = 20%.
    let p = ind(&a, "initiatives.marker_principal.share");
    assert_eq!((p.numerator, p.denominator), (Some(1), Some(5)));
    close(p.value.unwrap(), 0.2, "principal share");
    // Not about people: no binomial test, no small-count flag.
    assert!(p.test.is_none() && !p.small_count);
    // Marker 1 or 2: a and b, 2 of 5 = 40%: meets (at least one in three), below one in two.
    let t = ind(&a, "initiatives.marker_targeted.share");
    assert_eq!((t.numerator, t.denominator), (Some(2), Some(5)));
    close(t.value.unwrap(), 0.4, "targeted share");
    assert_eq!(t.rating, Rating::Meets);
    // Not screened: d.
    assert_eq!(ind(&a, "initiatives.marker_unscreened").value, Some(1.0));
    // Participants: 45 (a) + 30 (b) + 20 (d) = 95, at 3 of 5 initiatives; b is a lower bound.
    assert_eq!(ind(&a, "initiatives.participants").value, Some(95.0));
    assert!(
        a.findings
            .iter()
            .any(|f| f.text == "At least 95 participants are counted at 3 of 5 initiatives.")
    );
    // Women among participants of known gender: (30 + 11) / (40 + 30) = 41/70 = 0.5857: meets
    // (40-60%); 5 + 20 = 25 undisclosed beside it.
    let w = ind(&a, "initiatives.participants.women_share");
    assert_eq!(
        (w.numerator, w.denominator, w.undisclosed),
        (Some(41), Some(70), Some(25))
    );
    close(w.value.unwrap(), 41.0 / 70.0, "participants' share");
    assert_eq!(w.rating, Rating::Meets);
    assert!(w.test.is_some()); // a share of people: tested against 50%
    // Speakers: women 1 (b), known 3 + 2 + 2 = 7, 1 undisclosed (c): 1/7 = 14.3%: missing.
    let s = ind(&a, "initiatives.speakers.women_share");
    assert_eq!(
        (s.numerator, s.denominator, s.undisclosed),
        (Some(1), Some(7), Some(1))
    );
    assert_eq!(s.rating, Rating::Missing);
    // All-male panels: a (3 men); c has a speaker of undisclosed gender, b a woman: 1, missing.
    let m = ind(&a, "initiatives.all_male_panels");
    assert_eq!((m.value, m.rating), (Some(1.0), Rating::Missing));
    // Audience missing: c and e, 2 of 5 = 40%; a data-quality figure, not rated.
    let q = ind(&a, "initiatives.audience_missing.share");
    assert_eq!((q.numerator, q.denominator), (Some(2), Some(5)));
    assert_eq!(q.rating, Rating::NotApplicable);

    // Awareness pillar: targeted meets (2) × 2, participants meets (2) × 1, speakers missing
    // (0) × 1, all-male panels missing (0) × 1: (4 + 2 + 0 + 0) / 5 = 1.2: approaches.
    let p = a.pillar("awareness").unwrap();
    close(p.score.unwrap(), 1.2, "awareness score");
    assert_eq!(p.rating, Rating::Approaches);
    assert_eq!((p.rated, p.meets_or_exceeds), (4, 2));
}

#[test]
fn no_figures_is_not_zero() {
    // One initiative, no marker, no audience, no speakers: nothing is counted as 0.
    let input = gender_impact::validate(
        r#"{"framework": "metropolis", "organisation": {"name": "X"}, "period": {"year": 2023},
            "initiatives": [{"id": "x", "title": "Talk", "kind": "event"}]}"#,
    )
    .unwrap();
    let a = gender_impact::assess(&input).unwrap();
    for id in [
        "initiatives.participants",
        "initiatives.participants.women_share",
        "initiatives.speakers.women_share",
        "initiatives.all_male_panels",
    ] {
        let r = ind(&a, id);
        assert!(r.value.is_none() && r.not_computable.is_some(), "{id}");
    }
    assert_eq!(
        ind(&a, "initiatives.speakers.women_share").rating,
        Rating::InsufficientData
    );
    // The awareness pillar keeps the unrated indicators in view.
    let p = a.pillar("awareness").unwrap();
    assert_eq!(p.unrated.len(), 3);
    // The marker share: 0 of 1 (not screened, so not shown to target gender equality).
    let t = ind(&a, "initiatives.marker_targeted.share");
    assert_eq!((t.numerator, t.denominator), (Some(0), Some(1)));
    assert_eq!(ind(&a, "initiatives.marker_unscreened").value, Some(1.0));
    // Without initiatives, no initiative indicator at all.
    let a = gender_impact::assess(
        &gender_impact::validate(r#"{"organisation": {"name": "X"}, "period": {"year": 2023}}"#)
            .unwrap(),
    )
    .unwrap();
    assert!(
        a.indicators
            .iter()
            .all(|r| !r.id.starts_with("initiatives."))
    );
}

#[test]
fn metropolis_2023_initiatives() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    // Eight initiatives: the three Care campaign sessions (Brussels, Barcelona, online), the
    // executive training, the e-learning series, the Jakarta and Santa Cruz workshops and the
    // Guangzhou seminar.
    assert_eq!(ind(&a, "initiatives.count").value, Some(8.0));
    // The three Care sessions carry marker 2; the five others are not screened.
    let t = ind(&a, "initiatives.marker_targeted.share");
    assert_eq!((t.numerator, t.denominator), (Some(3), Some(8)));
    assert_eq!(t.rating, Rating::Meets); // 0.375 >= 1/3
    let p = ind(&a, "initiatives.marker_principal.share");
    assert_eq!((p.numerator, p.denominator), (Some(3), Some(8)));
    assert_eq!(ind(&a, "initiatives.marker_unscreened").value, Some(5.0));
    // Participants: "plus de 300" (e-learning) + 40 (Jakarta) = at least 340, at 2 of 8.
    assert_eq!(ind(&a, "initiatives.participants").value, Some(340.0));
    // Their gender is not given: the share is not computable, 340 undisclosed beside it.
    let w = ind(&a, "initiatives.participants.women_share");
    assert_eq!((w.value, w.undisclosed), (None, Some(340)));
    assert_eq!(w.rating, Rating::InsufficientData);
    // Audience figures missing for 6 of 8 = 75%.
    let q = ind(&a, "initiatives.audience_missing.share");
    assert_eq!((q.numerator, q.denominator), (Some(6), Some(8)));
    // Awareness pillar: only the marker share is rated (meets, 2): score 2, meets; the three
    // others are listed as not rated.
    let aw = a.pillar("awareness").unwrap();
    assert_eq!(
        (aw.rating, aw.score, aw.rated),
        (Rating::Meets, Some(2.0), 1)
    );
    assert_eq!(
        aw.unrated,
        [
            "initiatives.participants.women_share",
            "initiatives.speakers.women_share",
            "initiatives.all_male_panels"
        ]
    );
    // Findings for the pillar, and in the three languages.
    assert!(a.findings.iter().any(|f| f.text.starts_with(
        "3 of 8 initiatives target gender equality (DAC marker 1 or 2: 38%), at or above the 33% gender-focused threshold."
    )));
    let md = gender_impact::report::markdown(&a);
    assert!(md.contains("At least 340 participants are counted at 2 of 8 initiatives."));
    for (lang, text) in [
        (
            gender_impact::i18n::Lang::Fr,
            "3 initiatives sur 8 visent l’égalité des sexes (marqueur CAD 1 ou 2\u{a0}: 38\u{202f}%).",
        ),
        (
            gender_impact::i18n::Lang::Es,
            "3 de 8 iniciativas se orientan a la igualdad de género (marcador CAD 1 o 2: 38\u{a0}%).",
        ),
    ] {
        let md = gender_impact::report::markdown_in(&a, lang);
        assert!(md.contains(text), "{lang:?}");
    }
}

#[test]
fn validation_problems_have_pointers() {
    let err = gender_impact::validate(
        r#"{"organisation": {"name": "X"}, "period": {"year": 2023}, "initiatives": [
            {"id": "a", "title": "A", "kind": "event", "date": "2024-01-02"},
            {"id": "a", "title": "B", "kind": "event"}]}"#,
    )
    .unwrap_err();
    let got: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        [
            "/initiatives/0/date: expected a date inside the period (2023-01-01 to 2023-12-31), found 2024-01-02",
            "/initiatives/1/id: expected a unique initiative id, found `a` again (first at /initiatives/0/id)",
        ]
    );
}

fn with_markers(markers: &[Option<u8>]) -> gender_impact::Input {
    let list: Vec<serde_json::Value> = markers
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut v = serde_json::json!({"id": format!("i{i}"), "title": "T", "kind": "event"});
            if let Some(m) = m {
                v["gender_marker"] = serde_json::json!(m);
            }
            v
        })
        .collect();
    let doc = serde_json::json!({"organisation": {"name": "X"}, "period": {"year": 2023},
        "initiatives": list});
    gender_impact::validate_value(&doc).unwrap()
}

fn marker_shares(input: &gender_impact::Input) -> (f64, f64) {
    let a = gender_impact::assess(input).unwrap();
    (
        ind(&a, "initiatives.marker_principal.share").value.unwrap(),
        ind(&a, "initiatives.marker_targeted.share").value.unwrap(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Adding an initiative with marker 0 never raises either marker share, wherever it goes.
    #[test]
    fn marker_zero_never_raises_a_share(
        markers in proptest::collection::vec(proptest::option::of(0u8..=2), 1..20),
        at in 0usize..20,
    ) {
        let (p0, t0) = marker_shares(&with_markers(&markers));
        let mut more = markers.clone();
        more.insert(at.min(markers.len()), Some(0));
        let (p1, t1) = marker_shares(&with_markers(&more));
        prop_assert!(p1 <= p0 && t1 <= t0, "{p0} -> {p1}, {t0} -> {t1}");
        // By hand: k of n becomes k of n + 1.
        let n = markers.len() as f64;
        let k = markers.iter().filter(|m| matches!(m, Some(1 | 2))).count() as f64;
        prop_assert!((t1 - k / (n + 1.0)).abs() < 1e-12);
    }
}
