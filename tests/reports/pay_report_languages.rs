//! The pay section of the localised Markdown and of the HTML page, in English, French and
//! Spanish, on a payroll whose figures are worked out by hand.

use gender_impact::assessment::DisclosurePolicy;
use gender_impact::i18n::Lang;
use gender_impact::report::{html, markdown_in};
use gender_impact::{Assessment, Assessor};

/// Six women and six men in one category, 40 hours a week, no variable pay:
///
/// - women: 45,250, 46,250, 47,250, 48,250, 49,250, 50,250 → sum 286,500, mean 47,750;
/// - men: 47,500, 48,500, 49,500, 50,500, 51,500, 52,500 → sum 300,000, mean 50,000;
/// - (a) mean gap = (50,000 − 47,750) / 50,000 = 2,250 / 50,000 = 0.045 = 4.5% exactly;
/// - (c) medians: women (47,250 + 48,250) / 2 = 47,750, men (49,500 + 50,500) / 2 = 50,000 → 4.5% too;
/// - same hours for everyone, so the hourly gaps are 4.5% as well;
/// - ranked by pay: W W W | M W M | W M W | M M M → women per band 3, 1, 2, 0 of 3
///   (100%, 33.3%, 66.7%, 0%), in the EU (f) bands and the UK reg. 13 bands alike.
fn document() -> String {
    let mut workers = Vec::new();
    for i in 0..6 {
        for (g, base) in [("woman", 45_250), ("man", 47_500)] {
            workers.push(format!(
                r#"{{"gender": "{g}", "category": "Staff", "annual_pay": {}, "variable_pay": 0, "weekly_hours": 40}}"#,
                base + 1_000 * i
            ));
        }
    }
    format!(
        r#"{{"organisation": {{"name": "Pay languages"}}, "period": {{"year": 2024}},
        "pay": {{"currency": "EUR", "workers": [{}]}}}}"#,
        workers.join(",")
    )
}

fn assessment(k: u32) -> Assessment {
    let input = gender_impact::validate(&document()).expect("valid");
    Assessor::new()
        .disclosure(DisclosurePolicy {
            k,
            ..Default::default()
        })
        .assess(&input)
        .expect("assessed")
}

/// The Article 9 (a) row's label and the gap as each language writes it (by hand: CLDR
/// `4.5%`, `4,5 %` with U+202F in French, `4,5 %` with U+00A0 in Spanish).
const ROWS: [(Lang, &str, &str); 3] = [
    (
        Lang::En,
        "(a) Gender pay gap (mean), annual pay level",
        "4.5%",
    ),
    (
        Lang::Fr,
        "(a) Écart de rémunération entre les femmes et les hommes (moyenne), niveau de rémunération annuel",
        "4,5\u{202F}%",
    ),
    (
        Lang::Es,
        "(a) Brecha retributiva de género (media), nivel retributivo anual",
        "4,5\u{A0}%",
    ),
];

/// The Article 10 flag of the category (gap 4.5% < 5%) and the lower band's row, by hand.
fn flag_and_band(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("non requise", "| Inférieur | 3 | 0 | 100,0\u{202F}% |"),
        Lang::Es => ("no obligatoria", "| Inferior | 3 | 0 | 100,0\u{A0}% |"),
        _ => ("not required", "| Lower | 3 | 0 | 100.0% |"),
    }
}

/// The pay section of a page: from `<section id="pay"` to its end.
fn pay_section(page: &str) -> &str {
    let start = page.find("<section id=\"pay\"").expect("a pay section");
    let end = page[start..].find("</section>").expect("closed") + start;
    &page[start..end]
}

#[test]
fn markdown_in_every_language_has_the_article_9_row_with_the_language_s_numbers() {
    let a = assessment(5);
    for (lang, label, value) in ROWS {
        let md = markdown_in(&a, lang);
        let row = format!("| {label} | {value} | 6 | 6 |");
        assert!(md.contains(&row), "{lang}: no `{row}` in\n{md}");
        let (flag, band) = flag_and_band(lang);
        assert!(
            md.contains(&format!("| {flag} |")),
            "{lang}: no flag `{flag}`"
        );
        // The EU (f) bands and the UK reg. 13 bands: the same workers, the same bands.
        assert_eq!(md.matches(band).count(), 2, "{lang}: `{band}`");
        // The pay report's title is a section of the assessment report.
        let title = lang.message("pay-heading", &[]);
        assert!(md.contains(&format!("\n## {title}\n")), "{lang}: `{title}`");
        // Standalone, the same renderer gives a document of its own.
        let own = gender_impact::report::pay_markdown_in(a.pay.as_ref().unwrap(), lang, 1);
        assert!(own.starts_with(&format!("# {title}\n")));
        assert!(own.contains(&row));
    }
    // The English report of `report::markdown` keeps its own pay section, unchanged.
    let en = gender_impact::report::markdown(&a);
    assert!(en.contains("| (a) Gender pay gap (mean), annual pay level | 4.5% | 6 | 6 |"));
}

