//! One problem in a document or a payroll CSV, located by a typed [`Location`] (a JSON Pointer
//! or a CSV cell), and the error that lists a document's problems.

use std::cmp::Ordering;
use std::fmt;

use super::messages::*;
use crate::i18n::{Lang, Message};

/// Where a [`Problem`] is.
///
/// ```
/// use gender_impact::Location;
/// assert_eq!(Location::pointer("/bodies/0").to_string(), "/bodies/0");
/// assert_eq!(Location::cell(12, 5, "Base_Salary").to_string(), "line 12, column 5 (Base_Salary)");
/// assert_eq!(Location::line(3).to_string(), "line 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Location {
    /// A JSON Pointer (RFC 6901) into a JSON document; the empty string is the whole document.
    Pointer(String),
    /// A line of a CSV file, or one cell of it.
    Cell {
        /// Line of the file, from 1 (the line where the row starts, or where the fault is).
        line: u64,
        /// The column's number, from 1, if the problem is in one cell.
        column: Option<usize>,
        /// The column's name in the header, if the problem is in one cell.
        field: Option<String>,
    },
    /// A row of a spreadsheet, or one cell of it: `Payroll!C12 (annual_pay)`; row 0 is the
    /// whole sheet (or, with the file's name as `sheet`, the whole workbook).
    Sheet {
        /// The sheet's name (the workbook file's name for a problem of the whole workbook).
        sheet: String,
        /// The row, from 1, as the spreadsheet numbers it; 0 for the whole sheet.
        row: u64,
        /// The column's number, from 1 (`A` is 1), if the problem is in one cell.
        column: Option<usize>,
        /// The column's name in the header, if the problem is in one cell.
        field: Option<String>,
    },
    /// A value of a records workbook (`gia validate records.xlsx`): the cell it was read from
    /// (or its row, or its sheet) and the JSON Pointer of the document it reads as:
    /// `bodies.members!C12 (gender) [/bodies/0/members/10/gender]`.
    Record {
        /// The sheet's name.
        sheet: String,
        /// The row, from 1, as the spreadsheet numbers it; 0 for the whole sheet.
        row: u64,
        /// The column's number, from 1 (`A` is 1), if the problem is in one cell.
        column: Option<usize>,
        /// The column's name in the header (or the field's dotted path), if known.
        field: Option<String>,
        /// The JSON Pointer of the value in the document the workbook reads as.
        pointer: String,
    },
    /// A data row of a Parquet payroll (from 1, the header not counted), or one cell of it:
    /// `payroll.parquet, row 12, column 3 (annual_pay)`; row 0 is the whole file, or one
    /// column of its schema.
    Parquet {
        /// The file's name.
        file: String,
        /// The data row, from 1; 0 for the whole file or a column of its schema.
        row: u64,
        /// The column's number, from 1 (the schema's top-level fields in order), if the problem
        /// is in one column.
        column: Option<usize>,
        /// The column's name, if the problem is in one column.
        field: Option<String>,
    },
}

impl Location {
    /// The letters of spreadsheet column `n` (from 1): 1 is `A`, 27 is `AA`.
    ///
    /// ```
    /// assert_eq!(gender_impact::Location::column_letters(1), "A");
    /// assert_eq!(gender_impact::Location::column_letters(28), "AB");
    /// assert_eq!(gender_impact::Location::column_letters(16_384), "XFD");
    /// ```
    pub fn column_letters(n: usize) -> String {
        let mut n = n;
        let mut out = Vec::new();
        while n > 0 {
            let r = (n - 1) % 26;
            out.push(b'A' + r as u8);
            n = (n - 1) / 26;
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }

    /// The same place in sheet `sheet` of a workbook: a CSV line becomes a spreadsheet row.
    pub fn in_sheet(self, sheet: &str) -> Location {
        match self {
            Location::Cell {
                line,
                column,
                field,
            } => Location::Sheet {
                sheet: sheet.to_string(),
                row: line,
                column,
                field,
            },
            other => other,
        }
    }

    /// The same place in the Parquet file `file`, whose rows were read as lines numbered from
    /// the first data row (line 0: the schema).
    pub fn in_parquet(self, file: &str) -> Location {
        match self {
            Location::Cell {
                line,
                column,
                field,
            } => Location::Parquet {
                file: file.to_string(),
                row: line,
                column,
                field,
            },
            other => other,
        }
    }
}

impl Location {
    /// A JSON Pointer.
    pub fn pointer(pointer: impl Into<String>) -> Location {
        Location::Pointer(pointer.into())
    }

