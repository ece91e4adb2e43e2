//! Sheets back into a document: the root's `field`/`value` rows, then each table in the rows
//! its key columns name (see [`super::tables`] for the layout). Cells take the JSON type the
//! schema expects where the spreadsheet gave another (an id typed as a number, a count typed as
//! text). Every problem met is kept; a row that cannot be placed is left out, with its problem.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::coerce::Target;
use super::places::{Places, Spot};
use super::read::{Cell, Sheet, SheetRow};
use super::shape::Shape;
use super::tables::{VALUE, join};
use crate::document::{Location, Problem};
use crate::i18n::Message;

/// The sheet of the root's fields.
pub(super) const ROOT: &str = "organisation";

/// The document the sheets of workbook `file` hold, where each value came from, and the
/// problems met.
pub(super) fn unflatten(
    file: &str,
    sheets: &[Sheet],
    shape: &Shape<'_>,
) -> (Value, Places, Vec<Problem>) {
    let mut b = Builder {
        doc: Value::Object(Map::new()),
        places: Places::default(),
        problems: Vec::new(),
        index: HashMap::new(),
        parents: HashSet::new(),
        shape,
    };
    let names: Vec<&str> = sheets
        .iter()
        .map(|s| s.name.as_str())
        .filter(|n| *n != ROOT)
        .collect();
    match sheets.iter().find(|s| s.name == ROOT) {
        Some(root) => b.root_sheet(root),
        None => {
            let m = Message::new("workbook-no-root").text("sheet", ROOT);
            b.problems.push(Problem::at(super::read::whole(file), m));
        }
    }
    let mut tables: Vec<(&Sheet, Vec<&str>)> = Vec::new();
    for sheet in sheets.iter().filter(|s| s.name != ROOT) {
        if shape.at(&sheet.name).is_array() {
            tables.push((sheet, ancestors(&sheet.name, &names)));
        } else {
            let m = Message::new("workbook-unknown-sheet").text("sheet", sheet.name.clone());
            b.problem(row_spot(sheet, 0), m);
        }
    }
    tables.sort_by_key(|(_, a)| a.len());
    b.parents = tables
        .iter()
        .flat_map(|(_, a)| a.iter().map(|s| s.to_string()))
        .collect();
    for (sheet, ancestors) in tables {
        b.table(sheet, &ancestors);
    }
    (b.doc, b.places, b.problems)
}

/// The tables `name` is nested in, outermost first: the other sheets whose name, and a dot,
/// begin its own.
fn ancestors<'a>(name: &str, names: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = names
        .iter()
        .copied()
        .filter(|n| name.len() > n.len() && name.starts_with(n) && name[n.len()..].starts_with('.'))
        .collect();
    out.sort_by_key(|n| n.len());
    out
}

/// What a column of a table holds.
enum Column<'a> {
    /// Names the row of the enclosing table `table` by its id (`true`) or position.
    Key { table: &'a str, by_id: bool },
    /// A field at its dotted path, and the type its cells take.
    Field { name: String, target: Target },
}

struct Builder<'s> {
    doc: Value,
    places: Places,
    problems: Vec<Problem>,
    /// The pointer of each row of a table, by table, enclosing row's pointer and key
    /// (`id:board` or `#:2`).
    index: HashMap<(String, String, String), String>,
    /// The tables other sheets are nested in (only their rows are indexed).
    parents: HashSet<String>,
    shape: &'s Shape<'s>,
}