#[test]
fn french_and_spanish_pay_sections_leave_no_english_behind() {
    let a = assessment(5);
    for lang in [Lang::Fr, Lang::Es] {
        let md = markdown_in(&a, lang);
        let pay = &md[md.find(&lang.message("pay-heading", &[])).unwrap()..];
        // "Staff" is the category's name as the input gives it: the user's text.
        for english in [
            " women",
            " men,",
            " men)",
            " men;",
            "not computable",
            "no value",
            "withheld",
            "required",
            "Inference",
            "Shift-share decomposition of the mean gap:",
            "bootstrap interval",
            "resamples",
        ] {
            assert!(!pay.contains(english), "{lang}: `{english}` in\n{pay}");
        }
        // Reasons stored in English by the analysis come out in the language.
        let no_one = match lang {
            Lang::Fr => "non calculable (aucune femme et aucun homme avec une valeur)",
            _ => "no calculable (ninguna mujer y ningún hombre con un valor)",
        };
        assert!(pay.contains(no_one), "{lang}: `{no_one}`");
    }
}

#[test]
fn html_pay_section_in_every_language_with_two_quartile_charts() {
    let a = assessment(5);
    for (lang, label, value) in ROWS {
        let page = html(&a, lang);
        let doc = scraper::Html::parse_document(&page);
        assert!(doc.errors.is_empty(), "{lang}: {:?}", doc.errors);
        let sel = |s: &str| scraper::Selector::parse(s).unwrap();
        assert_eq!(doc.select(&sel("section#pay")).count(), 1);
        // The Article 9 row: label as row header, the value in the language.
        let row = doc
            .select(&sel("section#pay tr"))
            .find(|tr| tr.text().any(|t| t == label))
            .unwrap_or_else(|| panic!("{lang}: no row `{label}`"));
        let cells: Vec<String> = row.text().map(str::to_string).collect();
        assert_eq!(cells, [label, value, "6", "6"], "{lang}");
        // The Article 10 flag in words in the category table.
        let (flag, _) = flag_and_band(lang);
        assert!(
            doc.select(&sel("section#pay td"))
                .any(|td| td.text().collect::<String>() == flag),
            "{lang}: flag `{flag}`"
        );
        // Two charts (EU (f), UK reg. 13), each followed by its table.
        assert_eq!(doc.select(&sel("section#pay figure svg")).count(), 2);
        assert_eq!(doc.select(&sel("section#pay figure + table")).count(), 2);
        let section = pay_section(&page);
        let mut rest = section;
        let mut charts = 0;
        while let Some(start) = rest.find("<svg") {
            let end = rest[start..].find("</svg>").unwrap() + start + 6;
            let svg = &rest[start..end];
            let xml = roxmltree::Document::parse(svg)
                .unwrap_or_else(|e| panic!("{lang}: SVG not well-formed: {e}\n{svg}"));
            let root = xml.root_element();
            assert_eq!(root.attribute("role"), Some("img"));
            let title = root
                .children()
                .find(|c| c.has_tag_name(("http://www.w3.org/2000/svg", "title")))
                .expect("a <title>");
            assert!(!title.text().unwrap_or("").trim().is_empty());
            assert!(
                root.children()
                    .any(|c| c.has_tag_name(("http://www.w3.org/2000/svg", "desc")))
            );
            let bars: Vec<f64> = root
                .descendants()
                .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("women"))
                .map(|n| n.attribute("width").unwrap().parse().unwrap())
                .collect();
            // Four bands; women's shares 100%, 33.3%, 66.7%, 0% of the 560-unit scale.
            assert_eq!(bars, [560.0, 186.7, 373.3, 0.0], "{lang}");
            charts += 1;
            rest = &rest[end..];
        }
        assert_eq!(charts, 2);
        assert!(section.contains(value));
        assert!(!page.contains("<script"));
    }
}

