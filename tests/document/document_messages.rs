//! Problems in payroll CSV files, frameworks and networks in French and Spanish: a sample of
//! messages checked against text written by hand, and a sweep of the bad-input catalogue
//! (`tests/bad-input/{payroll,framework,network}`) checking that every problem the crate's
//! document readers write has a catalogue entry that French and Spanish really translate.

use std::path::Path;
use std::process::Command;

use gender_impact::Location;
use gender_impact::i18n::Lang;
use gender_impact::i18n::Message;
use gender_impact::pay::{CsvErrors, CsvOptions, read_payroll};
use gender_impact::{Framework, Problem};

use crate::support::{files, root};

fn csv_errors(data: &str) -> CsvErrors {
    match read_payroll(data.as_bytes(), &CsvOptions::default()) {
        Ok(_) => panic!("expected problems in {data:?}"),
        Err(e) => e,
    }
}

/// The first problem of a CSV, in English, French and Spanish.
fn csv_first(data: &str) -> [String; 3] {
    let e = csv_errors(data);
    let p = &e.problems[0];
    assert_eq!(p.display_in(Lang::En), p.to_string(), "English unchanged");
    Lang::ALL.map(|l| p.display_in(l))
}

fn framework_problems(doc: &str) -> Vec<Problem> {
    match Framework::from_json(doc) {
        Ok(_) => panic!("expected problems"),
        Err(e) => e.problems().to_vec(),
    }
}

fn network_problems(doc: &str) -> Vec<Problem> {
    match gender_impact::validate_network(doc) {
        Ok(_) => panic!("expected problems"),
        Err(e) => e.problems().to_vec(),
    }
}

fn in_three(p: &Problem) -> [String; 3] {
    assert_eq!(p.display_in(Lang::En), p.to_string(), "English unchanged");
    Lang::ALL.map(|l| p.display_in(l))
}

#[test]
fn csv_bad_number() {
    let [_, fr, es] = csv_first("gender,annual_pay\nF,48k\n");
    assert_eq!(
        fr,
        "ligne 2, colonne 2 (annual_pay)\u{a0}: nombre attendu, texte trouvé"
    );
    assert_eq!(
        es,
        "línea 2, columna 2 (annual_pay): se esperaba un número; se encontró texto"
    );
}

#[test]
fn csv_negative_pay() {
    let [_, fr, es] = csv_first("gender,annual_pay\nF,-48000\n");
    assert_eq!(
        fr,
        "ligne 2, colonne 2 (annual_pay)\u{a0}: montant positif ou nul attendu, nombre négatif trouvé"
    );
    assert_eq!(
        es,
        "línea 2, columna 2 (annual_pay): se esperaba un importe de cero o más; se encontró un \
         número negativo"
    );
    // Never the value, in any language.
    assert!(!fr.contains("48000") && !es.contains("48000"));
}

#[test]
fn csv_unknown_gender_value() {
    let [_, fr, es] = csv_first("gender,annual_pay\nq,48000\n");
    assert!(
        fr.starts_with(
            "ligne 2, colonne 1 (gender)\u{a0}: code de genre attendu (des mots comme woman"
        ) && fr.ends_with("code inconnu `q` trouvé dans 1 ligne, la première ici"),
        "{fr}"
    );
    assert!(
        es.starts_with(
            "línea 2, columna 1 (gender): se esperaba un código de género (palabras como woman"
        ) && es.ends_with("se encontró el código desconocido `q` en 1 fila, la primera aquí"),
        "{es}"
    );
    // A value in one row only that could be a name is not echoed.
    let [_, fr, _] = csv_first("gender,annual_pay\nMrs Smith,48000\n");
    assert!(
        fr.contains("code inconnu trouvé (non cité") && !fr.contains("Smith"),
        "{fr}"
    );
}

#[test]
fn csv_missing_column() {
    let [en, fr, es] = csv_first("sex,annual_pay\nF,48000\n");
    assert_eq!(
        en,
        "line 1: expected a column `gender` in the header, found none by that name"
    );
    assert_eq!(
        fr,
        "ligne 1\u{a0}: colonne `gender` attendue dans l’en-tête, aucune trouvée sous ce nom"
    );
    assert_eq!(
        es,
        "línea 1: se esperaba una columna `gender` en el encabezado; no se encontró ninguna con \
         ese nombre"
    );
}

#[test]
fn csv_ragged_row() {
    let [_, fr, es] = csv_first("gender,annual_pay\nF,48000,12\n");
    assert_eq!(
        fr,
        "ligne 2\u{a0}: 2 champs attendus (autant que dans l’en-tête), 3 trouvés"
    );
    assert_eq!(
        es,
        "línea 2: se esperaban 2 campos (tantos como tiene el encabezado); se encontraron 3"
    );
}