impl Builder<'_> {
    fn problem(&mut self, spot: Spot, m: Message) {
        let location = Location::Sheet {
            sheet: spot.sheet,
            row: spot.row,
            column: spot.column,
            field: spot.field,
        };
        self.problems.push(Problem::at(location, m));
    }

    /// The header of a sheet: its first row, each cell a column's name; problems for a name
    /// that is missing, repeated or not text.
    fn header(&mut self, sheet: &Sheet) -> Option<(u64, Vec<(usize, String)>)> {
        let first = sheet.rows.first()?;
        let mut columns: Vec<(usize, String)> = Vec::new();
        for (col, cell) in &first.cells {
            let name = match cell {
                Cell::Value(Value::String(s)) => s.trim().to_string(),
                Cell::Value(v) => v.to_string(),
                Cell::Error(e) => {
                    let m = Message::new("sheet-formula-error").text("error", e.clone());
                    self.problem(spot(sheet, first.row, *col, None), m);
                    continue;
                }
            };
            if columns.iter().any(|(_, n)| *n == name) {
                let m = Message::new("workbook-column-twice").text("column", name.clone());
                self.problem(spot(sheet, first.row, *col, None), m);
                continue;
            }
            columns.push((*col, name));
        }
        self.places.header(&sheet.name, columns.clone());
        Some((first.row, columns))
    }

    /// The root's fields: one per row, its dotted path under `field`, its value under `value`.
    fn root_sheet(&mut self, sheet: &Sheet) {
        self.places.root(&sheet.name);
        let Some((head, columns)) = self.header(sheet) else {
            return;
        };
        let find = |n: &str| columns.iter().find(|(_, c)| c == n).map(|(i, _)| *i);
        let (Some(fc), Some(vc)) = (find("field"), find("value")) else {
            let m = Message::new("workbook-root-header").text("sheet", ROOT);
            self.problem(spot(sheet, head, 1, None), m);
            return;
        };
        for row in sheet.rows.iter().skip(1) {
            let field = match cell_at(row, fc) {
                Some(Cell::Value(Value::String(s))) => s.trim().to_string(),
                Some(Cell::Value(v)) => v.to_string(),
                _ => continue,
            };
            let Some(cell) = cell_at(row, vc) else {
                continue;
            };
            let at = spot(sheet, row.row, vc, Some(&field));
            let target = Target::new(&self.shape.at(&field));
            let Some(value) = self.value(cell, &target, || at.clone()) else {
                continue;
            };
            let pointer = pointer_of(&field);
            if self.doc.pointer(&pointer).is_some() {
                let m = Message::new("workbook-field-twice").text("field", field.clone());
                self.problem(spot(sheet, row.row, fc, None), m);
                continue;
            }
            if set(&mut self.doc, &field, value) {
                self.places.cell(pointer, at);
            } else {
                self.conflict(at, &field);
            }
        }
    }

    fn conflict(&mut self, at: Spot, field: &str) {
        let m = Message::new("workbook-field-conflict").text("field", field.to_string());
        self.problem(at, m);
    }

    /// A cell's value, of the type `target` expects; `None` (and a problem at `at`) for a
    /// formula's error.
    fn value(&mut self, cell: &Cell, target: &Target, at: impl FnOnce() -> Spot) -> Option<Value> {
        match cell {
            Cell::Value(v) => Some(target.coerce(v.clone())),
            Cell::Error(e) => {
                let m = Message::new("sheet-formula-error").text("error", e.clone());
                self.problem(at(), m);
                None
            }
        }
    }
}

