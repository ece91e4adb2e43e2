//! The assumptions made while reading a payroll: the JSON output carries their English texts as
//! it always has, the French and Spanish pay reports state them in their own language.
//!
//! The payroll is made here: Windows-1252, `;`, decimal commas, two variable-pay columns, empty
//! pay and hours cells, categories marked `NULL` or `n/a`, so that every kind of assumption the
//! reader states from one file is stated.

use std::path::Path;

use gender_impact::i18n::Lang;
use gender_impact::pay::{
    AnalysisOptions, CsvOptions, Hours, PayAnalysis, PayRules, analyse_payroll, read_payroll,
};
use gender_impact::report::{pay_html, pay_markdown_in};

/// Rows of the payroll; the categories of all but the last 500 are marked as not recorded.
const ROWS: usize = 12_000;

/// One row: a decimal comma in every pay cell, one empty cell of `Prime`, two of `Astreinte`,
/// one of `Heures`.
fn row(i: usize) -> String {
    let sexe = if i.is_multiple_of(2) {
        "Femme"
    } else {
        "Homme"
    };
    let prime = if i == 3 {
        String::new()
    } else {
        format!("{},25", 100 + i)
    };
    let astreinte = if i == 4 || i == 5 { "" } else { "10,5" };
    let heures = if i == 6 { "" } else { "35" };
    let categorie = match i {
        0..11_000 => "NULL",
        11_000..11_500 => "n/a",
        _ => "Santé",
    };
    format!(
        "{sexe};{},50;{prime};{astreinte};{heures};{categorie}\r\n",
        30_000 + i
    )
}

/// The payroll's bytes, in Windows-1252 (`é` is the byte 0xE9).
fn cp1252() -> Vec<u8> {
    let mut text = String::from("Sexe;Salaire;Prime;Astreinte;Heures;Catégorie\r\n");
    for i in 0..ROWS {
        text.push_str(&row(i));
    }
    text.chars()
        .map(|c| if c == 'é' { 0xE9 } else { c as u8 })
        .collect()
}

fn options() -> CsvOptions {
    let mut o = CsvOptions {
        empty_as_zero: true,
        default_weekly_hours: Some(Hours::new(37.5).unwrap()),
        missing_text: vec!["NULL".to_string(), "n/a".to_string()],
        ..CsvOptions::default()
    };
    o.columns.gender = "Sexe".into();
    o.columns.annual_pay = Some("Salaire".into());
    o.columns.variable_pay = vec!["Prime".into(), "Astreinte".into()];
    o.columns.weekly_hours = Some("Heures".into());
    o.columns.category = Some("Catégorie".into());
    o
}

fn analysis() -> PayAnalysis {
    let csv = read_payroll(&cp1252()[..], &options()).unwrap();
    let no_inference = AnalysisOptions {
        inference: false,
        ..AnalysisOptions::default()
    };
    let rules = PayRules::built_in();
    analyse_payroll(&csv.payroll, &[], &rules, &no_inference, csv.assumptions)
}

/// The English texts the JSON output has carried since the assumptions were strings.
const ENGLISH: [&str; 8] = [
    "variable pay is the sum of the columns `Prime` + `Astreinte`",
    "weekly hours missing (column `Heures` empty) for 1 worker: 37.5 hours a week assumed",
    "1 empty cell of column `Prime` read as 0 (--empty-as-zero)",
    "2 empty cells of column `Astreinte` read as 0 (--empty-as-zero)",
    "11500 cells of column `Catégorie` holding `NULL` or `n/a` taken as not recorded",
    "the file was read as Windows-1252",
    "fields are separated by `;`",
    "numbers have a decimal comma in `Salaire`, `Prime`, `Astreinte`",
];

#[test]
fn the_json_output_keeps_the_english_texts() {
    let a = analysis();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["assumptions"], serde_json::json!(ENGLISH));
    let english: Vec<String> = a.assumptions.iter().map(|x| x.english()).collect();
    assert_eq!(english, ENGLISH);
    // Read back from the JSON, the assumptions are the same.
    let back: PayAnalysis = serde_json::from_value(json).unwrap();
    assert_eq!(back.assumptions, a.assumptions);
}

