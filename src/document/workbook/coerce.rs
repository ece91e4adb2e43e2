//! A cell's value in the JSON type the schema expects: spreadsheets turn `2023` typed in an id
//! column into a number, and keep `12` typed in a text-formatted count column as text.

use serde_json::Value;

use super::read::number;
use super::shape::Shape;

/// What the schema expects in one column, worked out once for all its cells.
pub(super) struct Target {
    known: bool,
    string: bool,
    numeric: bool,
    boolean: bool,
    object: bool,
    array: bool,
    choices: Vec<String>,
}

impl Target {
    pub(super) fn new(shape: &Shape<'_>) -> Target {
        Target {
            known: shape.known(),
            string: shape.allows("string"),
            numeric: shape.allows("number") || shape.allows("integer"),
            boolean: shape.allows("boolean"),
            object: shape.allows("object"),
            array: shape.allows("array"),
            choices: shape.choices(),
        }
    }

    /// `v` as the type expected, when it is not already one allowed and reads as one that is;
    /// else `v` as it is (validation then says what was expected).
    pub(super) fn coerce(&self, v: Value) -> Value {
        if !self.known {
            return marker(v, true, true);
        }
        match v {
            Value::String(s) if self.string => Value::String(self.choice(s)),
            Value::Number(n) if !self.numeric && self.string => Value::String(n.to_string()),
            Value::Bool(b) if !self.boolean && self.string => Value::String(b.to_string()),
            Value::String(s) => self.read_text(s),
            other => other,
        }
    }

    /// A text where no text is expected: a number, a boolean, `{}` or `[]` when it reads as one.
    fn read_text(&self, s: String) -> Value {
        let t = s.trim();
        if self.numeric
            && let Some(f) = t.parse::<f64>().ok().filter(|f| f.is_finite())
        {
            return number(f);
        }
        if self.boolean {
            match t.to_ascii_lowercase().as_str() {
                "true" => return Value::Bool(true),
                "false" => return Value::Bool(false),
                _ => {}
            }
        }
        marker(Value::String(s), self.object, self.array)
    }

    /// A text typed in another case or with spaces around it, as the value of the enumeration
    /// it stands for (`Woman ` → `woman`); any other text as it is.
    fn choice(&self, s: String) -> String {
        if self.choices.is_empty() || self.choices.contains(&s) {
            return s;
        }
        let t = s.trim();
        self.choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(t))
            .cloned()
            .unwrap_or(s)
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
        let c = |v: Value, path: &str| Target::new(&root.at(path)).coerce(v);
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
        assert_eq!(c(json!("Woman "), "bodies.members.gender"), json!("woman"));
        assert_eq!(c(json!("femme"), "bodies.members.gender"), json!("femme"));
        assert_eq!(c(json!(" Board"), "bodies.name"), json!(" Board"));
    }
}
