//! Indicator values computed by hand from small inputs (and from the embedded Metropolis 2023
//! dataset), compared with what the assessment produces. Every expected number below comes from
//! the counts in the input, worked out in the comment next to it, never from the program.

use gender_impact::assessment::{Assessment, WarningCode};
use gender_impact::stats::{ConfidenceLevel, IntervalMethod, Share};
use gender_impact::{Assessor, Framework, Rating};

use crate::support::{close, ind};

fn input(doc: &str) -> gender_impact::Input {
    gender_impact::validate(doc).unwrap_or_else(|e| panic!("test input is invalid:\n{e}"))
}

/// Assesses with the default assessor (the document's framework, else `general`; Wilson 95%,
/// reference 0.5).
fn assess(doc: &str) -> Assessment {
    gender_impact::assess(&input(doc)).unwrap()
}

fn assess_with(doc: &str, framework: Framework) -> Assessment {
    Assessor::new()
        .framework(framework)
        .assess(&input(doc))
        .unwrap()
}

/// A document with these bodies (JSON objects, comma-separated) and no staff.
fn bodies(bodies: &str) -> String {
    format!(
        r#"{{"organisation": {{"name": "Test"}}, "period": {{"year": 2023}}, "bodies": [{bodies}]}}"#
    )
}

/// A body recorded as counts.
fn counts_body(id: &str, kind: &str, seats: Option<u32>, women: u32, men: u32) -> String {
    let seats = seats
        .map(|s| format!(r#""seats": {s},"#))
        .unwrap_or_default();
    format!(
        r#"{{"id": "{id}", "name": "Body {id}", "kind": "{kind}", {seats} "counts": {{"women": {women}, "men": {men}}}}}"#
    )
}

/// Binomial coefficient, exactly.
fn choose(n: u128, k: u128) -> u128 {
    let mut c = 1u128;
    for i in 0..k {
        // c·(n − i) is divisible by (i + 1) at every step (c = C(n, i) before it).
        c = c * (n - i) / (i + 1);
    }
    c
}

// ---------------------------------------------------------------------------------------------
// Women's share of seats

#[test]
fn women_share_counts_non_binary_people_and_leaves_out_undisclosed_ones() {
    let a = assess(&bodies(
        r#"{"id": "board", "name": "Board", "kind": "board", "seats": 10, "members": [
            {"gender": "woman"}, {"gender": "woman"}, {"gender": "woman"},
            {"gender": "man"}, {"gender": "man"}, {"gender": "man"}, {"gender": "man"},
            {"gender": "non_binary"},
            {"gender": "undisclosed"}, {"gender": "undisclosed"}
        ]}"#,
    ));
    let r = ind(&a, "body.board.women_share");
    // 3 women over the 3 + 4 + 1 = 8 people with a known gender; the 2 undisclosed are reported
    // beside the share.
    assert_eq!((r.numerator, r.denominator), (Some(3), Some(8)));
    close(r.value.unwrap(), 0.375, "3/8");
    assert_eq!(r.undisclosed, Some(2));
    assert!(r.complete_count);
    // 0.375 is inside the 30–70% band only: approaches (metropolis).
    assert_eq!(r.rating, Rating::Approaches);
    // The undisclosed count indicator.
    assert_eq!(ind(&a, "body.board.undisclosed").value, Some(2.0));
    // 10 people recorded in 10 seats (the undisclosed people hold seats too): none unfilled.
    assert_eq!(ind(&a, "body.board.unfilled_seats").value, Some(0.0));
    // 2 of 10 people (20%) undisclosed is above the framework's 10% threshold: a warning.
    let w = a
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::Undisclosed)
        .expect("an undisclosed warning");
    assert_eq!(w.indicator.as_deref(), Some("body.board.women_share"));
    assert!(w.message.contains("2 of 10 people (20%)"), "{}", w.message);
    assert!(w.message.contains("the 8 others"), "{}", w.message);
}

#[test]
fn women_share_from_aggregate_counts() {
    let a = assess(&bodies(
        r#"{"id": "ag", "name": "Assembly", "kind": "assembly",
            "counts": {"women": 5, "men": 3, "non_binary": 2, "undisclosed": 1}}"#,
    ));
    let r = ind(&a, "body.ag.women_share");
    // 5 women over 5 + 3 + 2 = 10 known; 1 undisclosed.
    assert_eq!(
        (r.numerator, r.denominator, r.undisclosed),
        (Some(5), Some(10), Some(1))
    );
    close(r.value.unwrap(), 0.5, "5/10");
    // 0.5 is inside the 47–53% parity zone: exceeds (metropolis, assemblies are rated).
    assert_eq!(r.rating, Rating::Exceeds);
    // 1 of 11 (9.1%) undisclosed is not above 10%: no warning.
    assert!(
        !a.warnings
            .iter()
            .any(|w| w.code == WarningCode::Undisclosed)
    );
}

#[test]
fn findings_quote_the_counts() {
    let a = assess(&bodies(&counts_body("b", "board", None, 2, 6)));
    // 2 of 8 = 25%.
    assert!(
        a.findings.iter().any(|f| f
            .text
            .starts_with("Women hold 2 of 8 seats on the Body b (25%)")),
        "{:#?}",
        a.findings
    );
}

// ---------------------------------------------------------------------------------------------
// Leadership roles and the presidency

const LEADERSHIP_BOARD: &str = r#"{"id": "board", "name": "Board", "kind": "board", "members": [
    {"gender": "woman", "role": "president"},
    {"gender": "man", "role": "co_president"},
    {"gender": "woman", "role": "vice_president"},
    {"gender": "man", "role": "treasurer"},
    {"gender": "undisclosed", "role": "secretary_general"},
    {"gender": "woman", "role": "secretary"},
    {"gender": "woman"},
    {"gender": "woman", "role": "member"},
    {"gender": "man", "role": "observer"}
]}"#;