/// The ids of the assumptions the payroll gives, in `locales/*/csv.ftl`.
const IDS: [&str; 7] = [
    "csv-assumption-variable-sum",
    "csv-assumption-hours-missing",
    "csv-assumption-empty-as-zero",
    "csv-assumption-not-recorded",
    "csv-assumption-encoding",
    "csv-assumption-delimiter",
    "csv-assumption-decimal-comma",
];

/// The source of the message `id` in a catalogue of `lang`: its first line after `=` and the
/// indented lines under it.
fn source(lang: &str, file: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/{file}"));
    let text = std::fs::read_to_string(path).unwrap();
    let start = format!("{id} = ");
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&start));
    let first = lines.next().unwrap_or_default();
    let mut out = first.trim_start_matches(&start).to_string();
    for l in lines.take_while(|l| l.starts_with(' ')) {
        out.push('\n');
        out.push_str(l);
    }
    out
}

/// The words of a message source written as they are, outside its placeables and selectors
/// (pieces of at least 6 characters).
fn fixed_words(source: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut depth = 0usize;
    for c in source.chars() {
        match c {
            '{' => {
                depth += 1;
                pieces.push(String::new());
            }
            '}' => depth = depth.saturating_sub(1),
            '\n' => pieces.push(String::new()),
            c if depth == 0 => pieces.last_mut().unwrap().push(c),
            _ => {}
        }
    }
    pieces
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| p.chars().count() >= 6)
        .collect()
}

/// The pay report of the payroll in `lang`, as Markdown and as HTML.
fn reports(lang: Lang) -> [String; 2] {
    let a = analysis();
    [pay_markdown_in(&a, lang, 1), pay_html(&a, lang)]
}

#[test]
fn french_and_spanish_reports_state_the_assumptions_in_their_language() {
    let english: Vec<String> = IDS
        .iter()
        .flat_map(|id| fixed_words(&source("en", "csv.ftl", id)))
        .collect();
    assert!(english.len() >= 10, "{english:?}");
    for lang in [Lang::Fr, Lang::Es] {
        let code = lang.code();
        let prefix = fixed_words(&source(code, "pay.ftl", "pay-assumption"));
        assert_eq!(prefix.len(), 1, "{prefix:?}");
        for page in reports(lang) {
            for id in IDS {
                let words = fixed_words(&source(code, "csv.ftl", id));
                assert!(!words.is_empty(), "{code} {id}");
                for w in words {
                    assert!(page.contains(&w), "{code}: `{w}` of {id} missing");
                }
            }
            assert_eq!(page.matches(prefix[0].as_str()).count(), ENGLISH.len());
            for w in &english {
                assert!(!page.contains(w.as_str()), "{code}: English `{w}` left");
            }
            for sentence in ENGLISH {
                assert!(!page.contains(sentence), "{code}: `{sentence}`");
            }
            assert!(!page.contains("Assumption:"), "{code}");
        }
    }
}

#[test]
fn numbers_in_the_assumptions_are_written_as_the_language_writes_them() {
    for lang in [Lang::Fr, Lang::Es] {
        let [markdown, html] = reports(lang);
        for page in [markdown, html] {
            // 11,500 cells marked: digits grouped as the language groups them.
            let grouped = format!(" {} ", lang.integer(11_500));
            let line = page.lines().find(|l| l.contains("`NULL`")).unwrap();
            assert!(line.contains(&grouped) && !line.contains("11500"), "{line}");
            // 37.5 hours, with a decimal comma.
            let hours = page.lines().find(|l| l.contains("`Heures`")).unwrap();
            assert!(
                hours.contains(" 37,5 ") && !hours.contains("37.5"),
                "{hours}"
            );
        }
    }
}
