//! What the input schema says about a place of the workbook: the tables (arrays) and the
//! columns (scalar fields, nested objects flattened with dots) of each, the JSON types a cell
//! may hold, the values of an enumeration, and the description of a field.
//!
//! A place is a path of field names from the root, array indices left out: `bodies.members`
//! is the table of members of every body, `bodies.members.gender` one of its columns.

use serde_json::Value;

use super::super::messages::json_type;
use super::tables::join;

/// How deep the schema is followed (the input schema nests five levels at most).
const MAX_DEPTH: usize = 12;

/// The schema nodes a place may be validated against (`$ref`, `anyOf`, `oneOf` and `allOf`
/// followed; `null` alternatives left out).
#[derive(Clone)]
pub(super) struct Shape<'s> {
    root: &'s Value,
    nodes: Vec<&'s Value>,
}

impl<'s> Shape<'s> {
    /// The whole document.
    pub(super) fn root(root: &'s Value) -> Shape<'s> {
        let mut nodes = Vec::new();
        expand(root, root, &mut nodes, 0);
        Shape { root, nodes }
    }

    /// The place at `path` (field names separated by dots) below this one; items of arrays
    /// are entered on the way.
    pub(super) fn at(&self, path: &str) -> Shape<'s> {
        let mut shape = self.clone();
        for name in path.split('.').filter(|s| !s.is_empty()) {
            shape = shape.field(name);
        }
        shape
    }

    fn field(&self, name: &str) -> Shape<'s> {
        let mut nodes = Vec::new();
        for node in self.items_or_self() {
            if let Some(sub) = node.get("properties").and_then(|p| p.get(name)) {
                expand(self.root, sub, &mut nodes, 0);
            }
        }
        Shape {
            root: self.root,
            nodes,
        }
    }

    /// The nodes, with the items of those that are arrays in their place.
    fn items_or_self(&self) -> Vec<&'s Value> {
        let mut out = Vec::new();
        for node in &self.nodes {
            match node.get("items") {
                Some(items) => expand(self.root, items, &mut out, 0),
                None => out.push(node),
            }
        }
        out
    }

    /// Whether the schema knows this place at all.
    pub(super) fn known(&self) -> bool {
        !self.nodes.is_empty()
    }

    /// Whether a value of JSON type `t` (`string`, `number`, `integer`, `boolean`, `object`,
    /// `array`) may stand here.
    pub(super) fn allows(&self, t: &str) -> bool {
        self.nodes.iter().any(|n| node_allows(n, t))
    }

    /// Whether an item of this array (or the value itself) may be of JSON type `t`.
    pub(super) fn items_allow(&self, t: &str) -> bool {
        self.items_or_self().iter().any(|n| node_allows(n, t))
    }

    /// Whether the place is an array (a table of its own).
    pub(super) fn is_array(&self) -> bool {
        self.allows("array")
    }

    /// Whether the place is an object whose fields are columns of their own (`period.year`).
    pub(super) fn is_object(&self) -> bool {
        self.items_or_self()
            .iter()
            .any(|n| n.get("properties").is_some())
            && !self.is_array()
    }

    /// The values of an enumeration (`const`s and `enum`s, and `true`/`false` for a boolean),
    /// in the schema's order; empty for a free value.
    pub(super) fn choices(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut free = false;
        for n in &self.nodes {
            let values: Vec<&Value> = match (n.get("const"), n.get("enum")) {
                (Some(c), _) => vec![c],
                (None, Some(Value::Array(all))) => all.iter().collect(),
                _ if node_allows(n, "boolean") && !node_allows(n, "string") => {
                    out.extend(["true".to_string(), "false".to_string()]);
                    continue;
                }
                _ => {
                    free = true;
                    continue;
                }
            };
            out.extend(values.iter().filter_map(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }));
        }
        if free {
            return Vec::new();
        }
        out.dedup();
        out
    }

    /// The field's description (the first one found), for the explanations sheet.
    pub(super) fn description(&self, parent: &Shape<'s>, name: &str) -> Option<&'s str> {
        parent
            .items_or_self()
            .iter()
            .filter_map(|n| n.get("properties")?.get(name)?.get("description")?.as_str())
            .next()
            .or_else(|| {
                self.nodes
                    .iter()
                    .find_map(|n| n.get("description")?.as_str())
            })
    }

    /// Whether `name` is a required field of this place (of its items, for an array) in every
    /// form it may take (`period.year` is not: a period may be a range of dates instead).
    pub(super) fn requires(&self, name: &str) -> bool {
        let forms: Vec<&Value> = self
            .items_or_self()
            .into_iter()
            .filter(|n| n.get("properties").is_some())
            .collect();
        !forms.is_empty()
            && forms.iter().all(|n| {
                n.get("required")
                    .and_then(Value::as_array)
                    .is_some_and(|r| r.iter().any(|f| f == name))
            })
    }

    /// The field names of this place (of its items, for an array), in the schema's order.
    pub(super) fn fields(&self) -> Vec<&'s str> {
        let mut out: Vec<&'s str> = Vec::new();
        for n in self.items_or_self() {
            if let Some(Value::Object(props)) = n.get("properties") {
                for k in props.keys() {
                    if !out.contains(&k.as_str()) {
                        out.push(k);
                    }
                }
            }
        }
        out
    }
}