#[test]
fn leadership_share_uses_the_frameworks_roles() {
    let a = assess(&bodies(LEADERSHIP_BOARD));
    let r = ind(&a, "body.board.leadership.women_share");
    // Leadership roles (metropolis): president, co_president, vice_president, treasurer,
    // secretary_general: 5 people, of whom 4 have a known gender and 2 are women (president,
    // vice-president). The secretary (a woman) is not a leadership role.
    assert_eq!((r.numerator, r.denominator), (Some(2), Some(4)));
    close(r.value.unwrap(), 0.5, "2/4");
    // 0.5 is in the 47–53% parity zone: exceeds (the criterion applies to boards).
    assert_eq!(r.rating, Rating::Exceeds);
    // The whole body: women = president, vice-president, secretary, 2 members = 5; men = 3;
    // 1 undisclosed: 5/8.
    let all = ind(&a, "body.board.women_share");
    assert_eq!((all.numerator, all.denominator), (Some(5), Some(8)));

    // The EU framework lists the same leadership roles; 0.5 is inside 40–60%: meets.
    let eu = assess_with(&bodies(LEADERSHIP_BOARD), Framework::eu_gender_balance());
    let r = ind(&eu, "body.board.leadership.women_share");
    assert_eq!((r.numerator, r.denominator), (Some(2), Some(4)));
    assert_eq!(r.rating, Rating::Meets);
}

#[test]
fn leadership_roles_are_those_of_the_framework() {
    // A framework that counts only the president as leadership: 1 woman of 1.
    let mut f = Framework::metropolis();
    f.leadership_roles = vec![gender_impact::Role::President];
    let a = assess_with(&bodies(LEADERSHIP_BOARD), f);
    let r = ind(&a, "body.board.leadership.women_share");
    assert_eq!((r.numerator, r.denominator), (Some(1), Some(1)));
}

#[test]
fn leadership_share_not_computable_cases() {
    let a = assess(&bodies(&format!(
        "{}, {}, {}",
        counts_body("agg", "board", None, 3, 4),
        r#"{"id": "flat", "name": "Flat", "kind": "board", "members": [
            {"gender": "woman", "role": "secretary"}, {"gender": "man"}, {"gender": "man", "role": "observer"}]}"#,
        r#"{"id": "anon", "name": "Anon", "kind": "board", "members": [
            {"gender": "undisclosed", "role": "president"}, {"gender": "woman"}]}"#
    )));
    let agg = ind(&a, "body.agg.leadership.women_share");
    assert_eq!(agg.value, None);
    assert_eq!(
        agg.not_computable.as_deref(),
        Some("the body is recorded as aggregate counts, so roles are unknown")
    );
    let flat = ind(&a, "body.flat.leadership.women_share");
    assert_eq!(flat.value, None);
    assert_eq!(
        flat.not_computable.as_deref(),
        Some(
            "no member holds a leadership role (president, co_president, vice_president, treasurer, secretary_general)"
        )
    );
    // A criterion applies (board) but there is no value: insufficient data, not a zero.
    assert_eq!(flat.rating, Rating::InsufficientData);
    let anon = ind(&a, "body.anon.leadership.women_share");
    assert_eq!(
        anon.not_computable.as_deref(),
        Some("no leader of the body has a known gender")
    );
    assert_eq!((anon.numerator, anon.denominator), (None, None));
    // Each not computable, rated indicator gets a data-quality warning.
    for id in [
        "body.agg.leadership.women_share",
        "body.flat.leadership.women_share",
        "body.anon.leadership.women_share",
    ] {
        assert!(
            a.warnings
                .iter()
                .any(|w| w.code == WarningCode::NotComputable && w.indicator.as_deref() == Some(id)),
            "no not-computable warning for {id}"
        );
    }
}

/// The documentation promises undisclosed people are "counted and reported beside the share"
/// (src/input.rs `Gender`, and the assessment's method note "beside each share"); the
/// leadership share leaves an undisclosed leader out of its denominator without reporting it:
/// src/bodies.rs, the leadership `Measurement` (lines 108-120) never sets `undisclosed`.
#[test]
fn leadership_share_reports_undisclosed_leaders() {
    let a = assess(&bodies(LEADERSHIP_BOARD));
    // The secretary general's gender is undisclosed: 1 leader left out.
    assert_eq!(
        ind(&a, "body.board.leadership.women_share").undisclosed,
        Some(1)
    );
}

#[test]
fn presidency_flag_and_its_not_computable_cases() {
    let a = assess(&bodies(&format!(
        "{}, {}, {}, {}, {}",
        r#"{"id": "w", "name": "W", "kind": "board", "members": [{"gender": "man"}, {"gender": "woman", "role": "president"}]}"#,
        r#"{"id": "m", "name": "M", "kind": "board", "members": [{"gender": "woman"}, {"gender": "man", "role": "president"}]}"#,
        r#"{"id": "co", "name": "Co", "kind": "presidency", "members": [{"gender": "woman", "role": "co_president"}, {"gender": "man", "role": "co_president"}]}"#,
        r#"{"id": "u", "name": "U", "kind": "board", "members": [{"gender": "undisclosed", "role": "president"}, {"gender": "woman"}]}"#,
        counts_body("c", "board", None, 1, 1)
    )));
    // A woman presides: 1; a man: 0.
    assert_eq!(ind(&a, "body.w.presidency_woman").value, Some(1.0));
    assert_eq!(ind(&a, "body.m.presidency_woman").value, Some(0.0));
    // The framework has no criterion for the flag: not applicable.
    assert_eq!(
        ind(&a, "body.w.presidency_woman").rating,
        Rating::NotApplicable
    );
    let co = ind(&a, "body.co.presidency_woman");
    assert_eq!(co.value, None);
    assert_eq!(
        co.not_computable.as_deref(),
        Some("no member has the role `president`")
    );
    assert_eq!(
        ind(&a, "body.u.presidency_woman").not_computable.as_deref(),
        Some("the president's gender is undisclosed")
    );
    assert_eq!(
        ind(&a, "body.c.presidency_woman").not_computable.as_deref(),
        Some("the body is recorded as aggregate counts, so roles are unknown")
    );
}

