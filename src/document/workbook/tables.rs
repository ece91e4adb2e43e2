//! A document as tables: the fields of the root (outside arrays) as `field`/`value` rows, and
//! one table per array of the document, named by its path (`bodies`, `bodies.members`).
//!
//! A row of a nested table names the rows it belongs to in its first columns, one per
//! enclosing table: `bodies.id` (the id of the body) when every row of that table has an id
//! of its own, unique among its neighbours, else `periods.#` (its position among them, from
//! 1). Nested objects become columns joined with dots (`period.start`); an array of plain
//! values becomes a table with a `value` column; an empty object or array is written `{}` or
//! `[]`; a null is left out, as an absent field.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::shape::Shape;

/// The name of the column of a table of plain values (`projects.partners`).
pub(super) const VALUE: &str = "value";

/// A document as tables.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Tables {
    /// The fields of the root outside arrays: `organisation.name`, `period.year`…
    pub(super) root: Vec<(String, Value)>,
    /// One table per array, each after the tables it is nested in.
    pub(super) tables: Vec<Table>,
}

/// One table: its path, the columns that name the enclosing rows, its own columns and rows.
#[derive(Debug, PartialEq)]
pub(super) struct Table {
    pub(super) name: String,
    /// `bodies.id` or `periods.#`, outermost first.
    pub(super) keys: Vec<String>,
    /// The column by which the rows of nested tables name a row of this one: `bodies.id`.
    pub(super) own_key: String,
    pub(super) columns: Vec<String>,
    pub(super) rows: Vec<Row>,
}

/// One row: the keys of the rows it belongs to, and its cells by column.
#[derive(Debug, PartialEq)]
pub(super) struct Row {
    /// The JSON Pointer of the row's value in the document.
    pub(super) pointer: String,
    pub(super) keys: Vec<Value>,
    pub(super) cells: Vec<(String, Value)>,
}

/// The document holds what no table can: an array directly inside an array.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Unrepresentable {
    /// Where, as a JSON Pointer.
    pub(super) pointer: String,
}

/// The document as tables.
pub(super) fn flatten(doc: &Value) -> Result<Tables, Unrepresentable> {
    let Value::Object(root) = doc else {
        return Err(Unrepresentable {
            pointer: String::new(),
        });
    };
    let mut by_id = HashMap::new();
    survey(root, "", &mut by_id);
    let mut f = Flattener {
        by_id,
        out: Tables::default(),
        index: HashMap::new(),
    };
    let mut cells = Vec::new();
    let at = Place {
        table: "",
        keys: &[],
        headers: &[],
        pointer: "",
    };
    f.fields(root, "", &at, &mut cells)?;
    f.out.root = cells;
    for t in &mut f.out.tables {
        t.columns = order(std::mem::take(&mut t.columns));
    }
    Ok(f.out)
}

/// Adds an empty table for every list of the schema the document leaves empty that is not
/// nested in another list, or is nested in one the document fills (so that a workbook shows
/// where every kind of record goes); then orders the tables by name (a table after the one it
/// is nested in).
pub(super) fn add_empty_lists(t: &mut Tables, shape: &Shape<'_>) {
    let mut wanted = Vec::new();
    lists_below(shape, "", &[], t, &mut wanted, 0);
    for (name, keys, own_key) in wanted {
        if t.tables.iter().all(|x| x.name != name) {
            t.tables.push(Table {
                name,
                keys,
                own_key,
                columns: Vec::new(),
                rows: Vec::new(),
            });
        }
    }
    t.tables.sort_by(|a, b| a.name.cmp(&b.name));
}

/// The lists below the object at `path` (the items of a table, or the root), with the key
/// columns their rows would have.
fn lists_below(
    shape: &Shape<'_>,
    path: &str,
    keys: &[String],
    t: &Tables,
    out: &mut Vec<(String, Vec<String>, String)>,
    depth: u8,
) {
    if depth > 6 {
        return;
    }
    for field in shape.at(path).fields() {
        let here = join(path, field);
        let sub = shape.at(&here);
        if sub.is_array() {
            let existing = t.tables.iter().find(|x| x.name == here);
            let own_key = existing.map_or_else(
                || format!("{here}.{}", if sub.requires("id") { "id" } else { "#" }),
                |x| x.own_key.clone(),
            );
            out.push((here.clone(), keys.to_vec(), own_key.clone()));
            if existing.is_some_and(|x| !x.rows.is_empty()) {
                let mut inner = keys.to_vec();
                inner.push(own_key);
                lists_below(shape, &here, &inner, t, out, depth + 1);
            }
        } else if sub.is_object() {
            lists_below(shape, &here, keys, t, out, depth + 1);
        }
    }
}

