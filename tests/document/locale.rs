//! Languages: every message in every language, no syntax errors, number formats checked
//! against strings written by hand from the CLDR conventions.

use gender_impact::i18n::Lang;

use crate::support::catalogue;

/// Message ids of a Fluent file, read with Fluent's own parser (which also reports syntax errors).
fn ids(lang: Lang, file: &str, source: &str) -> Vec<String> {
    let resource = match fluent_bundle::FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}: syntax errors in {file}: {errors:?}"),
    };
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            assert!(
                m.value.is_some(),
                "{lang}/{file}: message `{}` is empty",
                m.id.name
            );
            ids.push(m.id.name.to_string());
        }
    }
    ids.sort();
    ids
}

#[test]
fn every_message_exists_in_every_language_and_none_is_empty() {
    let english = catalogue(Lang::En);
    assert_eq!(english.len(), 11, "the English catalogue has eleven files");
    let report = english.iter().find(|(f, _)| f == "report.ftl").unwrap();
    assert!(
        ids(Lang::En, &report.0, &report.1).len() > 150,
        "report.ftl has too few messages"
    );
    for (file, text) in &english {
        let en = ids(Lang::En, file, text);
        for lang in &Lang::ALL[1..] {
            let sources = catalogue(*lang);
            let Some((_, other)) = sources.iter().find(|(f, _)| f == file) else {
                panic!("{lang}: {file} is missing");
            };
            let other = ids(*lang, file, other);
            let missing: Vec<_> = en.iter().filter(|i| !other.contains(i)).collect();
            let extra: Vec<_> = other.iter().filter(|i| !en.contains(i)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}/{file}: missing {missing:?}, not in English {extra:?}"
            );
        }
        for lang in Lang::ALL {
            for id in &en {
                let text = lang.message(id, &[]);
                assert!(!text.trim().is_empty(), "{lang}: `{id}` formats to nothing");
            }
        }
    }
}

/// The files of a language share one bundle: an id used in two files would hide one message.
#[test]
fn no_message_id_is_used_in_two_files() {
    for lang in Lang::ALL {
        let mut seen: Vec<(String, String)> = Vec::new();
        for (file, text) in catalogue(lang) {
            for id in ids(lang, &file, &text) {
                if let Some((_, first)) = seen.iter().find(|(i, _)| *i == id) {
                    panic!("{lang}: `{id}` is in {first} and in {file}");
                }
                seen.push((id, file.clone()));
            }
        }
    }
}

#[test]
fn numbers_as_each_language_writes_them() {
    // Written by hand from CLDR: en 16%, fr 16 % (U+202F), es 16 % (U+00A0).
    assert_eq!(Lang::En.percent(5.0 / 31.0, 0), "16%");
    assert_eq!(Lang::Fr.percent(5.0 / 31.0, 0), "16\u{202F}%");
    assert_eq!(Lang::Es.percent(5.0 / 31.0, 0), "16\u{A0}%");
    assert_eq!(Lang::En.percent(18.0 / 26.0, 1), "69.2%");
    assert_eq!(Lang::Fr.percent(18.0 / 26.0, 1), "69,2\u{202F}%");
    assert_eq!(Lang::Es.percent(18.0 / 26.0, 1), "69,2\u{A0}%");
    assert_eq!(Lang::En.decimal(13.0 / 18.0, 2), "0.72");
    assert_eq!(Lang::Fr.decimal(13.0 / 18.0, 2), "0,72");
    assert_eq!(Lang::En.integer(1_234_567), "1,234,567");
    assert_eq!(Lang::Fr.integer(1_234_567), "1\u{202F}234\u{202F}567");
    assert_eq!(Lang::Es.integer(1_234_567), "1.234.567");
    assert_eq!(Lang::Es.integer(1_234), "1234");
    assert_eq!(Lang::En.integer(999), "999");
    assert_eq!(Lang::Fr.decimal(-1234.5, 1), "-1\u{202F}234,5");
    assert_eq!(Lang::En.decimal(-0.001, 1), "0.0");
    assert_eq!(Lang::En.decimal(f64::NAN, 1), "–");
    assert_eq!(Lang::Fr.percent(f64::INFINITY, 0), "–\u{202F}%");
}

#[test]
fn plurals_follow_each_language() {
    let msg = |lang: Lang, n: u64| lang.message("people-known", &[("n", n.into())]);
    assert_eq!(msg(Lang::En, 1), "1 person whose gender is known");
    assert_eq!(msg(Lang::En, 0), "0 people whose gender is known");
    // French: 0 and 1 take the singular.
    assert_eq!(msg(Lang::Fr, 0), "0 personne dont le genre est connu");
    assert_eq!(msg(Lang::Fr, 2), "2 personnes dont le genre est connu");
    assert_eq!(msg(Lang::Es, 1), "1 persona cuyo género se conoce");
    assert_eq!(msg(Lang::Es, 0), "0 personas cuyo género se conoce");
    // Numbers inside messages get the language's grouping.
    assert_eq!(
        Lang::Fr.message("network-count", &[("count", 10_000u64.into())]),
        "10\u{202F}000 organisations évaluées."
    );
}

#[test]
fn language_codes() {
    assert_eq!("FR".parse::<Lang>(), Ok(Lang::Fr));
    assert_eq!("es-MX".parse::<Lang>(), Ok(Lang::Es));
    assert!("de".parse::<Lang>().is_err());
    assert!("".parse::<Lang>().is_err());
    assert_eq!(Lang::En.message("no-such-message", &[]), "no-such-message");
}
