//! The `pay` section of the JSON input, end to end: validation, the assessment's pay analysis
//! and the Markdown report, on the Article 10 reference cases of the methods notes.

use gender_impact::pay::PayAnalysis;

/// Five women and five men per category, everyone in a category paid the same:
/// A: women 48,000, men 51,000 → gap 3,000/51,000 = 5.88% ≥ 5% → joint assessment required;
/// B: women 47,550, men 50,000 → 2,450/50,000 = 4.90% → not required;
/// C: women 47,500, men 50,000 → 2,500/50,000 = 5.00% exactly → required ("at least": inclusive);
/// D: women 40,000, men 45,000 → 11.1%, but justified in the input → not required.
fn document() -> String {
    let mut workers = Vec::new();
    for (cat, w, m) in [
        ("A", 48_000, 51_000),
        ("B", 47_550, 50_000),
        ("C", 47_500, 50_000),
        ("D", 40_000, 45_000),
    ] {
        for _ in 0..5 {
            workers.push(format!(
                r#"{{"gender": "woman", "category": "{cat}", "annual_pay": {w}, "variable_pay": 0}}"#
            ));
            workers.push(format!(
                r#"{{"gender": "man", "category": "{cat}", "annual_pay": {m}, "variable_pay": 0}}"#
            ));
        }
    }
    format!(
        r#"{{"organisation": {{"name": "Pay example"}}, "period": {{"year": 2024}},
        "pay": {{"currency": "EUR", "workers": [{}],
                 "justifications": [{{"category": "D", "text": "Night-shift allowance set by the collective agreement"}}]}}}}"#,
        workers.join(",")
    )
}

fn analysis() -> PayAnalysis {
    let input = gender_impact::validate(&document()).expect("valid");
    let a = gender_impact::assess(&input).expect("assessed");
    a.pay.expect("the pay section is analysed")
}

#[test]
fn article_10_reference_cases() {
    let pay = analysis();
    let cats = &pay.eu.g_categories;
    let names: Vec<&str> = cats.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "D"]);
    let gap = |i: usize| cats[i].pay_level_mean_gap.value.unwrap();
    assert!((gap(0) - 3_000.0 / 51_000.0).abs() < 1e-12);
    assert!((gap(1) - 0.049).abs() < 1e-12);
    assert!((gap(2) - 0.05).abs() < 1e-12);
    let required: Vec<bool> = cats
        .iter()
        .map(|c| c.article_10.joint_assessment_required)
        .collect();
    assert_eq!(required, [true, false, true, false]);
    assert!(cats[3].article_10.gap_at_or_above_threshold);
    assert_eq!(
        cats[3].article_10.justification.as_deref(),
        Some("Night-shift allowance set by the collective agreement")
    );
}

#[test]
fn overall_gaps_by_hand() {
    let pay = analysis();
    // Women's mean: (48,000 + 47,550 + 47,500 + 40,000) / 4 = 45,762.5;
    // men's: (51,000 + 50,000 + 50,000 + 45,000) / 4 = 49,000 → gap 3,237.5 / 49,000.
    let a = &pay.eu.a_mean_gap_annual;
    assert_eq!((a.n_women, a.n_men), (20, 20));
    assert!((a.women.unwrap() - 45_762.5).abs() < 1e-9);
    assert!((a.value.unwrap() - 3_237.5 / 49_000.0).abs() < 1e-12);
    // Medians of 20 values: women's 10th and 11th are 47,500 and 47,550 → 47,525;
    // men's 10th and 11th are both 50,000.
    let c = &pay.eu.c_median_gap_annual;
    assert!((c.women.unwrap() - 47_525.0).abs() < 1e-9);
    assert!((c.value.unwrap() - 2_475.0 / 50_000.0).abs() < 1e-12);
    // Nobody receives variable pay.
    assert_eq!(pay.eu.e_variable_women.count, 0);
    assert_eq!(pay.eu.e_variable_women.of, 20);
    // Every category has 5 women and 5 men: nothing is suppressed at k = 5.
    assert!(pay.disclosure.primary.is_empty() && pay.disclosure.complementary.is_empty());
}

#[test]
fn markdown_shows_the_flags_and_the_justification() {
    let input = gender_impact::validate(&document()).unwrap();
    let md = gender_impact::report::markdown(&gender_impact::assess(&input).unwrap());
    assert!(md.contains("## Pay gap report"));
    assert!(md.contains("| A | 5 | 5 | 5.9% | not computable"), "{md}");
    assert!(
        md.contains("Article 10: 2 of 4 published categories show"),
        "{md}"
    );
    assert!(
        md.contains("D: justified by objective, gender-neutral criteria: Night-shift allowance")
    );
}

#[test]
fn a_justification_must_name_a_category_of_the_records() {
    let doc = document().replace(r#""category": "D", "text""#, r#""category": "Z", "text""#);
    let err = gender_impact::validate(&doc).unwrap_err();
    assert_eq!(
        err.problems()[0].to_string(),
        "/pay/justifications/0/category: expected a category of workers named in /pay/workers (4 categories), found one that no worker has"
    );
}