#[test]
fn everything_withheld_when_k_exceeds_the_women_or_the_men() {
    // k = 7: 6 women and 6 men in all, fewer than k of each: nothing is published.
    let a = assessment(7);
    assert!(a.pay.as_ref().unwrap().disclosure.total_suppressed);
    for (lang, _, value) in ROWS {
        let withheld = lang.message("pay-withheld", &[]);
        let md = markdown_in(&a, lang);
        let page = html(&a, lang);
        let section = pay_section(&page);
        for out in [md.as_str(), section] {
            // Neither the gap, in any writing, nor any other pay figure.
            for figure in [value, "4.5", "4,5", "100,0", "100.0", "33,3", "33.3"] {
                assert!(!out.contains(figure), "{lang}: `{figure}` is published");
            }
            assert!(out.contains(&withheld), "{lang}: no `{withheld}`");
            let k7 = match lang {
                Lang::Fr => "seuil k = 7",
                Lang::Es => "umbral k = 7",
                _ => "threshold k = 7",
            };
            assert!(out.contains(k7), "{lang}: no statement");
        }
        assert!(
            !section.contains("<svg"),
            "{lang}: a chart of withheld figures"
        );
        assert!(scraper::Html::parse_document(&page).errors.is_empty());
    }
}

#[test]
fn no_worker_s_pay_is_printed() {
    let a = assessment(5);
    for lang in Lang::ALL {
        let md = markdown_in(&a, lang);
        let page = html(&a, lang);
        for pay in [
            "45250",
            "45,250",
            "45\u{202F}250",
            "45.250",
            "52500",
            "52,500",
        ] {
            assert!(!md.contains(pay) && !page.contains(pay), "{lang}: `{pay}`");
        }
    }
}

#[test]
fn byte_identical_across_runs() {
    for k in [5, 7] {
        let (a, b) = (assessment(k), assessment(k));
        for lang in Lang::ALL {
            assert_eq!(markdown_in(&a, lang), markdown_in(&b, lang));
            assert_eq!(html(&a, lang), html(&b, lang));
        }
    }
}

/// A category with no woman (two men) is withheld at k = 5, and its Article 10 check is not
/// decided because its mean gap is not computable. Its flag cell says "withheld" like its
/// other cells: the reason ("no woman in the group") would tell its counts, and "required" or
/// "not required" whether its gap reaches 5%. It is left out of the Article 10 sentence, which
/// says so. The JSON for machines keeps the reason.
#[test]
fn a_withheld_category_s_check_is_withheld_too() {
    let mut doc: serde_json::Value = serde_json::from_str(&document()).unwrap();
    for pay in [60_000, 61_000] {
        doc["pay"]["workers"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "gender": "man", "category": "Drivers", "annual_pay": pay,
                "variable_pay": 0, "weekly_hours": 40
            }));
    }
    let input = gender_impact::validate(&doc.to_string()).expect("valid");
    let a = Assessor::new().assess(&input).expect("assessed");
    let pay = a.pay.as_ref().unwrap();
    let drivers = pay
        .eu
        .g_categories
        .iter()
        .find(|c| c.category == "Drivers")
        .unwrap();
    let reason = drivers
        .article_10
        .not_decided
        .as_ref()
        .map(ToString::to_string)
        .expect("not decided");
    assert!(pay.disclosure.is_suppressed("Drivers"));
    // Written by hand: the Drivers row, all withheld; Staff is withheld too (complementary
    // suppression: else Drivers would follow from the total), so no category's check is
    // published.
    assert!(pay.disclosure.is_suppressed("Staff"));
    for (lang, row, sentence, leak) in [
        (
            Lang::En,
            "| Drivers | – | – | withheld | withheld | withheld | withheld |",
            "Article 10: no category is published, so neither is the check of any category.",
            reason.as_str(),
        ),
        (
            Lang::Fr,
            "| Drivers | – | – | non publié | non publié | non publié | non publié |",
            "Article 10\u{a0}: aucune catégorie n’est publiée, et le contrôle d’aucune catégorie ne l’est donc.",
            "aucune femme dans le groupe",
        ),
        (
            Lang::Es,
            "| Drivers | – | – | no publicado | no publicado | no publicado | no publicado |",
            "Artículo 10: no se publica ninguna categoría, ni por tanto el control de ninguna.",
            "ninguna mujer en el grupo",
        ),
    ] {
        let md = markdown_in(&a, lang);
        assert!(md.contains(row), "{lang}: {md}");
        assert!(md.contains(sentence), "{lang}: {md}");
        let page = html(&a, lang);
        for page in [md, page] {
            assert!(!page.contains(leak), "{lang}: `{leak}` published");
        }
    }
    assert!(gender_impact::report::json(&a).contains(reason.as_str()));
}