    /// A whole line of a CSV file (not one cell).
    pub fn line(line: u64) -> Location {
        Location::Cell {
            line,
            column: None,
            field: None,
        }
    }

    /// One cell of a CSV file: its line, its column's number (from 1) and name.
    pub fn cell(line: u64, column: usize, field: impl Into<String>) -> Location {
        Location::Cell {
            line,
            column: Some(column),
            field: Some(field.into()),
        }
    }

    /// The place in `lang`: the pointer itself, or `line 12, column 5 (Base_Salary)` (in
    /// English, the same as `to_string()`).
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Location::Pointer(p) => p.clone(),
            Location::Cell {
                line,
                column,
                field,
            } => {
                let line = line.to_string();
                match (column, field) {
                    (Some(n), Some(name)) => Message::new("csv-at-cell")
                        .text("line", line)
                        .text("number", n.to_string())
                        .text("name", name.clone()),
                    (Some(n), None) => Message::new("csv-at-column-number")
                        .text("line", line)
                        .text("number", n.to_string()),
                    (None, Some(name)) => Message::new("csv-at-column-name")
                        .text("line", line)
                        .text("name", name.clone()),
                    (None, None) => Message::new("csv-at-line").text("line", line),
                }
                .in_lang(lang)
            }
            Location::Parquet {
                file,
                row,
                column,
                field,
            } => parquet_place(file, *row, *column, field.as_deref(), lang),
            other => other.to_string(),
        }
    }

    /// Orders places: JSON Pointers segment by segment (array indices as numbers, field names
    /// alphabetically), CSV places by line then column.
    pub(super) fn place_cmp(&self, other: &Location) -> Ordering {
        match (self, other) {
            (Location::Pointer(a), Location::Pointer(b)) => pointer_key(a).cmp(&pointer_key(b)),
            _ => self.cmp(other),
        }
    }
}

impl fmt::Display for Location {
    /// The pointer itself, or `line 12, column 5 (Base_Salary)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Pointer(p) => f.write_str(p),
            Location::Cell {
                line,
                column,
                field,
            } => {
                write!(f, "line {line}")?;
                match (column, field) {
                    (Some(n), Some(name)) => write!(f, ", column {n} ({name})"),
                    (Some(n), None) => write!(f, ", column {n}"),
                    (None, Some(name)) => write!(f, ", column {name}"),
                    (None, None) => Ok(()),
                }
            }
            Location::Sheet {
                sheet,
                row,
                column,
                field,
            } => {
                if *row == 0 {
                    return f.write_str(sheet); // the whole sheet, or the whole workbook
                }
                let letters = column.map(Location::column_letters).unwrap_or_default();
                write!(f, "{sheet}!{letters}{row}")?;
                match field {
                    Some(name) => write!(f, " ({name})"),
                    None => Ok(()),
                }
            }
            Location::Record {
                sheet,
                row,
                column,
                field,
                pointer,
            } => {
                match (row, column) {
                    (0, _) => f.write_str(sheet)?,
                    (r, Some(c)) => write!(f, "{sheet}!{}{r}", Location::column_letters(*c))?,
                    (r, None) => write!(f, "{sheet}!{r}:{r}")?,
                }
                if let Some(name) = field {
                    write!(f, " ({name})")?;
                }
                write!(f, " [{pointer}]")
            }
            Location::Parquet {
                file,
                row,
                column,
                field,
            } => f.write_str(&parquet_place(
                file,
                *row,
                *column,
                field.as_deref(),
                Lang::En,
            )),
        }
    }
}

/// `file, row 12, column 3 (name)`, `file, row 12`, `file, column 3 (name)` or `file`, in
/// `lang`.
fn parquet_place(
    file: &str,
    row: u64,
    column: Option<usize>,
    field: Option<&str>,
    lang: Lang,
) -> String {
    let m = match (row, column) {
        (0, None) => return file.to_string(),
        (0, Some(n)) => Message::new("parquet-at-column").text("number", n.to_string()),
        (r, None) => Message::new("parquet-at-row").text("row", r.to_string()),
        (r, Some(n)) => Message::new("parquet-at-cell")
            .text("row", r.to_string())
            .text("number", n.to_string()),
    };
    m.text("file", file)
        .text("name", field.unwrap_or("?"))
        .in_lang(lang)
}

