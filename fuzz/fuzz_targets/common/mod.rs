//! Checks shared by the fuzz targets.
#![allow(dead_code)]

use std::sync::OnceLock;

use gender_impact::Invalid;

/// Whether a check runs. `FUZZ_SKIP` (comma-separated check names) turns checks off, so that a
/// finding already reported does not stop the search for others. Names: `invalid` (the problem
/// list of an error), `assess` (a valid document assesses), `roundtrip` (serialise and read back),
/// `nonfinite` (no NaN or infinite number in an assessment or analysis), `text` (no `NaN`/`inf` in
/// a Markdown report), `jsonreport` (the JSON report is valid and reads back), `echo` (no pay
/// value in a CSV error), `rows` (one worker per row).
pub fn enabled(check: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    !SKIP
        .get_or_init(|| {
            std::env::var("FUZZ_SKIP")
                .unwrap_or_default()
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .iter()
        .any(|s| s == check)
}

/// Panics unless an `Invalid` keeps its promises: at least one problem, every pointer empty (the
/// whole document) or a JSON Pointer starting with `/`, every message non-empty.
pub fn check_invalid(what: &str, e: &Invalid) {
    if !enabled("invalid") {
        return;
    }
    assert!(
        !e.problems().is_empty(),
        "{what}: Err(Invalid) with an empty problem list"
    );
    for p in e.problems() {
        let pointer = p.pointer().expect("a document problem is located by a JSON Pointer");
        assert!(
            pointer.is_empty() || pointer.starts_with('/'),
            "{what}: problem pointer {:?} is neither empty nor starts with '/' (message {:?})",
            pointer,
            p.message
        );
        assert!(
            !p.message.trim().is_empty(),
            "{what}: problem at {:?} has an empty message",
            pointer
        );
        assert_said_in_every_language(what, p, p.text(), |lang| p.message_in(lang));
    }
}

/// Panics if `value`, serialised losslessly (CBOR keeps NaN and infinities, which serde_json
/// would silently write as `null`), holds a float that is NaN or infinite. The panic names the
/// path of the first such float.
pub fn assert_all_floats_finite<T: serde::Serialize>(what: &str, value: &T) {
    if !enabled("nonfinite") {
        return;
    }
    let mut buf = Vec::new();
    ciborium::into_writer(value, &mut buf).expect("CBOR serialisation of a report value");
    let v: ciborium::Value = ciborium::from_reader(&buf[..]).expect("CBOR read-back");
    let mut path = String::new();
    if let Some((p, f)) = first_non_finite(&v, &mut path) {
        panic!("{what}: non-finite number {f} at {p} (serde_json writes it as null)");
    }
}

fn first_non_finite(v: &ciborium::Value, path: &mut String) -> Option<(String, f64)> {
    use ciborium::Value as V;
    match v {
        V::Float(f) if !f.is_finite() => Some((path.clone(), *f)),
        V::Array(items) => items.iter().enumerate().find_map(|(i, x)| {
            let n = path.len();
            path.push_str(&format!("/{i}"));
            let r = first_non_finite(x, path);
            path.truncate(n);
            r
        }),
        V::Map(entries) => entries.iter().find_map(|(k, x)| {
            let n = path.len();
            match k {
                V::Text(t) => path.push_str(&format!("/{t}")),
                other => path.push_str(&format!("/{other:?}")),
            }
            let r = first_non_finite(x, path);
            path.truncate(n);
            r
        }),
        V::Tag(_, inner) => first_non_finite(inner, path),
        _ => None,
    }
}

/// Whether `token` occurs in `text` as a word of its own: not preceded by an ASCII letter or
/// digit or `_`, not followed by an ASCII letter or `_` (so `inf%`, `-inf`, `NaN)` match, while
/// `info` and `infinite` do not).
pub fn has_token(text: &str, token: &str) -> bool {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find(token) {
        let start = from + i;
        let end = start + token.len();
        // A byte of a non-ASCII letter (as in French "inférieur") continues the word.
        let before_ok = start == 0
            || !(b[start - 1].is_ascii_alphanumeric()
                || b[start - 1] == b'_'
                || b[start - 1] >= 0x80);
        let after_ok =
            end == b.len() || !(b[end].is_ascii_alphabetic() || b[end] == b'_' || b[end] >= 0x80);
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
    }
    false
}

/// Panics if a rendered report shows `NaN` or `inf` as a word, unless the same word already
/// occurs in `user_text` (the texts of the input, which reports may quote).
pub fn assert_no_nan_inf_text(what: &str, report: &str, user_text: &str) {
    if !enabled("text") {
        return;
    }
    for token in ["NaN", "inf"] {
        if has_token(report, token) && !has_token(user_text, token) {
            let at = report
                .lines()
                .find(|l| has_token(l, token))
                .unwrap_or_default();
            panic!("{what}: `{token}` in the rendered report, line: {at:?}");
        }
    }
}

/// Panics unless `json` is valid JSON (a bare `NaN`, `Infinity` or `inf` would not be) and its
/// text, outside strings, holds no such token.
pub fn assert_json_report_clean(what: &str, json: &str) {
    if !enabled("jsonreport") {
        return;
    }
    if let Err(e) = serde_json::from_str::<serde_json::Value>(json) {
        panic!("{what}: the JSON report does not parse: {e}");
    }
    let outside = strip_json_strings(json);
    for token in ["NaN", "inf", "Infinity"] {
        assert!(
            !has_token(&outside, token),
            "{what}: `{token}` outside strings in the JSON report"
        );
    }
}

/// The JSON text with the contents of every string removed (quotes kept).
fn strip_json_strings(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_str = false;
    let mut esc = false;
    for c in json.chars() {
        if in_str {
            if esc {
                esc = false;
            } else if c == '\\' {
                esc = true;
            } else if c == '"' {
                in_str = false;
                out.push(c);
            }
        } else {
            if c == '"' {
                in_str = true;
            }
            out.push(c);
        }
    }
    out
}

/// Every problem can be said in every language: a catalogue entry whose French and Spanish
/// texts are neither empty nor the bare id (what an unknown id gives).
pub fn assert_said_in_every_language(
    what: &str,
    problem: &dyn std::fmt::Display,
    text: Option<&gender_impact::i18n::Message>,
    message_in: impl Fn(gender_impact::i18n::Lang) -> String,
) {
    if !enabled("languages") {
        return;
    }
    let text = text.unwrap_or_else(|| panic!("{what}: problem {problem} has no catalogue entry"));
    for lang in [
        gender_impact::i18n::Lang::Fr,
        gender_impact::i18n::Lang::Es,
    ] {
        let m = message_in(lang);
        assert!(
            !m.trim().is_empty() && m != text.id(),
            "{what}: problem {problem} has no {lang} text"
        );
    }
}
