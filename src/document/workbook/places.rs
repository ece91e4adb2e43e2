//! Where each value of a document read from a workbook came from, so that a problem found by
//! validation (located by a JSON Pointer) is shown at its cell: `bodies.members!C12 (gender)`.

use std::collections::HashMap;

use crate::document::Location;

/// A cell, a row (no column) or a whole sheet (row 0) of the workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Spot {
    pub(super) sheet: String,
    pub(super) row: u64,
    pub(super) column: Option<usize>,
    pub(super) field: Option<String>,
}

/// The places of a document's values and rows.
#[derive(Debug, Default)]
pub(super) struct Places {
    /// The cell each value was read from, by its JSON Pointer.
    cells: HashMap<String, Spot>,
    /// The row each object of a table was read from (its sheet's number in `sheets`, its
    /// row), by its JSON Pointer. (A cell of the row is found by its column's name.)
    rows: HashMap<String, (usize, u64)>,
    /// The names of the sheets of `rows`.
    sheets: Vec<String>,
    /// The columns of each sheet: number (from 1) and name.
    headers: HashMap<String, Vec<(usize, String)>>,
    /// The sheet of the root's fields, when the workbook has one.
    root: Option<String>,
}

impl Places {
    pub(super) fn cell(&mut self, pointer: String, spot: Spot) {
        self.cells.entry(pointer).or_insert(spot);
    }

    pub(super) fn row(&mut self, pointer: String, sheet: &str, row: u64) {
        let i = match self.sheets.iter().rposition(|s| s == sheet) {
            Some(i) => i,
            None => {
                self.sheets.push(sheet.to_string());
                self.sheets.len() - 1
            }
        };
        self.rows.entry(pointer).or_insert((i, row));
    }

    pub(super) fn header(&mut self, sheet: &str, columns: Vec<(usize, String)>) {
        self.headers.insert(sheet.to_string(), columns);
    }

    pub(super) fn root(&mut self, sheet: &str) {
        self.root = Some(sheet.to_string());
    }

    /// The place of the value at `pointer`: its cell; else the cell of the same column in the
    /// row of the nearest enclosing object (a field left empty); else the row, or the sheet.
    pub(super) fn locate(&self, pointer: &str) -> Location {
        let spot = self
            .cells
            .get(pointer)
            .cloned()
            .or_else(|| self.in_row(pointer))
            .or_else(|| self.in_root(pointer));
        match spot {
            Some(s) => Location::Record {
                sheet: s.sheet,
                row: s.row,
                column: s.column,
                field: s.field,
                pointer: pointer.to_string(),
            },
            None => Location::Pointer(pointer.to_string()),
        }
    }

    fn in_row(&self, pointer: &str) -> Option<Spot> {
        let segments: Vec<&str> = pointer.split('/').skip(1).collect();
        (1..=segments.len()).rev().find_map(|n| {
            let prefix = format!("/{}", segments[..n].join("/"));
            let &(sheet, row) = self.rows.get(&prefix)?;
            let sheet = self.sheets[sheet].clone();
            let rest = dotted(&segments[n..]);
            let column = self.headers.get(&sheet).and_then(|h| {
                h.iter()
                    .find(|(_, name)| !rest.is_empty() && *name == rest)
                    .map(|(c, _)| *c)
            });
            Some(Spot {
                sheet,
                row,
                column,
                field: column.map(|_| rest),
            })
        })
    }

    fn in_root(&self, pointer: &str) -> Option<Spot> {
        let segments: Vec<&str> = pointer.split('/').skip(1).collect();
        let name = dotted(&segments);
        if self.headers.contains_key(&name) {
            return Some(Spot {
                sheet: name,
                row: 0,
                column: None,
                field: None,
            });
        }
        Some(Spot {
            sheet: self.root.clone()?,
            row: 0,
            column: None,
            field: (!name.is_empty()).then_some(name),
        })
    }
}

/// Pointer segments as a dotted column name, array indices left out (`period/start` →
/// `period.start`).
fn dotted(segments: &[&str]) -> String {
    segments
        .iter()
        .filter(|s| s.parse::<u64>().is_err())
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(sheet: &str, row: u64, column: Option<usize>, field: Option<&str>) -> Spot {
        Spot {
            sheet: sheet.into(),
            row,
            column,
            field: field.map(str::to_string),
        }
    }

    #[test]
    fn a_missing_field_is_placed_in_its_column() {
        let mut p = Places::default();
        p.root("organisation");
        p.header(
            "bodies",
            vec![
                (1, "id".into()),
                (2, "kind".into()),
                (3, "counts.women".into()),
            ],
        );
        p.row("/bodies/1".into(), "bodies", 3);
        p.cell(
            "/bodies/1/id".into(),
            spot("bodies", 3, Some(1), Some("id")),
        );
        let at = |ptr: &str| p.locate(ptr).to_string();
        assert_eq!(at("/bodies/1/id"), "bodies!A3 (id) [/bodies/1/id]");
        assert_eq!(at("/bodies/1/kind"), "bodies!B3 (kind) [/bodies/1/kind]");
        assert_eq!(
            at("/bodies/1/counts/women"),
            "bodies!C3 (counts.women) [/bodies/1/counts/women]"
        );
        assert_eq!(at("/bodies/1/members"), "bodies!3:3 [/bodies/1/members]");
        assert_eq!(at("/bodies"), "bodies [/bodies]");
        assert_eq!(at("/period"), "organisation (period) [/period]");
    }
}
