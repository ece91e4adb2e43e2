//! `gia pay --format html`: one self-contained page of the pay analysis, with its charts, in
//! every language, on the bundled Montgomery County payroll.

use std::process::{Command, Output};

use gender_impact::i18n::Lang;

const MONTGOMERY: &str = "data/montgomery-county-employee-salaries-2023.csv";

fn gia_pay(extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gia"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "pay",
            MONTGOMERY,
            "--preset",
            "montgomery",
            "--no-inference",
        ])
        .args(extra)
        .output()
        .expect("gia runs")
}

/// The page `gia pay --format html --lang <lang>` writes; the test fails unless it exits 0.
fn page(lang: Lang) -> String {
    let o = gia_pay(&["--format", "html", "--lang", lang.code()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{lang}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// The texts of the page's headings (h1 to h4), in order.
fn headings(doc: &scraper::Html) -> Vec<String> {
    let sel = scraper::Selector::parse("h1, h2, h3, h4").unwrap();
    doc.select(&sel)
        .map(|h| h.text().collect::<String>().trim().to_string())
        .collect()
}

fn count(doc: &scraper::Html, selector: &str) -> usize {
    doc.select(&scraper::Selector::parse(selector).unwrap())
        .count()
}

/// Whether a table cell of the page holds exactly `text`.
fn has_cell(doc: &scraper::Html, text: &str) -> bool {
    let sel = scraper::Selector::parse("td").unwrap();
    doc.select(&sel)
        .any(|td| td.text().collect::<String>().trim() == text)
}

#[test]
fn pay_html_is_one_page_with_the_figures_of_the_json_in_every_language() {
    let json = gia_pay(&["--format", "json"]);
    assert!(json.status.success());
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let gap = json["eu"]["a_mean_gap_annual"]["value"]
        .as_f64()
        .expect("the mean gap");
    let decimals = json["decimals"].as_u64().expect("decimals") as usize;
    let lower_women = json["eu"]["f_quartiles"][0]["women"]
        .as_u64()
        .expect("women in the lower quartile band");
    let english = headings(&scraper::Html::parse_document(&page(Lang::En)));
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let text = page(lang);
        let doc = scraper::Html::parse_document(&text);
        assert!(doc.errors.is_empty(), "{lang}: {:?}", doc.errors);
        assert!(text.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{}\">", lang.code())));
        assert_eq!(text.matches("<html").count(), 1, "{lang}: one page");
        assert!(text.ends_with("</html>\n"));
        // Self-contained: no script, no style sheet, image or font fetched.
        for fetch in ["<script", "<link", " src=", "url(http"] {
            assert!(!text.contains(fetch), "{lang}: {fetch}");
        }
        // The two quartile charts (EU Article 9(f), UK reg. 13), each with its table.
        assert_eq!(count(&doc, "figure svg[role=img]"), 2, "{lang}: charts");
        assert_eq!(count(&doc, "figure + table"), 2, "{lang}: their tables");
        let gap = lang.percent(gap, decimals);
        assert!(
            has_cell(&doc, &gap),
            "{lang}: the mean gap {gap} is missing"
        );
        let women = lang.integer(lower_women);
        assert!(has_cell(&doc, &women), "{lang}: the lower band's {women}");
        let own = headings(&doc);
        assert_eq!(own.len(), english.len(), "{lang}: {own:?}");
        if lang != Lang::En {
            let left: Vec<_> = own.iter().filter(|h| english.contains(h)).collect();
            assert!(
                left.is_empty(),
                "{lang}: headings left in English: {left:?}"
            );
        }
    }
}

#[test]
fn pay_html_to_a_file_gives_the_bytes_of_standard_output() {
    let dir = std::env::temp_dir().join(format!("gia-cli-pay-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("pay.html");
    let o = gia_pay(&[
        "--format",
        "html",
        "--lang",
        "es",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, page(Lang::Es));
    let _ = std::fs::remove_dir_all(&dir);
}
