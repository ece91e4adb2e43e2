//! calamine's cells grouped into rows: XLSX cell by cell from its streaming reader (when the
//! fast reader leaves a sheet to it), the other formats from a sheet's range.

use calamine::DataType;

use super::sheet_row::{RowSource, SheetRow, Stop, Value};
use crate::i18n::Message;

/// A cell of calamine, owned: its (row, column) from 0 and its value.
pub(super) type Cell = ((u32, u32), Owned);

/// A cell's value, owned.
pub(super) enum Owned {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    Error(String),
}

impl Owned {
    /// The value of one of calamine's cells (`Data` from a range, `DataRef` from the XLSX cell
    /// reader). A date is its serial number, as Excel keeps it.
    pub(super) fn of<T: DataType>(v: &T) -> Owned {
        if let Some(e) = v.get_error() {
            return Owned::Error(e.to_string());
        }
        if let Some(i) = v.get_int() {
            return Owned::Number(i as f64);
        }
        if let Some(f) = v.get_float() {
            return Owned::Number(f);
        }
        if let Some(b) = v.get_bool() {
            return Owned::Bool(b);
        }
        if let Some(d) = v.get_datetime() {
            return Owned::Number(d.as_f64());
        }
        let text = v
            .get_string()
            .or_else(|| v.get_datetime_iso())
            .or_else(|| v.get_duration_iso());
        text.map_or(Owned::Empty, |t| Owned::Text(t.to_string()))
    }

    fn value(&self) -> Value<'_> {
        match self {
            Owned::Empty => Value::Empty,
            Owned::Text(t) => Value::Text(t),
            Owned::Number(v) => Value::Number(*v),
            Owned::Bool(b) => Value::Bool(*b),
            Owned::Error(e) => Value::Error(e),
        }
    }
}

/// Groups the cells, in row order, into rows.
pub(super) struct CalamineRows<F> {
    next: F,
    /// A cell read ahead: the first of the next row.
    pending: Option<Cell>,
    /// The last cell was read (calamine's XLSX reader is not asked again).
    done: bool,
}

impl<F: FnMut() -> Result<Option<Cell>, Message>> CalamineRows<F> {
    pub(super) fn new(next: F) -> Self {
        CalamineRows {
            next,
            pending: None,
            done: false,
        }
    }
}

impl<F: FnMut() -> Result<Option<Cell>, Message>> RowSource for CalamineRows<F> {
    fn next_row(&mut self, row: &mut SheetRow) -> Result<bool, Stop> {
        let first = match self.pending.take() {
            Some(c) => c,
            None if self.done => return Ok(false),
            None => match (self.next)().map_err(Stop::Unreadable)? {
                Some(c) => c,
                None => {
                    self.done = true;
                    return Ok(false);
                }
            },
        };
        row.start(first.0.0);
        let mut cell = first;
        loop {
            row.push(cell.0.1, cell.1.value());
            match (self.next)().map_err(Stop::Unreadable)? {
                Some(c) if c.0.0 == row.index => cell = c,
                Some(c) => {
                    self.pending = Some(c);
                    return Ok(true);
                }
                None => {
                    self.done = true;
                    return Ok(true);
                }
            }
        }
    }
}
