//! The documents: they load, follow the committed schema, and bad documents are refused at
//! the right JSON Pointer.

use gender_impact::law::{
    Country, Jurisdiction, LawError, built_in_json, jurisdiction_schema_json,
};
use std::path::Path;

/// `schema/jurisdiction.schema.json` is what the types generate. Refresh with
/// `GIA_WRITE_SCHEMAS=1 cargo test --test law schema_file`.
#[test]
fn schema_file_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/jurisdiction.schema.json");
    let generated = jurisdiction_schema_json();
    if std::env::var_os("GIA_WRITE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert!(
        on_disk == generated,
        "{} is stale: GIA_WRITE_SCHEMAS=1 cargo test --test law schema_file",
        path.display()
    );
}

#[test]
fn every_built_in_document_loads_and_follows_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&jurisdiction_schema_json()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for c in Country::ALL {
        let j = Jurisdiction::built_in(c);
        assert_eq!(j.country, c);
        let value: serde_json::Value = serde_json::from_str(built_in_json(c)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", c.code());
    }
}

fn pointer_of(text: &str) -> (String, String) {
    match Jurisdiction::from_json(text) {
        Err(LawError::Document { pointer, problem }) => (pointer, problem),
        other => panic!("expected a document error, got {other:?}"),
    }
}

/// Each file of `tests/law/bad/` is refused at the pointer its `.expected` file names.
#[test]
fn bad_documents_are_refused_at_their_pointer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/law/bad");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let (pointer, what) = pointer_of(&text);
        assert_eq!(
            format!("{pointer}: {what}"),
            expected.trim_end(),
            "{}",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 6, "only {seen} bad documents");
}
