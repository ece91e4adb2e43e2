//! The schema files in `schema/` are the published contract: they must equal what the Rust
//! types generate. To refresh them after changing the types, run
//! `GIA_WRITE_SCHEMAS=1 cargo test --test document schema_files`.

use std::path::Path;

fn check(file: &str, generated: String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    if std::env::var_os("GIA_WRITE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        on_disk == generated,
        "{} is stale: regenerate it with GIA_WRITE_SCHEMAS=1 cargo test --test document schema_files",
        path.display()
    );
}

#[test]
fn input_schema_file_is_current() {
    check("input.schema.json", gender_impact::input_schema_json());
}

#[test]
fn framework_schema_file_is_current() {
    check(
        "framework.schema.json",
        gender_impact::framework_schema_json(),
    );
}

#[test]
fn network_schema_file_is_current() {
    check("network.schema.json", gender_impact::network_schema_json());
}

#[test]
fn schema_is_draft_2020_12_and_rejects_unknown_fields() {
    let s = gender_impact::input_schema_value();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["additionalProperties"], false);
    // Every object definition closes its set of fields, so a misspelt field is an error.
    for (name, def) in s["$defs"].as_object().unwrap() {
        if def.get("properties").is_some() {
            assert_eq!(
                def["additionalProperties"], false,
                "$defs/{name} accepts unknown fields"
            );
        }
    }
}
