//! Group (employer) cells: each distinct code interned once, with no cap on how many there are
//! (a national extract holds tens of thousands of employers; their number is bounded by the
//! rows read).

use std::collections::HashMap;

use super::texts::{next_index, text_error};
use crate::i18n::Message;
use crate::model::Text;

/// Turns group cells into indices of interned codes.
#[derive(Default)]
pub(super) struct Groups {
    /// By code (foldhash, seeded per process: the codes come from the file, and a fast hash
    /// whose low bits ignore the later bytes of `E000001`, `E000002`… put every code in one
    /// bucket chain).
    index: HashMap<Box<[u8]>, u32, foldhash::fast::RandomState>,
    /// The codes, in order of first appearance.
    pub(super) names: Vec<Text>,
}

impl Groups {
    /// The cell's code index, or why it cannot be one: blank, not UTF-8, too long.
    #[inline]
    pub(super) fn get(&mut self, cell: &[u8]) -> Result<u32, Message> {
        let cell = cell.trim_ascii();
        if let Some(&i) = self.index.get(cell) {
            return Ok(i);
        }
        self.add(cell)
    }

    #[cold]
    fn add(&mut self, cell: &[u8]) -> Result<u32, Message> {
        let s = std::str::from_utf8(cell).map_err(|_| Message::new("csv-text-not-utf8"))?;
        if s.trim().is_empty() {
            return Err(Message::new("csv-group-empty"));
        }
        let t = Text::new(s.trim()).map_err(text_error)?;
        let i = next_index(self.names.len())?;
        self.names.push(t);
        self.index.insert(cell.into(), i);
        Ok(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_interned_once_and_blank_is_refused() {
        let mut g = Groups::default();
        assert_eq!(g.get(b"E1"), Ok(0));
        assert_eq!(g.get(b"E2"), Ok(1));
        assert_eq!(g.get(b"E1"), Ok(0));
        // Surrounding spaces are trimmed from the code, as for categories.
        assert_eq!(g.get(b" E1 "), Ok(0));
        assert_eq!(g.names.len(), 2);
        assert_eq!(g.get(b"  ").unwrap_err().id(), "csv-group-empty");
        assert_eq!(g.get(b"").unwrap_err().id(), "csv-group-empty");
    }
}