/// One problem: where it is ([`Location`]) and what was expected. Never echoes personal or pay
/// values.
///
/// In a document the place is a JSON Pointer (RFC 6901):
///
/// ```
/// let err = gender_impact::validate(r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
///     "bodys": []}"#).unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.pointer(), Some("/bodys"));
/// assert!(p.message.starts_with("expected a known field (one of `$schema`, `bodies`"));
/// assert_eq!(p.to_string(), format!("/bodys: {}", p.message));
/// ```
///
/// A problem found by the crate also carries its [`Message`], so that it can be written in
/// French or Spanish ([`Problem::message_in`]); `message` is the English text.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let err = gender_impact::validate("{}").unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.to_string(), "/organisation: expected this required field, found it missing");
/// assert_eq!(p.message_in(Lang::En), p.message);
/// ```
///
/// In a payroll CSV it is a line, or a cell:
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::{CsvOptions, read_workers};
/// let err = read_workers("gender,annual_pay\nF,-3\n".as_bytes(), &CsvOptions::default())
///     .unwrap_err();
/// let p = &err.problems[0];
/// assert_eq!(p.line(), Some(2));
/// assert_eq!(p.display_in(Lang::En), p.to_string());
/// assert_eq!(
///     p.display_in(Lang::Es),
///     "línea 2, columna 2 (annual_pay): se esperaba un importe de cero o más; se encontró un \
///      número negativo"
/// );
/// ```
#[derive(Debug, Clone)]
pub struct Problem {
    /// Where the problem is: the offending value (or the missing field, or the faulty line).
    pub location: Location,
    /// What was expected and what was found, in English.
    pub message: String,
    /// The same message as a catalogue entry, when the crate wrote it (not for a problem built
    /// from a bare text with [`Problem::new`] or [`Problem::plain`]).
    text: Option<Message>,
}

impl Problem {
    /// A problem at `location` whose message comes from the catalogue (so it exists in every
    /// language); `message` is its English text.
    pub fn at(location: Location, text: Message) -> Problem {
        Problem {
            location,
            message: text.in_lang(Lang::En),
            text: Some(text),
        }
    }

    /// A problem at `location` with a message in one language only (written as given in every
    /// language).
    pub fn plain(location: Location, message: impl Into<String>) -> Problem {
        Problem {
            location,
            message: message.into(),
            text: None,
        }
    }

    /// A problem at the JSON Pointer `pointer` with a message in one language only.
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::plain(Location::pointer(pointer), message)
    }

    /// A problem at the JSON Pointer `pointer` whose message comes from the catalogue.
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// use gender_impact::i18n::Message;
    /// use gender_impact::Problem;
    /// let p = Problem::localised("/x", Message::new("count-of").count("k", 1).count("n", 2));
    /// assert_eq!(p.message, "1 of 2");
    /// assert_eq!(p.message_in(Lang::Es), "1 de 2");
    /// ```
    pub fn localised(pointer: impl Into<String>, text: Message) -> Problem {
        Problem::at(Location::pointer(pointer), text)
    }

    /// The same problem (its message in every language) in a part of a larger document: its
    /// pointer prefixed with `prefix`, the pointer of that part. A problem located otherwise
    /// than by a pointer is returned as it is.
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// let err = gender_impact::validate("{}").unwrap_err();
    /// let p = err.problems()[0].within("/organisations/3");
    /// assert_eq!(p.pointer(), Some("/organisations/3/organisation"));
    /// assert_eq!(p.message_in(Lang::Fr), "on attendait ce champ obligatoire, mais il est absent");
    /// ```
    pub fn within(&self, prefix: &str) -> Problem {
        let location = match &self.location {
            Location::Pointer(p) => Location::Pointer(format!("{prefix}{p}")),
            other => other.clone(),
        };
        Problem {
            location,
            ..self.clone()
        }
    }

    /// The JSON Pointer of the problem, when it is located by one.
    pub fn pointer(&self) -> Option<&str> {
        match &self.location {
            Location::Pointer(p) | Location::Record { pointer: p, .. } => Some(p),
            _ => None,
        }
    }

    /// The line of the problem, when it is in a CSV file.
    pub fn line(&self) -> Option<u64> {
        match &self.location {
            Location::Cell { line, .. } => Some(*line),
            Location::Sheet { row, .. } | Location::Parquet { row, .. } => Some(*row),
            _ => None,
        }
    }

    /// The catalogue message, if the problem has one.
    pub fn text(&self) -> Option<&Message> {
        self.text.as_ref()
    }

    /// The message in `lang` (the English `message` when the problem has no catalogue entry).
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.text {
            Some(t) => t.in_lang(lang),
            None => self.message.clone(),
        }
    }

    /// `place: message` in `lang`; in English, the same as `to_string()`.
    pub fn display_in(&self, lang: Lang) -> String {
        match &self.location {
            Location::Pointer(p) => format!("{p}: {}", self.message_in(lang)),
            place => Message::new("csv-problem")
                .text("place", place.in_lang(lang))
                .text("message", self.message_in(lang))
                .in_lang(lang),
        }
    }

    /// What makes two problems the same: they say the same thing at the same place (the
    /// catalogue entry is another spelling of `message`, not a further fact).
    fn key(&self) -> (&Location, &str) {
        (&self.location, &self.message)
    }
}

impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Problem {}

impl PartialOrd for Problem {
    fn partial_cmp(&self, other: &Problem) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Problem {
    fn cmp(&self, other: &Problem) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::hash::Hash for Problem {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Display for Problem {
    /// `/bodies/0/seats: message`, or `line 12, column 5 (Base_Salary): message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl serde::Serialize for Problem {
    /// `{"pointer", "message"}` for a problem in a document, `{"line", "column",
    /// "column_number", "message"}` (the column's name, then its number) for one in a CSV.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st;
        match &self.location {
            Location::Pointer(p) => {
                st = s.serialize_struct("Problem", 2)?;
                st.serialize_field("pointer", p)?;
            }
            Location::Cell {
                line,
                column,
                field,
            } => {
                st = s.serialize_struct("Problem", 4)?;
                st.serialize_field("line", line)?;
                st.serialize_field("column", field)?;
                st.serialize_field("column_number", column)?;
            }
            Location::Sheet {
                sheet,
                row,
                column,
                field,
            } => {
                st = s.serialize_struct("Problem", 6)?;
                cell_fields(&mut st, sheet, *row, *column, field)?;
            }
            Location::Record {
                sheet,
                row,
                column,
                field,
                pointer,
            } => {
                st = s.serialize_struct("Problem", 7)?;
                cell_fields(&mut st, sheet, *row, *column, field)?;
                st.serialize_field("pointer", pointer)?;
            }
            Location::Parquet {
                file,
                row,
                column,
                field,
            } => {
                st = s.serialize_struct("Problem", 5)?;
                st.serialize_field("file", file)?;
                st.serialize_field("row", row)?;
                st.serialize_field("column", field)?;
                st.serialize_field("column_number", column)?;
            }
        }
        st.serialize_field("message", &self.message)?;
        st.end()
    }
}

/// The fields of a spreadsheet place: sheet, row, cell (`C12`), column's name and number.
fn cell_fields<S: serde::ser::SerializeStruct>(
    st: &mut S,
    sheet: &str,
    row: u64,
    column: Option<usize>,
    field: &Option<String>,
) -> Result<(), S::Error> {
    st.serialize_field("sheet", sheet)?;
    st.serialize_field("row", &row)?;
    st.serialize_field(
        "cell",
        &column.map(|c| format!("{}{row}", Location::column_letters(c))),
    )?;
    st.serialize_field("column", field)?;
    st.serialize_field("column_number", &column)
}

/// A document or an [`Input`](crate::model::Input) that does not pass validation, with every problem found.
///
/// ```
/// let err = gender_impact::validate("{}").unwrap_err();
/// assert_eq!(err.problems().len(), 2); // organisation and period are both missing
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Invalid {
    problems: Vec<Problem>,
}

impl Invalid {
    /// Wraps a list of problems (ordered by place, duplicates removed).
    pub fn new(mut problems: Vec<Problem>) -> Invalid {
        problems.sort_by(|a, b| {
            a.location
                .place_cmp(&b.location)
                .then_with(|| a.message.cmp(&b.message))
        });
        problems.dedup();
        if problems.len() > crate::limits::MAX_PROBLEMS {
            problems.truncate(crate::limits::MAX_PROBLEMS);
            problems.push(Problem::localised(
                "",
                whole(
                    Message::new("input-too-many-problems"),
                    ("n", "n_raw"),
                    crate::limits::MAX_PROBLEMS as u64,
                ),
            ));
        }
        Invalid { problems }
    }
    /// The problems, ordered by place: array items in index order, the fields of an object by name.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        writeln!(f, "{n} problem{} found:", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

/// Orders pointers by place: array indices compare as numbers, field names alphabetically.
fn pointer_key(pointer: &str) -> Vec<(u64, &str)> {
    pointer
        .split('/')
        .map(|seg| match seg.parse::<u64>() {
            Ok(n) => (n, ""),
            Err(_) => (u64::MAX, seg),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> Message {
        Message::new("csv-amount-negative")
    }

    #[test]
    fn a_cell_problem_prints_its_line_and_column() {
        let p = Problem::at(Location::cell(12, 5, "Base_Salary"), m());
        assert!(
            p.to_string()
                .starts_with("line 12, column 5 (Base_Salary): ")
        );
        assert_eq!(p.line(), Some(12));
        assert_eq!(p.pointer(), None);
        let bare = Problem::plain(Location::line(3), "something");
        assert_eq!(bare.to_string(), "line 3: something");
        assert_eq!(bare.display_in(Lang::Fr), "ligne 3\u{a0}: something");
        let named = Location::Cell {
            line: 3,
            column: None,
            field: Some("Grade".into()),
        };
        assert_eq!(named.to_string(), "line 3, column Grade");
    }

    #[test]
    fn a_pointer_problem_prints_its_pointer() {
        let p = Problem::new("/a/0", "bad");
        assert_eq!(p.to_string(), "/a/0: bad");
        assert_eq!(p.pointer(), Some("/a/0"));
        assert_eq!(p.line(), None);
        assert_eq!(p.within("/x").pointer(), Some("/x/a/0"));
        let cell = Problem::plain(Location::line(2), "bad");
        assert_eq!(cell.within("/x"), cell);
    }

    #[test]
    fn the_catalogue_entry_is_not_part_of_the_identity() {
        let english = m().in_lang(Lang::En);
        let a = Problem::at(Location::line(2), m());
        let b = Problem::plain(Location::line(2), english);
        assert_eq!(a, b);
        assert_eq!(a.cmp(&b), Ordering::Equal);
        assert_ne!(a, Problem::at(Location::line(3), m()));
    }

    #[test]
    fn invalid_orders_array_indices_as_numbers() {
        let e = Invalid::new(vec![
            Problem::new("/a/10", "x"),
            Problem::new("/a/9", "x"),
            Problem::new("/a/9", "x"),
        ]);
        let pointers: Vec<_> = e.problems().iter().filter_map(Problem::pointer).collect();
        assert_eq!(pointers, ["/a/9", "/a/10"]);
    }

    #[test]
    fn serialised_as_before() {
        let p = serde_json::to_value(Problem::new("/a", "x")).unwrap();
        assert_eq!(p, serde_json::json!({"pointer": "/a", "message": "x"}));
        let c = serde_json::to_value(Problem::plain(Location::cell(2, 1, "g"), "y")).unwrap();
        assert_eq!(
            c,
            serde_json::json!({"line": 2, "column": "g", "column_number": 1, "message": "y"})
        );
    }

    /// A spreadsheet place: `Sheet!C12 (name)`, a row `Sheet!12`, the whole sheet or workbook
    /// by its name; in JSON with its cell reference.
    #[test]
    fn sheet_places() {
        let cell = Location::cell(12, 3, "annual_pay").in_sheet("Payroll");
        assert_eq!(cell.to_string(), "Payroll!C12 (annual_pay)");
        assert_eq!(
            Location::line(7).in_sheet("Payroll").to_string(),
            "Payroll!7"
        );
        let whole = Location::Sheet {
            sheet: "book.xlsx".into(),
            row: 0,
            column: None,
            field: None,
        };
        assert_eq!(whole.to_string(), "book.xlsx");
        let j = serde_json::to_value(Problem::plain(cell, "y")).unwrap();
        assert_eq!(
            j,
            serde_json::json!({"sheet": "Payroll", "row": 12, "cell": "C12", "column": "annual_pay",
                "column_number": 3, "message": "y"})
        );
    }

    /// A Parquet place: the file, the data row from 1 and the column; row 0 for the file or a
    /// column of its schema; in JSON with the file's name.
    #[test]
    fn parquet_places() {
        let cell = Location::cell(12, 3, "annual_pay").in_parquet("pay.parquet");
        assert_eq!(
            cell.to_string(),
            "pay.parquet, row 12, column 3 (annual_pay)"
        );
        assert_eq!(
            cell.in_lang(Lang::Fr),
            "pay.parquet, ligne 12, colonne 3 (annual_pay)"
        );
        let column = Location::cell(0, 2, "sex").in_parquet("pay.parquet");
        assert_eq!(column.to_string(), "pay.parquet, column 2 (sex)");
        assert_eq!(Location::line(4).in_parquet("p").to_string(), "p, row 4");
        assert_eq!(Location::line(0).in_parquet("p").in_lang(Lang::Es), "p");
        let p = Problem::plain(cell, "y");
        assert_eq!(p.line(), Some(12));
        assert_eq!(
            serde_json::to_value(p).unwrap(),
            serde_json::json!({"file": "pay.parquet", "row": 12, "column": "annual_pay",
                "column_number": 3, "message": "y"})
        );
    }
}
