//! Records workbooks: a document as an XLSX workbook people fill in with a spreadsheet, and
//! back (`gia init FILE.xlsx`, `gia convert`, `gia validate FILE.xlsx`).
//!
//! # The layout
//!
//! - The sheet **`organisation`** holds the fields of the document that are not in a list, one
//!   per row: the column `field` names it by its path, with dots (`organisation.name`,
//!   `period.year`, `period.start`, `source`, `framework`, `staff.name`…), the column `value`
//!   holds it.
//! - Every **list** of the document is a sheet named by its path: `bodies`, `bodies.members`,
//!   `staff.grades`, `staff.members`, `initiatives`, `policies`, `policies.stages`, `projects`,
//!   `projects.outcomes`, `resources.gender_funds`, `periods`, `periods.bodies`, `targets`,
//!   `reported`, `pay.workers`… One row per entry, one column per field, headed by the field's
//!   name; the fields of an object inside an entry are columns joined with dots
//!   (`counts.women`, `baseline.value`). A list of plain values (`projects.partners`) has one
//!   column, `value`.
//! - A row of a nested list names the row it belongs to in its first columns, one per
//!   enclosing list: `bodies.id`, the id of the body in the sheet `bodies`; or, for a list
//!   whose entries have no ids (`periods`), `periods.#`, the entry's position in its list
//!   (1 for the first).
//! - An empty cell is an absent field. Cells take the type the schema expects: an id typed as
//!   `2023` reads as the text `"2023"`, a count typed as the text `12` as the number 12, a date
//!   cell as `YYYY-MM-DD`. `{}` and `[]` stand for an empty object and an empty list.
//! - Sheets whose name begins with `_` are not read: `_about` explains the workbook and every
//!   column, `_lists` (hidden) holds the values of the drop-down lists.
//!
//! A problem is placed at its cell and by its JSON Pointer in the document the workbook reads
//! as: `bodies.members!C12 (gender) [/bodies/0/members/10/gender]`.

mod about;
mod coerce;
mod places;
mod read;
mod shape;
mod tables;
mod unflatten;
mod write;

use std::path::Path;

use super::messages::escape;
use super::{Invalid, Location, Problem, input_schema_value, input_template, validate_value};
use crate::i18n::{Lang, Message};
use crate::model::Input;

/// Reads and validates the records workbook at `path` (XLSX, XLSM, XLSB, XLS or ODS): the
/// [`Input`], or every problem, each at its cell and by its JSON Pointer
/// ([`Location::Record`]).
///
/// The layout (REFERENCE.md, *Records workbooks*): a sheet `organisation` with the single
/// fields (columns `field` and `value`: `organisation.name`, `period.year`…), and a sheet per
/// list (`bodies`, `bodies.members`…), one row per entry, one column per field; a nested row
/// names its parent in a `bodies.id` (or `periods.#`) column. Cells take the type the schema
/// expects; sheets whose name begins with `_` are not read.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let dir = std::env::temp_dir().join(format!("gia-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("records.xlsx");
/// let input = gender_impact::metropolis_2023();
/// std::fs::write(&path, gender_impact::records_workbook(&input, Lang::En).unwrap()).unwrap();
/// assert_eq!(gender_impact::validate_workbook(&path).unwrap(), input);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn validate_workbook(path: &Path) -> Result<Input, Invalid> {
    let sheets = read::read_sheets(path)?;
    let shape = shape::Shape::root(input_schema_value());
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (value, places, mut problems) = unflatten::unflatten(&file, &sheets, &shape);
    match validate_value(&value) {
        Ok(input) if problems.is_empty() => Ok(input),
        Ok(_) => Err(Invalid::new(problems)),
        Err(e) => {
            problems.extend(e.problems().iter().map(|p| {
                let mut p = p.clone();
                if let Location::Pointer(ptr) = &p.location {
                    p.location = places.locate(ptr);
                }
                p
            }));
            Err(Invalid::new(problems))
        }
    }
}

/// The document as a records workbook (XLSX bytes), its explanations in `lang`; a problem,
/// with its pointer, for a value XLSX cannot hold.
pub fn records_workbook(input: &Input, lang: Lang) -> Result<Vec<u8>, Invalid> {
    let one = |p: Problem| Invalid::new(vec![p]);
    let value = serde_json::to_value(input).map_err(|e| {
        one(Problem::localised(
            "",
            Message::new("workbook-cannot-write").text("reason", e.to_string()),
        ))
    })?;
    let mut tables = tables::flatten(&value).map_err(|u| {
        one(Problem::localised(
            u.pointer,
            Message::new("workbook-array-in-array"),
        ))
    })?;
    let shape = shape::Shape::root(input_schema_value());
    tables::add_empty_lists(&mut tables, &shape);
    write::write(&tables, &shape, lang).map_err(|p| one(*p))
}

/// The input template ([`input_template`]) as a records workbook, in `lang`: an example row
/// in every sheet, the explanations sheet and drop-down lists for every enumeration.
pub fn input_template_workbook(lang: Lang) -> Result<Vec<u8>, Invalid> {
    let input = crate::document::validate(&input_template(lang))?;
    records_workbook(&input, lang)
}