#[test]
fn csv_frames_and_the_count_of_problems_not_listed() {
    let m = || Message::new("csv-number-text");
    let cases = [
        (
            Problem::at(Location::cell(12, 5, "Base_Salary"), m()),
            "ligne 12, colonne 5 (Base_Salary)\u{a0}: nombre attendu, texte trouvé",
            "línea 12, columna 5 (Base_Salary): se esperaba un número; se encontró texto",
        ),
        (
            Problem::at(
                Location::Cell {
                    line: 3,
                    column: Some(2),
                    field: None,
                },
                m(),
            ),
            "ligne 3, colonne 2\u{a0}: nombre attendu, texte trouvé",
            "línea 3, columna 2: se esperaba un número; se encontró texto",
        ),
        (
            Problem::at(
                Location::Cell {
                    line: 3,
                    column: None,
                    field: Some("Grade".into()),
                },
                m(),
            ),
            "ligne 3, colonne Grade\u{a0}: nombre attendu, texte trouvé",
            "línea 3, columna Grade: se esperaba un número; se encontró texto",
        ),
    ];
    for (p, fr, es) in cases {
        assert_eq!(p.display_in(Lang::En), p.to_string());
        assert_eq!(p.display_in(Lang::Fr), fr);
        assert_eq!(p.display_in(Lang::Es), es);
    }
    // A problem built from a bare text keeps it in every language; only the frame changes.
    let bare = Problem::plain(Location::line(2), "something");
    assert_eq!(bare.display_in(Lang::Fr), "ligne 2\u{a0}: something");

    // 11,003 bad rows: 1,000 listed, then the rest counted (grouped as each language groups).
    let mut data = String::from("gender,annual_pay\n");
    for _ in 0..11_003 {
        data.push_str("F,x\n");
    }
    let e = csv_errors(&data);
    assert_eq!(e.display_in(Lang::En), e.to_string());
    assert!(e.to_string().ends_with("and 10003 more problems\n"));
    assert!(
        e.display_in(Lang::Fr)
            .ends_with("\u{a0}: nombre attendu, texte trouvé\net 10\u{202F}003 autres problèmes\n")
    );
    assert!(
        e.display_in(Lang::Es)
            .ends_with("\ny 10.003 problemas más\n")
    );
    let one = CsvErrors {
        problems: Vec::new(),
        more: 1,
        read_failed: false,
    };
    assert_eq!(one.display_in(Lang::En), "and 1 more problem\n");
    assert_eq!(one.display_in(Lang::Fr), "et 1 autre problème\n");
    assert_eq!(one.display_in(Lang::Es), "y 1 problema más\n");
}

#[test]
fn framework_problems_in_french_and_spanish() {
    let read = |name: &str| {
        std::fs::read_to_string(root().join("tests/bad-input/framework").join(name)).unwrap()
    };
    let [_, fr, es] = in_three(&framework_problems(&read("no-pillars.json"))[0]);
    assert_eq!(fr, "/pillars: au moins 1 pilier attendu, aucun trouvé");
    assert_eq!(
        es,
        "/pillars: se esperaba al menos 1 pilar; no se encontró ninguno"
    );

    let [_, fr, es] = in_three(&framework_problems(&read("duplicate-pillar-ids.json"))[0]);
    assert_eq!(
        fr,
        "/pillars/1/id: identifiant de pilier unique attendu, `balance` trouvé une nouvelle fois"
    );
    assert_eq!(
        es,
        "/pillars/1/id: se esperaba un identificador de pilar único; se encontró `balance` de nuevo"
    );

    let [_, fr, es] = in_three(&framework_problems(&read("band-min-above-max.json"))[0]);
    assert_eq!(
        fr,
        "/pillars/0/criteria/0/bands/0: `min` non supérieur à `max` attendu, min 0.7 et max 0.4 \
         trouvés"
    );
    assert_eq!(
        es,
        "/pillars/0/criteria/0/bands/0: se esperaba `min` no mayor que `max`; se encontró min 0.7 \
         y max 0.4"
    );

    let [_, fr, es] = in_three(&framework_problems(&read("pillar-weight-zero.json"))[0]);
    assert_eq!(
        fr,
        "/pillars/0/weight: pondération positive d’au plus 1\u{202F}000\u{202F}000 attendue, \
         autre valeur trouvée"
    );
    assert_eq!(
        es,
        "/pillars/0/weight: se esperaba una ponderación positiva de como máximo 1.000.000; se \
         encontró otro valor"
    );
}

#[test]
fn network_problems_in_french_and_spanish() {
    let doc =
        std::fs::read_to_string(root().join("tests/bad-input/network/blank-network-name.json"))
            .unwrap();
    let [_, fr, es] = in_three(&network_problems(&doc)[0]);
    assert_eq!(
        fr,
        "/name: texte libre attendu (non vide, d’au plus 2\u{202F}000 caractères), autre valeur \
         trouvée"
    );
    assert_eq!(
        es,
        "/name: se esperaba texto libre (no vacío, de como máximo 2000 caracteres); se encontró \
         otro valor"
    );
}

