//! The published JSON Schemas (draft 2020-12), generated from the Rust types by schemars.
//!
//! The generated text is also committed as `schema/input.schema.json` and
//! `schema/framework.schema.json`; a test fails when those files are stale.

use std::sync::OnceLock;

use serde_json::Value;

/// The JSON Schema of the input document, as a JSON value.
///
/// ```
/// let s = gender_impact::schema::input_schema_value();
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
pub fn input_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| schemars::schema_for!(crate::input::Input).to_value())
}

/// The JSON Schema of a framework document, as a JSON value.
pub fn framework_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| schemars::schema_for!(crate::framework::Framework).to_value())
}

/// The JSON Schema of a network document (many organisations), as a JSON value.
pub fn network_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| schemars::schema_for!(crate::network::Network).to_value())
}

/// The network schema as pretty-printed JSON text, ending with a newline.
pub fn network_schema_json() -> String {
    pretty(network_schema_value())
}

/// The input schema as pretty-printed JSON text, ending with a newline (what `gia schema input` prints).
pub fn input_schema_json() -> String {
    pretty(input_schema_value())
}

/// The framework schema as pretty-printed JSON text, ending with a newline.
pub fn framework_schema_json() -> String {
    pretty(framework_schema_value())
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