// ---------------------------------------------------------------------------------------------
// Seats: unfilled, and seats short of the EU target

#[test]
fn unfilled_seats() {
    let a = assess(&bodies(&format!(
        "{}, {}, {}",
        r#"{"id": "gap", "name": "Gap", "kind": "board", "seats": 12, "members": [
            {"gender": "woman"}, {"gender": "woman"}, {"gender": "man"}, {"gender": "man"},
            {"gender": "man"}, {"gender": "man"}, {"gender": "man"},
            {"gender": "undisclosed"}, {"gender": "undisclosed"}]}"#,
        counts_body("full", "board", Some(8), 3, 5),
        counts_body("open", "board", None, 3, 5)
    )));
    // 12 seats − 9 people recorded (undisclosed ones included) = 3.
    assert_eq!(ind(&a, "body.gap.unfilled_seats").value, Some(3.0));
    // 8 seats, 3 + 5 = 8 people: 0.
    assert_eq!(ind(&a, "body.full.unfilled_seats").value, Some(0.0));
    // No seats recorded: not computable.
    let open = ind(&a, "body.open.unfilled_seats");
    assert_eq!(open.value, None);
    assert_eq!(
        open.not_computable.as_deref(),
        Some("the number of seats is not recorded")
    );
    // One warning, for the body with vacant seats only.
    let w: Vec<_> = a
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::UnfilledSeats)
        .collect();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].indicator.as_deref(), Some("body.gap.unfilled_seats"));
    assert!(
        w[0].message.contains("12 seats but 9 members recorded"),
        "{}",
        w[0].message
    );
}

#[test]
fn seats_short_follows_the_eu_rounding() {
    let a = assess(&bodies(
        &[
            // 40% of 10 = 4 (cap ⌊0.49·10⌋ = 4): 4 − 2 women = 2.
            counts_body("s10", "board", Some(10), 2, 8),
            // 40% of 35 = 14 exactly (cap ⌊17.15⌋ = 17): 14 − 5 = 9.
            counts_body("s35", "board", Some(35), 5, 26),
            // 40% of 3 = 1.2 → 1 (cap ⌊1.47⌋ = 1): 1 − 0 = 1.
            counts_body("s3", "board", Some(3), 0, 3),
            // 40% of 4 = 1.6 → nearest 2, but 2/4 = 50% > 49%: cap ⌊1.96⌋ = 1; 1 − 0 = 1.
            counts_body("s4", "board", Some(4), 0, 4),
            // Men under-represented: 4 − 3 men = 1.
            counts_body("men", "board", Some(10), 7, 3),
            // No seats recorded: the 5 people recorded; 40% of 5 = 2 (cap ⌊2.45⌋ = 2): 2 − 1 = 1.
            counts_body("noseats", "board", None, 1, 4),
            // 20 seats, 10 recorded: the target is over the seats, 40% of 20 = 8: 8 − 2 = 6.
            counts_body("s20", "board", Some(20), 2, 8),
            // Balanced: 4 needed, 5 held: 0.
            counts_body("even", "board", Some(10), 5, 5),
        ]
        .join(", "),
    ));
    for (id, short) in [
        ("s10", 2.0),
        ("s35", 9.0),
        ("s3", 1.0),
        ("s4", 1.0),
        ("men", 1.0),
        ("noseats", 1.0),
        ("s20", 6.0),
        ("even", 0.0),
    ] {
        assert_eq!(
            ind(&a, &format!("body.{id}.seats_short")).value,
            Some(short),
            "body {id}"
        );
    }
    // The finding names the gender and the numbers: men need 4 of 10, 1 more than 3.
    assert!(
        a.findings.iter().any(|f| f.text.contains(
            "men need 4 of its 10 seats (rounded as Directive (EU) 2022/2381 does): 1 more than the 3 they hold"
        )),
        "{:#?}",
        a.findings
    );
    // And for the 35-seat board: women need 14, 9 more than 5.
    assert!(
        a.findings
            .iter()
            .any(|f| f.text.contains("women need 14 of its 35 seats")
                && f.text.contains("9 more than the 5 they hold")),
    );
}

#[test]
fn seats_short_directly() {
    use gender_impact::stats::{seats_needed, seats_short};
    let t = Share::new(0.4).unwrap();
    // Same hand values as above, straight from the rounding rule.
    assert_eq!(seats_needed(10, t), 4);
    assert_eq!(seats_needed(35, t), 14);
    assert_eq!(seats_needed(3, t), 1);
    assert_eq!(seats_short(10, 2, t), 2);
    // 40% of 7 = 2.8 → 3 (cap ⌊3.43⌋ = 3).
    assert_eq!(seats_needed(7, t), 3);
    // 40% of 2 = 0.8 → 1, but 1/2 = 50% > 49%: cap ⌊0.98⌋ = 0.
    assert_eq!(seats_needed(2, t), 0);
}

// ---------------------------------------------------------------------------------------------
// Staff

const STAFF: &str = r#"{
  "organisation": {"name": "Test"}, "period": {"year": 2023},
  "staff": {
    "grades": [
      {"id": "director", "management": true},
      {"id": "manager", "management": true},
      {"id": "officer"},
      {"id": "assistant"},
      {"id": "intern"}
    ],
    "counts": [
      {"grade": "director", "counts": {"women": 1, "men": 2}},
      {"grade": "manager", "counts": {"women": 3, "men": 3, "undisclosed": 1}},
      {"grade": "officer", "counts": {"women": 10, "men": 5, "non_binary": 1}},
      {"grade": "assistant", "counts": {"women": 6, "men": 0}}
    ]
  }
}"#;

