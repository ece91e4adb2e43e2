//! The fast reader of an XLSX worksheet: its XML scanned as it inflates, cell by cell, into
//! rows; numbers as `f64`, texts borrowed from the XML or the shared strings. Anything unusual
//! (an element other than rows and cells, a prefixed name, a cell type it does not read)
//! leaves the sheet to calamine ([`Stop::Fallback`]).

use std::io::Read;

use super::cell_xml::{Parsed, cell_tag, cell_value};
use super::quick_cell::{RowDigits, body, head};
use super::shared_strings::SharedStrings;
use super::sheet_row::{RowSource, SheetRow, Stop, Value};
use super::tags::{attributes, is_tag};
use super::window::Window;

/// The bytes kept ahead of a cell, so that the common cells are read whole in one pass.
const AHEAD: usize = 4096;

/// A worksheet's rows, from its XML.
pub(super) struct SheetXml<'s, R> {
    xml: Window<R>,
    strings: &'s SharedStrings,
    /// The row of a cell without a reference, and its column (as calamine counts them).
    row: u32,
    col: u32,
    /// The reference of the last `<row>`, to read its cells' references quickly.
    digits: RowDigits,
    done: bool,
}

impl<'s, R: Read> SheetXml<'s, R> {
    /// The rows of the worksheet whose XML `src` gives: read up to `<sheetData>`.
    pub(super) fn open(src: R, strings: &'s SharedStrings) -> Result<Self, Stop> {
        let mut xml = Window::new(src);
        root(&mut xml)?;
        let Some(at) = xml.find(0, b"<sheetData")? else {
            return Err(Stop::Fallback);
        };
        xml.consume(at);
        let (len, empty) = xml.element_start()?;
        xml.consume(len);
        Ok(SheetXml {
            xml,
            strings,
            row: 0,
            col: 0,
            digits: RowDigits::default(),
            done: empty,
        })
    }

    /// The next tag's start, past the text before it, with the bytes of a few cells after it
    /// when the stream has them; false at the end of the stream.
    fn next_tag(&mut self) -> Result<bool, Stop> {
        self.xml.ahead(AHEAD)?;
        if self.xml.rest().first() == Some(&b'<') {
            return Ok(true);
        }
        let at = self.xml.find(0, b"<")?;
        let Some(at) = at else {
            return Ok(false);
        };
        self.xml.consume(at);
        self.xml.ensure(16)?;
        Ok(true)
    }

    /// Reads the `<row>` tag at the window's start: its reference, if any, is the row of the
    /// cells without one.
    fn row_tag(&mut self) -> Result<(), Stop> {
        if let Some(len) = self.quick_row_tag() {
            self.xml.consume(len);
            return Ok(());
        }
        let (len, empty) = self.xml.element_start()?;
        let mut r = Some(None);
        let digits = &mut self.digits;
        let ok = attributes(&self.xml.rest()[..len], |n, v| {
            if n == b"r" {
                r = row_number(v).map(Some);
                if let Some(Some(r)) = r {
                    digits.set(v, r);
                }
            }
        });
        match (ok, r) {
            (true, Some(Some(r))) => self.row = r,
            (true, Some(None)) => {}
            _ => return Err(Stop::Fallback),
        }
        if empty {
            self.end_row();
        }
        self.xml.consume(len);
        Ok(())
    }

    /// Reads the tag written most, `<row r="12">`, at once: its length; `None` for another.
    fn quick_row_tag(&mut self) -> Option<usize> {
        let s = self.xml.rest().strip_prefix(b"<row r=\"")?;
        let n = s.iter().take(9).position(|&b| b == b'"')?;
        let r = row_number(&s[..n]).filter(|_| s.get(n + 1) == Some(&b'>'))?;
        self.digits.set(&s[..n], r);
        self.row = r;
        Some(8 + n + 2)
    }

    fn end_row(&mut self) {
        self.row += 1;
        self.col = 0;
    }

    /// Reads the `<c>` element at the window's start into `row` when it is in row `row.index`
    /// (or `row` has no cell yet); false, leaving it, when it starts another row.
    fn cell(&mut self, row: &mut SheetRow, started: bool) -> Result<bool, Stop> {
        let (len, empty) = self.xml.element(b"c")?;
        let s = &self.xml.rest()[..len];
        let open = super::tags::tag_end(s).ok_or(Stop::Fallback)?;
        let (r, t) = cell_tag(&s[..open]).ok_or(Stop::Fallback)?;
        let (at_row, at_col) = r.unwrap_or((self.row, self.col));
        if started && at_row != row.index {
            return Ok(false);
        }
        if !started {
            row.start(at_row);
        }
        let value = match empty {
            true => Parsed::Empty,
            false => cell_value(&s[open..len - 4], t).ok_or(Stop::Fallback)?,
        };
        push(row, at_col, &value, self.strings)?;
        self.col = at_col + 1;
        self.xml.consume(len);
        Ok(true)
    }

