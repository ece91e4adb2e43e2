//! Group (employer) cells: each distinct code interned once, with no cap on how many there are
//! (a national extract holds tens of thousands of employers; their number is bounded by the
//! rows read).

use std::collections::HashMap;

use super::texts::{next_index, short_key, text_error};
use crate::i18n::Message;
use crate::model::Text;

/// Turns group cells into indices of interned codes.
#[derive(Default)]
pub(super) struct Groups {
    /// Codes of at most 16 bytes by their key ([`short_key`]: no pointer to follow and no byte
    /// comparison per lookup), hashed with foldhash, seeded per process: the codes come from the
    /// file, and a fast hash whose low bits ignore the later bytes of `E000001`, `E000002`… put
    /// every code in one bucket chain.
    short: HashMap<[u64; 3], u32, foldhash::fast::RandomState>,
    /// Longer codes.
    index: HashMap<Box<[u8]>, u32, foldhash::fast::RandomState>,
    /// The codes, in order of first appearance.
    pub(super) names: Vec<Text>,
}

impl Groups {
    /// The cell's code index, or why it cannot be one: blank, not UTF-8, too long.
    #[inline]
    pub(super) fn get(&mut self, cell: &[u8]) -> Result<u32, Message> {
        let cell = cell.trim_ascii();
        let found = match short_key(cell) {
            Some(key) => self.short.get(&key),
            None => self.index.get(cell),
        };
        match found {
            Some(&i) => Ok(i),
            None => self.add(cell),
        }
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
        match short_key(cell) {
            Some(key) => self.short.insert(key, i),
            None => self.index.insert(cell.into(), i),
        };
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
        // Codes of 7, 8, 15, 16 and 17 bytes (one word, two words overlapping or not, a boxed key),
        // each distinct from the same code one byte longer or shorter.
        for code in [
            "E000001",
            "E0000001",
            "E00000000000001",
            "E000000000000001",
            "E0000000000000001",
        ] {
            let i = g.get(code.as_bytes()).unwrap();
            assert_eq!(g.get(code.as_bytes()), Ok(i));
            assert_eq!(g.names[i as usize].as_str(), code);
        }
        assert_eq!(g.names.len(), 7);
        assert_eq!(g.get(b"  ").unwrap_err().id(), "csv-group-empty");
        assert_eq!(g.get(b"").unwrap_err().id(), "csv-group-empty");
    }
}