#[test]
fn staff_by_grade_management_and_glass_ceiling() {
    let a = assess_with(STAFF, Framework::metropolis());
    // Order: overall, grades from the top, management, glass ceiling, undisclosed.
    let ids: Vec<&str> = a
        .indicators
        .iter()
        .filter(|r| r.id.starts_with("staff."))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "staff.women_share",
            "staff.grade.director.women_share",
            "staff.grade.manager.women_share",
            "staff.grade.officer.women_share",
            "staff.grade.assistant.women_share",
            "staff.grade.intern.women_share",
            "staff.management.women_share",
            "staff.glass_ceiling_ratio",
            "staff.undisclosed",
        ]
    );
    // Overall: women 1 + 3 + 10 + 6 = 20; known 3 + 6 + 16 + 6 = 31; undisclosed 1.
    let all = ind(&a, "staff.women_share");
    assert_eq!(
        (all.numerator, all.denominator, all.undisclosed),
        (Some(20), Some(31), Some(1))
    );
    close(all.value.unwrap(), 20.0 / 31.0, "20/31");
    // 0.645: inside 30–70%, outside 40–60%: approaches.
    assert_eq!(all.rating, Rating::Approaches);
    // Grades.
    for (g, w, n) in [
        ("director", 1, 3),
        ("manager", 3, 6),
        ("officer", 10, 16),
        ("assistant", 6, 6),
    ] {
        let r = ind(&a, &format!("staff.grade.{g}.women_share"));
        assert_eq!((r.numerator, r.denominator), (Some(w), Some(n)), "{g}");
        // No criterion rates grades.
        assert_eq!(r.rating, Rating::NotApplicable);
    }
    assert_eq!(
        ind(&a, "staff.grade.manager.women_share").undisclosed,
        Some(1)
    );
    let intern = ind(&a, "staff.grade.intern.women_share");
    assert_eq!(intern.value, None);
    assert_eq!(
        intern.not_computable.as_deref(),
        Some("nobody with a known gender in this grade")
    );
    // Management = director + manager: women 1 + 3 = 4, known 3 + 6 = 9; undisclosed 1.
    let m = ind(&a, "staff.management.women_share");
    assert_eq!(
        (m.numerator, m.denominator, m.undisclosed),
        (Some(4), Some(9), Some(1))
    );
    close(m.value.unwrap(), 4.0 / 9.0, "4/9");
    // 0.444: inside 40–60%, outside 47–53%: meets.
    assert_eq!(m.rating, Rating::Meets);
    // Glass ceiling: (4/9) / (20/31) = 124/180 = 31/45 = 0.68889: outside 0.8–1.25: missing.
    let g = ind(&a, "staff.glass_ceiling_ratio");
    close(g.value.unwrap(), 31.0 / 45.0, "31/45");
    assert_eq!(g.rating, Rating::Missing);
    assert_eq!(ind(&a, "staff.undisclosed").value, Some(1.0));
    // Secretariat pillar: approaches 1, meets 2, missing 0, weights 1: (1 + 2 + 0)/3 = 1.0.
    let p = a.pillar("secretariat").unwrap();
    close(p.score.unwrap(), 1.0, "secretariat score");
    assert_eq!(p.rating, Rating::Approaches);
    assert_eq!((p.rated, p.meets_or_exceeds), (3, 1));
}

#[test]
fn staff_from_members_counts_heads_not_fte() {
    let a = assess(
        r#"{"organisation": {"name": "T"}, "period": {"year": 2023},
        "staff": {"grades": [{"id": "top", "management": true}, {"id": "rest"}],
        "members": [
          {"gender": "woman", "grade": "top", "fte": 0.2},
          {"gender": "man", "grade": "top", "fte": 1},
          {"gender": "woman", "grade": "rest", "fte": 0.5},
          {"gender": "man", "grade": "rest"},
          {"gender": "woman", "grade": "rest"}
        ]}}"#,
    );
    // Heads: women 3 of 5 (FTE would give 1.7 of 3.7).
    let all = ind(&a, "staff.women_share");
    assert_eq!((all.numerator, all.denominator), (Some(3), Some(5)));
    // Management 1 of 2; glass ceiling (1/2)/(3/5) = 5/6.
    close(
        ind(&a, "staff.glass_ceiling_ratio").value.unwrap(),
        5.0 / 6.0,
        "5/6",
    );
}