/// A reported figure whose unit does not fit its indicator, inside the second organisation of a
/// network: the message keeps its catalogue entry when its pointer moves under `/organisations`.
#[test]
fn reported_figure_problems_keep_their_language_inside_a_network() {
    let mut org: serde_json::Value =
        serde_json::from_str(gender_impact::METROPOLIS_2023_JSON).unwrap();
    org["reported"] = serde_json::json!([
        {"indicator": "staff.women_share", "value": 63, "unit": "count", "decimals": 9}
    ]);
    let one = gender_impact::METROPOLIS_2023_JSON;
    let doc = format!(r#"{{"name": "Two", "organisations": [{one}, {org}]}}"#);
    let problems = network_problems(&doc);
    let texts: Vec<[String; 3]> = problems.iter().map(in_three).collect();
    assert!(
        texts.contains(&[
            "/organisations/1/reported/0/decimals: expected at most 6 decimal places, found 9"
                .to_string(),
            "/organisations/1/reported/0/decimals: au plus 6 décimales attendues, 9 trouvées"
                .to_string(),
            "/organisations/1/reported/0/decimals: se esperaban como máximo 6 decimales; se \
             encontraron 9"
                .to_string(),
        ]),
        "{texts:?}"
    );
    assert!(
        texts.contains(&[
            "/organisations/1/reported/0/unit: expected `percent` for indicator \
             `staff.women_share`, found `count`"
                .to_string(),
            "/organisations/1/reported/0/unit: `percent` attendu pour l’indicateur \
             `staff.women_share`, `count` trouvé"
                .to_string(),
            "/organisations/1/reported/0/unit: se esperaba `percent` para el indicador \
             `staff.women_share`; se encontró `count`"
                .to_string(),
        ]),
        "{texts:?}"
    );
}

/// What a catalogue message must satisfy in French and Spanish: it exists in every language,
/// is not the bare id (what an unknown id renders as), differs from the English and uses none
/// of the English words of the house pattern.
fn check_translated(place: &str, text: &Message, failures: &mut Vec<String>) {
    let en = text.in_lang(Lang::En);
    for lang in Lang::ALL {
        if !lang.has(text.id()) {
            failures.push(format!("{place}: `{}` missing in {lang}", text.id()));
        }
    }
    for lang in [Lang::Fr, Lang::Es] {
        let s = text.in_lang(lang);
        if s == text.id() || s == en {
            failures.push(format!(
                "{place}: `{}` not translated in {lang}: {s}",
                text.id()
            ));
        }
        let lower = s.to_lowercase();
        if lower.contains("expected") || lower.contains("found") {
            failures.push(format!("{place}: English words in {lang}: {s}"));
        }
    }
}

/// The options `gia pay` builds from the lines of a case's `.flags` file (as the catalogue
/// harness passes them); a flag this does not know fails the test, to be added here.
fn csv_options(case: &Path) -> (CsvOptions, Vec<String>) {
    let mut o = CsvOptions::default();
    let flags: Vec<String> = std::fs::read_to_string(case.with_extension("flags"))
        .map(|f| f.lines().map(str::to_string).collect())
        .unwrap_or_default();
    for pair in flags.chunks(2) {
        let value = pair.get(1).cloned();
        let c = &mut o.columns;
        match pair[0].as_str() {
            "--category" => c.category = value,
            "--grade" => c.grade = value,
            "--gender" => c.gender = value.unwrap(),
            "--annual-pay" => c.annual_pay = value,
            "--fte" => c.fte = value,
            "--days-worked" => c.days_worked = value,
            "--extra-salary" => c.extra_salary.extend(value),
            "--profile" => o.registro = value.as_deref() == Some("es"),
            "--missing" => o.missing_text.extend(value),
            "--encoding" => o.encoding = value.map(|v| v.parse().unwrap()),
            "--by" => c.group = value,
            other => panic!("{}: flag {other} not known here", case.display()),
        }
    }
    (o, flags)
}

#[test]
fn every_payroll_problem_of_the_catalogue_is_translated() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut cases = files("tests/bad-input/payroll", "csv");
    cases.extend(
        files("tests/fixtures/csv", "csv")
            .into_iter()
            .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("ok-")),
    );
    for case in &cases {
        let name = case.display().to_string();
        let (options, flags) = csv_options(case);
        let file = std::fs::File::open(case).unwrap();
        let Err(errors) = read_payroll(file, &options) else {
            panic!("{name}: no problem found");
        };
        for p in &errors.problems {
            match p.text() {
                Some(text) => check_translated(&format!("{name}: {p}"), text, &mut failures),
                None => failures.push(format!("{name}: no catalogue entry for `{p}`")),
            }
            checked += 1;
        }
        // `gia --lang fr|es pay` prints what the library writes in that language.
        for lang in [Lang::Fr, Lang::Es] {
            let out = Command::new(env!("CARGO_BIN_EXE_gia"))
                .args(["--lang", lang.code(), "pay"])
                .arg(case)
                .arg("--no-inference")
                .args(&flags)
                .output()
                .unwrap();
            let got = String::from_utf8_lossy(&out.stderr);
            if got != errors.display_in(lang) {
                failures.push(format!("{name}: gia --lang {lang} printed {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 20, "{checked} problems checked");
}

#[test]
fn every_framework_and_network_problem_of_the_catalogue_is_translated() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in files("tests/bad-input/framework", "json") {
        let name = case.display().to_string();
        let doc = std::fs::read_to_string(&case).unwrap();
        for p in framework_problems(&doc) {
            match p.text() {
                Some(text) => {
                    check_translated(&format!("{name}: {p}"), text, &mut failures);
                    checked += 1;
                }
                // Skipped: a problem of the generic JSON-schema path (src/validate.rs), which
                // may keep an English-only text; every rule of src/framework.rs has an entry.
                None => failures.push(format!("{name}: no catalogue entry for `{p}`")),
            }
        }
    }
    for case in files("tests/bad-input/network", "json") {
        let name = case.display().to_string();
        let doc = std::fs::read_to_string(&case).unwrap();
        for p in network_problems(&doc) {
            match p.text() {
                Some(text) => {
                    check_translated(&format!("{name}: {p}"), text, &mut failures);
                    checked += 1;
                }
                None => failures.push(format!("{name}: no catalogue entry for `{p}`")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 8, "{checked} problems checked");
}

/// Every message of csv.ftl and documents.ftl, with placeholder arguments, is translated: not
/// the English text, not the id, and without the English words of the house pattern.
#[test]
fn every_csv_and_document_message_is_translated() {
    let english = crate::support::catalogue(gender_impact::i18n::Lang::En);
    let mut failures = Vec::new();
    let mut n = 0;
    for file in ["csv.ftl", "documents.ftl"] {
        let (_, text) = english.iter().find(|(f, _)| f == file).unwrap();
        let resource = fluent_bundle::FluentResource::try_new(text.clone()).unwrap();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id: &'static str = Box::leak(m.id.name.to_string().into_boxed_str());
                let mut text = Message::new(id);
                // `csv-problem` is only the frame `{ $place }: { $message }`, which Spanish
                // writes as English does.
                if id == "csv-problem" {
                    continue;
                }
                for name in [
                    "line",
                    "number",
                    "name",
                    "place",
                    "message",
                    "code",
                    "columns",
                    "kind",
                    "reason",
                    "digits",
                    "width-digits",
                    "found-digits",
                    "times",
                    "id",
                    "min",
                    "example",
                    "expected",
                    "indicator",
                ] {
                    text = text.text(name, "x");
                }
                for name in ["n", "max", "width", "found"] {
                    text = text.count(name, 2);
                }
                check_translated(file, &text, &mut failures);
                n += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(n >= 50, "{n} messages");
}

/// The CSV reader states the errors of `Hours`, `Fte` and `Text` with its own catalogue
/// entries: their English must stay the text those types give.
#[test]
fn csv_entries_repeat_the_english_of_the_types_they_stand_for() {
    use gender_impact::Hours;
    use gender_impact::{Fte, Text};
    let en = |id| Message::new(id).in_lang(Lang::En);
    assert_eq!(
        en("csv-hours-range"),
        Hours::new(200.0).unwrap_err().to_string()
    );
    assert_eq!(
        en("csv-fte-range"),
        Fte::try_from(2.0).unwrap_err().to_string()
    );
    assert_eq!(
        en("csv-text-blank"),
        Text::new("\u{a0}").unwrap_err().to_string()
    );
    assert_eq!(
        Message::new("csv-text-too-long")
            .text("max", Text::MAX_CHARS.to_string())
            .in_lang(Lang::En),
        Text::new("x".repeat(Text::MAX_CHARS + 1))
            .unwrap_err()
            .to_string()
    );
    let long = format!("gender,category\nF,{}\n", "é".repeat(Text::MAX_CHARS + 1));
    let options = CsvOptions {
        columns: gender_impact::pay::Columns {
            annual_pay: None,
            category: Some("category".into()),
            ..Default::default()
        },
        ..CsvOptions::default()
    };
    let Err(e) = read_payroll(long.as_bytes(), &options) else {
        panic!("a text too long is a problem");
    };
    assert_eq!(
        e.problems[0].message_in(Lang::Fr),
        "texte d’au plus 2\u{202F}000 caractères attendu"
    );
}
