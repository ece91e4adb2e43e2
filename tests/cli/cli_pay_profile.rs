//! `gia pay --profile`: `eu` (the default) keeps today's figures and adds `"profile": "eu"`;
//! `fr` adds the `egapro` section to the JSON, Markdown and HTML outputs in every language.

use crate::support::gia;

/// The French example payroll (`data/paie-exemple.csv`), read with its column names.
const PAIE: [&str; 10] = [
    "pay",
    "data/paie-exemple.csv",
    "--gender",
    "Sexe",
    "--annual-pay",
    "Salaire annuel brut",
    "--variable-pay",
    "Prime",
    "--category",
    "Catégorie",
];

fn run(extra: &[&str]) -> String {
    let mut args: Vec<&str> = PAIE.to_vec();
    args.extend_from_slice(&["--no-inference"]);
    args.extend_from_slice(extra);
    crate::support::gia_ok(&args)
}

#[test]
fn eu_is_the_default_and_has_no_egapro_section() {
    let v: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    assert_eq!(v["profile"], "eu");
    assert!(v.get("egapro").is_none());
    let fr: serde_json::Value =
        serde_json::from_str(&run(&["--format", "json", "--profile", "fr"])).unwrap();
    // The figures every profile shares are the same.
    assert_eq!(v["eu"], fr["eu"]);
    assert_eq!(v["uk"], fr["uk"]);
}

#[test]
fn fr_adds_the_egapro_section() {
    let json = run(&[
        "--format",
        "json",
        "--profile",
        "fr",
        "--employees",
        "180",
        "--year",
        "2027",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["profile"], "fr");
    let e = &v["egapro"];
    assert_eq!(e["calendar"]["employees"], 180.0);
    assert_eq!(e["calendar"]["g_due"], true); // 150–249 in the triennial year 2027
    assert_eq!(e["employees_from"], "given");
    assert_eq!(e["g"]["confidential"], true);
    assert_eq!(e["departures"][0], "e_women_among_recipients");
    // The example has 20 rows (10 women, 10 men): without --employees, the headcount is 20.
    let v: serde_json::Value =
        serde_json::from_str(&run(&["--format", "json", "--profile", "fr"])).unwrap();
    assert_eq!(v["egapro"]["calendar"]["employees"], 20.0);
    assert_eq!(v["egapro"]["employees_from"], "payroll");
    assert!(v["egapro"]["calendar"]["g_due"].is_null());
}

#[test]
fn fr_section_in_every_language_and_format() {
    let args = ["--profile", "fr", "--year", "2027"];
    for (lang, heading) in [
        ("en", "France: indicators A–G as égapro reads them"),
        ("fr", "France : les indicateurs A à G selon égapro"),
        ("es", "Francia: los indicadores A–G según égapro"),
    ] {
        let mut a = args.to_vec();
        a.extend_from_slice(&["--lang", lang]);
        assert!(run(&a).contains(&format!("## {heading}")), "{lang}");
        a.extend_from_slice(&["--format", "html"]);
        assert!(run(&a).contains(&format!(">{heading}</h2>")), "{lang}");
    }
    // G is confidential: its category names appear in the directive's table (g) only, once.
    let md = run(&args);
    let tail = md.split("## France").nth(1).unwrap();
    assert!(!tail.contains("Administration"));
}

/// Workers without a category are named in the report's language, never by the library's
/// English key `(no category)`: in the EU table and in the registro's group headings.
#[test]
fn workers_without_a_category_are_named_in_the_reports_language() {
    let dir = crate::support::scratch_dir("no-category");
    let path = dir.join("nomina.csv");
    let mut text = String::from("sexo,grupo,base\n");
    for (i, group) in ["G1", "G2", ""].iter().enumerate() {
        for k in 0..6 {
            let pay = 20_000 + 1_000 * i + 100 * k;
            text.push_str(&format!(
                "mujer,{group},{pay}\nhombre,{group},{}\n",
                pay + 500
            ));
        }
    }
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let args = [
        "pay",
        p,
        "--gender",
        "sexo",
        "--annual-pay",
        "base",
        "--category",
        "grupo",
        "--no-inference",
        "--profile",
        "es",
        "--lang",
        "es",
    ];
    let out = gia(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(!md.contains("(no category)"), "{md}");
    assert!(md.contains("| (sin categoría) |"), "{md}");
    assert!(
        md.contains("Personas trabajadoras sin grupo profesional"),
        "{md}"
    );
}