#[test]
fn glass_ceiling_not_computable_cases() {
    let no_mgmt = assess(
        r#"{"organisation": {"name": "T"}, "period": {"year": 2023},
        "staff": {"grades": [{"id": "a"}, {"id": "b"}],
        "counts": [{"grade": "a", "counts": {"women": 2, "men": 1}}]}}"#,
    );
    let reason = Some("no grade is marked as a management grade");
    assert_eq!(
        ind(&no_mgmt, "staff.management.women_share")
            .not_computable
            .as_deref(),
        reason
    );
    assert_eq!(
        ind(&no_mgmt, "staff.glass_ceiling_ratio")
            .not_computable
            .as_deref(),
        reason
    );
    assert_eq!(
        ind(&no_mgmt, "staff.glass_ceiling_ratio").rating,
        Rating::InsufficientData
    );

    let no_women = assess(
        r#"{"organisation": {"name": "T"}, "period": {"year": 2023},
        "staff": {"grades": [{"id": "top", "management": true}, {"id": "rest"}],
        "counts": [{"grade": "top", "counts": {"women": 0, "men": 3}},
                   {"grade": "rest", "counts": {"women": 0, "men": 4}}]}}"#,
    );
    // 0 of 3 in management: a share of 0, rated missing; the ratio divides by 0/7: undefined.
    let m = ind(&no_women, "staff.management.women_share");
    assert_eq!((m.numerator, m.denominator), (Some(0), Some(3)));
    assert_eq!(m.value, Some(0.0));
    assert_eq!(m.rating, Rating::Missing);
    assert_eq!(
        ind(&no_women, "staff.glass_ceiling_ratio")
            .not_computable
            .as_deref(),
        Some("there are no women on the staff, so the ratio is undefined")
    );

    let hidden_top = assess(
        r#"{"organisation": {"name": "T"}, "period": {"year": 2023},
        "staff": {"grades": [{"id": "top", "management": true}, {"id": "rest"}],
        "counts": [{"grade": "top", "counts": {"women": 0, "men": 0, "undisclosed": 2}},
                   {"grade": "rest", "counts": {"women": 4, "men": 4}}]}}"#,
    );
    assert_eq!(
        ind(&hidden_top, "staff.management.women_share")
            .not_computable
            .as_deref(),
        Some("nobody with a known gender in the management grades")
    );
    assert_eq!(
        ind(&hidden_top, "staff.glass_ceiling_ratio")
            .not_computable
            .as_deref(),
        Some("nobody with a known gender in management or in the staff")
    );
}

// ---------------------------------------------------------------------------------------------
// Ratings against the two frameworks

#[test]
fn ratings_against_eu_gender_balance() {
    let doc = bodies(
        &[
            counts_body("p16", "board", None, 4, 21), // 4/25 = 0.16
            counts_body("p35", "board", None, 7, 13), // 7/20 = 0.35
            counts_body("p40", "board", None, 2, 3),  // 2/5 = 0.40
            counts_body("p50", "board", None, 1, 1),  // 1/2 = 0.50
            counts_body("p60", "board", None, 3, 2),  // 3/5 = 0.60
            counts_body("p65", "board", None, 13, 7), // 13/20 = 0.65
            counts_body("p75", "board", None, 3, 1),  // 3/4 = 0.75
            counts_body("p30", "other", None, 3, 7),  // 0.30, kind other
        ]
        .join(", "),
    );
    let a = assess_with(&doc, Framework::eu_gender_balance());
    // Bands: meets 0.4–0.6, approaches 0.3–0.7 (inclusive), else missing; no exceeds band.
    for (id, want) in [
        ("p16", Rating::Missing),
        ("p35", Rating::Approaches),
        ("p40", Rating::Meets),
        ("p50", Rating::Meets),
        ("p60", Rating::Meets),
        ("p65", Rating::Approaches),
        ("p75", Rating::Missing),
        // The EU criterion has no body_kinds: it applies to every kind. 0.30 is the edge.
        ("p30", Rating::Approaches),
    ] {
        assert_eq!(
            ind(&a, &format!("body.{id}.women_share")).rating,
            want,
            "{id}"
        );
    }
    // The finding quotes the meets band: 0.16 is below its 40% lower end.
    assert!(a.findings.iter().any(|f| f.text
        == "Women hold 4 of 25 seats on the Body p16 (16%), below the 40% balance threshold. Rating: missing requirements."));
}

#[test]
fn ratings_against_metropolis() {
    let doc = bodies(
        &[
            counts_body("p50", "board", None, 5, 5),       // 0.50
            counts_body("p47", "assembly", None, 47, 53),  // 0.47, the edge of the parity zone
            counts_body("p40", "committee", None, 2, 3),   // 0.40
            counts_body("p35", "presidency", None, 7, 13), // 0.35
            counts_body("p16", "board", None, 4, 21),      // 0.16
            counts_body("other", "other", None, 5, 5),     // kind other: no criterion
        ]
        .join(", "),
    );
    let a = assess_with(&doc, Framework::metropolis());
    // Bands: exceeds 0.47–0.53, meets 0.4–0.6, approaches 0.3–0.7.
    for (id, want) in [
        ("p50", Rating::Exceeds),
        ("p47", Rating::Exceeds),
        ("p40", Rating::Meets),
        ("p35", Rating::Approaches),
        ("p16", Rating::Missing),
        ("other", Rating::NotApplicable),
    ] {
        assert_eq!(
            ind(&a, &format!("body.{id}.women_share")).rating,
            want,
            "{id}"
        );
    }
    assert_eq!(ind(&a, "body.other.women_share").pillar, None);
    assert_eq!(
        ind(&a, "body.p50.women_share").pillar.as_deref(),
        Some("leadership")
    );
}

#[test]
fn criterion_rate_at_the_band_edges() {
    let eu = Framework::eu_gender_balance();
    let c = &eu.pillars[0].criteria[0];
    assert_eq!(c.rate(0.16), Rating::Missing);
    assert_eq!(c.rate(0.35), Rating::Approaches);
    assert_eq!(c.rate(0.4), Rating::Meets);
    let m = Framework::metropolis();
    let c = &m.pillars[0].criteria[0];
    assert_eq!(c.rate(0.5), Rating::Exceeds);
    // Just outside the 70% end of the approaches band: missing.
    assert_eq!(c.rate(0.700001), Rating::Missing);
}

// ---------------------------------------------------------------------------------------------
// The embedded Metropolis 2023 dataset: pillars and overall

