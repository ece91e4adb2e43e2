//! A document's pay section is analysed under the profile of the organisation's jurisdiction:
//! France adds égapro's section, Spain the registro, none keeps `eu`.

use gender_impact::{assess, validate};
use serde_json::Value;

/// The every-section fixture (4 workers in 2024) with `organisation` replaced.
fn assessed(organisation: Value) -> Value {
    let path = crate::support::root().join("tests/fixtures/valid/every-section.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["organisation"] = organisation;
    let input = validate(&doc.to_string()).unwrap();
    serde_json::to_value(assess(&input).unwrap()).unwrap()
}

#[test]
fn the_jurisdiction_chooses_the_pay_profile() {
    let name = "Every-section network";
    let none = assessed(serde_json::json!({ "name": name }));
    assert_eq!(none["pay"]["profile"], "eu");
    assert!(none["pay"].get("egapro").is_none() && none["pay"].get("registro").is_none());

    let fr = assessed(serde_json::json!({
        "name": name, "jurisdiction": "fr", "employees": 120
    }));
    assert_eq!(fr["pay"]["profile"], "fr");
    let e = &fr["pay"]["egapro"];
    // 120 employees, the period 2024, so the declaration of 2025: the year égapro's calendar
    // starts (2026) is later, so the calendar is left open, but the headcount is the one given.
    assert_eq!(e["calendar"]["employees"], 120.0);
    assert_eq!(e["employees_from"], "given");

    let es = assessed(serde_json::json!({
        "name": name, "jurisdiction": "es", "employees": 4
    }));
    assert_eq!(es["pay"]["profile"], "es");
    // The registro has a row per concept for all groups; its total covers the 4 workers.
    let rows = es["pay"]["registro"]["rows"].as_array().unwrap();
    let total = rows
        .iter()
        .find(|r| r["group"].is_null() && r["concept"] == "total")
        .unwrap();
    let n = |s: &str| total[s]["n"].as_u64().unwrap();
    assert_eq!(n("women") + n("men"), 4);
}
