//! A cell's value in the JSON type the schema expects: spreadsheets turn `2023` typed in an id
//! column into a number, and keep `12` typed in a text-formatted count column as text.

use serde_json::Value;

use super::read::number;
use super::shape::Shape;

/// `v` as the type `shape` expects, when it is not already one `shape` allows and reads as one
/// that is; else `v` as it is (validation then says what was expected).
pub(super) fn coerce(v: Value, shape: &Shape<'_>) -> Value {
    if !shape.known() {
        return marker(v, true, true);
    }
    let numeric = shape.allows("number") || shape.allows("integer");
    match v {
        Value::Number(n) if !numeric && shape.allows("string") => Value::String(n.to_string()),
        Value::Bool(b) if !shape.allows("boolean") && shape.allows("string") => {
            Value::String(b.to_string())
        }
        Value::String(s) if !shape.allows("string") => {
            let t = s.trim();
            if numeric && let Some(f) = t.parse::<f64>().ok().filter(|f| f.is_finite()) {
                return number(f);
            }
            if shape.allows("boolean") {
                match t.to_ascii_lowercase().as_str() {
                    "true" => return Value::Bool(true),
                    "false" => return Value::Bool(false),
                    _ => {}
                }
            }
            marker(
                Value::String(s),
                shape.allows("object"),
                shape.allows("array"),
            )
        }
        other => other,
    }
}

/// `{}` and `[]`, the marks of an empty object and an empty array (see the layout).
fn marker(v: Value, object: bool, array: bool) -> Value {
    match v.as_str() {
        Some("{}") if object => Value::Object(serde_json::Map::new()),
        Some("[]") if array => Value::Array(Vec::new()),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn cells_take_the_type_the_schema_expects() {
        let root = Shape::root(crate::document::input_schema_value());
        let c = |v: Value, path: &str| coerce(v, &root.at(path));
        assert_eq!(c(json!(2023), "bodies.id"), json!("2023"));
        assert_eq!(c(json!(1.5), "bodies.name"), json!("1.5"));
        assert_eq!(c(json!("12"), "bodies.seats"), json!(12));
        assert_eq!(c(json!(" 0.4 "), "bodies.reference_share"), json!(0.4));
        assert_eq!(
            c(json!("TRUE"), "bodies.members.gender_uncertain"),
            json!(true)
        );
        assert_eq!(c(json!("twelve"), "bodies.seats"), json!("twelve"));
        assert_eq!(c(json!(12), "bodies.seats"), json!(12));
        assert_eq!(c(json!("{}"), "nonsense"), json!({}));
        assert_eq!(c(json!("[]"), "bodies.members"), json!([]));
    }
}