#[test]
fn metropolis_pillar_scores_by_hand() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();

    // Board: 31 members listed, 5 women (the president, two co-presidents, one regional
    // vice-president, one member).
    let board = ind(&a, "body.board.women_share");
    assert_eq!((board.numerator, board.denominator), (Some(5), Some(31)));
    assert_eq!(board.rating, Rating::Missing); // 0.161 < 0.3
    // Board leadership: 1 president + 7 co-presidents + 5 vice-presidents + 1 treasurer = 14,
    // of whom 4 women (president, 2 co-presidents, 1 vice-president).
    let lead = ind(&a, "body.board.leadership.women_share");
    assert_eq!((lead.numerator, lead.denominator), (Some(4), Some(14)));
    assert_eq!(lead.rating, Rating::Missing); // 0.2857 < 0.3
    // Presidency: 8 people, 3 women: 0.375, approaches.
    let pres = ind(&a, "body.presidency.women_share");
    assert_eq!((pres.numerator, pres.denominator), (Some(3), Some(8)));
    assert_eq!(pres.rating, Rating::Approaches);
    // The presidency's leadership share is not rated (the criterion is for boards only).
    assert_eq!(
        ind(&a, "body.presidency.leadership.women_share").rating,
        Rating::NotApplicable
    );

    // Leadership pillar: weights 2 (women_share), 1 (leadership), 2 (women_share);
    // (0·2 + 0·1 + 1·2) / (2 + 1 + 2) = 2/5 = 0.4: missing.
    let lp = a.pillar("leadership").unwrap();
    let comps: Vec<(&str, Rating, f64)> = lp
        .components
        .iter()
        .map(|c| (c.indicator.as_str(), c.rating, c.weight))
        .collect();
    assert_eq!(
        comps,
        [
            ("body.board.women_share", Rating::Missing, 2.0),
            ("body.board.leadership.women_share", Rating::Missing, 1.0),
            ("body.presidency.women_share", Rating::Approaches, 2.0),
        ]
    );
    close(lp.score.unwrap(), 0.4, "leadership score");
    assert_eq!(lp.rating, Rating::Missing);
    assert_eq!((lp.rated, lp.meets_or_exceeds), (3, 0));

    // Secretariat: 18 women of 26 = 0.692 (approaches: in 30–70%, not 40–60%); management
    // (executive + manager) 1 + 2 women of 2 + 4 = 3/6 = 0.5 (exceeds); glass ceiling
    // (3/6)/(18/26) = 26/36 = 0.7222 (missing: below 0.8).
    let staff = ind(&a, "staff.women_share");
    assert_eq!((staff.numerator, staff.denominator), (Some(18), Some(26)));
    assert_eq!(staff.rating, Rating::Approaches);
    let mgmt = ind(&a, "staff.management.women_share");
    assert_eq!((mgmt.numerator, mgmt.denominator), (Some(3), Some(6)));
    assert_eq!(mgmt.rating, Rating::Exceeds);
    let glass = ind(&a, "staff.glass_ceiling_ratio");
    close(glass.value.unwrap(), 26.0 / 36.0, "glass ceiling");
    assert_eq!(glass.rating, Rating::Missing);
    // (1 + 3 + 0) / 3 = 4/3.
    let sp = a.pillar("secretariat").unwrap();
    close(sp.score.unwrap(), 4.0 / 3.0, "secretariat score");
    assert_eq!(sp.rating, Rating::Approaches);
    assert_eq!((sp.rated, sp.meets_or_exceeds), (3, 1));

    // Awareness (since the dataset lists initiatives and framework 1.1.0 rates them): 3 of 8
    // initiatives carry gender marker 1 or 2 (0.375, meets: at least one in three); the
    // participants', speakers' and all-male-panel indicators are not computable (not rated).
    // Score 2 × 2 / 2 = 2: meets (tests/indicators/initiatives.rs has the details).
    let ap = a.pillar("awareness").unwrap();
    assert_eq!(
        (ap.rating, ap.score, ap.rated),
        (Rating::Meets, Some(2.0), 1)
    );
    // Policies (since the dataset lists Bogotá's care blocks and framework 1.2.0 rates the
    // catalogue): 1 policy shared, approaches (1 <= 1 < 3); adoptions are not followed (not
    // rated). Score 1: approaches (tests/indicators/policies.rs has the details).
    let pp = a.pillar("policies").unwrap();
    assert_eq!(
        (pp.rating, pp.score, pp.rated),
        (Rating::Approaches, Some(1.0), 1)
    );
    // Overall: pillar weights 1, 1, 1 and 1: (0.4 + 2 + 1 + 4/3) / 4 = (6 + 30 + 15 + 20) / 60
    // = 71/60 = 1.1833: approaches. (Before the initiatives and policies were recorded:
    // (0.4 + 4/3) / 2 = 13/15 = 0.8667, missing.)
    let o = &a.summary.overall;
    close(o.score.unwrap(), 71.0 / 60.0, "overall score");
    assert_eq!(o.rating, Rating::Approaches);
    assert!(o.pillars_not_rated.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Reconciliation of published figures

#[test]
fn metropolis_published_63_percent_is_a_discrepancy() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    assert_eq!(a.reconciliation.len(), 1);
    let r = &a.reconciliation[0];
    assert_eq!(r.indicator, "staff.women_share");
    assert_eq!(r.published, 63.0);
    // 18/26 = 69.23%, more than half a point from 63.
    close(r.computed.unwrap(), 1800.0 / 26.0, "18/26 in percent");
    assert_eq!((r.numerator, r.denominator), (Some(18), Some(26)));
    assert_eq!(r.consistent, Some(false));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.code == WarningCode::ReportedFigureDiscrepancy
                && w.indicator.as_deref() == Some("staff.women_share"))
    );
    assert!(r.message.contains("18 of 26 (69.2%)"), "{}", r.message);
}

