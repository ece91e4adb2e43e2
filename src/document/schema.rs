//! The published JSON Schemas (draft 2020-12), generated from the Rust types by schemars.
//!
//! The generated text is also committed as `schema/input.schema.json` and
//! `schema/framework.schema.json`; a test fails when those files are stale.

use std::sync::OnceLock;

use serde_json::Value;

/// The JSON Schema of the input document, as a JSON value.
///
/// ```
/// let s = gender_impact::input_schema_value();
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
pub fn input_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| finish(schemars::schema_for!(crate::model::Input).to_value()))
}

/// The JSON Schema of a framework document, as a JSON value.
pub fn framework_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| finish(schemars::schema_for!(crate::model::Framework).to_value()))
}

/// The JSON Schema of a network document (many organisations), as a JSON value.
pub fn network_schema_value() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| finish(schemars::schema_for!(crate::model::Network).to_value()))
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

/// Completes the generated schema with the bounds the Rust integer types enforce (schemars
/// states `minimum: 0` for unsigned integers but not their maximum), so that the schema rejects
/// every number the types reject; and leaves the Rust examples of the doc comments out of the
/// descriptions (they are for Rust programmers, and name the crate's paths).
fn finish(mut v: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(d)) = map.get_mut("description") {
                    *d = without_code_blocks(d);
                }
                let max = match map.get("format").and_then(Value::as_str) {
                    Some("uint8") => Some(u64::from(u8::MAX)),
                    Some("uint16") => Some(u64::from(u16::MAX)),
                    Some("uint32") => Some(u64::from(u32::MAX)),
                    _ => None,
                };
                if let Some(max) = max {
                    map.entry("maximum").or_insert(Value::from(max));
                }
                for child in map.values_mut() {
                    walk(child);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    v
}

/// `text` without its fenced code blocks, and without the blank lines they leave behind.
fn without_code_blocks(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code && (!line.trim().is_empty() || out.last().is_some_and(|l| !l.is_empty()))
        {
            out.push(line.trim_end());
        }
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::without_code_blocks;

    #[test]
    fn code_blocks_leave_the_descriptions() {
        let d = "A fund.\n\n```\nuse x;\n```\n\nMore.\n\n```\nlet y = 1;\n```";
        assert_eq!(without_code_blocks(d), "A fund.\n\nMore.");
        assert_eq!(without_code_blocks("Plain."), "Plain.");
    }
}