    /// Reads the cell at the window's start into `row` when it is of a common shape
    /// ([`head`], [`body`]) and in row `row.index` (or `row` has no cell yet): `Some(true)`;
    /// `Some(false)`, leaving it, when it starts another row; `None` for another shape.
    fn quick_cell(&mut self, row: &mut SheetRow, started: bool) -> Result<Option<bool>, Stop> {
        let s = self.xml.rest();
        let Some(h) = head(s, &self.digits) else {
            return Ok(None);
        };
        let (at_row, at_col) = h.at.unwrap_or((self.row, self.col));
        if started && at_row != row.index {
            return Ok(Some(false));
        }
        let (value, n) = match h.empty {
            true => (Parsed::Empty, 0),
            false => match body(&s[h.len..], h.t) {
                Some(read) => read,
                None => return Ok(None),
            },
        };
        if !started {
            row.start(at_row);
        }
        push(row, at_col, &value, self.strings)?;
        self.col = at_col + 1;
        self.xml.consume(h.len + n);
        Ok(Some(true))
    }
}

impl<R: Read> RowSource for SheetXml<'_, R> {
    fn next_row(&mut self, row: &mut SheetRow) -> Result<bool, Stop> {
        let mut started = false;
        while !self.done {
            if !self.next_tag()? {
                return Err(Stop::Fallback); // the XML ends inside `<sheetData>`
            }
            if self.xml.rest().starts_with(b"<c ") {
                match self.quick_cell(row, started)? {
                    Some(true) => {
                        started = true;
                        continue;
                    }
                    Some(false) => return Ok(true),
                    None => {}
                }
            }
            let s = self.xml.rest();
            if is_tag(s, b"c") {
                if !self.cell(row, started)? {
                    return Ok(true);
                }
                started = true;
            } else if is_tag(s, b"row") {
                self.row_tag()?;
            } else if s.starts_with(b"</row>") {
                self.end_row();
                self.xml.consume(6);
            } else if s.starts_with(b"</sheetData>") {
                self.done = true;
            } else {
                return Err(Stop::Fallback);
            }
        }
        Ok(started)
    }
}

/// Adds the cell of column `col` to `row`.
#[inline]
fn push(
    row: &mut SheetRow,
    col: u32,
    value: &Parsed<'_>,
    strings: &SharedStrings,
) -> Result<(), Stop> {
    let value = match value {
        Parsed::Empty => Value::Empty,
        Parsed::Text(t) => Value::Text(t),
        Parsed::Shared(i) => Value::Text(strings.get(*i).ok_or(Stop::Fallback)?),
        Parsed::Number(v) => Value::Number(*v),
        Parsed::Bool(b) => Value::Bool(*b),
        Parsed::Error(e) => Value::Error(e),
    };
    row.push(col, value);
    Ok(())
}

/// A row reference (`12`) as a row from 0.
fn row_number(r: &[u8]) -> Option<u32> {
    if r.is_empty() || r.len() > 7 || !r.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = r.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    n.checked_sub(1)
}

/// Checks the XML's declaration (UTF-8) and root (`<worksheet`, without a prefix).
fn root<R: Read>(xml: &mut Window<R>) -> Result<(), Stop> {
    xml.ensure(1)?;
    loop {
        let Some(at) = xml.find(0, b"<")? else {
            return Err(Stop::Fallback);
        };
        xml.consume(at);
        let (len, _) = xml.element_start()?;
        let tag = &xml.rest()[..len];
        if tag.starts_with(b"<?xml") {
            let mut utf8 = true;
            attributes(&tag[..len - 1], |n, v| {
                utf8 &= n != b"encoding" || v.eq_ignore_ascii_case(b"utf-8")
            });
            if !utf8 {
                return Err(Stop::Fallback);
            }
        } else if tag.starts_with(b"<!") || tag.starts_with(b"<?") {
        } else {
            return if is_tag(tag, b"worksheet") {
                Ok(())
            } else {
                Err(Stop::Fallback)
            };
        }
        xml.consume(len);
    }
}