#[test]
fn reconciliation_within_rounding_and_bounds() {
    let doc = r#"{
      "organisation": {"name": "T"}, "period": {"year": 2023},
      "bodies": [{"id": "board", "name": "Board", "kind": "board", "seats": 12,
                  "counts": {"women": 4, "men": 6}}],
      "staff": {"grades": [{"id": "all"}],
                "counts": [{"grade": "all", "counts": {"women": 18, "men": 8}}]},
      "reported": [
        {"indicator": "staff.women_share", "value": 63, "unit": "percent"},
        {"indicator": "staff.women_share", "value": 69, "unit": "percent", "decimals": 0},
        {"indicator": "staff.women_share", "value": 69.2, "unit": "percent", "decimals": 1},
        {"indicator": "staff.women_share", "value": 69.3, "unit": "percent", "decimals": 1},
        {"indicator": "staff.women_share", "value": 70, "unit": "percent", "relation": "below"},
        {"indicator": "staff.women_share", "value": 70, "unit": "percent", "relation": "above"},
        {"indicator": "staff.women_share", "value": 69, "unit": "percent", "relation": "above"},
        {"indicator": "body.board.unfilled_seats", "value": 2, "unit": "count"},
        {"indicator": "body.board.unfilled_seats", "value": 3, "unit": "count"},
        {"indicator": "org.volunteers", "value": 120, "unit": "count"}
      ]
    }"#;
    let a = assess(doc);
    // 18/26 = 69.2308%.
    // 63 (±0.5): off by 6.23: discrepancy.
    // 69 (±0.5): off by 0.23: consistent.
    // 69.2 (±0.05): off by 0.031: consistent.
    // 69.3 (±0.05): off by 0.069: discrepancy.
    // under 70: 69.23 < 70: consistent; over 70: not; over 69: consistent.
    // Unfilled seats 12 − 10 = 2: 2 consistent, 3 not.
    // org.volunteers: no such indicator: left out of the reconciliation, with a warning.
    let got: Vec<Option<bool>> = a.reconciliation.iter().map(|r| r.consistent).collect();
    assert_eq!(
        got,
        [
            Some(false),
            Some(true),
            Some(true),
            Some(false),
            Some(true),
            Some(false),
            Some(true),
            Some(true),
            Some(false),
        ]
    );
    for r in &a.reconciliation[..7] {
        close(r.computed.unwrap(), 900.0 / 13.0, "18/26 in percent");
    }
    assert_eq!(a.reconciliation[7].computed, Some(2.0));
    let discrepancies = a
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::ReportedFigureDiscrepancy)
        .count();
    assert_eq!(discrepancies, 4);
    let unmatched: Vec<_> = a
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::ReportedFigureUnmatched)
        .collect();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0].indicator.as_deref(), Some("org.volunteers"));
}

// ---------------------------------------------------------------------------------------------
// Intervals and tests

/// z = Φ⁻¹(0.975), the standard normal quantile (published tables: 1.959963984540054).
const Z95: f64 = 1.959963984540054;

fn wilson_by_hand(x: f64, n: f64, z: f64) -> (f64, f64) {
    // centre = (x + z²/2)/(n + z²), half = z/(n + z²)·√(x(n − x)/n + z²/4).
    let z2 = z * z;
    let centre = (x + z2 / 2.0) / (n + z2);
    let half = z / (n + z2) * (x * (n - x) / n + z2 / 4.0).sqrt();
    (centre - half, centre + half)
}

#[test]
fn wilson_interval_for_5_of_31() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    let ci = ind(&a, "body.board.women_share").interval.unwrap();
    assert_eq!(ci.method, IntervalMethod::Wilson);
    assert_eq!(ci.level, 0.95);
    let (lo, hi) = wilson_by_hand(5.0, 31.0, Z95);
    // About 0.0709 to 0.3263.
    close(ci.low, lo, "Wilson low");
    close(ci.high, hi, "Wilson high");
    assert!((lo - 0.0709).abs() < 1e-4 && (hi - 0.3263).abs() < 1e-4);

    // At 90%: z = Φ⁻¹(0.95) = 1.6448536269514722.
    let a90 = Assessor::new()
        .level(ConfidenceLevel::new(0.90).unwrap())
        .assess(&gender_impact::metropolis_2023())
        .unwrap();
    let ci = ind(&a90, "body.board.women_share").interval.unwrap();
    let (lo, hi) = wilson_by_hand(5.0, 31.0, 1.6448536269514722);
    close(ci.low, lo, "Wilson 90% low");
    close(ci.high, hi, "Wilson 90% high");
}

/// The Clopper–Pearson ends are where the binomial tails equal α/2: P(X ≥ 5 | low) = 0.025 and
/// P(X ≤ 5 | high) = 0.025, summed here term by term.
#[test]
fn clopper_pearson_ends_have_the_defining_tail_probabilities() {
    let a = Assessor::new()
        .interval(IntervalMethod::ClopperPearson)
        .assess(&gender_impact::metropolis_2023())
        .unwrap();
    let ci = ind(&a, "body.board.women_share").interval.unwrap();
    assert_eq!(ci.method, IntervalMethod::ClopperPearson);
    let pmf =
        |i: u128, p: f64| choose(31, i) as f64 * p.powi(i as i32) * (1.0 - p).powi(31 - i as i32);
    let upper_tail: f64 = (5..=31).map(|i| pmf(i, ci.low)).sum();
    let lower_tail: f64 = (0..=5).map(|i| pmf(i, ci.high)).sum();
    assert!(
        (upper_tail - 0.025).abs() < 1e-9,
        "P(X >= 5 | low) = {upper_tail}"
    );
    assert!(
        (lower_tail - 0.025).abs() < 1e-9,
        "P(X <= 5 | high) = {lower_tail}"
    );
}