impl Builder<'_> {
    /// A table: each row placed in the row of the enclosing table its keys name.
    fn table(&mut self, sheet: &Sheet, ancestors: &[&str]) {
        let Some((head, columns)) = self.header(sheet) else {
            return;
        };
        let Some(cols) = self.columns(sheet, head, &columns, ancestors) else {
            return;
        };
        let rel = match ancestors.last() {
            Some(a) => &sheet.name[a.len() + 1..],
            None => sheet.name.as_str(),
        };
        let fields: Vec<&str> = cols
            .iter()
            .filter_map(|(_, c)| match c {
                Column::Field { name, .. } => Some(name.as_str()),
                Column::Key { .. } => None,
            })
            .collect();
        let plain = fields == [VALUE] && !self.shape.at(&sheet.name).items_allow("object");
        for row in sheet.rows.iter().skip(1) {
            self.row(sheet, row, &cols, rel, plain);
        }
    }

    /// The columns of a table: the keys of the enclosing tables (outermost first), then the
    /// fields; `None` (and a problem) when an enclosing table's key column is missing.
    fn columns<'a>(
        &mut self,
        sheet: &Sheet,
        head: u64,
        columns: &[(usize, String)],
        ancestors: &[&'a str],
    ) -> Option<Vec<(usize, Column<'a>)>> {
        let mut keys = Vec::new();
        let mut fields = Vec::new();
        for (c, name) in columns {
            let key =
                ancestors
                    .iter()
                    .find_map(|a| match name.strip_prefix(*a)?.strip_prefix('.')? {
                        "id" => Some((*a, true)),
                        "#" => Some((*a, false)),
                        _ => None,
                    });
            match key {
                Some((table, by_id)) => keys.push((*c, Column::Key { table, by_id })),
                None if self.known_column(&sheet.name, name) => {
                    let target = Target::new(&self.shape.at(&join(&sheet.name, name)));
                    let name = name.clone();
                    fields.push((*c, Column::Field { name, target }));
                }
                None => self.unknown_column(sheet, head, *c, name),
            }
        }
        for a in ancestors {
            if !keys
                .iter()
                .any(|(_, k)| matches!(k, Column::Key { table, .. } if table == a))
            {
                let m = Message::new("workbook-key-column-missing")
                    .text("sheet", sheet.name.clone())
                    .text("table", a.to_string());
                self.problem(row_spot(sheet, head), m);
                return None;
            }
        }
        keys.sort_by_key(|(_, k)| match k {
            Column::Key { table, .. } => table.len(),
            Column::Field { .. } => usize::MAX,
        });
        keys.extend(fields);
        Some(keys)
    }

    /// Whether the schema knows column `name` of the table `table` (`value` in a table of
    /// plain values).
    fn known_column(&self, table: &str, name: &str) -> bool {
        let list = self.shape.at(table);
        if name == VALUE && !list.items_allow("object") {
            return true;
        }
        // A list or object column holds `[]` or `{}` (an empty one).
        self.shape.at(&join(table, name)).known()
    }

    /// A problem at a column the schema does not know, naming the nearest it knows; the
    /// column is not read.
    fn unknown_column(&mut self, sheet: &Sheet, head: u64, col: usize, name: &str) {
        let known = self.shape.leaves(&sheet.name);
        let nearest = known
            .iter()
            .map(|k| (strsim::levenshtein(k, &name.to_lowercase()), k))
            .min_by_key(|(d, _)| *d)
            .map(|(_, k)| k.clone())
            .unwrap_or_default();
        let m = Message::new("workbook-unknown-column")
            .text("column", name.to_string())
            .text("sheet", sheet.name.clone())
            .text("nearest", nearest);
        self.problem(spot(sheet, head, col, None), m);
    }

    /// One row of a table.
    fn row(
        &mut self,
        sheet: &Sheet,
        row: &SheetRow,
        cols: &[(usize, Column<'_>)],
        rel: &str,
        plain: bool,
    ) {
        let indexed = self.parents.contains(&sheet.name);
        let Some(parent) = self.parent(sheet, row, cols) else {
            return;
        };
        let mut element = Value::Object(Map::new());
        for (c, col) in cols {
            let (Column::Field { name, target }, Some(cell)) = (col, cell_at(row, *c)) else {
                continue;
            };
            let at = || spot(sheet, row.row, *c, Some(name));
            let Some(v) = self.value(cell, target, at) else {
                continue;
            };
            if !set(&mut element, name, v) {
                self.conflict(at(), name);
            }
        }
        if plain {
            match element.as_object_mut().and_then(|m| m.remove(VALUE)) {
                Some(v) => element = v,
                None => return,
            }
        }
        let id = element
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string);
        let Some((pointer, position)) = push(&mut self.doc, &parent, rel, element) else {
            self.conflict(row_spot(sheet, row.row), rel);
            return;
        };
        if indexed {
            // Rows of nested sheets name this row by its position or its id.
            let table = sheet.name.clone();
            let mut remember = |key: String| {
                let k = (table.clone(), parent.clone(), key);
                self.index.entry(k).or_insert_with(|| pointer.clone());
            };
            remember(format!("#:{position}"));
            if let Some(id) = id {
                remember(format!("id:{id}"));
            }
        }
        self.places.row(pointer, &sheet.name, row.row);
    }

    /// The pointer of the row this row belongs to (the root for a table that is not nested);
    /// `None` (and a problem) when a key is empty or names no row.
    fn parent(
        &mut self,
        sheet: &Sheet,
        row: &SheetRow,
        cols: &[(usize, Column<'_>)],
    ) -> Option<String> {
        let mut parent = String::new();
        for (c, col) in cols {
            let Column::Key { table, by_id } = col else {
                continue;
            };
            let at = spot(sheet, row.row, *c, None);
            let key = match cell_at(row, *c) {
                Some(Cell::Value(Value::String(s))) => s.trim().to_string(),
                Some(Cell::Value(v)) => v.to_string(),
                Some(Cell::Error(_)) | None => {
                    let m = Message::new("workbook-key-empty").text("table", table.to_string());
                    self.problem(at, m);
                    return None;
                }
            };
            let kind = if *by_id { "id" } else { "#" };
            let k = (table.to_string(), parent.clone(), format!("{kind}:{key}"));
            match self.index.get(&k) {
                Some(p) => parent = p.clone(),
                None => {
                    let m = Message::new("workbook-key-unknown")
                        .text("table", table.to_string())
                        .text("kind", if *by_id { "id" } else { "position" })
                        .text("key", key);
                    self.problem(at, m);
                    return None;
                }
            }
        }
        Some(parent)
    }
}

/// Appends `element` to the array at dotted path `rel` below the value at `parent`, creating
/// it on the way: its pointer and position (from 1); `None` when a value is in the way.
fn push(doc: &mut Value, parent: &str, rel: &str, element: Value) -> Option<(String, usize)> {
    let mut here = doc.pointer_mut(parent)?;
    let parts: Vec<&str> = rel.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let Value::Object(map) = here else {
            return None;
        };
        let last = i + 1 == parts.len();
        here = map.entry(part.to_string()).or_insert_with(|| {
            if last {
                Value::Array(Vec::new())
            } else {
                Value::Object(Map::new())
            }
        });
    }
    let Value::Array(items) = here else {
        return None;
    };
    items.push(element);
    Some((
        format!("{parent}{}/{}", pointer_of(rel), items.len() - 1),
        items.len(),
    ))
}

fn row_spot(sheet: &Sheet, row: u64) -> Spot {
    Spot {
        sheet: sheet.name.clone(),
        row,
        column: None,
        field: None,
    }
}

/// The cell of `row` in column `col`, if it is not empty.
fn cell_at(row: &SheetRow, col: usize) -> Option<&Cell> {
    row.cells.iter().find(|(c, _)| *c == col).map(|(_, v)| v)
}

fn spot(sheet: &Sheet, row: u64, col: usize, field: Option<&str>) -> Spot {
    Spot {
        sheet: sheet.name.clone(),
        row,
        column: Some(col),
        field: field.map(str::to_string),
    }
}

/// The JSON Pointer of a dotted path from the root.
pub(super) fn pointer_of(dotted: &str) -> String {
    dotted
        .split('.')
        .map(|s| format!("/{}", super::escape(s)))
        .collect()
}

/// Sets the value at a dotted path below `target`, creating the objects on the way; `false`
/// when a value already stands where an object is needed.
fn set(target: &mut Value, dotted: &str, value: Value) -> bool {
    let mut here = target;
    let mut parts = dotted.split('.').peekable();
    while let Some(part) = parts.next() {
        let Value::Object(map) = here else {
            return false;
        };
        if parts.peek().is_none() {
            if map.contains_key(part) {
                return false;
            }
            map.insert(part.to_string(), value);
            return true;
        }
        here = map
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    false
}
