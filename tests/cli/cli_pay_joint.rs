//! The joint pay assessment section of `gia pay` (Art. 10(2)(a)–(f)): due for the category
//! whose mean gap reaches 5% without a justification, with its points in each language, the
//! adjusted gap within it when controls are named, and the employer's measures as written.

use std::path::PathBuf;

fn dir() -> PathBuf {
    crate::support::scratch_dir("cli-pay-joint")
}

/// Category A: 6 women at 36,000 + 200·i, 6 men at 40,000 + 200·i (a 10% gap by hand:
/// women's mean 36,500, men's 40,500, (40,500 − 36,500) / 40,500 = 9.9%); category B: equal pay.
fn files() -> (PathBuf, PathBuf) {
    let mut csv = String::from("gender,annual_pay,category,years\n");
    for i in 0..6 {
        csv.push_str(&format!("F,{},A,{}\n", 36_000 + 200 * i, i));
        csv.push_str(&format!("M,{},A,{}\n", 40_000 + 200 * i, i + 1));
        csv.push_str(&format!("F,{},B,{}\n", 30_000 + 100 * i, i));
        csv.push_str(&format!("M,{},B,{}\n", 30_000 + 100 * i, i));
    }
    let p = dir().join("payroll.csv");
    std::fs::write(&p, csv).unwrap();
    let m = dir().join("measures.json");
    std::fs::write(
        &m,
        r#"[{"category": "A", "measures": "Pay scale review with the works council.", "evaluation": "First assessment."}]"#,
    )
    .unwrap();
    (p, m)
}

fn gia(args: &[&str]) -> String {
    crate::support::gia_ok(args)
}

#[test]
fn the_category_at_five_percent_gets_its_joint_assessment() {
    let (p, m) = files();
    let (p, m) = (p.to_str().unwrap(), m.to_str().unwrap());
    let base = [
        "pay",
        p,
        "--category",
        "category",
        "--no-inference",
        "--measures",
        m,
    ];
    let md = gia(&base);
    assert!(md.contains("## Joint pay assessment (Article 10)"), "{md}");
    assert!(md.contains("### Category A"));
    assert!(!md.contains("### Category B"));
    assert!(
        md.contains("- (a) 6 women (50.0%) and 6 men (50.0%)."),
        "{md}"
    );
    assert!(md.contains("women 36,500, men 40,500"), "{md}");
    assert!(md.contains("pay level 9.9%"), "{md}");
    assert!(md.contains("Measures: Pay scale review with the works council. Evaluation of earlier measures: First assessment."));
    // Without controls, (d) says how to name them; with them, the adjusted gap within A.
    assert!(md.contains("gia pay --control COL --factor COL"));
    let mut with = base.to_vec();
    with.extend(["--control", "years"]);
    let md = gia(&with);
    assert!(md.contains("- (d) Within the category, with the characteristics the employer named: With the same characteristics, women are paid"), "{md}");
    for (lang, heading) in [
        (
            "fr",
            "## Évaluation conjointe des rémunérations (article 10)",
        ),
        ("es", "## Evaluación retributiva conjunta (artículo 10)"),
    ] {
        let mut args = vec!["--lang", lang];
        args.extend(base);
        let text = gia(&args);
        assert!(text.contains(heading), "{lang}: {text}");
        assert!(
            text.contains("Pay scale review with the works council."),
            "{lang}"
        );
    }
    let html = gia(&[&base[..], &["--format", "html"]].concat());
    assert!(
        html.contains("<li>(f) Measures: Pay scale review"),
        "{html}"
    );
}

#[test]
fn measures_for_an_unknown_category_are_refused() {
    let (p, _) = files();
    let bad = dir().join("bad-measures.json");
    std::fs::write(&bad, r#"[{"category": "Z", "measures": "x"}]"#).unwrap();
    let out = crate::support::gia(&[
        "pay",
        p.to_str().unwrap(),
        "--category",
        "category",
        "--measures",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "/0/category: --measures: expected a category of workers found in the payroll, found one that no row has\n"
    );
}