#[test]
fn exact_binomial_test_5_of_31_at_one_half() {
    let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
    let t = ind(&a, "body.board.women_share").test.unwrap();
    assert_eq!(t.reference, 0.5);
    // Two-sided at 0.5 is symmetric: 2·P(X ≤ 5) = 2·Σ C(31, i), i = 0..5, / 2³¹.
    // C(31, 0..5) = 1, 31, 465, 4495, 31465, 169911: sum 206368.
    let tail: u128 = (0..=5).map(|i| choose(31, i)).sum();
    assert_eq!(tail, 206_368);
    let p = 2.0 * tail as f64 / (1u128 << 31) as f64;
    close(t.p_value, p, "2·P(X <= 5)");

    // The presidency, 3 of 8: 2·(1 + 8 + 28 + 56)/256 = 186/256 = 0.7265625.
    let t = ind(&a, "body.presidency.women_share").test.unwrap();
    close(t.p_value, 186.0 / 256.0, "3 of 8");

    // The secretariat, 18 of 26: 2·P(X ≥ 18) = 2·P(X ≤ 8).
    let tail: u128 = (0..=8).map(|i| choose(26, i)).sum();
    let t = ind(&a, "staff.women_share").test.unwrap();
    close(
        t.p_value,
        2.0 * tail as f64 / (1u128 << 26) as f64,
        "18 of 26",
    );
}

#[test]
fn exact_binomial_test_against_a_bodys_own_reference_share() {
    // 6 women of 10 against a pool share of 0.3: P(X = i) = C(10, i)·3^i·7^(10−i) / 10^10.
    // The two-sided p-value sums the outcomes no more likely than i = 6 (R's binom.test):
    // here i = 0 and i = 6..10.
    let doc = bodies(
        r#"{"id": "b", "name": "B", "kind": "board", "reference_share": 0.3,
            "counts": {"women": 6, "men": 4}},
           {"id": "d", "name": "D", "kind": "board", "counts": {"women": 6, "men": 4}}"#,
    );
    let a = Assessor::new()
        .reference(Share::new(0.2).unwrap())
        .assess(&input(&doc))
        .unwrap();
    let w: Vec<u128> = (0..=10u32)
        .map(|i| choose(10, u128::from(i)) * 3u128.pow(i) * 7u128.pow(10 - i))
        .collect();
    let p_of = |x: usize, w: &[u128], total: u128| {
        w.iter().filter(|&&v| v <= w[x]).sum::<u128>() as f64 / total as f64
    };
    let want = p_of(6, &w, 10u128.pow(10));
    assert!((want - 0.0755965123).abs() < 1e-10); // 755965123 / 10^10
    let t = ind(&a, "body.b.women_share").test.unwrap();
    assert_eq!(t.reference, 0.3);
    close(t.p_value, want, "6 of 10 at 0.3");

    // The other body takes the assessor's reference, 0.2: weights C(10, i)·2^i·8^(10−i).
    let w: Vec<u128> = (0..=10u32)
        .map(|i| choose(10, u128::from(i)) * 2u128.pow(i) * 8u128.pow(10 - i))
        .collect();
    let t = ind(&a, "body.d.women_share").test.unwrap();
    assert_eq!(t.reference, 0.2);
    close(t.p_value, p_of(6, &w, 10u128.pow(10)), "6 of 10 at 0.2");
}

// ---------------------------------------------------------------------------------------------
// Nobody with a known gender

fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[test]
fn a_body_of_undisclosed_people_is_not_computable_and_never_nan() {
    let a = assess_with(
        &bodies(
            r#"{"id": "board", "name": "Board", "kind": "board", "seats": 3, "members": [
            {"gender": "undisclosed", "role": "president"},
            {"gender": "undisclosed", "role": "treasurer"},
            {"gender": "undisclosed"}]}"#,
        ),
        Framework::metropolis(),
    );
    let r = ind(&a, "body.board.women_share");
    // n = 0: no value, no counts, no interval, no test; the 3 undisclosed are still reported.
    assert_eq!(r.value, None);
    assert_eq!((r.numerator, r.denominator), (None, None));
    assert!(r.interval.is_none() && r.test.is_none());
    assert_eq!(r.undisclosed, Some(3));
    assert_eq!(r.rating, Rating::InsufficientData);
    assert_eq!(
        r.not_computable.as_deref(),
        Some("no member of the body has a known gender")
    );
    assert_eq!(
        ind(&a, "body.board.leadership.women_share")
            .not_computable
            .as_deref(),
        Some("no leader of the body has a known gender")
    );
    assert_eq!(
        ind(&a, "body.board.presidency_woman")
            .not_computable
            .as_deref(),
        Some("the president's gender is undisclosed")
    );
    assert_eq!(
        ind(&a, "body.board.seats_short").not_computable.as_deref(),
        Some("no member of the body has a known gender")
    );
    // Nothing rated anywhere: every pillar and the overall rating are insufficient data.
    assert!(a.summary.pillars.iter().all(|p| p.score.is_none()));
    assert_eq!(a.summary.overall.rating, Rating::InsufficientData);
    assert_eq!(a.summary.overall.score, None);
    assert_eq!(
        a.summary.overall.pillars_not_rated,
        ["leadership", "awareness", "policies", "secretariat"]
    );
    let lp = a.pillar("leadership").unwrap();
    assert_eq!(
        lp.unrated,
        [
            "body.board.women_share",
            "body.board.leadership.women_share"
        ]
    );

    let json = gender_impact::report::json(&a);
    let markdown = gender_impact::report::markdown(&a);
    for (name, text) in [("json", &json), ("markdown", &markdown)] {
        for bad in ["NaN", "inf", "infinity"] {
            assert!(!has_word(text, bad), "{name} output contains {bad}");
        }
    }
    // Every number in the JSON is finite, and the share's value is null.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::Number(n) => assert!(n.as_f64().unwrap().is_finite()),
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            serde_json::Value::Object(o) => o.values().for_each(walk),
            _ => {}
        }
    }
    walk(&v);
    let share = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "body.board.women_share")
        .unwrap();
    assert!(share["value"].is_null() && share["interval"].is_null() && share["test"].is_null());
}