/// Columns in the order people read them: names first, notes and sources last, the columns
/// of one object together (women before men, start before end), the rest in the order given.
pub(super) fn order(mut columns: Vec<String>) -> Vec<String> {
    const FIRST: [&str; 6] = ["id", "name", "title", "gender", "role", "kind"];
    const LAST: [&str; 2] = ["source", "note"];
    const INNER: [&str; 11] = [
        "women",
        "men",
        "non_binary",
        "undisclosed",
        "at_least",
        "year",
        "start",
        "end",
        "value",
        "relation",
        "date",
    ];
    let rank = |c: &String| {
        let (head, tail) = c.split_once('.').unwrap_or((c, ""));
        let group = FIRST
            .iter()
            .position(|f| *f == head)
            .map(|i| i as i32 - 10)
            .or_else(|| LAST.iter().position(|l| *l == head).map(|i| 100 + i as i32))
            .unwrap_or(0);
        let inner = INNER.iter().position(|p| *p == tail).unwrap_or(INNER.len());
        (
            group,
            if tail.is_empty() {
                String::new()
            } else {
                head.to_string()
            },
            inner,
        )
    };
    columns.sort_by_cached_key(rank);
    columns
}

/// For every table, whether its rows are named by their ids (every row an object with a text
/// `id`, unique among the rows of the same array), everywhere it occurs.
fn survey(obj: &Map<String, Value>, table: &str, by_id: &mut HashMap<String, bool>) {
    for (k, v) in obj {
        let name = join(table, k);
        match v {
            Value::Object(m) => survey(m, &name, by_id),
            Value::Array(items) => {
                let mut seen = HashSet::new();
                let ids = items.iter().all(|i| {
                    i.get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|id| seen.insert(id))
                });
                let entry = by_id.entry(name.clone()).or_insert(true);
                *entry &= ids;
                for item in items {
                    if let Value::Object(m) = item {
                        survey(m, &name, by_id);
                    }
                }
            }
            _ => {}
        }
    }
}

/// `a.b`, or `b` when `a` is empty.
pub(super) fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

/// Where the walk is: the table of the current row, the keys that name the row (outermost
/// first) with their column names, and the row's JSON Pointer.
struct Place<'a> {
    table: &'a str,
    keys: &'a [Value],
    headers: &'a [String],
    pointer: &'a str,
}

struct Flattener {
    by_id: HashMap<String, bool>,
    out: Tables,
    index: HashMap<String, usize>,
}

impl Flattener {
    /// The fields of one row (or of the root) into `cells`; its arrays into tables.
    fn fields(
        &mut self,
        obj: &Map<String, Value>,
        prefix: &str,
        at: &Place<'_>,
        cells: &mut Vec<(String, Value)>,
    ) -> Result<(), Unrepresentable> {
        for (k, v) in obj {
            let column = format!("{prefix}{k}");
            let pointer = format!("{}/{}", at.pointer, super::escape(k));
            match v {
                Value::Null => {}
                Value::Object(m) if !m.is_empty() => {
                    let inner = Place {
                        pointer: &pointer,
                        ..*at
                    };
                    self.fields(m, &format!("{column}."), &inner, cells)?;
                }
                Value::Array(items) if !items.is_empty() => {
                    let name = join(at.table, &column);
                    self.array(items, &name, at, &pointer)?;
                }
                other => cells.push((column, other.clone())),
            }
        }
        Ok(())
    }