impl Shape<'_> {
    /// The dotted paths of the fields below `path` that are neither lists nor objects (the
    /// fields of objects are followed), in the schema's order: the columns of a table.
    pub(super) fn leaves(&self, path: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.collect_leaves(path, "", &mut out, 0);
        out
    }

    fn collect_leaves(&self, path: &str, prefix: &str, out: &mut Vec<String>, depth: u8) {
        if depth > 4 {
            return;
        }
        let here = self.at(&join(path, prefix));
        for field in here.fields() {
            let name = join(prefix, field);
            let sub = self.at(&join(path, &name));
            if sub.is_array() {
                continue; // a table of its own
            }
            if sub.is_object() {
                self.collect_leaves(path, &name, out, depth + 1);
            } else {
                out.push(name);
            }
        }
    }
}

/// `node` with its references followed and its alternatives spread, into `out`.
fn expand<'s>(root: &'s Value, node: &'s Value, out: &mut Vec<&'s Value>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(target) = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| root.pointer(p))
    {
        expand(root, target, out, depth + 1);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(alts)) = node.get(key) {
            for alt in alts {
                // The `oneOf` that says "exactly one of members or counts" names fields
                // without their schemas: it adds nothing to follow.
                if alt.get("properties").is_some() && alt.get("type").is_none() {
                    continue;
                }
                expand(root, alt, out, depth + 1);
            }
        }
    }
    let is_null = node.get("type").and_then(Value::as_str) == Some("null");
    let own = ["type", "properties", "const", "enum", "items"]
        .iter()
        .any(|k| node.get(k).is_some());
    if own && !is_null {
        out.push(node);
    }
}

fn node_allows(n: &Value, t: &str) -> bool {
    let types_allow = match n.get("type") {
        Some(Value::String(s)) => s == t || (t == "integer" && s == "number"),
        Some(Value::Array(all)) => all
            .iter()
            .any(|s| s == t || (t == "integer" && s == "number")),
        _ => false,
    };
    let const_allows = [n.get("const")]
        .into_iter()
        .flatten()
        .chain(
            n.get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        )
        .any(|v| json_type(v) == t);
    types_allow || const_allows
}

#[cfg(test)]
mod tests {
    use super::Shape;

    fn input() -> Shape<'static> {
        Shape::root(crate::document::input_schema_value())
    }

    #[test]
    fn follows_references_arrays_and_alternatives() {
        let s = input();
        assert!(s.at("bodies").is_array());
        assert!(s.at("bodies.members").is_array());
        assert!(s.at("bodies.members.gender").allows("string"));
        assert!(!s.at("bodies.members.gender").allows("number"));
        assert!(s.at("bodies.seats").allows("integer"));
        assert!(!s.at("bodies.seats").allows("string"));
        assert!(s.at("period").is_object());
        assert!(s.at("period.year").allows("integer"));
        assert!(s.at("period.start").allows("string"));
        assert!(s.at("bodies.counts").is_object());
        assert!(!s.at("bodies.nonsense").known());
    }

    #[test]
    fn enumerations_list_their_values_in_order() {
        let s = input();
        assert_eq!(
            s.at("bodies.members.gender").choices(),
            ["woman", "man", "non_binary", "undisclosed"]
        );
        assert!(s.at("bodies.name").choices().is_empty());
        assert_eq!(
            s.at("bodies.members.gender_uncertain").choices(),
            ["true", "false"]
        );
    }

    #[test]
    fn fields_and_requirements() {
        let s = input();
        let body = s.at("bodies");
        assert!(body.fields().contains(&"members"));
        assert!(body.requires("kind"));
        assert!(!body.requires("note"));
    }
}
