//! Arbitrary bytes as a framework document.
//!
//! Properties:
//! - `Framework::from_json` Ok → serialising it and parsing again gives an equal framework;
//!   assessing the embedded Metropolis 2023 dataset with it is Ok, and the assessment holds no
//!   NaN or infinite number, its Markdown shows no `NaN`/`inf`, its JSON report is clean and
//!   reads back as an `Assessment`.
//! - Err → at least one problem, every pointer empty or starting with `/`.
#![no_main]

use std::sync::OnceLock;

use gender_impact::{Assessment, Assessor, Framework, Input, report};
use libfuzzer_sys::fuzz_target;

mod common;
use common::*;

fn dataset() -> &'static (Input, String) {
    static D: OnceLock<(Input, String)> = OnceLock::new();
    D.get_or_init(|| {
        let input = gender_impact::metropolis_2023();
        let text = serde_json::to_string(&input).expect("an Input serialises");
        (input, text)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match Framework::from_json(s) {
        Ok(f) => {
            let text = serde_json::to_string(&f).expect("a Framework serialises");
            if enabled("roundtrip") {
                let again = match Framework::from_json(&text) {
                    Ok(g) => g,
                    Err(e) => panic!("the serialised framework does not parse: {e}\n{text}"),
                };
                assert!(
                    again == f,
                    "serialise + from_json changed the framework:\nfirst:  {f:?}\nsecond: {again:?}\njson: {text}"
                );
            }
            let (input, input_text) = dataset();
            let a = match Assessor::new().framework(f).assess(input) {
                Ok(a) => a,
                Err(e) if enabled("assess") => {
                    panic!("a valid framework cannot assess the embedded dataset: {e}")
                }
                Err(_) => return,
            };
            let user_text = format!("{input_text}\n{text}");
            assert_all_floats_finite("assessment", &a);
            let md = report::markdown(&a);
            assert_no_nan_inf_text("markdown", &md, &user_text);
            let json = report::json(&a);
            assert_json_report_clean("json", &json);
            if enabled("jsonreport")
                && let Err(e) = serde_json::from_str::<Assessment>(&json)
            {
                panic!("the JSON report does not read back as an Assessment: {e}");
            }
        }
        Err(e) => check_invalid("Framework::from_json", &e),
    }
});