    fn array(
        &mut self,
        items: &[Value],
        name: &str,
        parent: &Place<'_>,
        pointer: &str,
    ) -> Result<(), Unrepresentable> {
        let by_id = self.by_id.get(name).copied().unwrap_or(false);
        let own_key = format!("{name}.{}", if by_id { "id" } else { "#" });
        let t = self.table(name, parent.headers, &own_key);
        let mut headers = parent.headers.to_vec();
        headers.push(own_key);
        for (i, item) in items.iter().enumerate() {
            let pointer = format!("{pointer}/{i}");
            let own = match (by_id, item.get("id")) {
                (true, Some(id)) => id.clone(),
                _ => Value::from(i as u64 + 1),
            };
            let cells = match item {
                Value::Object(m) => {
                    let mut keys = parent.keys.to_vec();
                    keys.push(own);
                    let at = Place {
                        table: name,
                        keys: &keys,
                        headers: &headers,
                        pointer: &pointer,
                    };
                    let mut cells = Vec::new();
                    self.fields(m, "", &at, &mut cells)?;
                    cells
                }
                Value::Array(_) => return Err(Unrepresentable { pointer }),
                Value::Null => Vec::new(),
                plain => vec![(VALUE.to_string(), plain.clone())],
            };
            self.push(t, pointer, parent.keys.to_vec(), cells);
        }
        Ok(())
    }

    /// The index of table `name`, created when first met.
    fn table(&mut self, name: &str, keys: &[String], own_key: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.out.tables.push(Table {
            name: name.to_string(),
            keys: keys.to_vec(),
            own_key: own_key.to_string(),
            columns: Vec::new(),
            rows: Vec::new(),
        });
        self.index
            .insert(name.to_string(), self.out.tables.len() - 1);
        self.out.tables.len() - 1
    }

    fn push(&mut self, t: usize, pointer: String, keys: Vec<Value>, cells: Vec<(String, Value)>) {
        let table = &mut self.out.tables[t];
        for (c, _) in &cells {
            if !table.columns.contains(c) {
                table.columns.push(c.clone());
            }
        }
        table.rows.push(Row {
            pointer,
            keys,
            cells,
        });
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn nested_arrays_name_their_rows_by_id_or_position() {
        let doc = json!({
            "organisation": {"name": "X"},
            "period": {"year": 2023},
            "bodies": [
                {"id": "board", "members": [{"gender": "woman"}, {"gender": "man"}]},
                {"id": "assembly", "members": [{"gender": "man"}]}
            ],
            "periods": [{"period": {"start": "2022-01-01"}, "bodies": [{"id": "board"}]}],
            "projects": [{"id": "p", "partners": ["UN", "EU"], "outcomes": []}]
        });
        let t = flatten(&doc).unwrap();
        assert_eq!(
            t.root,
            [
                ("organisation.name".to_string(), json!("X")),
                ("period.year".to_string(), json!(2023))
            ]
        );
        let names: Vec<&str> = t.tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "bodies",
                "bodies.members",
                "periods",
                "periods.bodies",
                "projects",
                "projects.partners"
            ]
        );
        let members = &t.tables[1];
        assert_eq!(members.keys, ["bodies.id"]);
        assert_eq!(members.rows[2].keys, [json!("assembly")]);
        assert_eq!(t.tables[3].keys, ["periods.#"]);
        assert_eq!(t.tables[3].rows[0].keys, [json!(1)]);
        assert_eq!(t.tables[2].columns, ["period.start"]);
        assert_eq!(
            t.tables[5].rows[1].cells,
            [("value".to_string(), json!("EU"))]
        );
        assert_eq!(
            t.tables[4].rows[0].cells,
            [
                ("id".to_string(), json!("p")),
                ("outcomes".to_string(), json!([]))
            ]
        );
    }

    #[test]
    fn duplicate_ids_fall_back_to_positions() {
        let doc = json!({"bodies": [{"id": "a", "members": [{}]}, {"id": "a"}]});
        let t = flatten(&doc).unwrap();
        assert_eq!(t.tables[1].keys, ["bodies.#"]);
    }

    #[test]
    fn an_array_in_an_array_is_refused_with_its_place() {
        let doc = json!({"bodies": [[1]]});
        assert_eq!(flatten(&doc).unwrap_err().pointer, "/bodies/0");
    }

    #[test]
    fn columns_read_names_first_and_notes_last() {
        let c = order(vec![
            "note".into(),
            "seats".into(),
            "name".into(),
            "id".into(),
        ]);
        assert_eq!(c, ["id", "name", "seats", "note"]);
    }
}
