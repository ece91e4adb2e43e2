//! Arbitrary bytes as an input document (and, when it looks like one, a network document).
//!
//! Properties:
//! - `validate` Ok → `assess` is Ok (default and EU frameworks); serialising the input and
//!   validating it again gives Ok and an equal input; the Markdown report shows no `NaN`/`inf`;
//!   the JSON report parses, holds no such token and reads back as an `Assessment`; no float in
//!   the assessment is NaN or infinite (serde_json would write it as `null`).
//! - `validate` Err → at least one problem, every pointer empty or starting with `/`.
//! - The same for `network::validate_network` / `assess_network` when the text mentions
//!   `organisations`.
#![no_main]

use gender_impact::{Assessment, Assessor, Framework, assess_network, report, validate_network};
use libfuzzer_sys::fuzz_target;

mod common;
use common::*;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match gender_impact::validate(s) {
        Ok(input) => {
            let user_text = serde_json::to_string(&input).expect("an Input serialises");
            let eu = Assessor::new().framework(Framework::eu_gender_balance());
            for (what, result) in [
                ("assess(metropolis)", gender_impact::assess(&input)),
                ("assess(eu-gender-balance)", eu.assess(&input)),
            ] {
                match result {
                    Ok(a) => check_assessment(what, &a, &user_text),
                    Err(e) if enabled("assess") => {
                        panic!("{what}: validate accepted the document but assess refused it: {e}")
                    }
                    Err(_) => {}
                }
            }
            // Round trip: what the crate writes, it reads back to the same value.
            if enabled("roundtrip") {
                let again = match gender_impact::validate(&user_text) {
                    Ok(i) => i,
                    Err(e) => panic!("the serialised input does not validate: {e}\n{user_text}"),
                };
                assert!(
                    again == input,
                    "serialise + validate changed the input:\nfirst:  {input:?}\nsecond: {again:?}\njson: {user_text}"
                );
            }
        }
        Err(e) => check_invalid("validate", &e),
    }
    if s.contains("organisations") {
        match validate_network(s) {
            Ok(net) => match assess_network(&Assessor::new(), &net) {
                Ok(all) => {
                    assert_eq!(all.len(), net.organisations.len());
                    let user_text = serde_json::to_string(&net).expect("a Network serialises");
                    for a in &all {
                        check_assessment("assess_network", a, &user_text);
                    }
                }
                Err(e) if enabled("assess") => panic!(
                    "validate_network accepted the document but assess_network refused it: {e}"
                ),
                Err(_) => {}
            },
            Err(e) => check_invalid("validate_network", &e),
        }
    }
});

fn check_assessment(what: &str, a: &Assessment, user_text: &str) {
    assert_all_floats_finite(what, a);
    let md = report::markdown(a);
    assert_no_nan_inf_text(&format!("{what}: markdown"), &md, user_text);
    for lang in [
        gender_impact::i18n::Lang::Fr,
        gender_impact::i18n::Lang::Es,
    ] {
        let md = report::markdown_in(a, lang);
        assert_no_nan_inf_text(&format!("{what}: markdown ({lang})"), &md, user_text);
    }
    let html = report::html(a, gender_impact::i18n::Lang::Fr);
    assert_no_nan_inf_text(&format!("{what}: html"), &html, user_text);
    let json = report::json(a);
    assert_json_report_clean(&format!("{what}: json"), &json);
    if enabled("jsonreport")
        && let Err(e) = serde_json::from_str::<Assessment>(&json)
    {
        panic!("{what}: the JSON report does not read back as an Assessment: {e}");
    }
}
