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

/// Every description and title the schemas give `path` (JSON Pointer-like) in `v`.
fn texts<'a>(v: &'a serde_json::Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{path}/{key}");
                match (key.as_str(), child.as_str()) {
                    ("description" | "title", Some(text)) => out.push((at, text)),
                    _ => texts(child, at, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                texts(child, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The schemas' descriptions are prose for the people who write documents: the Rust examples
/// and paths of the doc comments they are generated from stay out (issue 11).
#[test]
fn schema_descriptions_carry_no_rust_code() {
    let schemas = [
        ("input", gender_impact::input_schema_value()),
        ("framework", gender_impact::framework_schema_value()),
        ("network", gender_impact::network_schema_value()),
    ];
    let mut found = Vec::new();
    for (name, schema) in schemas {
        let mut all = Vec::new();
        texts(schema, String::new(), &mut all);
        assert!(
            all.len() > 50,
            "{name}: only {} descriptions found",
            all.len()
        );
        for (at, text) in all {
            if ["```", "::", "fn "].iter().any(|code| text.contains(code)) {
                found.push(format!("{name}{at}: {text}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Rust code in the schemas:\n{}",
        found.join("\n")
    );
}
