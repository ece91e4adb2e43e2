//! `gia obligations`: the JSON contract (lowercase letters, dates) and the Markdown in each
//! language. Expected values are the directive's own thresholds (Art. 9(2)-(4)) and dates.

fn run(args: &[&str]) -> String {
    crate::support::gia_ok(args)
}

#[test]
fn json_for_260_employees_in_2027() {
    let text = run(&[
        "obligations",
        "--country",
        "eu",
        "--employees",
        "260",
        "--year",
        "2027",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["pay"]["indicators"],
        serde_json::json!(["a", "b", "c", "d", "e", "f", "g"])
    );
    assert_eq!(v["deadlines"][0]["date"], "2027-06-07");
    assert_eq!(v["pay"]["duties"][0]["cadence"]["every_years"], 1);
    assert_eq!(v["pay"]["duties"][0]["data_year"], 2026);
    // Not listed: no board quota.
    assert_eq!(v["governance"], serde_json::json!([]));
}

#[test]
fn json_for_120_employees_nothing_in_2027_due_in_2031() {
    let args = |y| {
        [
            "obligations",
            "--country",
            "eu",
            "--employees",
            "120",
            "--year",
            y,
            "--format",
            "json",
        ]
    };
    let v: serde_json::Value = serde_json::from_str(&run(&args("2027"))).unwrap();
    assert_eq!(v["pay"]["indicators"], serde_json::json!([]));
    assert_eq!(v["pay"]["duties"][0]["next_due"], 2028 + 3);
    let v: serde_json::Value = serde_json::from_str(&run(&args("2031"))).unwrap();
    assert_eq!(v["pay"]["indicators"].as_array().unwrap().len(), 7);
}

#[test]
fn markdown_in_three_languages_flags_unverified_rules() {
    let base = [
        "obligations",
        "--country",
        "fr",
        "--employees",
        "1200",
        "--year",
        "2027",
        "--listed",
    ];
    let en = run(&base);
    assert!(en.contains("Article 9 indicators due in 2027: a, b, c, d, e, f, g."));
    assert!(en.contains("## Rules not checked against the legal text"));
    assert!(en.contains("`fr.rixain.executives`"));
    assert!(
        en.contains("30% of the seats (since 2026-03-01) | 40% of the seats (from 2029-03-01)")
    );
    let fr = run(&[&base[..], &["--lang", "fr"]].concat());
    assert!(fr.contains("Indicateurs de l’article 9 dus en 2027 : a, b, c, d, e, f, g."));
    assert!(fr.contains("Règles non vérifiées sur le texte juridique"));
    let es = run(&[&base[..], &["--lang", "es"]].concat());
    assert!(es.contains("Indicadores del artículo 9 que vencen en 2027: a, b, c, d, e, f, g."));
}

#[test]
fn uk_rules_were_read_and_say_so() {
    let md = run(&[
        "obligations",
        "--country",
        "uk",
        "--employees",
        "250",
        "--year",
        "2025",
    ]);
    assert!(md.contains("Every rule applied here was checked against its legal text."));
    assert!(md.contains("- 2025-03-30: `uk.si2017-353`\n- 2025-04-04: `uk.si2017-172`"));
}

#[test]
fn schema_jurisdiction_is_printed() {
    let s = run(&["schema", "jurisdiction"]);
    assert_eq!(s, gender_impact::law::jurisdiction_schema_json());
}
