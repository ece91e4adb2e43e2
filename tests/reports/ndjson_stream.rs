//! `report::network_ndjson`, as a property: whatever the network (organisations drawn from the
//! valid fixtures, in any order and number, across batches), the stream has one line per
//! organisation, in order, and each line is the one `ndjson_line` writes for the organisation's
//! own assessment (`assess` on the document alone); a network with one broken organisation
//! writes nothing and names it.

use gender_impact::report::{NDJSON_BATCH, NdjsonError, NdjsonFields, ndjson_line, network_ndjson};
use gender_impact::{Assessor, assess, validate};
use proptest::prelude::*;

use crate::support::files;

fn fixtures() -> Vec<String> {
    let mut all: Vec<String> = files("tests/fixtures/valid", "json")
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    all.push(gender_impact::METROPOLIS_2023_JSON.to_string());
    all
}

fn network(texts: &[&str]) -> String {
    format!(r#"{{"organisations": [{}]}}"#, texts.join(","))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn lines_are_the_organisations_own_assessments(
        picks in prop::collection::vec(0usize..100, 1..(2 * NDJSON_BATCH + 3)),
        compact in any::<bool>(),
    ) {
        let all = fixtures();
        let texts: Vec<&str> = picks.iter().map(|&i| all[i % all.len()].as_str()).collect();
        let fields = if compact { NdjsonFields::Indicators } else { NdjsonFields::Full };
        let mut out = Vec::new();
        let n = network_ndjson(&Assessor::new(), &network(&texts), fields, &mut out).unwrap();
        prop_assert_eq!(n, texts.len());
        let mut want = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            let a = assess(&validate(t).unwrap()).unwrap();
            want.extend(ndjson_line(i, &a, fields).unwrap());
        }
        prop_assert!(out == want);
    }

    #[test]
    fn one_broken_organisation_writes_nothing(
        n in 1usize..(NDJSON_BATCH + 10),
        at in 0usize..1000,
    ) {
        let all = fixtures();
        let at = at % n;
        let texts: Vec<&str> = (0..n)
            .map(|i| if i == at { r#"{"organisation": {"name": "X"}}"# } else { all[i % all.len()].as_str() })
            .collect();
        let mut out = Vec::new();
        let err = network_ndjson(&Assessor::new(), &network(&texts), NdjsonFields::Full, &mut out)
            .unwrap_err();
        prop_assert!(out.is_empty());
        let NdjsonError::Invalid { invalid, written } = err else {
            return Err(TestCaseError::fail("not a validation error"));
        };
        prop_assert_eq!(written, 0);
        let pointers: Vec<Option<&str>> = invalid.problems().iter().map(|p| p.pointer()).collect();
        let want = format!("/organisations/{at}/period");
        prop_assert_eq!(pointers, vec![Some(want.as_str())], "the missing period");
    }
}
